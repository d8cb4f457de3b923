//! A report's view made one finding at a time. Only the converted offsets are computed up
//! front (a few numbers a finding); each [`FindingView`], with its copies of the finding's
//! text, name and explanation, is made as it is serialised and dropped after. A 50 MB file's
//! `--format json` held its report and a full view of it (723 MB at peak); it now holds the
//! report and the offsets. [`ReportView`] is the same view collected.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{
    named, CueView, DetailView, FindingView, PlaceView, Positions, Readers, ReportView, SourceView, SpeakerView,
    VagueKind,
};
use crate::document::Document;
use crate::offsets::{convert, OffsetUnit};
use crate::report::{Finding, FindingKind, Report};

/// A [`ReportView`] not yet made: it serialises to the same JSON, making each finding's view
/// as it is written.
pub struct LazyView<'r> {
    report: &'r Report,
    /// Each block's offsets, converted, in the order they were registered.
    converted: Vec<Vec<usize>>,
    /// Each finding's slots in `converted`, in the report's order.
    slots: Vec<FindingSlots>,
    /// Whether offsets are per block (each place names its block).
    in_blocks: bool,
    readers: Readers,
}

/// A (block, index) slot of the converter.
type Slot = (usize, usize);

/// The slots of a span's start and end.
type SpanSlots = (Slot, Slot);

/// Where a finding's offsets were registered: its own span, its speaker's mention with the
/// block and span where a reader finds the name (in a reader view), and its cue.
struct FindingSlots {
    start: Slot,
    end: Slot,
    speaker: Option<(SpanSlots, Option<(usize, SpanSlots)>)>,
    cue: Option<SpanSlots>,
}

/// A speaker's converted mention, and where a reader finds the speaker named (in a reader view).
type SpeakerPlaces = ((usize, usize), Option<PlaceView>);

/// Collects (block, byte offset) pairs, converts them per block in one pass each.
struct Converter {
    per_block: Vec<Vec<usize>>,
}

impl Converter {
    fn add(&mut self, block: usize, offset: usize) -> Slot {
        if block >= self.per_block.len() {
            self.per_block.resize_with(block + 1, Vec::new);
        }
        self.per_block[block].push(offset);
        (block, self.per_block[block].len() - 1)
    }

    /// Registers a (block, start, end) span.
    fn span(&mut self, (block, start, end): (usize, usize, usize)) -> SpanSlots {
        (self.add(block, start), self.add(block, end))
    }
}

impl<'r> LazyView<'r> {
    /// [`ReportView::new`], the `--jsonl` contract, made one finding at a time as it is
    /// serialised.
    pub fn new(report: &'r Report, document: &Document, unit: OffsetUnit, positions: Positions) -> Self {
        LazyView::build(report, document, unit, positions, Readers::No)
    }

    /// [`ReportView::for_readers`], made one finding at a time as it is serialised.
    pub fn for_readers(report: &'r Report, document: &Document, unit: OffsetUnit, positions: Positions) -> Self {
        LazyView::build(report, document, unit, positions, Readers::Yes)
    }

    /// Registers every offset of `report` and converts them, block by block.
    pub(super) fn build(
        report: &'r Report,
        document: &Document,
        unit: OffsetUnit,
        positions: Positions,
        readers: Readers,
    ) -> Self {
        let named = match readers {
            Readers::Yes => named::first_written(document, report),
            Readers::No => named::Written::default(),
        };
        let mut conv = Converter { per_block: vec![Vec::new(); document.blocks.len()] };
        let slots = report
            .findings
            .iter()
            .map(|f| {
                let (start, end) = conv.span((f.block, f.start, f.end));
                let (speaker, cue) = match &f.kind {
                    FindingKind::Quote(q) => (
                        q.speaker.as_ref().map(|sp| {
                            let mention = conv.span((sp.block, sp.start, sp.end));
                            let place = (readers == Readers::Yes).then(|| named.place_of(sp));
                            (mention, place.map(|p| (p.0, conv.span(p))))
                        }),
                        q.cue.as_ref().map(|c| conv.span((c.block, c.start, c.end))),
                    ),
                    _ => (None, None),
                };
                FindingSlots { start, end, speaker, cue }
            })
            .collect();
        // Convert within each block, then add each block's base in the source (none in blocks).
        let counted;
        let starts: &[usize] = match positions {
            Positions::InSource(source) => {
                counted = Positions::block_starts(document, source, unit);
                &counted
            }
            Positions::InSourceAt(starts) => starts,
            Positions::InBlocks => &[],
        };
        for (i, offsets) in conv.per_block.iter_mut().enumerate() {
            if let Some(block) = document.blocks.get(i) {
                convert(&block.text, offsets, unit);
            }
            let base = starts.get(i).copied().unwrap_or(0);
            for o in offsets.iter_mut() {
                *o += base;
            }
        }
        let in_blocks = positions == Positions::InBlocks;
        LazyView { report, converted: conv.per_block, slots, in_blocks, readers }
    }

    /// The view of each finding, made as it is asked for.
    pub fn findings(&self) -> impl Iterator<Item = FindingView> + '_ {
        self.report.findings.iter().zip(&self.slots).map(|(f, slots)| self.finding(f, slots))
    }

    /// The view of each source.
    pub fn sources(&self) -> impl Iterator<Item = SourceView> + '_ {
        self.report.sources.iter().map(|s| SourceView {
            source: s.clone(),
            unresolved: self.readers == Readers::Yes && !s.anonymous && crate::is_unresolved_pronoun(&s.name),
        })
    }

    /// The whole view, every finding's made at once.
    pub fn into_view(self) -> ReportView {
        ReportView { findings: self.findings().collect(), sources: self.sources().collect() }
    }

    fn at(&self, (block, i): Slot) -> usize {
        self.converted[block][i]
    }

    fn span(&self, (start, end): SpanSlots) -> (usize, usize) {
        (self.at(start), self.at(end))
    }

    fn block_of(&self, block: usize) -> Option<usize> {
        self.in_blocks.then_some(block)
    }

    fn finding(&self, f: &Finding, slots: &FindingSlots) -> FindingView {
        let place = |(block, span): (usize, SpanSlots)| {
            let (start, end) = self.span(span);
            PlaceView { block: self.block_of(block), start, end }
        };
        let speaker = slots.speaker.map(|(mention, named)| (self.span(mention), named.map(place)));
        FindingView {
            block: self.block_of(f.block),
            start: self.at(slots.start),
            end: self.at(slots.end),
            text: f.text.clone(),
            detail: self.detail(f, speaker, slots.cue.map(|cue| self.span(cue))),
        }
    }

    fn detail(&self, f: &Finding, speaker: Option<SpeakerPlaces>, cue: Option<(usize, usize)>) -> DetailView {
        let readers = self.readers == Readers::Yes;
        match &f.kind {
            FindingKind::Quote(q) => DetailView::Quote {
                style: q.style,
                speaker: q.speaker.as_ref().zip(speaker).map(|(sp, ((start, end), named))| SpeakerView {
                    name: sp.name.clone(),
                    description: sp.description.clone(),
                    block: self.block_of(sp.block),
                    start,
                    end,
                    anonymous: sp.anonymous,
                    unresolved: readers && !sp.anonymous && crate::is_unresolved_pronoun(&sp.name),
                    named,
                }),
                cue: q.cue.as_ref().zip(cue).map(|(c, (start, end))| CueView {
                    text: c.text.clone(),
                    block: self.block_of(c.block),
                    start,
                    end,
                }),
                via: q.via.clone(),
                group: q.group,
            },
            FindingKind::Claim(c) => DetailView::Claim {
                vague: c.vague,
                vague_kind: if readers { c.words.as_ref().map(VagueKind::of) } else { None },
                reason: c.reason.to_string(),
                explanation: readers.then(|| c.explanation()),
            },
            FindingKind::Loaded(l) => DetailView::Loaded {
                category: l.category.to_string(),
                note: l.note.to_string(),
                alternative: l.alternative.map(str::to_string),
                in_quote: l.in_quote,
            },
        }
    }
}

/// The fields and order of [`ReportView`]'s derived `Serialize`, so both write the same JSON.
impl Serialize for LazyView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut view = serializer.serialize_struct("ReportView", 2)?;
        view.serialize_field("findings", &Each(|| self.findings()))?;
        view.serialize_field("sources", &Each(|| self.sources()))?;
        view.end()
    }
}

/// A sequence serialised from a fresh iterator, item by item.
struct Each<F>(F);

impl<F, I> Serialize for Each<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}
