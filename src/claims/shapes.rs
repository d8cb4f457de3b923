//! Word shapes the claim rules read around a cue: a verb in the past, a passive or a state, an
//! adjective participle, a relative clause, a plural noun, a named agent. Each looks at a few
//! tokens around one position, so judging a sentence stays linear.

#[cfg(test)]
use std::collections::HashSet;

use super::grammar::{self, Kind};
use super::words::{Hit, Token, TokenKind};

/// Whether token `j` follows a form of "be" or a negation: a passive ("was approved by") or
/// a state, not the subject's own act.
pub(super) fn after_be(tokens: &[Token<'_>], j: usize) -> bool {
    j.checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| grammar::is(Kind::PassiveMarker, p.lower) || p.lower.ends_with("n't"))
}

/// Whether the word at `j` follows its subject at once, a plural ("The ads ask", "Democrats
/// accuse") or a capitalized word past the sentence's first ("… — Police announce"): where a
/// plain present such as "ask" is the subject's verb, not a noun ("the ask"), an infinitive
/// ("to ask"), a verb after an auxiliary ("did not announce") or an imperative ("Just ask").
/// A possessive in -s ("Trump's note") is no subject.
pub(super) fn after_plural_or_name(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(p) = j.checked_sub(1) else {
        return false;
    };
    tokens.get(p).is_some_and(|t| {
        let possessive = t.lower.ends_with("'s") || t.lower.ends_with("\u{2019}s");
        !possessive && (is_plural_noun(t) || p > 0 && t.kind == TokenKind::Word && t.is_capitalized())
    })
}

/// Whether "per" at `j` names the sentence's source, as "according to" does: after a comma or
/// opening the sentence, before a capitalized word or a determiner ("…, per CTV News.", "Per the
/// census, …", "…, per a spokesman."). A rate ("$15 per hour", "20 miles per gallon") follows no
/// comma, and ", per capita," and ", per se," name nobody. Nor does a document of rules: "per
/// the Eastvale plan" is "under the plan's terms" (`per_rule_document`).
pub(super) fn per_names_source(tokens: &[Token<'_>], j: usize) -> bool {
    let opens = j.checked_sub(1).is_none_or(|p| tokens.get(p).is_some_and(|t| t.text == ","));
    let names = tokens
        .get(j + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && (t.is_capitalized() || grammar::is(Kind::Determiner, t.lower)));
    opens && names && !per_rule_document(tokens, j)
}

/// The most words "per" is read past for the head of its noun phrase.
const MAX_PER_PHRASE: usize = 5;

/// Whether the noun phrase after "per" at `j` ends in a document of rules (list kind
/// `rule-document`): "per the Eastvale plan", "per the terms of the deal", "per his dying
/// wishes", where what follows is the rule applied, not what a source says ("per the party's
/// report" names one). The phrase ends before a punctuation mark, a preposition or auxiliary
/// (`phrase-end`), a clause's opening word or a past participle (`is_past_verb`: "per the
/// agreement drafted in 2015", not the adjective of "per the revised plan" nor the name "per the
/// Red Cross"), and its last word is its head (a year may stand before it: "per the 2015 deal").
fn per_rule_document(tokens: &[Token<'_>], j: usize) -> bool {
    let ends = |k: usize| {
        tokens.get(k).is_none_or(|t| {
            t.kind == TokenKind::Punct
                || grammar::is(Kind::PhraseEnd, t.lower)
                || grammar::is(Kind::ClauseBreak, t.lower)
                || grammar::is(Kind::ClauseOpener, t.lower)
        }) || is_past_verb(tokens, k)
    };
    // The determiner first ("the", "his"), which is no head and no end.
    let phrase = (j + 2..j + 2 + MAX_PER_PHRASE).take_while(|&k| !ends(k));
    phrase.last().is_some_and(|head| grammar::is(Kind::RuleDocument, tokens[head].lower))
}

/// Whether the participle at `j` modifies a noun: after a determiner ("a perceived bias", "the
/// reported deaths", "his stated goal"), after a determiner and an adverb ("a racially charged
/// dispute"), or between a figure, a quantifier or a preposition and a plural noun ("300 pledged
/// delegates", "more pledged delegates", "trails in pledged delegates"; not "an ad in 2008
/// questioned whether"). An adjective, not someone speaking.
pub(super) fn is_modifier(tokens: &[Token<'_>], j: usize) -> bool {
    let participle = tokens.get(j).is_some_and(|t| t.lower.ends_with("ed"));
    let at = |k: Option<usize>| k.and_then(|k| tokens.get(k));
    let is_determiner = |t: &Token<'_>| grammar::is(Kind::Determiner, t.lower);
    let Some(prev) = at(j.checked_sub(1)) else {
        return false;
    };
    let adverb_after_determiner =
        prev.lower.ends_with("ly") && !prev.is_capitalized() && at(j.checked_sub(2)).is_some_and(is_determiner);
    let figure_or_preposition = prev.kind == TokenKind::Number || grammar::is(Kind::QuantityWord, prev.lower);
    let before_plural = tokens.get(j + 1).is_some_and(is_plural_noun);
    participle && (is_determiner(prev) || adverb_after_determiner || figure_or_preposition && before_plural)
}

/// Whether the word at `j` opens a phrase of its own rather than following its subject: the
/// sentence start, or after a comma, a figure or an adverb (", compared with 16 million",
/// "Especially compared to ...").
pub(super) fn opens_phrase(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(prev) = j.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return true;
    };
    prev.text == "," || prev.kind == TokenKind::Number || (prev.lower.ends_with("ly") && !prev.is_capitalized())
}

/// How far back a relative pronoun is looked for (a bound that keeps the look-back short).
const MAX_RELATIVE_GAP: usize = 12;

/// Whether token `j` is the verb of a relative clause whose subject is the relative pronoun,
/// with at most auxiliaries and adverbs between ("the Saudi government, which has strongly
/// denied any involvement"). What the clause reports leaves the main assertion in the
/// outlet's voice; anything else between ("Smith, who was elected in 2010, said ...") leaves
/// the verb to the main clause.
pub(super) fn in_open_relative_clause(tokens: &[Token<'_>], j: usize) -> bool {
    let from = j.saturating_sub(MAX_RELATIVE_GAP);
    for t in tokens.get(from..j).unwrap_or(&[]).iter().rev() {
        let word = t.lower;
        if grammar::is(Kind::RelativePronoun, word) {
            return true;
        }
        // Only the relative pronoun itself may be the one who speaks: a subject of its own
        // ("which advocates say ...") makes the clause an attribution of the sentence.
        let gap = grammar::is(Kind::RelativeGap, word) || word.ends_with("ly") && !t.is_capitalized();
        if !gap {
            return false;
        }
    }
    false
}

/// How far back from a verb after "and" the relative pronoun of its clause is looked for.
const MAX_CONJOINED_GAP: usize = 20;

/// Whether token `j` is a second verb, after "and", of a relative clause whose subject is the
/// relative pronoun ("a corporate attorney who led the transition team and considers Kaine her
/// mentor"): as in [`in_open_relative_clause`], the clause describes someone and leaves the main
/// assertion to the outlet. The clause runs to `j` with no comma, dash, bracket or quote mark,
/// and the pronoun is its subject: a verb follows it ("who led", not "who the party chose"),
/// and no preposition comes before it ("in which management sits").
pub(super) fn in_conjoined_relative_clause(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(and) = j.checked_sub(1) else {
        return false;
    };
    if tokens.get(and).is_none_or(|t| t.lower != "and") {
        return false;
    }
    for k in (and.saturating_sub(MAX_CONJOINED_GAP)..and).rev() {
        let Some(t) = tokens.get(k) else { return false };
        match t.lower.as_bytes() {
            w if grammar::is(Kind::SubjectRelative, w) => {
                let after_preposition = k
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| grammar::is(Kind::ClausePreposition, p.lower));
                let verb_next = tokens.get(k + 1).is_some_and(|v| {
                    v.kind == TokenKind::Word && !v.is_capitalized() && !grammar::is(Kind::SubjectWord, v.lower)
                });
                return verb_next && !after_preposition;
            }
            // A period inside the clause ends an abbreviation ("Mr."), an apostrophe a name.
            _ if t.kind == TokenKind::Punct && !t.text.is_any(&[".", "'", "\u{2019}"]) => {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// Whether the one-word verb form in -s at `hit` is a plural noun: before "of" ("signs of
/// trouble") or after an article, a possessive or a quantifier ("the charges", "no files"). A
/// noun names no one who decided or accused.
pub(super) fn is_noun_in_s(tokens: &[Token<'_>], hit: &Hit) -> bool {
    let one_word_in_s = hit.end == hit.first + 1 && tokens.get(hit.first).is_some_and(|t| t.lower.ends_with("s"));
    let before_of = tokens.get(hit.end).is_some_and(|t| t.lower == "of");
    let after_determiner = hit
        .first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| grammar::is(Kind::NounDeterminer, p.lower));
    one_word_in_s && (before_of || after_determiner)
}

/// Whether the one-word form in -s at `hit` is a plural noun counted by a figure ("more than
/// 3,500 projects", "two watch lists" are not "projects" or "lists" as verbs): no one speaks.
pub(super) fn is_counted_noun(tokens: &[Token<'_>], hit: &Hit) -> bool {
    let one_word_in_s = hit.end == hit.first + 1
        && tokens.get(hit.first).is_some_and(|t| t.lower.ends_with("s") && !t.is_capitalized());
    let after_figure = hit
        .first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.kind == TokenKind::Number || grammar::is(Kind::FigureWord, p.lower));
    one_word_in_s && after_figure
}

/// Whether the speech verb ending before token `end` is followed by how long someone spoke
/// ("Trump spoke for 77 minutes", "he never spoke longer than 30 minutes", "spoke briefly,")
/// and nothing after it reports what was said (no "that", quote mark, colon or dash): speaking
/// is then the event the sentence asserts, not a source for it.
pub(super) fn speaks_for_a_time(tokens: &[Token<'_>], end: usize) -> bool {
    let after = tokens.get(end..).unwrap_or(&[]);
    let word = |k: usize| after.get(k).map_or(&[][..], |t| t.lower.as_bytes());
    let first = word(0);
    let duration = grammar::is(Kind::DurationComparative, first)
        // "spoke briefly of his friendship": a topic follows, which is what was said.
        || grammar::is(Kind::BriefAdverb, first) && !grammar::is(Kind::TopicPreposition, word(1))
        || grammar::is(Kind::DurationPreposition, first)
            && after.iter().skip(1).take(3).any(|t| t.kind == TokenKind::Number);
    // Punctuation that introduces what was said stays here: the list holds words.
    let reports = |t: &Token<'_>| {
        grammar::is(Kind::ReportOpener, t.lower)
            || matches!(t.lower.as_bytes(), b":" | b"--")
            || t.lower == "\u{2014}"
            || t.text.is_any(&["\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}"])
    };
    duration && !tokens.iter().any(reports)
}

/// Whether the one-word cue at `hit` is a passive whose addressee follows "of" ("the question
/// had to be asked of a contender", "what is expected of judges"): no one speaks or expects,
/// and what the sentence says stays the outlet's.
pub(super) fn addressed_after_of(tokens: &[Token<'_>], hit: &Hit) -> bool {
    hit.end == hit.first + 1
        && tokens.get(hit.first).is_some_and(|t| grammar::is(Kind::AddresseePassive, t.lower))
        && tokens.get(hit.end).is_some_and(|t| t.lower == "of")
}

/// Whether token `j` is a word of an impersonal idiom standing whole around it ("it is worth
/// noting that …", "needless to say": the attribution verb list's `idiom` entries, which
/// attribution reads the same way): a verb of saying there speaks for nobody. (One look-up
/// for a cue word in no idiom.)
pub(super) fn in_idiom(tokens: &[Token<'_>], j: usize) -> bool {
    crate::attribution::stands_in_idiom(|k| tokens.get(k).map(|t| t.lower.as_bytes()), j)
}

/// Whether token `j` is a regular past-tense verb or participle ("blocked", "has failed"): a
/// lower-case word in -ed that does not follow an article or a possessive (as adjectives do).
/// Inlined: the claim rules ask it of every token of a sentence, and most fail its first test.
#[inline]
pub(super) fn is_past_verb(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tokens.get(j) else { return false };
    // Read as bytes: the `str` of an inline lower case is checked as UTF-8 on every use.
    let lower = t.lower.as_bytes();
    if t.kind != TokenKind::Word
        || lower.len() < 5
        || !lower.ends_with(b"ed")
        || t.is_capitalized()
        || lower.contains(&b'-')
    {
        return false;
    }
    let prev = j.checked_sub(1).and_then(|p| tokens.get(p)).map(|p| p.lower.as_bytes());
    !prev.is_some_and(|p| grammar::is(Kind::AdjectiveMarker, p))
}

/// Whether token `j` follows a relative pronoun ("which", "who") in its sentence.
pub(super) fn in_relative_clause(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(..j).unwrap_or(&[]).iter().any(|t| grammar::is(Kind::RelativePronoun, t.lower))
}

/// Whether a token looks like a plural noun ("factories", "people").
pub(super) fn is_plural_noun(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && (t.lower.len() > 3 && t.lower.ends_with("s") || t.lower == "people")
}

/// Whether a word other than the first is capitalized (not counting the words of a date at
/// `dates`): a named agent or place.
pub(super) fn has_name(tokens: &[Token<'_>], dates: &[usize]) -> bool {
    tokens.iter().enumerate().skip(1).any(|(j, t)| t.is_capitalized() && t.text.len() > 1 && !dates.contains(&j))
}

/// Whether a capitalized word has the shape of a one-word name ("Trump", "Kiribati"): not a
/// contraction ("They're", "He's") and not a plural in -s ("Critics", "Employees"), which names
/// a group rather than an agent (so "Sanders" is missed: a name in -s looks like a plural).
pub(super) fn may_be_name(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && t.is_capitalized()
        && t.text.len() > 1
        && !t.lower.contains(b'\'')
        && !t.lower.ends_with("s")
}

/// Whether `text` writes `word` with a capital inside a sentence, after a lower-case word or
/// a comma ("said Trump"; "Mr. Trump" is not counted): a name, as opposed to a common noun that
/// takes a capital only at the start of a sentence ("Rain fell ..."). The word stands there
/// whole (the ASCII letters and digits after the space), so a word with a character outside
/// ASCII or a mark ("O'Brien") is never one. The text is searched for the word at each asking:
/// a document asks about a few words, where gathering every such word of the text into a set
/// cost ~58 k instructions a document that asked.
pub(super) fn written_mid_sentence(text: &str, word: &str) -> bool {
    let w = word.as_bytes();
    if !w.first().is_some_and(u8::is_ascii_uppercase) || !w.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, w).any(|i| {
        let space_before = i.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b' ');
        let after_word =
            i.checked_sub(2).and_then(|p| bytes.get(p)).is_some_and(|p| p.is_ascii_lowercase() || *p == b',');
        let whole = bytes.get(i + w.len()).is_none_or(|c| !c.is_ascii_alphanumeric());
        space_before && after_word && whole
    })
}

/// The words that `text` writes with a capital inside a sentence, gathered all at once: what
/// [`written_mid_sentence`] asks of one word (the analysis asked this set until stop 24; kept
/// for the tests, which check that both agree).
#[cfg(test)]
pub(super) fn mid_sentence_names(text: &str) -> HashSet<&str> {
    let bytes = text.as_bytes();
    let mut names = HashSet::new();
    for space in memchr::memchr_iter(b' ', bytes) {
        let i = space + 1;
        let after_word =
            space.checked_sub(1).and_then(|p| bytes.get(p)).is_some_and(|p| p.is_ascii_lowercase() || *p == b',');
        if !(after_word && bytes.get(i).is_some_and(u8::is_ascii_uppercase)) {
            continue;
        }
        let len =
            bytes.get(i..).unwrap_or(&[]).iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(bytes.len() - i);
        // Both ends are ASCII bytes (or the end of the text): character boundaries.
        if let Some(name) = text.get(i..i + len) {
            names.insert(name);
        }
    }
    names
}

/// Whether a token is a quote mark of any style (straight, curly, guillemet, or the backtick
/// some texts open a quote with).
pub(super) fn is_quote_mark(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct
        && t.text.is_any(&["\"", "'", "`", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mid_sentence_names_follow_a_lower_case_word_or_a_comma() {
        let text = "Rain fell on Tuesday. Mr. Okafor met Lena Ruiz, Brandt and the B2B team in Sao \u{c9}vora.\n\nFloods hit Tulsa";
        let mut names: Vec<&str> = mid_sentence_names(text).into_iter().collect();
        names.sort_unstable();
        // Not "Rain" or "Floods" (sentence and paragraph starts), nor "Okafor" (after "Mr.") or
        // "\u{c9}vora" (not ASCII); "Ruiz" after the lower-case end of "Lena"; "B2B" whole.
        assert_eq!(names, ["B2B", "Brandt", "Lena", "Ruiz", "Sao", "Tuesday", "Tulsa"]);
        for name in &names {
            assert!(written_mid_sentence(text, name), "{name}");
        }
        for word in
            ["Rain", "Floods", "Okafor", "Mr", "\u{c9}vora", "Tues", "B2", "Lena Ruiz", "fell", "", "Sao \u{c9}vora"]
        {
            assert!(!written_mid_sentence(text, word), "{word}");
        }
    }

    /// Pieces of text that put a word after a space, a comma, a period, a lower-case or
    /// capital letter, inside a longer word, at the text's ends, and beside marks and letters
    /// outside ASCII.
    const NAME_PIECES: [&str; 16] =
        [" ", ",", ".", "a", "b", "Ab", "AB", "Ab2", "Ab's", "Abc", "\u{c9}", "\u{e9}", "\n", "'", "-", "2"];

    proptest::proptest! {
        /// The one-word search agrees with the set of every name, for every word of the text and
        /// for words it does not hold.
        #[test]
        fn asking_one_word_agrees_with_gathering_all(parts in proptest::collection::vec(0..NAME_PIECES.len(), 0..40)) {
            let text: String = parts.iter().map(|&i| NAME_PIECES[i]).collect();
            let names = mid_sentence_names(&text);
            let mut words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            words.extend(["Ab", "AB", "Ab2", "Abc", "A", "b", "Ab's", "\u{c9}"]);
            for word in words {
                proptest::prop_assert_eq!(written_mid_sentence(&text, word), names.contains(word), "{:?} in {:?}", word, text);
            }
        }
    }

    #[test]
    fn past_verbs_are_lower_case_words_in_ed() {
        let text = "Officials reported the attack; a well-armed group of Dreamed fans, the planned route. \
                    SIX HUNDRED REPORTED it. The tortured man, fed up.";
        let tokenized = super::super::words::Tokenized::new(text);
        let tokens = tokenized.tokens();
        let past: Vec<&str> =
            (0..tokens.len()).filter(|&j| is_past_verb(&tokens, j)).map(|j| tokens[j].text.as_str()).collect();
        // "Dreamed" is capitalized; "well-armed" holds a hyphen; "planned" and "tortured" follow an
        // article; "fed" is too short. "REPORTED" is lowered to a word in -ed but capitalized.
        assert_eq!(past, ["reported"]);
    }
}
