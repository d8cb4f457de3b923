//! How far a weasel reaches: the clause it qualifies, so that an outlet fact in another clause
//! of its sentence is still weighed as a claim ("Scott was shot by an officer after he
//! allegedly brandished a pistol": the shooting is the outlet's, the pistol the weasel's).

use std::ops::Range;

use super::super::grammar::{self, Kind};
use super::super::kinds;
use super::super::words::{Hit, Token, TokenKind};

/// Marks that end a clause both ways: a semicolon, a colon, a bracket or a dash.
const CLAUSE_MARKS: &[&str] = &[";", ":", "(", ")", "-", "--", "\u{2013}", "\u{2014}"];

/// The tokens of the clause the weasel at tokens `at` speaks for, when that clause opens or
/// closes its sentence and another clause is left: `None` when the weasel qualifies the whole
/// sentence or a clause inside it.
///
/// The clause opens at the last comma or clause mark before the weasel, or at a word opening a
/// clause of its own ("after", "but", "which"), and ends before the next clause mark, or before
/// such a word set off by a comma (", who has never faced …"); a relative clause set off by a
/// comma ends at the next comma ("The move, which is widely expected in May, will …"). A bare
/// "that" or "and" after a weasel leads into what the weasel reports, and a weasel closing its
/// sentence with nothing after it ("…, experts say.") speaks for the whole sentence.
pub(in crate::claims) fn reach(tokens: &[Token<'_>], at: &Range<usize>) -> Option<Range<usize>> {
    let start = tokens
        .get(..at.start)
        .unwrap_or(&[])
        .iter()
        .rposition(|t| t.text.is_any(&[","]) || t.text.is_any(CLAUSE_MARKS) || grammar::is(Kind::ClauseBreak, t.lower))
        .unwrap_or(0);
    let relative = start > 0
        && tokens.get(start - 1).is_some_and(|t| t.text.is_any(&[","]))
        && tokens.get(start).is_some_and(|t| grammar::is(Kind::RelativePronoun, t.lower));
    let end = (at.end..tokens.len())
        .find(|&j| ends_clause(tokens, j) || relative && tokens.get(j).is_some_and(|t| t.text.is_any(&[","])))
        .unwrap_or(tokens.len());
    let words_after = tokens.get(at.end..end).unwrap_or(&[]).iter().filter(|t| t.kind != TokenKind::Punct).count();
    // A clause closing the sentence after a bare comma may be the main clause after a phrase
    // set before it ("Two months before Obama arrived, the government held what was widely
    // considered a sham election"); one opening it may be followed by a relative clause about
    // the weasel's own words (", which …").
    let closes = end == tokens.len() && words_after > 1 && start > 0 && opens_own_clause(tokens, start);
    let opens = start == 0 && end < tokens.len() && fact_clause_follows(tokens, end);
    (closes || opens).then_some(start..end)
}

/// Whether a clause of its own follows the clause mark at token `end`: after a semicolon, or
/// opening at a conjunction ("…, but they had returned", "…, who has never faced"), not at an
/// apposition ("— a key reason …") or at "which", whose antecedent is the weasel's own clause.
fn fact_clause_follows(tokens: &[Token<'_>], end: usize) -> bool {
    let is_opener = |t: &Token<'_>| grammar::is(Kind::ClauseOpener, t.lower) || grammar::is(Kind::ClauseBreak, t.lower);
    let points_back =
        |t: Option<&Token<'_>>| t.is_some_and(|t| grammar::is(Kind::RelativePronoun, t.lower) && t.lower != "who");
    let (first, second) = (tokens.get(end + 1), tokens.get(end + 2));
    let opens = tokens.get(end).is_some_and(|t| t.text.is_any(&[";"])) || first.is_some_and(is_opener);
    opens && !points_back(first) && !(first.is_some_and(is_opener) && points_back(second))
}

/// Whether the clause starting at token `start` opens as a clause of its own: at a word such
/// as "after" or "but" (a relative pronoun only after a comma: "the actor who played …" is
/// inside its noun phrase), a semicolon, colon or dash (not a bracket), or a comma before a
/// conjunction (", and many say …").
fn opens_own_clause(tokens: &[Token<'_>], start: usize) -> bool {
    let Some(t) = tokens.get(start) else { return false };
    let comma_before = start.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| p.text.is_any(&[","]));
    let conjunction_next = || {
        tokens
            .get(start + 1)
            .is_some_and(|n| grammar::is(Kind::ClauseOpener, n.lower) || grammar::is(Kind::ClauseBreak, n.lower))
    };
    let word = t.kind == TokenKind::Word && (comma_before || !grammar::is(Kind::RelativePronoun, t.lower));
    word || t.text.is_any(CLAUSE_MARKS) && !t.text.is_any(&["(", ")"]) || conjunction_next()
}

/// Whether token `j` ends the clause before it: a clause mark, or a comma before a word that
/// opens a clause of its own.
fn ends_clause(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tokens.get(j) else { return true };
    t.text.is_any(CLAUSE_MARKS)
        || t.text.is_any(&[","]) && tokens.get(j + 1).is_some_and(|n| grammar::is(Kind::ClauseBreak, n.lower))
}

/// The span of the fact beside a weasel's clause at tokens `reach`, which opens or closes the
/// sentence: the words after it or before it.
pub(in crate::claims) fn fact_part(tokens: &[Token<'_>], reach: &Range<usize>) -> Range<usize> {
    let words = if reach.start == 0 { tokens.get(reach.end..) } else { tokens.get(..reach.start) };
    words_span(words.unwrap_or(&[]))
}

/// The joined-text span of `tokens` without the punctuation at either end (the comma before a
/// clause, the stop after it): empty when they hold no word or number.
pub(in crate::claims) fn words_span(tokens: &[Token<'_>]) -> Range<usize> {
    let first = tokens.iter().position(|t| t.kind != TokenKind::Punct);
    let last = tokens.iter().rposition(|t| t.kind != TokenKind::Punct);
    match (first.and_then(|f| tokens.get(f)), last.and_then(|l| tokens.get(l))) {
        (Some(first), Some(last)) => first.span().start..last.span().end,
        _ => 0..0,
    }
}

/// Whether a phrase of the vague list that may be a source by itself stands outside the
/// weasel's clause at tokens `reach` ("The ruling was given in what some have viewed as …"):
/// the fact beside the weasel is then no plainer than its clause.
pub(in crate::claims) fn weasel_outside(found: &[Hit], reach: &Range<usize>) -> bool {
    found.iter().any(|h| !reach.contains(&h.first) && kinds::vague(h).may_give_source())
}
