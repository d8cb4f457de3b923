//! Escape sequences, which the analysis does not read. Text pasted from a terminal or a log
//! can hold them ("\x1b[2J" clears a screen, "\x1b[31m" colours red), and their digits and
//! letters read as words: the "2" of "\x1b[2J" was a figure with no source, and the sequence
//! glued to the next word ("\x1b[2JThe") hid a sentence's start. The detectors read the
//! joined text with every escape character, and the rest of the sequence it opens, as
//! spaces, byte for byte, so every offset is the same in the original text, which the report
//! cuts its texts from.
//!
//! Only the escape character opens a sequence whose bytes are letters and digits; another
//! control character (BEL, NUL, backspace) is no letter or digit, so no rule reads it as a
//! word, and it is left as it is. Only ASCII bytes are blanked, so character boundaries do
//! not move. The 8-bit form of the control sequence introducer (CSI, U+009B; ECMA-48's 9/11
//! for ESC "[") opens no sequence: in UTF-8 text it is two bytes, which xterm does not act on
//! (a C1 control decoded from UTF-8 is not used as one, its ctlseqs says), and where it occurs
//! it is mis-decoded text, the second byte of a Latin Extended letter read as Latin-1 ("ś",
//! C5 9B, as "Å" and U+009B), with the rest of a name after it that a sequence's final byte
//! would take ("Ko\u{c5}\u{9b}ciuszko"). It is no letter or digit, so no rule reads it.

/// The escape character, which opens a sequence.
const ESC: u8 = 0x1b;

/// Whether `text` holds an escape character: one `memchr` over the text (the analysis asks
/// it of every document, and almost none has one; a test of every byte for every control
/// character cost 0.4 M instructions a pass over PolNeAR dev, this one a fraction of it).
pub(crate) fn has_escape(text: &str) -> bool {
    memchr::memchr(ESC, text.as_bytes()).is_some()
}

/// Pushes `text` onto `out` with each escape character, and the rest of the sequence it
/// opens, as spaces (one per byte).
pub(crate) fn push_masked(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut copied, mut at) = (0, 0);
    while let Some(found) = bytes.get(at..).and_then(|rest| memchr::memchr(ESC, rest)) {
        let start = at + found;
        let end = start + 1 + sequence_len(bytes.get(start + 1..).unwrap_or_default());
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
        // Other control characters are no part of a sequence, and are left.
        assert_eq!(masked("bell\u{7} and\u{7f} nul\u{0}"), "bell\u{7} and\u{7f} nul\u{0}");
    }

    #[test]
    fn white_space_and_text_are_kept() {
        for text in [
            "tab\tline\nreturn\r\nfeed\u{c}",
            "Fran\u{c3}\u{83}\u{c2}\u{a7}ois",
            "plain, “quoted”",
            "",
            "C1 \u{9b}2J",
            "Ko\u{c5}\u{9b}ciuszko",
        ] {
            assert!(!has_escape(text), "{text:?}");
            assert_eq!(masked(text), text);
        }
        // A lone escape character before a space takes only itself; before a dash too.
        assert_eq!(masked("father\u{1b} \u{2014} then"), "father  \u{2014} then");
        assert!(has_escape("x\u{1b}") && !has_escape("\u{7}\u{7f}\u{1f}"));
        // A sequence cut short by the end of the text or a character outside ASCII.
        assert_eq!(masked("end \u{1b}["), "end   ");
        assert_eq!(masked("\u{1b}]0;Caf\u{e9}"), "       \u{e9}");
    }
}
