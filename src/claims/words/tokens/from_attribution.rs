//! Claims' sentence tokens read off attribution's tokens of the document, rather than off the
//! text's bytes again: the two tokenizers agree on most tokens (a plain word, a mark), and
//! where they do not (a number such as "1,000", "$3.5" or "85%", a joined word such as "U.S."
//! or "AT&T", a doubled apostrophe), claims' own tokenizer reads that stretch from the bytes.
//! The result is exactly what [`tokenize_into`] gives for the sentence: both tokenizers skip the
//! same white space, every other character is in one of attribution's tokens, and the byte
//! tokenizer, between two tokens, depends on nothing but where it stands.

use std::ops::Range;

use super::{is_acronym, push_next, tokenize_into, Lower, Token, TokenKind, ROOT_UNKNOWN};
use crate::attribution::{Token as AttributionToken, TokenKind as AttributionKind};

/// Claims' tokenizer for the sentences of one document, given attribution's tokens of it.
#[derive(Clone, Copy, Default)]
pub(crate) struct SentenceTokenizer<'a> {
    /// The joined text.
    text: &'a str,
    /// The joined text with its ASCII capitals in lower case (byte for byte the same length):
    /// an ASCII word's lower case is borrowed from it, not lowered word by word into the
    /// token (which each look at the word then checked as UTF-8 again).
    lower: &'a str,
    /// Attribution's tokens of every block of `text`, in text order. Empty: the sentences are
    /// read from the bytes (no tokens given).
    words: &'a [AttributionToken],
}

impl<'a> SentenceTokenizer<'a> {
    /// A tokenizer for `text`, whose every block attribution has read into `words`; `lower`
    /// is `text` with its ASCII capitals in lower case ([`super::lowered_text`]).
    pub(crate) fn new(text: &'a str, lower: &'a str, words: &'a [AttributionToken]) -> Self {
        SentenceTokenizer { text, lower, words }
    }

    /// The tokens of the sentence `span` of the text, into `out` (cleared first): the same as
    /// [`tokenize_into`] gives.
    pub(crate) fn tokenize_into(&self, span: Range<usize>, out: &mut Vec<Token<'a>>) {
        if self.words.is_empty() {
            return tokenize_into(self.text, span, out);
        }
        out.clear();
        let Some(sentence) = self.text.get(span.clone()) else {
            return;
        };
        let base = span.start;
        let first = self.words.partition_point(|t| t.span.end <= span.start);
        // Where claims' own tokenizer would stand: always between two of its tokens.
        let mut pos = span.start;
        for word in self.words.get(first..).unwrap_or_default() {
            if word.span.start >= span.end {
                break;
            }
            if word.span.end <= pos {
                // Read already, as part of a longer token of claims' ("1,000").
                continue;
            }
            if word.span.start >= pos && word.span.end <= span.end && push_same_token(self.text, self.lower, word, out)
            {
                pos = word.span.end;
                continue;
            }
            let stop = word.span.end.min(span.end);
            while pos < stop {
                pos = base + push_next(sentence, base, pos - base, out);
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
/// a word of one run of letters and digits that starts with a letter (a digit starts a number,
/// which claims joins over "," and "%"), or a mark of one character other than `$` (which
/// starts a number before a digit). Says whether it did.
#[inline]
fn push_same_token<'a>(text: &'a str, lower_text: &'a str, word: &AttributionToken, out: &mut Vec<Token<'a>>) -> bool {
    let Some(t) = text.get(word.span.clone()) else { return false };
    let Some(&first) = t.as_bytes().first() else { return false };
    let span = word.span.clone();
    match word.kind {
        AttributionKind::Word => {
            if word.joined || first.is_ascii_digit() {
                return false;
            }
            // One pass over the bytes: any outside ASCII, any ASCII capital.
            let seen = t.bytes().fold(0u8, |seen, b| seen | BYTE_SEEN[usize::from(b)]);
            let ascii = seen & NOT_ASCII == 0;
            let lower = if !ascii {
                Lower::new(t)
            } else if seen & CAPITAL == 0 {
                Lower::Borrowed(t)
            } else {
                lower_text.get(span.clone()).map_or_else(|| Lower::lowered_ascii(t), Lower::Borrowed)
            };
            let capitalized = word.cap;
            let acronym = capitalized && t.len() <= 4 && is_acronym(t, ascii);
            // Attribution looked up ASCII words in lower case, as the trie's roots are keyed.
            let root = if ascii { word.claims_root } else { ROOT_UNKNOWN };
            out.push(Token { text: t, lower, span, kind: TokenKind::Word, capitalized, acronym, root });
        }
        _ => {
            if first < 0x80 && (t.len() != 1 || first == b'$') {
                return false;
            }
            // An ASCII mark is its own lower case; a mark outside ASCII is one character ("“",
            // "—", "’", which lowers to "'").
            let lower = if first < 0x80 { Lower::Borrowed(t) } else { Lower::new(t) };
            out.push(Token {
                text: t,
                lower,
                span,
                kind: TokenKind::Punct,
                capitalized: false,
                acronym: false,
                root: ROOT_UNKNOWN,
            });
        }
    }
    true
}

/// [`BYTE_SEEN`]: a byte outside ASCII.
const NOT_ASCII: u8 = 1;
/// [`BYTE_SEEN`]: an ASCII capital.
const CAPITAL: u8 = 2;

/// What a byte tells of a word's lowering.
static BYTE_SEEN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            NOT_ASCII
        } else if (b as u8).is_ascii_uppercase() {
            CAPITAL
        } else {
            0
        };
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::text::Text;
    use proptest::prelude::*;

    /// Every sentence of `body`: its tokens read off attribution's, and from the bytes, as the
    /// claim rules see them (text, lower case, span, kind, capital, acronym), with the claim
    /// lists' matches (found with the phrase roots attribution's look-up gives, and without).
    fn both_ways(body: &str) -> Vec<(String, String)> {
        let text = Text::new(&Document::from_plain_text(body));
        let words = crate::attribution::find_with_tokens(&text).1;
        let lower = super::super::lowered_text(&text.joined);
        let tokenizer = SentenceTokenizer::new(&text.joined, &lower, &words);
        let seen = |tokens: &[Token<'_>]| -> String {
            let seen: Vec<_> = tokens
                .iter()
                .map(|t| (t.text, &*t.lower, t.span.clone(), t.kind, t.is_capitalized(), t.is_acronym()))
                .collect();
            let mut hits = crate::claims::lists::Hits::default();
            crate::claims::lists::find_all_into(tokens, &mut hits);
            format!("{seen:?} {:?} {:?} {:?} {:?}", hits.vague, hits.sourcing, hits.facts, hits.hedges)
        };
        text.sentences
            .iter()
            .map(|s| {
                let mut read = Vec::new();
                tokenize_into(&text.joined, s.clone(), &mut read);
                (seen(&tokenizer.tokenize(s.clone())), seen(&read))
            })
            .collect()
    }

    #[test]
    fn the_tokens_read_off_attribution_are_the_tokens_read_from_the_bytes() {
        let body = "Title of the Piece\n\nThe U.S. paid $3.5 million (85%) to 1,000 people at 10:30 a.m. on \
                    Nov. 8, AT&T\u{2019}s ''quote'' said Smith\u{2010}Jones; 1990-2000, \u{2019}90s, 3-D and \
                    $ 5.\n\n\u{201c}Didn\u{2019}t\u{201d} \u{39c}\u{391}\u{3a3} na\u{ef}ve R&D US IT Mr. A. \
                    B.C.D. e.g.x 5%% 1,2,3 -- \u{2014} ``quoted'' end.";
        for (walked, read) in both_ways(body) {
            assert_eq!(walked, read);
        }
        for dir in ["samples", "tests/text"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                let body = std::fs::read_to_string(entry.path()).unwrap_or_default();
                for (walked, read) in both_ways(&body) {
                    assert_eq!(walked, read, "{}", entry.path().display());
                }
            }
        }
    }

    const PIECES: &[&str] = &[
        "the ", "U.S.", "Mr.", " ", "\n", "\n\n", ".", ",", ":", "%", "$", "1", "000", "3.5", "&", "'", "''", "`",
        "\u{2019}", "\u{201c}", "\u{201d}", "-", "\u{2010}", "\u{2011}", "\u{2014}", "A", "ab", "Cd", "IT", "\u{e9}",
        "\u{c9}", "\u{3a3}", "\u{301}", "\u{663}", "?", "said ", "\t", "\u{a0}", "s",
    ];

    proptest! {
        #[test]
        fn any_text_reads_the_same_both_ways(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let body: String = parts.iter().map(|&i| PIECES[i]).collect();
            for (walked, read) in both_ways(&body) {
                prop_assert_eq!(walked, read);
            }
        }
    }
}
