//! Loaded wording's words: the runs of letters and digits of attribution's tokens
//! ([`word_runs`]), taken from the tokens so that the text is not scanned again.

use std::ops::Range;

use super::{first_in_fours, flag, is_word_char, Token};
use crate::scan::ASCII_ALNUM;

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
            // Skipping, `not_loaded` alone turns away most tokens, words and marks alike: it is
            // set on every token that is not a word ([`first_not_skipped`]).
            let token = if self.skip_unlisted {
                let rest = self.tokens.as_slice();
                let k = first_not_skipped(rest)?;
                self.tokens = rest.get(k + 1..).unwrap_or_default().iter();
                rest.get(k)?
            } else {
                self.tokens.find(|t| t.is_word())?
            };
            if !token.joined() {
                return Some(token.span());
            }
            self.rest = token.span();
        }
    }
}

/// The index of the first of `tokens` that [`WordRuns::skipping_unlisted`] does not skip (not
/// [`Token::not_loaded`]): four tokens a step, their flags and-ed ([`first_in_fours`]; about one
/// token in twenty is read; a test a token cost ~6 instructions, ~0.45 M a pass over PolNeAR
/// dev).
fn first_not_skipped(tokens: &[Token]) -> Option<usize> {
    let some_loaded =
        |a: &Token, b: &Token, c: &Token, d: &Token| a.flags & b.flags & c.flags & d.flags & flag::NOT_LOADED == 0;
    first_in_fours(tokens, some_loaded, |t| !t.not_loaded())
}
