//! How a paragraph ends: read from its last bytes where they are ASCII, from its characters
//! otherwise, with the same answer.

use crate::claims::unfinished::{block_from, stops_unfinished, CLOSERS, FINISHERS};
use crate::document::{Block, BlockKind, Document};
use crate::text::Text;

/// The byte test says what the character test says, whatever closes the paragraph.
#[test]
fn a_paragraph_stops_unfinished_as_its_characters_say() {
    let by_characters = |body: &str| {
        let body = body.trim_end_matches(|c: char| c.is_whitespace() || CLOSERS.contains(c));
        !body.is_empty() && !body.ends_with(|c: char| FINISHERS.contains(c))
    };
    for body in [
        "Ana Ruiz at her farm near the river",
        "3 May 2024 ",
        "It rained.",
        "It rained.\u{201d}",
        "He said \u{201c}no\u{201d}",
        "It rained.\" )]\u{b}",
        "Wait \u{2014}",
        "Wait\u{2026}\u{a0}",
        "Caf\u{e9}",
        "Why?'",
        "Read on:",
        "\"')] \t",
        "",
    ] {
        assert_eq!(stops_unfinished(body), by_characters(body), "{body:?}");
    }
}

/// Stepped forward from any block at or before an offset, or searched from one past it, the
/// block is the one `block_of` finds (empty blocks included).
#[test]
fn a_block_stepped_to_is_the_block_searched_for() {
    let doc = Document::new(vec![
        Block::new(BlockKind::Headline, "Head"),
        Block::new(BlockKind::Paragraph, ""),
        Block::new(BlockKind::Paragraph, "One. Two."),
        Block::new(BlockKind::Paragraph, "Three."),
    ]);
    let text = Text::new(&doc);
    for offset in 0..=text.joined.len() + 1 {
        for from in 0..=text.blocks.len() {
            assert_eq!(block_from(&text, from, offset), text.block_of(offset), "{offset} from {from}");
        }
    }
}
