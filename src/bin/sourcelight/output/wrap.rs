//! Lines of the text report, wrapped to the terminal's width with a hanging indent: a long
//! context line wrapped by the terminal itself ran on at column 0, under the `¶N` margin it
//! belongs beside. Widths are display columns (`unicode-width`: a CJK character or an emoji
//! takes two). The width is `COLUMNS` when it is set to a number, else the terminal's
//! ([`width`]); piped output with no `COLUMNS` is not wrapped, so scripts and files get one
//! line per item.
//!
//! Hand-written rather than with `textwrap`: a line here is a few styled pieces (a dim margin,
//! an underlined finding) whose style must be closed at each break and opened again on the
//! next line, outside the indent. Wrapping the plain text and painting each line's pieces
//! does that in one pass; `textwrap` wraps text with the escape codes already in it, so a
//! style would run on through the indent, and it adds a crate for ~50 lines.

use std::ffi::OsStr;
use std::io::{self, Write};
use std::ops::Range;

use anstyle::Style;
use unicode_width::UnicodeWidthChar;

/// A line's text split into pieces, each painted in its style (or plain).
pub type Pieces<'a> = [(&'a str, Option<Style>)];

/// How the report's lines are written: the terminal's width (none when piped) and whether
/// they are coloured.
#[derive(Clone, Copy)]
pub struct Layout {
    /// Columns to wrap at; `None` writes every line whole.
    pub width: Option<usize>,
    /// Whether styles are written as escape codes.
    pub colour: bool,
}

/// The fewest columns a continuation line keeps for text, whatever its indent: on a very
/// narrow terminal the indent shrinks rather than leaving a word per line.
const MIN_TEXT: usize = 20;

impl Layout {
    /// Writes one line of the report: `pieces` in their styles, wrapped to the width with
    /// continuation lines indented by `hang` columns.
    pub fn line(&self, out: &mut dyn Write, pieces: &Pieces, hang: usize) -> io::Result<()> {
        // Piped, or short enough: the pieces as they are, with no copy of the line (a 5 MB
        // report's lines copied cost 7 % more instructions).
        let Some(width) = self.width.filter(|&w| pieces.iter().map(|(t, _)| columns(t)).sum::<usize>() > w) else {
            for (text, style) in pieces {
                self.piece(out, text, *style)?;
            }
            return writeln!(out);
        };
        let mut plain = String::new();
        let mut styled = Vec::with_capacity(pieces.len());
        for (text, style) in pieces {
            styled.push((plain.len()..plain.len() + text.len(), *style));
            plain.push_str(text);
        }
        let hang = hang.min(width.saturating_sub(MIN_TEXT));
        for (i, line) in break_lines(&plain, width, hang).into_iter().enumerate() {
            if i > 0 {
                write!(out, "{:hang$}", "")?;
            }
            self.paint(out, &plain, &styled, line)?;
            writeln!(out)?;
        }
        Ok(())
    }

    /// Writes the part `range` of `plain`, each piece in its style.
    fn paint(
        &self,
        out: &mut dyn Write,
        plain: &str,
        styled: &[(Range<usize>, Option<Style>)],
        range: Range<usize>,
    ) -> io::Result<()> {
        for (piece, style) in styled {
            let (from, to) = (piece.start.max(range.start), piece.end.min(range.end));
            if let Some(text) = plain.get(from..to).filter(|t| !t.is_empty()) {
                self.piece(out, text, *style)?;
            }
        }
        Ok(())
    }

    /// Writes `text` in `style` (plain when there is none or colour is off).
    fn piece(&self, out: &mut dyn Write, text: &str, style: Option<Style>) -> io::Result<()> {
        match style {
            Some(style) if self.colour => write!(out, "{style}{text}{style:#}"),
            _ => out.write_all(text.as_bytes()),
        }
    }
}

/// The width to wrap lines at, given the size of the terminal they are written to (none when
/// they are not, `terminal_size::terminal_size_of(io::stdout())`): the `COLUMNS` environment
/// variable when it is set, else the terminal's width (see [`width_from`]).
pub fn width(terminal: Option<(terminal_size::Width, terminal_size::Height)>) -> Option<usize> {
    let terminal = terminal.map(|(terminal_size::Width(w), _)| usize::from(w));
    width_from(std::env::var_os("COLUMNS").as_deref(), terminal)
}

/// The wrapping width given `COLUMNS` and the terminal's width (none when not a terminal),
/// as git, `ls` and clap's help read them: `COLUMNS` set to a whole number wins over the
/// terminal's size, also when the output is piped (`COLUMNS=80 sourcelight check a.txt |
/// less`); `COLUMNS=0` turns wrapping off (as `ls -w 0`); any other value (empty, negative,
/// not a number, too large) is ignored, as if unset.
pub fn width_from(columns: Option<&OsStr>, terminal: Option<usize>) -> Option<usize> {
    let set = columns
        .and_then(OsStr::to_str)
        .map(str::trim)
        .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()));
    match set.and_then(|c| c.parse::<usize>().ok()) {
        Some(0) => None,
        Some(n) => Some(n),
        None => terminal.filter(|&w| w > 0),
    }
}

/// The display columns of `text`.
pub fn columns(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Splits `text` into lines of at most `width` columns, the later ones to be indented by
/// `hang` columns: at the last space that fits (on the first line, one right of the hang
/// column: a space in the line's own indent or margin does not count), else before the character that does not fit (a word longer than the line, or
/// CJK text without spaces). The spaces at a break are dropped. Returns byte ranges.
pub fn break_lines(text: &str, width: usize, hang: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut room = width.max(1);
    loop {
        // `gap`: where the last run of spaces after a word begins, the latest break so far.
        let (mut used, mut gap, mut cut) = (0, None, None);
        let mut previous = None;
        for (i, c) in text[start..].char_indices() {
            let at = start + i;
            // On the first line, a break left of the hang gains nothing (the next line starts
            // there): "sourcelight: " stays with the long file name after it.
            if c == ' ' && previous.is_some_and(|p| p != ' ') && (start > 0 || used > hang) {
                gap = Some(at);
            }
            previous = Some(c);
            used += c.width().unwrap_or(0);
            if used > room {
                cut = Some(match gap {
                    Some(s) => s,
                    None if at > start => at,
                    None => at + c.len_utf8(),
                });
                break;
            }
        }
        let Some(end) = cut else {
            lines.push(start..text.len());
            return lines;
        };
        lines.push(start..end);
        start = end + text[end..].len() - text[end..].trim_start_matches(' ').len();
        if start >= text.len() {
            return lines;
        }
        room = width.saturating_sub(hang).max(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize, hang: usize) -> Vec<&str> {
        break_lines(text, width, hang).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_at_the_last_space_that_fits() {
        assert_eq!(lines("    ¶1  aaa bbb ccc ddd", 14, 8), ["    ¶1  aaa", "bbb", "ccc", "ddd"]);
        assert_eq!(lines("aaa bbb ccc", 7, 0), ["aaa bbb", "ccc"]);
        assert_eq!(lines("short", 40, 4), ["short"]);
        // A word longer than the line is cut where it stands.
        assert_eq!(lines("xxxxxxxxxx yy", 4, 0), ["xxxx", "xxxx", "xx", "yy"]);
        // The first line keeps what follows a space left of the hang, which a break would
        // only move to the same column of the next line.
        assert_eq!(lines("prefix: a-long-name rest", 14, 8), ["prefix: a-long", "-name", "rest"]);
    }

    #[test]
    fn wide_characters_take_two_columns() {
        // Six CJK characters are twelve columns: five columns hold two of them.
        assert_eq!(lines("漢字漢字漢字", 5, 0), ["漢字", "漢字", "漢字"]);
        // "ok 😀😀" is seven columns.
        assert_eq!(lines("ok 😀😀 no", 6, 0), ["ok", "😀😀", "no"]);
        assert_eq!(lines("ok 😀😀 no", 7, 0), ["ok 😀😀", "no"]);
    }

    /// `COLUMNS` wins over the terminal's width when it is a number; 0 turns wrapping off;
    /// a value that is no width is ignored.
    #[test]
    fn columns_wins_over_the_terminal_when_it_is_a_width() {
        let columns = |value: &str, terminal| width_from(Some(OsStr::new(value)), terminal);
        assert_eq!(columns("60", Some(120)), Some(60));
        assert_eq!(columns("60", None), Some(60), "piped, COLUMNS still gives the width");
        assert_eq!(columns(" 100\n", None), Some(100));
        assert_eq!(columns("0", Some(120)), None, "0: no wrapping");
        for bad in ["", "abc", "-5", "+60", "60x", "1e3", "99999999999999999999999", "６０"] {
            assert_eq!(columns(bad, Some(120)), Some(120), "{bad:?} is ignored");
            assert_eq!(columns(bad, None), None, "{bad:?} is ignored");
        }
        assert_eq!(width_from(None, Some(80)), Some(80));
        assert_eq!(width_from(None, Some(0)), None);
        assert_eq!(width_from(None, None), None);
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            assert_eq!(width_from(Some(OsStr::from_bytes(b"6\xff")), Some(80)), Some(80), "not UTF-8");
        }
    }

    fn written(layout: Layout, pieces: &Pieces, hang: usize) -> String {
        let mut out = Vec::new();
        layout.line(&mut out, pieces, hang).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn continuation_lines_hang_and_styles_restart_on_each_line() {
        let dim = Some(Style::new().dimmed());
        let mark = Some(Style::new().underline());
        let pieces: &Pieces = &[("    ", None), ("¶2  ", dim), ("He said ", None), ("we will not sign it", mark)];
        let narrow = written(Layout { width: Some(MIN_TEXT + 8), colour: false }, pieces, 8);
        for line in narrow.lines() {
            assert!(columns(line) <= MIN_TEXT + 8, "{narrow}");
        }
        assert_eq!(narrow, "    ¶2  He said we will not\n        sign it\n");
        let coloured = written(Layout { width: Some(MIN_TEXT + 8), colour: true }, pieces, 8);
        let (u, end) = (Style::new().underline(), Style::new().underline());
        assert!(coloured.ends_with(&format!("{u}we will not{end:#}\n        {u}sign it{end:#}\n")), "{coloured:?}");
        // No width (piped): one line, as before.
        let whole = written(Layout { width: None, colour: false }, pieces, 8);
        assert_eq!(whole, "    ¶2  He said we will not sign it\n");
    }
}
