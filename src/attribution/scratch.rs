//! The per-block arrays of the quote finder, kept on the thread from one document to the
//! next: a pass sizes them once rather than per page (a dozen allocations and frees a
//! document, the largest of them sized for its longest block), with the buffers of the
//! people mentioned.

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

crate::scratch::kept_on_thread!(Kept);
