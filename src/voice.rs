//! The voice map: who speaks each part of the text — the outlet, or a quoted speaker.
//!
//! Built once from the attribution frames; claims and loaded wording ask it, so that nothing
//! inside a quote is taken for the outlet's claim, and a loaded word inside a quote is the
//! speaker's.

use std::ops::Range;

use crate::attribution::Frame;
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
        VoiceMap {
            quoted: merge(frames.iter().map(|f| f.content.clone())),
            attributed: merge(frames.iter().map(|f| f.extent.clone())),
        }
    }

    /// Whether any of `span` lies inside quoted words.
    pub fn overlaps_quote(&self, span: &Range<usize>) -> bool {
        overlaps(&self.quoted, span)
    }

    /// Whether all of `span` lies inside quoted words (the speaker's voice).
    pub fn in_quote(&self, span: &Range<usize>) -> bool {
        contains(&self.quoted, span)
    }

    /// How many bytes of `span` lie inside an attribution (quote, speaker, cue).
    pub fn attributed_bytes(&self, span: &Range<usize>) -> usize {
        covered(&self.attributed, span)
    }
}

fn merge(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = spans.filter(|r| r.start < r.end).collect();
    v.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Index of the first merged span that ends after `offset`.
fn first_ending_after(spans: &[Range<usize>], offset: usize) -> usize {
    spans.partition_point(|r| r.end <= offset)
}

fn overlaps(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = first_ending_after(spans, span.start);
    spans.get(i).is_some_and(|r| r.start < span.end)
}

fn contains(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = first_ending_after(spans, span.start);
    spans.get(i).is_some_and(|r| r.start <= span.start && span.end <= r.end)
}

fn covered(spans: &[Range<usize>], span: &Range<usize>) -> usize {
    let mut total = 0;
    for r in &spans[first_ending_after(spans, span.start)..] {
        if r.start >= span.end {
            break;
        }
        total += r.end.min(span.end) - r.start.max(span.start);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interval_queries() {
        let spans = merge([5..10, 8..12, 20..25].into_iter());
        assert_eq!(spans, [5..12, 20..25]);
        assert!(overlaps(&spans, &(11..15)));
        assert!(!overlaps(&spans, &(12..20)));
        assert!(contains(&spans, &(6..12)));
        assert!(!contains(&spans, &(6..13)));
        assert_eq!(covered(&spans, &(0..30)), 12);
        assert_eq!(covered(&spans, &(10..22)), 4);
    }
}
