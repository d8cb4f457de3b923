//! Scare quotes: a single word in quote marks that nobody is quoted as saying
//! (the so-called “experts”), the outlet distancing itself from a word.
//!
//! A candidate is one lower-case word between a pair of marks (“…”, "…", «…», ‘…’), outside a
//! headline (headlines put real quotations in marks), used as a noun the outlet doubts: right
//! after a determiner or possessive ("the “experts”", "their “reforms”"; listed in
//! `src/lexicon/loaded_scare_heads.txt`). It is not a scare quote when a speech cue or a
//! mention word stands near it in its sentence ("he called it “genocide”", "the word
//! “literally”"; listed in `src/lexicon/loaded_scare_cues.txt`), nor when its sentence holds
//! other quote marks (then it is most likely a fragment of a quotation, or one of a list of
//! quoted terms).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::document::BlockKind;
use crate::lexicon;
use crate::text::Text;

use super::phrases::{words, PhraseTable};
use super::words::{expand, is_whole_word};

pub(crate) const CUES: &str = lexicon::word_list!("loaded_scare_cues.txt");
pub(crate) const HEADS: &str = lexicon::word_list!("loaded_scare_heads.txt");

/// How far before a candidate, in bytes, a cue is looked for (about fifteen words).
const LOOK_BACK: usize = 100;
/// How far after a candidate a cue is looked for ("“Shameful,” she said").
const LOOK_AHEAD: usize = 30;

/// The cue words and phrases, matched case-insensitively as whole words ("so-called" holds
/// no cue "called").
static CUE: LazyLock<PhraseTable> = LazyLock::new(|| {
    let forms: Vec<String> = lexicon::fields(CUES).filter_map(|f| f.first().copied()).flat_map(expand).collect();
    PhraseTable::new(forms.iter().map(String::as_str), 0)
});

/// Whether `window` of the text holds a cue as a whole word (the longest cue that starts at a
/// word, within the window).
fn has_cue(cue: &PhraseTable, joined: &str, window: &Range<usize>) -> bool {
    let Some(slice) = joined.get(window.clone()) else { return false };
    let hay = slice.as_bytes();
    words(slice).any(|w| {
        let first = hay.get(w.clone()).unwrap_or_default();
        cue.longest_at(hay, w.start, first)
            .is_some_and(|(_, end)| is_whole_word(joined, &(window.start + w.start..window.start + end)))
    })
}

/// The head words, lower case.
static HEAD_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::fields(HEADS).filter_map(|f| f.first().copied()).flat_map(expand).map(|w| w.to_lowercase()).collect()
});

/// Whether `before` (the text up to the opening mark) ends with a head word, with at most one
/// word between ("the “experts”", "the much-vaunted “reforms”").
fn after_head(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    // A possessive is a determiner too ("last year's “improvements”").
    let possessive = |w: &str| ["'s", "’s", "s'", "s’"].iter().any(|p| w.ends_with(p));
    let is_head = |w: Option<&str>| {
        w.is_some_and(|w| crate::text::with_lower(w, |lower| HEAD_WORDS.contains(lower)) || possessive(w))
    };
    if !before.ends_with(char::is_whitespace) {
        return false;
    }
    let last = words.next();
    let plain = |w: &str| w.chars().all(|c| c.is_alphanumeric() || "-'’".contains(c));
    is_head(last) || (last.is_some_and(plain) && is_head(words.next()))
}

/// Quote marks that open or close a quotation (the straight single mark is left out: it is
/// mostly an apostrophe).
const MARKS: [char; 7] = ['“', '”', '"', '«', '»', '‘', '’'];

/// A scare-quoted word: the word's span and the span with its marks.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ScareQuote {
    /// The word alone.
    pub word: Range<usize>,
    /// The word with its quote marks.
    pub marked: Range<usize>,
}

/// Finds the scare-quoted words. `is_speech` tells whether a span holds a speech verb from
/// the word lists (also a cue).
pub(crate) fn find(text: &Text, is_speech: impl Fn(&Range<usize>) -> bool) -> Vec<ScareQuote> {
    let cue = &*CUE;
    let joined = text.joined.as_str();
    let mut out = Vec::new();
    for (marked, word_span) in candidates(joined, &text.quote_marks) {
        let word = joined.get(word_span.clone()).unwrap_or("");
        if !looks_scare_quoted(joined, &marked, word) || text.kind_at(marked.start) == BlockKind::Headline {
            continue;
        }
        let sentence = text
            .sentence_of(marked.start)
            .and_then(|i| text.sentences.get(i))
            .filter(|s| s.end >= marked.start)
            .cloned()
            .unwrap_or(marked.clone());
        let back = floor_boundary(joined, marked.start.saturating_sub(LOOK_BACK).max(sentence.start));
        let ahead = ceil_boundary(joined, (marked.end + LOOK_AHEAD).min(sentence.end.max(marked.end)));
        let before = back..marked.start;
        let after = marked.end..ahead;
        let has_cue = |r: &Range<usize>| has_cue(cue, joined, r);
        let near_before = floor_boundary(joined, marked.start.saturating_sub(40).max(sentence.start));
        // Cheapest tests first: the cue regex is the slowest.
        if !joined.get(near_before..marked.start).is_some_and(after_head)
            || other_marks(joined, &sentence, &marked)
            || is_speech(&before)
            || has_cue(&before)
            || has_cue(&after)
        {
            continue;
        }
        out.push(ScareQuote { word: word_span, marked });
    }
    out
}

/// Every single word between matching marks — “word”, "word", «word», ‘word’ (a comma or
/// full stop may stand inside the closing mark) — as (span with marks, span of the word).
/// Read only at `marks`, the places where a quote mark may start ([`Text::quote_marks`], in
/// order): every opening mark is one of them, and the text was scanned for them once already
/// (a scan of its own here met every dash and apostrophe of the text too).
pub(crate) fn candidates<'a>(
    joined: &'a str,
    marks: &'a [usize],
) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + 'a {
    marks.iter().filter_map(move |&i| {
        let rest = joined.get(i..)?;
        let mut chars = rest.chars();
        let open = chars.next()?;
        let closers: &[char] = match open {
            '“' | '"' => &['”', '"'],
            '«' => &['»'],
            '‘' => &['’'],
            _ => return None,
        };
        let word_start = i + open.len_utf8();
        let mut end = word_start;
        let mut word_end = None;
        for c in chars {
            if c.is_alphanumeric() || c == '_' || c == '-' || c == '\'' || (c == '’' && open != '‘') {
                if word_end.is_some() {
                    return None; // a second word
                }
                end += c.len_utf8();
                continue;
            }
            let word = word_end.unwrap_or(end);
            if word == word_start {
                return None;
            }
            if closers.contains(&c) {
                return Some((i..end + c.len_utf8(), word_start..word));
            }
            if word_end.is_none() && matches!(c, ',' | '.' | '!' | '?') {
                word_end = Some(end);
                end += 1;
                continue;
            }
            return None;
        }
        None
    })
}

/// The shape test: a lower-case word of letters (no digits: "the ‘90s"), with no letter
/// glued to the marks on the outside (that would be an apostrophe or a stray mark).
fn looks_scare_quoted(joined: &str, marked: &Range<usize>, word: &str) -> bool {
    let mut chars = word.chars();
    let starts_lower = chars.next().is_some_and(char::is_lowercase);
    let letters = word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    let outside_before = joined.get(..marked.start).and_then(|s| s.chars().next_back());
    let outside_after = joined.get(marked.end..).and_then(|s| s.chars().next());
    let free = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    starts_lower && letters && word.chars().count() >= 3 && free(outside_before) && free(outside_after)
}

/// Whether the sentence holds quote marks besides the candidate's own (apostrophes — a ’
/// between letters — do not count).
fn other_marks(joined: &str, sentence: &Range<usize>, marked: &Range<usize>) -> bool {
    let is_mark = |s: &str| {
        let mut prev = None;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let apostrophe = c == '’'
                && prev.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|n: &char| n.is_alphanumeric());
            if MARKS.contains(&c) && !apostrophe {
                return true;
            }
            prev = Some(c);
        }
        false
    };
    let start = sentence.start.min(marked.start);
    let end = sentence.end.max(marked.end);
    joined.get(start..marked.start).is_some_and(is_mark) || joined.get(marked.end..end).is_some_and(is_mark)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn words(src: &str) -> Vec<String> {
        let text = Text::new(&Document::from_plain_text(src));
        find(&text, |_| false).into_iter().map(|q| text.joined[q.word].to_string()).collect()
    }

    #[test]
    fn single_words_without_cue() {
        let body = "Headline here\n\nThe “experts” disagreed. Their ‘reforms’ failed. \
                    The so-called \"peace\" deal fell apart. The much-vaunted “recovery” stalled. \
                    Last year's “improvements” led to queues.";
        assert_eq!(words(body), ["experts", "reforms", "peace", "recovery", "improvements"]);
    }

    #[test]
    fn not_quotes_names_numbers_or_cued_words() {
        let body = "Headline here\n\nHe called it “genocide” in the 1990s. \
                    The word “literally” is overused. “Shameful,” she said. \
                    They saw “Hamlet” and the ‘90s. A phrase “like this one” is no scare quote. \
                    The ban was “temporary” by law. The “autonomy” and the “quality” of life.";
        assert!(words(body).is_empty(), "{:?}", words(body));
    }

    /// Read at the text's quote marks only, the candidates are those read at every byte.
    #[test]
    fn candidates_start_at_quote_marks() {
        let body = "Headline\n\nThe “experts” and ‘reforms’ — it’s «peace» or \"war,\" the ``so'' 'x' „y“ \u{a0}end.";
        let text = Text::new(&Document::from_plain_text(body));
        let every_byte: Vec<usize> = (0..text.joined.len()).collect();
        let at_marks: Vec<_> = candidates(&text.joined, &text.quote_marks).collect();
        assert_eq!(at_marks, candidates(&text.joined, &every_byte).collect::<Vec<_>>());
        assert_eq!(at_marks.len(), 4);
    }

    #[test]
    fn headlines_hold_real_quotes() {
        assert!(words("Minister: ‘disgraceful’\n\nBody text.").is_empty());
    }
}
