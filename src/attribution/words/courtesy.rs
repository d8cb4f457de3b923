//! The courtesy titles ("Mr.", "Mrs", "Ms.", "Miss") and the gender each tells, as the word list
//! gives them (kind `courtesy`, third field `he`/`she`), for `people/honorific.rs`.

/// The courtesy titles (list kind `courtesy`: "Mr.", "Mrs", "Miss") and the gender each
/// one's entry gives it in its third field, for the search of a text for them
/// (`people/honorific.rs`): the gender is the list's, not the code's.
#[derive(Default)]
pub(crate) struct CourtesyTitles {
    /// Each title as listed, in lower case (with its period if it takes one: "mr.", "miss"),
    /// and its gender.
    pub titles: Vec<(&'static [u8], Gender)>,
    /// The distinct capitals the titles open with ("M"): at most three (tested), for one byte
    /// search.
    pub firsts: Vec<u8>,
    /// The titles' second bytes, as a 256-bit set: most words that open with a title's
    /// capital ("March", "Mike") are turned away by their second byte alone.
    seconds: [u64; 4],
}

impl CourtesyTitles {
    /// The word tables' courtesy titles.
    pub(crate) fn get() -> &'static CourtesyTitles {
        &super::WORDS_TABLE.courtesy
    }

    /// Adds a title of the list, `word`, in lower case, with its `gender`.
    pub(super) fn add(&mut self, word: &'static str, gender: Gender) {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&second)) = (bytes.first(), bytes.get(1)) else { return };
        let first = first.to_ascii_uppercase();
        if !self.firsts.contains(&first) {
            self.firsts.push(first);
        }
        if let Some(set) = self.seconds.get_mut(usize::from(second >> 6)) {
            *set |= 1 << (second & 63);
        }
        self.titles.push((bytes, gender));
    }

    /// The gender of the courtesy title `rest` starts with, written as listed but for its
    /// capital ("Mr.", "Ms", "Miss"; not "MR.", nor "Miss.": the list's entries say which
    /// titles take a period) and followed by a space, and its length with the space.
    pub(crate) fn at(&self, rest: &[u8]) -> Option<(Gender, usize)> {
        let &second = rest.get(1)?;
        let seconds = self.seconds.get(usize::from(second >> 6)).copied().unwrap_or(0);
        if seconds & (1 << (second & 63)) == 0 || !rest.first().is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let first = rest.first().map(u8::to_ascii_lowercase);
        self.titles.iter().find_map(|&(title, gender)| {
            let len = title.len();
            // Byte by byte: a title is a few bytes, shorter than a call to compare them.
            let same = first == title.first().copied()
                && rest.len() > len
                && title.iter().zip(rest).skip(1).all(|(t, r)| t == r);
            (same && rest.get(len) == Some(&b' ')).then_some((gender, len + 1))
        })
    }
}

/// Which of "he" and "she" a word tells: a third-person pronoun's ("his", "Her"), or a
/// courtesy title's, as its list entry gives it ([`CourtesyTitles`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Gender {
    /// "he", "him", "his", "himself"; "Mr.".
    He,
    /// "she", "her", "hers", "herself"; "Mrs.", "Ms.", "Miss".
    She,
}

impl Gender {
    /// The gender a list entry's field names (`he`, `she`), if it names one.
    pub(super) fn of_field(field: Option<&&str>) -> Option<Gender> {
        match field.copied() {
            Some("he") => Some(Gender::He),
            Some("she") => Some(Gender::She),
            _ => None,
        }
    }
}
