//! Sourcelight finds, in news text, who says what.
//!
//! Given a [`Document`] (an ordered list of text blocks: headline, paragraphs, quotes,
//! captions), [`analyze`] returns a [`Report`] with three kinds of [`Finding`]:
//!
//! - **quotes** with their attribution: the speaker, the speech cue and the outlet a quote
//!   was relayed through;
//! - **claims**: checkable facts asserted in the outlet's own voice with no source, and vague
//!   attributions ("critics say");
//! - **loaded** wording: charged word choice, told apart by voice (the outlet's or a speaker's).
//!
//! ```
//! use sourcelight::{analyze, Document};
//!
//! let doc = Document::from_plain_text(
//!     "Talks stall\n\n\u{201c}We will not sign,\u{201d} Foreign Minister Ana Ruiz said on Monday.",
//! );
//! let report = analyze(&doc);
//! let quote = report.quotes().next().expect("one quote");
//! assert_eq!(quote.text, "We will not sign,");
//! ```
//!
//! All offsets inside the core are UTF-8 byte offsets into a block's text. The boundaries
//! (command line, WebAssembly) convert them once, with [`ReportView::new`] (or
//! [`ReportView::for_readers`], which adds what a reader is shown).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod attribution;
#[cfg(test)]
mod bundled_texts;
mod claims;
mod document;
mod furniture;
mod language;
mod lexicon;
mod loaded;
mod offsets;
mod report;
mod scan;
mod scratch;
mod sort;
mod sources;
mod spans;
mod text;
mod view;
mod voice;
mod wordmap;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use document::{Block, BlockKind, Document};
pub use furniture::{is_alt_caption, is_date_stamp, is_page_furniture, is_signoff, Styled};
pub use language::looks_english;
pub use offsets::OffsetUnit;
pub use report::{
    is_unresolved_pronoun, Claim, Cue, Finding, FindingKind, Loaded, Quote, QuoteStyle, Report, Source, Speaker,
    VagueWords,
};
pub use view::{LazyView, Positions, ReportView};

/// Whether `word` (without its period) is an abbreviation whose period does not end a
/// sentence ("Mr", "Gen", "U.S"), as the analysis splits sentences: for showing a finding's
/// sentence the way the analysis reads it.
pub fn is_abbreviation(word: &str) -> bool {
    text::sentences::is_listed_abbreviation(word)
}

/// Analyses a document: finds quotes and their attribution, unattributed claims and loaded
/// wording, and lists the sources.
///
/// Never panics, whatever the text; every offset in the report lies on a character boundary
/// of its block, and no finding crosses a block.
pub fn analyze(document: &Document) -> Report {
    use scratch::KeptOnThread;
    let Spare { text, tokens, frames, mut claims } = Spare::take();
    let text = text::Text::reusing(document, text);
    let (mut frames, tokens) = attribution::find_reusing(&text, tokens, frames);
    let voice = voice::VoiceMap::new(&text, &frames);
    claims::find_into(&text, &voice, &tokens, &mut claims);
    let loaded = loaded::find(&text, &voice, attribution::word_runs(&text.joined, &tokens).skipping_unlisted());
    // A huge file's arrays are freed, not held for the thread's life; its tokens (the largest
    // array, 24 bytes about every five bytes of text) as soon as they are read, before the
    // report's findings and their sort are added to them.
    let keep = keeps_spare(&text);
    let tokens = if keep {
        tokens
    } else {
        drop(tokens);
        Vec::new()
    };
    let sources = sources::collect(&mut frames);
    let report = report::assemble(&text, &mut frames, &mut claims, loaded, sources);
    if keep {
        Spare { text, tokens, frames, claims }.put_back();
    }
    report
}

/// The longest document, in bytes of its blocks' text and the blank lines that join them
/// ([`Document::joined_len`]), that [`analyze`] reads whole: attribution keeps its tokens'
/// offsets in 32 bits (4 GiB), which keeps a token, the largest array of an analysis, at 16
/// bytes. Blocks that end past it are read as if they held no words (nothing is found in them,
/// and nothing panics); the command-line tool refuses such an input with a message instead.
pub const MAX_DOCUMENT_BYTES: usize = attribution::MAX_TOKENIZED_BYTES;

/// Whether the thread keeps `text`'s memory (and its tokens', frames' and claims') for the next
/// document: a page's, not a huge file's ([`SPARE_TEXT_MAX`]), which is freed as soon as it is
/// used.
pub(crate) fn keeps_spare(text: &text::Text) -> bool {
    text.joined.capacity() <= SPARE_TEXT_MAX
}

/// The longest joined text (in bytes) whose memory the thread keeps for the next document: a
/// news page is far below it (PolNeAR's articles are about 5 KB), a 50 MB file far above.
const SPARE_TEXT_MAX: usize = 1 << 20;

/// The joined text and the tokens of the last document analysed on the thread, kept for their
/// memory: the next document is read into it rather than allocating its own (the tokens are
/// the largest array of a document).
#[derive(Default)]
struct Spare {
    text: text::Text,
    tokens: Vec<attribution::Token>,
    /// The frames' and the claims' vectors, emptied by `report::assemble` (grown frame by
    /// frame and claim by claim, they were reallocated a few times a document).
    frames: Vec<attribution::Frame>,
    claims: Vec<(std::ops::Range<usize>, Claim)>,
}

scratch::kept_on_thread!(Spare);

#[cfg(test)]
mod tests {
    use super::*;

    /// A document analysed after another on the same thread (in the memory the first kept) gets
    /// the report it gets on a thread of its own.
    #[test]
    fn a_report_does_not_depend_on_the_document_before() {
        let first = Document::from_plain_text(
            "Talks stall\n\n\u{201c}We will not sign,\u{201d} Foreign Minister Ana Ruiz said on Monday. \
             Critics say the deal is a disgrace.\n\nRuiz told reporters the talks would go on.",
        );
        let second = Document::from_plain_text("\u{201c}No,\u{201d} he said. Prices rose 5 percent.");
        let alone = std::thread::spawn(move || analyze(&second)).join().ok();
        let second = Document::from_plain_text("\u{201c}No,\u{201d} he said. Prices rose 5 percent.");
        assert!(!analyze(&first).findings.is_empty());
        assert_eq!(Some(analyze(&second)), alone);
    }

    /// A page's memory is kept for the next document on the thread; a huge file's is freed.
    #[test]
    fn only_a_page_sized_text_is_kept_for_the_next_document() {
        use scratch::KeptOnThread;
        let page = Document::from_plain_text("\u{201c}No,\u{201d} he said. Prices rose 5 percent.");
        analyze(&page);
        let kept = Spare::take();
        assert!(kept.text.joined.capacity() > 0 && !kept.tokens.is_empty());
        // The frames and claims moved into the report: their vectors are kept empty.
        assert!(kept.frames.is_empty() && kept.frames.capacity() > 0);
        assert!(kept.claims.is_empty() && kept.claims.capacity() > 0);
        kept.put_back();
        let huge = Document::from_plain_text(&"Prices rose 5 percent. ".repeat(SPARE_TEXT_MAX / 20));
        assert!(huge.len() > SPARE_TEXT_MAX);
        analyze(&huge);
        let kept = Spare::take();
        assert_eq!((kept.text.joined.capacity(), kept.tokens.capacity()), (0, 0));
        assert_eq!((kept.frames.capacity(), kept.claims.capacity()), (0, 0));
    }
}
