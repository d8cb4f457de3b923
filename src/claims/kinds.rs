//! What the judge reads in the kind (second field) of a sourcing, fact or hedge entry, read off
//! each entry's kind once: the judge asks it of every hit, so a hit's kind is an index and a
//! byte compare, not a string compare.

use std::sync::LazyLock;

use super::lists::{FACTS, HEDGES, SOURCING};
use super::words::Hit;
use super::Cue;

/// What a sourcing entry's kind says to the judge (`claims_sourcing.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sourcing {
    /// "said": a source, unless the act of speaking is the news ("spoke for an hour").
    Speech,
    /// "compared with": a source, unless it stands as a preposition.
    Comparison,
    /// "believes": a source.
    Thought,
    /// Any other kind that gives a sentence its source by itself ("a report", "opposes").
    Source,
    /// "ruled": a source where it is a verb.
    Decision,
    /// "tally": a source where someone owns it (see `owned`).
    OwnedDocument,
    /// A kind that gives no source by itself (it points back or takes part in a frame).
    Other,
}

impl Sourcing {
    fn of(kind: &str) -> Sourcing {
        match kind {
            "speech" => Sourcing::Speech,
            "comparison" => Sourcing::Comparison,
            "thought" => Sourcing::Thought,
            "document" | "stance" => Sourcing::Source,
            "decision" => Sourcing::Decision,
            "owned-document" => Sourcing::OwnedDocument,
            _ => Sourcing::Other,
        }
    }

    /// Whether an entry of this kind gives a sentence its source by itself (the other kinds
    /// point back at a sentence or take part in a frame, see `frames`).
    pub(super) fn gives_source(self) -> bool {
        matches!(self, Sourcing::Speech | Sourcing::Comparison | Sourcing::Thought | Sourcing::Source)
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
        let holds =
            |list: &super::super::lists::List, kind: &str| list.entries.iter().any(|e| e.fields.get(1) == Some(&kind));
        for kind in ["speech", "comparison", "thought", "document", "stance", "decision", "owned-document"] {
            assert!(holds(&SOURCING, kind), "claims_sourcing.txt has no {kind}");
            assert_ne!(Sourcing::of(kind), Sourcing::Other, "{kind}");
        }
        for kind in ["count", "adjective", "present-event", "when", "casualty", "quantity", "event", "record"] {
            assert!(holds(&FACTS, kind), "claims_facts.txt has no {kind}");
            assert_ne!(Fact::of(kind), Fact::Other, "{kind}");
        }
        assert!(holds(&HEDGES, "modal"));
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
        for entry in 0..=HEDGES.entries.len() {
            let hit = Hit { entry, first: 0, end: 1 };
            assert_eq!(is_modal(&hit), HEDGES.kind(&hit) == "modal", "hedges {entry}");
        }
        assert!(Sourcing::of("speech").gives_source() && !Sourcing::of("decision").gives_source());
        assert_eq!(Fact::of("quantity"), Fact::Cue(Cue::Quantity));
        assert_eq!(Fact::of("neutral"), Fact::Other);
    }
}
