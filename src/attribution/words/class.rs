//! Single-word classes, as bit flags (a word may be in several): what one look-up of a
//! word gives ([`Words::classes`](super::Words::classes), a token's `cls`).

pub const PRONOUN: u32 = 1;
pub const DETERMINER: u32 = 1 << 1;
pub const INDEFINITE: u32 = 1 << 2;
pub const PARTICLE: u32 = 1 << 3;
pub const CONNECTOR: u32 = 1 << 4;
pub const FUNCTION: u32 = 1 << 5;
pub const TITLE: u32 = 1 << 6;
pub const ROLE: u32 = 1 << 7;
pub const ANONYMOUS: u32 = 1 << 8;
pub const DOCUMENT: u32 = 1 << 9;
pub const OUTLET_HEAD: u32 = 1 << 10;
pub const OUTLET_NAME: u32 = 1 << 11;
pub const AUX: u32 = 1 << 12;
pub const ADVERB: u32 = 1 << 13;
/// Starts a multi-word phrase of the verb list (verb, "according to" or cue tail).
pub const PHRASE_START: u32 = 1 << 14;
/// A form of "be" before a cue verb.
pub const PASSIVE: u32 = 1 << 19;
/// A relative pronoun ("who").
pub const RELATIVE: u32 = 1 << 20;
/// Joins two predicates of one subject ("said … and warned …").
pub const COORDINATOR: u32 = 1 << 21;
/// Names the doer after a passive participle ("supported by").
pub const AGENT: u32 = 1 << 22;
/// Marks a noun ("the", "their"): a cue word after it is not a verb.
pub const ARTICLE: u32 = 1 << 23;
/// Stands before a speaker and its labelling cue and opens the quoted phrase with them
/// ("condemned what he called “a breach”").
pub const HEADLESS: u32 = 1 << 24;
/// Introduces a label for the object before it ("portrayed the plan as “a disaster”").
pub const LABEL: u32 = 1 << 25;
/// A noun naming what someone holds or says, whose "that" opens the reported clause
/// ("his claim that …", "fears that …").
pub const STANCE: u32 = 1 << 26;
/// A determiner that marks a stance noun but owns it for no person ("the claim that …",
/// "its prediction that …").
pub const IMPERSONAL: u32 = 1 << 27;
/// A section label that may open a headline before a colon ("Watch:", "Exclusive:"),
/// naming no speaker.
pub const HEADING: u32 = 1 << 28;
/// A lower-case word longer than three letters that a work's title may hold ("The Late
/// Show with …").
pub const TITLE_WORD: u32 = 1 << 29;
/// Opens a reported clause ("that").
pub const COMPLEMENTIZER: u32 = 1 << 15;
/// Opens a phrase that extends a cue ("in", "on").
pub const TAILPREP: u32 = 1 << 16;
/// Ends such a phrase ("statement", "interview").
pub const MEDIUM: u32 = 1 << 17;
/// A time word after a cue ("Friday", "last week").
pub const TIME: u32 = 1 << 18;
/// The head noun of an institution's name ("Center", "Committee"), which may join its
/// capitalised words with a [`JOINER`].
pub const BODY: u32 = 1 << 30;
/// Joins the capitalised words of an institution's name ("on", "and"), next to a [`BODY`].
pub const JOINER: u32 = 1 << 31;
/// Any noun that can head a speaker's noun phrase.
pub const SOURCE_NOUN: u32 = ROLE | ANONYMOUS | DOCUMENT | TITLE;
