//! Tests of the attribution word tables: the lists' own rules (no typographic apostrophe,
//! one one-word form per verb, …) and the look-ups [`super::Words`] answers; apart so that
//! words.rs holds the tables alone.

use super::*;

/// No word of the attribution lists holds a typographic apostrophe, which
/// [`Words::classify`] counts on for a word that does ("Clinton’s": its stem alone is
/// looked up).
#[test]
fn no_listed_word_holds_a_typographic_apostrophe() {
    for data in [ROLES, OUTLETS, WORDS, VERBS] {
        for word in lexicon::fields(data).filter_map(|f| f.first().copied()) {
            assert!(!word.contains('\u{2019}'), "{word}");
        }
    }
}

/// A word's classes from the tokenizer's bytes are those of its lower case, or else the
/// kept classes of its possessive or contraction stem ("Monday’s", "That’s", "Trump's",
/// "they’re"), whatever characters outside ASCII it holds; a verb's "n't" has none.
#[test]
fn classes_from_bytes_are_the_lower_case_words() {
    let words = &*WORDS_TABLE;
    let by_characters = |word: &str| {
        let lower = word.to_lowercase();
        match words.classes(&lower) {
            0 => {
                let stem = crate::text::without_contraction(&lower);
                if stem.len() < lower.len() {
                    words.classes(stem) & POSSESSIVE_KEEPS
                } else {
                    0
                }
            }
            c => c,
        }
    };
    let samples = [
        "Monday’s",
        "MONDAY’S",
        "monday’S",
        "That’s",
        "he’s",
        "It’s",
        "Clinton’s",
        "don’t",
        "Trump's",
        "Monday's",
        "THAT'S",
        "Ruiz",
        "Müller’s",
        "José",
        "día’s",
        "rock’n’roll’s",
        "officials’",
        "Today’s",
        "today",
        "they’re",
        "They're",
        "I'm",
        "He’ll",
        "Mr.",
        "we’ll",
        "Ana’s’s",
        "it’s’",
    ];
    let mut buf = String::new();
    for word in samples {
        // The tokenizer marks a word with an apostrophe as joined.
        let joined = word.contains(['\'', '\u{2019}']);
        let got = words.classify(word.as_bytes(), 0..word.len(), word.is_ascii(), joined, &mut buf).cls;
        assert_eq!(got, by_characters(word), "{word}");
    }
    assert!(words.classify("Monday’s".as_bytes(), 0..10, false, false, &mut buf).cls & class::TIME != 0);
    assert!(words.classify(b"He'll", 0..5, true, true, &mut buf).cls & class::PRONOUN != 0);
    assert!(words.classify(b"Don't", 0..5, true, true, &mut buf).cls == 0);
    assert!(ascii_but_apostrophes("don’t".as_bytes()) && !ascii_but_apostrophes("Müller’s".as_bytes()));
    assert!(!ascii_but_apostrophes("a\u{2018}b".as_bytes()) && !ascii_but_apostrophes(&[b'a', 0xE2, 0x80]));
}

/// A one-word form of the verb list is its own one-word phrase, with its `noun` mark; a
/// phrase's first word that is no form of its own, or an unlisted word, has none; and no
/// word is listed twice as a one-word form (so the first one found is the only one).
#[test]
fn one_word_phrases_are_the_listed_one_word_forms() {
    let words = &*WORDS_TABLE;
    assert!(words.one_word_phrase("said").is_some_and(|p| !p.noun && p.kind == CueKind::Say));
    assert!(words.one_word_phrase("states").is_some_and(|p| p.noun));
    assert!(words.one_word_phrase("according").is_none() && !words.phrases("according").is_empty());
    assert!(words.one_word_phrase("mayor").is_none() && words.one_word_phrase("Said").is_none());
    for first in lexicon::fields(VERBS).filter_map(|f| f.first().copied()?.split_whitespace().next()) {
        assert!(words.phrases(first).iter().filter(|p| p.words.len() == 1).count() <= 1, "{first}");
    }
}

/// A phrase is marked as starting with an idiom's word exactly when some idiom holds its
/// first word ("say" in "hard to say"; not "said").
#[test]
fn phrases_starting_with_an_idiom_word_are_marked() {
    let words = &*WORDS_TABLE;
    assert!(words.phrases("say").iter().all(|p| p.idiom_word) && !words.phrases("say").is_empty());
    assert!(words.phrases("said").iter().all(|p| !p.idiom_word) && !words.phrases("said").is_empty());
    for first in lexicon::fields(VERBS).filter_map(|f| f.first().copied()?.split_whitespace().next()) {
        let in_idiom = words.idioms.iter().flatten().any(|w| *w == first);
        assert!(words.phrases(first).iter().all(|p| p.idiom_word == in_idiom), "{first}");
    }
}
