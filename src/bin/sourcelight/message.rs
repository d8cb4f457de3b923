//! Messages on stderr ("sourcelight: notes.txt: empty input"). They name files as the user
//! gave them, and a file name can hold any character but "/" and NUL: an escape sequence in
//! one recoloured or cleared the terminal. So a message is cleaned as the report cleans
//! article text ([`one_line`]) and wrapped like the text report, to stderr's terminal or
//! `COLUMNS` ([`wrap::width`]), its later lines under the text after "sourcelight: ".

use std::io::{self, Write};

use crate::output::{one_line, wrap};

/// What every message starts with.
const PREFIX: &str = "sourcelight: ";

/// Writes `message` to stderr after [`PREFIX`], cleaned and wrapped. A message that cannot
/// be written (stderr closed) is dropped: there is nowhere else to say it.
pub fn say(message: &str) {
    let _ = write_to(&mut io::stderr().lock(), message, width());
}

/// Writes `message` as [`say`] does, to `out`, wrapped at `width` columns.
fn write_to(out: &mut dyn Write, message: &str, width: Option<usize>) -> io::Result<()> {
    let layout = wrap::Layout { width, colour: false };
    layout.line(out, &[(PREFIX, None), (&one_line(message), None)], PREFIX.len())
}

/// The width messages on stderr are wrapped at: its terminal's, or `COLUMNS`.
pub fn width() -> Option<usize> {
    wrap::width(terminal_size::terminal_size_of(io::stderr()))
}

/// Whether a message written elsewhere (clap's usage error, as plain text) has a line wider
/// than `width`: clap wraps its help to the terminal but not its errors, which echo the values
/// given (a long path, a long label) on one line.
pub fn is_wider_than(message: &str, width: Option<usize>) -> bool {
    width.is_some_and(|w| message.lines().any(|line| wrap::columns(line) > w))
}

/// Writes a message written elsewhere (clap's usage error, as plain text) to stderr as the
/// tool's own are: each line cleaned of control characters ([`one_line`]) and wrapped at
/// `width` ([`write_lines_to`]).
pub fn write_lines(message: &str, width: Option<usize>) {
    let _ = write_lines_to(&mut io::stderr().lock(), message, width);
}

/// Writes `message` line by line to `out`, each cleaned as [`one_line`] cleans a line (the
/// message's own line breaks are kept) and wrapped at `width`, its later lines under the
/// line's text: past its indent and an "error: ", "tip: " or "Usage: " label, as clap lays
/// them out.
fn write_lines_to(out: &mut dyn Write, message: &str, width: Option<usize>) -> io::Result<()> {
    let layout = wrap::Layout { width, colour: false };
    for line in message.lines() {
        let line = one_line(line);
        let indent = line.len() - line.trim_start_matches(' ').len();
        let label =
            ["error: ", "tip: ", "Usage: "].iter().find(|l| line[indent..].starts_with(**l)).map_or(0, |l| l.len());
        layout.line(out, &[(&line, None)], indent + label)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `write` writes of `message` at `width`, as text.
    fn text_of(
        write: fn(&mut dyn Write, &str, Option<usize>) -> io::Result<()>,
        message: &str,
        width: Option<usize>,
    ) -> String {
        let mut out = Vec::new();
        write(&mut out, message, width).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    fn written(message: &str, width: Option<usize>) -> String {
        text_of(write_to, message, width)
    }

    #[test]
    fn a_file_name_cannot_reach_the_terminal_as_control_characters() {
        let out = written("bad\u{1b}[2J\u{7}name\n.txt: empty input", None);
        assert_eq!(out, "sourcelight: bad\u{FFFD}[2J\u{FFFD}name .txt: empty input\n");
        assert_eq!(lines("error: '\u{1b}]0;x\u{7}'\n\nUsage:\n", None), "error: '\u{FFFD}]0;x\u{FFFD}'\n\nUsage:\n");
    }

    fn lines(message: &str, width: Option<usize>) -> String {
        text_of(write_lines_to, message, width)
    }

    #[test]
    fn a_usage_error_wraps_each_line_under_its_text() {
        let message = "error: invalid value 'an-encoding-label-nobody-has-heard-of' for '--encoding <LABEL>': \
                       not a known encoding\n\nUsage: sourcelight check [OPTIONS] [FILES]...\n\n\
                       For more information, try '--help'.\n";
        assert!(is_wider_than(message, Some(60)) && !is_wider_than(message, Some(200)));
        assert!(!is_wider_than(message, None));
        let out = lines(message, Some(40));
        let out_lines: Vec<&str> = out.lines().collect();
        assert!(out_lines.iter().all(|l| wrap::columns(l) <= 40), "{out}");
        // The error's later lines stand under the text after "error: "; the blank lines and
        // the short lines are kept as they were.
        assert!(out_lines[0].starts_with("error: invalid value") && out_lines[1].starts_with("       "), "{out}");
        assert!(out.contains("\n\nUsage: sourcelight check [OPTIONS]") && out.ends_with("try '--help'.\n"), "{out}");
        // The same text, only broken into lines (the label, longer than a line, inside itself).
        let letters = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(letters(&out), letters(message));
        assert_eq!(lines(message, None), message);
        // An indented line hangs under its own indent.
        let tip = lines(
            "  tip: to pass 'a-long-value-that-runs-on' as a value, use '-- a-long-value-that-runs-on'",
            Some(40),
        );
        assert!(tip.lines().skip(1).all(|l| l.starts_with("       ") && !l.starts_with("        ")), "{tip}");
    }

    #[test]
    fn a_long_message_wraps_under_its_text() {
        let message = "notes/harbour-interview.txt: not valid UTF-8 (invalid byte at line 3, \
                       byte 41); convert it to UTF-8, or name its encoding with --encoding";
        let out = written(message, Some(50));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 2 && lines.iter().all(|l| wrap::columns(l) <= 50), "{out}");
        assert!(lines[0].starts_with(PREFIX), "{out}");
        assert!(lines[1..].iter().all(|l| l.starts_with(&" ".repeat(PREFIX.len())) && l.trim() != ""), "{out}");
        let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(words(&out), words(&written(message, None)));
        assert_eq!(written(message, None).lines().count(), 1);
    }
}
