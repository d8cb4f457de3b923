//! The subject that starts a sentence ("Scott beamed and asked …"), in the steps that
//! [`super::subject_past_opening`] shares.

use super::super::view::Toks;
use super::super::words::class;
use super::opening::{subject_after_opening, subject_after_opening_within, MAX_OPENING, MAX_OPENING_CLAUSE};
use super::{after, head, Np};

/// The phrase that starts the sentence at `a` and ends before `limit`, when it looks like a
/// subject ("Scott beamed and asked …", "Michael Mulgrew, president of …, said").
pub(crate) fn sentence_subject(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    let start = past_function_words(tk, a, limit);
    let mut s = start;
    // "Then he began …": a capitalised adverb before the subject.
    while s + 1 < limit && tk.cap(s) && tk.has(s, class::ADVERB) && tk.word(s + 1) {
        s += 1;
    }
    // "But so far Canova, a law professor, has …", "So far Ortiz said": past the function
    // words, a lower-case opener that is no determiner, right before a name, ends a fronted
    // adverbial; it describes no one.
    if s > a && s + 1 < limit && super::adverbial_opener(tk, s) && super::namey(tk, s + 1) {
        s += 1;
    }
    // "At the town hall, …", "For months, …": a sentence opened by a preposition has its
    // subject after the phrase, which the cue's own look-back finds.
    if opened_by_phrase(tk, s) {
        return None;
    }
    // "With the vote near, Ruiz said …", "Speaking to reporters, Ruiz refrained …": a word
    // capitalised for its place alone (an opener, an adverb, an opening participle) starts a
    // phrase; the subject follows its comma, if any.
    // When none is read there, the clause keeps a subject with no speaker.
    let unread = |s: usize| checked_subject(tk, limit, Np { start: s, end: s + 1, unread: true, ..Np::default() });
    let placed =
        tk.cap(s) && !tk.has(s, class::DETERMINER | class::PRONOUN | class::TIME | class::FUNCTION) && !head(tk, s);
    if placed || opening_shape(tk, s) {
        return subject_after_opening(tk, s, limit).or_else(|| past_opening_phrase(tk, s, limit)).or_else(|| unread(s));
    }
    match after(tk, s, limit) {
        Some(np) => checked_subject(tk, limit, np),
        // "Then someone asked …": past the adverb, a subject no walk reads.
        None if s > start => unread(start),
        None => None,
    }
}

/// Longest opening phrase, quoted words included, before the comma that closes it ("Citing
/// last week's attack as “a wake-up call,” Will urged …").
const MAX_PHRASE: usize = 32;

/// The named or pronoun subject after the comma that closes an opening phrase from `s`, over
/// quoted words ("Citing “obligations at home,” Ana Ruiz said …") and an aside between dashes
/// after the subject ("Reached by phone, Ruiz — who has left the firm — told …").
fn past_opening_phrase(tk: &Toks, s: usize, limit: usize) -> Option<Np> {
    let c = (s + 1..limit.min(s + MAX_PHRASE)).take_while(|&k| !tk.hard_stop(k)).find(|&k| tk.punct(k, ','))?;
    let k = if tk.mark(c + 1) { c + 2 } else { c + 1 };
    let np = after(tk, k, limit).filter(|np| (np.name.is_some() || np.pronoun) && np.end < limit)?;
    let next = np.end;
    let goes_on = tk.word(next) && !tk.has(next, class::RELATIVE) && !tk.cap(next) || tk.dash(next);
    goes_on.then_some(np)
}

/// "In a statement released Thursday, Ruiz reacted …": when a preposition is among the
/// function words that open the sentence (`a..start`), its object is no subject; the name or
/// pronoun past the phrase's comma is, when there is one (else the callers go on as before,
/// and the clause keeps its subject). With `clause`, a subordinator opens such a phrase too
/// ("When Ruiz suggested …, Ben Smith fired back: …"); "But", "And" open none. A name of one
/// abbreviation there is the state or title of something else ("in Eastvale, Ore., a voice …").
pub(super) fn past_opening_preposition(tk: &Toks, a: usize, start: usize, limit: usize, clause: bool) -> Option<Np> {
    let abbreviation = |np: &Np| np.name.is_some_and(|(x, y)| y == x + 1 && tk.s(x).ends_with('.'));
    // A subordinate clause before a colon introduction may run longer than a phrase.
    let max = if clause { MAX_OPENING_CLAUSE } else { MAX_OPENING };
    opened_by_preposition(tk, a, start, clause)
        .then(|| subject_after_opening_within(tk, a, limit, max))
        .flatten()
        .filter(|np| !abbreviation(np))
}

/// Whether a preposition (with `clause`, a subordinator too) is among the function words that
/// open the sentence (`a..start`).
pub(super) fn opened_by_preposition(tk: &Toks, a: usize, start: usize, clause: bool) -> bool {
    let preposition = class::TAILPREP | class::CONNECTOR | class::AGENT;
    let opens_phrase = |k: usize| {
        tk.word(k) && (tk.has(k, preposition) || clause && tk.has(k, class::FUNCTION) && !tk.has(k, class::COORDINATOR))
    };
    (a..start).any(opens_phrase)
}

/// [`past_opening_preposition`], subordinators included, for the sentence that starts at `a`
/// ("When Wallace died in 1998, President Clinton released the following statement: …").
pub(crate) fn subject_past_opening_clause(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    past_opening_preposition(tk, a, past_function_words(tk, a, limit), limit, true)
}

/// Where a sentence's words start past the function words that open it (`a` when none do).
pub(super) fn past_function_words(tk: &Toks, a: usize, limit: usize) -> usize {
    let mut s = a;
    while s < limit && tk.word(s) && tk.has(s, class::FUNCTION) && !tk.has(s, class::COMPLEMENTIZER) {
        s += 1;
    }
    s
}

/// Whether the words at `s` open a phrase rather than a subject: a comma, a connector, a
/// preposition.
pub(super) fn opened_by_phrase(tk: &Toks, s: usize) -> bool {
    tk.punct(s, ',') || (tk.word(s) && tk.has(s, class::CONNECTOR | class::TAILPREP | class::AGENT))
}

/// The sentence subject given the phrase `np` that [`after`] found where the sentence's words
/// start (split from [`sentence_subject`] so that a caller that already has `np` need not
/// look again).
pub(super) fn checked_subject(tk: &Toks, limit: usize, np: Np) -> Option<Np> {
    // "Indeed, “We cite …”": one word and a comma before the quote is no subject.
    if np.end == np.start + 1 && tk.punct(np.end, ',') && np.end + 1 >= limit {
        return None;
    }
    // "Sure, he admits …", "Indeed, Trump said …": one capitalised word set off by a comma
    // before another subject is an opening adverb, not the subject. Words naming a kind of
    // person are no other subject: "Ruiz, a Republican and former legislator, said" is Ruiz's.
    if np.end == np.start + 1 && np.name.is_some() && tk.punct(np.end, ',') {
        if let Some(next) = after(tk, np.end + 1, limit).filter(|n| {
            (n.pronoun || n.name.is_some() && !n.kind)
                && n.end < limit
                && tk.word(n.end)
                && !tk.has(n.end, class::RELATIVE)
        }) {
            return Some(next);
        }
    }
    // "Donald Trump - who said … - added": a dash and a relative open an aside after the
    // subject (a dateline's dash, "WASHINGTON —", opens none).
    let next_ok = np.end < limit
        && (tk.word(np.end) || tk.punct(np.end, ',') || (tk.dash(np.end) && tk.has(np.end + 1, class::RELATIVE)));
    // "Trump fans insist …": a description read up to the cue that ends the subject.
    let up_to_cue = np.end == limit
        && np.end > np.start + 1
        && np.name.is_none()
        && !np.pronoun
        && !np.unread
        && tk.cue_at(limit).is_some_and(|c| c.start == limit);
    (next_ok || up_to_cue).then_some(np)
}

/// `np` unless it is one capitalised participle or manner adverb, which opens a phrase and is
/// no subject ("Citing last week’s attack, Will urged …", "Informed of the lean, Early
/// described …"). Quotes' speakers only: reported speech keeps such a subject for now.
pub(crate) fn not_opening_shape(tk: &Toks, np: Np) -> Option<Np> {
    (np.end != np.start + 1 || !opening_shape(tk, np.start)).then_some(np)
}

/// Whether the capitalised word at `k` has the shape of a participle or a manner adverb that
/// opens a sentence ("Citing …", "Informed of …", "Hastily, …") rather than of a name: a cue
/// or an auxiliary right after it ("Fielding said", "Manning has …") makes it a name.
pub(super) fn opening_shape(tk: &Toks, k: usize) -> bool {
    // The word and its shape first: they rule out nearly every subject (this runs for each
    // sentence whose subject is looked for) before the look-ups after it.
    if !tk.cap(k) {
        return false;
    }
    let s = tk.bytes(k);
    let next = k + 1;
    let participle = s.len() >= 6 && s.ends_with(b"ing");
    let past = s.len() >= 6
        && tk.past_shaped(k)
        && !tk.cap(next)
        && tk.has(next, class::FUNCTION | class::CONNECTOR | class::TAILPREP | class::AGENT);
    let adverb = s.len() >= 7 && s.ends_with(b"ly");
    let named = || tk.cue_at(next).is_some() || tk.has(next, class::AUX) || tk.punct(next, ',') || !tk.word(next);
    (participle || past || adverb) && !named()
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::speakers_in_story;

    /// A word capitalised only for opening its sentence ("Citing", "Then", "Well", "With") is
    /// no speaker: the subject past the opening phrase is, or none, and the quote stays.
    #[test]
    fn a_sentence_opener_is_never_the_speaker_and_the_quote_stays() {
        for (s, who) in [
            (
                "Citing a report on “the harbour’s decline,” Ana Ruiz urged the council to act, saying the port would close within a year.",
                Some("Ana Ruiz"),
            ),
            (
                "Speaking on the radio show “Morning Talk,” Ben Ruiz admitted the figure was wrong, but said his office had found the letter.",
                Some("Ben Ruiz"),
            ),
            ("Then someone asked how the mayor could win back the voters she had lost.", None),
            ("Well, if you read the letter closely, the mayor was saying that the port would not close.", Some("the mayor")),
            ("Having announced that the port would close, the mayor left for the day.", None),
        ] {
            let got = speakers_in_story(s);
            assert!(!got.is_empty() && got.iter().all(|g| g.as_deref() == who), "{s}: {got:?}");
        }
    }

    /// Before a colon, the subject of a sentence opened by a clause or a preposition's phrase
    /// is the one past its comma, not the clause's own.
    #[test]
    fn the_subject_before_a_colon_is_past_an_opening_clause() {
        for (s, who) in [
            (
                "When Ruiz suggested that the town would sue the port, Ben Smith fired back forcefully: “If they sue us, they will lose.”",
                "Ben Smith",
            ),
            ("When Ben Smith died in 1998, Mayor Ana Ruiz released the following statement: “We will miss him.”", "Ana Ruiz"),
        ] {
            let got = speakers_in_story(s);
            assert_eq!(got.last(), Some(&Some(who.to_string())), "{s}: {got:?}");
        }
    }
}
