//! A participle of saying that opens its sentence, alone or after a preposition of time or a
//! subordinator ("Noting that only one senator voted with them, Tester added …", "After saying
//! he was nervous to ask, the man …"). When it reports a clause ("that", or a subject with a
//! verb of its own) the clause is reported speech, up to the comma before the main clause,
//! whose subject is its speaker. (Inside a sentence, "… before claiming that …", the sentence
//! subject's reading already takes such a participle.)
//!
//! Counted over PolNeAR dev + train (main 343fca0 read none of them): a sentence-opening
//! participle of the verb list's say, tell or object kinds, bare or after "After", "Before",
//! "While", "Since" or "In addition to", with a "that" or a clause of its own before the comma:
//! 13 marked by the gold (dev 1, train 12), none left; with a plain object instead ("Citing
//! local news outlets, …", "Recalling the pitfalls of …, …") 7 marked and 4 left, so a plain
//! object is not read. The opening word is a listed preposition of time or subordinator
//! ("after", "while", "since": "Since announcing in October that …, Mr. Biden …"), so "In
//! addition to" is not read.
//!
//! Quoted words inside the clause are passed over, and a comma inside their closing marks may
//! end it ("After saying her foot was “so swollen …,” she was “whisked …”"); a quote opening
//! at the participle is still a lead-in. Counted the same way (main 1c0b465 gave both no
//! speaker): dev 1 and train 1, the gold naming the main clause's subject in both; a lone
//! connective set off before the main clause ("…,” though, Allen did …") ends the words
//! before it, as the gold does.
//!
//! Also the passive aside that opens a sentence, "As reported by the Eastvale Times, …": the
//! rest of the sentence is the words of the "by" phrase's source (train 6 marked, none left;
//! main read none).

use super::super::shapes::{main_clause_at, reported_start};
use super::super::{trim_end, words_between, Found, MIN_CLAUSE};
use super::{reported_clause, that_after};
use crate::attribution::speaker;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, is_time_prep, CueKind, Listed};

/// The most tokens from an opening participle's end to the comma before the main clause.
const MAX_OPENING_PHRASE: usize = 40;

/// Whether the word at `k` places a participle in time or opens a subordinate phrase with it
/// ("after saying", "while insisting"): a listed preposition of time or subordinator.
fn time_or_subordinator(tk: &Toks, k: usize) -> bool {
    tk.word(k) && (is_time_prep(tk.s(k)) || is_listed(Listed::Subordinator, tk.s(k)))
}

/// Whether `cue` is a one-word participle of a verb that reports a clause ("noting",
/// "telling"), not of naming or quoting alone ("calling", "chanting").
fn reporting_participle(tk: &Toks, cue: &Cue) -> bool {
    cue.verb == cue.start
        && matches!(cue.kind, CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object)
        && tk.bytes(cue.verb).ends_with(b"ing")
}

/// Where the clause a participle cue reports opens, up to `end`, when it is a reported clause
/// ("that …", "he was …"), not a plain object ("citing the budget").
fn reported_clause_start(tk: &Toks, cue: &Cue, end: usize) -> Option<usize> {
    let that =
        if cue.end < end && tk.has(cue.end, class::COMPLEMENTIZER) { Some(cue.end) } else { that_after(tk, cue, end) };
    let start = match that {
        Some(t) => t,
        None => reported_start(tk, cue, cue.end, end, MIN_CLAUSE, true),
    };
    (start < end && words_between(tk, start, end) >= MIN_CLAUSE && reported_clause(tk, that.is_some(), start, end))
        .then_some(start)
}

/// What a cue at the sentence's first or second token opens: [`opening_participle`]'s clause
/// or [`as_reported_by`]'s. Out of line: most cues are further in, and the caller tests that.
#[inline(never)]
pub(super) fn opening(tk: &Toks, cue: &Cue, a: usize, b: usize) -> Option<Found> {
    // A participle is no past form: one test tells which of the two a cue may be.
    if reporting_participle(tk, cue) {
        opening_participle(tk, cue, a, b)
    } else {
        as_reported_by(tk, cue, a, b)
    }
}

/// The clause an opening participle of saying (one `reporting_participle` passes) reports in
/// the sentence `a..b` ("Noting that …, Tester added", "After suggesting on Wednesday that …,
/// Mr. Rubio …"), up to the comma before the main clause (a subject and its verb), with that
/// clause's subject as speaker.
fn opening_participle(tk: &Toks, cue: &Cue, a: usize, b: usize) -> Option<Found> {
    let opens = cue.start == a || (cue.start == a + 1 && tk.cap(a) && time_or_subordinator(tk, a));
    if !opens || tk.in_quote(cue.start) {
        return None;
    }
    // Not over a dash, nor a quote that opens at the cue: a quote's lead-in ("Adding, “…”") is
    // `direct/lead_in.rs`'s. Quoted words inside the clause are its own, and a comma inside
    // their marks may end it ("After saying her foot was “so swollen …,” she was …").
    let lead_in = |k: usize| k <= cue.end + 1 && tk.mark(k);
    let comma = (cue.end..b.min(cue.end + MAX_OPENING_PHRASE))
        .take_while(|&k| !tk.stop(k) && !lead_in(k) && !tk.dash(k))
        .find(|&k| tk.punct(k, ',') && main_clause_at(tk, k + 1 + usize::from(closes_after(tk, k))))?;
    let end = aside_before(tk, comma).unwrap_or(comma + 2 * usize::from(closes_after(tk, comma)));
    let start = reported_clause_start(tk, cue, comma)?;
    let np = speaker::after(tk, end.max(comma + 1), b);
    Some(Found { content: (start, end), second: None, np, via: None })
}

/// Whether the comma at `k` stands inside quoted words that close right after it ("…,” she").
fn closes_after(tk: &Toks, k: usize) -> bool {
    tk.in_quote(k) && tk.mark(k + 1)
}

/// "Acknowledging that he “says a lot of stupid stuff,” though, Allen did …": where the clause
/// ends when a lone connective (list kind `concessive` or `subordinator`) is set off by commas
/// right before the main clause's comma `comma`: before that word, past the closing mark.
fn aside_before(tk: &Toks, comma: usize) -> Option<usize> {
    let w = comma.checked_sub(1).filter(|&w| tk.unquoted_lower_word(w))?;
    let connective = is_listed(Listed::Concessive, tk.s(w)) || is_listed(Listed::Subordinator, tk.s(w));
    let before = w.checked_sub(1)?;
    let set_off = tk.punct(before, ',') || (tk.mark(before) && before > 0 && closes_after(tk, before - 1));
    (connective && set_off).then_some(if tk.mark(before) { w } else { before })
}

/// "As reported by the Eastvale Times, the port will close.": an opening passive aside, "as",
/// the cue and "by" its source, set off by a comma; the rest of the sentence is what the
/// source reported.
fn as_reported_by(tk: &Toks, cue: &Cue, a: usize, b: usize) -> Option<Found> {
    let opens = cue.start == a + 1 && tk.bytes(a).eq_ignore_ascii_case(b"as") && tk.cap(a);
    if !opens || tk.bytes(cue.end) != b"by" || cue.kind != CueKind::That || !tk.past_shaped(cue.verb) {
        return None;
    }
    let np = speaker::after(tk, cue.end + 1, b).filter(|np| np.name.is_some() && tk.punct(np.end, ','))?;
    let content = (np.end + 1, trim_end(tk, np.end + 1, b));
    (words_between(tk, content.0, content.1) >= MIN_CLAUSE).then_some(Found {
        content,
        second: None,
        np: Some(np),
        via: None,
    })
}
