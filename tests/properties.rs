//! Property tests: the invariants of `fuzz/invariants.rs` (no panic, offsets on character
//! boundaries inside their block, speaker and cue spans valid, deterministic output, boundary
//! views consistent in all three units) over generated inputs.
//!
//! Purely random strings rarely contain what the detectors look for, so most strategies build
//! news-like text from pieces: quote marks of every kind, speech verbs, capitalised names,
//! abbreviations, numbers, and the awkward characters real pages carry (CRLF and lone CR,
//! emoji with joiners, right-to-left scripts, combining marks, zero-width and bidi controls).
//!
//! The default number of cases is sized for CI in a debug build; set `PROPTEST_CASES` to run
//! more (e.g. `PROPTEST_CASES=5000 cargo test --release --test properties`).

#[path = "../fuzz/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use sourcelight::{Block, BlockKind, Document};

/// Pieces of news-like text; the generator strings them together.
const PIECES: &[&str] = &[
    // Quote marks of every kind, and apostrophes.
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "''",
    "``",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\u{201a}",
    "\u{2039}",
    "\u{203a}",
    "\u{300c}",
    "\u{300d}",
    "it's",
    "the rebels'",
    "\u{201c}We will not sign,\u{201d}",
    "\"We won.\"",
    "\u{2018}Scare\u{2019}",
    // Speech cues and attribution.
    "said",
    "says",
    "told",
    "stated",
    "announced",
    "emphasized that",
    "added",
    "according to",
    "was quoted telling",
    "said in a written statement",
    "told Anadolu Agency",
    "he said",
    "she said",
    "they said",
    "officials said",
    "a source familiar with the matter",
    "a spokesman",
    "critics say",
    "some argue",
    "it is believed",
    "experts warn",
    "reportedly",
    // Names and titles.
    "Haider al Abadi",
    "Abadi",
    "Ana Ruiz",
    "Prime Minister",
    "Foreign Minister",
    "Mr.",
    "Gen.",
    "Lt.",
    "U.S.",
    "J.",
    "Sputnik",
    "UN",
    "the YPG commander",
    "Iraqi",
    // Claims and loaded wording.
    "killed more than 250,000 people",
    "launched its first air strikes on civilians",
    "the largest ever",
    "because of",
    "3.5 million",
    "1,000",
    "regime",
    "terrorist",
    "designated terrorist organization",
    "slammed",
    "blasted",
    "clearly",
    "of course",
    "horrific",
    "dreary",
    // Plain words and punctuation.
    "the",
    "a",
    "and",
    "that",
    "on Monday",
    "in",
    "war",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "...",
    "\u{2026}",
    "\u{2014}",
    "-",
    "(",
    ")",
    "[",
    "]",
    // Whitespace and line breaks of every kind.
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{3000}",
    // Emoji, including joiner sequences, flags and skin tones.
    "\u{1f600}",
    "\u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{1f1fa}\u{1f1f8}",
    "\u{1f44d}\u{1f3fd}",
    // Right-to-left scripts.
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{201c}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{201d}",
    // Combining marks, on their own too.
    "e\u{301}",
    "\u{301}",
    "\u{301}\u{301}\u{301}",
    "A\u{30a}",
    "\u{915}\u{94d}\u{937}",
    // Zero-width and bidirectional controls, byte-order mark, replacement character.
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{feff}",
    "\u{200e}",
    "\u{200f}",
    "\u{202a}",
    "\u{202b}",
    "\u{202c}",
    "\u{202d}",
    "\u{202e}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{fffd}",
    "\u{0}",
];

/// News-like text: pieces joined by a space most of the time, directly some of the time.
fn news_text(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), any::<u8>()), 0..max_pieces).prop_map(|picks| {
        let mut s = String::new();
        for (i, sep) in picks {
            s.push_str(PIECES[i]);
            if sep % 4 != 0 {
                s.push(' ');
            }
        }
        s
    })
}

/// Any string, with awkward characters more likely than uniform sampling makes them.
fn odd_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}a-zA-Z .,\r\n\u{200b}\u{202e}\u{301}\u{1f600}\u{5d0}-\u{5ea}]{0,200}",
        news_text(80),
    ]
}

fn kind() -> impl Strategy<Value = BlockKind> {
    prop_oneof![
        Just(BlockKind::Headline),
        Just(BlockKind::Paragraph),
        Just(BlockKind::Blockquote),
        Just(BlockKind::Caption),
        Just(BlockKind::ListItem),
    ]
}

/// A block list as a page might give it: any kinds, untrimmed, possibly empty blocks, blocks
/// that contain blank lines themselves.
fn blocks() -> impl Strategy<Value = Document> {
    prop::collection::vec((kind(), odd_text()), 0..8)
        .prop_map(|v| Document::new(v.into_iter().map(|(k, t)| Block::new(k, t)).collect()))
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn plain_text_news_like(text in news_text(120)) {
        let doc = Document::from_plain_text(&text);
        invariants::check(&doc, Some(&text));
    }

    #[test]
    fn plain_text_any(text in any::<String>()) {
        let doc = Document::from_plain_text(&text);
        invariants::check(&doc, Some(&text));
    }

    #[test]
    fn plain_text_from_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        invariants::check_bytes(&bytes);
    }

    #[test]
    fn block_lists(doc in blocks()) {
        invariants::check(&doc, None);
    }

    /// Blocks cut from one source text with their real offsets, so the in-source view is
    /// checked for block lists too.
    #[test]
    fn news_paragraphs(paras in prop::collection::vec(news_text(40), 1..6)) {
        let source = paras.join("\n\n");
        let doc = Document::from_plain_text(&source);
        invariants::check(&doc, Some(&source));
    }
}

/// The generators reach the detectors at all: a fixed news-like document yields findings
/// once the detectors exist, and its invariants hold.
#[test]
fn sample_sentence_holds() {
    let text = "Talks stall\n\n\u{201c}We will not sign,\u{201d} Foreign Minister Ana Ruiz said on Monday.\r\n\r\nThe regime killed more than 250,000 people, critics say.";
    let report = invariants::check(&Document::from_plain_text(text), Some(text));
    assert!(report.quotes().count() >= 1, "no quote found: the detectors are not reached");
    assert!(report.findings.len() >= 2, "too few findings: {:?}", report.findings);
}

/// The news-like generator reaches the detectors: over a fixed set of generated documents,
/// every kind of finding turns up (otherwise the properties above prove little).
#[test]
fn generator_reaches_every_detector() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]));
    let (mut quotes, mut claims, mut loaded) = (0, 0, 0);
    for _ in 0..200 {
        let text = news_text(120).new_tree(&mut runner).expect("a value").current();
        let report = sourcelight::analyze(&Document::from_plain_text(&text));
        quotes += report.quotes().count();
        claims += report.claims().count();
        loaded += report.loaded().count();
    }
    assert!(quotes > 0 && claims > 0 && loaded > 0, "quotes {quotes}, claims {claims}, loaded {loaded}");
}
