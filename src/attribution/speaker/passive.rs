//! The doer a passive participle cue names with "by" ("a measure strongly opposed by unions",
//! "the concerns being expressed by many Jewish leaders", "It has been noted by prison
//! chaplains that …"): whose words or stance they are, not those of the noun before the cue.

use super::super::view::{Cue, Toks};
use super::super::words::class;
use super::{after, Np};
use crate::text::ends_in_one_s;

/// Most plain words of an unnamed doer ("by prison chaplains", "by tourist guides").
const MAX_PLAIN_DOER: usize = 3;

/// The doer after a one-word past participle cue and its "by" ("proclaimed by George Wallace",
/// "reported by U.S. government employees", "opposed by unions"). None when the "by" phrase
/// gives a manner, a medium or a margin ("responded by using", "said by email", "say by
/// 55%-41%", "said by 40 percent"): the subject before the cue speaks there.
pub(crate) fn passive_doer(tk: &Toks, cue: &Cue, upper: usize) -> Option<Np> {
    let by = cue.end;
    if by != cue.verb + 1 || !tk.past_shaped(cue.verb) || !tk.word(by) || tk.cap(by) || !tk.has(by, class::AGENT) {
        return None;
    }
    let first = by + 1;
    if first >= upper
        || !tk.word(first)
        || tk.in_quote(first)
        || tk.numeric(first)
        || tk.lower_participle(first)
        || tk.has(first, class::MEDIUM | class::PRONOUN | class::TIME)
    {
        return None;
    }
    match after(tk, first, upper).filter(|np| !np.pronoun) {
        // "by the Russian government", "by U.S. government employees": the walk stops at the
        // lower-case head after a capitalised modifier; the phrase runs on to it, unnamed.
        Some(np) => {
            Some(plain_run(tk, np.end, upper, false).map_or(np, |end| Np { start: first, end, ..Np::default() }))
        }
        None => plain_run(tk, first, upper, true).map(|end| Np { start: first, end, ..Np::default() }),
    }
}

/// Where a short run of plain lower-case words from `from` ends, when it closes the doer's
/// phrase (at punctuation, a preposition, a "that" or the sentence's end): "by unions", "by
/// prison chaplains" (a run that stands alone ends in a plural, with `plural`).
fn plain_run(tk: &Toks, from: usize, upper: usize, plural: bool) -> Option<usize> {
    let plain = |k: usize| {
        tk.word(k)
            && !tk.cap(k)
            && !tk.numeric(k)
            && !tk.in_quote(k)
            && !tk.has(
                k,
                class::FUNCTION
                    | class::AUX
                    | class::PRONOUN
                    | class::PHRASE_START
                    | class::TAILPREP
                    | class::CONNECTOR
                    | class::AGENT
                    | class::COMPLEMENTIZER
                    | class::RELATIVE
                    | class::TIME
                    | class::MEDIUM,
            )
    };
    let end = (from..(from + MAX_PLAIN_DOER + 1).min(upper)).take_while(|&k| plain(k)).last()? + 1;
    let closes = end >= upper
        || !tk.word(end)
        || tk.has(end, class::FUNCTION | class::TAILPREP | class::CONNECTOR | class::COMPLEMENTIZER | class::RELATIVE);
    let plural_end = || ends_in_one_s(tk.bytes(end - 1), 0, &[]);
    (end - from <= MAX_PLAIN_DOER && closes && (!plural || plural_end())).then_some(end)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes_under_head;

    /// The doer of a passive participle cue speaks, named or not, with or without a form of
    /// "be" before the cue.
    #[test]
    fn the_doer_of_a_passive_cue_speaks() {
        for (paragraph, doer) in [
            ("It has been noted by prison chaplains in our century that swift execution leads to repentance.", "prison chaplains"),
            ("The FBI did nothing after being warned by the Russian government that he was a threat.", "the Russian government"),
            ("Ruiz backed Proposition 226, a measure strongly opposed by unions that would have required them to get approval.", "unions"),
            ("The concerns being expressed by many Jewish leaders go beyond Trump's pledge to be “neutral” in the talks.", "many Jewish leaders"),
            ("The illnesses reported by U.S. government employees in Cuba are thought to be a “sonic attack.”", "U.S. government employees"),
        ] {
            let found = quotes_under_head(paragraph);
            assert!(found.iter().any(|q| q.name() == Some(doer)), "{paragraph}: {found:?}");
        }
    }

    /// A "by" phrase of manner, medium or margin names no doer: the subject speaks.
    #[test]
    fn a_by_phrase_of_manner_or_margin_is_no_doer() {
        for (paragraph, speaker) in [
            ("Ana Ruiz responded by saying that the plan had failed.", "Ana Ruiz"),
            ("Ana Ruiz replied by email that the plan had failed.", "Ana Ruiz"),
            ("Ana Ruiz argued by analogy that the plan had failed.", "Ana Ruiz"),
            ("The voters agreed by 55 percent to 41 percent that the plan had failed.", "The voters"),
        ] {
            let found = quotes_under_head(paragraph);
            // Reported speech is found, so that the speaker test below is not passed by nothing.
            assert!(!found.is_empty(), "{paragraph}: no quote");
            assert!(found.iter().all(|q| q.name() == Some(speaker)), "{paragraph}: {found:?}");
        }
    }
}
