//! A weasel qualifies its own clause: a fact stated in another clause of its sentence is still
//! the outlet's claim, found beside the vague one on the weasel's clause.

use super::claims;
use crate::report::VagueWords;

/// The sentence's findings as (text, vague), in text order.
fn parts(s: &str) -> Vec<(String, bool)> {
    claims(s).into_iter().map(|(text, c)| (text, c.vague)).collect()
}

/// A fact in the main clause and a weasel in a clause after it, or before it, give two
/// findings, each on its own part of the sentence.
#[test]
fn a_fact_beside_a_weasels_clause_stands() {
    assert_eq!(
        parts("Smith was shot and killed by a police officer in 2016 after he allegedly drew a gun during a traffic stop."),
        [
            ("Smith was shot and killed by a police officer in 2016".to_string(), false),
            ("after he allegedly drew a gun during a traffic stop".to_string(), true),
        ]
    );
    assert_eq!(
        parts("Mayor Smith has never been charged with any wrongdoing, but there is a gap between legal conduct and what most people would consider proper conduct for a mayor."),
        [
            ("Mayor Smith has never been charged with any wrongdoing".to_string(), false),
            ("but there is a gap between legal conduct and what most people would consider proper conduct for a mayor".to_string(), true),
        ]
    );
    assert_eq!(
        parts("Some Democrats, however, question the plan to back Ana Ruiz, who has never won a race in 24 years or raised more than $500,000."),
        [
            ("Some Democrats, however, question the plan to back Ana Ruiz".to_string(), true),
            ("who has never won a race in 24 years or raised more than $500,000".to_string(), false),
        ]
    );
}

/// The weasel stays the sentence's only finding where it qualifies the main clause or what is
/// left is no act of its own: a weasel closing the sentence speaks for all of it, a figure or
/// a phrase set before the main clause is no fact beside it, nor is an apposition after a dash
/// or a relative clause inside a noun phrase.
#[test]
fn a_weasel_over_the_main_clause_keeps_the_sentence_vague() {
    for s in [
        "The plan will cut 300 jobs at the plant in 2017, experts say.",
        "That is a fraction of the $20 million experts say it costs to run in 2016.",
        "Two months before Smith arrived in 2015, the government held what was widely considered a sham election.",
        "The fair is expected to bring $200 million into the city - a key reason so many residents welcomed it in 2016.",
        "The actor who played the king in 1600 and the actor who played the fool were probably the same man.",
        "The company, which cut 300 jobs in 2015, is expected to close the plant in May.",
        "The judgment was given in 2015 in what some have viewed as an overly theatrical style, with the judge weeping and fumbling his words, though others close to him have said that his conduct was genuine.",
    ] {
        let found = parts(s);
        assert!(found.len() == 1 && found.iter().all(|(_, vague)| *vague), "{s}: {found:?}");
    }
}

/// The split's vague finding keeps the weasel's words like any vague claim, so the reader's
/// sentence quotes them; the fact beside it rests on no words.
#[test]
fn a_split_weasel_keeps_its_words() {
    let found = claims("Smith was shot and killed by a police officer in 2016 after he allegedly drew a gun.");
    let [(_, fact), (_, weasel)] = found.as_slice() else {
        panic!("two parts expected: {found:?}");
    };
    assert_eq!((fact.vague, &fact.words), (false, &None));
    assert_eq!(weasel.words, Some(VagueWords { guess: false, text: "allegedly".to_string() }));
    assert_eq!(weasel.reason, "vague attribution: \u{201c}allegedly\u{201d}");
    assert_eq!(weasel.explanation(), "The text says only \u{201c}allegedly\u{201d}: it does not say who.");
}
