//! Quotes and their attribution frames: quote content, speaker, cue and relaying outlet.
//!
//! Input: the joined [`Text`]. Output: one [`Frame`] per quote segment, in text order, with
//! spans in joined-text byte offsets. The voice map, claims, loaded wording and sources are
//! all built from these frames.
//!
//! Each block is read once: tokens ([`tokens`]), quote marks paired ([`marks`]), quotes tied
//! to a speech cue next to them ([`direct`]), reported speech found from cues
//! ([`indirect`]), then quotes left without a cue are continued, kept or dropped as scare
//! quotes ([`leftover`]); a cue-less quoted phrase that a subordinate clause holding a cue runs
//! on from is joined to that clause's report ([`subordinate`]). Speakers come from
//! [`speaker`]; every look-around is bounded.

mod direct;
mod indirect;
mod leftover;
mod marks;
mod mentions;
mod people;
mod scratch;
mod speaker;
mod subordinate;
#[cfg(test)]
mod test_quotes;
mod tokens;
mod transcript;
mod view;
mod words;

use std::ops::Range;

use crate::document::BlockKind;
use crate::report::QuoteStyle;
use crate::scratch::KeptOnThread;
use crate::text::Text;

pub(crate) use indirect::idioms::stands_in_idiom;
pub(crate) use tokens::{word_runs, Kind as TokenKind, Token, MAX_TOKENIZED_BYTES};
pub(crate) use words::is_grammar_word;

use people::People;
use scratch::Kept;
use speaker::Np;
use view::{Cue, Toks};

/// Who a quote is attributed to, as found in the text.
#[derive(Debug, PartialEq, Eq)]
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

impl Clone for SpeakerRef {
    fn clone(&self) -> Self {
        SpeakerRef {
            name: self.name.clone(),
            description: self.description.clone(),
            span: self.span.clone(),
            anonymous: self.anonymous,
        }
    }

    /// Field by field, into the strings `self` already holds (the derived `clone_from`
    /// allocates new ones): the latest speakers are copied over at every quote.
    fn clone_from(&mut self, source: &Self) {
        self.name.clone_from(&source.name);
        self.description.clone_from(&source.description);
        self.span.clone_from(&source.span);
        self.anonymous = source.anonymous;
    }
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

/// The frames that name a speaker, in order: each one's index, the frame, its speaker, and
/// whether that speaker has the name of the one before (frames with no speaker passed over).
/// A speaker quoted again at once is the usual run of quotes: the loops that answer a
/// question of the name alone (`mentions::link`'s look-up of the name a mention stands for,
/// `sources::collect`'s source of a name) keep the answer they found for the run's first.
pub(crate) fn speakers_in_runs(frames: &[Frame]) -> impl Iterator<Item = (usize, &Frame, &SpeakerRef, bool)> {
    let mut before: Option<&SpeakerRef> = None;
    frames.iter().enumerate().filter_map(move |(i, frame)| {
        let speaker = frame.speaker.as_ref()?;
        let again = before.is_some_and(|b| b.name == speaker.name);
        before = Some(speaker);
        Some((i, frame, speaker, again))
    })
}

/// What one block's passes share.
pub(crate) struct Block<'a> {
    /// The block's tokens and classes.
    pub tk: Toks<'a>,
    /// The paired quote marks.
    pub pairs: Vec<marks::Pair>,
    /// Per pair: already turned into a frame (or absorbed by one).
    pub taken: Vec<bool>,
    /// Per token: a cue verb already used by a frame.
    pub used_cue: Vec<bool>,
    /// First token of each sentence (block-local sentence numbers).
    pub sent_start: Vec<usize>,
    /// One past the last token of each sentence.
    pub sent_end: Vec<usize>,
    /// Whether the block is a list item (a reference list's entries cite titles in marks).
    pub list_item: bool,
}

impl Block<'_> {
    /// First token of the sentence holding token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        let s = self.tk.sent.get(i).copied().unwrap_or(0) as usize;
        self.sent_start.get(s).copied().unwrap_or(0)
    }

    /// One past the last token of the sentence holding token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        let s = self.tk.sent.get(i).copied().unwrap_or(0) as usize;
        self.sent_end.get(s).copied().unwrap_or(self.tk.len())
    }

    /// The speaker phrase of the nearest cue used earlier in the sentence (from `a`), for a
    /// participle that continues it ("…,” he said, adding that …"). Only the words outside
    /// quote marks count towards the look-back, so a long quote between the sentence's start
    /// and its cue does not hide the cue ("“… forty words …,” she said, adding, “…”").
    pub fn speaker_np_before(&self, at: usize, a: usize) -> Option<Np> {
        let tk = &self.tk;
        let outside = |&k: &usize| !tk.in_quote(k) && !tk.mark(k);
        let v = (a..at).rev().filter(outside).take(40).find(|&k| self.used_cue.get(k).copied().unwrap_or(false))?;
        let cue = self.tk.cue_at(v)?;
        // "“…,” said Ruiz, adding …": a speaker after the cue only where the cue stands inverted
        // after a quote or a comma; "UK and France condemned Russia’s intervention, stating …"
        // names the cue's object there, not its speaker.
        let inverted = cue.start <= a || tk.punct(cue.start - 1, ',') || tk.mark(cue.start - 1);
        speaker::before(tk, cue.start, a).or_else(|| inverted.then(|| speaker::after(tk, cue.end, at)).flatten())
    }

    /// Byte span of a pair's quoted words.
    pub fn pair_content(&self, p: &marks::Pair) -> Range<usize> {
        let start = self.tk.t.get(p.open).map_or(0, |t| t.end());
        let end = match self.tk.t.get(p.stop) {
            Some(t) => t.start(),
            None => self.tk.t.last().map_or(start, |t| t.end()),
        };
        start..end.max(start)
    }
}

/// State carried across blocks.
pub(crate) struct Doc {
    /// Named people, for pronouns and surnames.
    pub people: People,
    /// The next group number.
    pub next_group: usize,
    /// Frames found so far.
    pub frames: Vec<Frame>,
    /// The group of a quote left open at the end of the previous block, with its speaker.
    pub open_quote: Option<(usize, Option<SpeakerRef>)>,
    /// Index of the block being read.
    pub block: usize,
    /// A block ending "… X said:" names the speaker of the quote that opens the next block.
    pub intro: Option<(usize, SpeakerRef)>,
    /// The last frame of the last block that had frames (its index in `frames`: the frames of
    /// a block already read no longer change), with that block's index.
    pub prev_block_last: Option<(usize, usize)>,
    /// Whether the document is an interview transcript ("PENCE: …" paragraphs).
    pub transcript: bool,
    /// Whether an earlier block quoted with double marks: where speech is in double marks, a
    /// paragraph that is one short phrase in single marks is a subheading.
    pub double_quotes: bool,
}

impl Doc {
    /// A fresh group number.
    pub fn group(&mut self) -> usize {
        self.next_group += 1;
        self.next_group - 1
    }

    /// Adds a frame, noting the name it is relayed through ([`Doc::note_via`]).
    // Inlined, as before the note: called out of line, the frame's move cost ~0.04 M
    // instructions a pass (PolNeAR dev, callgrind).
    #[inline]
    pub fn push(&mut self, frame: Frame) {
        if let Some(via) = &frame.via {
            self.note_via(via);
        }
        self.frames.push(frame);
    }

    /// Notes a name a frame is relayed through ("“…,” X told CNN", "…, according to the New
    /// York Times") in `People`: no speaker, but a later "the Times" is the paper named. Only
    /// a name, every word capitalised: "Fox News anchor Megyn Kelly" is no full name of a
    /// "Kelly". Out of line: few frames are relayed.
    #[inline(never)]
    fn note_via(&mut self, via: &str) {
        if via.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
            self.people.note_relay_source(via);
        }
    }
}

/// Builds a speaker from a mention (resolving names), or `None` (also for a subject that
/// could not be read).
pub(crate) fn speaker_of(doc: &mut Doc, tk: &Toks, np: Option<&Np>) -> Option<SpeakerRef> {
    let np = np.filter(|np| !np.unread)?;
    // "Just" read alone stands for the count it begins ("Just over a quarter say").
    match speaker::degree_phrase(tk, np) {
        Some(count) => Some(doc.people.resolve(tk, &count)),
        None => Some(doc.people.resolve(tk, np)),
    }
}

/// The smallest span covering all of `spans` (empty ones ignored).
pub(crate) fn cover(spans: &[Option<Range<usize>>]) -> Range<usize> {
    let mut out: Option<Range<usize>> = None;
    for s in spans.iter().flatten() {
        out = Some(match out {
            None => s.clone(),
            Some(o) => o.start.min(s.start)..o.end.max(s.end),
        });
    }
    out.unwrap_or(0..0)
}

/// The byte span of a cue.
pub(crate) fn cue_span(tk: &Toks, cue: &Cue) -> Range<usize> {
    tk.span(cue.start, cue.clause_start())
}

/// Finds every quote in the text with its attribution.
#[cfg(test)]
pub(crate) fn find(text: &Text) -> Vec<Frame> {
    find_with_tokens(text).0
}

/// Finds every quote in the text with its attribution; also gives the tokens of all blocks,
/// in order (loaded wording takes its words from them: see [`word_runs`]).
#[cfg(test)]
pub(crate) fn find_with_tokens(text: &Text) -> (Vec<Frame>, Vec<Token>) {
    find_reusing(text, Vec::new(), Vec::new())
}

/// Finds every quote in the text with its attribution, and gives the tokens of all blocks in
/// order (loaded wording takes its words from them: see [`word_runs`]), read into `toks`
/// (emptied first): an earlier document's, kept on the thread so that a pass does not
/// allocate them per document. The frames are pushed to `frames` (emptied first) for the same
/// reason.
pub(crate) fn find_reusing(text: &Text, mut toks: Vec<Token>, mut frames: Vec<Frame>) -> (Vec<Frame>, Vec<Token>) {
    // Per-block arrays (and the mentions' buffers), reused from block to block and kept on
    // the thread for the next document.
    let Kept {
        mut buffers,
        sent_start,
        sent_end,
        mut used_cue,
        pairs,
        taken,
        mut mark_tokens,
        people,
        mut block_tokens,
        mut lower,
    } = Kept::take();
    let mut doc = Doc {
        people: People::with_spare(people),
        next_group: 0,
        frames: {
            frames.clear();
            frames
        },
        open_quote: None,
        block: 0,
        prev_block_last: None,
        intro: None,
        transcript: transcript::is_transcript(text),
        double_quotes: false,
    };
    // All blocks are tokenized first, so that the per-token arrays below are sized once for
    // the longest block (grown block by block, they were reallocated dozens of times per
    // document). News text has a token about every five bytes.
    toks.clear();
    toks.reserve(text.joined.len() / 4);
    tokens::tokenize_blocks(&text.joined, &text.blocks, &mut toks, &mut block_tokens, &mut lower);
    let most = block_tokens.iter().map(ExactSizeIterator::len).max().unwrap_or(0);
    let mut si = 0;
    buffers.reserve(most);
    used_cue.clear();
    used_cue.reserve(most);
    let all_tokens: &[Token] = &toks;
    // One block value for the document, refilled block by block in place (`Toks::read_block`):
    // built anew each block, its ~300 bytes were copied three times a block.
    let mut tk = Toks::with_buffers(&text.joined, &[], &[], buffers);
    tk.lines = text.lines();
    let mut block = Block { taken, pairs, tk, used_cue, sent_start, sent_end, list_item: false };
    for (b, (range, block_tokens)) in text.blocks.iter().zip(&block_tokens).enumerate() {
        doc.block = b;
        // A photo caption stands between a quote and its cue or speaker on the page, not in the
        // story: what one block hands the next passes it by (see `pass_over_caption`).
        let caption = text.kinds.get(b) == Some(&BlockKind::Caption);
        let carried = caption.then(|| (doc.open_quote.clone(), doc.intro.clone(), doc.prev_block_last));
        let toks = all_tokens.get(block_tokens.clone()).unwrap_or_default();
        let s0 = si;
        while si < text.sentences.len() && text.sentences[si].start < range.end {
            si += 1;
        }
        let sentences = text.sentences.get(s0..si).unwrap_or(&[]);
        block.tk.read_block(toks, sentences, (&mut block.sent_start, &mut block.sent_end));
        let Block { tk, pairs, taken, used_cue, list_item, .. } = &mut block;
        marks::mark_tokens_into(tk.t, &mut mark_tokens);
        marks::pair_into(&text.joined, text.lines(), tk.t, &mark_tokens, pairs);
        // Marcia "Cia" Price: a nickname's marks set off part of a name, not quoted words.
        pairs.retain(|p| p.close.is_none_or(|c| speaker::nickname_close(tk, p.open) != Some(c)));
        for p in pairs.iter() {
            let end = p.close.map_or(p.stop, |c| c + 1).min(tk.quoted.len());
            for q in tk.quoted.get_mut(p.open..end).into_iter().flatten() {
                *q = true;
            }
        }
        let n = tk.len();
        used_cue.clear();
        used_cue.resize(n, false);
        *list_item = text.kinds.get(b) == Some(&BlockKind::ListItem);
        taken.clear();
        taken.resize(pairs.len(), false);
        let first = doc.frames.len();
        doc.people.start_block();
        doc.people.note_subjects(&block.tk, &block.sent_start, &block.sent_end);
        direct::attach(&mut block, &mut doc);
        indirect::find(&mut block, &mut doc, text.kinds.get(b) == Some(&BlockKind::Headline));
        leftover::resolve(&mut block, &mut doc, first);
        doc.people.end_block(&block.tk, all_tokens, &mut doc.frames[first..]);
        if let Some((g, sp)) = doc.open_quote.as_mut() {
            if let Some(f) = doc.frames[first..].iter().rev().find(|f| f.group == *g) {
                sp.clone_from(&f.speaker);
            }
        }
        doc.intro = leftover::intro(&block, &mut doc).map(|s| (b, s));
        crate::sort::by_key(&mut doc.frames[first..], |f| (f.content.start, f.content.end));
        subordinate::join_run_on_phrases(&mut doc.frames, first, &block.tk);
        if doc.frames.len() > first {
            doc.prev_block_last = Some((b, doc.frames.len() - 1));
        }
        if let Some(carried) = carried {
            pass_over_caption(&mut doc, b, carried);
        }
    }
    let Block { tk, pairs, taken, used_cue, sent_start, sent_end, .. } = block;
    let buffers = tk.into_buffers();
    // A document of two blocks or more opens with its headline.
    let headline_end = if text.blocks.len() > 1 { text.blocks.first().map_or(0, |b| b.end) } else { 0 };
    mentions::link(&mut doc.frames, &text.joined, headline_end);
    share_descriptions(&mut doc.frames);
    let people = doc.people.into_spare();
    Kept { buffers, sent_start, sent_end, used_cue, pairs, taken, mark_tokens, people, block_tokens, lower }.put_back();
    (doc.frames, toks)
}

/// What the block before caption `b` handed on (a quote left open, a "… X said:" intro, its
/// last frame) is handed on past the caption, as if the caption's block were that block.
fn pass_over_caption(doc: &mut Doc, b: usize, carried: Carried) {
    let (open_quote, intro, prev_block_last) = carried;
    doc.open_quote = open_quote;
    doc.intro = intro.filter(|(i, _)| i + 1 == b).map(|(_, s)| (b, s));
    if let Some((i, frame)) = prev_block_last {
        doc.prev_block_last = Some((if i + 1 == b { b } else { i }, frame));
    }
}

/// What one block hands the next: [`Doc::open_quote`], [`Doc::intro`], [`Doc::prev_block_last`].
type Carried = (Option<(usize, Option<SpeakerRef>)>, Option<(usize, SpeakerRef)>, Option<(usize, usize)>);

/// Gives every mention of a named person the description the document gives that person
/// first ("Water Minister" for a later "Mensah said"), as the sources list does, so that each
/// quote carries it.
fn share_descriptions(frames: &mut [Frame]) {
    // By name, the frame that first describes that person: names and descriptions are
    // borrowed, and a description is copied only into the frames that take it.
    let mut described: crate::wordmap::PageMap<&str, usize> = Default::default();
    for (i, f) in frames.iter().enumerate() {
        if let Some(sp) = f.speaker.as_ref().filter(|sp| !sp.anonymous && sp.description.is_some()) {
            described.entry(sp.name.as_str()).or_insert(i);
        }
    }
    let takes: Vec<(usize, usize)> = frames
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let sp = f.speaker.as_ref().filter(|sp| sp.description.is_none() && !sp.anonymous)?;
            Some((i, *described.get(sp.name.as_str())?))
        })
        .collect();
    for (i, from) in takes {
        let description = frames[from].speaker.as_ref().and_then(|sp| sp.description.clone());
        if let Some(sp) = frames[i].speaker.as_mut() {
            sp.description = description;
        }
    }
}

#[cfg(test)]
mod tests;
