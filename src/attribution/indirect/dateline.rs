//! A dateline before a story's first sentence ("WASHINGTON (AP) — …", "NASHUA, N.H. - …",
//! "Washington (AFP) – …"): the place, date and agency are no part of the sentence, whose
//! subject starts after the dash.

use crate::attribution::view::Toks;

/// The most tokens a dateline holds before its dash ("CLEVELAND, July 19 (UPI) —").
const MAX_DATELINE: usize = 10;

/// Where the sentence from `a` starts past a dateline (`a` itself when it has none). A
/// dateline is a place in capitals, or one followed by an agency in parentheses, made only of
/// capitalised words, numbers and punctuation, closed by a dash before a capitalised word.
///
/// A sentence that opens with a dash (the splitter may end the dateline's sentence at an
/// abbreviation: "NASHUA, N.H." / "- Ana Ruiz said …") starts after it, wherever it stands.
pub(super) fn past_dateline(tk: &Toks, a: usize, b: usize, first: bool) -> usize {
    if tk.dash(a) && a + 1 < b && tk.cap(a + 1) {
        return a + 1;
    }
    if !first {
        return a;
    }
    let Some(dash) = (a..b.min(a + MAX_DATELINE)).find(|&k| tk.dash(k)) else {
        return a;
    };
    if dash == a || dash + 1 >= b || !tk.cap(dash + 1) {
        return a;
    }
    let first = tk.s(a);
    let shouted = tk.word(a)
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    let agency = dash >= a + 3 && tk.punct(dash - 1, ')') && tk.cap(dash - 2) && tk.punct(dash - 3, '(');
    let place_like = |k: usize| tk.cap(k) || tk.numeric(k) || [',', '.', '(', ')'].iter().any(|&c| tk.punct(k, c));
    if (shouted || agency) && (a..dash).all(place_like) {
        dash + 1
    } else {
        a
    }
}
