//! The report formats. Each writes one analysed input at a time, so any number of files
//! can be reported without holding their reports.

pub mod json;
pub mod markdown;
pub mod terminal;
pub mod wrap;

use std::borrow::Cow;

use sourcelight::{Finding, FindingKind, Report};

use crate::input::Input;

/// An input and its report.
pub struct Analysed<'a> {
    /// The input.
    pub input: &'a Input,
    /// What the analysis found.
    pub report: &'a Report,
}

impl Analysed<'_> {
    /// The article's headline: its first block when that is a headline with more text after
    /// it. A text of one short line is its own headline, but shown as a title over itself it
    /// was printed twice (above the counts and again as its findings' context).
    pub fn headline(&self) -> Option<&str> {
        let [first, _, ..] = self.input.document.blocks.as_slice() else { return None };
        (first.kind == sourcelight::BlockKind::Headline).then_some(first.text.as_str())
    }

    /// One line of counts: "9 quotes from 6 sources · 5 unattributed claims · …". The writer's
    /// guesses ("probably") are counted apart from vague sources, as the list below names them,
    /// and only when there are some.
    pub fn summary(&self) -> String {
        let r = self.report;
        let quotes = crate::annotate::quote_numbers(r).len();
        let (mut claims, mut vague, mut guesses, mut loaded, mut loaded_in_quotes) = (0, 0, 0, 0, 0);
        for f in &r.findings {
            match &f.kind {
                FindingKind::Claim(c) if c.words.as_ref().is_some_and(|w| w.guess) => guesses += 1,
                FindingKind::Claim(c) if c.vague => vague += 1,
                FindingKind::Claim(_) => claims += 1,
                FindingKind::Loaded(l) => {
                    loaded += 1;
                    loaded_in_quotes += usize::from(l.in_quote);
                }
                FindingKind::Quote(_) => {}
            }
        }
        let mut parts = vec![
            format!("{} from {}", plural(quotes, "quote"), plural(r.sources.len(), "source")),
            plural(claims, "unattributed claim"),
            plural(vague, "vague attribution"),
        ];
        match guesses {
            0 => {}
            1 => parts.push("1 unsourced guess".to_string()),
            n => parts.push(format!("{} unsourced guesses", grouped(n))),
        }
        let mut words = plural(loaded, "loaded word");
        if loaded_in_quotes > 0 {
            words.push_str(&format!(" ({loaded_in_quotes} inside quotes)"));
        }
        parts.push(words);
        parts.join(" · ")
    }

    /// The text of the finding's block.
    pub fn block_text(&self, f: &Finding) -> &str {
        self.input.document.blocks.get(f.block).map_or("", |b| b.text.as_str())
    }
}

/// The label of a claim. A vague claim's reason already names its kind ("vague attribution:
/// “critics say”", "unsourced guess: …"), so it stands alone rather than after a "vague"
/// prefix that would repeat it (capitalised when `claim_word` is, as a Markdown label); a
/// plain claim's reason ("figure with no source") follows `claim_word`.
pub fn claim_label(vague: bool, reason: &str, claim_word: &str) -> String {
    if vague {
        let mut chars = reason.chars();
        match chars.next() {
            Some(first) if claim_word.starts_with(char::is_uppercase) => first.to_uppercase().chain(chars).collect(),
            _ => reason.to_string(),
        }
    } else {
        format!("{claim_word}{reason}")
    }
}

/// "1 quote", "2 quotes", "12,480 quotes".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", grouped(n))
    }
}

/// `n` with its thousands grouped by commas, as a reader writes a count ("237,678").
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Article text as one line of a report: a line break or tab becomes a space (one for a
/// run of them), as a hard-wrapped paragraph's context broke out of its indentation and its
/// `\r` (a Windows line end) sent the cursor back over the line; any other control character
/// becomes U+FFFD, as a terminal would obey it (an escape sequence in a file recolours or
/// clears the screen).
pub fn one_line(text: &str) -> Cow<'_, str> {
    // A control character is a byte below 0x20, DEL, or (C1, U+0080 to U+009F) led by 0xC2: a
    // byte test folded over the whole text, which the compiler vectorises (an early exit it
    // does not), rather than decoding every character of every context.
    if !text.bytes().fold(false, |seen, b| seen | (b < 0x20) | (b == 0x7F) | (b == 0xC2)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_control() && c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// What a report with no findings says instead of empty sections, so that a reader does
/// not wonder whether the tool ran.
pub const NOTHING_FOUND: &str = "Nothing found: no quotes, unattributed claims or loaded wording.";

/// A finding in its context: the text before it (from the start of its sentence, at most
/// [`CONTEXT`] characters), the finding itself (long ones shortened in the middle) and the
/// text after it (to the end of its sentence, at most [`CONTEXT`] characters). Ellipses mark
/// what was cut.
pub struct Context {
    pub before: String,
    pub span: String,
    pub after: String,
}

/// Characters of context on each side of a finding.
pub const CONTEXT: usize = 70;
/// Findings longer than this many characters are shortened in the middle.
pub const MAX_SPAN: usize = 240;

impl Context {
    pub fn new(text: &str, start: usize, end: usize) -> Context {
        let start = floor_boundary(text, start.min(text.len()));
        let end = floor_boundary(text, end.clamp(start, text.len()));
        Context { before: before(&text[..start]), span: shorten(&text[start..end]), after: after(&text[end..]) }
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The end of `text` back to the start of its last sentence, at most CONTEXT characters.
fn before(text: &str) -> String {
    let window_start = text.char_indices().rev().nth(CONTEXT - 1).map_or(0, |(i, _)| i);
    let window = &text[window_start..];
    let sentence_start = window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '?' | '!' | '\n')
                && window[i + c.len_utf8()..].starts_with([' ', '\n'])
                && !after_abbreviation(&window[..i], c)
        })
        .map(|(i, c)| i + c.len_utf8());
    match sentence_start {
        Some(s) => window[s..].trim_start().to_string(),
        None if window_start == 0 => window.to_string(),
        None => format!("…{}", window.split_once(' ').map_or(window, |(_, rest)| rest)),
    }
}

/// The start of `text` to the end of its first sentence, at most CONTEXT characters.
fn after(text: &str) -> String {
    let window_end = text.char_indices().nth(CONTEXT).map_or(text.len(), |(i, _)| i);
    let window = &text[..window_end];
    let sentence_end = window.char_indices().find(|&(i, c)| {
        matches!(c, '.' | '?' | '!') && {
            let rest = &window[i + c.len_utf8()..];
            (rest.is_empty() || rest.starts_with([' ', '\n'])) && !after_abbreviation(&window[..i], c)
        }
    });
    match sentence_end {
        Some((i, c)) => window[..i + c.len_utf8()].to_string(),
        None if window_end == text.len() => window.to_string(),
        None => format!("{}…", window.rsplit_once(' ').map_or(window, |(kept, _)| kept)),
    }
}

/// Whether the period `c` that ends `before` follows an abbreviation ("Mr.", "Gen."), which
/// does not end a sentence.
fn after_abbreviation(before: &str, c: char) -> bool {
    let word =
        before.rsplit(|ch: char| ch.is_whitespace() || matches!(ch, '(' | '"' | '\u{201c}')).next().unwrap_or("");
    c == '.' && sourcelight::is_abbreviation(word)
}

/// A finding of more than [`MAX_SPAN`] characters with its middle cut out, at spaces so
/// that no word is shown in part ("…resort to viol … nce" would read as a typo).
fn shorten(span: &str) -> String {
    let n = span.chars().count();
    if n <= MAX_SPAN {
        return span.to_string();
    }
    let head_end = span.char_indices().nth(MAX_SPAN * 2 / 3).map_or(span.len(), |(i, _)| i);
    let tail_start = span.char_indices().nth(n - MAX_SPAN / 4).map_or(span.len(), |(i, _)| i);
    let head = &span[..head_end];
    let tail = &span[tail_start..];
    // Back to the last space in the head, on to the first in the tail, unless a word runs
    // through the whole stretch (a URL): then it is cut where it stands.
    let head = head.rsplit_once(' ').map_or(head, |(kept, _)| kept).trim_end();
    let tail = tail.split_once(' ').map_or(tail, |(_, kept)| kept).trim_start();
    format!("{head} … {tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_runs_to_the_sentence() {
        let text = "First one. Then he said “yes” to it. Next.";
        let s = text.find('“').unwrap();
        let e = text.find(" to").unwrap();
        let c = Context::new(text, s, e);
        assert_eq!((c.before.as_str(), c.span.as_str(), c.after.as_str()), ("Then he said ", "“yes”", " to it."));
    }

    #[test]
    fn an_abbreviation_does_not_end_the_context() {
        let text = "Earlier news. \u{201c}We stay,\u{201d} said Mr. Ruiz, a farmer. Then Gen. Lee spoke, he said.";
        let s = text.find('\u{201c}').unwrap();
        let e = text.find(" said").unwrap();
        let c = Context::new(text, s, e);
        assert_eq!(c.after, " said Mr. Ruiz, a farmer.");
        let s = text.find("he said").unwrap();
        let c = Context::new(text, s, s + 2);
        assert_eq!(c.before, "Then Gen. Lee spoke, ");
    }

    #[test]
    fn a_long_finding_is_cut_between_words() {
        let words: Vec<String> = (0..80).map(|i| format!("w{i:02}")).collect();
        let text = words.join(" ");
        let c = Context::new(&text, 0, text.len());
        let (head, tail) = c.span.split_once(" … ").expect("shortened");
        assert!(head.starts_with("w00 ") && tail.ends_with(" w79"), "{}", c.span);
        // Every piece is a whole word.
        assert!(head.split(' ').chain(tail.split(' ')).all(|w| words.contains(&w.to_string())), "{}", c.span);
        // A single long word is still cut, as it cannot be cut elsewhere.
        let url = "x".repeat(400);
        assert!(Context::new(&url, 0, url.len()).span.contains(" … "));
    }

    #[test]
    fn article_text_is_shown_as_one_line_without_control_characters() {
        assert!(matches!(one_line("plain text, “quoted”"), Cow::Borrowed(_)));
        assert_eq!(one_line("we are asking \r\nfor nothing\nmore\tthan"), "we are asking for nothing more than");
        assert_eq!(one_line("\r\nunanimous."), " unanimous.");
        assert_eq!(one_line("red \u{1b}[31mtext\u{7}"), "red \u{FFFD}[31mtext\u{FFFD}");
        assert_eq!(one_line("C1 \u{85}\u{9b}2J, no-break\u{a0}space"), "C1 \u{FFFD}2J, no-break\u{a0}space");
        // The 8-bit CSI (U+009B) is shown as U+FFFD and opens no sequence, as ESC opens none
        // here: no control character reaches the terminal, and no letter after one is taken.
        // Where it occurs in text, it is mis-decoded UTF-8 inside a name ("ś" is C5 9B, read as
        // Latin-1 "Å" and U+009B), whose next letter a sequence would have swallowed.
        assert_eq!(one_line("Ko\u{c5}\u{9b}ciuszko"), "Ko\u{c5}\u{FFFD}ciuszko");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(plural(237_678, "quote"), "237,678 quotes");
        assert_eq!(plural(1_000, "quote"), "1,000 quotes");
        assert_eq!(plural(999, "quote"), "999 quotes");
        assert_eq!(plural(0, "quote"), "0 quotes");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn a_vague_claim_is_labelled_once() {
        assert_eq!(
            claim_label(true, "vague attribution: “critics say”", "claim · "),
            "vague attribution: “critics say”"
        );
        assert_eq!(claim_label(true, "unsourced guess: “may”", "Unattributed: "), "Unsourced guess: “may”");
        assert_eq!(claim_label(false, "figure with no source", "claim · "), "claim · figure with no source");
    }

    #[test]
    fn long_context_is_cut_with_ellipses() {
        let text = format!("{} X {}", "word ".repeat(40), "more ".repeat(40));
        let s = text.find('X').unwrap();
        let c = Context::new(&text, s, s + 1);
        assert!(c.before.starts_with('…') && c.after.ends_with('…'));
        assert!(c.before.chars().count() <= CONTEXT + 1);
    }
}
