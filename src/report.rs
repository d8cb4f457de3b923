//! The output: findings with their offsets, and the list of sources.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::attribution::Frame;
use crate::text::Text;

/// What the analysis found in a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Every finding, ordered by block, then start offset.
    pub findings: Vec<Finding>,
    /// Every source quoted or reported: named sources first, then anonymous ones, then pronouns
    /// not tied to a name; the most quoted first, then the first quoted. The order every reader
    /// shows (the CLI's reports, the extension's popup).
    pub sources: Vec<Source>,
}

impl Report {
    /// The quote findings, in order.
    pub fn quotes(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| matches!(f.kind, FindingKind::Quote(_)))
    }

    /// The claim findings, in order.
    pub fn claims(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| matches!(f.kind, FindingKind::Claim(_)))
    }

    /// The loaded-wording findings, in order.
    pub fn loaded(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| matches!(f.kind, FindingKind::Loaded(_)))
    }
}

/// One finding: a span of one block and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The index of the block the finding lies in.
    pub block: usize,
    /// Start of the span: a UTF-8 byte offset into the block's text.
    pub start: usize,
    /// End of the span (exclusive): a UTF-8 byte offset into the block's text.
    pub end: usize,
    /// The text of the span.
    pub text: String,
    /// What was found.
    pub kind: FindingKind,
}

/// The three kinds of finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// Words spoken by someone other than the outlet.
    Quote(Quote),
    /// A checkable fact asserted with no source, or a vague attribution.
    Claim(Claim),
    /// Charged word choice.
    Loaded(Loaded),
}

/// How a quote is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteStyle {
    /// Words in quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Mixed,
    /// Reported speech without quote marks ("X said that ...").
    Indirect,
}

/// A quote's attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub style: QuoteStyle,
    /// Who said it, when the text tells.
    pub speaker: Option<Speaker>,
    /// The speech cue, when there is one.
    pub cue: Option<Cue>,
    /// The outlet the quote was relayed through ("told Anadolu Agency").
    pub via: Option<String>,
    /// Findings that are parts of one quote (split by the attribution or running over
    /// several paragraphs) share this number.
    pub group: usize,
}

/// Whether `name`, a source's or a speaker's, is a personal pronoun ("he", "She", "they", "I")
/// the analysis could not tie to a name: the text names the person elsewhere or not at all, and
/// a reader should say so rather than show the pronoun as a name.
pub fn is_unresolved_pronoun(name: &str) -> bool {
    crate::sources::lower_pronoun(name).is_some()
}

/// The speaker of a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The canonical name ("Haider al Abadi"), or the mention for unnamed sources.
    pub name: String,
    /// Title, role or affiliation ("Iraqi Prime Minister"), when the text gives one.
    pub description: Option<String>,
    /// The block of the mention nearest the quote.
    pub block: usize,
    /// Start of that mention, in bytes into its block.
    pub start: usize,
    /// End of that mention (exclusive), in bytes into its block.
    pub end: usize,
    /// Whether the source is unnamed or vague ("officials", "a source").
    pub anonymous: bool,
}

/// The words that mark speech ("said", "was quoted telling").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue's text.
    pub text: String,
    /// The block of the cue.
    pub block: usize,
    /// Start of the cue, in bytes into its block.
    pub start: usize,
    /// End of the cue (exclusive), in bytes into its block.
    pub end: usize,
}

/// Why a sentence is flagged as a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// A vague attribution ("critics say", "it is believed") rather than no source at all.
    pub vague: bool,
    /// A short reason, for the reader: one of a few fixed texts, or one that quotes a vague
    /// source's words (the fixed ones are not copied for each claim).
    pub reason: Cow<'static, str>,
    /// A vague claim's words, which its reason quotes; none for a claim with no source at all.
    pub words: Option<VagueWords>,
}

/// The words a vague claim rests on, as the text writes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VagueWords {
    /// The writer's guess ("probably") rather than a source that names no one ("critics say").
    pub guess: bool,
    /// The words ("Critics say", "probably").
    pub text: String,
}

impl VagueWords {
    /// The claim's reason, quoting the words: "vague attribution: “critics say”".
    pub(crate) fn reason(&self) -> String {
        let what = if self.guess { "unsourced guess" } else { "vague attribution" };
        let mut reason = String::with_capacity(what.len() + self.text.len() + 8);
        reason.push_str(what);
        reason.push_str(": \u{201c}");
        reason.push_str(&self.text);
        reason.push('\u{201d}');
        reason
    }
}

impl Claim {
    /// The reason as a reader-facing sentence, for a popover under a heading that already names
    /// the claim's kind (a vague one's from the reader view's `vague_kind`): "The text says only
    /// “Critics say”: it does not say who.", "The text hedges with “probably”: it gives no
    /// source.", "Figure with no source.".
    pub fn explanation(&self) -> String {
        let mut out = String::new();
        match &self.words {
            Some(VagueWords { guess, text }) => {
                // A guess is the writer's own; a vague source is someone the text leaves unnamed.
                let (opening, close) = match guess {
                    true => ("The text hedges with \u{201c}", "\u{201d}: it gives no source."),
                    false => ("The text says only \u{201c}", "\u{201d}: it does not say who."),
                };
                out.push_str(opening);
                out.push_str(text);
                out.push_str(close);
            }
            _ => {
                // The reasons are ours, and open with a lower-case ASCII letter.
                out.push_str(&self.reason);
                if let Some(first) = out.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                out.push('.');
            }
        }
        out
    }
}

/// What is charged about a word or phrase: the texts of the word list's entry (compiled in),
/// not copies made for each finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The category ("label", "speech verb", "adverb", "adjective", "scare quotes").
    pub category: &'static str,
    /// One line on why the wording is charged.
    pub note: &'static str,
    /// A neutral alternative, where one exists.
    pub alternative: Option<&'static str>,
    /// Whether the words are inside a quote: the speaker's wording, not the outlet's.
    pub in_quote: bool,
}

/// A source: someone quoted or reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The canonical name; for a pronoun the analysis could not tie to a name, the pronoun in
    /// lower case ("she", "they"; "I"), never a name: see [`is_unresolved_pronoun`].
    pub name: String,
    /// Title, role or affiliation, when the text gives one.
    pub description: Option<String>,
    /// Whether the source is unnamed or vague.
    pub anonymous: bool,
    /// How many quotes (counting a quote split in parts once) are attributed to it.
    pub quotes: usize,
    /// The outlets its words were relayed through.
    pub via: Vec<String>,
}

/// Builds the report: maps joined-text spans to blocks, splits any span that would cross a
/// block, drops empty spans and orders the findings. The frames and claims are moved out of
/// their vectors, which are left empty (for the next document's).
pub(crate) fn assemble(
    text: &Text,
    frames: &mut Vec<Frame>,
    claims: &mut Vec<(Range<usize>, Claim)>,
    loaded: Vec<(Range<usize>, Loaded)>,
    sources: Vec<Source>,
) -> Report {
    let mut findings = Vec::with_capacity(frames.len() + claims.len() + loaded.len());
    for frame in frames.drain(..) {
        let quote = Quote {
            style: frame.style,
            // The frames are not needed after this: their strings move into the findings.
            speaker: frame.speaker.map(|s| {
                let (block, start, end) = local(text, &s.span);
                let (start, end) = on_char_boundaries(text, block, start, end);
                Speaker { name: s.name, description: s.description, block, start, end, anonymous: s.anonymous }
            }),
            cue: frame.cue.as_ref().map(|c| {
                let (block, start, end) = local(text, c);
                let (start, end) = on_char_boundaries(text, block, start, end);
                let cue_text = block_text(text, block).get(start..end).unwrap_or_default();
                let block_start = text.blocks.get(block).map_or(0, |r| r.start);
                let cue_text = text.original(cue_text, block_start + start);
                Cue { text: cue_text.to_string(), block, start, end }
            }),
            via: frame.via,
            group: frame.group,
        };
        push_split(text, &frame.content, FindingKind::Quote(quote), &mut findings);
    }
    for (span, claim) in claims.drain(..) {
        push_split(text, &span, FindingKind::Claim(claim), &mut findings);
    }
    for (span, word) in loaded {
        push_split(text, &span, FindingKind::Loaded(word), &mut findings);
    }
    // A huge document's emptied frame and claim vectors are freed before the sort takes its
    // scratch (a page's are kept for the next document).
    if !crate::keeps_spare(text) {
        *frames = Vec::new();
        *claims = Vec::new();
    }
    crate::sort::by_key(&mut findings, |f| (f.block, f.start, f.end, kind_rank(&f.kind)));
    Report { findings, sources }
}

fn kind_rank(kind: &FindingKind) -> u8 {
    match kind {
        FindingKind::Quote(_) => 0,
        FindingKind::Claim(_) => 1,
        FindingKind::Loaded(_) => 2,
    }
}

/// A joined-text span as (block, start, end) in block bytes, clamped to the block that holds
/// its start.
fn local(text: &Text, span: &Range<usize>) -> (usize, usize, usize) {
    let block = text.block_of(span.start);
    let range = text.blocks.get(block).cloned().unwrap_or(0..0);
    let start = span.start.clamp(range.start, range.end);
    let end = span.end.clamp(start, range.end);
    (block, start - range.start, end - range.start)
}

/// The text of block `block`.
fn block_text(text: &Text, block: usize) -> &str {
    text.blocks.get(block).and_then(|r| text.joined.get(r.clone())).unwrap_or_default()
}

/// Moves a block-local span's ends back to character boundaries. A detector's span off a
/// boundary is a bug: debug builds (tests, the fuzzer) stop on it; release builds must not
/// panic, so they repair it.
fn on_char_boundaries(text: &Text, block: usize, start: usize, end: usize) -> (usize, usize) {
    let s = block_text(text, block);
    debug_assert!(
        s.is_char_boundary(start) && s.is_char_boundary(end),
        "a speaker or cue span {start}..{end} is not on character boundaries of block {block}"
    );
    let floor = |mut i: usize| {
        while i > 0 && !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    (floor(start), floor(end))
}

/// Pushes one finding per block that `span` touches, each trimmed of surrounding whitespace.
fn push_split(text: &Text, span: &Range<usize>, kind: FindingKind, out: &mut Vec<Finding>) {
    if span.start >= span.end || span.end > text.joined.len() {
        return;
    }
    let first = text.block_of(span.start);
    // Most spans lie in one block: its finding takes `kind` straight away (held in an
    // `Option` for the loop below, a quote's kind of ~200 bytes was copied twice more).
    if text.blocks.get(first).is_some_and(|range| range.start <= span.start && span.end <= range.end) {
        if let Some((start, end, trimmed)) = piece(text, span, first) {
            out.push(Finding { block: first, start, end, text: trimmed.to_string(), kind });
        }
        return;
    }
    // The last block's finding takes `kind` itself, the others a clone (a quote's speaker and
    // cue are strings).
    let mut kind = Some(kind);
    for block in first..text.blocks.len() {
        let Some(range) = text.blocks.get(block) else { break };
        if range.start >= span.end {
            break;
        }
        let last = span.end <= range.end;
        let Some((start, end, trimmed)) = piece(text, span, block) else {
            continue;
        };
        let Some(kind) = (if last { kind.take() } else { kind.clone() }) else {
            break;
        };
        out.push(Finding { block, start, end, text: trimmed.to_string(), kind });
    }
}

/// The part of `span` in block `block`, trimmed of surrounding whitespace: its block-local
/// start and end and its text; `None` when nothing but whitespace is left, or when the part's
/// ends are not on character boundaries.
fn piece<'t>(text: &'t Text, span: &Range<usize>, block: usize) -> Option<(usize, usize, &'t str)> {
    let range = text.blocks.get(block)?;
    let start = span.start.max(range.start);
    let end = span.end.min(range.end);
    if start >= end || !text.joined.is_char_boundary(start) || !text.joined.is_char_boundary(end) {
        return None;
    }
    let piece = text.joined.get(start..end)?;
    // Each end trimmed once (`trim` after `trim_start` read the start twice).
    let from_start = crate::text::trim_start(piece);
    let trimmed = crate::text::trim_end(from_start);
    if trimmed.is_empty() {
        return None;
    }
    let trimmed_start = start + (piece.len() - from_start.len());
    // Cut from the text as the document has it: `joined` reads escape sequences as spaces.
    let trimmed = text.original(trimmed, trimmed_start);
    let local_start = trimmed_start - range.start;
    Some((local_start, local_start + trimmed.len(), trimmed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Document};

    fn frame(cue: Range<usize>) -> Frame {
        Frame {
            // "Yes" inside the curly marks of the test documents below.
            content: 3..6,
            style: QuoteStyle::Direct,
            speaker: None,
            cue: Some(cue),
            via: None,
            extent: 0..9,
            group: 0,
        }
    }

    /// A cue span past the text or across blocks is clamped to its block, never sliced out of
    /// range (the cue's text used to be sliced from the joined text unchecked).
    #[test]
    fn cue_spans_are_clamped_to_their_block() {
        let doc = Document::new(vec![
            Block::new(BlockKind::Paragraph, "\u{201c}Yes\u{201d} he said"),
            Block::new(BlockKind::Paragraph, "Next."),
        ]);
        let text = Text::new(&doc);
        let len = text.joined.len();
        for cue in [len - 2..len + 10, 3..len, len + 5..len + 9] {
            let report = assemble(&text, &mut vec![frame(cue.clone())], &mut Vec::new(), Vec::new(), Vec::new());
            assert_eq!(report.findings.len(), 1, "the quote is kept");
            for f in &report.findings {
                let FindingKind::Quote(q) = &f.kind else { continue };
                let c = q.cue.as_ref().expect("the cue is kept");
                let block = &doc.blocks[c.block].text;
                assert_eq!(block.get(c.start..c.end), Some(c.text.as_str()), "cue {cue:?}");
            }
        }
    }

    /// Escape sequences in the text (pasted from a terminal) yield no findings: the "2" of
    /// "\x1b[2J" was a figure with no source, and the sequence glued to "The" hid the start of
    /// a sentence, whose claim then began with it. A finding's text keeps the characters of
    /// the block it points into.
    #[test]
    fn control_characters_yield_no_findings_and_findings_keep_them() {
        let doc = |text: &str| Document::from_plain_text(text);
        for text in [
            "Harbour news\n\nA line with \u{1b}[2J escape codes in it.",
            "Harbour news\n\nThe port \u{1b}[2Jreopens, \u{1b}[31mred\u{1b}[0m text.",
            "Harbour news\n\n\u{1b}]0;Budget cut by 40 percent\u{7}The port reopens.",
        ] {
            assert_eq!(crate::analyze(&doc(text)).findings, [], "{text:?}");
        }
        let d = doc("Port\n\n\u{201c}We will \u{1b}[31mnot\u{1b}[0m sign,\u{201d} Ana Ruiz said. \u{1b}[2JThe \
                     port lost 40 percent of its trade in May.");
        let report = crate::analyze(&d);
        let texts: Vec<&str> = report.findings.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["We will \u{1b}[31mnot\u{1b}[0m sign,", "The port lost 40 percent of its trade in May."]);
        for f in &report.findings {
            assert_eq!(d.blocks[f.block].text.get(f.start..f.end), Some(f.text.as_str()));
        }
        let Some(FindingKind::Quote(q)) = report.findings.first().map(|f| &f.kind) else { panic!("a quote first") };
        assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("Ana Ruiz"));
    }

    /// A span in one block gives one finding, trimmed; a span over several gives one in each
    /// block it has words in, the same kind in each; a span of white space alone gives none.
    #[test]
    fn a_span_gives_a_trimmed_finding_in_each_block_it_touches() {
        let doc = Document::new(vec![
            Block::new(BlockKind::Paragraph, "One two. "),
            Block::new(BlockKind::Paragraph, "  "),
            Block::new(BlockKind::Paragraph, " Three four."),
        ]);
        let text = Text::new(&doc);
        let claim = || FindingKind::Claim(Claim { reason: "test".into(), vague: false, words: None });
        let found = |span: Range<usize>| {
            let mut out = Vec::new();
            push_split(&text, &span, claim(), &mut out);
            out.iter().map(|f| (f.block, f.start, f.end, f.text.clone(), f.kind == claim())).collect::<Vec<_>>()
        };
        let third = text.blocks[2].clone();
        assert_eq!(found(0..9), [(0, 0, 8, "One two.".to_string(), true)]);
        assert_eq!(
            found(3..third.start + 6),
            [(0, 4, 8, "two.".to_string(), true), (2, 1, 6, "Three".to_string(), true)]
        );
        assert_eq!(found(text.blocks[1].clone()), []);
        assert_eq!(found(8..third.start + 1), []);
        assert_eq!(found(third.start + 7..third.end), [(2, 7, 12, "four.".to_string(), true)]);
    }

    /// A claim's sentence for a reader: a vague source's or a guess's words quoted in a sentence
    /// of their own, a claim with no source as its reason, capitalised, with a full stop.
    #[test]
    fn a_claim_explains_itself_in_a_sentence() {
        let vague = |guess: bool, text: &str| {
            let words = VagueWords { guess, text: text.to_string() };
            Claim { vague: true, reason: words.reason().into(), words: Some(words) }
        };
        let critics = vague(false, "Critics say");
        assert_eq!(critics.reason, "vague attribution: \u{201c}Critics say\u{201d}");
        assert_eq!(critics.explanation(), "The text says only \u{201c}Critics say\u{201d}: it does not say who.");
        let guess = vague(true, "probably");
        assert_eq!(guess.reason, "unsourced guess: \u{201c}probably\u{201d}");
        // Under its heading, "Unsourced guess", a guess's sentence does not repeat it.
        assert_eq!(guess.explanation(), "The text hedges with \u{201c}probably\u{201d}: it gives no source.");
        let figure = Claim { vague: false, reason: "figure with no source".into(), words: None };
        assert_eq!(figure.explanation(), "Figure with no source.");
        // The analysis hands the words over, not only the reason that quotes them.
        let doc = Document::new(vec![Block::new(BlockKind::Paragraph, "Critics say the deal is a disaster.")]);
        let report = crate::analyze(&doc);
        let claim = report.claims().find_map(|f| match &f.kind {
            FindingKind::Claim(c) => Some(c.clone()),
            _ => None,
        });
        assert_eq!(claim, Some(critics));
    }

    /// In release builds a span inside a character is moved back to its start.
    #[test]
    #[cfg(not(debug_assertions))]
    fn spans_inside_a_character_are_repaired() {
        let doc = Document::new(vec![Block::new(BlockKind::Paragraph, "\u{201c}Yes\u{201d} he said")]);
        let text = Text::new(&doc);
        let report = assemble(&text, &mut vec![frame(1..8)], &mut Vec::new(), Vec::new(), Vec::new());
        let FindingKind::Quote(q) = &report.findings[0].kind else { panic!("a quote") };
        assert_eq!(q.cue.as_ref().map(|c| (c.start, c.end)), Some((0, 6)));
    }
}
