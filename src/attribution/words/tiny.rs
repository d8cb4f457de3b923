//! The entries of every word of one or two ASCII letters or digits, in any case, in a table
//! indexed by its bytes ([`Words::tiny`](super::Words)): a fifth of a text's words are that
//! short ("a", "of", "he"), and one indexed load is cheaper than packing, hashing and probing
//! the word map for them.

use super::Entry;
use crate::wordmap::WordMap;

/// How a byte of a word of one or two bytes counts in [`index`]: 1 to 36 for an ASCII
/// digit or letter (a capital as its small letter), 0 for any other byte.
static TINY_CODE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 10 {
        t[b'0' as usize + b] = 1 + b as u8;
        b += 1;
    }
    b = 0;
    while b < 26 {
        t[b'a' as usize + b] = 11 + b as u8;
        t[b'A' as usize + b] = 11 + b as u8;
        b += 1;
    }
    t
};

/// The characters that [`TINY_CODE`] counts, by their count less one.
const TINY_CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The side of [`Words::tiny`](super::Words)'s square: no second byte (0), or one of 36.
const TINY_SIDE: usize = 37;

/// The index in [`Words::tiny`](super::Words) of a word of one or two ASCII letters or
/// digits; `None` for any other word.
#[inline]
pub(super) fn index(word: &[u8]) -> Option<usize> {
    let (first, second) = match *word {
        [a] => (TINY_CODE[usize::from(a)], 0),
        [a, b] => (TINY_CODE[usize::from(a)], TINY_CODE[usize::from(b)]),
        _ => return None,
    };
    (first != 0 && (second != 0 || word.len() == 1)).then_some(usize::from(first) * TINY_SIDE + usize::from(second))
}

/// The short-word table of [`Words::tiny`](super::Words): for every word of one or two of the
/// counted characters, its entry in `resolved`, at [`index`].
pub(super) fn table(resolved: &WordMap<Entry>) -> Box<[Entry]> {
    let mut tiny = vec![Entry::default(); TINY_SIDE * TINY_SIDE].into_boxed_slice();
    // Every word of one or two of the counted characters, written on the stack.
    let ones = TINY_CHARS.iter().map(|&a| ([a, 0], 1));
    let twos = TINY_CHARS.iter().flat_map(|&a| TINY_CHARS.iter().map(move |&b| ([a, b], 2)));
    for (bytes, len) in ones.chain(twos) {
        let word = &bytes[..len];
        let entry = std::str::from_utf8(word).ok().and_then(|w| resolved.get(w));
        if let (Some(slot), Some(entry)) = (index(word).and_then(|i| tiny.get_mut(i)), entry) {
            *slot = *entry;
        }
    }
    tiny
}

#[cfg(test)]
mod tests {
    use super::super::WORDS_TABLE;
    use super::*;
    use crate::claims::words::ROOT_NONE;

    /// The table of words of one or two letters or digits gives what the map gives, in any
    /// case; a word of other bytes ("A.", "é") is not in it.
    #[test]
    fn short_words_find_their_map_entries() {
        let words = &*WORDS_TABLE;
        let chars: Vec<u8> = (b'0'..=b'9').chain(b'a'..=b'z').chain(b'A'..=b'Z').collect();
        for &a in &chars {
            for second in std::iter::once(None).chain(chars.iter().map(Some)) {
                let word: Vec<u8> = std::iter::once(a).chain(second.copied()).collect();
                let from_map = words.resolved.get_ascii_lower(&word).copied().unwrap_or_default();
                assert!(index(&word).is_some());
                assert_eq!(words.entry_ascii(&word), from_map, "{:?}", String::from_utf8_lossy(&word));
            }
        }
        assert_ne!(words.entry_ascii(b"He").classes, 0);
        assert_ne!(words.entry_ascii(b"a").claims_root, ROOT_NONE);
        for word in [&b"A."[..], b"-", b"a-", b"", b"abc", "\u{e9}".as_bytes()] {
            assert_eq!(index(word), None, "{word:?}");
        }
    }
}
