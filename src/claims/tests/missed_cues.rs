//! Cues of reported speech, thought and findings that the lists missed (claims43, claims45:
//! claims the outlet does not make, inside PolNeAR attributions on train), each with a case it
//! must not take.

use super::*;

#[test]
fn a_plain_present_of_saying_after_its_subject_gives_a_source() {
    for (sourced, own) in [
        (
            "Activists ask the candidates to explain the loss of 5,000 clean energy jobs in 2015.",
            "The state lost 5,000 clean energy jobs in 2015.",
        ),
        ("11:40 am — Police announce that 14 people died in the attack.", "11:40 am — 14 people died in the attack."),
        ("Democrats accuse the firm of dumping 40 tons of waste in 2015.", "The firm dumped 40 tons of waste in 2015."),
    ] {
        assert_eq!(claims(sourced), [], "{sourced}");
        assert_eq!(claims(own).len(), 1, "{own}");
    }
    // Not after "to", an auxiliary, a possessive, or as a sentence's opening imperative: the
    // outlet's own events stand.
    assert_claim_stands(&[
        "Fox News sent a host to the streets to ask 300 voters if the primary had been rigged.",
        "The Bank of Japan did not announce as much stimulus in 2016 as traders had hoped.",
        "The senators' ask of the 40 donors came on Monday after the vote.",
        "Clinton's ask of the 40 donors came on Monday after the vote.",
        "Just ask the 12 senators who lost their seats in the 2014 election.",
    ]);
}

#[test]
fn a_paper_finds_as_a_study_does() {
    assert_eq!(claims("One influential 2009 paper found improvements of 12 percent in fourth-grade math scores."), []);
    // A paper that finds nothing is no source, nor a poll a figure is set in: the figures
    // are the outlet's.
    assert_claim_stands(&[
        "Voters in 12 counties marked 3,000 paper ballots by hand in 2016.",
        "Ackman has stayed in the stock and has sustained losses of $40 million on paper.",
    ]);
}

#[test]
fn per_names_a_source_after_a_comma_or_opening_the_sentence() {
    assert_no_claims(&[
        "She had moved to Cairo in 2011 with her 3 children, per CTV News.",
        "Per Reuters, 300 homes were destroyed in the storm.",
        "The storm destroyed 300 homes, per the Red Cross report.",
        "The plant cut 400 jobs in 2015, per a spokesman.",
        "The plan costs $40 million, per the party's report on the plan.",
    ]);
    // A rate, "per capita" and "per se" name nobody: the figures are the outlet's.
    assert_claim_stands(&[
        "Workers in 12 states earn $15 per hour since 2016.",
        "Income, per capita, rose 3 percent in 2015 across the 12 states.",
        "The 40 new rules, per se, cut no jobs in 2015.",
    ]);
}

/// "per" before a document of rules is "under its terms": the figure is the writer's.
#[test]
fn per_a_document_of_rules_names_no_source() {
    assert_claim_stands(&[
        "A third of that, per the Eastvale plan, is $30,000.",
        "The city must cut 300 jobs by 2017, per the terms of the deal.",
        "Per his dying wishes, the estate gave $2 million to 40 schools in 2015.",
        "Each state gets 12 delegates, per the agreement drafted in 2015.",
        "The city must cut 300 jobs by 2017, per the 2015 deal with the union.",
        "Per the Constitution, the 538 electors meet in December.",
        // The phrase ends before a clause's opening word: "until …" is no part of its head.
        "The city must cut 300 jobs by 2017, per the plan until the 40 new schools open.",
        // An adjective in -ed after the determiner is part of the phrase, not its end.
        "Each state gets 12 delegates, per the revised rules for 2016.",
    ]);
}

#[test]
fn talking_to_someone_about_something_is_speech_after_its_subject() {
    assert_eq!(claims("Activist Ana Ruiz talks to the mayor about the 40 jobs the plant cut in 2015."), []);
    // The negotiation's noun after a lower-case word, or opening the sentence, is no one talking.
    assert_claim_stands(&[
        "The trade talks with India about tariffs on 40 goods stalled in 2015.",
        "Peace talks with the rebels about the 40 hostages collapsed in 2014.",
    ]);
}

#[test]
fn assuring_someone_that_something_is_so_is_telling() {
    assert_eq!(claims("Her aides went on to assure her that the merger with Dockline would save $3 billion."), []);
    // Wins that assure her of delegates tell nobody anything.
    assert_claim_stands(&["Her wins in five ports assure her of at least 212 of the 640 votes at stake."]);
}

#[test]
fn the_base_forms_of_framing_and_enjoying_support_give_a_source() {
    assert_no_claims(&[
        "The port board has been careful to frame its budget as more than a repair fund for 12 cranes.",
        "Based on the show of hands, Ruiz and Mensah enjoy the strongest support among the 2,000 dockers.",
    ]);
    // Enjoying something other than support is an act the outlet reports.
    assert_claim_stands(&["Ruiz and Mensah enjoy the strongest lead in 9 ports since 2019."]);
}

#[test]
fn disliking_after_a_vague_subject_is_a_vague_view() {
    let found = claims("Many harbour pilots dislike the very idea of night crossings.");
    assert!(!found.is_empty() && found.iter().all(|(_, c)| c.vague), "{found:?}");
}
