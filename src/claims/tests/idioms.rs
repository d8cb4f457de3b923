//! Idioms of speaking, turning to, reacting and knowing that give a sentence its source (the
//! entries of `claims_sourcing.txt` chosen on PolNeAR train sentences), and near misses that
//! stay the outlet's claims.

use super::{assert_claim_stands, assert_no_claims};

/// Speaking of something in other words, and reacting to it, is the subject's voice.
#[test]
fn speaking_and_reacting_in_other_words_give_a_source() {
    assert_no_claims(&[
        "The governor touched only on the 40 layoffs at the port.",
        "The coach talks freely of the 2015 season, when the team lost 12 games.",
        "Then the senator turned his attention to the $3 billion gap in the pension fund.",
        "Ana Ruiz Opened Up About Losing Her First Race In Ohio.",
        "The minister, pressed by the committee, handed over 300 pages of records.",
        "The airline declined comment beyond its 2015 filings in the case.",
        "The plan to close 9 clinics sparked outrage from nurses across the state.",
        "The treasurer is taking heat over the $4 million shortfall.",
        "The merger came as a surprise to the 2,000 workers at the plant.",
        "Most of the 30 delegates have sided firmly with the governor.",
        "The two families blame the county for the flood that ruined 80 homes.",
        "The mayor would love to add 200 officers by 2020.",
        "The 12 percent rise in rents has gone unnoticed by the council.",
        "The state inspectors determined that 14 beams of the bridge were cracked.",
        "Under Texas law, a recount is allowed when the margin is below 0.5 percent.",
    ]);
}

/// Arguing a case, assuring, meeting resistance and being troubled by something are the
/// subject's voice or view.
#[test]
fn arguing_and_being_troubled_give_a_source() {
    assert_no_claims(&[
        "The senator made the moral case against the plan to close 12 schools.",
        "The governor's call to arms drew 3,000 people to the rally.",
        "The mayor's assurance that no more than 30 jobs would go calmed the town.",
        "The plan to close 9 clinics met with opposition from nurses.",
        "The governor was consumed with the $3 billion gap in the pension fund.",
        "Investors were in a gloomy mood over the 12 percent drop in sales.",
        "The 30 percent rise in fares has baffled many commuters.",
        "There is a broad recognition among the 12 mayors that the fund lost $2 million.",
        "The 12 percent fare rise drew sharp attention from commuters.",
        "The council delayed the vote in the hopes that 40 more members would attend.",
        "The minister sugarcoats a budget that cuts 12 percent from schools.",
        "The film renders a bleak portrait of a town that lost 2,000 jobs.",
        "The group spread conspiracy theories about the 2012 vote count.",
        "The mayor continued his verbal attacks on the 12 council members.",
    ]);
}

/// The same words in another role leave a claim standing: a blast that kills, talks that
/// break down, "under" as a place.
#[test]
fn the_same_words_in_another_role_leave_the_claim() {
    assert_claim_stands(&[
        "A blast at the plant killed 12 workers on Monday.",
        "The trade talks collapsed in 2015 because of a dispute over 40 tariffs.",
        "Under the bridge, the river rose 3 meters overnight.",
    ]);
}

/// A cue word inside an impersonal idiom, or a passive whose addressee follows "of", speaks
/// for nobody: the claim around it is the outlet's. The same verbs acting keep their source.
#[test]
fn a_cue_that_speaks_for_nobody_leaves_the_claim() {
    assert_claim_stands(&[
        "It is worth noting that the plant cut 300 jobs last year.",
        "Needless to say, the plant cut 300 jobs last year.",
        "It was the first time in history that the question had been asked of a sitting mayor.",
        "The 40 hours of training expected of every officer were cut in 2015.",
    ]);
    assert_no_claims(&[
        "The mayor noted that the plant cut 300 jobs last year.",
        "The union asked the council to restore the 300 jobs.",
        "Smith expected the plant to cut 300 jobs.",
        // Thinking about doing something is a plan, the subject's own (a thought, not an idiom
        // of nobody's speech).
        "Smith is thinking about closing 12 schools.",
    ]);
}
