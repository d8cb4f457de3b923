//! Cues of reported speech, thought and findings that the lists missed (claims43: claims the
//! outlet does not make, inside PolNeAR attributions on train), each with a case it must not
//! take.

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
