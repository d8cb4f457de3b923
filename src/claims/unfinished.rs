//! The paragraph a sentence is in, and whether that paragraph stops unfinished (a caption, a
//! credit, a date line or a label ends in no sentence end: not the outlet's prose). Apart from
//! claims.rs because it reads blocks and their last bytes, not a sentence's words.

use crate::document::BlockKind;
use crate::scan::is_ascii_space;
use crate::text::Text;

/// [`Text::block_of`] `offset`, stepping forward from block `from` (a block that starts at or
/// before it); searched for when `from` starts past it.
pub(super) fn block_from(text: &Text, from: usize, offset: usize) -> usize {
    if text.blocks.get(from).is_none_or(|b| b.start > offset) {
        return text.block_of(offset);
    }
    let mut b = from;
    // The blocks' starts only grow (a separator stands between two blocks, even empty ones).
    while text.blocks.get(b + 1).is_some_and(|next| next.start <= offset) {
        b += 1;
    }
    b
}

/// A caption, or a paragraph that stops with no sentence end ("Ana Ruiz at her farm near the
/// river", "3 May 2024"): a photo caption, a credit, a date line or a label, not the outlet's
/// prose (a page may lay out its captions as list items). A headline has no full stop.
pub(super) fn unfinished_block(text: &Text, block: usize) -> bool {
    let Some(span) = text.blocks.get(block) else { return false };
    match text.kinds.get(block) {
        Some(BlockKind::Caption) => return true,
        Some(BlockKind::Headline) => return false,
        _ => {}
    }
    stops_unfinished(text.slice(span))
}

/// Whether `body`, closing marks and white space at its end aside, ends in no sentence end
/// (and is not empty). Most paragraphs end in ASCII: their last bytes tell, where decoding the
/// end as characters cost more than the rest of the test; a byte outside ASCII sends the
/// paragraph to the characters.
pub(super) fn stops_unfinished(body: &str) -> bool {
    // ASCII white space and the ASCII marks of `CLOSERS`.
    let skipped = |&&b: &&u8| is_ascii_space(b) || matches!(b, b'"' | b'\'' | b')' | b']');
    match body.as_bytes().iter().rev().find(|b| !skipped(b)) {
        None => false,
        // A paragraph of a wiki may end in its footnotes' marks, "… in 2014.[12]": the sentence
        // before them ends it (asked only of a paragraph ending in a digit and a bracket).
        Some(&b) if b.is_ascii_digit() && body.trim_ascii_end().ends_with(']') => {
            let marked = body.trim_ascii_end();
            let before = crate::text::sentences::without_footnote_marks(marked);
            before.len() == marked.len() || stops_unfinished(before)
        }
        Some(&b) if b < 0x80 => !matches!(b, b'.' | b'!' | b'?' | b':' | b';' | b'-'),
        Some(_) => {
            let body = body.trim_end_matches(|c: char| c.is_whitespace() || CLOSERS.contains(c));
            !body.is_empty() && !body.ends_with(|c: char| FINISHERS.contains(c))
        }
    }
}

/// The marks that may close a paragraph after its last sentence ends: quote marks, brackets
/// (the closing marks the sentence splitter keeps with a sentence, `text/sentences.rs`).
pub(super) const CLOSERS: &str = "\"'\u{2019}\u{201D}\u{bb})]";
/// The marks that end a sentence (a colon introduces what follows; a dash breaks off speech).
pub(super) const FINISHERS: &str = ".!?\u{2026}:;\u{2014}-";
