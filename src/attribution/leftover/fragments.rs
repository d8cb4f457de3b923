//! Quoted fragments that belong to a frame already found: inside its words, joined to its end
//! by a comma or a coordinator, or running on past its sentence.

use super::super::marks::Pair;
use super::super::speaker::{self, Np};
use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed};
use super::super::{Block, Doc, Frame};
use std::ops::Range;

/// How many of the latest frames the fragment rules look at.
const MAX_FRAGMENT_LOOKBACK: usize = 8;

/// Whether bytes `outer` lie inside the words of one of the block's latest frames.
pub(super) fn within_frame(doc: &Doc, first: usize, outer: &std::ops::Range<usize>) -> bool {
    let lo = first.max(doc.frames.len().saturating_sub(MAX_FRAGMENT_LOOKBACK));
    doc.frames.get(lo..).unwrap_or(&[]).iter().any(|f| f.content.start <= outer.start && outer.end <= f.content.end)
}

/// "… went on about “how the system is rigged,” and “wounded families”": the frame (of this
/// block, one of the latest) that a quoted fragment continues, joined to it by a comma or a
/// coordinator only; also a frame with no speaker found ("“A,” and “B.”" in a list of signs'
/// words): the annotated quotes hold such a pair as one quote.
pub(super) fn joined_frame(block: &Block, doc: &Doc, first: usize, open: usize) -> Option<usize> {
    let tk = &block.tk;
    let mut k = open.checked_sub(1)?;
    let mut steps = 0;
    while tk.punct(k, ',') || (tk.word(k) && tk.has(k, class::COORDINATOR)) {
        k = k.checked_sub(1)?;
        steps += 1;
        if steps > 2 {
            return None;
        }
    }
    if steps == 0 || !tk.mark(k) {
        return None;
    }
    let end = tk.span(k, k + 1).end;
    let lo = first.max(doc.frames.len().saturating_sub(MAX_FRAGMENT_LOOKBACK));
    (lo..doc.frames.len()).rev().find(|&j| doc.frames.get(j).is_some_and(|f| f.extent.end == end))
}

/// "“A,” he said, but “B”", "…,” Jordan said, and still “B”": a fragment joined by a coordinator
/// (an adverb after it allowed) to the frame `f` that ends at the comma before it opens at the
/// coordinator, as the annotated quotes hold it (train + dev: 3 of 3 where we opened at the mark).
/// Only a coordinator that joins (list kind `titlejoin`), not "or", which glosses: "“On espère,”
/// he said, or “One hopes.”"
pub(super) fn coordinator_opening(tk: &Toks, f: &Frame, open: usize) -> Option<usize> {
    let lower = |k: usize| tk.word(k) && !tk.cap(k) && !tk.in_quote(k);
    let mut k = open.checked_sub(1)?;
    if lower(k) && (tk.has(k, class::ADVERB) || is_listed(Listed::BeforeVerb, tk.s(k))) {
        k = k.checked_sub(1)?;
    }
    let comma = k.checked_sub(1)?;
    let joined = lower(k) && is_listed(Listed::TitleJoin, tk.s(k)) && tk.punct(comma, ',');
    (joined && tk.span(comma, k).start == f.extent.end).then_some(k)
}

/// "Ruiz told reporters that “the plan works. We will finish it.”": a frame that ends with
/// the sentence holding its quote's opening mark, while the quoted words run on past it, runs
/// on to the closing mark (the quote is one). The block's frames are looked up by start, a
/// few at a time, so that a paragraph of many quotes stays linear.
pub(super) fn run_on_quotes(block: &Block, doc: &mut Doc, first: usize) {
    let tk = &block.tk;
    let crossing = |p: &Pair| p.close.filter(|&c| !tk.same_sentence(p.open, c));
    if !block.pairs.iter().any(|p| crossing(p).is_some()) {
        return;
    }
    // (content, index in doc.frames), by start.
    let mut by_start: Vec<(Range<usize>, usize)> =
        doc.frames.iter().enumerate().skip(first).map(|(j, f)| (f.content.clone(), j)).collect();
    crate::sort::by_key(&mut by_start, |(r, _)| (r.start, r.end));
    for p in &block.pairs {
        let Some(close) = crossing(p) else { continue };
        let open_byte = tk.span(p.open, p.open + 1).start;
        let rest = tk.span(block.sentence_end(p.open), close);
        let upto_open = by_start.partition_point(|(r, _)| r.start <= open_byte);
        let holder = (upto_open.saturating_sub(MAX_FRAGMENT_LOOKBACK)..upto_open)
            .rev()
            .find(|&k| by_start.get(k).is_some_and(|(r, _)| open_byte < r.end && r.end <= rest.start));
        let Some(k) = holder else { continue };
        let upto_rest = by_start.partition_point(|(r, _)| r.start < rest.end);
        let taken = by_start[upto_rest.saturating_sub(MAX_FRAGMENT_LOOKBACK)..upto_rest]
            .iter()
            .any(|(r, _)| rest.start < r.end);
        if taken {
            continue;
        }
        if let Some((r, j)) = by_start.get_mut(k) {
            r.end = rest.end;
            if let Some(f) = doc.frames.get_mut(*j) {
                f.content.end = rest.end;
                f.extent.end = f.extent.end.max(rest.end);
            }
        }
    }
}

/// How many words may stand between a "that" and the quoted fragment of the clause it opens.
const MAX_THAT_WORDS: usize = 12;

/// "… she vows that protecting them will be a “top priority.”": a fragment with no cue of its
/// own, in a clause that a complementizer "that" opens a few words before the opening mark at
/// `open` (no stop, quote mark or quoted word between), reports that clause: its words start
/// at "that", as a mixed quote's do. Not so a quote set apart by a comma right before its mark
/// ("that Trump broke off with a dismissive, “eww.”"), nor one in a relative clause.
pub(super) fn that_clause_start(block: &Block, open: usize) -> Option<usize> {
    let tk = &block.tk;
    let mut k = open.checked_sub(1)?;
    if tk.punct(k, ',') {
        return None;
    }
    let lower = block.sentence_start(open);
    let mut words = 0;
    while k >= lower {
        if tk.stop(k) || tk.mark(k) || tk.in_quote(k) {
            return None;
        }
        if tk.word(k) {
            if tk.has(k, class::COMPLEMENTIZER) {
                return tk.opens_clause(k).then_some(k);
            }
            words += 1;
            if words > MAX_THAT_WORDS {
                return None;
            }
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// The subject of the verb that governs the clause a "that" at `that` opens ("Ruiz has long
/// argued that …" gives "Ruiz"), in the sentence from `a`: the phrase that ends right before
/// the verb and its auxiliaries or adverbs. None when the word before "that" is no lower-case
/// word of letters ("so that", "Ruiz, that …").
pub(super) fn that_holder(tk: &Toks, a: usize, that: usize) -> Option<Np> {
    let mut v = that.checked_sub(1).filter(|&v| v > a)?;
    let letters = tk.s(v).chars().all(char::is_alphabetic);
    if !tk.word(v) || tk.cap(v) || !letters || tk.has(v, class::FUNCTION | class::DETERMINER | class::PRONOUN) {
        return None;
    }
    while v > a && tk.word(v - 1) && tk.has(v - 1, class::AUX | class::ADVERB) {
        v -= 1;
    }
    speaker::before(tk, v, a).filter(|np| np.end == v)
}
