//! The phrase matcher: the walks of the trie from each token of a sentence that find every
//! phrase of the lists asked for, the longest at each token ([`PhraseSet::find_lists_into`]).

use super::{first_byte_bit, Hit, Node, PhraseSet, Token, TokenKind, CASED_ROOT, MAX_LISTS};

/// How many wildcards after a root's wildcard [`PhraseSet::star_walk_ends`] looks past
/// ("view/views * * * as": two).
const MAX_WILDCARDS_AHEAD: usize = 2;

impl PhraseSet {
    /// Every match in `tokens` of each of the first `lists` lists, in order of first token
    /// (the longest at one position).
    #[cfg(test)]
    pub fn find(&self, tokens: &[Token<'_>], lists: usize) -> Vec<Vec<Hit>> {
        let mut hits = vec![Vec::new(); lists];
        self.find_lists_into(tokens, &mut hits, u8::MAX);
        hits
    }

    /// Every match in `tokens` of the lists whose bit (`1 << list`) is set in `want`
    /// (`u8::MAX`: all), into `hits`, one vector per list (each cleared first; the lists not
    /// wanted are left empty): the claim detector keeps the vectors from sentence to sentence
    /// rather than allocating and growing four of them per sentence, and a walk for one list
    /// leaves the phrases of the others, which are most of the trie.
    pub fn find_lists_into(&self, tokens: &[Token<'_>], hits: &mut [Vec<Hit>], want: u8) {
        self.find_lists_starting_into(tokens, hits, want, tokens.len());
    }

    /// Like [`Self::find_lists_into`], for the phrases that start at one of the first `starts`
    /// tokens only (they may run on past them): a look at how a sentence opens.
    pub fn find_lists_starting_into(&self, tokens: &[Token<'_>], hits: &mut [Vec<Hit>], want: u8, starts: usize) {
        hits.iter_mut().for_each(Vec::clear);
        let lists = hits.len().min(MAX_LISTS);
        // The best hit per list at the current token, on the stack: one per sentence.
        let mut best_lists = [const { None }; MAX_LISTS];
        let mut best = Best { hits: best_lists.get_mut(..lists).unwrap_or_default(), set: 0, want };
        let heads = tokens.get(..starts.min(tokens.len())).unwrap_or_default();
        // The capitalized roots start with half the letters only (months, days, "Some",
        // "Poll"): a name that starts with another ("Clinton", "Hillary") is told before the
        // shape filter.
        let cased_firsts = self.nodes.get(CASED_ROOT).map_or(0, |r| r.firsts);
        for (i, t) in heads.iter().enumerate() {
            let cased = if t.is_capitalized()
                && cased_firsts & t.text.as_bytes().first().map_or(0, |&b| first_byte_bit(b)) != 0
                && self.root_shapes[CASED_ROOT].may_have(t.text.as_bytes())
            {
                self.nodes.get(CASED_ROOT).and_then(|r| r.children.get_bytes(t.text.as_bytes()))
            } else {
                None
            };
            // Inside a sentence a capital marks a name ("the Clean Power Plan"), which a
            // lower-case entry ("plan") must not match; nor may an acronym ("US" is not "us").
            // (Tested only for a word with a root: most words have none.)
            let lower_ok = |t: &Token<'_>| {
                !(t.is_acronym() && t.lower.as_bytes().len() > 1)
                    && (i == 0 || !t.is_capitalized() || after_opening(tokens, i))
            };
            let lower = self.lower_root(t).filter(|&c| self.wanted(c, want) && lower_ok(t));
            let cased = cased.filter(|&&c| self.wanted(c, want));
            if cased.is_none() && lower.is_none() {
                continue;
            }
            match (cased, lower.and_then(|l| self.nodes.get(l))) {
                // Most roots are a lower-case word's whose walk ends at it: a one-word entry
                // acting as a word class ("the", "of", "said"), or a phrase's first word that
                // the next word does not go on with. Their hits are pushed straight away, and
                // a walk starts only where the next word goes on with a phrase (or, after a
                // wildcard, the word after it does: `star_walk_ends`).
                (None, Some(n)) if n.star.is_none_or(|star| self.star_walk_ends(star, tokens, i, want)) => {
                    match tokens.get(i + 1).and_then(|next| self.next_child(n, next, i, want)) {
                        None => {
                            // What the walk's `Best::note` and flush would give: a node holds
                            // one entry per list (`Node::entries`), so each is the list's hit.
                            for (list, entry) in n.ending() {
                                let wanted = list < MAX_LISTS && want & (1 << list) != 0;
                                if let Some(out) = hits.get_mut(list).filter(|_| wanted) {
                                    out.push(Hit { entry, first: i, end: i + 1 });
                                }
                            }
                            continue;
                        }
                        Some(child) => {
                            best.note(n, i, i + 1);
                            self.longest(tokens, i, i + 2, child, &mut best);
                        }
                    }
                }
                // Two plain calls rather than a loop over an array of options, which did not fold.
                _ => {
                    if let Some(&start) = cased {
                        self.longest(tokens, i, i + 1, start, &mut best);
                    }
                    if let Some(start) = lower {
                        self.longest(tokens, i, i + 1, start, &mut best);
                    }
                }
            }
            // Most walks end with no phrase, or one: only the lists that got a hit are read.
            while best.set != 0 {
                let list = best.set.trailing_zeros() as usize;
                best.set &= best.set - 1;
                if let (Some(hit), Some(out)) = (best.hits.get_mut(list).and_then(Option::take), hits.get_mut(list)) {
                    out.push(hit);
                }
            }
        }
    }

    /// Walks the trie from `node`, which matched `tokens[first..end]`, keeping the longest
    /// phrase (the earliest entry on a tie).
    fn longest(&self, tokens: &[Token<'_>], first: usize, end: usize, node: usize, best: &mut Best<'_>) {
        let Some(n) = self.nodes.get(node) else {
            return;
        };
        best.note(n, first, end);
        let Some(tok) = tokens.get(end) else { return };
        // "sees Mr. Netanyahu as": a listed abbreviation's period is part of its word.
        if tok.text == "." && end > first + 1 && is_abbreviation(tokens, end - 1) {
            return self.longest(tokens, first, end + 1, node, best);
        }
        if let Some(star) = n.star {
            if tok.kind != TokenKind::Punct && self.wanted(star, best.want) {
                self.longest(tokens, first, end + 1, star, best);
            }
        }
        if let Some(c) = self.next_child(n, tok, first, best.want) {
            self.longest(tokens, first, end + 1, c, best);
        }
    }

    /// Whether the walk through `star`, the `*` child of the root at token `first`, finds
    /// nothing: the next token is a mark, or no phrase of `want` passes the wildcard, or the
    /// token after the wildcard's word goes on with none of its phrases, nor (where a wildcard
    /// follows the wildcard, "the * * case for", "has * *") with a wildcard whose next token
    /// goes on with none (a period, which may close an abbreviation that [`Self::longest`]
    /// reads past, is left to the walk). A common word that starts a phrase with a wildcard
    /// ("is * considering", "a * rise in", "in * *") then ends its walk at its root, as a root
    /// with no wildcard does, rather than walking the wildcard.
    #[inline(always)]
    pub(super) fn star_walk_ends(&self, star: usize, tokens: &[Token<'_>], first: usize, want: u8) -> bool {
        if tokens.get(first + 1).is_none_or(|any| any.kind == TokenKind::Punct) || !self.wanted(star, want) {
            return true;
        }
        self.wildcard_walk_ends(star, tokens, first, first + 2, want, MAX_WILDCARDS_AHEAD)
    }

    /// Whether the walk at `node`, a wildcard's node reached over the tokens `first..end`,
    /// finds nothing: no phrase ends there, the token at `end` goes on with none of its words
    /// and is no period, and it goes on with no wildcard after it (looked at up to `depth`
    /// more wildcards ahead; past them the walk is taken to find something).
    fn wildcard_walk_ends(
        &self,
        node: usize,
        tokens: &[Token<'_>],
        first: usize,
        end: usize,
        want: u8,
        depth: usize,
    ) -> bool {
        let Some(s) = self.nodes.get(node).filter(|s| s.ends == 0) else {
            return false;
        };
        let Some(after) = tokens.get(end) else { return true };
        // Only a word after a wildcard goes on from one, and only one that starts as a word
        // after this wildcard does (most wildcards have a few: "the * case").
        let lower = after.lower.as_bytes();
        let may_go_on = || {
            s.firsts & lower.first().map_or(0, |&b| first_byte_bit(b)) != 0
                && self.after_wildcard_shapes.may_have(lower)
        };
        if after.text == "." || may_go_on() && self.next_child(s, after, first, want).is_some() {
            return false;
        }
        match s.star {
            Some(star) if after.kind != TokenKind::Punct && self.wanted(star, want) => {
                depth > 0 && self.wildcard_walk_ends(star, tokens, first, end + 1, want, depth - 1)
            }
            _ => true,
        }
    }

    /// The child of `n` (a node of a phrase that starts at token `first`) that the next token
    /// `tok` leads to, when a phrase of a list of `want` passes it.
    #[inline(always)]
    pub(super) fn next_child(&self, n: &Node, tok: &Token<'_>, first: usize, want: u8) -> Option<usize> {
        let lower = tok.lower.as_bytes();
        // A phrase's last word (most roots: one-word entries) has no children to look up, and
        // the others few: a word whose first byte starts none is no child.
        let first_bit = lower.first().map_or(0, |&b| first_byte_bit(b));
        if n.firsts & first_bit != 0
            && !tok.is_acronym()
            && (first == 0 || !tok.is_capitalized())
            && self.inner_shapes.may_have(lower)
        {
            n.children.get_bytes(lower).copied().filter(|&c| self.wanted(c, want))
        } else {
            None
        }
    }
}

/// The best hit per list of the walks from one token, and which lists have one (a bit per
/// list, [`MAX_LISTS`] of them).
struct Best<'b> {
    hits: &'b mut [Option<Hit>],
    set: u8,
    /// The lists looked for (a bit per list).
    want: u8,
}

impl Best<'_> {
    /// Keeps the entries of the phrases that end at node `n`, which matched the tokens
    /// `first..end`, where they are longer than the best so far (earlier, on a tie).
    #[inline(always)]
    fn note(&mut self, n: &Node, first: usize, end: usize) {
        for (list, entry) in n.ending() {
            let Some(b) = self.hits.get_mut(list).filter(|_| self.want & (1 << list) != 0) else {
                continue;
            };
            let better = b.as_ref().is_none_or(|b| end > b.end || (end == b.end && entry < b.entry));
            if better {
                *b = Some(Hit { entry, first, end });
                self.set |= 1 << list;
            }
        }
    }
}

/// Whether token `i` is a listed abbreviation written with a period ("Mr", "Gov"), such as the
/// sentence splitter keeps inside a sentence.
fn is_abbreviation(tokens: &[Token<'_>], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && crate::text::sentences::is_listed_abbreviation(t.text.as_str()))
}

/// Whether token `i` follows an opening mark or a dash, where a capital starts a clause.
fn after_opening(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| {
        p.text.is_any(&["\"", "\u{201c}", "(", "[", ":", ";", "\u{2014}", "\u{2015}", "-", "\u{2018}", "'"])
    })
}
