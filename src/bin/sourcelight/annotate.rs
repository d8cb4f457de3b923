//! The annotated view: the whole document, each finding underlined where it stands, with a
//! label saying what it is (`--format annotated`, and the snapshot tests' format).
//!
//! ```text
//! [2 paragraph]
//! “We will not sign,” Foreign Minister Ana Ruiz said on Monday.
//!  ^^^^^^^^^^^^^^^^^ Q1 quote, direct · speaker: Ana Ruiz [Foreign Minister] · cue: said
//!                                      -------- speaker of Q1
//! ```
//!
//! Pure: uses only the library's public API, so `tests/snapshots.rs` includes this file.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use sourcelight::{BlockKind, Document, FindingKind, QuoteStyle, Report};
use unicode_width::UnicodeWidthStr;

/// Lines are wrapped at this many characters.
pub const WIDTH: usize = 96;

/// One underline: a span of one block.
struct Mark {
    block: usize,
    start: usize,
    end: usize,
    underline: char,
    label: String,
}

/// Renders `document` with every finding of `report` underlined, then the sources.
pub fn annotate(document: &Document, report: &Report) -> String {
    annotated(document, report).0
}

/// [`annotate`]'s view, and how many times it looked at a mark or a speaker's or cue's entry:
/// the work that once grew with the square of the findings (the cues and speakers were each
/// looked for in the list of all before them, and each line of a block read all of the
/// block's marks: a 50 MB file took 9 minutes). A count, not a time, so that a test can hold
/// it to linear growth on a busy machine.
fn annotated(document: &Document, report: &Report) -> (String, usize) {
    let (marks, mut looked_at) = marks(report);
    let mut by_block: HashMap<usize, Vec<&Mark>> = HashMap::new();
    for m in &marks {
        by_block.entry(m.block).or_default().push(m);
    }
    let mut out = String::new();
    for (i, block) in document.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "[{} {}]", i + 1, kind_name(block.kind));
        let mut block_marks = by_block.remove(&i).unwrap_or_default();
        block_marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.underline));
        let mut reaching = Reaching::new(&block_marks);
        for line in wrap(&block.text, WIDTH) {
            let _ = writeln!(out, "{}", shown(&block.text[line.clone()]));
            for m in reaching.line(&line) {
                if m.start >= line.end || m.end <= line.start {
                    continue;
                }
                let from = m.start.max(line.start);
                let to = m.end.min(line.end);
                let (Some(lead), Some(span)) = (block.text.get(line.start..from), block.text.get(from..to)) else {
                    continue;
                };
                let width = shown(span).width().max(1);
                out.extend(std::iter::repeat_n(' ', shown(lead).width()));
                out.extend(std::iter::repeat_n(m.underline, width));
                if m.start >= line.start {
                    let _ = write!(out, " {}", shown(&m.label));
                }
                out.push('\n');
            }
        }
        looked_at += reaching.looked_at;
    }
    if !report.sources.is_empty() {
        out.push_str("\n[sources]\n");
        for s in &report.sources {
            let _ = writeln!(out, "- {}", shown(&source_line(s)));
        }
    }
    (out, looked_at)
}

/// The marks of one block (sorted by start) that may reach each of its lines in turn: each
/// line takes in the marks starting before its end and lets go of those ending before its
/// start, so a long block's lines do not each read all of its marks (quadratic in a block of
/// thousands of lines).
struct Reaching<'a> {
    pending: std::iter::Peekable<std::slice::Iter<'a, &'a Mark>>,
    active: Vec<&'a Mark>,
    /// Marks looked at so far: each kept one once a line, each new one once.
    looked_at: usize,
}

impl<'a> Reaching<'a> {
    fn new(marks: &'a [&'a Mark]) -> Self {
        Reaching { pending: marks.iter().peekable(), active: Vec::new(), looked_at: 0 }
    }

    /// The marks that may reach `line` (the next line, after the ones asked before).
    fn line(&mut self, line: &std::ops::Range<usize>) -> &[&'a Mark] {
        self.looked_at += self.active.len();
        self.active.retain(|m| m.end > line.start);
        while let Some(m) = self.pending.next_if(|m| m.start < line.end) {
            self.active.push(m);
            self.looked_at += 1;
        }
        &self.active
    }
}

/// Article text as the annotated view shows it: a tab or other whitespace control character
/// becomes a space and any other control character U+FFFD, one column each, so the underlines
/// below still line up, and the terminal does not obey them (an escape sequence in a file
/// recolours or clears the screen; a `\r` sends the cursor back over the line).
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let visible = |c: char| match c {
        c if c.is_control() && c.is_whitespace() => ' ',
        c if c.is_control() => '\u{FFFD}',
        c => c,
    };
    std::borrow::Cow::Owned(text.chars().map(visible).collect())
}

/// "Ana Ruiz [Foreign Minister] · anonymous · 2 quotes · via Reuters"; a pronoun the analysis
/// could not tie to a name says so: "“she” (pronoun not resolved to a name) · 3 quotes".
pub fn source_line(s: &sourcelight::Source) -> String {
    let mut line = source_name(&s.name);
    if let Some(d) = &s.description {
        let _ = write!(line, " [{d}]");
    }
    if s.anonymous {
        line.push_str(" · anonymous");
    }
    let _ = write!(line, " · {} quote{}", s.quotes, if s.quotes == 1 { "" } else { "s" });
    if !s.via.is_empty() {
        let _ = write!(line, " · via {}", s.via.join(", "));
    }
    line
}

/// A source's or speaker's name as a report shows it: a pronoun the analysis could not tie to
/// a name is shown as the pronoun it is, not as a person's name.
pub fn source_name(name: &str) -> String {
    if sourcelight::is_unresolved_pronoun(name) {
        format!("“{name}” ({UNRESOLVED})")
    } else {
        name.to_string()
    }
}

/// What a report says of a pronoun the analysis could not tie to a name.
pub const UNRESOLVED: &str = "pronoun not resolved to a name";

/// The lower-case name of a block kind.
pub fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Headline => "headline",
        BlockKind::Paragraph => "paragraph",
        BlockKind::Blockquote => "blockquote",
        BlockKind::Caption => "caption",
        BlockKind::ListItem => "list item",
    }
}

/// The lower-case name of a quote style.
pub fn style_name(style: QuoteStyle) -> &'static str {
    match style {
        QuoteStyle::Direct => "direct",
        QuoteStyle::Mixed => "mixed",
        QuoteStyle::Indirect => "indirect",
    }
}

/// Numbers quotes by group (parts of one quote share a number), in order of appearance.
pub fn quote_numbers(report: &Report) -> HashMap<usize, usize> {
    let mut numbers = HashMap::new();
    for f in report.quotes() {
        if let FindingKind::Quote(q) = &f.kind {
            let next = numbers.len() + 1;
            numbers.entry(q.group).or_insert(next);
        }
    }
    numbers
}

/// The underlines of `report`'s findings, then of their speakers and cues; and how many
/// entries of the speakers and cues were looked at meanwhile ([`Side::looked_at`]).
fn marks(report: &Report) -> (Vec<Mark>, usize) {
    let numbers = quote_numbers(report);
    let mut marks = Vec::new();
    // Speaker mentions and cues, merged when several quotes share one.
    let mut side = Side::default();
    for f in &report.findings {
        let label = match &f.kind {
            FindingKind::Quote(q) => {
                let n = numbers.get(&q.group).copied().unwrap_or(0);
                let mut label = format!("Q{n} quote, {}", style_name(q.style));
                match &q.speaker {
                    Some(sp) => {
                        let _ = write!(label, " · speaker: {}", sp.name);
                        if let Some(d) = &sp.description {
                            let _ = write!(label, " [{d}]");
                        }
                        if sp.anonymous {
                            label.push_str(" (anonymous)");
                        }
                        add_side(&mut side, (sp.block, sp.start, sp.end), "speaker", n);
                    }
                    None => label.push_str(" · no speaker"),
                }
                if let Some(cue) = &q.cue {
                    let _ = write!(label, " · cue: {}", cue.text);
                    add_side(&mut side, (cue.block, cue.start, cue.end), "cue", n);
                }
                if let Some(via) = &q.via {
                    let _ = write!(label, " · via: {via}");
                }
                label
            }
            FindingKind::Claim(c) => {
                format!("{}: {}", if c.vague { "vague claim" } else { "claim" }, c.reason)
            }
            FindingKind::Loaded(l) => {
                let mut label = format!("loaded {}", l.category);
                if l.in_quote {
                    label.push_str(" (in quote)");
                }
                let _ = write!(label, ": {}", l.note.trim_end_matches('.'));
                if let Some(alt) = l.alternative {
                    let _ = write!(label, " → {alt}");
                }
                label
            }
        };
        marks.push(Mark { block: f.block, start: f.start, end: f.end, underline: '^', label });
    }
    let looked_at = side.looked_at;
    for ((block, start, end, what), quotes) in side.entries {
        let list: Vec<String> = quotes.iter().map(|n| format!("Q{n}")).collect();
        marks.push(Mark { block, start, end, underline: '-', label: format!("{what} of {}", list.join(", ")) });
    }
    (marks, looked_at)
}

/// Where a speaker or cue stands: block, start, end, and which of the two it is.
type SideKey = (usize, usize, usize, &'static str);

/// The speaker mentions and cues to underline, in order of first use, with the quotes each
/// serves; found again by position through `index`, as a search of the list for each quote
/// was quadratic in the quotes (a 50 MB file: 9 minutes).
#[derive(Default)]
struct Side {
    entries: Vec<(SideKey, Vec<usize>)>,
    index: HashMap<SideKey, usize>,
    /// The quote numbers each entry (by its place in `entries`) lists already: a search of its
    /// list for each quote was quadratic in one mention's quotes (8,000 quotes carried over to
    /// one speaker's name: 32 million looks).
    listed: HashSet<(usize, usize)>,
    /// Entries and quote numbers looked up so far: two a call (the index, the set). The count
    /// is all that `annotating_grows_linearly` sees here: a search added to [`add_side`] must
    /// add what it reads, or the test passes it (a scan of an entry's quotes for each quote, as
    /// before `listed`, passes uncounted).
    looked_at: usize,
}

fn add_side(side: &mut Side, (block, start, end): (usize, usize, usize), what: &'static str, n: usize) {
    let key = (block, start, end, what);
    let at = *side.index.entry(key).or_insert_with(|| {
        side.entries.push((key, Vec::new()));
        side.entries.len() - 1
    });
    side.looked_at += 2;
    if side.listed.insert((at, n)) {
        if let Some((_, quotes)) = side.entries.get_mut(at) {
            quotes.push(n);
        }
    }
}

/// Splits `text` into display lines: at its own line breaks, then at the last space before
/// `width` characters (or at `width` when a line has no space). Returns byte ranges.
/// (Characters, not columns: wide CJK lines wrap later, which only costs looks.)
pub fn wrap(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    for hard in text.split_inclusive('\n') {
        let content = hard.trim_end_matches(['\n', '\r']);
        let mut start = line_start;
        let end = line_start + content.len();
        loop {
            let rest = &text[start..end];
            // The byte index of the (width+1)-th character, if the rest is longer than width.
            let Some((cut, _)) = rest.char_indices().nth(width) else {
                lines.push(start..end);
                break;
            };
            let space = if rest[cut..].starts_with(' ') { Some(cut) } else { rest[..cut].rfind(' ') };
            match space.filter(|&s| s > 0) {
                Some(space) => {
                    lines.push(start..start + space);
                    start += space + 1;
                }
                None => {
                    lines.push(start..start + cut);
                    start += cut;
                }
            }
        }
        line_start += hard.len();
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use sourcelight::{Cue, Finding, Quote, Source, Speaker};

    #[test]
    fn control_characters_are_shown_one_column_each() {
        assert!(matches!(shown("plain “text”"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(shown("a\tb\rc \u{1b}[2J\u{7}\u{9b}"), "a b c \u{FFFD}[2J\u{FFFD}\u{FFFD}");
        // The underline of a finding after them still starts under it.
        let doc = Document::from_plain_text("T\n\nAn \u{1b}[2J\tescape.\r “We will not sign,” said Ana Ruiz.");
        let view = annotate(&doc, &sourcelight::analyze(&doc));
        assert!(!view.contains(['\u{1b}', '\t', '\r']), "{view}");
        let line = view.lines().find(|l| l.contains("Ana Ruiz")).expect("the paragraph");
        let cue = view.lines().find(|l| l.contains("cue of Q1")).expect("the cue's underline");
        let col = |s: &str, i: usize| s[..i].chars().count();
        assert_eq!(col(cue, cue.find('-').expect("a mark")), col(line, line.find("said").expect("said")), "{view}");
    }

    #[test]
    fn wraps_on_spaces_and_line_breaks() {
        let text = "aaa bbb ccc\nddddddddd";
        let lines: Vec<&str> = wrap(text, 7).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines, ["aaa bbb", "ccc", "ddddddd", "dd"]);
    }

    /// Eight times the quotes must not take sixty-four times the work: [`annotated`] counts
    /// each look at a mark (a line's) or at a speaker's or cue's entry, where annotating went
    /// quadratic before. Linear growth gives a ratio of about 8; the count, unlike a time, does
    /// not move with the machine's load.
    #[test]
    fn annotating_grows_linearly() {
        let named = |i: usize| format!("\u{201c}We win {i},\u{201d} Ana Ruiz{i} said on Monday.");
        // Quotes with no cue of their own after the first: each is the first speaker's.
        let carried = |i: usize| match i {
            0 => "\u{201c}We win,\u{201d} Ana Ruiz said on Monday.".to_string(),
            i => format!("\u{201c}We win {i} more.\u{201d}"),
        };
        // What is measured, the separator of the quotes, and the text of quote i.
        type Case = (&'static str, &'static str, fn(usize) -> String);
        let cases: [Case; 3] = [
            ("paragraphs", "\n\n", named),
            ("lines of one block", "\n", named),
            ("one speaker's paragraphs", "\n\n", carried),
        ];
        for (what, sep, quote) in cases {
            let work = |k: usize| {
                let text: String = (0..k).map(|i| quote(i) + sep).collect();
                let doc = Document::from_plain_text(&text);
                let (view, looked_at) = annotated(&doc, &sourcelight::analyze(&doc));
                eprintln!(
                    "{what}: {k} quotes, {} speakers' underlines, {looked_at} looks",
                    view.matches("speaker of").count()
                );
                looked_at
            };
            let (small, large) = (work(1_000), work(8_000));
            let ratio = large as f64 / small as f64;
            assert!(ratio < 10.0, "{what}: 1,000 quotes {small} looks, 8,000 quotes {large} (ratio {ratio:.1})");
        }
    }

    #[test]
    fn underlines_a_quote_its_speaker_and_cue() {
        let doc = Document::from_plain_text("T\n\n“No,” Ana Ruiz said.");
        let text = &doc.blocks[1].text;
        let at = |s: &str| text.find(s).unwrap();
        let quote = Quote {
            style: QuoteStyle::Direct,
            speaker: Some(Speaker {
                name: "Ana Ruiz".into(),
                description: Some("minister".into()),
                block: 1,
                start: at("Ana"),
                end: at(" said"),
                anonymous: false,
            }),
            cue: Some(Cue { text: "said".into(), block: 1, start: at("said"), end: at(".") }),
            via: None,
            group: 7,
        };
        let report = Report {
            findings: vec![Finding {
                block: 1,
                start: at("No"),
                end: at("”"),
                text: "No,".into(),
                kind: FindingKind::Quote(quote),
            }],
            sources: vec![Source {
                name: "Ana Ruiz".into(),
                description: Some("minister".into()),
                anonymous: false,
                quotes: 1,
                via: vec![],
            }],
        };
        let expected = "[1 headline]\nT\n\n[2 paragraph]\n“No,” Ana Ruiz said.\n \
                        ^^^ Q1 quote, direct · speaker: Ana Ruiz [minister] · cue: said\n      \
                        -------- speaker of Q1\n               ---- cue of Q1\n\n[sources]\n\
                        - Ana Ruiz [minister] · 1 quote\n";
        assert_eq!(annotate(&doc, &report), expected);
    }
}
