//! Speaker phrases read forward from where they start: after "according to" or an inverted
//! cue ("said Sean Spicer, chief strategist for the RNC"), with the look-ahead helpers only
//! that reading needs.

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed};
use super::{
    combine, finish, head, joins_body_name, namey, nickname_close, particle_before_name, placed_name, plain_upto_comma,
    plural_possessive, Np, MAX_MODIFIERS, MAX_NP, MAX_POST,
};
use crate::text::ends_in_one_s;
use nouns::{kind_noun_end, modified_noun_end, name_ahead, not_verb, possessed_head, possessed_noun};

mod nouns;

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
    let third_person = ends_in_one_s(tk.bytes(m), 0, &[]) && tk.has(m + 1, class::ARTICLE | class::DETERMINER);
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

fn np_has_title_before(tk: &Toks, start: usize, core: usize) -> bool {
    (start..core).any(|m| namey(tk, m))
}

#[cfg(test)]
mod tests;
