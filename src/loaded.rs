//! Loaded wording: charged word choice, the outlet's or (inside a quote) the speaker's.
//!
//! Two sources of findings:
//! - listed words and phrases (`src/lexicon/loaded_words.txt`, see [`words`]), each with a
//!   category, a note and a neutral alternative; the categories are a small fixed set:
//!   - `label`: a contested or pejorative name for a person, group, government or policy
//!     ("regime", "terrorist", "illegals");
//!   - `speech verb`: a verb of saying that dramatises ("slammed", "blasted");
//!   - `adverb`: an editorializing adverb or phrase that tells the reader what to think
//!     ("clearly", "of course", "shockingly");
//!   - `adjective`: an emotive or judging adjective ("dreary", "horrific", "disgraceful");
//!   - `emotive`: an emotive noun or verb where a plain one would do ("bloodbath", "slaughtered");
//! - `scare quotes`: a single word in quote marks with no speech cue (see [`scare`]).
//!
//! Precision comes first: the lists hold words that are charged in almost every use, and
//! exceptions (also data) take out the phrases in which a listed word is neutral.
//!
//! Voice: a finding inside a quote is the speaker's wording (`in_quote: true`), never the
//! outlet's. The speaker's wording is what stands inside quote marks within a quotation
//! (direct quotes, the quoted fragment of a mixed quote); the unmarked reported clause of
//! indirect speech is the outlet's paraphrase, so loaded words there are the outlet's
//! ("Abadi said … in support of regime leader Bashar al Assad"). A scare-quoted word that the attribution module reports as a quote is a quotation,
//! not a scare quote, and is left out.

mod marks;
mod scare;
mod words;

use std::ops::Range;

use crate::report::Loaded;
use crate::text::Text;
use crate::voice::VoiceMap;

/// The category of scare-quoted words.
const SCARE_QUOTES: &str = "scare quotes";
const SCARE_NOTE: &str =
    "A single word in quote marks with no speaker: the outlet distances itself from the word.";
const SCARE_ALTERNATIVE: &str = "the word without quote marks, or say who uses it";

/// Finds loaded wording, as joined-text spans, in text order.
pub(crate) fn find(text: &Text, voice: &VoiceMap) -> Vec<(Range<usize>, Loaded)> {
    let lexicon = &*words::LEXICON;
    let found = lexicon.find(&text.joined);
    let marked = marks::Marked::new(text);
    let speakers_words = |span: &Range<usize>| voice.overlaps_quote(span) && marked.overlaps(span);
    let mut out: Vec<(Range<usize>, Loaded)> = Vec::with_capacity(found.len());
    for (span, sense) in &found {
        let Some(sense) = lexicon.senses.get(*sense) else { continue };
        let loaded = Loaded {
            category: sense.category.to_string(),
            note: sense.note.to_string(),
            alternative: sense.alternative.map(str::to_string),
            in_quote: speakers_words(span),
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
        let in_quote = voice.in_quote(&quote.marked);
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

#[cfg(test)]
mod tests;
