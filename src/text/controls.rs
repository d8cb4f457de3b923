//! Control characters the analysis does not read. Text pasted from a terminal or a log can
//! hold escape sequences ("\x1b[2J" clears a screen, "\x1b[31m" colours red) whose digits
//! and letters read as words: the "2" of "\x1b[2J" was a figure with no source, and the
//! sequence glued to the next word ("\x1b[2JThe") hid a sentence's start. The detectors
//! read the joined text with every such control, and the rest of the sequence it opens,
//! as spaces, byte for byte, so every offset is the same in the original text, which the
//! report cuts its texts from.
//!
//! Only ASCII bytes are blanked, so character boundaries do not move: a C1 control
//! (U+0080 to U+009F) is left as it is, as it stands inside words in mis-decoded text
//! ("Fran\u{c3}\u{83}\u{c2}\u{a7}ois", read as one word). White space controls (tab, line
//! breaks, form feed) are text.

/// The escape character, which opens a sequence.
const ESC: u8 = 0x1b;

/// Whether `text` holds a control character that [`push_masked`] blanks: a test folded over
/// every byte without an early exit, which the compiler vectorises (the analysis asks it of
/// every document, and almost none has one).
pub(crate) fn has_controls(text: &str) -> bool {
    text.bytes().fold(false, |seen, b| seen | is_blanked(b))
}

/// A control byte that is no white space: C0 but tab to carriage return, and DEL.
#[inline]
fn is_blanked(b: u8) -> bool {
    (b < b'\t') | ((b > b'\r') & (b < b' ')) | (b == 0x7f)
}

/// Pushes `text` onto `out` with each control character that is no white space, and the
/// rest of the escape sequence an escape character opens, as spaces (one per byte).
pub(crate) fn push_masked(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut copied, mut at) = (0, 0);
    while let Some(found) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| is_blanked(b))) {
        let start = at + found;
        let end = start + 1 + if bytes[start] == ESC { sequence_len(&bytes[start + 1..]) } else { 0 };
        out.push_str(text.get(copied..start).unwrap_or_default());
        out.extend(std::iter::repeat_n(' ', end - start));
        (copied, at) = (end, end);
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// The bytes after an escape character that its sequence takes (ECMA-48, as terminals read
/// it): a control sequence, "[" with parameters, intermediates and a final byte ("[2J",
/// "[31m"); a control string, "]" (a window title, a link) or "P", "X", "^", "_", to the
/// BEL or string terminator that ends it, or to the line's end; or intermediates and a
/// final byte ("(B", "7", "c"). A space after a lone escape character is not taken: it
/// separates words.
fn sequence_len(after: &[u8]) -> usize {
    let run = |from: usize, range: std::ops::RangeInclusive<u8>| {
        after.get(from..).map_or(0, |rest| rest.iter().take_while(|b| range.contains(b)).count())
    };
    let final_at =
        |at: usize, range: std::ops::RangeInclusive<u8>| usize::from(after.get(at).is_some_and(|b| range.contains(b)));
    match after.first() {
        Some(b'[') => {
            let n = 1 + run(1, 0x30..=0x3f);
            let n = n + run(n, 0x20..=0x2f);
            n + final_at(n, 0x40..=0x7e)
        }
        Some(b']' | b'P' | b'X' | b'^' | b'_') => 1 + string_len(&after[1..]),
        _ => {
            let n = run(0, 0x21..=0x2f);
            n + final_at(n, 0x30..=0x7e)
        }
    }
}

/// A control string's length up to and with its terminator (BEL, or ESC "\"), or up to a
/// line break, another escape character or a byte outside ASCII, where it stops unended.
fn string_len(string: &[u8]) -> usize {
    let stop = string.iter().position(|&b| b == 0x07 || b == ESC || b == b'\n' || !b.is_ascii());
    match stop {
        Some(i) if string[i] == 0x07 => i + 1,
        Some(i) if string[i] == ESC && string.get(i + 1) == Some(&b'\\') => i + 2,
        Some(i) => i,
        None => string.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let mut out = String::new();
        push_masked(&mut out, text);
        assert_eq!(out.len(), text.len(), "byte for byte: {text:?}");
        out
    }

    #[test]
    fn escape_sequences_read_as_spaces() {
        assert_eq!(masked("A \u{1b}[2Jclear"), "A     clear");
        assert_eq!(masked("\u{1b}[1;31mred\u{1b}[0m text"), "       red     text");
        assert_eq!(masked("\u{1b}[2 qcursor"), "     cursor");
        // A window title, ended by BEL or by the string terminator.
        assert_eq!(masked("\u{1b}]0;Cut 40%\u{7}Port"), "            Port");
        assert_eq!(masked("\u{1b}]0;Cut 40%\u{1b}\\Port"), "             Port");
        // Unended, a string stops at the line's end.
        assert_eq!(masked("\u{1b}]0;title\nPort"), "         \nPort");
        assert_eq!(masked("\u{1b}(B\u{1b}7x"), "     x");
        assert_eq!(masked("bell\u{7} and\u{7f} nul\u{0}"), "bell  and  nul ");
    }

    #[test]
    fn white_space_and_text_are_kept() {
        for text in ["tab\tline\nreturn\r\nfeed\u{c}", "Fran\u{c3}\u{83}\u{c2}\u{a7}ois", "plain, “quoted”", ""] {
            assert!(!has_controls(text), "{text:?}");
            assert_eq!(masked(text), text);
        }
        // A lone escape character before a space takes only itself; before a dash too.
        assert_eq!(masked("father\u{1b} \u{2014} then"), "father  \u{2014} then");
        assert!(has_controls("x\u{1b}") && has_controls("\u{7f}") && has_controls("\u{1f}"));
        // A sequence cut short by the end of the text or a character outside ASCII.
        assert_eq!(masked("end \u{1b}["), "end   ");
        assert_eq!(masked("\u{1b}]0;Caf\u{e9}"), "       \u{e9}");
    }
}
