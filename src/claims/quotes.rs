//! The claim detector's own look at quote marks: a safety net under the attribution module, so
//! that quoted words are never taken for the outlet's claim even where no frame was found
//! (for instance the middle sentences of a quote running over a paragraph).

use std::ops::Range;

use crate::text::Text;

/// [`quoted_spans_in`], into a new vector (the tests' entry point).
#[cfg(test)]
pub(crate) fn quoted_spans(text: &Text) -> Vec<Range<usize>> {
    quoted_spans_in(text, Vec::new())
}

/// Spans inside double quote marks, block by block, sorted. A mark left open at the end of a
/// block quotes the rest of the block (a quote running on into the next paragraph). Found in
/// `out`'s room (a buffer kept from the last document: emptied first).
pub(crate) fn quoted_spans_in(text: &Text, mut out: Vec<Range<usize>>) -> Vec<Range<usize>> {
    out.clear();
    // The marks not yet passed: the blocks come in text order, and so do the marks, so each
    // block's marks start where the block before left off (rather than two searches a block).
    let mut marks = text.quote_marks.as_slice();
    for block in &text.blocks {
        let before = marks.iter().take_while(|&&at| at < block.start).count();
        marks = marks.get(before..).unwrap_or_default();
        let inside = marks.iter().take_while(|&&at| at < block.end).count();
        let (in_block, after) = marks.split_at_checked(inside).unwrap_or((marks, &[]));
        marks = after;
        let Some(s) = text.joined.get(block.clone()) else {
            continue;
        };
        let mut open: Option<usize> = None;
        let bytes = s.as_bytes();
        let mut i = 0;
        // Jump from one place where a mark may start to the next (found once for the text,
        // [`Text::quote_marks`]): most bytes of a block are letters.
        for at_byte in in_block.iter().map(|&at| at.saturating_sub(block.start)) {
            if at_byte < i {
                continue;
            }
            i = at_byte;
            let b = bytes[i];
            let doubled = matches!(b, b'`' | b'\'') && bytes.get(i + 1) == Some(&b);
            if !(doubled || matches!(b, b'"' | 0xC2 | 0xE2)) {
                i += 1;
                continue;
            }
            // ‘ and ’ (U+2018, U+2019: E2 80 98/99), listed for attribution's single quotes and
            // mostly apostrophes, neither open nor close a span here: passed over undecoded.
            if b == 0xE2 && matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x98 | 0x99])) {
                i += 3;
                continue;
            }
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                i += 1;
                continue;
            };
            let len = if doubled { 2 } else { c.len_utf8() };
            let at = block.start + i;
            // A straight mark opens before a word and closes after one; after a digit it is an
            // inch mark (6'3"). Only a straight mark reads its neighbours: a curly one says by
            // itself whether it opens or closes.
            let straight = c == '"' || (doubled && b == b'\'');
            let (straight_opens, straight_closes) = if straight {
                let before = s.get(..i).and_then(|r| r.chars().next_back());
                let after = s.get(i + len..).and_then(|r| r.chars().next());
                let inch = before.is_some_and(|p| p.is_ascii_digit());
                let may_open = before.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '-'));
                let may_close =
                    after.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation() || !n.is_alphanumeric());
                (may_open && !inch, may_close && !inch)
            } else {
                (false, false)
            };
            let opening = matches!(c, '\u{201c}' | '\u{ab}' | '\u{201e}') || (doubled && b == b'`') || straight_opens;
            let closing = matches!(c, '\u{201d}' | '\u{bb}') || straight_closes;
            match open {
                None if opening => open = Some(at + len),
                Some(start) if closing => {
                    out.push(start..at);
                    open = None;
                }
                _ => {}
            }
            i += len;
        }
        if let Some(start) = open {
            out.push(start..block.end);
        }
    }
    // The look-ups need sorted, merged spans (merged in the vector's own room, collected in
    // place).
    crate::spans::merge(out.into_iter())
}

pub(crate) use crate::spans::{covered_from, overlaps, reach_from};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn a_kept_buffer_holds_only_the_new_texts_spans() {
        let first = Text::new(&Document::from_plain_text("He said \u{201c}no\u{201d} and \u{201c}never\u{201d}."));
        let second = Text::new(&Document::from_plain_text("She said \u{201c}yes\u{201d}."));
        let kept = quoted_spans(&first);
        assert_eq!(kept.len(), 2);
        let reused = quoted_spans_in(&second, kept);
        assert_eq!(reused, quoted_spans(&second));
        assert_eq!(reused.iter().map(|r| second.slice(r)).collect::<Vec<_>>(), ["yes"]);
    }

    #[test]
    fn quoted_spans_close_and_run_on() {
        let doc = Document::from_plain_text(
            "Head line here\n\nHe said \u{201c}no\u{201d} twice, ``yes'' once and ''maybe\".\n\n\u{201c}We will go on.\n\n\u{201c}And win.\u{201d}",
        );
        let text = Text::new(&doc);
        let spans: Vec<&str> = quoted_spans(&text).iter().map(|r| text.slice(r)).collect();
        assert_eq!(spans, ["no", "yes", "maybe", "We will go on.", "And win."]);
    }
}
