//! The speaker of a cue in a relative clause: the phrase the relative pronoun stands for, a
//! person's "who" or a thing's "which", not the sentence's subject nor the speaker before.

use super::*;

#[test]
fn a_which_clause_speaks_for_the_thing_before_it() {
    let speaker = |s: &str| the_one_in(s).0;
    assert_eq!(speaker("Pence read the report, which notes that the economy grew fast."), "the report");
    assert_eq!(
        speaker("They turned to the Chicago Police Department which reported that shootings rose sharply."),
        "Chicago Police Department"
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
