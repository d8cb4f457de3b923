//! A possessor inside a name run: "NBC's Chuck Todd", "North Carolina's Ada Fisher". The
//! person is the name; the outlet, place or body that owns them describes them.

use super::super::mentions::in_a_list;
use super::super::view::Toks;
use super::super::words::class;

/// Where a person's name begins inside the name run `a..b`, after a possessor that the run
/// holds ("NBC's Chuck Todd" gives "Chuck Todd"): the words after the run's last possessive
/// are in no word list (a particle or a middle initial aside), two or more of them, a first
/// name and a surname; or one surname that the document also writes after a first name
/// ("Media Research Center's Bozell" where "Brent Bozell" is written). Not an institution
/// whose own name holds a possessive, whose next word is a listed noun ("Queen's University",
/// "Children's Hospital", "the People's Daily"), nor a possessor's title ("Hungary's Prime
/// Minister Viktor Orban", which the title's rules split), nor a run that a preposition leads.
#[inline(never)]
pub(super) fn person_after_possessor(tk: &Toks, a: usize, b: usize) -> Option<usize> {
    let p = (a..b.checked_sub(1)?).rev().find(|&p| tk.possessive_s(p))?;
    // A preposition's object is a place or a body, whose possessive names a place in it ("a
    // resident of Puerto Rico's Caño Martín Peña neighborhood"), not a person.
    let pre = a.wrapping_sub(1);
    if a > 0 && tk.word(pre) && !tk.cap(pre) && tk.has(pre, class::CONNECTOR | class::TAILPREP) {
        return None;
    }
    let first = p + 1;
    let person_word = |k: usize| {
        let particle = tk.has(k, class::PARTICLE) && !tk.cap(k) && k > first && k + 1 < b;
        tk.word(k) && (particle || tk.cap(k) && !tk.has(k, u32::MAX) && tk.opener(k).is_none() && !tk.member(k))
    };
    if !(first..b).all(person_word) {
        return None;
    }
    (b > first + 1 || named_in_full(near(tk.text, tk.t[first].span.clone()), tk.s(first))).then_some(first)
}

/// How far (in bytes) on either side of a one-word name its full name is looked for: a news
/// story whole (most are under 16 KB), while a page of such names costs linear time, not a scan
/// of the whole text for each.
const FULL_NAME_REACH: usize = 16 << 10;

/// The text within [`FULL_NAME_REACH`] of `span`, cut on character boundaries.
fn near(text: &str, span: std::ops::Range<usize>) -> &str {
    text.get(near_range(text, span)).unwrap_or(text)
}

/// Where [`near`]'s text lies in `text`.
pub(crate) fn near_range(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
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
fn named_in_full(text: &str, surname: &str) -> bool {
    surname_mentions(text, surname).any(|(_, written)| written != Written::Alone)
}

/// How a mention of a surname is written (see [`surname_mentions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Written<'t> {
    /// With no first name before it ("Bozell said", "President Bozell", "As Bozell").
    Alone,
    /// After a capitalised first name in no word list, middle initials between them: the full
    /// name ("Brent Bozell", "Harry M. Reid").
    Full(&'t str),
    /// After a first name that another capitalised word in no list comes before, so that the
    /// first name is not told apart from the words before it ("Hillary Rodham Clinton",
    /// "Secretary of State Jon Husted", "Ted Cruz Slams Brent Bozell").
    Unclear,
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
        let whole = !before.ends_with(char::is_alphanumeric)
            && !text.get(end..).unwrap_or_default().starts_with(char::is_alphanumeric);
        if !whole {
            return None;
        }
        let written = match first_name_before(before) {
            None => Written::Alone,
            Some((start, true)) => text.get(start..end).map_or(Written::Unclear, Written::Full),
            Some((_, false)) => Written::Unclear,
        };
        Some((at, written))
    })
}

/// Where the first name before a surname begins (`before` is the text up to the surname), and
/// whether the word before it is no other capitalised word in no list (else the mention is
/// [`Written::Unclear`]).
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
    let outer = head.get(..start).and_then(|h| h.strip_suffix(' ')).map(last_word).unwrap_or_default();
    Some((start, !name_shaped(outer)))
}

/// Whether `word` is capitalised, the rest in lower case, and in no word list: a first name's
/// shape.
fn name_shaped(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && !in_a_list(word)
}

/// The letters that end `text` (empty when it ends in another character).
fn last_word(text: &str) -> &str {
    text.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes;

    /// The first quote's speaker and description, read as a story's third sentence.
    fn speaker(s: &str) -> (Option<String>, Option<String>) {
        let got = quotes(&format!("Head.\n\nThe council met on Monday. {s}"));
        let sp = got.into_iter().next().and_then(|q| q.speaker);
        (sp.as_ref().map(|s| s.name.clone()), sp.and_then(|s| s.description))
    }

    #[test]
    fn a_possessor_before_a_person_s_name_describes_them() {
        let cases = [
            ("“We will win,” North Carolina's Ada Fisher said.", "Ada Fisher", "North Carolina's"),
            ("“We will win,” said NBC’s Chuck Todd.", "Chuck Todd", "NBC’s"),
            ("“We will win,” the Eastvale Herald's Kofi M. Mensah said.", "Kofi M. Mensah", "Eastvale Herald's"),
            ("“We will win,” Port Center's Ruiz said. Ana Ruiz leads it.", "Ana Ruiz", "Port Center's"),
        ];
        for (text, name, description) in cases {
            assert_eq!(speaker(text), (Some(name.to_string()), Some(description.to_string())), "{text}");
        }
    }

    #[test]
    fn an_institution_s_possessive_or_an_unknown_word_stays_in_the_name() {
        let cases = [
            ("“We will win,” Queen's University said.", "Queen's University"),
            ("“We will win,” Children's Hospital said.", "Children's Hospital"),
            // One word that no full name in the document holds: maybe no person.
            ("“We will win,” Port Center's Ruiz said.", "Port Center's Ruiz"),
            ("“We will win,” Port Center's Ruiz said. The Ruiz family agreed.", "Port Center's Ruiz"),
            // The object of a preposition: a place.
            (
                "A resident of Eastvale's Port Ruiz told the Herald that her home was gone.",
                "A resident of Eastvale's Port Ruiz",
            ),
            // A title after the possessive: the title's rules give the name.
            ("“We will win,” Hungary's Prime Minister Viktor Orban said.", "Viktor Orban"),
        ];
        for (text, name) in cases {
            assert_eq!(speaker(text).0.as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn the_full_name_is_looked_for_near_the_mention() {
        let far = "The council met again. ".repeat(1_000);
        let text = format!("Ana Ruiz leads it. {far}“We will win,” Port Center's Ruiz said.");
        assert_eq!(speaker(&text).0.as_deref(), Some("Port Center's Ruiz"));
        let text = format!("{far}Ana Ruiz leads it. “We will win,” Port Center's Ruiz said.");
        assert_eq!(speaker(&text), (Some("Ana Ruiz".to_string()), Some("Port Center's".to_string())));
        // The window is cut on character boundaries: the reach's bytes on each side of the "x"
        // end inside an "é" (two bytes), and the cut moves out to the letter's start or end;
        // the window is then the reach's bytes on each side and the "x" (the whole text, which
        // a failed cut would give, is twice as long).
        let wide = "é".repeat(super::FULL_NAME_REACH);
        let text = format!("{wide}x{wide}");
        let window = super::near(&text, wide.len() + 1..wide.len() + 1);
        assert_eq!(window.len(), 2 * super::FULL_NAME_REACH + 1);
        assert!(window.contains('x') && window.chars().filter(|&c| c == 'é').count() == super::FULL_NAME_REACH);
    }
}
