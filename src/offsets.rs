//! Offset units. The core counts UTF-8 bytes; JavaScript counts UTF-16 code units; Python
//! (and the evaluation tools) count code points. [`convert`] is the one place that converts.

use serde::{Deserialize, Serialize};

/// The unit offsets are counted in at a boundary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust's `str` indices).
    Utf8,
    /// Unicode code points (Python's `str` indices). The command line's default.
    #[default]
    #[serde(alias = "codepoint", alias = "code-point", alias = "chars")]
    CodePoints,
    /// UTF-16 code units (JavaScript's string indices).
    Utf16,
}

impl OffsetUnit {
    /// The length of `text` in this unit.
    pub fn len(self, text: &str) -> usize {
        match self {
            OffsetUnit::Utf8 => text.len(),
            OffsetUnit::CodePoints => text.chars().count(),
            OffsetUnit::Utf16 => text.chars().map(char::len_utf16).sum(),
        }
    }
}

/// Converts byte offsets into `text` to `unit`, in place, in one pass over the text.
/// An offset past the end counts as the end; one inside a character counts from that
/// character's start.
pub(crate) fn convert(text: &str, offsets: &mut [usize], unit: OffsetUnit) {
    let floor = |mut o: usize| {
        o = o.min(text.len());
        while !text.is_char_boundary(o) {
            o -= 1;
        }
        o
    };
    if unit == OffsetUnit::Utf8 || offsets.is_empty() {
        for o in offsets.iter_mut() {
            *o = floor(*o);
        }
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    crate::sort::unstable_by_key(&mut order, |&i| offsets[i]);
    let bytes = text.as_bytes();
    let (mut done, mut units) = (0, 0);
    for i in order {
        let target = floor(offsets[i]);
        units += count_units(&bytes[done..target], unit);
        done = target;
        offsets[i] = units;
    }
}

/// Counts the characters (or UTF-16 units) of whole UTF-8 sequences by looking at bytes only:
/// every byte that is not a continuation byte starts a character, and every four-byte
/// sequence is two UTF-16 units. Byte counting lets the compiler vectorise the loop.
fn count_units(bytes: &[u8], unit: OffsetUnit) -> usize {
    let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match unit {
        OffsetUnit::Utf16 => chars + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        _ => chars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_mixed_scripts() {
        let text = "a😀é中שלום!";
        let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut cps = bytes.clone();
        convert(text, &mut cps, OffsetUnit::CodePoints);
        assert_eq!(cps, (0..=text.chars().count()).collect::<Vec<_>>());
        let mut u16s = bytes.clone();
        convert(text, &mut u16s, OffsetUnit::Utf16);
        let expected: Vec<usize> = bytes.iter().map(|&b| text[..b].encode_utf16().count()).collect();
        assert_eq!(u16s, expected);
    }

    #[test]
    fn unsorted_and_out_of_range() {
        let text = "ééé";
        let mut offs = [6, 0, 100, 2];
        convert(text, &mut offs, OffsetUnit::CodePoints);
        assert_eq!(offs, [3, 0, 3, 1]);
    }
}
