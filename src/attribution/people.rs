//! People named so far in a document: a speaker mention resolved to the person it refers to
//! (bare surnames to full names, pronouns to the named person nearest before them).

use std::ops::Range;

use super::speaker::{self, Np};
use super::tokens::Token;
use super::transcript::normal_case;
use super::view::{has_lower, Toks};
use super::words::{is_listed, Listed};
use super::{Frame, SpeakerRef};
use crate::wordmap::PageMap;
use bare::{gender, Gender};
use honorific::{GenderEvidence, Honorifics};
use lone::LoneName;
use name_text::description_text;
pub(crate) use name_text::{is_particle, trim_repeated, two_people};
use not_person::Verdicts;
use shared::SharedSurnames;
use subjects::{outlet_name, NOT_PERSONAL};

mod bare;
mod canonical;
mod honorific;
mod lone;
mod name_text;
mod not_person;
mod possessor;
mod shared;
mod subjects;

/// Mentions kept per block for putting pronouns in text order (bounded, so that a block of
/// 10,000 quotes stays linear).
const MAX_BLOCK_MENTIONS: usize = 64;

/// The most surnames, and the longest, that [`People::may_note`] compares with the text at
/// each token: past them it lets every sentence through (as if it had no screen), so that a
/// page naming thousands of people stays linear.
const SCREEN_SURNAMES: usize = 32;
/// See [`SCREEN_SURNAMES`].
const SCREEN_SURNAME_BYTES: usize = 64;

/// The most full names [`People`] keeps as read in a title-case line (`title_case_names`).
const MAX_TITLE_CASE_NAMES: usize = 8;

/// The most surnames whose strings (key and full name) one document leaves the next, and the
/// longest buffer kept: a page naming thousands of people, or a name thousands of bytes long,
/// leaves no more than a usual page.
const SPARE_SURNAMES: usize = 32;
/// See [`SPARE_SURNAMES`].
const SPARE_NAME_BYTES: usize = 256;

/// People named so far, to resolve bare surnames and pronouns.
#[derive(Default)]
pub(crate) struct People {
    /// Full name by last word (words of the page: a seeded hasher).
    by_surname: PageMap<String, String>,
    /// The first bytes of `by_surname`'s keys, as a 256-bit set: most tokens start with none
    /// of them, which rules them out as the start of a known surname without a look-up.
    surname_firsts: [u64; 4],
    /// Whether the surnames are few and short enough for [`People::may_note`] to compare
    /// each with the text at a token ([`SCREEN_SURNAMES`], [`SCREEN_SURNAME_BYTES`]).
    screen_surnames: bool,
    /// Whether some key of `by_surname` starts with a byte other than an ASCII capital. While
    /// none does, only a capitalised word (`Token::cap`: a token whose first byte is an ASCII
    /// capital is a word, and capitalised) can start a known surname, and
    /// [`People::may_note`] reads no text at the others (most tokens).
    surname_not_capital: bool,
    /// The last named person quoted or reported.
    last_person: Option<SpeakerRef>,
    /// Whether `last_person` is a role with no name ("the admiral"), remembered only as no one
    /// named was quoted before it: a later role takes its place ("my father … my mother").
    role_only: bool,
    /// The last speaker of any kind, unless `any_is_person`.
    last_any: Option<SpeakerRef>,
    /// Whether the last speaker of any kind is `last_person` (a person was remembered last):
    /// `last_any` is then stale, and not copied into at every named speaker.
    any_is_person: bool,
    /// The last named person as the current block began, once another has been named in
    /// it (until then it is `last_person`: kept by moving, not cloned at every block).
    before_block: Option<SpeakerRef>,
    /// Whether a person has been named in the current block (`before_block` is then set).
    named_in_block: bool,
    /// Named people resolved in the current block, in the order the passes met them.
    block_named: Vec<SpeakerRef>,
    /// Entries of earlier blocks' `block_named`, kept for their buffers: a speaker noted in
    /// a block is copied into one of them rather than into new strings.
    spare_named: Vec<SpeakerRef>,
    /// Bare surnames that open a sentence of the current block, with the full name the text
    /// wrote before ([`People::note_bare_surnames`]): a pronoun's antecedent only when no
    /// named person comes before it.
    block_bare: Vec<(SpeakerRef, Gender)>,
    /// The last of the earlier blocks' `block_bare`.
    bare_before_block: Option<(SpeakerRef, Gender)>,
    /// Spans of personal pronouns ("he", "she", "I") resolved in the current block.
    block_pronouns: Vec<Range<usize>>,
    /// The [`gender`] of each of `block_pronouns`, kept only while [`People::has_bare`] (for
    /// the whole block, as the block's bare surnames are noted before its pronouns are
    /// met), in a vector of its own: the loop over them in [`People::end_block`] stays as
    /// narrow as it was.
    block_pronoun_genders: Vec<Option<Gender>>,
    /// The current block's last sentence as [`People::note_subjects`] looked it up: its start,
    /// its end and [`speaker::subject_past_opening`]'s answer, which the narrated speaker at
    /// the block's end asks for again ([`People::subject_past_opening`]).
    last_subject: Option<(usize, usize, Option<Np>)>,
    /// The one full name the text has written so far ([`People::name_lone_pronouns`]).
    lone: LoneName,
    /// Full names of three words or more noted as the subject of a title-case line, whose
    /// capitalised verbs and modifiers the name rules may have read as the name's first words
    /// ("Black Lawmakers Rip Donald Trump As …"): a shorter form the text writes later takes
    /// their place ([`People::canonical_into`]). A few at most ([`MAX_TITLE_CASE_NAMES`]).
    title_case_names: Vec<String>,
    /// Strings of an earlier document's `by_surname`, kept for their buffers: a new surname
    /// and its full name are copied into them rather than into new strings.
    spare_surnames: Vec<String>,
    /// Which speakers a pronoun landed on are no person ([`Verdicts::not_person`]).
    verdicts: Verdicts,
    /// The gender the document's courtesy titles give surnames ("Mr. Ruiz").
    honorifics: Honorifics,
    /// The surnames a second person's full name took in the current block ("his wife,
    /// Gabriela Violeta Lazar" after "Marcel Lehel Lazar"), given back at its end.
    shared: SharedSurnames,
}

/// Whom [`People::nearest_person`] finds a pronoun stands for.
enum Antecedent {
    /// The named speaker of the current block's `block_named` at this index.
    InBlock(usize),
    /// The person named before the current block.
    BeforeBlock,
    /// None: the speaker nearest before the pronoun is no person.
    NoPerson,
}

/// The buffers [`People`] leaves for the next document (kept on the thread with the quote
/// finder's arrays: `attribution::scratch`).
#[derive(Default)]
pub(crate) struct Spare {
    /// A former document's mentions, kept for their strings' buffers (see `spare_named`).
    named: Vec<SpeakerRef>,
    /// The lone-name rule's quoted state (grown afresh in each document, it cost more than
    /// the reading it serves).
    quoted: Vec<bool>,
    /// A former document's surnames and full names, kept for their buffers (see
    /// `spare_surnames`): made and freed in every document, they cost about 0.1 M
    /// instructions a pass over PolNeAR dev.
    surnames: Vec<String>,
}

impl People {
    /// No one named yet, with a former document's buffers.
    pub fn with_spare(spare: Spare) -> People {
        People {
            spare_named: spare.named,
            lone: LoneName::with_buffer(spare.quoted),
            spare_surnames: spare.surnames,
            ..People::default()
        }
    }

    /// The buffers, for [`People::with_spare`] on the next document; the mentions as many as
    /// a block may note, at most. A block's mentions are new strings when the spares run out,
    /// so untruncated the spares grew with every document the thread read (about 0.7 KB a
    /// document over PolNeAR dev, never freed).
    pub fn into_spare(mut self) -> Spare {
        self.spare_named.append(&mut self.block_named);
        self.spare_named.truncate(MAX_BLOCK_MENTIONS);
        let mut surnames = self.spare_surnames;
        let short = |s: &String| s.capacity() <= SPARE_NAME_BYTES;
        let room = (2 * SPARE_SURNAMES).saturating_sub(surnames.len());
        surnames.extend(self.by_surname.drain().flat_map(<[String; 2]>::from).filter(short).take(room));
        Spare { named: self.spare_named, quoted: self.lone.into_buffer(), surnames }
    }

    /// Turns a mention into a speaker: canonical name, description, anonymous flag.
    pub fn resolve(&mut self, tk: &Toks, np: &Np) -> SpeakerRef {
        let span = tk.span(np.start, np.end);
        if np.pronoun {
            // "I'm", "He’ll": the pronoun of a contraction.
            let word = crate::text::without_contraction(tk.s(np.start));
            // No character outside ASCII lowers to these letters: an ASCII comparison is
            // `to_lowercase` without its copy.
            // "when I asked him": outside quote marks, "I" is the writer, never the person
            // last quoted.
            if word == "I" && !tk.in_quote(np.start) {
                return SpeakerRef { name: word.to_string(), description: None, span, anonymous: false };
            }
            let personal = is_listed(Listed::Personal, word);
            if personal && self.block_pronouns.len() < MAX_BLOCK_MENTIONS {
                self.block_pronouns.push(span.clone());
                if self.has_bare() {
                    self.block_pronoun_genders.push(gender(word.as_bytes()));
                }
            }
            let antecedent = if personal { &self.last_person } else { self.latest_any() };
            return match antecedent {
                Some(a) => SpeakerRef { span, ..a.clone() },
                None => SpeakerRef { name: word.to_string(), description: None, span, anonymous: false },
            };
        }
        let description = description_text(tk, &np.desc);
        let speaker = match np.name {
            Some((a, b)) if np.kind => speaker::kind_speaker(tk, np, a, b),
            Some((a, b)) => {
                let raw = tk.slice(a, b);
                let name = self.canonical(raw);
                SpeakerRef { name, description, span: tk.span(a, b), anonymous: false }
            }
            None => {
                let mention = tk.slice(np.start, np.end).trim_matches([',', ' ']).to_string();
                SpeakerRef { name: mention, description: None, span, anonymous: np.anonymous }
            }
        };
        // "A representative for the Ivanka Trump Organization said": the representative is the
        // person a later "she" may be, not the organisation's namesake.
        // "… according to the Philippine Star. “…,” he said": an outlet is no "he" or "she".
        let outlet = np.name.is_some_and(|(a, b)| outlet_name(tk, a, b, &speaker.name));
        // "She cited the Department of Labor, which said …. She said …": what "which" stands
        // for is no "he" or "she" (but a later "it" may be it: "Our Principles PAC, which was
        // founded by …, launched an ad. It slams …").
        // "The admiral spoke …. “…,” he said": a role with no name is the person a "he" or "she"
        // stands for while no one named was quoted before.
        let role = (self.last_person.is_none() || self.role_only) && one_role(tk, np);
        let person = ((np.name.is_some() && (!speaker.anonymous || np.kind) && !outlet) || np.unnamed_person || role)
            && !speaker::before_which(tk, np.end);
        self.remember(&speaker, person);
        // Set after `remember`, which clears it: the next role may take this one's place.
        self.role_only |= person && role;
        speaker
    }

    /// Turns a transcript label ("AMA BOATENG", "MENSAH") into a speaker named in the person's
    /// normal case and joined to the person the prose names ("Mensah" for "Kwame Mensah").
    pub fn resolve_label(&mut self, tk: &Toks, np: &Np) -> SpeakerRef {
        let (a, b) = np.name.unwrap_or((np.start, np.end));
        let name = self.canonical(&normal_case(tk.slice(a, b)));
        let speaker = SpeakerRef { name, description: None, span: tk.span(a, b), anonymous: false };
        self.remember(&speaker, true);
        speaker
    }

    /// Records a speaker as the latest one (for pronouns); `person` when a later "he" or
    /// "she" may be them (a named person, or one unnamed person described by a place or body).
    pub fn remember(&mut self, speaker: &SpeakerRef, person: bool) {
        if person {
            self.role_only = false;
            if !self.named_in_block {
                // `before_block` takes the last person as the block began; its old buffers
                // take the copy of `speaker`.
                std::mem::swap(&mut self.before_block, &mut self.last_person);
                self.named_in_block = true;
            }
            copy_into(&mut self.last_person, speaker);
            self.any_is_person = true;
            if self.block_named.len() < MAX_BLOCK_MENTIONS {
                let noted = match self.spare_named.pop() {
                    Some(mut spare) => {
                        spare.clone_from(speaker);
                        spare
                    }
                    None => speaker.clone(),
                };
                self.block_named.push(noted);
            }
        } else {
            copy_into(&mut self.last_any, speaker);
            self.any_is_person = false;
        }
    }

    /// Notes an outlet that relays words it does not speak ("…, the New York Times
    /// reported."): no speaker, so no "he" or "she" stands for it, but a later "the Times"
    /// is the paper it named, as when the paper speaks.
    pub fn note_relay_source(&mut self, name: &str) {
        // Its canonical form notes its last word ("Times"); the form itself is not kept.
        self.canonical(name);
    }

    /// The last speaker of any kind.
    fn latest_any(&self) -> &Option<SpeakerRef> {
        if self.any_is_person {
            &self.last_person
        } else {
            &self.last_any
        }
    }

    /// Starts a block: its mentions are put in text order when it ends.
    pub fn start_block(&mut self) {
        // `before_block` is read only once a person is named in the block, which sets it: its
        // buffers are kept until then.
        self.named_in_block = false;
        self.spare_named.append(&mut self.block_named);
        self.block_pronouns.clear();
        if self.has_bare() {
            self.end_bare_block();
        }
        self.last_subject = None;
    }

    /// [`speaker::subject_past_opening`] of the current block's sentence `a..limit`: the
    /// answer [`People::note_subjects`] kept when it looked up the same sentence (the block's
    /// last; its tokens do not change within the block), else a look-up.
    pub fn subject_past_opening(&self, tk: &Toks, a: usize, limit: usize) -> Option<Np> {
        match &self.last_subject {
            Some((start, end, found)) if (*start, *end) == (a, limit) => found.clone(),
            _ => speaker::subject_past_opening(tk, a, limit),
        }
    }

    /// Ends a block. The passes meet speakers out of text order (direct quotes before
    /// reported speech), so a pronoun may have been given the person named last by an earlier
    /// pass rather than the one named last before it in the text ("Abena Owusu said …
    /// “…,” she said"). Re-resolves each personal pronoun to the named speaker nearest before
    /// it, in every frame that carries it (continuations included).
    /// `doc` is the document's tokens, `tk` the block's view.
    pub fn end_block(&mut self, tk: &Toks, doc: &[Token], frames: &mut [Frame]) {
        if self.shared.any() {
            self.shared.settle(tk.text, &mut self.by_surname, &mut self.spare_surnames);
        }
        let pronouns = std::mem::take(&mut self.block_pronouns);
        for p in &pronouns {
            let Some(a) = self.nearest_person(tk, doc, p) else { continue };
            let a = match a {
                Antecedent::InBlock(i) => self.block_named.get(i),
                Antecedent::BeforeBlock if self.named_in_block => self.before_block.as_ref(),
                Antecedent::BeforeBlock => self.last_person.as_ref(),
                Antecedent::NoPerson => None,
            };
            // The speaker it lands on is no person: it stays itself ("he").
            let unresolved;
            let a = match a {
                Some(a) => a,
                None => {
                    let word = tk.text.get(p.clone()).unwrap_or_default().to_string();
                    unresolved = SpeakerRef { name: word, description: None, span: p.clone(), anonymous: false };
                    &unresolved
                }
            };
            for f in frames.iter_mut() {
                if let Some(sp) = f.speaker.as_mut().filter(|sp| sp.span == *p && sp.name != a.name) {
                    *sp = SpeakerRef { span: p.clone(), ..a.clone() };
                }
            }
        }
        self.block_pronouns = pronouns;
        let before_block = if self.named_in_block { &self.before_block } else { &self.last_person };
        if before_block.is_none() && self.has_bare() {
            self.name_bare_pronouns(frames);
        }
        if before_block.is_none() {
            self.lone_block(tk, doc, frames);
        }
        if let Some(last) = self.block_named.iter().max_by_key(|n| n.span.start) {
            // Usually the person remembered last: then nothing changes.
            if self.last_person.as_ref() != Some(last) {
                if self.any_is_person {
                    // The last speaker of any kind stays the one remembered, not `last`.
                    std::mem::swap(&mut self.last_any, &mut self.last_person);
                    self.any_is_person = false;
                }
                copy_into(&mut self.last_person, last);
                // A person named later in the text than the role remembered ("The admiral
                // said …. Kofi Mensah watched …"): the last person is no longer a role alone.
                self.role_only = false;
            }
        }
    }

    /// The person a pronoun at `p` stands for: the named speaker nearest before it in the
    /// block, else the person named before the block; `None` when no one is named before it.
    /// When that speaker is no person ([`Verdicts::not_person`], asked only of the speakers a
    /// pronoun lands on), the pronoun's person was never noted, and it stands for no one
    /// named: the speaker before the one it landed on was someone else three times in four
    /// over PolNeAR train and dev. A "he" or "she" passes over the people the text gives the
    /// other gender by a courtesy title (`honorific.rs`), to the one named before, or to no
    /// one when none is left. First of all, a "he" or "she" whose sentence names a known
    /// person only as a possessor before it is that person (`possessor.rs`).
    fn nearest_person(&mut self, tk: &Toks, doc: &[Token], p: &Range<usize>) -> Option<Antecedent> {
        let (text, lines) = (tk.text, tk.lines);
        let pronoun = gender(text.as_bytes().get(p.clone()).unwrap_or_default());
        if let Some(i) = pronoun.and_then(|g| self.possessor_antecedent(tk, p, g)) {
            return Some(Antecedent::InBlock(i));
        }
        let before = |n: &SpeakerRef| n.span.end <= p.start;
        let mut nearest =
            (self.block_named.iter().enumerate()).filter(|(_, n)| before(n)).max_by_key(|(_, n)| n.span.start);
        // "Mr. Ruiz said … “…,” she said": the person the text calls "Mr." is no "she"; the
        // one named before is (no one, when the text gives every one named the other gender).
        let evidence = match pronoun {
            Some(g) if self.honorifics.any(text) => {
                Some(GenderEvidence { honorifics: &self.honorifics, text, pronoun: g })
            }
            _ => None,
        };
        if let Some(ev) = &evidence {
            if nearest.is_some_and(|(_, n)| ev.other(&n.name)) {
                nearest = (self.block_named.iter().enumerate())
                    .filter(|(_, n)| before(n) && !ev.other(&n.name))
                    .max_by_key(|(_, n)| n.span.start);
            }
        }
        let (found, speaker) = match nearest {
            Some((i, n)) => (Antecedent::InBlock(i), n),
            None => {
                let before_block = if self.named_in_block { &self.before_block } else { &self.last_person };
                let before_block = before_block.as_ref()?;
                if evidence.is_some_and(|ev| ev.other(&before_block.name)) {
                    return Some(Antecedent::NoPerson);
                }
                (Antecedent::BeforeBlock, before_block)
            }
        };
        Some(if self.verdicts.not_person(text, lines, doc, speaker) { Antecedent::NoPerson } else { found })
    }
}

/// Whether `np` is one person named by a role alone, a determiner before it ("the admiral",
/// "my father", "The Ohio governor"): its last word a lower-case role or title noun, not a
/// plural ("the officials"), an unnamed source ("police") nor a role held by a body ("the
/// campaign", "the local police": list kind `group`).
fn one_role(tk: &Toks, np: &Np) -> bool {
    use super::words::{class, is_listed, Listed};
    let last = np.end.wrapping_sub(1);
    np.name.is_none()
        && !np.pronoun
        && !np.anonymous
        && np.end > np.start + 1
        && tk.has(np.start, class::DETERMINER)
        && tk.word(last)
        && !tk.cap(last)
        && tk.has(last, class::ROLE | class::TITLE)
        && !crate::text::ends_in_one_s(tk.bytes(last), 2, &[])
        && !is_listed(Listed::Group, tk.s(last))
}

/// Sets `slot` to a copy of `speaker`, reusing the buffers of the speaker it held (the latest
/// speaker changes at every quote).
fn copy_into(slot: &mut Option<SpeakerRef>, speaker: &SpeakerRef) {
    match slot {
        Some(held) => held.clone_from(speaker),
        None => *slot = Some(speaker.clone()),
    }
}

#[cfg(test)]
mod tests;
