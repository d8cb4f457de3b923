//! The verb list's phrases (`src/lexicon/attribution_verbs.txt`): what a phrase is and what
//! it does as a cue. [`Words`](super::Words) reads them and looks them up by their first word.

/// What a speech phrase does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// Takes a reported clause with or without "that".
    Say,
    /// Like `Say`, after an addressee ("told reporters").
    Tell,
    /// Reports a clause, with or without "that".
    That,
    /// Reports a clause only with "that"; otherwise takes a plain object.
    Object,
    /// Introduces quoted words only.
    Direct,
    /// "according to".
    According,
    /// Extends a cue after its verb.
    Tail,
    /// Introduces a quoted label ("called the plan “a disaster”").
    Name,
}

/// A multi-word (or one-word) phrase of the verb list.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// The lower-case words.
    pub words: Vec<&'static str>,
    /// What it does.
    pub kind: CueKind,
    /// Whether its last word opens the reported clause ("vowed to" reports "to end the plan"),
    /// marked `opens` in the list's third field; only phrases of two words or more.
    pub opens: bool,
    /// Whether the word is as often a plural noun ("swing states", "news reports"), marked
    /// `noun` in the list's third field: after a plain lower-case word it is read as the noun.
    pub noun: bool,
    /// Whether the word is an irregular past participle ("said", "told"), marked `past` in the
    /// list's third field: after a name's "'s" it is the "'s" of "has" and a verb ("Trump's
    /// said he will run"), as a form in -ed is, not a noun.
    pub past: bool,
    /// Whether its first word is a word of one of the impersonal idioms
    /// ([`Words::idioms`](super::Words::idioms)): only a cue at such a word may stand in one,
    /// so the idioms' look-up asks no other cue.
    pub idiom_word: bool,
}
