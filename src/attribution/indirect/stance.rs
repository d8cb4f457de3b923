//! A noun of saying or believing followed by a complement "that": "seized on a New York Times
//! report that Trump lost …", "his insistence that progressive energy will …", "fears that
//! businesses will react …". The "that" clause is reported speech; a possessive before the
//! noun ("Trump's claim", "his suggestion") is its source. Only in a sentence where no cue
//! found anything (a cue's clause would hold the noun already).

use crate::attribution::speaker::Np;
use crate::attribution::tokens::first_with_class;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, CueKind};
use crate::attribution::Token;

/// How many words (adjectives: "repeated", "apparent") may stand between a possessive and
/// the noun.
const MAX_TO_POSSESSIVE: usize = 3;

/// How far into the clause quote marks are looked for.
const MAX_QUOTE_SCAN: usize = 200;

/// A reported clause opened by a noun's "that", with the noun as its cue.
pub(super) struct StanceFrame {
    pub content: (usize, usize),
    pub np: Option<Np>,
    pub cue: Cue,
}

/// Whether the "that" at `k` starts a clause of its own rather than a relative one ("claims
/// that might …", "reports that track …", `Toks::opens_clause`), with a subject the noun's
/// clause needs: a name, a pronoun, a determiner, a number.
fn opens_clause(tk: &Toks, k: usize) -> bool {
    let s = k + 1;
    tk.opens_clause(k)
        && tk.word(s)
        && !tk.in_quote(s)
        && (tk.cap(s) || tk.has(s, class::PRONOUN | class::DETERMINER) || tk.numeric(s))
}

/// Whether token `k` is a possessive: "his", "their", "Trump's"; not a determiner that owns
/// its noun for no person ("the claim", "its prediction"), which the people resolver would
/// hand to the last person named.
fn possessive(tk: &Toks, k: usize) -> bool {
    tk.word(k)
        && (tk.possessive_s(k)
            || (tk.has(k, class::DETERMINER)
                && tk.has(k, class::ARTICLE)
                && !tk.has(k, class::INDEFINITE | class::IMPERSONAL)))
}

/// The source of the noun at `k`: the possessive a few words before it, if any.
pub(crate) fn holder(tk: &Toks, k: usize, a: usize) -> Option<Np> {
    let p = (k.saturating_sub(MAX_TO_POSSESSIVE).max(a)..k)
        .rev()
        .take_while(|&p| tk.word(p) && !tk.in_quote(p))
        .find(|&p| possessive(tk, p))?;
    if tk.has(p, class::DETERMINER) {
        return Some(Np { start: p, end: p + 1, pronoun: true, ..Np::default() });
    }
    // "Republicans laughed at Ana Ruiz's claim": the name is the run of capitalised words
    // ending at the possessive, not the phrase back to the sentence start.
    if !tk.cap(p) {
        return None;
    }
    let mut start = p;
    // "Despite Mr. Trump's claims": a capitalised sentence opener is no part of the name.
    while start > a && tk.cap(start - 1) && !tk.in_quote(start - 1) && !tk.has(start - 1, class::FUNCTION) {
        start -= 1;
    }
    Some(Np { start, end: p + 1, name: Some((start, p + 1)), ..Np::default() })
}

/// Whether token `k` reads as a finite verb: an auxiliary or a lower-case past tense.
fn finite_verb(tk: &Toks, k: usize) -> bool {
    tk.unquoted_lower_word(k) && (tk.has(k, class::AUX) || tk.past_shaped(k))
}

/// "Her argument that the plan failed convinced many": when the noun at `k` is the
/// sentence's subject (only a possessive, a determiner or modifiers before it), the clause
/// ends where the sentence's own verb follows the clause's verb group: the next finite verb,
/// not joined to the clause by a coordinator or a relative.
fn main_verb_after(tk: &Toks, a: usize, k: usize, end: usize) -> Option<usize> {
    let subject_noun = k - a <= MAX_TO_POSSESSIVE + 1
        && (a..k).all(|m| {
            tk.word(m) && !tk.in_quote(m) && !finite_verb(tk, m) && (possessive(tk, m) || !tk.has(m, class::FUNCTION))
        });
    if !subject_noun {
        return None;
    }
    let first = (k + 2..end).find(|&m| finite_verb(tk, m))?;
    // The clause's verb group: auxiliaries and the verb they lead to ("has been dismissed").
    let mut m = first;
    while m < end && tk.word(m) && tk.has(m, class::AUX) {
        m += 1;
    }
    if m == first || (m < end && finite_verb(tk, m)) {
        m += 1;
    }
    (m..end).find(|&v| {
        finite_verb(tk, v)
            && tk.word(v - 1)
            && !tk.has(v - 1, class::COORDINATOR | class::RELATIVE | class::COMPLEMENTIZER | class::CONNECTOR)
    })
}

/// The first of `words` with the stance class, four words a step ([`first_with_class`]). Out
/// of line, so that its loop keeps only its pointer: inlined into the search below, whose test
/// reads the tokens around the word, the loop kept a dozen counters in step (~18 instructions
/// a word, 0.8 M a pass over PolNeAR dev).
#[inline(never)]
fn next_stance(words: &[Token]) -> Option<usize> {
    first_with_class(words, class::STANCE)
}

/// Whether the stance noun at `k` takes a complement "that" ("his claim that …").
fn stance_that(tk: &Toks, k: usize) -> bool {
    tk.unquoted_lower_word(k) && tk.word(k + 1) && tk.s(k + 1).eq_ignore_ascii_case("that") && opens_clause(tk, k + 1)
}

/// The first stance frame of the sentence `a..end` (its words' end), if any.
pub(super) fn find(tk: &Toks, a: usize, end: usize, min_clause: impl Fn(usize, usize) -> bool) -> Option<StanceFrame> {
    // The class first: it rules out nearly every word, read off the tokens themselves (no
    // look-up by index for each word of every sentence without a frame).
    let last = end.saturating_sub(2).min(tk.len());
    let words = tk.t.get(a.min(last)..last).unwrap_or_default();
    let mut from = 0;
    let k = loop {
        let i = from + next_stance(words.get(from..)?)?;
        let k = a + i;
        if stance_that(tk, k) {
            break k;
        }
        from = i + 1;
    };
    let content = (k + 1, main_verb_after(tk, a, k, end).unwrap_or(end));
    // Quoted words in the clause are someone's, whom the quote rules find (with a speaker
    // this rule may lack).
    if !min_clause(content.0, content.1) || (content.0..content.1.min(content.0 + MAX_QUOTE_SCAN)).any(|m| tk.mark(m)) {
        return None;
    }
    let cue = Cue { start: k, verb: k, end: k + 1, kind: CueKind::That, opens: false };
    Some(StanceFrame { content, np: holder(tk, k, a), cue })
}

#[cfg(test)]
mod tests {
    use super::next_stance;
    use crate::attribution::tokens;

    /// The search finds the first stance noun of the words it is given, and none past them.
    #[test]
    fn the_next_stance_word_is_the_first_with_the_class() {
        let text = "Ana Ruiz rejected his claim that the plan failed and the belief that it works.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let word = |i: usize| toks.get(i).and_then(|t| text.get(t.span())).unwrap_or("");
        let first = next_stance(&toks);
        assert_eq!(first.map(word), Some("claim"));
        let after = first.map_or(toks.len(), |i| i + 1);
        let second = next_stance(toks.get(after..).unwrap_or_default()).map(|i| after + i);
        assert_eq!(second.map(word), Some("belief"));
        assert_eq!(next_stance(toks.get(..2).unwrap_or_default()), None);
    }
}
