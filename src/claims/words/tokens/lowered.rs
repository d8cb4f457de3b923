//! The lower cases that are no slice of a document's text or of its lowered copy: a word
//! outside ASCII with a capital ("Éire") or a typographic apostrophe ("Trump’s", made
//! "trump's"), a rare one. The tokens borrow them from this store, which lives as long as the
//! document's text, so that a token holds a plain `&str` for its lower case (nothing to drop
//! when a sentence's tokens are cleared, no variant to tell apart at each look-up).

use std::cell::{Cell, OnceCell};

/// The slots of the first block a store makes; each next block has twice as many, so that a
/// store of `n` lower cases walks about log2(n) blocks to keep one.
const FIRST_BLOCK: usize = 16;

/// The longest lower case kept in a slot without a heap allocation.
const INLINE: usize = 22;

/// An append-only store of lower cases: each is written once into a slot of its own and
/// borrowed from there for as long as the store lives (a slot is a `OnceCell`, so a shared
/// borrow of the store may fill the next one while the earlier ones are borrowed).
#[derive(Default)]
pub(crate) struct Lowered {
    /// This block's slots (none in a new store: it allocates on the first lower case kept).
    slots: Vec<OnceCell<Slot>>,
    /// How many of `slots` are filled.
    used: Cell<usize>,
    /// The next block, made when this one is full.
    more: OnceCell<Box<Lowered>>,
}

/// One kept lower case.
enum Slot {
    /// Up to [`INLINE`] bytes of ASCII and their length.
    Inline([u8; INLINE], u8),
    /// Anything else.
    Boxed(Box<str>),
}

impl Slot {
    fn as_str(&self) -> &str {
        match self {
            // Written from ASCII bytes only, so always valid UTF-8.
            Slot::Inline(buf, len) => {
                buf.get(..usize::from(*len)).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default()
            }
            Slot::Boxed(s) => s,
        }
    }
}

impl Lowered {
    fn with_room(n: usize) -> Lowered {
        Lowered { slots: (0..n).map(|_| OnceCell::new()).collect(), used: Cell::new(0), more: OnceCell::new() }
    }

    /// The lower case of `t` (not all ASCII, or ASCII that cannot be borrowed): lower case, with
    /// typographic apostrophes made straight; `t` itself when that changes nothing, else kept
    /// here.
    pub(crate) fn lower<'s>(&'s self, t: &'s str) -> &'s str {
        if t.is_ascii() {
            if !t.bytes().any(|b| b.is_ascii_uppercase()) {
                return t;
            }
        } else if t == "\u{2019}" {
            // A lone typographic apostrophe, a common mark.
            return "'";
        } else if !t.chars().any(|c| c == '\u{2019}' || !is_general_punctuation(c) && c.is_uppercase()) {
            return t;
        }
        self.keep(apostrophe_inline(t).unwrap_or_else(|| Slot::Boxed(t.to_lowercase().replace('\u{2019}', "'").into())))
    }

    /// Keeps `slot` in the first free slot and borrows it.
    fn keep(&self, slot: Slot) -> &str {
        let mut block = self;
        loop {
            let i = block.used.get();
            if let Some(cell) = block.slots.get(i) {
                block.used.set(i + 1);
                return cell.get_or_init(|| slot).as_str();
            }
            let room = (block.slots.len() * 2).max(FIRST_BLOCK);
            block = block.more.get_or_init(|| Box::new(Lowered::with_room(room)));
        }
    }
}

/// Whether `c` is in the General Punctuation block (curly quotes, dashes, the ellipsis: most
/// marks outside ASCII in news text), which holds no capital: the Unicode tables are slow to
/// ask.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// The lower case of a short word of ASCII and typographic apostrophes ("Didn’t", "Trump’s",
/// common in news text), inline: such a word lowers to ASCII.
fn apostrophe_inline(t: &str) -> Option<Slot> {
    let mut buf = [0u8; INLINE];
    let mut len = 0;
    for c in t.chars() {
        let b = match c {
            '\u{2019}' => b'\'',
            c if c.is_ascii() => (c as u8).to_ascii_lowercase(),
            _ => return None,
        };
        *buf.get_mut(len)? = b;
        len += 1;
    }
    Some(Slot::Inline(buf, len as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lower cases kept while earlier ones are borrowed stay as they were kept, past the
    /// first blocks; words that need no store are borrowed as they are.
    #[test]
    fn kept_lower_cases_stay_while_more_are_kept() {
        let store = Lowered::default();
        let words: Vec<String> = (0..100).map(|i| format!("Trump\u{2019}s{i}")).collect();
        let long = "\u{c9}IRE-AND-A-VERY-LONG-NAME-INDEED";
        let mut kept: Vec<&str> = words.iter().map(|w| store.lower(w)).collect();
        kept.push(store.lower(long));
        for (i, k) in kept.iter().take(100).enumerate() {
            assert_eq!(*k, format!("trump's{i}"));
        }
        assert_eq!(kept[100], "\u{e9}ire-and-a-very-long-name-indeed");
        assert_eq!(store.lower("na\u{ef}ve"), "na\u{ef}ve");
        assert_eq!(store.lower("plain"), "plain");
        assert_eq!(store.lower("\u{201c}"), "\u{201c}");
        assert_eq!(store.lower("\u{2019}"), "'");
        assert_eq!(store.lower("\u{201c}Didn\u{2019}t"), "\u{201c}didn't");
    }

    /// The General Punctuation block, which [`Lowered::lower`] asks no case of, holds no capital.
    #[test]
    fn general_punctuation_holds_no_capital() {
        let capitals: Vec<char> = ('\u{2000}'..='\u{206f}').filter(|c| c.is_uppercase()).collect();
        assert!(capitals.is_empty(), "{capitals:?}");
    }
}
