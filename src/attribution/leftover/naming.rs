//! A quote that is the name a naming verb gives its object ("called Rubio “Little Marco”"):
//! the subject's wording, not a title.

use super::super::view::Toks;
use super::super::words::{class, is_listed, CueKind, Listed};

/// Whether token `k` is a verb that gives a name or a label ("called", "dubbed").
pub(super) fn naming_cue(tk: &Toks, k: usize) -> bool {
    tk.word(k) && tk.cue_at(k).is_some_and(|c| c.kind == CueKind::Name)
}

/// How many words of a named object may stand between a naming verb and its quoted name.
const MAX_NAMED_OBJECT: usize = 3;

/// "called Rubio “Little Marco”", "dubbed her “The Iron Lady”": a naming verb, then its object
/// (a pronoun or a capitalised name of a few words, an article after it or not) right before
/// the quote: the quote is the name the subject gives, their wording, not a title.
pub(super) fn names_an_object(tk: &Toks, open: usize) -> bool {
    let Some(mut k) = open.checked_sub(1) else { return false };
    // "her" is an article ("her hopes") and an object pronoun ("dubbed her “…”"): right before
    // the quoted name of a naming verb it is the object the name is given to.
    let object_pronoun = |k: usize| is_listed(Listed::ObjectPronoun, tk.s(k));
    if tk.word(k) && tk.has(k, class::ARTICLE) && !tk.cap(k) && !object_pronoun(k) {
        let Some(j) = k.checked_sub(1) else { return false };
        k = j;
    }
    let mut object = 0;
    while object < MAX_NAMED_OBJECT && tk.word(k) && !tk.in_quote(k) && (tk.cap(k) || object_pronoun(k)) {
        object += 1;
        let Some(j) = k.checked_sub(1) else { return false };
        k = j;
    }
    object > 0 && naming_cue(tk, k)
}
