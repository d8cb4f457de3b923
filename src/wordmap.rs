//! Maps keyed by short words, for the word lists' look-ups (one or more per word of the text).
//!
//! Words of up to 16 bytes are keyed by their bytes packed in an integer ([`short_key`]), so a
//! look-up hashes and compares two machine words instead of calling `memcmp` on strings; the
//! rare longer word falls back to a string key. The hasher multiplies and rotates eight bytes
//! at a time: SipHash's start-up cost (and a byte-at-a-time loop) would dominate such look-ups.
//! No untrusted keys are inserted: the lists are ours (maps keyed by the page's words use the
//! seeded [`BuildPageHasher`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over eight bytes at a time.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The product's low bits depend only on the input's low bits; the table picks a
        // bucket from the low bits, so bring the well-mixed high bits down.
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u128(&mut self, w: u128) {
        self.add(w as u64);
        self.add((w >> 64) as u64);
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b) | 0x100);
    }
}

/// The build-hasher of every word-keyed map.
pub(crate) type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// The build-hasher of the maps keyed by words of the page (names, roles): foldhash, seeded at
/// random per map (from the process's address layout and the clock), so that a page cannot
/// choose keys that collide; [`WordHasher`] has no seed and serves only our own lists.
#[cfg(not(feature = "fixed-seed"))]
pub(crate) type BuildPageHasher = foldhash::fast::RandomState;

/// [`BuildPageHasher`] with foldhash's fixed seed, for instruction counts alone
/// (`examples/passes`, which requires the feature): with the random seed, the maps' probes
/// and callgrind's count moved from run to run. The answers do not depend on the seed.
#[cfg(feature = "fixed-seed")]
pub(crate) type BuildPageHasher = foldhash::fast::FixedState;

/// A map keyed by words of the page ([`BuildPageHasher`]).
pub(crate) type PageMap<K, V> = HashMap<K, V, BuildPageHasher>;

/// A word of 1 to 16 bytes packed into an integer, zero-padded (words hold no NUL, so two
/// words never share a key).
#[inline]
pub(crate) fn short_key(word: &str) -> Option<u128> {
    short_key_bytes(word.as_bytes())
}

/// [`short_key`] of a word given as bytes: the same zero-padded integer, read with a few
/// fixed-size loads rather than a variable-length copy (a `memcpy` call per look-up).
#[inline]
fn short_key_bytes(b: &[u8]) -> Option<u128> {
    let len = b.len();
    match len {
        0 => None,
        1..=3 => {
            // The first, middle and last bytes cover a word of up to three bytes.
            let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0)) << (8 * i);
            Some(u128::from(at(0) | at(len / 2) | at(len - 1)))
        }
        4..=8 => {
            // The first four bytes and the last four, shifted down over their overlap.
            let head = u64::from(le_u32(b, 0)?);
            let tail = u64::from(le_u32(b, len - 4)?) >> (8 * (8 - len));
            Some(u128::from(head | tail << 32))
        }
        9..=16 => {
            let head = u128::from(le_u64(b, 0)?);
            let tail = u128::from(le_u64(b, len - 8)? >> (8 * (16 - len)));
            Some(head | tail << 64)
        }
        _ => None,
    }
}

/// The [`short_key`] of a word with its ASCII capitals in lower case (the loaded-wording lists
/// match ASCII case-insensitively), lowered eight bytes at a time while packing; `None` for a
/// word of more than 16 bytes (or none).
#[inline]
pub(crate) fn short_key_ascii_lower(word: &[u8]) -> Option<u128> {
    short_key_lowered(word, ascii_lower)
}

/// The [`short_key`] of `word` with `lower` applied to each half of eight bytes while packing.
// Always inlined with its `lower`, so each caller's lowering is its own straight-line code.
#[inline(always)]
fn short_key_lowered(word: &[u8], lower: fn(u64) -> u64) -> Option<u128> {
    // The padding is zero, which lowering leaves as it is; a word of up to eight bytes (most
    // words) has nothing but padding in the high half.
    let key = short_key_bytes(word)?;
    let low = u128::from(lower(key as u64));
    if word.len() <= 8 {
        return Some(low);
    }
    Some(low | u128::from(lower((key >> 64) as u64)) << 64)
}

/// The [`short_key_ascii_lower`] of a word of ASCII letters, digits and the marks that join
/// them in a token (`' - . & ,`): each of those bytes but a capital has the bit 0x20 set
/// already, so setting it in every byte of the word lowers it (four instructions, where
/// [`ascii_lower`]'s test for capitals took a dozen); `None` for a word of more than 16 bytes
/// (or none).
#[inline]
pub(crate) fn short_key_token_lower(word: &[u8]) -> Option<u128> {
    debug_assert!(word.iter().all(|b| b.is_ascii_alphanumeric() || b"'-.&,".contains(b)), "{word:?}");
    short_key_lowered(word, set_case_bits)
}

/// Eight bytes below 0x80 with the bit 0x20 set in each but the zero bytes (a word's padding,
/// which stays zero).
#[inline]
fn set_case_bits(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below 0x80 plus 0x7f reaches 0x80 exactly when it is not zero, and never carries
    // into the next byte; its high bit, shifted down to 0x20, is the case bit.
    x | (x.wrapping_add(LOW7) & HIGH) >> 2
}

/// Eight bytes with their ASCII capitals in lower case, the others as they are.
#[inline]
pub(crate) fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // The high bit of each byte: set when its low seven bits are at least 'A', and more than 'Z'.
    let from_a = low7 + ONES * u64::from(0x80 - b'A');
    let past_z = low7 + ONES * u64::from(0x7f - b'Z');
    let capital = (from_a ^ past_z) & !x & HIGH;
    x | (capital >> 2)
}

/// The little-endian `u32` at byte `at` of `b`.
#[inline]
fn le_u32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The little-endian `u64` at byte `at` of `b`.
#[inline]
fn le_u64(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// log2 of the bits of a [`WordFilter`].
const FILTER_BITS_LOG2: u32 = 13;

/// A filter of a set of words by their shapes — length, first, second and last bytes, five
/// low bits of each, hashed to one of 8,192 bits: a word whose bit is clear is not in the set.
/// Most words of a text are in no list, and the test costs a tenth of a look-up. (Per length,
/// a mask of first and of last bytes let two words in three through, or nine in ten.) The five
/// low bits of a letter are those of its capital, so a word tests the same in any ASCII case.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter(Box<[u64]>);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter(vec![0; 1 << (FILTER_BITS_LOG2 - 6)].into_boxed_slice())
    }
}

impl WordFilter {
    /// The bit of a word under `tag` (of six bits; [`WordFilter::add_tagged`]), tag 0 being
    /// the untagged words' ([`WordFilter::add`]); none for the empty word, which is never a key.
    #[inline]
    fn tagged_bit(word: &[u8], tag: u8) -> Option<usize> {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return None;
        };
        let second = word.get(1).copied().unwrap_or(0);
        let five = |b: u8| u32::from(b & 0x1f);
        // Longer words share the shapes of shorter ones: a superset, as a filter may be. The
        // tag's sixth bit lands above the shape's 25: a tag below 32 hashes as it did in five.
        let shape = u32::from(tag & 0x3f) << 20
            | ((word.len() & 0x1f) as u32) << 15
            | five(last) << 10
            | five(second) << 5
            | five(first);
        Some((shape.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS_LOG2)) as usize)
    }

    /// Lets `word` through from now on.
    pub fn add(&mut self, word: &str) {
        self.add_tagged(word, 0);
    }

    /// Whether `word` may be in the set: always when it is.
    #[inline]
    pub fn may_have(&self, word: &[u8]) -> bool {
        self.may_have_tagged(word, 0)
    }

    /// Lets `word` through under `tag` (below 64) from now on: a set of words in classes, with
    /// a tag for each, asked whether a word is in one class, turns away the words of the
    /// others too ([`WordFilter::may_have_tagged`]).
    pub fn add_tagged(&mut self, word: &str, tag: u8) {
        if let Some(bit) = Self::tagged_bit(word.as_bytes(), tag) {
            if let Some(w) = self.0.get_mut(bit / 64) {
                *w |= 1 << (bit % 64);
            }
        }
    }

    /// Whether `word` may be in the set under `tag`: always when it was added with it.
    #[inline]
    pub fn may_have_tagged(&self, word: &[u8], tag: u8) -> bool {
        Self::tagged_bit(word, tag).is_some_and(|bit| self.has_bit(bit))
    }

    /// Whether bit `bit` is set.
    #[inline]
    fn has_bit(&self, bit: usize) -> bool {
        self.0.get(bit / 64).is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

/// A map from words to values.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    short: ShortTable<V>,
    long: HashMap<String, V, BuildWordHasher>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: ShortTable::default(), long: HashMap::default() }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        match short_key(word) {
            Some(k) => self.short.get(k),
            None => self.long.get(word),
        }
    }

    /// The value of the word spelt by `bytes` (not found when they are not UTF-8).
    #[inline]
    pub fn get_bytes(&self, bytes: &[u8]) -> Option<&V> {
        match short_key_bytes(bytes) {
            Some(k) => self.short.get(k),
            None => self.long.get(std::str::from_utf8(bytes).ok()?),
        }
    }

    /// The value of ASCII `word` in lower case (a word with bytes outside ASCII is lowered
    /// only in its ASCII bytes).
    // Always inlined: the word-list look-ups ask it of many words, and past a size LLVM made
    // it a call.
    #[inline(always)]
    pub fn get_ascii_lower(&self, word: &[u8]) -> Option<&V> {
        self.get_lowered(short_key_ascii_lower(word), word)
    }

    /// [`WordMap::get_ascii_lower`] for a word as the tokenizer reads it: ASCII letters,
    /// digits and the marks that join them (`' - . & ,`), lowered as
    /// [`short_key_token_lower`] does.
    // Always inlined: the tokenizer asks it of nearly every word.
    #[inline(always)]
    pub fn get_token_lower(&self, word: &[u8]) -> Option<&V> {
        self.get_lowered(short_key_token_lower(word), word)
    }

    /// The value of `word` in lower case, given its lowered short key (`None` for a word too
    /// long for one: it is lowered into a string and looked up among the long words).
    #[inline(always)]
    fn get_lowered(&self, short_key: Option<u128>, word: &[u8]) -> Option<&V> {
        match short_key {
            Some(k) => self.short.get(k),
            None if self.long.is_empty() => None,
            None => self.long.get(std::str::from_utf8(word).ok()?.to_ascii_lowercase().as_str()),
        }
    }

    /// Sets the value of `word`.
    pub fn insert(&mut self, word: &str, value: V) {
        match short_key(word) {
            Some(k) => self.short.insert(k, value),
            None => {
                self.long.insert(word.to_string(), value);
            }
        }
    }
}

/// One slot of a [`ShortTable`]: a packed key and the index of its value, or [`EMPTY`].
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The key's two halves: a `u128`, aligned to 16 bytes, made the slot 32 bytes, not 24.
    key: [u64; 2],
    value: u32,
}

/// A packed key's low and high halves, as a [`Slot`] holds them.
fn halves(key: u128) -> [u64; 2] {
    [key as u64, (key >> 64) as u64]
}

/// [`Slot::value`] of a slot that holds no key.
const EMPTY: u32 = u32::MAX;

/// The packed words of a [`WordMap`] and their values: open addressing with linear probing in
/// a power-of-two array of slots kept at most a quarter full, the slot picked by one multiply of
/// the key. A look-up (one or two per word of the text) costs a third of the general hash
/// map's: no tag group to match, no hasher state. The keys are the lists' words (ours), so no
/// input can make the probes long.
#[derive(Debug, Clone)]
struct ShortTable<V> {
    /// The slots; empty until the first insert.
    slots: Vec<Slot>,
    /// The values, in insertion order.
    values: Vec<V>,
    /// How far the product's top bits are shifted down to index `slots`.
    shift: u32,
}

impl<V> Default for ShortTable<V> {
    fn default() -> Self {
        // A shift below 64, so that `home` is defined before the first insert; the probe
        // then finds no slot at all.
        ShortTable { slots: Vec::new(), values: Vec::new(), shift: 63 }
    }
}

impl<V> ShortTable<V> {
    /// The slot where the probe for `key` starts.
    #[inline]
    fn home(&self, key: u128) -> usize {
        // The high half, zero for a word of up to eight bytes (most words), is rotated into
        // the low half's middle rather than multiplied first (three instructions fewer a
        // look-up); the multiply below mixes both into the top bits.
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        // The product's high bits depend on all of the key's bits.
        (mixed.wrapping_mul(0x517C_C1B7_2722_0A95) >> self.shift) as usize
    }

    /// The index in `values` of `key`'s value.
    #[inline]
    fn index_of(&self, key: u128) -> Option<usize> {
        // An empty table (no slots) needs no test of its own: its first slot is not found.
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        loop {
            let slot = self.slots.get(i)?;
            if slot.value == EMPTY {
                return None;
            }
            if slot.key == halves(key) {
                return Some(slot.value as usize);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key`.
    #[inline]
    fn get(&self, key: u128) -> Option<&V> {
        self.values.get(self.index_of(key)?)
    }

    /// Sets the value of `key`.
    fn insert(&mut self, key: u128, value: V) {
        if let Some(v) = self.index_of(key).and_then(|i| self.values.get_mut(i)) {
            *v = value;
            return;
        }
        // At most half full after this insert. A quarter full took 0.36 M fewer instructions
        // a pass over PolNeAR dev (a miss probes on to an empty slot) but ran slower on the
        // clock, the larger tables missing the cache more (stop 32, BENCHMARKS.md).
        while (self.values.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let Ok(index) = u32::try_from(self.values.len()) else { return };
        self.values.push(value);
        self.place(key, index);
    }

    /// Puts `key`, which no slot holds, with value index `index` in the first empty slot of
    /// its probe.
    fn place(&mut self, key: u128, index: u32) {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        while self.slots.get(i).is_some_and(|s| s.value != EMPTY) {
            i = (i + 1) & mask;
        }
        if let Some(slot) = self.slots.get_mut(i) {
            *slot = Slot { key: halves(key), value: index };
        }
    }

    /// Doubles the slots (at least eight) and places every key again.
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(8);
        let old = std::mem::replace(&mut self.slots, vec![Slot { key: [0; 2], value: EMPTY }; len]);
        self.shift = 64 - len.trailing_zeros();
        for slot in old.into_iter().filter(|s| s.value != EMPTY) {
            self.place(u128::from(slot.key[0]) | u128::from(slot.key[1]) << 64, slot.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast key is the word's bytes zero-padded, for every length it handles.
    #[test]
    fn short_keys_are_zero_padded_bytes() {
        let word = "abcdefghijklmnopq";
        for len in 0..=word.len() {
            let w = &word[..len];
            let expected = (1..=16).contains(&len).then(|| {
                let mut padded = [0u8; 16];
                padded[..len].copy_from_slice(w.as_bytes());
                u128::from_le_bytes(padded)
            });
            assert_eq!(short_key(w), expected, "{w}");
        }
    }

    #[test]
    fn lowered_keys_are_the_keys_of_the_lower_case_word() {
        for w in ["SLAM", "slam", "Na\u{cf}ve", "@[`{AZaz09", "Regime", "ABCDEFGHIJKLMNOP"] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(short_key_ascii_lower(w.as_bytes()), short_key(&lower), "{w}");
        }
        assert_eq!(short_key_ascii_lower(b"0123456789abcdefg"), None);
        assert_eq!(short_key_ascii_lower(b""), None);
    }

    /// A token's word lowered by setting the bit 0x20 gives the key of its lower case, at
    /// every length and for every byte a token's word holds.
    #[test]
    fn token_keys_are_the_keys_of_the_lower_case_word() {
        let bytes: Vec<u8> = (b'0'..=b'9').chain(b'a'..=b'z').chain(b'A'..=b'Z').chain(*b"'-.&,").collect();
        for len in 1..=17 {
            for start in 0..bytes.len() {
                let word: Vec<u8> = bytes.iter().cycle().skip(start).take(len).copied().collect();
                assert_eq!(short_key_token_lower(&word), short_key_ascii_lower(&word), "{word:?}");
            }
        }
        let mut m = WordMap::default();
        m.insert("u.s.", 1);
        m.insert("internationally-recognised", 2);
        assert_eq!(m.get_token_lower(b"U.S."), Some(&1));
        assert_eq!(m.get_token_lower(b"Internationally-Recognised"), Some(&2));
        assert_eq!(m.get_token_lower(b"U.K."), None);
    }

    #[test]
    fn filter_lets_its_words_through_in_any_case() {
        let mut f = WordFilter::default();
        for w in ["said", "according", "internationally-recognised", "a"] {
            f.add(w);
        }
        for w in ["said", "SAID", "Said", "according", "Internationally-Recognised", "a", "A"] {
            assert!(f.may_have(w.as_bytes()), "{w}");
        }
        assert!(!f.may_have(b""));
        let through =
            ["told", "claimed", "the", "of", "president", "water"].iter().filter(|w| f.may_have(w.as_bytes())).count();
        assert!(through < 3, "{through}");
    }

    /// A word added under a tag is let through under it, in any case; under another tag, or
    /// with none, mostly not.
    #[test]
    fn a_tagged_filter_lets_its_words_through_under_their_tags() {
        let mut f = WordFilter::default();
        let tagged = [
            ("who", 3),
            ("which", 3),
            ("the", 7),
            ("a", 7),
            ("internationally-recognised", 31),
            ("whose", 32),
            ("known", 63),
        ];
        for (w, tag) in tagged {
            f.add_tagged(w, tag);
        }
        for (w, tag) in tagged {
            assert!(f.may_have_tagged(w.as_bytes(), tag), "{w}");
            assert!(f.may_have_tagged(w.to_uppercase().as_bytes(), tag), "{w}");
        }
        assert!(!f.may_have_tagged(b"", 3));
        let through = tagged
            .iter()
            .flat_map(|&(w, tag)| [(w, tag ^ 1), (w, 0)])
            .filter(|&(w, tag)| f.may_have_tagged(w.as_bytes(), tag) || f.may_have(w.as_bytes()))
            .count();
        assert!(through < 3, "{through}");
        // A tag past 31 is its own, not its five low bits' (the filter once kept five).
        assert!(!f.may_have_tagged(b"whose", 0) && !f.may_have_tagged(b"known", 31));
    }

    #[test]
    fn short_and_long_words() {
        let mut m = WordMap::default();
        m.insert("said", 1);
        m.insert("internationally-recognised", 2);
        m.insert("", 3);
        assert_eq!(m.get("said"), Some(&1));
        assert_eq!(m.get("sai"), None);
        assert_eq!(m.get("internationally-recognised"), Some(&2));
        assert_eq!(m.get("internationally-recognise"), None);
        assert_eq!(m.get(""), Some(&3));
        assert_eq!(m.get_ascii_lower(b"SAID"), Some(&1));
        assert_eq!(m.get_ascii_lower(b"Internationally-Recognised"), Some(&2));
        assert_eq!(m.get_ascii_lower(b"Sai"), None);
        let empty: WordMap<u8> = WordMap::default();
        assert_eq!(empty.get("said"), None);
    }

    /// The open-addressed table finds every key it was given, with the last value given,
    /// through growth and collisions, and nothing else.
    #[test]
    fn short_table_keeps_every_key() {
        let mut m = WordMap::default();
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            m.insert(w, i);
        }
        m.insert("w7", 70);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&if i == 7 { 70 } else { i }), "{w}");
        }
        assert_eq!(m.get("w3000"), None);
        assert_eq!(m.get("x1"), None);
        assert_eq!(m.short.values.len(), 3000);
    }
}
