//! The claim detector's word lists (`src/lexicon/claims_*.txt`), parsed once.

use std::sync::LazyLock;

use super::words::{Hit, PhraseSet, Token};
use crate::lexicon::{self, Entry};

/// One parsed list: the phrases and, per entry, its kind.
#[derive(Debug)]
pub(crate) struct List {
    set: PhraseSet,
    /// The list's entries, in file order (`fields[0]` the phrase, `fields[1]` the kind).
    pub entries: Vec<Entry<'static>>,
}

impl List {
    fn parse(data: &'static str) -> List {
        let entries = lexicon::parse(data);
        let mut set = PhraseSet::default();
        for (i, e) in entries.iter().enumerate() {
            if let Some(phrase) = e.fields.first() {
                set.add(phrase, i);
            }
        }
        List { set, entries }
    }

    /// The kind of the entry a hit came from.
    pub fn kind(&self, hit: &Hit) -> &'static str {
        self.entries.get(hit.entry).and_then(|e| e.fields.get(1)).copied().unwrap_or("")
    }

    /// Every phrase of the list in `tokens`.
    pub fn find(&self, tokens: &[Token<'_>]) -> Vec<Hit> {
        self.set.find(tokens)
    }
}

/// Vague attributions: "critics say", "it is believed", "reportedly".
pub(crate) static VAGUE: LazyLock<List> =
    LazyLock::new(|| List::parse(include_str!("../lexicon/claims_vague.txt")));

/// Cues that give a sentence a source: "said", "according to", "a poll showed".
pub(crate) static SOURCING: LazyLock<List> =
    LazyLock::new(|| List::parse(include_str!("../lexicon/claims_sourcing.txt")));

/// Cues for a checkable fact: casualties, quantities, accusations, records, causes, events.
pub(crate) static FACTS: LazyLock<List> =
    LazyLock::new(|| List::parse(include_str!("../lexicon/claims_facts.txt")));

/// Hedges, opinion, first person and page furniture.
pub(crate) static HEDGES: LazyLock<List> =
    LazyLock::new(|| List::parse(include_str!("../lexicon/claims_hedges.txt")));
