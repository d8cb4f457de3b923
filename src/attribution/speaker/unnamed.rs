//! Unnamed people described by where they work or live ("the mayor of Eastvale", "A
//! representative for the Ivanka Trump Organization", "a Democrat from Eastvale"): the place's
//! or body's name in their phrase is no speaker, and the phrase is one person.

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed};
use super::kind::names_a_kind;
use crate::text::ends_in_one_s;

/// Whether the name run at `a` is the place or body after a preposition in an unnamed
/// phrase led by an article and a lower-case person's noun ("A farmer from Lindon, North
/// Dakota,", "A representative for the Ivanka Trump Organization", "The mayor of
/// Eastvale"): where the person lives or works, not who speaks. The person is the whole
/// phrase ([`Np::unnamed_person`](super::Np::unnamed_person)).
pub(super) fn home_of_unnamed(tk: &Toks, s: usize, a: usize) -> bool {
    unnamed_head(tk, s, a).is_some()
}

/// The person's noun before the preposition that joins the place or body at `a`
/// ([`home_of_unnamed`]): "representative" in "A representative for the Ivanka Trump
/// Organization".
fn unnamed_head(tk: &Toks, s: usize, a: usize) -> Option<usize> {
    if a < s + 3 || !tk.has(s, class::DETERMINER | class::INDEFINITE) {
        return None;
    }
    // "for the Ivanka Trump Organization": the article of the place's own name.
    let p = if tk.word(a - 1) && !tk.cap(a - 1) && tk.has(a - 1, class::DETERMINER) { a - 2 } else { a - 1 };
    let head = p.wrapping_sub(1);
    let joined = head > s
        && tk.word(p)
        && !tk.cap(p)
        && is_listed(Listed::Home, tk.s(p))
        && tk.word(head)
        // A person's noun: "an email from Ana Ruiz" is hers, "a letter to Ruiz" no person's;
        // "a Democrat from Eastvale" names a kind of person too.
        && (!tk.cap(head) && tk.has(head, class::ROLE | class::ANONYMOUS | class::TITLE) && !tk.has(head, class::DOCUMENT)
            || names_a_kind(tk, head, head + 1));
    joined.then_some(head)
}

/// Whether the unnamed phrase `s..` whose name runs are `runs` is one person described by a
/// place or body ("the mayor of Eastvale"); "The officials at the Owusu Organization" are
/// many, whom no later "she" refers to (a plural noun ends in "s", as "actress" does not).
pub(super) fn one_unnamed_person(tk: &Toks, s: usize, runs: &[(usize, usize)]) -> bool {
    runs.iter().find_map(|&(a, _)| unnamed_head(tk, s, a)).is_some_and(|h| !ends_in_one_s(tk.bytes(h), 0, &[]))
}
