//! The lone-name rule of [`People`]: a "he" or "she" that no named person stands before, in a
//! document that has written one person's full name and no other ("If the candidate is
//! Donald Trump, the answer is no. He steadfastly refuses …"), is that person. The name may
//! be an object, a predicate or a possessive, where no speaker or subject is noted; with two
//! full names before the pronoun, nothing tells which one it is, and it stays bare.
//!
//! The names are read off the document's tokens (their capitals and word classes) only when a
//! pronoun asks, up to it, with the quoted state each block kept while no person was named.

use std::ops::Range;

use super::People;
use crate::attribution::tokens::Token;
use crate::attribution::view::{has_lower, Toks};
use crate::attribution::words::{class, WORDS_TABLE};
use crate::attribution::{Frame, SpeakerRef};
use crate::text::{possessive_stem, Lines};

/// What the document's tokens before the current pronoun name: read once, from where the last
/// read stopped, so that a page of many pronouns stays linear.
#[derive(Default)]
pub(super) struct LoneName {
    /// The document's first token not read yet.
    read_to: usize,
    /// Whether each token of the blocks ended so far lies inside quoted words (the blocks'
    /// [`Toks::quoted`], kept while no person is named: the names are read only when a
    /// pronoun asks, after its block's view is gone).
    quoted: Vec<bool>,
    /// The byte up to which the line breaks have been counted (in the joined text).
    lines_to: usize,
    /// The one full name read so far: the byte spans of its two words in the joined text.
    name: Option<(Range<usize>, Range<usize>)>,
    /// Whether a second, different full name has been read: the rule is off for the rest of
    /// the document (later text only adds names).
    several: bool,
    /// Whether the current line holds a run of three or more capitalised words.
    long_line: bool,
    /// The full names of the current line (their words' spans), counted once it is known not
    /// to be title case.
    pending: Vec<(Range<usize>, Range<usize>)>,
    /// Line breaks read since the one name was last written (its line's own break included).
    breaks_since: usize,
    /// The run of capitalised words being read: its first token, one past its last (in the
    /// document's tokens), and whether it is excluded (an article comes right before it, or
    /// it is quoted).
    run: Option<(usize, usize, bool)>,
    /// The buffer of [`People::name_lone_pronouns`]'s pronouns in text order.
    order: Vec<Range<usize>>,
    /// Whether the text writes the one name's surname alone too ("Trump" after "Donald
    /// Trump"), asked once: [`surname_alone`].
    surname_alone: Option<bool>,
}

impl People {
    /// Keeps the ending block's quoted state and names its lone pronouns: called for each
    /// block while no person is named before it. Out of line, as the rare case it is (see
    /// [`People::end_bare_block`] for why).
    #[inline(never)]
    pub(super) fn lone_block(&mut self, tk: &Toks, doc: &[Token], frames: &mut [Frame]) {
        self.lone.keep_block(tk);
        if !self.block_pronouns.is_empty() {
            self.name_lone_pronouns(tk, doc, frames);
        }
    }

    /// The personal pronouns of the ending block that nothing resolved (their frames' speaker
    /// is still the pronoun) and that no named person of the block comes before: each takes
    /// the one full name the text wrote before it (`doc` is the document's tokens). Called
    /// only when no person was named before the block.
    fn name_lone_pronouns(&mut self, tk: &Toks, doc: &[Token], frames: &mut [Frame]) {
        // In text order (the passes meet them out of it), as the text is read once.
        if self.lone.several {
            return;
        }
        let mut pronouns = std::mem::take(&mut self.lone.order);
        pronouns.clone_from(&self.block_pronouns);
        crate::sort::by_key(&mut pronouns, |p| p.start);
        for p in &pronouns {
            if self.lone.several {
                break;
            }
            let word = tk.text.get(p.clone()).unwrap_or_default();
            if super::gender(word.as_bytes()).is_none() || self.block_named.iter().any(|n| n.span.end <= p.start) {
                continue;
            }
            let bare = |f: &Frame| f.speaker.as_ref().is_some_and(|sp| sp.span == *p && sp.name == word);
            if !frames.iter().any(bare) {
                continue;
            }
            self.lone.read(tk.text, tk.lines, doc, doc.partition_point(|t| t.start() < p.start));
            if !self.lone.names(tk.text, tk.lines, doc) {
                continue;
            }
            let Some(name) = self.lone.name_text(tk.text) else { continue };
            for f in frames.iter_mut().filter(|f| bare(f)) {
                f.speaker =
                    Some(SpeakerRef { name: name.clone(), description: None, span: p.clone(), anonymous: false });
            }
        }
        self.lone.order = pronouns;
    }
}

impl LoneName {
    /// Nothing read yet; `quoted` is a former document's buffer for the quoted state.
    pub(super) fn with_buffer(mut quoted: Vec<bool>) -> LoneName {
        quoted.clear();
        LoneName { quoted, ..LoneName::default() }
    }

    /// The quoted state's buffer, for [`LoneName::with_buffer`] on the next document.
    pub(super) fn into_buffer(self) -> Vec<bool> {
        self.quoted
    }

    /// Keeps the ending block's quoted state, for a pronoun of this block or a later one to
    /// read its names by (called for each block while no person is named before it, so the
    /// kept tokens are the document's first).
    fn keep_block(&mut self, tk: &Toks) {
        if !self.several {
            self.quoted.extend_from_slice(&tk.quoted);
        }
    }

    /// The one name read, as text.
    fn name_text(&self, text: &str) -> Option<String> {
        let (first, last) = self.name.as_ref()?;
        let (a, b) = text.get(first.clone()).zip(text.get(last.clone()))?;
        Some(format!("{a} {b}"))
    }

    /// Whether the one name read may be a pronoun's, read up to it: written on the pronoun's
    /// own line, or on the line or paragraph before when the text (the document's tokens
    /// `doc`) writes its surname alone too, as it does a person's ("Kelly Ayotte" … "Ayotte
    /// said"), not a place's or a headline's words ("New York", "Adulterers Promulgated").
    fn names(&mut self, text: &str, lines: Lines, doc: &[Token]) -> bool {
        if self.several || self.name.is_none() {
            return false;
        }
        match self.breaks_since {
            0 => true,
            1 | 2 => *self.surname_alone.get_or_insert_with(|| {
                let last = self.name.as_ref().and_then(|(_, last)| text.get(last.clone()));
                last.is_some_and(|last| surname_alone(text, lines, doc, last))
            }),
            _ => false,
        }
    }

    /// Reads the full names of the current block's tokens from where the last read stopped up
    /// to token `end` (a pronoun, or the block's end). A full name is a run of exactly two
    /// capitalised words joined by one space, past any listed words that open the run
    /// ("President Barack Obama", "If Donald Trump"), both listed nowhere ("Washington Post",
    /// "White House" are not), after no article ("the Constituent Assembly") and outside quote
    /// marks ("“Take the case of New York,” he says"). A longer run is a headline's words or a
    /// longer name, and a line that holds one is title case: its runs name no one here.
    fn read(&mut self, text: &str, lines: Lines, doc: &[Token], end: usize) {
        let from = self.read_to;
        let end = end.min(self.quoted.len());
        if end <= from {
            return;
        }
        self.read_to = end;
        let mut k = from;
        // The capitalised words alone are visited: any other token closes the run before it.
        while let Some(skip) = doc.get(k..end).and_then(|rest| rest.iter().position(|t| t.cap())) {
            k += skip;
            let Some(t) = doc.get(k) else { break };
            self.count_breaks(text, lines, doc, t.start());
            if !has_lower(word(text, t)) {
                // "I", "NATO", "U.S.": no word of a name.
                self.close_run(text, doc);
            } else {
                let open = self.run.filter(|&(_, run_end, _)| run_end == k && k > 0 && joined(text, lines, doc, k - 1));
                match open {
                    Some((first, _, excluded)) => self.run = Some((first, k + 1, excluded)),
                    None => {
                        self.close_run(text, doc);
                        let after_article = k.checked_sub(1).is_some_and(|j| {
                            doc.get(j).is_some_and(|b| b.is_word() && b.cls & class::ARTICLE != 0)
                                && joined(text, lines, doc, j)
                        });
                        let quoted = self.quoted.get(k).copied().unwrap_or(false);
                        self.run = Some((k, k + 1, after_article || quoted));
                    }
                }
            }
            if self.several {
                return;
            }
            k += 1;
        }
        self.close_run(text, doc);
        let end_byte = doc.get(end).map_or(self.lines_to, |t| t.start());
        self.count_breaks(text, lines, doc, end_byte);
        if !self.long_line {
            self.commit(text);
        }
    }

    /// Counts the line breaks that end a line (not a wrapped paragraph's soft ones) from where
    /// the count stopped up to byte `to`: any ends the run and the line (a block's break counts
    /// as two, the line or paragraph before).
    fn count_breaks(&mut self, text: &str, lines: Lines, doc: &[Token], to: usize) {
        let breaks = lines.count(text, self.lines_to..to);
        self.lines_to = self.lines_to.max(to);
        if breaks > 0 {
            self.close_run(text, doc);
            self.end_line(text);
            self.breaks_since = self.breaks_since.saturating_add(breaks);
        }
    }

    /// Notes the full name the closed run of capitalised words holds, if any, as pending until
    /// its line is known not to be title case.
    fn close_run(&mut self, text: &str, doc: &[Token]) {
        let Some((first, end, excluded)) = self.run.take() else { return };
        if end - first >= 3 {
            self.long_line = true;
            self.pending.clear();
            return;
        }
        if self.long_line || excluded {
            return;
        }
        let s = |k: usize| doc.get(k).map_or("", |t| word(text, t));
        let listed = |k: usize| doc.get(k).is_some_and(|t| t.cls != 0 || t.listed_as.is_some());
        // A participle opens a phrase, not a name ("Entrusting Donald Trump with …").
        let participle = |k: usize| s(k).len() >= 6 && s(k).ends_with("ing");
        let from = (first..end).find(|&k| !listed(k) && !participle(k)).unwrap_or(end);
        // A possessive's token keeps few of its stem's classes: its stem is looked up ("Washington
        // Post's editorial" names no one; only a name's last word may be a possessive).
        let stem = possessive_stem(s(from + 1));
        let stem_listed = || stem.is_some_and(|w| WORDS_TABLE.classes(&w.to_lowercase()) != 0);
        let article = (first..from).any(|k| doc.get(k).is_some_and(|t| t.cls & class::ARTICLE != 0));
        if article || end - from != 2 || listed(from + 1) || stem_listed() {
            return;
        }
        // A line naming that many is a list of names: the text names several.
        if self.pending.len() >= MAX_PENDING {
            self.several = true;
            return;
        }
        let (Some(a), Some(b)) = (doc.get(from), doc.get(from + 1)) else { return };
        // A possessive names its stem ("Donald Trump's eldest daughter").
        let last = b.start()..stem.map_or(b.end(), |w| b.start() + w.len());
        self.pending.push((a.span(), last));
    }

    /// Ends a line: its names count unless it is title case.
    fn end_line(&mut self, text: &str) {
        if !self.long_line {
            self.commit(text);
        }
        self.pending.clear();
        self.long_line = false;
    }

    /// Counts the pending names: the first becomes the one name, a different one turns the
    /// rule off.
    fn commit(&mut self, text: &str) {
        let words = |(a, b): &(Range<usize>, Range<usize>)| (text.get(a.clone()), text.get(b.clone()));
        for name in self.pending.drain(..) {
            match &self.name {
                Some(held) if words(held) == words(&name) => {}
                Some(_) => self.several = true,
                None => self.name = Some(name),
            }
            self.breaks_since = 0;
        }
    }
}

/// Whether the token after token `a` follows it after exactly one space (or a wrapped
/// paragraph's soft line break, "Ana\nRuiz"), with no abbreviation's period or possessive
/// ending `a` ("Sen. Ana Ruiz", "Trump's Florida club"): the words of one name.
fn joined(text: &str, lines: Lines, doc: &[Token], a: usize) -> bool {
    let (Some(x), Some(y)) = (doc.get(a), doc.get(a + 1)) else { return false };
    let w = word(text, x);
    y.start() == x.end() + 1
        && match text.as_bytes().get(x.end()) {
            Some(b' ') => true,
            Some(b'\n') => lines.soft_at(x.end()),
            _ => false,
        }
        && !w.ends_with('.')
        && possessive_stem(w).is_none()
}

/// The text of token `t`.
fn word<'a>(text: &'a str, t: &Token) -> &'a str {
    text.get(t.span()).unwrap_or_default()
}

/// The most names one line may hold pending (bounded in memory): a line naming more names
/// several.
const MAX_PENDING: usize = 8;

/// Whether the document's tokens `doc` write `last`, the last word of the one full name, alone
/// somewhere, or in the possessive, after no capitalised word but a listed one ("Ayotte
/// said", "Sen. Ayotte", "Ayotte's" for "Kelly Ayotte"; not "Main Street" for "Wall Street").
fn surname_alone(text: &str, lines: Lines, doc: &[Token], last: &str) -> bool {
    let is_last = |t: &Token| t.is_word() && (word(text, t) == last || possessive_stem(word(text, t)) == Some(last));
    // A capitalised word in no list right before it makes it part of another name.
    let named_before = |k: usize| {
        k.checked_sub(1).is_some_and(|j| {
            doc.get(j).is_some_and(|p| p.cap() && p.cls == 0 && p.listed_as.is_none()) && joined(text, lines, doc, j)
        })
    };
    doc.iter().enumerate().any(|(k, t)| is_last(t) && !named_before(k))
}
