//! The shapes of a speaker's name that [`super::link`] sorts mentions by, read byte by byte: a
//! full name ("Ana Ruiz"), a bare surname ("Ruiz"), a role after "the" ("the mayor"), and the
//! first byte a full name opens with (the 64-bit screen of lone words). Apart from the linking
//! pass, as they are pure tests of a name's letters that the pass and its tests ask, and need
//! none of the document.

use std::borrow::Cow;

/// `name`'s first byte as a bit of a 64-bit screen (`byte & 63`; none for an empty name).
pub(super) fn first_byte_bit(name: &str) -> u64 {
    name.as_bytes().first().map_or(0, |&b| 1 << (b & 63))
}

/// Whether `name` is two or more words, each starting with a capital ("Ana Ruiz").
pub(super) fn is_full_name(name: &str) -> bool {
    // Read byte by byte, the word after each space told from its first byte: a speaker's name
    // is a few bytes, and a split, a search set up for each word, or eight bytes at a time
    // (measured: +0.015 M instructions a pass) cost more than reading them.
    let mut spaced = false;
    for (at, &b) in name.as_bytes().iter().enumerate() {
        if b == b' ' {
            if !upper_at(name, at + 1) {
                return false;
            }
            spaced = true;
        }
    }
    spaced && upper_at(name, 0)
}

/// Whether the character at byte `at` of `name` is an upper-case letter (an ASCII one told
/// from its byte; none past the end).
pub(super) fn upper_at(name: &str, at: usize) -> bool {
    match name.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => name.get(at..).is_some_and(starts_upper),
        None => false,
    }
}

/// Whether `name` is one capitalised word with a lower-case letter in it ("Ruiz", not "NATO").
pub(super) fn is_surname(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.contains(&b' ') && starts_upper(name) && crate::attribution::view::has_lower(name)
}

/// The role of a mention "the mayor", "The prime minister": lower-case words after "the".
pub(super) fn role_of(name: &str) -> Option<&str> {
    let role = name.strip_prefix("the ").or_else(|| name.strip_prefix("The "))?;
    (!role.is_empty() && words_start(role, starts_lower)).then_some(role)
}

/// Whether every word of `s` split at single spaces (an empty word included, as
/// `str::split(' ')` gives it) passes `starts`: read byte by byte, not split (a name is a few
/// bytes, too short for the vectorised search `split` starts at each word).
pub(super) fn words_start(s: &str, starts: fn(&str) -> bool) -> bool {
    let mut word_start = 0;
    for (at, &b) in s.as_bytes().iter().enumerate() {
        // A space is ASCII: the bytes after it start a character.
        if b == b' ' {
            if !starts(s.get(word_start..at).unwrap_or_default()) {
                return false;
            }
            word_start = at + 1;
        }
    }
    starts(s.get(word_start..).unwrap_or_default())
}

/// `role` in lower case, borrowed when it already is (the usual "mayor"): the map of roles
/// is keyed and asked without a copy each time.
pub(super) fn lowered(role: &str) -> Cow<'_, str> {
    if role.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        Cow::Borrowed(role)
    } else {
        Cow::Owned(role.to_lowercase())
    }
}

/// Whether `word` starts with an upper-case letter (an ASCII one told from its byte).
pub(super) fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.starts_with(|c: char| c.is_uppercase()),
    }
}

/// Whether `word` starts with a lower-case letter (an ASCII one told from its byte).
pub(super) fn starts_lower(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.starts_with(|c: char| c.is_lowercase()),
    }
}
