//! The attribution word lists (`src/lexicon/attribution_*.txt`), parsed once into look-up
//! tables keyed by lower-case word.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::tokens::root_as_kept;
use crate::claims::words::{ROOT_NONE, ROOT_UNKNOWN};
use crate::lexicon;
use crate::wordmap::{BuildWordHasher, WordFilter, WordMap};

pub(crate) const VERBS: &str = lexicon::word_list!("attribution_verbs.txt");
pub(crate) const ROLES: &str = lexicon::word_list!("attribution_roles.txt");
pub(crate) const OUTLETS: &str = lexicon::word_list!("attribution_outlets.txt");
pub(crate) const WORDS: &str = lexicon::word_list!("attribution_words.txt");

type Map<V> = HashMap<&'static str, V, BuildWordHasher>;

pub(crate) mod class;
mod listed;
mod phrase;
mod tiny;
pub(crate) use listed::{is_listed, is_time_prep, is_work_noun, Listed};
use listed::{ListFile, ListedWords};
pub(crate) use phrase::{CueKind, Phrase};
mod courtesy;
pub(crate) use courtesy::{CourtesyTitles, Gender};

/// All the tables.
pub(crate) struct Words {
    /// The listed words and phrases' first words: a cheap test that rules out most words
    /// before hashing.
    shapes: WordFilter,
    /// Every listed word and every listed word plus "s", with the classes [`Words::classes`]
    /// gives it: one look-up per word instead of two (word, then singular); and the claims
    /// trie's lower-case roots with their nodes.
    resolved: WordMap<Entry>,
    /// The entries of `resolved` for every word of one or two ASCII letters or digits, in any
    /// case, at [`tiny::index`]: a fifth of a text's words are that short ("a", "of", "he"),
    /// and one indexed load is cheaper than packing, hashing and probing for them.
    tiny: Box<[Entry]>,
    /// Phrases by their first word, longest first (keyed as [`WordMap`]s are: a look-up by a
    /// packed integer, and in place for an ASCII word in any case).
    phrases: WordMap<Vec<Phrase>>,
    /// The words of the lists asked one word at a time ([`is_listed`]), read with the rest.
    listed: ListedWords,
    /// The verb list's impersonal idioms (kind `idiom`), each as its words
    /// (`indirect/idioms.rs`).
    pub idioms: Vec<Vec<&'static str>>,
    /// The courtesy titles and their genders ([`CourtesyTitles`]).
    courtesy: CourtesyTitles,
}

/// What one look-up of a word gives: its classes, and the node of the claims phrase trie it
/// leads to from the lower-case root (claims' tokens take it from attribution's rather than
/// looking each word up again).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The word's classes ([`class`]).
    pub classes: u32,
    /// The claims trie's node, or [`ROOT_NONE`], as a token keeps it ([`root_as_kept`]: a node
    /// too large for it is [`ROOT_UNKNOWN`]).
    pub claims_root: u32,
    /// Whether the word is the first word of a loaded-wording form (a head, or a suffix after
    /// its hyphen).
    pub loaded_first: bool,
    /// [`WordClasses::listed_as`].
    pub listed_as: Option<ListedAs>,
}

impl Default for Entry {
    fn default() -> Self {
        Entry { classes: 0, claims_root: ROOT_NONE, loaded_first: false, listed_as: None }
    }
}

/// What [`Words::classify`] finds for a word: the fields of its [`Token`](super::tokens::Token)
/// that the word lists give.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordClasses {
    /// [`Token::cls`](super::tokens::Token::cls).
    pub cls: u32,
    /// [`Token::claims_root`](super::tokens::Token::claims_root).
    pub claims_root: u32,
    /// [`Token::not_loaded`](super::tokens::Token::not_loaded).
    pub not_loaded: bool,
    /// What the word, in any case, is listed as beyond its classes ([`ListedAs`]): a sentence
    /// opener or a word naming a kind of person.
    pub listed_as: Option<ListedAs>,
}

impl WordClasses {
    /// The classes of a token that is no word, or of a word not looked up.
    pub(crate) const NONE: WordClasses =
        WordClasses { cls: 0, claims_root: ROOT_UNKNOWN, not_loaded: false, listed_as: None };
}

/// Longest word looked up in the lists (longer words are never list entries).
pub(crate) const MAX_LOOKUP: usize = 24;

/// The longest ASCII word whose claims trie node (and loaded-wording first word) the table
/// holds.
pub(crate) const CLAIMS_ROOT_MAX: usize = 16;

pub(crate) static WORDS_TABLE: LazyLock<Words> = LazyLock::new(Words::build);

/// The classes a possessive or contraction keeps of its stem ("That’s", "Clinton's").
const POSSESSIVE_KEEPS: u32 = class::FUNCTION | class::PRONOUN | class::TIME;

/// Whether every character of `word` outside ASCII is a typographic apostrophe (U+2019,
/// bytes E2 80 99): "Clinton’s", "don’t".
fn ascii_but_apostrophes(word: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = word.get(i) {
        i += match (b, word.get(i + 1..i + 3)) {
            (0..0x80, _) => 1,
            (0xE2, Some([0x80, 0x99])) => 3,
            _ => return false,
        };
    }
    true
}

/// Whether the ASCII word `word`, in any case, is a pronoun, a determiner or an article
/// ("She", "The"): capitalised, it is so only for opening its sentence ("The Sanders campaign"
/// and "the Sanders campaign" are one source).
pub(crate) fn is_grammar_word(word: &str) -> bool {
    // Such words are ASCII letters, as the look-up of a token's word needs.
    word.bytes().all(|b| b.is_ascii_alphabetic())
        && WORDS_TABLE.entry_ascii(word.as_bytes()).classes & (class::PRONOUN | class::DETERMINER | class::ARTICLE) != 0
}

/// What a word is listed as that no class bit can mark, the 32 being taken
/// ([`Token::listed_as`](super::tokens::Token::listed_as)): one byte in the token, set by the
/// word's one look-up, as a list asked word by word ([`is_listed`]) would cost a speaker
/// phrase's every name run a look-up. Either way a listed word, which is no first name (the
/// people's raw-token readers ask just that: `listed_as.is_some()`); the speaker rules ask
/// which, through `Toks::opener` and `Toks::member`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ListedAs {
    /// A sentence opener (list kinds `opener`, `count` and `degree`: "What", "With", "Most",
    /// "Nearly"), which capitalised at a sentence start is no name, and what it does there.
    Opener(Opener),
    /// A word naming a member or follower of a party or creed (list kind `member`:
    /// "Republican", "Democrat"), a kind of person, never a person's name.
    Member,
    /// A church or honorary title (roles list kind `honorific`: "Cardinal", "Sir"): class
    /// [`class::TITLE`] as written, its plural none ("the bishops … are concerned" names no
    /// source); capitalised with no capitalised word after it, it may be a name ("The Cardinal
    /// said"), which the name rules ask out of line (`name_words::namey`), not the tokenizer.
    Honorific,
}

/// What a listed sentence opener does ([`ListedAs::Opener`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Opener {
    /// Opens a phrase before the subject (kind `opener`: "What", "With").
    Phrase,
    /// Counts the people who speak, and may stand alone for them (kind `count`: "Most",
    /// "Half").
    Count,
    /// Begins a count, but alone counts no one (kind `degree`: "Nearly half", "Just over a
    /// quarter"; "Just click here").
    Degree,
}

impl Words {
    // Each list file is read once here, every entry going to the tables its kind names: the
    // word classes, the phrases, what a word is listed as beyond its classes, the lists asked one word at a time and
    // the idioms (reading a file again for each was a tenth of the start-up).
    fn build() -> Words {
        let mut classes: Map<u32> = Map::default();
        let mut phrases: Map<Vec<Phrase>> = Map::default();
        let mut listed = ListedWords::default();
        let mut idioms = Vec::new();
        for fields in lexicon::fields(VERBS) {
            let (Some(&form), Some(&kind)) = (fields.first(), fields.get(1)) else { continue };
            listed::note(&mut listed, ListFile::Verbs, form, kind);
            let Some(first) = form.split_whitespace().next() else { continue };
            let kind = match kind {
                "say" => CueKind::Say,
                "tell" => CueKind::Tell,
                "that" => CueKind::That,
                "object" => CueKind::Object,
                "direct" => CueKind::Direct,
                "according" => CueKind::According,
                "tail" => CueKind::Tail,
                "name" => CueKind::Name,
                "aux" => {
                    *classes.entry(first).or_default() |= class::AUX;
                    continue;
                }
                "passive" => {
                    *classes.entry(first).or_default() |= class::AUX | class::PASSIVE;
                    continue;
                }
                "adverb" => {
                    *classes.entry(first).or_default() |= class::ADVERB;
                    continue;
                }
                "idiom" => {
                    idioms.push(form.split_whitespace().collect());
                    continue;
                }
                _ => continue,
            };
            let words: Vec<&'static str> = form.split_whitespace().collect();
            *classes.entry(first).or_default() |= class::PHRASE_START;
            let opens = fields.get(2).is_some_and(|f| *f == "opens") && words.len() >= 2;
            let noun = fields.get(2).is_some_and(|f| *f == "noun");
            let past = fields.get(2).is_some_and(|f| *f == "past");
            phrases.entry(first).or_default().push(Phrase { words, kind, opens, noun, past, idiom_word: false });
        }
        for list in phrases.values_mut() {
            crate::sort::by_key(list, |p| std::cmp::Reverse(p.words.len()));
        }
        // The idioms follow the phrases in the list, so their words are marked once all are
        // read: the phrases under each of the few idiom words (a test of every phrase's first
        // word against a set of them was 0.08 M instructions of the start-up).
        for word in idioms.iter().flatten() {
            for p in phrases.get_mut(word).into_iter().flatten() {
                p.idiom_word = true;
            }
        }
        // What the words list's words are listed as beyond their classes ([`ListedAs`]: kinds
        // `opener`, `count`, `degree` and `member`), and the roles list's `honorific`s, as
        // written: not their plurals; and the courtesy titles' genders ([`CourtesyTitles`]).
        let mut listed_as_words = Vec::new();
        let mut courtesy = CourtesyTitles::default();
        for (file, data, kinds) in [
            (
                Some(ListFile::Roles),
                ROLES,
                &[
                    ("title", class::TITLE),
                    ("honorific", class::TITLE),
                    ("role", class::ROLE),
                    ("group", class::ROLE),
                    ("anonymous", class::ANONYMOUS),
                    ("document", class::DOCUMENT),
                    ("body", class::BODY),
                ][..],
            ),
            (Some(ListFile::Outlets), OUTLETS, &[("head", class::OUTLET_HEAD), ("name", class::OUTLET_NAME)][..]),
            (
                Some(ListFile::Words),
                WORDS,
                &[
                    ("pronoun", class::PRONOUN),
                    ("determiner", class::DETERMINER),
                    ("indefinite", class::INDEFINITE | class::DETERMINER),
                    ("particle", class::PARTICLE),
                    ("connector", class::CONNECTOR),
                    ("function", class::FUNCTION),
                    ("complementizer", class::COMPLEMENTIZER | class::FUNCTION),
                    ("tailprep", class::TAILPREP),
                    ("relative", class::RELATIVE | class::FUNCTION),
                    ("coordinator", class::COORDINATOR | class::FUNCTION),
                    ("agent", class::AGENT),
                    ("article", class::ARTICLE),
                    ("headless", class::HEADLESS),
                    ("label", class::LABEL),
                    ("stance", class::STANCE),
                    ("impersonal", class::IMPERSONAL),
                    ("heading", class::HEADING),
                    ("titleword", class::TITLE_WORD),
                    ("medium", class::MEDIUM),
                    ("time", class::TIME),
                    ("weekday", class::TIME),
                    ("joiner", class::JOINER),
                ][..],
            ),
        ] {
            for fields in lexicon::fields(data) {
                let (Some(&word), Some(&kind)) = (fields.first(), fields.get(1)) else { continue };
                if let Some((_, flag)) = kinds.iter().find(|(k, _)| *k == kind) {
                    *classes.entry(word).or_default() |= flag;
                }
                if kind == "honorific" {
                    listed_as_words.push((word, ListedAs::Honorific));
                }
                let Some(file) = file else { continue };
                listed::note(&mut listed, file, word, kind);
                let listed_as = match kind {
                    "opener" => ListedAs::Opener(Opener::Phrase),
                    "count" => ListedAs::Opener(Opener::Count),
                    "degree" => ListedAs::Opener(Opener::Degree),
                    "member" => ListedAs::Member,
                    // Its third field gives the gender the title tells.
                    "courtesy" => {
                        if let Some(gender) = Gender::of_field(fields.get(2)) {
                            courtesy.add(word, gender);
                        }
                        continue;
                    }
                    _ => continue,
                };
                listed_as_words.push((word, listed_as));
            }
        }
        let mut shapes = WordFilter::default();
        for word in classes.keys().chain(phrases.keys()) {
            shapes.add(word);
        }
        let mut resolved = WordMap::default();
        // An honorific's plural is no noun of persons ("the bishops … are concerned"): the
        // word is a title only before a name.
        let honorifics: Vec<&str> =
            listed_as_words.iter().filter(|(_, l)| *l == ListedAs::Honorific).map(|(w, _)| *w).collect();
        // One buffer for the plurals: a `format!` per listed word was a fifth of this build,
        // which the extension pays on every cold start.
        let mut plural = String::new();
        for word in classes.keys() {
            plural.clear();
            plural.push_str(word);
            plural.push('s');
            let honorific = honorifics.contains(word);
            for form in [*word, plural.as_str()] {
                if honorific && form.len() > word.len() && !classes.contains_key(form) {
                    continue;
                }
                let c = Self::classes_slow(&classes, form);
                if c != 0 {
                    resolved.insert(form, Entry { classes: c, ..Entry::default() });
                }
            }
        }
        // The claims trie's lower-case roots that an ASCII word's look-up reaches (a word of
        // up to 16 bytes: longer ones would make every long word's look-up lower a copy).
        for (word, node) in crate::claims::lower_roots() {
            let (Ok(node), true) = (u32::try_from(node), word.is_ascii() && word.len() <= CLAIMS_ROOT_MAX) else {
                continue;
            };
            let entry = resolved.get(word).copied().unwrap_or_default();
            resolved.insert(word, Entry { claims_root: root_as_kept(node), ..entry });
            shapes.add(word);
        }
        // Loaded wording's first words, likewise.
        for word in crate::loaded::first_words() {
            if word.is_ascii() && word.len() <= CLAIMS_ROOT_MAX {
                let entry = resolved.get(&word).copied().unwrap_or_default();
                resolved.insert(&word, Entry { loaded_first: true, ..entry });
                shapes.add(&word);
            }
        }
        for (word, listed_as) in listed_as_words {
            let word = word.to_ascii_lowercase();
            let entry = resolved.get(&word).copied().unwrap_or_default();
            resolved.insert(&word, Entry { listed_as: Some(listed_as), ..entry });
            shapes.add(&word);
        }
        let mut by_first = WordMap::default();
        for (first, list) in phrases {
            by_first.insert(first, list);
        }
        let tiny = tiny::table(&resolved);
        Words { shapes, resolved, tiny, phrases: by_first, listed, idioms, courtesy }
    }

    /// Whether an ASCII word, in any case, could be listed (itself or its singular), or is a
    /// possessive ("Clinton's").
    #[inline]
    pub fn may_have(&self, word: &[u8]) -> bool {
        match word {
            [.., b'\'', b's' | b'S'] => true,
            [stem @ .., b's' | b'S'] => self.shapes.may_have(word) || self.shapes.may_have(stem),
            _ => self.shapes.may_have(word),
        }
    }

    /// The classes of a lower-case word; plurals fall back to the singular's noun classes.
    pub fn classes(&self, lower: &str) -> u32 {
        self.resolved.get(lower).map_or(0, |e| e.classes)
    }

    /// The [`Entry`] of an ASCII word in any case, as the tokenizer reads one (letters and
    /// digits, and the marks that join them: `' - . & ,`), looked up without lowering it into
    /// a buffer first; its `claims_root` is only meaningful for a word of up to
    /// [`CLAIMS_ROOT_MAX`] bytes.
    // Always inlined into the tokenizer's loop (through `classify`): with the short-word
    // table it grew past the size LLVM inlines by itself, and a call per word cost more.
    #[inline(always)]
    pub fn entry_ascii(&self, word: &[u8]) -> Entry {
        if let Some(entry) = tiny::index(word).and_then(|i| self.tiny.get(i)) {
            return *entry;
        }
        self.resolved.get_token_lower(word).copied().unwrap_or_default()
    }

    /// [`Words::entry_ascii`] of a word from anywhere (a name's or a description's, split at
    /// spaces), which may hold bytes no token's word does (a slash, a quote mark, a non-ASCII
    /// letter): such a word gets the empty entry, as the look-up of a token's word takes only
    /// the bytes the tokenizer joins into one.
    pub fn entry_any(&self, word: &[u8]) -> Entry {
        if word.iter().all(|b| b.is_ascii_alphanumeric() || b"'-.&,".contains(b)) {
            self.entry_ascii(word)
        } else {
            Entry::default()
        }
    }

    /// A word's classes, its node of the claims phrase trie (the same look-up finds it) and
    /// whether it starts no loaded-wording form: the [`WordClasses`] of its token. The word
    /// is `text[word]` (whole characters; taken as bytes, as slicing the text as a string
    /// checked both ends for a character boundary, ~15 instructions a word), `ascii` and
    /// `joined` its token's flags, `buf` a buffer for a lower-case copy. Given back rather
    /// than set on a token, so that the tokenizer writes each token once (filling a token in
    /// place kept its fields on the stack: ~15 instructions a word).
    // Inlined into the tokenizer's loop: as a call per word it cost more than the separate
    // pass over the tokens it replaces.
    #[inline(always)]
    pub fn classify(
        &self,
        text: &[u8],
        word: Range<usize>,
        ascii: bool,
        joined: bool,
        buf: &mut String,
    ) -> WordClasses {
        let mut out = WordClasses::NONE;
        // The word is sliced after its length is tested, as that length from its start: the
        // tokenizer's checked slice of every word cost ~11 instructions.
        let len = word.end.wrapping_sub(word.start);
        if len > MAX_LOOKUP {
            return out;
        }
        let Some(bytes) = text.get(word.start..).and_then(|rest| rest.get(..len)) else { return out };
        // Most words are ASCII (the tokenizer says which): look them up in place, lowered
        // while the key is packed.
        let holds_root = bytes.len() <= CLAIMS_ROOT_MAX;
        // A word of up to 16 bytes is looked up straight away (most are listed, and a
        // look-up in the packed table costs little more than the shape filter that would
        // turn the others away); a longer one, rarely listed and looked up by string, is
        // filtered first.
        if ascii && !holds_root && !self.may_have(bytes) {
            return out;
        }
        if !ascii {
            out.cls = self.wide_classes(bytes, buf);
            return out;
        }
        let entry = self.entry_ascii(bytes);
        if holds_root {
            out.claims_root = entry.claims_root;
            out.not_loaded = !joined && !entry.loaded_first;
        }
        out.listed_as = entry.listed_as;
        out.cls = entry.classes;
        // "Clinton's", "He'll": a possessive or contraction keeps its word's class.
        if out.cls == 0 && joined {
            out.cls = self.contraction_classes(bytes, buf);
        }
        out
    }

    /// The classes of a word holding a character outside ASCII (its bytes, whole characters);
    /// `buf`: a buffer for its lower-case copy. "That’s", "Clinton’s": a contraction or
    /// possessive keeps its word's class ([`POSSESSIVE_KEEPS`]).
    // Out of the tokenizer's loop: about one word in a hundred takes it (637 of PolNeAR dev's).
    #[inline(never)]
    fn wide_classes(&self, bytes: &[u8], buf: &mut String) -> u32 {
        // Most such words are ASCII but for typographic apostrophes ("Clinton’s", "don’t"):
        // no listed word holds one (tested), so only a possessive's ASCII stem can be listed.
        // Told from the bytes, without decoding and lowering the word.
        if ascii_but_apostrophes(bytes) {
            return self.contraction_classes(bytes, buf);
        }
        // The buffer is cleared only where it is written (not for every word).
        buf.clear();
        buf.extend(std::str::from_utf8(bytes).unwrap_or_default().chars().flat_map(char::to_lowercase));
        let c = self.classes(buf);
        if c != 0 {
            return c;
        }
        let stem = crate::text::without_contraction(buf);
        if stem.len() < buf.len() {
            self.classes(stem) & POSSESSIVE_KEEPS
        } else {
            0
        }
    }

    /// The classes a possessive or contraction keeps of its stem ([`crate::text::contracted_stem`]): a
    /// word with an apostrophe, ASCII but for typographic apostrophes.
    // Out of the tokenizer's loop: only a joined word that no list holds takes it.
    #[inline(never)]
    fn contraction_classes(&self, bytes: &[u8], buf: &mut String) -> u32 {
        match crate::text::contracted_stem(bytes) {
            Some(stem) if stem.is_ascii() => self.stem_classes(stem, buf),
            _ => 0,
        }
    }

    /// The classes a possessive or contraction keeps of its stem, an ASCII word in any case
    /// ("Clinton" of "Clinton's"), lowered into `buf` (no UTF-8 check: ASCII bytes are
    /// characters).
    fn stem_classes(&self, stem: &[u8], buf: &mut String) -> u32 {
        buf.clear();
        buf.extend(stem.iter().map(|&b| char::from(b.to_ascii_lowercase())));
        self.classes(buf) & POSSESSIVE_KEEPS
    }

    /// [`Words::classes`] from the list's own classes, for building the table.
    fn classes_slow(classes: &Map<u32>, lower: &str) -> u32 {
        let direct = classes.get(lower).copied().unwrap_or(0);
        if direct & class::SOURCE_NOUN != 0 {
            return direct;
        }
        let singular = lower.strip_suffix('s').map(|s| classes.get(s).copied().unwrap_or(0)).unwrap_or(0);
        direct | (singular & (class::SOURCE_NOUN | class::OUTLET_HEAD | class::BODY))
    }

    /// The phrases that start with this lower-case word, longest first.
    pub fn phrases(&self, lower: &str) -> &[Phrase] {
        self.phrases.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The phrases that start with an ASCII word in any case (its lower case), longest first:
    /// no lower-case copy is made.
    pub fn phrases_ascii(&self, word: &[u8]) -> &[Phrase] {
        self.phrases.get_ascii_lower(word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The verb list's one-word phrase that is this lower-case word ("said", "states"), if
    /// any: a word read as a verb of saying on its own, wherever no cue was found at it (a
    /// passive, a participle, a plural noun). The list holds each one-word form once (tested).
    pub fn one_word_phrase(&self, lower: &str) -> Option<&Phrase> {
        self.phrases(lower).iter().find(|p| p.words.len() == 1)
    }
}

#[cfg(test)]
mod tests;
