//! One block's tokens with their word classes: the view every attribution step reads. The
//! verb list's phrases and the speech cues it finds when it is built are `cues.rs`'s.

use std::cell::Cell;
use std::ops::Range;

use super::tokens::{Family, Kind, Token};
use super::words::{class, is_listed, CueKind, Listed, ListedAs, Opener};
use crate::text::{ends_in_one_s, Lines};
pub(crate) use cues::Cue;
use cues::{first_phrase_start, PhraseHit};

mod cues;

/// A block's tokens, their word classes, and which tokens lie inside quote marks.
pub(crate) struct Toks<'a> {
    /// The joined text.
    pub text: &'a str,
    /// Which of the joined text's line breaks end a line (a wrapped paragraph's soft ones do
    /// not); every one when not set ([`Text::lines`](crate::text::Text::lines)).
    pub lines: Lines<'a>,
    /// The block's tokens.
    pub t: &'a [Token],
    /// Whether each token lies inside quoted words (or is a quote mark).
    pub quoted: Vec<bool>,
    /// The sentence number of each token (block-local).
    pub sent: Vec<u32>,
    /// For tokens that start a phrase of the verb list: the phrase found there (kept small:
    /// this array is as long as the block).
    phrase: Vec<Option<PhraseHit>>,
    /// The tokens where [`Toks::cue_at`] may find a cue (a phrase other than a tail starts
    /// there), in order: the walks over a sentence's cues visit these alone.
    cues: Vec<usize>,
    /// The cue found at each of `cues`' tokens (or none), worked out once for the block:
    /// [`Toks::cue_at`] is asked about the same token many times over.
    found: Vec<Option<Cue>>,
    /// Whether each token may be part of a name, as [`Toks::name_word`] was told (unknown
    /// until first asked): the speaker's walks ask it of the same word several times a block.
    name_words: Vec<Cell<Remembered>>,
}

/// A remembered yes-or-no answer about one token, or none yet.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Remembered {
    #[default]
    Unknown,
    No,
    Yes,
}

/// The per-token arrays of a [`Toks`], kept from block to block so that each block does
/// not allocate them afresh.
#[derive(Default)]
pub(crate) struct Buffers {
    quoted: Vec<bool>,
    sent: Vec<u32>,
    phrase: Vec<Option<PhraseHit>>,
    cues: Vec<usize>,
    found: Vec<Option<Cue>>,
    name_words: Vec<Cell<Remembered>>,
}

impl Buffers {
    /// Frees the arrays that hold more than a kept buffer may (`scratch::shed`): those a huge
    /// block grew.
    pub fn shed_excess(&mut self) {
        use crate::scratch::shed;
        shed(&mut self.quoted);
        shed(&mut self.sent);
        shed(&mut self.phrase);
        shed(&mut self.cues);
        shed(&mut self.found);
        shed(&mut self.name_words);
    }

    /// The heap bytes of the arrays, for the tests of their bound.
    #[cfg(test)]
    pub fn heap_bytes(&self) -> usize {
        use crate::scratch::heap_bytes as bytes;
        bytes(&self.quoted)
            + bytes(&self.sent)
            + bytes(&self.phrase)
            + bytes(&self.cues)
            + bytes(&self.found)
            + bytes(&self.name_words)
    }

    /// Makes room for blocks of up to `tokens` tokens (kept arrays may have it already).
    pub fn reserve(&mut self, tokens: usize) {
        self.quoted.clear();
        self.quoted.reserve(tokens);
        self.sent.clear();
        self.sent.reserve(tokens);
        self.phrase.clear();
        self.phrase.reserve(tokens);
    }
}

impl<'a> Toks<'a> {
    /// The view of a block's tokens (read and classified by `tokens::tokenize_with`).
    #[cfg(test)]
    pub fn new(text: &'a str, t: &'a [Token], sentences: &[Range<usize>]) -> Toks<'a> {
        Self::with_buffers(text, t, sentences, Buffers::default())
    }

    /// The view of a block's tokens, reusing `buffers`' memory: each token's sentence, and the
    /// verb phrases that start at its words.
    pub fn with_buffers(text: &'a str, t: &'a [Token], sentences: &[Range<usize>], buffers: Buffers) -> Toks<'a> {
        let Buffers { quoted, sent, phrase, cues, found, name_words } = buffers;
        let mut toks = Toks { text, lines: Lines::default(), t: &[], quoted, sent, phrase, cues, found, name_words };
        toks.read_block(t, sentences, (&mut Vec::new(), &mut Vec::new()));
        toks
    }

    /// Makes this the view of another block of the same text, `t`, its arrays refilled in
    /// place.
    // In place, not a new view a block: the view and the block around it are ~300 bytes, which
    // moving from block to block copied three times a block (~0.2 M instructions a pass over
    // PolNeAR dev).
    ///
    /// `sent_start` and `sent_end` are filled with each sentence's first token and the token
    /// past its last (`usize::MAX` and 0 for a sentence with none), as far as the last
    /// token's sentence: the runs the numbering finds, kept (found again from the numbers by
    /// a binary search a sentence, they cost ~0.15 M instructions a pass over PolNeAR dev).
    pub fn read_block(
        &mut self,
        t: &'a [Token],
        sentences: &[Range<usize>],
        (sent_start, sent_end): (&mut Vec<usize>, &mut Vec<usize>),
    ) {
        self.t = t;
        self.quoted.clear();
        self.quoted.resize(t.len(), false);
        // A token's sentence number counts the sentences that end at or before it. Sentences
        // and tokens are in text order, so each sentence's tokens are one run: found by a
        // binary search for the first token at or past its end, and filled at once (a
        // comparison per token with the current sentence's end cost ~10 instructions a token).
        // Numbered before the verb phrase look below, which reads a token's and the one
        // before's.
        let sent = &mut self.sent;
        sent.clear();
        sent_start.clear();
        sent_end.clear();
        let mut n = 0u32;
        let mut note_run = |from: usize, to: usize| {
            let (start, end) = if to > from { (from, to) } else { (usize::MAX, 0) };
            sent_start.push(start);
            sent_end.push(end);
        };
        for r in sentences {
            let from = sent.len();
            let run = t.get(from..).unwrap_or_default().partition_point(|tok| tok.start() < r.end);
            sent.resize(from + run, n);
            note_run(from, from + run);
            n += 1;
        }
        // Tokens past the last sentence's end are a sentence of their own.
        note_run(sent.len(), t.len());
        sent.resize(t.len(), n);
        // The sentences past the last token's hold none, and are not counted.
        let counted = sent.last().map_or(0, |&s| s as usize + 1);
        sent_start.truncate(counted);
        sent_end.truncate(counted);
        self.name_words.clear();
        self.name_words.resize(t.len(), Cell::default());
        // The phrases and cues are looked for with their arrays out of the view: the look
        // reads no phrase or cue found.
        let mut phrase = std::mem::take(&mut self.phrase);
        let mut cues = std::mem::take(&mut self.cues);
        let mut found = std::mem::take(&mut self.found);
        phrase.clear();
        phrase.resize(t.len(), None);
        cues.clear();
        // A verb phrase is looked for where a word's classes mark a phrase start (one word in
        // twenty): the next such word is found by a search of its own, whose loop keeps its
        // pointer in a register (a loop over all tokens around the look reloaded it, ~9
        // instructions a token).
        let mut i = 0;
        while let Some(skip) = t.get(i..).and_then(first_phrase_start) {
            i += skip;
            if let Some(hit) = phrase.get_mut(i) {
                *hit = self.find_phrase(i);
                if let Some(h) = hit.as_mut().filter(|h| h.kind != CueKind::Tail) {
                    h.slot = u32::try_from(cues.len()).unwrap_or(u32::MAX);
                    cues.push(i);
                }
            }
            i += 1;
        }
        self.phrase = phrase;
        // Each cue reads the phrases after it (its tails), so it is found once all are known.
        found.clear();
        found.extend(cues.iter().map(|&i| self.find_cue(i)));
        self.cues = cues;
        self.found = found;
    }

    /// Gives back the per-token arrays, kept for the next document.
    pub fn into_buffers(self) -> Buffers {
        Buffers {
            quoted: self.quoted,
            sent: self.sent,
            phrase: self.phrase,
            cues: self.cues,
            found: self.found,
            name_words: self.name_words,
        }
    }

    /// Whether token `i` may be part of a name: `work_out`'s answer, worked out the first time
    /// it is asked in the block and remembered for the block (`speaker::name_words::namey`
    /// gives it). `work_out` must read only the block's tokens, classes and sentences, never
    /// [`Toks::quoted`], which is filled after the view is built.
    pub fn name_word(&self, i: usize, work_out: impl FnOnce() -> bool) -> bool {
        let Some(slot) = self.name_words.get(i) else {
            return work_out();
        };
        match slot.get() {
            Remembered::Yes => true,
            Remembered::No => false,
            Remembered::Unknown => {
                let yes = work_out();
                slot.set(if yes { Remembered::Yes } else { Remembered::No });
                yes
            }
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// The text of token `i`.
    pub fn s(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.text.get(t.span())).unwrap_or("")
    }

    /// Whether token `i` ends in "-ed", the shape of a regular past tense or past participle
    /// ("called", "denied"), read by its letters alone: no list of verbs says which words are
    /// past forms, and "-ED" in an all-capitals headline is not read as one.
    pub fn past_shaped(&self, i: usize) -> bool {
        self.bytes(i).ends_with(b"ed")
    }

    /// The bytes of token `i`: [`Toks::s`]'s, without its test that the span starts and ends
    /// at characters (the tokenizer's spans do), for tests of ASCII endings.
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        self.t.get(i).and_then(|t| self.text.as_bytes().get(t.span())).unwrap_or_default()
    }

    /// Whether token `i` ends in a possessive "'s" or "’s" ("Trump's", "Sanders’s"). Not a
    /// pronoun's or a function word's "'s", which keeps its stem's class and is "is" or "has"
    /// ("He’s not saying …", "It's been reported …", "Here's why"): no possessive makes a
    /// phrase of the words after it.
    pub fn possessive_s(&self, i: usize) -> bool {
        crate::text::possessive_stem(self.s(i)).is_some() && !self.has(i, class::PRONOUN | class::FUNCTION)
    }

    /// Whether token `i` is a word of more than one run of letters and digits, joined by an
    /// apostrophe, hyphen, period or ampersand ("don't", "U.S."), or ends in an abbreviation's
    /// period ("Mr.").
    pub fn joined(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.joined())
    }

    /// Whether token `i` starts with a digit ("5", "1,000", "2016", "10th"): a number.
    pub fn numeric(&self, i: usize) -> bool {
        self.bytes(i).first().is_some_and(u8::is_ascii_digit)
    }

    /// Whether token `i` holds a lower-case letter ("Ruiz", not "NATO" or "9/11"): told from
    /// its bytes when one is an ASCII lower-case letter or all are ASCII, from its characters
    /// otherwise ("ÉLISE").
    pub fn has_lower(&self, i: usize) -> bool {
        has_lower(self.s(i))
    }

    /// Whether token `i` is a word.
    pub fn word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(Token::is_word)
    }

    /// Whether token `i` is a capitalised word (only a word has `cap` set: its kind is not
    /// tested again).
    pub fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap())
    }

    /// Whether the second byte of token `i` is an ASCII capital ("HOLD", "NATO"; not "Ruiz",
    /// "A.", "\u{c9}LISE"): with [`Toks::cap`], maybe a word in capitals, which a name seldom
    /// is. Read from the text after the token's start, with one bound checked rather than the
    /// word sliced (asked of nearly every name): the byte after a one-byte word is no letter,
    /// as the word ends there (within its block, or at the block separator).
    pub fn upper_second(&self, i: usize) -> bool {
        self.t.get(i).and_then(|t| self.text.as_bytes().get(t.start() + 1)).is_some_and(u8::is_ascii_uppercase)
    }

    /// Whether token `i` is a lower-case word in "-ing" ("calling", "adding"): a participle
    /// where a cue or a comma before it says so.
    pub fn lower_participle(&self, i: usize) -> bool {
        self.word(i) && !self.cap(i) && self.bytes(i).ends_with(b"ing")
    }

    /// Whether token `i` is the word "to" in any case ("to", "To", "TO"): the mark of an
    /// infinitive or a preposition, told apart where it is asked (no class bit is free for it).
    /// The places that read only a lower-case "to" add [`Toks::cap`].
    pub fn is_to(&self, i: usize) -> bool {
        self.word(i) && self.bytes(i).eq_ignore_ascii_case(b"to")
    }

    /// Whether token `i` has any of the classes in `flags`.
    pub fn has(&self, i: usize, flags: u32) -> bool {
        self.t.get(i).is_some_and(|t| t.cls & flags != 0)
    }

    /// Whether token `i` is a listed sentence opener (in any case): `None` when not, else what
    /// it does there ("What", "Most", "Nearly").
    pub fn opener(&self, i: usize) -> Option<Opener> {
        match self.t.get(i)?.listed_as {
            Some(ListedAs::Opener(o)) => Some(o),
            _ => None,
        }
    }

    /// Whether token `i` is a word naming a member or follower of a party or creed (list kind
    /// `member`, in any case: "Republican", "democrat").
    pub fn member(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.listed_as == Some(ListedAs::Member))
    }

    /// Whether token `i` is a church or honorary title (roles list kind `honorific`, in any
    /// case: "Cardinal", "sir").
    pub fn honorific(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.listed_as == Some(ListedAs::Honorific))
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Whether token `i` is a dash (hyphen, en, em or horizontal bar).
    pub fn dash(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| matches!(t.kind(), Kind::Punct('-' | '\u{2013}' | '\u{2014}' | '\u{2015}')))
    }

    /// Whether token `i` is a quote mark.
    pub fn mark(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| matches!(t.kind(), Kind::Mark(_)))
    }

    /// Whether white space (or the block edge) stands right before token `i`.
    pub fn space_before(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.space_before())
    }

    /// Whether white space (or the block edge) stands right after token `i`.
    pub fn space_after(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.space_after())
    }

    /// Whether token `i` is a word of one run of letters and digits, in no word list ("Cia",
    /// not "don't", "C.L." or "The").
    pub fn plain_unlisted(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.is_word() && !t.joined() && t.cls == 0 && t.listed_as.is_none())
    }

    /// Whether token `i` is a quote mark of the single family (‘ ’ ').
    pub fn single_mark(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind() == Kind::Mark(Family::Single))
    }

    /// Whether token `i` ends a sentence or clause hard.
    pub fn stop(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(Token::is_stop)
    }

    /// Whether token `i` ends a clause for certain: a stop followed by white space (a period
    /// inside "(D-Md.)" is not one).
    pub fn hard_stop(&self, i: usize) -> bool {
        self.stop(i) && self.t.get(i).is_some_and(|t| t.space_after())
    }

    /// Whether tokens `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.sent.get(a), self.sent.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// Whether the "that" at token `k` opens a reported clause rather than a relative one: its
    /// subject follows (a name, a pronoun, a determined noun, the quote itself: "that the plan
    /// is “…”"), not a verb. The one place that tells the two apart.
    pub fn opens_clause(&self, k: usize) -> bool {
        !self.opens_relative(k)
    }

    /// Whether the "that" at token `k` opens a relative clause: a verb follows it directly (an
    /// auxiliary, a form in -ed or -s, a verb of saying: "a bill that includes …", "a speech
    /// that called …"); a plain form agreeing with a plural noun before it ("rules that
    /// prohibit …", unless that noun is a cue's addressee: "told reporters that most …"); or a
    /// form with its object after it ("an address that spoke to …", "a law that bans the …").
    pub fn opens_relative(&self, k: usize) -> bool {
        let next = k + 1;
        if !self.word(next) || self.cap(next) || self.has(next, class::PRONOUN | class::DETERMINER | class::ARTICLE) {
            return false;
        }
        let w = self.bytes(next);
        if self.has(next, class::AUX) || self.past_shaped(next) || w.ends_with(b"s") || self.cue_at(next).is_some() {
            return true;
        }
        // A gerund ("that obtaining heroin is …") or a function word opens a subject.
        if w.ends_with(b"ing") || self.has(next, class::FUNCTION) {
            return false;
        }
        let plural_before = k > 0
            && self.unquoted_lower_word(k - 1)
            && !self.has(k - 1, class::FUNCTION)
            && ends_in_one_s(self.bytes(k - 1), 0, &[])
            && self.cue_at(k - 1).is_none()
            && !(k > 1 && self.cue_at(k - 2).is_some());
        let object_after = self.word(next + 1)
            && !self.in_quote(next + 1)
            && (self.has(next + 1, class::ARTICLE | class::DETERMINER | class::PRONOUN) || self.is_to(next + 1));
        plural_before || object_after
    }

    /// Whether token `i` is a plain lower-case word outside quoted words: one that may be a
    /// verb, a noun or a preposition of the sentence's own, where a capitalised word may be a
    /// name and quoted words are somebody's speech.
    pub fn unquoted_lower_word(&self, i: usize) -> bool {
        self.word(i) && !self.cap(i) && !self.in_quote(i)
    }

    /// Whether token `i` is a finite verb of the sentence's own that opens a predicate: a
    /// lower-case auxiliary outside quoted words ("has", "would") or a word of list kind
    /// `finite` ("could", "are", "did"). The one test of the reported-speech rules that look
    /// for the verb after a subject (`indirect/cut.rs`, `indirect/shapes.rs`) or for a clause
    /// already begun (`indirect/verb.rs`).
    #[inline]
    pub fn finite_aux(&self, i: usize) -> bool {
        self.unquoted_lower_word(i) && (self.has(i, class::AUX) || is_listed(Listed::Finite, self.s(i)))
    }

    /// Whether token `i` lies inside quoted words.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Byte span of tokens `a..b` (empty at `a` when `b <= a`).
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        let start = self.t.get(a).map(|t| t.start()).unwrap_or_else(|| self.t.last().map_or(0, |t| t.end()));
        if b <= a {
            return start..start;
        }
        let end = self.t.get(b - 1).map(|t| t.end()).unwrap_or(start);
        start..end.max(start)
    }

    /// The text of tokens `a..b`.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        self.text.get(self.span(a, b)).unwrap_or("")
    }
}

/// Whether `s` holds a lower-case letter: `s.chars().any(char::is_lowercase)`, told from the
/// bytes when one is an ASCII lower-case letter or all are ASCII (the characters are read only
/// for a word outside ASCII with no ASCII lower case, "ÉLISE").
pub(crate) fn has_lower(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_lowercase()) || !s.is_ascii() && s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tokens;

    /// The sentence runs the view's build keeps are those its token numbering holds: each
    /// sentence's first token and the token past its last (none: `usize::MAX` and 0), up to
    /// the last token's sentence, for every block of the bundled texts and a block whose last
    /// tokens lie past its last sentence.
    #[test]
    fn the_kept_sentence_runs_are_the_numberings() {
        let from_numbers = |sent: &[u32]| {
            let n = sent.last().map_or(0, |&s| s as usize + 1);
            let (mut starts, mut ends) = (vec![usize::MAX; n], vec![0; n]);
            for (i, &s) in sent.iter().enumerate() {
                starts[s as usize] = starts[s as usize].min(i);
                ends[s as usize] = i + 1;
            }
            (starts, ends)
        };
        let mut blocks = 0;
        for (_, body) in crate::bundled_texts::bundled_texts() {
            let text = crate::text::Text::new(&crate::Document::from_plain_text(&body));
            for range in &text.blocks {
                let mut t = Vec::new();
                tokens::tokenize(&text.joined, range.clone(), &mut t);
                let sentences: Vec<Range<usize>> =
                    text.sentences.iter().filter(|s| s.start >= range.start && s.end <= range.end).cloned().collect();
                let mut tk = Toks::new(&text.joined, &[], &[]);
                let (mut starts, mut ends) = (Vec::new(), Vec::new());
                tk.read_block(&t, &sentences, (&mut starts, &mut ends));
                assert_eq!((starts, ends), from_numbers(&tk.sent));
                blocks += 1;
            }
        }
        assert!(blocks > 10);
        let text = "One. Two. three words left";
        let mut t = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut t);
        let mut tk = Toks::new(text, &[], &[]);
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        tk.read_block(&t, &[0..4, 4..4, 5..9], (&mut starts, &mut ends));
        assert_eq!((starts, ends), (vec![0, usize::MAX, 2, 4], vec![2, 0, 4, 7]));
    }

    /// The byte test of a lower-case letter is the character test.
    #[test]
    fn has_lower_reads_as_the_characters_do() {
        for s in [
            "Ruiz",
            "NATO",
            "9/11",
            "",
            "\u{c9}LISE",
            "\u{c9}lise",
            "\u{e9}",
            "\u{c9}",
            "O'NEIL-D\u{ed}AZ",
            "A\u{2019}S",
        ] {
            assert_eq!(has_lower(s), s.chars().any(char::is_lowercase), "{s:?}");
        }
    }

    /// The byte read after a token's start is the word's own second byte, for words of every
    /// length and blocks joined as the analysed text joins them (a one-byte word may end one).
    #[test]
    fn upper_second_reads_the_word_s_second_letter() {
        let blocks = ["NATO and Ruiz met A", "BC I. \u{c9}LISE U.S. A-B \u{c9}", "X"];
        let text = blocks.join(crate::text::BLOCK_SEPARATOR);
        let mut toks = Vec::new();
        let mut start = 0;
        for block in blocks {
            tokens::tokenize(&text, start..start + block.len(), &mut toks);
            start += block.len() + crate::text::BLOCK_SEPARATOR.len();
        }
        let tk = Toks::new(&text, &toks, &[]);
        for i in 0..tk.len() {
            assert_eq!(tk.upper_second(i), tk.bytes(i).get(1).is_some_and(u8::is_ascii_uppercase), "{}", tk.s(i));
        }
        let upper: Vec<&str> = (0..tk.len()).filter(|&i| tk.upper_second(i)).map(|i| tk.s(i)).collect();
        assert_eq!(upper, ["NATO", "BC"]);
        assert!(!tk.upper_second(tk.len()));
    }

    /// Whether a token may be part of a name is worked out once and then remembered, within
    /// its view alone; past the last token it is worked out each time.
    #[test]
    fn a_name_word_is_worked_out_once_a_block() {
        let text = "Ana Ruiz said so.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let asks = Cell::new(0);
        let ask = |yes: bool| {
            asks.set(asks.get() + 1);
            yes
        };
        let tk = Toks::new(text, &toks, &[]);
        assert!(tk.name_word(1, || ask(true)));
        assert!(tk.name_word(1, || ask(false)), "remembered, not asked again");
        assert!(!tk.name_word(0, || ask(false)));
        assert!(!tk.name_word(0, || ask(true)));
        assert_eq!(asks.get(), 2);
        assert!(tk.name_word(tk.len(), || ask(true)));
        assert!(!tk.name_word(tk.len(), || ask(false)), "past the end: asked each time");
        assert_eq!(asks.get(), 4);
        // The next block's view, built on the same buffers, has forgotten.
        let next = Toks::with_buffers(text, &toks, &[], tk.into_buffers());
        assert!(!next.name_word(1, || ask(false)));
        assert_eq!(asks.get(), 5);
    }

    /// A token is past-shaped by its lower-case "-ed" ending alone; past the end, no token is.
    #[test]
    fn past_shaped_reads_the_ed_ending() {
        let text = "Ana Ruiz called, denied and REPORTED it; the bed is red, the plan ends.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let past: Vec<&str> = (0..tk.len()).filter(|&i| tk.past_shaped(i)).map(|i| tk.s(i)).collect();
        assert_eq!(past, ["called", "denied", "bed", "red"]);
        assert!(!tk.past_shaped(tk.len()));
    }
}
