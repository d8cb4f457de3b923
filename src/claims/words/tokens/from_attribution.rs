//! Claims' sentence tokens read off attribution's tokens of the document, rather than off the
//! text's bytes again: the two tokenizers agree on most tokens (a plain word, a mark), and
//! where they do not (a number such as "1,000", "$3.5" or "85%", a joined word such as "U.S."
//! or "AT&T", a doubled apostrophe), claims' own tokenizer reads that stretch from the bytes.
//! The result is exactly what [`tokenize_into`] gives for the sentence: both tokenizers skip the
//! same white space, every other character is in one of attribution's tokens, and the byte
//! tokenizer, between two tokens, depends on nothing but where it stands.

use std::cell::Cell;
use std::ops::Range;

use super::{
    is_acronym, is_ascii_acronym, push_next, tokenize_into, Lowered, Sentence, Spelling, Token, TokenKind, ROOT_NONE,
    ROOT_UNKNOWN,
};
use crate::attribution::{Token as AttributionToken, TokenKind as AttributionKind};
use crate::claims::vague::opens_clause;
use crate::claims::words::PhraseSet;

/// What [`SentenceTokenizer::may_hold_marked`] tells of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marked {
    /// A marked phrase may start in it.
    May,
    /// No marked phrase starts in it.
    No,
    /// None starts in it but phrases marked for a clause's start ([`super::super::Mark`]),
    /// each inside a clause; `words`: how many of claims' words the sentence has at least.
    OnlyInsideClauses { words: usize },
}

/// Claims' tokenizer for the sentences of one document, given attribution's tokens of it.
#[derive(Clone)]
pub(crate) struct SentenceTokenizer<'a> {
    /// The joined text.
    text: &'a str,
    /// The joined text with its ASCII capitals in lower case (byte for byte the same length):
    /// an ASCII word's lower case is borrowed from it, not lowered word by word into the
    /// token (which each look at the word then checked as UTF-8 again).
    lower: &'a [u8],
    /// The lower cases that are neither the text's slices nor its lowered copy's.
    store: &'a Lowered,
    /// Attribution's tokens of every block of `text`, in text order. Empty: the sentences are
    /// read from the bytes (no tokens given).
    words: &'a [AttributionToken],
    /// The index in `words` past the last sentence read: the sentences are read in text order
    /// (mostly), so the next one starts there, and a check replaces a binary search.
    next: Cell<usize>,
}

impl<'a> SentenceTokenizer<'a> {
    /// A tokenizer for `text`, whose every block attribution has read into `words`; `lower`
    /// is `text` with its ASCII capitals in lower case ([`super::lowered_text_into`]); `store`
    /// keeps the lower cases that are neither's slices, for as long as the tokens live.
    pub(crate) fn new(text: &'a str, lower: &'a [u8], store: &'a Lowered, words: &'a [AttributionToken]) -> Self {
        SentenceTokenizer { text, lower, store, words, next: Cell::new(0) }
    }

    /// The tokens of the sentence `span` of the text, into `out` (cleared first): the same as
    /// [`tokenize_into`] gives.
    pub(crate) fn tokenize_into(&self, span: Range<usize>, out: &mut Vec<Token<'a>>) {
        if self.words.is_empty() {
            return tokenize_into(self.text, self.lower, self.store, span, out);
        }
        out.clear();
        let Some(sentence) = Sentence::new(self.text, self.lower, self.store, span.clone()) else {
            return;
        };
        let (text, lower, store) = (self.text, self.lower, self.store);
        let base = span.start;
        // Where claims' own tokenizer would stand: always between two of its tokens.
        let mut pos = span.start;
        // The tokens that start inside the sentence (found once: the loop tests no end).
        let words = self.words_of(&span);
        for word in words {
            if word.end() <= pos {
                // Read already, as part of a longer token of claims' ("1,000").
                continue;
            }
            if word.start() >= pos && word.end() <= span.end && push_same_token::<true>(text, lower, store, word, out) {
                pos = word.end();
                continue;
            }
            let stop = word.end().min(span.end);
            while pos < stop {
                pos = base + push_next(&sentence, pos - base, out);
            }
        }
    }

    /// Attribution's tokens of the sentence `span`: from the first that ends after its start,
    /// those that start before its end; the next sentence is looked for from past them.
    #[inline]
    fn words_of(&self, span: &Range<usize>) -> &'a [AttributionToken] {
        let first = self.first_ending_after(span.start);
        let words = self.words.get(first..).unwrap_or_default();
        // The tokens do not overlap, so the one `span.len()` on from the first starts at the
        // span's end or past it: the search for the sentence's end stays within the sentence's
        // tokens, not the rest of the document's.
        let reach = words.get(..span.len().saturating_add(1)).unwrap_or(words);
        let words = words.get(..reach.partition_point(|t| t.start() < span.end)).unwrap_or_default();
        self.next.set(first + words.len());
        words
    }

    /// The index of the first of attribution's tokens that ends after byte `start` (the first
    /// of a sentence starting there): where the last sentence read stopped when that is it,
    /// else found by a binary search.
    fn first_ending_after(&self, start: usize) -> usize {
        let next = self.next.get();
        let ends_before = |k: usize| self.words.get(k).is_some_and(|t| t.end() <= start);
        let at_next = (next == 0 || ends_before(next - 1)) && next <= self.words.len() && !ends_before(next);
        if at_next {
            next
        } else {
            self.words.partition_point(|t| t.end() <= start)
        }
    }

    /// Whether a phrase `set` marks ([`PhraseSet::add_marked`]) may start in the sentence
    /// `span`: never [`Marked::No`] where [`PhraseSet::find_lists_into`] on the sentence's tokens
    /// would find one, nor [`Marked::OnlyInsideClauses`] where one marked for a clause's start
    /// starts one. Reads attribution's tokens as [`Self::tokenize_into`] does, but builds claims'
    /// token only for a word that may start a marked phrase (most words are ruled out by the root
    /// attribution's look-up gave them) and for the words after it, while the phrase goes on;
    /// a stretch claims' tokenizer reads from the bytes is taken to go on with any phrase.
    /// `scratch`: a buffer for those tokens.
    pub(crate) fn may_hold_marked(&self, set: &PhraseSet, span: Range<usize>, scratch: &mut Vec<Token<'a>>) -> Marked {
        self.screen::<true>(set, span, scratch)
    }

    /// [`Self::may_hold_marked`], with the pass over plain words first (`PLAIN_FIRST`) or
    /// without it, when each word goes through the general tests: the tests pin the two equal.
    #[inline(always)]
    fn screen<const PLAIN_FIRST: bool>(
        &self,
        set: &PhraseSet,
        span: Range<usize>,
        scratch: &mut Vec<Token<'a>>,
    ) -> Marked {
        if self.words.is_empty() {
            return Marked::May;
        }
        let Some(sentence) = Sentence::new(self.text, self.lower, self.store, span.clone()) else {
            return Marked::No;
        };
        let base = span.start;
        let words = self.words_of(&span);
        let bytes = self.text.as_bytes();
        let mut pos = span.start;
        // The plain words read (each one of claims' words), and the last one when it is
        // claims' token right before the word being read (else a vague subject after it is
        // taken to start a clause).
        let mut plain_words = 0;
        let mut before: Option<&AttributionToken> = None;
        // Whether a phrase marked for a clause's start stood inside a clause.
        let mut inside_clause = false;
        let marked = set.marked_nodes();
        for (k, word) in words.iter().enumerate() {
            let prev = before.take();
            if word.end() <= pos {
                continue;
            }
            // Most tokens are plain lower-case words that start no marked phrase (no phrase, or
            // none marked): counted and passed over first, as the tests below would (pinned
            // equal by a test that runs the screen without this pass).
            if PLAIN_FIRST
                && marked.passes_over(word.claims_root())
                && !word.cap()
                && !word.joined()
                && word.is_word()
                && word.start() >= pos
                && word.end() <= span.end
                && !bytes.get(word.start()).is_some_and(u8::is_ascii_digit)
            {
                plain_words += 1;
                before = Some(word);
                pos = word.end();
                continue;
            }
            let inside = word.start() >= pos && word.end() <= span.end;
            let first_byte = bytes.get(word.start()).copied().unwrap_or(0);
            // Most tokens are plain ASCII words in lower case that attribution looked up, and
            // one-byte marks: no token is built for them unless a marked phrase starts there.
            if inside {
                let plain_word = !word.joined() && !first_byte.is_ascii_digit() && word.claims_root() != ROOT_UNKNOWN;
                if plain_word && word.is_word() {
                    plain_words += 1;
                    before = Some(word);
                }
                let root = match word.kind() {
                    AttributionKind::Word if plain_word && !word.cap() => word.claims_root(),
                    AttributionKind::Word if plain_word => {
                        // Capitalized: a root written with a capital too ("Some").
                        let text = bytes.get(word.span()).unwrap_or_default();
                        let rest = words.get(k + 1..).unwrap_or_default();
                        if let Some(node) = set.cased_root_on_marked(text) {
                            if self.marked_goes_on(set, node, rest, span.end, scratch, None) == Marked::May {
                                return Marked::May;
                            }
                        }
                        word.claims_root()
                    }
                    AttributionKind::Word => ROOT_UNKNOWN,
                    _ if word.span().len() == 1 && first_byte < 0x80 && first_byte != b'$' => set.byte_root(first_byte),
                    _ => ROOT_UNKNOWN,
                };
                if root == ROOT_NONE {
                    pos = word.end();
                    continue;
                }
                if root != ROOT_UNKNOWN {
                    pos = word.end();
                    if !marked.on(root) {
                        continue;
                    }
                    let rest = words.get(k + 1..).unwrap_or_default();
                    // Most marked roots' phrases stop at the next word: a plain one whose
                    // first byte starts none of the root's few marked next words, told here
                    // without the call and its walk (more than half the calls).
                    let next_first =
                        rest.first().filter(|w| w.end() <= span.end).and_then(|w| self.plain_lower(w)?.first());
                    if next_first.is_some_and(|&b| set.marked_stops_before(root as usize, b)) {
                        continue;
                    }
                    // A vague subject after a word that opens no clause ("the most", "how
                    // many") is no source, but a longer phrase from its word may be.
                    match self.marked_goes_on(set, root as usize, rest, span.end, scratch, prev) {
                        Marked::May => return Marked::May,
                        Marked::OnlyInsideClauses { .. } => inside_clause = true,
                        Marked::No => {}
                    }
                    continue;
                }
            }
            let rest = words.get(k + 1..).unwrap_or_default();
            scratch.clear();
            if inside && push_same_token::<false>(self.text, self.lower, self.store, word, scratch) {
                pos = word.end();
                let roots = scratch.first().map_or([None, None], |t| set.marked_roots(t));
                let mut roots = roots.into_iter().flatten();
                if roots.any(|node| self.marked_goes_on(set, node, rest, span.end, scratch, None) == Marked::May) {
                    return Marked::May;
                }
                continue;
            }
            // A stretch claims' tokenizer reads from the bytes ("1,000", "U.S."): any marked
            // root in it counts.
            let stop = word.end().min(span.end);
            while pos < stop {
                pos = base + push_next(&sentence, pos - base, scratch);
            }
            if scratch.iter().any(|t| set.marked_roots(t).iter().any(Option::is_some)) {
                return Marked::May;
            }
        }
        if inside_clause {
            Marked::OnlyInsideClauses { words: plain_words }
        } else {
            Marked::No
        }
    }

    /// The lower case of claims' token for `word` when it is a plain ASCII word that
    /// attribution looked up (its [`AttributionToken::claims_root`] is known) or a one-byte
    /// ASCII mark, which claims' tokenizer reads alike: no token needs to be built for them.
    #[inline]
    fn plain_lower(&self, word: &AttributionToken) -> Option<&'a [u8]> {
        let first = *self.text.as_bytes().get(word.start())?;
        let plain = match word.kind() {
            // Attribution sets the root of ASCII words only.
            AttributionKind::Word => !word.joined() && word.claims_root() != ROOT_UNKNOWN && !first.is_ascii_digit(),
            _ => word.span().len() == 1 && first < 0x80 && first != b'$',
        };
        if !plain {
            return None;
        }
        self.lower.get(word.span())
    }

    /// Whether a marked phrase at `node` ends there or may go on over the tokens `rest` (the
    /// attribution tokens after the one that led to `node`, up to the sentence's `end`):
    /// [`Marked::OnlyInsideClauses`] when only phrases marked for a clause's start end on the
    /// way, and `before`, a plain word that is claims' word right before the phrase, opens no
    /// clause (`None`: no such word, or not known, which is taken to open one).
    fn marked_goes_on(
        &self,
        set: &PhraseSet,
        mut node: usize,
        rest: &[AttributionToken],
        end: usize,
        scratch: &mut Vec<Token<'a>>,
        before: Option<&AttributionToken>,
    ) -> Marked {
        let mut rest = rest.iter();
        let mut found = Marked::No;
        loop {
            if set.marked_ends(node) {
                return Marked::May;
            }
            if set.marked_ends_at_clause(node) {
                // Its lower case is read only here: most plain words precede no vague subject.
                if before.is_none_or(|w| self.lower.get(w.span()).is_none_or(opens_clause)) {
                    return Marked::May;
                }
                found = Marked::OnlyInsideClauses { words: 0 };
            }
            if !set.marked_wants_next(node) {
                return found;
            }
            let Some(next) = rest.next().filter(|w| w.start() < end) else {
                return found;
            };
            let plain = if next.end() > end { None } else { self.plain_lower(next) };
            let step = if let Some(lower) = plain {
                set.marked_step(node, lower)
            } else {
                scratch.clear();
                if next.end() > end || !push_same_token::<false>(self.text, self.lower, self.store, next, scratch) {
                    // Claims' tokenizer reads this stretch from the bytes ("''", "Mr.", "46,000"):
                    // its next token starts here all the same, and only a phrase it goes on
                    // with is walked no further (taken to go on).
                    let Some(sentence) = Sentence::new(self.text, self.lower, self.store, next.start()..end) else {
                        return Marked::May;
                    };
                    push_next(&sentence, 0, scratch);
                    let Some(read) = scratch.first() else { return Marked::May };
                    return match set.marked_step(node, read.lower.as_bytes()) {
                        Some(_) => Marked::May,
                        None => found,
                    };
                }
                set.marked_step(node, scratch.first().map_or(&[][..], |t| t.lower.as_bytes()))
            };
            match step {
                Some(c) => node = c,
                None => return found,
            }
        }
    }

    /// The tokens of the sentence `span`, in a new vector.
    pub(crate) fn tokenize(&self, span: Range<usize>) -> Vec<Token<'a>> {
        let mut out = Vec::new();
        self.tokenize_into(span, &mut out);
        out
    }
}

/// Pushes claims' token for attribution's token `word` when the two tokenizers read it alike:
/// a word that starts with a letter (a digit starts a number, which claims joins over "," and
/// "%") and, when joined, holds no "&" or Unicode hyphen (which claims splits at) and no
/// abbreviation's final period (which claims reads as a mark), so that its joiners are the
/// apostrophes, hyphens and periods claims joins too ("don't", "didn’t", "well-known", "e.g");
/// or a mark of one character other than `$` (which starts a number before a digit). Says
/// whether it did. `PLAIN_FIRST`: the commonest token first, on a path of its own (for the
/// sentence's every token; the screen's calls meet plain words rarely, and their code is
/// shorter without it).
#[inline(always)]
fn push_same_token<'a, const PLAIN_FIRST: bool>(
    text: &'a str,
    lower_text: &'a [u8],
    store: &'a Lowered,
    word: &AttributionToken,
    out: &mut Vec<Token<'a>>,
) -> bool {
    // Cut as bytes: the commonest token needs no string, and its text and lower case are
    // spared the four character-boundary tests of two `str` slices.
    let Some(written) = text.as_bytes().get(word.span()) else { return false };
    let Some(&first) = written.first() else { return false };
    let start = word.start();
    // Each branch pushes its token in one expression, so that it is written into the buffer
    // rather than built beside it and copied.
    if PLAIN_FIRST && word.is_word() && word.ascii() && !word.cap() && !word.joined() && !first.is_ascii_digit() {
        // The commonest token (seven in ten): an ASCII word that starts with a lower-case
        // letter (so no acronym) and is not joined. Pushed on a path of its own, which calls
        // nothing: inside the general one it waited on the registers saved around the calls
        // the other tokens make (the acronym test, the store) and read them back.
        if let Some(l) = lower_text.get(word.span()) {
            let (text, lower, kind, root) = (Spelling(written), Spelling(l), TokenKind::Word, word.claims_root());
            out.push(Token { text, lower, start, kind, capitalized: false, acronym: false, root });
            return true;
        }
    }
    match word.kind() {
        AttributionKind::Word if word.ascii() => {
            // Of the marks claims splits a word at, an ASCII word can hold "&" and a final
            // period only.
            if first.is_ascii_digit() || (word.joined() && (written.ends_with(b".") || written.contains(&b'&'))) {
                return false;
            }
            let capitalized = word.cap();
            let acronym = capitalized && written.len() <= 4 && is_ascii_acronym(written);
            // An ASCII word (attribution's tokenizer says which) borrows its lower case from
            // the lowered text, capitals or not: the same bytes, with no look at them here.
            // Attribution looked up ASCII words in lower case, as the trie's roots are keyed.
            let (kind, root) = (TokenKind::Word, word.claims_root());
            let lower = lower_text
                .get(word.span())
                .map_or_else(|| Spelling::new(text.get(word.span()).map_or("", |t| store.lower(t))), Spelling);
            out.push(Token { text: Spelling(written), lower, start, kind, capitalized, acronym, root });
        }
        AttributionKind::Word => {
            let Some(t) = text.get(word.span()) else { return false };
            if first.is_ascii_digit()
                || (word.joined() && (t.ends_with('.') || t.contains(['&', '\u{2010}', '\u{2011}'])))
            {
                return false;
            }
            let capitalized = word.cap();
            let acronym = capitalized && t.len() <= 4 && is_acronym(t, false);
            out.push(Token {
                text: Spelling(written),
                lower: Spelling::new(store.lower(t)),
                start,
                kind: TokenKind::Word,
                capitalized,
                acronym,
                root: ROOT_UNKNOWN,
            });
        }
        _ => {
            // An ASCII mark is its own lower case; a mark outside ASCII is one character ("“",
            // "—", "’", which lowers to "'").
            let lower = if first < 0x80 {
                if written.len() != 1 || first == b'$' {
                    return false;
                }
                Spelling(written)
            } else {
                let Some(t) = text.get(word.span()) else { return false };
                Spelling::new(store.lower(t))
            };
            out.push(Token {
                text: Spelling(written),
                lower,
                start,
                kind: TokenKind::Punct,
                capitalized: false,
                acronym: false,
                root: ROOT_UNKNOWN,
            });
        }
    }
    true
}

#[cfg(test)]
mod tests;
