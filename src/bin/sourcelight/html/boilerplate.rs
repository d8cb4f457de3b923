//! Page lines that are no article text and that no markup tells apart ("SIGN UP FOR OUR
//! NEWSLETTER", "Continue reading the main story", "X contributed to this report."): a phrase
//! list, kept in `boilerplate.txt`.

/// The phrase list: one lower-case phrase a line, `#` comments.
const PHRASES: &str = include_str!("boilerplate.txt");

/// The most words a block ending with a "… " phrase may have.
const MAX_SIGNOFF_WORDS: usize = 12;

/// Whether a block's text is one of the [`PHRASES`] (or, for a "… " phrase, a short block that
/// ends with it).
pub fn is_boilerplate(text: &str) -> bool {
    // Only short blocks can be one: the list is not read for the article's paragraphs.
    if text.len() > 160 {
        return false;
    }
    let line = text.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    phrases().any(|phrase| match phrase.strip_prefix("\u{2026} ") {
        Some(ending) => line.ends_with(ending) && line.split_whitespace().count() <= MAX_SIGNOFF_WORDS,
        None => line == phrase,
    })
}

/// The phrases of [`PHRASES`].
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
        // Must not drop: the phrase inside a sentence of the story.
        assert!(!is_boilerplate("Officials said they would read more of the files on Monday."));
        assert!(!is_boilerplate("Related talks with the union broke down on Friday."));
        assert!(!is_boilerplate(
            "The mayor thanked the many residents, engineers, divers and volunteers who contributed to this report."
        ));
    }

    #[test]
    fn every_phrase_is_lower_case_and_trimmed() {
        for phrase in phrases() {
            assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
            assert!(!phrase.ends_with(|c: char| !c.is_alphanumeric()), "{phrase}");
        }
    }
}
