//! A sentence that opens with the participle "Asked" or "When asked", "Asked whether he would
//! run, Ruiz said …": the question put to the sentence's speaker, set off by the comma before
//! the main clause, is reported speech. Of the 67 sentences of PolNeAR's dev and train sets that
//! open so (at a paragraph's start or after a sentence's end mark), 50 with "Asked" and 17 with
//! "When asked", the gold marks the "asked" as a cue in 57 (44 and 13). It is given no speaker,
//! not even the asker a "by" phrase names: a named asker would be the nearest speaker for the
//! "she" who answers ("Asked by Lee Park whether …, she said"), and the pronoun rules would give
//! the answer to the asker.

use super::{words_between, Found};
use crate::attribution::speaker;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::class;

/// The most tokens from the question's start (after the cue and any "by" phrase) to the comma
/// that closes it.
const MAX_QUESTION: usize = 40;

/// The question an opening "Asked …," reports in the sentence `a..b`, with its cue: from
/// after the cue (and past a "by" phrase naming the asker) to the comma before the main
/// clause. None when quoted words stand in it (a direct or mixed quote's lead-in,
/// `direct/lead_in.rs`), when no comma closes it, or when no words follow the comma.
pub(super) fn opening_question(tk: &Toks, a: usize, b: usize) -> Option<(Cue, Found)> {
    // Asked of every sentence: a class bit first ("asked" starts a phrase of the verb list).
    let k = if tk.has(a, class::PHRASE_START) {
        a
    } else if tk.has(a + 1, class::PHRASE_START) && tk.bytes(a).eq_ignore_ascii_case(b"when") {
        a + 1
    } else {
        return None;
    };
    if !tk.word(k) || !tk.bytes(k).eq_ignore_ascii_case(b"asked") || tk.in_quote(k) {
        return None;
    }
    let cue = tk.cue_at(k).filter(|c| c.start == k && c.verb == k)?;
    let asker = if tk.bytes(cue.end) == b"by" { speaker::after(tk, cue.end + 1, b) } else { None };
    let start = asker.map_or(cue.end, |np| np.end);
    let comma = (start..b.min(start + MAX_QUESTION))
        .take_while(|&k| !tk.mark(k) && !tk.stop(k) && !tk.dash(k))
        .find(|&k| tk.punct(k, ','))?;
    let main_clause = comma + 1 < b && tk.word(comma + 1) && !tk.in_quote(comma + 1);
    (main_clause && words_between(tk, start, comma) >= 1)
        .then_some((cue, Found { content: (start, comma), second: None, np: None, via: None }))
}
