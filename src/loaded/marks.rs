//! Where quote marks enclose words, found in one pass over the text.
//!
//! Loaded wording needs to know whether a word is the speaker's *wording*: words inside quote
//! marks are; the reported clause of indirect speech ("Abadi said that … regime leader …") is
//! the outlet's paraphrase, so its word choice is the outlet's. The voice map says which words
//! belong to a quotation; these regions say which of them stand inside marks.
//!
//! The pairing is deliberately simple (it only refines the voice map): per block, an opening
//! double mark (“ " « or two apostrophes) opens a region that the next closing mark (” " »)
//! ends; a single ‘ opens an inner region that a ’ not followed by a letter ends. A region
//! left open runs to the end of its block (a quote running over paragraphs reopens in each).
//! A block quotation counts as quoted throughout.

use std::ops::Range;

use crate::document::BlockKind;
use crate::spans;
use crate::text::Text;

/// The regions inside quote marks, sorted and merged, in joined-text byte offsets.
#[derive(Debug, Default)]
pub(crate) struct Marked {
    regions: Vec<Range<usize>>,
}

impl Marked {
    /// [`Marked::new_in`] a new buffer, for the tests.
    #[cfg(test)]
    pub fn new(text: &Text) -> Marked {
        Marked::new_in(text, Vec::new())
    }

    /// Scans every block once, in `buffer`'s room (a buffer kept from the last document: emptied
    /// first; [`Marked::into_buffer`] gives it back).
    pub fn new_in(text: &Text, mut regions: Vec<Range<usize>>) -> Marked {
        regions.clear();
        for (block, kind) in text.blocks.iter().zip(&text.kinds) {
            if *kind == BlockKind::Blockquote {
                // A block quotation is someone else's text as a whole, marks or no marks.
                regions.push(block.clone());
                continue;
            }
            let Some(body) = text.joined.get(block.clone()) else { continue };
            scan(body, block.start, text.quote_marks_in(block), &mut regions);
        }
        // Merged in the vector's own room (collected in place).
        Marked { regions: spans::merge(regions.into_iter()) }
    }

    /// The regions' vector, as a buffer for the next document.
    pub fn into_buffer(self) -> Vec<Range<usize>> {
        self.regions
    }

    /// Whether any of `span` lies inside quote marks.
    pub fn overlaps(&self, span: &Range<usize>) -> bool {
        spans::overlaps(&self.regions, span)
    }
}

/// Pairs the marks of the block `body`, which starts at joined offset `offset`; `starts`: the
/// joined offsets in it where a mark may start ([`Text::quote_marks`]), so everything else is
/// skipped without decoding it.
fn scan(body: &str, offset: usize, starts: &[usize], out: &mut Vec<Range<usize>>) {
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let mut skip_to = 0;
    for i in starts.iter().map(|&at| at.saturating_sub(offset)) {
        if i < skip_to {
            continue;
        }
        let Some(c) = body.get(i..).and_then(|s| s.chars().next()) else { continue };
        let after = i + c.len_utf8();
        // Decoded only for the marks whose reading needs them: most stops are dashes and
        // apostrophes' lead bytes.
        let next = || body.get(after..).and_then(|s| s.chars().next());
        let word_before = || body.get(..i).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric);
        match c {
            '“' | '«' => {
                double.get_or_insert(offset + after);
            }
            '”' | '»' => close(&mut double, offset + i, out),
            '"' => match double {
                Some(_) => close(&mut double, offset + i, out),
                None => double = Some(offset + after),
            },
            '\'' if next() == Some('\'') && !word_before() && double.is_none() => {
                skip_to = after + 1;
                double = Some(offset + after + 1);
            }
            '‘' if !word_before() => {
                single.get_or_insert(offset + after);
            }
            '’' if !next().is_some_and(char::is_alphanumeric) => close(&mut single, offset + i, out),
            _ => {}
        }
    }
    let end = offset + body.len();
    close(&mut double, end, out);
    close(&mut single, end, out);
}

fn close(open: &mut Option<usize>, end: usize, out: &mut Vec<Range<usize>>) {
    if let Some(start) = open.take() {
        if start < end {
            out.push(start..end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn inside(src: &str, word: &str) -> bool {
        let text = Text::new(&Document::from_plain_text(src));
        let at = text.joined.find(word).unwrap_or(0);
        Marked::new(&text).overlaps(&(at..at + word.len()))
    }

    #[test]
    fn marks_enclose_words() {
        let src = "Head\n\nHe said “the regime fell” and the army left. ‘Brutal’ it’s not. \
                   \"Quite\" so.\n\n“Open paragraph\n\n“next one ends.”";
        assert!(inside(src, "regime"));
        assert!(!inside(src, "army"));
        assert!(inside(src, "Brutal"));
        assert!(!inside(src, "not"));
        assert!(inside(src, "Quite"));
        assert!(inside(src, "Open"));
        assert!(inside(src, "ends"));
        assert!(!inside(src, "Head"));
    }

    #[test]
    fn block_quotations_are_quoted_throughout() {
        use crate::document::Block;
        let doc = Document::new(vec![
            Block::new(BlockKind::Paragraph, "He wrote:"),
            Block::new(BlockKind::Blockquote, "The regime forces are barbaric."),
        ]);
        let text = Text::new(&doc);
        let at = text.joined.find("barbaric").unwrap_or(0);
        assert!(Marked::new(&text).overlaps(&(at..at + 8)));
        assert!(!Marked::new(&text).overlaps(&(0..2)));
    }

    /// A buffer kept from another text holds none of its regions once reused: the regions
    /// are the text's own (the same as in a new vector), and the buffer keeps its room.
    #[test]
    fn a_reused_buffer_holds_only_the_new_texts_regions() {
        let first = Text::new(&Document::from_plain_text("He called it “a hoax” and “a sham” twice."));
        let second = Text::new(&Document::from_plain_text("A “rigged” vote, he said."));
        let buffer = Marked::new(&first).into_buffer();
        assert_eq!(buffer.len(), 2);
        let room = buffer.capacity();
        let reused = Marked::new_in(&second, buffer);
        assert_eq!(reused.regions, Marked::new(&second).regions);
        assert_eq!(reused.regions.len(), 1);
        assert!(reused.into_buffer().capacity() >= room);
    }
}
