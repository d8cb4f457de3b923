//! Tests of a participle of saying or a passive "As reported by" that opens its sentence
//! (`verb/opening.rs`).

use super::*;

#[test]
fn an_opening_participle_reports_its_clause_for_the_main_clauses_subject() {
    let got = found("Noting that only one senator voted with the Democrats, Ana Ruiz said the bill was dead.");
    assert!(
        got.iter().any(|(sp, w, c)| sp == "Ana Ruiz"
            && w == "that only one senator voted with the Democrats"
            && c == "Noting"),
        "{got:?}"
    );
    // The main clause's own attribution stays.
    assert!(got.iter().any(|(_, w, c)| w == "the bill was dead" && c == "said"), "{got:?}");
    let got = found("After saying he was nervous to ask a question, the man asked about the port.");
    assert!(got.iter().any(|(_, w, c)| w == "he was nervous to ask a question" && c == "saying"), "{got:?}");
    let got =
        found("Declaring that he alone can secure the border, Ana Ruiz offered herself as the candidate of order.");
    assert!(got.iter().any(|(sp, w, _)| sp == "Ana Ruiz" && w == "that he alone can secure the border"), "{got:?}");
}

#[test]
fn an_opening_participle_after_since_or_before_a_long_subject_reports_its_clause() {
    let got = found("Since announcing in October that she would not run, Ana Ruiz has backed the mayor.");
    assert!(got.iter().any(|(sp, w, _)| sp == "Ana Ruiz" && w == "that she would not run"), "{got:?}");
    // The main clause's subject runs to four words past its article before its verb.
    let got =
        found("Declaring that he alone can secure the border, the retired harbour master offered a plan of his own.");
    assert!(got.iter().any(|(_, w, c)| w == "that he alone can secure the border" && c == "Declaring"), "{got:?}");
    // A verb after "to" is an infinitive of the noun, no main clause's verb.
    let got = found("Noting that the port had closed, the decision to rebuild it fell to the council.");
    assert!(!got.iter().any(|(_, _, c)| c == "Noting"), "{got:?}");
    // Also when the verb after "to" is past-shaped ("proceed"), which would end the subject.
    let got = found("Noting that the port had closed, the decision to proceed fell to the council.");
    assert!(!got.iter().any(|(_, _, c)| c == "Noting"), "{got:?}");
}

#[test]
fn an_opening_participle_with_a_plain_object_reports_nothing() {
    // A plain object is marked as often as not: no reported clause (the main clause's own
    // attribution is another rule's).
    for s in [
        "Citing local news outlets, the agency reported no deaths on Monday.",
        "Recalling the pitfalls of the last election, the committee changed its rules.",
    ] {
        let got = found(s);
        assert!(!got.iter().any(|(_, _, c)| c == "Citing" || c == "Recalling"), "{s}: {got:?}");
    }
    // A gerund that is the sentence's subject, with no comma closing a phrase.
    assert_none("Adding to the wariness is an understanding that the race is close.");
}

#[test]
fn an_opening_as_reported_by_gives_the_rest_of_the_sentence_to_its_source() {
    assert_one(
        "As reported by the Eastvale Times, the port will close next year.",
        "Eastvale Times",
        "the port will close next year",
    );
    // An active "As the Times reported, …" is the parenthetical reading's; a "by" phrase after
    // a plain past verb is no source.
    assert_none("As expected by many, the port closed on Monday.");
}

#[test]
fn an_opening_participle_reports_quoted_words_in_its_clause_for_the_main_clauses_subject() {
    // A comma inside the quoted words' marks ends the clause; the main clause's own quoted
    // words are then the same speaker's.
    let got =
        found("After saying her knee was “so swollen I could barely walk,” Ana Ruiz was “rushed off to the county hospital” for tests.");
    assert!(
        got.iter().any(|(sp, w, c)| sp == "Ana Ruiz"
            && w == "her knee was “so swollen I could barely walk,”"
            && c == "saying"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(sp, w, _)| sp == "Ana Ruiz" && w.contains("rushed off to the county hospital")),
        "{got:?}"
    );
    // A lone connective set off before the main clause is no part of the words.
    let got = found("Acknowledging that the mayor “says a lot of odd things,” though, Ana Ruiz did back the plan.");
    assert!(
        got.iter().any(|(sp, w, _)| sp == "Ana Ruiz" && w == "that the mayor “says a lot of odd things,”"),
        "{got:?}"
    );
    // Must not read: a quote opening at the participle is a lead-in, its direct quote's own.
    let got = found("Adding, “We will stay,” Ana Ruiz left the room.");
    assert!(!got.iter().any(|(sp, w, _)| sp == "Ana Ruiz" && w.contains("left the room")), "{got:?}");
    assert!(got.iter().any(|(_, w, c)| w.starts_with("We will stay") && c == "Adding"), "{got:?}");
}
