//! A count of people as the speaker: "Nearly half said", "About four in 10 voters say", "Six
//! in 10 say". The sentence opens with a listed opener or a number, and the plain words up to
//! the cue are the (unnamed) speaker; no word of it is a name. So is a counted group, whose
//! capitalised plural is no name either ("Many Tunisians", "Some Democrats").

use super::super::view::Toks;
use super::super::words::{class, Opener};
use super::name_words::{count_at_start, degree_alone};
use super::subject::past_function_words;
use super::Np;
use crate::text::ends_in_one_s;

/// Longest count phrase, in tokens ("Only about 4 in 10 Republican voters in each state").
const MAX_COUNT: usize = 10;

/// The count phrase that fills the clause from `lower` (past its function words) to `e`.
pub(super) fn count_back(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let s = past_function_words(tk, lower, e);
    if s >= e {
        return None;
    }
    let opens = e - s <= MAX_COUNT && (count_at_start(tk, s) || (number_at(tk, s) && s == lower));
    // "Now, 52 percent said …", "On economic issues, 42% say …": a share right after the
    // comma that closes the sentence's opening phrase is the count.
    let s = if opens { s } else { share_after_opening(tk, e, lower)? };
    let plain = |k: usize| {
        (tk.word(k) || tk.punct(k, '%'))
            && !tk.in_quote(k)
            && !tk.has(k, class::PRONOUN | class::AUX | class::COMPLEMENTIZER | class::RELATIVE)
    };
    // No cue word stands inside it ("Most say", "Nearly half said").
    ((s..e).all(plain) && (s..e).all(|k| tk.cue_at(k).is_none())).then(|| Np {
        start: s,
        end: e,
        anonymous: true,
        ..Np::default()
    })
}

/// Whether the word at `k` is a figure ("52", "42" of "42%").
fn number_at(tk: &Toks, k: usize) -> bool {
    tk.word(k) && tk.numeric(k)
}

/// Where a share that fills the clause after the sentence's opening phrase starts: a figure
/// right after a comma and its unit, "percent" or "%", right before `e` ("Now, 52 percent
/// said", "On economic issues, 42% say"). A figure with no unit may be a year ("July 5,
/// 2016, criticizing") or a tally of votes. Three tokens are read, no scan: `count_back` is
/// asked of most phrases with no name. Counted over PolNeAR train + dev: a bare share after an
/// opening's comma before a verb of saying is marked by the gold 14 times, never left; main
/// 1c0b465 read 4 of them with no speaker and 1 not at all.
fn share_after_opening(tk: &Toks, e: usize, lower: usize) -> Option<usize> {
    let unit = e.checked_sub(1)?;
    let share = tk.punct(unit, '%') || tk.bytes(unit) == b"percent";
    if !share || unit < lower + 3 {
        return None;
    }
    let figure = unit - 1;
    (number_at(tk, figure) && tk.punct(figure - 1, ',')).then_some(figure)
}

/// Whether the name run `a..b` of the phrase `s..e` is a counted group rather than a name:
/// a plural capitalised word after a quantifier ("Many Tunisians", "Some Democrats") or a
/// count word alone at the sentence's start ("Most say", "Both said"). The phrase is then an
/// unnamed group of people. "A Sanders aide" (a noun follows) and "according to a
/// RealClearPolitics average" (after an article) are left alone.
pub(super) fn counted_group(tk: &Toks, s: usize, a: usize, b: usize, e: usize) -> bool {
    if b != a + 1 || b != e {
        return false;
    }
    if a == s {
        // A degree word alone ("Just", "Only") counts no one.
        return tk.opener(a) == Some(Opener::Count) && count_at_start(tk, a);
    }
    // "a RealClearPolitics average": an article's name in "-s" is no plural.
    a == s + 1 && plural_shaped(tk, a) && tk.word(s) && tk.has(s, class::INDEFINITE) && !tk.has(s, class::ARTICLE)
}

/// Whether the word at `a` has a plural noun's shape: longer than three letters, ending in one
/// "s" that is no possessive's ("officials", not "Ross", "its" or "Ruiz's").
pub(super) fn plural_shaped(tk: &Toks, a: usize) -> bool {
    ends_in_one_s(tk.bytes(a), 3, &[]) && !tk.possessive_s(a)
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
    use crate::attribution::test_quotes::{quotes_under_head, speakers_in_story};

    /// The speaker of the one quote of `s` (read after a headline): its name and whether it
    /// is unnamed.
    fn speaker_of(s: &str) -> Option<(String, bool)> {
        let q = quotes_under_head(s);
        q.into_iter().find_map(|q| q.speaker).map(|sp| (sp.name, sp.anonymous))
    }

    /// A quantifier before a plural capitalised word counts a group ("Many Tunisians"), and a
    /// count word alone at the sentence's start ("Most", "Few") is no name: both
    /// are unnamed. A name a singular determiner or a noun goes with stays a name.
    #[test]
    fn a_counted_group_is_unnamed_not_a_name() {
        for (s, who) in [
            ("Many Tunisians accuse the country’s political Islamists of failing.", "Many Tunisians"),
            ("Some Democrats said the plan would fail.", "Some Democrats"),
            ("Several Republicans said the plan would fail.", "Several Republicans"),
            ("Most said the plan would fail.", "Most"),
            // ("Few would argue that …" is an idiom of the verb list: no one is quoted.)
            ("Few said the plan would fail.", "Few"),
        ] {
            assert_eq!(speaker_of(s), Some((who.to_string(), true)), "{s}");
        }
        for (s, who) in [
            ("Ana Ruiz said the plan would fail.", "Ana Ruiz"),
            ("Democrats said the plan would fail.", "Democrats"),
            ("A Reuters said the plan would fail.", "Reuters"),
            ("Bernie Sanders said the plan would fail. Sanders added that it was late.", "Bernie Sanders"),
        ] {
            assert_eq!(speaker_of(s), Some((who.to_string(), false)), "{s}");
        }
    }

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

    /// A share right after the comma that closes the sentence's opening phrase is the
    /// unnamed speaker ("Now, 52 percent said …"). A figure with no unit there is no share
    /// (a year, a tally), and no speaker.
    #[test]
    fn a_share_after_an_opening_phrase_is_the_unnamed_speaker() {
        for (s, who) in [
            ("Now, 52 percent said the plan has failed.", "52 percent"),
            ("On economic issues, 42% say they are liberal.", "42%"),
        ] {
            assert_eq!(speakers_in_story(s), vec![Some(who.to_string())], "{s}");
        }
        assert_eq!(speakers_in_story("On Tuesday, 52 said the plan has failed."), Vec::<Option<String>>::new());
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
