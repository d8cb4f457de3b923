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

/// Whether what follows a cue of kind `kind` up to `b` is only an addressee, an outlet, a few
/// words or a phrase placing the saying (so that the attribution closes its sentence: "…, a
/// source told Reuters.", "…, he said in a statement.").
pub(super) fn closes_sentence(tk: &Toks, from: usize, b: usize, kind: CueKind) -> Option<Option<String>> {
    let tell = kind == CueKind::Tell;
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
    let short = words_between(tk, from, end) <= MAX_TRAILING_REST && (tell || (from..end).all(places));
    // Only a verb of saying or telling: "Muslims believe in a total of twelve Imams" is no
    // saying placed.
    let says = matches!(kind, CueKind::Say | CueKind::Tell);
    (short || (says && place_phrase(tk, from, end))).then_some(None)
}

/// How many words a phrase that places the saying may hold ("in an interview with the Times").
const MAX_PLACE_PHRASE: usize = 6;

/// Whether the words `from..end` after a cue are one phrase that places the saying, opened by a
/// preposition of list kind `tailprep`: "…, he said in a statement.", "…, she said at a town hall
/// in March." The preposition's object is no object of the cue. Not a clause of its own: no
/// auxiliary, relative or coordinator ("…, he said in a speech where he …"), no punctuation,
/// and no gerund after the preposition, which makes it the verb's complement ("…, Trump will
/// insist on being Trump.").
fn place_phrase(tk: &Toks, from: usize, end: usize) -> bool {
    // "…, Ruiz said Tuesday in Paris.": a time word or two may stand before the phrase.
    let timed = |k: usize| k < end && tk.word(k) && tk.has(k, class::TIME);
    let from = if timed(from) { from + 1 + usize::from(timed(from + 1)) } else { from };
    // "…, Ruiz said after the vote.": a preposition of time places the saying too.
    let prep = |k: usize| tk.has(k, class::TAILPREP) || crate::attribution::words::is_time_prep(tk.s(k));
    let opens = tk.word(from) && !tk.cap(from) && prep(from);
    let gerund = |k: usize| tk.word(k) && !tk.cap(k) && tk.s(k).ends_with("ing");
    opens
        && !gerund(from + 1)
        && words_between(tk, from, end) <= MAX_PLACE_PHRASE
        && (from..end).all(|k| tk.word(k) && !tk.has(k, class::AUX | class::RELATIVE | class::COORDINATOR))
}

/// The comma that closes a phrase placing the saying right after the end `from` of a cue of
/// saying or telling (`kind`), before `b` ("…, Ruiz said Tuesday in Paris, adding …"): the cue's
/// tail, as a comma right after the cue would be. Looked for within the phrase's length only. Not
/// a passive's doer ("denounced in 2009 by Ruiz, …"), nor a comma before a quote mark, whose
/// quote the direct reading takes ("Ruiz declared in Welsh, “…”").
pub(super) fn placed_to_comma(tk: &Toks, from: usize, b: usize, kind: CueKind) -> Option<usize> {
    if !matches!(kind, CueKind::Say | CueKind::Tell) {
        return None;
    }
    let limit = b.min(from + MAX_PLACE_PHRASE + 3);
    let comma = (from..limit).find(|&k| !tk.word(k) || tk.has(k, class::AGENT))?;
    (tk.punct(comma, ',') && !tk.mark(comma + 1) && place_phrase(tk, from, comma)).then_some(comma)
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
    let closes = short_tail || closes_sentence(tk, cue.end, b, cue.kind).is_some();
    let before_and = tk.punct(cue.end, ',') && tk.word(cue.end + 1) && tk.has(cue.end + 1, class::COORDINATOR);
    let content = (a, opener - 1);
    ((closes || before_and) && words_between(tk, content.0, content.1) >= MIN_CLAUSE).then(|| Found {
        content,
        second: None,
        np: Some(np.clone()),
        via: None,
    })
}
