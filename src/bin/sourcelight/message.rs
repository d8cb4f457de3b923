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
    let width = wrap::width(terminal_size::terminal_size_of(io::stderr()));
    let _ = write_to(&mut io::stderr().lock(), message, width);
}

/// Writes `message` as [`say`] does, to `out`, wrapped at `width` columns.
fn write_to(out: &mut dyn Write, message: &str, width: Option<usize>) -> io::Result<()> {
    let layout = wrap::Layout { width, colour: false };
    layout.line(out, &[(PREFIX, None), (&one_line(message), None)], PREFIX.len())
}

/// The lines of a message written elsewhere (clap's usage errors), each cleaned of control
/// characters as [`one_line`] cleans a line; the message's own line breaks are kept.
pub fn cleaned_lines(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for line in message.split_inclusive('\n') {
        let (text, end) = line.strip_suffix('\n').map_or((line, ""), |text| (text, "\n"));
        out.push_str(&one_line(text));
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(message: &str, width: Option<usize>) -> String {
        let mut out = Vec::new();
        write_to(&mut out, message, width).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_file_name_cannot_reach_the_terminal_as_control_characters() {
        let out = written("bad\u{1b}[2J\u{7}name\n.txt: empty input", None);
        assert_eq!(out, "sourcelight: bad\u{FFFD}[2J\u{FFFD}name .txt: empty input\n");
        assert_eq!(cleaned_lines("error: '\u{1b}]0;x\u{7}'\n\nUsage:\n"), "error: '\u{FFFD}]0;x\u{FFFD}'\n\nUsage:\n");
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
