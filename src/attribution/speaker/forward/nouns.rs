//! The lower-case noun phrases [`super::after`] reads past before a speaker's name or as the
//! speaker: plain words that lead to a name ("presidential nominee Donald Trump"), a kind of
//! person's noun with its modifiers ("registered voters", "Democratic and independent
//! analysts"), capitalised modifiers of lower-case nouns ("Federal investigators said"), and a
//! possessive's head noun ("Sanders’ campaign manager"). Apart from the forward walk, as word
//! tests of one phrase's shape that the walk asks at a few places each.

use super::super::super::view::Toks;
use super::super::super::words::{class, is_listed, Listed};
use super::super::{head, namey, MAX_MODIFIERS};

/// The classes of a word that is no plain noun or modifier in a subject: function words,
/// pronouns, auxiliaries, adverbs, phrase openers, connectors, determiners, time words.
pub(super) const NOT_PLAIN: u32 = class::FUNCTION
    | class::PRONOUN
    | class::AUX
    | class::ADVERB
    | class::PHRASE_START
    | class::CONNECTOR
    | class::DETERMINER
    | class::TIME;

/// Whether a lower-case plain word at `k` is followed, through a few more of them ending in a
/// role, by a name ("presidential nominee Donald Trump"); the phrase so far starts at `start`.
pub(super) fn name_ahead(tk: &Toks, start: usize, k: usize, upper: usize) -> bool {
    if !plain_lower(tk, k) {
        return false;
    }
    // The last plain word names a role ("nominee", "manager"); none reads as a past-tense
    // verb ("Cruz exhorted Republicans"), which would make the name its object.
    let m = (k + 1..(k + 1 + MAX_MODIFIERS).min(upper)).find(|&m| !plain_lower(tk, m));
    // After a word naming a kind of person any few such words lead to the name ("Republican
    // party boss Reince Priebus"), none a verb or preposition ("a Democrat says Ruiz …", "the
    // Democrat leadership's ties with Eastvale").
    let modifier =
        |w: usize| not_verb(tk, w) && !tk.has(w, class::TAILPREP | class::AGENT) && !is_listed(Listed::Home, tk.s(w));
    let after_kind = |m: usize| (start..k).any(|w| tk.member(w)) && (k..m).all(modifier);
    m.is_some_and(|m| {
        namey(tk, m) && (tk.has(m - 1, class::SOURCE_NOUN) || after_kind(m)) && !(k..m).any(|w| tk.past_shaped(w))
    })
}

/// Whether the plain word at `k` cannot be a verb: no cue, no listed finite verb, no past
/// tense's or participle's ending ("Democratic groups outpacing Republicans").
pub(super) fn not_verb(tk: &Toks, k: usize) -> bool {
    !tk.past_shaped(k) && !tk.lower_participle(k) && tk.cue_at(k).is_none() && !is_listed(Listed::Finite, tk.s(k))
}

/// The classes of a person's noun that ends a phrase naming a kind of person ("nominee",
/// "voters", "officials").
pub(super) const PERSON_NOUN: u32 = class::ROLE | class::ANONYMOUS | class::TITLE;

/// Whether the word at `m` is a plain lower-case word outside quotes: none of the classes
/// [`NOT_PLAIN`] lists.
pub(super) fn plain_lower(tk: &Toks, m: usize) -> bool {
    tk.word(m) && !tk.cap(m) && !tk.has(m, NOT_PLAIN) && !tk.in_quote(m)
}

/// Whether the word at `m` is a plain lower-case modifier (or noun) of a person's noun: a
/// plain word that cannot be a verb.
pub(super) fn plain_modifier(tk: &Toks, m: usize) -> bool {
    plain_lower(tk, m) && not_verb(tk, m)
}

/// Whether the word at `m` is a lower-case coordinator that joins two modifiers of a noun: a
/// plain modifier or another kind's word follows it ("Democratic and independent analysts",
/// "Democratic and Republican leaders").
pub(super) fn joins_modifiers(tk: &Toks, m: usize) -> bool {
    tk.word(m) && !tk.cap(m) && tk.has(m, class::COORDINATOR) && (plain_modifier(tk, m + 1) || tk.member(m + 1))
}

/// Where the plain lower-case words from `k` (after a word naming a kind of person) end at a
/// person's noun ("presidential nominee", "registered voters"), none a verb: the end, past the
/// noun. A past tense's shape right before the noun is its modifier ("registered voters",
/// "elected officials"), not the clause's verb; a coordinator may join two modifiers
/// ("Democratic and independent analysts").
pub(super) fn kind_noun_end(tk: &Toks, k: usize, upper: usize) -> Option<usize> {
    let limit = (k + MAX_MODIFIERS).min(upper);
    // A kind's word after a coordinator is one of the modifiers it joins ("Democratic and
    // Republican leaders").
    let end = (k..limit)
        .take_while(|&m| {
            plain_modifier(tk, m) || joins_modifiers(tk, m) || m > k && tk.member(m) && joins_modifiers(tk, m - 1)
        })
        .last()
        .map_or(k, |m| m + 1);
    // The last person's noun among them ends the phrase ("Democratic party officials"); else
    // one that a past tense's shape before it modifies.
    let noun = (k..end).rev().find(|&m| tk.has(m, PERSON_NOUN));
    noun.or_else(|| person_after_past_modifier(tk, end, limit)).map(|m| m + 1)
}

/// The person's noun right after a past tense's shape (no cue) at `m`, before `limit`: the
/// shape modifies the noun ("registered voters", "elected officials"), not a verb.
pub(super) fn person_after_past_modifier(tk: &Toks, m: usize, limit: usize) -> Option<usize> {
    let modifies = m + 1 < limit
        && plain_lower(tk, m)
        && tk.past_shaped(m)
        && tk.cue_at(m).is_none()
        && plain_modifier(tk, m + 1)
        && tk.has(m + 1, PERSON_NOUN);
    modifies.then_some(m + 1)
}

/// Most lower-case nouns a capitalised modifier leads to ("Obama administration officials").
pub(super) const MAX_MODIFIED: usize = 3;

/// Most capitalised words that modify such nouns ("Gay rights groups", "Mrs. Clinton's
/// confidants"): a longer run is a person's full name, which a verb follows ("South
/// Korean-born Monte Haines holds …").
pub(super) const MAX_MODIFIER: usize = 2;

/// Most auxiliaries and adverbs between those nouns and the verb ("have also said").
pub(super) const MAX_BEFORE_VERB: usize = 2;

/// Where the lower-case nouns from `k` end, when the capitalised words `start..k` only modify
/// them and a verb of saying follows, past a few auxiliaries, adverbs or time words ("Federal
/// investigators have also discovered", "Trump fans insist", "Exit polling showed"): the
/// capitalised words are then no speaker's name but the start of the subject. None when a
/// word there may be a verb or an adverb ("Trump attacked", "Clinton herself said").
pub(super) fn modified_noun_end(tk: &Toks, start: usize, k: usize, upper: usize) -> Option<usize> {
    // Most subjects stop here at a verb ("Trump attacked", "Clinton wants"): the tests by
    // class and shape come first, the word's letters and lists only once a cue follows.
    if k > start + MAX_MODIFIER {
        return None;
    }
    let noun_shaped = |m: usize| {
        tk.word(m)
            && !tk.cap(m)
            && !tk.in_quote(m)
            && !tk.has(m, NOT_PLAIN | class::TAILPREP | class::AGENT)
            && !tk.bytes(m).ends_with(b"ly")
            && !tk.past_shaped(m)
            && tk.cue_at(m).is_none()
    };
    let end = (k..(k + MAX_MODIFIED).min(upper)).find(|&m| !noun_shaped(m)).unwrap_or((k + MAX_MODIFIED).min(upper));
    if end == k {
        return None;
    }
    let between = |m: usize| tk.word(m) && !tk.cap(m) && tk.has(m, class::AUX | class::ADVERB | class::TIME);
    let verb = (end..end + MAX_BEFORE_VERB + 1).find(|&m| !between(m))?;
    // A participle cue right after a verb ("Trump avoids condemning") is that verb's object.
    let finite_cue = tk.cue_at(verb).is_some_and(|c| c.start == verb) && !tk.bytes(verb).ends_with(b"ing");
    // A singular noun takes no plain verb right after it: "Democrats rebut claim of …", "Haines
    // holds little hope": the words are a verb and its object, not nouns. (A past tense in "-d"
    // or a verb in "-s" agrees: "Exit polling showed", "House panel says".)
    let plain_verb = || {
        end == verb
            && !tk.bytes(end - 1).ends_with(b"s")
            && !tk.bytes(verb).ends_with(b"s")
            && !tk.bytes(verb).ends_with(b"d")
    };
    if !finite_cue || plain_verb() {
        return None;
    }
    // A contraction, a number, a finite verb or a word listed as standing before a verb is
    // no noun ("Ruiz can't say", "Ruiz himself said"); a contraction is no modifier ("I'm").
    let noun = |m: usize| {
        !contracted(tk, m)
            && !tk.bytes(m).first().is_some_and(u8::is_ascii_digit)
            && !is_listed(Listed::Finite, tk.s(m))
            && !is_listed(Listed::BeforeVerb, tk.s(m))
    };
    let modifier = |m: usize| tk.word(m) && tk.cap(m) && (!contracted(tk, m) || tk.possessive_s(m));
    ((k..end).all(noun) && (start..k).all(modifier)).then_some(end)
}

/// Whether the word at `k` holds an apostrophe ("isn’t", "I’m", "Ruiz’s"): a straight one, or
/// a byte that may start a typographic one (no word of a name holds another such character).
pub(super) fn contracted(tk: &Toks, k: usize) -> bool {
    tk.bytes(k).iter().any(|&b| b == b'\'' || b == 0xE2)
}

/// Whether a speaker's head noun stands at `k`, after at most a few lower-case modifiers
/// ("campaign manager"), for a possessive to lead to ("Sanders’ only path" leads to none).
pub(super) fn possessed_head(tk: &Toks, k: usize, upper: usize) -> bool {
    head(tk, k) || possessed_noun(tk, k, upper).is_some()
}

/// The lower-case noun of a person or source at `k` or after at most a few lower-case
/// modifiers from `k` ("eldest daughter", "campaign manager"), for a possessive to lead to.
pub(super) fn possessed_noun(tk: &Toks, k: usize, upper: usize) -> Option<usize> {
    (k..(k + MAX_MODIFIERS).min(upper))
        .take_while(|&m| tk.word(m) && !tk.cap(m) && !tk.has(m, class::FUNCTION))
        .find(|&m| tk.has(m, class::SOURCE_NOUN))
}
