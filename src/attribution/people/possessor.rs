//! A "he" or "she" whose person the sentence names only as a possessor before it: "Trump's
//! biggest applause came when he …", "Mr. Trump's RT appearance, in which he said …", "One of
//! Trump's earlier jeremiads came in February, when he …". The person owns the event the
//! pronoun's clause tells of, and is the one the reader takes it for; the person named
//! before the sentence is someone else.

use std::ops::Range;

use super::super::view::Toks;
use super::super::words::{class, CourtesyTitles};
use super::{gender, Gender, GenderEvidence, People, SpeakerRef, MAX_BLOCK_MENTIONS};

/// The most tokens read back from a pronoun to its sentence's start: a longer sentence is
/// not read, so that a page of one sentence stays linear.
const MAX_BACK: usize = 40;

impl People {
    /// The known person a "he" or "she" at `p` (of gender `pronoun`) stands for when its
    /// sentence names them only as a possessor before it ("Trump's biggest applause came
    /// when he …", `possessor.rs`), noted as named there: the index in `block_named`. Not a
    /// person the text gives the other gender.
    pub(super) fn possessor_antecedent(&mut self, tk: &Toks, p: &Range<usize>, pronoun: Gender) -> Option<usize> {
        if self.by_surname.is_empty() || self.block_named.len() >= MAX_BLOCK_MENTIONS {
            return None;
        }
        let by_surname = &self.by_surname;
        let j = possessor_before(tk, p, pronoun, &self.block_named, |stem| by_surname.contains_key(stem))?;
        let stem = crate::text::possessive_stem(tk.s(j))?;
        let name = self.by_surname.get(stem)?.clone();
        if self.honorifics.any(tk.text)
            && (GenderEvidence { honorifics: &self.honorifics, text: tk.text, pronoun }).other(&name)
        {
            return None;
        }
        self.block_named.push(SpeakerRef { name, description: None, span: tk.span(j, j + 1), anonymous: false });
        Some(self.block_named.len() - 1)
    }
}

/// The token of a known person's possessive ("Trump's", a surname `known` holds) in the
/// sentence of the pronoun at `p` (of gender `pronoun`), before it and outside quote marks,
/// when no speaker of `named` is named in that sentence before the pronoun ("Putney told
/// CNN that … in Scott's hand, but he …" is Putney's), no "he" or "she" of the pronoun's
/// gender comes before the possessive ("When he took the stage after Vander Plaats's
/// introduction, he said": the sentence's subject is that pronoun's), no courtesy title of
/// the other gender comes right before it ("Mr. Clinton's … as she praises"), and no
/// capitalised word follows it ("NBC's Chuck Todd" names a person of its own). The nearest
/// such possessive.
pub(super) fn possessor_before(
    tk: &Toks,
    p: &Range<usize>,
    pronoun: Gender,
    named: &[SpeakerRef],
    known: impl Fn(&str) -> bool,
) -> Option<usize> {
    let k = tk.t.partition_point(|t| t.start() < p.start);
    let sentence = *tk.sent.get(k)?;
    let mut found = None;
    let mut first = k;
    for j in (k.saturating_sub(MAX_BACK)..k).rev() {
        if tk.sent.get(j) != Some(&sentence) {
            break;
        }
        first = j;
        if tk.in_quote(j) {
            return None;
        }
        if found.is_some() && gender(tk.bytes(j)) == Some(pronoun) && tk.has(j, class::PRONOUN) {
            return None;
        }
        if found.is_none() && tk.cap(j) && tk.possessive_s(j) && !tk.cap(j + 1) {
            let stem = crate::text::possessive_stem(tk.s(j)).unwrap_or_default();
            if known(stem) && !titled_other(tk, j, pronoun) {
                found = Some(j);
            }
        }
    }
    let found = found?;
    let start = tk.t.get(first)?.start();
    let named_before = named.iter().any(|n| n.span.start >= start && n.span.end <= p.start);
    (!named_before).then_some(found)
}

/// Whether a courtesy title of the other gender than `pronoun` comes right before token `j`
/// ("Mr." before "Clinton's" for a "she").
fn titled_other(tk: &Toks, j: usize, pronoun: Gender) -> bool {
    let before = j.checked_sub(1).and_then(|t| tk.t.get(t));
    let rest = before.and_then(|t| tk.text.as_bytes().get(t.start()..)).unwrap_or_default();
    CourtesyTitles::get().at(rest).is_some_and(|(g, _)| g != pronoun)
}
