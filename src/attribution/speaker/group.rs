//! Unnamed groups whose phrase the plain walk back from a cue would cut short: two lower-case
//! modifiers joined by "and" before the head ("three current and former employees said"), and a
//! short description owned by a plural possessive ("Sanders’ team said"). Both are asked only
//! where the walk would otherwise stop or find nothing, so they cost nothing on most cues.

use super::super::view::Toks;
use super::super::words::class;
use super::name_words::head;
use super::{plural_possessive, Np};
use crate::text::ends_in_one_s;

/// Whether the word at `j` is the "and" (or "or") between two lower-case modifiers of a
/// phrase's head ("current and former" in "three current and former employees"). The first
/// modifier opens the phrase (after a comma, an article or a number: not "his asylum and top
/// officials", "would do and how experts") and is no plural noun ("unfunded mandates and
/// powerful unions").
#[inline(never)]
pub(super) fn coordinated_modifier(tk: &Toks, j: usize, lower: usize) -> bool {
    let plain = |m: usize| {
        tk.unquoted_lower_word(m)
            && !tk.has(m, class::FUNCTION | class::PRONOUN | class::AUX | class::ADVERB | class::PHRASE_START)
            && !head(tk, m)
            && tk.cue_at(m).is_none()
    };
    let joiner = j > lower && tk.word(j) && !tk.cap(j) && tk.has(j, class::COORDINATOR);
    if !(joiner && plain(j - 1) && plain(j + 1)) {
        return false;
    }
    let plural = ends_in_one_s(tk.bytes(j - 1), 0, &[b"ous"]);
    let b = j.wrapping_sub(2);
    let opens = j - 1 == lower || !tk.word(b) || tk.numeric(b) || tk.has(b, class::ARTICLE | class::INDEFINITE);
    !plural && opens && !tk.past_shaped(j - 1)
}

/// Most plain words a plural possessive may own before the cue ("Sanders’ campaign team").
const MAX_OWNED: usize = 3;

/// "Sanders’ team said", "The workers' union said": a short description of plain words
/// ending at `e` after a plural possessive that opens its clause. The possessor is no
/// speaker; the phrase is definite, as "The campaign's team" is. Asked when no other reading
/// of the words before a cue holds.
#[inline(never)]
pub(super) fn owned_by_plural(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let mut s = e;
    while s > lower && e - s < MAX_OWNED && tk.unquoted_lower_word(s - 1) {
        s -= 1;
    }
    if s == e || s < lower + 2 || !plural_possessive(tk, s - 1) {
        return None;
    }
    let mut start = s - 2;
    if start > lower && tk.word(start - 1) && tk.has(start - 1, class::DETERMINER) && !tk.cap(start) {
        start -= 1;
    }
    let opens = start == lower || !tk.word(start - 1) || tk.has(start - 1, class::FUNCTION);
    let plain = |k: usize| tk.unquoted_lower_word(k) && !tk.has(k, class::FUNCTION | class::AUX | class::PHRASE_START);
    (opens && (s..e).all(plain)).then(|| Np { start, end: e, ..Np::default() })
}
