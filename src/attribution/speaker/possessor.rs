//! A possessor inside a name run: "NBC's Chuck Todd", "North Carolina's Ada Fisher". The
//! person is the name; the outlet, place or body that owns them describes them.

use super::super::view::Toks;
use super::super::words::class;
use super::full_name::{named_in_full, near};

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
    (b > first + 1 || named_in_full(near(tk.text, tk.t[first].span()), tk.s(first))).then_some(first)
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
        use super::super::full_name::{near, FULL_NAME_REACH};
        let wide = "é".repeat(FULL_NAME_REACH);
        let text = format!("{wide}x{wide}");
        let window = near(&text, wide.len() + 1..wide.len() + 1);
        assert_eq!(window.len(), 2 * FULL_NAME_REACH + 1);
        assert!(window.contains('x') && window.chars().filter(|&c| c == 'é').count() == FULL_NAME_REACH);
    }
}
