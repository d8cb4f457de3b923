//! Words of a sentence and phrase lists matched against them.
//!
//! The claim rules look for phrases ("critics say", "according to", "killed") in one sentence
//! at a time. A hand-written tokenizer and one hash look-up per word keep this linear and fast
//! (the crate's `regex` build has no lazy DFA, so big alternations would be slow).

use std::borrow::Cow;
use std::ops::Range;

use crate::wordmap::WordMap;

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
#[derive(Clone, Debug)]
pub(crate) struct Token<'a> {
    /// The text as written.
    pub text: &'a str,
    /// Lower case, with typographic apostrophes made straight.
    pub lower: Lower<'a>,
    /// Byte span in the joined text.
    pub span: Range<usize>,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// A word starting with a capital letter.
    capitalized: bool,
    /// A short all-capital word (an acronym such as "US" or "IT"), which lower-case list
    /// entries must not match.
    acronym: bool,
}

impl Token<'_> {
    /// Whether the token is a word starting with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// The same token read as if it were not capitalized, so that lower-case list entries
    /// match it (the words of a title-case headline).
    pub fn uncased(&self) -> Self {
        Token {
            capitalized: false,
            ..self.clone()
        }
    }

    /// Whether the token is a short all-capital word.
    fn is_acronym(&self) -> bool {
        self.acronym
    }
}

/// The longest ASCII word lowered in place, without a heap allocation.
const INLINE: usize = 22;

/// A token in lower case: borrowed when the text is already lower case, kept inline for a
/// short ASCII word with capitals ("Trump", "The"), allocated only for the rare long or
/// non-ASCII one. Lowering each capitalized word into its own `String` cost a third of the
/// claim detector's time.
#[derive(Clone, Debug)]
pub(crate) enum Lower<'a> {
    /// The text itself.
    Borrowed(&'a str),
    /// Up to `INLINE` ASCII bytes and their length.
    Inline([u8; INLINE], u8),
    /// Anything longer or not ASCII.
    Owned(String),
}

impl Lower<'_> {
    fn new(t: &str) -> Lower<'_> {
        if t.is_ascii() {
            return Lower::from_ascii(t, t.bytes().any(|b| b.is_ascii_uppercase()));
        }
        if t.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
            Lower::Owned(t.to_lowercase().replace('\u{2019}', "'"))
        } else {
            Lower::Borrowed(t)
        }
    }
}

impl<'a> Lower<'a> {
    /// The lower case of ASCII `t`, which holds a capital when `upper`.
    fn from_ascii(t: &'a str, upper: bool) -> Lower<'a> {
        if !upper {
            return Lower::Borrowed(t);
        }
        if t.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            for (d, b) in buf.iter_mut().zip(t.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            return Lower::Inline(buf, t.len() as u8);
        }
        Lower::Owned(t.to_ascii_lowercase())
    }
}

impl Lower<'_> {
    /// The lower-case bytes, without the UTF-8 check that [`Deref`](std::ops::Deref) makes of
    /// an inline word: the phrase look-ups take bytes.
    #[inline]
    fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Borrowed(s) => s.as_bytes(),
            Lower::Inline(buf, len) => buf.get(..usize::from(*len)).unwrap_or_default(),
            Lower::Owned(s) => s.as_bytes(),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // Lowered from ASCII, so always valid UTF-8.
            Lower::Inline(buf, len) => buf
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Lower::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
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

/// ASCII letters and digits, as a table: the word loop below tests every byte of a sentence.
static ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

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

/// Splits `text[span]` into tokens; offsets are into `text`.
pub(crate) fn tokenize(text: &str, span: Range<usize>) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// Like [`tokenize`], into `out` (cleared first), so that one buffer serves every sentence.
pub(crate) fn tokenize_into<'a>(text: &'a str, span: Range<usize>, out: &mut Vec<Token<'a>>) {
    out.clear();
    let Some(s) = text.get(span.clone()) else {
        return;
    };
    let bytes = s.as_bytes();
    let base = span.start;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        let (c, len) = match class {
            Class::Space => {
                i += 1;
                continue;
            }
            Class::NonAscii => {
                let Some((c, len)) = char_at(s, i) else { break };
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                (c, len)
            }
            _ => (char::from(b), 1),
        };
        let kind = match class {
            Class::Digit => TokenKind::Number,
            Class::Other if b == b'$' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                TokenKind::Number
            }
            Class::Upper | Class::Lower => TokenKind::Word,
            Class::NonAscii if is_alphanumeric_non_ascii(c) => TokenKind::Word,
            _ => TokenKind::Punct,
        };
        let mut shape = Shape {
            end: i + len,
            upper: class == Class::Upper,
            ascii: class != Class::NonAscii,
        };
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
        let lower = if ascii {
            Lower::from_ascii(t, upper)
        } else {
            Lower::new(t)
        };
        let acronym = capitalized && t.len() <= 4 && is_acronym(t, ascii);
        out.push(Token {
            text: t,
            lower,
            span: base + i..base + end,
            kind,
            capitalized,
            acronym,
        });
        i = end;
    }
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
        let b = t.as_bytes();
        b.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2 && !b.iter().any(u8::is_ascii_lowercase)
    } else {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
    }
}

/// One node of the phrase trie: the words that may follow, and the entry a phrase ending here
/// belongs to.
#[derive(Debug, Default)]
struct Node {
    children: WordMap<usize>,
    /// The child for `*` (any one word).
    star: Option<usize>,
    /// Per list, the first entry whose phrase ends here: (list, entry).
    entries: Vec<(usize, usize)>,
}

/// A phrase list as a trie of words, so that matching costs one look-up per word of the text
/// however many phrases share a first word ("is/are/was/were ...").
#[derive(Debug)]
pub(crate) struct PhraseSet {
    /// Node 0: the root for entries written in lower case; node 1: the root for entries whose
    /// first word is written with a capital (matched as written).
    nodes: Vec<Node>,
    /// The shapes of the two roots' words: most words of a sentence start no phrase, and
    /// this rules them out without hashing.
    root_shapes: [Shapes; 2],
}

impl Default for PhraseSet {
    fn default() -> Self {
        PhraseSet {
            nodes: vec![Node::default(), Node::default()],
            root_shapes: [Shapes::default(); 2],
        }
    }
}

/// Longest word whose shape [`Shapes`] records; longer words are always looked up.
const MAX_SHAPE: usize = 31;

/// For each word length, the first and the last bytes (their low five bits, as bit masks) of
/// a set of words: a word whose shape is not there is not in the set.
#[derive(Clone, Copy, Debug)]
struct Shapes([(u32, u32); MAX_SHAPE + 1]);

impl Default for Shapes {
    fn default() -> Self {
        Shapes([(0, 0); MAX_SHAPE + 1])
    }
}

impl Shapes {
    fn add(&mut self, word: &str) {
        let b = word.as_bytes();
        if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
            // Longer words are not recorded: `may_have` lets them all through.
            if let Some(slot) = self.0.get_mut(b.len()) {
                slot.0 |= 1 << (f & 31);
                slot.1 |= 1 << (l & 31);
            }
        }
    }

    #[inline]
    fn may_have(&self, b: &[u8]) -> bool {
        match (b.first(), b.last(), self.0.get(b.len())) {
            (Some(&f), Some(&l), Some(&(mf, ml))) => mf & (1 << (f & 31)) != 0 && ml & (1 << (l & 31)) != 0,
            // The empty word is never a key; a long one may be.
            (Some(_), Some(_), None) => true,
            _ => false,
        }
    }
}

/// A phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The index of the list entry.
    pub entry: usize,
    /// First token index of the match.
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
}

/// The most lists one [`PhraseSet::find`] reports on (the claims use four; hits of lists
/// past this are not reported).
const MAX_LISTS: usize = 8;

const LOWER_ROOT: usize = 0;
const CASED_ROOT: usize = 1;

/// A list word as the look-ups see it: lower case, typographic apostrophes straight. Most list
/// words already are, and are borrowed: allocating two strings per word was most of the cost of
/// building the trie, paid on the extension's cold start.
fn normalize(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
}

impl PhraseSet {
    /// Adds the phrase pattern of entry `entry`. Words are separated by spaces; `a/b/c` gives
    /// alternatives for one word; `*` is any one word; an entry word written with a capital
    /// matches only a capitalized word (so "March" the month is not "march" the verb).
    pub fn add(&mut self, pattern: &str, list: usize, entry: usize) {
        let mut slots = pattern.split_whitespace();
        let Some(first) = slots.next() else {
            return;
        };
        let mut frontier = Vec::new();
        for alt in first.split('/') {
            let cased = alt.chars().next().is_some_and(char::is_uppercase);
            let child = if cased {
                self.child(CASED_ROOT, alt)
            } else {
                self.child(LOWER_ROOT, &normalize(alt))
            };
            frontier.push(child);
        }
        let mut next = Vec::new();
        for slot in slots {
            // Each alternative normalised once, not once per node of the frontier.
            let alts: Vec<Cow<'_, str>> = slot.split('/').map(normalize).collect();
            next.clear();
            for &node in &frontier {
                for alt in &alts {
                    next.push(self.child(node, alt));
                }
            }
            // A node reached twice (a repeated alternative) is walked on once. Sorted rather
            // than searched per push: "some/many/most critics/experts/…" reaches a thousand
            // nodes, and the quadratic search was a sixth of building the trie.
            next.sort_unstable();
            next.dedup();
            std::mem::swap(&mut frontier, &mut next);
        }
        for node in frontier {
            if let Some(n) = self.nodes.get_mut(node) {
                if !n.entries.iter().any(|&(l, _)| l == list) {
                    n.entries.push((list, entry));
                }
            }
        }
    }

    /// The child of `node` for `word` (`*` for any word), created when missing.
    fn child(&mut self, node: usize, word: &str) -> usize {
        let existing = self.nodes.get(node).and_then(|n| {
            if word == "*" {
                n.star
            } else {
                n.children.get(word).copied()
            }
        });
        if let Some(c) = existing {
            return c;
        }
        let c = self.nodes.len();
        self.nodes.push(Node::default());
        if let Some(n) = self.nodes.get_mut(node) {
            if word == "*" {
                n.star = Some(c);
            } else {
                n.children.insert(word, c);
            }
        }
        if let Some(shapes) = self.root_shapes.get_mut(node) {
            shapes.add(word);
        }
        c
    }

    /// Every match in `tokens` of each of the first `lists` lists, in order of first token
    /// (the longest at one position).
    pub fn find(&self, tokens: &[Token<'_>], lists: usize) -> Vec<Vec<Hit>> {
        let mut hits = vec![Vec::new(); lists];
        self.find_into(tokens, &mut hits);
        hits
    }

    /// Like [`Self::find`], for as many lists as `hits` has, into `hits` (each cleared first):
    /// the claim detector keeps the vectors from sentence to sentence rather than allocating
    /// and growing four of them per sentence.
    pub fn find_into(&self, tokens: &[Token<'_>], hits: &mut [Vec<Hit>]) {
        hits.iter_mut().for_each(Vec::clear);
        let lists = hits.len().min(MAX_LISTS);
        // The best hit per list at the current token, on the stack: one per sentence.
        let mut best_lists = [const { None }; MAX_LISTS];
        let best = best_lists.get_mut(..lists).unwrap_or_default();
        for (i, t) in tokens.iter().enumerate() {
            let cased = if t.is_capitalized() && self.root_shapes[CASED_ROOT].may_have(t.text.as_bytes()) {
                self.nodes
                    .get(CASED_ROOT)
                    .and_then(|r| r.children.get(t.text))
            } else {
                None
            };
            // Inside a sentence a capital marks a name ("the Clean Power Plan"), which a
            // lower-case entry ("plan") must not match; nor may an acronym ("US" is not "us").
            let lower_bytes = t.lower.as_bytes();
            let lower_ok = !(t.is_acronym() && lower_bytes.len() > 1)
                && (i == 0 || !t.is_capitalized() || after_opening(tokens, i));
            let lower = if lower_ok && self.root_shapes[LOWER_ROOT].may_have(lower_bytes) {
                self.nodes
                    .get(LOWER_ROOT)
                    .and_then(|r| r.children.get_bytes(lower_bytes))
            } else {
                None
            };
            if cased.is_none() && lower.is_none() {
                continue;
            }
            for start in [cased, lower].into_iter().flatten() {
                self.longest(tokens, i, i + 1, *start, best);
            }
            for (list, b) in best.iter_mut().enumerate() {
                if let (Some(hit), Some(out)) = (b.take(), hits.get_mut(list)) {
                    out.push(hit);
                }
            }
        }
    }

    /// Walks the trie from `node`, which matched `tokens[first..end]`, keeping the longest
    /// phrase (the earliest entry on a tie).
    fn longest(
        &self,
        tokens: &[Token<'_>],
        first: usize,
        end: usize,
        node: usize,
        best: &mut [Option<Hit>],
    ) {
        let Some(n) = self.nodes.get(node) else {
            return;
        };
        for &(list, entry) in &n.entries {
            let Some(b) = best.get_mut(list) else {
                continue;
            };
            let better = b
                .as_ref()
                .is_none_or(|b| end > b.end || (end == b.end && entry < b.entry));
            if better {
                *b = Some(Hit { entry, first, end });
            }
        }
        let Some(tok) = tokens.get(end) else { return };
        if let Some(star) = n.star {
            if tok.kind != TokenKind::Punct {
                self.longest(tokens, first, end + 1, star, best);
            }
        }
        if !tok.is_acronym() && (first == 0 || !tok.is_capitalized()) {
            if let Some(&c) = n.children.get_bytes(tok.lower.as_bytes()) {
                self.longest(tokens, first, end + 1, c, best);
            }
        }
    }
}

/// Whether token `i` follows an opening mark or a dash, where a capital starts a clause.
fn after_opening(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| {
            matches!(
                p.text,
                "\"" | "\u{201c}"
                    | "("
                    | "["
                    | ":"
                    | ";"
                    | "\u{2014}"
                    | "\u{2015}"
                    | "-"
                    | "\u{2018}"
                    | "'"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| t.text)
            .collect()
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

    #[test]
    fn phrases_match_with_alternatives_and_case() {
        let mut set = PhraseSet::default();
        set.add("critics say/said", 0, 0);
        set.add("March", 0, 1);
        set.add("us", 0, 2);
        let text = "Critics said they would march in March for US and us.";
        let toks = tokenize(text, 0..text.len());
        let hits = set.find(&toks, 1).remove(0);
        let found: Vec<(usize, &str)> =
            hits.iter().map(|h| (h.entry, toks[h.first].text)).collect();
        assert_eq!(found, [(0, "Critics"), (1, "March"), (2, "us")]);
    }
}
