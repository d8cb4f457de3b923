//! The named subjects of a block's sentences, noted as people a later "he" or "she" may
//! stand for ("Trump told supporters … and he vowed"): [`People::note_subjects`], its screen of
//! sentences worth the search, and the tests of a sentence that opens with a person's full
//! name. Apart from the resolution of mentions, as a pass of its own over each block's
//! sentences that only adds to the people noted.

use super::speaker::{self, Np};
use super::{has_lower, is_listed, Listed, People, Toks, MAX_BLOCK_MENTIONS, MAX_TITLE_CASE_NAMES};
use crate::attribution::tokens::first_with_class;
use crate::attribution::words::class;
use crate::attribution::{SpeakerRef, Token};

impl People {
    /// Notes the named subject of each sentence of a block that starts outside quotes ("Trump
    /// told supporters … and he vowed", "Radio host Rush Limbaugh used his platform to discuss
    /// what he described"): a later "he" or "she" refers to the person a sentence is about
    /// as often as to the last person quoted, and to whichever of them is nearer.
    // Out of line: LTO inlines it into `find_reusing`, where this version cost 0.45 M
    // instructions a pass more than called (PolNeAR dev, callgrind).
    #[inline(never)]
    pub fn note_subjects(&mut self, tk: &Toks, sent_start: &[usize], sent_end: &[usize]) {
        // Tested here as well as there: most blocks come after a person is named, and the call
        // is out of line.
        if self.last_person.is_none() {
            self.note_bare_surnames(tk, sent_start, sent_end);
        }
        // A subject is noted only when a role or title describes it or its name is known: with
        // no name known yet and no role or title word in the block, no sentence's subject is
        // worth the search.
        if self.by_surname.is_empty()
            && first_with_class(tk.t, class::ROLE | class::TITLE).is_none()
            && !sent_start.iter().zip(sent_end).any(|(&a, &e)| name_opens(tk, a, e))
        {
            return;
        }
        for (&a, &e) in sent_start.iter().zip(sent_end) {
            if a >= e || tk.in_quote(a) || tk.mark(a) || !self.may_note(tk, a, e) {
                continue;
            }
            // A named subject's name, and whether a role or title describes it.
            let named = |np: &Np| {
                let (na, nb) = np.name.filter(|_| !np.pronoun && !np.anonymous)?;
                let described =
                    np.desc.iter().any(|&(a, b)| (a..b).any(|k| tk.word(k) && tk.has(k, class::ROLE | class::TITLE)));
                Some((na, nb, described))
            };
            let found = speaker::subject_past_opening(tk, a, e);
            // The block's last sentence keeps its answer (moved there, not copied).
            let subject = if e == tk.len() {
                self.last_subject.insert((a, e, found)).2.as_ref().and_then(named)
            } else {
                found.as_ref().and_then(named)
            };
            let Some((na, nb, described)) = subject else { continue };
            if self.block_named.len() >= MAX_BLOCK_MENTIONS {
                break;
            }
            // A capitalised subject is a person only when a role describes it ("Radio host Rush
            // Limbaugh") or the text already named that person: sentence openers ("Soon",
            // "Chasing Trump"), datelines and institutions ("State Department") are not.
            let raw = tk.slice(na, nb);
            // A full name that opens the sentence ("Hillary Clinton is making …", "Ana Ruiz's
            // plan …") is a person met for the first time.
            let opens = na == a && nb >= a + 2 && name_opens(tk, a, e);
            // One known-name look-up, and only where the answer matters: an undescribed subject
            // that does not open the sentence, or an outlet's name, is noted when known.
            if (na..nb).any(|k| tk.s(k).len() > 1 && !tk.has_lower(k))
                || ((!(described || opens) || outlet_name(tk, na, nb, raw)) && !self.known(raw))
            {
                continue;
            }
            // Written into a spare mention's buffers (a new string a subject cost ~0.1 M
            // instructions a pass over PolNeAR dev, its allocation and its free).
            let mut noted = self.spare_named.pop().unwrap_or_else(|| SpeakerRef {
                name: String::new(),
                description: None,
                span: 0..0,
                anonymous: false,
            });
            self.canonical_into(raw, &mut noted.name);
            if self.title_case_names.len() < MAX_TITLE_CASE_NAMES && nb >= na + 3 && title_case_line(tk, a, e) {
                self.title_case_names.push(noted.name.clone());
            }
            noted.description = None;
            noted.span = tk.span(na, nb);
            noted.anonymous = false;
            self.block_named.push(noted);
        }
    }

    /// Whether the sentence of tokens `a..e` may have a subject worth noting: one of its words
    /// is a role or title (which may describe the subject), or a known surname starts at one
    /// of its tokens. The subject's name and description lie within the sentence, and a
    /// surname is a run of whole tokens (tokens hold no white space), so a sentence with
    /// neither has none; the search for its subject (~2,300 instructions) is skipped.
    pub(super) fn may_note(&self, tk: &Toks, a: usize, e: usize) -> bool {
        if !self.screen_surnames && !self.by_surname.is_empty() {
            return true;
        }
        // The scan of the words first: most sentences that pass hold a role or title word,
        // and the opening name's test (~140 instructions) is then not needed.
        let tokens = tk.t.get(a..e).unwrap_or_default();
        let starts_surname = |t: &Token| {
            let rest = tk.text.as_bytes().get(t.start()..).unwrap_or_default();
            rest.first().is_some_and(|&b| self.surname_firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
                && self.by_surname.keys().any(|k| starts_with_key(rest, k.as_bytes()))
        };
        // With no surname known, only a role or title word passes. Otherwise a word that
        // may start one is capitalised (unless a surname is not): four tokens are screened at
        // once for both, and only a group holding a candidate is read token by token (a
        // test a token cost ~8 instructions).
        let surnames = !self.by_surname.is_empty();
        let mut chunks = tokens.chunks_exact(4);
        let grouped = chunks.by_ref().any(|four| {
            let (cls, cap) = four.iter().fold((0, false), |(cls, cap), t| (cls | t.cls, cap | t.cap()));
            cls & (class::ROLE | class::TITLE) != 0
                || surnames
                    && (cap || self.surname_not_capital)
                    && four.iter().any(|t| (t.cap() || self.surname_not_capital) && starts_surname(t))
        });
        grouped
            || chunks.remainder().iter().any(|t| {
                t.cls & (class::ROLE | class::TITLE) != 0
                    || surnames && (t.cap() || self.surname_not_capital) && starts_surname(t)
            })
            || name_opens(tk, a, e)
    }
}

/// Classes that mark a capitalised word as no part of a person's name: institutions ("State
/// Department", "Fox News"), roles and titles, and words that open a sentence.
pub(super) const NOT_PERSONAL: u32 = class::SOURCE_NOUN
    | class::BODY
    | class::OUTLET_HEAD
    | class::OUTLET_NAME
    | class::FUNCTION
    | class::DETERMINER
    | class::PRONOUN
    | class::TIME
    | class::ADVERB
    | class::AUX
    | class::CONNECTOR
    | class::PHRASE_START;

/// Whether the name in tokens `a..b` (`name` as resolved) is an outlet's, which a later "he"
/// or "she" never stands for: headed by an outlet word ("New York Times", "NBC News") or by a
/// newspaper's last word after another capitalised word ("Associated Press", "Daily Mail": list
/// kind `masthead`), or one outlet name ("CNN") that no known person's full name took
/// ("Bloomberg" is "Michael Bloomberg" once he is named).
pub(super) fn outlet_name(tk: &Toks, a: usize, b: usize, name: &str) -> bool {
    b > a
        && (tk.has(b - 1, class::OUTLET_HEAD)
            || (b == a + 1 && tk.has(a, class::OUTLET_NAME) && !name.contains(' '))
            || (b >= a + 2 && tk.cap(b - 2) && tk.cap(b - 1) && is_listed(Listed::Masthead, tk.s(b - 1))))
}

/// Whether the sentence of tokens `a..e` opens with two capitalised words that may be a
/// person's full name ("Hillary Clinton is making …"), not an institution's ("Fox News").
pub(super) fn name_opens(tk: &Toks, a: usize, e: usize) -> bool {
    // The flags first, the text only for a capitalised word: most sentences' second word is in
    // lower case, and rules the name out (this runs for each sentence of a block).
    let personal = |k: usize| tk.cap(k) && !tk.has(k, NOT_PERSONAL) && tk.s(k).len() > 1 && has_lower(tk.s(k));
    // A listed opener or a participle opens a phrase ("Besides Clinton", "Entrusting Donald
    // Trump …"); a third capitalised word makes a headline or a longer name ("Lynch Closes
    // Clinton Email Case"): the name goes on in lower case or after a comma. A question
    // ("Does Rubio back the bill?") asks about no subject.
    let first = || tk.s(a);
    a + 2 < e
        && tk.cap(a + 1)
        && personal(a)
        && personal(a + 1)
        && !tk.possessive_s(a)
        && (tk.word(a + 2) && !tk.cap(a + 2) || tk.punct(a + 2, ',') || three_word_name(tk, a, e))
        && tk.opener(a).is_none()
        && !tk.punct(e - 1, '?')
        && !(first().len() >= 6 && first().ends_with("ing"))
}

/// Whether the sentence of tokens `a..e` opens with a full name of three capitalised words and
/// a comma ("Marcel Lehel Lazar, 44, …", "Giovanni Maria Vian, the editor, …"). Not after an
/// abbreviation ("Gen. Wesley Clark,"), nor a plural noun before a list of names ("Celebrities
/// Julianne Moore, Debra Messing and …": the comma goes on to another person's name).
// Out of line: it runs only when a sentence opens with three capitalised words.
#[inline(never)]
pub(super) fn three_word_name(tk: &Toks, a: usize, e: usize) -> bool {
    let first = tk.s(a);
    let list_after = || a + 5 < e && tk.cap(a + 4) && tk.cap(a + 5) && tk.word(a + 5);
    a + 3 < e
        && tk.cap(a + 2)
        && !tk.has(a + 2, NOT_PERSONAL)
        && has_lower(tk.s(a + 2))
        && tk.punct(a + 3, ',')
        && !first.ends_with('.')
        && !(first.ends_with('s') && list_after())
}

/// Whether the sentence of tokens `a..e` is a title-case line, a headline's or a subheading's:
/// four words or more, none of four letters or more in lower case ("Black Lawmakers Rip
/// Donald Trump As A ‘Disgusting Fraud.’"), as running text always has one.
pub(super) fn title_case_line(tk: &Toks, a: usize, e: usize) -> bool {
    let words = (a..e).filter(|&k| tk.word(k));
    words.clone().count() >= 4 && words.clone().all(|k| tk.cap(k) || tk.s(k).len() < 4)
}

/// Whether `rest` starts with `key`: the first bytes compared before the call to compare the
/// rest (most surnames the text holds start with another letter than the word at hand).
pub(super) fn starts_with_key(rest: &[u8], key: &[u8]) -> bool {
    match (key.first(), rest.first()) {
        (Some(k), Some(r)) if k != r => false,
        _ => rest.starts_with(key),
    }
}
