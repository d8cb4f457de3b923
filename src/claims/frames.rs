//! Attribution frames that the attribution module does not report but that news attribution
//! (and PolNeAR, which we are measured against) counts as someone else's voice: a document
//! that "found" or "shows" something several words after its name ("A 2014 study by Loyola
//! Law School professor Justin Levitt found ..."), and a verb taking a reported clause ("Federal
//! investigators have discovered that the program ...", "environmentalists worry that ...").
//! The words are data in `claims_sourcing.txt` (kinds `report-noun`, `finding-verb`,
//! `clause-subject`, `that-verb`, `message-verb`, `message-noun`, `poll-in`; an `owned-document`
//! is read as a report noun).

use std::sync::LazyLock;

use super::lists::SOURCING;
use super::words::{Hit, Token, TokenKind};

/// How far a finding verb may follow its document noun ("a 2014 study by ... found").
const MAX_DOCUMENT_GAP: usize = 12;

/// How far a poll may follow the "in" that sets a figure in it ("in the latest NBC
/// News/Wall Street Journal poll").
const MAX_POLL_GAP: usize = 8;

/// How far a message may follow the verb that sends it ("issued a strongly worded statement").
const MAX_MESSAGE_GAP: usize = 3;

/// Whether the sentence reports what a document found, or what someone thinks or found out
/// in a clause introduced by "that". `outside` says whether a token is in the outlet's voice.
pub(crate) fn reports_other_voice(
    tokens: &[Token<'_>],
    sourcing: &[Hit],
    outside: &impl Fn(&Token<'_>) -> bool,
) -> bool {
    // The frame kinds among the hits, read once: most sentences hold none but clause subjects,
    // and the frames of absent kinds are not looked for.
    let present = sourcing.iter().fold(0u8, |mask, h| mask | frame_bit(h));
    let has = |kind: &str| present & kind_bit(kind) != 0;
    let kind_at = |kind: &'static str| {
        let bit = kind_bit(kind);
        sourcing.iter().filter(move |h| frame_bit(h) == bit && tokens.get(h.first).is_some_and(outside))
    };
    let pair = |first: &'static str, second: &'static str, max_gap: usize| {
        has(first)
            && has(second)
            && kind_at(first).any(|a| {
                kind_at(second)
                    .any(|b| b.first >= a.end && b.first - a.end <= max_gap && no_clause_break(tokens, a.end, b.first))
            })
    };
    // "A 2014 study by ... found"; "the city sent a cease-and-desist letter"; "In an NBC
    // News/Wall Street Journal poll released Monday, ..." (no comma between: "in 2012, polls").
    // The nearest "in" before each poll, found by binary search over the sorted hits, keeps
    // this linear in the sentence however many of each it holds.
    let openers: Vec<usize> = if has("poll-in") { kind_at("poll-in").map(|a| a.first).collect() } else { Vec::new() };
    let poll = !openers.is_empty()
        && kind_at("report-noun").any(|b| {
            let before = openers.partition_point(|&a| a < b.first);
            let Some(a) = before.checked_sub(1).and_then(|k| openers.get(k)) else {
                return false;
            };
            b.first - a <= MAX_POLL_GAP + 1
                && no_clause_break(tokens, a + 1, b.first)
                && tokens.get(a + 1..b.first).unwrap_or(&[]).iter().all(|t| t.text != ",")
        });
    let document = poll
        || pair("report-noun", "finding-verb", MAX_DOCUMENT_GAP)
        || pair("message-verb", "message-noun", MAX_MESSAGE_GAP);
    let is_that_verb = |v: usize| has("that-verb") && kind_at("that-verb").any(|h| h.first == v);
    document
        || has("clause-subject") && kind_at("clause-subject").any(|s| that_clause_after_verb(tokens, s.first, is_that_verb))
        // A name opens the clause as well as a pronoun does ("worry that Mr. Clarke is ...").
        || tokens.iter().enumerate().any(|(j, t)| {
            // The words around first ("that" before it, a verb before that): `outside` searches spans.
            j >= 3 && t.is_capitalized() && that_clause_after_verb(tokens, j, is_that_verb) && outside(t)
        })
}

/// The sourcing kinds the frames are made of, each with its bit in [`kind_bit`].
const FRAME_KINDS: [&str; 7] =
    ["poll-in", "report-noun", "finding-verb", "message-verb", "message-noun", "that-verb", "clause-subject"];

/// The frame kind a sourcing kind takes part as: a count or estimate that gives its owner's
/// figures (`owned-document`, see `owned`) is a report noun too ("the latest tally put ...").
fn frame_kind(kind: &str) -> &str {
    if kind == "owned-document" {
        "report-noun"
    } else {
        kind
    }
}

/// The bit of a frame kind (none for another kind).
fn kind_bit(kind: &str) -> u8 {
    FRAME_KINDS.iter().position(|&k| k == kind).map_or(0, |p| 1 << p)
}

/// The frame kind's bit of each entry of the sourcing list, read off its kind once: a hit's
/// kind is asked for per hit, and comparing strings for it cost more than the frames.
static FRAME_BITS: LazyLock<Vec<u8>> =
    LazyLock::new(|| SOURCING.kinds().iter().map(|k| kind_bit(frame_kind(k))).collect());

/// The bit of the frame kind of the sourcing entry a hit came from (none for another kind).
#[inline]
fn frame_bit(h: &Hit) -> u8 {
    FRAME_BITS.get(h.entry).copied().unwrap_or(0)
}

/// Whether no semicolon, colon or dash lies between tokens `from` and `to`.
fn no_clause_break(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    tokens
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .all(|t| !matches!(t.text, ";" | ":" | "\u{2014}" | "\u{2013}" | "\u{2015}"))
}

/// Whether the clause subject at `j` follows "that" right after a verb ("discovered that the",
/// "worry that he"): a word in -ed that no determiner makes an adjective, or a verb of the
/// `that-verb` kind (`is_that_verb`). A noun before "that" ("the bill that the House
/// passed") makes a relative clause instead.
fn that_clause_after_verb(tokens: &[Token<'_>], j: usize, is_that_verb: impl Fn(usize) -> bool) -> bool {
    let at = |k: Option<usize>| k.and_then(|k| tokens.get(k));
    let that = at(j.checked_sub(1));
    if !that.is_some_and(|t| t.lower == "that") {
        return false;
    }
    let Some(verb) = at(j.checked_sub(2)) else {
        return false;
    };
    if verb.kind != TokenKind::Word || verb.is_capitalized() || verb.lower.len() < 4 {
        return false;
    }
    let before = at(j.checked_sub(3)).map(|t| t.lower.as_ref());
    let after_determiner =
        matches!(before, Some("the" | "a" | "an" | "this" | "his" | "her" | "their" | "its" | "our"));
    let verb_at = j - 2;
    is_that_verb(verb_at) || verb.lower.ends_with("ed") && !after_determiner
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every frame kind is a kind of the sourcing list (a kind renamed there would otherwise
    /// turn its frame off without a word).
    #[test]
    fn frame_kinds_are_sourcing_kinds() {
        for kind in FRAME_KINDS {
            assert!(SOURCING.entries.iter().any(|e| e.fields.get(1) == Some(&kind)), "{kind}");
            assert_ne!(kind_bit(kind), 0, "{kind}");
        }
        assert_eq!(kind_bit("speech"), 0);
    }

    /// The table of frame bits says of every sourcing entry what its kind says (an
    /// `owned-document` takes part as a report noun).
    #[test]
    fn each_entry_has_the_bit_of_its_kind() {
        assert_eq!(FRAME_BITS.len(), SOURCING.entries.len());
        for (entry, e) in SOURCING.entries.iter().enumerate() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(frame_bit(&hit), kind_bit(frame_kind(SOURCING.kind(&hit))), "{:?}", e.fields);
        }
        assert_eq!(frame_bit(&Hit { entry: usize::MAX, first: 0, end: 1 }), 0);
        let owned = SOURCING.entries.iter().position(|e| e.fields.get(1) == Some(&"owned-document"));
        let owned = Hit { entry: owned.expect("an owned-document entry"), first: 0, end: 1 };
        assert_eq!(frame_bit(&owned), kind_bit("report-noun"));
    }
}
