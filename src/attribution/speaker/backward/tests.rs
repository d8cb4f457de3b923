//! The walk back from a cue to its speaker, over whole sentences: places, appositives,
//! parentheticals, auxiliaries and phrases that are no speaker.

use crate::attribution::test_quotes::{speakers, speakers_in_story};

/// Each sentence, in a story, has one quote whose speaker is `who`.
fn assert_sole_speakers(cases: &[(&str, &str)]) {
    for &(s, who) in cases {
        assert_eq!(speakers_in_story(s), vec![Some(who.to_string())], "{s}");
    }
}

#[test]
fn a_place_after_a_description_is_no_speaker() {
    assert_sole_speakers(&[
        (
            "Some members at the meeting in Eastvale said they welcomed the plan.",
            "Some members at the meeting in Eastvale",
        ),
        ("The remaining shops in Harbour Town reported a loss for the year.", "The remaining shops in Harbour Town"),
        ("A spokesman in Eastvale said the port would close.", "A spokesman in Eastvale"),
        ("A professor at Eastvale College, Ana Ruiz, said the port would close.", "Ana Ruiz"),
        ("A lawyer for the Eastvale Port Authority, Ana Ruiz, said the port would close.", "Ana Ruiz"),
        ("A professor at the University of Eastvale, Ana Ruiz, said the port would close.", "Ana Ruiz"),
        ("Officials in the town said the port would close.", "Officials in the town"),
        ("“The port will close by the spring,” officials in the town said.", "officials in the town"),
        // The state of a place is no speaker before a relative clause.
        ("Kofi Mensah, a farmer from Lindon, Ore., who grows wheat, said the plan had failed.", "Kofi Mensah"),
    ]);
    let got = speakers("A lesson from Ana Ruiz: “Be the voice that people hear.”\n\nShe spoke on Monday.");
    assert!(got.iter().all(|g| g.as_deref() != Some("A lesson from Ana Ruiz")), "{got:?}");
}

/// "Ruiz’s chief opponent, Kofi Mensah, said": a possessive's or a determiner's phrase
/// whose head is no listed noun is described by the appositive name after it, which
/// speaks, not the possessor nor the phrase's modifier.
#[test]
fn an_appositive_name_after_an_unlisted_noun_speaks() {
    assert_sole_speakers(&[
        ("Ruiz’s Democratic opponent, Kofi Mensah, said the port would close.", "Kofi Mensah"),
        ("Ruiz’s opponent, Port Commissioner Kofi Mensah, said the port would close.", "Kofi Mensah"),
        ("His Republican challenger, Kofi Mensah, said the port would close.", "Kofi Mensah"),
        // Controls: a listed noun's phrase, and an unlisted one with no appositive.
        ("Ruiz’s chief rival, Kofi Mensah, said the port would close.", "Kofi Mensah"),
        ("Her Democratic opponent said the port would close.", "Her Democratic opponent"),
    ]);
}

/// "The head of Eastvale Port, Ana Ruiz, said": the appositive person speaks, whichever
/// path reads the phrase (the cue's look-back, a colon's quote, a quote before an inverted
/// or trailing cue, a participle's sentence subject); a town before its state is no
/// description of a person.
#[test]
fn the_person_after_a_description_with_a_place_speaks() {
    assert_sole_speakers(&[
        ("The head of Eastvale Port, Ana Ruiz, said the port would close.", "Ana Ruiz"),
        ("The head of Eastvale Port, Ana Ruiz, said: “The port will close.”", "Ana Ruiz"),
        ("The head of the agency, Ana Ruiz, said the port would close.", "Ana Ruiz"),
        ("“The port will close,” the head of the agency, Ana Ruiz, said.", "Ana Ruiz"),
        ("“The port will close,” said the head of Eastvale Port, Ana Ruiz.", "Ana Ruiz"),
        ("The head of Eastvale Port, Ana Ruiz, criticized the plan and said it was “a disaster.”", "Ana Ruiz"),
    ]);
    let s = "The director of the Eastvale Port, Kofi Mensah, said the port would close, adding that “it is over.”";
    let got = speakers_in_story(s);
    assert!(!got.is_empty() && got.iter().all(|g| g.as_deref() == Some("Kofi Mensah")), "{got:?}");
    // Where an unnamed person lives is not the person: the phrase stays unnamed.
    let s = "A farmer from Lindon, North Dakota, said the port would close.";
    let got = speakers_in_story(s);
    let unnamed = |g: &Option<String>| g.as_deref().is_none_or(|g| g.starts_with("A farmer from Lindon"));
    assert!(!got.is_empty() && got.iter().all(unnamed), "{got:?}");
    assert_eq!(got, vec![Some("A farmer from Lindon, North Dakota".to_string())]);
}

/// A title with "of" ("Secretary of State", "Chief of Staff") stays whole before the name.
#[test]
fn a_title_with_of_stays_whole_before_the_name() {
    assert_sole_speakers(&[
        ("Secretary of State Ana M. Ruiz said the port would close.", "Ana M. Ruiz"),
        ("“The port will close,” Chief of Staff Kofi Mensah said.", "Kofi Mensah"),
        // A known limit, kept visible: with one word after the title's object, "State
        // Ruiz" reads like "Homeland Security", so the run stays whole (the overlap with
        // the person is kept; a name list would be needed to cut it).
        ("Secretary of State Ruiz said the port would close.", "State Ruiz"),
        (
            "CEO of Eastvale Harbour Association Ana Ruiz said the port would close.",
            "Eastvale Harbour Association Ana Ruiz",
        ),
    ]);
}

/// A lower-case title with its "of" phrase ("chief of staff") describes the name after its
/// comma, which speaks.
#[test]
fn a_lower_case_title_with_of_before_a_name_describes_it() {
    assert_sole_speakers(&[
        ("“The port will close,” Ana Ruiz’s chief of staff, Kofi Mensah, told the Eastvale Star.", "Kofi Mensah"),
        ("“The port will close,” the director of communications, Kofi Mensah, told reporters.", "Kofi Mensah"),
    ]);
}

/// A phrase of place or occasion between the subject and its cue, or a sentence's opening
/// phrase before a participle's subject, is not the speaker.
#[test]
fn a_phrase_after_a_preposition_is_not_the_speaker() {
    assert_sole_speakers(&[
        ("Ruiz in her opening speech called the plan “a disgrace.”", "Ruiz"),
        ("It was clear that Ana Ruiz during the hearing thanked “every nurse in the county.”", "Ana Ruiz"),
        ("Ruiz, who has in the past described the plan as “a disgrace,” voted for it.", "Ruiz"),
        ("Ruiz, during a town hall in Eastvale, Oregon, said she was “going to close the port.”", "Ruiz"),
        (
            "In a statement released on Thursday, Rep. Ana Ruiz reacted to the news, saying: “The port must stay open.”",
            "Ana Ruiz",
        ),
    ]);
}

/// Auxiliaries and adverbs between the subject and its cue belong to the verb, not the
/// speaker; past a relative or after a preposition the phrase before them is no speaker.
#[test]
fn auxiliaries_before_the_cue_are_not_the_speaker() {
    assert_sole_speakers(&[
        ("Ruiz aides have privately expressed anger over the “endless” strike.", "Ruiz aides"),
        ("The nominee has repeatedly called the plan “a disaster.”", "The nominee"),
    ]);
    let relative = "Sanders is relying on the research of Ana Ruiz, an economics professor at the University of California at Eastvale who had once concluded that the top 1 percent took “nearly everything.”";
    assert!(!speakers_in_story(relative).contains(&Some("Eastvale".to_string())), "{relative}");
    let object = "Nearly all of the harbour masters of the 12 busiest ports in the country have openly backed her as “the right pick.”";
    assert!(!speakers_in_story(object).contains(&Some("the country".to_string())), "{object}");
}

/// A full name opening the clause before words that end in a place and its state speaks, not
/// the place ("Johnnie Wilson, of Springfield, Va., said"); a clause the place opens keeps its
/// subject.
#[test]
fn a_full_name_before_a_hometown_and_its_state_speaks() {
    assert_sole_speakers(&[
        ("Kofi Mensah, of Lindon, Ore., said he had fought for the port.", "Kofi Mensah"),
        ("Ama Lee, 75, a retiree in Tema, Ghana, said she backed the old plan.", "Ama Lee"),
        // Must not fire: the clause opens with the place's preposition, not a name.
        ("In Tema, Ghana, the farmers said they backed the old plan.", "the farmers"),
    ]);
}
