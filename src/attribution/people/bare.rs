//! The bare-surname rule of [`People`]: a sentence that opens on a bare surname ("Sanders
//! laughed … he predicted") stands for the full name written before it ("what Bernie Sanders
//! meant"), for a later "he" or "she" of the gender that sentence's own pronouns show, where no
//! named person comes before the pronoun. Kept apart from the rest of `People`, and out of line
//! where it runs, because it is rare: see [`People::end_bare_block`].

use super::{People, MAX_BLOCK_MENTIONS, NOT_PERSONAL};
use crate::attribution::speaker;
use crate::attribution::view::{has_lower, Toks};
pub(crate) use crate::attribution::words::Gender;
use crate::attribution::words::{class, WORDS_TABLE};
use crate::attribution::{Frame, SpeakerRef};

impl People {
    /// Notes each sentence that opens on a bare surname and a verb in lower case ("Sanders
    /// laughed, heartily.") when the text before named that person in full where no speaker
    /// is noted (an object, a clause, a headline: "what Bernie Sanders meant"): a later "he"
    /// is then "Bernie Sanders", not a bare pronoun. A surname never written after a first
    /// name ("Congress passed …", "Iowa is …") notes nothing.
    #[inline(never)]
    pub(super) fn note_bare_surnames(&mut self, tk: &Toks, sent_start: &[usize], sent_end: &[usize]) {
        // Read only while no person is named: a pronoun takes a bare surname only then (and
        // the search of the text before costs ~1 instruction a byte).
        if self.last_person.is_some() {
            return;
        }
        // A capitalised word and a verb in lower case at token `k`; the tokens' flags first,
        // the word's letters and the look-up after.
        let bare_at = |k: usize, e: usize| {
            k + 1 < e
                && tk.cap(k)
                && tk.word(k + 1)
                && !tk.cap(k + 1)
                && !tk.has(k, NOT_PERSONAL | class::ROLE | class::TITLE)
                && !tk.has(k + 1, class::FUNCTION | class::CONNECTOR)
                && !tk.in_quote(k)
                && tk.opener(k).is_none()
                && !tk.possessive_s(k)
        };
        for (&start, &e) in sent_start.iter().zip(sent_end) {
            if self.block_bare.len() >= MAX_BLOCK_MENTIONS {
                break;
            }
            let a = if bare_at(start, e) {
                start
            } else {
                // Past a short opening phrase that ends at a comma ("On Thursday, Sanders
                // unloaded …"), when the sentence's subject is that word.
                if !tk.cap(start) {
                    continue;
                }
                let Some(comma) = (start + 1..e.min(start + OPENING_PHRASE_TOKENS)).find(|&c| tk.punct(c, ',')) else {
                    continue;
                };
                if !bare_at(comma + 1, e) {
                    continue;
                }
                comma + 1
            };
            let word = tk.s(a);
            if word.len() < 2 || !has_lower(word) || self.by_surname.contains_key(word) {
                continue;
            }
            // The sentence's own pronouns tell whether a later "he" or "she" may be the person:
            // all of one gender, and at least one ("Clinton has been cagey about where she
            // stands").
            let bytes = tk.text.as_bytes();
            let (mut found, mut mixed) = (None, false);
            for t in tk.t.get(a + 1..e).unwrap_or_default() {
                if let Some(g) = bytes.get(t.span()).and_then(gender) {
                    mixed |= found.is_some_and(|f| f != g);
                    found = Some(g);
                }
            }
            let Some(g) = found.filter(|_| !mixed) else { continue };
            let Some(full) = full_name_before(tk.text, tk.span(a, a + 1).start, word) else { continue };
            if a > start
                && speaker::subject_past_opening(tk, start, e)
                    .is_none_or(|np| np.pronoun || np.anonymous || np.name != Some((a, a + 1)))
            {
                continue;
            }
            let name = full.to_string();
            self.block_bare
                .push((SpeakerRef { name, description: None, span: tk.span(a, a + 1), anonymous: false }, g));
        }
    }

    /// Whether a bare surname has been noted in the document (in the current block or an
    /// earlier one): only then may a pronoun take one ([`People::name_bare_pronouns`]).
    pub(super) fn has_bare(&self) -> bool {
        !self.block_bare.is_empty() || self.bare_before_block.is_some()
    }

    /// Keeps the last of the ending block's bare surnames for the blocks after it. Out of
    /// line, as the rare case it is, like [`People::name_bare_pronouns`]: with this rule's
    /// code inlined into `attribution::find_reusing` (here, and in `end_block`'s loop over
    /// wider pronoun entries), LTO compiled the tokenizer's loop there an instruction a byte
    /// longer, +0.7 M instructions a pass over PolNeAR dev (callgrind).
    #[inline(never)]
    pub(super) fn end_bare_block(&mut self) {
        if let Some(last) = self.block_bare.pop() {
            self.bare_before_block = Some(last);
        }
        self.block_bare.clear();
        self.block_pronoun_genders.clear();
    }

    /// The pronouns of the ending block that [`People::end_block`] found no named person
    /// before: each takes the surname that opened a sentence before it, named in full
    /// earlier, when that sentence's pronouns were of this one's gender ("Sanders used the
    /// phrase … at which he predicted. “…,” he said"). Called only when no person was named
    /// before the block; out of line, as [`People::end_bare_block`] says why.
    #[inline(never)]
    pub(super) fn name_bare_pronouns(&self, frames: &mut [Frame]) {
        for (p, pronoun_gender) in self.block_pronouns.iter().zip(&self.block_pronoun_genders) {
            if self.block_named.iter().any(|n| n.span.end <= p.start) {
                continue;
            }
            let bare = self.block_bare.iter().filter(|(n, _)| n.span.end <= p.start).max_by_key(|(n, _)| n.span.start);
            let Some((a, g)) = bare.or(self.bare_before_block.as_ref()) else { continue };
            if *pronoun_gender != Some(*g) {
                continue;
            }
            for f in frames.iter_mut() {
                if let Some(sp) = f.speaker.as_mut().filter(|sp| sp.span == *p && sp.name != a.name) {
                    *sp = SpeakerRef { span: p.clone(), ..a.clone() };
                }
            }
        }
    }
}

/// The [`Gender`] of a third-person personal pronoun, in any case; none for another word.
#[inline(always)]
pub(super) fn gender(word: &[u8]) -> Option<Gender> {
    const HE: [&[u8]; 4] = [b"he", b"him", b"his", b"himself"];
    const SHE: [&[u8]; 4] = [b"she", b"her", b"hers", b"herself"];
    // Each starts with "h" or "s": most words stop at their first byte.
    if !matches!(word.first(), Some(b'h' | b'H' | b's' | b'S')) {
        return None;
    }
    if HE.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Some(Gender::He)
    } else if SHE.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Some(Gender::She)
    } else {
        None
    }
}

/// How many tokens an opening phrase before a bare surname may hold, its comma included
/// ("On Thursday,", "In a statement on Monday,"): [`People::note_bare_surnames`].
const OPENING_PHRASE_TOKENS: usize = 8;

/// How far back [`full_name_before`] reads (bytes): a news article's length, so that a page
/// whose sentences keep opening on one capitalised word stays linear.
const FULL_NAME_LOOKBACK: usize = 16 * 1024;

/// The full name, a first name and `surname` ("Bernie Sanders"), written last in `text`
/// before byte `end` (within [`FULL_NAME_LOOKBACK`]): the word before the surname is
/// capitalised, of letters, and listed nowhere ("Sen. Sanders" names no first name).
fn full_name_before<'t>(text: &'t str, end: usize, surname: &str) -> Option<&'t str> {
    let mut lo = end.saturating_sub(FULL_NAME_LOOKBACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text.get(lo..end)?;
    for (i, _) in before.rmatch_indices(surname) {
        let after = before.as_bytes().get(i + surname.len()).copied().unwrap_or(b' ');
        let head = before.get(..i)?;
        let Some(head) = head.strip_suffix(' ') else { continue };
        if after.is_ascii_alphanumeric() {
            continue;
        }
        let first_start = head.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
        let first = head.get(first_start..)?;
        // A listed word of any kind is no first name ("Both Clinton and Sanders", "By
        // Sanders' count", "Former Obama aide").
        let listed = WORDS_TABLE.entry_ascii(first.as_bytes());
        if first.len() > 1
            && first.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && has_lower(first)
            && listed.classes == 0
            && listed.listed_as.is_none()
        {
            return before.get(first_start..i + surname.len());
        }
    }
    None
}
