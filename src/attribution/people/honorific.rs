//! The gender the text itself gives a surname: a courtesy title before it ("Mr. Ruiz" is a
//! man, "Mrs. Ruiz", "Ms. Ruiz" and "Miss Ruiz" a woman: the titles and their genders are the
//! word list's, kind `courtesy`). A "she" never stands for a person the text calls "Mr.", nor
//! a "he" for one it calls "Ms." (the resolver passes over them to the person named before:
//! `People::nearest_person`). No list of first names: only the document's words.
//!
//! Read once a document, the first time a "he" or "she" looks for its person, by a search of
//! the text for the capital the titles open with (a byte search, not a pass over the tokens),
//! each word found there compared with the listed titles ([`CourtesyTitles::at`]).

use std::cell::Cell;
use std::ops::Range;

use super::bare::Gender;
use crate::attribution::speaker::{surname_mentions, Written};
use crate::attribution::words::CourtesyTitles;

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
    /// The index in `noted` of the surname the last title came before.
    recent: usize,
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

    /// Whether `text`'s courtesy titles give `surname` the other gender than `pronoun` (once
    /// [`Honorifics::any`] read them), unless two people of that surname are named in full
    /// ([`shared_surname`], asked only then).
    fn opposes(&self, text: &str, surname: &str, pronoun: Gender) -> bool {
        let Some(titled) = self.noted.iter().find(|t| text.get(t.surname.clone()) == Some(surname)) else {
            return false;
        };
        if titled.gender.is_none_or(|g| g == pronoun) {
            return false;
        }
        let shared = titled.shared.get().unwrap_or_else(|| {
            let found = shared_surname(text, surname);
            titled.shared.set(Some(found));
            found
        });
        !shared
    }

    /// Notes the surname after each courtesy title in `text`. Out of line: it runs once a
    /// document.
    #[inline(never)]
    fn note_all(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let titles = CourtesyTitles::get();
        // The titles open with one capital ("M"), or a few (at most three: tested), searched
        // for at once; one loop reads what follows, whichever search gave the byte.
        let (mut one, mut few);
        let starts: &mut dyn Iterator<Item = usize> = match *titles.firsts.as_slice() {
            [a] => {
                one = memchr::memchr_iter(a, bytes);
                &mut one
            }
            [a, b] | [a, b, _] => {
                let c = titles.firsts.get(2).copied().unwrap_or(b);
                few = memchr::memchr3_iter(a, b, c, bytes);
                &mut few
            }
            _ => return,
        };
        for at in starts {
            if at > 0 && bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let Some((gender, len)) = titles.at(bytes.get(at..).unwrap_or_default()) else { continue };
            let Some(surname) = surname_after(bytes, at + len) else { continue };
            self.note(text, surname, gender);
        }
    }

    /// Notes `surname` (a span of `text`) as of `gender`.
    fn note(&mut self, text: &str, surname: Range<usize>, gender: Gender) {
        let word = text.get(surname.clone());
        let full = self.noted.len() >= MAX_HONORIFICS;
        // The same surname comes back title after title ("Mr. Trump", "Mr. Trump"): the last
        // title's is compared first, and a surname's length before its bytes.
        let same = |t: &Titled| t.surname.len() == surname.len() && text.get(t.surname.clone()) == word;
        let recent = Some(self.recent).filter(|&i| self.noted.get(i).is_some_and(same));
        match recent.or_else(|| self.noted.iter().position(same)) {
            Some(i) => {
                self.recent = i;
                if let Some(t) = self.noted.get_mut(i).filter(|t| t.gender != Some(gender)) {
                    t.gender = None;
                }
            }
            None if !full => {
                self.recent = self.noted.len();
                self.noted.push(Titled { surname, gender: Some(gender), shared: Cell::new(None) });
            }
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
    /// title before the name's last word ([`Honorifics::opposes`]).
    pub(super) fn other(&self, name: &str) -> bool {
        let Some(surname) = name.rsplit(' ').next() else { return false };
        self.honorifics.opposes(self.text, surname, self.pronoun)
    }
}

/// The most times [`shared_surname`] reads a surname in the text: a page that writes it
/// thousands of times costs no more than a usual page.
const MAX_SURNAME_READS: usize = 64;

/// Whether `text` writes `surname` after two different first names ("Hillary Clinton", "Former
/// President Bill Clinton"): a courtesy title before it then tells of neither. The mentions
/// and their first names are the speaker rules' own reading of a full name
/// ([`surname_mentions`]: a capitalised word in no list, past middle initials, so "Donald J.
/// Trump" is "Donald"), the given name read as [`two_people`](super::name_text::two_people)
/// reads it.
fn shared_surname(text: &str, surname: &str) -> bool {
    let mut first: Option<&str> = None;
    for (_, written) in surname_mentions(text, surname).take(MAX_SURNAME_READS) {
        let Written::Full(full) = written else { continue };
        let name = super::name_text::given_name(full);
        match first {
            Some(f) if f != name => return true,
            Some(_) => {}
            None => first = Some(name),
        }
    }
    false
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

    /// Every courtesy title of the word list has a gender (`he` or `she`), which the search
    /// reads; the titles open with one to three capitals. A title is read as listed, but for its
    /// capital, before a space: "Miss." is none, nor "Mrx", "MR." or "Mr" glued to a name.
    #[test]
    fn courtesy_titles_and_their_genders_are_the_lists() {
        let titles = CourtesyTitles::get();
        let mut listed = 0;
        for f in crate::lexicon::fields(crate::attribution::words::WORDS).filter(|f| f.get(1) == Some(&"courtesy")) {
            let want = match f.get(2) {
                Some(&"he") => Gender::He,
                Some(&"she") => Gender::She,
                other => panic!("{}: a courtesy title's gender is `he` or `she`, not {other:?}", f[0]),
            };
            let capital = format!("{}{} Ruiz", f[0][..1].to_ascii_uppercase(), &f[0][1..]);
            assert_eq!(titles.at(capital.as_bytes()), Some((want, f[0].len() + 1)), "{capital}");
            listed += 1;
        }
        assert!(listed >= 7 && (1..=3).contains(&titles.firsts.len()));
        for not_title in ["Miss. Ruiz", "Mrx Ruiz", "MR. Ruiz", "Mr.Ruiz", "Mister Ruiz", "mr. Ruiz", "Mass Ruiz"] {
            assert_eq!(titles.at(not_title.as_bytes()), None, "{not_title}");
        }
    }

    /// The surname after a courtesy title, past first names and initials; a lower-case word
    /// ends the name; the title's gender is its list entry's ("Miss" is "she").
    #[test]
    fn surname_after_a_courtesy_title() {
        let text = "Mr. Ben A. Ruiz said. Ms. Ana Park's plan. Mrs. Lee told him. Miss it. Miss Ana Diaz ran.";
        let mut h = Honorifics::default();
        h.note_all(text);
        let noted: Vec<_> = h.noted.iter().map(|t| (&text[t.surname.clone()], t.gender)).collect();
        let want = [
            ("Ruiz", Some(Gender::He)),
            ("Park", Some(Gender::She)),
            ("Lee", Some(Gender::She)),
            ("Diaz", Some(Gender::She)),
        ];
        assert_eq!(noted, want);
    }

    /// A surname the text gives both titles has no gender ("Mr. and Mrs. Ruiz"); a word that
    /// only ends in "Mr" ("HMr. Ruiz"), a title in capitals ("MR. KIM") or in lower case, or
    /// one with no space before the name, is no title (must not fire).
    #[test]
    fn both_titles_give_no_gender() {
        let text =
            "Mr. Ruiz said. Mrs. Ruiz said. Mr. Lee spoke. UMs Park ran. MR. KIM left. ms. Ode sat. Mr.\u{a0}Abe ran.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert!(!h.opposes(text, "Ruiz", Gender::She) && !h.opposes(text, "Ruiz", Gender::He));
        assert!(h.opposes(text, "Lee", Gender::She) && !h.opposes(text, "Lee", Gender::He));
        for other in ["Park", "KIM", "Ode", "Abe"] {
            assert!(!h.opposes(text, other, Gender::He) && !h.opposes(text, other, Gender::She), "{other}");
        }
    }

    /// Two first names before one surname: the courtesy title tells of neither (must not
    /// fire); one first name, with an initial or a title before the surname, is one person.
    #[test]
    fn a_surname_two_people_share_has_no_gender() {
        let text = "Hillary Clinton spoke. Mrs. Clinton said. Former President Bill Clinton said.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert!(!h.opposes(text, "Clinton", Gender::He));
        let text = "Donald J. Trump spoke. Mr. Trump said. Candidate Donald Trump said.";
        let mut h = Honorifics::default();
        assert!(h.any(text));
        assert!(h.opposes(text, "Trump", Gender::She));
    }
}
