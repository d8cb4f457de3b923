//! Speaker mentions: the noun phrase next to a speech cue, split into a name and a
//! description. [`super::people`] resolves them (pronouns, bare surnames) to the person meant.
//!
//! Every walk here is bounded to a few tokens, so finding a speaker costs O(1) per cue.

use super::view::Toks;
use super::words::class;

mod backward;
mod body_name;
mod count;
mod forward;
mod full_name;
mod group;
mod kind;
mod name_words;
mod nickname;
mod opening;
mod passive;
mod possessor;
mod prepositional;
mod subject;
mod time;
mod unnamed;

pub(crate) use backward::before;
pub(crate) use body_name::joins_body_name;
use body_name::opens_body_name;
use body_name::MAX_BODY_NAME;
use count::counted_group;
pub(crate) use count::degree_phrase;
pub(crate) use forward::{after, with_post_modifier};
pub(crate) use full_name::{near_range, surname_mentions, surname_owner, Written};
use group::coordinated_modifier;
use group::owned_by_plural;
pub(crate) use kind::kind_speaker;
use kind::{home_of_kind, names_a_kind};
use name_words::{contraction, head, namey, opening_modifier, particle_before_name, placed_name};
pub(crate) use nickname::{nickname_close, nickname_open};
pub(crate) use opening::{described_past_opening, document_issuer, subject_past_opening};
pub(crate) use passive::passive_doer;
use possessor::person_after_possessor;
pub(crate) use subject::{not_opening_shape, sentence_subject, subject_past_opening_clause};
use unnamed::{home_of_unnamed, one_unnamed_person};

/// Longest speaker phrase, in tokens.
const MAX_NP: usize = 18;
/// Lower-case words allowed before a lower-case head ("local civil defense activist").
const MAX_MODIFIERS: usize = 4;
/// Name runs of a phrase held on the stack ([`finish`]; a phrase has at most `MAX_NP`
/// tokens in the usual walks, so at most half as many runs).
const RUNS_ON_STACK: usize = 12;
/// Words a post-modifier may hold ("a source familiar with the matter").
const MAX_POST: usize = 6;

/// A speaker mention, as token indices into the block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Np {
    /// First token of the whole mention (appositive included).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// The proper name, when there is one.
    pub name: Option<(usize, usize)>,
    /// The descriptive part(s): title, role, affiliation.
    pub desc: Vec<(usize, usize)>,
    /// A pronoun ("he").
    pub pronoun: bool,
    /// An unnamed source ("officials", "a source").
    pub anonymous: bool,
    /// One unnamed person described by the place or body they belong to ("a representative
    /// for the Ivanka Trump Organization", "the mayor of Eastvale"): a later "she" may be
    /// that person, never the body's or place's name.
    pub unnamed_person: bool,
    /// The name is words naming a kind of person ("One Republican said"): read as a name by
    /// the walks, shown as its phrase ([`kind_speaker`]).
    pub kind: bool,
    /// A subject the walks cannot read, past the opening phrase that stands where it starts
    /// ("Citing a report that …, the senator …"): the clause is reported, with no speaker.
    pub unread: bool,
}

impl Np {
    /// Whether the mention opens with a name of two words or more ("Ana Ruiz, …"): a person's
    /// full name, where one word is as often a place ("Texas") as a surname.
    fn opens_with_full_name(&self) -> bool {
        self.name.is_some_and(|(a, b)| a == self.start && b >= a + 2)
    }
}

/// Whether `np` is one unnamed person whom a name's possessive describes ("Lazar’s public
/// defense counsel", "Donald Trump’s eldest daughter"): someone the story can tell apart, so
/// a subject as good as a name.
pub(super) fn possessed_person(tk: &Toks, np: &Np) -> bool {
    let last = np.end.wrapping_sub(1);
    np.name.is_none()
        && !np.pronoun
        && np.end > np.start + 1
        && tk.word(last)
        && !tk.cap(last)
        && tk.has(last, class::ROLE)
        && (np.start..last).any(|k| tk.cap(k) && tk.possessive_s(k))
}

/// A plain noun phrase (no commas) ending at `end` (exclusive), not reaching below `lower`.
fn simple_back(tk: &Toks, end: usize, lower: usize) -> Option<Np> {
    if end <= lower || end > tk.len() {
        return None;
    }
    let last = end - 1;
    if tk.word(last) && tk.has(last, class::PRONOUN) && !tk.in_quote(last) {
        return Some(Np { start: last, end, pronoun: true, ..Np::default() });
    }
    if let Some(np) = walk_back(tk, end, lower) {
        return Some(np);
    }
    // A post-modifier after a lower-case head: "a source familiar with the matter"; a title's
    // "of" phrase after a lower-case title, "Hunter’s chief of staff, Joe Kasper,".
    let mut h = end;
    for _ in 0..MAX_POST {
        if h <= lower + 1 || !tk.word(h - 1) || tk.has(h - 1, class::FUNCTION | class::PRONOUN) {
            return None;
        }
        h -= 1;
        // The title's object is a few plain lower-case words ("of staff", "of communications"),
        // not a name, a verb or a further phrase ("secretary of state Ana Ruiz for", "of
        // state has long").
        let plain = |k: usize| {
            tk.unquoted_lower_word(k)
                && !tk.has(k, class::AUX | class::ADVERB | class::PHRASE_START | class::FUNCTION | class::CONNECTOR)
        };
        let titled = || {
            tk.has(h - 1, class::TITLE)
                && tk.word(h)
                && tk.has(h, class::CONNECTOR)
                && !tk.cap(h)
                && h + 1 < end
                && (h + 1..end).all(plain)
        };
        let role = tk.has(h - 1, class::ROLE | class::ANONYMOUS);
        if (role || titled()) && !tk.cap(h - 1) {
            let mut np = walk_back(tk, h, lower)?;
            // A bare title is an office held, not a person ("his tenure as secretary of state"):
            // the titled reading needs a determiner, a possessive or a name before the title.
            if !role && np.start + 1 >= h && np.start > lower {
                return None;
            }
            let core = np.end;
            np.end = end;
            finish(tk, &mut np, core);
            return Some(np);
        }
    }
    None
}

/// Walks back over the words of a noun phrase ending at `end`.
fn walk_back(tk: &Toks, end: usize, lower: usize) -> Option<Np> {
    let mut k = end;
    let mut has_head = false;
    let mut lower_head = false;
    // A body's name takes lower-case modifiers too ("the nonpartisan Commission on …").
    let mut body_head = false;
    // Where the body's modifiers begin: they stay only when an article leads them.
    let mut before_mods = None;
    let mut mods = 0;
    let mut coordinated = false;
    let mut steps = 0;
    while k > lower && steps < MAX_NP {
        let j = k - 1;
        steps += 1;
        if tk.in_quote(j) {
            break;
        }
        if tk.word(j) {
            if has_head && joins_body_name(tk, j, lower, end) {
                k = j;
                continue;
            }
            if tk.has(j, class::FUNCTION | class::PRONOUN)
                || tk.has(j, class::AUX | class::ADVERB | class::PHRASE_START) && !tk.cap(j)
            {
                // "three current and former employees": two modifiers joined by "and" (a
                // function word: asked only where the walk would stop).
                if lower_head && !coordinated && coordinated_modifier(tk, j, lower) {
                    coordinated = true;
                    k = j;
                    continue;
                }
                break;
            }
            if tk.has(j, class::DETERMINER) {
                if !has_head {
                    break;
                }
                k = j;
                // "President of the Syrian ... Party": the article after a connector is inside.
                if j >= lower + 2 && tk.has(j - 1, class::CONNECTOR) && head(tk, j - 2) {
                    continue;
                }
                break;
            }
            if tk.has(j, class::CONNECTOR) && !tk.cap(j) {
                if has_head && j > lower && head(tk, j - 1) {
                    k = j;
                    continue;
                }
                break;
            }
            if head(tk, j) {
                has_head = true;
                lower_head |= !tk.cap(j);
                body_head |= tk.has(j, class::BODY);
                k = j;
                continue;
            }
            if tk.has(j, class::PARTICLE) && has_head {
                k = j;
                continue;
            }
            if (lower_head || body_head) && mods < MAX_MODIFIERS {
                if !lower_head && before_mods.is_none() {
                    before_mods = Some(k);
                }
                mods += 1;
                k = j;
                continue;
            }
            break;
        } else if has_head && plural_possessive(tk, j) {
            // "Sanders’ campaign manager", "the workers' union": the apostrophe is inside.
            k = j;
        } else if let Some(open) = has_head.then(|| nickname_open(tk, j)).flatten().filter(|&o| o > lower) {
            // Marcia "Cia" Price: the name goes on before its nickname.
            k = open;
        } else if tk.punct(j, ')') {
            // "(PYD)", "(R-Wis.)": a short bracket inside a title or after a name.
            let Some(open) = (j.saturating_sub(8).max(lower)..j).rev().find(|&o| tk.punct(o, '(')) else { break };
            if (open + 1..j).any(|m| tk.mark(m) || tk.punct(m, ';')) {
                break;
            }
            k = open;
        } else {
            break;
        }
    }
    // "freshly filed Federal Election Commission reports": no article, no modifiers.
    if let Some(b) = before_mods.filter(|_| !tk.has(k, class::DETERMINER)) {
        k = b;
    }
    // Trim what cannot begin a phrase; but a name's particle after a comma opens the name
    // (", dos Santos says.", "…, al Ashry said").
    while k < end
        && tk.word(k)
        && (tk.has(k, class::CONNECTOR | class::PARTICLE) && !tk.cap(k))
        && !(tk.has(k, class::PARTICLE) && particle_opens_name(tk, k))
    {
        k += 1;
    }
    // Lower-case modifiers left at the edge with no article are kept only before a lower-case head.
    if !has_head || k >= end {
        return None;
    }
    let mut np = Np { start: k, end, ..Np::default() };
    finish(tk, &mut np, end);
    Some(np)
}

/// Splits a phrase into name and description and decides whether it is anonymous. `core` is
/// where the phrase's head ends (a post-modifier may follow).
fn finish(tk: &Toks, np: &mut Np, core: usize) {
    let (s, e) = (np.start, core.min(np.end));
    // Runs of name words: kept on the stack (a phrase has a few; a heap vector per phrase
    // cost about 0.5 M instructions a pass over PolNeAR dev), spilling to the heap past that.
    let (mut stack, mut n, mut heap) = ([(0, 0); RUNS_ON_STACK], 0, Vec::new());
    let mut k = s;
    while k < e {
        if namey(tk, k)
            || opens_body_name(tk, k, e)
            || (k == s && tk.has(k, class::PARTICLE) && particle_opens_name(tk, k))
        {
            let a = k;
            // A body's name goes on over its joiner and the capitalised word after it,
            // whatever its class ("the Federation of Teachers"). The run's first word is
            // known to be a name word: stepped over without asking again.
            k += if k + 1 < e && joins_body_name(tk, k, s, e) { 2 } else { 1 };
            loop {
                if k + 1 < e && joins_body_name(tk, k, s, e) {
                    k += 2;
                } else if k < e && (namey(tk, k) || particle_before_name(tk, k) || opens_body_name(tk, k, e)) {
                    k += 1;
                } else if let Some(close) = nickname_close(tk, k).filter(|&c| c + 1 < e) {
                    // Marcia "Cia" Price: one run over the nickname, to the surname after it.
                    k = close + 2;
                } else if tk.mark(k + 1)
                    && k + 2 < e
                    && tk.cap(k)
                    && plural_possessive(tk, k + 1)
                    && body_name_after(tk, k + 2, e)
                {
                    // "the White House Correspondents’ Association": a plural possessive inside
                    // a body's name (its word a listed noun or not), which the capitalised
                    // words after it end with a body noun.
                    k += 2;
                } else {
                    break;
                }
            }
            // "NBC's Chuck Todd": the person's name is a run of its own, which the possessor
            // before it describes.
            let a = if k > a + 1 { person_after_possessor(tk, a, k).unwrap_or(a) } else { a };
            if n < RUNS_ON_STACK {
                stack[n] = (a, k);
            } else {
                heap.extend_from_slice(&stack[heap.len().min(RUNS_ON_STACK)..]);
                heap.push((a, k));
            }
            n += 1;
        } else {
            k += 1;
        }
    }
    let runs: &[(usize, usize)] = if n <= RUNS_ON_STACK { &stack[..n] } else { &heap };
    // "Ruiz campaign officials", "Labour politicians": a name before the lower-case words of a
    // role or unnamed-source noun that ends the phrase modifies it.
    let role_at_end = e > s && tk.has(e - 1, class::ROLE | class::ANONYMOUS) && !tk.cap(e - 1);
    let followed_by_noun = |b: usize| {
        b < e
            && (tk.has(b, class::SOURCE_NOUN | class::OUTLET_HEAD)
                || role_at_end && (b..e).all(|k| tk.word(k) && !tk.cap(k) && !tk.has(k, class::CONNECTOR)))
    };
    let after_title = |a: usize| a > s && tk.has(a - 1, class::SOURCE_NOUN) && tk.word(a - 1);
    let at_start = |a: usize| a == s || (a == s + 1 && tk.has(s, class::DETERMINER));
    // "Republican presidential nominee Donald Trump", "Trump campaign manager Kellyanne
    // Conway": a name run that lower-case words follow, before another name, modifies it.
    // "Sanders’ campaign manager": a possessor is not the speaker either.
    let modifies = |b: usize| {
        b < e
            && (plural_possessive(tk, b)
                || tk.word(b)
                    && !tk.cap(b)
                    && !tk.has(b, class::CONNECTOR | class::PARTICLE)
                    && runs.iter().any(|&(a2, _)| a2 > b))
    };
    // "Hillary Clinton’s right-hand woman": a possessor before the words it owns is no speaker.
    let owns = |b: usize| {
        b > s
            && b < e
            && tk.possessive_s(b - 1)
            && !tk.cap(b)
            && (b..np.end).all(|k| tk.word(k) && !tk.has(k, class::AUX | class::ADVERB | class::FUNCTION))
    };
    // "One Republican presidential hopeful, Carly Fiorina": a run of words naming a kind of
    // person is taken for the name only when no other run is one; the phrase then speaks
    // ([`kind_speaker`]). The kind runs are looked for once: most phrases have none, and
    // take one pass.
    let kinds = runs.iter().any(|&(a, b)| names_a_kind(tk, a, b));
    let mut name = None;
    for skip_kind in [kinds, false] {
        let skip = |a: usize, b: usize| skip_kind && (names_a_kind(tk, a, b) || home_of_kind(tk, s, a));
        name = runs
            .iter()
            .copied()
            .find(|&(a, b)| {
                (after_title(a) || at_start(a)) && !followed_by_noun(b) && !modifies(b) && !owns(b) && !skip(a, b)
            })
            .or_else(|| {
                runs.iter().copied().rev().find(|&(a, b)| {
                    !(followed_by_noun(b)
                        || (b < e && plural_possessive(tk, b))
                        || owns(b)
                        || home_of_unnamed(tk, s, a)
                        || skip(a, b))
                })
            });
        if name.is_some() || !skip_kind {
            break;
        }
    }
    np.kind = kinds && name.is_some_and(|(a, b)| names_a_kind(tk, a, b));
    // "Secretary of State John F. Kerry", "Chief of Staff Ana Ruiz": the words after a title's
    // "of" up to the person's own name belong to the title.
    if let Some((a, b)) = name {
        name = Some((title_object_end(tk, s, a, b), b));
    }
    // "Many Tunisians", "Most": a counted group of people, unnamed.
    let group = name.is_some_and(|(a, b)| counted_group(tk, s, a, b, e));
    if group {
        name = None;
    }
    np.desc.clear();
    match name {
        Some((a, b)) => {
            let mut d0 = s;
            while d0 < a && tk.has(d0, class::DETERMINER) && !tk.has(d0, class::INDEFINITE) {
                d0 += 1;
            }
            if d0 < a {
                np.desc.push((d0, a));
            }
            if b < np.end {
                let mut d1 = b;
                while d1 < np.end && !tk.word(d1) {
                    d1 += 1;
                }
                if d1 < np.end && tk.has(d1, class::CONNECTOR) {
                    np.desc.push((d1, np.end));
                } else if tk.punct(b, '(') {
                    // "Sen. Ana Ruiz (R-Ohio)": the party and state describe the name; a
                    // bracket holding lower-case words is an aside ("(left)", "(who has …)").
                    let close = (b + 1..np.end.min(b + 8)).find(|&c| tk.punct(c, ')'));
                    if let Some(c) = close.filter(|&c| (b + 1..c).all(|k| !tk.word(k) || tk.cap(k))) {
                        np.desc.push((b, c + 1));
                    }
                }
            }
            np.name = Some((a, b));
            np.anonymous = false;
            np.unnamed_person = false;
        }
        None => {
            np.name = None;
            np.unnamed_person = one_unnamed_person(tk, s, runs);
            let indefinite = tk.has(s, class::INDEFINITE);
            // "officials", "Experts" (at a sentence start): a role with no name is unnamed.
            let anon_head = (s..e).any(|k| tk.has(k, class::ANONYMOUS | class::ROLE) && (!tk.cap(k) || k == s));
            // "Sanders’ campaign manager", "Donald Trump’s eldest daughter": a possessor makes
            // the phrase definite (worked out only when a role or unnamed-source noun would
            // otherwise make it anonymous).
            let definite = || {
                (tk.has(s, class::DETERMINER) && !indefinite)
                    || (s..e).any(|k| plural_possessive(tk, k) || tk.word(k) && tk.possessive_s(k))
            };
            // "Most say": a count word alone, which no name run holds, counts unnamed people.
            let count = e == s + 1 && counted_group(tk, s, s, e, e);
            np.anonymous = group
                || count
                || indefinite
                || (anon_head && !definite())
                || (s..e).any(|k| tk.has(k, class::ANONYMOUS));
        }
    }
}

/// Where the person's name begins in the name run `a..b` that follows a title's "of"
/// ("Secretary of State John F. Kerry" gives "John F. Kerry"): the last two words (three with a
/// middle initial), when the run holds more; `a` otherwise ("Secretary of State Kerry",
/// "the Secretary of Homeland Security").
fn title_object_end(tk: &Toks, s: usize, a: usize, b: usize) -> usize {
    let of = a.wrapping_sub(1);
    let titled = a >= s + 2
        && tk.bytes(of) == b"of"
        && tk.word(of)
        && tk.word(of - 1)
        && tk.has(of - 1, class::TITLE)
        && (a..b).all(|k| tk.word(k));
    if !titled || b < a + 3 {
        return a;
    }
    let initial = |k: usize| tk.bytes(k).len() == 2 && tk.bytes(k)[1] == b'.';
    let first = if initial(b - 2) { b - 3 } else { b - 2 };
    // "CEO of Washington Restaurant Association": a body's name holds no person.
    let body = (a..b).any(|k| tk.has(k, class::BODY | class::SOURCE_NOUN));
    if first > a && !body {
        first
    } else {
        a
    }
}

/// Whether a subject phrase is one capitalised word that is no name and no source noun
/// ("Once in my early 20s, …", "Then, …"): an opening word, which a quote's speaker is not
/// (reported speech keeps it, as it keeps any subject, for the clause it reports).
pub(crate) fn opening_word(tk: &Toks, np: &Np) -> bool {
    np.end == np.start + 1
        && np.name.is_none()
        && !np.pronoun
        && tk.cap(np.start)
        && !tk.has(np.start, class::SOURCE_NOUN | class::OUTLET_HEAD | class::OUTLET_NAME)
}

/// The sentence subject `subject` joined with the phrase `np` that ends it, when only a
/// connector phrase stands between ("A spokesman" + "for the shipping line" + "Norhaven"), or
/// `subject` itself when it already ends where `np` does.
pub(crate) fn joined_with(tk: &Toks, subject: Np, np: &Np) -> Option<Np> {
    if subject.end == np.end {
        return Some(subject);
    }
    let gap = subject.end..np.start;
    let plain_words = gap.len() <= 8
        && gap.clone().all(|k| tk.word(k) && !tk.in_quote(k) && !tk.has(k, class::PHRASE_START | class::AUX));
    if subject.end >= np.start || !tk.has(subject.end, class::CONNECTOR) || !plain_words {
        return None;
    }
    let core = subject.end;
    let mut joined = Np { start: subject.start, end: np.end, ..Np::default() };
    finish(tk, &mut joined, core);
    Some(joined)
}

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
const MAX_LEAD: usize = 6;

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
fn plain_upto_comma(tk: &Toks, start: usize, upper: usize) -> Option<Np> {
    let c = (start + 1..(start + 7).min(upper)).find(|&c| !tk.word(c))?;
    if !tk.punct(c, ',') {
        return None;
    }
    plain(tk, start, c)
}

/// A short description-only phrase ending at `e` and opened by a comma ("…, the engineer,
/// said"), for an appositive after a name.
fn plain_after_comma(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
    let c = (e.saturating_sub(6).max(lower)..e).rev().find(|&c| !tk.word(c))?;
    if !tk.punct(c, ',') {
        return None;
    }
    plain(tk, c + 1, e)
}

/// A short description-only phrase ending at `e` that starts its clause ("Scott's family").
fn plain_back(tk: &Toks, e: usize, lower: usize) -> Option<Np> {
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

/// Whether the word at `k` is a listed sentence opener in lower case that is no determiner
/// ("far" in "so far", "earlier"; not "no", "any", "such"): an adverbial's word inside a
/// sentence.
fn adverbial_opener(tk: &Toks, k: usize) -> bool {
    tk.word(k) && !tk.cap(k) && tk.opener(k).is_some() && !tk.has(k, class::DETERMINER | class::ARTICLE)
}

/// Joins a phrase and its appositive: one must carry the name.
fn combine(first: Np, second: Np) -> Option<Np> {
    if first.pronoun || second.pronoun {
        return None;
    }
    let (start, end) = (first.start, second.end);
    // "Sean Spicer, the RNC's chief strategist" has a name in both; keep the first's. A
    // person's name outranks words naming a kind of person ("One Republican, Ana Ruiz,").
    let rank = |n: &Np| u8::from(n.name.is_some()) + u8::from(n.name.is_some() && !n.kind);
    let (mut np, other) = match (rank(&first), rank(&second)) {
        (0, 0) => return None,
        (r1, r2) if r2 > r1 => (second, first),
        _ => (first, second),
    };
    np.start = start;
    np.end = end;
    np.desc.push((other.start, other.end));
    crate::sort::unstable(&mut np.desc);
    np.anonymous = false;
    Some(np)
}

/// Whether the lower-case particle at `k` opens a name right after a comma ("…, dos Santos
/// says."): the particle is the name's first word, as no phrase starts with one otherwise.
// Out of line, and not through `particle_before_name`: a third caller of that made LTO stop
// inlining it into `finish` (+0.09 M instructions a pass over PolNeAR dev); the callers screen
// by the particle class first.
#[inline(never)]
fn particle_opens_name(tk: &Toks, k: usize) -> bool {
    let particle = |m: usize| tk.has(m, class::PARTICLE) && !tk.cap(m);
    k > 0 && tk.punct(k - 1, ',') && particle(k) && (namey(tk, k + 1) || (particle(k + 1) && namey(tk, k + 2)))
}

/// Whether the capitalised words from `k` (before `e`) end in a body noun with no lower-case
/// word after them in the phrase: the rest of an institution's name ("Association" in "the
/// Correspondents’ Association said"), not a person's ("Sanders’ Campaign Manager Ana Ruiz").
fn body_name_after(tk: &Toks, k: usize, e: usize) -> bool {
    let ceil = (k + MAX_BODY_NAME).min(e);
    let m = (k..ceil).find(|&m| !(tk.word(m) && tk.cap(m))).unwrap_or(ceil);
    m > k && (m == e || !tk.word(m)) && tk.has(m - 1, class::BODY)
}

/// Whether the mark at `k` is the apostrophe of a plural possessive ("Sanders’ campaign",
/// "the workers' union"): glued to a word ending in "s", a space and a word after it.
fn plural_possessive(tk: &Toks, k: usize) -> bool {
    if !tk.mark(k) || k == 0 || k + 1 >= tk.len() || !tk.word(k - 1) || !tk.word(k + 1) || tk.in_quote(k - 1) {
        return false;
    }
    let (word, mark, next) = (tk.span(k - 1, k), tk.span(k, k + 1), tk.span(k + 1, k + 2));
    let glued = word.end == mark.start && mark.end < next.start;
    glued && matches!(tk.slice(k, k + 1), "'" | "\u{2019}") && tk.s(k - 1).ends_with(['s', 'S'])
}
