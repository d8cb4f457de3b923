//! Short labels before a colon that hand what follows to a source: "Among its findings: the
//! city lost $2 million", "From the audit: ...", "The report's findings include: ...". The
//! label names a selection from a source's list or the source itself, so the sentence after the
//! colon is that source's, not the outlet's claim. The words are data (`claims_grammar.txt`,
//! kinds `label-opener` and `label-end`).

use super::grammar::{self, Kind};
use super::words::{Token, TokenKind};

/// The most words a label may have before its colon ("Among the charity's many accomplishments").
const MAX_LABEL_WORDS: usize = 6;

/// Whether the sentence opens with a label that hands it to a source: a colon after at most
/// [`MAX_LABEL_WORDS`] words, the first a listed opener ("Among", "From") or the last a listed
/// verb of inclusion ("includes"), with no other punctuation in the label, and no figure
/// after an opener.
pub(super) fn hands_to_source(tokens: &[Token<'_>]) -> bool {
    // Room for a possessive's apostrophe and a figure besides the words.
    let Some(colon) = tokens.iter().take(MAX_LABEL_WORDS + 4).position(|t| t.text == ":") else {
        return false;
    };
    let label = tokens.get(..colon).unwrap_or(&[]);
    let opener = label.first().is_some_and(|t| t.is_capitalized() && grammar::is(Kind::LabelOpener, t.lower));
    let ends = label.last().is_some_and(|t| grammar::is(Kind::LabelEnd, t.lower));
    // A figure after an opener makes a span of time ("From 2010 to 2015:"), not a source;
    // a list's name may hold one ("The $75 billion plan includes:"). A possessive's
    // apostrophe is part of its word; any other mark ends a label.
    let plain = label.iter().all(|t| match t.kind {
        TokenKind::Word => true,
        TokenKind::Number => ends,
        TokenKind::Punct => t.text.is_any(&["'", "\u{2019}"]),
    });
    let words = label.iter().filter(|t| t.kind == TokenKind::Word).count();
    plain && (1..=MAX_LABEL_WORDS).contains(&words) && words >= 2 && (opener || ends)
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::claims;

    /// A label that names a source's list hands the sentence after its colon to that source; a
    /// label that names a topic does not.
    #[test]
    fn a_label_naming_a_source_hands_the_sentence_to_it() {
        for sourced in [
            "Among the inquiry's findings: the agency lost $40 million in 2014.",
            "The committee's report includes: 12 hospitals closed in 2015.",
            "The $40 million plan includes: 12 new clinics and 300 nurses by 2018.",
        ] {
            assert!(claims(sourced).is_empty(), "{sourced}: {:?}", claims(sourced));
        }
        for topic in
            ["The bottom line: the agency lost $40 million in 2014.", "From 2010 to 2014: the agency lost $40 million."]
        {
            assert!(claims(topic).iter().any(|(_, c)| !c.vague), "{topic}");
        }
    }
}
