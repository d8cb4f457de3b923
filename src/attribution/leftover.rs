//! Quotes with no cue beside them: continuations of an attributed quote (the next sentence or
//! paragraph, a multi-paragraph quote), fragments of an attributed sentence, quotes with no
//! findable speaker, and what is not speech at all (scare quotes, titles).

use super::speaker::{self, Np};
use super::view::Cue;
use super::words::{class, CueKind};
use super::{cover, Block, Doc, Frame, SpeakerRef};
use crate::report::QuoteStyle;

/// Quoted fragments of at most this many words, with no cue, are scare quotes or names.
const MAX_SCARE_WORDS: usize = 4;

/// The speaker and group of the nearest frame before byte `at`: in this block (frames from
/// `first` on) or else the last one of the previous block.
fn previous(doc: &Doc, first: usize, at: usize) -> Option<(Option<SpeakerRef>, usize, usize)> {
    let here = doc.frames[first..].iter().filter(|f| f.content.start < at).max_by_key(|f| f.content.start);
    if let Some(f) = here {
        return Some((f.speaker.clone(), f.group, f.content.end));
    }
    let (block, frame) = doc.prev_block_last.as_ref()?;
    (*block + 1 == doc.block).then(|| (frame.speaker.clone(), frame.group, frame.content.end))
}

/// Resolves the quotes no cue claimed.
pub(crate) fn resolve(block: &mut Block, doc: &mut Doc, first: usize) {
    let n = block.pairs.len();
    for i in 0..n {
        if block.taken[i] {
            continue;
        }
        let p = block.pairs[i].clone();
        let content = block.pair_content(&p);
        let tk = &block.tk;
        let words = (p.open + 1..p.stop.min(tk.len())).filter(|&k| tk.word(k)).count();
        if words == 0 {
            continue;
        }
        let outer = tk.span(p.open, p.close.map_or(p.stop, |c| c + 1));
        // A multi-paragraph quote: this block opens with a mark while the last one was open.
        if p.open == 0 {
            if let Some((group, speaker)) = doc.open_quote.take() {
                block.taken[i] = true;
                let extent = outer.clone();
                doc.push(Frame { content, style: QuoteStyle::Direct, speaker, cue: None, via: None, extent, group });
                continue;
            }
        }
        let sentence_start = block.sentence_start(p.open);
        let starts_sentence = p.open == sentence_start || (p.open > 0 && tk.stop(p.open - 1));
        let first_word_cap = tk.cap(p.open + 1);
        let prev = previous(doc, first, content.start);
        if starts_sentence && (first_word_cap || words > MAX_SCARE_WORDS) {
            // A quoted sentence: it continues the speaker just quoted, if any.
            let speaker = match &prev {
                Some((Some(s), _, _)) => Some(s.clone()),
                _ => None,
            };
            let group = doc.group();
            block.taken[i] = true;
            doc.push(Frame { content, style: QuoteStyle::Direct, speaker, cue: None, via: None, extent: outer, group });
            continue;
        }
        // A fragment inside a sentence that already has an attributed frame is that
        // speaker's words ("… as he pushed for coordination so as to “get better results.”").
        let same_sentence = doc.frames[first..].iter().find(|f| {
            f.speaker.is_some() && block.tk.same_sentence(p.open, token_at(block, f.extent.start))
        });
        if let Some(f) = same_sentence {
            let speaker = f.speaker.clone();
            let group = doc.group();
            block.taken[i] = true;
            doc.push(Frame { content, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent: outer, group });
            continue;
        }
        // A fragment after a cue in its sentence: "Smith called the plan “a disaster.”"
        if let Some((cue, np)) = cue_before(block, p.open) {
            let tk = &block.tk;
            let speaker = np.as_ref().map(|np| doc.people.resolve(tk, np));
            let cue_bytes = tk.span(cue.start, cue.end);
            // The clause runs from the cue (or a "that" after it) to the sentence's end, and
            // takes in any further quoted fragments.
            let that = (cue.end..p.open).find(|&k| tk.has(k, class::COMPLEMENTIZER));
            let start = that.unwrap_or(cue.end);
            let mut end = block.sentence_end(p.open);
            while end > p.open + 1 && (tk.stop(end - 1) || tk.punct(end - 1, ',')) {
                end -= 1;
            }
            let end = end.max(p.close.map_or(p.stop, |c| c + 1));
            for (j, q) in block.pairs.iter().enumerate() {
                if q.open > p.open && q.open < end {
                    block.taken[j] = true;
                }
            }
            let content = tk.span(start, end);
            let np_span = np.as_ref().map(|np| tk.span(np.start, np.end));
            let extent = cover(&[Some(content.clone()), Some(cue_bytes.clone()), np_span]);
            let group = doc.group();
            block.taken[i] = true;
            block.used_cue[cue.verb] = true;
            doc.push(Frame { content, style: QuoteStyle::Mixed, speaker, cue: Some(cue_bytes), via: None, extent, group });
            continue;
        }
        if words <= MAX_SCARE_WORDS || title_case(block, p.open + 1, p.stop) {
            continue;
        }
        let group = doc.group();
        block.taken[i] = true;
        doc.push(Frame { content, style: QuoteStyle::Direct, speaker: None, cue: None, via: None, extent: cover(&[Some(outer)]), group });
    }
    // A quote left open at the block's end may continue in the next block.
    doc.open_quote = None;
    if let Some(p) = block.pairs.last() {
        if p.close.is_none() && p.stop >= block.tk.len() {
            let start = block.pair_content(p).start;
            if let Some(f) = doc.frames[first..].iter().find(|f| f.content.start == start) {
                doc.open_quote = Some((f.group, f.speaker.clone()));
            }
        }
    }
}

/// How far back (in tokens) a fragment looks for its cue.
const MAX_CUE_BACK: usize = 30;

/// The nearest unused cue before token `open` in its sentence, with its speaker.
fn cue_before(block: &Block, open: usize) -> Option<(Cue, Option<Np>)> {
    let tk = &block.tk;
    let lower = block.sentence_start(open).max(open.saturating_sub(MAX_CUE_BACK));
    let mut v = open;
    while v > lower {
        v -= 1;
        if tk.in_quote(v) || block.used_cue[v] || !tk.has(v, class::PHRASE_START) {
            continue;
        }
        let Some(cue) = tk.cue_at(v) else { continue };
        if matches!(cue.kind, CueKind::Tail | CueKind::According) || cue.end > open {
            continue;
        }
        let np = speaker::before(tk, cue.start, block.sentence_start(open));
        return Some((cue, np));
    }
    None
}

/// The token holding byte `at` (binary search; tokens are in order).
fn token_at(block: &Block, at: usize) -> usize {
    block.tk.t.partition_point(|t| t.span.end <= at)
}

/// Whether every word in tokens `a..b` starts with a capital (a title: “The Art of the Deal”
/// has lower-case short words, which are allowed).
fn title_case(block: &Block, a: usize, b: usize) -> bool {
    let tk = &block.tk;
    let mut any = false;
    for k in a..b.min(tk.len()) {
        if tk.word(k) {
            let short = tk.s(k).len() <= 3;
            if !tk.cap(k) && !short {
                return false;
            }
            any |= tk.cap(k);
        }
    }
    any
}
