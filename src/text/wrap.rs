//! Hard-wrapped paragraphs (e-mail, wire copy, text copied from a PDF): a paragraph broken into
//! lines by single line breaks, which must read as spaces, "said Marta Ilić, general\nsecretary
//! of the union", while a line break that separates things (list lines, a heading, a transcript's
//! "NAME:" label, a dateline) keeps ending its sentence. Nothing here changes the text: the
//! sentence splitter only asks whether a break ends a sentence, so offsets stay the text's own.

/// Whether the line break (`\n` or `\r`) at byte `at` of `block`, hard-wrapped to `width`
/// bytes, reads as a space ([`soft_break`]); a "\r\n" break is read at its `\n`, a lone `\r`
/// ends its line. Out of line: the splitter's loop asks it only in a wrapped block.
#[inline(never)]
pub(crate) fn soft_break_at(block: &str, at: usize, width: usize) -> bool {
    match block.as_bytes().get(at) {
        Some(b'\r') => block.as_bytes().get(at + 1) == Some(&b'\n'),
        _ => soft_break(block, at, width),
    }
}

/// The shortest line that tells a block is wrapped, in bytes: wrapped text fills its lines to
/// 60-80 characters (a narrow PDF column to 30 or so); a short line before a lower-case one is
/// more often a list's or a table's, "date erected: 1980\nnumber of nuns: 178", or a style
/// sheet's, "width:100%;\ntext-align: left;".
const MIN_WRAPPED_LINE_BYTES: usize = 30;

/// The width of a hard-wrapped `block`, its longest line in bytes, or `None` when the block is
/// not wrapped: wrapped when at least one line break falls inside running prose, after a line of
/// [`MIN_WRAPPED_LINE_BYTES`] or more ending in a word or a comma and before a lower-case word
/// ("general\nsecretary"). A block whose breaks all come after a sentence's end or before a
/// capital (one paragraph a line, a list, a heading over its text) is not: the web's text puts
/// its paragraphs on lines of their own with no blank line between, and a lower-case line start
/// is what tells a wrapped line from them.
// Out of line and cold: the splitter asks it once, at the first line break of a block that
// may wrap, and most blocks have none.
#[cold]
#[inline(never)]
pub(crate) fn wrap_width(block: &str) -> Option<usize> {
    let bytes = block.as_bytes();
    let mut line_start = 0;
    // The cheapest test first: most lines of a block that is not wrapped are followed by a
    // capital or a mark.
    let wraps = memchr::memchr_iter(b'\n', bytes).any(|at| {
        let line = &block[line_start..at];
        line_start = at + 1;
        next_line(block, at).starts_with(char::is_lowercase)
            && line.len() >= MIN_WRAPPED_LINE_BYTES
            && !line.trim_end().ends_with(';')
            && runs_on(line)
    });
    wraps.then(|| block.split('\n').map(str::len).max().unwrap_or(0))
}

/// Whether the first line of `block` runs on into the next as a line of hard-wrapped running
/// text, so that it is no headline: it ends in a word or a comma, the next line opens with a
/// lower-case word, the block is wrapped ([`wrap_width`]), and the second line goes on as prose
/// too — it ends a sentence, or the break after it reads as a space ([`soft_break`]). A headline
/// over a lower-case byline or dateline, "Harbour to close\nby Ana Ruiz", fails that last test:
/// a short line that neither ends a sentence nor runs on into the text under it.
// Out of line and cold: asked once a document, of a plain text's first block of several lines.
#[cold]
#[inline(never)]
pub(crate) fn first_line_runs_on(block: &str) -> bool {
    let Some(first_end) = memchr::memchr(b'\n', block.as_bytes()) else { return false };
    if !runs_on(&block[..first_end]) || !next_line(block, first_end).starts_with(char::is_lowercase) {
        return false;
    }
    let Some(width) = wrap_width(block) else { return false };
    let second_start = first_end + 1;
    match memchr::memchr(b'\n', &block.as_bytes()[second_start..]) {
        Some(k) => soft_break(block, second_start + k, width),
        None => ends_sentence(block),
    }
}

/// Whether the line break at byte `at` of a block wrapped to `width` bytes ([`wrap_width`])
/// reads as a space: the line before it runs on (it ends in a word or a comma) and the next
/// line goes on with it — it opens with a lower-case word, or the line before it is filled to
/// near the wrap width (a short line before a capital is a heading or a list line) and is no
/// line of capitals (a dateline, a heading), and the next line is no list item or "NAME:"
/// label. A break after a sentence's end is left to the splitter's terminator rule, which reads
/// it as white space in a wrapped block ("Mr.\nSmith" is one sentence).
pub(crate) fn soft_break(block: &str, at: usize, width: usize) -> bool {
    let before = &block[..at];
    let next = next_line(block, at);
    if opens_list_item(next) || opens_label(next) {
        return false;
    }
    if ends_sentence(before) {
        return true;
    }
    if !runs_on(before) {
        return false;
    }
    if next.starts_with(char::is_lowercase) {
        return true;
    }
    let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
    3 * line.len() >= 2 * width && line.contains(char::is_lowercase)
}

/// The text after the line break at `at`, past the spaces that indent it.
fn next_line(block: &str, at: usize) -> &str {
    block.get(at + 1..).unwrap_or_default().trim_start_matches([' ', '\t', '\u{a0}'])
}

/// Whether the line ending `before` ends in a word or a comma (or a semicolon), that is, runs
/// on; not a table's row, a field and its figure, "number of nuns: 120".
fn runs_on(before: &str) -> bool {
    let line = before.trim_end_matches([' ', '\t', '\r', '\u{a0}']);
    let figure = line.trim_end_matches(|c: char| c.is_ascii_digit());
    let row = figure.len() < line.len() && figure.trim_end().ends_with(':');
    !row && line.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';'))
}

/// Whether the line ending `before` ends in a full stop, a question or an exclamation mark,
/// with any closing quote marks or brackets after it.
fn ends_sentence(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t', '\r', '\u{a0}', '"', '\'', ')', ']', '\u{201d}', '\u{2019}']);
    trimmed.ends_with(['.', '!', '?'])
}

/// Whether `line` opens with a list item's marker: a bullet, a dash, a quoting '>' or a heading's
/// '#', or a number followed by '.' or ')' and a space ("1. ", "2) ").
fn opens_list_item(line: &str) -> bool {
    if line.starts_with(['-', '*', '\u{2022}', '\u{b7}', '>', '#', '\u{2013}', '\u{2014}']) {
        return true;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && matches!(line.as_bytes().get(digits..digits + 2), Some([b'.' | b')', b' ']))
}

/// The longest label a transcript gives its speaker ("MARTA ILIĆ:", "Q:"), in bytes.
const MAX_LABEL_BYTES: usize = 32;

/// Whether `line` opens with a transcript's or an interview's label, a capitalised name and a
/// colon, "HANNITY: …", "Ana Ruiz: …": every word before the colon capitalised, no digit.
fn opens_label(line: &str) -> bool {
    let head = line.get(..line.len().min(MAX_LABEL_BYTES + 1)).unwrap_or(line);
    let Some(colon) = head.find(':') else { return false };
    let label = &line[..colon];
    !label.is_empty()
        && label.split([' ', '\u{a0}']).all(|w| w.starts_with(char::is_uppercase))
        && label.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\u{a0}' | '.' | '\'' | '\u{2019}' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn soft_breaks(block: &str) -> Vec<bool> {
        let width = wrap_width(block).unwrap_or(0);
        block.match_indices('\n').map(|(at, _)| width > 0 && soft_break(block, at, width)).collect()
    }

    #[test]
    fn a_break_before_a_lower_case_word_wraps_the_block() {
        assert_eq!(wrap_width("“We will strike,” said Marta Ilić, general\nsecretary of the union."), Some(47));
        assert_eq!(wrap_width("“The ships can wait,” said Ana Ruiz,\nthe harbour master."), Some(40));
        assert_eq!(wrap_width("said Ana Ruiz,\nthe harbour master."), None, "too short a line to tell");
    }

    #[test]
    fn lines_of_their_own_do_not_wrap_the_block() {
        assert_eq!(wrap_width("The mayor spoke.\nThe crowd left."), None);
        assert_eq!(wrap_width("Stop lying\nShow humility\nFill in the gaps"), None);
        assert_eq!(wrap_width("Mayor Wins Vote\nThe mayor won on Monday"), None);
        assert_eq!(wrap_width(".bio-text {\ntext-align: left;"), None);
        assert_eq!(wrap_width("date when erected: 1980\nnumber of convents: 14\nnumber of nuns: 178"), None);
        assert_eq!(wrap_width("number of convents: 11 Number of nuns: 120\nsolemnly professed: 119"), None);
        assert_eq!(wrap_width("margin-bottom: 30px; width: 100%; float: left;\ntext-align: left;"), None);
        assert_eq!(wrap_width("one line"), None);
    }

    #[test]
    fn a_full_line_before_a_capital_goes_on() {
        let block = "The mayor of the town on the coast told reporters on\nMonday that the port would reopen, said\nAna Ruiz, the harbour master of the town, who runs\nthe docks.";
        assert_eq!(soft_breaks(block), [true, true, true]);
        let unwrapped = "The mayor of the town on the coast told reporters on\nMonday that the port would reopen.";
        assert_eq!(soft_breaks(unwrapped), [false], "no lower-case line start: lines of their own");
    }

    #[test]
    fn a_short_line_before_a_capital_is_a_heading() {
        let block = "Port Reopens\nThe mayor of the town on the coast told the reporters\nthat the port would reopen.";
        assert_eq!(soft_breaks(block), [false, true]);
    }

    #[test]
    fn a_break_after_a_sentence_end_is_left_to_the_splitter() {
        let block = "told reporters on Monday that the port would reopen, Mr.\nRuiz said, and the harbour master of the town\nagreed.";
        assert_eq!(soft_breaks(block), [true, true]);
    }

    #[test]
    fn list_lines_labels_and_capital_lines_stay_breaks() {
        let block =
            "The union's demands, which the mayor read out to\nthe council, were these:\n- higher pay\n- shorter hours";
        assert_eq!(soft_breaks(block), [true, false, false]);
        let transcript = "the minister had been told about the leak in the\nspring and said nothing\nHANNITY: And why not?\nRUIZ: Ask her.";
        assert_eq!(soft_breaks(transcript), [true, false, false]);
        let dateline = "SPLIT, CROATIA\nThe mayor of the town on the coast told reporters that\nthe port would reopen.";
        assert_eq!(soft_breaks(dateline), [false, true]);
        assert!(opens_list_item("2) the pay") && opens_list_item("10. the pay") && !opens_list_item("2016 was"));
        assert!(opens_label("Ana Ruiz: no") && !opens_label("A reminder: the plans") && !opens_label("Update 2: no"));
    }

    #[test]
    fn a_first_line_that_runs_on_into_wrapped_prose_is_no_headline() {
        let two_lines = "Ana Ruiz, the mayor of the town, said on Monday that the\nharbour would close.";
        let three = "Ana Ruiz, the mayor of the town, said on Monday that the\nharbour would close for the winter, and that the\nferry would stop.";
        let before_a_capital = "Ana Ruiz, the mayor of the town, said on Monday that the\nharbour would close for the winter, says the Port\nAuthority.";
        let crlf = "Ana Ruiz, the mayor of the town, said on Monday that the\r\nharbour would close.";
        for block in [two_lines, three, before_a_capital, crlf] {
            assert!(first_line_runs_on(block), "{block}");
        }
    }

    #[test]
    fn a_headline_over_a_byline_or_a_dateline_does_not_run_on() {
        for block in [
            "Mayor says the harbour will close for the winter\nby Ana Ruiz",
            "Mayor says the harbour will close for the winter\nby Ana Ruiz\nThe mayor said on Monday that the port would close.",
            "Mayor says the harbour will close for the winter\nupdated 5 March 2026, 08:12",
            "Mayor says the harbour will close for the winter.\nthe ferry stops on Monday.",
            "Harbour to close\nfor the winter.",
            "Ana Ruiz, the mayor of the town, said on Monday that the\nHarbour would close.",
            "one line only",
        ] {
            assert!(!first_line_runs_on(block), "{block}");
        }
    }
}
