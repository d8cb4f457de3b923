//! The full names held by surname: whether a name is someone's already named
//! ([`People::known`]) and the full name a mention stands for, noting new full names as they
//! come ([`People::canonical`]). Apart from the pronoun resolution, as the one place that
//! writes `by_surname` and its screens (first bytes, lengths), and the rules by which a surname
//! met again keeps or changes its person.

use super::name_text::{
    ends_with_words, first_and_last, is_single_spaced, push_single_spaced, set_to, starts_with_particle,
    trim_possessive, two_people, without_nickname, words_before,
};
use super::{People, SCREEN_SURNAMES, SCREEN_SURNAME_BYTES};

impl People {
    /// Whether a name is that of someone already named: a known surname, or the full name it
    /// stands for, or that full name without words a headline glued before it (the held "Rip
    /// Donald Trump" for "Donald Trump's", which [`People::canonical_into`] then keeps).
    pub(super) fn known(&self, raw: &str) -> bool {
        match first_and_last(raw) {
            (first, None) => self.by_surname.contains_key(first),
            // The full names held are single-spaced (`canonical` stores them so): a name
            // written so is the same words exactly when it is the same string.
            (_, Some(last)) => {
                let held = self.by_surname.get(trim_possessive(last));
                held.is_some_and(|full| {
                    let same = if is_single_spaced(raw) {
                        full == raw
                    } else {
                        full.split_whitespace().eq(raw.split_whitespace())
                    };
                    same || words_before(full, trim_possessive(raw))
                })
            }
        }
    }

    /// The full name a (possibly bare) name refers to, registering full names as they come.
    pub(super) fn canonical(&mut self, raw: &str) -> String {
        let mut name = String::new();
        self.canonical_into(raw, &mut name);
        name
    }

    /// [`People::canonical`] written into `out` (emptied first), whose buffer a kept mention
    /// lends.
    pub(super) fn canonical_into(&mut self, raw: &str, out: &mut String) {
        let name = trim_possessive(raw);
        // "Donald Trump's eldest daughter": a full name in the possessive describes someone
        // else; the person a bare surname already stands for (the one who acts and speaks)
        // keeps it.
        let possessive = name.len() < raw.len();
        let (first, last) = first_and_last(name);
        // Marcia "Cia" Price is Marcia Price. Only a name of more than one word can hold a
        // nickname: the one-word names (most of them) are not searched for a mark.
        let plain = last.and_then(|_| without_nickname(name));
        let name = plain.as_deref().unwrap_or(name);
        out.clear();
        match last {
            // One word: the full name it stands for, or the word itself.
            None => set_to(out, self.by_surname.get(first).map_or(first, String::as_str)),
            // A surname led by its particle (", dos Santos says."): the full name it stands
            // for, as for a bare surname; else the words as written, noted as a full name.
            Some(last) if starts_with_particle(first) && self.by_surname.contains_key(last) => {
                set_to(out, self.by_surname.get(last).map_or(name, String::as_str));
            }
            Some(last) => {
                push_single_spaced(out, name);
                // A surname met again keeps its key and takes the new full name in place
                // (what `insert` does, without copying the key to throw it away), unless the
                // new name is a possessive's. A name read in a title-case line with words
                // before the new one takes the new, shorter form, a possessive's too ("Rip
                // Donald Trump", a headline's verb glued to the name, then "Donald Trump's");
                // not one read in running text, where the words before are the name's
                // ("Debbie Wasserman Schultz", then "Wasserman Schultz").
                match self.by_surname.get_mut(last) {
                    Some(full) if words_before(full, out) && self.title_case_names.contains(full) => {
                        full.clone_from(out)
                    }
                    // The last words of the full name held, a particle's, in any case ("De Blasio"
                    // opening a sentence after "Bill de Blasio"): that person.
                    Some(full) if ends_with_words(full, out) => out.clone_from(full),
                    Some(_) if possessive => {}
                    // A second person of the surname named in full ("his wife, Gabriela
                    // Violeta Lazar" after "Marcel Lehel Lazar"): theirs in this block, the
                    // nearer subject; at its end the surname goes back to the person the text
                    // names first (`shared.rs`).
                    Some(full) => {
                        if full != out && two_people(full, out) {
                            self.shared.note(last, full);
                        }
                        full.clone_from(out);
                    }
                    None => {
                        if let Some(&b) = last.as_bytes().first() {
                            self.surname_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
                        }
                        self.surname_not_capital |= !last.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
                        self.screen_surnames = self.by_surname.len() < SCREEN_SURNAMES
                            && last.len() <= SCREEN_SURNAME_BYTES
                            && (self.screen_surnames || self.by_surname.is_empty());
                        if self.shared.has_room() {
                            let fresh = kept_copy(&mut self.spare_surnames, last);
                            self.shared.note_new(fresh);
                        }
                        let surname = kept_copy(&mut self.spare_surnames, last);
                        let full = kept_copy(&mut self.spare_surnames, out);
                        self.by_surname.insert(surname, full);
                    }
                }
            }
        }
    }
}

/// `s` copied into one of `spare`'s buffers, or into a new string when none is left.
fn kept_copy(spare: &mut Vec<String>, s: &str) -> String {
    let mut copy = spare.pop().unwrap_or_default();
    set_to(&mut copy, s);
    copy
}
