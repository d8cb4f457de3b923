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

use std::collections::HashSet;
use std::ops::Range;

/// The first words of every listed form, ASCII lower case ([`words::Lexicon::first_words`]).
pub(crate) fn first_words() -> impl Iterator<Item = std::borrow::Cow<'static, str>> {
    words::LEXICON.first_words()
}

use crate::document::BlockKind;
use crate::report::Loaded;
use crate::scratch::KeptOnThread;
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
    // The buffers the last document left on this thread.
    let mut kept = Kept::take();
    let Kept { found, capitals, regions } = &mut kept;
    lexicon.find_in_runs_into(&text.joined, word_runs, found);
    // Only the words found are asked about: no pairing of marks for a text with none.
    let marked =
        if found.is_empty() { marks::Marked::default() } else { marks::Marked::new_in(text, std::mem::take(regions)) };
    capitals.clear();
    capitals.extend(found.iter().map(|(span, sense)| match lexicon.senses.get(*sense) {
        Some(sense) if !sense.capitalised => capital(text, span),
        _ => Capital::AsListed,
    }));
    // A single word the text capitalises inside a sentence, next to another capitalised word
    // and outside quote marks, is part of a name ("Michael Savage", "Savage Garden"); the same
    // word where a capital says nothing (a sentence's start, a headline) is most likely that
    // name again ("Savage told listeners …"). Quoted titles ("‘Stop The Rigged Witch Hunt’")
    // and capitalised slogans are not names.
    let names: HashSet<String> = found
        .iter()
        .zip(capitals.iter())
        .filter(|((span, _), c)| **c == Capital::InsideSentence && !marked.overlaps(span))
        .filter_map(|((span, _), _)| text.joined.get(span.clone()).filter(|w| part_of_a_name(&text.joined, span, w)))
        .map(str::to_lowercase)
        .collect();
    let is_speech = |window: &Range<usize>| {
        let first = found.partition_point(|(s, _)| s.start < window.start);
        found[first..]
            .iter()
            .take_while(|(s, _)| s.end <= window.end)
            .any(|(_, i)| lexicon.senses.get(*i).is_some_and(|s| s.category == "speech verb"))
    };
    let scares = scare::find(text, is_speech);
    // Room for every find: growing the vector for the scare quotes after the listed words
    // cost more than the finds.
    let mut out: Vec<(Range<usize>, Loaded)> = Vec::with_capacity(found.len() + scares.len());
    for ((span, sense), capital) in found.iter().zip(capitals.iter()) {
        let Some(sense) = lexicon.senses.get(*sense) else { continue };
        let named = match capital {
            Capital::InsideSentence => true,
            Capital::Unmarked => {
                !names.is_empty() && text.joined.get(span.clone()).is_some_and(|w| names.contains(&w.to_lowercase()))
            }
            Capital::AsListed => false,
        };
        if named {
            continue;
        }
        let loaded = Loaded {
            category: sense.category,
            note: sense.note,
            alternative: sense.alternative,
            in_quote: marked.overlaps(span),
        };
        out.push((span.clone(), loaded));
    }
    for quote in scares {
        let in_quote = voice.in_quote(&quote.marked) || text.kind_at(quote.word.start) == BlockKind::Blockquote;
        if !in_quote && voice.overlaps_quote(&quote.word) {
            continue; // the attribution module reports it as a quotation
        }
        let next = found.partition_point(|(s, _)| s.end <= quote.word.start);
        if found.get(next).is_some_and(|(s, _)| s.start < quote.word.end) {
            continue; // a listed word already covers it
        }
        let loaded =
            Loaded { category: SCARE_QUOTES, note: SCARE_NOTE, alternative: Some(SCARE_ALTERNATIVE), in_quote };
        out.push((quote.word, loaded));
    }
    crate::sort::by_key(&mut out, |(s, _)| (s.start, s.end));
    if !found.is_empty() {
        *regions = marked.into_buffer();
    }
    kept.put_back();
    out
}

/// [`find`]'s buffers, kept on the thread from one document to the next (growing them anew
/// for every document cost about 0.1 M instructions a pass over PolNeAR dev).
#[derive(Default)]
struct Kept {
    /// The listed words found, as (span, sense index).
    found: Vec<(Range<usize>, usize)>,
    /// What the capital letter of each says.
    capitals: Vec<Capital>,
    /// The regions inside quote marks ([`marks::Marked`]'s).
    regions: Vec<Range<usize>>,
}

// A huge file's lists past `scratch::MAX_KEPT_BYTES` are freed, not kept on the thread.
crate::scratch::kept_on_thread!(Kept, shed: |kept: &mut Kept| {
    crate::scratch::shed(&mut kept.found);
    crate::scratch::shed(&mut kept.capitals);
    crate::scratch::shed(&mut kept.regions);
});

/// What the capital letter of a match says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Capital {
    /// Lower case, capitals throughout ("RIGGED" is shouting), or a sense listed with its
    /// capital ("Orwellian"): the word as listed.
    AsListed,
    /// Title case in the middle of a sentence, outside a headline: most likely part of a name
    /// or a title ("Cleanliness, Godliness, and Madness", "Savage Garden"), not the outlet's
    /// word choice.
    InsideSentence,
    /// Title case where every word may have a capital: a sentence's start (after any opening
    /// marks or brackets) or a headline.
    Unmarked,
}

/// Whether `word` (at `span` of `joined`) is one word with a capitalised word right before or
/// after it, with only spaces between ("Michael Savage", "Savage Garden").
fn part_of_a_name(joined: &str, span: &Range<usize>, word: &str) -> bool {
    if !word.chars().all(char::is_alphanumeric) {
        return false;
    }
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let before = joined.get(..span.start).unwrap_or("");
    let after = joined.get(span.end..).unwrap_or("");
    let previous = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next());
    let next = after.strip_prefix(' ').and_then(|a| a.split(' ').next());
    let word_of = |w: &str| w.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    capitalised(previous.filter(|w| word_of(w))) || capitalised(next.filter(|w| word_of(w)))
}

/// What the capital letter of the match at `span` says (for a sense listed in lower case).
fn capital(text: &Text, span: &Range<usize>) -> Capital {
    let Some(word) = text.joined.get(span.clone()) else { return Capital::AsListed };
    let mut chars = word.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    if !title_case {
        return Capital::AsListed;
    }
    if text.kind_at(span.start) == BlockKind::Headline {
        return Capital::Unmarked;
    }
    let sentence_start = text
        .sentence_of(span.start)
        .and_then(|i| text.sentences.get(i))
        .map_or(span.start, |s| s.start.min(span.start));
    let before = text.joined.get(sentence_start..span.start).unwrap_or("");
    if before.chars().any(char::is_alphanumeric) {
        Capital::InsideSentence
    } else {
        Capital::Unmarked
    }
}

#[cfg(test)]
mod tests;
