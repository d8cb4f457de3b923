//! Tests of reported speech in headlines and datelines: a name before a colon, a title-case
//! verb of saying, a topic that is no speaker, a dateline before the first sentence.

use super::*;

#[test]
fn a_headline_name_before_a_colon_is_the_speaker_of_what_follows() {
    let got = found_under("Lynch: No outside influence on FBI probe into Clinton emails");
    assert_eq!(got, [("Lynch".to_string(), "No outside influence on FBI probe into Clinton emails".to_string())]);
    let got = found_under("Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business.");
    assert_eq!(got, [("Elizabeth Warren".to_string(), "Donald Trump Is a ‘Proven Failure’ in Business".to_string())]);
    // Section labels, datelines in capitals and colons in running text name nobody.
    for headline in ["Watch: Donald Trump Is a Failure in Business", "WASHINGTON: The council rejected the plan"] {
        assert!(found_under(headline).is_empty(), "{headline}: {:?}", found_under(headline));
    }
    assert!(
        quotes("Budget news\n\nThe result: the council rejected the plan on Monday after a long debate.").is_empty()
    );
}

/// A headline phrase holding a capitalised sentence opener past its first word is a topic or
/// a clause, not a speaker; a lower-case preposition inside a name leaves the name speaking.
#[test]
fn a_headline_topic_with_a_title_case_opener_is_no_speaker() {
    for headline in [
        "Stealth Over Health: Council Was Headed to Court But Diverted",
        "New Levy With No Cap Spreading: It Is Worse Than the Last",
    ] {
        assert!(found_under(headline).is_empty(), "{headline}: {:?}", found_under(headline));
    }
    let got = found_under("Former Mayor Ruiz at Town Hall: Council Was Headed to Court");
    assert!(got.len() == 1 && got[0].1 == "Council Was Headed to Court", "{got:?}");
}

#[test]
fn a_dateline_is_no_part_of_the_first_sentence() {
    for s in [
        "WASHINGTON (AP) — Ana Ruiz said the plan failed badly.",
        "NASHUA, N.H. - Ana Ruiz said the plan failed badly.",
        "Washington (AFP) – Ana Ruiz said the plan failed badly.",
    ] {
        assert_one(s, "Ana Ruiz", "the plan failed badly");
    }
    // A name before a dash is a subject, not a dateline.
    assert!(found("Ana Ruiz - a mayor - said the plan failed badly.").iter().all(|f| f.0 == "Ana Ruiz"));
}

#[test]
fn a_title_case_headline_reads_its_capitalised_verb_of_saying() {
    let got = found_under("Ana Ruiz Says the Council Will Drop the Budget Plan.");
    assert_eq!(got, [("Ana Ruiz".to_string(), "the Council Will Drop the Budget Plan".to_string())]);
    let got = found_under("Council Will Drop the Budget Plan, Ana Ruiz Says.");
    assert_eq!(got, [("Ana Ruiz".to_string(), "Council Will Drop the Budget Plan".to_string())]);
    // A word that stands between a subject and its verb, capitalised as the headline's words
    // are, is no part of the name (main read "Ana Ruiz Just", "Ana Ruiz Finally").
    for headline in [
        "Ana Ruiz Just Announced the Council Will Drop the Budget Plan.",
        "Ana Ruiz Finally Says the Council Will Drop the Budget Plan.",
    ] {
        let got = found_under(headline);
        assert_eq!(got.first().map(|f| f.0.as_str()), Some("Ana Ruiz"), "{headline}: {got:?}");
    }
    // Control: a one-word name stays whole ("Just" alone is no name, but no name is left).
    let got = found_under("Soon Says the Council Will Drop the Budget Plan.");
    assert!(got.iter().all(|f| !f.0.is_empty()), "{got:?}");
    // A topic, not a name, before the verb; a noun that is no verb here.
    for headline in ["The Council Says Nothing", "Why the Mayor Says No to the Budget Plan"] {
        assert!(found_under(headline).is_empty(), "{headline}: {:?}", found_under(headline));
    }
}
