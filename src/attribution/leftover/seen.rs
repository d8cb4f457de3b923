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

/// The most frames spoken through a relative "which" that [`previous`] passes over.
const MAX_RELATIVE_FRAMES: usize = 4;

/// The speaker and group of the nearest frame before byte `at`: in this block or else the
/// last one of the previous block. A frame whose cue a relative "which" opens is passed over
/// ("…,'' said Marta Ilić, organiser of Friends of the Quay, which expects 3,000 to come.
/// ''…''": the next quote is Ilić's): the relative clause's source is an aside, not the one
/// the story quotes. `text` is the joined text.
pub(super) fn previous(doc: &Doc, seen: &Seen, at: usize, text: &str) -> Option<(Option<SpeakerRef>, usize, usize)> {
    let spoken = |f: &Frame| (f.speaker.clone(), f.group, f.content.end);
    let mut at = at;
    for _ in 0..MAX_RELATIVE_FRAMES {
        let Some(f) = seen.before(doc, at) else { break };
        if !through_which(text, f) {
            return Some(spoken(f));
        }
        at = f.content.start;
    }
    if seen.before(doc, at).is_some() {
        return None;
    }
    let (block, mut i) = doc.prev_block_last?;
    if block + 1 != doc.block {
        return None;
    }
    let mut frame = doc.frames.get(i)?;
    // The previous block's frames before its last, while they are in that block (no block
    // separator between them and the last).
    for _ in 0..MAX_RELATIVE_FRAMES {
        if !through_which(text, frame) {
            return Some(spoken(frame));
        }
        i = i.checked_sub(1)?;
        let earlier = doc.frames.get(i)?;
        let between = text.get(earlier.content.end..frame.content.start)?;
        if between.contains(crate::text::BLOCK_SEPARATOR) {
            return None;
        }
        frame = earlier;
    }
    None
}

/// Whether a relative "which" opens `f`'s cue ("the report, which notes …") and its words are
/// reported, not quoted: a quote after "which states:" goes on in the next quoted paragraph.
fn through_which(text: &str, f: &Frame) -> bool {
    if f.style == QuoteStyle::Direct {
        return false;
    }
    let Some(before) = f.cue.as_ref().and_then(|c| text.as_bytes().get(..c.start)) else { return false };
    let before = before.trim_ascii_end();
    before.ends_with(b"which") && !before[..before.len() - 5].last().is_some_and(u8::is_ascii_alphanumeric)
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
