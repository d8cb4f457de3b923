//! A time phrase between a speaker and the cue ("Trump on Monday said", "a panel in 2001
//! found", "the senator last week said").

use super::super::view::Toks;
use super::super::words::class;

/// Where a time phrase ending at `e` starts ("on Monday", "last week", "in 2001", "on Tuesday
/// night"), when a word that can end a noun phrase stands before it: up to three time words or a
/// year after a preposition, or two or more starting in lower case. Lower-case "may" is the
/// modal, not the month.
pub(super) fn time_phrase_before(tk: &Toks, e: usize, lower: usize) -> Option<usize> {
    let year = |k: usize| {
        let s = tk.s(k).as_bytes();
        s.len() == 4 && s.iter().all(u8::is_ascii_digit) && (s.starts_with(b"19") || s.starts_with(b"20"))
    };
    let time = |k: usize| tk.word(k) && ((tk.has(k, class::TIME) && (tk.cap(k) || tk.s(k) != "may")) || year(k));
    let mut t = e;
    while t > lower && e - t < 3 && time(t - 1) {
        t -= 1;
    }
    if t == e {
        return None;
    }
    if t > lower && tk.word(t - 1) && !tk.cap(t - 1) && tk.has(t - 1, class::TAILPREP) {
        t -= 1;
    } else if e - t < 2 || tk.cap(t) {
        // Without a preposition the time words may be the phrase's own head ("a Sunday", "the
        // past week", "his Friday night", "a 2020 study"): only "last week", "late Friday".
        return None;
    }
    // "A poll released in late August said": the participle's phrase is the speaker's.
    let b = t.wrapping_sub(1);
    let participle = !tk.cap(b) && tk.past_shaped(b);
    (t > lower && tk.word(b) && !participle && !tk.has(b, class::FUNCTION | class::TIME | class::TAILPREP)).then_some(t)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::speakers;

    #[test]
    fn a_time_phrase_between_speaker_and_cue_is_skipped() {
        for (s, who) in [
            ("The port waited, though Ana Ruiz on Monday said the deal was dead.", "Ana Ruiz"),
            (
                "The port waited, though an arbitration panel in 2001 found that the city was in breach of the deal.",
                "an arbitration panel",
            ),
            ("The port waited, though the senator last week said the deal was dead.", "the senator"),
            ("The port waited, but Mayor Ana Ruiz on Tuesday night announced that the deal was dead.", "Ana Ruiz"),
        ] {
            let got = speakers(&format!("Harbour talks stall.\n\nThe talks began in June. {s}"));
            assert_eq!(got.len(), 1, "{s}: {got:?}");
            assert!(got[0].as_deref().is_some_and(|g| g.contains(who)), "{s}: {got:?}");
        }
    }

    #[test]
    fn a_time_phrase_owned_by_a_participle_or_a_noun_is_not_skipped() {
        // The speaker comes before a participle's phrase, the time words can be a phrase's own
        // head, and a participle before them keeps them in its phrase: each name is whole.
        for (s, who) in [
            (
                "A report released by the harbour board last month reveals that the port lost money.",
                "A report released by the harbour board last month",
            ),
            ("Dockers trying to regain control of the Harbour Board in November say they have a new plan.", "Dockers"),
            ("A report published on Monday found that the port lost money.", "A report published on Monday"),
            ("The port waited, though the past week showed that trade fell.", "the past week"),
        ] {
            let got = speakers(&format!("Harbour talks stall.\n\nThe talks began in June. {s}"));
            assert_eq!(got, [Some(who.to_string())], "{s}");
        }
    }
}
