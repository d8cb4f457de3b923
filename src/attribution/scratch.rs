//! The per-block arrays of the quote finder, kept on the thread from one document to the
//! next: a pass sizes them once rather than per page (a dozen allocations and frees a
//! document, the largest of them sized for its longest block), with the buffers of the
//! people mentioned. An array a huge block grew past `scratch::MAX_KEPT_BYTES` is freed, not
//! kept (as the people's spares are bounded).

use std::ops::Range;

use super::marks::Pair;
use super::people::Spare;
use super::view::Buffers;

/// The arrays [`super::find_reusing`] reads each block with; each is emptied (or
/// overwritten whole) before it is read.
#[derive(Default)]
pub(super) struct Kept {
    /// The token view's per-token arrays.
    pub buffers: Buffers,
    /// Each sentence's first token and end, in a block.
    pub sent_start: Vec<usize>,
    pub sent_end: Vec<usize>,
    /// The tokens whose cue a frame used, in a block.
    pub used_cue: Vec<bool>,
    /// A block's quote-mark pairs, and which of them a frame took.
    pub pairs: Vec<Pair>,
    pub taken: Vec<bool>,
    /// A block's quote-mark tokens.
    pub mark_tokens: Vec<usize>,
    /// The people's buffers (their mentions' strings, the lone-name rule's quoted state).
    pub people: Spare,
    /// Each block's tokens in a document's tokens.
    pub block_tokens: Vec<Range<usize>>,
    /// The tokenizer's buffer for a word's lower-case copy.
    pub lower: String,
}

crate::scratch::kept_on_thread!(Kept, shed: Kept::shed_excess);

impl Kept {
    /// Frees the arrays past `scratch::MAX_KEPT_BYTES`: they grow with a block's tokens, marks
    /// and sentences (and `block_tokens` with a document's blocks), so one huge block would
    /// otherwise leave its room on the thread. The people's buffers bound themselves
    /// (`People::into_spare`).
    fn shed_excess(&mut self) {
        use crate::scratch::{shed, shed_string};
        self.buffers.shed_excess();
        shed(&mut self.sent_start);
        shed(&mut self.sent_end);
        shed(&mut self.used_cue);
        shed(&mut self.pairs);
        shed(&mut self.taken);
        shed(&mut self.mark_tokens);
        shed(&mut self.block_tokens);
        shed_string(&mut self.lower);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::{KeptOnThread, MAX_KEPT_BYTES};
    use crate::{analyze, Block, BlockKind, Document};

    /// The bytes of room the kept arrays hold (the people's buffers not counted).
    fn room(kept: &Kept) -> usize {
        use crate::scratch::heap_bytes as bytes;
        kept.buffers.heap_bytes()
            + bytes(&kept.sent_start)
            + bytes(&kept.sent_end)
            + bytes(&kept.used_cue)
            + bytes(&kept.pairs)
            + bytes(&kept.taken)
            + bytes(&kept.mark_tokens)
            + bytes(&kept.block_tokens)
            + kept.lower.capacity()
    }

    /// A page's arrays are kept for the next document; a block so long that an array outgrows
    /// the bound has those arrays freed, and the next page sizes its own.
    #[test]
    fn a_huge_blocks_arrays_are_not_kept() {
        let page = Document::from_plain_text("\u{201c}We will not sign,\u{201d} Ana Ruiz said. Talks go on.");
        analyze(&page);
        let kept = Kept::take();
        let page_room = room(&kept);
        assert!(page_room > 0 && kept.buffers.heap_bytes() > 0 && kept.sent_start.capacity() > 0);
        kept.put_back();
        // 131,073 words, each a token and each a sentence: the sentence starts (8 bytes each)
        // outgrow the bound.
        let huge = "Ruiz. ".repeat(MAX_KEPT_BYTES / 8 + 1);
        analyze(&Document::new(vec![Block::new(BlockKind::Paragraph, huge)]));
        let kept = Kept::take();
        assert_eq!(kept.sent_start.capacity(), 0, "the sentence starts were kept");
        // Fifteen buffers, none past the bound.
        assert!(room(&kept) <= 15 * MAX_KEPT_BYTES);
        kept.put_back();
        analyze(&page);
        assert!(room(&Kept::take()) > 0);
    }
}
