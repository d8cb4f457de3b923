//! A verb of saying that closes its sentence or stands aside from it: what may follow the cue
//! of a trailing attribution ("…, a source told Reuters.", "…, said Sean Spicer in a
//! statement") and the "…, as X reported." aside, which report the clause before them.

use super::super::{trim_end, words_between, Found, MIN_CLAUSE};
use crate::attribution::direct::via_at;
use crate::attribution::speaker::Np;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, CueKind};

/// How many tokens may follow a trailing attribution ("…, he told Anadolu Agency on Monday.").
const MAX_TRAILING_REST: usize = 2;
/// How many words may follow the cue of a closing "as X reported" aside ("a few days later").
const MAX_AS_TAIL: usize = 4;

/// Whether what follows a cue up to `b` is only an addressee, an outlet or a few words
/// (so that the attribution closes its sentence: "…, a source told Reuters.").
pub(super) fn closes_sentence(tk: &Toks, from: usize, b: usize, tell: bool) -> Option<Option<String>> {
    let end = trim_end(tk, from, b);
    // "In a long interview, Ruiz also said:" introduces what follows; the words before the
    // comma are an opening phrase.
    if end < b && tk.punct(end, ':') {
        return None;
    }
    if from >= end {
        return Some(None);
    }
    if let Some((via, e)) = via_at(tk, from, end) {
        if words_between(tk, e, end) <= 3 {
            return Some(Some(via));
        }
    }
    if (from..end).any(|k| tk.has(k, class::COMPLEMENTIZER) || tk.mark(k)) {
        return None;
    }
    // The few words left place or time the saying ("he said Monday", "she told CNN", "the
    // president told her", "Politico reported in 2014"); a
    // plain lower-case word is the verb's object ("he declined to comment", "Holder announced
    // his resignation"): the words before the comma are an opening phrase, not its clause.
    let places = |k: usize| {
        !tk.word(k)
            || tk.cap(k)
            || tk.has(k, class::TIME | class::ADVERB | class::TAILPREP | class::PRONOUN)
            || tk.s(k).ends_with("ly")
            || tk.numeric(k)
    };
    // A verb of telling takes its addressee there ("she told reporters", "he told the crowd").
    (words_between(tk, from, end) <= MAX_TRAILING_REST && (tell || (from..end).all(places))).then_some(None)
}

/// Whether a name after an inverted cue ends there: what follows only places or times the
/// saying ("…, said Sean Spicer in a statement"), not a predicate that makes the name the
/// subject of the reported clause ("Tad Devine, an adviser, said Republicans are …").
pub(super) fn ends_phrase(tk: &Toks, k: usize, b: usize) -> bool {
    k >= b
        || tk.stop(k)
        || tk.mark(k)
        || tk.dash(k)
        || (tk.word(k) && !tk.cap(k) && tk.has(k, class::TAILPREP | class::TIME | class::RELATIVE | class::CONNECTOR))
}

/// "…, as Breitbart reported a few days later." / "…, as The Times reported, and he …": an
/// aside opened by "as" (the label word) after a comma that closes its sentence or a
/// coordinated clause reports the clause before it.
pub(super) fn as_aside(tk: &Toks, cue: &Cue, np: &Np, a: usize, b: usize) -> Option<Found> {
    let opener = np.start.checked_sub(1)?;
    if opener < a + 1
        || !tk.word(opener)
        || tk.cap(opener)
        || !tk.has(opener, class::LABEL)
        || !tk.punct(opener - 1, ',')
    {
        return None;
    }
    // A short tail ("a few days later") may follow the cue, but no clause of its own.
    let end = trim_end(tk, cue.end, b);
    let short_tail = words_between(tk, cue.end, end) <= MAX_AS_TAIL
        && !(cue.end..end).any(|k| tk.mark(k) || tk.has(k, class::COMPLEMENTIZER | class::PRONOUN) || tk.punct(k, ','));
    let closes = short_tail || closes_sentence(tk, cue.end, b, cue.kind == CueKind::Tell).is_some();
    let before_and = tk.punct(cue.end, ',') && tk.word(cue.end + 1) && tk.has(cue.end + 1, class::COORDINATOR);
    let content = (a, opener - 1);
    ((closes || before_and) && words_between(tk, content.0, content.1) >= MIN_CLAUSE).then(|| Found {
        content,
        second: None,
        np: Some(np.clone()),
        via: None,
    })
}
