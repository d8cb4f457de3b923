//! Tests of the forward speaker walk: the window of plain words before a name, post-modifiers
//! and roles after an inverted cue, capitalised modifiers of lower-case nouns, and passive
//! agents after a quote.

use crate::attribution::test_quotes::quotes_under_head;
use crate::attribution::SpeakerRef;

/// The speaker of the first quote of a document of one headline and `paragraph`.
fn first_speaker(paragraph: &str) -> SpeakerRef {
    quotes_under_head(paragraph).into_iter().next().and_then(|q| q.speaker).expect("a speaker")
}

/// The name a few plain words lead to is found within four tokens, and two more for each
/// slashed number among the first six, as a window sized by the count up front gives it.
#[test]
fn a_name_after_plain_words_is_looked_for_in_a_window_widened_by_slashed_numbers() {
    use super::{name_after_plain_words, namey, slashed_number};
    use crate::attribution::words::class;
    use crate::attribution::{tokens, view::Toks};
    for s in [
        "9/11 widow Terry Strada said",
        "longtime friend Ana Ruiz said",
        "9/11 and 24/7 widow Terry Strada said",
        "the longtime family friend Ana Ruiz",
        "one two three four Ana Ruiz",
        "one two three Ana",
        "9/11 first responder group chief Ana Ruiz",
        "24/7 9/11 a b c d e Ana",
        "widow",
        "",
    ] {
        let mut toks = Vec::new();
        tokens::tokenize(s, 0..s.len(), &mut toks);
        let tk = Toks::new(s, &toks, &[]);
        for upper in 0..=tk.len() {
            let slashes = (0..6.min(upper)).filter(|&m| slashed_number(&tk, m)).count();
            let windowed = (0..(4 + 2 * slashes).min(upper))
                .take_while(|&m| {
                    slashed_number(&tk, m)
                        || tk.word(m) && !tk.has(m, class::FUNCTION | class::AUX | class::PHRASE_START)
                })
                .find(|&m| namey(&tk, m));
            assert_eq!(name_after_plain_words(&tk, 0, upper), windowed, "{s}, {upper}");
        }
    }
}

/// The post-modifier after an inverted cue's unnamed source joins the phrase, which is
/// split again as a whole: still unnamed, with no name taken from the post-modifier.
#[test]
fn a_post_modifier_after_an_inverted_cue_keeps_the_source_unnamed() {
    let sp = first_speaker("“We will not sign,” said a senior official familiar with the Eastvale talks.");
    assert_eq!(sp.name, "a senior official familiar with the Eastvale talks");
    assert!(sp.anonymous && sp.description.is_none(), "{sp:?}");
}

/// A name inside the connector phrase of an unnamed source ("an adviser to Ana Ruiz") is not
/// the speaker's, with a post-modifier after it too.
#[test]
fn a_post_modifier_does_not_name_the_source_from_its_connector_phrase() {
    let sp = first_speaker(
        "“We will not sign,” said a Pentagon adviser to Ana Ruiz at the campaign familiar with the talks.",
    );
    assert_eq!(sp.name, "a Pentagon adviser to Ana Ruiz at the campaign familiar with the talks");
    assert!(sp.anonymous && sp.description.is_none(), "{sp:?}");
}

/// Lower-case nouns after one or two capitalised words, right before the verb of saying
/// (past auxiliaries and adverbs), head the subject: the capitalised words modify them and
/// name no speaker; a plural head with no article leaves the source unnamed.
#[test]
fn a_capitalised_modifier_before_lower_case_nouns_is_no_name() {
    for (paragraph, name, anonymous) in [
        ("Federal investigators have also discovered that the program was infiltrated.", "Federal investigators", true),
        ("Eastvale fans insist that the vote was rigged.", "Eastvale fans", true),
        ("Exit polling showed that Ruiz won every county.", "Exit polling", false),
    ] {
        let sp = first_speaker(paragraph);
        assert_eq!((sp.name.as_str(), sp.anonymous), (name, anonymous), "{paragraph}");
        assert!(sp.description.is_none(), "{sp:?}");
    }
}

/// A verb, a contraction, a listed word before a verb, a full name or a participle cue
/// after a verb keep the name the speaker's ("Ruiz holds little hope that …").
#[test]
fn a_name_before_a_verb_and_its_object_stays_the_speaker() {
    for (paragraph, name) in [
        ("Ruiz himself insists that the plan failed.", "Ruiz"),
        ("Ruiz holds little hope that the plan works.", "Ruiz"),
        ("Democrats rebut claim that the plan failed.", "Democrats"),
        ("Ruiz avoids saying that the plan failed.", "Ruiz"),
        ("Ruiz can't believe that the plan failed.", "Ruiz"),
        ("Ana Maria Ruiz holds little hope that the plan works.", "Ana Maria Ruiz"),
    ] {
        assert_eq!(first_speaker(paragraph).name, name, "{paragraph}");
    }
}

/// A description read up to a cue that introduces quoted words, past an opening phrase no
/// walk reads, is the quote's speaker (`speaker::first_named`), not nobody.
#[test]
fn a_description_running_up_to_the_cue_introduces_the_quote() {
    let sp = first_speaker(
        "The snarky, anti-GOP/Eastvale water-carrying headline reads: “Repeat after me: the plan failed.”",
    );
    assert_eq!(sp.name, "Eastvale water-carrying headline");
}

/// The doer after a passive's "by" between a quote and its cue acted on the quoted words'
/// subject; the speaker is the cue's subject, past it.
#[test]
fn a_passive_agent_after_a_quote_is_not_its_speaker() {
    let sp = first_speaker(
        "“If there had not been that intervention” by the United States, NATO and other partners, Ana Ruiz said at a town hall on Monday.",
    );
    assert_eq!(sp.name, "Ana Ruiz");
    assert!(sp.description.is_none(), "{sp:?}");
}

/// Only a "by" right after the quote's closing mark is refused: a participle cue's "by"
/// names whose stance it reports, and an inverted cue's speaker is read as before.
#[test]
fn a_passive_agent_away_from_a_quote_is_read_as_before() {
    let sp = first_speaker("The immigration bill, opposed by House Republicans, never became law.");
    assert_eq!(sp.name, "House Republicans");
    assert_eq!(first_speaker("“We will not sign,” said Ana Ruiz by the door.").name, "Ana Ruiz");
}

/// Asserts that the first quote's speaker is "Ana Ruiz" with `description`.
fn assert_ana_ruiz_described(paragraph: &str, description: &str) {
    let sp = first_speaker(paragraph);
    assert_eq!(sp.name, "Ana Ruiz", "{paragraph}");
    assert_eq!(sp.description.as_deref(), Some(description), "{paragraph}");
}

/// After an inverted cue, a role that closes the sentence past the name's party-and-state
/// bracket (or its comma alone) is the speaker's description, with or without an article.
#[test]
fn a_role_closing_the_sentence_after_an_inverted_cue_describes_the_speaker() {
    for (paragraph, description) in [
        (
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), head of the Eastvale Caucus.",
            "Rep. (D-Ore.), head of the Eastvale Caucus",
        ),
        (
            "“We will not sign,” added Rep. Ana Ruiz (D-Ore.), the assistant leader of the Democratic caucus.",
            "Rep. (D-Ore.), the assistant leader of the Democratic caucus",
        ),
        (
            "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), a member of House Democratic leadership.",
            "Rep. (D-Ore.), a member of House Democratic leadership",
        ),
        (
            "“We will not sign,” said Ana Ruiz, chair of the Eastvale Port Authority.",
            "chair of the Eastvale Port Authority",
        ),
    ] {
        assert_ana_ruiz_described(paragraph, description);
    }
}

/// Counter-examples: a bracket followed by a clause, a relative clause, quoted words, a
/// verb's phrase, or a role that does not close the sentence adds nothing to the description.
#[test]
fn a_clause_quote_or_open_phrase_after_the_bracket_is_no_description() {
    for paragraph in [
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), and she left the room.",
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), who leads the Eastvale Caucus.",
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), “not this year.”",
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), speaking to a veterans group in Eastvale.",
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), a historian and runs the Eastvale website.",
        "“We will not sign,” said Rep. Ana Ruiz (D-Ore.), head of the caucus, as the vote closed.",
    ] {
        assert_ana_ruiz_described(paragraph, "Rep. (D-Ore.)");
    }
    // The plain order's subject keeps its reading: "Ana Ruiz, the top Democrat …, called on".
    let quotes = crate::attribution::test_quotes::quotes_under_head(
        "Ana Ruiz, the top Democrat on the panel, called on the mayor to resign.",
    );
    assert_eq!(quotes.first().and_then(|q| q.speaker.as_ref()).map(|s| s.name.as_str()), Some("Ana Ruiz"));
}
