//! Loaded wording: charged word choice, the outlet's or (inside a quote) the speaker's.
//!
//! Two sources of findings:
//! - listed words and phrases (`src/lexicon/loaded_words.txt`, see [`words`]), each with a
//!   category, a note and a neutral alternative; the categories are a small fixed set:
//!   - `label`: a contested or pejorative name for a person, group, government or policy
//!     ("regime" as in "regime forces", "thugs", "globalists", "Trump-hating");
//!   - `speech verb`: a verb of saying that dramatises ("slammed", "blasted", "lashed out");
//!   - `adverb`: an editorializing adverb that tells the reader what to think or feel
//!     ("shockingly", "brazenly", "woefully");
//!   - `adjective`: an emotive or judging adjective ("dreary", "horrific", "disgraceful");
//!   - `emotive`: an emotive noun or verb where a plain one would do ("bloodbath",
//!     "slaughtered", "witch hunt");
//! - `scare quotes`: a single word in quote marks, used as a noun the outlet doubts, with no
//!   speech cue (see [`scare`]).
//!
//! Precision comes first (a reader who sees false alarms turns the extension off): the lists
//! hold words that are charged in almost every use; a word with common neutral senses is
//! listed only in the contexts where it is charged (`regime > {forces,leader,…}`), or with
//! exceptions (`src/lexicon/loaded_exceptions.txt`: "slammed into", "chilling effect").
//! The spec's contested words are matched only in the contexts where they are the outlet's
//! label or comment: "regime" before a government's people or acts ("regime forces", "the
//! regime's troops"), "terrorist" as a label of a state or of a religion ("terrorist state",
//! "Islamic terrorists"; never "terrorist attack" or "designated terrorist organization"),
//! "clearly" as a sentence adverb ("Clearly, …"; not "clearly visible", "thinking clearly").
//! Left out on purpose, because they are standard or epistemic in most news use and flood a
//! page with false alarms (measured on PTC and CheckThat!): bare "regime" ("the Iranian
//! regime", "sanctions regime"), bare "terrorist", "illegal immigrant", "so-called", and
//! "obviously", "of course" (even as an aside between commas, it is mostly unlabelled).
//!
//! Voice: a finding inside a quote is the speaker's wording (`in_quote: true`), never the
//! outlet's. The speaker's wording is what stands inside quote marks (direct quotes, the
//! quoted fragment of a mixed quote, quoted words the attribution module could not pin on
//! anyone — marks always say "not my word" — and block quotations); the unmarked reported
//! clause of indirect speech is the outlet's paraphrase, so its word choice is the outlet's
//! ("Abadi said … in support of regime leader Bashar al Assad"). The voice map decides
//! whether a quoted single word is a quotation (left out) or scare quotes.

mod marks;
mod phrases;
mod scare;
mod words;

use std::ops::Range;

/// The first words of every listed form, ASCII lower case ([`words::Lexicon::first_words`]).
pub(crate) fn first_words() -> impl Iterator<Item = std::borrow::Cow<'static, str>> {
    words::LEXICON.first_words()
}

use crate::document::BlockKind;
use crate::report::Loaded;
use crate::text::Text;
use crate::voice::VoiceMap;

/// The category of scare-quoted words.
const SCARE_QUOTES: &str = "scare quotes";
const SCARE_NOTE: &str = "A single word in quote marks with no speaker: the outlet distances itself from the word.";
const SCARE_ALTERNATIVE: &str = "the word without quote marks, or say who uses it";

/// Finds loaded wording, as joined-text spans, in text order, given the spans of the text's
/// maximal runs of letters and digits (from attribution's tokenizer), in order.
pub(crate) fn find(
    text: &Text,
    voice: &VoiceMap,
    word_runs: impl Iterator<Item = Range<usize>>,
) -> Vec<(Range<usize>, Loaded)> {
    let lexicon = &*words::LEXICON;
    let found = lexicon.find_in_runs(&text.joined, word_runs);
    let marked = marks::Marked::new(text);
    let mut out: Vec<(Range<usize>, Loaded)> = Vec::with_capacity(found.len());
    for (span, sense) in &found {
        let Some(sense) = lexicon.senses.get(*sense) else { continue };
        if !sense.capitalised && looks_like_a_name(text, span) {
            continue;
        }
        let loaded = Loaded {
            category: sense.category.to_string(),
            note: sense.note.to_string(),
            alternative: sense.alternative.map(str::to_string),
            in_quote: marked.overlaps(span),
        };
        out.push((span.clone(), loaded));
    }
    let is_speech = |window: &Range<usize>| {
        let first = found.partition_point(|(s, _)| s.start < window.start);
        found[first..]
            .iter()
            .take_while(|(s, _)| s.end <= window.end)
            .any(|(_, i)| lexicon.senses.get(*i).is_some_and(|s| s.category == "speech verb"))
    };
    for quote in scare::find(text, is_speech) {
        let in_quote = voice.in_quote(&quote.marked) || text.kind_at(quote.word.start) == BlockKind::Blockquote;
        if !in_quote && voice.overlaps_quote(&quote.word) {
            continue; // the attribution module reports it as a quotation
        }
        let next = found.partition_point(|(s, _)| s.end <= quote.word.start);
        if found.get(next).is_some_and(|(s, _)| s.start < quote.word.end) {
            continue; // a listed word already covers it
        }
        let loaded = Loaded {
            category: SCARE_QUOTES.to_string(),
            note: SCARE_NOTE.to_string(),
            alternative: Some(SCARE_ALTERNATIVE.to_string()),
            in_quote,
        };
        out.push((quote.word, loaded));
    }
    out.sort_by_key(|(s, _)| (s.start, s.end));
    out
}

/// Whether a match is capitalised in the middle of a sentence, outside a headline: then it is
/// most likely part of a name or a title ("Cleanliness, Godliness, and Madness", "Savage
/// Garden"), not the outlet's word choice. Capitals throughout ("RIGGED") are shouting, kept.
fn looks_like_a_name(text: &Text, span: &Range<usize>) -> bool {
    let Some(word) = text.joined.get(span.clone()) else { return false };
    let mut chars = word.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    if !title_case || text.kind_at(span.start) == BlockKind::Headline {
        return false;
    }
    let sentence_start = text
        .sentence_of(span.start)
        .and_then(|i| text.sentences.get(i))
        .map_or(span.start, |s| s.start.min(span.start));
    let before = text.joined.get(sentence_start..span.start).unwrap_or("");
    // At the start of its sentence (after any opening marks or brackets) a capital says nothing.
    before.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests;
