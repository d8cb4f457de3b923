//! Vague attributions: a weasel gives the sentence a source that names no one ("critics say",
//! "it is believed", "Some argue", "reportedly"), or the writer guesses ("probably").

mod reach;

use std::ops::Range;

use super::grammar::{self, Kind};
use super::kinds::{self, Fact, Sourcing, Vague};
use super::lists::{FACTS, SOURCING, VAGUE};
use super::shapes::is_quote_mark;
use super::words::{Hit, Mark, Token, TokenKind};
use super::Cue;
use crate::report::VagueWords;
use crate::text::ends_in_one_s;
pub(super) use reach::{fact_part, reach, weasel_outside, words_span};

/// A vague source a sentence gives: its words, which the reader is told, and where it stands.
pub(super) struct Weasel {
    /// The words ("critics say", "probably"), and whether they are a guess.
    pub words: VagueWords,
    /// Its tokens in the sentence.
    pub at: Range<usize>,
}

/// Whether an entry of this kind may be a vague source by itself ([`Vague::may_give_source`]).
#[cfg(test)]
pub(super) fn may_give_source(kind: &str) -> bool {
    Vague::of(kind).may_give_source()
}

/// How an entry of this kind is marked for the screen that spares most attributed sentences
/// their tokens ([`super::words::SentenceTokenizer::may_hold_marked`]): an entry that may be a
/// vague source, and a vague subject only where it starts a clause ([`source`] reads it
/// nowhere else).
pub(super) fn source_mark(kind: &str) -> Mark {
    let kind = Vague::of(kind);
    if !kind.may_give_source() {
        Mark::No
    } else if kind.is_subject() {
        Mark::AtClauseStart
    } else {
        Mark::Always
    }
}

/// A weasel source outside quotes, or a guess: its words ("critics say", "probably") and place.
/// (Inlined into `judge`, its one caller in the analysis: out of line, returning a [`Weasel`],
/// it cost 0.14 M instructions a pass more.)
#[inline(always)]
pub(super) fn source(tokens: &[Token<'_>], found: &[Hit], outside: &impl Fn(&Token<'_>) -> bool) -> Option<Weasel> {
    for hit in found {
        let Some(first) = tokens.get(hit.first) else {
            continue;
        };
        if !outside(first) {
            continue;
        }
        let kind = kinds::vague(hit);
        if !kind.may_give_source() {
            continue;
        }
        // "those studies show" points back at studies the text has named.
        let points_back = hit
            .first
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| grammar::is(Kind::PointingDeterminer, p.lower));
        if kind == Vague::Study && (is_named(tokens, hit.first) || points_back) {
            continue;
        }
        // "no one can say", "no critics argue": a denied source says nothing.
        if hit.first.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| p.lower == "no") {
            continue;
        }
        // "In the Middle Ages it was believed that ...": a belief held then, told as history.
        if held_then(tokens, hit) {
            continue;
        }
        let subject = kind.is_subject();
        if subject && !(starts_clause(tokens, hit.first) && speech_follows(tokens, hit.end, kind)) {
            continue;
        }
        if kind == Vague::Some {
            // "Some 40 people", "Some two-thirds of graduates" are figures, not vague sources.
            let figure = tokens.get(hit.end).is_none_or(|t| t.kind != TokenKind::Word || t.lower == "of")
                || FACTS.any(tokens.get(hit.end..tokens.len().min(hit.end + 2)).unwrap_or(&[]), |h| {
                    h.first == 0 && kinds::fact(h) == Fact::Cue(Cue::Quantity)
                });
            // "Some states remained too close to call", "Some details remain murky": a vague
            // source is people, not things. "Some" alone is people when it speaks or thinks
            // ("Some note that", "Some may argue"): the quantifier reading, which this entry
            // shadows at a sentence start; not after a plural noun ("Some emails described").
            let noun_next = tokens.get(hit.end).is_some_and(|t| t.lower.ends_with("s"));
            let speaks = !noun_next && speech_follows(tokens, hit.end, Vague::Quantifier);
            let people = names_people(tokens, hit.end) || speaks;
            if figure || hit.first > 0 || !people {
                continue;
            }
        }
        let mut end = hit.end;
        if subject {
            // The verb may stand past an aside (", however,": three tokens).
            end = (hit.end..tokens.len().min(hit.end + QUANTIFIER_REACH + 4))
                .find(|&j| is_verb(tokens, j))
                .map_or(hit.end, |j| j + 1);
        }
        // "as many goals conceded as scored" compares two counts: no one speaks.
        let as_word = |t: Option<&Token<'_>>| t.is_some_and(|t| t.lower == "as");
        if subject && as_word(hit.first.checked_sub(1).and_then(|p| tokens.get(p))) && as_word(tokens.get(end)) {
            continue;
        }
        // "was criticized by the mayor", "it was reported by ABS-CBN" name their source.
        // An agentless label's agent may follow a quoted label ("described as “heartbreaking”
        // by the council"), within its clause.
        let quoted_label = tokens.get(hit.end).is_some_and(is_quote_mark);
        let agent_window = match kind {
            Vague::Agentless if quoted_label => QUOTED_LABEL_REACH,
            Vague::Agentless => 3,
            _ => 1,
        };
        // After an infinitive ("is believed to be haunted by spirits") a "by" is the agent of
        // the infinitive's verb, not of the belief.
        let infinitive = hit.end.checked_sub(1).and_then(|l| tokens.get(l)).is_some_and(|t| t.lower == "to");
        let by_agent = !(kind == Vague::Agentless && infinitive)
            && tokens
                .iter()
                .skip(hit.end)
                .take(agent_window)
                .take_while(|t| !t.text.is_any(&[",", ".", ";", ":"]))
                .any(|t| t.lower == "by")
            && tokens.get(hit.first).is_some_and(|t| t.lower != "by");
        if by_agent || names_members(tokens, hit.end) || counts(tokens, hit) {
            continue;
        }
        // "could not possibly", "a possibly complex ...": not a guess about a fact.
        let before = hit.first.checked_sub(1).and_then(|p| tokens.get(p)).map(|t| t.lower.as_bytes());
        if kind == Vague::Hedge && before.is_some_and(|w| grammar::is(Kind::HedgeBlocker, w)) {
            continue;
        }
        // "the candidate most likely to win" is an adjective's complement, not a guess.
        let after = tokens.get(hit.end).map(|t| t.lower.as_bytes());
        if kind == Vague::AdjectiveHedge
            && (after.is_some_and(|w| grammar::is(Kind::HedgeComplement, w))
                || before.is_some_and(|w| grammar::is(Kind::Article, w)))
        {
            continue;
        }
        // "is said to be on a power play", "is said to have 'pinned'" name a term, where "is
        // said to date from" reports.
        let term_next = tokens.get(hit.end..tokens.len().min(hit.end + 2)).unwrap_or(&[]).iter().any(is_quote_mark);
        if kind == Vague::Reputed && (after.is_some_and(|w| grammar::is(Kind::ReputedTerm, w)) || term_next) {
            continue;
        }
        if kind == Vague::Some {
            end = (hit.end + 1).min(tokens.len());
        }
        let words: Vec<&str> = tokens.get(hit.first..end)?.iter().map(|t| t.text.as_str()).collect();
        let words = VagueWords { guess: kind.is_hedge(), text: words.join(" ") };
        return Some(Weasel { words, at: hit.first..end });
    }
    None
}

/// Whether the hit only says what people believed in the past: "(it) was/were", a participle of
/// belief (`held-belief` in claims_grammar.txt) and at most "to" or "that" ("it was believed",
/// "were considered to"). That is history, not a source the writer gives a claim; an adverb
/// ("was widely believed": a consensus), a report ("it was said") or a perfect infinitive
/// ("was believed to have fled": an earlier event) still make a vague source.
fn held_then(tokens: &[Token<'_>], hit: &Hit) -> bool {
    let words = tokens.get(hit.first..hit.end).unwrap_or(&[]);
    let words = match words.first() {
        Some(it) if it.lower == "it" => words.get(1..).unwrap_or(&[]),
        _ => words,
    };
    let [be, participle, rest @ ..] = words else {
        return false;
    };
    let past = be.lower == "was" || be.lower == "were";
    let complement = match rest {
        [] => true,
        [word] => word.lower == "to" || word.lower == "that",
        _ => false,
    };
    let perfect = tokens.get(hit.end).is_some_and(|t| t.lower == "have");
    past && complement && !perfect && grammar::is(Kind::HeldBelief, participle.lower)
}

/// Whether the hit ends on a quantifier that counts a figure ("spoken by some 105,000 people"):
/// a number, not an unnamed source.
fn counts(tokens: &[Token<'_>], hit: &Hit) -> bool {
    let last = hit.end.checked_sub(1).and_then(|l| tokens.get(l..l + 1)).unwrap_or(&[]);
    let quantifier = VAGUE.any(last, |h| kinds::vague(h) == Vague::Quantifier);
    quantifier && tokens.get(hit.end).is_some_and(|t| t.kind == TokenKind::Number)
}

/// Whether the vague source ending before token `from` goes on to name its members ("some
/// scholars like Siedow and Kurnatowska", "critics, including Senator Smith,"): then it is sourced.
fn names_members(tokens: &[Token<'_>], from: usize) -> bool {
    // The marker follows the source, or the source's noun and the words before it ("some
    // scholars like", "some high-profile guests, including"), with or without a comma; after a
    // verb ("Analysts say that attacks like Paris") it is no marker.
    let mut i = from;
    let plain_word = |i: usize| {
        tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized() && !is_marker(tokens, i))
    };
    let reach = if from.checked_sub(1).is_some_and(|v| is_verb(tokens, v)) { 0 } else { MEMBERS_NOUN_REACH };
    while i < from + reach && plain_word(i) && !is_verb(tokens, i) {
        i += 1;
    }
    if tokens.get(i).is_some_and(|t| t.text == ",") {
        i += 1;
    }
    let name_at = match tokens.get(i).map(|t| t.lower.as_bytes()) {
        Some(b"like" | b"including") => i + 1,
        Some(b"such") => i + 2,
        _ => return false,
    };
    is_marker(tokens, i) && tokens.get(name_at).is_some_and(Token::is_capitalized)
}

/// How many plain words (the source's noun and its modifiers) may stand between a vague source
/// and the list of its members ("some high-profile guests, including").
const MEMBERS_NOUN_REACH: usize = 3;

/// Whether token `i` is a verb a vague source takes (a speech or thought verb, or a verb of the
/// vague list): the words after it are what the source says, not the source's noun.
fn is_verb(tokens: &[Token<'_>], i: usize) -> bool {
    let word = tokens.get(i..i + 1).unwrap_or(&[]);
    SOURCING.any(word, super::gives_source) || VAGUE.any(word, |h| kinds::vague(h) == Vague::Verb)
}

/// Whether the words after a sentence-opening "Some", up to its noun, name people: a noun of the
/// `people`, `group` or `quantifier` kinds ("Some party officials", "Some critics"), or a
/// capitalised plural group ("Some Democrats", not "Some Texas courses").
fn names_people(tokens: &[Token<'_>], from: usize) -> bool {
    for i in from..tokens.len().min(from + QUANTIFIER_REACH) {
        let Some(token) = tokens.get(i) else {
            return false;
        };
        if token.kind != TokenKind::Word {
            return false;
        }
        let word = tokens.get(i..i + 1).unwrap_or(&[]);
        let person = VAGUE.any(word, |h| matches!(kinds::vague(h), Vague::People | Vague::Group | Vague::Quantifier));
        if person || is_capitalized_group(tokens, i) {
            return true;
        }
        // The noun of the phrase ends it ("Some courses have", "Some details of the episode").
        let plural = token.lower.ends_with("s") && !token.is_capitalized();
        if plural || SOURCING.any(word, |h| kinds::sourcing(h) == Sourcing::Speech) {
            return false;
        }
        if grammar::is(Kind::PhraseEnd, token.lower) {
            return false;
        }
    }
    false
}

/// Whether token `i` is a capitalised plural ("Democrats", "Lutherans") that is not itself the
/// modifier of a plural noun ("Texas courses") nor a word ending in "ss" or "us" ("Congress").
fn is_capitalized_group(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    let lower = token.lower;
    let plural = ends_in_one_s(lower.as_bytes(), 3, &[b"us"]);
    let modifies = tokens
        .get(i + 1)
        .is_some_and(|next| next.kind == TokenKind::Word && !next.is_capitalized() && next.lower.ends_with("s"));
    token.is_capitalized() && plural && !modifies
}

/// Whether token `i` opens a list of examples: "like", "including", "such as".
fn is_marker(tokens: &[Token<'_>], i: usize) -> bool {
    match tokens.get(i).map(|t| t.lower.as_bytes()) {
        Some(b"like" | b"including") => true,
        Some(b"such") => tokens.get(i + 1).is_some_and(|t| t.lower == "as"),
        _ => false,
    }
}

/// How many words may stand between a vague quantifier and its verb ("Some Gore supporters
/// contend").
const QUANTIFIER_REACH: usize = 4;

/// How many tokens after an agentless label ("was described as") its agent's "by" may stand
/// when the label is quoted: past a few words ("as “a model for the region” by").
const QUOTED_LABEL_REACH: usize = 8;

/// Whether token `i` starts a clause: the sentence start, or after punctuation, a conjunction or
/// a relative word ("what many see as", "which some critics say").
fn starts_clause(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return true;
    };
    prev.kind == TokenKind::Punct || opens_clause(prev.lower.as_bytes())
}

/// Whether a word before a vague subject lets it start a clause ("and", "which"), in lower case.
pub(super) fn opens_clause(word: &[u8]) -> bool {
    grammar::is(Kind::ClauseOpener, word)
}

/// Whether the word before token `i` names an owner: a possessive ("Smith's") or a capitalised
/// word inside the sentence ("Pew research").
fn is_named(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    let possessive = prev.lower.ends_with("'s") || prev.lower == "'";
    possessive || (i > 1 && prev.is_capitalized())
}

/// Whether a speech or thought verb follows within [`QUANTIFIER_REACH`] words of token `from`,
/// with only words (no figure, no punctuation) between; after a `group` noun, no capitalised
/// word either ("Researchers at Yale found" names its source).
fn speech_follows(tokens: &[Token<'_>], from: usize, kind: Vague) -> bool {
    let end = tokens.len().min(from + QUANTIFIER_REACH + 1);
    let window = tokens.get(from..end).unwrap_or(&[]);
    // "Recent researchers, however, argue": an aside between commas does not part subject and
    // verb; the window is read again without it.
    if let Some(at) = aside_at(window) {
        let after = from + at + 3;
        let end = tokens.len().min(after + QUANTIFIER_REACH + 1 - at);
        let mut joined: Vec<Token<'_>> = window.get(..at).unwrap_or(&[]).to_vec();
        joined.extend_from_slice(tokens.get(after..end).unwrap_or(&[]));
        return verb_in(&joined, kind);
    }
    verb_in(window, kind)
}

/// Where an aside between commas (", however,") starts in `window`, if one does.
fn aside_at(window: &[Token<'_>]) -> Option<usize> {
    (0..window.len()).find(|&i| {
        window.get(i).is_some_and(|t| t.text == ",")
            && window.get(i + 2).is_some_and(|t| t.text == ",")
            && (VAGUE.any(window.get(i + 1..i + 2).unwrap_or(&[]), |h| kinds::vague(h) == Vague::Aside)
                || window.get(i + 1).is_some_and(is_manner_adverb))
    })
}

/// Whether a token is an adverb in "-ly" that may stand alone between commas as an aside ("which
/// some, controversially, have claimed"); not a short word such as "only" or "early".
fn is_manner_adverb(token: &Token<'_>) -> bool {
    let word = token.lower;
    token.kind == TokenKind::Word && !token.is_capitalized() && word.len() > 6 && word.ends_with("ly")
}

/// Whether a speech or thought verb stands among the words that open `window`.
fn verb_in(window: &[Token<'_>], kind: Vague) -> bool {
    // Only words between, and no form of "be" (a passive: "many goals conceded", "others are
    // explained" are not sources speaking).
    let stop =
        window.iter().position(|t| t.kind != TokenKind::Word || grammar::is(Kind::Be, t.lower)).unwrap_or(window.len());
    let words = window.get(..stop).unwrap_or(&[]);
    // A verb in -s agrees with a singular subject: after a plural quantifier it is a noun
    // ("many projects, especially hotels, are"), unless a partitive hands the quantifier a
    // singular noun ("most of the public believes").
    let singular_verb = |h: &Hit| {
        let word = words.get(h.first).map_or(&[][..], |t| t.lower.as_bytes());
        let partitive = words.iter().take(h.first).any(|t| grammar::is(Kind::Partitive, t.lower));
        kind == Vague::Quantifier && ends_in_one_s(word, 0, &[]) && !partitive
    };
    let verb_at = |h: &Hit| {
        // A verb followed by "by" is a passive participle ("most described by Timberlake").
        h.end == h.first + 1
            && !singular_verb(h)
            && window.get(h.end).is_none_or(|t| t.lower != "by")
            && (kind != Vague::Group || !words.iter().take(h.first).any(Token::is_capitalized))
    };
    SOURCING.any(words, |h| {
        matches!(kinds::sourcing(h), Sourcing::Speech | Sourcing::Thought | Sourcing::Comparison) && verb_at(h)
    }) || VAGUE.any(words, |h| kinds::vague(h) == Vague::Verb && verb_at(h))
}

#[cfg(test)]
mod tests {
    /// The reasons of the vague claims in a plain text (no attribution frames).
    fn vague(s: &str) -> Vec<String> {
        crate::claims::tests::claims(s)
            .into_iter()
            .filter(|(_, c)| c.vague)
            .map(|(_, c)| c.reason.into_owned())
            .collect()
    }

    #[test]
    fn a_group_is_vague_unless_a_name_stands_before_its_verb() {
        assert_eq!(vague("Archaeologists speculate that the tombs had a religious use.").len(), 1);
        assert_eq!(vague("Critics of the new tax claim that it hurts small farms.").len(), 1);
        assert!(vague("Researchers at Yale found that the drug cut strokes by half.").is_empty());
    }

    #[test]
    fn a_group_needs_a_verb_and_a_clause_start() {
        assert!(vague("The historians met in Paris to discuss the treaty.").is_empty());
        assert!(vague("The book was reviewed by three historians who argue about dates.").is_empty());
    }

    #[test]
    fn a_verb_of_the_list_is_vague_only_after_a_vague_subject() {
        assert_eq!(vague("Others dispute the date of the siege.").len(), 1);
        assert!(vague("The two firms dispute the terms of the deal.").is_empty());
    }

    #[test]
    fn studies_are_vague_unless_someone_owns_them() {
        assert_eq!(vague("Studies show that the drug cuts the risk of a stroke.").len(), 1);
        assert!(vague("But Greenberg's research suggests that moderates may cross over.").is_empty());
        assert!(vague("The latest Pew research shows that 40 percent of voters agree.").is_empty());
    }

    #[test]
    fn a_vague_source_that_names_its_members_is_sourced() {
        assert!(vague("Critics like Huffman say it would help the senator.").is_empty());
        assert!(vague("Some observers, including Zeynep Tufekci, criticized the site.").is_empty());
        assert!(vague("Some prominent critics, including Senator Ruiz, say the tax hurts farms.").is_empty());
        assert!(vague("The mayor was joined by some high-profile guests, including Ana Ruiz.").is_empty());
        // A list of examples after the verb does not name the source.
        assert_eq!(vague("Analysts say that attacks like Paris will tighten border checks.").len(), 1);
    }

    #[test]
    fn an_aside_does_not_part_a_vague_subject_from_its_verb() {
        assert_eq!(vague("Researchers, however, argue that the link is weak.").len(), 1);
        assert!(vague("Many courses, however, closed in the spring.").is_empty());
    }

    #[test]
    fn some_before_a_figure_is_no_source() {
        assert!(vague("Some two-thirds of graduates left college with debt.").is_empty());
        assert!(vague("Some 40 people were hurt in the crash.").is_empty());
        assert_eq!(vague("Some scholars date the poem to the tenth century.").len(), 1);
    }

    #[test]
    fn an_opening_some_is_vague_before_people_not_things() {
        assert_eq!(vague("Some Democrats remain wary of the new tax.").len(), 1);
        assert_eq!(vague("Some veteran party strategists remain wary.").len(), 1);
        assert_eq!(vague("Some note that the deaths were few.").len(), 1);
        assert!(vague("Some states remained too close to call.").is_empty());
        assert!(vague("Some details of the episode remain murky.").is_empty());
        assert!(vague("Some emails and other records described the meetings.").is_empty());
        assert!(vague("Some Texas courses have sought bankruptcy protection.").is_empty());
        assert!(vague("Some Republican gun control measures have also failed.").is_empty());
    }

    #[test]
    fn most_likely_is_a_guess_but_not_before_its_complement() {
        assert_eq!(vague("After his death, Patsy most likely took over the crew.").len(), 1);
        assert!(vague("He was the candidate most likely to win the 2012 race.").is_empty());
        assert!(vague("The most likely buyer paid $4 billion for the firm in 2016.").is_empty());
    }

    #[test]
    fn said_to_reports_unless_it_names_a_term() {
        assert_eq!(vague("The word is said to date to 1923.").len(), 1);
        assert!(vague("The opposing team is said to be on a power play.").is_empty());
        assert!(vague("In this case the piece is said to have 'pinned'.").is_empty());
    }

    #[test]
    fn a_quantifier_before_a_number_counts() {
        assert!(vague("It was spoken by some 105,000 people in the highlands.").is_empty());
        assert_eq!(vague("The rite is still practised by some villagers in the north.").len(), 1);
    }

    #[test]
    fn widely_accepted_needs_what_is_accepted() {
        assert_eq!(vague("It is also widely accepted that the fort was built in 1620.").len(), 1);
        assert_eq!(vague("The treaty is often seen as the end of the empire.").len(), 1);
        assert!(vague("The firm reported a loss under generally accepted accounting rules.").is_empty());
        assert!(vague("It was one of the last widely seen debates of the race.").is_empty());
        assert!(vague("Herons are often seen in the river near the old mill.").is_empty());
        assert_eq!(vague("The ship is presumed to have sunk off the cape.").len(), 1);
    }

    #[test]
    fn a_vague_subject_may_see_call_or_rank() {
        assert_eq!(vague("Others call it the last great strike of the century.").len(), 1);
        assert_eq!(vague("Most fans rank the album as the band's best.").len(), 1);
        assert!(vague("The two firms see a rise in orders this spring.").is_empty());
    }

    #[test]
    fn as_many_as_compares_counts() {
        assert!(vague("The team saw almost as many goals conceded as scored.").is_empty());
        assert_eq!(vague("As many analysts predicted, the bank raised its rates.").len(), 1);
    }

    #[test]
    fn a_quantifier_after_what_or_which_starts_a_clause() {
        assert_eq!(vague("It was what many analysts described as an old tactic.").len(), 1);
        assert_eq!(vague("The law, which many voters believe hurt workers, passed in 1993.").len(), 1);
    }

    #[test]
    fn a_by_after_an_infinitive_is_not_the_agent_of_the_belief() {
        assert_eq!(vague("The old mill is believed to be haunted by a miller's ghost.").len(), 1);
        assert!(vague("The mill was described as unsafe by the county engineer.").is_empty());
    }

    #[test]
    fn an_adverb_between_commas_is_an_aside() {
        assert_eq!(vague("The stone, which some, controversially, have claimed is a map, sits in the hall.").len(), 1);
        assert!(vague("Many courses, sadly, closed in the spring.").is_empty());
    }

    #[test]
    fn one_may_argue_unless_no_one_can() {
        assert_eq!(vague("One could argue that the dam did more harm than good.").len(), 1);
        assert!(vague("No one can say when the dam will be finished.").is_empty());
    }

    #[test]
    fn those_who_claim_are_vague_but_not_those_who_act() {
        assert_eq!(vague("The dam was criticized by those who live beside the river.").len(), 1);
        assert!(vague("The village was attacked by those who lived across the river.").is_empty());
        assert_eq!(vague("It was suspected that the letters had been forged.").len(), 1);
    }

    #[test]
    fn there_are_claims_that_is_a_vague_source() {
        assert_eq!(vague("There are claims that the vote in 2016 was rigged.").len(), 1);
        assert_eq!(vague("There were reports that the mayor took 40 bribes.").len(), 1);
        // Signs and questions are no one's claims; concerns about a record hold no claim.
        assert!(vague("There are signs that 40 percent of voters agree.").is_empty());
        assert!(vague("There are concerns about the mayor's record of 40 votes.").is_empty());
    }

    #[test]
    fn a_belief_held_then_is_history_not_a_source() {
        assert!(vague("In the Middle Ages it was believed that a comet foretold a plague.").is_empty());
        assert!(vague("The stones were believed to cure fevers until 1850.").is_empty());
        assert!(vague("Before the flood it was feared that the old dam would break.").is_empty());
        // A consensus, a report, an earlier event and a present belief are still vague sources.
        assert_eq!(vague("It was widely believed that the vote was rigged.").len(), 1);
        assert_eq!(vague("It was said that the king hid his gold in the lake.").len(), 1);
        assert_eq!(vague("The general was believed to have ordered the killings.").len(), 1);
        assert_eq!(vague("The general is believed to be hiding in the hills.").len(), 1);
        assert_eq!(vague("The treaty was considered one of the worst in its history.").len(), 1);
    }

    #[test]
    fn unnamed_sources_are_a_vague_source() {
        assert_eq!(vague("Sources familiar with the talks say the deal is close.").len(), 1);
        assert!(vague("Sources at the Treasury say the deal is close.").is_empty());
        assert!(vague("The two sources of the river meet near the town.").is_empty());
    }
}
