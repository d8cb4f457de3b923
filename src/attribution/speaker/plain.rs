//! Description-only speaker phrases: short plain phrases with no name ("the ad's narrator",
//! "said the ruling."), before or after a comma for an appositive, and one run back over plain
//! words to its article ("a narrator in the ad asks"). Apart from the name walks, as bounded
//! reads of plain words that end in [`super::finish()`] like theirs.

use super::super::view::Toks;
use super::super::words::class;
use super::{after, contraction, finish, namey, Np};

/// A short plain phrase after an inverted cue that closes the sentence: "said the ruling."
pub(crate) fn plain_after(tk: &Toks, start: usize, upper: usize) -> Option<Np> {
    if !tk.has(start, class::DETERMINER) {
        return None;
    }
    let end = (start..(start + 5).min(upper))
        .take_while(|&k| tk.word(k) && !tk.has(k, class::FUNCTION | class::PHRASE_START))
        .last()?
        + 1;
    let closes = end >= upper || tk.stop(end) || tk.punct(end, ',');
    (closes && end > start + 1).then(|| Np { start, end, anonymous: tk.has(start, class::INDEFINITE), ..Np::default() })
}

/// The first name or pronoun of the sentence from `a` (before `limit`, a few tokens in):
/// the speaker of a participle cue ("Trump attacked Clinton …, saying, “…”").
pub(crate) fn first_named(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    let k = (a..limit.min(a + 30))
        .find(|&k| !tk.in_quote(k) && (namey(tk, k) || (tk.word(k) && tk.has(k, class::PRONOUN))))?;
    // A description that runs up to the cue is its subject too ("The snarky Eastvale
    // water-carrying headline reads: “…”").
    after(tk, k, limit).filter(|np| np.name.is_some() || np.pronoun || np.end == limit)
}

/// A short description-only phrase filling `a..b` exactly ("the ad's narrator").
pub(crate) fn plain(tk: &Toks, a: usize, b: usize) -> Option<Np> {
    if b <= a
        || b - a > 5
        || !(a..b).all(|k| tk.word(k) && !tk.has(k, class::FUNCTION | class::AUX | class::PHRASE_START))
    {
        return None;
    }
    // "Let's hope …", "What's more": a contraction's "'s" owns nothing.
    let possessive = tk.possessive_s(a) && !contraction(tk, a);
    if !(tk.has(a, class::DETERMINER) || possessive) {
        return None;
    }
    Some(Np { start: a, end: b, anonymous: tk.has(a, class::INDEFINITE), ..Np::default() })
}

/// Most plain words a description may run back over to its article ("a narrator in the
/// ad", "the Florida senator and Republican presidential candidate").
pub(super) const MAX_LEAD: usize = 6;

/// A description that starts with an article at `start` and runs, over plain words only, to
/// `np`, the phrase found back from a cue at `np.end` ("“…,” a narrator in the ad asks":
/// "the ad" alone is no speaker): the whole of it, split again into name and description.
pub(crate) fn led_by_article(tk: &Toks, start: usize, np: &Np) -> Option<Np> {
    let plain =
        |k: usize| tk.word(k) && !tk.in_quote(k) && !tk.has(k, class::AUX | class::PRONOUN) && tk.cue_at(k).is_none();
    let ok = tk.has(start, class::DETERMINER)
        && !np.pronoun
        && np.start > start + 1
        && np.start - start <= MAX_LEAD
        && (start..np.start).all(plain);
    ok.then(|| {
        let mut whole = Np { start, end: np.end, ..Np::default() };
        finish(tk, &mut whole, np.end);
        // A name closing the phrase after a role is the speaker ("his nephew Michery el
        // Soheil"); any other capitalised word is an affiliation or a modifier ("the Florida
        // senator and Republican presidential candidate", "a spokesman for committee
        // Democrats"): the phrase is an unnamed description.
        let titled = whole.name.is_some_and(|(a, b)| b == np.end && a > start && tk.has(a - 1, class::SOURCE_NOUN));
        if !titled {
            whole.name = None;
            whole.desc.clear();
            whole.anonymous = tk.has(start, class::INDEFINITE);
        }
        whole
    })
}

/// A short description-only phrase from `start` to the next comma ("the engineer,"), for an
/// appositive next to a name.
pub(super) fn plain_upto_comma(tk: &Toks, start: usize, upper: usize) -> Option<Np> {
    let c = (start + 1..(start + 7).min(upper)).find(|&c| !tk.word(c))?;
    if !tk.punct(c, ',') {
        return None;
    }
    plain(tk, start, c)
}

/// A short description-only phrase ending at `e` and opened by a comma ("…, the engineer,
/// said"), for an appositive after a name.
pub(super) fn plain_after_comma(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let c = (e.saturating_sub(6).max(lower)..e).rev().find(|&c| !tk.word(c))?;
    if !tk.punct(c, ',') {
        return None;
    }
    plain(tk, c + 1, e)
}

/// A short description-only phrase ending at `e` that starts its clause ("Scott's family").
pub(super) fn plain_back(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let floor = e.saturating_sub(5).max(lower);
    let mut s = e;
    while s > floor && tk.word(s - 1) && !tk.in_quote(s - 1) {
        s -= 1;
        let boundary = s == lower || !tk.word(s - 1) || tk.has(s - 1, class::FUNCTION);
        if boundary {
            return plain(tk, s, e);
        }
    }
    None
}
