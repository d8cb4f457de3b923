//! What must hold for the analysis of ANY input, checked by the fuzz target
//! (`fuzz/fuzz_targets/analyze.rs`), the property tests (`tests/properties.rs`), the corpus
//! replay (`tests/fuzz_replay.rs`) and the pathological tests (`tests/pathological.rs`).
//!
//! One file, included by each of them with `#[path]`, so that the fuzzer and `cargo test`
//! check exactly the same things. It panics with a message naming the broken invariant, which
//! is what both libFuzzer and the test harness want.
#![allow(dead_code)]

use sourcelight::{
    analyze, Block, BlockKind, Document, Finding, FindingKind, OffsetUnit, Positions, Report, ReportView,
};

/// Separates blocks in the fuzzer's byte encoding of a block list. 0xFE never occurs in
/// UTF-8, so it cannot be confused with text.
pub const BLOCK_BYTE: u8 = 0xFE;

/// The block kinds, indexed by the first byte of each block in the byte encoding.
const KINDS: [BlockKind; 5] =
    [BlockKind::Headline, BlockKind::Paragraph, BlockKind::Blockquote, BlockKind::Caption, BlockKind::ListItem];

/// An input for the analysis, decoded from arbitrary bytes.
#[derive(Debug)]
pub struct Input {
    /// The document.
    pub document: Document,
    /// The plain text the document was cut from, when it was made with
    /// [`Document::from_plain_text`] (then block offsets point into it).
    pub source: Option<String>,
}

/// Decodes arbitrary bytes into a document, the same way for the fuzzer and for the replay.
///
/// The first byte chooses the shape: even → the rest is plain text (lossy UTF-8) cut with
/// `Document::from_plain_text`; odd → the rest is a block list, blocks separated by
/// [`BLOCK_BYTE`], each block's first byte its kind and the rest its text (lossy UTF-8),
/// untrimmed and possibly empty, as a page might hand them over.
pub fn decode(data: &[u8]) -> Input {
    match data.split_first() {
        None => Input { document: Document::default(), source: Some(String::new()) },
        Some((mode, rest)) if mode % 2 == 0 => {
            let source = String::from_utf8_lossy(rest).into_owned();
            Input { document: Document::from_plain_text(&source), source: Some(source) }
        }
        Some((_, rest)) => {
            let blocks = rest
                .split(|&b| b == BLOCK_BYTE)
                .map(|piece| match piece.split_first() {
                    None => Block::new(BlockKind::Paragraph, ""),
                    Some((kind, text)) => {
                        Block::new(KINDS[usize::from(*kind) % KINDS.len()], String::from_utf8_lossy(text).into_owned())
                    }
                })
                .collect();
            Input { document: Document::new(blocks), source: None }
        }
    }
}

/// Encodes a block list the way [`decode`] reads it (for writing corpus files).
pub fn encode_blocks(blocks: &[(BlockKind, &str)]) -> Vec<u8> {
    let mut out = vec![1u8];
    for (i, (kind, text)) in blocks.iter().enumerate() {
        if i > 0 {
            out.push(BLOCK_BYTE);
        }
        out.push(KINDS.iter().position(|k| k == kind).unwrap_or(1) as u8);
        out.extend_from_slice(text.as_bytes());
    }
    out
}

/// Encodes plain text the way [`decode`] reads it.
pub fn encode_plain(text: &str) -> Vec<u8> {
    let mut out = vec![0u8];
    out.extend_from_slice(text.as_bytes());
    out
}

/// Decodes and checks.
pub fn check_bytes(data: &[u8]) -> Report {
    let input = decode(data);
    check(&input.document, input.source.as_deref())
}

/// Analyses `document` and checks every invariant; returns the report.
pub fn check(document: &Document, source: Option<&str>) -> Report {
    if let Some(source) = source {
        check_plain_text_split(document, source);
    }
    let report = analyze(document);
    check_report(document, &report);
    let again = analyze(document);
    assert!(report == again, "analysis is not deterministic: two runs differ");
    let cloned = document.clone();
    assert!(analyze(&cloned) == report, "analysis of an equal document differs");
    check_views(document, source, &report);
    report
}

/// `Document::from_plain_text` cuts non-empty, trimmed blocks that point into the source.
pub fn check_plain_text_split(document: &Document, source: &str) {
    let mut last_end = 0;
    for (i, b) in document.blocks.iter().enumerate() {
        assert!(!b.text.trim().is_empty(), "block {i} is blank");
        assert_eq!(b.text.trim(), b.text, "block {i} is not trimmed");
        let end = b.offset + b.text.len();
        assert!(b.offset >= last_end, "block {i} overlaps the one before");
        assert!(
            source.get(b.offset..end) == Some(b.text.as_str()),
            "block {i} does not point into the source at {}..{end}",
            b.offset
        );
        last_end = end;
    }
}

/// A span `start..end` of `text`: in range and on character boundaries.
fn check_span(what: &str, text: &str, start: usize, end: usize, non_empty: bool) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: span {start}..{end} is out of its block (length {})",
        text.len()
    );
    assert!(!non_empty || start < end, "{what}: empty span {start}..{end}");
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} is not on character boundaries"
    );
}

fn block_text<'d>(document: &'d Document, what: &str, block: usize) -> &'d str {
    match document.blocks.get(block) {
        Some(b) => &b.text,
        None => panic!("{what}: block {block} does not exist ({} blocks)", document.blocks.len()),
    }
}

/// Every finding, speaker and cue lies on character boundaries inside its block; the text
/// fields match the spans; findings are ordered; every speaker is listed as a source.
pub fn check_report(document: &Document, report: &Report) {
    // A set, not a scan of the sources per finding: the pathological tests check reports with
    // tens of thousands of sources.
    let source_names: std::collections::HashSet<&str> = report.sources.iter().map(|s| s.name.as_str()).collect();
    let mut last = (0, 0);
    for (n, f) in report.findings.iter().enumerate() {
        let what = format!("finding {n} ({})", kind_name(f));
        let text = block_text(document, &what, f.block);
        check_span(&what, text, f.start, f.end, true);
        assert_eq!(f.text, text[f.start..f.end], "{what}: text does not match its span");
        assert!((f.block, f.start) >= last, "{what}: findings are not ordered by block and start");
        last = (f.block, f.start);
        if let FindingKind::Quote(q) = &f.kind {
            if let Some(sp) = &q.speaker {
                let what = format!("{what} speaker {:?}", sp.name);
                let text = block_text(document, &what, sp.block);
                check_span(&what, text, sp.start, sp.end, false);
                assert!(!sp.name.trim().is_empty(), "{what}: empty speaker name");
                assert!(source_names.contains(sp.name.as_str()), "{what}: speaker is not listed among the sources");
            }
            if let Some(cue) = &q.cue {
                let what = format!("{what} cue {:?}", cue.text);
                let text = block_text(document, &what, cue.block);
                check_span(&what, text, cue.start, cue.end, false);
                assert_eq!(cue.text, text[cue.start..cue.end], "{what}: text does not match its span");
            }
        }
    }
    for s in &report.sources {
        assert!(!s.name.trim().is_empty(), "a source has an empty name");
    }
}

fn kind_name(f: &Finding) -> &'static str {
    match f.kind {
        FindingKind::Quote(_) => "quote",
        FindingKind::Claim(_) => "claim",
        FindingKind::Loaded(_) => "loaded",
    }
}

/// The boundary views in all three units agree with the byte offsets: each converted offset
/// is the length, in that unit, of the text before the byte offset (in the block, or in the
/// source when the document was cut from one). The views serialise.
pub fn check_views(document: &Document, source: Option<&str>, report: &Report) {
    for unit in [OffsetUnit::Utf8, OffsetUnit::CodePoints, OffsetUnit::Utf16] {
        let view = ReportView::new(report, document, unit, Positions::InBlocks);
        compare_view(document, report, &view, unit, None);
        serde_json::to_string(&view).expect("a view serialises");
        // The reader view (the WebAssembly module's): the same, with where each speaker is named.
        let view = ReportView::for_readers(report, document, unit, Positions::InBlocks);
        compare_view(document, report, &view, unit, None);
        if let Some(source) = source {
            let view = ReportView::new(report, document, unit, Positions::InSource(source));
            compare_view(document, report, &view, unit, Some(source));
        } else {
            // Block offsets here are all 0 and the "source" unrelated: only must not panic.
            let joined: String = document.blocks.iter().map(|b| b.text.as_str()).collect();
            ReportView::new(report, document, unit, Positions::InSource(&joined));
        }
    }
}

/// The length in `unit` of each prefix of a text that ends on a character boundary, by the
/// prefix's byte length: a view's expected offsets are looked up in it. Counting each offset's
/// prefix from the text's start instead made the check quadratic: in release, 25,000 findings
/// in a 1 MB source (`crlf_and_lone_cr`) took 94 s where their analysis took 0.3 s.
struct PrefixLengths(Vec<usize>);

impl PrefixLengths {
    /// The lengths of every prefix of `text`, summed character by character (a length in any
    /// of the units is the sum of its characters' lengths).
    fn new(text: &str, unit: OffsetUnit) -> PrefixLengths {
        let mut lengths = vec![0; text.len() + 1];
        let mut total = 0;
        let mut utf8 = [0; 4];
        for (at, c) in text.char_indices() {
            lengths[at] = total;
            total += unit.len(c.encode_utf8(&mut utf8));
        }
        lengths[text.len()] = total;
        PrefixLengths(lengths)
    }

    /// `unit.len(&text[..offset])`, for an `offset` on a character boundary of the text.
    fn before(&self, text: &str, offset: usize) -> usize {
        assert!(text.is_char_boundary(offset), "offset {offset} is not on a character boundary");
        self.0[offset]
    }
}

fn compare_view(document: &Document, report: &Report, view: &ReportView, unit: OffsetUnit, source: Option<&str>) {
    assert_eq!(view.findings.len(), report.findings.len(), "{unit:?}: view lost findings");
    // The expected offset: the unit length of everything before the byte offset, in the source
    // or in the block.
    let in_source = source.map(|src| (src, PrefixLengths::new(src, unit)));
    let in_blocks: Vec<PrefixLengths> = match source {
        Some(_) => Vec::new(),
        None => document.blocks.iter().map(|b| PrefixLengths::new(&b.text, unit)).collect(),
    };
    let expect = |block: usize, offset: usize| -> usize {
        let b = &document.blocks[block];
        match &in_source {
            Some((src, lengths)) => lengths.before(src, b.offset + offset),
            None => in_blocks[block].before(&b.text, offset),
        }
    };
    let expect_block = |block: usize| if source.is_some() { None } else { Some(block) };
    for (n, (f, v)) in report.findings.iter().zip(&view.findings).enumerate() {
        let what = format!("{unit:?} view of finding {n}");
        assert_eq!(v.block, expect_block(f.block), "{what}: block");
        assert_eq!((v.start, v.end), (expect(f.block, f.start), expect(f.block, f.end)), "{what}: offsets");
        assert_eq!(v.text, f.text, "{what}: text");
        assert_eq!(v.end - v.start, unit.len(&f.text), "{what}: length");
        let json = serde_json::to_value(v).expect("a finding serialises");
        if let FindingKind::Quote(q) = &f.kind {
            if let Some(sp) = &q.speaker {
                let jsp = &json["speaker"];
                assert_eq!(jsp["start"].as_u64(), Some(expect(sp.block, sp.start) as u64), "{what}: speaker start");
                assert_eq!(jsp["end"].as_u64(), Some(expect(sp.block, sp.end) as u64), "{what}: speaker end");
                // A reader view's `named` place: the mention, or the name as the text writes it.
                if let Some(named) = jsp.get("named") {
                    let (start, end) = (named["start"].as_u64(), named["end"].as_u64());
                    let length = end.zip(start).map(|(e, s)| e.saturating_sub(s) as usize);
                    let mention = (start, end) == (jsp["start"].as_u64(), jsp["end"].as_u64());
                    assert!(mention || length == Some(unit.len(&sp.name)), "{what}: named {named}");
                }
            } else {
                assert!(json["speaker"].is_null(), "{what}: speaker appeared");
            }
            if let Some(cue) = &q.cue {
                let jc = &json["cue"];
                assert_eq!(jc["start"].as_u64(), Some(expect(cue.block, cue.start) as u64), "{what}: cue start");
                assert_eq!(jc["end"].as_u64(), Some(expect(cue.block, cue.end) as u64), "{what}: cue end");
            } else {
                assert!(json["cue"].is_null(), "{what}: cue appeared");
            }
        }
    }
}
