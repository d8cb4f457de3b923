//! Speaker phrases read forward from where they start: after "according to" or an inverted
//! cue ("said Sean Spicer, chief strategist for the RNC"), with the look-ahead helpers only
//! that reading needs.

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed};
use super::{
    combine, finish, head, joins_body_name, namey, nickname_close, particle_before_name, placed_name, plain_upto_comma,
    plural_possessive, Np, MAX_MODIFIERS, MAX_NP, MAX_POST,
};

/// The speaker phrase that starts at `start` (after "according to", or an inverted cue:
/// "said Sean Spicer, chief strategist for the Republican National Committee").
pub(crate) fn after(tk: &Toks, start: usize, upper: usize) -> Option<Np> {
    let upper = upper.min(tk.len());
    if start >= upper {
        return None;
    }
    if tk.word(start) && tk.has(start, class::PRONOUN) {
        return Some(Np { start, end: start + 1, pronoun: true, ..Np::default() });
    }
    // "“…” by the United States, NATO and others, Clinton said": the doer named by a
    // passive's "by" right after the quoted words acted; it is not their speaker. ("opposed by
    // House Republicans" after a participle cue names whose stance it is, and stays.)
    if start > 0 && tk.mark(start - 1) && tk.word(start) && !tk.cap(start) && tk.has(start, class::AGENT) {
        return None;
    }
    let mut k = start;
    let mut has_head = false;
    // Where the lower-case nouns a capitalised modifier leads to end, when it leads to some.
    let mut modified = None;
    let mut steps = 0;
    // "said 9/11 widow Terry Strada", "said longtime friend Ana Ruiz": a few plain words
    // before a name. Only after a plain first word: the search is skipped when its result
    // would not be used. A number written with a slash ("9/11", "24/7") is three tokens but one
    // plain word.
    let plain_start = !tk.cap(start) && !tk.has(start, class::DETERMINER);
    let name_at = if plain_start { name_after_plain_words(tk, start, upper) } else { None };
    if let Some(m) = name_at {
        if m > start && plain_start {
            k = m;
        }
    }
    while k < upper && steps < MAX_NP {
        steps += 1;
        if tk.in_quote(k) {
            break;
        }
        if tk.word(k) {
            if has_head && joins_body_name(tk, k, start, upper) {
                k += 1;
                continue;
            }
            if tk.has(k, class::FUNCTION | class::PRONOUN)
                || (tk.has(k, class::AUX | class::ADVERB | class::PHRASE_START) && !tk.cap(k))
            {
                // "according to Democratic and independent analysts": a coordinator after a
                // word naming a kind of person may join it to a plain modifier of the noun.
                if has_head && k > start && tk.member(k - 1) && tk.has(k, class::COORDINATOR) {
                    k = kind_noun_end(tk, k, upper).unwrap_or(k);
                }
                break;
            }
            if tk.has(k, class::DETERMINER) {
                // "a former senior law enforcement official": a determiner other than an
                // article among the modifiers before the first head ("a count by the Daily Star" is not one).
                let among_modifiers = !has_head && tk.has(start, class::INDEFINITE) && !tk.has(k, class::ARTICLE);
                if k == start || among_modifiers || tk.has(k - 1, class::CONNECTOR) {
                    k += 1;
                    continue;
                }
                break;
            }
            if tk.has(k, class::CONNECTOR) && !tk.cap(k) {
                if has_head && (head(tk, k + 1) || tk.has(k + 1, class::DETERMINER)) {
                    k += 1;
                    continue;
                }
                break;
            }
            if head(tk, k) {
                has_head = true;
                k += 1;
                continue;
            }
            if particle_before_name(tk, k) {
                k += 1;
                continue;
            }
            // Lower-case modifiers before a head close by ("a local civil defense activist").
            let ahead = (k + 1..(k + 1 + MAX_MODIFIERS).min(upper))
                .take_while(|&m| tk.word(m))
                .find(|&m| tk.has(m, class::SOURCE_NOUN | class::OUTLET_HEAD | class::BODY));
            if !has_head && ahead.is_some() {
                k += 1;
                continue;
            }
            // "Donald Trump’s eldest daughter", "Gilani’s first cousin": a name's possessive
            // leads over lower-case modifiers to the person it describes, who speaks.
            // A past tense or a cue among them makes a clause ("Gowdy’s office slammed a
            // lawsuit", "Clinton’s aide rallied supporters"), not a phrase.
            let verb = |m: usize| tk.past_shaped(m) || tk.cue_at(m).is_some();
            if has_head && k > start && tk.possessive_s(k - 1) {
                if let Some(h) = possessed_noun(tk, k, upper).filter(|&h| !(k..h).any(verb)) {
                    k = h;
                    continue;
                }
            }
            // "Republican presidential front-runner Donald Trump": lower-case words between a
            // capitalised modifier and the name they lead to.
            if has_head && name_ahead(tk, start, k, upper) {
                k += 1;
                continue;
            }
            // "The Democratic presidential nominee has …": after a word naming a kind of
            // person, the lower-case words up to the person's noun belong to the phrase,
            // which describes someone unnamed (not "The Democratic") and ends there, unless a
            // title or name goes on ("Democratic presidential candidate Sen. Ana Ruiz").
            if has_head && tk.member(k - 1) {
                k = kind_noun_end(tk, k, upper).unwrap_or(k);
                if k < upper && tk.word(k) && tk.cap(k) {
                    continue;
                }
                break;
            }
            // "Federal investigators have said", "Trump fans insist": lower-case nouns after
            // capitalised words, right before the verb of saying, head the phrase.
            if has_head {
                modified = modified_noun_end(tk, start, k, upper);
                k = modified.unwrap_or(k);
            }
            break;
        } else if plural_possessive(tk, k) && k > start && possessed_head(tk, k + 1, upper) {
            k += 1;
        } else if tk.punct(k, '(') && has_head {
            let Some(close) = (k + 1..(k + 9).min(upper)).find(|&c| tk.punct(c, ')')) else { break };
            k = close + 1;
        } else if let Some(close) = has_head.then(|| nickname_close(tk, k)).flatten().filter(|&c| c + 1 < upper) {
            // "said Marcia "Cia" Price": the name goes on past its nickname to the surname.
            k = close + 1;
        } else {
            break;
        }
    }
    while k > start
        && tk.word(k - 1)
        && tk.has(k - 1, class::CONNECTOR | class::DETERMINER | class::PARTICLE)
        && !tk.cap(k - 1)
    {
        k -= 1;
    }
    if !has_head || k <= start {
        // "said the engineer, Kwame Mensah": a plain description, then the name.
        let desc = plain_upto_comma(tk, start, upper)?;
        let named = after(tk, desc.end + 1, upper).filter(|np| np.name.is_some() && !np.pronoun)?;
        return combine(desc, named);
    }
    let mut np = Np { start, end: k, ..Np::default() };
    let core = (start..k)
        .find(|&m| m > start && tk.has(m, class::CONNECTOR) && !tk.cap(m) && !joins_body_name(tk, m, start, k))
        .unwrap_or(k);
    // With no connector in the phrase (`core == k`) both readings split it at `k`: the title
    // before it is not looked for (most phrases).
    finish(tk, &mut np, if core < k && np_has_title_before(tk, start, core) { core } else { k });
    if modified.is_some() {
        // The capitalised words modify the nouns after them: the phrase is a description,
        // unnamed when its head is plural and no article leads it ("Federal investigators").
        np.name = None;
        np.desc.clear();
        np.anonymous = !tk.has(start, class::DETERMINER) && tk.bytes(k - 1).ends_with(b"s");
        return Some(np);
    }
    // "Sean Spicer, chief strategist for the RNC." — an appositive running to the sentence end.
    if np.name.is_some() && k < upper && tk.punct(k, ',') {
        let read = after(tk, k + 1, upper).or_else(|| plain_upto_comma(tk, k + 1, upper)).filter(|app| {
            let closes = app.end >= upper || tk.stop(app.end) || tk.punct(app.end, ',');
            // "a senior analyst at Eastvale Bank": an indefinite description, whatever names it holds.
            let described = app.name.is_none() || tk.has(app.start, class::INDEFINITE);
            described && !app.pronoun && closes
        });
        // "said Rep. Ana Ruiz (D-Ore.), head of the Eastvale Caucus.": after an inverted cue, a
        // role the speaker reading stops inside of, or reads a name in, is still her description.
        let inverted = || start > 0 && tk.cue_at(start - 1).is_some();
        let role = || inverted().then(|| appositive_end(tk, k + 1, upper)).flatten().map(|e| (k + 1, e));
        if let Some((a, e)) = read.map(|app| (app.start, app.end)).or_else(role) {
            np.desc.push((a, e));
            np.end = e;
        }
    }
    // "said Sanders’ campaign manager, Jeff Weaver." — a description, then the name that closes
    // the phrase. "The director of the FBI, James B. Comey, said": a name after the
    // description's preposition places it; the name of two words or more after the comma is
    // the speaker's.
    let placed = np.name.is_some_and(|(a, _)| placed_name(tk, start, a));
    if (np.name.is_none() || placed || np.kind) && !np.pronoun && k < upper && tk.punct(k, ',') {
        let person = |n: &Np| !placed || n.opens_with_full_name();
        let named = after(tk, k + 1, upper).filter(|n| {
            n.name.is_some() && !n.pronoun && (n.end >= upper || tk.stop(n.end) || tk.punct(n.end, ',')) && person(n)
        });
        if let Some(np) = named.and_then(|n| combine(Np { name: None, ..np.clone() }, n)) {
            return Some(np);
        }
    }
    Some(np)
}

/// The most tokens of an appositive [`appositive_end`] reads.
const MAX_APPOSITIVE: usize = 16;

/// The end of a description opening at `a`, after the comma that follows a name: a
/// determiner, a role noun or a noun before its preposition opens it ("the assistant leader
/// of …", "chairman of …", "head of …"), and it runs to the sentence's end. A verb, a
/// pronoun, quoted words, a relative clause or a comma make it none ("…, and he left",
/// "…, who leads …", "…, “and a sad one.”", "…, head of …, as the vote closed").
fn appositive_end(tk: &Toks, a: usize, upper: usize) -> Option<usize> {
    let lower = |m: usize| m < upper && tk.word(m) && !tk.cap(m) && !tk.in_quote(m);
    // "head of …": a noun, no verb or adverb ("speaking to …", "apart from …"), before "of".
    let noun_of = || lower(a + 1) && tk.bytes(a + 1) == b"of" && not_verb(tk, a) && !tk.has(a, class::ADVERB);
    let opens = lower(a)
        && (tk.has(a, class::DETERMINER | class::SOURCE_NOUN) || noun_of())
        && !tk.has(a, class::PRONOUN | class::RELATIVE | class::COORDINATOR);
    if !opens {
        return None;
    }
    let last = upper.min(a + MAX_APPOSITIVE);
    let end = (a..last).find(|&m| tk.stop(m) || tk.punct(m, ',') || !tk.word(m) && tk.in_quote(m)).unwrap_or(last);
    let clause = |m: usize| {
        tk.in_quote(m)
            || tk.mark(m)
            || tk.word(m)
                && !tk.cap(m)
                && (tk.has(m, class::AUX | class::PRONOUN | class::RELATIVE | class::COMPLEMENTIZER)
                    && !tk.has(m, class::DETERMINER)
                    || tk.cue_at(m).is_some()
                    || is_listed(Listed::Finite, tk.s(m))
                    || m > a && tk.has(m - 1, class::COORDINATOR) && verb_after_coordinator(tk, m))
    };
    // Only the sentence's end closes it, not the reading's bound: a subject read up to its cue
    // ("Ana Ruiz, the top Democrat on the panel, called on …") keeps its reading.
    let closes = end < upper && tk.stop(end) || end == tk.len();
    (closes && end > a && !(a..end).any(clause)).then_some(end)
}

/// Whether the word at `m`, after a coordinator in an appositive, is a verb that opens a
/// predicate ("a historian and runs the website"), not a second noun ("and former director").
fn verb_after_coordinator(tk: &Toks, m: usize) -> bool {
    let w = tk.bytes(m);
    let third_person = w.ends_with(b"s") && !w.ends_with(b"ss") && tk.has(m + 1, class::ARTICLE | class::DETERMINER);
    !not_verb(tk, m) || third_person
}

/// `np`, an unnamed source after an inverted cue, with the post-modifier that closes its
/// sentence at `end` ("“…,” said a senior official familiar with the talks.").
pub(crate) fn with_post_modifier(tk: &Toks, mut np: Np, end: usize) -> Np {
    let k = np.end;
    let unnamed_role = np.anonymous
        && np.name.is_none()
        && tk.has(np.start, class::DETERMINER)
        && tk.has(k.wrapping_sub(1), class::ROLE | class::ANONYMOUS)
        && !tk.cap(k.wrapping_sub(1));
    if !unnamed_role || !tk.word(k) || tk.has(k, class::FUNCTION | class::CONNECTOR | class::TAILPREP) {
        return np;
    }
    let plain = |m: usize| {
        tk.word(m)
            && !tk.in_quote(m)
            && !tk.has(
                m,
                class::AUX
                    | class::PRONOUN
                    | class::RELATIVE
                    | class::COMPLEMENTIZER
                    | class::MEDIUM
                    | class::TIME
                    | class::PHRASE_START,
            )
    };
    let post = (k..(k + MAX_POST).min(end)).take_while(|&m| plain(m)).last().map(|m| m + 1);
    if let Some(e) = post.filter(|&e| e >= end || tk.stop(e)) {
        // The head keeps the reading `after` gave it (unnamed, no description): splitting it
        // again would read past the connector `after` stopped its head at, and take the name
        // there for the speaker's ("a Pentagon adviser to Ana Ruiz at the campaign familiar …").
        np.end = e;
    }
    np
}

/// The name that a few plain words from `start` lead to ("9/11 widow Terry Strada"): the
/// first name word among the plain words (or slashed numbers) from `start`, within four
/// tokens and two more for each slashed number among the first six. The slashed numbers are
/// counted only when the walk gets past four tokens: most phrases name someone, or stop,
/// before.
fn name_after_plain_words(tk: &Toks, start: usize, upper: usize) -> Option<usize> {
    let plain = |m: usize| {
        slashed_number(tk, m) || tk.word(m) && !tk.has(m, class::FUNCTION | class::AUX | class::PHRASE_START)
    };
    let mut end = (start + 4).min(upper);
    let mut m = start;
    loop {
        if m == end && m == start + 4 {
            let slashes = (start..(start + 6).min(upper)).filter(|&k| slashed_number(tk, k)).count();
            end = (start + 4 + 2 * slashes).min(upper);
        }
        if m >= end || !plain(m) {
            return None;
        }
        if namey(tk, m) {
            return Some(m);
        }
        m += 1;
    }
}

/// Whether `k` is the slash inside a number such as "9/11" or "24/7" (digits on both sides,
/// no space between).
fn slashed_number(tk: &Toks, k: usize) -> bool {
    let digits = |m: usize| tk.word(m) && tk.s(m).bytes().all(|b| b.is_ascii_digit());
    k > 0
        && tk.punct(k, '/')
        && digits(k - 1)
        && digits(k + 1)
        && tk.slice(k - 1, k + 2).len() == tk.s(k - 1).len() + 1 + tk.s(k + 1).len()
}

/// The classes of a word that is no plain noun or modifier in a subject: function words,
/// pronouns, auxiliaries, adverbs, phrase openers, connectors, determiners, time words.
const NOT_PLAIN: u32 = class::FUNCTION
    | class::PRONOUN
    | class::AUX
    | class::ADVERB
    | class::PHRASE_START
    | class::CONNECTOR
    | class::DETERMINER
    | class::TIME;

/// Whether a lower-case plain word at `k` is followed, through a few more of them ending in a
/// role, by a name ("presidential nominee Donald Trump"); the phrase so far starts at `start`.
fn name_ahead(tk: &Toks, start: usize, k: usize, upper: usize) -> bool {
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
fn not_verb(tk: &Toks, k: usize) -> bool {
    !tk.past_shaped(k) && !tk.lower_participle(k) && tk.cue_at(k).is_none() && !is_listed(Listed::Finite, tk.s(k))
}

/// The classes of a person's noun that ends a phrase naming a kind of person ("nominee",
/// "voters", "officials").
const PERSON_NOUN: u32 = class::ROLE | class::ANONYMOUS | class::TITLE;

/// Whether the word at `m` is a plain lower-case word outside quotes: none of the classes
/// [`NOT_PLAIN`] lists.
fn plain_lower(tk: &Toks, m: usize) -> bool {
    tk.word(m) && !tk.cap(m) && !tk.has(m, NOT_PLAIN) && !tk.in_quote(m)
}

/// Whether the word at `m` is a plain lower-case modifier (or noun) of a person's noun: a
/// plain word that cannot be a verb.
fn plain_modifier(tk: &Toks, m: usize) -> bool {
    plain_lower(tk, m) && not_verb(tk, m)
}

/// Whether the word at `m` is a lower-case coordinator that joins two modifiers of a noun: a
/// plain modifier or another kind's word follows it ("Democratic and independent analysts",
/// "Democratic and Republican leaders").
fn joins_modifiers(tk: &Toks, m: usize) -> bool {
    tk.word(m) && !tk.cap(m) && tk.has(m, class::COORDINATOR) && (plain_modifier(tk, m + 1) || tk.member(m + 1))
}

/// Where the plain lower-case words from `k` (after a word naming a kind of person) end at a
/// person's noun ("presidential nominee", "registered voters"), none a verb: the end, past the
/// noun. A past tense's shape right before the noun is its modifier ("registered voters",
/// "elected officials"), not the clause's verb; a coordinator may join two modifiers
/// ("Democratic and independent analysts").
fn kind_noun_end(tk: &Toks, k: usize, upper: usize) -> Option<usize> {
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
fn person_after_past_modifier(tk: &Toks, m: usize, limit: usize) -> Option<usize> {
    let modifies = m + 1 < limit
        && plain_lower(tk, m)
        && tk.past_shaped(m)
        && tk.cue_at(m).is_none()
        && plain_modifier(tk, m + 1)
        && tk.has(m + 1, PERSON_NOUN);
    modifies.then_some(m + 1)
}

/// Most lower-case nouns a capitalised modifier leads to ("Obama administration officials").
const MAX_MODIFIED: usize = 3;
/// Most capitalised words that modify such nouns ("Gay rights groups", "Mrs. Clinton's
/// confidants"): a longer run is a person's full name, which a verb follows ("South
/// Korean-born Monte Haines holds …").
const MAX_MODIFIER: usize = 2;
/// Most auxiliaries and adverbs between those nouns and the verb ("have also said").
const MAX_BEFORE_VERB: usize = 2;

/// Where the lower-case nouns from `k` end, when the capitalised words `start..k` only modify
/// them and a verb of saying follows, past a few auxiliaries, adverbs or time words ("Federal
/// investigators have also discovered", "Trump fans insist", "Exit polling showed"): the
/// capitalised words are then no speaker's name but the start of the subject. None when a
/// word there may be a verb or an adverb ("Trump attacked", "Clinton herself said").
fn modified_noun_end(tk: &Toks, start: usize, k: usize, upper: usize) -> Option<usize> {
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
fn contracted(tk: &Toks, k: usize) -> bool {
    tk.bytes(k).iter().any(|&b| b == b'\'' || b == 0xE2)
}

/// Whether a speaker's head noun stands at `k`, after at most a few lower-case modifiers
/// ("campaign manager"), for a possessive to lead to ("Sanders’ only path" leads to none).
fn possessed_head(tk: &Toks, k: usize, upper: usize) -> bool {
    head(tk, k) || possessed_noun(tk, k, upper).is_some()
}

/// The lower-case noun of a person or source at `k` or after at most a few lower-case
/// modifiers from `k` ("eldest daughter", "campaign manager"), for a possessive to lead to.
fn possessed_noun(tk: &Toks, k: usize, upper: usize) -> Option<usize> {
    (k..(k + MAX_MODIFIERS).min(upper))
        .take_while(|&m| tk.word(m) && !tk.cap(m) && !tk.has(m, class::FUNCTION))
        .find(|&m| tk.has(m, class::SOURCE_NOUN))
}

fn np_has_title_before(tk: &Toks, start: usize, core: usize) -> bool {
    (start..core).any(|m| namey(tk, m))
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes_under_head;
    use crate::attribution::SpeakerRef;

    /// The speaker of the first quote of a document of one headline and `paragraph`.
    fn first_speaker(paragraph: &str) -> SpeakerRef {
        quotes_under_head(paragraph).into_iter().next().and_then(|q| q.speaker).expect("a speaker")
    }

    /// The name a few plain words lead to is found within four tokens, and two more for each
    /// slashed number among the first six, as a window sized by the count up front gives it.
    #[test]
    fn a_name_after_plain_words_is_looked_for_in_a_window_widened_by_slashed_numbers() {
        use super::{name_after_plain_words, namey, slashed_number};
        use crate::attribution::words::class;
        use crate::attribution::{tokens, view::Toks};
        for s in [
            "9/11 widow Terry Strada said",
            "longtime friend Ana Ruiz said",
            "9/11 and 24/7 widow Terry Strada said",
            "the longtime family friend Ana Ruiz",
            "one two three four Ana Ruiz",
            "one two three Ana",
            "9/11 first responder group chief Ana Ruiz",
            "24/7 9/11 a b c d e Ana",
            "widow",
            "",
        ] {
            let mut toks = Vec::new();
            tokens::tokenize(s, 0..s.len(), &mut toks);
            let tk = Toks::new(s, &toks, &[]);
            for upper in 0..=tk.len() {
                let slashes = (0..6.min(upper)).filter(|&m| slashed_number(&tk, m)).count();
                let windowed = (0..(4 + 2 * slashes).min(upper))
                    .take_while(|&m| {
                        slashed_number(&tk, m)
                            || tk.word(m) && !tk.has(m, class::FUNCTION | class::AUX | class::PHRASE_START)
                    })
                    .find(|&m| namey(&tk, m));
                assert_eq!(name_after_plain_words(&tk, 0, upper), windowed, "{s}, {upper}");
            }
        }
    }

    /// The post-modifier after an inverted cue's unnamed source joins the phrase, which is
    /// split again as a whole: still unnamed, with no name taken from the post-modifier.
    #[test]
    fn a_post_modifier_after_an_inverted_cue_keeps_the_source_unnamed() {
        let sp = first_speaker("“We will not sign,” said a senior official familiar with the Eastvale talks.");
        assert_eq!(sp.name, "a senior official familiar with the Eastvale talks");
        assert!(sp.anonymous && sp.description.is_none(), "{sp:?}");
    }

    /// A name inside the connector phrase of an unnamed source ("an adviser to Ana Ruiz") is not
    /// the speaker's, with a post-modifier after it too.
    #[test]
    fn a_post_modifier_does_not_name_the_source_from_its_connector_phrase() {
        let sp = first_speaker(
            "“We will not sign,” said a Pentagon adviser to Ana Ruiz at the campaign familiar with the talks.",
        );
        assert_eq!(sp.name, "a Pentagon adviser to Ana Ruiz at the campaign familiar with the talks");
        assert!(sp.anonymous && sp.description.is_none(), "{sp:?}");
    }

    /// Lower-case nouns after one or two capitalised words, right before the verb of saying
    /// (past auxiliaries and adverbs), head the subject: the capitalised words modify them and
    /// name no speaker; a plural head with no article leaves the source unnamed.
    #[test]
    fn a_capitalised_modifier_before_lower_case_nouns_is_no_name() {
        for (paragraph, name, anonymous) in [
            (
                "Federal investigators have also discovered that the program was infiltrated.",
                "Federal investigators",
                true,
            ),
            ("Eastvale fans insist that the vote was rigged.", "Eastvale fans", true),
            ("Exit polling showed that Ruiz won every county.", "Exit polling", false),
        ] {
            let sp = first_speaker(paragraph);
            assert_eq!((sp.name.as_str(), sp.anonymous), (name, anonymous), "{paragraph}");
            assert!(sp.description.is_none(), "{sp:?}");
        }
    }

    /// A verb, a contraction, a listed word before a verb, a full name or a participle cue
    /// after a verb keep the name the speaker's ("Ruiz holds little hope that …").
    #[test]
    fn a_name_before_a_verb_and_its_object_stays_the_speaker() {
        for (paragraph, name) in [
            ("Ruiz himself insists that the plan failed.", "Ruiz"),
            ("Ruiz holds little hope that the plan works.", "Ruiz"),
            ("Democrats rebut claim that the plan failed.", "Democrats"),
            ("Ruiz avoids saying that the plan failed.", "Ruiz"),
            ("Ruiz can't believe that the plan failed.", "Ruiz"),
            ("Ana Maria Ruiz holds little hope that the plan works.", "Ana Maria Ruiz"),
        ] {
            assert_eq!(first_speaker(paragraph).name, name, "{paragraph}");
        }
    }

    /// A description read up to a cue that introduces quoted words, past an opening phrase no
    /// walk reads, is the quote's speaker (`speaker::first_named`), not nobody.
    #[test]
    fn a_description_running_up_to_the_cue_introduces_the_quote() {
        let sp = first_speaker(
            "The snarky, anti-GOP/Eastvale water-carrying headline reads: “Repeat after me: the plan failed.”",
        );
        assert_eq!(sp.name, "Eastvale water-carrying headline");
    }

    /// The doer after a passive's "by" between a quote and its cue acted on the quoted words'
    /// subject; the speaker is the cue's subject, past it.
    #[test]
    fn a_passive_agent_after_a_quote_is_not_its_speaker() {
        let sp = first_speaker(
            "“If there had not been that intervention” by the United States, NATO and other partners, Ana Ruiz said at a town hall on Monday.",
        );
        assert_eq!(sp.name, "Ana Ruiz");
        assert!(sp.description.is_none(), "{sp:?}");
    }

    /// Only a "by" right after the quote's closing mark is refused: a participle cue's "by"
    /// names whose stance it reports, and an inverted cue's speaker is read as before.
    #[test]
    fn a_passive_agent_away_from_a_quote_is_read_as_before() {
        let sp = first_speaker("The immigration bill, opposed by House Republicans, never became law.");
        assert_eq!(sp.name, "House Republicans");
        assert_eq!(first_speaker("“We will not sign,” said Ana Ruiz by the door.").name, "Ana Ruiz");
    }

    /// Asserts that the first quote's speaker is "Ana Ruiz" with `description`.
    fn assert_ana_ruiz_described(paragraph: &str, description: &str) {
        let sp = first_speaker(paragraph);
        assert_eq!(sp.name, "Ana Ruiz", "{paragraph}");
        assert_eq!(sp.description.as_deref(), Some(description), "{paragraph}");
    }

    /// After an inverted cue, a role that closes the sentence past the name's party-and-state
    /// bracket (or its comma alone) is the speaker's description, with or without an article.
    #[test]
    fn a_role_closing_the_sentence_after_an_inverted_cue_describes_the_speaker() {
        for (paragraph, description) in [
            (
                "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), head of the Eastvale Caucus.",
                "Rep. (D-Ore.), head of the Eastvale Caucus",
            ),
            (
                "“We will not sign,” added Rep. Ana Ruiz (D-Ore.), the assistant leader of the Democratic caucus.",
                "Rep. (D-Ore.), the assistant leader of the Democratic caucus",
            ),
            (
                "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), a member of House Democratic leadership.",
                "Rep. (D-Ore.), a member of House Democratic leadership",
            ),
            (
                "“We will not sign,” said Ana Ruiz, chair of the Eastvale Port Authority.",
                "chair of the Eastvale Port Authority",
            ),
        ] {
            assert_ana_ruiz_described(paragraph, description);
        }
    }

    /// Counter-examples: a bracket followed by a clause, a relative clause, quoted words, a
    /// verb's phrase, or a role that does not close the sentence adds nothing to the description.
    #[test]
    fn a_clause_quote_or_open_phrase_after_the_bracket_is_no_description() {
        for paragraph in [
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), and she left the room.",
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), who leads the Eastvale Caucus.",
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), “not this year.”",
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), speaking to a veterans group in Eastvale.",
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), a historian and runs the Eastvale website.",
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), head of the caucus, as the vote closed.",
        ] {
            assert_ana_ruiz_described(paragraph, "Rep. (D-Ore.)");
        }
        // The plain order's subject keeps its reading: "Ana Ruiz, the top Democrat …, called on".
        let quotes = crate::attribution::test_quotes::quotes_under_head(
            "Ana Ruiz, the top Democrat on the panel, called on the mayor to resign.",
        );
        assert_eq!(quotes.first().and_then(|q| q.speaker.as_ref()).map(|s| s.name.as_str()), Some("Ana Ruiz"));
    }
}
