//! A quote that is the name a naming verb gives its object ("called Rubio “Little Marco”"):
//! the subject's wording, not a title; and the name a participle gives in the passive or
//! after its noun ("a group called the “…”", "was labeled “…”"), a naming with no speaker;
//! and the words a noun names as words ("the term “…”"), someone's, not a scare quote.

use super::super::marks::Pair;
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

/// How many words of the noun a participle names may stand between it and the article or
/// determiner that opens the noun's phrase ("a short film called", "an inflation formula called").
const MAX_NAMED_NOUN: usize = 3;

/// The participle of list kind `namepart` whose name the quote at `open` is, the name's words
/// opening right after it, when the quote follows it ("as" or an article between or not) and it
/// is no verb with a subject of its own: it follows a form of "be" ("was labeled
/// “…”", "has been called the “…”"), a comma ("the bill, known as the “…”") or a lower-case
/// noun whose phrase an article or determiner opens ("a group called the “…”"); an "-ly"
/// adverb may stand before it. "Trump named “…”", "called her “…”" and "what one writer called
/// “…”" have a subject that speaks: their cues read them.
pub(in crate::attribution) fn named_by_participle(tk: &Toks, open: usize) -> Option<usize> {
    let mut k = open.checked_sub(1)?;
    // "called her “…”": an object pronoun before the name is the active verb's object.
    if tk.word(k) && tk.has(k, class::ARTICLE) && !tk.cap(k) && !is_listed(Listed::ObjectPronoun, tk.s(k)) {
        k = k.checked_sub(1)?;
    }
    if tk.word(k) && tk.s(k) == "as" {
        k = k.checked_sub(1)?;
    }
    let part = k;
    if !tk.word(part) || tk.cap(part) || tk.in_quote(part) || !is_listed(Listed::NamePart, tk.s(part)) {
        return None;
    }
    let mut b = part.checked_sub(1)?;
    if tk.word(b) && !tk.cap(b) && tk.s(b).ends_with("ly") {
        b = b.checked_sub(1)?;
    }
    // "it's known as …": the contraction's "'s" is "is".
    let contracted = !tk.cap(b) && crate::text::possessive_stem(tk.s(b)).is_some();
    let passive = tk.word(b) && (tk.has(b, class::PASSIVE) || matches!(tk.s(b), "be" | "been" | "being") || contracted);
    // After a comma, a verb of the cue list may be an active one past an aside ("Tim Cook, …,
    // called “…”"); a participle that is no cue is not ("the bill, known as the “…”").
    let set_off = tk.punct(b, ',') && tk.cue_at(part).is_none();
    (passive || set_off || names_noun(tk, b)).then_some(part)
}

/// Whether word `k` is a lower-case noun whose phrase opens at an article or determiner a few
/// plain words before it ("a group", "a short film", "The candidate").
fn names_noun(tk: &Toks, k: usize) -> bool {
    let plain = |j: usize| tk.word(j) && !tk.in_quote(j) && !tk.has(j, class::PRONOUN | class::AUX | class::FUNCTION);
    if !plain(k) || tk.cap(k) || tk.has(k, class::ARTICLE | class::DETERMINER) {
        return false;
    }
    // "what one writer called “…”": after a headless relative the noun is the verb's subject.
    (1..=MAX_NAMED_NOUN)
        .map_while(|back| k.checked_sub(back))
        .take_while(|&j| tk.word(j) && !tk.in_quote(j))
        .find(|&j| tk.has(j, class::ARTICLE | class::DETERMINER))
        .is_some_and(|j| j == 0 || !(tk.word(j - 1) && tk.has(j - 1, class::HEADLESS)))
}

/// How many words may stand between the article, determiner or possessive that opens a noun
/// naming words and the noun ("Trump's signature slogan", "the subject line").
const MAX_TERM_NOUN_MODIFIERS: usize = 2;

/// Where the phrase of a noun of list kind `termnoun` opens when quote `p` holds the words it
/// names, right after it or its comma ("used the term “pivot”", "coined a new phrase, “…”"):
/// words someone used, mentioned as such, not the outlet's scare quote. The noun heads a phrase
/// that an article, a determiner or a possessive opens a few plain words before it, so it is no
/// verb ("to term"); and the phrase is no subject of an auxiliary right after the closing mark
/// ("The word “fidelity” is …", "the term “native born” will …"), the outlet's talk about a word.
pub(super) fn names_words(tk: &Toks, p: &Pair) -> Option<usize> {
    let mut k = p.open.checked_sub(1)?;
    if tk.punct(k, ',') {
        k = k.checked_sub(1)?;
    }
    if !tk.word(k) || tk.cap(k) || tk.in_quote(k) || !is_listed(Listed::TermNoun, tk.s(k)) {
        return None;
    }
    if p.close.is_some_and(|c| tk.word(c + 1) && tk.has(c + 1, class::AUX)) {
        return None;
    }
    (1..=MAX_TERM_NOUN_MODIFIERS + 1)
        .map_while(|back| k.checked_sub(back))
        .take_while(|&j| tk.word(j) && !tk.in_quote(j))
        .find(|&j| tk.has(j, class::ARTICLE | class::DETERMINER) || tk.possessive_s(j) || tk.s(j).ends_with('\u{2019}'))
}
