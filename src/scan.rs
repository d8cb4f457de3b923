//! The few bytes a scanner stops at (quote marks, sentence ends), found with `memchr`'s
//! vectorised search instead of a test of every byte of the text in a loop: such scans run
//! over the whole text, where those bytes are rare; and the byte classes those loops share.

use std::iter::Peekable;
use std::ops::Range;

use memchr::{memchr2_iter, memchr3_iter, Memchr2, Memchr3};

/// What `char::is_whitespace` says of an ASCII byte (it counts the vertical tab, which
/// `u8::is_ascii_whitespace` does not): the byte loops that stand in for `trim`,
/// `split_whitespace` and `char::is_whitespace` on ASCII text ask it.
#[inline]
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// ASCII letters and digits, as a table indexed by byte (false from 0x80 on): the word loops of
/// attribution's and claims' tokenizers test every byte of the text with it.
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The positions in a text of the bytes of two small sets, in order (see [`positions`]).
pub(crate) struct Positions<'a> {
    three: Peekable<Memchr3<'a>>,
    two: Peekable<Memchr2<'a>>,
}

/// The positions in `hay` of the bytes `three` and `two`, in increasing order (a byte in both
/// sets is given once from each). Repeat a byte to look for fewer.
pub(crate) fn positions(hay: &[u8], three: [u8; 3], two: [u8; 2]) -> Positions<'_> {
    let [a, b, c] = three;
    let [d, e] = two;
    Positions { three: memchr3_iter(a, b, c, hay).peekable(), two: memchr2_iter(d, e, hay).peekable() }
}

impl Iterator for Positions<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match (self.three.peek(), self.two.peek()) {
            (Some(a), Some(b)) if b < a => self.two.next(),
            (Some(_), _) => self.three.next(),
            (None, _) => self.two.next(),
        }
    }
}

/// Pushes onto `out` the joined-text offsets in `block` of `text` where a quote mark may start:
/// `"`, a doubled `` ` `` or `'`, « », and the curly marks “ ” „ ‘ ’ (not the other characters of
/// General Punctuation, dashes above all). Told from their bytes, without decoding: the pairing
/// of claims and of loaded wording reads only these, each by its own rule.
pub(crate) fn quote_mark_starts(text: &str, block: Range<usize>, out: &mut Vec<usize>) {
    let Some(body) = text.as_bytes().get(block.clone()) else { return };
    for i in positions(body, [b'"', 0xC2, 0xE2], [b'`', b'\'']) {
        let next = body.get(i + 1).copied();
        let may_start = match body.get(i).copied() {
            Some(b'"') => true,
            Some(b @ (b'`' | b'\'')) => next == Some(b),
            // « and »: U+00AB, U+00BB.
            Some(0xC2) => matches!(next, Some(0xAB | 0xBB)),
            // ‘ ’ “ ” „: U+2018, U+2019, U+201C, U+201D, U+201E.
            Some(0xE2) => next == Some(0x80) && matches!(body.get(i + 2), Some(0x98 | 0x99 | 0x9C..=0x9E)),
            _ => false,
        };
        if may_start {
            out.push(block.start + i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_both_sets_in_order() {
        let hay = b"a.b\nc!d?e.\rf";
        let found: Vec<usize> = positions(hay, [b'.', b'\n', b'\r'], [b'!', b'?']).collect();
        let expected: Vec<usize> =
            hay.iter().enumerate().filter(|(_, b)| b".\n\r!?".contains(b)).map(|(i, _)| i).collect();
        assert_eq!(found, expected);
        assert_eq!(positions(b"", [b'.'; 3], [b'!'; 2]).count(), 0);
    }

    #[test]
    fn quote_mark_starts_are_the_marks_only() {
        // One backtick or apostrophe alone starts no mark; a dash or a no-break space is no mark.
        let text = "x \"a\" ``b'' it's ‘c’ “d” „e« »f — g\u{a0}h '";
        let mut found = Vec::new();
        quote_mark_starts(text, 0..text.len(), &mut found);
        let marks: Vec<char> = found.iter().filter_map(|&i| text.get(i..)?.chars().next()).collect();
        assert_eq!(marks, ['"', '"', '`', '\'', '‘', '’', '“', '”', '„', '«', '»']);
        // Offsets are the joined text's, and a block's own: the first mark is outside 3..
        let mut inside = Vec::new();
        quote_mark_starts(text, 3..text.len(), &mut inside);
        assert_eq!(inside, found.get(1..).unwrap_or_default());
        quote_mark_starts(text, 0..text.len() + 1, &mut inside);
        assert_eq!(inside.len(), found.len() - 1);
    }
}
