//! The speaker before a cue: "Abadi said", "a YPG commander, Sipan Hemo, was quoted",
//! "though Trump on Monday said", "Ruiz, who leads the group, said". Walks back from the cue
//! over an appositive, a parenthetical or a time phrase to the phrase that speaks.

use super::count::{count_back, plural_shaped};
use super::name_words::{count_at_start, opener_at_start};
use super::nickname::nickname_mark;
use super::prepositional::{described_with_object, joining_preposition};
use super::time::time_phrase_before;
use super::{
    combine, finish, home_of_unnamed, opening, owned_by_plural, placed_name, plain_after_comma, plain_back,
    simple_back, walk_back, Np,
};
use crate::attribution::view::Toks;
use crate::attribution::words::{class, is_listed, Listed};

/// Longest clause set off by commas between a speaker and its cue, in tokens.
const MAX_PARENTHETICAL: usize = 24;

/// The speaker phrase that ends right before a cue starting at `cue_start`: "Abadi said",
/// "a YPG commander, Sipan Hemo, was quoted", "Ahmed Hafi - based in Ihsim - told".
pub(crate) fn before(tk: &Toks, cue_start: usize, lower: usize) -> Option<Np> {
    // "… spoke out about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that …": a
    // participle after a comma speaks for the sentence's subject (which its callers find), not
    // for the object before the comma, unless that phrase opens the sentence ("Ana Ruiz,
    // calling the plan “a disaster,” left").
    let participle = cue_start > lower
        && tk.punct(cue_start - 1, ',')
        && tk.word(cue_start)
        && !tk.cap(cue_start)
        && tk.s(cue_start).ends_with("ing");
    if participle {
        // A preposition before it makes the phrase its object ("In a statement released
        // Thursday, Ruiz reacted to the news, saying …" is not the statement's).
        let prep = class::TAILPREP | class::CONNECTOR | class::AGENT;
        let opens = |np: &Np| (lower..np.start).all(|k| tk.word(k) && tk.has(k, class::FUNCTION) && !tk.has(k, prep));
        // "The retired neurosurgeon has provided no details, saying …": a described subject,
        // when no cue stands between ("The minister will win, Ruiz said, adding …" is Ruiz's).
        let cue_between = || (lower..cue_start).any(|k| tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some());
        return before_cue(tk, cue_start, lower)
            .filter(opens)
            .or_else(|| opening::described_subject(tk, lower, cue_start).filter(|_| !cue_between()));
    }
    before_cue(tk, cue_start, lower)
}

fn before_cue(tk: &Toks, cue_start: usize, lower: usize) -> Option<Np> {
    let mut e = cue_start;
    while e > lower && tk.has(e - 1, class::ADVERB) && !tk.cap(e - 1) {
        e -= 1;
    }
    // "Clinton aides have long argued", "The nominee has not said": the auxiliaries (and
    // adverbs) between the subject and the cue belong to the verb, and the phrase before them
    // speaks. Not after a relative ("Saez, a professor at Berkeley who had concluded": the
    // phrase before "who" may be a place), nor a phrase after a preposition ("mayors of the
    // cities in the nation have endorsed"): the readings without them go on as before.
    let mut v = e;
    while v > lower && tk.has(v - 1, class::ADVERB | class::AUX) && !tk.cap(v - 1) {
        v -= 1;
    }
    if v < e && v > lower && !tk.has(v - 1, class::RELATIVE) {
        let prep = class::TAILPREP | class::CONNECTOR | class::AGENT;
        let after_preposition =
            |np: &Np| np.start > lower && tk.word(np.start - 1) && !tk.cap(np.start - 1) && tk.has(np.start - 1, prep);
        if let Some(np) = before_verb(tk, v, lower).filter(|np| !after_preposition(np)) {
            return Some(np);
        }
    }
    before_verb(tk, e, lower)
}

/// [`before_cue`] from `e`, where the verb's words start.
fn before_verb(tk: &Toks, mut e: usize, lower: usize) -> Option<Np> {
    // "The nominee continues to insist", "voters are more likely to say": an infinitive's
    // "to" before the cue ends a predicate, not the speaker; the sentence's subject speaks,
    // if it ends before the predicate, else none is read here.
    if e > lower && tk.is_to(e - 1) && !tk.cap(e - 1) {
        return super::sentence_subject(tk, lower, e - 1).filter(|np| np.end < e - 1 && !super::opening_word(tk, np));
    }
    // "Clinton has increasingly decried": an "-ly" adverb (after a word that does not make a
    // noun of it, as "the family" does) and the auxiliary before it.
    if e > lower + 1 && manner_adverb(tk, e - 1) {
        e -= 1;
        while e > lower && tk.has(e - 1, class::AUX | class::ADVERB) && !tk.cap(e - 1) {
            e -= 1;
        }
    }
    // "though Trump on Monday said", "a panel in 2001 found": a time phrase between the
    // speaker and the cue (when no phrase ends before it, the phrase ending at the cue).
    // Only a phrase that opens its clause: in "an analysis released by the department last
    // month reveals", "Democrats trying to win the Senate in November say" or "One in four voters
    // in a poll last year said" the time belongs to a participle or a preposition's phrase, and
    // the speaker comes before it.
    let opens_clause = |np: &Np| {
        let b = np.start.wrapping_sub(1);
        np.start == lower
            || !tk.word(b)
            || (tk.has(b, class::FUNCTION) && !tk.has(b, class::TAILPREP | class::CONNECTOR | class::AGENT))
    };
    let np = time_phrase_before(tk, e, lower)
        .and_then(|t| phrase_ending_at(tk, t, lower))
        .filter(opens_clause)
        .or_else(|| phrase_ending_at(tk, e, lower))?;
    Some(subject_before_phrase(tk, &np, lower).unwrap_or(np))
}

/// "Trump in his announcement speech called", "Beck, who has in the past described": an
/// unnamed phrase after a lower-case preposition ("in", "on", "during", "at") between a
/// named subject (or a pronoun) and the cue tells where or when it spoke; the subject
/// speaks. Only a subject that opens its clause (the sentence start, a function word or
/// comma before it), or that a relative pronoun stands for.
fn subject_before_phrase(tk: &Toks, np: &Np, lower: usize) -> Option<Np> {
    if np.name.is_some() || np.pronoun || np.start < lower + 2 || tk.cap(np.start) {
        return None;
    }
    let p = np.start - 1;
    if !(tk.word(p) && !tk.cap(p) && tk.has(p, class::TAILPREP)) {
        return None;
    }
    // "who has in the past described": the auxiliary between the relative and the phrase.
    let mut e = p;
    while e > lower && tk.word(e - 1) && !tk.cap(e - 1) && tk.has(e - 1, class::AUX) {
        e -= 1;
    }
    let relative = e > lower + 1 && tk.word(e - 1) && tk.has(e - 1, class::RELATIVE);
    let subject = if relative { phrase_ending_at(tk, e, lower)? } else { simple_back(tk, e, lower)? };
    let b = subject.start.wrapping_sub(1);
    let opens = subject.start == lower || tk.punct(b, ',') || (tk.word(b) && tk.has(b, class::FUNCTION));
    ((subject.name.is_some() || subject.pronoun) && (relative || opens)).then_some(subject)
}

/// The speaker phrase ending right before token `e`, past a relative pronoun, a parenthetical
/// or an appositive.
fn phrase_ending_at(tk: &Toks, mut e: usize, lower: usize) -> Option<Np> {
    // "the report, which notes …": the thing "which" stands for speaks (not when a
    // capitalised word opens the cue: "which Will claims affirmed …" has a subject of its own).
    if e > lower + 1 && super::which_at(tk, e - 1) && !tk.cap(e) {
        return super::antecedent::antecedent_of_which(tk, e - 1, lower);
    }
    // "Ana Ruiz, who said …": the relative pronoun stands for the phrase before it.
    if e > lower + 1 && tk.has(e - 1, class::RELATIVE) && tk.word(e - 1) {
        let mut r = e - 1;
        if r > lower && tk.punct(r - 1, ',') {
            r -= 1;
        }
        let np = simple_back(tk, r, lower).filter(|np| !np.pronoun)?;
        // "Senator Jeff Flake, Republican of Arizona, who echoed …", "Laurence Meyer, a former
        // Fed governor who argued …": an unnamed appositive before the pronoun describes the
        // person named before its comma, the one the pronoun stands for.
        if np.kind || np.name.is_none() {
            let named =
                appositive_back(tk, Some(np.clone()), np.end + 1, lower).filter(|a| a.name.is_some() && !a.kind);
            return named.or(Some(np));
        }
        return Some(np);
    }
    // A parenthetical between dashes.
    if e > lower + 1 && tk.dash(e - 1) {
        let d = (e.saturating_sub(12).max(lower)..e - 1).rev().find(|&d| tk.dash(d))?;
        e = d;
    }
    if e > lower && tk.punct(e - 1, ',') {
        // The phrase before the comma, read once for the two readings that start from it.
        let before_comma = simple_back(tk, e - 1, lower);
        return place_closing_parenthetical(tk, before_comma.as_ref(), lower)
            .or_else(|| appositive_back(tk, before_comma, e, lower))
            .or_else(|| parenthetical_back(tk, e - 1, lower));
    }
    let Some(np1) = simple_back(tk, e, lower) else {
        // "Having announced that …, the judge went on": an opener right before the cue leaves
        // the subject unread; the clause is kept, with no speaker.
        let opener = e > lower && opener_at_start(tk, e - 1);
        let unread = || opener.then(|| Np { start: e - 1, end: e, unread: true, ..Np::default() });
        // "Officials in the town said": the place after the source's preposition tells where
        // the source is.
        let sourced = |np: Np| source_before_preposition(tk, &np, lower).unwrap_or(np);
        return plain_back(tk, e, lower)
            .map(sourced)
            .or_else(|| count_back(tk, e, lower))
            .or_else(|| described_with_object(tk, e, lower))
            .or_else(|| owned_by_plural(tk, e, lower))
            .or_else(unread);
    };
    // "About four in 10 voters said": the count that opens the clause, not its last words.
    if np1.name.is_none() && !np1.pronoun && np1.start > lower {
        if let Some(np) = count_back(tk, e, lower) {
            return Some(np);
        }
    }
    if let Some(np) = source_before_preposition(tk, &np1, lower).or_else(|| described_before_place(tk, &np1, lower)) {
        return Some(np);
    }
    // "Some 20 percent of people in a recent poll said": the phrase after a preposition is the
    // object of a described head that opens the clause; the whole phrase speaks ("a recent
    // CNN/ORC poll" reads "ORC poll" after a slash, "A chorus of prominent Republicans" reads
    // "Republicans" after its modifier).
    let b = np1.start.wrapping_sub(1);
    let modifier = |b: usize| tk.word(b) && !tk.cap(b) && !tk.has(b, class::FUNCTION);
    if !np1.pronoun && np1.start > lower && (joining_preposition(tk, b) || modifier(b) || tk.punct(b, '/')) {
        if let Some(np) = described_with_object(tk, e, lower).or_else(|| counted_with_modifiers(tk, &np1, lower)) {
            return Some(np);
        }
    }
    if !np1.pronoun && np1.name.is_some() && np1.start > lower + 1 && tk.punct(np1.start - 1, ',') {
        // "a local civil defense activist, Ahmed Hafi told"
        if let Some(np2) = simple_back(tk, np1.start - 1, lower) {
            let edge =
                np2.start == lower || tk.punct(np2.start.wrapping_sub(1), ',') || tk.mark(np2.start.wrapping_sub(1));
            if (np2.name.is_none() || np2.kind) && !np2.pronoun && edge {
                if let Some(np) = combine(np2, np1.clone()) {
                    return Some(np);
                }
            }
        }
    }
    Some(np1)
}

/// "Experts on North Korea say", "a spokesman in Eastvale said", "Officials in the town said":
/// a name (or a phrase led by a lower-case determiner) after a preposition that follows an
/// unnamed source's noun tells what or where the source is; the source is the whole phrase,
/// and unnamed.
fn source_before_preposition(tk: &Toks, np1: &Np, lower: usize) -> Option<Np> {
    let led = np1.name.map(|(a, _)| a) == Some(np1.start)
        || (np1.name.is_none() && tk.word(np1.start) && !tk.cap(np1.start) && tk.has(np1.start, class::DETERMINER));
    if np1.pronoun || !led || np1.start < lower + 2 {
        return None;
    }
    let p = np1.start - 1;
    if !(tk.word(p) && !tk.cap(p) && tk.has(p, class::TAILPREP) && tk.has(p - 1, class::ANONYMOUS | class::ROLE)) {
        return None;
    }
    // The source's phrase starts its clause ("… a student in Eastvale asked" after a verb
    // keeps its old reading).
    let starts_clause = |np: &Np| np.start == lower || !tk.word(np.start - 1) || tk.has(np.start - 1, class::FUNCTION);
    let mut np = walk_back(tk, p, lower).filter(|np| np.name.is_none() && !np.pronoun && starts_clause(np))?;
    let core = np.end;
    np.end = np1.end;
    finish(tk, &mut np, core);
    Some(np)
}

/// Most lower-case modifiers between a quantifier and the plural it counts ("Many prominent").
const MAX_COUNTED_MODIFIERS: usize = 2;

/// "Many prominent Republicans said", "Some conservative Democrats say": a plural capitalised
/// word (`np1`, one word) after lower-case modifiers that a quantifier leads at its clause's
/// start. The whole phrase is an unnamed group, as "Many Republicans" is.
// Out of line: phrase_ending_at is hot; this runs only after a lower-case modifier.
#[inline(never)]
fn counted_with_modifiers(tk: &Toks, np1: &Np, lower: usize) -> Option<Np> {
    let a = np1.start;
    if np1.pronoun
        || np1.name != Some((a, a + 1))
        || np1.end != a + 1
        || a < lower + 2
        || !tk.unquoted_lower_word(a - 1)
    {
        return None;
    }
    if !plural_shaped(tk, a) {
        return None;
    }
    let modifier = |k: usize| {
        tk.unquoted_lower_word(k)
            && !tk.has(k, class::FUNCTION | class::PRONOUN | class::AUX | class::ADVERB | class::PHRASE_START)
            && tk.cue_at(k).is_none()
    };
    let mut d = a;
    while d > lower && a - d < MAX_COUNTED_MODIFIERS && modifier(d - 1) {
        d -= 1;
    }
    let q = d.checked_sub(1).filter(|&q| q >= lower && d < a)?;
    let led = tk.word(q) && tk.has(q, class::INDEFINITE) && !tk.has(q, class::ARTICLE);
    let opens = q == lower || !tk.word(q - 1) || tk.has(q - 1, class::FUNCTION);
    (led && opens).then(|| Np { start: q, end: np1.end, anonymous: true, ..Np::default() })
}

/// Most words of a description before the place that ends it ("Some delegates at the
/// convention in").
const MAX_DESCRIBED: usize = 8;

/// "Some delegates at the convention in Philadelphia said", "the remaining casinos in Atlantic
/// City reported": a name after a preposition that ends a description opening its clause with
/// a determiner or a count tells where the speakers are; the speaker is the whole description,
/// unnamed. Only lower-case plain words and prepositions stand between.
fn described_before_place(tk: &Toks, np1: &Np, lower: usize) -> Option<Np> {
    // A verb follows (a headline's colon gives "A lesson from Ana Ruiz: …" to the name).
    if np1.pronoun || np1.name.map(|(a, _)| a) != Some(np1.start) || !tk.word(np1.end) {
        return None;
    }
    let start = description_start(tk, np1.start, lower)?;
    let p = np1.start - 1;
    let mut np = Np { start, end: np1.end, ..Np::default() };
    finish(tk, &mut np, p);
    np.anonymous |= tk.has(start, class::INDEFINITE);
    Some(np)
}

/// Where a description ending in a preposition right before token `place` starts, when a
/// determiner or a count leads it and it opens its clause ("Some delegates at the convention
/// in" before "Philadelphia", "The head of" before "Google").
fn description_start(tk: &Toks, place: usize, lower: usize) -> Option<usize> {
    if place < lower + 2 {
        return None;
    }
    let p = place - 1;
    let prep = |k: usize| tk.word(k) && !tk.cap(k) && tk.has(k, class::TAILPREP | class::CONNECTOR);
    let plain = |k: usize| {
        tk.unquoted_lower_word(k)
            && !tk.has(k, class::AUX | class::PRONOUN | class::FUNCTION | class::ADVERB)
            && tk.cue_at(k).is_none()
    };
    // The word before the place is no preposition ("delegates at the convention in").
    if !prep(p) || prep(p - 1) {
        return None;
    }
    // Back over plain words, prepositions and the articles after them to the determiner or
    // count that leads the description.
    let floor = p.saturating_sub(MAX_DESCRIBED).max(lower);
    let mut k = p;
    while k > floor {
        let j = k - 1;
        // A determiner leads the description unless a preposition's phrase starts with it ("the
        // head of" after a quote mark starts at "the").
        let article = tk.has(j, class::DETERMINER);
        let inside = plain(j) && !article || prep(j) || (j > lower && article && prep(j - 1));
        if !inside {
            break;
        }
        k = j;
    }
    let start = k.checked_sub(1)?;
    let led = start >= lower && tk.word(start) && tk.has(start, class::DETERMINER) || count_at_start(tk, start);
    if !led || prep(k) {
        return None;
    }
    let starts_clause = start == lower || !tk.word(start - 1) || tk.has(start - 1, class::FUNCTION);
    starts_clause.then_some(start)
}

/// Whether token `k` is a lower-case "-ly" adverb: not after an article or a possessive,
/// which would make it a noun ("the family", "Trump's rally").
fn manner_adverb(tk: &Toks, k: usize) -> bool {
    let s = tk.s(k);
    let p = k.wrapping_sub(1);
    let noun_before = tk.has(p, class::DETERMINER | class::ARTICLE) || tk.possessive_s(p);
    tk.unquoted_lower_word(k) && s.len() >= 5 && s.ends_with("ly") && !noun_before
}

/// "X, a Y, said" or "a Y, X, said": a phrase and its appositive before a comma at `e - 1`
/// (`before_comma`: the plain phrase ending there, [`simple_back`] from `e - 1`).
fn appositive_back(tk: &Toks, before_comma: Option<Np>, e: usize, lower: usize) -> Option<Np> {
    let np1 = before_comma.or_else(|| plain_after_comma(tk, e - 1, lower))?;
    if np1.pronoun || np1.start <= lower || !tk.punct(np1.start - 1, ',') {
        return None;
    }
    // "Clinton’s Democratic opponent, Bernie Sanders, said": a possessive's or a determiner's
    // phrase whose head is no listed noun, which the noun-phrase walk does not read, is read
    // plain (the appositive's name then speaks, [`combine`]).
    let np2 = simple_back(tk, np1.start - 1, lower).or_else(|| plain_back(tk, np1.start - 1, lower))?;
    // "A professor at Yale, Ana Ruiz, said", "A lawyer for the agency, Ana Ruiz, said": a name
    // after a preposition inside the first phrase places the source; the appositive's name,
    // which opens it, is the speaker's, and the first phrase describes her. A one-word name
    // there is as often the state of a place ("a delegate from Houston, Texas, said").
    let placed = np2.name.is_some_and(|(a, _)| placed_name(tk, np2.start, a));
    // "The head of Google, Ana Ruiz, said", "The head of the agency, Ana Ruiz, said": the
    // phrase before the comma is the object of a description's preposition, and the whole
    // description (led by a determiner or a count, opening its clause) describes her.
    let person = np1.opens_with_full_name();
    let object = || np2.start > lower && placed_name(tk, np2.start - 1, np2.start);
    let start = if placed {
        Some(np2.start)
    } else {
        (person && object()).then(|| description_start(tk, np2.start, lower)).flatten()
    };
    if let Some(start) = start.filter(|_| person) {
        let mut np = np1;
        np.desc.push((start, np2.end));
        crate::sort::unstable(&mut np.desc);
        np.start = start;
        np.anonymous = false;
        return Some(np);
    }
    // "A farmer from Lindon, North Dakota, said": a town's state closes an unnamed phrase.
    if np2.name.is_none() && np1.name.is_some() && np1.end <= np1.start + 3 && ends_in_home(tk, &np2) {
        return Some(Np { end: np1.end, ..np2 });
    }
    combine(np2, np1)
}

/// Whether the unnamed phrase `np` ends in the town where its person lives ("A farmer from
/// Lindon"): led by "a" and joined by "from" or "in", as a town is; "The director of the
/// European Centre, Ina Kirsch," is followed by its person's name, not a state.
fn ends_in_home(tk: &Toks, np: &Np) -> bool {
    let mut a = np.end;
    while a > np.start && tk.word(a - 1) && tk.cap(a - 1) {
        a -= 1;
    }
    let town_preposition = a > np.start && is_listed(Listed::Town, tk.s(a - 1));
    a < np.end && town_preposition && tk.has(np.start, class::INDEFINITE) && home_of_unnamed(tk, np.start, a)
}

/// "Ruiz, during a town hall in Eastvale, Ore., said", "Ruiz, who leads a church in Salem,
/// Oregon, said": a place and its state (one word) after a preposition close a parenthetical
/// (before the comma at `e - 1`), and are no appositive pair; the phrase before the
/// parenthetical speaks. `None` when there is no such phrase (the other readings follow).
/// `before_comma` is the plain phrase before that comma ([`simple_back`]).
fn place_closing_parenthetical(tk: &Toks, before_comma: Option<&Np>, lower: usize) -> Option<Np> {
    let state = before_comma?;
    if state.pronoun || state.name.is_none() || state.end != state.start + 1 || state.start <= lower + 1 {
        return None;
    }
    // The comma first: the walk back runs only when one closes the place.
    let place = tk.punct(state.start - 1, ',').then(|| simple_back(tk, state.start - 1, lower)).flatten()?;
    let p = place.start.wrapping_sub(1);
    let after_preposition =
        place.start > lower && tk.word(p) && !tk.cap(p) && tk.has(p, class::TAILPREP | class::CONNECTOR);
    if place.name.is_none() || !after_preposition {
        return None;
    }
    parenthetical_back(tk, place.start, lower).or_else(|| name_opening_clause(tk, place.start, lower))
}

/// "Johnnie Wilson, of Springfield, Va., said", "Ana Ruiz, 75, a nurse in Tema, Ghana, said":
/// a full name that opens the clause, set off by a comma, before words that end in a place and
/// its state (`place` is the place's first token); the name speaks, not the place. Read only
/// when the place is within [`MAX_PARENTHETICAL`] tokens of the clause's start.
fn name_opening_clause(tk: &Toks, place: usize, lower: usize) -> Option<Np> {
    if place > lower + MAX_PARENTHETICAL {
        return None;
    }
    let comma = (lower..place).find(|&k| tk.punct(k, ','))?;
    let between_plain = (comma..place).all(|k| !tk.mark(k) && !tk.in_quote(k));
    let np = simple_back(tk, comma, lower)?;
    (np.start == lower && !np.pronoun && !np.kind && np.opens_with_full_name() && between_plain).then_some(np)
}

/// "Police Commissioner Richard Ross, who spent the morning near City Hall, described …",
/// "The complaint, which was filed in federal court, alleged …": the phrase before a clause
/// set off by commas (opened by a lower-case relative, function word, adverb or participle) that ends at
/// the comma `comma`.
fn parenthetical_back(tk: &Toks, comma: usize, lower: usize) -> Option<Np> {
    let floor = comma.saturating_sub(MAX_PARENTHETICAL).max(lower);
    let c = (floor..comma)
        .rev()
        .take_while(|&k| (!tk.mark(k) || nickname_mark(tk, k)) && !tk.stop(k) && !tk.in_quote(k))
        .find(|&k| tk.punct(k, ','))?;
    let opener = c + 1;
    // "Bill Eastland, wearing a cowboy hat, said": a participle opens such a clause too.
    let participle = tk.s(opener).len() >= 5 && tk.s(opener).ends_with("ing") && tk.cue_at(opener).is_none();
    if c <= lower
        || !tk.word(opener)
        || tk.cap(opener)
        || !(participle || tk.has(opener, class::RELATIVE | class::FUNCTION | class::ADVERB))
        || tk.has(opener, class::COMPLEMENTIZER | class::COORDINATOR)
    {
        return None;
    }
    let np = simple_back(tk, c, lower).or_else(|| plain_back(tk, c, lower))?;
    // The phrase starts its clause: at the sentence start, after a function word, or after an
    // opening phrase's comma ("With 50 days to go, Clinton, who spoke in Ohio, called …").
    // Not so before a participle: "a supporter from Jackson, Miss., attending …" holds a place.
    // Nor is an abbreviation after a comma, the state or month of a place or date ("a driver
    // from Ava, Mo., who …").
    let abbreviation = np.end == np.start + 1 && tk.s(np.start).ends_with('.');
    let starts_clause = np.start == lower
        || tk.has(np.start - 1, class::FUNCTION)
        || (tk.punct(np.start - 1, ',')
            && !abbreviation
            && tk.has(opener, class::RELATIVE | class::FUNCTION | class::ADVERB));
    (!np.pronoun && starts_clause).then_some(np)
}

#[cfg(test)]
mod tests;
