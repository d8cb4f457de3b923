//! The lone-name rule of [`People`]: a "he" or "she" that no named person stands before, in a
//! document that has written one person's full name and no other ("If the candidate is
//! Donald Trump, the answer is no. He steadfastly refuses …"), is that person. The name may
//! be an object, a predicate or a possessive, where no speaker or subject is noted; with two
//! full names before the pronoun, nothing tells which one it is, and it stays bare.

use super::People;
use crate::attribution::view::has_lower;
use crate::attribution::words::{class, Entry, WORDS_TABLE};
use crate::attribution::{Frame, SpeakerRef};

/// What the document's text before the current pronoun names: read once, from where the last
/// read stopped, so that a page of many pronouns stays linear.
#[derive(Default)]
pub(super) struct LoneName {
    /// The byte the next read starts at.
    read_to: usize,
    /// The one full name read so far.
    name: Option<String>,
    /// Whether a second, different full name has been read: the rule is off for the rest of
    /// the document (later text only adds names).
    several: bool,
    /// Whether the text read is inside quote marks.
    in_quote: bool,
    /// Whether the current line holds a run of three or more capitalised words.
    long_line: bool,
    /// The full names of the current line, counted once it is known not to be title case.
    pending: Vec<String>,
    /// Line breaks read since the one name was last written (its line's own break included).
    breaks_since: usize,
    /// The buffer of [`LoneName::read`]'s run of capitalised words.
    run: Vec<(usize, usize)>,
    /// The buffer of [`People::name_lone_pronouns`]'s pronouns in text order.
    order: Vec<std::ops::Range<usize>>,
    /// Whether the text writes the one name's surname alone too ("Trump" after "Donald
    /// Trump"), asked once: [`LoneName::surname_alone`].
    surname_alone: Option<bool>,
}

impl People {
    /// The personal pronouns of the ending block that nothing resolved (their frames' speaker
    /// is still the pronoun) and that no named person of the block comes before: each takes
    /// the one full name the text wrote before it. Called only when no person was named
    /// before the block; out of line, as the rare case it is (see
    /// [`People::end_bare_block`] for why).
    #[inline(never)]
    pub(super) fn name_lone_pronouns(&mut self, text: &str, frames: &mut [Frame]) {
        // In text order (the passes meet them out of it), as the text is read once.
        if self.lone.several {
            return;
        }
        let mut pronouns = std::mem::take(&mut self.lone.order);
        pronouns.clone_from(&self.block_pronouns);
        pronouns.sort_by_key(|p| p.start);
        for p in &pronouns {
            if self.lone.several {
                break;
            }
            let word = text.get(p.clone()).unwrap_or_default();
            if super::gender(word.as_bytes()).is_none() || self.block_named.iter().any(|n| n.span.end <= p.start) {
                continue;
            }
            let bare = |f: &Frame| f.speaker.as_ref().is_some_and(|sp| sp.span == *p && sp.name == word);
            if !frames.iter().any(bare) {
                continue;
            }
            self.lone.read(text, p.start);
            let Some(name) = self.lone.name.clone().filter(|_| self.lone.names(text)) else { continue };
            for f in frames.iter_mut().filter(|f| bare(f)) {
                f.speaker =
                    Some(SpeakerRef { name: name.clone(), description: None, span: p.clone(), anonymous: false });
            }
        }
        self.lone.order = pronouns;
    }
}

impl LoneName {
    /// Whether the one name read may be a pronoun's, read up to it: written on the pronoun's
    /// own line, or on the line or paragraph before when the text writes its surname alone
    /// too, as it does a person's ("Kelly Ayotte" … "Ayotte said"), not a place's or a
    /// headline's words ("New York", "Adulterers Promulgated").
    fn names(&mut self, text: &str) -> bool {
        if self.several {
            return false;
        }
        match self.breaks_since {
            0 => true,
            1 | 2 => {
                *self.surname_alone.get_or_insert_with(|| self.name.as_deref().is_some_and(|n| surname_alone(text, n)))
            }
            _ => false,
        }
    }

    /// Reads the full names written in `text` from where the last read stopped up to byte
    /// `end` (a pronoun's start). A full name is a run of exactly two capitalised words joined
    /// by one space, past any listed words that open the run ("President Barack Obama", "If
    /// Donald Trump"), both listed nowhere ("Washington Post", "White House" are not), after
    /// no article ("the Constituent Assembly") and outside quote marks ("“Take the case of New
    /// York,” he says"). A longer run is a headline's words or a longer name, and a line that
    /// holds one is title case: its runs name no one here.
    fn read(&mut self, text: &str, end: usize) {
        let Some(part) = text.get(self.read_to..end) else { return };
        self.read_to = end;
        // The run of capitalised words being read (the words' spans in `part`, in a buffer
        // kept from read to read), whether an article comes right before it, and whether it
        // opens inside quote marks.
        let mut run = std::mem::take(&mut self.run);
        run.clear();
        let (mut after_article, mut quoted) = (false, false);
        // The last word's end and whether it is an article.
        let mut last_word: Option<(usize, bool)> = None;
        let bytes = part.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // ASCII bytes are read as they are; a character outside ASCII is decoded.
            let c =
                if b.is_ascii() { char::from(b) } else { part.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ') };
            if !c.is_alphabetic() {
                match c {
                    '\u{201c}' => self.in_quote = true,
                    '\u{201d}' => self.in_quote = false,
                    '"' => self.in_quote = !self.in_quote,
                    '\n' => {
                        self.close_run(part, &run, after_article || quoted);
                        run.clear();
                        self.end_line();
                        // A quote that runs on past its paragraph opens the next one again.
                        self.in_quote = false;
                        self.breaks_since = self.breaks_since.saturating_add(1);
                    }
                    _ => {}
                }
                i += c.len_utf8();
                continue;
            }
            let mut j = i + c.len_utf8();
            while let Some(&d) = bytes.get(j) {
                let d = if d.is_ascii() {
                    char::from(d)
                } else {
                    part.get(j..).and_then(|t| t.chars().next()).unwrap_or(' ')
                };
                if !d.is_alphabetic() {
                    break;
                }
                j += d.len_utf8();
            }
            let w = part.get(i..j).unwrap_or_default();
            let joined = |e: usize| part.get(e..i) == Some(" ");
            if !run.last().is_some_and(|&(_, e)| joined(e)) {
                self.close_run(part, &run, after_article || quoted);
                run.clear();
            }
            let article = listed_entry(w.as_bytes()).classes & class::ARTICLE != 0;
            if c.is_uppercase() && w.len() > 1 && has_lower(w) {
                if run.is_empty() {
                    after_article = last_word.is_some_and(|(e, a)| a && joined(e));
                    quoted = self.in_quote;
                }
                run.push((i, j));
            } else {
                self.close_run(part, &run, after_article || quoted);
                run.clear();
            }
            last_word = Some((j, article));
            i = j;
            if self.several {
                break;
            }
        }
        self.close_run(part, &run, after_article || quoted);
        if !self.long_line {
            self.commit();
        }
        self.run = run;
    }

    /// Notes the full name a closed run of capitalised words holds, if any, as pending until
    /// its line is known not to be title case; `excluded` when an article comes right before
    /// the run or it is quoted.
    fn close_run(&mut self, part: &str, run: &[(usize, usize)], excluded: bool) {
        if run.len() >= 3 {
            self.long_line = true;
            self.pending.clear();
            return;
        }
        if self.long_line || excluded {
            return;
        }
        let entry = |&(a, b): &(usize, usize)| listed_entry(part.as_bytes().get(a..b).unwrap_or_default());
        let listed = |w: &(usize, usize)| entry(w).classes != 0 || entry(w).opener.is_some();
        // A participle opens a phrase, not a name ("Entrusting Donald Trump with …").
        let participle = |&(a, b): &(usize, usize)| b - a >= 6 && part.get(a..b).is_some_and(|w| w.ends_with("ing"));
        let from = run.iter().position(|w| !listed(w) && !participle(w)).unwrap_or(run.len());
        if run.get(..from).unwrap_or_default().iter().any(|w| entry(w).classes & class::ARTICLE != 0) {
            return;
        }
        let [first, last] = run.get(from..).unwrap_or_default() else { return };
        if listed(last) {
            return;
        }
        // A line naming that many is a list of names: the text names several.
        if self.pending.len() >= MAX_PENDING {
            self.several = true;
            return;
        }
        if let Some((a, b)) = part.get(first.0..first.1).zip(part.get(last.0..last.1)) {
            self.pending.push(format!("{a} {b}"));
        }
    }

    /// Ends a line: its names count unless it is title case.
    fn end_line(&mut self) {
        if !self.long_line {
            self.commit();
        }
        self.pending.clear();
        self.long_line = false;
    }

    /// Counts the pending names: the first becomes the one name, a different one turns the
    /// rule off.
    fn commit(&mut self) {
        for name in self.pending.drain(..) {
            match &self.name {
                Some(held) if *held == name => {}
                Some(_) => self.several = true,
                None => self.name = Some(name),
            }
            self.breaks_since = 0;
        }
    }
}

/// The most names one line may hold pending (bounded in memory): a line naming more names
/// several.
const MAX_PENDING: usize = 8;

/// Whether `text` writes the last word of the full name `name` alone somewhere, as a word of
/// its own after no capitalised word but a listed one ("Ayotte said", "Sen. Ayotte" for
/// "Kelly Ayotte"; not "Main Street" for "Wall Street").
fn surname_alone(text: &str, name: &str) -> bool {
    let Some((_, last)) = name.split_once(' ') else { return false };
    text.match_indices(last).any(|(i, _)| {
        let before = text.get(..i).unwrap_or_default();
        let after = text.get(i + last.len()..).and_then(|t| t.chars().next());
        let word_before = before.strip_suffix(' ').map(|b| {
            let from = b.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + 1);
            b.get(from..).unwrap_or_default()
        });
        let named_before = word_before.is_some_and(|w| {
            let entry = listed_entry(w.as_bytes());
            w.chars().next().is_some_and(char::is_uppercase) && entry.classes == 0 && entry.opener.is_none()
        });
        !after.is_some_and(char::is_alphabetic)
            && !before.chars().next_back().is_some_and(char::is_alphabetic)
            && !named_before
    })
}

/// The list entry of a word read here: the tokenizer's ASCII look-up for an ASCII word; a word
/// with a letter outside ASCII ("José", "𝔗𝔥𝔢") is in none of our lists, and the ASCII look-up
/// must not see it.
fn listed_entry(word: &[u8]) -> Entry {
    if word.is_ascii() {
        WORDS_TABLE.entry_ascii(word)
    } else {
        Entry::default()
    }
}
