//! A question or exclamation told from a sentence's text ([`may_ask`]), as the vague screen
//! tells it before reading the sentence into tokens, and from its tokens ([`is_question`]).

use super::super::{is_question, may_ask};
use crate::claims::words::Tokenized;

/// Whether the sentence's text and its tokens tell a question alike.
fn both(sentence: &str) -> (bool, bool) {
    let tokenized = Tokenized::new(sentence);
    (may_ask(sentence), is_question(&tokenized.tokens()))
}

#[test]
fn a_question_is_told_from_the_text_past_closing_marks() {
    for asking in ["Who knew?", "Who knew?\u{201d}", "Stop! ", "(Really?)", "Why?'' ", "Was it?\u{2019}\u{2026}"] {
        assert_eq!(both(asking), (true, true), "{asking}");
    }
    for telling in ["He knew.", "Who knew? Not him.", "Ask?-no", "The U.S.", "A ?mark", "?!x", ""] {
        assert_eq!(both(telling), (false, false), "{telling}");
    }
}

/// Pieces of sentences: words, the closing marks and periods read past, the marks that ask,
/// and other marks and white space.
const PIECES: [&str; 20] = [
    "word", "U.S", "3.5", " ", "\u{a0}", "\n", ".", "?", "!", "\"", "'", "\u{201d}", "\u{2019}", ")", "\u{bb}",
    "\u{2026}", ",", "-", "\u{e9}", "%",
];

proptest::proptest! {
    #[test]
    fn the_text_and_the_tokens_tell_a_question_alike(parts in proptest::collection::vec(0..PIECES.len(), 0..12)) {
        let sentence: String = parts.iter().map(|&i| PIECES[i]).collect();
        let (text, tokens) = both(&sentence);
        proptest::prop_assert_eq!(text, tokens, "{:?}", sentence);
    }
}
