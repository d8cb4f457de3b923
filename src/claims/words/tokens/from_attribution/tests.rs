//! The sentence tokenizer read off attribution's tokens gives the byte tokenizer's tokens, and
//! its vague screen stops no sentence with a vague source.

use super::*;
use crate::document::Document;
use crate::text::Text;
use proptest::prelude::*;

/// A text as the claim rules read it: attribution's tokens, the lowered text and its store,
/// from which [`Read::tokenizer`] reads each sentence.
struct Read {
    text: Text,
    words: Vec<AttributionToken>,
    lower: Vec<u8>,
    store: Lowered,
}

impl Read {
    fn new(body: &str) -> Read {
        let text = Text::new(&Document::from_plain_text(body));
        let words = crate::attribution::find_with_tokens(&text).1;
        let lower = super::super::lowered_text(&text.joined);
        Read { text, words, lower, store: Lowered::default() }
    }

    fn tokenizer(&self) -> SentenceTokenizer<'_> {
        SentenceTokenizer::new(&self.text.joined, &self.lower, &self.store, &self.words)
    }
}

/// Every sentence of `body`: its tokens read off attribution's, and from the bytes, as the
/// claim rules see them (text, lower case, span, kind, capital, acronym), with the claim
/// lists' matches (found with the phrase roots attribution's look-up gives, and without).
fn both_ways(body: &str) -> Vec<(String, String)> {
    let read = Read::new(body);
    let (text, lower, store) = (&read.text, &read.lower, &read.store);
    let tokenizer = read.tokenizer();
    let seen = |tokens: &[Token<'_>]| -> String {
        let seen: Vec<_> = tokens
            .iter()
            .map(|t| (t.text, t.lower.as_str(), t.span(), t.kind, t.is_capitalized(), t.is_acronym()))
            .collect();
        let mut hits = crate::claims::lists::Hits::default();
        crate::claims::lists::find_all_into(tokens, &mut hits);
        format!("{seen:?} {:?} {:?} {:?} {:?}", hits.vague(), hits.sourcing(), hits.facts(), hits.hedges())
    };
    text.sentences
        .iter()
        .map(|s| {
            let mut read = Vec::new();
            tokenize_into(&text.joined, lower, store, s.clone(), &mut read);
            (seen(&tokenizer.tokenize(s.clone())), seen(&read))
        })
        .collect()
}

#[test]
fn the_tokens_read_off_attribution_are_the_tokens_read_from_the_bytes() {
    let body = "Title of the Piece\n\nThe U.S. paid $3.5 million (85%) to 1,000 people at 10:30 a.m. on \
                Nov. 8, AT&T\u{2019}s ''quote'' said Smith\u{2010}Jones; 1990-2000, \u{2019}90s, 3-D and \
                $ 5.\n\n\u{201c}Didn\u{2019}t\u{201d} \u{39c}\u{391}\u{3a3} na\u{ef}ve R&D US IT Mr. A. \
                B.C.D. e.g.x 5%% 1,2,3 -- \u{2014} ``quoted'' end.";
    for (walked, read) in both_ways(body) {
        assert_eq!(walked, read);
    }
    for (path, body) in crate::bundled_texts::bundled_texts() {
        for (walked, read) in both_ways(&body) {
            assert_eq!(walked, read, "{}", path.display());
        }
    }
}

/// Sentences read out of text order (a look back, a look ahead) read as in order: the
/// tokenizer's guess of where the next sentence starts is checked, not trusted.
#[test]
fn sentences_read_out_of_order_read_as_in_order() {
    let body = "The U.S. paid $3.5 million. Critics say it failed.\n\nA second paragraph, 1,000 \
                words long. It ends here.";
    let read = Read::new(body);
    let (text, lower, store) = (&read.text, &read.lower, &read.store);
    let tokenizer = read.tokenizer();
    let spans = |t: &[Token<'_>]| t.iter().map(Token::span).collect::<Vec<_>>();
    let in_order: Vec<_> = text.sentences.iter().map(|s| spans(&tokenizer.tokenize(s.clone()))).collect();
    assert_eq!(in_order.len(), 4);
    for order in [[3, 1, 2, 0], [2, 0, 0, 3], [1, 1, 3, 2]] {
        for i in order {
            assert_eq!(spans(&tokenizer.tokenize(text.sentences[i].clone())), in_order[i], "sentence {i}");
            let mut read = Vec::new();
            tokenize_into(&text.joined, lower, store, text.sentences[i].clone(), &mut read);
            assert_eq!(spans(&read), in_order[i], "sentence {i} from the bytes");
        }
    }
}

/// Every sentence of `body` as the vague screen sees it: its text, what the screen tells of
/// it ([`SentenceTokenizer::may_hold_marked`] with the claim lists, which mark the vague
/// entries that may give a source), whether the vague list, matched against its tokens,
/// finds an entry that may be one, and whether the vague source rule finds one (anywhere:
/// no quotes are told apart here).
fn screened(body: &str) -> Vec<(String, Marked, bool, bool)> {
    let read = Read::new(body);
    let text = &read.text;
    let tokenizer = read.tokenizer();
    let mut scratch = Vec::new();
    text.sentences
        .iter()
        .map(|s| {
            let screen = crate::claims::lists::may_hold_vague_source(&tokenizer, s.clone(), &mut scratch);
            let tokens = tokenizer.tokenize(s.clone());
            let mut hits = crate::claims::lists::Hits::default();
            crate::claims::lists::find_all_into(&tokens, &mut hits);
            let found =
                hits.vague().iter().any(|h| crate::claims::vague::may_give_source(crate::claims::lists::VAGUE.kind(h)));
            let source = crate::claims::vague::source(&tokens, hits.vague(), &|_: &Token<'_>| true).is_some();
            (text.slice(s).to_string(), screen, found, source)
        })
        .collect()
}

/// What the screen may say of a sentence: no marked phrase only where the vague list finds
/// none that may give a source, and vague subjects inside clauses only where the vague
/// source rule finds none.
fn screen_holds(screen: Marked, found: bool, source: bool) -> bool {
    match screen {
        Marked::May => true,
        Marked::No => !found && !source,
        Marked::OnlyInsideClauses { .. } => !source,
    }
}

#[test]
fn the_vague_screen_passes_every_sentence_with_a_vague_source_and_stops_others() {
    let body = "Critics say the bridge is unsafe. It is believed that the ship sank. The mayor said \
                the bridge would open in May. It is raining in Ohio, officials said. Some voters \
                remain wary. The plan, long considered the best, failed. The U.S. paid $3.5 \
                million. Smith reportedly left. The vote was the most divisive in many years. \
                The dam held, and many engineers feared it would break. Turnout rose by 46 \
                percent, said Mr. Ruiz. Nothing changed, ''he said.''";
    let seen = screened(body);
    let told: Vec<(&str, Marked)> = seen.iter().map(|(s, m, _, _)| (s.as_str(), *m)).collect();
    let inside = Marked::OnlyInsideClauses { words: 9 };
    assert_eq!(
        told,
        [
            ("Critics say the bridge is unsafe.", Marked::May),
            ("It is believed that the ship sank.", Marked::May),
            ("The mayor said the bridge would open in May.", Marked::No),
            ("It is raining in Ohio, officials said.", Marked::No),
            ("Some voters remain wary.", Marked::May),
            ("The plan, long considered the best, failed.", Marked::May),
            ("The U.S. paid $3.5 million.", Marked::No),
            ("Smith reportedly left.", Marked::May),
            // "the most", "in many": vague subjects inside a clause.
            ("The vote was the most divisive in many years.", inside),
            // "and many engineers feared": a clause's start.
            ("The dam held, and many engineers feared it would break.", Marked::May),
            // After "by" and "," (which start vague phrases), a number and "Mr." are read
            // from the bytes and go on with none.
            ("Turnout rose by 46 percent, said Mr. Ruiz.", Marked::No),
            ("Nothing changed, ''he said.''", Marked::No),
        ]
    );
    for (sentence, screen, found, source) in &seen {
        assert!(screen_holds(*screen, *found, *source), "{sentence}: {screen:?}");
    }
    for (path, body) in crate::bundled_texts::bundled_texts() {
        for (sentence, screen, found, source) in screened(&body) {
            assert!(screen_holds(screen, found, source), "{}: {sentence}", path.display());
        }
    }
}

/// Words that start or continue vague phrases, and the shapes the screen reads apart.
const VAGUE_PIECES: &[&str] = &[
    "critics ",
    "Critics ",
    "say ",
    "some ",
    "Some ",
    "SOME ",
    "it ",
    "It ",
    "is ",
    "was ",
    "believed ",
    "that ",
    "reportedly ",
    "by ",
    "many ",
    ", ",
    "long ",
    "considered ",
    "the ",
    "U.S. ",
    "1,000 ",
    "$3 ",
    "\u{2019}",
    "it\u{2019}s ",
    "Cr\u{e9}tics ",
    ". ",
    "people ",
    "voters ",
    "experts ",
    "warn ",
    "\n\n",
    "''",
    "most ",
    "several ",
    "supporters ",
    "and ",
    "which ",
    "in ",
    "how ",
    "Mr. ",
    "46 ",
    "feared ",
    "(",
    "? ",
];

proptest! {
    #[test]
    fn the_vague_screen_never_stops_a_sentence_with_a_vague_source(
        parts in proptest::collection::vec(0..VAGUE_PIECES.len(), 0..40)
    ) {
        let body: String = parts.iter().map(|&i| VAGUE_PIECES[i]).collect();
        for (sentence, screen, found, source) in screened(&body) {
            prop_assert!(screen_holds(screen, found, source), "{}: {:?}", sentence, screen);
        }
    }
}

const PIECES: &[&str] = &[
    "the ", "U.S.", "Mr.", " ", "\n", "\n\n", ".", ",", ":", "%", "$", "1", "000", "3.5", "&", "'", "''", "`",
    "\u{2019}", "\u{201c}", "\u{201d}", "-", "\u{2010}", "\u{2011}", "\u{2014}", "A", "ab", "Cd", "IT", "\u{e9}",
    "don't", "x-ray", "e.g", "5-", "-ab", "\u{c9}", "\u{3a3}", "\u{301}", "\u{663}", "?", "said ", "\t", "\u{a0}", "s",
];

proptest! {
    #[test]
    fn any_text_reads_the_same_both_ways(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let body: String = parts.iter().map(|&i| PIECES[i]).collect();
        for (walked, read) in both_ways(&body) {
            prop_assert_eq!(walked, read);
        }
    }
}

/// The tokens of a span, found by a search bounded by the span's length, are those a search of
/// the rest of the document finds, for every span of a text (in order or not).
#[test]
fn the_words_of_a_span_are_found_within_its_reach() {
    let body = "He said: \u{201c}We\u{2019}ll pay $3.5 million.\u{201d}\n\nA. B. C.D. went on, and on \u{2014} yes.";
    let read = Read::new(body);
    let (text, words) = (&read.text, &read.words);
    let tokenizer = read.tokenizer();
    for start in 0..=text.joined.len() {
        for end in start..=text.joined.len() {
            let first = words.partition_point(|t| t.end() <= start);
            let rest = &words[first..];
            let expected = &rest[..rest.partition_point(|t| t.start() < end)];
            assert_eq!(tokenizer.words_of(&(start..end)), expected, "{start}..{end}");
        }
    }
}

/// The screen's pass over plain lower-case words first concludes for each word what the
/// general tests after it would: the screen gives the same answer with it and without it,
/// for every sentence of the bundled texts and a few with vague subjects.
#[test]
fn the_plain_word_pass_of_the_screen_changes_no_answer() {
    let mut bodies =
        vec!["Critics say the bridge is unsafe. It is believed that the ship sank. The vote was the most \
         divisive in many years. Some voters remain wary, and many engineers feared it would break."
            .to_string()];
    bodies.extend(crate::bundled_texts::bundled_texts().into_iter().map(|(_, body)| body));
    let mut sentences = 0;
    for body in &bodies {
        let read = Read::new(body);
        let text = &read.text;
        let tokenizer = read.tokenizer();
        let mut scratch = Vec::new();
        for s in &text.sentences {
            let set = crate::claims::lists::screened_set();
            let with = tokenizer.screen::<true>(set, s.clone(), &mut scratch);
            let without = tokenizer.screen::<false>(set, s.clone(), &mut scratch);
            assert_eq!(with, without, "{:?}", text.slice(s));
            sentences += 1;
        }
    }
    assert!(sentences > 40, "{sentences} sentences read");
}
