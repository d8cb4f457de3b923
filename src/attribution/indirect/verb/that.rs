//! The "that" opening the clause a cue reports, a few words after the cue ("said on Monday
//! that …", "told MSNBC's “Morning Joe” on Friday that …"), and the tests that rule a "that"
//! out: the clause's own verb before it, a show's title in quote marks passed over. Apart from
//! the reading of the cue, as the one walk that looks for the complementizer.

use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::class;

/// How far after the cue a "that" may open the reported clause ("said on Monday that").
pub(super) const MAX_TO_THAT: usize = 10;

/// The "that" opening the clause a cue reports, a few words after it ("said on Monday that …",
/// "told reporters in May that …"): not past a quote mark, a stop, another verb of saying
/// ("said the plan failed and warned that …"), a subject pronoun ("says he's satisfied
/// that …": the clause starts there) or the clause's own verb, a finite auxiliary or a form
/// of "be" ("said the test could change that": the "that" is no opening of it, asked only
/// once a "that" is found), but for a "be" right before it ("said the problem is that …");
/// none after a cue that opens its clause itself ("vowed to end …"). A show's title in quote
/// marks is passed over ("told MSNBC's “Morning Joe” on Friday that …"), its words not counted.
pub(super) fn that_after(tk: &Toks, cue: &Cue, end: usize) -> Option<usize> {
    if cue.opens {
        return None;
    }
    let ends_lead_in = |k: usize| {
        tk.stop(k)
            || (tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some())
            || (tk.word(k) && tk.has(k, class::PRONOUN))
    };
    let (mut k, mut stop) = (cue.end, (cue.end + MAX_TO_THAT).min(end));
    while k < stop && !ends_lead_in(k) {
        if tk.mark(k) {
            let close = quoted_title_close(tk, k, end)?;
            stop = (stop + close - k).min(end);
            k = close;
        } else if tk.has(k, class::COMPLEMENTIZER) {
            return (!clause_verb_before(tk, cue.end, k)).then_some(k);
        }
        k += 1;
    }
    None
}

/// Whether the clause's own verb, a finite auxiliary or a form of "be", stands between the cue's
/// end and the "that" at `that` ("said the test could change that"); a "be" right before the
/// "that" opens the predicate's clause, which is what was said ("said the problem is that …").
pub(super) fn clause_verb_before(tk: &Toks, cue_end: usize, that: usize) -> bool {
    let clause_verb = |k: usize| tk.finite_aux(k) || (tk.unquoted_lower_word(k) && tk.has(k, class::PASSIVE));
    let copula = tk.unquoted_lower_word(that - 1) && tk.has(that - 1, class::PASSIVE);
    (cue_end..that - usize::from(copula)).any(clause_verb)
}

/// The most words of a show's title in quote marks that a lead-in passes over.
pub(super) const MAX_TITLE_WORDS: usize = 6;

/// The closing mark of a title opened by the mark at `open`: capitalised words only, then a
/// mark ("“Morning Joe”", "“This Week With George Stephanopoulos”"), then "that" or a word placing
/// the saying ("on Friday"); not a title modifying a noun ("a “Stop Trump” movement that …").
pub(super) fn quoted_title_close(tk: &Toks, open: usize, end: usize) -> Option<usize> {
    let close = (open + 1..end.min(open + 2 + MAX_TITLE_WORDS)).find(|&k| !(tk.word(k) && tk.cap(k)))?;
    let placed = |k: usize| tk.word(k) && tk.has(k, class::COMPLEMENTIZER | class::TAILPREP | class::TIME);
    (close > open + 1 && tk.mark(close) && placed(close + 1)).then_some(close)
}
