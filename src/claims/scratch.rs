//! The buffers of the claim detector's sentence loop, kept from sentence to sentence and, on
//! one thread, from document to document: the pass allocates them once rather than per page.

use super::words::{self, Token};
use super::{lists, Cue};

/// The buffers of the sentence loop, kept from sentence to sentence so that judging one
/// allocates nothing.
pub(super) struct Scratch<'a> {
    /// Reads a sentence's tokens (off attribution's tokens of the text).
    pub tokenizer: words::SentenceTokenizer<'a>,
    /// The tokens of the sentence being judged (one buffer for every sentence).
    pub tokens: Vec<Token<'a>>,
    /// Their list hits.
    pub hits: lists::Hits,
    /// The next sentence, already tokenized and matched by [`super::handed_to_speaker`]: a
    /// claim's look at the sentence after it, which is judged next, so the work is done once.
    pub next: Option<Lookahead<'a>>,
    /// The buffers the next look-ahead fills (the ones of the sentence judged before).
    pub spare: Lookahead<'a>,
    /// The last sentence found to have a source (its figures may be carried on: `carried`).
    pub last_sourced: Option<usize>,
    /// The judged sentence's fact cues, the tokens of its listed adjectives and of its dates
    /// (kept from sentence to sentence: growing three vectors per sentence cost more than
    /// reading its cues).
    pub cues: Vec<Cue>,
    pub adjectives: Vec<usize>,
    pub dates: Vec<usize>,
    /// A title-case sentence's tokens read as lower case, and their list hits (kept: a new
    /// pair per headline grew five vectors, about 0.1 M instructions a pass over PolNeAR dev).
    pub uncased: (Vec<Token<'a>>, lists::Hits),
}

/// One sentence's tokens and list hits.
#[derive(Default)]
pub(super) struct Lookahead<'a> {
    /// The sentence's index.
    pub sentence: usize,
    /// Its tokens.
    pub tokens: Vec<Token<'a>>,
    /// The matches in them of the lists `lists` says.
    pub hits: lists::Hits,
    /// The lists whose every match `hits` holds (a bit per list, as [`lists::find_lists_into`]
    /// takes them): what judging the sentence reads of them.
    pub lists: u8,
    /// Whether the sentence belongs to a speaker ([`super::is_attributed`]), when the
    /// look-ahead asked (it does for a sentence outside a quote, the one judging asks about).
    pub attributed: Option<bool>,
}

/// Tokens of a long sentence of news text, which the token buffers start with.
const SENTENCE_TOKENS: usize = 64;
/// Hits of one list in a long sentence, which the hit buffers start with.
const SENTENCE_HITS: usize = 16;

/// The buffers of a document's [`Scratch`], empty, between documents (and the lowered text's):
/// sizing ten buffers per document was about a thousand allocations and frees a pass over
/// PolNeAR dev.
#[derive(Default)]
pub(super) struct Kept {
    /// The last document's lowered text ([`words::lowered_text_into`] fills it).
    pub lower: Vec<u8>,
    /// The last document's spans inside quote marks ([`super::quotes::quoted_spans_in`]).
    pub quoted: Vec<std::ops::Range<usize>>,
    /// Token and hit buffers of one sentence each (the judged one, the look-ahead's and the
    /// uncased one's).
    sentences: Vec<(Vec<Token<'static>>, lists::Hits)>,
    cues: Vec<Cue>,
    adjectives: Vec<usize>,
    dates: Vec<usize>,
}

crate::scratch::kept_on_thread!(Kept, shed: Kept::shed_excess);

impl Kept {
    /// Frees the buffers past `scratch::MAX_KEPT_BYTES` (the lowered text grows with a
    /// document, a sentence's tokens with the sentence): a huge file's room is not kept on the
    /// thread. A sentence's buffers so large are dropped whole.
    fn shed_excess(&mut self) {
        use crate::scratch::{heap_bytes, shed, MAX_KEPT_BYTES};
        shed(&mut self.lower);
        shed(&mut self.quoted);
        shed(&mut self.cues);
        shed(&mut self.adjectives);
        shed(&mut self.dates);
        self.sentences.retain(|(tokens, _)| heap_bytes(tokens) <= MAX_KEPT_BYTES);
    }

    /// One sentence's token and hit buffers: kept ones, else new ones sized for a long sentence.
    fn sentence<'a>(&mut self) -> (Vec<Token<'a>>, lists::Hits) {
        match self.sentences.pop() {
            Some((tokens, hits)) => (emptied(tokens), hits),
            None => (Vec::with_capacity(SENTENCE_TOKENS), lists::Hits::with_capacity(SENTENCE_HITS)),
        }
    }

    /// Keeps a sentence's token and hit buffers, emptied.
    fn keep_sentence(&mut self, tokens: Vec<Token<'_>>, mut hits: lists::Hits) {
        if tokens.capacity() == 0 {
            return;
        }
        hits.clear();
        self.sentences.push((emptied(tokens), hits));
    }
}

/// The vector `v` held, emptied (`v` is left without a buffer).
fn cleared<T>(v: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v
}

/// `v` emptied, as a buffer for the tokens of another text: collecting the emptied vector's
/// iterator into tokens of the same size reuses its allocation (the standard library collects
/// such an iterator in place), which no other safe conversion of the lifetime does.
#[allow(clippy::unnecessary_filter_map, reason = "a filter cannot change the tokens' lifetime")]
fn emptied<'b>(mut v: Vec<Token<'_>>) -> Vec<Token<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

impl<'a> Scratch<'a> {
    /// The buffers of a document's sentence loop: `kept`'s, else new ones sized for a long
    /// sentence, so that the document's first sentences do not grow them step by step (which
    /// cost more than judging a sentence).
    pub fn new(tokenizer: words::SentenceTokenizer<'a>, kept: &mut Kept) -> Self {
        let (tokens, hits) = kept.sentence();
        let (ahead_tokens, ahead_hits) = kept.sentence();
        let uncased = kept.sentence();
        Scratch {
            tokenizer,
            tokens,
            hits,
            next: None,
            spare: Lookahead { sentence: 0, tokens: ahead_tokens, hits: ahead_hits, lists: 0, attributed: None },
            last_sourced: None,
            cues: cleared(&mut kept.cues),
            adjectives: cleared(&mut kept.adjectives),
            dates: cleared(&mut kept.dates),
            uncased,
        }
    }

    /// Hands the buffers back to `kept`, emptied, for the next document.
    pub fn keep(self, kept: &mut Kept) {
        kept.keep_sentence(self.tokens, self.hits);
        kept.keep_sentence(self.spare.tokens, self.spare.hits);
        kept.keep_sentence(self.uncased.0, self.uncased.1);
        if let Some(next) = self.next {
            kept.keep_sentence(next.tokens, next.hits);
        }
        kept.cues = self.cues;
        kept.adjectives = self.adjectives;
        kept.dates = self.dates;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept token buffer keeps its allocation for the next text's tokens (else the keeping
    /// would save nothing).
    #[test]
    fn an_emptied_token_buffer_keeps_its_room() {
        let text = String::from("Critics say the plan failed.");
        let tokenized = words::Tokenized::new(&text);
        let tokens = tokenized.tokens();
        let mut buffer = Vec::with_capacity(SENTENCE_TOKENS);
        buffer.extend(tokens);
        let room = buffer.capacity();
        let mut reused: Vec<Token<'_>> = emptied(buffer);
        drop(tokenized);
        drop(text);
        let other = "A second text.";
        assert!(reused.is_empty());
        assert_eq!(reused.capacity(), room);
        let tokenized = words::Tokenized::new(other);
        reused.extend(tokenized.tokens());
        assert_eq!(reused.len(), 4);
    }
}
