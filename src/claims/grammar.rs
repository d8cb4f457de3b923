//! The grammar words the claim rules read around a cue (`src/lexicon/claims_grammar.txt`):
//! closed classes looked up one word at a time, so they stay out of the phrase trie that every
//! sentence is matched against.

use std::sync::LazyLock;

use crate::lexicon;
use crate::wordmap::{WordFilter, WordMap};

/// The word classes the list names (its second field), each a bit of [`WORDS`]' values. A
/// type rather than the list's names at the call sites: a question names its class without
/// a search of the names for its bit (which cost more than the word's own look-up), and a
/// misspelt class does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    ClauseOpener,
    PhraseEnd,
    Be,
    Determiner,
    QuantityWord,
    PassiveMarker,
    RelativePronoun,
    RelativeGap,
    SubjectRelative,
    ClausePreposition,
    SubjectWord,
    NounDeterminer,
    AdjectiveMarker,
    HedgeBlocker,
    Article,
    HedgeComplement,
    ReputedTerm,
    ComparisonPreposition,
    ParticipleMarker,
    DurationComparative,
    BriefAdverb,
    DurationPreposition,
    TopicPreposition,
    ReportOpener,
    Partitive,
    PointingDeterminer,
    FigureWord,
    LabelOpener,
    LabelEnd,
    PronounContraction,
    AddresseePassive,
    HeldBelief,
    ClauseBreak,
    RuleDocument,
}

/// Each kind with the name the list gives it.
const NAMED: [(&str, Kind); 34] = [
    ("clause-opener", Kind::ClauseOpener),
    ("phrase-end", Kind::PhraseEnd),
    ("be", Kind::Be),
    ("determiner", Kind::Determiner),
    ("quantity-word", Kind::QuantityWord),
    ("passive-marker", Kind::PassiveMarker),
    ("relative-pronoun", Kind::RelativePronoun),
    ("relative-gap", Kind::RelativeGap),
    ("subject-relative", Kind::SubjectRelative),
    ("clause-preposition", Kind::ClausePreposition),
    ("subject-word", Kind::SubjectWord),
    ("noun-determiner", Kind::NounDeterminer),
    ("adjective-marker", Kind::AdjectiveMarker),
    ("hedge-blocker", Kind::HedgeBlocker),
    ("article", Kind::Article),
    ("hedge-complement", Kind::HedgeComplement),
    ("reputed-term", Kind::ReputedTerm),
    ("comparison-preposition", Kind::ComparisonPreposition),
    ("participle-marker", Kind::ParticipleMarker),
    ("duration-comparative", Kind::DurationComparative),
    ("brief-adverb", Kind::BriefAdverb),
    ("duration-preposition", Kind::DurationPreposition),
    ("topic-preposition", Kind::TopicPreposition),
    ("report-opener", Kind::ReportOpener),
    ("partitive", Kind::Partitive),
    ("pointing-determiner", Kind::PointingDeterminer),
    ("figure-word", Kind::FigureWord),
    ("label-opener", Kind::LabelOpener),
    ("label-end", Kind::LabelEnd),
    ("pronoun-contraction", Kind::PronounContraction),
    ("addressee-passive", Kind::AddresseePassive),
    ("held-belief", Kind::HeldBelief),
    ("clause-break", Kind::ClauseBreak),
    ("rule-document", Kind::RuleDocument),
];

impl Kind {
    /// The kind the list calls `name`, if any.
    fn named(name: &str) -> Option<Kind> {
        NAMED.iter().find(|(n, _)| *n == name).map(|&(_, kind)| kind)
    }

    /// The kind's bit in the words' values.
    fn bit(self) -> u64 {
        1 << self as u32
    }
}

/// Each word with the bits of the kinds of the entries that list it: one word-keyed look-up
/// per question (a SipHash map of strings to lists of kind names cost five times as much, and
/// the rules ask about many words of a sentence). With the shapes of the listed words, each
/// under its kind ([`WordFilter::add_tagged`]): most words the rules ask about are not listed
/// with the kind asked ("in a relative clause" asks about every word before one, "the" and
/// "of" among them), and the filter turns them away for a tenth of a look-up.
static WORDS: LazyLock<(WordFilter, WordMap<u64>)> = LazyLock::new(words);

/// The listed words' shapes, and each word with the bits of its kinds.
fn words() -> (WordFilter, WordMap<u64>) {
    let mut shapes = WordFilter::default();
    let mut words: WordMap<u64> = WordMap::default();
    for fields in lexicon::fields(lexicon::word_list!("claims_grammar.txt")) {
        let (Some(alternatives), Some(kind)) = (fields.first().copied(), fields.get(1).copied()) else {
            continue;
        };
        let Some(kind) = Kind::named(kind) else { continue };
        for word in alternatives.split('/') {
            let bits = words.get(word).copied().unwrap_or(0) | kind.bit();
            words.insert(word, bits);
            shapes.add_tagged(word, kind as u8);
        }
    }
    (shapes, words)
}

/// Whether `word` (in lower case) is listed with `kind`.
// Inlined, the shape's test spares most words the call (the rules ask thousands a page).
#[inline]
pub(super) fn is(kind: Kind, word: impl AsRef<[u8]>) -> bool {
    // The word's shape under the kind first: most words asked are not of the kind, and then
    // they are not looked up.
    let word = word.as_ref();
    let (shapes, words) = &*WORDS;
    shapes.may_have_tagged(word, kind as u8) && listed_as(words, kind, word)
}

/// [`is`] once the word's shape allows it: its look-up.
#[inline(never)]
fn listed_as(words: &WordMap<u64>, kind: Kind, word: &[u8]) -> bool {
    words.get_bytes(word).is_some_and(|&bits| bits & kind.bit() != 0)
}

#[cfg(test)]
mod tests {
    use super::{is, Kind, NAMED};
    use crate::claims::tests::claims;
    use crate::lexicon;

    /// The list's kinds are the type's, one name each, and each a bit of its own: a kind the
    /// list adds needs its variant, or its words would be dropped.
    #[test]
    fn the_lists_kinds_are_the_types() {
        let listed: Vec<&str> = lexicon::fields(lexicon::word_list!("claims_grammar.txt"))
            .filter_map(|fields| fields.get(1).copied())
            .collect();
        for name in &listed {
            assert!(Kind::named(name).is_some(), "kind {name:?} has no variant");
        }
        for (place, (name, kind)) in NAMED.iter().enumerate() {
            assert_eq!(*kind as usize, place, "{name}");
            assert!(listed.contains(name), "kind {name:?} is in no entry");
        }
        // A word's bits hold 64 kinds, and its filter shape tags the kind in six bits (`is`):
        // past 64 kinds two would share a tag and the screen would let more through, silently.
        assert!(NAMED.len() <= 64, "{} kinds: the filter's six-bit tag holds 64", NAMED.len());
        assert!(Kind::named("no-such-kind").is_none());
        assert!(is(Kind::Be, "was") && !is(Kind::Be, "the") && !is(Kind::Article, "was") && !is(Kind::Be, "unlisted"));
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
                    .any(|w| words.split('/').any(|listed| listed == w) && Kind::named(kind).is_some_and(|k| is(k, w)));
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
                    | "pointing-determiner"
                    | "held-belief" => !vague,
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
                    | "pronoun-contraction"
                    | "addressee-passive"
                    | "clause-break"
                    | "rule-document" => claim,
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
