//! The neighbouring sentences that hand a sentence to a speaker: a colon introduction before
//! it ("The governor added:"), or a next sentence that is only a source or points back at it.

use std::ops::Range;

use super::kinds::{self, Sourcing};
use super::lists::{self, SOURCING};
use super::scratch::Lookahead;
use super::shapes::{is_past_verb, written_mid_sentence};
use super::words::{self, TokenKind};
use super::{gives_source, is_attributed, Cursors};
use crate::scan::is_ascii_space;
use crate::spans::Reach;
use crate::text::Text;
use crate::voice::VoiceMap;

/// The last token at which a source may open a sentence that is only a source ("That's
/// according to the UN.", "A spokesman said so.").
const SOURCE_OPENING: usize = 2;

/// The longest sentence that may give the sentence before it its source by pointing back.
const MAX_ANAPHOR_WORDS: usize = 60;

/// Whether the sentence before sentence `i` ends with a colon after a cue ("He said:"), which
/// hands sentence `i` to that speaker; and whether that colon also ends its paragraph right
/// after a speech or source verb ("The governor added:", "Fox News reports:", "Soerens argued
/// that:"), or ends a paragraph whose sentence has a named subject and its verb ("Okafor
/// elaborated on the lesson he drew from the flood:", "Last spring, the Ledger gave the
/// mayor a warm endorsement:", see [`named_subject_acts`]), which hands the whole next
/// paragraph to the speaker (a block quote in all but its marks). A colon inside a paragraph
/// introduces only the next sentence (it may be a clock time), and so does one after a cue
/// further back with no named subject ("Here are four reasons the movement should be
/// pessimistic:"), which announces the outlet's own list.
pub(super) fn colon_introduction<'a>(
    text: &'a Text,
    tokenizer: &words::SentenceTokenizer<'a>,
    i: usize,
) -> Option<bool> {
    let prev = i.checked_sub(1).and_then(|p| text.sentences.get(p))?;
    if !ends_with_colon(text.slice(prev)) {
        return None;
    }
    let tokens = tokenizer.tokenize(prev.clone());
    let hits = SOURCING.find(&tokens);
    let opens_paragraph = text.sentences.get(i).is_some_and(|s| text.block_of(s.start) != text.block_of(prev.start));
    if !opens_paragraph {
        return (!hits.is_empty()).then_some(false);
    }
    let colon = tokens.iter().rposition(|t| t.text == ":");
    if hits.iter().any(|h| gives_source(h) && colon.is_some_and(|c| h.end <= c && h.end + 1 >= c)) {
        return Some(true);
    }
    // The text is searched for a name only when a capitalised word stands before a verb here.
    let named = named_subject_acts(&tokens, &hits, &text.joined);
    (named || !hits.is_empty()).then_some(named)
}

/// Whether `sentence` ends with a colon, white space after it aside (as `trim_end` has it).
/// Asked of every sentence, and most end in ASCII: their last bytes tell, where decoding the
/// end as characters cost more than the rest of the test. (A byte outside ASCII, which may end
/// a space such as U+00A0, sends the sentence to `trim_end`.)
fn ends_with_colon(sentence: &str) -> bool {
    let last = sentence.as_bytes().iter().rev().find(|&&b| !is_ascii_space(b));
    match last {
        Some(b':') => true,
        Some(&b) if b >= 0x80 => sentence.trim_end().ends_with(':'),
        _ => false,
    }
}

/// Whether a sentence has a named subject right before its verb: a word the text writes with a
/// capital inside a sentence (`joined` is searched for it: "Okafor", "Ledger", not "Here" or
/// "Your"; not the writer's "I"), then a past verb in -ed ("Okafor elaborated") or a listed sourcing verb ("the
/// Ledger gave"). A name acting is a speaker; the sourcing list's nouns ("an Associated Press
/// count") are no verb. The verbs' starts are sorted once and searched, so a long sentence of
/// names and hits stays n log n.
fn named_subject_acts(tokens: &[words::Token<'_>], hits: &[words::Hit], joined: &str) -> bool {
    let mut verbs: Vec<usize> = hits.iter().filter(|h| !kinds::sourcing(h).is_noun()).map(|h| h.first).collect();
    crate::sort::unstable(&mut verbs);
    let verb_at = |j: usize| is_past_verb(tokens, j) || verbs.binary_search(&j).is_ok();
    tokens.windows(2).enumerate().any(|(j, pair)| {
        let name = &pair[0];
        name.is_capitalized()
            && name.text.len() > 1
            && verb_at(j + 1)
            && written_mid_sentence(joined, name.text.as_str())
    })
}

/// Whether the next sentence gives this one its source: it is only a source ("That's according
/// to the UN.") or points back at it ("The casualties were reported ..., an activist told
/// Anadolu Agency."). Leaves the next sentence's tokens and hits in `ahead`, in the buffers of
/// `spare`: the hits of the lists judging it reads (`voice` and `quoted` tell which;
/// `cursors`: [`is_attributed`]'s).
pub(super) fn handed_to_speaker<'a>(
    text: &'a Text,
    (voice, quoted, cursors): (&VoiceMap, &[Range<usize>], &Cursors),
    tokenizer: &words::SentenceTokenizer<'a>,
    i: usize,
    ahead: &mut Option<Lookahead<'a>>,
    spare: &mut Lookahead<'a>,
) -> bool {
    let block = text.sentences.get(i).map(|s| text.block_of(s.start));
    let same_block = |j: usize| text.sentences.get(j).is_some_and(|s| Some(text.block_of(s.start)) == block);
    if let Some(next) = text.sentences.get(i + 1) {
        let mut look = std::mem::take(spare);
        tokenizer.tokenize_into(next.clone(), &mut look.tokens);
        // Judged next, the sentence reads every list; one in a quote is not judged, and one
        // attributed to a speaker is read for the vague list only, which its judging walks (after
        // its cheaper tests): only its opening's sources are read here.
        let in_quote = voice.quote_reach_from(next, &cursors.voice_quoted) == Reach::Inside;
        look.attributed = (!in_quote).then(|| is_attributed(voice, quoted, cursors, next));
        let whole = look.attributed == Some(false);
        let starts = if whole { usize::MAX } else { SOURCE_OPENING + 1 };
        let want = if whole { lists::ALL_LISTS } else { lists::SOURCING_LIST };
        lists::find_lists_into(&look.tokens, &mut look.hits, want, starts);
        look.lists = if whole { lists::ALL_LISTS } else { 0 };
        let opens_pointing_back = |hits: &lists::Hits| {
            hits.sourcing().first().is_some_and(|h| h.first == 0 && kinds::sourcing(h) == Sourcing::Anaphor)
        };
        if look.lists == 0 && opens_pointing_back(&look.hits) {
            // The sources of the whole sentence are read.
            lists::find_lists_into(&look.tokens, &mut look.hits, lists::SOURCING_LIST, usize::MAX);
        }
        let toks = &look.tokens;
        // Counted only when a source at the sentence's start makes the length matter.
        let n_words = || toks.iter().filter(|t| t.kind != TokenKind::Punct).count();
        let hits = look.hits.sourcing();
        // A cue word before a colon labels what follows ("(WARNING: Video contains graphic
        // images.)", "He added:"); it gives nothing back to the sentence before.
        let starts_with_source = hits.first().is_some_and(|h| {
            h.first <= SOURCE_OPENING && gives_source(h) && toks.get(h.end).is_none_or(|t| t.text != ":")
        });
        let only_a_source = starts_with_source && same_block(i + 1) && n_words() <= 8;
        // "The casualties were reported ..., an activist told Anadolu Agency."
        let points_back = opens_pointing_back(&look.hits);
        let has_source = hits.iter().any(gives_source);
        let gives_source_back = points_back && has_source && n_words() <= MAX_ANAPHOR_WORDS;
        look.sentence = i + 1;
        *ahead = Some(look);
        return only_a_source || gives_source_back;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::ends_with_colon;

    /// The byte test says what `trim_end` and `ends_with` say, ASCII or not at the end.
    #[test]
    fn a_colon_ends_a_sentence_as_trim_end_reads_it() {
        for sentence in [
            "He said:",
            "He said: ",
            "He said:\u{b}\u{c}\r\n\t",
            "He said:\u{a0}",
            "He said:\u{2003}\n",
            "He said.",
            "He said \u{201c}no:\u{201d}",
            "He said:x",
            ":",
            "",
            " \u{a0}",
        ] {
            assert_eq!(ends_with_colon(sentence), sentence.trim_end().ends_with(':'), "{sentence:?}");
        }
    }
}
