//! Attribution frames that the attribution module does not report but that news attribution
//! (and PolNeAR, which we are measured against) counts as someone else's voice: a document
//! that "found" or "shows" something several words after its name ("A 2014 study by Loyola
//! Law School professor Justin Levitt found ..."), and a verb taking a reported clause ("Federal
//! investigators have discovered that the program ...", "environmentalists worry that ...").
//! The words are data in `claims_sourcing.txt`; which of its kinds play which part of a frame
//! is said in one place, [`FRAME_KINDS`].

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
    // The frame parts among the hits, read once: most sentences hold none but clause subjects,
    // and the frames of absent parts are not looked for.
    let present = sourcing.iter().fold(0u8, |mask, h| mask | frame_bits(h));
    let has = |part: u8| present & part != 0;
    let part_at = move |part: u8| {
        sourcing.iter().filter(move |h| frame_bits(h) & part != 0 && tokens.get(h.first).is_some_and(outside))
    };
    let pair = |first: u8, second: u8, max_gap: usize| {
        has(first)
            && has(second)
            && part_at(first).any(|a| {
                part_at(second)
                    .any(|b| b.first >= a.end && b.first - a.end <= max_gap && no_clause_break(tokens, a.end, b.first))
            })
    };
    // "A 2014 study by ... found"; "the city sent a cease-and-desist letter"; "In an NBC
    // News/Wall Street Journal poll released Monday, ..." (no comma between: "in 2012, polls").
    // The nearest "in" before each poll: the hits are sorted by their first token, so one
    // walk over the "in"s, alongside the polls, finds each (linear in the sentence however
    // many of each it holds, and no vector of them per sentence).
    let mut openers = part_at(POLL_IN).map(|a| a.first).peekable();
    let mut nearest = None;
    let poll = has(POLL_IN)
        && has(POLL)
        && part_at(POLL).any(|b| {
            while let Some(a) = openers.next_if(|&a| a < b.first) {
                nearest = Some(a);
            }
            let Some(a) = nearest else {
                return false;
            };
            b.first - a <= MAX_POLL_GAP + 1
                && no_clause_break(tokens, a + 1, b.first)
                && tokens.get(a + 1..b.first).unwrap_or(&[]).iter().all(|t| t.text != ",")
        });
    let document =
        poll || pair(FINDER, FINDING_VERB, MAX_DOCUMENT_GAP) || pair(MESSAGE_VERB, MESSAGE_NOUN, MAX_MESSAGE_GAP);
    let is_that_verb = |v: usize| has(THAT_VERB) && part_at(THAT_VERB).any(|h| h.first == v);
    document
        || has(CLAUSE_SUBJECT) && part_at(CLAUSE_SUBJECT).any(|s| that_clause_after_verb(tokens, s.first, is_that_verb))
        // A name opens the clause as well as a pronoun does ("worry that Mr. Clarke is ...").
        || tokens.iter().enumerate().any(|(j, t)| {
            // The words around first ("that" before it, a verb before that): `outside` searches spans.
            j >= 3 && t.is_capitalized() && that_clause_after_verb(tokens, j, is_that_verb) && outside(t)
        })
}

// The parts a sourcing entry plays in the frames, one bit each (kinds map to them in
// [`FRAME_KINDS`]).
/// "in" before a poll ("in the latest ... poll").
const POLL_IN: u8 = 1;
/// The poll or other document that "in" sets a figure in.
const POLL: u8 = 1 << 1;
/// A document that finds something ("a 2014 study by ...").
const FINDER: u8 = 1 << 2;
/// The verb of a finding ("found", "put", "has ... leading").
const FINDING_VERB: u8 = 1 << 3;
/// Sending a message ("issued", "sent").
const MESSAGE_VERB: u8 = 1 << 4;
/// The message sent ("a strongly worded statement").
const MESSAGE_NOUN: u8 = 1 << 5;
/// A verb in the present that takes a reported clause ("worry that").
const THAT_VERB: u8 = 1 << 6;
/// The first word of a clause reported after "that" and a verb.
const CLAUSE_SUBJECT: u8 = 1 << 7;

/// Every sourcing kind that takes part in the frames, with the parts it plays: the one place
/// that says which kinds make which frames (a kind not here plays none). A count or estimate
/// that gives its owner's figures (`owned-document`, see `owned`) finds things as a report
/// noun does ("the latest tally put ..."), but a figure "in" one is no poll's: "in a similar
/// outlook", "in his calculation" set nothing in a document. A paper (`finder-noun`) finds
/// too, but "losses on paper" and "in paper bags" are in no document.
const FRAME_KINDS: [(&str, u8); 9] = [
    ("poll-in", POLL_IN),
    ("report-noun", POLL | FINDER),
    ("finder-noun", FINDER),
    ("owned-document", FINDER),
    ("finding-verb", FINDING_VERB),
    ("message-verb", MESSAGE_VERB),
    ("message-noun", MESSAGE_NOUN),
    ("that-verb", THAT_VERB),
    ("clause-subject", CLAUSE_SUBJECT),
];

/// The frame parts a sourcing kind plays (none for a kind not in [`FRAME_KINDS`]).
fn kind_bits(kind: &str) -> u8 {
    FRAME_KINDS.iter().find(|&&(k, _)| k == kind).map_or(0, |&(_, bits)| bits)
}

/// The frame parts of each entry of the sourcing list, read off its kind once: a hit's
/// parts are asked for per hit, and comparing strings for them cost more than the frames.
static FRAME_BITS: LazyLock<Vec<u8>> = LazyLock::new(|| SOURCING.per_entry(kind_bits));

/// The frame parts of the sourcing entry a hit came from (none for another kind).
#[inline]
fn frame_bits(h: &Hit) -> u8 {
    FRAME_BITS.get(h.entry).copied().unwrap_or(0)
}

/// Whether no semicolon, colon or dash lies between tokens `from` and `to`.
fn no_clause_break(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    tokens.get(from..to).unwrap_or(&[]).iter().all(|t| !t.text.is_any(&[";", ":", "\u{2014}", "\u{2013}", "\u{2015}"]))
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
    let before = at(j.checked_sub(3)).map(|t| t.lower.as_bytes());
    let after_determiner =
        matches!(before, Some(b"the" | b"a" | b"an" | b"this" | b"his" | b"her" | b"their" | b"its" | b"our"));
    let verb_at = j - 2;
    is_that_verb(verb_at) || verb.lower.ends_with("ed") && !after_determiner
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every frame kind is a kind of the sourcing list (a kind renamed there would otherwise
    /// turn its frame off without a word), and every part is played by some kind.
    #[test]
    fn frame_kinds_are_sourcing_kinds() {
        let mut parts = 0u8;
        for (kind, bits) in FRAME_KINDS {
            assert!(SOURCING.entries.iter().any(|e| e.fields.get(1) == Some(&kind)), "{kind}");
            assert_ne!(kind_bits(kind), 0, "{kind}");
            parts |= bits;
        }
        assert_eq!(parts, u8::MAX);
        assert_eq!(kind_bits("speech"), 0);
    }

    /// The table of frame bits says of every sourcing entry what its kind says.
    #[test]
    fn each_entry_has_the_bits_of_its_kind() {
        assert_eq!(FRAME_BITS.len(), SOURCING.entries.len());
        for (entry, e) in SOURCING.entries.iter().enumerate() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(frame_bits(&hit), kind_bits(SOURCING.kind(&hit)), "{:?}", e.fields);
        }
        assert_eq!(frame_bits(&Hit { entry: usize::MAX, first: 0, end: 1 }), 0);
    }
}
