//! The claim detector's own look at quote marks: a safety net under the attribution module, so
//! that quoted words are never taken for the outlet's claim even where no frame was found
//! (for instance the middle sentences of a quote running over a paragraph).

use std::ops::Range;

use crate::text::Text;

/// Spans inside double quote marks, block by block, sorted. A mark left open at the end of a
/// block quotes the rest of the block (a quote running on into the next paragraph).
pub(crate) fn quoted_spans(text: &Text) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for block in &text.blocks {
        let Some(s) = text.joined.get(block.clone()) else { continue };
        let mut open: Option<usize> = None;
        // Only `"` and the multi-byte marks (lead bytes 0xC2 and 0xE2) can be quote marks.
        let candidates = s.bytes().enumerate().filter(|&(_, b)| matches!(b, b'"' | 0xC2 | 0xE2));
        for (i, _) in candidates {
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else { continue };
            let at = block.start + i;
            match (c, open) {
                ('\u{201c}' | '\u{ab}' | '\u{201e}', None) => open = Some(at + c.len_utf8()),
                ('\u{201d}' | '\u{bb}', Some(start)) | ('"', Some(start)) => {
                    out.push(start..at);
                    open = None;
                }
                ('"', None) => open = Some(at + 1),
                _ => {}
            }
        }
        if let Some(start) = open {
            out.push(start..block.end);
        }
    }
    out
}

/// Index of the first span that ends after `offset`.
fn first_ending_after(spans: &[Range<usize>], offset: usize) -> usize {
    spans.partition_point(|r| r.end <= offset)
}

/// Whether any of `span` lies inside a quoted span.
pub(crate) fn overlaps(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    spans.get(first_ending_after(spans, span.start)).is_some_and(|r| r.start < span.end)
}

/// How many bytes of `span` lie inside quoted spans.
pub(crate) fn covered(spans: &[Range<usize>], span: &Range<usize>) -> usize {
    let mut total = 0;
    for r in spans.get(first_ending_after(spans, span.start)..).unwrap_or(&[]) {
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
    use crate::document::Document;

    #[test]
    fn quoted_spans_close_and_run_on() {
        let doc = Document::from_plain_text("Head line here\n\nHe said \u{201c}no\u{201d} twice.\n\n\u{201c}We will go on.\n\n\u{201c}And win.\u{201d}");
        let text = Text::new(&doc);
        let spans: Vec<&str> = quoted_spans(&text).iter().map(|r| text.slice(r)).collect();
        assert_eq!(spans, ["no", "We will go on.", "And win."]);
    }
}
