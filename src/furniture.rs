//! Page furniture: the blocks a saved or live news page prints around its article that are no
//! article text ("Related: <a>…</a>", "SIGN UP FOR OUR NEWSLETTER", "Ana Ruiz contributed to
//! this report."), judged on a block's text and where its links lie. One judgement for both
//! readers of pages: the command line's HTML reader and the extension (through `wasm.rs`),
//! which each find the blocks and their links in their own DOM. The same goes for the page's
//! text that is no story: a line of dates alone ([`is_date_stamp`]), a closing sign-off set
//! apart ([`is_signoff`]) and a caption that repeats the alt text of the image before it
//! ([`is_alt_caption`]); each reader tells what only its DOM knows (whether a block's letters all
//! lie in `<time>` elements, whether it is set wholly in bold or italics, the image's alt text).

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

/// Whether a block of `kind` whose letters all lie in `<time>` elements (`dated`, which only the
/// page's markup tells) is a line of dates alone ("22 Dec, 2016 22 Dec, 2016"): the page's stamp
/// of when it was published, not a sentence of the story. A paragraph or a list item only; a
/// sentence naming a day in a `<time>` has letters outside it, and a headline is the page's own.
///
/// ```
/// use sourcelight::{is_date_stamp, BlockKind};
///
/// assert!(is_date_stamp(BlockKind::Paragraph, true));
/// assert!(!is_date_stamp(BlockKind::Headline, true));
/// ```
pub fn is_date_stamp(kind: BlockKind, dated: bool) -> bool {
    dated && matches!(kind, BlockKind::Paragraph | BlockKind::ListItem)
}

/// A block as [`is_signoff`] reads it: its kind, its text and whether the page sets every letter
/// of it in bold or italics (which only the page's markup tells).
#[derive(Clone, Copy, Debug)]
pub struct Styled<'a> {
    /// The block's kind.
    pub kind: BlockKind,
    /// The block's text.
    pub text: &'a str,
    /// Whether every letter of the block is set in bold or italics.
    pub emphasised: bool,
}

/// The most words a closing sign-off may have: a bio is a sentence or two.
const MAX_SIGNOFF_WORDS: usize = 50;

/// Whether `last`, the article's last block, is a closing sign-off after `before` (an author's
/// bio, "X is the … editor"): a paragraph of at most 50 words set wholly in bold or italics, or
/// in capitals, right after a paragraph of the story that is neither. A story set wholly in
/// italics, a closing line no different from the one before it, a closing quote block, or a
/// story of one paragraph under its headline, is no sign-off. Each reader asks it of the last
/// two blocks it keeps, after the page furniture, when it has read the article to its end.
///
/// ```
/// use sourcelight::{is_signoff, BlockKind, Styled};
///
/// let story = Styled { kind: BlockKind::Paragraph, text: "The vote is on Monday.", emphasised: false };
/// let bio = Styled { kind: BlockKind::Paragraph, text: "Ana Ruiz is a reporter for the Gazette.", emphasised: true };
/// assert!(is_signoff(story, bio));
/// assert!(!is_signoff(story, Styled { emphasised: false, ..bio }));
/// ```
pub fn is_signoff(before: Styled, last: Styled) -> bool {
    let set_apart = |block: &Styled| block.emphasised || in_capitals(block.text);
    last.kind == BlockKind::Paragraph
        && before.kind == BlockKind::Paragraph
        && last.text.split_whitespace().nth(MAX_SIGNOFF_WORDS).is_none()
        && set_apart(&last)
        && !set_apart(&before)
}

/// Whether a block is written in capitals: three words or more and no lower-case letter.
fn in_capitals(text: &str) -> bool {
    text.split_whitespace().nth(2).is_some()
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
}

/// The fewest letters an image's alt text must have for [`is_alt_caption`] to read it.
const MIN_ALT_LETTERS: usize = 20;

/// Whether a block of `kind` right after an image whose alt text is `alt` (its white space
/// collapsed, as the block's is) is the image's caption: a paragraph that opens with the alt,
/// repeated as the caption's opening (a page with no figure markup; the alt is often cut short,
/// "… so-called ‘metadat"). A short alt ("Photo", a name) proves nothing.
///
/// ```
/// use sourcelight::{is_alt_caption, BlockKind};
///
/// let alt = "Ana Ruiz on the north quay";
/// assert!(is_alt_caption(BlockKind::Paragraph, "Ana Ruiz on the north quay, where the ferries dock.", alt));
/// assert!(!is_alt_caption(BlockKind::Paragraph, "Ana Ruiz said the ferries would run.", "Ana Ruiz"));
/// ```
pub fn is_alt_caption(kind: BlockKind, text: &str, alt: &str) -> bool {
    kind == BlockKind::Paragraph
        && text.starts_with(alt)
        && alt.chars().filter(|c| c.is_alphanumeric()).nth(MIN_ALT_LETTERS - 1).is_some()
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

    #[test]
    fn a_closing_line_set_apart_is_a_signoff() {
        use BlockKind::{Blockquote, Headline, Paragraph};
        let block = |kind, text, emphasised| Styled { kind, text, emphasised };
        let story = "The council will vote on the budget on Monday, the mayor said.";
        let bio = "Ana Ruiz is a reporter for the Gazette.";
        assert!(is_signoff(block(Paragraph, story, false), block(Paragraph, bio, true)));
        let capitals = "ANA RUIZ IS THE GAZETTE\u{2019}S POLITICAL EDITOR";
        assert!(is_signoff(block(Paragraph, story, false), block(Paragraph, capitals, false)));
        // Must not: a plain last paragraph, a story set wholly in italics, a closing quote block,
        // a story of one paragraph under its headline, two words in capitals, a long closing text.
        assert!(!is_signoff(block(Paragraph, story, false), block(Paragraph, "The vote is on Monday.", false)));
        assert!(!is_signoff(block(Paragraph, story, true), block(Paragraph, bio, true)));
        assert!(!is_signoff(block(Paragraph, story, false), block(Blockquote, "NO MORE CUTS", false)));
        assert!(!is_signoff(block(Headline, "Budget vote", false), block(Paragraph, story, true)));
        assert!(!is_signoff(block(Paragraph, story, false), block(Paragraph, "NO CUTS", false)));
        let long = "The council will vote again. ".repeat(11);
        assert!(!is_signoff(block(Paragraph, story, false), block(Paragraph, &long, true)));
        // The bounds: three words in capitals and fifty words are a sign-off, fifty-one are not.
        assert!(is_signoff(block(Paragraph, story, false), block(Paragraph, "NO MORE CUTS", false)));
        let fifty = "The council will vote again. ".repeat(10);
        assert!(is_signoff(block(Paragraph, story, false), block(Paragraph, &fifty, true)));
        let fifty_one = format!("{fifty}Soon.");
        assert!(!is_signoff(block(Paragraph, story, false), block(Paragraph, &fifty_one, true)));
    }

    #[test]
    fn a_paragraph_or_list_item_of_dates_alone_is_a_stamp() {
        assert!(is_date_stamp(BlockKind::Paragraph, true));
        assert!(is_date_stamp(BlockKind::ListItem, true));
        // Must not: a block with letters outside `<time>`, or a headline, quote block or caption.
        assert!(!is_date_stamp(BlockKind::Paragraph, false));
        for kind in [BlockKind::Headline, BlockKind::Blockquote, BlockKind::Caption] {
            assert!(!is_date_stamp(kind, true), "{kind:?}");
        }
    }

    #[test]
    fn a_paragraph_opening_with_a_long_alt_is_its_caption() {
        let alt = "Ana Ruiz on the north quay, where";
        let text = "Ana Ruiz on the north quay, where the ferries dock. Picture: Li Wei";
        assert!(is_alt_caption(BlockKind::Paragraph, text, alt));
        // Must not: a short alt, an alt the paragraph does not open with, another kind of block.
        assert!(!is_alt_caption(BlockKind::Paragraph, "Ana Ruiz said so.", "Ana Ruiz"));
        assert!(!is_alt_caption(BlockKind::Paragraph, "On the quay, Ana Ruiz on the north quay, where", alt));
        assert!(!is_alt_caption(BlockKind::ListItem, text, alt));
        assert!(!is_alt_caption(BlockKind::Paragraph, text, ""));
        // The bound: an alt of twenty letters is read, one of nineteen is not.
        let quay = "Ana Ruiz at the north quay, where the ferries dock.";
        assert!(is_alt_caption(BlockKind::Paragraph, quay, "Ana Ruiz at the north qua"));
        assert!(!is_alt_caption(BlockKind::Paragraph, quay, "Ana Ruiz at the north qu"));
    }
}
