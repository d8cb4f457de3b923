//! What the judge reads in the kind (second field) of a sourcing, fact, hedge or vague entry, read off
//! each entry's kind once: the judge asks it of every hit, so a hit's kind is an index and a
//! byte compare, not a string compare.

use std::sync::LazyLock;

use super::lists::{FACTS, HEDGES, SOURCING, VAGUE};
use super::words::Hit;
use super::Cue;

/// What a sourcing entry's kind says to the judge (`claims_sourcing.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sourcing {
    /// "said": a source, unless the act of speaking is the news ("spoke for an hour").
    Speech,
    /// "compared with": a source, unless it stands as a preposition.
    Comparison,
    /// "ask", "announce": the plain present, a source only after a plural or named subject
    /// (`shapes::after_plural_or_name`): the word is a noun or an infinitive's verb elsewhere.
    PresentSpeech,
    /// "per": a source where it names one, after a comma or opening the sentence
    /// (`shapes::per_names_source`): "…, per CTV News.", not "$15 per hour".
    Per,
    /// "believes": a source.
    Thought,
    /// "a report": a document as the source, by itself.
    Document,
    /// "opposes": a stance of the subject's, by itself a source.
    Stance,
    /// "ruled": a source where it is a verb.
    Decision,
    /// "tally": a source where someone owns it (see `owned`).
    OwnedDocument,
    /// "study" before "found" (a frame, see `frames`): a document's noun.
    ReportNoun,
    /// "statement" after "issued" (a frame): a message's noun.
    MessageNoun,
    /// "In the latest poll, …" (a frame): a figure set in a poll.
    PollIn,
    /// The first word of a clause reported after "that" and a verb (a frame).
    ClauseSubject,
    /// How a sentence that gives a source points back at the claim before it
    /// (`neighbours`).
    Anaphor,
    /// A kind that gives no source by itself and is no noun (it takes part in a frame).
    Other,
}

impl Sourcing {
    fn of(kind: &str) -> Sourcing {
        match kind {
            "speech" => Sourcing::Speech,
            "comparison" => Sourcing::Comparison,
            "present-speech" => Sourcing::PresentSpeech,
            "per" => Sourcing::Per,
            "thought" => Sourcing::Thought,
            "document" => Sourcing::Document,
            "stance" => Sourcing::Stance,
            "decision" => Sourcing::Decision,
            "owned-document" => Sourcing::OwnedDocument,
            "report-noun" => Sourcing::ReportNoun,
            "message-noun" => Sourcing::MessageNoun,
            "poll-in" => Sourcing::PollIn,
            "clause-subject" => Sourcing::ClauseSubject,
            "anaphor" => Sourcing::Anaphor,
            _ => Sourcing::Other,
        }
    }

    /// Whether an entry of this kind gives a sentence its source by itself (the other kinds
    /// point back at a sentence or take part in a frame, see `frames`).
    pub(super) fn gives_source(self) -> bool {
        matches!(
            self,
            Sourcing::Speech | Sourcing::Comparison | Sourcing::Thought | Sourcing::Document | Sourcing::Stance
        )
    }

    /// Whether entries of this kind are nouns, a preposition or a clause's first word, not a
    /// subject's verb (`neighbours`: a name before one does not act).
    pub(super) fn is_noun(self) -> bool {
        matches!(
            self,
            Sourcing::ReportNoun
                | Sourcing::MessageNoun
                | Sourcing::OwnedDocument
                | Sourcing::Document
                | Sourcing::PollIn
                | Sourcing::ClauseSubject
                | Sourcing::Anaphor
                | Sourcing::Per
        )
    }
}

/// What a vague entry's kind says (`claims_vague.txt`, whose header tells each kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Vague {
    /// "critics say": vague alone.
    Weasel,
    /// "it is believed": vague when no "by" agent follows.
    Agentless,
    /// "some", "many": a vague subject before a speech or thought verb.
    Quantifier,
    /// "critics", "experts": a plural for people who hold views, a subject as a quantifier is.
    Group,
    /// "research suggests": unnamed studies as the source.
    Study,
    /// "dispute": a verb a quantifier or group takes, never vague alone.
    Verb,
    /// "however" between commas, parting a subject from its verb; never vague alone.
    Aside,
    /// An opening "Some" before people.
    Some,
    /// A plural for people, which makes an opening "Some" a source; never vague alone.
    People,
    /// "probably": the writer's own guess.
    Hedge,
    /// "likely": a guess that is also an adjective.
    AdjectiveHedge,
    /// "is said to": a passive of saying with no one who says it.
    Reputed,
    /// A kind the judge reads nothing special in.
    Other,
}

impl Vague {
    pub(super) fn of(kind: &str) -> Vague {
        match kind {
            "weasel" => Vague::Weasel,
            "agentless" => Vague::Agentless,
            "quantifier" => Vague::Quantifier,
            "group" => Vague::Group,
            "study" => Vague::Study,
            "verb" => Vague::Verb,
            "aside" => Vague::Aside,
            "some" => Vague::Some,
            "people" => Vague::People,
            "hedge" => Vague::Hedge,
            "adjective-hedge" => Vague::AdjectiveHedge,
            "reputed" => Vague::Reputed,
            _ => Vague::Other,
        }
    }

    /// Whether an entry of this kind may be a vague source by itself: a verb or aside of the
    /// list is vague only after a quantifier or group, found through them, and a noun for
    /// people only after an opening "Some".
    pub(super) fn may_give_source(self) -> bool {
        !matches!(self, Vague::Verb | Vague::Aside | Vague::People)
    }

    /// Whether the entry is a vague subject ("many", "critics"), a source only where it starts
    /// a clause and a speech or thought verb follows it.
    pub(super) fn is_subject(self) -> bool {
        matches!(self, Vague::Quantifier | Vague::Group)
    }

    /// Whether the entry is the writer's guess ("probably", "likely"), not a vague source.
    pub(super) fn is_hedge(self) -> bool {
        matches!(self, Vague::Hedge | Vague::AdjectiveHedge)
    }
}

/// What a fact entry's kind says to the judge (`claims_facts.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fact {
    /// A cue by itself.
    Cue(Cue),
    /// A number word: a quantity before a plural noun only.
    Count,
    /// A word in -ed that is no past verb.
    Adjective,
    /// A present-tense event verb: an event after a name only.
    PresentEvent,
    /// A date or time: a cue, and a date for `number_cues`.
    When,
    /// No cue ("neutral", "opener").
    Other,
}

impl Fact {
    fn of(kind: &str) -> Fact {
        match kind {
            "count" => Fact::Count,
            "adjective" => Fact::Adjective,
            "present-event" => Fact::PresentEvent,
            "when" => Fact::When,
            kind => Cue::from_kind(kind).map_or(Fact::Other, Fact::Cue),
        }
    }
}

static SOURCING_KINDS: LazyLock<Vec<Sourcing>> = LazyLock::new(|| SOURCING.per_entry(Sourcing::of));
static FACT_KINDS: LazyLock<Vec<Fact>> = LazyLock::new(|| FACTS.per_entry(Fact::of));
static VAGUE_KINDS: LazyLock<Vec<Vague>> = LazyLock::new(|| VAGUE.per_entry(Vague::of));
static MODAL_HEDGES: LazyLock<Vec<bool>> = LazyLock::new(|| HEDGES.per_entry(|kind| kind == "modal"));

/// The kind of the sourcing entry a hit came from.
#[inline]
pub(super) fn sourcing(h: &Hit) -> Sourcing {
    SOURCING_KINDS.get(h.entry).copied().unwrap_or(Sourcing::Other)
}

/// The kind of the fact entry a hit came from.
#[inline]
pub(super) fn fact(h: &Hit) -> Fact {
    FACT_KINDS.get(h.entry).copied().unwrap_or(Fact::Other)
}

/// The kind of the vague entry a hit came from.
#[inline]
pub(super) fn vague(h: &Hit) -> Vague {
    VAGUE_KINDS.get(h.entry).copied().unwrap_or(Vague::Other)
}

/// Whether the hedge a hit came from is a modal ("could"): the other hedges ("I think",
/// opinion, page furniture) stop a sentence from being a claim outright.
#[inline]
pub(super) fn is_modal(h: &Hit) -> bool {
    MODAL_HEDGES.get(h.entry).copied().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind read above names a kind its list holds (a misspelt kind would match nothing).
    #[test]
    fn every_kind_read_is_in_its_list() {
        let sourcing = [
            "speech",
            "comparison",
            "present-speech",
            "per",
            "thought",
            "document",
            "stance",
            "decision",
            "owned-document",
            "report-noun",
            "message-noun",
            "poll-in",
            "clause-subject",
            "anaphor",
        ];
        all_read(&SOURCING, &sourcing, Sourcing::of, Sourcing::Other);
        let facts = ["count", "adjective", "present-event", "when", "casualty", "quantity", "event", "record"];
        all_read(&FACTS, &facts, Fact::of, Fact::Other);
        let vague = [
            "weasel",
            "agentless",
            "quantifier",
            "group",
            "study",
            "verb",
            "aside",
            "some",
            "people",
            "hedge",
            "adjective-hedge",
            "reputed",
        ];
        all_read(&VAGUE, &vague, Vague::of, Vague::Other);
        assert!(HEDGES.entries.iter().any(|e| e.fields.get(1) == Some(&"modal")));
    }

    /// Every kind of `kinds` is in `list` and reads as something other than `other`.
    fn all_read<T: PartialEq + std::fmt::Debug>(
        list: &super::super::lists::List,
        kinds: &[&str],
        of: impl Fn(&str) -> T,
        other: T,
    ) {
        for &kind in kinds {
            assert!(list.entries.iter().any(|e| e.fields.get(1) == Some(&kind)), "no entry of kind {kind}");
            assert_ne!(of(kind), other, "{kind}");
        }
    }

    /// Each table says of every entry (and of an index past the last) what its kind says.
    #[test]
    fn each_entry_has_the_kind_of_its_line() {
        for entry in 0..=SOURCING.entries.len() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(sourcing(&hit), Sourcing::of(SOURCING.kind(&hit)), "sourcing {entry}");
        }
        for entry in 0..=FACTS.entries.len() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(fact(&hit), Fact::of(FACTS.kind(&hit)), "facts {entry}");
        }
        for entry in 0..=VAGUE.entries.len() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(vague(&hit), Vague::of(VAGUE.kind(&hit)), "vague {entry}");
        }
        for entry in 0..=HEDGES.entries.len() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(is_modal(&hit), HEDGES.kind(&hit) == "modal", "hedges {entry}");
        }
        assert!(Sourcing::of("speech").gives_source() && !Sourcing::of("decision").gives_source());
        assert_eq!(Fact::of("quantity"), Fact::Cue(Cue::Quantity));
        assert_eq!(Fact::of("neutral"), Fact::Other);
    }
}
