//! The analysed text: all blocks joined into one string, with block and sentence spans.
//!
//! Detectors work on one string so that a quote can open in one paragraph and close in a
//! later one, and a speaker named earlier can be found. Blocks are joined with a blank line
//! ([`BLOCK_SEPARATOR`]), which every detector reads as a hard break; the report maps joined
//! offsets back to (block, offset in block).

mod controls;
pub(crate) mod sentences;
mod wrap;

pub(crate) use wrap::first_line_runs_on;

use std::ops::Range;

use crate::document::{BlockKind, Document};
use crate::scan::is_ascii_space;

/// What stands between two blocks in the joined text.
pub(crate) const BLOCK_SEPARATOR: &str = "\n\n";

/// The joined text of a document and its spans. All offsets are UTF-8 byte offsets into
/// [`Text::joined`].
#[derive(Debug, Default)]
pub(crate) struct Text {
    /// Every block's text, in order, separated by [`BLOCK_SEPARATOR`], with escape sequences
    /// as spaces (`controls.rs`), byte for byte.
    pub joined: String,
    /// The joined text as the document has it, when `joined` blanked an escape sequence in
    /// it; empty otherwise. The report's texts are cut from it ([`Text::original`]).
    unmasked: String,
    /// Each block's span in `joined`, in order.
    pub blocks: Vec<Range<usize>>,
    /// Each block's kind, parallel to `blocks`.
    pub kinds: Vec<BlockKind>,
    /// Sentence spans, in order, never crossing a block. Leading and trailing whitespace is
    /// not part of a sentence.
    pub sentences: Vec<Range<usize>>,
    /// Where a quote mark may start, in order: one scan for the two detectors that pair quote
    /// marks themselves (claims' quoted spans and loaded wording's marked regions) and for
    /// loaded wording's scare-quote candidates, see [`crate::scan::quote_mark_starts`].
    pub quote_marks: Vec<usize>,
    /// The line breaks (`\n`) that read as spaces, in order: a hard-wrapped paragraph's soft
    /// ones, which the splitter found ([`sentences::split`]). Every other line break ends a
    /// line ([`Text::lines`]).
    pub soft_breaks: Vec<usize>,
}

impl Text {
    /// Joins the document's blocks and splits them into sentences.
    #[cfg(test)]
    pub fn new(document: &Document) -> Text {
        Text::reusing(document, Text::default())
    }

    /// Joins the document's blocks and splits them into sentences, in the memory of an
    /// earlier document's `spare` text (kept on the thread
    /// from page to page, so that a pass does not allocate its arrays per document).
    pub fn reusing(document: &Document, spare: Text) -> Text {
        let Text { mut joined, mut unmasked, mut blocks, mut kinds, mut sentences, mut quote_marks, mut soft_breaks } =
            spare;
        let capacity = document.len() + document.blocks.len() * BLOCK_SEPARATOR.len();
        joined.clear();
        joined.reserve(capacity);
        blocks.clear();
        blocks.reserve(document.blocks.len());
        kinds.clear();
        kinds.reserve(document.blocks.len());
        for (i, block) in document.blocks.iter().enumerate() {
            if i > 0 {
                joined.push_str(BLOCK_SEPARATOR);
            }
            let start = joined.len();
            joined.push_str(&block.text);
            blocks.push(start..joined.len());
            kinds.push(block.kind);
        }
        unmasked.clear();
        if controls::has_escape(&joined) {
            std::mem::swap(&mut joined, &mut unmasked);
            joined.reserve(unmasked.len());
            controls::push_masked(&mut joined, &unmasked);
        }
        // Reserved for news text (a sentence every 160 bytes or so, a quote mark every 128 at
        // most): grown one push at a time they were reallocated several times per document.
        sentences.clear();
        sentences.reserve(blocks.len() + joined.len() / 160);
        quote_marks.clear();
        quote_marks.reserve(joined.len() / 128);
        soft_breaks.clear();
        for (block, kind) in blocks.iter().zip(&kinds) {
            let may_wrap = matches!(kind, BlockKind::Paragraph | BlockKind::Caption);
            sentences::split(&joined, block.clone(), may_wrap, &mut sentences, &mut soft_breaks);
        }
        // The quote marks in one scan of the whole text rather than one per block (each scan
        // starts two searches): the separators hold no mark, and a mark's bytes never run past
        // its block's end into them (a separator's line feed matches none), so the positions
        // are those of the blocks, in order.
        crate::scan::quote_mark_starts(&joined, 0..joined.len(), &mut quote_marks);
        Text { joined, unmasked, blocks, kinds, sentences, quote_marks, soft_breaks }
    }

    /// `text`, a part of [`Text::joined`] starting at `start`, as the document has it, escape
    /// sequences and all: what the report cuts a finding's or a cue's text from. Almost every
    /// document has none, and gets `text` back with no second look-up.
    pub fn original<'t>(&'t self, text: &'t str, start: usize) -> &'t str {
        if self.unmasked.is_empty() {
            text
        } else {
            self.unmasked.get(start..start + text.len()).unwrap_or(text)
        }
    }

    /// The text's line breaks that end a line, for the rules that read a line's start or end.
    pub fn lines(&self) -> Lines<'_> {
        Lines { soft: &self.soft_breaks }
    }

    /// The text of a span.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        &self.joined[span.clone()]
    }

    /// The index of the block that holds `offset` (a separator belongs to the block before it).
    pub fn block_of(&self, offset: usize) -> usize {
        match self.blocks.binary_search_by(|b| b.start.cmp(&offset)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }

    /// The index of the sentence that holds `offset`, or of the last sentence before it.
    pub fn sentence_of(&self, offset: usize) -> Option<usize> {
        match self.sentences.binary_search_by(|s| s.start.cmp(&offset)) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        }
    }

    /// The places where a quote mark may start inside `block` (one of [`Text::blocks`]).
    pub fn quote_marks_in(&self, block: &Range<usize>) -> &[usize] {
        let from = self.quote_marks.partition_point(|&at| at < block.start);
        let to = self.quote_marks.partition_point(|&at| at < block.end);
        self.quote_marks.get(from..to).unwrap_or_default()
    }

    /// The kind of the block that holds `offset`.
    pub fn kind_at(&self, offset: usize) -> BlockKind {
        self.kinds.get(self.block_of(offset)).copied().unwrap_or_default()
    }
}

/// Which line breaks of a joined text end a line: every `\n` but a hard-wrapped paragraph's
/// soft ones ([`Text::soft_breaks`]), which read as spaces, "said Ivo\nKos". The default
/// (no soft breaks) reads every line break as one.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lines<'a> {
    /// The soft line breaks' offsets, in order.
    soft: &'a [usize],
}

impl Lines<'_> {
    /// How many line breaks in `gap` of `text` end a line.
    pub fn count(self, text: &str, gap: Range<usize>) -> usize {
        let bytes = text.as_bytes().get(gap.clone()).unwrap_or_default();
        let all = memchr::memchr_iter(b'\n', bytes).count();
        if all == 0 || self.soft.is_empty() {
            return all;
        }
        let soft = self.soft.partition_point(|&k| k < gap.end) - self.soft.partition_point(|&k| k < gap.start);
        all - soft
    }

    /// Whether the line break at byte `at` is a soft one, which reads as a space.
    pub fn soft_at(self, at: usize) -> bool {
        self.soft.binary_search(&at).is_ok()
    }

    /// Whether a line break in `gap` of `text` ends a line.
    pub fn any(self, text: &str, gap: Range<usize>) -> bool {
        let bytes = text.as_bytes().get(gap.clone()).unwrap_or_default();
        memchr::memchr_iter(b'\n', bytes).any(|k| !self.soft_at(gap.start + k))
    }
}

/// The word a possessive "'s" or "\u{2019}s" ends ("Trump's" gives "Trump"), if `word` ends in
/// one (or in the same letters of a contraction: "that's"; the callers tell those apart). The
/// one suffix test attribution's tokens and the claim detector's share: their possessive
/// checks read different tokens (attribution's keep the "'s", claims' split a lone one off).
#[inline]
pub(crate) fn possessive_stem(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s"))
}

/// Whether `word` ends in the one "s" of a plural or a verb's third person ("officials",
/// "says"), not in "ss" ("actress", "Ross"): the shape attribution's and claims' rules read
/// for "plural or present" before they ask the word's neighbours. Each caller's extras are its
/// arguments: `longer_than` bytes at least ("its", "bus" are too short for some), and none of
/// the endings `nor` ("ous" of "famous", "us" of "campus").
#[inline]
pub(crate) fn ends_in_one_s(word: &[u8], longer_than: usize, nor: &[&[u8]]) -> bool {
    word.len() > longer_than
        && word.ends_with(b"s")
        && !word.ends_with(b"ss")
        && !nor.iter().any(|ending| word.ends_with(ending))
}

/// The stem of a word that ends in a possessive's or a contraction's apostrophe and letters,
/// straight or typographic ("'s", "'ll", "'re", "'ve", "'m", "'d"): "Clinton" of "Clinton's",
/// "He" of "He’ll", "I" of "I'm". (A verb's "n't" keeps nothing: "don't" is listed or not.)
pub(crate) fn contracted_stem(word: &[u8]) -> Option<&[u8]> {
    let tail = match word {
        [.., b's' | b'S' | b'm' | b'M' | b'd' | b'D'] => 1,
        [.., b'l' | b'L', b'l' | b'L'] | [.., b'r' | b'R' | b'v' | b'V', b'e' | b'E'] => 2,
        _ => return None,
    };
    match word.get(..word.len().saturating_sub(tail))? {
        [stem @ .., b'\''] | [stem @ .., 0xE2, 0x80, 0x99] => Some(stem),
        _ => None,
    }
}

/// `word` without a possessive's or a contraction's ending ([`contracted_stem`]): the pronoun
/// of "He’ll", "I'm", "It's", which a pronoun's readers (the people resolver, the sources
/// list) compare with their lists.
pub(crate) fn without_contraction(word: &str) -> &str {
    contracted_stem(word.as_bytes()).and_then(|stem| word.get(..stem.len())).unwrap_or(word)
}

/// `f` asked of `word` in lower case: a short ASCII word lowered on the stack (the surname look
/// asks of every capitalised word near a surname), any other through `to_lowercase`.
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lowered) if word.is_ascii() => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            f(std::str::from_utf8(lowered).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

/// `s` without its leading white space, as [`str::trim_start`] gives it; a first byte that is
/// ASCII and no white space (most sentences, findings and paragraphs start with one) is
/// answered without the call to the general search.
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => s,
        _ => s.trim_start(),
    }
}

/// `s` without its trailing white space, as [`str::trim_end`] gives it (see [`trim_start`]).
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => s,
        _ => s.trim_end(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Block;

    #[test]
    fn a_contraction_or_possessive_gives_its_stem() {
        assert_eq!(contracted_stem(b"Clinton's"), Some(&b"Clinton"[..]));
        assert_eq!(without_contraction("He\u{2019}ll"), "He");
        assert_eq!(without_contraction("I'm"), "I");
        assert_eq!(without_contraction("they're"), "they");
        assert_eq!(without_contraction("It's"), "It");
        // Controls: a name's apostrophe, a word ending in the same letters, a verb's "n't".
        assert_eq!(without_contraction("O'Malley"), "O'Malley");
        assert_eq!(without_contraction("Powell"), "Powell");
        assert_eq!(without_contraction("don't"), "don't");
    }

    #[test]
    fn a_possessive_s_of_either_apostrophe_gives_its_word() {
        assert_eq!(possessive_stem("Trump's"), Some("Trump"));
        assert_eq!(possessive_stem("Press\u{2019}s"), Some("Press"));
        assert_eq!(possessive_stem("'s"), Some(""));
        assert_eq!(possessive_stem("voters'"), None);
        assert_eq!(possessive_stem("news"), None);
    }

    #[test]
    fn a_word_in_one_s_is_plural_or_present_shaped() {
        assert!(ends_in_one_s(b"officials", 0, &[]));
        assert!(ends_in_one_s(b"says", 0, &[]));
        // Controls: "ss", no "s", and each caller's extras.
        assert!(!ends_in_one_s(b"actress", 0, &[]));
        assert!(!ends_in_one_s(b"said", 0, &[]));
        assert!(!ends_in_one_s(b"its", 3, &[]));
        assert!(ends_in_one_s(b"aids", 3, &[]));
        assert!(!ends_in_one_s(b"famous", 0, &[b"ous"]));
        assert!(!ends_in_one_s(b"campus", 3, &[b"us"]));
        assert!(ends_in_one_s(b"campuses", 3, &[b"us"]));
    }

    /// The trims give what the standard library's give, at every cut of a text with white
    /// space of every kind at its ends and inside.
    #[test]
    fn trims_are_the_standard_trims() {
        let text = " \t\u{b}\u{c}\r\n\u{a0}\u{2003}A b\u{85}c\u{e9} \u{3000}\u{1c}x\u{b}";
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for (j, _) in text.char_indices().chain([(text.len(), ' ')]).filter(|&(j, _)| j >= i) {
                let s = &text[i..j];
                assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
                assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
            }
        }
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    #[test]
    fn blocks_map_back() {
        let doc = Document::new(vec![
            Block::new(BlockKind::Headline, "Héadline"),
            Block::new(BlockKind::Paragraph, "One. Two."),
        ]);
        let text = Text::new(&doc);
        assert_eq!(text.slice(&text.blocks[1]), "One. Two.");
        assert_eq!(text.block_of(text.blocks[1].start + 3), 1);
        assert_eq!(text.block_of(0), 0);
        assert_eq!(text.sentences.len(), 3);
    }

    /// A text read into the memory of an earlier, longer one is the text read afresh: no
    /// block, sentence or mark of the earlier document is left in it.
    #[test]
    fn a_text_in_spare_memory_is_the_fresh_text() {
        let long = Document::from_plain_text(
            "Head\n\n\u{201c}One.\u{201d} Two. Three.\n\nFour \u{2018}five\u{2019}. Six, said the mayor of the\ntown.",
        );
        assert_eq!(Text::new(&long).soft_breaks.len(), 1);
        let short = Document::from_plain_text("Alone here.");
        let reused = Text::reusing(&short, Text::new(&long));
        let fresh = Text::new(&short);
        assert_eq!(reused.joined, fresh.joined);
        assert_eq!(reused.blocks, fresh.blocks);
        assert_eq!(reused.kinds, fresh.kinds);
        assert_eq!(reused.sentences, fresh.sentences);
        assert_eq!(reused.quote_marks, fresh.quote_marks);
        assert_eq!(reused.soft_breaks, fresh.soft_breaks);
        assert_eq!((reused.blocks.len(), reused.sentences.len(), reused.quote_marks.len()), (1, 1, 0));
    }

    /// The one scan of the joined text finds the quote marks that a scan of each block finds.
    #[test]
    fn quote_marks_are_those_of_the_blocks() {
        let doc = Document::new(vec![
            Block::new(BlockKind::Headline, "\u{201c}Low\u{201d} dams"),
            Block::new(BlockKind::Paragraph, "He said ''no'' and \u{ab}oui\u{bb}, then `"),
            Block::new(BlockKind::Paragraph, "`yes\" \u{2018}x\u{2019} \u{2014} it's \u{e2}\u{80}"),
            Block::new(BlockKind::Paragraph, "'"),
        ]);
        let text = Text::new(&doc);
        let mut per_block = Vec::new();
        for block in &text.blocks {
            crate::scan::quote_mark_starts(&text.joined, block.clone(), &mut per_block);
        }
        assert_eq!(text.quote_marks, per_block);
        assert_eq!(text.quote_marks.len(), 9);
    }

    /// The splitter keeps a wrapped paragraph's soft line breaks, in the joined text, and
    /// [`Lines`] counts every other break as ending a line: the headline's, a block
    /// quotation's, a line's of its own, and the blocks' separator.
    #[test]
    fn a_wrapped_paragraph_keeps_its_soft_line_breaks() {
        let wrapped = "The harbour master of the town said on Monday that\nthe port would reopen on Friday at six, said\nAna Ruiz.\nShips wait, and so do these:\n- the ferry";
        let doc = Document::new(vec![
            Block::new(BlockKind::Headline, "Port\nreopens"),
            Block::new(BlockKind::Paragraph, wrapped),
            Block::new(BlockKind::Blockquote, "a line of verse that runs on for a while\nand another line"),
        ]);
        let text = Text::new(&doc);
        let start = text.blocks[1].start;
        let breaks: Vec<usize> = wrapped.match_indices('\n').map(|(k, _)| start + k).collect();
        assert_eq!(text.soft_breaks, [breaks[0], breaks[1], breaks[2]], "a stop's break is soft too");
        let lines = text.lines();
        let all = 0..text.joined.len();
        assert_eq!(lines.count(&text.joined, all.clone()), 1 + 2 + 1 + 2 + 1);
        assert!(lines.soft_at(breaks[1]) && !lines.soft_at(breaks[3]));
        assert!(!lines.any(&text.joined, start..breaks[3]) && lines.any(&text.joined, start..breaks[3] + 1));
        assert_eq!(Lines::default().count(&text.joined, all), 1 + 2 + 4 + 2 + 1, "without them every break");
    }
}
