//! The grammar words the claim rules read around a cue (`src/lexicon/claims_grammar.txt`):
//! closed classes looked up one word at a time, so they stay out of the phrase trie that every
//! sentence is matched against.

use std::sync::LazyLock;

use crate::lexicon;
use crate::wordmap::{WordFilter, WordMap};

/// The kinds the list names, in order of first appearance: a kind's place here is its bit in
/// [`WORDS`]' values.
static KINDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut kinds: Vec<&'static str> = Vec::new();
    for fields in lexicon::fields(lexicon::word_list!("claims_grammar.txt")) {
        if let Some(&kind) = fields.get(1) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    kinds
});

/// Each word with the bits of the kinds of the entries that list it: one word-keyed look-up
/// per question (a SipHash map of strings to lists of kind names cost five times as much, and
/// the rules ask about many words of a sentence). With the shapes of the listed words
/// ([`WordFilter`]): most words the rules ask about are listed with no kind ("in a relative
/// clause" asks about every word before one), and the filter turns them away for a tenth of a
/// look-up.
static WORDS: LazyLock<(WordFilter, WordMap<u64>)> = LazyLock::new(words);

/// The listed words' shapes, and each word with the bits of its kinds.
fn words() -> (WordFilter, WordMap<u64>) {
    let mut shapes = WordFilter::default();
    let mut words: WordMap<u64> = WordMap::default();
    for fields in lexicon::fields(lexicon::word_list!("claims_grammar.txt")) {
        let (Some(alternatives), Some(kind)) = (fields.first().copied(), fields.get(1).copied()) else {
            continue;
        };
        let Some(bit) = kind_bit(kind) else { continue };
        for word in alternatives.split('/') {
            let bits = words.get(word).copied().unwrap_or(0) | bit;
            words.insert(word, bits);
            shapes.add(word);
        }
    }
    (shapes, words)
}

/// The bit of `kind`; none for a kind the list does not name (or past the 64th, which a test
/// rules out).
fn kind_bit(kind: &str) -> Option<u64> {
    let place = KINDS.iter().position(|&k| k == kind)?;
    1u64.checked_shl(u32::try_from(place).ok()?)
}

/// Whether `word` (in lower case) is listed with `kind`.
pub(super) fn is(kind: &str, word: &str) -> bool {
    // The word first: most words of a sentence are in no class, and then no kind is compared.
    let (shapes, words) = &*WORDS;
    if !shapes.may_have(word.as_bytes()) {
        return false;
    }
    let Some(&bits) = words.get(word) else { return false };
    kind_bit(kind).is_some_and(|bit| bits & bit != 0)
}

#[cfg(test)]
mod tests {
    use super::{is, KINDS};
    use crate::claims::tests::claims;
    use crate::lexicon;

    /// Every kind has a bit of its own in the words' values.
    #[test]
    fn kinds_fit_in_the_bits() {
        assert!(KINDS.len() <= 64, "{} kinds", KINDS.len());
        assert!(is("be", "was") && !is("be", "the") && !is("no-such-kind", "was") && !is("be", "unlisted"));
    }

    /// Every entry's example holds one of its words, and does what its kind says.
    #[test]
    fn every_example_shows_its_kind() {
        let mut failures = Vec::new();
        for entry in lexicon::parse(lexicon::word_list!("claims_grammar.txt")) {
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
                    | "duration-preposition"
                    | "figure-word"
                    | "pronoun-contraction" => claim,
                    "clause-preposition" | "subject-word" | "adjective-marker" | "participle-marker"
                    | "topic-preposition" | "report-opener" | "label-opener" | "label-end" => found.is_empty(),
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
