//! Figures carried over from a sourced sentence: a poll, a report or a speaker gives its figures
//! in one sentence and the story lists the rest in the next ones ("According to a new poll,
//! Ruiz leads with 31 percent. Moreno trails at 24 percent. Diaz comes in at 9 percent."). The
//! later sentences are the source's figures, not the outlet's own: a reader takes them as
//! attributed in the text.

use std::sync::LazyLock;

use super::words::{Token, TokenKind};
use super::Cue;
use crate::lexicon;

/// The most words a sentence may have to carry on a figure list: a list item names a few
/// candidates or groups and their figures; a longer sentence makes a statement of its own.
const MAX_CARRIED_WORDS: usize = 25;

/// Whether a sentence's text holds a share or a margin in digits ("27 percent", "48%", "a
/// 16-point lead", "by 3 percentage points"), as a poll's or a count's figures are given. Read
/// off the text, as the sentence may not have been read into tokens (a sentence the quote
/// module attributes is left early).
pub(super) fn holds_share(s: &str) -> bool {
    holds_share_in(s, &SHARE_UNITS)
}

/// [`holds_share`] with the units `units`.
fn holds_share_in(s: &str, units: &[&str]) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        let rest = s.get(i..).unwrap_or_default();
        let unit = rest.trim_start_matches([' ', '-', '\u{a0}']);
        // Only one space or dash between the figure and its unit.
        let gap = rest.len() - unit.len();
        if gap <= 2 && units.iter().any(|u| starts_with_word(unit, u)) {
            return true;
        }
    }
    false
}

/// The units of a share or a margin, after its figure (`src/lexicon/claims_share_units.txt`).
const SHARE_UNITS_DATA: &str = lexicon::word_list!("claims_share_units.txt");
static SHARE_UNITS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::fields(SHARE_UNITS_DATA).filter_map(|f| f.first().copied()).collect());

/// Whether `s` starts with the word `w` (or its plural in -s), not a longer word ("pointed").
fn starts_with_word(s: &str, w: &str) -> bool {
    let Some(rest) = s.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w)).and_then(|_| s.get(w.len()..)) else {
        return false;
    };
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    !rest.starts_with(|c: char| c.is_alphanumeric())
}

/// Whether a claim's sentence (`s`, its `tokens`), right after a sourced sentence with a share,
/// carries on its list: a short sentence with a share of its own, whose other cues are at most
/// a figure, an event or a date (no casualty, accusation, record or cause of its own).
pub(super) fn carries_shares(s: &str, tokens: &[Token<'_>], cues: &[Cue]) -> bool {
    let figures_only = cues.iter().all(|c| matches!(c, Cue::Quantity | Cue::Event | Cue::Past | Cue::When));
    let n_words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).take(MAX_CARRIED_WORDS + 1).count();
    figures_only && n_words <= MAX_CARRIED_WORDS && holds_share(s)
}

#[cfg(test)]
mod tests {
    use super::{holds_share, holds_share_in, SHARE_UNITS, SHARE_UNITS_DATA};
    use crate::lexicon;

    /// Every unit's example holds a share by that unit, and by no other.
    #[test]
    fn every_share_unit_example_holds_a_share_by_its_unit() {
        let entries = lexicon::parse(SHARE_UNITS_DATA);
        assert_eq!(SHARE_UNITS.len(), entries.len());
        for entry in entries {
            let [unit] = entry.fields[..] else { panic!("line {}: one field, the unit", entry.line) };
            assert_eq!(entry.examples.len(), 1, "line {}: one example", entry.line);
            let ex = entry.examples[0];
            assert!(holds_share_in(ex, &[unit]), "line {}: {ex:?} holds no share by {unit:?}", entry.line);
            let others: Vec<&str> = SHARE_UNITS.iter().copied().filter(|&u| u != unit).collect();
            assert!(!holds_share_in(ex, &others), "line {}: {ex:?} holds a share without {unit:?}", entry.line);
        }
    }

    #[test]
    fn shares_are_figures_with_a_unit_of_share() {
        assert!(holds_share("Ruiz leads with 31 percent."));
        assert!(holds_share("Ruiz leads with 31%."));
        assert!(holds_share("Ruiz holds a 12-point lead."));
        assert!(holds_share("Ruiz won by 3 percentage points."));
        assert!(!holds_share("The panel voted 5-4 in 2016."));
        assert!(!holds_share("Dues were $6,612 a year."));
        assert!(!holds_share("She made 3 pointed remarks."));
    }
}
