//! Tests of cues set off by commas: the parenthetical "A, X said, B" (two parts), an opening
//! connective, a relative aside, inverted cues after a comma, a mid-sentence "according to"
//! aside and participles after a cue.

use super::*;

#[test]
fn a_participle_after_by_speaks_for_the_sentence_subject() {
    assert_one(
        "The minister surprised everyone by announcing that the plan had failed.",
        "The minister",
        "that the plan had failed",
    );
}

/// A participle after a comma speaks for the cue before it, whose object is no speaker
/// ("condemned Russia’s intervention, stating …"); after an inverted cue the name after it
/// does speak ("“…,” said Ana Ruiz, adding …").
#[test]
fn a_participle_speaks_for_the_cue_before_not_its_object() {
    let s = "UK, US, France and Turkey all condemned Russia’s intervention in Syria, stating that it was not targeting ISIS.";
    let got = found(s);
    let stating = got.iter().find(|f| f.2 == "stating");
    assert!(stating.is_some_and(|f| f.0 != "Russia" && f.0 == got[0].0), "{got:?}");
    let got = found("“We will win,” said Ana Ruiz, adding that the port would reopen next year.");
    assert!(got.iter().any(|f| f.2 == "adding" && f.0 == "Ana Ruiz"), "{got:?}");
}

#[test]
fn a_parenthetical_cue_after_a_short_opening_reports_both_parts() {
    let got = found("The museum, Ana Ruiz said, celebrated several of her heroes.");
    let parts: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    assert_eq!(parts, [("Ana Ruiz", "The museum"), ("Ana Ruiz", "celebrated several of her heroes")]);
}

/// "A, X said, B" stays two findings in every sub-shape: PolNeAR gives A and B as two
/// content segments of one attribution, and each segment is a unit of its own (joined into
/// one finding, A's unit would go unmatched).
#[test]
fn a_parenthetical_cue_keeps_its_two_parts_apart_in_every_shape() {
    for (s, first, second) in [
        // No quote marks.
        ("Fundraising, Ana Ruiz said, has surged in the same period.", "Fundraising", "has surged in the same period"),
        // Quoted words in B only (a mixed quote).
        (
            "It is a reminder, Ana Ruiz said, that “what matters is helping others win.”",
            "It is a reminder",
            "that “what matters is helping others win.”",
        ),
    ] {
        let got = found(s);
        let words: Vec<&str> = got.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(words, [first, second], "{s}: {got:?}");
        assert!(got.iter().all(|f| f.0 == "Ana Ruiz"), "{s}: {got:?}");
    }
    // Quote marks around both parts (direct): two quotes, one on each side of the cue.
    let s = "“The plan is late,” Ana Ruiz said, “and the city will pay for it.”";
    let got = found(s);
    assert_eq!(got.len(), 2, "{s}: {got:?}");
    assert!(got[0].1.contains("The plan is late") && !got[0].1.contains("city"), "{s}: {got:?}");
    assert!(got[1].1.contains("the city will pay") && !got[1].1.contains("late"), "{s}: {got:?}");
}

#[test]
fn a_connective_alone_before_a_parenthetical_cue_is_no_part_of_the_words_said() {
    for s in [
        "Still, Ana Ruiz said, officials have to decide who pays.",
        "And yet, Ana Ruiz said, officials have to decide who pays.",
        "In contrast, Ana Ruiz said, officials have to decide who pays.",
        "But at the same time, Ana Ruiz said, officials have to decide who pays.",
    ] {
        assert_one(s, "Ana Ruiz", "officials have to decide who pays");
    }
    // Controls: an opening with content, a time phrase, an adverb that is no connective.
    for (s, first) in [
        ("The new rules, Ana Ruiz said, have to decide who pays.", "The new rules"),
        ("Still more voters, Ana Ruiz said, have to decide who pays.", "Still more voters"),
        ("Instead, Ana Ruiz said, officials have to decide who pays.", "Instead"),
    ] {
        let got = found(s);
        assert_eq!(got.len(), 2, "{s}: {got:?}");
        assert_eq!(got[0].1, first, "{s}: {got:?}");
    }
}

#[test]
fn a_relative_clause_set_off_by_commas_reports_no_words_of_the_main_clause() {
    for s in [
        "Ana Ruiz, who has accused the mayor of lying about the budget, will run for the seat herself.",
        "Ana Ruiz, who openly accused the mayor of lying about the budget, had worked on it for years.",
    ] {
        assert_one(s, "Ana Ruiz", "the mayor of lying about the budget");
    }
    // Controls: a cue outside the relative clause; a comma before no verb.
    assert_one(
        "Ana Ruiz said that the mayor, who lied about the budget, will resign soon.",
        "Ana Ruiz",
        "that the mayor, who lied about the budget, will resign soon",
    );
    assert_one(
        "Ana Ruiz, who has accused the mayor of lying about the budget, a charge he denies, will run.",
        "Ana Ruiz",
        "the mayor of lying about the budget, a charge he denies",
    );
}

#[test]
fn a_cue_after_a_comma_before_an_indefinite_phrase_is_inverted() {
    let s = "Defending that ground is within his reach, said a handful of Democrats who know him.";
    assert!(found(s).iter().all(|f| !f.1.starts_with("a handful")), "{s}: {:?}", found(s));
    assert_one("Ana Ruiz, the mayor, said the plan failed.", "Ana Ruiz", "the plan failed");
}

/// A verb of telling after a comma does not invert: the phrase after it is the one told, never
/// the speaker ("…, told reporters", "…, told the Eastvale Times"). Control: "said" inverts.
#[test]
fn the_one_told_after_a_comma_is_no_speaker() {
    for s in [
        "The port will close next year, Ana Ruiz, who has not endorsed a candidate, told reporters in Lindon.",
        "The port will close next year, Ana Ruiz, the director of the port authority, told the Eastvale Times.",
    ] {
        let got = found(s);
        assert!(got.iter().all(|f| f.0 != "reporters" && f.0 != "Eastvale Times"), "{s}: {got:?}");
    }
    assert_one("The port will close next year, said Kofi Mensah.", "Kofi Mensah", "The port will close next year");
}

#[test]
fn a_mid_sentence_according_to_aside_splits_its_clause() {
    // After a short subject, the clause goes on past the aside: both parts are reported.
    let got = found("Most farmers, according to a survey by the county board, expect a poor harvest this year.");
    let mut parts: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
    parts.sort_unstable();
    assert_eq!(parts, ["Most farmers", "expect a poor harvest this year"], "{got:?}");
    assert!(got.iter().all(|g| g.0 == "a survey"), "{got:?}");
    // An opening connective is left out.
    assert_one(
        "In addition, according to the ministry, nine more towns will lose their bus service.",
        "the ministry",
        "nine more towns will lose their bus service",
    );
    // After a whole clause, what follows the source describes it.
    assert_one(
        "Turnout rose by a third in the northern towns, according to Ana Ruiz, a pollster at the state university.",
        "Ana Ruiz",
        "Turnout rose by a third in the northern towns",
    );
}

/// "A, X said Tuesday in Paris, B": the phrase placing the saying stands where the comma right
/// after the cue would, so both parts are reported; not so a passive's doer ("denounced in 2009
/// by …"), nor a comma before a quote, which the direct reading takes with no part before it.
#[test]
fn a_parenthetical_cue_may_carry_a_phrase_placing_it() {
    let got = found("The new bridge, Ana Ruiz said Tuesday in Eastvale, will open in May.");
    let parts: Vec<&str> = got.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(parts, ["The new bridge", "will open in May"], "{got:?}");
    let got = found("The toll was a levy denounced in 2009 by Ana Ruiz, the mayor of Eastvale, in a letter.");
    assert!(got.iter().all(|f| !f.1.starts_with("The toll")), "{got:?}");
    let got = found("The next month, Ana Ruiz declared in Welsh, \"The harbour is in my heart.\"");
    assert!(got.iter().all(|f| !f.1.contains("next month")), "{got:?}");
    // The same with a verb of saying, which the parenthetical reading would otherwise take.
    let got = found("The next month, Ana Ruiz said in Welsh, \"The harbour is in my heart.\"");
    assert!(got.iter().all(|f| !f.1.contains("next month")), "{got:?}");
}
