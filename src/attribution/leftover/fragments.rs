//! Quoted fragments that belong to a frame already found: inside its words, or joined to its
//! end by a comma or a coordinator.

use super::super::words::class;
use super::super::{Block, Doc};

/// How many of the latest frames the fragment rules look at.
const MAX_FRAGMENT_LOOKBACK: usize = 8;

/// Whether bytes `outer` lie inside the words of one of the block's latest frames.
pub(super) fn within_frame(doc: &Doc, first: usize, outer: &std::ops::Range<usize>) -> bool {
    let lo = first.max(doc.frames.len().saturating_sub(MAX_FRAGMENT_LOOKBACK));
    doc.frames.get(lo..).unwrap_or(&[]).iter().any(|f| f.content.start <= outer.start && outer.end <= f.content.end)
}

/// "… went on about “how the system is rigged,” and “wounded families”": the frame (of this
/// block, one of the latest) that a quoted fragment continues, joined to it by a comma or a
/// coordinator only.
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
    (lo..doc.frames.len())
        .rev()
        .find(|&j| doc.frames.get(j).is_some_and(|f| f.speaker.is_some() && f.extent.end == end))
}
