//! The quotes the finder reads in a document, as the tests of attribution's parts read them:
//! each test module asks of them what it tests (the words, the speaker, the cue), and none
//! builds the document, the joined text and the frames itself. Also the tokens of a text and
//! the bundled texts, which the tests of the word rules read.

use super::tokens::{tokenize, Token};
use super::{find, SpeakerRef};
use crate::document::{Block, BlockKind, Document};
use crate::text::Text;

/// One quote (a frame) of a document, its spans read as text.
#[derive(Debug)]
pub(crate) struct Quote {
    /// The quoted or reported words.
    pub words: String,
    /// Who says them, when a speaker is found.
    pub speaker: Option<SpeakerRef>,
    /// The cue's words ("said on Monday"), when there is a cue.
    pub cue: Option<String>,
    /// The outlet or report the words were relayed through ("told Anadolu Agency"), if any.
    pub via: Option<String>,
}

impl Quote {
    /// The speaker's name, or none.
    pub fn name(&self) -> Option<&str> {
        self.speaker.as_ref().map(|s| s.name.as_str())
    }
}

/// The quotes of `doc`, in text order.
pub(crate) fn quotes_in(doc: &Document) -> Vec<Quote> {
    let text = Text::new(doc);
    find(&text)
        .into_iter()
        .map(|f| Quote {
            words: text.slice(&f.content).to_string(),
            speaker: f.speaker,
            cue: f.cue.as_ref().map(|c| text.slice(c).to_string()),
            via: f.via,
        })
        .collect()
}

/// The quotes of a document read from plain text (blocks at blank lines, a short first line
/// the headline).
pub(crate) fn quotes(plain: &str) -> Vec<Quote> {
    quotes_in(&Document::from_plain_text(plain))
}

/// The quotes of `paragraph` read under a headline ("Head."), so that it is neither the
/// headline nor read as one.
pub(crate) fn quotes_under_head(paragraph: &str) -> Vec<Quote> {
    quotes(&format!("Head.\n\n{paragraph}"))
}

/// The quotes of a document of one block of `kind`.
pub(crate) fn quotes_in_block(kind: BlockKind, text: &str) -> Vec<Quote> {
    quotes_in(&Document::new(vec![Block { kind, text: text.to_string(), offset: 0 }]))
}

/// The speakers' names of the quotes of the plain text `plain`, in order.
pub(crate) fn speakers(plain: &str) -> Vec<Option<String>> {
    quotes(plain).into_iter().map(|q| q.speaker.map(|s| s.name)).collect()
}

/// The speakers' names of the quotes of `s` read as the third sentence of a story, after a
/// headline and a sentence that names no one (so that `s` is neither a headline nor a
/// story's opening).
pub(crate) fn speakers_in_story(s: &str) -> Vec<Option<String>> {
    speakers(&format!("Head.\n\nThe council met on Monday. {s}"))
}

/// The words of the quotes of the plain text `plain`, in order.
pub(crate) fn words(plain: &str) -> Vec<String> {
    quotes(plain).into_iter().map(|q| q.words).collect()
}

/// The attribution tokens of `text`, one block.
pub(crate) fn tokens_of(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    tokenize(text, 0..text.len(), &mut toks);
    toks
}

/// `texts`, then the bundled texts (`samples/`, `tests/text/`).
pub(crate) fn with_bundled_texts(texts: &[&str]) -> Vec<String> {
    let bundled = crate::bundled_texts::bundled_texts().into_iter().map(|(_, body)| body);
    texts.iter().map(|t| t.to_string()).chain(bundled).collect()
}

#[test]
fn a_quote_reads_its_words_speaker_and_cue() {
    let got = quotes("Head.\n\n“We will win,” Ana Ruiz said on Monday. The vote is close.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].words, "We will win,");
    assert_eq!(got[0].name(), Some("Ana Ruiz"));
    assert_eq!(got[0].cue.as_deref(), Some("said on Monday"));
    assert_eq!(speakers("Head.\n\n“We will win,” Ana Ruiz said."), [Some("Ana Ruiz".to_string())]);
    assert_eq!(words("Head.\n\n“We will win,” Ana Ruiz said."), ["We will win,"]);
    assert_eq!(speakers_in_story("“We will win,” Ana Ruiz said."), [Some("Ana Ruiz".to_string())]);
    assert_eq!(quotes_under_head("“We will win,” Ana Ruiz said.")[0].words, "We will win,");
    assert_eq!(quotes_in_block(BlockKind::Paragraph, "“We will win,” Ana Ruiz said.")[0].words, "We will win,");
}
