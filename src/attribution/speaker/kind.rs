//! Words naming a kind of person (list kind `member`: "Republican", "Democrat"): a name run made
//! only of them names no person, and the speaker is the phrase around them ("One Republican
//! said"), unnamed when indefinite.

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed};
use super::super::SpeakerRef;

/// Whether the name run `a..b` is only words naming a kind of person (list kind `member`: "One
/// Republican said", "the Democrat said"): no person's name, so the phrase speaks unnamed.
#[inline]
pub(super) fn names_a_kind(tk: &Toks, a: usize, b: usize) -> bool {
    // A one-word run, nearly every kind run, is asked of its word alone.
    let member = |k: usize| !tk.word(k) || tk.member(k);
    member(a) && (a + 1..b).all(member)
}

/// The speaker a phrase whose name is words naming a kind of person (`a..b`) gives: the
/// phrase around them ([`kind_phrase`]), unnamed when indefinite ("One Republican said").
pub(crate) fn kind_speaker(tk: &Toks, np: &super::Np, a: usize, b: usize) -> SpeakerRef {
    let (k0, k1) = kind_phrase(tk, np, a, b);
    let name = tk.slice(k0, k1).trim_matches([',', ' ']).to_string();
    SpeakerRef { name, description: None, span: tk.span(k0, k1), anonymous: tk.has(k0, class::INDEFINITE) }
}

/// Whether the name run at `a` is the place after a kind of person's word and a preposition
/// of list kind `home` ("Republican of Arizona", "Democrat from Eastvale"): where they come
/// from, not who speaks.
pub(super) fn home_of_kind(tk: &Toks, s: usize, a: usize) -> bool {
    a >= s + 2
        && tk.word(a - 1)
        && is_listed(Listed::Home, tk.s(a - 1))
        && tk.word(a - 2)
        && names_a_kind(tk, a - 2, a - 1)
}

/// The words that show the kind-of-person name `a..b` of `np` ([`names_a_kind`]) as a
/// speaker: from the determiners and modifiers right before it ("One", "The former") to the
/// phrase's end or first punctuation ("one Republican involved in the planning", "two
/// Democratic speechwriters"); not a preposition or a capitalised word before it.
fn kind_phrase(tk: &Toks, np: &super::Np, a: usize, b: usize) -> (usize, usize) {
    let mut k0 = a;
    while k0 > np.start
        && tk.word(k0 - 1)
        && (tk.has(k0 - 1, class::DETERMINER) || !tk.cap(k0 - 1))
        && !tk.has(k0 - 1, class::FUNCTION | class::TAILPREP | class::CONNECTOR | class::PRONOUN)
    {
        k0 -= 1;
    }
    let k1 = (b..np.end).find(|&k| !tk.word(k)).unwrap_or(np.end);
    (k0, k1)
}
