//! Tests of where a reported clause ends: at a relative inside its subject (not), at a comma
//! after a verb that reports only with "that", after an addressee, at a second verb or cue
//! after "and", and before a participle reporting quoted words.

use super::*;

#[test]
fn a_relative_clause_inside_the_reported_subject_does_not_end_the_clause() {
    assert_one(
        "The figures suggest that Ana Ruiz, who has lost ground among young voters, still holds a wide lead in the state.",
        "The figures",
        "that Ana Ruiz, who has lost ground among young voters, still holds a wide lead in the state",
    );
    // A relative clause after a whole clause still ends it.
    assert_one(
        "The mayor said that the council approved the budget for the new bridge, which opens in May.",
        "The mayor",
        "that the council approved the budget for the new bridge",
    );
}

#[test]
fn a_verb_that_reports_only_with_that_takes_a_plain_object_after_a_comma() {
    // "conceding the race": a plain object, no reported clause.
    let got = found("Ana Ruiz phoned the mayor on Tuesday night, conceding the race for the county seat.");
    assert!(got.iter().all(|g| !g.1.contains("the race")), "{got:?}");
    assert_one(
        "Ana Ruiz phoned the mayor on Tuesday night, conceding that the race was lost.",
        "Ana Ruiz",
        "that the race was lost",
    );
    // A clause's subject and auxiliary after the verb still open a reported clause.
    assert_one("Ana Ruiz conceded she had lost the county seat.", "Ana Ruiz", "she had lost the county seat");
}

#[test]
fn a_comma_after_the_addressee_is_not_reported() {
    assert_one("Ana Ruiz tells the crowd, she will not quit the race.", "Ana Ruiz", "she will not quit the race");
}

#[test]
fn an_appositive_after_the_addressee_is_not_reported() {
    assert_one(
        "Ana Ruiz asked Tom Lee, the chair of the board, to review the budget again.",
        "Ana Ruiz",
        "to review the budget again",
    );
    assert_one(
        "Ana Ruiz told Tom Lee, a former aide, that the budget would pass.",
        "Ana Ruiz",
        "that the budget would pass",
    );
}

/// A verb of saying joined by "and" to a first predicate speaks for that predicate's subject,
/// past an opening phrase, a party tag, or the first verb's object.
#[test]
fn a_second_verb_after_and_speaks_for_the_first_verbs_subject() {
    for (s, cue, who) in [
        (
            "In an interview with reporters on Monday, the Eastvale Democrat criticized the budget and said the port was “in real danger.”",
            "said",
            "Eastvale Democrat",
        ),
        (
            "In a long speech on the port, Sen. Ana Ruiz (D-Ore.) called the plan reckless and accused the board of “selling out the harbour.”",
            "accused",
            "Ana Ruiz",
        ),
        ("The union denounced the vote and said it was “a betrayal of every worker.”", "said", "The union"),
    ] {
        let got = found(s);
        let frame = got.iter().find(|(_, _, c)| c.starts_with(cue));
        assert!(frame.is_some_and(|(sp, _, _)| sp.ends_with(who)), "{s}: {got:?}");
    }
}

/// "lamented the “…” state … and criticized the “…” politics": a second cue after "and" with
/// quoted words of its own ends the first clause once that clause's quoted words are closed,
/// so the two quotes do not overlap.
#[test]
fn a_second_cue_with_its_own_quote_ends_the_first_quoted_clause() {
    let s = "The mayor of Eastvale lamented the “broken” state of the harbour and criticized the “reckless” plans on the table.";
    let got = found(s);
    let first = got.iter().find(|(_, _, c)| c == "lamented");
    assert!(first.is_some_and(|(_, content, _)| content == "the “broken” state of the harbour"), "{got:?}");
    assert!(got.iter().any(|(_, content, c)| c == "criticized" && content.starts_with("the “reckless”")), "{got:?}");
}

/// "… was “disgusting” and encouraged Americans to “check out” …": a second predicate of any
/// past-tense verb right after the first clause's closing mark, with quoted words of its own,
/// ends that clause too; its quoted words are the same speaker's. Not an adjective after a
/// coordinator that follows plain words ("anti-union and misnamed “…”").
#[test]
fn a_second_past_predicate_with_its_own_quote_ends_the_first_quoted_clause() {
    let s = "Ana Ruiz tweeted that the plan was “a disaster” and encouraged residents to “speak up” at the hearing.";
    let got = found(s);
    let first = got.iter().find(|(_, _, c)| c == "tweeted");
    assert!(first.is_some_and(|(_, content, _)| content == "that the plan was “a disaster”"), "{got:?}");
    assert!(got.iter().any(|(sp, content, _)| sp == "Ana Ruiz" && content.contains("“speak up")), "{got:?}");
    let s = "Ana Ruiz tweeted that she backs the state's anti-union and misnamed “right to work” law.";
    assert_one(s, "Ana Ruiz", "that she backs the state's anti-union and misnamed “right to work” law");
}

#[test]
fn a_reported_clause_before_a_participle_with_quoted_words_stays_the_cues() {
    // A clause with its own subject and verb, or opened by "that", is what the cue reports,
    // though a participle after it reports quoted words.
    let got = found(
        "Ana Ruiz said she saw no need to change the plan, telling reporters that \u{201c}we tell the truth.\u{201d}",
    );
    assert!(
        got.iter().any(|(sp, w, c)| sp == "Ana Ruiz" && w == "she saw no need to change the plan" && c == "said"),
        "{got:?}"
    );
    let got = found(
        "Ana Ruiz argued that the port would keep jobs in the city, saying it is \u{201c}all about work.\u{201d}",
    );
    assert!(got.iter().any(|(_, w, c)| w == "that the port would keep jobs in the city" && c == "argued"), "{got:?}");
    // A verb's plain object is a stance, not reported speech: the participle's quote alone.
    let got = found("Ana Ruiz defended the port, calling the critics \u{201c}a very loud minority.\u{201d}");
    assert!(!got.iter().any(|(_, w, _)| w.starts_with("the port")), "{got:?}");
}

/// A closing attribution may be followed by one phrase that places the saying ("…, Ruiz said at
/// a rally in Leeds."), which is no object of the cue: the clause before the comma is reported.
#[test]
fn a_phrase_placing_a_closing_cue_keeps_the_clause_reported() {
    assert_one(
        "The mill will close by the end of the year, Ana Ruiz said at a rally in Leeds.",
        "Ana Ruiz",
        "The mill will close by the end of the year",
    );
    assert_one(
        "Three of the nine board members voted against the plan, Ruiz said at the time.",
        "Ruiz",
        "Three of the nine board members voted against the plan",
    );
    // Must not fire: a verb that is no verb of saying governs its preposition ("believe in");
    // a gerund after the preposition is the verb's complement; a clause of its own follows.
    assert_none("The largest group of the valley's farmers believe in a total of twelve rules.");
    assert_none("No matter the setting, Ana Ruiz will insist on being Ana Ruiz.");
    // Without an auxiliary, only the verb's kind ("believe in") and the gerund ("on being")
    // keep these quiet: the opening phrase is no one's words.
    assert_none("Unlike their neighbours, farmers in the valley believe in hard work.");
    assert_none("No matter the setting, Ruiz insists on being Ruiz.");
    let s = "The mill will close soon, Ruiz said at a rally where she thanked the workers.";
    assert!(found(s).iter().all(|(_, words, _)| !words.starts_with("The mill")), "{s}");
}

/// A closing cue placed in time and then in space, or by a preposition of time, still closes
/// its sentence ("…, Ruiz said Tuesday in Paris."); a gerund after the preposition is the
/// verb's complement, which reports nothing from before the comma.
#[test]
fn a_closing_cue_placed_by_a_time_word_and_a_phrase_reports_the_clause_before_it() {
    for s in [
        "The new bridge will open in May, Ana Ruiz said Tuesday in Eastvale.",
        "The new bridge will open in May, Ana Ruiz said after the vote.",
        "The new bridge will open in May, Ana Ruiz said Monday night at a town hall.",
    ] {
        assert_one(s, "Ana Ruiz", "The new bridge will open in May");
    }
    assert_none("The new bridge will open in May, Ana Ruiz said after meeting the council.");
}
