//! A transcript's speaker labels ("FALLIN: Well, …"): the one frame a labelled paragraph
//! becomes, in place of the frames the quote rules drew in it. Apart from leftover.rs because it
//! reads a labelled paragraph as a whole, after the passes that resolve one quote at a time.

use std::ops::Range;

use super::super::speaker::Np;
use super::super::{Block, Doc, Frame};
use crate::report::QuoteStyle;

/// "FALLIN: Well, I think …", “PENCE: Well, …”: a transcript's paragraph that opens with a
/// label is the label's words, one frame from after the colon in a group of its own with the
/// label as speaker, in place of the frames it takes in. Unquoted, it runs to the paragraph's
/// end and takes in every frame there, the speech it reports included ("I think he is …" is
/// not a new speaker); a quote left open in it ends with it. Quoted (a mark right before the
/// label), it is read only where a frame opens at the label, whatever the quote rules made of
/// the marks (one quote over several paragraphs, or a colon introduction before it): it takes
/// in that frame and the quoted words with no cue of their own after the colon (a fragment
/// “…” the paragraph quotes), ends where they end and keeps their extents, so whether the
/// paragraphs read as one quote or one per label does not change; a quote left open passes
/// the label on.
pub(super) fn label_words(block: &Block, doc: &mut Doc, first: usize, np: &Np, colon: usize) {
    let tk = &block.tk;
    let quoted = tk.in_quote(0);
    let label_start = tk.span(np.start, np.end).start;
    let words = tk.span(colon + 1, tk.len());
    let opens_at_label = |f: &Frame| f.content.start <= label_start && f.content.end > words.start;
    let takes_in = |f: &Frame| {
        if quoted {
            opens_at_label(f) || f.cue.is_none() && f.content.start >= words.start
        } else {
            f.content.end > words.start && f.content.start < words.end
        }
    };
    if quoted && !doc.frames.get(first..).unwrap_or_default().iter().any(opens_at_label) {
        return;
    }
    let mut relabelled = None;
    // The frame's content and extent: an unquoted label's are its words.
    let mut merged: Option<(Range<usize>, Range<usize>)> = (!quoted).then(|| (words.clone(), words.clone()));
    let kept: Vec<Frame> = doc
        .frames
        .drain(first..)
        .filter_map(|f| {
            if !takes_in(&f) {
                return Some(f);
            }
            if quoted {
                if opens_at_label(&f) {
                    relabelled = Some(f.group);
                }
                let (content, extent) = merged.get_or_insert((words.start..f.content.end, f.extent.clone()));
                content.end = content.end.max(f.content.end);
                *extent = extent.start.min(f.extent.start)..extent.end.max(f.extent.end);
            }
            None
        })
        .collect();
    doc.frames.extend(kept);
    let speaker = Some(doc.people.resolve_label(tk, np));
    let group = doc.group();
    if let Some((content, extent)) = merged {
        doc.push(Frame {
            content,
            style: QuoteStyle::Direct,
            speaker: speaker.clone(),
            cue: None,
            via: None,
            extent,
            group,
        });
    }
    if !quoted {
        doc.open_quote = None;
    } else if let Some((open_group, open_speaker)) = doc.open_quote.as_mut().filter(|(g, _)| Some(*g) == relabelled) {
        *open_group = group;
        open_speaker.clone_from(&speaker);
    }
}
