//! The report formats. Each writes one analysed input at a time, so any number of files
//! can be reported without holding their reports.

pub mod json;
pub mod markdown;
pub mod terminal;

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
    /// The article's headline: its first block when that is a headline.
    pub fn headline(&self) -> Option<&str> {
        let first = self.input.document.blocks.first()?;
        (first.kind == sourcelight::BlockKind::Headline).then_some(first.text.as_str())
    }

    /// One line of counts: "9 quotes from 6 sources · 5 unattributed claims · …".
    pub fn summary(&self) -> String {
        let r = self.report;
        let quotes = crate::annotate::quote_numbers(r).len();
        let (mut claims, mut vague, mut loaded, mut loaded_in_quotes) = (0, 0, 0, 0);
        for f in &r.findings {
            match &f.kind {
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

/// "1 quote", "2 quotes".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

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

fn shorten(span: &str) -> String {
    let n = span.chars().count();
    if n <= MAX_SPAN {
        return span.to_string();
    }
    let head: String = span.chars().take(MAX_SPAN * 2 / 3).collect();
    let tail: String = span.chars().skip(n - MAX_SPAN / 4).collect();
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
    fn long_context_is_cut_with_ellipses() {
        let text = format!("{} X {}", "word ".repeat(40), "more ".repeat(40));
        let s = text.find('X').unwrap();
        let c = Context::new(&text, s, s + 1);
        assert!(c.before.starts_with('…') && c.after.ends_with('…'));
        assert!(c.before.chars().count() <= CONTEXT + 1);
    }
}
