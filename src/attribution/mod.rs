//! Quotes and their attribution frames: quote content, speaker, cue and relaying outlet.
//!
//! Input: the joined [`Text`]. Output: one [`Frame`] per quote segment, in text order, with
//! spans in joined-text byte offsets. The voice map, claims, loaded wording and sources are
//! all built from these frames.

use std::ops::Range;

use crate::report::QuoteStyle;
use crate::text::Text;

/// Who a quote is attributed to, as found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SpeakerRef {
    /// The canonical name ("Haider al Abadi"), or the mention itself for unnamed sources
    /// ("officials").
    pub name: String,
    /// Title, role or affiliation, when the text gives one ("Iraqi Prime Minister").
    pub description: Option<String>,
    /// The mention nearest the quote (may be a pronoun or a surname).
    pub span: Range<usize>,
    /// An unnamed or vague source ("officials said", "a spokesman").
    pub anonymous: bool,
}

/// One quote segment and what attributes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Frame {
    /// The quoted or reported words (for direct quotes, the text inside the marks).
    pub content: Range<usize>,
    /// Direct, mixed or indirect.
    pub style: QuoteStyle,
    /// The speaker, when one is found.
    pub speaker: Option<SpeakerRef>,
    /// The speech cue ("said in a written statement").
    pub cue: Option<Range<usize>>,
    /// The outlet the quote was relayed through ("Anadolu Agency").
    pub via: Option<String>,
    /// Everything the attribution covers: content, speaker, cue and the words between them.
    /// Nothing in here is the outlet's own voice.
    pub extent: Range<usize>,
    /// Segments of one quote (split by the attribution, or running over paragraphs) share a
    /// group number.
    pub group: usize,
}

/// Finds every quote in the text with its attribution.
pub(crate) fn find(_text: &Text) -> Vec<Frame> {
    Vec::new()
}
