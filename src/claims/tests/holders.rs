//! Stances, states of mind and verbs of saying that give a sentence a holder (ascribing a
//! cause, being skeptical of, mocking, ignoring, complaining, proposing, cheering on, …): the
//! holder's view, not the outlet's claim, each with the same facts stated by the outlet as the
//! case that must stay a claim. Apart from tests.rs, which tests the lists' examples and the
//! other rules.

use super::{assert_no_claims, claims};

#[test]
fn ascribing_a_cause_gives_the_sentence_its_source() {
    // The agency's explanation, not the outlet's: ascribing a cause is taking a position.
    assert_eq!(claims("The agency attributed the 40 crashes on the bridge to ice."), []);
    assert_eq!(claims("Engineers ascribe the 3 collapses to poor welding."), []);
    // Without the verb, the outlet states the cause itself.
    assert_eq!(claims("Ice caused the 40 crashes on the bridge.").len(), 1);
}

#[test]
fn a_state_of_mind_about_something_is_its_holders_view() {
    assert_eq!(claims("Farmers are skeptical of the 2 new dams on the river."), []);
    assert_eq!(claims("Officials were confident that the 3 bridges reopened in May."), []);
    assert_eq!(claims("The 3 bridges reopened in May.").len(), 1);
    // Without a complement the adjective describes; the fact is the outlet's.
    assert_eq!(claims("The confident team won 3 titles in 2019.").len(), 1);
}

#[test]
fn criticising_mocking_and_casting_as_are_the_speakers_voice() {
    assert_eq!(claims("The governor's critique of the 40 layoffs won applause."), []);
    assert_eq!(claims("The senator spent the debate mocking the plan to close 12 schools."), []);
    assert_eq!(claims("Both campaigns cast the closures as a failure that cost 300 jobs."), []);
    // The same facts stated by the outlet.
    assert_eq!(claims("The council closed 12 schools in 2019.").len(), 1);
}

#[test]
fn weighing_a_plan_or_being_troubled_by_something_is_the_subjects_view() {
    assert_eq!(claims("The board is mulling a merger that would cut 300 jobs."), []);
    assert_eq!(claims("Nurses were troubled by the closure of 3 clinics."), []);
    // "thinking" as a noun before "of" gives no one's view.
    assert_eq!(claims("The new thinking of the board cut 300 jobs in 2019.").len(), 1);
}

#[test]
fn knowing_ignoring_linking_or_feeling_about_something_is_the_subjects_view() {
    // What a person or group knows, ignores, points to, links or feels about something is
    // their stance, not the outlet's own finding.
    assert_no_claims(&[
        "Inspectors at the port did not know what to make of the 40 sealed crates.",
        "The governor has largely ignored the 200 complaints about the new bridge.",
        "Farmers point to the 30 percent drop in rainfall since 2010.",
        "The senator linked 300 job cuts to the new trade deal.",
        "The report documents how the mill poured 40 tons of waste into the river.",
        "Shop owners seethed after the council doubled parking fees to $4 an hour.",
        "Parents were frustrated with the plan to close 12 rural schools.",
        // Without "ignored" this one is a claim (a share with a date).
        "The governor has largely ignored the 40 percent rise in rents since 2019.",
    ]);
    // Without the stance the same facts are the outlet's own claim.
    assert_eq!(claims("The mill poured 40 tons of waste into the river in 2015.").len(), 1);
}

#[test]
fn complaints_beliefs_and_seizing_on_something_are_their_holders_view() {
    assert_no_claims(&[
        "The union voiced complaints from 300 members about unpaid overtime.",
        "The campaign clings to the belief that 40 percent of voters are undecided.",
        "The rival candidates seized on the loss of 300 jobs at the mill.",
        "The agency misled the public about the 40 deaths at the plant.",
        "The new study, comparing 12 towns with 12 others, found no change in crime.",
        // Each of these is a claim without its stance entry (the ones above may be sourced
        // by other entries too).
        "The union received complaints from 300 members about unpaid overtime in 2019.",
        "The campaign clings to the belief that turnout fell by 40 percent in 2016.",
        "The governor keeps comparing the 40 percent rise in rents to the crisis of 2008.",
    ]);
}

#[test]
fn proposals_self_portraits_and_raising_a_subject_are_the_subjects_voice() {
    assert_no_claims(&[
        "The governor unveiled a proposal to hire 300 new teachers.",
        "The bank has positioned itself as the biggest lender in the region, with 40 branches.",
        "The senator brought up the 12 deaths at the mine.",
        "The union has been hammering the mayor as the man who closed 12 schools.",
        // A claim without "brought up".
        "The senator brought up the 40 percent rise in rents since 2019.",
    ]);
}

#[test]
fn other_forms_of_listed_speech_and_stance_verbs_give_a_source() {
    assert_no_claims(&[
        "The mayor spent Monday discussing the 300 job cuts with the union.",
        "The governor came out against the plan to close 12 schools.",
        "The council acquiesced to the plan to close 12 schools.",
        "Election officials are expecting a turnout of 4 million voters.",
    ]);
    // A push for someone is a noun, not the act of pushing.
    assert_eq!(claims("After the 2014 vote, the push for Ana Ruiz began in 12 districts.").len(), 1);
}

/// Each verb of the entry (and "warn" after "continue to") sources its clause; each clause
/// without the subject and its verb of saying is the outlet's own claim, so that every case
/// fails without its verb in the entry (a clause that is no claim on its own, such as a
/// prediction in the future tense, would pass either way).
#[test]
fn the_plain_present_of_a_verb_of_saying_after_a_plural_subject_gives_a_source() {
    for (sourced, own) in [
        ("Doctors at the clinic warn the fever killed 30 children.", "At the clinic the fever killed 30 children."),
        (
            "Officials at the port confirm that 40 crates were seized in 2015.",
            "At the port 40 crates were seized in 2015.",
        ),
        ("Forecasters predict that 300 homes are in the path of the storm.", "300 homes are in the path of the storm."),
        (
            "Rebels declare the town fell in 2015 after 300 soldiers died.",
            "The town fell in 2015 after 300 soldiers died.",
        ),
        (
            "Republicans continue to warn that the deal frees $100 billion for Iran.",
            "The deal frees $100 billion for Iran.",
        ),
    ] {
        assert_eq!(claims(sourced), [], "{sourced}");
        assert_eq!(claims(own).len(), 1, "{own}");
    }
}

#[test]
fn intentions_wonder_and_a_perfect_of_seeing_as_are_the_subjects_voice() {
    assert_no_claims(&[
        "The board had once seen the engineer as the driver of a $2 billion turnaround.",
        "The firm is aiming to cut 300 jobs by the end of 2017.",
        "Parents began to wonder why 12 schools had closed in two years.",
        "The state is leaning toward the senator after 40 years of voting for the other party.",
    ]);
    // "seen as" right after a form of "be" is not "seen * as".
    assert_eq!(claims("Prices as high as $40 were seen in 12 towns in 2015.").len(), 1);
}

#[test]
fn criticism_pleas_and_contrasts_are_the_speakers_voice() {
    assert_no_claims(&[
        "The governor chided the council for the 40 percent rise in fees.",
        "Residents objected to the plan to close 12 libraries.",
        "The senator contrasted his budget votes with the 300 job cuts under the mayor.",
        "The union pleaded with the board to keep the 12 schools open.",
    ]);
}

#[test]
fn writing_forwarding_and_cheering_on_are_the_subjects_voice() {
    assert_no_claims(&[
        "The governor, writing on social media, put the losses at $2 million.",
        "The aide forwarded an email about the 300 job cuts to the council.",
        "Most of the 12 board members were inclined to approve the merger.",
        "The mayor was the first to cheer on the plan to build 500 homes.",
    ]);
}

#[test]
fn poll_support_self_labels_and_fears_are_the_subjects_voice() {
    assert_no_claims(&[
        "Voters over 65 back him by 9 points in the latest count.",
        "Most of the 300 members call themselves independents.",
        "It dawned on the board that the firm had lost $2 million.",
        "Farmers are afraid of a drought that could cut yields by 30 percent.",
    ]);
}

#[test]
fn a_consensus_a_liking_and_a_prediction_have_holders() {
    assert_no_claims(&[
        "The 12 board members reached a consensus on the plan to close 3 plants.",
        "The coach is widely liked by the 40 players on the team.",
    ]);
}
