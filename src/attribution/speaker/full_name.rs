//! A person's full name written around a one-word surname: each mention of the surname in the
//! text near it, and how it is written there, a first name before it ("Brent Bozell", "Harry
//! M. Reid"), the surname alone ("Bozell said", "President Bozell") or a first name not told
//! apart from the words before it ("Secretary of State Jon Husted"). Two rules ask: a
//! possessor before one surname ([`super::possessor`], "Media Research Center's Bozell") and
//! the link of a bare surname to the one person the text names in full with it
//! (`attribution::mentions`, "Sanders said" after "Bernie Sanders").

use std::ops::Range;

use super::super::mentions::in_a_list;

/// How far (in bytes) on either side of a one-word name its full name is looked for: a news
/// story whole (most are under 16 KB), while a page of such names costs linear time, not a scan
/// of the whole text for each.
pub(super) const FULL_NAME_REACH: usize = 16 << 10;

/// The text within [`FULL_NAME_REACH`] of `span`, cut on character boundaries.
pub(super) fn near(text: &str, span: Range<usize>) -> &str {
    text.get(near_range(text, span)).unwrap_or(text)
}

/// Where [`near`]'s text lies in `text`.
pub(crate) fn near_range(text: &str, span: Range<usize>) -> Range<usize> {
    let mut lo = span.start.saturating_sub(FULL_NAME_REACH).min(text.len());
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = span.end.saturating_add(FULL_NAME_REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    lo..hi.max(lo)
}

/// Whether `text` writes `surname` after a capitalised first name in no word list ("Brent
/// Bozell"), as a person's full name.
pub(super) fn named_in_full(text: &str, surname: &str) -> bool {
    surname_mentions(text, surname).any(|(_, written)| written != Written::Alone)
}

/// How a mention of a surname is written (see [`surname_mentions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Written<'t> {
    /// With no first name before it ("Bozell said", "President Bozell", "As Bozell").
    Alone,
    /// After a capitalised first name in no word list, middle initials between them: the full
    /// name ("Brent Bozell", "Harry M. Reid"); also after a given and a middle name that
    /// follow a word in lower case ("a young John Ellis Bush").
    Full(&'t str),
    /// After a first name that another capitalised word in no list comes before, so that the
    /// first name is not told apart from the words before it ("Hillary Rodham Clinton" opening
    /// a sentence, "Secretary of State Jon Husted", "Ted Cruz Slams Brent Bozell").
    Unclear,
}

/// The full name `text` first writes with `surname` when the text then uses the surname alone
/// before it writes any other full name with it ("Bernie Sanders" in "… Bernie Sanders …
/// Sanders said … Jane Sanders …"): the person the surname alone stands for. None when the
/// first full name is [`Written::Unclear`] ("Hillary Rodham Clinton"), part of a hyphenated
/// given name ("Anne-Marie Slaughter"), or followed by another full name before the surname
/// alone ("Hillary Clinton, former president Bill Clinton said"). The search stops at the
/// first answer, so its cost is the text up to there, not the whole text.
pub(crate) fn surname_owner<'t>(text: &'t str, surname: &str) -> Option<&'t str> {
    let mut owner: Option<&str> = None;
    for (_, written) in surname_mentions(text, surname) {
        match (written, owner) {
            (Written::Alone, None) => {}
            (Written::Alone, Some(full)) => return Some(full),
            (Written::Full(full), None) if !after_hyphen(text, full) => owner = Some(full),
            (Written::Full(full), Some(held)) if full == held => {}
            _ => return None,
        }
    }
    None
}

/// Whether the slice `part` of `text` comes right after a hyphen ("Marie Slaughter" in
/// "Anne-Marie Slaughter").
fn after_hyphen(text: &str, part: &str) -> bool {
    let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    start.checked_sub(1).and_then(|k| text.as_bytes().get(k)) == Some(&b'-')
}

/// Each mention of the word `surname` in `text`, in text order, with its byte offset and how
/// it is written; each word of a full name after a single space.
pub(crate) fn surname_mentions<'t, 's>(
    text: &'t str,
    surname: &'s str,
) -> impl Iterator<Item = (usize, Written<'t>)> + use<'t, 's> {
    // A vectorised search, cheaper than the searcher `match_indices` starts for each surname;
    // a match of a whole string starts on a character boundary.
    memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes()).filter_map(move |at| {
        let end = at + surname.len();
        let before = text.get(..at)?;
        if ends_alphanumeric(before) || starts_alphanumeric(text.get(end..).unwrap_or_default()) {
            return None;
        }
        let written = match first_name_before(before) {
            None => Written::Alone,
            Some((start, true)) => {
                let end = end + generation_after(text.get(end..).unwrap_or_default());
                text.get(start..end).map_or(Written::Unclear, Written::Full)
            }
            Some((_, false)) => Written::Unclear,
        };
        Some((at, written))
    })
}

/// The generational suffixes a full name may end in after its surname, the longer of two
/// with the same start first ("III" before "II").
const GENERATIONS: [&str; 5] = ["Jr.", "Sr.", "III", "II", "IV"];

/// The length of the generational suffix that opens `rest`, the text right after a full
/// name's surname (" Jr.", ", III"), or 0: part of the name, which tells a son from his father
/// named alike ("Joseph R. Biden Jr." is the "Mr. Biden" of later mentions).
fn generation_after(rest: &str) -> usize {
    let Some(suffix) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' ')) else { return 0 };
    GENERATIONS
        .iter()
        .find_map(|g| suffix.strip_prefix(g).filter(|after| !starts_alphanumeric(after)))
        .map_or(0, |after| rest.len() - after.len())
}

/// Whether `text` ends with a letter or digit (an ASCII one told from its byte).
fn ends_alphanumeric(text: &str) -> bool {
    match text.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => text.ends_with(char::is_alphanumeric),
    }
}

/// Whether `text` starts with a letter or digit (an ASCII one told from its byte).
fn starts_alphanumeric(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => text.starts_with(char::is_alphanumeric),
    }
}

/// Where the first name before a surname begins (`before` is the text up to the surname), and
/// whether the word before it is no other capitalised word in no list (else the mention is
/// [`Written::Unclear`]). Two such words before the surname after a word in lower case are
/// the given and middle names of one full name ("a young John Ellis Bush").
fn first_name_before(before: &str) -> Option<(usize, bool)> {
    let mut head = before.strip_suffix(' ')?;
    // Middle initials ("M."), between the first name and the surname.
    while let Some(dotted) = head.strip_suffix('.') {
        let letter = last_word(dotted);
        if !(letter.chars().count() == 1 && letter.starts_with(char::is_uppercase)) {
            break;
        }
        head = dotted.get(..dotted.len() - letter.len())?.strip_suffix(' ')?;
    }
    let word = last_word(head);
    if !name_shaped(word) {
        return None;
    }
    let start = head.len() - word.len();
    let before_first = head.get(..start).and_then(|h| h.strip_suffix(' ')).unwrap_or_default();
    let outer = last_word(before_first);
    if !name_shaped(outer) {
        return Some((start, true));
    }
    // "for a young John Ellis Bush": three such words after a word in lower case, in running
    // text, are one full name, given name, middle name and surname; not after "of" or "the",
    // where the first is a body's ("Secretary of State John Kerry", "Speaker of the House").
    let outer_start = before_first.len() - outer.len();
    let prior = before_first.get(..outer_start).and_then(|h| h.strip_suffix(' ')).map(last_word);
    let in_prose = prior.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !matches!(w, "of" | "the"));
    Some(if in_prose { (outer_start, true) } else { (start, false) })
}

/// Whether `word` is capitalised, the rest in lower case, and in no word list: a first name's
/// shape. An ASCII word is told from its bytes; the word lists are asked last.
fn name_shaped(word: &str) -> bool {
    let shaped = match word.as_bytes() {
        [first, rest @ ..] if word.is_ascii() => {
            first.is_ascii_uppercase() && !rest.is_empty() && rest.iter().all(u8::is_ascii_lowercase)
        }
        _ => {
            word.starts_with(|c: char| c.is_uppercase())
                && word.chars().skip(1).any(char::is_lowercase)
                && word.chars().skip(1).all(char::is_lowercase)
        }
    };
    shaped && !in_a_list(word)
}

/// The letters that end `text` (empty when it ends in another character): ASCII letters read
/// back byte by byte, the characters decoded only when one outside ASCII comes before them.
fn last_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = bytes.iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    if start > 0 && bytes.get(start - 1).is_some_and(|&b| b >= 0x80) {
        return text.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    }
    text.get(start..).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{ends_alphanumeric, last_word, name_shaped, starts_alphanumeric};

    /// The person the surname alone stands for: the first full name, when the surname alone
    /// follows it before any other full name.
    #[test]
    fn the_surname_alone_after_a_full_name_is_that_person_s() {
        for (text, want) in [
            ("Kofi Mensah ran. Mensah won. Ama Mensah spoke.", Some("Kofi Mensah")),
            ("Mensah won. Kofi Mensah ran, and Kofi Mensah won. Mensah spoke.", Some("Kofi Mensah")),
            // Three name words after a word in lower case: the three are the full name.
            ("It was good for a young Kofi Ato Mensah. Mensah won. Ama Mensah spoke.", Some("Kofi Ato Mensah")),
            // Must not fire: another full name before the surname alone, none after it, an
            // unclear first name, a hyphenated given name.
            ("For Ama Mensah, Kofi Mensah spoke. Mensah won.", None),
            ("Kofi Mensah ran. Ama Mensah spoke.", None),
            ("Kofi Mensah ran.", None),
            ("Ama Serwaa Mensah ran. Mensah won.", None),
            ("The Ted Kofi Mensah Show ran. Mensah won.", None),
            ("Secretary of State Kofi Mensah ran. Mensah won. Ama Mensah spoke.", None),
            ("Anne-Marie Mensah ran. Mensah won.", None),
        ] {
            assert_eq!(super::surname_owner(text, "Mensah"), want, "{text}");
        }
    }

    /// The byte-level tests give what reading characters gives, in and outside ASCII.
    #[test]
    fn byte_tests_read_as_the_characters_do() {
        for s in [
            "",
            " ",
            "Ana",
            "ana",
            "ANA",
            "A",
            "Ab",
            "Ana Ruiz",
            "said Ruiz",
            "M.",
            "Ana M",
            "x9",
            "9",
            "Ruiz.",
            "\u{c9}lise",
            "Jos\u{e9}",
            "Ren\u{e9}e Ruiz",
            "na\u{ef}ve",
            "\u{e9}",
            "Ana\u{2019}",
            "Ana-\u{c9}lise",
            "Ruiz\u{301}",
            "\u{391}\u{3bd}\u{3b1}",
            "B\u{fc}rger",
            "Ab1",
            "Ab-cd",
            "\u{201c}Ana",
        ] {
            let want = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
            assert_eq!(last_word(s), want, "{s:?}");
            assert_eq!(ends_alphanumeric(s), s.ends_with(char::is_alphanumeric), "{s:?}");
            assert_eq!(starts_alphanumeric(s), s.starts_with(char::is_alphanumeric), "{s:?}");
            let shaped = s.starts_with(|c: char| c.is_uppercase())
                && s.chars().skip(1).any(char::is_lowercase)
                && s.chars().skip(1).all(char::is_lowercase)
                && !super::in_a_list(s);
            assert_eq!(name_shaped(s), shaped, "{s:?}");
        }
    }
}
