//! Page furniture: the blocks a saved or live news page prints around its article that are no
//! article text ("Related: <a>…</a>", "SIGN UP FOR OUR NEWSLETTER", "Ana Ruiz contributed to
//! this report."), judged on a block's text and where its links lie. One judgement for both
//! readers of pages: the command line's HTML reader and the extension (through `wasm.rs`),
//! which each find the blocks and their links in their own DOM.

use std::ops::Range;
use std::sync::LazyLock;

use crate::{lexicon, BlockKind, OffsetUnit};

/// The phrase list (`src/lexicon/page_furniture.txt`): one lower-case phrase an entry, "… X"
/// for the end of a short block, "X …" for the start of a short label.
const PHRASES: &str = lexicon::word_list!("page_furniture.txt");

/// The most words a block ending with a "… " phrase may have.
const MAX_ENDING_WORDS: usize = 12;

/// The longest block (in bytes, white space at its ends aside) compared with the phrases: a
/// guard on the cost, far above the [`MAX_ENDING_WORDS`] words a phrase's block may have.
const MAX_PHRASE_BLOCK_BYTES: usize = 400;

/// The most letters a label before a block's links may have ("Read more", "Related").
const MAX_LINK_LABEL: usize = 12;

/// Whether a block of `kind` is page furniture: a paragraph or list item that is only links
/// with at most a short label ("Related: …", "[Read: …]"), or one of the phrases of the list (any case,
/// without the punctuation around it). `links` are the ranges of `text` inside links, in
/// order, counted in `unit`. Headlines, blockquotes and captions are never furniture.
///
/// ```
/// use sourcelight::{is_page_furniture, BlockKind, OffsetUnit};
///
/// let related = "Related: Ferry fares rise again";
/// assert!(is_page_furniture(BlockKind::Paragraph, related, &[9..31], OffsetUnit::Utf8));
/// let said = "Ana Ruiz, the chair, said the deal was fair.";
/// assert!(!is_page_furniture(BlockKind::Paragraph, said, &[0..8], OffsetUnit::Utf8));
/// assert!(is_page_furniture(BlockKind::ListItem, "Advertisement", &[], OffsetUnit::Utf8));
/// ```
pub fn is_page_furniture(kind: BlockKind, text: &str, links: &[Range<usize>], unit: OffsetUnit) -> bool {
    matches!(kind, BlockKind::Paragraph | BlockKind::ListItem) && (only_links(text, links, unit) || is_phrase(text))
}

/// Whether `text` is links and at most a short label before or between them ("Related: …",
/// "[Read: …]", "Read more: A · B"): a pointer to other pages. A block with letters of its own
/// after its last link ("<a>Ana Ruiz</a> said …") or a longer label is article text. One pass
/// over the characters, counting positions in `unit`.
fn only_links(text: &str, links: &[Range<usize>], unit: OffsetUnit) -> bool {
    if links.is_empty() {
        return false;
    }
    let (mut linked, mut label, mut after) = (0usize, 0usize, 0usize);
    let (mut position, mut next) = (0usize, 0usize);
    for c in text.chars() {
        while links.get(next).is_some_and(|link| position >= link.end) {
            next += 1;
        }
        if c.is_alphanumeric() {
            match links.get(next) {
                Some(link) if position >= link.start => linked += 1,
                Some(_) => label += 1,
                None => after += 1,
            }
        }
        position += match unit {
            OffsetUnit::Utf8 => c.len_utf8(),
            OffsetUnit::Utf16 => c.len_utf16(),
            OffsetUnit::CodePoints => 1,
        };
    }
    linked > 0 && after == 0 && label <= MAX_LINK_LABEL
}

/// The most words a label opening with an "X …" phrase may have (and it has at least one
/// more than the phrase): "Powered by SmartAsset.com".
const MAX_LABEL_WORDS: usize = 6;

/// One phrase of [`PHRASES`], split into its words.
enum Phrase {
    /// The whole block: "read more".
    Whole(Vec<&'static str>),
    /// "… X": a short block ending with X.
    Ending(Vec<&'static str>),
    /// "X …": a short label opening with X, with no sentence's full stop at its end.
    Opening(Vec<&'static str>),
}

/// The phrases, read once (the list is asked for every short block of a page).
static LIST: LazyLock<Vec<Phrase>> = LazyLock::new(|| phrases().map(parse).collect());

/// Whether `text` is one of the [`PHRASES`] (or, for a "… X" phrase, a short block that ends
/// with it; for an "X …" phrase, a short label that opens with it), compared word by word,
/// ignoring ASCII case, the punctuation at its ends and the typographic apostrophe ("Don’t
/// miss" is "don't miss").
fn is_phrase(text: &str) -> bool {
    let line = text.trim_matches(|c: char| !c.is_alphanumeric());
    if line.len() > MAX_PHRASE_BLOCK_BYTES || line.is_empty() {
        return false;
    }
    let words = line.split_whitespace().count();
    let ends_sentence = text.trim_end().ends_with(['.', '!', '?']);
    LIST.iter().any(|phrase| match phrase {
        Phrase::Whole(phrase) => words == phrase.len() && same_words(phrase.iter(), line.split_whitespace()),
        Phrase::Ending(ending) => {
            words <= MAX_ENDING_WORDS
                && words >= ending.len()
                && same_words(ending.iter().rev(), line.split_whitespace().rev())
        }
        Phrase::Opening(opening) => {
            (opening.len() + 1..=MAX_LABEL_WORDS).contains(&words)
                && !ends_sentence
                && same_words(opening.iter(), line.split_whitespace())
        }
    })
}

/// Whether each of a phrase's words is the page's word beside it (the page may have more).
fn same_words<'a>(phrase: impl Iterator<Item = &'a &'static str>, page: impl Iterator<Item = &'a str>) -> bool {
    phrase.zip(page).all(|(plain, word)| same_word(plain, word))
}

/// Whether the page's `word` is the phrase's `plain` word (lower case, plain apostrophe), but
/// for ASCII case and a typographic apostrophe.
fn same_word(plain: &str, word: &str) -> bool {
    let folded = word.chars().map(|c| match c {
        '\u{2019}' | '\u{2018}' => '\'',
        c => c.to_ascii_lowercase(),
    });
    plain.chars().eq(folded)
}

/// A phrase of [`PHRASES`] as a [`Phrase`].
fn parse(phrase: &'static str) -> Phrase {
    if let Some(ending) = phrase.strip_prefix("\u{2026} ") {
        Phrase::Ending(ending.split_whitespace().collect())
    } else if let Some(opening) = phrase.strip_suffix(" \u{2026}") {
        Phrase::Opening(opening.split_whitespace().collect())
    } else {
        Phrase::Whole(phrase.split_whitespace().collect())
    }
}

/// The phrases of [`PHRASES`].
fn phrases() -> impl Iterator<Item = &'static str> {
    lexicon::fields(PHRASES).filter_map(|fields| fields.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `marked`'s text and the ranges of its links, each link written between "<" and ">",
    /// counted in `unit`.
    fn linked(marked: &str, unit: OffsetUnit) -> (String, Vec<Range<usize>>) {
        let (mut text, mut links, mut start) = (String::new(), Vec::new(), 0);
        for c in marked.chars() {
            match c {
                '<' => start = unit.len(&text),
                '>' => links.push(start..unit.len(&text)),
                c => text.push(c),
            }
        }
        (text, links)
    }

    #[test]
    fn only_links_counts_the_letters_before_between_and_after_the_links() {
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoints] {
            for marked in [
                "Related: <Ferry fares rise>",
                "Read more: <Strike ends> \u{b7} <Fares rise>",
                "[Read: <Why the \u{1f6a2} ferry\u{2019}s fares rose>]",
                "<Five things we learned>",
            ] {
                let (text, links) = linked(marked, unit);
                assert!(only_links(&text, &links, unit), "{marked} {unit:?}");
            }
            // Words of its own between the links, before them or after the last.
            for marked in [
                "<Ana Ruiz> met the mayor\u{2019}s deputy, <Li Wei>",
                "The union published <the ballot\u{2019}s results>.",
                "\u{1f6a2} <Ana Ruiz> said so",
                "A longer label than twelve: <Fares rise>",
                "no links at all",
            ] {
                let (text, links) = linked(marked, unit);
                assert!(!only_links(&text, &links, unit), "{marked} {unit:?}");
            }
        }
    }

    #[test]
    fn the_examples_are_phrases_and_sentences_holding_them_are_not() {
        let mut examples = 0;
        for entry in lexicon::parse(include_str!("lexicon/page_furniture.txt")) {
            for example in &entry.examples {
                assert!(is_phrase(example), "line {}: {example}", entry.line);
                examples += 1;
            }
        }
        assert!(examples >= 10, "{examples}");
        assert!(is_phrase("Read\n  more \u{2192}"));
        // Must not drop: the phrase inside a sentence of the story.
        assert!(!is_phrase("Officials said they would read more of the files on Monday."));
        assert!(!is_phrase("Related talks with the union broke down on Friday."));
        assert!(!is_phrase("It was never reported"));
        assert!(!is_phrase(
            "The mayor thanked the many residents, engineers, divers and volunteers who contributed to this report."
        ));
    }

    #[test]
    fn only_paragraphs_and_list_items_are_furniture() {
        for kind in [BlockKind::Headline, BlockKind::Blockquote, BlockKind::Caption] {
            assert!(!is_page_furniture(kind, "Advertisement", &[], OffsetUnit::Utf8));
        }
        assert!(is_page_furniture(BlockKind::Paragraph, "Advertisement", &[], OffsetUnit::Utf8));
    }

    #[test]
    fn a_label_opens_with_its_phrase_and_ends_in_no_full_stop() {
        assert!(is_phrase("Powered by SmartAsset.com"));
        assert!(!is_phrase("Powered by solar panels, the ferry crossed."));
        assert!(!is_phrase("Powered by wind."));
        assert!(!is_phrase("Powered by"));
    }

    #[test]
    fn a_typographic_apostrophe_is_the_plain_one() {
        assert!(is_phrase("Don\u{2019}t miss"));
        assert!(is_phrase("DON'T MISS:"));
        assert!(!is_phrase("Don\u{2019}t miss the ferry, the captain said."));
    }

    #[test]
    fn every_phrase_is_lower_case_trimmed_and_plain() {
        for phrase in phrases() {
            assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
            assert!(!phrase.contains(['\u{2019}', '\u{2018}']), "{phrase}: a plain apostrophe");
            let bare = phrase.trim_start_matches("\u{2026} ").trim_end_matches(" \u{2026}");
            assert!(!bare.ends_with(|c: char| !c.is_alphanumeric()), "{phrase}");
            assert!(!bare.starts_with(|c: char| !c.is_alphanumeric()), "{phrase}");
        }
        assert_eq!(LIST.len(), phrases().count());
    }
}
