//! Whether a document is in English, the only language the detectors read.
//!
//! English prose spends about a third of its words on a few dozen function words ("the",
//! "of", "was"); the other languages written in the Latin script share few of them, and other
//! scripts none. So a text where fewer than one word in ten is on our list
//! (`src/lexicon/english_function_words.txt`) is taken as not English. The extension then
//! shows nothing rather than misleading highlights, and the command-line tool warns.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon;
use crate::Document;

const FUNCTION_WORDS_DATA: &str = lexicon::word_list!("english_function_words.txt");

/// The function words, lower case.
static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    lexicon::fields(FUNCTION_WORDS_DATA)
        .flat_map(|fields| fields.first().copied().unwrap_or("").split_whitespace())
        .collect()
});

/// Words read at most: enough to decide, and the check stays cheap on a huge page.
const MAX_WORDS: usize = 3_000;
/// Bytes read at most from one block, so that one giant block is not split whole.
const MAX_BLOCK_BYTES: usize = 30_000;
/// The least share of function words in English text (news runs at 0.25–0.4).
const MIN_SHARE: f64 = 0.1;

/// Whether `lower`, a word in lower case, is an English function word ("our", "does").
pub(crate) fn is_lower_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(lower)
}

/// Whether `document` looks like English text: at least one word in ten (of the first 3,000)
/// is an English function word. A document with no words at all is not English.
///
/// ```
/// use sourcelight::{looks_english, Document};
///
/// assert!(looks_english(&Document::from_plain_text("The minister said the plan was dead.")));
/// assert!(!looks_english(&Document::from_plain_text("Le ministre a dit que le plan est mort.")));
/// ```
pub fn looks_english(document: &Document) -> bool {
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut lower = String::new();
    'blocks: for block in &document.blocks {
        let text = prefix(&block.text, MAX_BLOCK_BYTES);
        for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}')) {
            let word = word.trim_matches(|c| c == '\'' || c == '\u{2019}');
            if word.is_empty() {
                continue;
            }
            words += 1;
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            if FUNCTION_WORDS.contains(lower.as_str()) {
                hits += 1;
            }
            if words >= MAX_WORDS {
                break 'blocks;
            }
        }
    }
    words > 0 && hits as f64 >= MIN_SHARE * words as f64
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(text: &str) -> bool {
        looks_english(&Document::from_plain_text(text))
    }

    /// Every entry's example is English, and uses each of the entry's words.
    #[test]
    fn every_entry_has_an_english_example_using_its_words() {
        for entry in lexicon::parse(FUNCTION_WORDS_DATA) {
            assert_eq!(entry.examples.len(), 1, "line {}", entry.line);
            let example = entry.examples[0];
            assert!(english(example), "line {}: {example}", entry.line);
            let words: HashSet<String> = example.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect();
            for w in entry.fields[0].split_whitespace() {
                assert!(words.contains(w), "line {}: the example lacks {w:?}", entry.line);
            }
        }
    }

    #[test]
    fn news_in_other_languages_is_not_english() {
        for text in [
            "Der Minister sagte am Montag, die Regierung werde den Plan nicht unterschreiben.",
            "El ministro dijo el lunes que el gobierno no firmará el acuerdo con la oposición.",
            "Le ministre a déclaré lundi que le gouvernement ne signera pas l'accord.",
            "Il ministro ha detto lunedì che il governo non firmerà l'accordo.",
            "Министр заявил в понедельник, что правительство не подпишет соглашение.",
            "部长周一表示，政府不会签署该协议。",
            "قال الوزير يوم الاثنين إن الحكومة لن توقع الاتفاق.",
            "2016 — 12:45 · 3,000",
            "",
        ] {
            assert!(!english(text), "{text}");
        }
    }

    #[test]
    fn english_news_is_english_whatever_its_quote_marks_and_names() {
        for text in [
            "\u{201c}We have been fighting ISIS,\u{201d} Haider al Abadi said on Wednesday.",
            "Talks stall\n\nFrançois Hollande’s spokesman didn’t comment; the talks were over.",
            "Iraq will share intelligence with Russia, Iran and Syria, the prime minister said.",
        ] {
            assert!(english(text), "{text}");
        }
    }

    #[test]
    fn reads_only_the_start_of_a_huge_block() {
        let text = format!("{}{}", "the minister said ".repeat(2_000), "é".repeat(100_000));
        assert!(english(&text));
        assert_eq!(prefix("aé", 2), "a");
        // English past the first 30,000 bytes of a block is not read: the block has no words.
        let late = format!("{}{}", "1 ".repeat(15_000), "the minister said ".repeat(100));
        assert!(!english(&late));
    }

    #[test]
    fn decides_on_the_first_3000_words() {
        // 3,000 English words in the first block, then 80,000 words of French in 20 more:
        // read whole, the share of function words would fall under a tenth.
        let french = "le ministre a dit ".repeat(1_000);
        let mut text = "the minister said ".repeat(1_000);
        for _ in 0..20 {
            text.push_str("\n\n");
            text.push_str(&french);
        }
        assert!(english(&text));
    }
}
