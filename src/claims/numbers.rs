//! Figures written in digits, told from dates: the number cues of a sentence.

use std::ops::Range;

use super::words::{Token, TokenKind};
use super::Cue;

/// Figures written in digits. Years, clock times and days of the month (after a month name at
/// one of `dates`) are dates, not figures; a number inside a weasel's clause, the bytes
/// `weasel`, is the weasel's. Appends their cues to `out`; returns whether one is a year or a
/// day. (Inlined into its one caller, as it was when it stood in `claims.rs`: out of line it
/// cost 0.2 M instructions a pass more.)
#[inline(always)]
pub(super) fn number_cues(tokens: &[Token<'_>], dates: &[usize], weasel: &Range<usize>, out: &mut Vec<Cue>) -> bool {
    let mut dated = false;
    // The token of the last number read as a date.
    let mut last_date = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Number || weasel.contains(&t.span().start) {
            continue;
        }
        // A footnote's or a reference's mark, "include[55]", "… his way[2].", counts nothing.
        if is_note_mark(tokens, i) {
            continue;
        }
        let next = tokens.get(i + 1);
        let n_digits = t.text.as_bytes().iter().filter(|b| b.is_ascii_digit()).count();
        let first_digit = t.text.as_bytes().iter().copied().find(u8::is_ascii_digit);
        // "Nov. 8", "September 16-19": look back over an abbreviation's period or a range's dash.
        let mut back = i.checked_sub(1);
        if back.and_then(|p| tokens.get(p)).is_some_and(|p| p.text == "." || p.text == "-") {
            back = back.and_then(|p| p.checked_sub(1));
        }
        let prev = back.and_then(|p| tokens.get(p));
        let is_year = n_digits == 4
            && t.text.len() <= 5
            && (first_digit == Some(b'1') || t.text.as_str().trim_start_matches('$').starts_with("20"));
        let is_time = t.text.contains(b':')
            || next.is_some_and(|n| matches!(n.lower.as_bytes(), b"a.m" | b"p.m" | b"am" | b"pm"));
        // Asked only of a number short enough to be a day (the month look-ups search `dates`).
        let is_day = n_digits <= 2 && {
            let after_month = back.is_some_and(|b| dates.contains(&b))
                || prev.is_some_and(|p| (p.kind == TokenKind::Number && p.text.len() <= 2) || is_month_may(p));
            // "9 April 2012"; "2012-04-09", whose month and day follow a year over dashes.
            let before_month = dates.contains(&(i + 1)) || next.is_some_and(is_month_may);
            let in_dashed_date = last_date.is_some_and(|d| d + 2 == i) && back == last_date;
            after_month || before_month || in_dashed_date || t.text.ends_with("th") || t.text.ends_with("st")
        };
        if is_year || is_time || is_day {
            last_date = Some(i);
            dated |= is_year || is_day;
            out.push(Cue::When);
        } else {
            out.push(Cue::Quantity);
        }
    }
    dated
}

/// Whether the number at `i` is a footnote's or a reference's mark, in brackets: "\[55\]".
fn is_note_mark(tokens: &[Token<'_>], i: usize) -> bool {
    let bracket = |j: Option<usize>, b: &str| j.and_then(|j| tokens.get(j)).is_some_and(|t| t.text == b);
    let number = tokens.get(i).is_some_and(|t| crate::text::sentences::is_note_number(t.text.as_bytes()));
    number && bracket(i.checked_sub(1), "[") && bracket(Some(i + 1), "]")
}

/// Whether the sentence cites a note at its end, "… opened in 2014.\[12\]", "… \[3\]\[4\].": a wiki's
/// or a blog's sentence that gives its source in a footnote is sourced, as one with "according
/// to" is. Only its last tokens are read (the sentence splitter keeps a mark after the stop with
/// the sentence before). A mark that opens the sentence numbers the note itself ("\[2\] The book
/// relates …") and cites nothing.
pub(super) fn cites_a_note(tokens: &[Token<'_>]) -> bool {
    // The last "]" among the last tokens, past a stop or a quote mark after it: a handful of
    // compares a sentence.
    let n = tokens.len();
    let close = (n.saturating_sub(NOTE_TAIL_TOKENS)..n).rev().find(|&i| tokens.get(i).is_some_and(|t| t.text == "]"));
    close.is_some_and(|c| {
        c >= 3 && tokens.get(c - 1).is_some_and(|t| t.kind == TokenKind::Number) && is_note_mark(tokens, c - 1)
    })
}

/// How far from a sentence's end [`cites_a_note`] looks for a mark's closing bracket: past a
/// stop and a quote mark, "\[5\].”".
const NOTE_TAIL_TOKENS: usize = 3;

/// Whether the token is "May" capitalised, the month beside a day's number ("10 May 2016",
/// "May 10"): the date list leaves it out, as "may" is more often the modal.
fn is_month_may(t: &Token<'_>) -> bool {
    t.text == "May"
}
