//! The claim detector's word lists (`src/lexicon/claims_*.txt`), parsed once.

use std::cell::RefCell;
use std::sync::LazyLock;

use super::words::{Hit, Mark, Marked, PhraseSet, SentenceTokenizer, Token};
use crate::lexicon;

/// One parsed list: its place in the shared phrase trie and, per entry, its kind.
#[derive(Debug)]
pub(crate) struct List {
    /// The list's index in [`LEXICON`].
    id: usize,
    /// Each entry's kind (its second field), in file order.
    kinds: Vec<&'static str>,
    /// The list's entries, in file order, with their lines and examples (for the tests).
    #[cfg(test)]
    pub entries: Vec<crate::lexicon::Entry<'static>>,
}

impl List {
    /// The kind of the entry a hit came from (the judge reads it through `kinds`' tables).
    #[cfg(test)]
    pub fn kind(&self, hit: &Hit) -> &'static str {
        self.kinds.get(hit.entry).copied().unwrap_or("")
    }

    /// `f` of every entry's kind, in file order: a table that tells a hit's kind by its entry
    /// (`hit.entry`), for a kind asked of every hit (see `kinds`).
    pub fn per_entry<T>(&self, f: impl Fn(&str) -> T) -> Vec<T> {
        self.kinds.iter().map(|kind| f(kind)).collect()
    }

    /// Every phrase of this list in `tokens` (for short spans; a whole sentence is matched
    /// against every list at once with [`find_all_into`]).
    pub fn find(&self, tokens: &[Token<'_>]) -> Vec<Hit> {
        // Only this list is walked, and the others' vectors stay empty (no allocation).
        let mut lists: [Vec<Hit>; LISTS] = Default::default();
        LEXICON.set.find_lists_into(tokens, &mut lists, 1 << self.id);
        lists.get_mut(self.id).map(std::mem::take).unwrap_or_default()
    }

    /// Whether `pred` holds for a phrase of this list in `tokens` (for short spans): a test of
    /// [`Self::find`]'s hits in buffers kept on the thread, as a word's test runs ~1,000 times a
    /// pass and `find` allocated a vector for each that matched.
    pub fn any(&self, tokens: &[Token<'_>], mut pred: impl FnMut(&Hit) -> bool) -> bool {
        self.any_of(tokens, &mut pred)
    }

    /// [`Self::any`]'s body, written once rather than per predicate: a copy inlined into each
    /// asker left `claims::find_into` too large to inline `number_cues`, and cost 0.02 M a pass
    /// (PolNeAR dev) where this saves 0.07 M.
    fn any_of(&self, tokens: &[Token<'_>], pred: &mut dyn FnMut(&Hit) -> bool) -> bool {
        let want = 1 << self.id;
        ANY_SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut lists) => {
                LEXICON.set.find_lists_into(tokens, &mut *lists, want);
                lists.get(self.id).is_some_and(|hits| hits.iter().any(&mut *pred))
            }
            // A test asked inside `pred` finds the buffers in use and matches into its own.
            Err(_) => self.find(tokens).iter().any(pred),
        })
    }
}

thread_local! {
    /// The hit buffers [`List::any`] matches into, kept on the thread from one test to the
    /// next (borrowed in place: moving them in and out of a `Cell` cost more than the
    /// allocations it saved).
    static ANY_SCRATCH: RefCell<[Vec<Hit>; LISTS]> = const { RefCell::new([const { Vec::new() }; LISTS]) };
}

/// The list files, in the order of their ids.
const FILES: [&str; 4] = [
    lexicon::word_list!("claims_vague.txt"),
    lexicon::word_list!("claims_sourcing.txt"),
    lexicon::word_list!("claims_facts.txt"),
    lexicon::word_list!("claims_hedges.txt"),
];
const LISTS: usize = FILES.len();
/// The list files' names, for the tests' messages.
#[cfg(test)]
const FILE_NAMES: [&str; LISTS] = ["claims_vague.txt", "claims_sourcing.txt", "claims_facts.txt", "claims_hedges.txt"];
/// The vague list's index in [`FILES`].
const VAGUE_ID: usize = 0;
/// The sourcing list's index in [`FILES`].
const SOURCING_ID: usize = 1;
/// The fact list's index in [`FILES`].
const FACTS_ID: usize = 2;
/// The hedge list's index in [`FILES`].
const HEDGES_ID: usize = 3;

/// Every list in one trie, so that a sentence is matched against all of them in one pass.
pub(crate) struct Lexicon {
    set: PhraseSet,
    lists: Vec<List>,
}

/// The matches of every list in one sentence: a vector per list, in the order of [`FILES`],
/// held as the array the matcher fills (as four fields, each call moved them into an array
/// and back: ~100 instructions a sentence).
#[derive(Default)]
pub(crate) struct Hits {
    lists: [Vec<Hit>; LISTS],
}

impl Hits {
    /// Empty hit lists with room for `n` hits each.
    pub(crate) fn with_capacity(n: usize) -> Hits {
        Hits { lists: std::array::from_fn(|_| Vec::with_capacity(n)) }
    }

    /// Vague attributions.
    pub(crate) fn vague(&self) -> &[Hit] {
        &self.lists[VAGUE_ID]
    }

    /// Sourcing cues.
    pub(crate) fn sourcing(&self) -> &[Hit] {
        &self.lists[SOURCING_ID]
    }

    /// Fact cues.
    pub(crate) fn facts(&self) -> &[Hit] {
        &self.lists[FACTS_ID]
    }

    /// Hedges, opinion, first person and page furniture.
    pub(crate) fn hedges(&self) -> &[Hit] {
        &self.lists[HEDGES_ID]
    }

    /// Every list's hits, in the order of [`FILES`].
    pub(crate) fn all(&self) -> impl Iterator<Item = &Hit> {
        self.lists.iter().flatten()
    }

    /// Empties every list, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.lists.iter_mut().for_each(Vec::clear);
    }

    /// Takes every list's hits but the vague list's from `other`, which gets these lists'
    /// buffers in exchange (both sets are kept for the next sentences, not grown anew).
    pub(crate) fn swap_all_but_vague(&mut self, other: &mut Hits) {
        for (id, (list, theirs)) in self.lists.iter_mut().zip(&mut other.lists).enumerate() {
            if id != VAGUE_ID {
                std::mem::swap(list, theirs);
            }
        }
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut set = PhraseSet::default();
    let mut lists = Vec::with_capacity(LISTS);
    for (id, data) in FILES.iter().enumerate() {
        let mut kinds = Vec::new();
        for (i, fields) in lexicon::fields(data).enumerate() {
            let kind = fields.get(1).copied().unwrap_or("");
            if let Some(phrase) = fields.first() {
                // The vague entries that can give a sentence a source of their own are marked,
                // for `may_hold_vague_source`.
                let mark = if id == VAGUE_ID { super::vague::source_mark(kind) } else { Mark::No };
                set.add_marked(phrase, id, i, mark);
            }
            kinds.push(kind);
        }
        lists.push(List {
            id,
            kinds,
            #[cfg(test)]
            entries: lexicon::parse(data),
        });
    }
    // Attribution's word table looks up these roots with its own words (`lower_roots`).
    set.take_roots_from_tokens();
    Lexicon { set, lists }
});

/// The words that start a phrase of the claim lists written in lower case, with the node of
/// the lists' trie each leads to: attribution's word table holds them, so that one look-up
/// per word serves both.
pub(crate) fn lower_roots() -> impl Iterator<Item = (&'static str, usize)> {
    LEXICON.set.lower_roots()
}

/// [`find_lists_into`]'s `want` for every list.
pub(crate) const ALL_LISTS: u8 = u8::MAX;
/// [`find_lists_into`]'s `want` for the vague list.
pub(crate) const VAGUE_LIST: u8 = 1 << VAGUE_ID;
/// [`find_lists_into`]'s `want` for the sourcing list.
pub(crate) const SOURCING_LIST: u8 = 1 << SOURCING_ID;

/// Matches every list against a sentence's tokens, into `hits` (whose vectors are reused).
pub(crate) fn find_all_into(tokens: &[Token<'_>], hits: &mut Hits) {
    find_lists_into(tokens, hits, ALL_LISTS, tokens.len());
}

/// Like [`find_all_into`] for the vague list only (the other lists' hits are left empty): all
/// that a sentence attributed to a speaker is read for.
pub(crate) fn find_vague_into(tokens: &[Token<'_>], hits: &mut Hits) {
    find_lists_into(tokens, hits, VAGUE_LIST, tokens.len());
}

/// Matches the lists whose bit (`1 << id`) `want` sets against a sentence's tokens, into `hits`
/// (the other lists' hits are left empty), for the phrases that start at one of the first
/// `starts` tokens.
pub(crate) fn find_lists_into(tokens: &[Token<'_>], hits: &mut Hits, want: u8, starts: usize) {
    LEXICON.set.find_lists_starting_into(tokens, &mut hits.lists, want, starts);
}

/// Whether sentence `span` may hold a vague source (an entry of the vague list of a kind that
/// [`super::vague::source`] may report, a vague subject where it starts a clause): never
/// [`Marked::No`] or [`Marked::OnlyInsideClauses`] where [`super::vague::source`] would find
/// one, and so for most sentences with no such phrase, told from attribution's tokens without
/// reading the sentence into claims' tokens (`scratch`: a buffer for the few it reads).
pub(crate) fn may_hold_vague_source<'a>(
    tokenizer: &SentenceTokenizer<'a>,
    span: std::ops::Range<usize>,
    scratch: &mut Vec<Token<'a>>,
) -> Marked {
    tokenizer.may_hold_marked(&LEXICON.set, span, scratch)
}

/// The phrase set [`may_hold_vague_source`] screens with, for the screen's own tests.
#[cfg(test)]
pub(crate) fn screened_set() -> &'static crate::claims::words::PhraseSet {
    &LEXICON.set
}

fn list(id: usize) -> &'static List {
    // The four lists are built above, one per file.
    &LEXICON.lists[id]
}

/// Vague attributions: "critics say", "it is believed", "reportedly".
pub(crate) static VAGUE: LazyLock<&List> = LazyLock::new(|| list(VAGUE_ID));

/// Cues that give a sentence a source: "said", "according to", "a poll showed".
pub(crate) static SOURCING: LazyLock<&List> = LazyLock::new(|| list(SOURCING_ID));

/// Cues for a checkable fact: casualties, quantities, accusations, records, causes, events.
pub(crate) static FACTS: LazyLock<&List> = LazyLock::new(|| list(2));

/// Hedges, opinion, first person and page furniture.
pub(crate) static HEDGES: LazyLock<&List> = LazyLock::new(|| list(3));

#[cfg(test)]
mod tests {
    use super::*;

    /// Each list's hits are read back under its own name (the list's id in [`FILES`]), `all`
    /// gives them in the lists' order, `swap_all_but_vague` keeps the vague list's own (and
    /// hands the others back) and `clear` empties them all.
    #[test]
    fn hits_are_read_per_list() {
        let hit = |entry: usize| Hit { entry, first: entry, end: entry + 1 };
        let mut hits = Hits::with_capacity(2);
        for (id, list) in hits.lists.iter_mut().enumerate() {
            list.push(hit(id));
        }
        let named = [hits.vague(), hits.sourcing(), hits.facts(), hits.hedges()];
        let ids = [VAGUE_ID, SOURCING_ID, FACTS_ID, HEDGES_ID];
        assert_eq!(ids, [0, 1, 2, 3]);
        assert_eq!(named, [&[hit(0)][..], &[hit(1)][..], &[hit(2)][..], &[hit(3)][..]]);
        assert_eq!(hits.all().map(|h| h.entry).collect::<Vec<_>>(), [0, 1, 2, 3]);
        let mut other = Hits { lists: [vec![hit(9)], vec![hit(5)], vec![], vec![hit(7), hit(8)]] };
        hits.swap_all_but_vague(&mut other);
        assert_eq!(hits.all().map(|h| h.entry).collect::<Vec<_>>(), [0, 5, 7, 8]);
        assert_eq!(other.all().map(|h| h.entry).collect::<Vec<_>>(), [9, 1, 2, 3]);
        hits.clear();
        assert_eq!(hits.all().count(), 0);
    }

    /// `any` tests the hits `find` gives, of the asked list only, and a test asked inside its
    /// predicate (which finds the thread's buffers in use) matches into buffers of its own.
    #[test]
    fn any_tests_the_hits_find_gives() {
        let tokenized = crate::claims::words::Tokenized::new("Critics say the plan failed, officials said.");
        let toks = tokenized.tokens();
        assert!(!VAGUE.find(&toks).is_empty() && !SOURCING.find(&toks).is_empty());
        for list in [*VAGUE, *SOURCING, *FACTS, *HEDGES] {
            let found = list.find(&toks);
            assert_eq!(list.any(&toks, |_| true), !found.is_empty());
            assert!(found.iter().all(|hit| list.any(&toks, |h| h == hit)));
            assert!(!list.any(&toks, |_| false));
            assert!(!list.any(&[], |_| true));
        }
        let inner = VAGUE.find(&toks);
        assert!(SOURCING.any(&toks, |_| VAGUE.any(&toks, |h| inner.contains(h))));
        // The outer test's hits were not overwritten by the inner one's.
        let outer = SOURCING.find(&toks);
        assert!(SOURCING.any(&toks, |h| VAGUE.any(&toks, |_| true) && outer.contains(h)));
    }

    /// A phrase that ends where an earlier entry of its list ends is reported as the earlier
    /// entry (`Node::entries` holds one per list): a later entry of another kind would silently
    /// never be read as its own kind, and one of the same kind is a duplicate. Each is named.
    #[test]
    fn no_phrase_is_shadowed_by_an_earlier_entry() {
        let mut wrong = Vec::new();
        for &(id, entry, earlier) in LEXICON.set.shadowed() {
            let list = list(id);
            let (kind, earlier_kind) = (list.kinds[entry], list.kinds[earlier]);
            let line = |i: usize| list.entries.get(i).map_or(0, |e| e.line);
            wrong.push(format!(
                "{}: line {} ({kind}) is shadowed by line {} ({earlier_kind})",
                FILE_NAMES[id],
                line(entry),
                line(earlier)
            ));
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
