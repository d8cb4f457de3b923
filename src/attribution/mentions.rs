//! Mentions of a named speaker that the reading order could not resolve, linked to the name
//! once the whole document is read: a surname used before the full name (a headline's "Ruiz
//! vows …" above "Mayor Ana Ruiz said"), a first name used alone ("Ana said" after "Ana Ruiz
//! said", as for a relative of another speaker who shares the surname), and "the mayor" for
//! the one named speaker the text gives that role ("Mayor Ana Ruiz … the mayor said"), and a
//! surname no speaker's full name holds to the one person the text names in full with it
//! ("Bernie Sanders" in a sentence that quotes no one, "Sanders said" later).
//! Without the link the sources list shows one person as two or three sources.

use std::borrow::Cow;
use std::ops::Range;

use super::people::{is_particle, two_people};
use super::speaker::{near_range, surname_mentions, surname_owner, Written};
use super::words::{is_listed, Listed, WORDS_TABLE};
use super::{speakers_in_runs, Frame, SpeakerRef};
use crate::wordmap::PageMap;
#[cfg(test)]
use shape::starts_upper;
use shape::{first_byte_bit, is_full_name, is_surname, lowered, role_of};

mod shape;

/// Renames the speakers of `frames` whose mention is a bare surname or "the" and a role to the
/// one named speaker they stand for, or a bare surname that no speaker's full name holds to
/// the one person `text` (the document's, whose first block, the headline, ends at
/// `headline_end`) names in full with it; a mention that could stand for two people stays.
pub(crate) fn link(frames: &mut [Frame], text: &str, headline_end: usize) {
    // Each surname and each role (lower case), with the full name it belongs to and the
    // frame that first names it; `None` once two different people share it. (Words of the
    // page: a seeded hasher.)
    let mut by_surname: PageMap<&str, Option<&str>> = PageMap::default();
    let mut by_role: PageMap<Cow<str>, Option<(&str, usize)>> = PageMap::default();
    // Each full name's first description, which a linked mention without one takes.
    let mut descriptions: PageMap<&str, &str> = PageMap::default();
    // The speaker of the frame before: a speaker quoted again at once (the usual run of
    // quotes) changes none of the maps, and is passed over. The maps take the description
    // and anonymity too, so the run here is of all three, not of the name alone that
    // `speakers_in_runs` (the loop below, sources) keeps runs of: run by the whole speaker,
    // those two looked the same name up again, +0.7 M instructions a pass over PolNeAR dev.
    let mut previous: Option<&SpeakerRef> = None;
    // The first bytes of the full names (bit `byte & 63`): most lone words that are no
    // surname start with another letter, and are no person's first name without the scan of
    // the frames or the map of first names.
    let mut firsts = 0u64;
    for (i, sp) in frames.iter().enumerate().filter_map(|(i, f)| Some((i, f.speaker.as_ref()?))) {
        let again = previous
            .is_some_and(|p| p.name == sp.name && p.description == sp.description && p.anonymous == sp.anonymous);
        previous = Some(sp);
        if again || sp.anonymous || !is_full_name(&sp.name) {
            continue;
        }
        firsts |= first_byte_bit(&sp.name);
        // A name is a few bytes: a plain loop, not the vectorised search `rsplit_once` starts.
        let Some(space) = sp.name.as_bytes().iter().rposition(|&b| b == b' ') else { continue };
        let surname = sp.name.get(space + 1..).unwrap_or_default();
        let slot = by_surname.entry(surname).or_insert(Some(&sp.name));
        if slot.is_some_and(|name| name != sp.name) {
            *slot = None;
        }
        if let Some(role) = &sp.description {
            descriptions.entry(&sp.name).or_insert(role);
            let slot = by_role.entry(lowered(role)).or_insert(Some((&sp.name, i)));
            if slot.is_some_and(|(name, _)| name != sp.name) {
                *slot = None;
            }
        }
    }
    if by_surname.is_empty() && !frames.iter().any(|f| f.speaker.as_ref().is_some_and(|sp| is_surname(&sp.name))) {
        return;
    }
    let mut renames: Vec<(usize, String, Option<String>)> = Vec::new();
    // The full name the mention may stand for, with the frame that must come before the
    // mention (none for a surname): a speaker quoted again at once is not looked up again.
    let mut found: Option<Link> = None;
    // Each first name's one full name, for a document of more than `SCANNED_FRAMES` frames,
    // built the first time a lone word is no surname: a scan of every frame at each such word
    // made a page of them quadratic, while a map built for every document cost 0.3 M
    // instructions a pass over PolNeAR dev (news stories have a few dozen frames).
    let mut by_first: Option<PageMap<&str, Option<&str>>> = None;
    // Each surname looked for in the text, with the full name found: a page of one surname
    // reads the text around its first mention once, not at each.
    let mut in_text: PageMap<&str, Option<&str>> = PageMap::default();
    // Each surname a full-name speaker holds, with the person it stands for (the speaker, or
    // another the text named first): looked for once a surname.
    let mut first_named: PageMap<&str, &str> = PageMap::default();
    for (i, _, sp, again) in speakers_in_runs(frames) {
        if !again {
            found = if is_surname(&sp.name) {
                // A word that is some full name's surname is read as one, never as a first
                // name; a first name is in no word list ("Democratic" is a kind of person).
                let name = sp.name.as_str();
                match by_surname.get(name) {
                    // "Sanders said" before "Jane Sanders", when the text named "Bernie Sanders"
                    // first: his.
                    Some(&Some(full)) => Some(match first_named.get(name) {
                        Some(&first) => first,
                        None if first_named.len() < MAX_FIRST_NAMED => *first_named.entry(name).or_insert_with(|| {
                            other_person_named_first(text, headline_end, name, full).unwrap_or(full)
                        }),
                        None => full,
                    }),
                    Some(None) => None,
                    None => {
                        let first = if firsts & first_byte_bit(name) == 0 {
                            None
                        } else if frames.len() <= SCANNED_FRAMES {
                            one_named_first(frames, name)
                        } else {
                            by_first.get_or_insert_with(|| first_names(frames)).get(name).copied().flatten()
                        };
                        first.filter(|&full| person_name(full) && !in_a_list(name)).or_else(|| {
                            *in_text
                                .entry(name)
                                .or_insert_with(|| named_in_text(text, headline_end, sp.span.clone(), name))
                        })
                    }
                }
                .map(|name| (name, None))
            } else {
                role_of(&sp.name)
                    .and_then(|role| by_role.get(&*lowered(role)).copied().flatten())
                    .map(|(name, first)| (name, Some(first)))
            };
        }
        // The role must be named before it is used: "the mayor" before any named mayor may
        // be someone else.
        let full = found.filter(|&(_, first)| first.is_none_or(|first| first < i)).map(|(name, _)| name);
        if let Some(full) = full {
            renames.push((i, full.to_string(), descriptions.get(full).map(|d| d.to_string())));
        }
    }
    for (i, name, description) in renames {
        if let Some(sp) = frames.get_mut(i).and_then(|f| f.speaker.as_mut()) {
            sp.name = name;
            sp.anonymous = false;
            if sp.description.is_none() {
                sp.description = description;
            }
        }
    }
}

/// The one person `text` names in full with `surname` within [`near_range`] of the mention at
/// `span` ("Bernie Sanders" for "Sanders"). News style names a person in full at the first
/// mention, then by the surname: the surname's first mention past the headline (which ends at
/// `headline_end`; its Title Case words are no names: "Why Does Israel Refuse") is the full
/// name; a place or a body ("Israel", "the House") is first named alone, not after a
/// capitalised word ("Western Europe", "White House"). None when two people with different
/// first names share the surname ("Bill Clinton" and "Hillary Clinton") or a name's first name
/// is not told apart from the words before it ("Secretary of State Jon Husted"); the first
/// written when one person is named two ways ("Donald J. Trump", "Donald Trump").
fn named_in_text<'t>(text: &'t str, headline_end: usize, span: Range<usize>, surname: &str) -> Option<&'t str> {
    if !person_surname(surname) {
        return None;
    }
    let window = near_range(text, span);
    let offset = window.start;
    let first_word = |full: &'t str| full.split(' ').next().unwrap_or_default();
    let mut found: Option<&str> = None;
    for (at, written) in surname_mentions(text.get(window)?, surname) {
        if offset + at < headline_end {
            continue;
        }
        match written {
            Written::Alone if found.is_none() => return None,
            Written::Alone => {}
            Written::Unclear => return None,
            Written::Full(full) => match found {
                None => found = Some(full),
                // "Charles Elliott III" and his father "Charles Elliott Jr.": two people.
                Some(held) if first_word(held) == first_word(full) && !other_generation(held, full) => {}
                Some(_) => return None,
            },
        }
    }
    found.filter(|&full| person_name(full) && may_be_given_name(first_word(full)))
}

/// Another person than `held` (a speaker's full name with `surname`) whom `text` (whose
/// headline ends at `headline_end`) names in full with `surname` first past its headline and
/// then calls by the surname alone ([`surname_owner`]: "Bernie Sanders … Sanders said" before
/// "Jane Sanders"): the person the surname alone stands for. Only for a surname the headline
/// writes and `held` it does not ("What's next for Sanders?": the story's subject is the
/// other person); none when the names are no person's ("Sanders Institute", "Mainstream
/// Republicans", "Eurosceptic SVP").
pub(crate) fn other_person_named_first<'t>(
    text: &'t str,
    headline_end: usize,
    surname: &str,
    held: &str,
) -> Option<&'t str> {
    // The headline first: it is short, and most surnames a story quotes are not in it (the
    // search of the body cost 2 M instructions a pass over PolNeAR dev when asked for each).
    if !headline_writes(text, headline_end, surname) || headline_writes(text, headline_end, held) {
        return None;
    }
    let first = surname_owner(text.get(headline_end..)?, surname).filter(|&first| first != held)?;
    let person = two_people(held, first)
        && person_surname(surname)
        && super::view::has_lower(surname)
        && person_name(first)
        && may_be_given_name(first.split(' ').next().unwrap_or_default());
    person.then_some(first)
}

/// Whether the headline of `text` (its bytes up to `headline_end`) holds `name`: a search of a
/// few dozen bytes from each byte the name opens with, which costs less than setting up a
/// substring searcher.
pub(crate) fn headline_writes(text: &str, headline_end: usize, name: &str) -> bool {
    let (headline, name) = (text.as_bytes().get(..headline_end).unwrap_or_default(), name.as_bytes());
    let Some(&first) = name.first() else { return false };
    memchr::memchr_iter(first, headline).any(|at| headline.get(at..).is_some_and(|rest| rest.starts_with(name)))
}

/// Whether `surname` may be a person's: a word of letters, in no list, and no listed word's
/// plural ("Democrats").
fn person_surname(surname: &str) -> bool {
    let plural_of_listed = surname.strip_suffix('s').is_some_and(in_a_list);
    surname.chars().all(char::is_alphabetic) && !in_a_list(surname) && !plural_of_listed
}

/// Whether the full names `a` and `b` end in different generational suffixes ("Jr.", "III"):
/// a father and his son named alike. One written without a suffix is either.
fn other_generation(a: &str, b: &str) -> bool {
    matches!((generation(a), generation(b)), (Some(x), Some(y)) if x != y)
}

/// The generational suffix a full name ends in ("Jr.", "III"), if any: its last word, when that
/// ends in a period (no surname does) or is a numeral in capitals.
fn generation(name: &str) -> Option<&str> {
    name.rsplit(' ').next().filter(|w| w.ends_with('.') || w.bytes().all(|c| c == b'I' || c == b'V'))
}

/// Whether `word` may be a given name: no function word ("Our Mexico") and no participle
/// ("Judging Iran", as [`super::people`]'s opening names test).
fn may_be_given_name(word: &str) -> bool {
    let participle = word.len() >= 6 && word.ends_with("ing");
    // Lowered on the stack (a name is short): `to_lowercase` allocated a copy of each.
    !(participle || crate::text::with_lower(word, crate::language::is_lower_function_word))
}

/// A full name a mention may stand for, and the frame that must come before the mention (none
/// for a surname: only a role must be named before it is used).
type Link<'a> = (&'a str, Option<usize>);

/// The most surnames of full-name speakers a document looks for in its text
/// ([`other_person_named_first`], a search up to the first full name): past them a bare surname
/// takes the speaker's full name unasked, so that a page naming thousands of people stays
/// linear.
const MAX_FIRST_NAMED: usize = 32;

/// How many frames a document may have for a lone first name's full name to be looked for
/// by a scan of them all, not in a map of first names ([`first_names`]).
const SCANNED_FRAMES: usize = 256;

/// The one full name among `frames`' speakers that opens with the first name `first` ("Ana
/// Ruiz" for "Ana"), if only one does.
fn one_named_first<'a>(frames: &'a [Frame], first: &str) -> Option<&'a str> {
    let mut found: Option<&str> = None;
    for sp in frames.iter().filter_map(|f| f.speaker.as_ref()) {
        let name = sp.name.as_str();
        let opens = name.as_bytes().get(first.len()) == Some(&b' ') && name.starts_with(first);
        if !opens || sp.anonymous || found == Some(name) || !is_full_name(name) {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(name);
    }
    found
}

/// Each first name of the full names among `frames`' speakers, with the one full name that
/// opens with it ("Ana" → "Ana Ruiz"), or none when two different full names do: what
/// [`one_named_first`] finds, for every first name at once.
fn first_names(frames: &[Frame]) -> PageMap<&str, Option<&str>> {
    let mut by_first: PageMap<&str, Option<&str>> = PageMap::default();
    for sp in frames.iter().filter_map(|f| f.speaker.as_ref()) {
        let name = sp.name.as_str();
        if sp.anonymous || !is_full_name(name) {
            continue;
        }
        let Some(space) = name.as_bytes().iter().position(|&b| b == b' ') else { continue };
        let slot = by_first.entry(name.get(..space).unwrap_or_default()).or_insert(Some(name));
        if slot.is_some_and(|full| full != name) {
            *slot = None;
        }
    }
    by_first
}

/// Whether a full name is a person's: no listed word after its first but a particle ("Ana
/// Ruiz", "Ahmed Bin Salem"), not an institution's ("Ruiz University") nor a headline's words
/// taken for a name ("Ruiz Just Said …").
fn person_name(full: &str) -> bool {
    full.split(' ').skip(1).all(|w| !in_a_list(w) || is_particle(w))
}

/// Whether `word`, in any case, is in one of the attribution word lists ("University",
/// "Just", "Himself"), as no first name nor surname is.
pub(super) fn in_a_list(word: &str) -> bool {
    crate::text::with_lower(word, |lower| {
        let words = &*WORDS_TABLE;
        let listed_as = words.entry_any(lower.as_bytes()).listed_as.is_some();
        words.classes(lower) != 0
            || listed_as
            || is_listed(Listed::BeforeVerb, word)
            || words.one_word_phrase(lower).is_some()
    })
}

#[cfg(test)]
mod tests;
