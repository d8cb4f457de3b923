//! A count of people as the speaker: "Nearly half said", "About four in 10 voters say", "Six
//! in 10 say". The sentence opens with a listed opener or a number, and the plain words up to
//! the cue are the (unnamed) speaker; no word of it is a name.

use super::super::view::Toks;
use super::super::words::class;
use super::name_words::{count_at_start, degree_alone};
use super::subject::past_function_words;
use super::Np;

/// Longest count phrase, in tokens ("Only about 4 in 10 Republican voters in each state").
const MAX_COUNT: usize = 10;

/// The count phrase that fills the clause from `lower` (past its function words) to `e`.
pub(super) fn count_back(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let s = past_function_words(tk, lower, e);
    if s >= e || e - s > MAX_COUNT {
        return None;
    }
    let number = |k: usize| tk.word(k) && tk.numeric(k);
    let opens = count_at_start(tk, s) || (number(s) && s == lower);
    let plain = |k: usize| {
        (tk.word(k) || tk.punct(k, '%'))
            && !tk.in_quote(k)
            && !tk.has(k, class::PRONOUN | class::AUX | class::COMPLEMENTIZER | class::RELATIVE)
    };
    // No cue word stands inside it ("Most say", "Nearly half said").
    (opens && (s..e).all(plain) && (s..e).all(|k| tk.cue_at(k).is_none())).then(|| Np {
        start: s,
        end: e,
        anonymous: true,
        ..Np::default()
    })
}

/// Longest count phrase begun by a degree word alone, in tokens ("More than half of the
/// senator's speech in the capital").
const MAX_DEGREE: usize = 16;

/// A degree word read alone as the speaker ("Just", "More": [`degree_alone`]) with the count
/// it begins, up to the verb: "Just over a quarter, 26 percent, say …", "More than half of
/// the members were worried". `None` when no auxiliary, pronoun or cue word ends the phrase
/// within [`MAX_DEGREE`] tokens of its sentence ("Just click here": no count).
pub(crate) fn degree_phrase(tk: &Toks, np: &Np) -> Option<Np> {
    if !degree_alone(tk, np.start, np.end) {
        return None;
    }
    let stop = |k: usize| {
        tk.has(k, class::AUX | class::PRONOUN | class::COMPLEMENTIZER | class::RELATIVE) || tk.cue_at(k).is_some()
    };
    let plain = |k: usize| (tk.word(k) || tk.punct(k, '%') || tk.punct(k, ',')) && !tk.in_quote(k);
    let mut e = np.end;
    while e < np.start + MAX_DEGREE && tk.same_sentence(np.start, e) && !stop(e) {
        if !plain(e) {
            return None;
        }
        e += 1;
    }
    // The stop is asked before an appositive's closing comma is trimmed ("Just over a
    // quarter, 26 percent, say"): the comma itself stops nothing.
    if !(tk.same_sentence(np.start, e) && stop(e)) {
        return None;
    }
    while e > np.end && tk.punct(e - 1, ',') {
        e -= 1;
    }
    (e > np.end).then(|| Np { start: np.start, end: e, anonymous: true, ..Np::default() })
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::speakers_in_story;

    #[test]
    fn a_count_that_opens_the_sentence_is_the_unnamed_speaker() {
        for (s, who) in [
            ("Nearly half of the members said they would leave the party.", "Nearly half of the members"),
            ("Six in 10 voters say the plan has failed.", "Six in 10 voters"),
            ("About four in 10 said the plan has failed.", "About four in 10"),
            ("Most say the plan has failed.", "Most"),
        ] {
            let got = speakers_in_story(s);
            assert_eq!(got, vec![Some(who.to_string())], "{s}");
        }
    }

    /// A degree word read alone as the speaker ("More") stands for the count it begins.
    #[test]
    fn a_degree_word_stands_for_its_count() {
        let s = "More than eight of 10 farmers in the north and the east were worried about the harvest; most said they were “very worried.”";
        let got = speakers_in_story(s);
        assert_eq!(got, vec![Some("More than eight of 10 farmers in the north and the east".to_string())]);
    }

    /// A degree word whose count sets off its figure in commas before the verb stands for the
    /// whole count, the figure too ("Just over a quarter, 26 percent, say").
    #[test]
    fn a_degree_word_before_an_appositive_count() {
        let s = "Just over a quarter, 26 percent, say they will vote for someone else.";
        let got = speakers_in_story(s);
        assert_eq!(got, vec![Some("Just over a quarter, 26 percent".to_string())]);
    }
}
