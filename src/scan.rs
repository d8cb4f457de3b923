//! The few bytes a scanner stops at (quote marks, sentence ends), found with `memchr`'s
//! vectorised search instead of a test of every byte of the text in a loop: such scans run
//! over the whole text, where those bytes are rare.

use std::iter::Peekable;

use memchr::{memchr2_iter, memchr3_iter, Memchr2, Memchr3};

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
}
