//! Words of a sentence and phrase lists matched against them.
//!
//! The claim rules look for phrases ("critics say", "according to", "killed") in one sentence
//! at a time. A hand-written tokenizer and one hash look-up per word keep this linear and fast
//! (the crate's `regex` build has no lazy DFA, so big alternations would be slow).

use std::borrow::Cow;

use crate::wordmap::{WordFilter, WordMap};

mod matching;
mod tokens;

#[cfg(test)]
pub(crate) use tokens::Tokenized;
pub(crate) use tokens::{
    lowered_text_into, Lowered, Marked, SentenceTokenizer, Token, TokenKind, ROOT_NONE, ROOT_UNKNOWN,
};

/// One node of the phrase trie: the words that may follow, and the entry a phrase ending here
/// belongs to.
#[derive(Debug, Default)]
struct Node {
    children: WordMap<usize>,
    /// The first bytes of the words of `children`, a bit per byte's five low bits
    /// ([`first_byte_bit`]): none at a node with no word to look up (most roots: one-word
    /// entries), and few at most others, so that a next word that starts none of them is
    /// turned away before the shape filter and the look-up ([`PhraseSet::next_child`]; the
    /// words after a common word's wildcard, "the * case for", most of all).
    firsts: u32,
    /// The child for `*` (any one word).
    star: Option<usize>,
    /// Whether the node is a `*` child (its children's words are in
    /// [`PhraseSet::after_wildcard_shapes`]).
    wildcard: bool,
    /// Per list (at its index), the first entry whose phrase ends here, where [`Node::ends`]
    /// has the list's bit: held in the node, not in a vector of its own, as most of the
    /// thousands of nodes built on the extension's cold start hold one entry or none.
    entries: [u32; MAX_LISTS],
    /// A bit per list (`1 << list`) whose phrase ends here, with its entry in `entries`.
    ends: u8,
    /// A bit per list (`1 << list`) with an entry whose phrase passes or ends here: a walk for
    /// some lists only ([`PhraseSet::find_lists_into`]) leaves the other nodes.
    lists: u8,
    /// The first bytes of the words of `children` on a marked phrase's path, a bit per byte's
    /// five low bits ([`first_byte_bit`]): most words after a marked node's word ("is", "it")
    /// start none of its few marked children's words, and this turns them away before the
    /// shape filter and the look-up ([`PhraseSet::marked_step`]).
    marked_firsts: u32,
}

impl Node {
    /// The (list, entry) of each phrase that ends here, by list.
    #[inline(always)]
    fn ending(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut lists = self.ends;
        std::iter::from_fn(move || {
            if lists == 0 {
                return None;
            }
            let list = lists.trailing_zeros() as usize;
            lists &= lists - 1;
            Some((list, self.entries.get(list).map_or(0, |&e| e as usize)))
        })
    }
}

/// The bit of [`Node::firsts`] and [`Node::marked_firsts`] for a word starting with byte `b`.
#[inline]
fn first_byte_bit(b: u8) -> u32 {
    1 << (b & 31)
}

/// [`PhraseSet::marks`]: the node lies on the path of a marked phrase.
const ON_MARKED: u8 = 1;
/// [`PhraseSet::marks`]: a marked phrase ends at the node.
const ENDS_MARKED: u8 = 2;
/// [`PhraseSet::marks`]: a phrase marked for a clause's start only ([`Mark::AtClauseStart`]) ends
/// at the node.
const ENDS_MARKED_AT_CLAUSE: u8 = 4;

/// Which phrases [`PhraseSet::add_marked`] marks for [`SentenceTokenizer::may_hold_marked`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mark {
    /// Not marked.
    No,
    /// Marked wherever it stands.
    Always,
    /// Marked only where it starts a clause: at the sentence's start, after a mark or after a
    /// clause opener (`claims_grammar.txt`), as a vague subject must ("Many say"; not "how
    /// many", "the most").
    AtClauseStart,
}

/// A phrase list as a trie of words, so that matching costs one look-up per word of the text
/// however many phrases share a first word ("is/are/was/were ...").
#[derive(Debug)]
pub(crate) struct PhraseSet {
    /// Node 0: the root for entries written in lower case; node 1: the root for entries whose
    /// first word is written with a capital (matched as written).
    nodes: Vec<Node>,
    /// Per node (at its index), [`ON_MARKED`], [`ENDS_MARKED`] and [`ENDS_MARKED_AT_CLAUSE`]:
    /// whether a marked phrase ([`PhraseSet::add_marked`]) passes through or ends there. Kept
    /// apart from the 150-byte nodes, so that the attributed-sentence screen, which asks it of
    /// most words of a sentence ([`MarkedNodes::on`]), reads a byte array, not a node each.
    marks: Vec<u8>,
    /// Per root as a token keeps it in 16 bits (attribution's `Token::claims_root`), 1 where the
    /// attributed-sentence screen must read the word rather than pass over it: the unknown
    /// marker and every root a marked phrase passes. One load a word answers both tests (no
    /// bounds test: a `u16` indexes all of it), where the marks needed a marker test, a bounds
    /// test and a load (~4 instructions a word over ~38 K words a pass). 64 KiB, one table.
    screened: Box<[u8; ROOTS_KEPT]>,
    /// The shapes of the two roots' words: most words of a sentence start no phrase, and
    /// this rules them out without hashing.
    root_shapes: [WordFilter; 2],
    /// The shapes of every word after a phrase's first: most words of a sentence start a
    /// phrase, but the word after one rarely continues it, and this turns most of those
    /// look-ups away without hashing.
    inner_shapes: WordFilter,
    /// The shapes of the words right after a wildcard, a few dozen: most words after a common
    /// word's wildcard ("the * * case for", "in * poll") are turned away by it where the
    /// shapes of every inner word let one in three through.
    after_wildcard_shapes: WordFilter,
    /// The words of the lower-case root and the nodes they lead to, for attribution's word
    /// table (which looks them up with its own words, so that claims need not).
    lower_roots: Vec<(String, usize)>,
    /// Whether the tokens' [`Token::root`] are this set's (the claims lexicon's) roots.
    roots_in_tokens: bool,
    /// [`PhraseSet::add_marked`]'s lists of the nodes a phrase has reached, kept between calls.
    frontiers: (Vec<usize>, Vec<usize>),
    /// The first bytes of the capitalized roots a marked phrase starts from, a bit per byte
    /// value: a capitalized word is looked up for one only when its first byte is one of them
    /// (the claim lists mark one such root, "Some").
    marked_cased_firsts: [u64; 4],
    /// The lower-case root's child for each one-byte ASCII word (a mark: "," or "<" start a
    /// few phrases), [`ROOT_NONE`] for the others: a mark, a sixth of the tokens, is looked up
    /// here rather than filtered and hashed.
    byte_roots: [u32; 128],
    /// Per phrase that ends where an earlier entry of its list already ends, (list, entry,
    /// earlier entry): the walk reports only the earlier one, so the later one is shadowed
    /// there (checked by the lists' tests: a shadowed entry of another kind is a mistake).
    #[cfg(test)]
    shadowed: Vec<(usize, usize, usize)>,
}

impl Default for PhraseSet {
    fn default() -> Self {
        PhraseSet {
            nodes: vec![Node::default(), Node::default()],
            marks: vec![0, 0],
            screened: unknown_screened(),
            root_shapes: [WordFilter::default(), WordFilter::default()],
            inner_shapes: WordFilter::default(),
            after_wildcard_shapes: WordFilter::default(),
            lower_roots: Vec::new(),
            roots_in_tokens: false,
            frontiers: (Vec::new(), Vec::new()),
            marked_cased_firsts: [0; 4],
            byte_roots: [ROOT_NONE; 128],
            #[cfg(test)]
            shadowed: Vec::new(),
        }
    }
}

/// A phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The index of the list entry.
    pub entry: usize,
    /// First token index of the match.
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
}

/// The most lists one [`PhraseSet::find_lists_into`] reports on (the claims use four; hits of lists
/// past this are not reported).
const MAX_LISTS: usize = 8;

/// The roots a token can keep: its 16 bits ([`PhraseSet::screened`]).
const ROOTS_KEPT: usize = 1 << 16;

/// A [`PhraseSet::screened`] that screens only the unknown marker (a token's `0xFFFF`).
fn unknown_screened() -> Box<[u8; ROOTS_KEPT]> {
    let mut screened = Box::new([0; ROOTS_KEPT]);
    if let Some(unknown) = screened.last_mut() {
        *unknown = 1;
    }
    screened
}

const LOWER_ROOT: usize = 0;
const CASED_ROOT: usize = 1;

/// A list word as the look-ups see it: lower case, typographic apostrophes straight. Most list
/// words already are, and are borrowed: allocating two strings per word was most of the cost of
/// building the trie, paid on the extension's cold start.
fn normalize(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
}

impl PhraseSet {
    /// [`Self::add_marked`] unmarked, for the tests.
    #[cfg(test)]
    pub fn add(&mut self, pattern: &str, list: usize, entry: usize) {
        self.add_marked(pattern, list, entry, Mark::No);
    }

    /// Adds the phrase pattern of entry `entry`. Words are separated by spaces; `a/b/c` gives
    /// alternatives for one word; `*` is any one word; an entry word written with a capital
    /// matches only a capitalized word (so "March" the month is not "march" the verb). A
    /// `marked` phrase marks the nodes on its way, so that
    /// [`SentenceTokenizer::may_hold_marked`] can tell a word that starts no marked phrase without
    /// reading the sentence into tokens.
    pub fn add_marked(&mut self, pattern: &str, list: usize, entry: usize, mark: Mark) {
        let marked = mark != Mark::No;
        let mut slots = pattern.split_whitespace();
        let Some(first) = slots.next() else {
            return;
        };
        // The two node lists are kept from one entry to the next (a thousand entries are added
        // on the extension's cold start).
        let (mut frontier, mut next) = std::mem::take(&mut self.frontiers);
        frontier.clear();
        for alt in first.split('/') {
            let cased = alt.chars().next().is_some_and(char::is_uppercase);
            let root = if cased { CASED_ROOT } else { LOWER_ROOT };
            let child = if cased { self.child(CASED_ROOT, alt) } else { self.child(LOWER_ROOT, &normalize(alt)) };
            if marked {
                self.mark(root, ON_MARKED);
                self.mark(child, ON_MARKED);
                if let (true, Some(&b)) = (cased, alt.as_bytes().first()) {
                    if let Some(bits) = self.marked_cased_firsts.get_mut(usize::from(b / 64)) {
                        *bits |= 1 << (b % 64);
                    }
                }
            }
            self.add_list(child, list);
            frontier.push(child);
        }
        let mut alts: Vec<Cow<'_, str>> = Vec::new();
        for slot in slots {
            // Each alternative normalised once, not once per node of the frontier.
            alts.clear();
            alts.extend(slot.split('/').map(normalize));
            next.clear();
            for &node in &frontier {
                for alt in &alts {
                    next.push(self.child(node, alt));
                    if let (true, Some(&b), false) = (marked, alt.as_bytes().first(), alt == "*") {
                        if let Some(n) = self.nodes.get_mut(node) {
                            n.marked_firsts |= first_byte_bit(b);
                        }
                    }
                }
            }
            // A node reached twice (a repeated alternative) is walked on once. Sorted rather
            // than searched per push: "some/many/most critics/experts/…" reaches a thousand
            // nodes, and the quadratic search was a sixth of building the trie.
            crate::sort::unstable(&mut next);
            next.dedup();
            std::mem::swap(&mut frontier, &mut next);
            frontier.iter().for_each(|&node| self.add_list(node, list));
            if marked {
                frontier.iter().for_each(|&node| self.mark(node, ON_MARKED));
            }
        }
        for &node in &frontier {
            match mark {
                Mark::No => {}
                Mark::Always => self.mark(node, ENDS_MARKED),
                Mark::AtClauseStart => self.mark(node, ENDS_MARKED_AT_CLAUSE),
            }
            if let Some(n) = self.nodes.get_mut(node) {
                // A list past `MAX_LISTS`, or an entry past `u32`, is never reported.
                if let (Some(slot), Ok(index)) = (n.entries.get_mut(list), u32::try_from(entry)) {
                    if n.ends & (1 << list) == 0 {
                        *slot = index;
                        n.ends |= 1 << list;
                    } else {
                        #[cfg(test)]
                        self.shadowed.push((list, entry, *slot as usize));
                    }
                }
            }
        }
        self.frontiers = (frontier, next);
    }

    /// Says that a phrase of `list` passes or ends at `node`.
    fn add_list(&mut self, node: usize, list: usize) {
        if let (Some(n), true) = (self.nodes.get_mut(node), list < MAX_LISTS) {
            n.lists |= 1 << list;
        }
    }

    /// Whether a phrase of a list of `want` passes or ends at `node` (every node, when all
    /// lists are wanted).
    #[inline]
    fn wanted(&self, node: usize, want: u8) -> bool {
        want == u8::MAX || self.nodes.get(node).is_some_and(|n| n.lists & want != 0)
    }

    /// Sets `flag` on `node`.
    fn mark(&mut self, node: usize, flag: u8) {
        if let Some(m) = self.marks.get_mut(node) {
            *m |= flag;
        }
        // A token keeps a node below `0x8000` as itself, and any other as unknown.
        if let (Some(s), true) = (self.screened.get_mut(node), node < 0x8000) {
            *s = 1;
        }
    }

    /// The flags of [`PhraseSet::marks`] of `node`.
    #[inline]
    fn marked(&self, node: usize) -> u8 {
        self.marks.get(node).copied().unwrap_or(0)
    }

    /// The lower-case root node of a one-byte ASCII word or mark ([`ROOT_NONE`] for none).
    #[inline]
    pub(crate) fn byte_root(&self, b: u8) -> u32 {
        self.byte_roots.get(usize::from(b)).copied().unwrap_or(ROOT_NONE)
    }

    /// The nodes' marks, asked whether a marked phrase passes a root ([`MarkedNodes::on`]), for
    /// a loop over many words: taken once, so that the loop keeps them in registers (asked
    /// through a set behind a static, they were loaded from it again for every word).
    #[inline]
    pub(crate) fn marked_nodes(&self) -> MarkedNodes<'_> {
        MarkedNodes { marks: &self.marks, screened: &self.screened }
    }

    /// The node of the capitalized root `text` leads to, when a marked phrase passes it.
    pub(crate) fn cased_root_on_marked(&self, text: &[u8]) -> Option<usize> {
        let first = *text.first()?;
        let first_marked =
            self.marked_cased_firsts.get(usize::from(first / 64)).is_some_and(|b| b & (1 << (first % 64)) != 0);
        if !first_marked || !self.root_shapes[CASED_ROOT].may_have(text) {
            return None;
        }
        let node = *self.nodes.get(CASED_ROOT)?.children.get_bytes(text)?;
        (self.marked(node) != 0).then_some(node)
    }

    /// The nodes of the roots `t` leads to that a marked phrase passes (its lower case's and,
    /// capitalized, its own), as [`Self::find_lists_into`] looks them up, without its tests of the
    /// word's place (a superset of the roots that walk starts from).
    pub(crate) fn marked_roots(&self, t: &Token<'_>) -> [Option<usize>; 2] {
        let cased = if t.is_capitalized() { self.cased_root_on_marked(t.text.as_bytes()) } else { None };
        [cased, self.lower_root(t).filter(|&n| self.marked(n) != 0)]
    }

    /// The node of the lower-case root `t`'s lower case leads to, found by the token's root
    /// when attribution's look-up gave it, by its byte when it is one byte, else looked up.
    #[inline(always)]
    fn lower_root(&self, t: &Token<'_>) -> Option<usize> {
        let lower_bytes = t.lower.as_bytes();
        match t.root {
            ROOT_NONE if self.roots_in_tokens => None,
            root if root != ROOT_UNKNOWN && self.roots_in_tokens => Some(root as usize),
            // One byte is ASCII (a mark, mostly).
            _ if lower_bytes.len() == 1 => lower_bytes
                .first()
                .and_then(|&b| self.byte_roots.get(usize::from(b)))
                .filter(|&&r| r != ROOT_NONE)
                .map(|&r| r as usize),
            _ if self.root_shapes[LOWER_ROOT].may_have(lower_bytes) => {
                self.nodes.get(LOWER_ROOT).and_then(|r| r.children.get_bytes(lower_bytes)).copied()
            }
            _ => None,
        }
    }

    /// Whether a marked phrase ends at `node`; a wildcard (`*`) on a marked path leaving it is
    /// taken for one, whatever the words after it.
    pub(crate) fn marked_ends(&self, node: usize) -> bool {
        self.marked(node) & ENDS_MARKED != 0
            || self.nodes.get(node).is_some_and(|n| n.star.is_some_and(|s| self.marked(s) != 0))
    }

    /// Whether a phrase marked for a clause's start only ([`Mark::AtClauseStart`]) ends at `node`.
    pub(crate) fn marked_ends_at_clause(&self, node: usize) -> bool {
        self.marked(node) & ENDS_MARKED_AT_CLAUSE != 0
    }

    /// Whether a word may follow `node` on a marked phrase's path.
    pub(crate) fn marked_wants_next(&self, node: usize) -> bool {
        self.nodes.get(node).is_some_and(|n| n.marked_firsts != 0)
    }

    /// Whether no marked phrase ends at `node` and none goes on from it with a word starting
    /// with byte `first`: a walk from `node` to a word so starting finds nothing.
    #[inline]
    pub(crate) fn marked_stops_before(&self, node: usize, first: u8) -> bool {
        self.nodes.get(node).is_some_and(|n| {
            self.marked(node) & (ENDS_MARKED | ENDS_MARKED_AT_CLAUSE) == 0
                && n.marked_firsts & first_byte_bit(first) == 0
                && n.star.is_none_or(|s| self.marked(s) == 0)
        })
    }

    /// The marked node the next word (in lower case, `lower`) leads to from `node`.
    pub(crate) fn marked_step(&self, node: usize, lower: &[u8]) -> Option<usize> {
        let n = self.nodes.get(node)?;
        let first = *lower.first()?;
        if n.marked_firsts & first_byte_bit(first) == 0 || !self.inner_shapes.may_have(lower) {
            return None;
        }
        n.children.get_bytes(lower).copied().filter(|&c| self.marked(c) != 0)
    }

    /// The child of `node` for `word` (`*` for any word), created when missing.
    fn child(&mut self, node: usize, word: &str) -> usize {
        let existing =
            self.nodes.get(node).and_then(|n| if word == "*" { n.star } else { n.children.get(word).copied() });
        if let Some(c) = existing {
            return c;
        }
        let c = self.nodes.len();
        self.nodes.push(Node { wildcard: word == "*", ..Node::default() });
        self.marks.push(0);
        if word != "*" && self.nodes.get(node).is_some_and(|n| n.wildcard) {
            self.after_wildcard_shapes.add(word);
        }
        if let Some(n) = self.nodes.get_mut(node) {
            if word == "*" {
                n.star = Some(c);
            } else {
                n.children.insert(word, c);
                if let Some(&b) = word.as_bytes().first() {
                    n.firsts |= first_byte_bit(b);
                }
            }
        }
        if node == LOWER_ROOT && word != "*" {
            self.lower_roots.push((word.to_string(), c));
            if let ([b], Ok(c)) = (word.as_bytes(), u32::try_from(c)) {
                if let Some(r) = self.byte_roots.get_mut(usize::from(*b)) {
                    *r = c;
                }
            }
        }
        match self.root_shapes.get_mut(node) {
            Some(shapes) => shapes.add(word),
            None if word != "*" => self.inner_shapes.add(word),
            None => {}
        }
        c
    }

    /// The phrases shadowed by an earlier entry of their list: (list, entry, earlier entry).
    #[cfg(test)]
    pub fn shadowed(&self) -> &[(usize, usize, usize)] {
        &self.shadowed
    }

    /// The words that start a phrase written in lower case, with the trie node each leads to.
    pub fn lower_roots(&self) -> impl Iterator<Item = (&str, usize)> {
        self.lower_roots.iter().map(|(w, n)| (w.as_str(), *n))
    }

    /// Says that the tokens this set is matched against carry its roots ([`Token::root`], as
    /// attribution's word table gives them): the set of the claim lists.
    pub fn take_roots_from_tokens(&mut self) {
        self.roots_in_tokens = true;
    }
}

/// The trie's nodes' marks ([`PhraseSet::marks`]), asked whether a marked phrase passes a root
/// ([`PhraseSet::marked_nodes`]).
#[derive(Clone, Copy)]
pub(crate) struct MarkedNodes<'s> {
    /// [`PhraseSet::marks`].
    marks: &'s [u8],
    /// [`PhraseSet::screened`].
    screened: &'s [u8; ROOTS_KEPT],
}

impl MarkedNodes<'_> {
    /// Whether a marked phrase passes the node `root` (a root's node, as [`Token::root`] holds).
    #[inline]
    pub(crate) fn on(self, root: u32) -> bool {
        self.marks.get(root as usize).is_some_and(|&m| m != 0)
    }

    /// Whether the screen may pass over a word whose token keeps the claims root `root`
    /// (attribution's `Token::claims_root`): the root is known and no marked phrase passes it, as
    /// `root != ROOT_UNKNOWN && !self.on(root)` tells for a token's root.
    #[inline]
    pub(crate) fn passes_over(self, root: u32) -> bool {
        self.screened.get(usize::from(root as u16)).is_some_and(|&s| s == 0)
    }
}

#[cfg(test)]
mod tests;
