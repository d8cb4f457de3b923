//! Sorted, merged byte spans and the look-ups every detector asks of them (the voice map's
//! quotes and attributions, the quote-mark regions of claims and loaded wording).

use std::ops::Range;

/// Sorts spans and merges those that overlap or touch; drops empty ones.
pub(crate) fn merge(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = spans.filter(|r| r.start < r.end).collect();
    v.sort_by_key(|r| (r.start, r.end));
    // In place: a span that overlaps or touches the last one kept widens it and goes.
    v.dedup_by(|r, last| {
        let joins = r.start <= last.end;
        if joins {
            last.end = last.end.max(r.end);
        }
        joins
    });
    v
}

/// Index of the first merged span that ends after `offset`.
fn first_ending_after(spans: &[Range<usize>], offset: usize) -> usize {
    spans.partition_point(|r| r.end <= offset)
}

/// Whether any of `span` lies inside the merged `spans`.
pub(crate) fn overlaps(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = first_ending_after(spans, span.start);
    spans.get(i).is_some_and(|r| r.start < span.end)
}

/// Whether all of `span` lies inside one of the merged `spans`.
pub(crate) fn contains(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = first_ending_after(spans, span.start);
    spans.get(i).is_some_and(|r| r.start <= span.start && span.end <= r.end)
}

/// How many bytes of `span` lie inside the merged `spans`.
pub(crate) fn covered(spans: &[Range<usize>], span: &Range<usize>) -> usize {
    let mut total = 0;
    for r in &spans[first_ending_after(spans, span.start)..] {
        if r.start >= span.end {
            break;
        }
        total += r.end.min(span.end).saturating_sub(r.start.max(span.start));
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

    /// Unsorted, nested, touching and empty spans: sorted, merged, empty ones dropped.
    #[test]
    fn merge_joins_nested_and_touching_spans() {
        let spans = merge([30..40, 3..3, 12..14, 0..5, 5..8, 10..20, 41..41, 35..50].into_iter());
        assert_eq!(spans, [0..8, 10..20, 30..50]);
        assert_eq!(merge(std::iter::empty()), []);
    }
}
