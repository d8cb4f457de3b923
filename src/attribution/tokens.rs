//! Tokens of one block: words, punctuation and candidate quote marks, with byte spans.
//!
//! Attribution reads the text as tokens so that walking from a speech verb to its speaker is
//! a bounded walk over a few tokens, never a scan over characters.

use std::ops::Range;

use super::words::{Opener, WordClasses, Words, WORDS_TABLE};
use crate::claims::words::ROOT_UNKNOWN;
use crate::scan::{is_ascii_space, ASCII_ALNUM};
use crate::text::sentences::is_listed_abbreviation;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and periods ("don't", "U.S.").
    Word,
    /// A mark that may open or close a quote; the flag says which family.
    Mark(Family),
    /// Any other character that is not white space.
    Punct(char),
}

/// Quote-mark families: a quote closes with a mark of the family that opened it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// “ ” " „ ‟ and the doubled apostrophe ''.
    Double,
    /// ‘ ’ ' ‚ ‛ (also apostrophes, told apart by context).
    Single,
    /// « » and ‹ ›.
    Guillemet,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte span in the joined text.
    pub span: Range<usize>,
    /// What the token is.
    pub kind: Kind,
    /// For a word: whether its first letter is upper case. False for every other token
    /// (`Toks::cap` reads it without asking the kind).
    pub cap: bool,
    /// White space (or the block edge) right before the token.
    pub space_before: bool,
    /// White space (or the block edge) right after the token.
    pub space_after: bool,
    /// For a word: it holds more than one run of letters and digits, joined by an apostrophe,
    /// hyphen, period or ampersand ("don't"), or ends with an abbreviation's period ("Mr.").
    pub joined: bool,
    /// For a word: all its bytes are ASCII (the tokenizer knows it from the bytes it read, so
    /// the word look-up need not check them again).
    pub ascii: bool,
    /// For a word: its classes in the attribution word lists (`super::words::class`), 0 for
    /// an unlisted word or a token that is not a word; set as the word is read
    /// ([`Words::classify`]).
    pub cls: u32,
    /// For a word: the node of the claims phrase trie its lower case leads to, found with its
    /// word classes (one look-up serves both; see `claims::words::Token::root`).
    pub claims_root: u32,
    /// For a plain word (not `joined`): its look-up found that it starts no loaded-wording
    /// form; loaded wording's runs skip it ([`WordRuns::skipping_unlisted`]). False for a word
    /// not looked up; true for a mark or punctuation, which starts none either (so that the
    /// runs skip most tokens on this one test).
    pub not_loaded: bool,
    /// For a word: whether it is a listed sentence opener, and what it does there
    /// ([`WordClasses::opener`](super::words::WordClasses::opener)).
    pub opener: Option<Opener>,
}

impl Token {
    /// A token that is no word (a mark or punctuation) at `span`: no classes, no flags but
    /// the white space around it.
    fn not_word(span: Range<usize>, kind: Kind, space_before: bool, space_after: bool) -> Token {
        Token {
            span,
            kind,
            cap: false,
            space_before,
            space_after,
            joined: false,
            ascii: false,
            cls: 0,
            claims_root: ROOT_UNKNOWN,
            not_loaded: true,
            opener: None,
        }
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        // `matches!` tests the tag alone; the derived `==` also compared the payload's bytes.
        matches!(self.kind, Kind::Word)
    }

    /// Whether the token is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }

    /// Whether the token ends a sentence or clause hard (. ! ? ; :).
    pub fn is_stop(&self) -> bool {
        matches!(self.kind, Kind::Punct('.' | '!' | '?' | ';' | ':' | '\u{2026}'))
    }
}

fn mark_family(c: char) -> Option<Family> {
    match c {
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => Some(Family::Double),
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '`' => Some(Family::Single),
        '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}' => Some(Family::Guillemet),
        _ => None,
    }
}

/// ASCII bytes that end a word without a look at what follows: white space and every mark
/// but the inner joiners (`' - . &`). The others — the joiners and any byte outside ASCII —
/// need the character decoded.
static ASCII_WORD_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = !c.is_ascii_alphanumeric() && !matches!(c, b'\'' | b'-' | b'.' | b'&');
        b += 1;
    }
    t
};

/// What the byte a token (or white space) starts with says before any decoding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// ASCII white space.
    Space,
    /// An ASCII letter or digit: a word starts.
    Alnum,
    /// Any other ASCII character: a mark or punctuation.
    Other,
    /// The first byte of a character outside ASCII: decoded to tell.
    Wide,
}

/// [`Lead`] by byte: one look-up sorts the byte (a chain of range tests cost more).
static LEAD: [Lead; 256] = {
    let mut t = [Lead::Wide; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if is_ascii_space(c) {
            Lead::Space
        } else if c.is_ascii_alphanumeric() {
            Lead::Alnum
        } else {
            Lead::Other
        };
        b += 1;
    }
    t
};

fn is_word_char(c: char) -> bool {
    // The General Punctuation block (curly quotes, dashes, ellipsis) holds no letters or
    // digits; news text is full of it, and the Unicode tables are slow to ask.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

/// Whether the comma at `comma` groups the digits of the number that starts at `start`: the
/// number read so far is one to three digits then whole groups of three ("34", "1,409"), and
/// three digits follow the comma, then no letter or digit ("34,000", "1,409,000"). A comma
/// followed by a space is punctuation ("1, 2 and 3", "in 2016, 34 people").
fn groups_digits(bytes: &[u8], start: usize, comma: usize) -> bool {
    let Some(read) = bytes.get(start..comma) else { return false };
    let lead = read.iter().position(|&b| b == b',').unwrap_or(read.len());
    (1..=3).contains(&lead)
        && read.iter().all(|&b| b.is_ascii_digit() || b == b',')
        && read.get(lead..).unwrap_or_default().chunks(4).all(|g| g.len() == 4 && g.first() == Some(&b','))
        && bytes.get(comma + 1..comma + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && bytes.get(comma + 4).is_none_or(|&b| !ASCII_ALNUM[usize::from(b)])
}

/// Splits `span` of `text` into tokens, appending to `out`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Range<usize>, out: &mut Vec<Token>) {
    tokenize_with(text, span, out, &mut String::new());
}

/// Splits `span` of `text` into tokens, appending to `out`, and classifies each word as it is
/// read (its bytes are at hand: a second loop over the tokens read them again); `buf`: a
/// buffer for a word's lower-case copy, kept from block to block.
pub(crate) fn tokenize_with(text: &str, span: Range<usize>, out: &mut Vec<Token>, buf: &mut String) {
    let words: &Words = &WORDS_TABLE;
    let Some(block) = text.get(span.clone()) else { return };
    let base = span.start;
    let bytes = block.as_bytes();
    // News text has a token about every five bytes: growing the vector token by token
    // reallocated it a dozen times per document.
    out.reserve(block.len() / 4);
    let char_at = |i: usize| -> (char, usize) {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => (b as char, 1),
            Some(_) => block.get(i..).and_then(|r| r.chars().next()).map_or((' ', 1), |c| (c, c.len_utf8())),
            None => ('\0', 1),
        }
    };
    // Whether ASCII white space or the block's end is at byte `i`: a token's `space_after`,
    // known as it is pushed (white space outside ASCII, rare, marks the token before it when
    // it is read). Marking each token from the white space after it reloaded the vector's end.
    let ascii_space_at = |i: usize| bytes.get(i).is_none_or(|&b| is_ascii_space(b));
    let mut prev_space = true;
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        let lead = LEAD[usize::from(first)];
        // White space marks the token after it, through `prev_space`; the token before it has
        // read ASCII white space itself (`ascii_space_at`).
        if lead == Lead::Space {
            prev_space = true;
            i += 1;
            continue;
        }
        let (c, len) = if lead == Lead::Wide { char_at(i) } else { (char::from(first), 1) };
        if lead == Lead::Wide && c.is_whitespace() {
            if let Some(last) = out.last_mut() {
                last.space_after = true;
            }
            prev_space = true;
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        let mut joined = false;
        // A character of more than one byte anywhere in the word makes it not ASCII.
        let mut wide = len > 1;
        let kind;
        let word = match lead {
            Lead::Alnum => true,
            Lead::Wide => is_word_char(c),
            Lead::Space | Lead::Other => false,
        };
        if word {
            // A word: alphanumerics joined by one inner apostrophe, hyphen, period or
            // ampersand when an alphanumeric follows.
            let mut has_period = false;
            // Not `while let`, which clippy asks for: LLVM laid that loop out worse (+1.1 M
            // instructions a pass over PolNeAR dev, callgrind).
            #[allow(clippy::while_let_loop)]
            loop {
                // The run of ASCII letters and digits, a byte at a time: a word's run is short
                // (five bytes), and an iterator's `position` cost more in set-up per run
                // (~25 instructions) than its bytes.
                let Some(&b) = bytes.get(end) else { break };
                if ASCII_ALNUM[usize::from(b)] {
                    end += 1;
                    continue;
                }
                if ASCII_WORD_END[usize::from(b)] {
                    // A comma between digit groups is part of the number ("34,000").
                    if b == b',' && groups_digits(bytes, start, end) {
                        joined = true;
                        end += 4;
                        continue;
                    }
                    break;
                }
                let (d, dlen) = char_at(end);
                if b >= 0x80 && is_word_char(d) {
                    wide = true;
                    end += dlen;
                    continue;
                }
                if matches!(d, '\'' | '\u{2019}' | '-' | '.' | '&' | '\u{2010}' | '\u{2011}') {
                    let (after, alen) = char_at(end + dlen);
                    if end + dlen < bytes.len() && is_word_char(after) {
                        joined = true;
                        has_period |= d == '.';
                        wide |= dlen > 1 || alen > 1;
                        end += dlen + alen;
                        continue;
                    }
                    // An abbreviation's final period ("U.S.", "Mr.") stays with the word when
                    // it already holds a period, is a single capital letter or is a known
                    // abbreviation. (Letters and digits hold no period: only a joiner does.)
                    if d == '.' {
                        let single_cap = end - start == 1 && c.is_ascii_uppercase();
                        if single_cap
                            || has_period
                            || (end - start <= 5 && is_listed_abbreviation(block.get(start..end).unwrap_or("")))
                        {
                            joined = true;
                            end += 1;
                        }
                    }
                }
                break;
            }
            kind = Kind::Word;
        } else if let Some(family) = mark_family(c) {
            // Two straight apostrophes make one double mark: ''like this".
            if (c == '\'' || c == '`') && bytes.get(end) == Some(&(c as u8)) {
                end += 1;
                kind = Kind::Mark(Family::Double);
            } else {
                kind = Kind::Mark(family);
            }
        } else {
            kind = Kind::Punct(c);
        }
        // A mark or punctuation is pushed apart from a word: with one push for both, the
        // fields that differ were merged through the stack (~10 instructions a token).
        if !word {
            out.push(Token::not_word(base + start..base + end, kind, prev_space, ascii_space_at(end)));
            prev_space = false;
            i = end;
            continue;
        }
        let cap = if first < 0x80 { first.is_ascii_uppercase() } else { c.is_uppercase() };
        let ascii = !wide;
        let WordClasses { cls, claims_root, not_loaded, opener } =
            words.classify(bytes, start..end, ascii, joined, buf);
        out.push(Token {
            span: base + start..base + end,
            // Named, not `kind`: known here to be a word, no payload bytes are copied.
            kind: Kind::Word,
            cap,
            space_before: prev_space,
            space_after: ascii_space_at(end),
            joined,
            ascii,
            cls,
            claims_root,
            not_loaded,
            opener,
        });
        prev_space = false;
        i = end;
    }
}

/// The maximal runs of letters and digits of the text that `tokens` were read from, in order:
/// the words of loaded wording's lists, taken from the tokens so that the text is not
/// scanned again.
pub(crate) fn word_runs<'a>(text: &'a str, tokens: &'a [Token]) -> WordRuns<'a> {
    WordRuns { text, tokens: tokens.iter(), rest: 0..0, skip_unlisted: false }
}

/// The iterator of [`word_runs`]: a word's span, or the runs of a joined word, split again.
pub(crate) struct WordRuns<'a> {
    text: &'a str,
    tokens: std::slice::Iter<'a, Token>,
    /// What is left of the joined word being split.
    rest: Range<usize>,
    /// Whether the plain words that start no loaded-wording form are left out.
    skip_unlisted: bool,
}

impl WordRuns<'_> {
    /// The same runs less the plain words that the word look-up found start no loaded-wording
    /// form ([`Token::not_loaded`]): loaded wording looks at no other.
    pub(crate) fn skipping_unlisted(self) -> Self {
        WordRuns { skip_unlisted: true, ..self }
    }

    /// The next run of the joined word being split (`None` if none is left), and what is left
    /// of it after that run and the joiner that ends it. Rare (one word in twenty), but small
    /// enough to inline once the decoding of characters outside ASCII is kept apart
    /// ([`Self::run_past_ascii`]).
    #[inline]
    fn split_joined(&mut self) -> Option<Range<usize>> {
        let start = self.rest.start;
        let Some(word) = self.text.as_bytes().get(start..self.rest.end) else {
            self.rest = 0..0;
            return None;
        };
        // ASCII letters and digits through a byte table. Most runs end at an ASCII joiner
        // ('-', '.', '\'') or at the word's end: the bytes say where, and the joiner is one
        // byte long, with no character decoded. (`rest` starts at a character's start, so the
        // bytes' run is the characters' run.)
        let ascii_run = word.iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(word.len());
        let (len, joiner) = match word.get(ascii_run) {
            Some(&b) if b >= 0x80 => self.run_past_ascii(ascii_run),
            _ => (ascii_run, 1),
        };
        let run = start..start + len;
        self.rest.start = run.end + joiner;
        (!run.is_empty()).then_some(run)
    }

    /// [`Self::split_joined`] where the ASCII letters and digits from the start of `rest` end
    /// at `ascii_run` before a character outside ASCII: the length of the run of word
    /// characters, which may go on past it ("naïve"), and of the joiner after it ("’"),
    /// decoded. Kept apart so that the common path saves no registers for its calls.
    #[cold]
    #[inline(never)]
    fn run_past_ascii(&self, ascii_run: usize) -> (usize, usize) {
        let word = self.text.get(self.rest.clone()).unwrap_or_default();
        let len = word
            .get(ascii_run..)
            .and_then(|rest| rest.find(|c: char| !is_word_char(c)))
            .map_or(word.len(), |k| ascii_run + k);
        let joiner = word.get(len..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
        (len, joiner)
    }
}

impl Iterator for WordRuns<'_> {
    type Item = Range<usize>;

    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        loop {
            if self.rest.start < self.rest.end {
                match self.split_joined() {
                    Some(run) => return Some(run),
                    None => continue,
                }
            }
            let skip = self.skip_unlisted;
            // `not_loaded` first: it turns away most tokens, words and marks alike.
            let token = self.tokens.find(|t| !(skip && t.not_loaded) && t.is_word())?;
            if !token.joined {
                return Some(token.span.clone());
            }
            self.rest = token.span.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        out.iter().map(|t| &s[t.span.clone()]).collect()
    }

    /// Only a word is capitalised: marks, punctuation and symbols never have `cap` set, even
    /// where the character is an upper-case-looking one or follows a capital.
    #[test]
    fn only_words_are_capitalised() {
        let s = "\u{201c}NATO\u{201d} \u{ab}\u{c9}lys\u{e9}e\u{bb} \u{2014}A, B. $5 & \u{3a3}\u{2019} (Z) ''Q'' \u{1f600}X.";
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        assert!(out.iter().any(|t| t.cap), "{out:?}");
        for t in &out {
            assert!(!t.cap || t.is_word(), "{:?} {t:?}", &s[t.span.clone()]);
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
                "Rooms", "1", ",", "2", "and", "3", ";", "in", "2019", ",", "40", "came", ";", "2019", ",", "40",
                "and", "1", ",", "0000", "and", "12345", ",", "678", "and", "5", ",", "000s", "."
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
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        let runs: Vec<&str> = word_runs(s, &out).map(|r| &s[r]).collect();
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
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        assert!(out.iter().filter(|t| !t.is_word()).all(|t| t.not_loaded), "{out:?}");
        let skipping: Vec<&str> = word_runs(s, &out).skipping_unlisted().map(|r| &s[r]).collect();
        let listed: Vec<Token> = out.iter().filter(|t| t.is_word() && !t.not_loaded).cloned().collect();
        let expected: Vec<&str> = word_runs(s, &listed).map(|r| &s[r]).collect();
        assert_eq!(skipping, expected);
        assert!(skipping.contains(&"radical") && !skipping.contains(&"mayor"), "{skipping:?}");
    }

    /// Joined words whose runs or joiners are outside ASCII split as those with ASCII ones: the
    /// run goes on over a letter outside ASCII, and a joiner outside ASCII is skipped whole.
    #[test]
    fn word_runs_split_joined_words_outside_ascii() {
        let s = "caf\u{e9}-goers don\u{2019}t-care na\u{ef}ve\u{2019}s x\u{2011}\u{e9}t\u{e9} Zo\u{eb}.";
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        let runs: Vec<&str> = word_runs(s, &out).map(|r| &s[r]).collect();
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
            let before =
                t.span.start == block.start || s[..t.span.start].chars().next_back().is_some_and(char::is_whitespace);
            let after = t.span.end == block.end || s[t.span.end..].chars().next().is_some_and(char::is_whitespace);
            assert_eq!((t.space_before, t.space_after), (before, after), "{:?}", &s[t.span.clone()]);
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
            assert_eq!(t.ascii, s[t.span.clone()].is_ascii(), "{:?}", &s[t.span.clone()]);
        }
    }

    /// A word's `opener` is its entry of kind `opener`, `count` or `degree` in the word list, in any
    /// case, and nothing for a plural, a longer word or a word outside the list.
    #[test]
    fn opener_follows_the_word_list() {
        let mut listed = Vec::new();
        for f in crate::lexicon::fields(super::super::words::WORDS) {
            match (f.first(), f.get(1)) {
                (Some(w), Some(&"opener")) => listed.push((w.to_string(), Some(Opener::Phrase))),
                (Some(w), Some(&"count")) => listed.push((w.to_string(), Some(Opener::Count))),
                (Some(w), Some(&"degree")) => listed.push((w.to_string(), Some(Opener::Degree))),
                _ => {}
            }
        }
        assert!(listed.len() > 20);
        for (word, want) in listed {
            let upper = word.to_ascii_uppercase();
            let capital = format!("{}{}", &upper[..1], &word[1..]);
            let s = format!("{word} {capital} {upper} {word}s {capital}x na\u{ef}{word} Ruiz.");
            let mut out = Vec::new();
            tokenize(&s, 0..s.len(), &mut out);
            let got: Vec<Option<Opener>> = out.iter().map(|t| t.opener).collect();
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
}
