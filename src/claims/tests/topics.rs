//! What a work, a talk or a question is about, where a focus lies, dodging or answering a
//! question, and what a rule requires: the content of the work, the talk or the rule, or the
//! holder's stance (entries of `claims_sourcing.txt` chosen on PolNeAR train sentences), and
//! near misses that stay the outlet's claims.

use super::{assert_claim_stands, assert_no_claims};

/// A work's or a talk's subject, a focus, an answer and a rule's demands give a source.
#[test]
fn works_talks_focus_and_rules_give_a_source() {
    assert_no_claims(&[
        "The network is making a drama series about the 2009 mine collapse that killed 29 men.",
        "Over dinner he told anecdotes about the 1998 strike that closed 12 mills.",
        "For most of the year, the focus had been on the 40 percent rise in rents.",
        "The governor kept the focus on the $2 billion surplus throughout 2015.",
        "Over lunch the talk drifted to the 300 jobs lost at the mill, and the discussion turned to the 12 closures.",
        "The second question centered on the 2014 audit of the $3 million fund.",
        "The minister ducked the question of the 40 missing ballots.",
        "The senator tried to provide an answer on the 12 percent tax rise.",
        "As the auditors observed, the county lost $4 million in 2016.",
        "The mayor neglected to mention the 300 homes lost in the flood.",
        "The federation lobbied Parliament to cut 12 percent from the fee.",
        "Federal law requires 60 days of notice before a plant lays off 500 workers.",
        "The new regulation would mandate a 20 percent cut in emissions by 2030.",
    ]);
}

/// Being willing or not, taking joy in something, setting one's sights on it, a chief worry
/// and a case made against something: a stance.
#[test]
fn willingness_joy_sights_and_worries_give_a_source() {
    assert_no_claims(&[
        "Her willingness to accept $3 million from the banks cost her votes in 2016.",
        "The unwillingness of the council to fund 40 more officers drew protests.",
        "The coach takes great delight in the 12 titles his team has won.",
        "The investor turned his sights on the 120-year-old steel maker.",
        "The council's chief worry was a 40 percent rise in flood claims.",
        "The senator has made forceful cases against the 2015 trade deal.",
    ]);
}

/// The same words in another role leave a claim standing: a focus that is a place, a debate
/// that took place, a rule's committee, a story in the news sense.
#[test]
fn the_same_words_elsewhere_leave_the_claim() {
    assert_claim_stands(&[
        "The focus of the quake lay 40 kilometers below the town, and it killed 12 people.",
        "The debate in 2012 drew 67 million viewers.",
        "The rules committee cut 40 amendments in 2015.",
        "The lobbying firm was paid $2 million in 2014.",
    ]);
}
