//! The gender the text itself gives a surname: a courtesy title before it ("Mr. Ruiz" is a
//! man, "Mrs. Ruiz", "Ms. Ruiz" and "Miss Ruiz" a woman). A "she" never stands for a person
//! the text calls "Mr.", nor a "he" for one it calls "Ms." (the resolver passes
//! over them to the person named before: `People::nearest_person`). No list of first names: only the document's words.
//!
//! Read once a document, the first time a "he" or "she" looks for its person, by a search of
//! the text for its capital "M"s (a byte search, not a pass over the tokens).

use std::cell::Cell;
use std::ops::Range;

use super::bare::Gender;
use super::NOT_PERSONAL;
use crate::attribution::words::{class, WORDS_TABLE};

/// The most surnames a document's courtesy titles note: past them the others give no
/// evidence, so that a page of thousands of "Mr."s stays linear.
const MAX_HONORIFICS: usize = 32;

/// The most capitalised words a name after a courtesy title holds ("Mr. Ben A. Ruiz"): its
/// last is the surname.
const MAX_NAME_WORDS: usize = 3;

/// The surnames a document's courtesy titles give a gender.
#[derive(Default)]
pub(super) struct Honorifics {
    /// Whether the document has been read.
    read: bool,
    /// Each surname a courtesy title comes before.
    noted: Vec<Titled>,
}

/// A surname a courtesy title comes before ([`Honorifics`]).
struct Titled {
    /// Its first span in the text.
    surname: Range<usize>,
    /// Its gender, `None` once the text gives it both ("Mr. Clinton", "Mrs. Clinton": a
    /// couple; no evidence).
    gender: Option<Gender>,
    /// Whether the text writes it after two different first names ([`shared_surname`]: asked
    /// once, the first time the gender would pass a person over).
    shared: Cell<Option<bool>>,
}

impl Honorifics {
    /// Whether `text` (the document) has a courtesy title before a surname, reading them on
    /// the first call.
    pub(super) fn any(&mut self, text: &str) -> bool {
        if !self.read {
            self.read = true;
            self.note_all(text);
        }
        !self.noted.is_empty()
    }

    /// The gender `text`'s courtesy titles give `surname` (once [`Honorifics::any`] read them),
    /// unless two people of that surname are named in full ([`shared_surname`]).
    fn of(&self, text: &str, surname: &str) -> Option<Gender> {
        let titled = self.noted.iter().find(|t| text.get(t.surname.clone()) == Some(surname))?;
        let gender = titled.gender?;
        let shared = titled.shared.get().unwrap_or_else(|| {
            let found = shared_surname(text, surname);
            titled.shared.set(Some(found));
            found
        });
        (!shared).then_some(gender)
    }

    /// Notes the surname after each courtesy title in `text`.
    fn note_all(&mut self, text: &str) {
        let bytes = text.as_bytes();
        for at in memchr::memchr_iter(b'M', bytes) {
            if at > 0 && bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let rest = bytes.get(at..).unwrap_or_default();
            let Some((gender, len)) = title_at(rest) else { continue };
            let Some(surname) = surname_after(bytes, at + len) else { continue };
            self.note(text, surname, gender);
        }
    }

    /// Notes `surname` (a span of `text`) as of `gender`.
    fn note(&mut self, text: &str, surname: Range<usize>, gender: Gender) {
        let word = text.get(surname.clone());
        let full = self.noted.len() >= MAX_HONORIFICS;
        match self.noted.iter_mut().find(|t| text.get(t.surname.clone()) == word) {
            Some(t) if t.gender != Some(gender) => t.gender = None,
            Some(_) => {}
            None if !full => self.noted.push(Titled { surname, gender: Some(gender), shared: Cell::new(None) }),
            None => {}
        }
    }
}

/// What `People::nearest_person` asks of a candidate for a "he" or "she": whether the text
/// gives that person the other gender.
pub(super) struct GenderEvidence<'a> {
    /// The document's courtesy titles, read.
    pub honorifics: &'a Honorifics,
    /// The document's text.
    pub text: &'a str,
    /// The pronoun's gender.
    pub pronoun: Gender,
}

impl GenderEvidence<'_> {
    /// Whether the text gives `name`'s person the other gender than the pronoun: a courtesy
    /// title before the name's last word ([`Honorifics::of`]).
    pub(super) fn other(&self, name: &str) -> bool {
        let Some(surname) = name.rsplit(' ').next() else { return false };
        self.honorifics.of(self.text, surname).is_some_and(|g| g != self.pronoun)
    }
}

/// The most times [`shared_surname`] reads a surname in the text: a page that writes it
/// thousands of times costs no more than a usual page.
const MAX_SURNAME_READS: usize = 64;

/// Whether `text` writes `surname` after two different first names ("Hillary Clinton", "Former
/// President Bill Clinton"): a courtesy title before it then tells of neither. A first name
/// is a capitalised word no list holds (not "Mrs.", "Secretary"), past an initial ("Donald
/// J. Trump" is "Donald").
fn shared_surname(text: &str, surname: &str) -> bool {
    let bytes = text.as_bytes();
    let mut first: Option<&[u8]> = None;
    for at in memchr::memmem::find_iter(bytes, surname.as_bytes()).take(MAX_SURNAME_READS) {
        if bytes.get(at + surname.len()).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let Some(name) = first_name_before(bytes, at) else { continue };
        match first {
            Some(f) if f != name => return true,
            Some(_) => {}
            None => first = Some(name),
        }
    }
    false
}

/// The first name right before byte `at` of `bytes` (a word, a space, then `at`), past one
/// initial ("J. "); none when that word is no first name (listed, in lower case, one letter).
fn first_name_before(bytes: &[u8], at: usize) -> Option<&[u8]> {
    let word_before = |end: usize| {
        let head = bytes.get(..end.checked_sub(1)?)?;
        (bytes.get(end - 1) == Some(&b' ')).then_some(())?;
        let start = head.iter().rposition(|b| !b.is_ascii_alphabetic() && *b != b'.').map_or(0, |k| k + 1);
        Some((start, head.get(start..)?))
    };
    let (start, mut word) = word_before(at)?;
    if word.len() == 2 && word.first().is_some_and(u8::is_ascii_uppercase) && word.get(1) == Some(&b'.') {
        word = word_before(start)?.1;
    }
    let listed = WORDS_TABLE.entry_ascii(word);
    let personal = listed.classes & (NOT_PERSONAL | class::ROLE | class::TITLE) == 0 && listed.listed_as.is_none();
    (word.len() > 1 && word.first().is_some_and(u8::is_ascii_uppercase) && !word.contains(&b'.') && personal)
        .then_some(word)
}

/// The gender of the courtesy title `rest` starts with, followed by a space ("Mr. ", "Ms ",
/// "Miss "), and its length with the space.
fn title_at(rest: &[u8]) -> Option<(Gender, usize)> {
    const TITLES: [(&[u8], Gender); 7] = [
        (b"Mr. ", Gender::He),
        (b"Mr ", Gender::He),
        (b"Mrs. ", Gender::She),
        (b"Mrs ", Gender::She),
        (b"Ms. ", Gender::She),
        (b"Ms ", Gender::She),
        (b"Miss ", Gender::She),
    ];
    TITLES.iter().find(|(t, _)| rest.starts_with(t)).map(|(t, g)| (*g, t.len()))
}

/// The surname of the name that starts at byte `at` of `bytes`: the last of up to
/// [`MAX_NAME_WORDS`] capitalised words joined by single spaces ("Ben A. Ruiz" → "Ruiz"),
/// without a possessive's "'s"; none when no capitalised word starts there.
fn surname_after(bytes: &[u8], mut at: usize) -> Option<Range<usize>> {
    let mut last = None;
    for _ in 0..MAX_NAME_WORDS {
        if !bytes.get(at).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        let len =
            bytes.get(at..).unwrap_or_default().iter().take_while(|&&b| b.is_ascii_alphabetic() || b == b'-').count();
        let word = at..at + len;
        let initial = len == 1 && bytes.get(word.end) == Some(&b'.');
        if !initial {
            last = Some(word.clone());
        }
        let next = word.end + usize::from(initial);
        if bytes.get(next) != Some(&b' ') {
            break;
        }
        at = next + 1;
    }
    last.filter(|w| w.len() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The surname after a courtesy title, past first names and initials; a lower-case word
    /// ends the name.
    #[test]
    fn surname_after_a_courtesy_title() {
        let text = "Mr. Ben A. Ruiz said. Ms. Ana Park's plan. Mrs. Lee told him. Miss it.";
        let mut h = Honorifics::default();
        h.note_all(text);
        let noted: Vec<_> = h.noted.iter().map(|t| (&text[t.surname.clone()], t.gender)).collect();
        assert_eq!(noted, [("Ruiz", Some(Gender::He)), ("Park", Some(Gender::She)), ("Lee", Some(Gender::She))]);
    }

    /// A surname the text gives both titles has no gender ("Mr. and Mrs. Ruiz"); a word that
    /// only ends in "Mr" ("HMr. Ruiz") is no title.
    #[test]
    fn both_titles_give_no_gender() {
        let text = "Mr. Ruiz said. Mrs. Ruiz said. Mr. Lee spoke. UMs Park ran.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert_eq!(h.of(text, "Ruiz"), None);
        assert_eq!(h.of(text, "Lee"), Some(Gender::He));
        assert_eq!(h.of(text, "Park"), None);
    }

    /// Two first names before one surname: the courtesy title tells of neither (must not
    /// fire); one first name, with an initial or a title before the surname, is one person.
    #[test]
    fn a_surname_two_people_share_has_no_gender() {
        let text = "Hillary Clinton spoke. Mrs. Clinton said. Former President Bill Clinton said.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert_eq!(h.of(text, "Clinton"), None);
        let text = "Donald J. Trump spoke. Mr. Trump said. Candidate Donald Trump said.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert_eq!(h.of(text, "Trump"), Some(Gender::He));
    }
}
