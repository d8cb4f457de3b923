//! Counts, estimates and forecasts in someone's name ("By the party's tally, the mayor has 312
//! delegates", "the budget office's 10-year outlook"): the owner is the figures' source. The
//! nouns are data (`claims_sourcing.txt`, kind `owned-document`); without an owner ("the death
//! tally rose to 40") they name no one, and the sentence stays the outlet's claim.

use super::grammar::{self, Kind};
use super::words::{Hit, Token, TokenKind};

/// The most words between the possessive and the noun ("the state party's own delegate tally").
const MAX_GAP: usize = 2;

/// Whether the sourcing hit `hit`, of kind `owned-document`, is a count or estimate in someone's
/// name: the noun after an owner ("the party's tally"; the same nouns take part in the
/// report frames of `frames` as report nouns).
pub(super) fn is_owned_report(tokens: &[Token<'_>], hit: &Hit) -> bool {
    has_owner(tokens, hit.first)
}

/// Whether the noun at token `at` has an owner: a possessive ("Smith's", "voters'") at most
/// [`MAX_GAP`] words before it, with only words between. A bounded look-back.
fn has_owner(tokens: &[Token<'_>], at: usize) -> bool {
    for back in 1..=MAX_GAP + 1 {
        let Some(p) = at.checked_sub(back) else {
            return false;
        };
        if is_possessive(tokens, p) {
            return true;
        }
        if tokens.get(p).is_none_or(|t| t.kind != TokenKind::Word) {
            return false;
        }
    }
    false
}

/// Whether token `i` is a possessive ("party's", "Press\u{2019}s", "voters'", or a possessive
/// ending that is a token of its own); not a pronoun's contraction ("it's", "that's").
/// Attribution's possessive tests read its own tokens (spans, word classes, a glued apostrophe),
/// not these lower-cased words with "'s" split off: they share the suffix test only
/// ([`crate::text::possessive_stem`]).
fn is_possessive(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(word) = tokens.get(i).map(|t| t.lower.as_str()) else {
        return false;
    };
    if matches!(word, "'" | "\u{2019}") || word.len() > 1 && (word.ends_with('\'') || word.ends_with('\u{2019}')) {
        return true;
    }
    let Some(stem) = crate::text::possessive_stem(word) else {
        return false;
    };
    // "'s" on its own: the word before it is the stem.
    let stem = if stem.is_empty() {
        i.checked_sub(1).and_then(|p| tokens.get(p)).map_or("", |t| t.lower.as_str())
    } else {
        stem
    };
    !stem.is_empty() && !grammar::is(Kind::PronounContraction, stem)
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::{assert_claim_stands, assert_no_claims};

    /// A tally or forecast in someone's name is their document; alone, or after a pronoun's
    /// contraction, it names no one.
    #[test]
    fn an_owned_tally_gives_a_source_and_a_bare_one_does_not() {
        assert_no_claims(&[
            "By the union's tally, 4,000 members walked out on Monday.",
            "The treasury\u{2019}s five-year forecast puts the deficit at $80 billion in 2020.",
            "By the voters' own reckoning, the mayor cut 300 jobs.",
            "By the Associated Press's count, the senator has 739 delegates.",
        ]);
        assert_claim_stands(&[
            "The death tally rose to 40 on Monday.",
            "That's the highest estimate yet: 40 people died in the flood.",
        ]);
    }

    /// A count or estimate that finds something is a document, as a study is, owner or not.
    #[test]
    fn a_count_or_estimate_that_finds_something_gives_a_source() {
        assert_no_claims(&[
            "The latest tally by the state party gave the mayor 312 delegates.",
            "A new estimate put the flood damage at $40 million on Monday.",
        ]);
    }

    /// A figure "in" an estimate or outlook is set in no poll: the sentence stays the outlet's
    /// claim, where one set in a poll is the poll's.
    #[test]
    fn a_figure_in_an_outlook_is_no_polls() {
        assert_claim_stands(&[
            "Maria Lopez, 41, a nurse who lives across the river in Camden, is back in a similar hospital job and with a similar outlook.",
        ]);
        assert_no_claims(&["She led the senator by 12 points in the latest statewide poll."]);
    }
}
