use super::*;
use crate::attribution::words::Opener;

/// The tokens of the whole of `s`.
fn tokens_of(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(s, 0..s.len(), &mut out);
    out
}

fn toks(s: &str) -> Vec<&str> {
    tokens_of(s).iter().map(|t| &s[t.span()]).collect()
}

/// The word runs of the whole of `s`, as text.
fn runs(s: &str) -> Vec<&str> {
    word_runs(s, &tokens_of(s)).map(|r| &s[r]).collect()
}

/// A token is 24 bytes: a document holds one about every five bytes of its text, the largest
/// array of an analysis (40 bytes with `usize` offsets, a `bool` per flag and a 32-bit claims
/// root). Its kind, a `Kind`, is eight.
#[test]
fn a_token_is_24_bytes() {
    assert_eq!(std::mem::size_of::<Kind>(), 8);
    assert_eq!(std::mem::size_of::<Token>(), 24);
}

/// What a token is reads back as the tokenizer found it: the mark families, punctuation in the
/// and outside the Basic Multilingual Plane as itself.
#[test]
fn kinds_read_back() {
    let s = "\u{201c}a\u{2019} \u{ab}b\u{bb} '' ; \u{2014} \u{1f600} \u{ffef}";
    let kinds: Vec<Kind> = tokens_of(s).iter().map(Token::kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Mark(Family::Double),
            Kind::Word,
            Kind::Mark(Family::Single),
            Kind::Mark(Family::Guillemet),
            Kind::Word,
            Kind::Mark(Family::Guillemet),
            Kind::Mark(Family::Double),
            Kind::Punct(';'),
            Kind::Punct('\u{2014}'),
            Kind::Punct('\u{1f600}'),
            Kind::Punct('\u{ffef}'),
        ]
    );
}

/// A word's claims root reads back as it was found: a node as itself, the two markers as
/// themselves; a node too large for 16 bits as unknown (looked up again from the text).
#[test]
fn claims_roots_read_back() {
    use crate::claims::words::ROOT_NONE;
    let word = |root: u32| Token {
        start: 0,
        end: 1,
        cls: 0,
        kind: Kind::Word,
        low: narrow_root(root),
        flags: 0,
        listed_as: None,
    };
    for root in [0, 1, 517, 0x7FFF, ROOT_NONE, ROOT_UNKNOWN] {
        assert_eq!(word(root).claims_root(), root);
    }
    assert_eq!(word(0x8000).claims_root(), ROOT_UNKNOWN);
    assert_eq!(word(0xFFFE).claims_root(), ROOT_UNKNOWN);
    // The word lists keep a root as the token gives it back.
    for root in [0, 0x7FFF, 0x8000, 0xFFFE, ROOT_NONE, ROOT_UNKNOWN] {
        assert_eq!(root_as_kept(root), word(root).claims_root());
        assert_eq!(u32::from(narrow_root(root_as_kept(root))), u32::from(root_as_kept(root) as u16));
    }
    // Punctuation and marks, as the tokenizer reads them, hold no root.
    for t in tokens_of(", \u{201c} x") {
        assert_eq!(t.claims_root() == ROOT_UNKNOWN, !t.is_word(), "{t:?}");
    }
}

/// Each flag reads back what the tokenizer saw, apart from the others (`not_loaded` is set for
/// a mark or punctuation, and never for a joined word, which is not looked up).
#[test]
fn flags_read_back_apart() {
    let s = "Mr. don\u{2019}t \u{201c}Ann\u{201d}, x";
    let out = tokens_of(s);
    let flags = |t: &Token| (t.cap(), t.space_before(), t.space_after(), t.joined(), t.ascii());
    let got: Vec<_> = out.iter().map(|t| (&s[t.span()], flags(t), t.not_loaded())).collect();
    assert_eq!(got[0], ("Mr.", (true, true, true, true, true), false), "{got:?}");
    assert_eq!(got[1], ("don\u{2019}t", (false, true, true, true, false), false), "{got:?}");
    assert_eq!(got[2], ("\u{201c}", (false, true, false, false, false), true), "{got:?}");
    assert_eq!((got[3].0, got[3].1), ("Ann", (true, false, false, false, true)), "{got:?}");
    assert_eq!(got[5], (",", (false, false, true, false, false), true), "{got:?}");
    assert_eq!(out[2].kind(), Kind::Mark(Family::Double));
    assert!(out[5].is_punct(',') && !out[5].is_stop() && out[3].is_word());
}

/// A block that ends past the offsets a token can hold is left without tokens.
#[test]
fn no_tokens_past_the_longest_text() {
    let mut out = Vec::new();
    tokenize("a b", 0..MAX_TOKENIZED_BYTES + 1, &mut out);
    assert!(out.is_empty());
}

/// Only a word is capitalised: marks, punctuation and symbols never have `cap` set, even
/// where the character is an upper-case-looking one or follows a capital.
#[test]
fn only_words_are_capitalised() {
    let s =
        "\u{201c}NATO\u{201d} \u{ab}\u{c9}lys\u{e9}e\u{bb} \u{2014}A, B. $5 & \u{3a3}\u{2019} (Z) ''Q'' \u{1f600}X.";
    let mut out = Vec::new();
    tokenize(s, 0..s.len(), &mut out);
    assert!(out.iter().any(|t| t.cap()), "{out:?}");
    for t in &out {
        assert!(!t.cap() || t.is_word(), "{:?} {t:?}", &s[t.span()]);
    }
}

#[test]
fn words_marks_and_punctuation() {
    assert_eq!(
        toks("\u{201c}Don't go,\u{201d} the U.S. envoy said."),
        ["\u{201c}", "Don't", "go", ",", "\u{201d}", "the", "U.S.", "envoy", "said", "."]
    );
    assert_eq!(toks("Moscow\u{2019}s ''we fight.\""), ["Moscow\u{2019}s", "''", "we", "fight", ".", "\""]);
}

/// A comma between digit groups stays in the number; a comma before a space, or before
/// anything but a group of three digits, is punctuation.
#[test]
fn thousands_comma_stays_in_the_number() {
    assert_eq!(
        toks("About 12,500 nurses and 1,250,000 voters said so."),
        ["About", "12,500", "nurses", "and", "1,250,000", "voters", "said", "so", "."]
    );
    assert_eq!(toks("He earns $52,000, she said."), ["He", "earns", "$", "52,000", ",", "she", "said", "."]);
    assert_eq!(
        toks("Rooms 1, 2 and 3; in 2019, 40 came; 2019,40 and 1,0000 and 12345,678 and 5,000s."),
        [
            "Rooms", "1", ",", "2", "and", "3", ";", "in", "2019", ",", "40", "came", ";", "2019", ",", "40", "and",
            "1", ",", "0000", "and", "12345", ",", "678", "and", "5", ",", "000s", "."
        ]
    );
    assert_eq!(toks("Route 9,500 (4.5,000)"), ["Route", "9,500", "(", "4.5", ",", "000", ")"]);
}

/// Every listed abbreviation short enough for the tokenizer's look-up (five bytes) keeps its
/// period in the word in its example (`src/lexicon/sentence_abbreviations.txt`).
#[test]
fn listed_abbreviations_keep_their_period() {
    for entry in crate::lexicon::parse(crate::text::sentences::ABBREVIATIONS) {
        let word = format!("{}.", entry.fields[0]);
        if word.len() <= 6 {
            assert!(toks(entry.examples[0]).contains(&word.as_str()), "line {}: {word:?}", entry.line);
        }
    }
}

#[test]
fn word_runs_split_joined_words() {
    let s = "The U.S. envoy, Mr. A. Smith-Jones, didn\u{2019}t say R&D at 9.5%; na\u{ef}ve \u{201c}x\u{201d} end.";
    let runs = runs(s);
    assert_eq!(
        runs,
        [
            "The",
            "U",
            "S",
            "envoy",
            "Mr",
            "A",
            "Smith",
            "Jones",
            "didn",
            "t",
            "say",
            "R",
            "D",
            "at",
            "9",
            "5",
            "na\u{ef}ve",
            "x",
            "end"
        ]
    );
}

/// The runs that skip unlisted words are the runs of the words that are joined or may
/// start a loaded-wording form: marks and punctuation, whose `not_loaded` is set so that
/// the skip tests one flag, give none either way.
#[test]
fn word_runs_skipping_unlisted_skip_only_unlisted_plain_words() {
    let s = "The \u{201c}radical\u{201d} mayor, a so-called ally (R-Texas), slammed U.S. aid: 5% \u{2014} lies!";
    let out = tokens_of(s);
    assert!(out.iter().filter(|t| !t.is_word()).all(|t| t.not_loaded()), "{out:?}");
    let skipping: Vec<&str> = word_runs(s, &out).skipping_unlisted().map(|r| &s[r]).collect();
    let listed: Vec<Token> = out.iter().filter(|t| t.is_word() && !t.not_loaded()).cloned().collect();
    let expected: Vec<&str> = word_runs(s, &listed).map(|r| &s[r]).collect();
    assert_eq!(skipping, expected);
    assert!(skipping.contains(&"radical") && !skipping.contains(&"mayor"), "{skipping:?}");
}

/// Joined words whose runs or joiners are outside ASCII split as those with ASCII ones: the
/// run goes on over a letter outside ASCII, and a joiner outside ASCII is skipped whole.
#[test]
fn word_runs_split_joined_words_outside_ascii() {
    let s = "caf\u{e9}-goers don\u{2019}t-care na\u{ef}ve\u{2019}s x\u{2011}\u{e9}t\u{e9} Zo\u{eb}.";
    let runs = runs(s);
    let expected = ["caf\u{e9}", "goers", "don", "t", "care", "na\u{ef}ve", "s", "x", "\u{e9}t\u{e9}", "Zo\u{eb}"];
    assert_eq!(runs, expected);
}

/// A token has white space before (after) it exactly when the character before (after)
/// it is white space or the block's edge.
#[test]
fn space_flags_follow_the_text() {
    let s = " \u{201c}Don't go,\u{201d}  the U.S.\u{a0}envoy said\t(''no'').\n\u{2014}A\u{2003}b ";
    let mut out = Vec::new();
    tokenize(s, 1..s.len() - 1, &mut out);
    let block = 1..s.len() - 1;
    for t in &out {
        let before = t.start() == block.start || s[..t.start()].chars().next_back().is_some_and(char::is_whitespace);
        let after = t.end() == block.end || s[t.end()..].chars().next().is_some_and(char::is_whitespace);
        assert_eq!((t.space_before(), t.space_after()), (before, after), "{:?}", &s[t.span()]);
    }
    assert_eq!(out.len(), 18);
}

/// A word's `ascii` flag says whether its bytes are all ASCII, joiners included.
#[test]
fn ascii_flag_follows_the_bytes() {
    let s = "plain na\u{ef}ve don\u{2019}t Smith\u{2010}Jones U.S. caf\u{e9} \u{e9}t\u{e9} R&D x-ray";
    let mut out = Vec::new();
    tokenize(s, 0..s.len(), &mut out);
    assert_eq!(out.len(), 9);
    for t in &out {
        assert_eq!(t.ascii(), s[t.span()].is_ascii(), "{:?}", &s[t.span()]);
    }
}

/// A word's `listed_as` is its entry of kind `opener`, `count`, `degree` or `member` in the
/// word list, in any case, and nothing for a plural, a longer word or a word outside the list.
#[test]
fn listed_as_follows_the_word_list() {
    let mut listed = Vec::new();
    for f in crate::lexicon::fields(super::super::words::WORDS) {
        match (f.first(), f.get(1)) {
            (Some(w), Some(&"opener")) => listed.push((w.to_string(), Some(ListedAs::Opener(Opener::Phrase)))),
            (Some(w), Some(&"count")) => listed.push((w.to_string(), Some(ListedAs::Opener(Opener::Count)))),
            (Some(w), Some(&"degree")) => listed.push((w.to_string(), Some(ListedAs::Opener(Opener::Degree)))),
            (Some(w), Some(&"member")) => listed.push((w.to_string(), Some(ListedAs::Member))),
            _ => {}
        }
    }
    assert!(listed.len() > 20);
    // One byte in the token, as the opener alone was.
    assert_eq!(std::mem::size_of::<Option<ListedAs>>(), 1);
    for (word, want) in listed {
        let upper = word.to_ascii_uppercase();
        let capital = format!("{}{}", &upper[..1], &word[1..]);
        let s = format!("{word} {capital} {upper} {word}s {capital}x na\u{ef}{word} Ruiz.");
        let mut out = Vec::new();
        tokenize(&s, 0..s.len(), &mut out);
        let got: Vec<Option<ListedAs>> = out.iter().map(|t| t.listed_as).collect();
        assert_eq!(got, [want, want, want, None, None, None, None, None], "{s}");
    }
}

/// The byte tables agree with the character tests they stand in for.
#[test]
fn byte_tables_agree_with_the_character_tests() {
    for b in 0..128u8 {
        let c = char::from(b);
        assert_eq!(is_ascii_space(b), c.is_whitespace(), "{b:#x}");
        let lead = if c.is_whitespace() {
            Lead::Space
        } else if is_word_char(c) {
            Lead::Alnum
        } else {
            Lead::Other
        };
        assert!(LEAD[usize::from(b)] == lead, "{b:#x}");
        assert_eq!(ASCII_ALNUM[usize::from(b)], is_word_char(c), "{b:#x}");
        let joiner = matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&' | '\u{2010}' | '\u{2011}');
        assert_eq!(ASCII_WORD_END[usize::from(b)], !is_word_char(c) && !joiner, "{b:#x}");
    }
    assert!((128..=255).all(|b| !ASCII_WORD_END[b] && LEAD[b] == Lead::Wide));
}

/// An honorific ("Cardinal", "Sir") is a title as written, ASCII or not around it, and its
/// plural is no noun of persons ("the bishops"); a listed title's plural is one ("senators").
#[test]
fn an_honorific_is_a_title_but_its_plural_no_noun_of_persons() {
    use crate::attribution::words::{class, ListedAs};
    let title = |s: &str, word: &str| {
        let out = tokens_of(s);
        let t = out.iter().find(|t| &s[t.span()] == word).expect("the word");
        (t.cls & class::TITLE != 0, t.listed_as)
    };
    let honorific = Some(ListedAs::Honorific);
    assert_eq!(title("Cardinal Sean O’Malley said so.", "Cardinal"), (true, honorific));
    assert_eq!(title("Bishop Émile Ruiz said so.", "Bishop"), (true, honorific));
    assert_eq!(title("The Cardinal said so.", "Cardinal"), (true, honorific));
    assert_eq!(title("The bishops said so.", "bishops"), (false, None));
    assert_eq!(title("The Bishops said so.", "Bishops"), (false, None));
    assert_eq!(title("The senators said so.", "senators"), (true, None));
}

/// A word's ASCII run stops at the first byte that is no ASCII letter or digit (a joiner, a
/// mark, white space, a byte outside ASCII) or at the end of the block; the tokenizer's words
/// come out the same at a block's end as inside it.
#[test]
fn an_ascii_run_stops_at_the_first_other_byte_or_the_end() {
    assert_eq!(ascii_alnum_run(b"Clinton's"), 7);
    assert_eq!(ascii_alnum_run(b"34,000"), 2);
    assert_eq!(ascii_alnum_run("na\u{ef}ve".as_bytes()), 2);
    assert_eq!(ascii_alnum_run(b"said"), 4);
    assert_eq!(ascii_alnum_run(b" x"), 0);
    assert_eq!(ascii_alnum_run(b""), 0);
    assert_eq!(toks("He said"), ["He", "said"]);
    assert_eq!(toks("U.S."), ["U.S."]);
    assert_eq!(toks("34,000"), ["34,000"]);
}

/// The four-a-step search finds what `position` finds, from every start and length, and reads
/// no item of a group the screen turns away.
#[test]
fn the_four_a_step_search_is_position() {
    let items: Vec<u8> = (0..40u8).map(|k| if k % 7 == 3 || k == 38 { 9 } else { k % 3 }).collect();
    let is = |&x: &u8| x == 9;
    let any = |a: &u8, b: &u8, c: &u8, d: &u8| [a, b, c, d].into_iter().any(is);
    for a in 0..items.len() {
        for b in a..=items.len() {
            let part = &items[a..b];
            assert_eq!(first_in_fours(part, any, is), part.iter().position(is), "{a}..{b}");
        }
    }
    let never = |_: &u8, _: &u8, _: &u8, _: &u8| false;
    assert_eq!(first_in_fours(&[9u8; 4], never, is), None);
    assert_eq!(first_in_fours(&[9u8; 5], never, is), Some(4));
}
