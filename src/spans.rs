//! Sorted, merged byte spans and the look-ups every detector asks of them (the voice map's
//! quotes and attributions, the quote-mark regions of claims and loaded wording).

use std::cell::Cell;
use std::ops::Range;

/// Sorts spans and merges those that overlap or touch; drops empty ones.
pub(crate) fn merge(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = spans.filter(|r| r.start < r.end).collect();
    crate::sort::by_key(&mut v, |r| (r.start, r.end));
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

/// How many bytes of `span` lie inside the merged `spans` (found by a search: the tests'
/// reference for [`covered_from`], which the detectors ask).
#[cfg(test)]
pub(crate) fn covered(spans: &[Range<usize>], span: &Range<usize>) -> usize {
    covered_past(spans, first_ending_after(spans, span.start), span)
}

/// How many bytes of `span` lie inside the merged `spans`, for a caller that asks about spans
/// in text order (a document's sentences): the first merged span ending after `span.start` is
/// looked for from `from`, where the last call found its own (and leaves this one's), stepping
/// forward, not searched for each time; a span that starts before the last one's end is
/// searched for.
pub(crate) fn covered_from(spans: &[Range<usize>], span: &Range<usize>, from: &Cell<usize>) -> usize {
    covered_past(spans, first_ending_after_from(spans, span.start, from), span)
}

/// [`first_ending_after`] for a caller that asks about offsets in text order: looked for from
/// `from`, where the last call found its own (and left there for the next), stepping forward;
/// an offset before the last one's span's end is searched for.
fn first_ending_after_from(spans: &[Range<usize>], offset: usize, from: &Cell<usize>) -> usize {
    let mut i = from.get();
    if i > spans.len() || i > 0 && spans.get(i - 1).is_some_and(|r| r.end > offset) {
        i = first_ending_after(spans, offset);
    }
    while spans.get(i).is_some_and(|r| r.end <= offset) {
        i += 1;
    }
    from.set(i);
    i
}

/// How much of a span the merged spans hold: [`Reach::Inside`] is [`contains`]; for a span that
/// is not empty, anything but [`Reach::Outside`] is [`overlaps`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reach {
    /// None of it.
    Outside,
    /// Some of it, not all in one span.
    Partly,
    /// All of it, in one span.
    Inside,
}

/// How much of `span` the merged `spans` hold, for a caller that asks about spans in text
/// order (a document's sentences): both of [`contains`] and [`overlaps`] with one look-up,
/// which starts `from` where the last one stood ([`covered_from`]'s cursor).
pub(crate) fn reach_from(spans: &[Range<usize>], span: &Range<usize>, from: &Cell<usize>) -> Reach {
    match spans.get(first_ending_after_from(spans, span.start, from)) {
        Some(r) if r.start <= span.start && span.end <= r.end => Reach::Inside,
        Some(r) if r.start < span.end => Reach::Partly,
        _ => Reach::Outside,
    }
}

/// How many bytes of `span` the merged `spans` from index `first` on cover (`first`: the first
/// that ends after `span.start`).
fn covered_past(spans: &[Range<usize>], first: usize, span: &Range<usize>) -> usize {
    let mut total = 0;
    for r in spans.get(first..).unwrap_or_default() {
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

    /// Asked in text order, out of it, or past the spans, the stepping look-up counts what the
    /// searching one counts.
    #[test]
    fn covered_from_a_cursor_is_covered() {
        let spans = merge([5..10, 20..25, 30..31, 40..60].into_iter());
        let from = Cell::new(0);
        let asked = [0..3, 0..6, 4..21, 9..12, 22..45, 26..29, 50..70, 7..8, 61..65, 0..100, 59..60, 1..2];
        for span in asked {
            assert_eq!(covered_from(&spans, &span, &from), covered(&spans, &span), "{span:?}");
        }
        assert_eq!(covered_from(&[], &(0..5), &Cell::new(3)), 0);
    }

    /// Asked in text order, out of it, or past the spans, the stepping look-up says what
    /// `contains` and `overlaps` say.
    #[test]
    fn reach_from_a_cursor_is_contains_and_overlaps() {
        let spans = merge([5..10, 20..25, 30..31, 40..60].into_iter());
        let from = Cell::new(0);
        let asked = [0..3, 0..6, 6..9, 4..21, 9..12, 22..45, 26..29, 41..59, 50..70, 7..8, 61..65, 0..100, 59..60];
        for span in asked {
            let expected = if contains(&spans, &span) {
                Reach::Inside
            } else if overlaps(&spans, &span) {
                Reach::Partly
            } else {
                Reach::Outside
            };
            assert_eq!(reach_from(&spans, &span, &from), expected, "{span:?}");
        }
        assert_eq!(reach_from(&[], &(0..5), &Cell::new(3)), Reach::Outside);
    }

    /// Unsorted, nested, touching and empty spans: sorted, merged, empty ones dropped.
    #[test]
    fn merge_joins_nested_and_touching_spans() {
        let spans = merge([30..40, 3..3, 12..14, 0..5, 5..8, 10..20, 41..41, 35..50].into_iter());
        assert_eq!(spans, [0..8, 10..20, 30..50]);
        assert_eq!(merge(std::iter::empty()), Vec::<Range<usize>>::new());
    }
}
