//! The lower cases that are no slice of a document's text or of its lowered copy: a word
//! outside ASCII with a capital ("Éire") or a typographic apostrophe ("Trump’s", made
//! "trump's"), a rare one. The tokens borrow them from this store, which lives as long as the
//! document's text, so that a token holds a plain `&str` for its lower case (nothing to drop
//! when a sentence's tokens are cleared, no variant to tell apart at each look-up).

use bumpalo::Bump;

/// An append-only store of lower cases, borrowed for as long as the store lives: a bump
/// arena (`bumpalo`), which lends each kept string while more are kept, and makes no heap
/// allocation until the first one.
#[derive(Default)]
pub(crate) struct Lowered(Bump);

impl Lowered {
    /// The lower case of `t` (not all ASCII, or ASCII that cannot be borrowed): lower case, with
    /// typographic apostrophes made straight; `t` itself when that changes nothing, else kept
    /// here.
    pub(crate) fn lower<'s>(&'s self, t: &'s str) -> &'s str {
        // Most of what comes here is a mark of General Punctuation (“ ” — ’) or a word of
        // ASCII and typographic apostrophes ("Trump’s"): told and lowered from the bytes,
        // without decoding characters.
        match t.as_bytes() {
            // U+2019, the typographic apostrophe.
            [0xE2, 0x80, 0x99] => return "'",
            // The rest of U+2000..=U+206F.
            [0xE2, 0x80, _] | [0xE2, 0x81, 0x80..=0xAF] => return t,
            _ => {}
        }
        if let Some((buf, len, changed)) = apostrophe_bytes(t.as_bytes()) {
            if !changed {
                return t;
            }
            // Written from ASCII bytes only, so always valid UTF-8.
            let ascii = buf.get(..len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default();
            return self.0.alloc_str(ascii);
        }
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
        match apostrophe_inline(t) {
            Some((buf, len)) => {
                // Written from ASCII bytes only, so always valid UTF-8.
                let ascii = buf.get(..len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default();
                self.0.alloc_str(ascii)
            }
            None => self.0.alloc_str(&t.to_lowercase().replace('\u{2019}', "'")),
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

/// [`apostrophe_inline`] read from the bytes: the lower case of a short word of ASCII and
/// typographic apostrophes (U+2019, E2 80 99), its length, and whether it differs from the
/// word; `None` for a word with another character outside ASCII, or too long.
#[inline]
fn apostrophe_bytes(t: &[u8]) -> Option<([u8; INLINE], usize, bool)> {
    let mut buf = [0u8; INLINE];
    let (mut i, mut len, mut changed) = (0, 0, false);
    while let Some(&b) = t.get(i) {
        let lower = if b < 0x80 {
            i += 1;
            b.to_ascii_lowercase()
        } else if t.get(i..i + 3) == Some(&[0xE2, 0x80, 0x99]) {
            i += 3;
            b'\''
        } else {
            return None;
        };
        changed |= lower != b;
        *buf.get_mut(len)? = lower;
        len += 1;
    }
    Some((buf, len, changed))
}

/// The longest lower case made on the stack before it is kept.
const INLINE: usize = 22;

/// The lower case of a short word of ASCII and typographic apostrophes ("Didn’t", "Trump’s",
/// common in news text), made on the stack: such a word lowers to ASCII.
fn apostrophe_inline(t: &str) -> Option<([u8; INLINE], usize)> {
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
    Some((buf, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lower cases kept while earlier ones are borrowed stay as they were kept, past the
    /// arena's first chunk; words that need no store are borrowed as they are.
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

    /// Read from the bytes, a word of ASCII and typographic apostrophes, or a mark of General
    /// Punctuation, lowers as its characters do.
    #[test]
    fn the_byte_paths_lower_as_the_characters_do() {
        let store = Lowered::default();
        let by_characters = |t: &str| t.to_lowercase().replace('\u{2019}', "'");
        let mut marks: Vec<String> = ('\u{2000}'..='\u{207f}').map(String::from).collect();
        let words =
            ["Trump\u{2019}s", "didn\u{2019}t", "\u{2019}", "O\u{2019}BRIEN", "plain", "McCain", "a\u{2019}\u{2019}b"];
        marks.extend(words.iter().map(|w| w.to_string()));
        marks.push("A-VERY-LONG-WORD-INDEED\u{2019}S".to_string());
        for t in &marks {
            assert_eq!(store.lower(t), by_characters(t), "{t:?}");
        }
    }

    /// The General Punctuation block, which [`Lowered::lower`] asks no case of, holds no capital.
    #[test]
    fn general_punctuation_holds_no_capital() {
        let capitals: Vec<char> = ('\u{2000}'..='\u{206f}').filter(|c| c.is_uppercase()).collect();
        assert!(capitals.is_empty(), "{capitals:?}");
    }
}
