//! A surname two people of the story share ("Marcel Lehel Lazar" and "his wife, Gabriela
//! Violeta Lazar"; "Hillary Clinton" and "Bill Clinton"): the surname alone stands for the one
//! the text names in full first, the person it is about, past the paragraph where it names the
//! other one, who is the nearer subject there ("Bill Clinton spoke with voters … Clinton
//! said"). News style names the other one in full again, or by the given name. The same holds
//! when only the second person is quoted: a surname first met with one full name ("Lolita
//! Grayson wrote") goes back, past that block, to another the text wrote first ("Rep. Alan
//! Grayson's campaign", then "Grayson" alone).

use crate::attribution::mentions::{headline_writes, other_person_named_first};
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
    /// Surnames met for the first time in the current block (strings of the people's spare
    /// buffers, given back at the block's end).
    fresh: Vec<String>,
    /// Where the document's headline ends (its first block separator), once looked for.
    headline_end: Option<Option<usize>>,
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

    /// Whether the document may note another new surname ([`MAX_SETTLED`]).
    pub(super) fn has_room(&self) -> bool {
        self.settled + self.fresh.len() < MAX_SETTLED
    }

    /// Notes that the current block met `surname` for the first time, with a full name the
    /// text may have written with another given name before ([`SharedSurnames::settle`]).
    pub(super) fn note_new(&mut self, surname: String) {
        self.fresh.push(surname);
    }

    /// At a block's end: each surname a second person took goes back to the one `text` (the
    /// document's) names in full first past its headline, and so does each surname the block
    /// met first, when the text wrote it first with another person's given name.
    // Out of line: it runs only in the blocks where two people share a surname or a surname
    // is new.
    #[inline(never)]
    pub(super) fn settle(&mut self, text: &str, by_surname: &mut PageMap<String, String>, spare: &mut Vec<String>) {
        let headline_end = *self.headline_end.get_or_insert_with(|| text.find(crate::text::BLOCK_SEPARATOR));
        let body = headline_end.map_or(text, |at| text.get(at..).unwrap_or_default());
        self.settled += self.taken.len() + self.fresh.len();
        for (surname, earlier) in self.taken.drain(..) {
            if let Some(full) = by_surname.get_mut(&surname) {
                if written_first(body, &earlier, full) {
                    *full = earlier;
                }
            }
        }
        let headline_end = headline_end.unwrap_or(0);
        for surname in self.fresh.drain(..) {
            // The headline's screen before the look-up: most new surnames are not in it.
            if headline_writes(text, headline_end, &surname) {
                if let Some(full) = by_surname.get_mut(&surname) {
                    if let Some(first) = other_person_named_first(text, headline_end, &surname, full) {
                        full.clear();
                        full.push_str(first);
                    }
                }
            }
            spare.push(surname);
        }
    }

    /// Whether a block has handed a surname to a second person or met a new one.
    pub(super) fn any(&self) -> bool {
        !self.taken.is_empty() || !self.fresh.is_empty()
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
        shared.settle(text, &mut by_surname, &mut Vec::new());
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
            shared.settle(text, &mut by_surname, &mut Vec::new());
            assert_eq!(by_surname.get("Key").map(String::as_str), Some(later), "{text}");
        }
    }
}
