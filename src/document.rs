//! The input: a document as an ordered list of text blocks.

use serde::{Deserialize, Serialize};

/// What a block is on the page. Detectors use it, for example, to read a headline's single
/// quotes as quote marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's title.
    Headline,
    /// An ordinary paragraph of running text.
    #[default]
    Paragraph,
    /// A block quotation (`<blockquote>`).
    Blockquote,
    /// A caption of a photo or a video.
    Caption,
    /// An item of a list.
    ListItem,
}

impl BlockKind {
    /// The kind of the given name, as serde names it (`headline`, `paragraph`, `blockquote`,
    /// `caption`, `list_item`), or `None`.
    pub fn from_name(name: &str) -> Option<BlockKind> {
        Some(match name {
            "headline" => BlockKind::Headline,
            "paragraph" => BlockKind::Paragraph,
            "blockquote" => BlockKind::Blockquote,
            "caption" => BlockKind::Caption,
            "list_item" => BlockKind::ListItem,
            _ => return None,
        })
    }
}

/// One block of text, such as a paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    #[serde(default)]
    pub kind: BlockKind,
    /// The block's text.
    pub text: String,
    /// Byte offset of `text` in the source it was cut from (0 when the block was made by hand),
    /// so that a boundary can report offsets into the whole source.
    #[serde(default)]
    pub offset: usize,
}

impl Block {
    /// A block of the given kind, not cut from a larger source.
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Block {
        Block { kind, text: text.into(), offset: 0 }
    }
}

/// A document: its blocks, in reading order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

/// A first line longer than this (in bytes) is not taken for a headline.
const MAX_HEADLINE_BYTES: usize = 200;

impl Document {
    /// A document made of the given blocks.
    pub fn new(blocks: Vec<Block>) -> Document {
        Document { blocks }
    }

    /// Splits plain text into blocks at blank lines. When the text starts with a short line of
    /// its own, that line is the headline. Each block records its byte offset in `text`.
    ///
    /// ```
    /// use sourcelight::{BlockKind, Document};
    /// let doc = Document::from_plain_text("Title\n\nFirst paragraph.\r\n  \r\nSecond.");
    /// let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
    /// assert_eq!(kinds, [BlockKind::Headline, BlockKind::Paragraph, BlockKind::Paragraph]);
    /// assert_eq!(doc.blocks[2].offset, 29);
    /// ```
    pub fn from_plain_text(text: &str) -> Document {
        // News paragraphs run a few hundred bytes: room for one every 128 saves growing the
        // vector a block at a time.
        let mut blocks = Vec::with_capacity(text.len() / 128 + 1);
        let mut start: Option<usize> = None; // start of the current block
        let mut end = 0; // end of the last non-blank line of the current block
        let mut pos = 0;
        // Line by line, each with its '\n' (as `split_inclusive` gives them), found with the
        // vectorised `memchr` rather than the standard library's byte search.
        while let Some(rest) = text.get(pos..).filter(|r| !r.is_empty()) {
            let line = rest.get(..memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |k| k + 1)).unwrap_or(rest);
            let content = line.trim_end_matches(['\n', '\r']);
            // All white space (trimming one end tells, without reading it from both).
            if content.trim_start().is_empty() {
                if let Some(s) = start.take() {
                    push_block(text, s, end, &mut blocks);
                }
            } else {
                if start.is_none() {
                    start = Some(pos);
                }
                end = pos + content.len();
            }
            pos += line.len();
        }
        if let Some(s) = start {
            push_block(text, s, end, &mut blocks);
        }
        mark_headline(text, &mut blocks);
        Document { blocks }
    }

    /// The total length of all blocks' text, in bytes.
    pub fn len(&self) -> usize {
        self.blocks.iter().map(|b| b.text.len()).sum()
    }

    /// The length in bytes of the text the analysis reads: all blocks' text joined with a
    /// blank line between blocks (see [`crate::MAX_DOCUMENT_BYTES`]).
    pub fn joined_len(&self) -> usize {
        self.len() + crate::text::BLOCK_SEPARATOR.len() * self.blocks.len().saturating_sub(1)
    }

    /// Whether the document has no text at all.
    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(|b| b.text.trim().is_empty())
    }
}

fn push_block(text: &str, start: usize, end: usize, blocks: &mut Vec<Block>) {
    let raw = &text[start..end];
    let trimmed = crate::text::trim_start(raw);
    let offset = start + (raw.len() - trimmed.len());
    let trimmed = crate::text::trim_end(trimmed);
    if !trimmed.is_empty() {
        blocks.push(Block { kind: BlockKind::Paragraph, text: trimmed.to_string(), offset });
    }
}

/// Makes the first line the headline when it is short and does not run on into the next line
/// as hard-wrapped running text (an e-mail or wire copy pasted with no title, whose first
/// sentence would be cut in two: [`crate::text::first_line_runs_on`]); splits it off when more
/// lines follow it without a blank line between.
fn mark_headline(source: &str, blocks: &mut Vec<Block>) {
    let Some(first) = blocks.first() else { return };
    let line_end = first.text.find(['\n', '\r']).unwrap_or(first.text.len());
    let line = &first.text[..line_end];
    if line.len() > MAX_HEADLINE_BYTES || line.trim().is_empty() {
        return;
    }
    if line_end == first.text.len() {
        blocks[0].kind = BlockKind::Headline;
        return;
    }
    if crate::text::first_line_runs_on(&first.text) {
        return;
    }
    let offset = first.offset;
    let rest_start = offset + line_end;
    let rest = &source[rest_start..offset + first.text.len()];
    let rest_trimmed = rest.trim_start();
    let rest_offset = rest_start + (rest.len() - rest_trimmed.len());
    let headline = Block { kind: BlockKind::Headline, text: line.trim_end().to_string(), offset };
    let body = Block { kind: BlockKind::Paragraph, text: rest_trimmed.to_string(), offset: rest_offset };
    blocks.splice(0..1, [headline, body]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The joined length counts a blank line between blocks.
    #[test]
    fn joined_len_counts_the_separators() {
        let doc = Document::from_plain_text("Head\n\nOne two.\n\nThree.");
        assert_eq!(doc.blocks.len(), 3);
        assert_eq!(doc.joined_len(), doc.len() + 4);
        assert_eq!(Document::from_plain_text("").joined_len(), 0);
    }

    #[test]
    fn offsets_point_into_the_source() {
        let src = "\n\n  Head line  \nBody one\nstill one\n\n\n Body two \n";
        let doc = Document::from_plain_text(src);
        assert_eq!(doc.blocks.len(), 3);
        for b in &doc.blocks {
            assert_eq!(&src[b.offset..b.offset + b.text.len()], b.text);
        }
        assert_eq!(doc.blocks[0].kind, BlockKind::Headline);
        assert_eq!(doc.blocks[0].text, "Head line");
        assert_eq!(doc.blocks[1].text, "Body one\nstill one");
    }

    /// A wrapped text pasted with no title keeps its first sentence whole; a headline over a
    /// lower-case byline stays the headline.
    #[test]
    fn a_first_line_that_runs_on_is_no_headline() {
        let wrapped = "Ana Ruiz, the mayor of the town, said on Monday that the\nharbour would close for the \
                       winter.\n\nThe ferry stops.";
        let doc = Document::from_plain_text(wrapped);
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Paragraph]);
        assert!(doc.blocks[0].text.ends_with("the\nharbour would close for the winter."));
        let bylined = "Mayor says the harbour will close for the winter\nby Ana Ruiz\n\nThe ferry stops.";
        let doc = Document::from_plain_text(bylined);
        assert_eq!(doc.blocks[0].kind, BlockKind::Headline);
        assert_eq!(doc.blocks[0].text, "Mayor says the harbour will close for the winter");
        assert_eq!(doc.blocks[1].text, "by Ana Ruiz");
    }

    #[test]
    fn long_first_line_is_not_a_headline() {
        let long = "word ".repeat(60);
        let doc = Document::from_plain_text(&long);
        assert_eq!(doc.blocks[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn a_kind_is_found_by_its_serde_name() {
        for kind in
            [BlockKind::Headline, BlockKind::Paragraph, BlockKind::Blockquote, BlockKind::Caption, BlockKind::ListItem]
        {
            let name = serde_json::to_value(kind).unwrap();
            assert_eq!(BlockKind::from_name(name.as_str().unwrap()), Some(kind));
        }
        for name in ["", "Paragraph", "list-item", "bogus"] {
            assert_eq!(BlockKind::from_name(name), None);
        }
    }

    #[test]
    fn empty_text_has_no_blocks() {
        assert!(Document::from_plain_text("").blocks.is_empty());
        assert!(Document::from_plain_text(" \n\r\n\t").blocks.is_empty());
    }
}
