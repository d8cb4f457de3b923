//! A document a sentence opens with is its source: "In a CNN poll released Monday, 50
//! percent chose Clinton". Only in a
//! sentence with no cue of its own (a cue makes the document a medium: "In a statement, Smith
//! said …"). A video shows rather than says: "In the video, he grabs her arm" describes what it
//! shows, in the outlet's voice.

use crate::attribution::speaker::Np;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, CueKind, Listed};
use crate::attribution::Block;

/// The longest document phrase read ("in a New York Times/CBS News survey released Monday").
const MAX_PHRASE: usize = 14;
/// How many tokens of a sentence are searched for a cue of its own.
const MAX_CUE_SCAN: usize = 200;

/// A reported clause with the document phrase as its source and the preposition as its cue.
pub(super) struct DocumentFrame {
    pub content: (usize, usize),
    pub np: Np,
    pub cue: Cue,
}

/// Whether `a..e` is a phrase headed by a document noun that can report (not one that only shows,
/// [`shows_only`]): words only, none of them a cue.
fn document_phrase(tk: &Toks, a: usize, e: usize) -> bool {
    e > a
        && e - a <= MAX_PHRASE
        && (a..e).any(|k| tk.has(k, class::DOCUMENT) && !shows_only(tk.s(k)))
        && (a..e).all(|k| {
            !tk.stop(k)
                && !tk.mark(k)
                && !tk.punct(k, ',')
                && !tk.has(k, class::PHRASE_START | class::RELATIVE | class::COMPLEMENTIZER | class::PRONOUN)
        })
}

/// Whether the document noun `word` (or its singular) names what is seen, a video, which is also a
/// transcript's stage word (list kind `stage`): what a sentence it opens says happens in the
/// video, not what anyone says ("In the video, he grabs her arm").
fn shows_only(word: &str) -> bool {
    is_listed(Listed::Stage, word) || word.strip_suffix('s').is_some_and(|w| is_listed(Listed::Stage, w))
}

/// The document frame of the sentence `a..b` (`end` its words' end) that opens it.
pub(super) fn find(
    block: &Block,
    a: usize,
    b: usize,
    end: usize,
    min_clause: impl Fn(usize, usize) -> bool,
) -> Option<DocumentFrame> {
    let tk = &block.tk;
    // Opening: "In a CNN poll released Monday, …". The first word first: few sentences open
    // with a preposition, and the search for a cue of its own runs over the whole sentence.
    if !tk.word(a) || !tk.has(a, class::TAILPREP) {
        return None;
    }
    let has_cue = (a..b.min(a + MAX_CUE_SCAN))
        .any(|k| block.used_cue[k] || (!tk.in_quote(k) && tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some()));
    if has_cue {
        return None;
    }
    let cue_at = |p: usize| Cue { start: p, verb: p, end: p + 1, kind: CueKind::According, opens: false };
    if let Some(c) = (a + 1..end.min(a + 2 + MAX_PHRASE)).find(|&c| tk.punct(c, ',')) {
        // Quoted words after it are someone's, whom the quote rules find.
        let quoted = (c + 1..end.min(c + 1 + MAX_CUE_SCAN)).any(|k| tk.mark(k));
        if !quoted && document_phrase(tk, a + 1, c) && min_clause(c + 1, end) {
            return Some(DocumentFrame {
                content: (c + 1, end),
                np: Np { start: a + 1, end: c, ..Np::default() },
                cue: cue_at(a),
            });
        }
    }
    // A document closing the sentence is mostly a poll standing ("trails in the polls"),
    // which reports nothing: tried, it missed gold as often as it hit it.
    None
}
