//! Whom a speaker's mention refers to, across the document: a later mention carries the first
//! description, a pronoun the person named nearest before it in text order (a sentence subject
//! not quoted too), a transcript label its paragraph's speaker, a surname with its particle the
//! full name. Apart from [`super`]'s tests of the phrase read at a cue, as they test the
//! resolution of people over a document.

use super::*;

#[test]
fn later_mentions_carry_the_first_description() {
    let got = speakers_of("Water Minister Kofi Mensah said the dams were low.\n\nMensah said the limits would stay.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(n, d, _)| n == "Kofi Mensah" && d.as_deref() == Some("Water Minister")), "{got:?}");
}

#[test]
fn pronouns_follow_text_order_within_a_paragraph() {
    let got = speakers_of(
        "Water Minister Kofi Mensah said the dams were low.\n\nFarmers' leader Abena Owusu said she welcomed the plan. “It is late, but it is right,” she said.",
    );
    let late = got.iter().find(|(_, _, c)| c.starts_with("It is late")).expect("direct quote");
    assert_eq!(late.0, "Abena Owusu", "{got:?}");
}

#[test]
fn pronouns_may_refer_to_a_sentence_subject_who_was_not_quoted() {
    // The subject is described by a role, or named before: a later "he" is that person, not
    // the last one quoted.
    let got = speakers_of("Ana Ruiz said the vote was close.\n\nRadio host Tom Okafor used his show to praise what he called a “brilliant” move.");
    assert_speaker_of_part(&got, "brilliant", "Tom Okafor", "mixed quote");
    let got = speakers_of("Tom Okafor said the vote was close. Ana Ruiz said it was not.\n\nOkafor met voters on Monday, and he promised “a fair count.”");
    assert_speaker_of_part(&got, "fair count", "Tom Okafor", "mixed quote");
    // No role word in the sentence: the known surname alone lets its subject be noted.
    let got = speakers_of("Tom Okafor said the vote was close. Ana Ruiz said it was not.\n\nOkafor walked out on Monday, and he promised “a fair count.”");
    assert_speaker_of_part(&got, "fair count", "Tom Okafor", "mixed quote");
    // An opening word is no subject to refer to.
    let got = speakers_of("Tom Okafor said the vote was close.\n\nSoon after, he promised “a fair count.”");
    assert_speaker_of_part(&got, "fair count", "Tom Okafor", "mixed quote");
}

/// Asserts, for each `(start, name)`, that the first of the frames `got` whose words start
/// with `start` has the speaker `name`.
fn assert_speakers_by_start(got: &[(String, Option<String>, String)], cases: &[(&str, &str)]) {
    for &(start, name) in cases {
        let speaker = got.iter().find(|(_, _, c)| c.starts_with(start)).map(|(n, _, _)| n.as_str());
        assert_eq!(speaker, Some(name), "{start}: {got:?}");
    }
}

#[test]
fn transcript_labels_name_the_speaker_of_their_paragraph() {
    let doc = "Mensah spoke to the station on Sunday.\n\nAMA BOATENG: Will the dams hold this year?\n\nMENSAH: I think they will hold, and the rains will come.\n\nBOATENG: And if they do not?\n\nMENSAH: Then we will ration water.";
    let got = speakers_of(doc);
    // Labels name the person in normal case, joined to the name the prose gives.
    assert_speakers_by_start(
        &got,
        &[
            ("Will the dams", "Ama Boateng"),
            ("I think they will hold", "Mensah"),
            ("And if they do not", "Ama Boateng"),
        ],
    );
    let got = speakers_of("“We will manage,” Kwame Mensah said on Sunday.\n\nAMA BOATENG: Will it hold?\n\nMENSAH: It will.\n\nBOATENG: And then?\n\nMENSAH: We ration water.");
    assert!(got.iter().any(|(n, _, c)| n == "Kwame Mensah" && c.starts_with("It will")), "{got:?}");
    // "I think" reports nothing inside the speaker's own answer.
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("they will hold")), "{got:?}");
    // A lone label is a heading, not a speaker.
    let got = speakers_of("UPDATE: The dams held overnight.\n\nWASHINGTON: Officials met on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn quoted_transcript_labels_name_the_speaker_of_their_paragraph() {
    // Each paragraph opens with a mark and none closes: the quote rules read one quote over
    // the paragraphs, introduced by the colon sentence; the labels still name who speaks.
    let doc = "Mensah spoke to the station on Sunday.\n\nThe exchange went as follows:\n\n\"AMA BOATENG: Will the dams hold this year?\n\n\"MENSAH: I think they will hold, and the rains will come.\n\n\"Then we will see what the “dry months” bring.\n\n\"BOATENG: But, Minister, I have to ask you, because as “The Water Board” wrote, the rains are late.\n\n\"MENSAH: Then we will ration water.\"";
    let got = speakers_of(doc);
    assert_speakers_by_start(
        &got,
        &[
            ("Will the dams", "Ama Boateng"),
            ("I think they will hold", "Mensah"),
            // A paragraph with no label goes on with the label before it.
            ("Then we will see", "Mensah"),
            // Quoted words with no cue of their own in a labelled paragraph are the label's,
            // in its one quote.
            ("But, Minister", "Ama Boateng"),
            ("Then we will ration", "Mensah"),
        ],
    );
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("The Water Board")), "{got:?}");
    // The label is no part of the words, and no sentence opening is a speaker.
    assert!(!got.iter().any(|(n, _, c)| c.starts_with("MENSAH") || n == "The exchange"), "{got:?}");
}

/// A surname written with its particle stands for the full name the text gave before, as a
/// bare surname does.
#[test]
fn a_surname_with_its_particle_stands_for_the_full_name() {
    let got = speakers_of(
        "Head.\n\n“We will watch,” Ana dos Santos, the group's director, said. \
         The group plans to watch her case closely, dos Santos says.",
    );
    assert!(got.iter().all(|s| s.0 == "Ana dos Santos"), "{got:?}");
}

/// A role with no name is the person a later "he" or "she" stands for when no one named was
/// quoted before it; not a plural role, and not past a named person quoted before.
#[test]
fn a_pronoun_after_a_role_alone_is_that_role() {
    let got = speakers_of("The admiral told reporters that the fleet would sail. “We are ready,” he said.");
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("The admiral"), "{got:?}");
    // A later role takes the first one's place.
    let got = speakers_of(
        "My father told us that the war was over. My mother told us that it was not. “It never ends,” she said.",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("My mother"), "{got:?}");
    let got = speakers_of("Officials told reporters that the fleet would sail. “We are ready,” he said.");
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("he"), "{got:?}");
    let got = speakers_of(
        "Kofi Mensah said the ship was late. The admiral told reporters that the fleet would sail. “We are ready,” he said.",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("Kofi Mensah"), "{got:?}");
    // A role held by a body of people is no "he" or "she": the pronoun stays itself.
    for body in ["The campaign", "The local police"] {
        let got = speakers_of(&format!("{body} told reporters that the fleet would sail. “We are ready,” he said."));
        assert_eq!(got.first().map(|g| g.0.as_str()), Some(body), "{got:?}");
        assert_eq!(got.last().map(|g| g.0.as_str()), Some("he"), "{got:?}");
    }
}

/// A person the text names after a role alone (a sentence's subject, not quoted) ends the
/// role's place as the last person: a later role is no "he" then, as after a person quoted.
#[test]
fn a_role_alone_gives_way_to_a_person_named_after_it() {
    let got = speakers_of(
        "The admiral told reporters that the fleet would sail.\n\nKofi Mensah watched the ships leave.\n\nThe captain told reporters that the ships were late.\n\n“We are ready,” he said.",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("Kofi Mensah"), "{got:?}");
    // As with no role before the name.
    let got = speakers_of(
        "Kofi Mensah watched the ships leave.\n\nThe captain told reporters that the ships were late.\n\n“We are ready,” he said.",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("Kofi Mensah"), "{got:?}");
}
