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
    found.filter(|&full| person_name(full) && given_name(first_word(full)))
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
        && given_name(first.split(' ').next().unwrap_or_default());
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
fn given_name(word: &str) -> bool {
    let participle = word.len() >= 6 && word.ends_with("ing");
    // Lowered on the stack (a name is short): `to_lowercase` allocated a copy of each.
    !(participle || crate::text::with_lower(word, crate::language::is_lower_function_word))
}

/// A full name a mention may stand for, and the frame that must come before the mention (none
/// for a surname: only a role must be named before it is used).
type Link<'a> = (&'a str, Option<usize>);

/// `name`'s first byte as a bit of a 64-bit screen (`byte & 63`; none for an empty name).
fn first_byte_bit(name: &str) -> u64 {
    name.as_bytes().first().map_or(0, |&b| 1 << (b & 63))
}

/// Whether `name` is two or more words, each starting with a capital ("Ana Ruiz").
fn is_full_name(name: &str) -> bool {
    // Read byte by byte, the word after each space told from its first byte: a speaker's name
    // is a few bytes, and a split, a search set up for each word, or eight bytes at a time
    // (measured: +0.015 M instructions a pass) cost more than reading them.
    let mut spaced = false;
    for (at, &b) in name.as_bytes().iter().enumerate() {
        if b == b' ' {
            if !upper_at(name, at + 1) {
                return false;
            }
            spaced = true;
        }
    }
    spaced && upper_at(name, 0)
}

/// Whether the character at byte `at` of `name` is an upper-case letter (an ASCII one told
/// from its byte; none past the end).
fn upper_at(name: &str, at: usize) -> bool {
    match name.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => name.get(at..).is_some_and(starts_upper),
        None => false,
    }
}

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

/// Whether `name` is one capitalised word with a lower-case letter in it ("Ruiz", not "NATO").
fn is_surname(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.contains(&b' ') && starts_upper(name) && super::view::has_lower(name)
}

/// The role of a mention "the mayor", "The prime minister": lower-case words after "the".
fn role_of(name: &str) -> Option<&str> {
    let role = name.strip_prefix("the ").or_else(|| name.strip_prefix("The "))?;
    (!role.is_empty() && words_start(role, starts_lower)).then_some(role)
}

/// Whether every word of `s` split at single spaces (an empty word included, as
/// `str::split(' ')` gives it) passes `starts`: read byte by byte, not split (a name is a few
/// bytes, too short for the vectorised search `split` starts at each word).
fn words_start(s: &str, starts: fn(&str) -> bool) -> bool {
    let mut word_start = 0;
    for (at, &b) in s.as_bytes().iter().enumerate() {
        // A space is ASCII: the bytes after it start a character.
        if b == b' ' {
            if !starts(s.get(word_start..at).unwrap_or_default()) {
                return false;
            }
            word_start = at + 1;
        }
    }
    starts(s.get(word_start..).unwrap_or_default())
}

/// `role` in lower case, borrowed when it already is (the usual "mayor"): the map of roles
/// is keyed and asked without a copy each time.
fn lowered(role: &str) -> Cow<'_, str> {
    if role.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        Cow::Borrowed(role)
    } else {
        Cow::Owned(role.to_lowercase())
    }
}

/// Whether `word` starts with an upper-case letter (an ASCII one told from its byte).
fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.starts_with(|c: char| c.is_uppercase()),
    }
}

/// Whether `word` starts with a lower-case letter (an ASCII one told from its byte).
fn starts_lower(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.starts_with(|c: char| c.is_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    /// Each quote's speaker name, in order (the quotes with a speaker).
    fn speakers(s: &str) -> Vec<String> {
        crate::attribution::test_quotes::speakers(s).into_iter().flatten().collect()
    }

    /// The byte-level name tests give what splitting at spaces and reading characters gives.
    #[test]
    fn name_shapes_match_the_character_tests() {
        use super::{is_full_name, is_surname, role_of};
        let starts = |w: &str, f: fn(char) -> bool| w.starts_with(f);
        for s in [
            "Ana Ruiz",
            "Ana  Ruiz",
            "Ana ruiz",
            "Ana Ruiz ",
            " Ana",
            "Ruiz",
            "NATO",
            "\u{c9}lise Ruiz",
            "\u{c9}LISE",
            "\u{e9}lise",
            "the mayor",
            "The prime minister",
            "the Mayor",
            "the ",
            "the  mayor",
            "The \u{e9}lu",
            "the mayor ",
            "",
            " ",
            "R",
            "Ruiz\u{e9}",
            // Longer names, a space at every place in the first eight bytes and past them.
            "Abcdefg Hij",
            "Abcdefgh Ij",
            "Abcdefg hij",
            "Abcdefgh ij",
            "Abcdefghijklmno P",
            "Abcdefghijklmnop Q",
            "Abcdefghijklmnop q",
            "Ana Maria Ruiz Lopez",
            "Ana Maria Ruiz lopez",
            "Abcdefg  Hij",
            "Abcdefgh \u{c9}lise",
            "Abcdefg \u{e9}lise",
        ] {
            let full = s.contains(' ') && s.split(' ').all(|w| starts(w, char::is_uppercase));
            assert_eq!(is_full_name(s), full, "{s:?}");
            let surname = !s.contains(' ') && starts(s, char::is_uppercase) && s.chars().any(char::is_lowercase);
            assert_eq!(is_surname(s), surname, "{s:?}");
            let role = s
                .strip_prefix("the ")
                .or_else(|| s.strip_prefix("The "))
                .filter(|r| !r.is_empty() && r.split(' ').all(|w| starts(w, char::is_lowercase)));
            assert_eq!(role_of(s), role, "{s:?}");
        }
        assert!(matches!(super::lowered("prime minister"), std::borrow::Cow::Borrowed("prime minister")));
        assert_eq!(super::lowered("Prime Minister"), "prime minister");
        assert_eq!(super::lowered("premi\u{c8}re"), "premi\u{e8}re");
    }

    #[test]
    fn a_name_word_no_token_holds_in_one_piece_is_in_no_list() {
        use super::in_a_list;
        assert!(in_a_list("University") && in_a_list("just"));
        assert!(!in_a_list("AC/DC") && !in_a_list("9/11") && !in_a_list("\u{c9}lise"));
    }

    #[test]
    fn a_full_name_is_words_that_each_start_with_a_capital() {
        for (name, full) in [
            ("Ana Ruiz", true),
            ("Ana Maria \u{c9}lise Ruiz", true),
            ("Ruiz", false),
            ("Ana ruiz", false),
            ("ana Ruiz", false),
            ("Ana  Ruiz", false),
            ("Ana Ruiz ", false),
            (" Ana Ruiz", false),
            ("Ana \u{e9}lise", false),
            ("", false),
        ] {
            assert_eq!(super::is_full_name(name), full, "{name:?}");
            assert_eq!(name.contains(' ') && name.split(' ').all(super::starts_upper), full, "{name:?}");
        }
    }

    #[test]
    fn a_surname_before_the_full_name_is_linked_to_it() {
        let got = speakers(
            "Ruiz vows to rebuild the old bridge\n\n\
             Mayor Ana Ruiz said the bridge would reopen in May.\n\n\
             \"We will not wait,\" the mayor said.",
        );
        assert_eq!(got, ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]);
    }

    #[test]
    fn a_first_name_alone_is_linked_to_the_person_s_full_name() {
        let got = speakers(
            "Mayor Ana Ruiz said the bridge would reopen.\n\n\
             \"We will not wait,\" Ana said.",
        );
        assert_eq!(got, ["Ana Ruiz", "Ana Ruiz"]);
        // A capitalised particle is part of a person's name ("Bin" is listed as one).
        let got = speakers("Ahmed Bin Salem said the bridge would reopen.\n\n\"We will not wait,\" Ahmed said.");
        assert_eq!(got, ["Ahmed Bin Salem", "Ahmed Bin Salem"]);
    }

    /// The screen of the full names' first bytes turns away only words no full name opens
    /// with: a word whose byte shares a full name's bit (a capital outside ASCII, "É" =
    /// 0xC3 0x89, with "C") is still looked for.
    #[test]
    fn a_lone_word_is_screened_by_the_full_names_first_bytes() {
        assert_eq!(super::first_byte_bit(""), 0);
        assert_eq!(super::first_byte_bit("Ana"), 1 << (b'A' & 63));
        assert_eq!(super::first_byte_bit("\u{c9}lise"), super::first_byte_bit("Carlos"));
        for (text, want) in [
            // A first name outside ASCII passes the screen and is linked.
            (
                "\u{c9}lise Ruiz said the bridge would reopen.\n\n\"We will not wait,\" \u{c9}lise said.",
                &["\u{c9}lise Ruiz"; 2][..],
            ),
            // Its bit is that of "Carlos": the scan, not the screen, leaves it alone.
            (
                "Carlos Ruiz said the bridge would reopen.\n\n\"We will not wait,\" \u{c9}lise said.",
                &["Carlos Ruiz", "\u{c9}lise"],
            ),
            // No full name opens with its letter (control).
            ("Ana Ruiz said the bridge would reopen.\n\n\"We will not wait,\" Ben said.", &["Ana Ruiz", "Ben"]),
        ] {
            assert_eq!(speakers(text), want, "{text}");
        }
    }

    #[test]
    fn a_first_word_that_is_no_person_s_first_name_stays_as_written() {
        for (text, want) in [
            // An institution holds the name: the word alone is the person's surname.
            (
                "Ruiz University said the bridge would reopen.\n\n\"We will not wait,\" Ruiz said.",
                &["Ruiz University", "Ruiz"][..],
            ),
            // Two people share the first name.
            (
                "Ana Ruiz said the bridge would reopen.\n\nAna Mensah said it would not.\n\n\"We will wait,\" Ana said.",
                &["Ana Ruiz", "Ana Mensah", "Ana"],
            ),
            // A full name's surname is read as one, not as the first name of another.
            (
                "Lee Ana said the bridge would reopen.\n\nAna Mensah said it would not.\n\n\"We will wait,\" Ana said.",
                &["Lee Ana", "Ana Mensah", "Lee Ana"],
            ),
        ] {
            assert_eq!(speakers(text), want, "{text}");
        }
    }

    /// The two forms of the first-name look-up, the scan of the frames ([`super::one_named_first`],
    /// up to `SCANNED_FRAMES` frames) and the map of first names ([`super::first_names`], past
    /// that), give every word the same full name, or none.
    #[test]
    fn the_scan_and_the_map_of_first_names_agree() {
        use super::{first_names, one_named_first, Frame, SpeakerRef};
        use crate::report::QuoteStyle;
        let frame = |name: &str, anonymous: bool| Frame {
            content: 0..0,
            style: QuoteStyle::Direct,
            speaker: (!name.is_empty()).then(|| SpeakerRef {
                name: name.to_string(),
                description: None,
                span: 0..0,
                anonymous,
            }),
            cue: None,
            via: None,
            extent: 0..0,
            group: 0,
        };
        let stories: [&[(&str, bool)]; 6] = [
            // One person, named again and alone.
            &[("Ana Ruiz", false), ("Ana Ruiz", false), ("Ana", false), ("Ruiz", false)],
            // Two people share a first name; a third is named twice.
            &[("Ana Ruiz", false), ("Ana Mensah", false), ("Lee Wei", false), ("Lee Wei", false)],
            // No full name: an unnamed source, lower case, a double space, a leading space.
            &[("Ana Ruiz", true), ("Ana ruiz", false), ("Ana  Ruiz", false), (" Ana", false), ("Ana", false)],
            // A first name that opens a longer one, a particle, capitals, a frame with no speaker.
            &[("Ahmed Bin Salem", false), ("Ahmedou Diallo", false), ("", false), ("ANA RUIZ", false)],
            // The same first name in a full name, an unnamed one and a surname ("Lee Ana").
            &[("Ana Ruiz", false), ("Ana Mensah", true), ("Lee Ana", false), ("\u{c9}lise Ruiz", false)],
            &[],
        ];
        let mut linked = 0;
        for story in stories {
            let frames: Vec<Frame> = story.iter().map(|&(name, anonymous)| frame(name, anonymous)).collect();
            let map = first_names(&frames);
            let asked = story.iter().flat_map(|(name, _)| name.split(' ')).chain(["Ana", "Lee", "Ahmed", "", "Ruiz"]);
            for word in asked {
                let scanned = one_named_first(&frames, word);
                linked += usize::from(scanned.is_some());
                assert_eq!(scanned, map.get(word).copied().flatten(), "{word:?} in {story:?}");
            }
        }
        assert!(linked >= 5, "{linked} first names linked");
    }

    #[test]
    fn a_surname_or_role_two_people_share_stays_as_written() {
        let got = speakers(
            "Mayor Ana Ruiz said the bridge would reopen.\n\n\
             Mayor Carlos Ruiz said it would not.\n\n\
             The mayor said the vote was close.",
        );
        assert_eq!(got, ["Ana Ruiz", "Carlos Ruiz", "The mayor"]);
    }

    /// News style names a person in full at the first mention, which may quote no one, then by
    /// the surname: the quotes by the surname take the full name.
    #[test]
    fn a_surname_takes_the_full_name_the_text_first_writes() {
        for (text, want) in [
            // Named in full where nobody is quoted ("Bernie Sanders, who …").
            (
                "Head.\n\nIt is how Bernie Sanders, who ran last year, raised money.\n\n\"We will win,\" Sanders said.",
                "Bernie Sanders",
            ),
            // A middle initial; a title before the name is no part of it.
            ("Head.\n\nThe plan won over Senator Harry M. Reid.\n\n\"We will win,\" Reid said.", "Harry M. Reid"),
            // The headline's bare surname comes before the full name.
            ("Reid Speaks\n\nThe plan won over Harry Reid.\n\n\"We will win,\" Reid said.", "Harry Reid"),
            // One person named two ways, with the same first name: the first written.
            (
                "Head.\n\nThe plan won over Ana Ruiz. It left Ana M. Ruiz alone.\n\n\"We will win,\" Ruiz said.",
                "Ana Ruiz",
            ),
        ] {
            assert_eq!(speakers(text), [want], "{text}");
        }
    }

    #[test]
    fn a_surname_the_text_names_otherwise_stays_as_written() {
        for (text, want) in [
            // Two people share the surname ("Bill and Hillary Clinton" names Hillary alone).
            ("Head.\n\nThe plan of Bill Clinton and Ana Clinton won.\n\n\"We will win,\" Clinton said.", "Clinton"),
            // The first mention is the word alone: a place or a body, not a person's surname.
            ("Head.\n\nTroops left Ruiz. The plan won over Ana Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
            // A headline's Title Case words are no first name.
            ("Why Does Ruiz Refuse\n\nTroops left Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
            // The first name is not told apart from the words before it.
            ("Head.\n\nThe plan won over Secretary of State Ana Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
            // A listed word is no first name (control: no full name at all).
            ("Head.\n\nPresident Ruiz spoke.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
            // A kind of person in the plural is no surname.
            ("Head.\n\nThe plan won over Ana Democrats.\n\n\"We will win,\" Democrats said.", "Democrats"),
        ] {
            assert_eq!(speakers(text), [want], "{text}");
        }
    }

    /// A bare surname that only one speaker's full name holds is that speaker's, unless the
    /// text named another person in full with it first and then called that person by it
    /// ("Bernie Sanders … Sanders said", then "Jane Sanders said").
    #[test]
    fn a_surname_the_text_gave_another_person_first_is_that_person_s() {
        let text = "What next for Mensah?\n\nIt is how Kofi Mensah, who ran last year, raised money. Mensah \
                    won.\n\n\"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.";
        assert_eq!(speakers(text), ["Kofi Mensah", "Ama Mensah"]);
        for (text, want) in [
            // Must not fire: the speaker is the first named in full.
            (
                "What next for Mensah?\n\nIt is how Ama Mensah, who ran, raised money. Mensah won.\n\n\
                 \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
                ["Ama Mensah", "Ama Mensah"],
            ),
            // Must not fire: the surname alone follows the speaker's full name, not the other's.
            (
                "What next for Mensah?\n\nIt is how Kofi Mensah, who ran, raised money.\n\n\
                 \"He will,\" Ama Mensah said.\n\n\"We will win,\" Mensah said.",
                ["Ama Mensah", "Ama Mensah"],
            ),
            // Must not fire: the headline does not write the surname.
            (
                "Head.\n\nIt is how Kofi Mensah, who ran, raised money. Mensah won.\n\n\
                 \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
                ["Ama Mensah", "Ama Mensah"],
            ),
            // Must not fire: the headline names the speaker, the story's subject.
            (
                "Ama Mensah Speaks\n\nIt is how Kofi Mensah, who ran, raised money. Mensah won.\n\n\
                 \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
                ["Ama Mensah", "Ama Mensah"],
            ),
            // Must not fire: a hyphenated given name is not another person's.
            (
                "What next for Mensah?\n\nIt is how Anne-Marie Mensah, who ran, raised money. Mensah won.\n\n\
                 \"We will win,\" Mensah said.\n\n\"He will,\" Anne-Marie Mensah said.",
                ["Anne-Marie Mensah", "Anne-Marie Mensah"],
            ),
        ] {
            assert_eq!(speakers(text), want, "{text}");
        }
    }

    #[test]
    fn a_role_before_anyone_is_named_for_it_stays_as_written() {
        let got = speakers(
            "The mayor said the bridge would reopen.\n\n\
             Mayor Ana Ruiz said it would reopen in May.",
        );
        assert_eq!(got, ["The mayor", "Ana Ruiz"]);
    }
}
