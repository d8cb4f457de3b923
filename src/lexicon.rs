//! The format of the word lists in `src/lexicon/*.txt`, shared by every detector.
//!
//! One entry a line, fields separated by ` | `; `#` starts a comment line; blank lines are
//! skipped. Each detector says what its fields mean. A field `ex: …` holds an example that
//! the detector's tests run, so every entry is shown to work.

#[cfg(test)]
mod strip;

/// The text of the word list `src/lexicon/NAME` as the analysis reads it: in tests the file as
/// written, with its examples; otherwise the copy `build.rs` writes without comments and
/// examples (`lexicon/strip.rs`), which [`fields`] reads alike.
#[cfg(test)]
macro_rules! word_list {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/", $name))
    };
}
/// See the test build's definition.
#[cfg(not(test))]
macro_rules! word_list {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}
pub(crate) use word_list;

/// One entry of a word list.
#[cfg(test)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    /// The 1-based line number, for error messages in tests.
    pub line: usize,
    /// The fields, trimmed, without the examples.
    pub fields: Vec<&'a str>,
    /// The examples (`ex: …` fields), trimmed, without the `ex:` prefix.
    pub examples: Vec<&'a str>,
}

/// Parses a word list, with line numbers and examples (for the tests and error messages; the
/// detectors build their tables from [`fields`], which allocates nothing per entry).
#[cfg(test)]
pub(crate) fn parse(data: &str) -> Vec<Entry<'_>> {
    entry_lines(data)
        .map(|(line, text)| {
            let mut fields = Vec::new();
            let mut examples = Vec::new();
            for field in split_fields(text).map(str::trim) {
                match field.strip_prefix("ex:") {
                    Some(example) => examples.push(example.trim()),
                    None => fields.push(field),
                }
            }
            Entry { line, fields, examples }
        })
        .collect()
}

/// Most fields (examples not counted) an entry of any list has room for in [`Fields`]; the
/// loaded-wording list has four. A test checks every list.
pub(crate) const MAX_FIELDS: usize = 6;

/// The fields of one entry, trimmed, without its examples, kept inline (no vector per entry).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields<'a> {
    parts: [&'a str; MAX_FIELDS],
    len: usize,
}

impl<'a> std::ops::Deref for Fields<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        self.parts.get(..self.len).unwrap_or(&self.parts)
    }
}

/// The fields of every entry of a list, in order (as the tests' `parse` gives them), without a
/// heap allocation per entry: the detectors' tables are built from these on the extension's
/// cold start, where two small vectors per entry (about 3,000 allocations) were a fifth of the
/// cost.
pub(crate) fn fields(data: &str) -> impl Iterator<Item = Fields<'_>> {
    entry_lines(data).map(|(_, text)| {
        let mut out = Fields { parts: [""; MAX_FIELDS], len: 0 };
        for field in split_fields(text).map(trim).filter(|f| !f.starts_with("ex:")) {
            if let Some(slot) = out.parts.get_mut(out.len) {
                *slot = field;
                out.len += 1;
            }
        }
        out
    })
}

/// The lines that hold an entry, trimmed, with their 1-based numbers.
fn entry_lines(data: &str) -> impl Iterator<Item = (usize, &str)> {
    data.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, trim(line)))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// `text.trim()`, found by bytes: `str::trim` decodes and classifies each character, and
/// trimming every line and field cost 0.7 M instructions of the extension's cold start. ASCII
/// white space is cut by bytes; what is left is trimmed as `str::trim` does only when it starts
/// or ends with a byte that may be other white space (the vertical tab, which `trim_ascii`
/// keeps, or a character outside ASCII).
fn trim(text: &str) -> &str {
    let cut = text.trim_ascii();
    let plain = |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii() && b != 0x0b);
    if plain(cut.as_bytes().first()) && plain(cut.as_bytes().last()) {
        cut
    } else {
        cut.trim()
    }
}

/// The parts of `line` between ` | ` separators, as `line.split(" | ")` gives them, found by
/// looking for the bar byte and its two spaces: a substring searcher set up for every line was
/// a sixth of the cost of reading the lists.
fn split_fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let current = rest?;
        let bytes = current.as_bytes();
        let mut from = 0;
        // Each bar (found with `memchr`) is a separator when a space stands on either side.
        while let Some(bar) = current.get(from..).and_then(|r| r.find('|')).map(|i| from + i) {
            if bar > 0 && bytes.get(bar - 1) == Some(&b' ') && bytes.get(bar + 1) == Some(&b' ') {
                rest = current.get(bar + 2..);
                return current.get(..bar - 1);
            }
            from = bar + 1;
        }
        rest = None;
        Some(current)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a ",
            "\ta b\r\n",
            "\u{0b}a\u{0b}",
            "\u{a0}a\u{3000}",
            " \u{2003} a \u{85}",
            "\u{1c}a\u{1f}",
            "caf\u{e9}",
            " \u{e9}t\u{e9} ",
            "\u{0c}x",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn fields_split_as_str_split_does() {
        for line in ["a | b", "a | | b", "a || b", " | a | ", "a |b| c", "|", " | ", "a", "", "a |  | b"] {
            let ours: Vec<&str> = split_fields(line).collect();
            let std: Vec<&str> = line.split(" | ").collect();
            assert_eq!(ours, std, "{line:?}");
        }
    }

    /// Every list's entries fit in [`Fields`], and [`fields`] reads what [`parse`] does.
    #[test]
    fn inline_fields_are_the_parsed_fields() {
        let lists = [
            include_str!("lexicon/attribution_outlets.txt"),
            include_str!("lexicon/attribution_roles.txt"),
            include_str!("lexicon/attribution_verbs.txt"),
            include_str!("lexicon/attribution_words.txt"),
            include_str!("lexicon/claims_facts.txt"),
            include_str!("lexicon/claims_grammar.txt"),
            include_str!("lexicon/claims_hedges.txt"),
            include_str!("lexicon/claims_share_units.txt"),
            include_str!("lexicon/claims_sourcing.txt"),
            include_str!("lexicon/claims_vague.txt"),
            include_str!("lexicon/loaded_exceptions.txt"),
            include_str!("lexicon/loaded_scare_cues.txt"),
            include_str!("lexicon/loaded_scare_heads.txt"),
            include_str!("lexicon/loaded_words.txt"),
            include_str!("lexicon/sentence_abbreviations.txt"),
        ];
        for data in lists {
            let parsed = parse(data);
            let inline: Vec<Fields<'_>> = fields(data).collect();
            assert_eq!(parsed.len(), inline.len());
            for (entry, f) in parsed.iter().zip(&inline) {
                assert!(entry.fields.len() <= MAX_FIELDS, "line {}: too many fields", entry.line);
                assert_eq!(entry.fields[..], f[..], "line {}", entry.line);
            }
        }
    }

    /// The copy compiled into the analysis gives every list's fields, in order, as the file
    /// does, and holds no comment or example.
    #[test]
    fn stripped_lists_give_the_same_fields() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon");
        let mut lists = 0;
        for entry in std::fs::read_dir(dir).expect("src/lexicon") {
            let path = entry.expect("a list").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let data = std::fs::read_to_string(&path).expect("a UTF-8 list");
            let stripped = strip::strip(&data);
            let ours: Vec<Vec<&str>> = fields(&stripped).map(|f| f.to_vec()).collect();
            let written: Vec<Vec<&str>> = fields(&data).map(|f| f.to_vec()).collect();
            assert_eq!(ours, written, "{}", path.display());
            assert!(stripped
                .lines()
                .all(|l| !l.starts_with('#') && split_fields(l).all(|f| !f.trim().starts_with("ex:"))));
            assert!(stripped.len() < data.len(), "{}", path.display());
            lists += 1;
        }
        assert!(lists >= 15, "{lists} lists");
    }

    #[test]
    fn parses_fields_and_examples() {
        let entries = parse("# comment\n\nslammed | speech verb | criticised | ex: She slammed the plan.\n");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].line, 3);
        assert_eq!(entries[0].fields, ["slammed", "speech verb", "criticised"]);
        assert_eq!(entries[0].examples, ["She slammed the plan."]);
    }
}
