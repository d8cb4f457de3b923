//! The speaker of a cue in a relative clause: the phrase the relative pronoun stands for, a
//! person's "who" or a thing's "which", not the sentence's subject nor the speaker before.

use super::*;

#[test]
fn a_which_clause_speaks_for_the_thing_before_it() {
    let speaker = |s: &str| the_one_in(s).0;
    assert_eq!(speaker("Pence read the report, which notes that the economy grew fast."), "the report");
    assert_eq!(
        speaker("They turned to the Eastvale Fire Department which reported that fires rose sharply."),
        "Eastvale Fire Department"
    );
    // Over a preposition to its object led by an article: the object.
    assert_eq!(
        speaker(
            "China and America are members of the World Trade Organization, which writes that trade rules bind them."
        ),
        "World Trade Organization"
    );
    // A person's relative keeps the person.
    assert_eq!(speaker("It angered Ana Ruiz, who said that the plan failed."), "Ana Ruiz");
}

#[test]
fn a_which_before_a_subject_of_its_own_is_no_speaker() {
    // "which Will claims": the capitalised word opens the relative's own clause; the walk back
    // from the cue does not take the thing before "which".
    let got = speakers_of("Will praised the speech in Orlando, which Will claims affirmed “the belief in nationhood.”");
    assert!(got.iter().all(|(n, _, _)| n != "Orlando"), "{got:?}");
}

#[test]
fn a_which_after_a_plain_phrase_over_a_preposition_speaks_for_its_object() {
    let speaker = |s: &str| the_one_in(s).0;
    // The walk back reads the whole phrase (or more): its object, led by an article, is what
    // "which" stands for, not the people before the preposition.
    assert_eq!(speaker("Pence met members of the union, which says that the plan failed."), "the union");
    assert_eq!(speaker("They spoke to workers at the mill, which said that it would close."), "the mill");
    // A named object is read with no description from the words before it ("members of the").
    let (name, description, _) = the_one_in(
        "China and America are members of the World Trade Organization, which writes that trade rules bind them.",
    );
    assert_eq!((name.as_str(), description), ("World Trade Organization", None));
}

#[test]
fn a_passive_after_a_subjects_relative_clause_has_no_speaker() {
    // "were told": the officials heard it; the phrase before "who" speaks only an active verb.
    let got = speakers_of("Officials who spoke with the paper were told that the plan failed.");
    assert!(got.iter().all(|(n, _, _)| n != "Officials"), "{got:?}");
    assert_one_speaker("Officials who spoke with the paper said that the plan failed.", "Officials");
}

#[test]
fn a_capitalised_name_over_of_the_is_one_antecedent() {
    let speaker = |s: &str| the_one_in(s).0;
    assert_eq!(
        speaker("The money went to the Department of the Interior, which says that the funds were spent well."),
        "Department of the Interior"
    );
    assert_eq!(
        speaker("The review was done by the Office of the Inspector General, which found that the staff had erred."),
        "Office of the Inspector General"
    );
}

#[test]
fn a_which_source_is_not_carried_to_the_next_quote() {
    let got = speakers_of(
        "“We expect a full hall,” said Marta Ilić, organiser of a group called Friends of the Quay, which expects 3,000 to come.\n\n“This will be the biggest meeting the port has seen.”",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("Marta Ilić"), "{got:?}");
    // A quote after "which states:" is the thing's, and the next quoted paragraph goes on
    // with it.
    let got = speakers_of(
        "The port sent its crews a safety notice, which states: “Do not try to fix the crane.\n\n“Instead, wait on the quay until the engineers arrive.”",
    );
    assert!(got.len() >= 2 && got.iter().all(|g| g.0 == got[0].0), "{got:?}");
}

#[test]
fn a_which_source_is_no_he_or_she() {
    let got = speakers_of(
        "Mayor Ana Ruiz spoke on Monday. She cited the Department of Labor, which said that jobs were up. She said the city would grow.",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("Ana Ruiz"), "{got:?}");
}
