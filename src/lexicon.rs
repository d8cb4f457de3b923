//! The format of the word lists in `src/lexicon/*.txt`, shared by every detector.
//!
//! One entry a line, fields separated by ` | `; `#` starts a comment line; blank lines are
//! skipped. Each detector says what its fields mean. A field `ex: …` holds an example that
//! the detector's tests run, so every entry is shown to work.

/// One entry of a word list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    /// The 1-based line number, for error messages in tests.
    pub line: usize,
    /// The fields, trimmed, without the examples.
    pub fields: Vec<&'a str>,
    /// The examples (`ex: …` fields), trimmed, without the `ex:` prefix.
    pub examples: Vec<&'a str>,
}

/// Parses a word list.
pub(crate) fn parse(data: &str) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = Vec::new();
        let mut examples = Vec::new();
        for field in line.split(" | ").map(str::trim) {
            match field.strip_prefix("ex:") {
                Some(example) => examples.push(example.trim()),
                None => fields.push(field),
            }
        }
        out.push(Entry { line: i + 1, fields, examples });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_examples() {
        let entries = parse("# comment\n\nslammed | speech verb | criticised | ex: She slammed the plan.\n");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].line, 3);
        assert_eq!(entries[0].fields, ["slammed", "speech verb", "criticised"]);
        assert_eq!(entries[0].examples, ["She slammed the plan."]);
    }
}
