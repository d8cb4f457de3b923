//! Speaker mentions: the noun phrase next to a speech cue, split into a name and a
//! description. [`super::people`] resolves them (pronouns, bare surnames) to the person meant.
//!
//! Every walk here is bounded to a few tokens, so finding a speaker costs O(1) per cue.

use super::view::Toks;
use super::words::class;

mod antecedent;
mod backward;
mod body_name;
mod count;
mod finish;
mod forward;
mod full_name;
mod group;
mod kind;
mod name_words;
mod nickname;
mod opening;
mod passive;
mod plain;
mod possessor;
mod prepositional;
mod subject;
mod time;
mod unnamed;

pub(crate) use antecedent::{before_which, which_at};
pub(crate) use backward::before;
pub(crate) use body_name::joins_body_name;
use body_name::opens_body_name;
use body_name::MAX_BODY_NAME;
use count::counted_group;
pub(crate) use count::degree_phrase;
use finish::finish;
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
pub(crate) use plain::{first_named, led_by_article, plain, plain_after};
use plain::{plain_after_comma, plain_back, plain_upto_comma};
use possessor::person_after_possessor;
pub(crate) use subject::{not_opening_shape, sentence_subject, subject_past_opening_clause};
use unnamed::{home_of_unnamed, one_unnamed_person};

/// Longest speaker phrase, in tokens.
const MAX_NP: usize = 18;
/// Lower-case words allowed before a lower-case head ("local civil defense activist").
const MAX_MODIFIERS: usize = 4;
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
