//! Unattributed claims: checkable facts in the outlet's own voice with no source, and vague
//! attributions ("critics say", "it is believed").
//!
//! One sentence at a time: a sentence is a claim when it is in the outlet's voice (not inside a
//! quote, not the reported clause of an attribution, no speech cue of its own, not handed to a
//! speaker by the sentence before or after it), asserts rather than asks, hedges or opines, and
//! holds a cue for a checkable fact (a figure, a casualty, an accusation, a record, a cause, or a
//! completed event with a date or a named agent). A weasel source ("critics say") makes the
//! sentence a vague claim; where the weasel qualifies only a clause that opens or closes the
//! sentence, an act stated in the other clause is a claim of its own, each finding on its part
//! of the sentence. The cue words are data (`src/lexicon/claims_*.txt`).

mod carried;
mod frames;
mod grammar;
mod kinds;
mod labels;
mod lists;
mod neighbours;
mod numbers;
mod owned;
mod quotes;
mod scratch;
mod shapes;
mod unfinished;
mod vague;
mod viewpoint;
pub(crate) mod words;

pub(crate) use lists::lower_roots;

use std::cell::Cell;
use std::ops::Range;

use crate::report::Claim;
use crate::scratch::KeptOnThread;
use crate::spans::Reach;
use crate::text::Text;
use crate::voice::VoiceMap;
use grammar::Kind;
use kinds::{Fact, Sourcing};
use neighbours::{colon_introduction, handed_to_speaker};
use scratch::{Kept, Scratch};
use shapes::{
    addressed_after_of, after_be, after_plural_or_name, has_name, in_conjoined_relative_clause, in_idiom,
    in_open_relative_clause, in_relative_clause, is_counted_noun, is_modifier, is_noun_in_s, is_past_verb,
    is_plural_noun, may_be_name, opens_phrase, per_names_source, speaks_for_a_time, written_mid_sentence,
};
use unfinished::{block_from, unfinished_block};
use words::{Marked, Token, TokenKind};

/// Sentences with fewer words are headings, signatures or fragments, not claims.
const MIN_WORDS: usize = 4;

/// [`find_into`], into a new vector (the tests' entry point).
#[cfg(test)]
pub(crate) fn find(text: &Text, voice: &VoiceMap, words: &[crate::attribution::Token]) -> Vec<(Range<usize>, Claim)> {
    let mut out = Vec::new();
    find_into(text, voice, words, &mut out);
    out
}

/// Finds the claims, as joined-text spans (one sentence each, or a weasel's clause and the
/// fact beside it, trimmed, never crossing a block),
/// into `out` (emptied first: an earlier document's vector, kept on the thread).
/// `words`: attribution's tokens of the text, which the sentences' tokens are read off.
/// (Never inlined into the analysis, and `judge` always into it: where the optimizer put them
/// otherwise moved the pass's instruction count by more than the changes measured.)
#[inline(never)]
pub(crate) fn find_into(
    text: &Text,
    voice: &VoiceMap,
    words: &[crate::attribution::Token],
    out: &mut Vec<(Range<usize>, Claim)>,
) {
    out.clear();
    // The buffers the last document left on this thread.
    let mut kept = Kept::take();
    let quoted = quotes::quoted_spans_in(text, std::mem::take(&mut kept.quoted));
    // Lowered once for the document: the sentences' words borrow their lower case from it.
    let mut lower = std::mem::take(&mut kept.lower);
    words::lowered_text_into(&text.joined, &mut lower);
    // The lower cases that are no slice of the text or of its lowered copy ("Trump’s").
    let store = words::Lowered::default();
    let tokenizer = words::SentenceTokenizer::new(&text.joined, &lower, &store, words);
    let mut scratch = Scratch::new(tokenizer, &mut kept);
    // The paragraph a colon introduction ending the one before ("The governor added:") hands
    // to its speaker.
    let mut introduced = None;
    // Where the look-ups of how much of a sentence is attributed last stood.
    let cursors = Cursors::default();
    // Whether the current block is unfinished, decided once a block: the test trims the
    // block's end, which a block of nothing but closing marks makes as long as the block.
    let mut unfinished: Option<(usize, bool)> = None;
    // The block of the sentence before: the sentences come in text order, so each one's block
    // is stepped to from there rather than searched for.
    let mut at_block = 0;
    for i in 0..text.sentences.len() {
        let block = text.sentences.get(i).map(|s| {
            at_block = block_from(text, at_block, s.start);
            at_block
        });
        if let Some(b) = block {
            let skip = match unfinished {
                Some((known, skip)) if known == b => skip,
                _ => unfinished_block(text, b),
            };
            unfinished = Some((b, skip));
            if skip {
                continue;
            }
        }
        let after_colon = colon_introduction(text, &scratch.tokenizer, i);
        if after_colon == Some(true) {
            introduced = block;
        }
        let handed = after_colon.is_some() || introduced.is_some() && introduced == block;
        match judge(text, voice, (&quoted, &cursors), i, handed, &mut scratch) {
            Some(Verdict::Sentence(claim)) => out.push((text.sentences[i].clone(), claim)),
            Some(Verdict::Parts { fact, weasel }) => {
                let (first, second) = if fact.0.start <= weasel.0.start { (fact, weasel) } else { (weasel, fact) };
                out.extend([first, second]);
            }
            None => {}
        }
    }
    scratch.keep(&mut kept);
    kept.lower = lower;
    kept.quoted = quoted;
    kept.put_back();
}

/// What makes a sentence a claim, strongest first: the order decides the reason given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    Casualty,
    Quantity,
    Accusation,
    Record,
    Causal,
    Victims,
    Superlative,
    Event,
    Past,
    When,
}

impl Cue {
    fn from_kind(kind: &str) -> Option<Cue> {
        Some(match kind {
            "casualty" => Cue::Casualty,
            "quantity" | "count" => Cue::Quantity,
            "accusation" => Cue::Accusation,
            "record" => Cue::Record,
            "victims" => Cue::Victims,
            "superlative" => Cue::Superlative,
            "causal" => Cue::Causal,
            "event" => Cue::Event,
            "when" => Cue::When,
            _ => return None,
        })
    }

    /// How much the cue weighs towards a claim (see `claims_facts.txt`).
    fn weight(self) -> usize {
        if self < Cue::Victims {
            2
        } else {
            1
        }
    }
}

/// The weight that makes a sentence a claim, and the weight needed when it hedges.
const CLAIM_WEIGHT: usize = 2;
const HEDGED_CLAIM_WEIGHT: usize = 3;

/// Decides about sentence `i`; `introduced`: a colon introduction before it in its paragraph,
/// or ending the paragraph before, hands it to a speaker; `cursors`: [`is_attributed`]'s.
#[inline(always)]
fn judge<'a>(
    text: &'a Text,
    voice: &VoiceMap,
    (quoted, cursors): (&[Range<usize>], &Cursors),
    i: usize,
    introduced: bool,
    scratch: &mut Scratch<'a>,
) -> Option<Verdict> {
    let span = text.sentences.get(i)?.clone();
    // One look-up for both questions about the quotes (sentences come in text order).
    let in_quotes = voice.quote_reach_from(&span, &cursors.voice_quoted);
    if in_quotes == Reach::Inside {
        return None;
    }
    // The sentence belongs to a speaker, wholly or in large part: only a vague source can
    // make it a claim. (The look-ahead at it, if any, has found out.)
    let known = scratch.next.as_ref().filter(|ahead| ahead.sentence == i).and_then(|ahead| ahead.attributed);
    let attributed = known.unwrap_or_else(|| is_attributed(voice, quoted, cursors, &span));
    // The sentence before had a source; if it gave figures, this one may carry them on.
    let after_sourced = i.checked_sub(1).filter(|&p| scratch.last_sourced == Some(p));
    let Scratch { tokenizer, tokens: buffer, hits, next, spare, last_sourced, cues, adjectives, dates, uncased } =
        scratch;
    // The sentence has a source: its figures are the source's, and so are the next sentence's
    // if it only carries them on. Whether it gave figures is read only when a next sentence
    // asks (most sourced sentences are followed by none that could carry them on).
    let mut sourced = || *last_sourced = Some(i);
    let mut cached = false;
    // The lists whose matches `hits` holds, when the sentence was read ahead.
    let mut walked = 0;
    if let Some(mut ahead) = next.take() {
        if ahead.sentence == i {
            std::mem::swap(buffer, &mut ahead.tokens);
            std::mem::swap(hits, &mut ahead.hits);
            cached = true;
            walked = ahead.lists;
        }
        *spare = ahead;
    }
    if !cached {
        // Most such sentences hold no phrase of the vague list that could be one, which
        // attribution's tokens tell without reading the sentence into tokens and lists.
        let no_vague_source = attributed
            && match lists::may_hold_vague_source(tokenizer, span.clone(), buffer) {
                Marked::No => true,
                // Only vague subjects inside clauses ("the most", "how many"), which the vague
                // source below passes over: a sentence too short or asking returns before it
                // with no source noted, so the others only are settled here.
                Marked::OnlyInsideClauses { words } => words >= MIN_WORDS && !may_ask(text.slice(&span)),
                Marked::May => false,
            };
        if no_vague_source {
            sourced();
            return None;
        }
        tokenizer.tokenize_into(span.clone(), buffer);
    }
    let tokens: &[Token<'a>] = buffer;
    // Counted only as far as the test needs.
    let short = tokens.iter().filter(|t| t.kind != TokenKind::Punct).take(MIN_WORDS).count() < MIN_WORDS;
    if short || is_question(tokens) {
        return None;
    }
    // A token lies inside its sentence: where no quote reaches the sentence, none reaches a
    // token (most sentences; two searches each, not two per token asked about).
    let quote_free =
        in_quotes == Reach::Outside && quotes::reach_from(quoted, &span, &cursors.quoted) == Reach::Outside;
    let outside_voice =
        |t: &Token<'_>| quote_free || !voice.overlaps_quote(&t.span()) && !quotes::overlaps(quoted, &t.span());

    let needed = if attributed { lists::VAGUE_LIST } else { lists::ALL_LISTS };
    if walked & needed != needed && attributed {
        // Only a vague source is read in a sentence attributed to a speaker.
        lists::find_vague_into(tokens, hits);
    } else if walked & needed != needed {
        lists::find_all_into(tokens, hits);
    }
    if !attributed && is_title_case(tokens) {
        // "Clinton Hints At Tax Plan": a capital marks every word, not a name, so the speech
        // and stance verbs, the fact cues ("Clinton Wins Delaware Primary") and the hedges
        // are matched as if in lower case.
        // One pass over all the lists, as for any sentence; the vague list keeps its cased hits.
        let (uncased, lower) = uncased;
        uncased.clear();
        let shouted = is_shouted(tokens);
        uncased.extend(tokens.iter().map(|t| t.uncased(shouted)));
        lists::find_all_into(uncased, lower);
        hits.swap_all_but_vague(lower);
    }
    let hits: &lists::Hits = hits;
    let weasel = vague::source(tokens, hits.vague(), &outside_voice);
    // A vague claim keeps the weasel's words, which its reason quotes.
    let vague = |w: vague::Weasel| Claim { vague: true, reason: w.words.reason().into(), words: Some(w.words) };
    if attributed {
        if weasel.is_none() {
            sourced();
        }
        return weasel.map(|w| Verdict::Sentence(vague(w)));
    }
    // A weasel speaks for its own clause: a fact in another clause is still weighed as a claim
    // ("… was shot by an officer after he allegedly brandished a pistol").
    let reach = match weasel.as_ref().map(|w| vague::reach(tokens, &w.at)) {
        None => 0..0,
        Some(Some(reach)) => reach,
        // The weasel qualifies the sentence's main clause: the sentence is vague.
        Some(None) => return weasel.map(|w| Verdict::Sentence(vague(w))),
    };
    let reach_bytes = vague::words_span(tokens.get(reach.clone()).unwrap_or(&[]));
    let outside = |t: &Token<'_>| outside_voice(t) && !reach_bytes.contains(&t.span().start);
    let weighed = 'weigh: {
        if introduces_or_labels(tokens) || labels::hands_to_source(tokens) || viewpoint::opens_with_viewer(tokens) {
            break 'weigh None;
        }
        let has_source = hits.sourcing().iter().any(|h| {
            let kind = kinds::sourcing(h);
            let source = kind.gives_source()
                || kind == Sourcing::Decision && !after_be(tokens, h.first) && !is_noun_in_s(tokens, h)
                || kind == Sourcing::OwnedDocument && owned::is_owned_report(tokens, h)
                || kind == Sourcing::PresentSpeech && after_plural_or_name(tokens, h.first)
                || kind == Sourcing::Per && per_names_source(tokens, h.first);
            // An adjective, a relative clause about someone, or the act of speaking itself.
            let no_source_here = || {
                is_modifier(tokens, h.first)
                    || is_counted_noun(tokens, h)
                    || in_open_relative_clause(tokens, h.first)
                    || in_conjoined_relative_clause(tokens, h.first)
                    || kind == Sourcing::Speech && speaks_for_a_time(tokens, h.end)
                    || kind == Sourcing::Speech && in_idiom(tokens, h.first)
                    || addressed_after_of(tokens, h)
                    || kind == Sourcing::Comparison && compares_as_preposition(tokens, h)
            };
            source && tokens.get(h.first).is_some_and(outside) && !no_source_here()
        });
        if has_source || frames::reports_other_voice(tokens, hits.sourcing(), &outside) {
            sourced();
            break 'weigh None;
        }

        // The first modal hedge outside quotes.
        let mut first_modal = None;
        for hit in hits.hedges() {
            if !tokens.get(hit.first).is_some_and(outside) {
                continue;
            }
            // A hedge inside a relative clause ("a plan which would allow ...") leaves the main
            // assertion standing; a hedge of another kind makes the sentence no claim.
            if !kinds::is_modal(hit) {
                break 'weigh None;
            }
            first_modal.get_or_insert(hit.first);
        }
        // The hedges are in text order: when the first follows a relative pronoun, so does every
        // later one, and when it does not, it hedges the main assertion. One look for a relative
        // pronoun settles it (rather than one scan of the sentence's start per hedge).
        let modal = first_modal.is_some_and(|j| !in_relative_clause(tokens, j));

        cues.clear();
        adjectives.clear();
        dates.clear();
        for hit in hits.facts() {
            if !tokens.get(hit.first).is_some_and(outside) {
                continue;
            }
            match kinds::fact(hit) {
                // "three factories": a number word counts things only before a plural noun.
                Fact::Count if !tokens.get(hit.end).is_some_and(is_plural_noun) => {}
                Fact::Count => cues.push(Cue::Quantity),
                Fact::Adjective => adjectives.push(hit.first),
                // "Kasich ends bid": a present-tense event verb reports an event (as headlines do)
                // only after a named subject; after a noun it is a plural ("tax cuts").
                Fact::PresentEvent => {
                    let after_name =
                        hit.first.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(Token::is_capitalized);
                    if after_name {
                        cues.push(Cue::Event);
                    }
                }
                Fact::When => {
                    dates.push(hit.first);
                    cues.push(Cue::When);
                }
                Fact::Cue(cue) => cues.push(cue),
                Fact::Other => {}
            }
        }
        let dated = numbers::number_cues(tokens, dates, &reach_bytes, cues);
        for (j, t) in tokens.iter().enumerate() {
            // The word's own shape first: few words are past verbs, and `outside` searches spans.
            if !is_past_verb(tokens, j) || adjectives.contains(&j) || !outside(t) {
                continue;
            }
            let prev = j.checked_sub(1).and_then(|p| tokens.get(p)).map(|p| p.lower.as_bytes());
            let passive_or_adjective = prev.is_some_and(|p| grammar::is(Kind::ParticipleMarker, p));
            // An active past tense ("Scott campaigned", "Russia has made") reports an action of an
            // agent; a passive or adjectival participle ("was based", "to be expected") may not.
            cues.push(if passive_or_adjective { Cue::Past } else { Cue::Event });
        }
        crate::sort::stable(cues);
        cues.dedup();

        let mut weight: usize = cues.iter().map(|c| c.weight()).sum();
        // A named agent makes an event or a superlative checkable; so does a year or a day of the
        // month ("a bipartisan cause in Congress since 1949"), where a weekday alone sets a scene.
        let dated_alone = dated && *cues == [Cue::When];
        if weight == 1
            && (cues.contains(&Cue::Event) || cues.contains(&Cue::Superlative) || dated_alone)
            && (has_name(tokens, dates)
                || opens_with_agent(tokens, hits).is_some_and(|first| written_mid_sentence(&text.joined, first)))
        {
            weight += 1;
        }
        // A record is checkable whatever the modal around it: "She would be the second-ever woman in
        // the Senate" states who came before, where "The storm could destroy thousands of homes"
        // only forecasts.
        let needed = if modal && !cues.contains(&Cue::Record) { HEDGED_CLAIM_WEIGHT } else { CLAIM_WEIGHT };
        if weight < needed {
            break 'weigh None;
        }
        let Some(top) = cues.first().copied() else { break 'weigh None };
        // Checked last: it looks at the neighbouring sentences.
        let carried = after_sourced.is_some_and(|p| {
            carried::carries_shares(text.slice(&span), tokens, cues)
                && text.sentences.get(p).is_some_and(|before| carried::holds_share(text.slice(before)))
        });
        if introduced
            || carried
            || numbers::cites_a_note(tokens)
            || handed_to_speaker(text, (voice, quoted, cursors), tokenizer, i, next, spare)
        {
            sourced();
            break 'weigh None;
        }
        // Beside a weasel, only an act stands as a fact of its own ("Scott was shot by an
        // officer"), not a figure or a date left over from the weasel's clause.
        let acts = cues.iter().any(|c| matches!(c, Cue::Event | Cue::Past | Cue::Casualty | Cue::Accusation));
        Some((reason(top, cues), acts))
    };
    match (weighed, weasel) {
        // The fact's part is looked for only beside a weasel (not for every sentence weighed).
        (Some((fact, true)), Some(w)) => {
            let fact_part = vague::fact_part(tokens, &reach);
            if fact_part.is_empty() || vague::weasel_outside(hits.vague(), &reach) {
                return Some(Verdict::Sentence(vague(w)));
            }
            Some(Verdict::Parts {
                fact: (fact_part, Claim { vague: false, reason: fact.into(), words: None }),
                weasel: (reach_bytes, vague(w)),
            })
        }
        (_, Some(w)) => Some(Verdict::Sentence(vague(w))),
        (fact, None) => {
            fact.map(|(fact, _)| Verdict::Sentence(Claim { vague: false, reason: fact.into(), words: None }))
        }
    }
}

/// What [`judge`] finds in a sentence.
enum Verdict {
    /// One claim, on the whole sentence.
    Sentence(Claim),
    /// A weasel qualifies one clause and another clause states a fact: a vague claim on the
    /// weasel's clause, and a claim on the fact, each with its joined-text span.
    Parts { fact: (Range<usize>, Claim), weasel: (Range<usize>, Claim) },
}

/// The first word when it may name the agent of the verb right after it ("Trump took offense
/// at ..."): `has_name` skips the first word, which any sentence capitalizes, but a first word
/// of a name's shape that no list reads ("After", "This", "Everyone", "I") and that a past or
/// event verb follows is that verb's agent, if it is a name (the caller checks that the text
/// also writes it with a capital inside a sentence, as it does "Trump" and not "Rain").
fn opens_with_agent<'t>(tokens: &[Token<'t>], hits: &lists::Hits) -> Option<&'t str> {
    let listed_first = hits.all().any(|h| h.first == 0);
    let verb_next = is_past_verb(tokens, 1)
        || hits
            .facts()
            .iter()
            .any(|h| h.first == 1 && matches!(kinds::fact(h), Fact::Cue(Cue::Event | Cue::Accusation | Cue::Casualty)));
    let first = tokens.first().filter(|t| may_be_name(t))?;
    (!listed_first && verb_next).then_some(first.text.as_str())
}

/// Whether a comparison verb stands as a preposition ("25 million votes, compared with 16
/// million for Mrs. Clinton", "up by 12 percent compared with 2012"): a phrase of its own, or
/// right after a lower-case noun, before "to" or "with", where no one compares; not after a
/// form of "be" or an adverb ("is often compared with", a passive that someone compares).
fn compares_as_preposition(tokens: &[Token<'_>], h: &words::Hit) -> bool {
    let next = tokens.get(h.end).map(|t| t.lower.as_bytes());
    let after_noun = h.first.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| {
        let word = p.lower;
        p.kind == TokenKind::Word
            && !p.is_capitalized()
            && !word.ends_with("ly")
            && !grammar::is(Kind::RelativeGap, word)
            && !grammar::is(Kind::ParticipleMarker, word)
    });
    next.is_some_and(|w| grammar::is(Kind::ComparisonPreposition, w)) && (opens_phrase(tokens, h.first) || after_noun)
}

/// Whether the sourcing entry a hit came from gives a sentence its source by itself.
#[inline]
fn gives_source(h: &words::Hit) -> bool {
    kinds::sourcing(h).gives_source()
}

/// The reader-facing reason for the strongest cue.
fn reason(top: Cue, cues: &[Cue]) -> &'static str {
    match top {
        Cue::Casualty if cues.contains(&Cue::Quantity) => "casualty figure with no source",
        Cue::Casualty => "deaths or injuries stated with no source",
        Cue::Quantity => "figure with no source",
        Cue::Accusation => "accusation with no source",
        Cue::Record | Cue::Superlative => "record or superlative with no source",
        Cue::Victims => "victims stated with no source",
        Cue::Causal => "causal claim with no source",
        Cue::Event | Cue::Past | Cue::When => "event stated with no source",
    }
}

/// Whether the sentence introduces what follows ("He made the following comment:") or opens
/// with a source label ("Poll: Clinton and Trump in dead heat").
fn introduces_or_labels(tokens: &[Token<'_>]) -> bool {
    let ends_with_colon = tokens.last().is_some_and(|t| t.text == ":");
    let label = tokens.get(1).is_some_and(|t| t.text == ":") && tokens.first().is_some_and(Token::is_capitalized);
    ends_with_colon || label
}

/// Whether most words of the sentence are capitalized, as in a title-case headline.
fn is_title_case(tokens: &[Token<'_>]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let (n, capitals) = words.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.is_capitalized())));
    n >= MIN_WORDS && capitals * 4 >= n * 3
}

/// Whether most words of a title-case sentence are written all in capitals ("WHERE RUIZ PLANS
/// TO …"), where a short word's capitals mark no acronym.
fn is_shouted(tokens: &[Token<'_>]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let (n, capitals) = words.fold((0, 0), |(n, c), t| {
        let all_capitals = t.text.len() > 1 && !t.text.as_bytes().iter().any(u8::is_ascii_lowercase);
        (n + 1, c + usize::from(all_capitals))
    });
    capitals * 4 >= n * 3
}

/// Whether the sentence `span` belongs to a speaker, wholly or in large part (the voice map
/// attributes a quarter of it, or quote marks cover a third). The sentences are asked about in
/// text order: each look-up starts where the last one found its spans (`cursors`).
fn is_attributed(voice: &VoiceMap, quoted: &[Range<usize>], cursors: &Cursors, span: &Range<usize>) -> bool {
    let len = span.len();
    voice.attributed_bytes_from(span, &cursors.attributed) * 4 > len
        || quotes::covered_from(quoted, span, &cursors.quoted) * 3 > len
}

/// Where the look-ups about a sentence's spans (in [`is_attributed`] and [`judge`]) last found
/// the first span ending after a sentence's start: in the voice map's attributions, in claims'
/// quoted spans, and in the voice map's quoted words.
#[derive(Default)]
struct Cursors {
    attributed: Cell<usize>,
    quoted: Cell<usize>,
    voice_quoted: Cell<usize>,
}

/// Whether the sentence asks or exclaims rather than asserts.
fn is_question(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .rev()
        .find(|t| !t.text.is_any(&["\"", "'", "\u{201d}", "\u{2019}", ")", "\u{bb}", ".", "\u{2026}"]))
        .is_some_and(|t| t.text == "?" || t.text == "!")
}

/// Whether a sentence's text may ask or exclaim as [`is_question`] reads its tokens: its last
/// character that is no white space, closing mark or period is `?` or `!`. (Each such closing
/// character at the end is a token of its own, and so are `?` and `!`.)
fn may_ask(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | '\u{bb}' | '.' | '\u{2026}')
        })
        .ends_with(['?', '!'])
}

#[cfg(test)]
mod tests;
