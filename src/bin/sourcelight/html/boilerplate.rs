//! Page lines that are no article text and that no markup tells apart ("SIGN UP FOR OUR
//! NEWSLETTER", "Continue reading the main story", "X contributed to this report.", "Powered by
//! …"): a phrase list, kept in `boilerplate.txt`, read once.

use std::sync::LazyLock;

/// The phrase list: one lower-case phrase a line, `#` comments.
const PHRASES: &str = include_str!("boilerplate.txt");

/// The most words a block ending with a "… " phrase may have.
const MAX_SIGNOFF_WORDS: usize = 12;

/// The most words a block opening with a " …" phrase may have (and it has three or more): a
/// label, "Powered by X".
const MAX_LABEL_WORDS: usize = 6;

/// The longest block compared with the phrases: the list is not read for the story's paragraphs.
const MAX_BYTES: usize = 160;

/// One phrase of [`PHRASES`], its apostrophes folded.
enum Phrase {
    /// The whole block: "read more".
    Whole(String),
    /// "… X": a short block ending with X.
    Ending(String),
    /// "X …": a short label opening with X, with no sentence's full stop at its end.
    Opening(String),
}

/// The phrases, parsed once.
static LIST: LazyLock<Vec<Phrase>> = LazyLock::new(|| phrases().map(parse).collect());

/// Whether a block's text is one of the [`PHRASES`] (or, for a "… " phrase, a short block that
/// ends with it; for a " …" phrase, a short label that opens with it). Case and the typographic
/// apostrophe do not count: "Don’t miss" is "don't miss".
pub fn is_boilerplate(text: &str) -> bool {
    if text.len() > MAX_BYTES {
        return false;
    }
    let line = folded(text.trim_matches(|c: char| !c.is_alphanumeric()));
    let words = line.split_whitespace().count();
    let ends_sentence = text.trim_end().ends_with(['.', '!', '?']);
    LIST.iter().any(|phrase| match phrase {
        Phrase::Whole(whole) => line == *whole,
        Phrase::Ending(ending) => words <= MAX_SIGNOFF_WORDS && line.ends_with(ending.as_str()),
        Phrase::Opening(opening) => {
            (3..=MAX_LABEL_WORDS).contains(&words) && !ends_sentence && line.starts_with(opening.as_str())
        }
    })
}

/// `text` in lower case, with its typographic apostrophes (’, ‘) as `'`.
fn folded(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, '\u{2019}' | '\u{2018}') { '\'' } else { c })
        .collect()
}

/// A line of [`PHRASES`] as a [`Phrase`].
fn parse(line: &str) -> Phrase {
    if let Some(ending) = line.strip_prefix("\u{2026} ") {
        Phrase::Ending(folded(ending))
    } else if let Some(opening) = line.strip_suffix(" \u{2026}") {
        // Ends at a word: "powered by" opens "Powered by X", not "Powered bythe".
        Phrase::Opening(folded(opening) + " ")
    } else {
        Phrase::Whole(folded(line))
    }
}

/// The phrases of [`PHRASES`]: its lines but comments and blank ones.
fn phrases() -> impl Iterator<Item = &'static str> {
    PHRASES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_furniture_is_boilerplate_and_article_text_is_not() {
        assert!(is_boilerplate("SIGN UP FOR OUR NEWSLETTER"));
        assert!(is_boilerplate("Continue reading the main story"));
        assert!(is_boilerplate("Read more:"));
        assert!(is_boilerplate("Ana Ruiz and Li Wei contributed to this report."));
        assert!(is_boilerplate("Powered by SmartAsset.com"));
        // Must not drop: the phrase inside a sentence of the story.
        assert!(!is_boilerplate("Officials said they would read more of the files on Monday."));
        assert!(!is_boilerplate("Related talks with the union broke down on Friday."));
        assert!(!is_boilerplate(
            "The mayor thanked the many residents, engineers, divers and volunteers who contributed to this report."
        ));
        assert!(!is_boilerplate("Powered by solar panels, the ferry crossed."));
        assert!(!is_boilerplate("Powered by wind."));
    }

    #[test]
    fn a_typographic_apostrophe_is_the_plain_one() {
        assert!(is_boilerplate("Don’t miss"));
        assert!(is_boilerplate("DON'T MISS:"));
        assert!(!is_boilerplate("Don’t miss the ferry, the captain said."));
    }

    #[test]
    fn every_phrase_is_lower_case_trimmed_and_plain() {
        for phrase in phrases() {
            assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
            assert_eq!(phrase, folded(phrase), "{phrase}: a plain apostrophe");
            let bare = phrase.trim_start_matches("\u{2026} ").trim_end_matches(" \u{2026}");
            assert!(!bare.ends_with(|c: char| !c.is_alphanumeric()), "{phrase}");
            assert!(!bare.starts_with(|c: char| !c.is_alphanumeric()), "{phrase}");
        }
        assert_eq!(LIST.len(), phrases().count());
    }
}
