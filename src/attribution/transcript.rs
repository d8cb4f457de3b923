//! Interview transcripts: paragraphs that open with a speaker's label in capitals and a colon
//! ("JAKE TAPPER: Do you think …", "FALLIN: Well, I think …"), the rest of the paragraph being
//! that speaker's words. A lone capitalised label is no transcript ("UPDATE:", "WASHINGTON:"),
//! so the labels count only in a document where several paragraphs carry them and one speaker
//! comes back. (In quoted transcripts, “PENCE: …”, the multi-paragraph quote rules decide how
//! far the quotes run, as annotators read them as one quote as often as one per label; the
//! label still names the speaker of its paragraph: `leftover::label::label_words`.)

use std::ops::Range;

use super::speaker::Np;
use super::view::Toks;
use super::words::{is_listed, Listed};
use crate::text::Text;

/// Most words in a label ("JAKE TAPPER", "SEN. TIM KAINE").
const MAX_LABEL_WORDS: usize = 3;
/// Longest label, in bytes.
const MAX_LABEL_BYTES: usize = 40;
/// Fewest labelled paragraphs that make a transcript.
const MIN_LABELLED_BLOCKS: usize = 3;
/// Opening quote marks a labelled paragraph may start with.
const OPENING_MARKS: [char; 4] = ['"', '\u{201c}', '\'', '\u{2018}'];

/// The byte range (relative to `block`) of the label that opens a paragraph, colon excluded.
fn label(block: &str) -> Option<Range<usize>> {
    // Most paragraphs open with an ASCII letter and a lower-case letter or digit after the
    // first capital ("The", "In"), or with one in lower case: told from the first two bytes,
    // before the trimming and the character test below (which would rule them out too).
    if let [first, second, ..] = *block.as_bytes() {
        if first.is_ascii_alphanumeric()
            && !(first.is_ascii_uppercase() && !second.is_ascii_lowercase() && !second.is_ascii_digit())
        {
            return None;
        }
    }
    let body = block.trim_start();
    let body = body.strip_prefix(OPENING_MARKS).unwrap_or(body);
    let start = block.len() - body.len();
    let label_char = |c: char| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '\u{2019}');
    // Most paragraphs open with a word in lower or mixed case ("The"), which no label holds:
    // ruled out before the colon is looked for.
    if !body.chars().take_while(|&c| c != ' ' && c != ':').all(label_char) {
        return None;
    }
    let colon = body.get(..MAX_LABEL_BYTES.min(body.len()) + 1).unwrap_or(body).find(':')?;
    let text = &body[..colon];
    let words: Vec<&str> = text.split(' ').collect();
    let word_ok = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() >= 2 && w.chars().all(label_char);
    let ok = (1..=MAX_LABEL_WORDS).contains(&words.len())
        && words.iter().all(|w| word_ok(w))
        && body[colon + 1..].starts_with(char::is_whitespace)
        // "BEGIN VIDEO CLIP:", "CROSSTALK:": a stage label names what is heard, no speaker.
        && !words.iter().all(|w| is_listed(Listed::Stage, w));
    ok.then(|| start..start + colon)
}

/// Whether the document reads as a transcript: at least [`MIN_LABELLED_BLOCKS`] paragraphs
/// open with a label, naming at least two speakers, one of them more than once.
pub(crate) fn is_transcript(text: &Text) -> bool {
    let mut speakers: Vec<&str> = Vec::new();
    let mut labelled = 0;
    for range in &text.blocks {
        let block = &text.joined[range.clone()];
        let Some(l) = label(block) else { continue };
        labelled += 1;
        // "JAKE TAPPER" and later "TAPPER" are one speaker.
        let last = block[l].rsplit(' ').next().unwrap_or_default();
        if !speakers.contains(&last) {
            speakers.push(last);
        }
    }
    labelled >= MIN_LABELLED_BLOCKS && speakers.len() >= 2 && speakers.len() < labelled
}

/// The label opening the block whose tokens are `tk`, as a named mention (`name` the label's
/// tokens), and the token of its colon.
pub(crate) fn label_at(tk: &Toks) -> Option<(Np, usize)> {
    let first = (0..tk.len().min(2)).find(|&k| tk.word(k))?;
    let block_start = tk.span(0, 1).start;
    let l = label(tk.slice(0, tk.len()))?;
    let label_end = block_start + l.end;
    let colon =
        (first..tk.len().min(first + 2 * MAX_LABEL_WORDS + 2)).find(|&k| tk.span(k, k + 1).start >= label_end)?;
    (tk.punct(colon, ':') && tk.span(first, first + 1).start == block_start + l.start).then(|| {
        let np = Np { start: first, end: colon, name: Some((first, colon)), ..Np::default() };
        (np, colon)
    })
}

/// A name written in capitals in its normal case: each run of letters capitalised once
/// ("AMA BOATENG" -> "Ama Boateng", "O'NEIL-DIAZ" -> "O'Neil-Diaz").
pub(super) fn normal_case(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut after_letter = false;
    for c in raw.chars() {
        if after_letter {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        after_letter = c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_capitalized_names_before_a_colon() {
        assert_eq!(label("JAKE TAPPER: Good evening."), Some(0..11));
        assert_eq!(label("  O'ROURKE: Thanks."), Some(2..10));
        // A first word in lower or mixed case rules the paragraph out at once.
        assert_eq!(label("Tapper: Good evening."), None);
        assert_eq!(label("The vote: close."), None);
        assert_eq!(label("WASHINGTON — The senate voted."), None);
        assert_eq!(label("TAPPER:no space"), None);
        assert_eq!(label("In 2016: a year."), None);
        assert_eq!(label("A1: the first."), None);
        assert_eq!(label("9/11: the day."), None);
        assert_eq!(label("Q: What now?"), None);
        assert_eq!(label("QQ: What now?"), Some(0..2));
        assert_eq!(label(""), None);
        // A stage label is none; a speaker's label with a stage word still is.
        assert_eq!(label("BEGIN VIDEO CLIP: (cheering)"), None);
        assert_eq!(label("CROSSTALK: …"), None);
        assert_eq!(label("VIDEO RUIZ: Thanks."), Some(0..10));
    }
}
