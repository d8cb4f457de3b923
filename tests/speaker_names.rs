//! What a reader sees on clicking a quote: the speaker's whole name, its description and
//! whether it is unnamed, in shapes that once cut a name short or gave a stray word, each on a
//! short text of our own.

use sourcelight::{analyze, Document, FindingKind, Speaker};

/// The speaker of the quote of `text` that holds `words` (a headline is put before it).
fn speaker_of(text: &str, words: &str) -> Option<Speaker> {
    analyze(&Document::from_plain_text(&format!("Head line.\n\n{text}")))
        .findings
        .into_iter()
        .find_map(|f| match f.kind {
            FindingKind::Quote(q) if f.text.contains(words) => Some(q.speaker),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{text:?}: no quote holds {words:?}"))
}

fn assert_name(text: &str, words: &str, name: &str) {
    let s = speaker_of(text, words);
    assert_eq!(s.as_ref().map(|s| s.name.as_str()), Some(name), "{text:?}: {s:#?}");
}

#[test]
fn an_institution_keeps_the_words_its_name_joins() {
    assert_name(
        "The Center on Housing and Work said the rule would hurt families.",
        "hurt families",
        "Center on Housing and Work",
    );
    assert_name(
        "The Committee on Farms and Forests said the agency had overstepped.",
        "overstepped",
        "Committee on Farms and Forests",
    );
    assert_name(
        "The Harbour Trade and Shipping Council said bookings had fallen by a third.",
        "bookings",
        "Harbour Trade and Shipping Council",
    );
    assert_name(
        "The nonpartisan Commission on Fair Elections says the count was sound.",
        "the count",
        "Commission on Fair Elections",
    );
    // After "according to", too.
    assert_name(
        "According to the Institute for Tax and Labor Studies, the plan costs too much.",
        "costs too much",
        "Institute for Tax and Labor Studies",
    );
}

#[test]
fn people_and_two_bodies_stay_apart() {
    // Two people, a person from a body, two bodies: "and" and "of" join no name here.
    assert_name("Ana Ruiz and Li Wei say the senator has not been tested.", "not been tested", "Li Wei");
    assert_name("Ana Ruiz of Eastvale University suggested that trade was to blame.", "trade was to blame", "Ana Ruiz");
    let s = speaker_of(
        "The Trade Center at the Eastvale Institute and Harbour Institution estimates that taxes will rise.",
        "taxes will rise",
    );
    assert!(s.as_ref().is_some_and(|s| !s.name.contains(" and ")), "{s:#?}");
}

#[test]
fn a_name_that_holds_a_cue_word_is_whole() {
    // "States" is a cue word ("she states that"), but not after "United".
    assert_name("The United States pledged that it would lift the tariffs.", "lift the tariffs", "United States");
}

#[test]
fn an_unnamed_source_after_its_cue_is_whole_and_unnamed() {
    for (text, who) in [
        (
            "“We will not stop,” said a former senior law enforcement official.",
            "a former senior law enforcement official",
        ),
        (
            "“We will not stop,” said a senior administration official familiar with the talks.",
            "a senior administration official familiar with the talks",
        ),
        ("“We will not stop,” said a source close to the mayor.", "a source close to the mayor"),
    ] {
        let s = speaker_of(text, "will not stop");
        assert!(s.as_ref().is_some_and(|s| s.name == who && s.anonymous), "{text:?}: {s:#?}");
    }
    // A time or a medium after the source is the cue's, not the speaker's.
    assert_name("“The talks stalled,” said a senior official on Monday.", "talks stalled", "a senior official");
}

#[test]
fn an_indefinite_description_after_a_name_is_kept() {
    let s =
        speaker_of("“That is not good enough,” said Ana Ruiz, a senior analyst at Eastvale Bank.", "not good enough");
    let s = s.expect("a speaker");
    assert_eq!((s.name.as_str(), s.description.as_deref()), ("Ana Ruiz", Some("a senior analyst at Eastvale Bank")));
}

#[test]
fn another_opens_a_description_not_a_name() {
    for (text, words, who, desc) in [
        ("Another critic, Ana Ruiz, said the rules were a tax.", "rules", "Ana Ruiz", "Another critic"),
        ("Another partner, Li Wei, said the deal was done.", "deal", "Li Wei", "Another partner"),
    ] {
        let s = speaker_of(text, words).expect("a speaker");
        assert_eq!((s.name.as_str(), s.description.as_deref()), (who, Some(desc)), "{text:?}");
    }
    let s = speaker_of("“We will stay,” another official said.", "We will stay").expect("a speaker");
    assert!(s.anonymous && s.name == "another official", "{s:#?}");
}

#[test]
fn a_place_or_topic_after_an_unnamed_source_is_part_of_it() {
    for (text, words, who) in [
        ("Experts on North Korea say the test was a failure.", "the test", "Experts on North Korea"),
        ("People in Eastvale said the water had turned brown.", "the water", "People in Eastvale"),
        ("But union organizers in Eastvale say the rules are unfair.", "the rules", "union organizers in Eastvale"),
    ] {
        let s = speaker_of(text, words).expect("a speaker");
        assert!(s.anonymous && s.name == who, "{text:?}: {s:#?}");
    }
    // After a verb the phrase does not start its clause, and the quote is still found.
    speaker_of(
        "A woman who had been an exchange student in Eastvale asked Obama what he thought of the plan.",
        "what he thought",
    );
}

#[test]
fn a_party_label_after_a_name_describes_it() {
    for text in ["Sen. Ana Ruiz (R-Ohio) said the bill was dead.", "“The bill is dead,” said Sen. Ana Ruiz (R-Ohio)."]
    {
        let s = speaker_of(text, "dead").expect("a speaker");
        assert_eq!((s.name.as_str(), s.description.as_deref()), ("Ana Ruiz", Some("Sen. (R-Ohio)")), "{text:?}");
    }
    // A bracket with lower-case words is an aside, not a label.
    let s = speaker_of("Ana Ruiz (left) said the bill was dead.", "dead").expect("a speaker");
    assert_eq!((s.name.as_str(), s.description.as_deref()), ("Ana Ruiz", None));
}

/// The sources list's names and quote counts for `text` (a headline put before it).
fn sources_of(text: &str) -> Vec<(String, usize)> {
    analyze(&Document::from_plain_text(&format!("Head line.\n\n{text}")))
        .sources
        .into_iter()
        .map(|s| (s.name, s.quotes))
        .collect()
}

#[test]
fn a_source_named_with_a_then_with_the_is_one_source() {
    // "a source … the source": the definite mention takes up the one introduced before.
    let got = sources_of(
        "The mayor will resign on Friday, a source said.\n\nHer deputy will take over, the source told the Eastvale Times.",
    );
    assert_eq!(got, [("a source".to_owned(), 2)], "{got:?}");
    // A description named with "the" first stays apart from a later "a" one.
    let got = sources_of("The mayor will resign on Friday, the aide said.\n\nHer deputy will take over, an aide said.");
    assert_eq!(got.len(), 2, "{got:?}");
}
