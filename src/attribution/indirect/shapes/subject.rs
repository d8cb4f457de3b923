//! The subject phrases before a cue that decide whose it is: a counted share of people
//! ("72 percent of Democrats said"), a relative clause of the cue's own ("who has pledged") or of
//! its subject's ("A woman who has accused … said"), a second predicate ("… and warned"), a poll
//! or report that opens the sentence, a name and its description before a comma ("Ana Ruiz, the
//! group's director, has accused"), and where a main clause opens after a fronted one
//! (`main_clause_at`, a long article subject among them).

use crate::attribution::speaker::{joins_body_name, Np};
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, CueKind, Listed};

/// The most tokens before the "of" of a partitive subject ("about half of", "72 percent of").
const MAX_PARTITIVE: usize = 5;

/// "72 percent of Democrats said …", "About half of GOP voters said …": a phrase that opens the
/// sentence (or follows its opening phrase: "In Texas, half of GOP voters said …") with a count
/// or share, joined to the speaker phrase by a connector, makes one speaker: the people counted.
pub(in crate::attribution::indirect) fn partitive_subject(tk: &Toks, np: &Np, a: usize) -> Option<Np> {
    let of = np.start.checked_sub(1)?;
    // Past an opening phrase closed by a comma, the share starts after that comma.
    let a = (a..of).rev().take(MAX_PARTITIVE).find(|&k| tk.punct(k, ',')).map_or(a, |comma| comma + 1);
    if of <= a || of - a > MAX_PARTITIVE || !tk.word(of) || tk.cap(of) || !tk.has(of, class::CONNECTOR) || np.pronoun {
        return None;
    }
    let plain = |k: usize| {
        (tk.word(k) || tk.punct(k, '%'))
            && !tk.in_quote(k)
            && !tk.has(
                k,
                class::PRONOUN
                    | class::AUX
                    | class::PHRASE_START
                    | class::COMPLEMENTIZER
                    | class::RELATIVE
                    | class::CONNECTOR
                    | class::COORDINATOR
                    | class::SOURCE_NOUN,
            )
    };
    // A count: a number, or a lower-case word after an optional opener ("about half").
    let counted = (a..of).any(|k| tk.numeric(k));
    ((a..of).all(plain) && (counted || (a..of).all(|k| !tk.cap(k) || k == a))).then(|| Np {
        start: a,
        end: np.end,
        anonymous: np.anonymous,
        ..Np::default()
    })
}

/// Whether the cue at `cue_start` opens a relative clause ("who has repeatedly pledged"): a
/// relative pronoun before it, with only auxiliaries and adverbs between.
pub(in crate::attribution::indirect) fn after_relative(tk: &Toks, cue_start: usize, a: usize) -> bool {
    let mut k = cue_start;
    while k > a
        && tk.word(k - 1)
        && !tk.cap(k - 1)
        && (tk.has(k - 1, class::AUX | class::ADVERB) || tk.s(k - 1).ends_with("ly"))
        && cue_start - k < 4
    {
        k -= 1;
    }
    k > a && tk.word(k - 1) && tk.has(k - 1, class::RELATIVE)
}

/// The most tokens from a subject's relative pronoun to the cue after its clause.
const MAX_RELATIVE_SUBJECT: usize = 14;
/// The most words of the phrase a subject's relative clause follows ("Current and former
/// officials").
const MAX_RELATIVE_HEAD: usize = 5;

/// "A woman who has accused the mayor of fraud said Sunday night that …", "Current and former
/// officials who spoke with the paper said …": a sentence that opens with a plain phrase (past
/// a coordinator or a word of list kind `beforeverb`, "Even") and a relative clause set off by
/// no comma (a relative pronoun of the lexicon's, not a "that", then words only up to the cue,
/// at least two) has that phrase as the speaker of a verb of saying in a finite form after the
/// clause, whatever names stand inside the clause. Not a cue right after the relative pronoun
/// and its auxiliaries ("people who have said …"), the relative's own verb. Counted over
/// PolNeAR dev + train: 7 marked by the gold, none left; main d147432 read 3 of them, with no
/// speaker phrase or one from inside the clause.
///
/// Out of line and asked only of a cue of kind `say`, `tell` or `that` with no subject phrase
/// at the sentence's start: the pronoun is looked for first, among the sentence's first few
/// words only, as most sentences hold none there.
#[inline(never)]
pub(in crate::attribution::indirect) fn relative_subject(tk: &Toks, a: usize, cue: &Cue) -> Option<Np> {
    // The clause runs on in words to the cue: most cues after a comma or a mark stop here.
    if !tk.word(cue.start - 1) {
        return None;
    }
    // The phrase and two opening words at most before the pronoun; the class test first.
    let rel = (a + 1..cue.start.min(a + MAX_RELATIVE_HEAD + 3)).find(|&k| tk.has(k, class::RELATIVE))?;
    if !tk.unquoted_lower_word(rel) || tk.has(rel, class::COMPLEMENTIZER) {
        return None;
    }
    // The clause holds two words at least ("who didn't want" is the relative's own verb).
    if rel + 3 > cue.start
        || cue.start - rel > MAX_RELATIVE_SUBJECT
        || (rel + 1..cue.start).any(|k| !tk.word(k) || tk.in_quote(k))
    {
        return None;
    }
    // A verb of saying or telling, or one that reports with "that" when a "that" follows ("some
    // who advocate free speech argue that …"): not "supported Sanders", "want to save". Nor a
    // participle. (A passive, "who were told that …", never comes here: a cue takes in the
    // auxiliaries before it, "were" among them, and one word after a passive is no cue.)
    let reports = match cue.kind {
        CueKind::Say | CueKind::Tell => true,
        CueKind::That => tk.has(cue.end, class::COMPLEMENTIZER),
        _ => false,
    };
    if !reports || tk.bytes(cue.verb).ends_with(b"ing") || after_relative(tk, cue.start, a) {
        return None;
    }
    // Past an opening coordinator, connective or subordinator ("But", "Even", "Yet", "Though").
    let opener = |k: usize| {
        tk.has(k, class::COORDINATOR)
            || [Listed::BeforeVerb, Listed::Concessive, Listed::Subordinator].iter().any(|&l| is_listed(l, tk.s(k)))
    };
    let mut s = a;
    while s < rel && tk.word(s) && opener(s) {
        s += 1;
    }
    // Not a phrase a preposition opens ("Of all the voters who …").
    if tk.has(s, class::CONNECTOR) {
        return None;
    }
    let plain = |k: usize| {
        tk.word(k)
            && !tk.in_quote(k)
            && !tk.has(
                k,
                class::PRONOUN | class::AUX | class::COMPLEMENTIZER | class::TAILPREP | class::AGENT | class::TIME,
            )
            && tk.cue_at(k).is_none()
    };
    let head = s < rel && rel - s <= MAX_RELATIVE_HEAD && (s..rel).all(plain) && !tk.has(rel - 1, class::FUNCTION);
    if !head {
        return None;
    }
    // Unnamed when indefinite ("A woman") or a bare plural ("Supporters", "executives"), as the
    // forward walk has it; the walk itself is not asked, as it takes a name inside the phrase
    // for the speaker's ("Friends of Mr. Clinton's" is no speech of Clinton's).
    let anonymous =
        tk.has(s, class::INDEFINITE) || (!tk.has(s, class::DETERMINER) && tk.bytes(rel - 1).ends_with(b"s"));
    Some(Np { start: s, end: rel, anonymous, ..Np::default() })
}

/// Whether the cue at `cue_start` directly follows a coordinator ("… and warned"), with at
/// most one adverb between ("and also said").
pub(in crate::attribution::indirect) fn coordinated_cue(tk: &Toks, cue_start: usize, a: usize) -> bool {
    let mut k = cue_start;
    if k > a + 1 && tk.has(k - 1, class::ADVERB) && !tk.cap(k - 1) {
        k -= 1;
    }
    k > a && tk.unquoted_lower_word(k - 1) && tk.has(k - 1, class::COORDINATOR)
}

/// The most tokens of a subject phrase that holds a poll or report ("A CNN/ORC poll of South
/// Carolina released on Tuesday").
const MAX_DOCUMENT_SUBJECT: usize = 16;
/// How far into that phrase its document word may stand ("Early results of an entrance poll").
const MAX_TO_DOCUMENT: usize = 8;

/// "A CNN/ORC poll of South Carolina released on Tuesday showed …", "The poll by the Public
/// Policy Institute of California showed …", "Early results of an entrance poll … are showing
/// that …": a sentence that opens with a phrase holding a document word and runs on to the cue
/// with no clause of its own (no comma, quote, pronoun, conjunction or other cue) has that
/// whole phrase as its source, whatever names stand inside it.
pub(in crate::attribution::indirect) fn document_subject(tk: &Toks, a: usize, cue_start: usize) -> Option<Np> {
    if cue_start <= a || cue_start - a > MAX_DOCUMENT_SUBJECT {
        return None;
    }
    // Auxiliaries and adverbs before the cue belong to it ("are showing", "actually showed").
    let mut end = cue_start;
    while end > a
        && tk.word(end - 1)
        && !tk.cap(end - 1)
        && (tk.has(end - 1, class::AUX | class::ADVERB) || tk.s(end - 1).ends_with("ly"))
    {
        end -= 1;
    }
    let document = (a..end).find(|&k| tk.word(k) && tk.has(k, class::DOCUMENT))?;
    if document - a > MAX_TO_DOCUMENT {
        return None;
    }
    let plain = |k: usize| {
        !tk.in_quote(k)
            && !tk.stop(k)
            && !tk.mark(k)
            && !tk.dash(k)
            && ![',', ';', ':', '('].iter().any(|&c| tk.punct(k, c))
            && !tk.has(k, class::PRONOUN | class::COMPLEMENTIZER | class::RELATIVE)
            // "A report by the Center for Trade and Growth found": an "and" inside a body's name.
            && (!tk.has(k, class::COORDINATOR) || joins_body_name(tk, k, a, end))
            && !(tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some())
    };
    (a..end).all(plain).then(|| Np { start: a, end, anonymous: tk.has(a, class::INDEFINITE), ..Np::default() })
}

/// "Ana Ruiz, the group's director, has accused the mayor of …": a name and a description
/// (a determiner or a role word after the name's comma) that open the sentence and run to the
/// comma before the cue at `cue_start` are the sentence's subject, and the cue its verb: not a
/// trailing cue with its speaker after it ("…, said Ana Ruiz").
pub(in crate::attribution::indirect) fn appositive_subject(tk: &Toks, a: usize, cue_start: usize) -> Option<Np> {
    let comma = cue_start.checked_sub(1).filter(|&c| tk.punct(c, ','))?;
    crate::attribution::speaker::sentence_subject(tk, a, comma).filter(|np| {
        np.start == a
            && np.name.is_some()
            && tk.punct(np.end, ',')
            && tk.has(np.end + 1, class::DETERMINER | class::SOURCE_NOUN)
    })
}

/// The most lower-case words between a sentence's opening article and the name they describe
/// ("The more moderate Kasich").
const MAX_NAME_MODIFIERS: usize = 3;

/// "A teary-eyed Bush says …", "The more moderate Kasich has argued that …": an article that
/// opens the sentence and at most [`MAX_NAME_MODIFIERS`] plain lower-case modifiers before the
/// name `np` that speaks make one subject with it: the name is the sentence's subject, not a
/// name set after a noun ("the plan Smith said is doomed", an embedded attribution, is read
/// before this). Not past a preposition, a time, a pronoun, an auxiliary or a cue word.
/// Only for a finite verb of saying, or one that reports with "that" when a "that" follows:
/// after "The 14 files Ruiz wants to be released …" or "A super PAC supporting Rubio …"
/// the phrase before the name is a noun the words after it describe. Counted over PolNeAR
/// train + dev: the gold marks the name as the speaker of the cue after it 15 times and never
/// leaves one; main 1c0b465 lost 3 of them.
pub(in crate::attribution::indirect) fn modified_name_subject(tk: &Toks, np: &Np, a: usize, cue: &Cue) -> bool {
    let reports = match cue.kind {
        CueKind::Say => !tk.bytes(cue.verb).ends_with(b"ing"),
        CueKind::That => tk.has(cue.end, class::COMPLEMENTIZER),
        _ => false,
    };
    let not_modifier = class::PRONOUN
        | class::AUX
        | class::COMPLEMENTIZER
        | class::RELATIVE
        | class::TAILPREP
        | class::CONNECTOR
        | class::COORDINATOR
        | class::TIME;
    reports
        && np.name.is_some_and(|(s, _)| s == np.start)
        && np.start > a + 1
        && np.start - a <= MAX_NAME_MODIFIERS + 1
        && tk.word(a)
        && tk.has(a, class::ARTICLE)
        && (a + 1..np.start)
            .all(|k| tk.unquoted_lower_word(k) && !tk.numeric(k) && !tk.has(k, not_modifier) && tk.cue_at(k).is_none())
}

/// Whether a main clause opens at token `s`: a subject (a pronoun, up to three capitalised
/// words, or an article and its noun, or up to four words more, [`long_noun_phrase_verb`])
/// and a finite verb right after it (an auxiliary, a listed finite verb, a past form in -ed or
/// a cue), an adverb allowed between ("Clinton has nevertheless called", "Trump deflected").
/// After a pronoun or a name any content word is the verb ("he appears", "Clinton fixates"):
/// where a name is followed by a noun it modifies ("Clinton campaign officials say"), that
/// noun still opens the main clause's subject.
pub(in crate::attribution::indirect) fn main_clause_at(tk: &Toks, s: usize) -> bool {
    if !tk.word(s) {
        return false;
    }
    let pronoun = tk.has(s, class::PRONOUN);
    let named = !pronoun && tk.cap(s) && !tk.has(s, class::FUNCTION | class::DETERMINER | class::ARTICLE);
    let verb_at = if pronoun {
        s + 1
    } else if named {
        (s + 1..s + 3).find(|&k| !(tk.word(k) && tk.cap(k))).unwrap_or(s + 3)
    } else if tk.has(s, class::ARTICLE) && tk.unquoted_lower_word(s + 1) {
        if !tk.unquoted_lower_word(s + 2) || tk.has(s + 2, NOT_A_VERB) {
            s + 2
        } else {
            return long_noun_phrase_verb(tk, s + 2);
        }
    } else {
        return false;
    };
    let v = if tk.unquoted_lower_word(verb_at) && tk.has(verb_at, class::ADVERB) { verb_at + 1 } else { verb_at };
    tk.finite_aux(v)
        || (tk.unquoted_lower_word(v)
            && (tk.past_shaped(v) || tk.cue_at(v).is_some() || ((pronoun || named) && !tk.has(v, NOT_A_VERB))))
}

/// The most words of a noun phrase after its article and first word before the verb
/// ("the billionaire real estate mogul offered": three more).
const MAX_NOUN_PHRASE_TAIL: usize = 4;

/// [`main_clause_at`] past an article and two plain lower-case words at `from - 2`, `from - 1`:
/// whether a finite verb (a finite auxiliary, a past form in -ed or a cue) ends the noun phrase
/// within [`MAX_NOUN_PHRASE_TAIL`] more plain words ("the billionaire real estate mogul offered
/// …", "the former secretary of state argued …"; a connector allowed inside, "of"). A word of
/// any other class ends the phrase with no verb: no main clause; so does "to", after which a
/// verb is an infinitive of the noun ("the neurosurgeon's decision to read from a text …").
fn long_noun_phrase_verb(tk: &Toks, from: usize) -> bool {
    (from..from + MAX_NOUN_PHRASE_TAIL + 1)
        .take_while(|&k| tk.unquoted_lower_word(k) && !tk.is_to(k) && !tk.has(k, NOT_A_VERB & !class::FUNCTION))
        .any(|k| tk.finite_aux(k) || tk.past_shaped(k) || tk.cue_at(k).is_some())
}

/// Classes of a word after a subject pronoun that is no verb ("they all", "he and", "it the").
const NOT_A_VERB: u32 =
    class::FUNCTION | class::DETERMINER | class::ARTICLE | class::PRONOUN | class::COORDINATOR | class::RELATIVE;
