//! Unattributed claims: checkable facts in the outlet's own voice with no source, and vague
//! attributions ("critics say", "it is believed").
//!
//! One sentence at a time: a sentence is a claim when it is in the outlet's voice (not inside a
//! quote, not the reported clause of an attribution, no speech cue of its own, not handed to a
//! speaker by the sentence before or after it), asserts rather than asks, hedges or opines, and
//! holds a cue for a checkable fact (a figure, a casualty, an accusation, a record, a cause, or a
//! completed event with a date or a named agent). A weasel source ("critics say") makes the
//! sentence a vague claim. The cue words are data (`src/lexicon/claims_*.txt`).

mod lists;
mod quotes;
pub(crate) mod words;

use std::ops::Range;

use crate::report::Claim;
use crate::text::Text;
use crate::voice::VoiceMap;
use lists::{FACTS, HEDGES, SOURCING, VAGUE};
use words::{Token, TokenKind};

/// Sentences with fewer words are headings, signatures or fragments, not claims.
const MIN_WORDS: usize = 4;

/// Finds the claims, as joined-text spans (one sentence each, trimmed, never crossing a block).
pub(crate) fn find(text: &Text, voice: &VoiceMap) -> Vec<(Range<usize>, Claim)> {
    let quoted = quotes::quoted_spans(text);
    let mut out = Vec::new();
    for i in 0..text.sentences.len() {
        if let Some(claim) = judge(text, voice, &quoted, i) {
            out.push((text.sentences[i].clone(), claim));
        }
    }
    out
}

/// What makes a sentence a claim, strongest first: the order decides the reason given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    Casualty,
    Quantity,
    Accusation,
    Record,
    Victims,
    Superlative,
    Causal,
    Event,
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

/// Decides about sentence `i`.
fn judge(text: &Text, voice: &VoiceMap, quoted: &[Range<usize>], i: usize) -> Option<Claim> {
    let span = text.sentences.get(i)?.clone();
    if voice.in_quote(&span) {
        return None;
    }
    let tokens = words::tokenize(&text.joined, span.clone());
    let n_words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
    if n_words < MIN_WORDS || is_question(&tokens) {
        return None;
    }
    let outside = |t: &Token<'_>| !voice.overlaps_quote(&t.span) && !quotes::overlaps(quoted, &t.span);

    if let Some(reason) = vague_source(&tokens, &outside) {
        return Some(Claim { vague: true, reason });
    }

    // The sentence belongs to a speaker, wholly or in large part.
    let len = span.len();
    if voice.attributed_bytes(&span) * 4 > len || quotes::covered(quoted, &span) * 3 > len {
        return None;
    }
    let has_source = SOURCING.find(&tokens).iter().any(|h| tokens.get(h.first).is_some_and(outside));
    if has_source || handed_to_speaker(text, i) {
        return None;
    }

    let mut modal = false;
    for hit in HEDGES.find(&tokens) {
        if !tokens.get(hit.first).is_some_and(outside) {
            continue;
        }
        match HEDGES.kind(&hit) {
            "modal" => modal = true,
            _ => return None,
        }
    }

    let mut cues: Vec<Cue> = Vec::new();
    let mut adjectives = Vec::new();
    for hit in FACTS.find(&tokens) {
        if !tokens.get(hit.first).is_some_and(outside) {
            continue;
        }
        match FACTS.kind(&hit) {
            // "three factories": a number word counts things only before a plural noun.
            "count" if !tokens.get(hit.end).is_some_and(is_plural_noun) => {}
            "adjective" => adjectives.push(hit.first),
            kind => cues.extend(Cue::from_kind(kind)),
        }
    }
    cues.extend(number_cues(&tokens));
    if tokens.iter().enumerate().any(|(j, t)| !adjectives.contains(&j) && outside(t) && is_past_verb(&tokens, j)) {
        cues.push(Cue::Event);
    }
    cues.sort();
    cues.dedup();

    let mut weight: usize = cues.iter().map(|c| c.weight()).sum();
    if weight == 1 && has_name(&tokens) {
        weight += 1;
    }
    let needed = if modal { HEDGED_CLAIM_WEIGHT } else { CLAIM_WEIGHT };
    if weight < needed {
        return None;
    }
    let top = cues.first().copied()?;
    Some(Claim { vague: false, reason: reason(top, &cues).to_string() })
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
        Cue::Event | Cue::When => "event stated with no source",
    }
}

/// A weasel source outside quotes, as a reason ("vague attribution: “critics say”").
fn vague_source(tokens: &[Token<'_>], outside: &impl Fn(&Token<'_>) -> bool) -> Option<String> {
    for hit in VAGUE.find(tokens) {
        let Some(first) = tokens.get(hit.first) else { continue };
        if !outside(first) {
            continue;
        }
        if VAGUE.kind(&hit) == "agentless" {
            // "was criticized by the mayor" names its source.
            let by_agent = tokens.iter().skip(hit.end).take(3).any(|t| t.lower == "by");
            if by_agent {
                continue;
            }
        }
        let words: Vec<&str> = tokens.get(hit.first..hit.end)?.iter().map(|t| t.text).collect();
        return Some(format!("vague attribution: \u{201c}{}\u{201d}", words.join(" ")));
    }
    None
}

/// Whether the sentence asks or exclaims rather than asserts.
fn is_question(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.text, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "\u{bb}" | "." | "\u{2026}"))
        .is_some_and(|t| t.text == "?" || t.text == "!")
}

/// Whether token `j` is a regular past-tense verb or participle ("blocked", "has failed"): a
/// lower-case word in -ed that does not follow an article or a possessive (as adjectives do).
fn is_past_verb(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tokens.get(j) else { return false };
    if t.kind != TokenKind::Word || t.lower.len() < 5 || !t.lower.ends_with("ed") || t.is_capitalized() {
        return false;
    }
    let prev = j.checked_sub(1).and_then(|p| tokens.get(p)).map(|p| p.lower.as_ref());
    !matches!(prev, Some("the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "very" | "more" | "most" | "less" | "so" | "too"))
}

/// Whether a token looks like a plural noun ("factories", "people").
fn is_plural_noun(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && (t.lower.len() > 3 && t.lower.ends_with('s') || t.lower == "people")
}

/// Whether a word other than the first is capitalized: a named agent or place.
fn has_name(tokens: &[Token<'_>]) -> bool {
    tokens.iter().skip(1).any(|t| t.is_capitalized() && t.text.len() > 1)
}

/// Figures written in digits. Years, clock times and days of the month are dates, not figures.
fn number_cues(tokens: &[Token<'_>]) -> Vec<Cue> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Number {
            continue;
        }
        let digits: String = t.text.chars().filter(char::is_ascii_digit).collect();
        let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
        let next = tokens.get(i + 1);
        let is_year = digits.len() == 4 && t.text.len() <= 5 && (digits.starts_with("1") || digits.starts_with("20"));
        let is_time = t.text.contains(':') || next.is_some_and(|n| matches!(n.lower.as_ref(), "a.m" | "p.m" | "am" | "pm"));
        let after_month = prev.is_some_and(|p| p.is_capitalized() && FACTS.find(std::slice::from_ref(p)).iter().any(|h| FACTS.kind(h) == "when"));
        let is_day = digits.len() <= 2 && (after_month || t.text.ends_with("th") || t.text.ends_with("st"));
        if is_year || is_time || is_day {
            out.push(Cue::When);
        } else {
            out.push(Cue::Quantity);
        }
    }
    out
}

/// Whether a neighbouring sentence gives this one its source: the sentence before ends with a
/// colon after a speech cue ("He said:"), or the next one is only a source ("That's according
/// to the UN.").
fn handed_to_speaker(text: &Text, i: usize) -> bool {
    let block = text.sentences.get(i).map(|s| text.block_of(s.start));
    let same_block = |j: usize| text.sentences.get(j).is_some_and(|s| Some(text.block_of(s.start)) == block);
    if let Some(prev) = i.checked_sub(1).and_then(|p| text.sentences.get(p)) {
        let t = text.slice(prev).trim_end();
        if t.ends_with(':') {
            let toks = words::tokenize(&text.joined, prev.clone());
            if !SOURCING.find(&toks).is_empty() {
                return true;
            }
        }
    }
    if let Some(next) = text.sentences.get(i + 1) {
        let toks = words::tokenize(&text.joined, next.clone());
        let n_words = toks.iter().filter(|t| t.kind != TokenKind::Punct).count();
        let starts_with_source = SOURCING.find(&toks).first().is_some_and(|h| h.first <= 2);
        if n_words <= 8 && starts_with_source && same_block(i + 1) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
