//! An institution's name over the lower-case words that join it ("the Center on Housing and
//! Work") and the title or role words that open it ("the Justice Department"): the words of one
//! name, where "Ana Ruiz and Li Wei" stays two.

use super::super::view::Toks;
use super::super::words::class;

/// Most words of an institution's name on either side of a word that joins it ("the
/// Organization for Trade Cooperation and Growth").
pub(super) const MAX_BODY_NAME: usize = 8;

/// Whether the lower-case joiner at `j` ("on", "and") joins the capitalised words of one
/// institution's name within `lo..hi`: a body noun stands right before a joiner of the name
/// ("the Center on Housing and Work") or ends it ("the Harbour Trade and Shipping Council").
/// "Ana Ruiz and Li Wei" holds none and stays two names.
// Inlined: the walks over a phrase ask it at each word, and the joiner's class rules out nearly
// every one before a call (about 30 instructions, and the caller's registers kept across it).
#[inline]
pub(crate) fn joins_body_name(tk: &Toks, j: usize, lo: usize, hi: usize) -> bool {
    tk.has(j, class::JOINER) && joins_body_name_at_joiner(tk, j, lo, hi)
}

/// [`joins_body_name`] for a word `j` of the joiner class.
#[inline(never)]
fn joins_body_name_at_joiner(tk: &Toks, j: usize, lo: usize, hi: usize) -> bool {
    let joiner = |m: usize| tk.word(m) && !tk.cap(m) && tk.has(m, class::JOINER);
    if !(joiner(j) && j > lo && j + 1 < hi && tk.cap(j - 1) && tk.cap(j + 1)) {
        return false;
    }
    let part = |m: usize| tk.cap(m) || joiner(m);
    let body_before_joiner = |m: usize| tk.cap(m) && tk.has(m, class::BODY) && joiner(m + 1);
    // "the Urban Institute and Brookings Institution": "and" after a body's name joins two;
    // "the University of Chicago and Professor Ana Ruiz": a title starts a person's name.
    // "the Department of Justice said": a title word that ends the phrase, or is followed by
    // lower case, is the body's own name, not a person's title.
    let person_title = tk.has(j + 1, class::TITLE | class::ROLE) && j + 2 < hi && tk.word(j + 2) && tk.cap(j + 2);
    if tk.has(j, class::COORDINATOR) && tk.has(j - 1, class::BODY) || person_title {
        return false;
    }
    let floor = j.saturating_sub(MAX_BODY_NAME).max(lo);
    let mut m = j;
    while m > floor && part(m - 1) {
        m -= 1;
        if body_before_joiner(m) {
            return true;
        }
    }
    // "the Harbour Trade and Shipping Council": "and" joins words the body's noun ends, where
    // "of" or "for" follow it ("Ana Ruiz of Eastvale University" is a person).
    if !tk.has(j, class::COORDINATOR) {
        return false;
    }
    let ceil = (j + 1 + MAX_BODY_NAME).min(hi);
    let m = (j + 1..ceil).find(|&m| !tk.cap(m)).unwrap_or(ceil);
    (m == hi || !tk.cap(m)) && tk.has(m - 1, class::BODY)
}

/// Whether the capitalised title or role word at `k` (no name word itself: "Justice",
/// "Police") opens capitalised words that end at a listed body noun before `hi`: "the Justice
/// Department", "the Las Vegas Metropolitan Police Department" name one institution, not a
/// "Department". The body noun must end the capitalised run ("Justice Department Inspector
/// General Ana Ruiz" is a person's title).
pub(super) fn opens_body_name(tk: &Toks, k: usize, hi: usize) -> bool {
    if !(tk.cap(k) && tk.has(k, class::SOURCE_NOUN) && tk.word(k)) {
        return false;
    }
    let ceil = (k + 1 + MAX_BODY_NAME).min(hi);
    let mut m = k + 1;
    while m < ceil && tk.word(m) && tk.cap(m) {
        if tk.has(m, class::BODY) && !(m + 1 < hi && tk.word(m + 1) && tk.cap(m + 1)) {
            return true;
        }
        m += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::test_quotes::{tokens_of, with_bundled_texts};

    /// [`joins_body_name`]'s screen by the joiner class turns away no word the whole test
    /// holds for, in the bundled texts and in names made for it.
    #[test]
    fn the_joiner_screen_keeps_every_body_name() {
        let made = ["He met the Center on Housing and Work and the Harbour Trade and Shipping Council."];
        let mut joined = 0;
        for text in &with_bundled_texts(&made) {
            let toks = tokens_of(text);
            let tk = Toks::new(text, &toks, &[]);
            for j in 0..tk.len() {
                for lo in [0, j.saturating_sub(3)] {
                    let full = joins_body_name_at_joiner(&tk, j, lo, tk.len());
                    joined += usize::from(full);
                    assert_eq!(joins_body_name(&tk, j, lo, tk.len()), full, "{:?} in {text:.60}", tk.s(j));
                }
            }
        }
        assert!(joined >= 3, "{joined} joiners");
    }
}
