//! Sentence splitting that keeps offsets: a sentence ends at `.`, `!` or `?` (with any
//! closing quote marks and brackets after it) followed by space and a likely sentence start,
//! and at every line break but a hard-wrapped paragraph's soft ones (`super::wrap`).
//! Abbreviations and initials do not end a sentence. A run of text
//! longer than [`MAX_SENTENCE_BYTES`] with none of these is cut into pieces of at most that size.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon;
use crate::wordmap::WordMap;

/// Words that end with a period without ending the sentence
/// (`src/lexicon/sentence_abbreviations.txt`; compared without the period, case-sensitively, so
/// that "US." at a sentence end still splits when followed by a capital after a line break).
pub(crate) const ABBREVIATIONS: &str = lexicon::word_list!("sentence_abbreviations.txt");

/// Whether `word` (without its period) is one of [`ABBREVIATIONS`]. A table, not a scan of the
/// list: both the splitter and attribution's tokenizer ask at every period. A [`WordMap`] (the
/// word packed into an integer key) rather than a set of strings: hashing the string and
/// comparing it cost four times as much, thousands of times a page.
pub(crate) fn is_listed_abbreviation(word: &str) -> bool {
    listed(word).is_some()
}

/// Whether the period after `word` belongs to it, an abbreviation, when `next` follows the
/// period: a listed one, but one of kind `number` ("No", "Nos") only before a number (after
/// any white space, a line break too), "No. 2", not the answer that ends its sentence, "No.
/// Trump has money".
pub(crate) fn abbreviation_before(word: &str, next: &str) -> bool {
    listed(word).is_some_and(|before_number| {
        !before_number || next.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '#')
    })
}

/// The listed abbreviation `word`, as whether it is one only before a number (kind `number`).
fn listed(word: &str) -> Option<bool> {
    static SET: LazyLock<WordMap<bool>> = LazyLock::new(|| {
        let mut set = WordMap::default();
        for f in lexicon::fields(ABBREVIATIONS) {
            if let Some(&word) = f.first() {
                set.insert(word, f.get(1) == Some(&"number"));
            }
        }
        set
    });
    // Most words before a period are longer than any listed one: they need no look-up. A
    // word that ends in NUL would share its key with the word without it (keys are
    // zero-padded); no listed word holds one.
    if word.len() > LONGEST_ABBREVIATION || word.ends_with('\0') {
        return None;
    }
    SET.get(word).copied()
}

/// The length in bytes of the longest of [`ABBREVIATIONS`] (tested).
const LONGEST_ABBREVIATION: usize = 6;

/// The longest sentence the splitter gives. Detectors read each sentence as one window (a
/// clause runs to its sentence's end, a speaker is looked for from its start), so a block with
/// no sentence end at all (a page's text without punctuation, one giant line) would make every
/// window the whole block and the analysis quadratic. No sentence of real news comes close
/// (the longest line in PolNeAR and PTC is 2,573 bytes).
pub(crate) const MAX_SENTENCE_BYTES: usize = 4096;

/// Pushes the sentences of `span` (a block of `text`) onto `out`. When `may_wrap` (a paragraph
/// or a caption, not a block quotation, whose lines may be verse) and the block is hard-wrapped,
/// a line break inside running prose reads as a space ([`super::wrap`]), and its offset (a
/// `\n`'s) is pushed onto `soft`.
pub(crate) fn split(
    text: &str,
    span: Range<usize>,
    may_wrap: bool,
    out: &mut Vec<Range<usize>>,
    soft: &mut Vec<usize>,
) {
    let first = out.len();
    // Whether the block is wrapped is decided at its first line break, by the plain splitter:
    // a block without one (most) pays nothing for wrapping. A wrapped block is split again
    // from its start by the splitter that reads its soft breaks.
    if let Some(width) = split_block::<false>(text, span.clone(), may_wrap, 0, out, soft) {
        out.truncate(first);
        split_wrapped(text, span, width, out, soft);
    }
}

/// [`split_block`] of a wrapped block: out of line, so that the plain splitter alone is
/// compiled into its caller's loop.
#[cold]
#[inline(never)]
fn split_wrapped(text: &str, span: Range<usize>, width: usize, out: &mut Vec<Range<usize>>, soft: &mut Vec<usize>) {
    split_block::<true>(text, span, false, width, out, soft);
}

/// [`split`]'s loop. `WRAPPED`: the block is hard-wrapped to `width` bytes, and its soft
/// breaks are read as spaces. Otherwise every line break ends a sentence, but when `may_wrap`,
/// the first one asks whether the block is wrapped, and the split stops there with the block's
/// width when it is.
fn split_block<const WRAPPED: bool>(
    text: &str,
    span: Range<usize>,
    mut may_wrap: bool,
    width: usize,
    out: &mut Vec<Range<usize>>,
    soft: &mut Vec<usize>,
) -> Option<usize> {
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
            if WRAPPED {
                if super::wrap::soft_break_at(text.get(span.clone()).unwrap_or_default(), at, width) {
                    if b == b'\n' {
                        soft.push(i);
                    }
                    i += 1;
                    continue;
                }
            } else if may_wrap {
                may_wrap = false;
                if let Some(width) = super::wrap::wrap_width(text.get(span.clone()).unwrap_or_default()) {
                    return Some(width);
                }
            }
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
                } else if c == '[' {
                    // Asked only at a bracket: most sentence ends are followed by a space.
                    match footnote_mark(rest.as_bytes()) {
                        Some(n) => end += n,
                        None => break,
                    }
                } else {
                    break;
                }
            }
            if end >= span.end {
                break;
            }
            let after = &text[end..span.end];
            let mut ws = after.len() - after.trim_start_matches([' ', '\t', '\u{a0}']).len();
            // A line break after the stop is white space too in a wrapped block ("Mr.\nSmith").
            if WRAPPED && matches!(after.as_bytes().get(ws), Some(b'\n' | b'\r')) {
                ws = after.len() - after.trim_start_matches([' ', '\t', '\u{a0}', '\n', '\r']).len();
            }
            let next = &after[ws..];
            if ws > 0 && starts_sentence(next) && !(b == b'.' && is_abbreviation(&text[start..i], next)) {
                push_trimmed(text, start..end, out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..span.end, out);
    None
}

/// The length of the footnote's or reference's mark that opens `rest`, a number of one to three
/// digits in brackets, "\[12\]" (a wiki's ".\[12\] The next …"), or none: after a stop it belongs to
/// the sentence, as a closing quote mark does.
fn footnote_mark(rest: &[u8]) -> Option<usize> {
    let digits = rest.get(1..)?.iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    let number = rest.get(1..1 + digits).unwrap_or_default();
    let fits = rest.first() == Some(&b'[') && is_note_number(number) && rest.get(1 + digits) == Some(&b']');
    fits.then_some(digits + 2)
}

/// Whether `number`, written between brackets, is a footnote's or reference's number: one to
/// three ASCII digits ("12", not the year "2014"). The splitter's marks and claims' cited notes
/// (`claims::numbers`) read the same marks.
pub(crate) fn is_note_number(number: &[u8]) -> bool {
    (1..=3).contains(&number.len()) && number.iter().all(u8::is_ascii_digit)
}

/// `body` without the footnote marks that end it, "… in 2014.\[12\]\[13\]" → "… in 2014." (a
/// paragraph of a wiki that ends in its references' marks ends in the sentence before them).
pub(crate) fn without_footnote_marks(mut body: &str) -> &str {
    while let Some(open) = body.ends_with(']').then(|| body.rfind('[')).flatten() {
        if footnote_mark(body.as_bytes().get(open..).unwrap_or_default()) != Some(body.len() - open) {
            break;
        }
        body = &body[..open];
    }
    body
}

/// Pushes `span` as one sentence, or, when it is longer than [`MAX_SENTENCE_BYTES`], as
/// pieces of at most that size, each cut at the last whitespace of its second half (at a
/// character boundary where there is none).
fn push_trimmed(text: &str, mut span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    while span.end - span.start > MAX_SENTENCE_BYTES {
        let limit = span.start + MAX_SENTENCE_BYTES;
        let half = span.start + MAX_SENTENCE_BYTES / 2;
        let cut = match bytes[half..limit].iter().rposition(|b| b.is_ascii_whitespace()) {
            Some(at) => half + at,
            // No whitespace (one giant word, or a script written without spaces): the last
            // character boundary before the limit.
            None => (half..=limit).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(limit),
        };
        push_piece(text, span.start..cut, out);
        span.start = cut;
    }
    push_piece(text, span, out);
}

// Inlined into `push_trimmed`: with the trims' fast paths it was left a call of its own,
// which cost more.
#[inline]
fn push_piece(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(span.clone()) else { return };
    // Each end trimmed once (`trim` after `trim_start` read the start twice).
    let from_start = super::trim_start(s);
    let trimmed = super::trim_end(from_start);
    if !trimmed.is_empty() {
        let start = span.start + (s.len() - from_start.len());
        out.push(start..start + trimmed.len());
    }
}

/// Whether `rest`, after a stop and white space, may open a sentence.
// Inlined in both splitters: called from two, it was left out of line, a call at every stop.
#[inline(always)]
fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('"' | '\'' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '(' | '[' | '\u{2014}' | '-') => true,
        Some(c) => !c.is_alphabetic() && !c.is_whitespace() && !matches!(c, ',' | ';' | ':'),
        None => false,
    }
}

/// Whether the text before a period ends with an abbreviation, an initial ("J.") or initials
/// run together ("George H.W.", "A.E."), or a listed abbreviation after a hyphen ("then-Sen."),
/// when `next` follows the period ([`abbreviation_before`]).
// Inlined as `starts_sentence` is.
#[inline(always)]
fn is_abbreviation(before: &str, next: &str) -> bool {
    let word = last_word(before);
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    // A capital letter alone is an initial ("J. Doe"); a lower-case one only when listed
    // ("Smith v. Jones").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    abbreviation_before(word, next)
        || is_initials(word)
        // The last hyphen found with a plain loop: the word is a few bytes, too short for the
        // vectorised search `rsplit_once` starts.
        || word.bytes().rposition(|b| b == b'-').and_then(|i| word.get(i + 1..)).is_some_and(|w| abbreviation_before(w, next))
}

/// Whether `word` (without its last period) is capital letters each followed by a period,
/// "H.W" or "A.E": a person's initials.
fn is_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 3
        && bytes.len() % 2 == 1
        && bytes.iter().enumerate().all(|(i, &b)| if i % 2 == 0 { b.is_ascii_uppercase() } else { b == b'.' })
}

/// Whether `c` separates the word before a period from what precedes it.
fn separates_words(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}')
}

/// What follows the last white space, `(`, `"` or `“` of `before`. Most words before a period
/// are ASCII: their bytes are read without decoding, back to the first byte outside ASCII.
fn last_word(before: &str) -> &str {
    let bytes = before.as_bytes();
    // `char::is_whitespace` of ASCII: space, tab, line feed, vertical tab, form feed, return.
    match bytes.iter().rposition(|&b| b >= 0x80 || matches!(b, b' ' | b'\t'..=b'\r' | b'(' | b'"')) {
        Some(i) if bytes.get(i).is_some_and(|&b| b >= 0x80) => before.rsplit(separates_words).next().unwrap_or(""),
        Some(i) => before.get(i + 1..).unwrap_or(""),
        None => before,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn last_word_reads_back_to_a_separator() {
        fn reference(s: &str) -> &str {
            s.rsplit(separates_words).next().unwrap_or("")
        }
        let text = "He met (Gov \"J\u{201c}Sen\u{a0}Dr\u{2009}Mr\tNo\u{b}Fig. caf\u{e9}\u{201c}U.S";
        for end in 0..=text.len() {
            if let Some(before) = text.get(..end) {
                assert_eq!(last_word(before), reference(before), "{before:?}");
            }
        }
        assert_eq!(last_word("said Gen"), "Gen");
        assert_eq!(last_word("(Lt"), "Lt");
        assert_eq!(last_word(""), "");
    }

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), true, &mut out, &mut Vec::new());
        out.into_iter().map(|r| &text[r]).collect()
    }

    /// The table answers what the list says, for listed words, their neighbours in case and
    /// length, and words padded with the NUL that the table's keys are padded with.
    #[test]
    fn the_abbreviation_table_is_the_list() {
        let listed: HashSet<&str> = lexicon::fields(ABBREVIATIONS).filter_map(|f| f.first().copied()).collect();
        assert!(listed.contains("Mr") && listed.contains("Gen"));
        assert_eq!(listed.iter().map(|w| w.len()).max(), Some(LONGEST_ABBREVIATION));
        for &word in &listed {
            for probe in [
                word.to_string(),
                word.to_uppercase(),
                word.to_lowercase(),
                format!("{word}\0"),
                format!("{word}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"),
                format!("{word}s"),
                word.get(1..).unwrap_or_default().to_string(),
                format!("Mr{word}"),
                "a".repeat(20),
                String::new(),
            ] {
                assert_eq!(is_listed_abbreviation(&probe), listed.contains(probe.as_str()), "{probe:?}");
            }
        }
    }

    /// A listed abbreviation after the last hyphen of a word holds the period; one before it,
    /// or an unlisted word after it, does not.
    #[test]
    fn an_abbreviation_after_the_last_hyphen_holds_the_period() {
        assert!(is_abbreviation("He met ex-then-Gen", "Li"));
        assert!(is_abbreviation("(then-Sen", "Li"));
        assert!(!is_abbreviation("He met Gen-then", "Li"));
        assert!(!is_abbreviation("He met then-", "Li"));
        assert!(!is_abbreviation("He met ex\u{2010}Gen", "Li"));
    }

    /// Every abbreviation's example holds it (as a word, with its period) before what could
    /// start a sentence, and is one sentence: the entry keeps the splitter from cutting there.
    #[test]
    fn every_abbreviation_example_keeps_its_period() {
        let entries = lexicon::parse(ABBREVIATIONS);
        let listed: HashSet<&str> = entries.iter().filter_map(|e| e.fields.first().copied()).collect();
        assert_eq!(listed.len(), entries.len(), "an abbreviation listed twice");
        for entry in &entries {
            let (word, kind) = match entry.fields[..] {
                [word] => (word, None),
                [word, kind] => (word, Some(kind)),
                _ => panic!("line {}: the abbreviation and at most its kind", entry.line),
            };
            assert!(
                kind.is_none_or(|k| k == "month" || k == "state" || k == "number"),
                "line {}: a kind is `month`, `state` or `number`",
                entry.line
            );
            let [ex] = entry.examples[..] else { panic!("line {}: one example", entry.line) };
            assert!(is_listed_abbreviation(word), "line {}", entry.line);
            let before_a_start = ex.match_indices(&format!("{word}.")).any(|(at, m)| {
                let word_start = ex[..at].chars().next_back().is_none_or(|c| separates_words(c) || c == '-');
                let after = &ex[at + m.len()..];
                let rest = after.trim_start_matches([' ', '\t', '\u{a0}']);
                word_start && rest.len() < after.len() && starts_sentence(rest)
            });
            assert!(
                before_a_start,
                "line {}: {ex:?} has no {word:?} with its period before a sentence start",
                entry.line
            );
            assert_eq!(sentences(ex), [ex], "line {}", entry.line);
        }
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

    /// "No." abbreviates "number" only before one: before a word it is the answer that ends its
    /// sentence.
    #[test]
    fn no_holds_its_period_only_before_a_number() {
        assert_eq!(sentences("The No. 2 aide and the No. #1 pick left."), ["The No. 2 aide and the No. #1 pick left."]);
        assert_eq!(
            sentences("Is it over? No. Ana Ruiz has money. Nos. 3 left."),
            ["Is it over?", "No.", "Ana Ruiz has money.", "Nos. 3 left."]
        );
    }

    #[test]
    fn keeps_a_listed_lower_case_letter() {
        assert_eq!(
            sentences("The court heard Roe v. Wade again. It ruled."),
            ["The court heard Roe v. Wade again.", "It ruled."]
        );
        // An unlisted lower-case letter still ends a sentence.
        assert_eq!(sentences("Take plan b. Then go."), ["Take plan b.", "Then go."]);
    }

    #[test]
    fn keeps_initials_run_together_plural_and_prefixed_titles() {
        assert_eq!(
            sentences("George H.W. Bush won. Sens. Ana Ruiz and then-Sen. Li Wei met scholar A.E. Dick. It ended."),
            ["George H.W. Bush won.", "Sens. Ana Ruiz and then-Sen. Li Wei met scholar A.E. Dick.", "It ended."]
        );
        // Not initials: a word that only ends in a capital, or lower-case letters.
        assert_eq!(
            sentences("They met at Q.E.D Inc. Then a.b. Then X-Y. Then."),
            ["They met at Q.E.D Inc. Then a.b.", "Then X-Y.", "Then."]
        );
    }

    #[test]
    fn a_footnote_mark_after_the_stop_stays_with_its_sentence() {
        assert_eq!(
            sentences("The bridge opened in 2014.[12] It cost a million.[3][4] Tolls rose."),
            ["The bridge opened in 2014.[12]", "It cost a million.[3][4]", "Tolls rose."]
        );
        // Not a footnote: a bracketed word, or a number too long for one, opens the next.
        assert_eq!(sentences("It rose. [Read more] Tolls rose."), ["It rose.", "[Read more] Tolls rose."]);
        assert_eq!(sentences("It rose.[2014] Tolls rose."), ["It rose.[2014] Tolls rose."]);
        assert_eq!(super::without_footnote_marks("It rose.[3][14]"), "It rose.");
        assert_eq!(super::without_footnote_marks("It rose [in part]"), "It rose [in part]");
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
        assert_eq!(sentences("A line\nAnother line"), ["A line", "Another line"]);
        assert_eq!(sentences("Stop lying\nShow humility"), ["Stop lying", "Show humility"]);
    }

    /// A hard-wrapped paragraph's line breaks inside running prose are spaces; a stop at a
    /// line's end still ends its sentence, but not an abbreviation's.
    #[test]
    fn a_wrapped_paragraph_runs_on_across_its_lines() {
        assert_eq!(
            sentences("\u{201c}We will strike,\u{201d} said Marta Ili\u{107}, general\nsecretary of the union. The\nport closed."),
            ["\u{201c}We will strike,\u{201d} said Marta Ili\u{107}, general\nsecretary of the union.", "The\nport closed."]
        );
        assert_eq!(
            sentences("The strike ends this week, said Mr.\nRuiz, the harbour master of the town, and\nthe port opens.\r\nShips wait."),
            ["The strike ends this week, said Mr.\nRuiz, the harbour master of the town, and\nthe port opens.", "Ships wait."]
        );
        let verse = "a line of verse that runs on for a while\nand another line";
        assert_eq!(sentences(verse), [verse]);
        let mut out = Vec::new();
        split(verse, 0..verse.len(), false, &mut out, &mut Vec::new());
        assert_eq!(out, [0..40, 41..verse.len()], "a block quotation's lines stay lines");
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_at_whitespace() {
        let run = "word ".repeat(3 * MAX_SENTENCE_BYTES / 5);
        let pieces = sentences(&run);
        assert!(pieces.len() >= 3, "{} pieces", pieces.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES && p.starts_with("word") && p.ends_with("word")));
        assert_eq!(pieces.iter().map(|p| p.split_whitespace().count()).sum::<usize>(), 3 * MAX_SENTENCE_BYTES / 5);
    }

    #[test]
    fn a_run_without_spaces_is_cut_at_character_boundaries() {
        let run = "\u{4e2d}\u{6587}\u{1f600}".repeat(MAX_SENTENCE_BYTES);
        let pieces = sentences(&run);
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
        assert_eq!(pieces.concat(), run);
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(sentences("It cost 3.5 million. and more"), ["It cost 3.5 million. and more"]);
    }
}
