//! The voice map: who speaks each part of the text — the outlet, or a quoted speaker.
//!
//! Built once from the attribution frames; claims and loaded wording ask it, so that nothing
//! inside a quote is taken for the outlet's claim, and a loaded word inside a quote is the
//! speaker's.

use std::cell::Cell;
use std::ops::Range;

use crate::attribution::Frame;
use crate::spans::{contains, covered_from, merge, overlaps, reach_from, Reach};
use crate::text::Text;

/// Spans of quoted words and of whole attributions, sorted and merged for fast look-up.
#[derive(Debug, Default)]
pub(crate) struct VoiceMap {
    /// Quote contents (the speaker's words), merged.
    quoted: Vec<Range<usize>>,
    /// Whole attributions (content, speaker, cue and what lies between), merged.
    attributed: Vec<Range<usize>>,
}

impl VoiceMap {
    /// Builds the map from the frames.
    pub fn new(_text: &Text, frames: &[Frame]) -> VoiceMap {
        // Each list is collected from the frames (a known length: one allocation), then
        // merged in that vector's memory; merged straight from the frames, it grew four or
        // five times a document, since a filter promises no length.
        let quoted: Vec<_> = frames.iter().map(|f| f.content.clone()).collect();
        let attributed: Vec<_> = frames.iter().map(|f| f.extent.clone()).collect();
        VoiceMap { quoted: merge(quoted.into_iter()), attributed: merge(attributed.into_iter()) }
    }

    /// Whether any of `span` lies inside quoted words.
    pub fn overlaps_quote(&self, span: &Range<usize>) -> bool {
        overlaps(&self.quoted, span)
    }

    /// Whether all of `span` lies inside quoted words (the speaker's voice).
    pub fn in_quote(&self, span: &Range<usize>) -> bool {
        contains(&self.quoted, span)
    }

    /// How much of `span` lies inside quoted words ([`Self::in_quote`] and
    /// [`Self::overlaps_quote`] at once), for spans asked about in text order: the look-up
    /// starts `from` where the last one stood ([`crate::spans::reach_from`]).
    pub fn quote_reach_from(&self, span: &Range<usize>, from: &Cell<usize>) -> Reach {
        reach_from(&self.quoted, span, from)
    }

    /// How many bytes of `span` lie inside an attribution (quote, speaker, cue), for spans
    /// asked about in text order: the look-up starts `from` where the last one stood
    /// ([`crate::spans::covered_from`]).
    pub fn attributed_bytes_from(&self, span: &Range<usize>, from: &Cell<usize>) -> usize {
        covered_from(&self.attributed, span, from)
    }
}
