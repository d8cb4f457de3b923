//! The thing a relative "which" stands for: "the report, which notes …", "the Chicago Police
//! Department which reported …". A cue right after "which" is that phrase's verb, and the
//! phrase speaks, as it would in "the report said"; not the sentence's subject, nor the
//! speaker before.

use super::super::view::Toks;
use super::super::words::class;
use super::{plain_back, simple_back, Np};

/// Whether token `k` is a lower-case relative "which" (a function word in the lexicon, where
/// only "who" has the relative class: the rules that read "who" as a person's relative do not
/// read a thing's).
pub(crate) fn which_at(tk: &Toks, k: usize) -> bool {
    tk.word(k) && tk.has(k, class::FUNCTION) && tk.bytes(k) == b"which"
}

/// Whether a relative "which" comes at token `k`, or after a comma there: the phrase ending
/// before `k` is a thing, not a person.
pub(crate) fn before_which(tk: &Toks, k: usize) -> bool {
    which_at(tk, k) || (tk.punct(k, ',') && which_at(tk, k + 1))
}

/// The phrase a "which" at `w` stands for, ending right before it or before a comma there:
/// a named or described phrase ("the Chicago Police Department", "the World Trade
/// Organization") or a plain one led by a determiner ("the Associated Press report"). A
/// phrase that runs over a lower-case preposition to an object led by a determiner is that
/// object's ("members of the World Trade Organization, which writes": the organization;
/// "the ACLU of Oregon, which" keeps its whole name), unless a capitalised word comes right
/// before the preposition and after its determiner: then the phrase is one name ("the
/// Department of the Interior", "the Office of the Inspector General").
// Out of line: asked only at a "which" right before a cue.
#[inline(never)]
pub(super) fn antecedent_of_which(tk: &Toks, w: usize, lower: usize) -> Option<Np> {
    let mut r = w;
    if r > lower && tk.punct(r - 1, ',') {
        r -= 1;
    }
    let np = simple_back(tk, r, lower).filter(|np| !np.pronoun).or_else(|| plain_back(tk, r, lower))?;
    let object = (np.start + 1..np.end.saturating_sub(1)).rev().find(|&k| {
        tk.word(k) && !tk.cap(k) && tk.has(k, class::CONNECTOR | class::TAILPREP) && tk.has(k + 1, class::DETERMINER)
    });
    match object {
        Some(k) if tk.cap(k - 1) && tk.cap(k + 2) => Some(whole_name(tk, np, k)),
        Some(k) => simple_back(tk, r, k + 1).or_else(|| plain_back(tk, r, k + 1)).or(Some(np)),
        None => Some(np),
    }
}

/// `np` with its name run on over the preposition at `k` and its object, when the name ends
/// there and only capitalised words follow the object's determiner: "the Department of the
/// Interior" is one name, which the walks read as "Department" described "of the Interior".
fn whole_name(tk: &Toks, mut np: Np, k: usize) -> Np {
    let Some((a, b)) = np.name else { return np };
    if b == k && (k + 2..np.end).all(|m| tk.word(m) && tk.cap(m)) {
        np.name = Some((a, np.end));
        np.desc.retain(|&(_, e)| e <= a);
    }
    np
}
