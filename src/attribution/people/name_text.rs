//! The text of the names [`People`](super::People) keeps: a name's words single-spaced, a
//! possessive's ending trimmed, its first and last words, copied into the buffers a kept
//! mention lends; and the text of a description, its parts joined. Each does what the general
//! string functions do (`split_whitespace`, `trim_end_matches`), without their searchers,
//! copies and character decoding on the usual name ("Ana Ruiz"): they run for every mention
//! of a person.

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed, WORDS_TABLE};
use crate::scan::is_ascii_space;

/// `s` without the `suffix` repeated at its end ("Trump's" -> "Trump"): what
/// `str::trim_end_matches` gives, without its general substring searcher (about 250
/// instructions a call).
pub(crate) fn trim_repeated<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// The quote marks a nickname opens with (its closing ones are the same glyphs or
/// [`NICKNAME_CLOSES`]).
const NICKNAME_OPENS: [char; 3] = ['"', '\u{201c}', '\u{2018}'];
/// The quote marks a nickname closes with.
const NICKNAME_CLOSES: [char; 3] = ['"', '\u{201d}', '\u{2019}'];

/// `s` without a nickname in quote marks between its words ("Marcia \"Cia\" Price" -> "Marcia
/// Price"): the person's name, which the same person's other mentions, with or without the
/// nickname, share (the speaker walks read a name through its nickname,
/// `speaker::nickname_close`). `None` when `s` holds no opening mark (the usual name).
pub(super) fn without_nickname(s: &str) -> Option<String> {
    // Most names hold neither '"' nor a byte of the three-byte curly marks (0xE2 …): a byte
    // screen before the character search.
    if memchr::memchr2(b'"', 0xE2, s.as_bytes()).is_none() || !s.contains(NICKNAME_OPENS) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for word in s.split_whitespace() {
        let opens = !inside && word.starts_with(NICKNAME_OPENS);
        if opens || inside {
            inside = !word.ends_with(NICKNAME_CLOSES) || (opens && word.chars().count() == 1);
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Sets `out` to `s`: a copy made to size when `out` holds no buffer yet
/// ([`People::canonical`](super::People::canonical)'s new name: pushed, it went through the
/// vector's growth, ~70 instructions more), else into the buffer it holds.
pub(super) fn set_to(out: &mut String, s: &str) {
    if out.capacity() == 0 {
        *out = s.to_owned();
    } else {
        out.clear();
        out.push_str(s);
    }
}

/// Appends `s`'s words to `out`, each after a single space unless `out` is empty: what
/// `single_spaced` gives for the parts joined by spaces, without the join's copies.
// Inlined into `People::resolve` (its description), as it was with one caller.
#[inline]
pub(super) fn push_words(out: &mut String, s: &str) {
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// `s`'s words joined by single spaces, copied directly when it is already so (the usual
/// case: no split and join).
#[cfg(test)]
pub(super) fn single_spaced(s: &str) -> String {
    let mut out = String::new();
    push_single_spaced(&mut out, s);
    out
}

/// Sets the empty `out` to `s`'s words joined by single spaces: copied directly when `s`
/// is already so (the usual case), else word by word.
pub(super) fn push_single_spaced(out: &mut String, s: &str) {
    if is_single_spaced(s) {
        set_to(out, s);
    } else {
        push_words(out, s);
    }
}

/// Whether `s` is its words joined by single spaces already: ASCII, no white space but single
/// inner spaces (one pass over the bytes).
pub(super) fn is_single_spaced(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut before = b' ';
    bytes.iter().all(|&b| {
        let ok = b.is_ascii() && !(is_ascii_space(b) && b != b' ') && !(b == b' ' && before == b' ');
        before = b;
        ok
    }) && bytes.last() != Some(&b' ')
}

/// The first of `s`'s words and, when it has two or more, the last: what `split_whitespace`'s
/// `next` and `next_back` give ("" for none). A name of ASCII words between single runs of
/// white space (the usual "Ana Ruiz") is read in one pass over its bytes, without the
/// iterator's decoding of characters; any other goes through the iterator.
pub(super) fn first_and_last(s: &str) -> (&str, Option<&str>) {
    let through_iterator = || {
        let mut words = s.split_whitespace();
        (words.next().unwrap_or(""), words.next_back())
    };
    let bytes = s.as_bytes();
    let (mut first_white, mut last_white) = (None, 0);
    for (i, &b) in bytes.iter().enumerate() {
        if !b.is_ascii() {
            return through_iterator();
        }
        if is_ascii_space(b) {
            first_white.get_or_insert(i);
            last_white = i;
        }
    }
    match first_white {
        None => (s, None),
        // White space at either end: the iterator trims it.
        Some(0) => through_iterator(),
        _ if last_white + 1 == bytes.len() => through_iterator(),
        Some(first_end) => (s.get(..first_end).unwrap_or_default(), Some(s.get(last_white + 1..).unwrap_or_default())),
    }
}

/// The text of a description's parts (token ranges of `tk`), words joined by single spaces in
/// one string, or none when they hold no words but articles and prepositions ("of the", "a")
/// or end in a courtesy title ("Aides to Mr."); a part the text sets off from the one before
/// by a comma keeps it ("Montana Sen. Jon Tester, chairman of …": "Montana Sen., chairman of
/// …", not "Montana Sen. chairman of …").
// Inlined into `People::resolve`, where it was written before it moved here.
#[inline]
pub(super) fn description_text(tk: &Toks, desc: &[(usize, usize)]) -> Option<String> {
    // Room for the parts whole (an upper bound): one allocation.
    let mut joined = String::with_capacity(desc.iter().map(|&(a, b)| tk.slice(a, b).len() + 1).sum());
    for (i, &(a, b)) in desc.iter().enumerate() {
        // "Mr. Ruiz, the law professor": the courtesy title says nothing the other part does
        // not; alone, "Mr. Ruiz", it says nothing the name does not (none is left).
        if lone_courtesy(tk, a, b) {
            continue;
        }
        // Most descriptions have one part: the comma is looked for only before a second.
        if i > 0 && !joined.is_empty() && desc.get(i - 1).is_some_and(|&(_, e)| comma_between(tk, e, a)) {
            joined.push(',');
        }
        push_words(&mut joined, tk.slice(a, b).trim_matches([',', ' ']));
    }
    // Most speakers have no description: the words are asked about only when one is left.
    Some(joined).filter(|d| !d.is_empty() && !says_nothing(tk, desc))
}

/// Whether a description's parts say nothing of the person: articles and prepositions alone
/// ("a", "of the"), or words ending in a courtesy title, which are about the person named
/// after it, whom they do not describe but lead to ("Aides to Mr. Ruiz said"; not the title
/// alone, a part of its own after an appositive, "The minister, Mr. Ruiz,", left out before).
#[inline(never)]
fn says_nothing(tk: &Toks, desc: &[(usize, usize)]) -> bool {
    let led_to = desc.last().is_some_and(|&(a, b)| {
        let mut words = (a..b).rev().filter(|&k| tk.word(k));
        // The courtesy titles open with an "m" ("Mr.", "Ms"): the list is asked of no other.
        let courtesy = |k: usize| {
            tk.s(k).as_bytes().first().is_some_and(|b| b | 0x20 == b'm') && is_listed(Listed::Courtesy, tk.s(k))
        };
        words.next().is_some_and(courtesy) && words.next().is_some()
    });
    led_to || !desc.iter().any(|&(a, b)| (a..b).any(|k| tk.word(k) && !tk.has(k, EMPTY_WORD)))
}

/// The classes of the words that describe no one alone, an article's or a preposition's: a
/// description made only of them, "a", "of the", "by", is left out.
const EMPTY_WORD: u32 = class::ARTICLE | class::CONNECTOR | class::AGENT | class::TAILPREP | class::JOINER;

/// Whether the description's part `a..b` is a courtesy title alone (list kind `courtesy`:
/// "Mr.", "Ms"), its punctuation aside: alone or beside another part, it describes no one.
fn lone_courtesy(tk: &Toks, a: usize, b: usize) -> bool {
    let mut words = (a..b).filter(|&k| tk.word(k));
    matches!((words.next(), words.next()), (Some(k), None) if is_listed(Listed::Courtesy, tk.s(k)))
}

/// Whether a comma sets off a description's part starting at token `a` from the part before
/// it, ending at token `e` (its last token, or the next part's first, is the comma when the
/// parts take it in). Not after a part that ends in a preposition or an article, whose
/// object the name was ("a pastor at the Church of Elizabeth, Colorado": "of" wants its
/// object, and a comma after it reads worse than none).
#[inline(never)]
fn comma_between(tk: &Toks, e: usize, a: usize) -> bool {
    let last = if e > 0 && tk.punct(e - 1, ',') { e.wrapping_sub(2) } else { e.wrapping_sub(1) };
    let grammar = class::FUNCTION | class::CONNECTOR | class::TAILPREP | class::ARTICLE | class::DETERMINER;
    let open_ended = tk.word(last) && !tk.cap(last) && tk.has(last, grammar);
    e <= a && !open_ended && (e.saturating_sub(1)..=a).any(|k| tk.punct(k, ','))
}

/// The longest word [`is_particle`] looks up: the listed particles are short ("dos", "van"),
/// and most words asked, names, are longer.
const MAX_PARTICLE_BYTES: usize = 5;

/// Whether a name's first word is a lower-case particle ("dos", "de", "al"), so that the name
/// is a surname written with its particle.
pub(super) fn starts_with_particle(first: &str) -> bool {
    first.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && is_particle(first)
}

/// Whether `word`, in any case, is a name's particle (list kind `particle`: "bin", "al", "De"
/// opening a sentence): the one test the name rules share.
pub(crate) fn is_particle(word: &str) -> bool {
    word.len() <= MAX_PARTICLE_BYTES && WORDS_TABLE.entry_any(word.as_bytes()).classes & class::PARTICLE != 0
}

/// `name` without its possessive ending ("Trump's", "Trump\u{2019}s": "Trump").
pub(super) fn trim_possessive(name: &str) -> &str {
    trim_repeated(trim_repeated(name, "'s"), "\u{2019}s")
}

/// Whether the single-spaced name `long` is the name `short` with words before it ("Rip
/// Donald Trump", "Donald Trump"): a title-case headline's verb or modifier glued to a name
/// ("Black Lawmakers Rip Donald Trump As …") that the text writes again without it.
pub(crate) fn words_before(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long.as_bytes().get(long.len() - short.len() - 1) == Some(&b' ')
        && short.as_bytes().contains(&b' ')
}

/// Whether the single-spaced full names `held` and `new`, which end in the same surname, name
/// two people: their given names (first words past initials, "Donald J. Trump" is "Donald")
/// differ, and neither name is the other with words before it ("Democrat Hillary Clinton",
/// "Bill de Blasio" and "De Blasio").
/// "Marcel Lazar" and "Gabriela Lazar", "Hillary Clinton" and "Bill Clinton" are two;
/// "Donald Trump" and "Donald J. Trump" one.
// Out of line: asked only when a held surname meets another full name.
#[inline(never)]
pub(crate) fn two_people(held: &str, new: &str) -> bool {
    given_name(held) != given_name(new)
        && !words_before(held, new)
        && !words_before(new, held)
        && !ends_with_words(held, new)
        && !ends_with_words(new, held)
}

/// A full name's given name: its first word that is no initial ("J.", "C.L."). A byte loop,
/// not `split`'s character searcher (a name is a few bytes). Also `honorific`'s reader of the
/// given names a surname is written with.
pub(super) fn given_name(name: &str) -> &str {
    let initial = |w: &str| w.ends_with('.') && !w.bytes().any(|b| b.is_ascii_lowercase());
    let mut rest = name;
    while let Some(space) = rest.bytes().position(|b| b == b' ') {
        let (word, after) = (rest.get(..space).unwrap_or_default(), rest.get(space + 1..).unwrap_or_default());
        if !initial(word) {
            return word;
        }
        rest = after;
    }
    rest
}

/// Whether the single-spaced name `long` ends with the words of the name `short`, a surname
/// led by its particle in any case, after words of its own ("Bill de Blasio" and "De Blasio"
/// opening a sentence, "Chris Van Hollen" and "Van Hollen"): the same person's full name, which
/// the surname stands for. Only a particle's: words before a surname in no list may be no part
/// of the person's name ("Democrat Hillary Clinton" is not what "Hillary Clinton" stands for).
pub(super) fn ends_with_words(long: &str, short: &str) -> bool {
    let particle = short.split_once(' ').is_some_and(|(first, _)| is_particle(first));
    let (long, short) = (long.as_bytes(), short.as_bytes());
    particle
        && long.len() > short.len()
        && long.get(long.len() - short.len() - 1) == Some(&b' ')
        && long.get(long.len() - short.len()..).is_some_and(|end| end.eq_ignore_ascii_case(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_drops_its_quoted_nickname() {
        assert_eq!(without_nickname("Marcia \"Cia\" Price").as_deref(), Some("Marcia Price"));
        assert_eq!(without_nickname("C.L. \u{201c}Big Papi\u{201d} Otter").as_deref(), Some("C.L. Otter"));
        assert_eq!(without_nickname("John \u{2018}Tig\u{2019} Tiegen").as_deref(), Some("John Tiegen"));
        // No opening mark: the name as it is (no copy).
        assert_eq!(without_nickname("Ana Ruiz"), None);
        assert_eq!(without_nickname("Ruiz\u{2019}s"), None);
    }

    #[test]
    fn two_full_names_of_one_surname_name_two_people_when_their_given_names_differ() {
        for (held, new, want) in [
            ("Marcel Lehel Lazar", "Gabriela Violeta Lazar", true),
            ("Hillary Clinton", "Bill Clinton", true),
            ("George W. Bush", "Jeb Bush", true),
            // Must not fire: one person written two ways.
            ("Donald Trump", "Donald J. Trump", false),
            ("Joseph R. Biden", "Joseph Biden", false),
            ("Hillary Clinton", "Democrat Hillary Clinton", false),
            ("Rival Hillary Clinton", "Hillary Clinton", false),
            ("Ana Ruiz", "Ana Ruiz", false),
            ("Bill de Blasio", "De Blasio", false),
        ] {
            assert_eq!(two_people(held, new), want, "{held} / {new}");
            assert_eq!(two_people(new, held), want, "{new} / {held}");
        }
    }

    #[test]
    fn a_longer_name_is_a_shorter_one_with_words_before_it() {
        for (long, short, want) in [
            ("Rip Donald Trump", "Donald Trump", true),
            ("Ana Maria Ruiz", "Maria Ruiz", true),
            // Not a whole word, the same name, nor a surname alone (which any full name ends in).
            ("Rip Donald Trump", "onald Trump", false),
            ("Donald Trump", "Donald Trump", false),
            ("Donald Trump", "Trump", false),
            ("Donald Trump", "Rip Donald Trump", false),
            ("Ivanka Trump", "Donald Trump", false),
            ("", "", false),
            ("\u{c9}lise Ana Ruiz", "Ana Ruiz", true),
        ] {
            assert_eq!(words_before(long, short), want, "{long:?} {short:?}");
        }
    }

    #[test]
    fn a_full_name_ends_with_the_words_of_a_shorter_one_in_any_case() {
        for (long, short, want) in [
            ("Bill de Blasio", "De Blasio", true),
            // A surname's first part, or a name after a word in a list, is not a particle's.
            ("Debbie Wasserman Schultz", "Wasserman Schultz", false),
            ("Democrat Hillary Clinton", "Hillary Clinton", false),
            ("Chris Van Hollen", "Van Hollen", true),
            ("Jos\u{e9} Eduardo dos Santos", "Dos Santos", true),
            ("Jos\u{e9} Eduardo dos Pe\u{f1}a", "Dos Pe\u{f1}a", true),
            // Another first name, the same name, a surname alone, a part of a word.
            ("Hillary Clinton", "Bill Clinton", false),
            ("Bill de Blasio", "Bill de Blasio", false),
            ("Bill de Blasio", "Blasio", false),
            ("Bill de Blasio", "e Blasio", false),
            ("", "De Blasio", false),
            // A first word no token holds in one piece is no particle.
            ("Ana D\u{e9} Ruiz", "D\u{e9} Ruiz", false),
            ("Ana d/o Ruiz", "D/o Ruiz", false),
        ] {
            assert_eq!(ends_with_words(long, short), want, "{long:?} {short:?}");
        }
    }

    /// The words of a description's parts, joined by single spaces in one string, are what
    /// the parts joined by spaces and re-spaced give.
    #[test]
    fn description_words_are_single_spaced() {
        let parts = ["Deputy  Mayor", " of\tthe city ", "", "(R-Ohio)"];
        let mut out = String::new();
        for p in parts {
            push_words(&mut out, p);
        }
        assert_eq!(out, single_spaced(&parts.join(" ")));
        assert_eq!(out, "Deputy Mayor of the city (R-Ohio)");
    }

    #[test]
    fn name_cleaning_matches_the_general_string_functions() {
        for s in [
            "Ana Ruiz",
            " Ana  Ruiz ",
            "Ana\tRuiz",
            "Ana\u{0b}Ruiz",
            "Ana\u{a0}Ruiz",
            "Ruiz's",
            "Ruiz's's",
            "Ruiz\u{2019}s",
            "O'Neil's ",
            "'s",
            "",
            "  ",
            " Ana",
            "Ana ",
            "A B  C",
            "\tAna Mae Ruiz\r\n",
            "Ana\u{0b}Mae  Ruiz",
            "A",
            "\u{a0}Ana Ruiz\u{a0}",
            "Ana\u{0c}Ruiz",
            "Ana Ruiz\u{0b}",
            "\u{c9}lise Ruiz",
        ] {
            let trimmed = s.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            assert_eq!(trim_repeated(trim_repeated(s, "'s"), "\u{2019}s"), trimmed, "{s:?}");
            assert_eq!(single_spaced(s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{s:?}");
            let mut words = s.split_whitespace();
            let first = words.next().unwrap_or("");
            assert_eq!(first_and_last(s), (first, words.next_back()), "{s:?}");
        }
    }
}
