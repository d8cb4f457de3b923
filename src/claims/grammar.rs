//! The grammar words the claim rules read around a cue (`src/lexicon/claims_grammar.txt`):
//! closed classes looked up one word at a time, so they stay out of the phrase trie that every
//! sentence is matched against.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon;

/// Each word with the kinds of the entries that list it.
static WORDS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut words: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for fields in lexicon::fields(include_str!("../lexicon/claims_grammar.txt")) {
        let (Some(alternatives), Some(kind)) = (fields.first().copied(), fields.get(1).copied()) else {
            continue;
        };
        for word in alternatives.split('/') {
            words.entry(word).or_default().push(kind);
        }
    }
    words
});

/// Whether `word` (in lower case) is listed with `kind`.
pub(super) fn is(kind: &str, word: &str) -> bool {
    WORDS.get(word).is_some_and(|kinds| kinds.contains(&kind))
}

#[cfg(test)]
mod tests {
    use super::is;
    use crate::claims::tests::claims;
    use crate::lexicon;

    /// Every entry's example holds one of its words, and does what its kind says.
    #[test]
    fn every_example_shows_its_kind() {
        let mut failures = Vec::new();
        for entry in lexicon::parse(include_str!("../lexicon/claims_grammar.txt")) {
            let (words, kind) = (entry.fields[0], entry.fields[1]);
            assert!(!entry.examples.is_empty(), "line {}: no example", entry.line);
            for ex in &entry.examples {
                let lower = ex.to_lowercase();
                let has_word = lower
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| words.split('/').any(|listed| listed == w) && is(kind, w));
                let found = claims(ex);
                let vague = found.iter().any(|(_, c)| c.vague);
                let claim = found.iter().any(|(_, c)| !c.vague);
                let shown = match kind {
                    "clause-opener" | "partitive" => vague,
                    "phrase-end"
                    | "be"
                    | "hedge-blocker"
                    | "article"
                    | "hedge-complement"
                    | "reputed-term"
                    | "pointing-determiner" => !vague,
                    "determiner"
                    | "quantity-word"
                    | "passive-marker"
                    | "relative-pronoun"
                    | "relative-gap"
                    | "subject-relative"
                    | "noun-determiner"
                    | "comparison-preposition"
                    | "duration-comparative"
                    | "brief-adverb"
                    | "duration-preposition" => claim,
                    "clause-preposition" | "subject-word" | "adjective-marker" | "participle-marker"
                    | "topic-preposition" | "report-opener" => found.is_empty(),
                    _ => false,
                };
                if !has_word || !shown {
                    failures.push(format!("line {} ({kind}): {ex:?} gave {found:?}", entry.line));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
