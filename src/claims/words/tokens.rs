//! The claim detector's tokenizer: the words, numbers and marks of one sentence, each with its
//! lower case for the phrase look-ups. It reads every byte of the text, so it classes ASCII
//! bytes with one table and decodes only the characters outside ASCII.

use std::ops::Range;

use crate::scan::ASCII_ALNUM;

mod from_attribution;
mod lowered;

pub(crate) use from_attribution::{Marked, SentenceTokenizer};
pub(crate) use lowered::Lowered;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and periods ("don't", "U.S").
    Word,
    /// Digits, with inner separators and a leading `$` or trailing `%` ("$3.5", "1,000", "85%").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    /// The text as written.
    pub text: Spelling<'a>,
    /// Lower case, with typographic apostrophes made straight.
    pub lower: Spelling<'a>,
    /// Where the token starts in the joined text (its span is [`Token::span`]: the text's
    /// length on from here, kept as one offset so that the token is 48 bytes, not 56).
    start: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// A word starting with a capital letter.
    capitalized: bool,
    /// A short all-capital word (an acronym such as "US" or "IT"), which lower-case list
    /// entries must not match.
    acronym: bool,
    /// The node of the claims phrase trie that the lower case leads to from its lower-case
    /// root, when attribution's word look-up found it already (one look-up serves both):
    /// [`ROOT_NONE`] when the word starts no phrase, [`ROOT_UNKNOWN`] when not looked up.
    pub(crate) root: u32,
}

/// [`Token::root`]: the word was not looked up in the claims phrase trie.
pub(crate) const ROOT_UNKNOWN: u32 = u32::MAX;
/// [`Token::root`]: the word starts no phrase of the claims phrase trie.
pub(crate) const ROOT_NONE: u32 = u32::MAX - 1;

impl Token<'_> {
    /// Byte span in the joined text.
    #[inline]
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// Whether the token is a word starting with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// The same token read as if it were not capitalized, so that lower-case list entries
    /// match it (the words of a title-case headline). In a headline written all in capitals
    /// (`shouted`) a short word is no acronym either: "WHERE RUIZ PLANS TO …" has "to".
    pub fn uncased(&self, shouted: bool) -> Self {
        Token { capitalized: false, acronym: self.acronym && !shouted, ..*self }
    }

    /// Whether the token is a short all-capital word.
    pub(super) fn is_acronym(&self) -> bool {
        self.acronym
    }
}

/// A token's text, or its lower case (with typographic apostrophes made straight), as bytes:
/// a slice of the text, of the document's lowered copy (an ASCII word with capitals), or of the
/// document's [`Lowered`] store (the rare rest of lower cases: a capital outside ASCII, a
/// typographic apostrophe). A plain borrow: clearing a sentence's tokens drops nothing, and a
/// look-up reads the bytes with no variant to tell apart. Bytes, not `&str`: cut as bytes, each
/// token is spared the character-boundary tests of a `str` slice at both ends of both (four
/// tests a token); the rules compare it with words, endings and marks, which bytes do as well,
/// and the few that need a string ask [`Spelling::as_str`]. (The enum the lower case was,
/// borrowed, inline or owned, made the token 56 bytes rather than 48.)
#[derive(Clone, Copy)]
pub(crate) struct Spelling<'a>(&'a [u8]);

impl<'a> Spelling<'a> {
    /// The spelling `s`.
    #[inline]
    pub(crate) fn new(s: &'a str) -> Self {
        Spelling(s.as_bytes())
    }

    /// The bytes: the phrase look-ups take bytes.
    #[inline]
    pub(crate) fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The spelling as a string, checked as UTF-8 again (it always is): for the few rules
    /// that read it as one, which most tokens never reach.
    pub(crate) fn as_str(&self) -> &'a str {
        std::str::from_utf8(self.0).unwrap_or_default()
    }

    /// The length in bytes.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the spelling ends with `end`.
    #[inline]
    pub(crate) fn ends_with(&self, end: &str) -> bool {
        self.0.ends_with(end.as_bytes())
    }

    /// Whether the spelling holds the ASCII character `c`.
    #[inline]
    pub(crate) fn contains(&self, c: u8) -> bool {
        self.0.contains(&c)
    }

    /// Whether the spelling is one of `words` (marks, mostly).
    #[inline]
    pub(crate) fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.0 == w.as_bytes())
    }
}

impl std::fmt::Debug for Spelling<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl AsRef<[u8]> for Spelling<'_> {
    fn as_ref(&self) -> &[u8] {
        self.0
    }
}

impl PartialEq<&str> for Spelling<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == other.as_bytes()
    }
}

impl PartialEq<str> for Spelling<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other.as_bytes()
    }
}

/// [`lowered_text_into`] a new buffer, for the tests.
#[cfg(test)]
pub(crate) fn lowered_text(text: &str) -> Vec<u8> {
    let mut lower = Vec::new();
    lowered_text_into(text, &mut lower);
    lower
}

/// `text` with its ASCII capitals in lower case and every other byte as it is (so the same
/// length, with the same character boundaries), into `lower` (whose text is replaced, so that
/// one buffer serves every document): the sentence tokenizer borrows an ASCII word's lower case
/// from it. Bytes, not a string: every reader cuts bytes from it, so the lowering is done as it
/// is copied, in one loop (a copy then a lowering in place read the text twice).
pub(crate) fn lowered_text_into(text: &str, lower: &mut Vec<u8>) {
    lower.clear();
    lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
}

/// The character at byte `i` of `s` and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// `c.is_alphanumeric()` for a character outside ASCII. The General Punctuation block (curly
/// quotes, dashes, ellipsis, which news text is full of) holds no letters or digits, and the
/// Unicode tables are slow to ask.
#[inline]
fn is_alphanumeric_non_ascii(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Whether the character at byte `i` of `s` is a letter or digit.
#[inline]
fn alphanumeric_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => ASCII_ALNUM[usize::from(b)],
        Some(_) => char_at(s, i).is_some_and(|(c, _)| is_alphanumeric_non_ascii(c)),
        None => false,
    }
}

/// What a byte is to the tokenizer. Most bytes of a sentence are ASCII, and one table look-up
/// tells a space, a letter or digit, a mark that may join a token, and any other mark apart
/// without decoding a character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII white space (what `char::is_whitespace` says of ASCII).
    Space,
    /// An ASCII digit.
    Digit,
    /// An ASCII capital.
    Upper,
    /// An ASCII lower-case letter.
    Lower,
    /// An ASCII mark that joins the parts of a word or number, or ends a number (`' - . , : %`).
    Joiner,
    /// Any other ASCII character.
    Other,
    /// The first or a later byte of a character outside ASCII.
    NonAscii,
}

/// The class of every byte value.
static CLASS: [Class; 256] = {
    let mut t = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => Class::Space,
            b'0'..=b'9' => Class::Digit,
            b'A'..=b'Z' => Class::Upper,
            b'a'..=b'z' => Class::Lower,
            b'\'' | b'-' | b'.' | b',' | b':' | b'%' => Class::Joiner,
            _ => Class::Other,
        };
        b += 1;
    }
    t
};

/// A text for the tests, with what its tokens borrow besides it owned here: its lower case and
/// the store of other lower cases. (The analysis keeps both in its scratch and reads sentences
/// with [`SentenceTokenizer`], which gives the same tokens.)
#[cfg(test)]
pub(crate) struct Tokenized<'t> {
    text: &'t str,
    lower: Vec<u8>,
    store: Lowered,
}

#[cfg(test)]
impl<'t> Tokenized<'t> {
    /// `text` with its lower case and an empty store.
    pub(crate) fn new(text: &'t str) -> Self {
        Tokenized { text, lower: lowered_text(text), store: Lowered::default() }
    }

    /// The tokens of the whole text, which live as long as `self`; offsets are into the text.
    pub(crate) fn tokens(&self) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        tokenize_into(self.text, &self.lower, &self.store, 0..self.text.len(), &mut out);
        out
    }
}

/// Splits `text[span]` into tokens in `out` (cleared first), so that one buffer serves every sentence;
/// `lower` is `text` lowered ([`lowered_text_into`]), `store` keeps the other lower cases.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    lower: &'a [u8],
    store: &'a Lowered,
    span: Range<usize>,
    out: &mut Vec<Token<'a>>,
) {
    out.clear();
    let Some(s) = Sentence::new(text, lower, store, span) else {
        return;
    };
    let mut i = 0;
    while i < s.text.len() {
        i = push_next(&s, i, out);
    }
}

/// A sentence the byte tokenizer reads: its text, the same lowered, where it starts in the
/// joined text, and the store for the lower cases that are neither's slices.
#[derive(Clone, Copy)]
struct Sentence<'a> {
    text: &'a str,
    lower: &'a [u8],
    base: usize,
    store: &'a Lowered,
}

impl<'a> Sentence<'a> {
    /// The sentence `span` of the joined `text`, which `lower` is lowered.
    fn new(text: &'a str, lower: &'a [u8], store: &'a Lowered, span: Range<usize>) -> Option<Self> {
        Some(Sentence { text: text.get(span.clone())?, lower: lower.get(span.clone())?, base: span.start, store })
    }
}

/// Reads the token at byte `i` of the sentence `sentence` into `out`, and returns where the
/// next one may start. Pushes nothing for white space.
#[inline]
fn push_next<'a>(sentence: &Sentence<'a>, i: usize, out: &mut Vec<Token<'a>>) -> usize {
    let &Sentence { text: s, lower: lower_text, base, store } = sentence;
    let bytes = s.as_bytes();
    let Some(&b) = bytes.get(i) else {
        return s.len();
    };
    let class = CLASS[usize::from(b)];
    // An ASCII mark is a token of its own, in its own lower case (but for `$` before a
    // digit, which starts a number): a sixth of the tokens, pushed without the word path.
    if matches!(class, Class::Joiner | Class::Other) && !(b == b'$' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    {
        let t = s.get(i..i + 1).unwrap_or_default();
        out.push(Token {
            text: Spelling::new(t),
            lower: Spelling::new(t),
            start: base + i,
            kind: TokenKind::Punct,
            capitalized: false,
            acronym: false,
            root: ROOT_UNKNOWN,
        });
        return i + 1;
    }
    let (c, len) = match class {
        Class::Space => return i + 1,
        Class::NonAscii => {
            let Some((c, len)) = char_at(s, i) else { return s.len() };
            if c.is_whitespace() {
                return i + len;
            }
            (c, len)
        }
        _ => (char::from(b), 1),
    };
    let kind = match class {
        Class::Digit => TokenKind::Number,
        Class::Other if b == b'$' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => TokenKind::Number,
        Class::Upper | Class::Lower => TokenKind::Word,
        Class::NonAscii if is_alphanumeric_non_ascii(c) => TokenKind::Word,
        _ => TokenKind::Punct,
    };
    let mut shape = Shape { end: i + len, upper: class == Class::Upper, ascii: class != Class::NonAscii };
    if kind != TokenKind::Punct {
        extend(s, &mut shape, kind);
    }
    let Shape { end, upper, ascii } = shape;
    let t = s.get(i..end).unwrap_or_default();
    let capitalized = kind == TokenKind::Word
        && match class {
            Class::Upper => true,
            Class::NonAscii => c.is_uppercase(),
            _ => false,
        };
    // An ASCII word with capitals borrows its lower case from the lowered text.
    let lower = match (ascii, upper) {
        (true, false) => t.as_bytes(),
        (true, true) => lower_text.get(i..end).unwrap_or_else(|| store.lower(t).as_bytes()),
        (false, _) => store.lower(t).as_bytes(),
    };
    let (text, lower) = (Spelling::new(t), Spelling(lower));
    let acronym = capitalized && t.len() <= 4 && is_acronym(t, ascii);
    out.push(Token { text, lower, start: base + i, kind, capitalized, acronym, root: ROOT_UNKNOWN });
    end
}

/// A token being read: where it ends so far, and what lowering it takes.
struct Shape {
    /// One past its last byte.
    end: usize,
    /// Whether it holds an ASCII capital.
    upper: bool,
    /// Whether it is all ASCII.
    ascii: bool,
}

/// Extends the word or number `shape` over the letters, digits and inner joiners that follow.
#[inline]
fn extend(s: &str, shape: &mut Shape, kind: TokenKind) {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(shape.end) {
        match CLASS[usize::from(b)] {
            Class::Digit | Class::Lower => {
                shape.end += 1;
                continue;
            }
            Class::Upper => {
                shape.upper = true;
                shape.end += 1;
                continue;
            }
            Class::Space | Class::Other => break,
            Class::Joiner | Class::NonAscii => {}
        }
        let Some((n, nlen)) = char_at(s, shape.end) else { break };
        if !n.is_ascii() && is_alphanumeric_non_ascii(n) {
            shape.ascii = false;
            shape.end += nlen;
            continue;
        }
        // An inner joiner stays in the token when a letter or digit follows it.
        let joiner = match kind {
            TokenKind::Number => matches!(n, ',' | '.' | ':'),
            _ => matches!(n, '\'' | '\u{2019}' | '-' | '.'),
        };
        if joiner && alphanumeric_at(s, shape.end + nlen) {
            shape.ascii &= n.is_ascii();
            shape.end += nlen;
            continue;
        }
        if kind == TokenKind::Number && n == '%' {
            shape.end += 1;
        }
        break;
    }
}

/// Whether a short capitalized word is written in capitals: two letters or more, none lower
/// case ("US", "U.N"). ASCII words are judged byte by byte.
#[inline]
fn is_acronym(t: &str, ascii: bool) -> bool {
    if ascii {
        is_ascii_acronym(t.as_bytes())
    } else {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
    }
}

/// [`is_acronym`] of an ASCII word, given as bytes.
#[inline]
fn is_ascii_acronym(b: &[u8]) -> bool {
    // Most capitalized words go on in lower case ("The", "He"): their second byte tells.
    if b.get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    b.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2 && !b.iter().any(u8::is_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token is written for every word of a judged sentence: its size is what each copy
    /// costs (48 bytes with 64-bit pointers: text, lower case, start, root and three flags).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_token_takes_48_bytes() {
        assert_eq!(std::mem::size_of::<Spelling<'_>>(), 16);
        assert_eq!(std::mem::size_of::<Token<'_>>(), 48);
    }

    /// A spelling compares, ends and holds as its string does, and reads back as that string
    /// (the rules' tests on a token's text and lower case), for ASCII and other characters.
    #[test]
    fn a_spelling_reads_as_its_string() {
        for word in ["said", "didn't", "\u{201c}", "na\u{ef}ve", "", "U.S"] {
            let spelling = Spelling::new(word);
            assert_eq!(spelling.as_str(), word);
            assert_eq!(spelling.len(), word.len());
            assert!(spelling == word && spelling == *word);
            assert_eq!(format!("{spelling:?}"), format!("{word:?}"));
            for end in ["d", "n't", "\u{ef}ve", "x", ""] {
                assert_eq!(spelling.ends_with(end), word.ends_with(end), "{word:?} {end:?}");
            }
            assert_eq!(spelling.contains(b'\''), word.contains('\''), "{word:?}");
            assert_eq!(spelling.is_any(&["said", "\u{201c}", "U.S"]), ["said", "\u{201c}", "U.S"].contains(&word));
        }
        // A control: a longer or shorter word is not the word.
        assert!(Spelling::new("said") != "sai" && Spelling::new("said") != "saids");
    }

    fn words(s: &str) -> Vec<&str> {
        Tokenized::new(s).tokens().into_iter().map(|t| &s[t.span()]).collect()
    }

    /// The lowered text is `to_ascii_lowercase`'s bytes, at every length and
    /// alignment, with bytes outside ASCII (and the ASCII neighbours of '@', '[', '`', '{') kept.
    #[test]
    fn lowered_text_is_the_ascii_lower_case() {
        let text = "@AZ[`az{ The U.S. Na\u{cf}ve \u{c9}COLE \u{3a3}\u{391} Didn\u{2019}t SAY 0129 \u{1f600}X";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if let Some(t) = text.get(start..end) {
                    assert_eq!(lowered_text(t), t.to_ascii_lowercase().into_bytes(), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_keep_numbers_and_inner_marks() {
        assert_eq!(
            words("The U.S. paid $3.5 million (85%) to 1,000 people, didn\u{2019}t it?"),
            [
                "The",
                "U.S",
                ".",
                "paid",
                "$3.5",
                "million",
                "(",
                "85%",
                ")",
                "to",
                "1,000",
                "people",
                ",",
                "didn\u{2019}t",
                "it",
                "?"
            ]
        );
        assert_eq!(words("well-known 1990s"), ["well-known", "1990s"]);
    }

    /// The fast path skips the Unicode tables for General Punctuation: it must hold no
    /// letters or digits.
    #[test]
    fn general_punctuation_has_no_alphanumerics() {
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphanumeric()));
        for c in ['\u{e9}', '\u{3b1}', '\u{663}', '\u{2070}', '\u{2071}', '\u{4e2d}'] {
            assert_eq!(is_alphanumeric_non_ascii(c), c.is_alphanumeric(), "{c}");
        }
    }

    /// The byte table says of each ASCII character what the character tests say.
    #[test]
    fn byte_classes_agree_with_the_character_tests() {
        for b in 0..=255u8 {
            let c = char::from(b);
            let expected = if !b.is_ascii() {
                Class::NonAscii
            } else if c.is_whitespace() {
                Class::Space
            } else if c.is_ascii_digit() {
                Class::Digit
            } else if c.is_ascii_uppercase() {
                Class::Upper
            } else if c.is_ascii_lowercase() {
                Class::Lower
            } else if matches!(c, '\'' | '-' | '.' | ',' | ':' | '%') {
                Class::Joiner
            } else {
                Class::Other
            };
            assert!(CLASS[usize::from(b)] == expected, "{b:#x}");
        }
    }

    /// An ASCII acronym has two letters and no lower case, wherever the lower case stands (the
    /// second byte settles most words).
    #[test]
    fn an_acronym_has_no_lower_case() {
        for (word, acronym) in
            [("The", false), ("US", true), ("USa", false), ("U.N", true), ("A", false), ("A1", false)]
        {
            assert_eq!(is_acronym(word, true), acronym, "{word}");
        }
    }

    /// Lower case, capitals and acronyms of ASCII and other words, whichever path reads them.
    #[test]
    fn tokens_lower_case_and_capitals() {
        let s = "The US \u{c9}lys\u{e9}e didn\u{2019}t ABCDEFGHIJKLMNOPQRSTUVWXYZ \u{e9}t\u{e9} $5 U.N.";
        let tokenized = Tokenized::new(s);
        let toks = tokenized.tokens();
        let seen: Vec<(&str, bool, bool)> =
            toks.iter().map(|t| (t.lower.as_str(), t.is_capitalized(), t.is_acronym())).collect();
        assert_eq!(
            seen,
            [
                ("the", true, false),
                ("us", true, true),
                ("\u{e9}lys\u{e9}e", true, false),
                ("didn't", false, false),
                ("abcdefghijklmnopqrstuvwxyz", true, false),
                ("\u{e9}t\u{e9}", false, false),
                ("$5", false, false),
                ("u.n", true, true),
                (".", false, false),
            ]
        );
    }
}
