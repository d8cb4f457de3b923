//! The report as the boundaries show it: offsets in the caller's unit, in the source or in
//! each block, ready to serialise. This is the JSON contract of `sourcelight check --jsonl`
//! ([`ReportView::new`]); `--format json` and the WebAssembly module add what a reader is shown
//! ([`ReportView::for_readers`]: where each speaker is named, each claim's reason as a sentence,
//! which kind of vague claim each vague one is). [`LazyView`] makes either view one finding at a
//! time as it is serialised, so a large report is never held twice.

use serde::Serialize;

mod json;
mod lazy;
mod named;

pub use lazy::LazyView;

use crate::document::Document;
use crate::offsets::OffsetUnit;
use crate::report::{QuoteStyle, Report, Source, VagueWords};

/// Where offsets point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Positions<'a> {
    /// Into the whole source the document was cut from (each block's `offset` added); the
    /// source text is needed to count units before each block.
    InSource(&'a str),
    /// Into the whole source, as [`Positions::InSource`], given each block's start in it
    /// already converted to the view's unit ([`Positions::block_starts`]): the source need not
    /// be kept until the view is made (a 50 MB file's 50 MB through its analysis).
    InSourceAt(&'a [usize]),
    /// Into each block's own text; every finding, speaker and cue names its block.
    InBlocks,
}

impl Positions<'_> {
    /// Each block's start in `source`, the text `document` was cut from, in `unit`: what
    /// [`Positions::InSourceAt`] takes.
    pub fn block_starts(document: &Document, source: &str, unit: OffsetUnit) -> Vec<usize> {
        let mut starts: Vec<usize> = document.blocks.iter().map(|b| b.offset.min(source.len())).collect();
        crate::offsets::convert(source, &mut starts, unit);
        starts
    }
}

/// A serialisable view of a [`Report`].
#[derive(Clone, Debug, Serialize)]
pub struct ReportView {
    /// The findings.
    pub findings: Vec<FindingView>,
    /// The sources.
    pub sources: Vec<SourceView>,
}

/// A source as a view writes it: the report's source and, in a reader view, whether it is a
/// pronoun the analysis could not tie to a name, as a quote's speaker says ([`SpeakerView`]).
#[derive(Clone, Debug, Serialize)]
pub struct SourceView {
    /// The report's source.
    #[serde(flatten)]
    pub source: Source,
    /// A pronoun ("she") not tied to a name; in a reader view only (written when true).
    #[serde(skip_serializing_if = "is_false")]
    pub unresolved: bool,
}

/// A finding with converted offsets.
#[derive(Clone, Debug, Serialize)]
pub struct FindingView {
    /// The block, when offsets are per block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The finding's text.
    pub text: String,
    /// Kind-specific fields, with the `kind` tag.
    #[serde(flatten)]
    pub detail: DetailView,
}

/// The kind-specific part of a finding.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum DetailView {
    /// A quote.
    Quote {
        /// Direct, mixed or indirect.
        style: QuoteStyle,
        /// The speaker, or null.
        speaker: Option<SpeakerView>,
        /// The cue, or null.
        cue: Option<CueView>,
        /// The relaying outlet, or null.
        via: Option<String>,
        /// Parts of one quote share a group.
        group: usize,
    },
    /// A claim.
    Claim {
        /// A vague attribution rather than none.
        vague: bool,
        /// Which kind of vague claim: a source that names no one, or the writer's guess; a
        /// vague claim's, in a reader view only.
        #[serde(skip_serializing_if = "Option::is_none")]
        vague_kind: Option<VagueKind>,
        /// Why it was flagged.
        reason: String,
        /// The reason as a sentence for a reader ([`Claim::explanation`](crate::Claim::explanation));
        /// in a reader view only.
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
    },
    /// Loaded wording.
    Loaded {
        /// The category.
        category: String,
        /// Why it is charged.
        note: String,
        /// A neutral alternative, or null.
        alternative: Option<String>,
        /// Inside a quote (the speaker's wording).
        in_quote: bool,
    },
}

/// What a vague claim rests on, for a reader's heading: "Vague attribution" or "Unsourced guess".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VagueKind {
    /// A source that names no one ("critics say", "it is believed").
    Source,
    /// The writer's own guess ("probably", "likely").
    Guess,
}

impl VagueKind {
    /// The kind of the vague claim that rests on `words`.
    fn of(words: &VagueWords) -> VagueKind {
        if words.guess {
            VagueKind::Guess
        } else {
            VagueKind::Source
        }
    }

    /// The name serde gives it (lower case).
    fn name(self) -> &'static str {
        match self {
            VagueKind::Source => "source",
            VagueKind::Guess => "guess",
        }
    }
}

/// A speaker with converted offsets.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerView {
    /// Canonical name.
    pub name: String,
    /// Description, or null.
    pub description: Option<String>,
    /// The block of the mention, when offsets are per block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// Start of the mention.
    pub start: usize,
    /// End of the mention (exclusive).
    pub end: usize,
    /// Unnamed or vague source.
    pub anonymous: bool,
    /// Where a reader finds the speaker named: the first place the text writes the name as the
    /// report gives it ("Ana Ruiz", where the mention is "she"), or the mention itself for an
    /// unnamed source, a pronoun, or a name the text never writes out; in a reader view only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub named: Option<PlaceView>,
    /// A pronoun ("she", "they") the analysis could not tie to a name
    /// ([`is_unresolved_pronoun`](crate::is_unresolved_pronoun)): the text does not say who, or
    /// the analysis could not tell, and a reader is told so rather than shown the pronoun as a
    /// name; in a reader view only (written when true).
    #[serde(skip_serializing_if = "is_false")]
    pub unresolved: bool,
}

/// Whether `b` is false: a field written only when set.
fn is_false(b: &bool) -> bool {
    !*b
}

/// A place in the text, with converted offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceView {
    /// The block, when offsets are per block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A cue with converted offsets.
#[derive(Clone, Debug, Serialize)]
pub struct CueView {
    /// The cue's text.
    pub text: String,
    /// The block of the cue, when offsets are per block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// Start of the cue.
    pub start: usize,
    /// End of the cue (exclusive).
    pub end: usize,
}

/// Whether a view holds what a reader is shown besides the findings ([`ReportView::for_readers`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Readers {
    /// The `--jsonl` contract: findings and sources only.
    No,
    /// Where each speaker is named, each claim's reason as a sentence and vague kind.
    Yes,
}

impl ReportView {
    /// Converts `report` (made from `document`) to `unit`, with offsets placed as `positions`
    /// says: the view `sourcelight check --jsonl` writes, the evaluation contract.
    pub fn new(report: &Report, document: &Document, unit: OffsetUnit, positions: Positions) -> ReportView {
        LazyView::new(report, document, unit, positions).into_view()
    }

    /// [`ReportView::new`] with what a reader is shown: each speaker's `named`, where the text
    /// names them, whether the speaker is a pronoun not tied to a name (`unresolved`), each
    /// claim's `explanation`, and each vague claim's `vague_kind`. `--format json` and the
    /// WebAssembly module give this view; [`LazyView::for_readers`] writes the same JSON
    /// without holding every finding's view at once.
    pub fn for_readers(report: &Report, document: &Document, unit: OffsetUnit, positions: Positions) -> ReportView {
        LazyView::for_readers(report, document, unit, positions).into_view()
    }
}
