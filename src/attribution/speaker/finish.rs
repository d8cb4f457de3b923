//! [`finish`]: a speaker phrase the walks have bounded, split into its name (the runs of name
//! words, a body's name read over its joiner, a title's object) and its description, and
//! judged anonymous or not. Apart from the walks, as the one step every walk ends in, whatever
//! way it read the phrase.

use super::super::view::Toks;
use super::super::words::class;
use super::{
    counted_group, home_of_kind, home_of_unnamed, joins_body_name, names_a_kind, namey, nickname_close,
    one_unnamed_person, opens_body_name, particle_before_name, particle_opens_name, person_after_possessor,
    plural_possessive, Np, MAX_BODY_NAME,
};

/// Name runs of a phrase held on the stack ([`finish`]; a phrase has at most `MAX_NP`
/// tokens in the usual walks, so at most half as many runs).
pub(super) const RUNS_ON_STACK: usize = 12;

/// Splits a phrase into name and description and decides whether it is anonymous. `core` is
/// where the phrase's head ends (a post-modifier may follow).
pub(super) fn finish(tk: &Toks, np: &mut Np, core: usize) {
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
pub(super) fn title_object_end(tk: &Toks, s: usize, a: usize, b: usize) -> usize {
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

/// Whether the capitalised words from `k` (before `e`) end in a body noun with no lower-case
/// word after them in the phrase: the rest of an institution's name ("Association" in "the
/// Correspondents’ Association said"), not a person's ("Sanders’ Campaign Manager Ana Ruiz").
pub(super) fn body_name_after(tk: &Toks, k: usize, e: usize) -> bool {
    let ceil = (k + MAX_BODY_NAME).min(e);
    let m = (k..ceil).find(|&m| !(tk.word(m) && tk.cap(m))).unwrap_or(ceil);
    m > k && (m == e || !tk.word(m)) && tk.has(m - 1, class::BODY)
}
