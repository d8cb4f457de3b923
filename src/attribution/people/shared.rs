//! A surname two people of the story share ("Marcel Lehel Lazar" and "his wife, Gabriela
//! Violeta Lazar"; "Hillary Clinton" and "Bill Clinton"): the surname alone stands for the one
//! the text names in full first, the person it is about, past the paragraph where it names the
//! other one, who is the nearer subject there ("Bill Clinton spoke with voters … Clinton
//! said"). News style names the other one in full again, or by the given name.

use crate::wordmap::PageMap;

/// The most surnames a block may hand to a second person ([`SharedSurnames::note`]): past
/// them the latest full name keeps the surname, as for one person.
const MAX_SHARED: usize = 8;

/// The most surnames one document gives back ([`SharedSurnames::settle`] searches the text
/// for two names at each): past them the latest full name keeps the surname, so that a page
/// of thousands of blocks each naming a second person stays linear.
const MAX_SETTLED: usize = 32;

/// The surnames a second person's full name took in the current block, each with the full
/// name it held before.
#[derive(Default)]
pub(super) struct SharedSurnames {
    /// (surname, the full name it stood for before the block's other person took it).
    taken: Vec<(String, String)>,
    /// How many the document has given back or kept ([`MAX_SETTLED`]).
    settled: usize,
}

impl SharedSurnames {
    /// Notes that the current block names a second person of `surname` in full, who takes
    /// it from `held` (the full name it stood for) until the block ends.
    // Out of line: two people share a surname in few documents.
    #[inline(never)]
    pub(super) fn note(&mut self, surname: &str, held: &str) {
        let room = self.taken.len() < MAX_SHARED && self.settled + self.taken.len() < MAX_SETTLED;
        if room && !self.taken.iter().any(|(s, _)| s == surname) {
            self.taken.push((surname.to_string(), held.to_string()));
        }
    }

    /// At a block's end: each surname a second person took goes back to the one `text` (the
    /// document's) names in full first past its headline.
    // Out of line: it runs only in the blocks where two people share a surname.
    #[inline(never)]
    pub(super) fn settle(&mut self, text: &str, by_surname: &mut PageMap<String, String>) {
        let body = text.find(crate::text::BLOCK_SEPARATOR).map_or(text, |at| text.get(at..).unwrap_or_default());
        self.settled += self.taken.len();
        for (surname, earlier) in self.taken.drain(..) {
            if let Some(full) = by_surname.get_mut(&surname) {
                if written_first(body, &earlier, full) {
                    *full = earlier;
                }
            }
        }
    }

    /// Whether a block has handed a surname to a second person.
    pub(super) fn any(&self) -> bool {
        !self.taken.is_empty()
    }
}

/// Whether `text` writes the full name `a` before the full name `b` (a name it never writes as
/// such, through a line break or a nickname, comes last; `b` when neither is written).
fn written_first(text: &str, a: &str, b: &str) -> bool {
    let at = |name: &str| memchr::memmem::find(text.as_bytes(), name.as_bytes()).unwrap_or(usize::MAX);
    at(a) < at(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_surname_goes_back_to_the_person_named_first() {
        let text = "Hacker sentenced.\n\nMarcel Lazar, 44, pleaded guilty. His wife, Gabriela Lazar, wrote a letter.";
        let mut by_surname = PageMap::default();
        by_surname.insert("Lazar".to_string(), "Gabriela Lazar".to_string());
        let mut shared = SharedSurnames::default();
        shared.note("Lazar", "Marcel Lazar");
        shared.note("Lazar", "Someone Else Lazar");
        assert!(shared.any());
        shared.settle(text, &mut by_surname);
        assert_eq!(by_surname.get("Lazar").map(String::as_str), Some("Marcel Lazar"));
        assert!(!shared.any());
        // Must not fire: the second person is the one the text names first; a name written
        // only in the headline comes last ("Gov Fallin" in a title line, "Mary Fallin" after).
        for (text, earlier, later) in [
            ("Clinton wins.\n\nVoters backed Hillary Clinton. Bill Clinton spoke.", "Bill Clinton", "Hillary Clinton"),
            ("OK Gov Fallin: no.\n\nGov. Mary Fallin said no.", "OK Gov Fallin", "Mary Fallin"),
        ] {
            by_surname.insert("Key".to_string(), later.to_string());
            shared.note("Key", earlier);
            shared.settle(text, &mut by_surname);
            assert_eq!(by_surname.get("Key").map(String::as_str), Some(later), "{text}");
        }
    }
}
