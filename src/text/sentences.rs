//! Sentence splitting that keeps offsets: a sentence ends at `.`, `!` or `?` (with any
//! closing quote marks and brackets after it) followed by space and a likely sentence start,
//! and at every line break. Abbreviations and initials do not end a sentence.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::wordmap::BuildWordHasher;

/// Words that end with a period without ending the sentence (compared without the period,
/// case-sensitively, so that "US." at a sentence end still splits when followed by a capital
/// after a line break).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr",
    "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Co",
    "Ltd", "Bros", "No", "Nos", "vs", "v", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
    "Wash", "Wis", "Wyo", "U.S", "U.K", "U.N", "D.C", "e.g", "i.e", "a.m", "p.m", "Ph.D", "al",
];

/// Whether `word` (without its period) is one of [`ABBREVIATIONS`]. A set, not a scan of the
/// list: both the splitter and attribution's tokenizer ask at every period.
pub(crate) fn is_listed_abbreviation(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, BuildWordHasher>> =
        LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
    SET.contains(word)
}

/// Pushes the sentences of `span` (a block of `text`) onto `out`.
pub(crate) fn split(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = span.start;
    let mut i = span.start;
    let block = bytes.get(span.clone()).unwrap_or_default();
    // Jump from one byte that may end a sentence (line breaks and terminators) to the next.
    for at in crate::scan::positions(block, [b'.', b'\n', b'\r'], [b'!', b'?']) {
        if span.start + at < i {
            continue;
        }
        i = span.start + at;
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            push_trimmed(text, start..i, out);
            start = i + 1;
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Repeated terminators and closing marks belong to this sentence.
            while end < span.end {
                let rest = &text[end..span.end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(
                    c,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{2026}'
                ) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            if end >= span.end {
                break;
            }
            let after = &text[end..span.end];
            let ws = after.len() - after.trim_start_matches([' ', '\t', '\u{a0}']).len();
            if ws > 0 && starts_sentence(&after[ws..]) && !(b == b'.' && is_abbreviation(&text[start..i])) {
                push_trimmed(text, start..end, out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..span.end, out);
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(span.clone()) else { return };
    // Each end trimmed once (`trim` after `trim_start` read the start twice).
    let from_start = s.trim_start();
    let trimmed = from_start.trim_end();
    if !trimmed.is_empty() {
        let start = span.start + (s.len() - from_start.len());
        out.push(start..start + trimmed.len());
    }
}

fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('"' | '\'' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '(' | '[' | '\u{2014}' | '-') => true,
        Some(c) => !c.is_alphabetic() && !c.is_whitespace() && !matches!(c, ',' | ';' | ':'),
        None => false,
    }
}

/// Whether the text before a period ends with an abbreviation or an initial ("J.").
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}')).next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    is_listed_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_terminators() {
        assert_eq!(sentences("One is here. Two? Three!"), ["One is here.", "Two?", "Three!"]);
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sentences("Mr. Smith met Gen. J. Doe in the U.S. on Monday. Then he left."),
            ["Mr. Smith met Gen. J. Doe in the U.S. on Monday.", "Then he left."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("He said, \u{201c}We won.\u{201d} The crowd cheered."),
            ["He said, \u{201c}We won.\u{201d}", "The crowd cheered."]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(sentences("a line\nanother line"), ["a line", "another line"]);
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(sentences("It cost 3.5 million. and more"), ["It cost 3.5 million. and more"]);
    }
}
