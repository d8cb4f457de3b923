//! A described subject with a prepositional phrase: "The deputy head of Eastvale's delegation
//! to the forum said", "The heads of both lobbying firms told", "Some 20 percent of people in
//! a recent poll said". The words after the preposition are the head's object, not the
//! speaker: the whole phrase, from the determiner or count that opens its clause, speaks.

use super::name_words::count_at_start;
use super::{finish, plural_possessive, Np};
use crate::attribution::view::Toks;
use crate::attribution::words::{class, is_listed, Listed, Opener};

/// Most tokens of the whole phrase, head and object ("The deputy head of Eastvale's
/// delegation to the forum": 10).
const MAX_PHRASE: usize = 12;

/// Most words of the head before its first preposition ("Some 20 percent", "The deputy head").
const MAX_HEAD: usize = 4;

/// Whether the word at `k` is a lower-case preposition that joins a head to its object: a
/// title's connector ("of", "to", "at", "from", "for") or "in" ("people in a recent poll"),
/// not one placing the saying in time or occasion ("during", "on").
pub(super) fn joining_preposition(tk: &Toks, k: usize) -> bool {
    tk.word(k) && !tk.cap(k) && (tk.has(k, class::CONNECTOR) || tk.has(k, class::TAILPREP) && tk.bytes(k) == b"in")
}

/// Whether the word at `k`, inside a phrase, makes it a clause: a finite verb ("could"), an
/// object pronoun ("him") or an adverbial opener ("how", "not"). (The walk itself stops at a
/// cue word and a lower-case past form before the phrase's last word: "The archbishop of
/// Eastvale subsequently apologized for …".)
fn verb_inside(tk: &Toks, k: usize) -> bool {
    if !tk.word(k) || joining_preposition(tk, k) {
        return false;
    }
    (!tk.cap(k) && tk.opener(k) == Some(Opener::Phrase))
        || tk.finite_aux(k)
        || is_listed(Listed::ObjectPronoun, tk.s(k))
}

/// Whether token `k` is a slash between two words ("a CNN/ORC poll").
fn joining_slash(tk: &Toks, k: usize) -> bool {
    k > 0 && tk.punct(k, '/') && tk.word(k - 1) && tk.word(k + 1)
}

/// The described phrase ending right before token `e` (a cue, or the auxiliary before it) whose
/// head is followed by a prepositional phrase, when a capitalised determiner or count opens it
/// at its sentence's start (or after a colon, or at `lower`). No auxiliary, pronoun,
/// adverbial, cue word, quote, mid-phrase capitalised article or past form before the last
/// word inside (so "The poll showed a majority of voters said" and "The archbishop of Santiago
/// apologized for having refused" are no phrase). A bounded walk of at most [`MAX_PHRASE`]
/// tokens.
pub(super) fn described_with_object(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    // A verb follows, not a participle (a headline's colon gives "A lesson from Ana Ruiz: …"
    // to no one; "The drumbeat of names from the past denouncing …" is no saying).
    if !tk.word(e) || tk.lower_participle(e) {
        return None;
    }
    let floor = e.saturating_sub(MAX_PHRASE).max(lower);
    // "in" opens phrases too (class::PHRASE_START): a joining preposition is inside. The walk
    // asks the token's classes only; the word tests that compare text ([`verb_inside`]) are
    // asked once a phrase of the right shape is found, as most walks find none.
    let inside = |k: usize| {
        joining_preposition(tk, k)
            || ((tk.word(k) || plural_possessive(tk, k) || joining_slash(tk, k))
                && !tk.in_quote(k)
                && !(tk.word(k) && tk.has(k, class::AUX | class::PRONOUN | class::PHRASE_START | class::RELATIVE))
                && !(tk.word(k) && !tk.cap(k) && (tk.has(k, class::ADVERB) || k + 1 < e && tk.past_shaped(k)))
                && !(tk.cap(k) && tk.has(k, class::DETERMINER))
                && tk.cue_at(k).is_none())
    };
    // Back to the phrase's first token: past the object's words and the prepositions.
    let mut start = e;
    let mut first_prep = None;
    while start > floor && inside(start - 1) {
        let j = start - 1;
        if joining_preposition(tk, j) {
            first_prep = Some(j);
        } else if tk.has(j, class::FUNCTION) && !tk.has(j, class::DETERMINER) {
            // A function word that is no preposition nor determiner ends the phrase ("and").
            break;
        }
        start = j;
    }
    // A capitalised determiner or count opening the walk stops it ("The" above).
    if start > floor && tk.word(start - 1) && tk.cap(start - 1) && tk.has(start - 1, class::DETERMINER) {
        start -= 1;
    }
    // The head: a few words before the first preposition, led by a determiner or a count, the
    // object at least one word after the last.
    let p = first_prep?;
    let head_words = p.checked_sub(start)?;
    let led = tk.cap(start) && tk.has(start, class::DETERMINER) || count_at_start(tk, start);
    if !(2..=MAX_HEAD).contains(&head_words) || !led || joining_preposition(tk, e - 1) {
        return None;
    }
    // Plain lower-case words or a number: no verb's shape ("The audience gathered in …", "The
    // losing side in …").
    let verb_shaped = |k: usize| tk.past_shaped(k) || tk.lower_participle(k);
    let head_plain = (start + 1..p).all(|k| (tk.word(k) && !tk.cap(k) && !verb_shaped(k)) || tk.numeric(k));
    // At the sentence's start, or a clause's after a colon ("… a cumulative effect: Some 20
    // percent of people in a recent poll said …").
    let after_colon = start > 0 && tk.punct(start - 1, ':');
    let opens = start == lower || after_colon || super::name_words::sentence_start(tk, start);
    if !head_plain || !opens || (start + 1..e).any(|k| verb_inside(tk, k)) {
        return None;
    }
    let mut np = Np { start, end: e, ..Np::default() };
    finish(tk, &mut np, p);
    np.anonymous |= tk.has(start, class::INDEFINITE);
    Some(np)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::speakers_in_story;

    /// A described head with its prepositional phrase, opening the sentence, speaks whole; a
    /// phrase that does not open its clause, holds a verb or ends at a colon does not.
    #[test]
    fn a_head_with_its_prepositional_phrase_speaks_whole() {
        let whole = [
            (
                "The deputy head of Eastvale's delegation to the forum said the talks were useful.",
                "The deputy head of Eastvale's delegation to the forum",
            ),
            (
                "The heads of both shipping firms told the Eastvale Star they would stay.",
                "The heads of both shipping firms",
            ),
            (
                "It had an effect: Some 20 percent of people in a recent Star/Ledger poll said they would leave.",
                "Some 20 percent of people in a recent Star/Ledger poll",
            ),
            (
                "A lawmaker in the Eastvale council is calling for the port to close.",
                "A lawmaker in the Eastvale council",
            ),
        ];
        for (s, who) in whole {
            assert_eq!(speakers_in_story(s), vec![Some(who.to_string())], "{s}");
        }
        // A verb inside: no speaker runs over it. Not at the start of its clause: not whole.
        let not_whole = [
            ("The audience gathered in the East Room followed him by echoing “too many.”", "gathered"),
            ("The archbishop of Eastvale subsequently apologized for having refused to help.", "apologized"),
            ("Ruiz met the deputy head of the delegation to the forum who said he was tired.", "Ruiz met"),
        ];
        for (s, verb) in not_whole {
            let got = speakers_in_story(s);
            assert!(got.iter().all(|g| g.as_deref().is_none_or(|g| !g.contains(verb))), "{s}: {got:?}");
        }
        // A headline's colon: "A lesson from Ana Ruiz" is no speaker.
        let got = crate::attribution::test_quotes::speakers(
            "A lesson from Ana Ruiz: “Be the voice that people hear.”\n\nShe spoke.",
        );
        assert!(got.iter().all(|g| g.as_deref() != Some("A lesson from Ana Ruiz")), "{got:?}");
    }
}
