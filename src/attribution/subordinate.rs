//! A quoted phrase closed in mid-clause and run on by a subordinate clause that holds a cue:
//! "compared Trump to a coach who is “working the referees” in hopes that “they'll go
//! easier” on him", "his calls to end the “rigged economy” that he says is maintained by …".
//!
//! The phrase has no cue of its own and took the speaker of the cue after it; that cue's
//! clause goes on with the phrase's sentence, so the phrase, the clause and its report are one
//! quote: one finding from the phrase's first word to the report's last, with the report's
//! cue and speaker. Counted over PolNeAR train + dev, the gold holds every such pair as one
//! unit (5 of 5). Not after "and" or "but": a second predicate of the same speaker ("called it
//! “crazy” and said …") is a second report far more often than not (one unit 19 times, two
//! 104), and not after a comma or a stop inside the marks, where the phrase ends its clause
//! ("“…,” though she noted …": two reports).

use super::view::Toks;
use super::words::class;
use super::{cover, Frame};
use crate::report::QuoteStyle;

/// At most this many auxiliaries between the clause's subject and its cue ("if he would have
/// told"): the walk is bounded.
const MAX_AUXILIARIES: usize = 3;

/// Joins each cue-less quoted phrase of the block's frames (`frames[first..]`, in text order)
/// to the report right after it whose cue a subordinate clause running on from the phrase
/// holds. Frames before `first` are not touched.
pub(crate) fn join_run_on_phrases(frames: &mut Vec<Frame>, first: usize, tk: &Toks) {
    let mut joined = false;
    for i in first..frames.len().saturating_sub(1) {
        let (head, tail) = frames.split_at_mut(i + 1);
        let (Some(phrase), Some(report)) = (head.last_mut(), tail.first_mut()) else { continue };
        if !runs_into(phrase, report, tk) {
            continue;
        }
        report.extent = cover(&[Some(phrase.extent.clone()), Some(report.extent.clone())]);
        // From the phrase's opening mark, as a mixed quote's words are given.
        let open = tk.t.partition_point(|t| t.start() < phrase.content.start);
        let opening_mark = open.checked_sub(1).filter(|&m| tk.mark(m)).and_then(|m| tk.t.get(m));
        report.content.start = opening_mark.map_or(phrase.content.start, |t| t.start());
        report.style = QuoteStyle::Mixed;
        // Emptied, and dropped below: a phrase joined to its report is no frame of its own.
        phrase.content = phrase.content.start..phrase.content.start;
        joined = true;
    }
    if joined {
        let mut k = 0;
        frames.retain(|f| {
            k += 1;
            k <= first || !f.content.is_empty()
        });
    }
}

/// Whether cue-less quoted phrase `phrase` closes in mid-clause (a word right before the
/// closing mark) and runs on at once into a subordinate clause whose cue is `report`'s, for
/// the same speaker: a lower-case subordinator, relative, preposition or "that" after the
/// mark, then at most a pronoun subject and a few auxiliaries before the cue ("” if it wanted
/// …", "” for implying “…”", "” that he says …").
fn runs_into(phrase: &Frame, report: &Frame, tk: &Toks) -> bool {
    if phrase.cue.is_some() || phrase.style != QuoteStyle::Mixed {
        return false;
    }
    let (Some(cue), Some(said), Some(reports)) = (&report.cue, &phrase.speaker, &report.speaker) else {
        return false;
    };
    if said.span != reports.span || phrase.content.end > cue.start || cue.end > report.content.start {
        return false;
    }
    // The closing mark: the first token at the phrase's end, or its last token.
    let end = tk.t.partition_point(|t| t.start() < phrase.content.end);
    let Some(mark) = [Some(end), end.checked_sub(1)].into_iter().flatten().find(|&m| tk.mark(m)) else {
        return false;
    };
    if mark == 0 || !tk.word(mark - 1) {
        return false;
    }
    let opener = mark + 1;
    let subordinate = class::FUNCTION | class::COMPLEMENTIZER | class::CONNECTOR | class::RELATIVE;
    if !tk.word(opener) || tk.cap(opener) || !tk.has(opener, subordinate) || tk.has(opener, class::COORDINATOR) {
        return false;
    }
    let at_cue = |k: usize| tk.t.get(k).is_some_and(|t| t.start() == cue.start);
    let mut k = opener + 1;
    if !at_cue(k) && tk.has(k, class::PRONOUN) {
        k += 1;
    }
    for _ in 0..MAX_AUXILIARIES {
        if at_cue(k) || !tk.has(k, class::AUX) {
            break;
        }
        k += 1;
    }
    at_cue(k)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes_under_head;

    /// Each quote's words and cue.
    fn read(paragraph: &str) -> Vec<(String, Option<String>)> {
        quotes_under_head(paragraph).into_iter().map(|q| (q.words, q.cue)).collect()
    }

    #[test]
    fn a_quoted_phrase_run_on_by_a_subordinate_clause_holding_a_cue_is_one_quote() {
        let one = |paragraph: &str, words: &str, cue: &str| {
            let got = read(paragraph);
            assert_eq!(got, [(words.to_string(), Some(cue.to_string()))], "{paragraph}");
        };
        one(
            "Ana Ruiz, the coach of the club, compared Moreno to a striker who is \"diving for fouls\" in hopes that \"the referee will notice\" him.",
            "\"diving for fouls\" in hopes that \"the referee will notice\" him",
            "hopes",
        );
        one(
            "But she leaves behind a backlash against her warning that Eastvale would have to go to the \u{201c}back of the line\u{201d} if it wanted a bridge from the state.",
            "that Eastvale would have to go to the \u{201c}back of the line\u{201d} if it wanted a bridge from the state",
            "wanted",
        );
        one(
            "The editorial went on to fault Moreno\u{2019}s \u{201c}budget miracle\u{201d} for implying \u{201c}a surplus that nobody on the council has seen.\u{201d}",
            "to fault Moreno\u{2019}s \u{201c}budget miracle\u{201d} for implying \u{201c}a surplus that nobody on the council has seen.",
            "implying",
        );
    }

    #[test]
    fn a_second_predicate_or_a_clause_after_a_comma_stays_a_report_of_its_own() {
        // "and" joins a second report of the same speaker; a comma inside the marks ends the
        // phrase's clause.
        let got = read("Ana Ruiz called the levy \u{201c}a quiet theft\u{201d} and said the council would drop it.");
        assert_eq!(got.len(), 2, "{got:?}");
        let got =
            read("Ana Ruiz called the levy \u{201c}a quiet theft,\u{201d} though she noted the council could keep it.");
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
