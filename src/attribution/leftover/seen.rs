//! The frames a pass over a block's leftover quotes has seen before a quote: the nearest one,
//! one with a speaker in a sentence, and the last frame of the previous block.

use super::super::marks::Pair;
use super::super::{Block, Doc, Frame, SpeakerRef};
use crate::report::QuoteStyle;

/// The block's frames from `first`: those sorted by start before this pass (`first..sorted`)
/// and the last one this pass added (which lies before any later quote).
pub(super) struct Seen {
    pub(super) first: usize,
    pub(super) sorted: usize,
    pub(super) last_new: Option<usize>,
}

impl Seen {
    /// The nearest frame starting before byte `at`.
    pub(super) fn before<'d>(&self, doc: &'d Doc, at: usize) -> Option<&'d Frame> {
        let part = doc.frames.get(self.first..self.sorted).unwrap_or(&[]);
        let i = part.partition_point(|f| f.content.start < at);
        let old = i.checked_sub(1).and_then(|i| part.get(i));
        let new = self.last_new.and_then(|i| doc.frames.get(i)).filter(|f| f.content.start < at);
        match (old, new) {
            (Some(o), Some(n)) => Some(if n.content.start >= o.content.start { n } else { o }),
            (o, n) => o.or(n),
        }
    }

    /// A frame with a speaker starting in bytes `range` (a few looked at, at most).
    pub(super) fn attributed_in<'d>(&self, doc: &'d Doc, range: std::ops::Range<usize>) -> Option<&'d Frame> {
        let part = doc.frames.get(self.first..self.sorted).unwrap_or(&[]);
        let i = part.partition_point(|f| f.content.start < range.start);
        let old = part
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take(8)
            .take_while(|f| f.content.start < range.end)
            .find(|f| f.speaker.is_some());
        old.or_else(|| {
            self.last_new
                .and_then(|i| doc.frames.get(i))
                .filter(|f| f.speaker.is_some() && range.contains(&f.content.start))
        })
    }
}

/// The speaker and group of the nearest frame before byte `at`: in this block or else the
/// last one of the previous block.
pub(super) fn previous(doc: &Doc, seen: &Seen, at: usize) -> Option<(Option<SpeakerRef>, usize, usize)> {
    if let Some(f) = seen.before(doc, at) {
        return Some((f.speaker.clone(), f.group, f.content.end));
    }
    let (block, frame) = doc.prev_block_last?;
    let frame = doc.frames.get(frame)?;
    (block + 1 == doc.block).then(|| (frame.speaker.clone(), frame.group, frame.content.end))
}

/// Whether quote `p` opens a sentence right after one that holds a cued direct quote.
pub(super) fn after_cued_quote(block: &Block, doc: &Doc, seen: &Seen, p: &Pair) -> bool {
    let tk = &block.tk;
    if p.open == 0 || block.sentence_start(p.open) != p.open {
        return false;
    }
    let previous_sentence = tk.span(block.sentence_start(p.open - 1), p.open).start;
    let at = tk.span(p.open, p.open + 1).start;
    seen.before(doc, at)
        .is_some_and(|f| f.style == QuoteStyle::Direct && f.cue.is_some() && f.extent.end > previous_sentence)
}
