//! Tokens of one block: words, punctuation and candidate quote marks, with byte spans.
//!
//! Attribution reads the text as tokens so that walking from a speech verb to its speaker is
//! a bounded walk over a few tokens, never a scan over characters.

use std::ops::Range;

use super::words::{ListedAs, WordClasses, Words, WORDS_TABLE};
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

/// The bits of [`Token`]'s flags, each read through the method of the same name.
mod flag {
    /// [`super::Token::cap`].
    pub const CAP: u8 = 1;
    /// [`super::Token::space_before`].
    pub const SPACE_BEFORE: u8 = 1 << 1;
    /// [`super::Token::space_after`].
    pub const SPACE_AFTER: u8 = 1 << 2;
    /// [`super::Token::joined`].
    pub const JOINED: u8 = 1 << 3;
    /// Not [`super::Token::ascii`]: a character of more than one byte in the word (the
    /// tokenizer sets it where it reads one), or a token that is not a word.
    pub const WIDE: u8 = 1 << 4;
    /// [`super::Token::not_loaded`].
    pub const NOT_LOADED: u8 = 1 << 5;
}

/// The longest joined text whose tokens are read: a token's span is kept in two `u32`s, so
/// that a token is 24 bytes, not 40 (a document holds one about every five bytes of its text,
/// the largest array of an analysis). Past it, [`tokenize_blocks`] reads no tokens; the tool
/// refuses such an input before analysing it.
pub const MAX_TOKENIZED_BYTES: usize = u32::MAX as usize;

/// One token: 24 bytes (a test checks it). What it is is kept whole, a `Kind` (eight bytes),
/// so that the rules' `matches!(t.kind(), Kind::Punct(','))` is a load and a compare: a
/// 16-byte token that decoded it from two bits of the flags and `low` cost ~1 M instructions
/// a pass over its readers, and a 20-byte one that kept it as one `u32` code ~0.65 M (the
/// marks' pairing and the direct quotes' readers decoding a mark's family).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where the token starts in the joined text, a byte offset ([`Token::span`]).
    start: u32,
    /// Where it ends.
    end: u32,
    /// For a word: its classes in the attribution word lists (`super::words::class`), 0 for
    /// an unlisted word or a token that is not a word; set as the word is read
    /// ([`Words::classify`]).
    pub cls: u32,
    /// What the token is ([`Token::kind`]).
    kind: Kind,
    /// For a word, its claims root in 16 bits ([`Token::claims_root`]); for any other token,
    /// [`ROOT_UNKNOWN`]'s (so that reading it asks no kind).
    low: u16,
    /// Yes-or-no facts about the token, bits of [`flag`], each read through its method.
    flags: u8,
    /// For a word: what it is listed as beyond its classes, a sentence opener or a word naming
    /// a kind of person ([`ListedAs`]; the speaker rules read it through `Toks::opener` and
    /// `Toks::member`).
    pub listed_as: Option<ListedAs>,
}

/// A claims root (`claims::words::Token::root`: a node of the phrase trie, or
/// [`ROOT_UNKNOWN`] or `ROOT_NONE`, the two largest `u32`s) in the 16 bits a token keeps: the
/// two markers as the two largest `u16`s, which [`Token::claims_root`] widens back by sign
/// extension, and a node below `0x8000` as itself. A node above it (the trie has a few
/// thousand) is kept as unknown, which the claims tokenizer then looks up from the word's
/// text: the same node, found more slowly.
fn narrow_root(root: u32) -> u16 {
    // The markers' low 16 bits are the two largest `u16`s.
    if !(0x8000..crate::claims::words::ROOT_NONE).contains(&root) {
        root as u16
    } else {
        0xFFFF
    }
}

/// A claims root as a token gives it back ([`Token::claims_root`]): the word lists keep each
/// word's root so ([`Words::classify`]), so that the tokenizer stores its low 16 bits as they
/// are, with no test a word (narrowing it there cost ~4 instructions a word).
pub(crate) fn root_as_kept(root: u32) -> u32 {
    narrow_root(root) as i16 as i32 as u32
}

impl Token {
    /// Byte span in the joined text.
    #[inline]
    pub fn span(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Where the token starts in the joined text.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends in the joined text.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// What the token is.
    #[inline]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// For a word: the node of the claims phrase trie its lower case leads to, found with its
    /// word classes (one look-up serves both; see `claims::words::Token::root`);
    /// [`ROOT_UNKNOWN`] for any other token.
    #[inline]
    pub fn claims_root(&self) -> u32 {
        // Sign extension gives back the two markers ([`narrow_root`]); a token that is not a
        // word holds the unknown marker.
        self.low as i16 as i32 as u32
    }

    /// For a word: whether its first letter is upper case. False for every other token
    /// (`Toks::cap` reads it without asking the kind).
    #[inline]
    pub fn cap(&self) -> bool {
        self.flags & flag::CAP != 0
    }

    /// White space (or the block edge) right before the token.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.flags & flag::SPACE_BEFORE != 0
    }

    /// White space (or the block edge) right after the token.
    #[inline]
    pub fn space_after(&self) -> bool {
        self.flags & flag::SPACE_AFTER != 0
    }

    /// For a word: it holds more than one run of letters and digits, joined by an apostrophe,
    /// hyphen, period or ampersand ("don't"), or ends with an abbreviation's period ("Mr.").
    #[inline]
    pub fn joined(&self) -> bool {
        self.flags & flag::JOINED != 0
    }

    /// For a word: all its bytes are ASCII (the tokenizer knows it from the bytes it read, so
    /// the word look-up need not check them again).
    #[inline]
    pub fn ascii(&self) -> bool {
        // The tokenizer sets `WIDE` on every token that is not a word.
        self.flags & flag::WIDE == 0
    }

    /// For a plain word (not `joined`): its look-up found that it starts no loaded-wording
    /// form; loaded wording's runs skip it
    /// ([`WordRuns::skipping_unlisted`](runs::WordRuns::skipping_unlisted)). False for a word
    /// not looked up; true for a mark or punctuation, which starts none either (so that the
    /// runs skip most tokens on this one test).
    #[inline]
    pub fn not_loaded(&self) -> bool {
        self.flags & flag::NOT_LOADED != 0
    }

    /// Whether the token is a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether the token is the punctuation character `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token ends a sentence or clause hard (. ! ? ; :).
    pub fn is_stop(&self) -> bool {
        matches!(self.kind(), Kind::Punct('.' | '!' | '?' | ';' | ':' | '\u{2026}'))
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

/// How many ASCII letters and digits `rest` starts with. The tokenizer counts a word's run in
/// a subslice of its own, whose length lives only as long as the run: tested against the
/// block's length, which lives through the whole loop, the loop kept that length on the
/// stack and reloaded it for every byte (and spilled the word's end too).
#[inline(always)]
fn ascii_alnum_run(rest: &[u8]) -> usize {
    let mut k = 0;
    while let Some(&b) = rest.get(k) {
        if !ASCII_ALNUM[usize::from(b)] {
            break;
        }
        k += 1;
    }
    k
}

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

/// Splits each of `blocks` (byte ranges of `joined`) into tokens, appending them to `out`, and
/// gives each block's range of tokens in `ranges` (emptied first); `buf`: a buffer for a word's
/// lower-case copy. Out of line, called once a document, so that the optimiser compiles the
/// tokenizer on its own: inlined into `attribution::find_reusing`, its loops compiled worse
/// whenever a rule elsewhere grew that function (+0.6 to +0.7 M instructions a pass, seen
/// three times), and changed with every edit of the tokenizer itself.
#[inline(never)]
pub(crate) fn tokenize_blocks(
    joined: &str,
    blocks: &[Range<usize>],
    out: &mut Vec<Token>,
    ranges: &mut Vec<Range<usize>>,
    buf: &mut String,
) {
    ranges.clear();
    // A local vector: its length stays in a register rather than being stored back token by
    // token through `out`.
    let mut toks = std::mem::take(out);
    for range in blocks {
        let first = toks.len();
        tokenize_with(joined, range.clone(), &mut toks, buf);
        ranges.push(first..toks.len());
    }
    *out = toks;
}

/// Splits `span` of `text` into tokens, appending to `out`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Range<usize>, out: &mut Vec<Token>) {
    tokenize_with(text, span, out, &mut String::new());
}

/// Splits `span` of `text` into tokens, appending to `out`, and classifies each word as it is
/// read (its bytes are at hand: a second loop over the tokens read them again); `buf`: a
/// buffer for a word's lower-case copy, kept from block to block.
#[inline(always)]
fn tokenize_with(text: &str, span: Range<usize>, out: &mut Vec<Token>, buf: &mut String) {
    let words: &Words = &WORDS_TABLE;
    // Offsets past `u32` ([`MAX_TOKENIZED_BYTES`]) cannot be kept in a token: such a block is
    // left untokenized (a test the 32-bit WebAssembly build cannot fail, written so that
    // clippy has nothing to say there either).
    if u32::try_from(span.end).is_err() {
        return;
    }
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
        // What the token's first character is, its length and whether a word starts: told by
        // the byte alone but for a character outside ASCII, decoded (and stepped over if it is
        // white space).
        let (c, len, word) = match lead {
            Lead::Alnum => (char::from(first), 1, true),
            Lead::Space | Lead::Other => (char::from(first), 1, false),
            Lead::Wide => {
                let (c, len) = char_at(i);
                if c.is_whitespace() {
                    if let Some(last) = out.last_mut() {
                        last.flags |= flag::SPACE_AFTER;
                    }
                    prev_space = true;
                    i += len;
                    continue;
                }
                (c, len, is_word_char(c))
            }
        };
        let start = i;
        let mut end = i + len;
        // The token's flags, set as it is read: one value kept through the loop where a
        // `bool` apiece (joined, wide, the space before) took registers the loop then spilled.
        // A character of more than one byte anywhere in the word makes it wide (not ASCII).
        let mut flags = (u8::from(prev_space) * flag::SPACE_BEFORE) | (u8::from(len > 1) * flag::WIDE);
        // What a mark or punctuation is.
        let kind;
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
                // (~25 instructions) than its bytes. Counted in the rest of the block as a
                // slice of its own ([`ascii_alnum_run`]): −0.32 M instructions a pass, and a
                // quarter fewer of this function's loads and stores from the stack.
                end += ascii_alnum_run(bytes.get(end..).unwrap_or_default());
                let Some(&b) = bytes.get(end) else { break };
                if ASCII_WORD_END[usize::from(b)] {
                    // A comma between digit groups is part of the number ("34,000").
                    if b == b',' && groups_digits(bytes, start, end) {
                        flags |= flag::JOINED;
                        end += 4;
                        continue;
                    }
                    break;
                }
                let (d, dlen) = char_at(end);
                if b >= 0x80 && is_word_char(d) {
                    flags |= flag::WIDE;
                    end += dlen;
                    continue;
                }
                if matches!(d, '\'' | '\u{2019}' | '-' | '.' | '&' | '\u{2010}' | '\u{2011}') {
                    let (after, alen) = char_at(end + dlen);
                    if end + dlen < bytes.len() && is_word_char(after) {
                        flags |= flag::JOINED | (u8::from(dlen > 1 || alen > 1) * flag::WIDE);
                        has_period |= d == '.';
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
                            flags |= flag::JOINED;
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
        // The ASCII white space right after a token is stepped over here, where it was read
        // for `space_after`, not read again by the loop.
        if !word {
            let space_after = ascii_space_at(end);
            let token = Token {
                start: (base + start) as u32,
                end: (base + end) as u32,
                cls: 0,
                kind,
                low: narrow_root(ROOT_UNKNOWN),
                flags: flag::WIDE
                    | flag::NOT_LOADED
                    | (flags & flag::SPACE_BEFORE)
                    | (u8::from(space_after) * flag::SPACE_AFTER),
                listed_as: None,
            };
            out.push(token);
            prev_space = space_after;
            i = end + usize::from(space_after);
            continue;
        }
        let cap = if first < 0x80 { first.is_ascii_uppercase() } else { c.is_uppercase() };
        // Each flag set from a `bool` by a multiply, compiled to a shift.
        flags |= u8::from(cap) * flag::CAP;
        let (ascii, joined) = (flags & flag::WIDE == 0, flags & flag::JOINED != 0);
        let WordClasses { cls, claims_root, not_loaded, listed_as } =
            words.classify(bytes, start..end, ascii, joined, buf);
        let space_after = ascii_space_at(end);
        flags |= (u8::from(space_after) * flag::SPACE_AFTER) | (u8::from(not_loaded) * flag::NOT_LOADED);
        out.push(Token {
            start: (base + start) as u32,
            end: (base + end) as u32,
            cls,
            kind: Kind::Word,
            // Kept as a token keeps it (`root_as_kept`): its low half is all there is.
            low: claims_root as u16,
            flags,
            listed_as,
        });
        prev_space = space_after;
        i = end + usize::from(space_after);
    }
}

/// The index of the first of `tokens` with one of the word classes `bits` (`Token::cls`):
/// four tokens a step, their classes or-ed ([`first_in_fours`]). The classes the rules search
/// a sentence or block for mark one word in twenty or fewer, and a test and a branch a token
/// cost ~6 instructions (~0.5 M a pass over PolNeAR dev for the phrase starts alone).
#[inline(always)]
pub(crate) fn first_with_class(tokens: &[Token], bits: u32) -> Option<usize> {
    first_in_fours(tokens, |a, b, c, d| (a.cls | b.cls | c.cls | d.cls) & bits != 0, |t| t.cls & bits != 0)
}

/// The index of the first of `items` that `is` holds for, four items a step: `may_hold` tells
/// of four items at once whether `is` may hold for one of them (one test of their or-ed or
/// and-ed flags; never false where `is` holds for one), and the items are read one by one from
/// the first four it lets through. For a rare item (a class, a flag), where a test and a branch
/// an item cost more than the four items' flags combined. The screen should be exact (true
/// only where `is` holds for one of the four): past a group it lets through, every item is read.
#[inline(always)]
pub(crate) fn first_in_fours<T>(
    items: &[T],
    may_hold: impl Fn(&T, &T, &T, &T) -> bool,
    is: impl Fn(&T) -> bool,
) -> Option<usize> {
    let mut from = 0;
    for four in items.chunks_exact(4) {
        if let [a, b, c, d] = four {
            if may_hold(a, b, c, d) {
                break;
            }
        }
        from += 4;
    }
    let rest = items.get(from..)?;
    rest.iter().position(is).map(|k| from + k)
}

mod runs;

pub(crate) use runs::word_runs;

#[cfg(test)]
mod tests;
