//! A table of word phrases looked up one word at a time: the lists hold words and phrases
//! (never fragments of words), so a phrase can only start where a word starts, and its first
//! word is a hash key. A text is read word by word; each word's candidates (the phrases that
//! start with it, longest first) are compared byte by byte.
//!
//! Why not an Aho-Corasick automaton: building one for the lists (a DFA natively, an NFA in
//! WASM) was most of the core's first-call cost, paid on every cold start of the browser
//! extension; a hash map of a few hundred words builds in a fraction of that and reads news
//! text as fast.

use std::collections::HashMap;
use std::ops::Range;

use crate::wordmap::{short_key_ascii_lower, BuildWordHasher};

/// Packed first words ([`short_key_ascii_lower`]) to their forms.
type FirstWordMap = HashMap<u128, Vec<u32>, BuildWordHasher>;

/// The bit of a word in the table's filter: a hash of its length, its first two bytes and its
/// last byte, five bits of each (so that a capital and its small letter, `A` and `a`, fall
/// together). Cheaper than packing the word, and few words share all four with a listed word.
#[inline]
fn filter_bit(word: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else { return 0 };
    let second = word.get(1).copied().unwrap_or(0);
    let five = |b: u8| u32::from(b & 0x1f);
    let shape = ((word.len() & 0x1f) as u32) << 15 | five(last) << 10 | five(second) << 5 | five(first);
    (shape.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_LOG2)) as usize
}

/// Bits in the filter (4 KB).
const FILTER_LOG2: u32 = 15;
const FILTER_BITS: usize = 1 << FILTER_LOG2;

/// Phrases keyed by their first word.
pub(crate) struct PhraseTable {
    /// The phrases, lower case, as added.
    forms: Vec<Box<[u8]>>,
    /// Per form, the length of its part up to the end of its first word (the word it is keyed
    /// by), which every candidate of a look-up shares with the text: [`Self::longest_at`]
    /// compares the rest first, where the candidates differ.
    heads: Vec<usize>,
    /// First word (packed) → indices into `forms`, longest form first, then in the order added.
    by_first_word: FirstWordMap,
    /// The same for first words of more than 16 bytes (lower case).
    by_long_first_word: HashMap<Box<[u8]>, Vec<u32>>,
    /// A bit set for every first word (see [`filter_bit`]): most words of a text are no first
    /// word, and one bit tells so without packing the word or a hash look-up.
    filter: Box<[u64]>,
}

impl PhraseTable {
    /// A table of `forms`; each is keyed by its first word (its first run of letters and digits
    /// after `skip` bytes: 1 for a suffix such as "-hating", whose first word follows the hyphen).
    /// A form with no word is left out.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>, skip: usize) -> PhraseTable {
        let mut table = PhraseTable {
            forms: Vec::new(),
            heads: Vec::new(),
            by_first_word: FirstWordMap::default(),
            by_long_first_word: HashMap::new(),
            filter: vec![0; FILTER_BITS / 64].into_boxed_slice(),
        };
        for form in forms {
            let index = u32::try_from(table.forms.len()).unwrap_or(u32::MAX);
            let first = form.get(skip..).and_then(|rest| words(rest).next());
            table.heads.push(first.as_ref().map_or(0, |w| skip + w.end));
            if let Some(first) = first.filter(|w| w.start == 0) {
                let word = form.as_bytes().get(skip..skip + first.end).unwrap_or_default();
                let bit = filter_bit(word);
                if let Some(w) = table.filter.get_mut(bit / 64) {
                    *w |= 1 << (bit % 64);
                }
                match short_key_ascii_lower(word) {
                    Some(packed) => {
                        table.by_first_word.entry(packed).or_default().push(index);
                    }
                    None => table.by_long_first_word.entry(word.to_ascii_lowercase().into()).or_default().push(index),
                }
            }
            table.forms.push(form.as_bytes().to_ascii_lowercase().into_boxed_slice());
        }
        let forms = &table.forms;
        for candidates in table.by_first_word.values_mut().chain(table.by_long_first_word.values_mut()) {
            // Stable: equal lengths keep the order added (the first added wins, as it did in
            // the automaton this replaces).
            crate::sort::by_key(candidates, |&i| std::cmp::Reverse(forms.get(i as usize).map_or(0, |f| f.len())));
        }
        table
    }

    /// Whether the table holds no form.
    pub fn is_empty(&self) -> bool {
        self.by_first_word.is_empty() && self.by_long_first_word.is_empty()
    }

    /// Heap bytes, roughly (for the speed probe).
    #[cfg(test)]
    pub fn memory_usage(&self) -> usize {
        let forms: usize = self.forms.iter().map(|f| f.len() + 16).sum();
        let lists: usize = self.by_first_word.values().map(|v| 4 * v.len() + 24 + 32).sum();
        forms + lists
    }

    /// Whether some form may start with `word` (a cheap test before [`Self::longest_at`]).
    #[inline]
    pub fn may_start(&self, word: &[u8]) -> bool {
        let bit = filter_bit(word);
        self.filter.get(bit / 64).is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }

    /// The longest form (index, end) that starts at `start` of `hay`, ASCII case-insensitively
    /// and within `hay`, given the first word `word` of the phrase in `hay` (a form is only
    /// looked for under its own first word). Whole-word checks are the caller's.
    pub fn longest_at(&self, hay: &[u8], start: usize, word: &[u8]) -> Option<(usize, usize)> {
        if !self.may_start(word) {
            return None;
        }
        let candidates = match short_key_ascii_lower(word) {
            Some(packed) => self.by_first_word.get(&packed)?,
            None if self.by_long_first_word.is_empty() => return None,
            None => self.by_long_first_word.get(word.to_ascii_lowercase().as_slice())?,
        };
        candidates.iter().find_map(|&i| {
            let form = self.forms.get(i as usize)?;
            let end = start.checked_add(form.len())?;
            let found = hay.get(start..end)?;
            // The rest after the first word first: the candidates share their first word and
            // differ after it, so most are turned away there. (Both parts are compared.)
            let head = self.heads.get(i as usize).copied().unwrap_or(0).min(form.len());
            let (form_head, form_rest) = form.split_at(head);
            let (found_head, found_rest) = found.split_at(head);
            (found_rest.eq_ignore_ascii_case(form_rest) && found_head.eq_ignore_ascii_case(form_head))
                .then_some((i as usize, end))
        })
    }
}

/// Whether the character at `at` of `text` (a non-ASCII one) is a letter or digit, and its length.
fn non_ascii_alnum(text: &str, at: usize) -> (bool, usize) {
    // Curly quotes, dashes and special spaces (U+2000 to U+203F), common in news, are no
    // letters: told without the Unicode tables.
    if text.as_bytes().get(at..at + 2) == Some(&[0xE2, 0x80]) {
        return (false, 3);
    }
    match text.get(at..).and_then(|s| s.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// The words of `text` (maximal runs of letters and digits), as byte spans, in order.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The union of tables' filters (see [`PhraseTable::filter`]).
pub(crate) struct Filter(Box<[u64]>);

impl Filter {
    /// The union of the filters of `tables`.
    pub fn of(tables: &[&PhraseTable]) -> Filter {
        let mut bits = vec![0u64; FILTER_BITS / 64];
        for table in tables {
            bits.iter_mut().zip(table.filter.iter()).for_each(|(b, t)| *b |= t);
        }
        Filter(bits.into_boxed_slice())
    }

    /// Whether `word` may start a form of one of the tables (a superset: it still has to be
    /// looked up). Most words of a text are left out at the cost of one bit test.
    #[inline]
    pub fn may_start(&self, word: &[u8]) -> bool {
        let bit = filter_bit(word);
        self.0.get(bit / 64).is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

/// The iterator of [`words`]: ASCII bytes one at a time, other characters decoded. (The
/// analysis takes the words from attribution's tokenizer; this scan splits the lists' forms
/// and is the reference the tests compare the tokenizer's words with.)
pub(crate) struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// What a byte is to the word scan: 1 an ASCII letter or digit, 0 other ASCII, 2 a byte of
/// a non-ASCII character (decoded to tell letters from punctuation).
static BYTE_KIND: [u8; 256] = {
    let mut table = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() as u8;
        b += 1;
    }
    table
};

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut at = self.at;
        // Skip to the next letter or digit.
        let start = loop {
            if at >= len {
                self.at = at;
                return None;
            }
            match BYTE_KIND[usize::from(bytes[at])] {
                0 => at += 1,
                1 => break at,
                _ => match non_ascii_alnum(self.text, at) {
                    (true, _) => break at,
                    (false, n) => at += n,
                },
            }
        };
        // Run to its end.
        while at < len {
            match BYTE_KIND[usize::from(bytes[at])] {
                1 => at += 1,
                0 => break,
                _ => match non_ascii_alnum(self.text, at) {
                    (true, n) => at += n,
                    (false, _) => break,
                },
            }
        }
        self.at = at;
        Some(start..at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let t = "Trump-hating, naïve 9/11 o’clock—“x”";
        let found: Vec<&str> = words(t).map(|w| &t[w]).collect();
        assert_eq!(found, ["Trump", "hating", "naïve", "9", "11", "o", "clock", "x"]);
    }

    #[test]
    fn longest_form_under_its_first_word() {
        let table = PhraseTable::new(["slam", "slam dunk", "slammed into", "incomprehensibilities x"], 0);
        let t = "SLAM dunk, slam, slammed into";
        assert_eq!(table.longest_at(t.as_bytes(), 0, b"SLAM"), Some((1, 9)));
        assert_eq!(table.longest_at(t.as_bytes(), 11, b"slam"), Some((0, 15)));
        assert_eq!(table.longest_at(t.as_bytes(), 17, b"slammed"), Some((2, 29)));
        let long = "Incomprehensibilities x";
        assert_eq!(table.longest_at(long.as_bytes(), 0, b"Incomprehensibilities"), Some((3, 23)));
        assert_eq!(table.longest_at(long.as_bytes(), 0, b"Incomprehensibilitie"), None);
        let suffixes = PhraseTable::new(["-hating"], 1);
        assert_eq!(suffixes.longest_at(b"x-Hating", 1, b"Hating"), Some((0, 8)));
    }
}
