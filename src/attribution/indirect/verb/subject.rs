//! Whose a cue with no subject of its own is, when it is coordinated with a sentence's first
//! predicate ("The senator criticized the plan and then wrote that …"): that predicate's
//! subject, or the subject of a cue before. Apart from the reading of one cue, as a search back
//! over the sentence that [`super::super::super::leftover`]'s introductions ask too.

use crate::attribution::indirect::shapes::coordinated_cue;
use crate::attribution::speaker::{self, Np};
use crate::attribution::view::Toks;
use crate::attribution::words::class;

/// The subject of the nearest cue before `at` in the sentence from `a`, used or not ("Sanders
/// criticized the accord, saying …": the participle speaks for Sanders).
pub(super) fn subject_of_cue_before(tk: &Toks, at: usize, a: usize) -> Option<Np> {
    let k = (a..at)
        .rev()
        .take(40)
        .find(|&k| !tk.in_quote(k) && tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some_and(|c| c.start == k))?;
    speaker::before(tk, k, a)
}

/// "The senator criticized the plan and then wrote that it was “a mistake”": a cue right after
/// a coordinator (one adverb between), with no subject of its own, speaks for the subject of
/// the sentence's first predicate.
pub(in crate::attribution) fn coordinated_subject(tk: &Toks, a: usize, cue_start: usize) -> Option<Np> {
    coordinated_cue(tk, cue_start, a).then(|| first_predicate_subject(tk, a, cue_start)).flatten()
}

/// "In an interview Thursday, the Wisconsin Republican criticized the plan and said …": the
/// subject of a sentence's first predicate, past the phrase that opens it, speaks for a cue
/// coordinated with that predicate: a name or pronoun, else the subject of a cue before
/// ("The union denounced the vote and said …"), else a described subject after an opening
/// preposition's comma, else the plain sentence subject.
pub(super) fn first_predicate_subject(tk: &Toks, a: usize, cue_start: usize) -> Option<Np> {
    let named = |np: &Np| np.name.is_some() || np.pronoun;
    speaker::subject_past_opening(tk, a, cue_start)
        .filter(named)
        .or_else(|| subject_of_cue_before(tk, cue_start, a))
        .or_else(|| speaker::described_past_opening(tk, a, cue_start))
        .or_else(|| speaker::sentence_subject(tk, a, cue_start))
}
