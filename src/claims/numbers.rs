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
        let n_digits = t.text.as_bytes().iter().filter(|b| b.is_ascii_digit()).count();
        let first_digit = t.text.as_bytes().iter().copied().find(u8::is_ascii_digit);
        // "Nov. 8", "September 16-19": look back over an abbreviation's period or a range's dash.
        let mut back = i.checked_sub(1);
        if back.and_then(|p| tokens.get(p)).is_some_and(|p| p.text == "." || p.text == "-") {
            back = back.and_then(|p| p.checked_sub(1));
        }
        let prev = back.and_then(|p| tokens.get(p));
        let next = tokens.get(i + 1);
        let is_year = n_digits == 4
            && t.text.len() <= 5
            && (first_digit == Some(b'1') || t.text.as_str().trim_start_matches('$').starts_with("20"));
        let is_time = t.text.contains(b':')
            || next.is_some_and(|n| matches!(n.lower.as_bytes(), b"a.m" | b"p.m" | b"am" | b"pm"));
        let after_month = back.is_some_and(|b| dates.contains(&b))
            || prev.is_some_and(|p| p.kind == TokenKind::Number && p.text.len() <= 2);
        // "9 April 2012"; "2012-04-09", whose month and day follow a year over dashes.
        let before_month = dates.contains(&(i + 1));
        let in_dashed_date = last_date.is_some_and(|d| d + 2 == i) && back == last_date;
        let is_day = n_digits <= 2
            && (after_month || before_month || in_dashed_date || t.text.ends_with("th") || t.text.ends_with("st"));
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
