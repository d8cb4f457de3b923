//! Tests of reported speech shapes (indirect.rs).

use crate::attribution::test_quotes::quotes;

/// (speaker name, reported clause, cue) of every frame found in `s`, read as a paragraph
/// under a headline.
fn found(s: &str) -> Vec<(String, String, String)> {
    quotes(&format!("Headline\n\n{s}"))
        .into_iter()
        .map(|q| (q.name().unwrap_or_default().to_string(), q.words, q.cue.unwrap_or_default()))
        .collect()
}

/// Asserts that `s` reports nothing.
fn assert_none(s: &str) {
    let got = found(s);
    assert!(got.is_empty(), "{s}: {got:?}");
}

fn assert_one(s: &str, speaker: &str, content: &str) {
    let got = found(s);
    assert_eq!(got.len(), 1, "{s}: {got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), (speaker, content), "{s}: {got:?}");
}

#[test]
fn any_phrase_after_according_to_is_its_source() {
    assert_one(
        "Ana Ruiz won 37 percent of the vote, according to the results.",
        "the results",
        "Ana Ruiz won 37 percent of the vote",
    );
    assert_one("According to the results, Ana Ruiz leads by one point.", "the results", "Ana Ruiz leads by one point");
    assert_one(
        "The mayor has 723 delegates, according to a count by The Daily Star.",
        "a count by The Daily Star",
        "The mayor has 723 delegates",
    );
    // A long source phrase, as exit polls are named.
    assert_one(
        "According to early results of the exit poll conducted by Edison Research for the Associated Press and the networks, Ana Ruiz led among women.",
        "early results of the exit poll conducted by Edison Research for the Associated Press and the networks",
        "Ana Ruiz led among women",
    );
}

#[test]
fn a_document_reports_what_it_finds_without_that() {
    assert_one(
        "The April survey found Ana Ruiz leading the mayor by seven points.",
        "The April survey",
        "Ana Ruiz leading the mayor by seven points",
    );
    assert_one(
        "A poll shows Ana Ruiz leading the mayor nationally.",
        "A poll",
        "Ana Ruiz leading the mayor nationally",
    );
    // A person who finds something reports nothing without "that".
    assert!(found("Ana Ruiz found the body near the river.").is_empty());
}

#[test]
fn a_subject_and_its_auxiliary_after_a_finding_verb_open_a_clause() {
    assert_one(
        "A review board found the county was in breach of its own rules.",
        "A review board",
        "the county was in breach of its own rules",
    );
    assert_one("Her doctors found she was fit for duty.", "Her doctors", "she was fit for duty");
    // A plain object, with no verb of its own after it, is no clause.
    assert!(found("Ana Ruiz found the county records in the basement.").is_empty());
}

#[test]
fn a_document_opening_the_sentence_is_its_source() {
    assert_one(
        "In a poll released Monday, 50 percent of voters chose the mayor.",
        "a poll released Monday",
        "50 percent of voters chose the mayor",
    );
    // A cue of its own makes the document a medium: the speaker is the cue's.
    assert_one("In a statement, Ana Ruiz said the plan had failed.", "Ana Ruiz", "the plan had failed");
    // A standing in the polls reports nothing.
    assert!(found("The mayor trails her rival by four points in the polls.").is_empty());
}

#[test]
fn the_writers_asides_report_nothing() {
    // The verb list's idioms: the writer's own remark about the article, nobody quoted.
    assert_none("It should be noted that two of the mayor's aides were hired in August.");
    assert_none("Her only post, as mentioned above, was at the port.");
    // A speaker's own noting stays a report.
    assert_one("Ana Ruiz noted earlier that the plan had failed.", "Ana Ruiz", "that the plan had failed");
}

#[test]
fn a_video_opening_the_sentence_shows_and_reports_nothing() {
    // What happens in a video is the outlet's description of it, not the video's words.
    assert_none("In the video, the mayor grabs the reporter hard enough to pull her backward.");
    assert_none("In his own videos, there are times when the mayor plays the host.");
    assert_none("In the 2014 video recorded by a police camera, the driver is seen walking away.");
    // A document that reports still speaks, and a video with a cue of its own is the cue's medium.
    assert_one(
        "In a report released Monday, 50 percent of voters chose the mayor.",
        "a report released Monday",
        "50 percent of voters chose the mayor",
    );
    assert_one("In a video, Ana Ruiz said the plan had failed.", "Ana Ruiz", "the plan had failed");
}

#[test]
fn a_counted_share_of_people_is_one_speaker() {
    assert_one(
        "72 percent of Democrats said the plan was a success.",
        "72 percent of Democrats",
        "the plan was a success",
    );
    assert_one("About half of primary voters said they were angry.", "About half of primary voters", "they were angry");
    // Past an opening phrase.
    assert_one("In Texas, half of primary voters said they were angry.", "half of primary voters", "they were angry");
}

#[test]
fn an_infinitive_the_cue_opens_may_be_two_words() {
    assert_one("The spokesman for the council declined to comment.", "The spokesman for the council", "to comment");
    assert_one("Ana Ruiz refused to answer.", "Ana Ruiz", "to answer");
}

#[test]
fn a_relative_clause_cue_does_not_speak_for_the_sentence_subject() {
    // The relative stands for "bully", no speaker phrase: the subject "Editor" is not its source.
    let got = found(
        "Editor's note: The mayor is a rampant bully who has repeatedly pledged to ban all visitors from the city.",
    );
    assert!(got.iter().all(|(speaker, _, _)| speaker != "Editor"), "{got:?}");
    // A named antecedent still speaks.
    let got = found("The vote went to Ana Ruiz, who said the plan failed.");
    assert!(got.iter().any(|(speaker, _, _)| speaker == "Ana Ruiz"), "{got:?}");
}

#[test]
fn a_subject_with_a_relative_clause_of_its_own_speaks_for_the_cue_after_it() {
    assert_one(
        "A woman who has accused the mayor of fraud said Sunday night that the mayor was lying.",
        "A woman",
        "that the mayor was lying",
    );
    assert_one(
        "But some who defend the port argue that closing it would cost jobs.",
        "some",
        "that closing it would cost jobs",
    );
    // Not a verb that takes a plain object ("supported Ruiz"), nor a passive.
    for s in [
        "A majority of those who rated the port highly supported Ruiz, but that group was more likely to back Lee.",
        "Of all the voters who might be expected to back the port, the dockers would be first.",
    ] {
        let got = found(s);
        assert!(!got.iter().any(|(_, _, c)| c == "supported" || c == "expected"), "{s}: {got:?}");
    }
}

/// An article and its lower-case modifiers before a name make the sentence's subject with it
/// ("A teary-eyed Ruiz says …"); not when the cue reports no clause after them, a noun the
/// words after it describe ("The 14 files Ruiz wants to be released …").
#[test]
fn an_article_and_modifiers_before_a_name_make_its_subject() {
    assert_one(
        "A teary-eyed Ruiz says she is proud of the campaign she ran.",
        "Ruiz",
        "she is proud of the campaign she ran",
    );
    assert_one(
        "The more moderate Ruiz has argued that her rating is far higher than her rivals.",
        "Ruiz",
        "that her rating is far higher than her rivals",
    );
    assert_none("The 14 files Ruiz wants to be released fill only a small part of the port's archive.");
    // With no figure among the modifiers: the cue alone ("wants" with no "that") keeps the
    // name out of the subject.
    assert_none("The sealed files Ruiz wants to be released fill only a small part of the port's archive.");
}

#[test]
fn a_stance_noun_reports_its_that_clause() {
    assert_one(
        "Republicans laughed at Ana Ruiz's insistence that the plan failed last year.",
        "Ana Ruiz",
        "that the plan failed last year",
    );
    assert_one(
        "The vote came amid growing concerns that the city is running out of money.",
        "",
        "that the city is running out of money",
    );
    // A relative "that" (a verb right after it) opens no reported clause.
    assert!(found("The charges that might have stung were dropped by the court.").is_empty());
}

#[test]
fn a_stance_clause_in_the_subject_ends_at_the_main_verb() {
    assert_one("Her argument that the plan failed convinced many voters.", "Her", "that the plan failed");
    assert_one("The claim that the mayor has lied was dismissed by the council.", "", "that the mayor has lied");
    // A noun later in the sentence keeps its clause to the end.
    assert_one(
        "Republicans laughed at Ana Ruiz's insistence that the plan failed and cost millions.",
        "Ana Ruiz",
        "that the plan failed and cost millions",
    );
}

#[test]
fn an_opening_phrase_before_a_verb_and_its_object_is_no_reported_clause() {
    for s in [
        "Through a spokesman, he declined to comment.",
        "Shortly after the vote, Ana Ruiz announced her resignation.",
        "As an immigrant, she felt for me.",
    ] {
        assert!(found(s).iter().all(|f| !s.starts_with(&f.1)), "{s}: {:?}", found(s));
    }
    assert_one("The plan failed on Monday, Ana Ruiz told her.", "Ana Ruiz", "The plan failed on Monday");
    assert_one("The plan failed on Monday, Ana Ruiz told the crowd.", "Ana Ruiz", "The plan failed on Monday");
    assert_one(
        "The plan failed on Monday, the Daily Star reported in 2014.",
        "Daily Star",
        "The plan failed on Monday",
    );
    assert_one("The plan failed on Monday, Ana Ruiz said Tuesday.", "Ana Ruiz", "The plan failed on Monday");
}

/// (speaker name, reported clause) of every frame found in a document of a headline and a
/// paragraph.
fn found_under(headline: &str) -> Vec<(String, String)> {
    let body = "The council met on Monday to discuss the budget for the coming year.";
    quotes(&format!("{headline}\n\n{body}"))
        .into_iter()
        .map(|q| (q.name().unwrap_or_default().to_string(), q.words))
        .collect()
}

#[test]
fn a_comma_right_after_that_opens_an_aside_not_a_new_clause() {
    assert_one(
        "Ana Ruiz said that, if elected, she would cut the budget.",
        "Ana Ruiz",
        "that, if elected, she would cut the budget",
    );
}

#[test]
fn a_cue_word_after_a_names_possessive_is_a_stance_noun() {
    assert_one("Smith rejected Ana Ruiz's claim that the plan failed.", "Ana Ruiz", "that the plan failed");
    // A capitalised opener is no part of the name.
    let got = found("Despite Ana Ruiz's claim that the plan failed, the council voted for it.");
    assert!(got.len() == 1 && got[0].0 == "Ana Ruiz" && got[0].2 == "claim", "{got:?}");
}

#[test]
fn a_word_as_often_a_plural_noun_is_no_verb_of_the_sentence_subject() {
    let s = "Ana Ruiz has focused her money on states in the Midwest that vote in March.";
    assert_none(s);
    assert_one("The report states that the plan failed.", "The report", "that the plan failed");
}

#[test]
fn a_telling_cue_passive_before_of_reports_nothing() {
    for s in [
        "The forum usually turns into isolated questions asked of the candidates with little debate.",
        "It is the first time that the question has had to be asked of a serious contender for the office.",
    ] {
        assert_none(s);
    }
    // Control: the same cue with its addressee and a reported clause.
    assert_one(
        "Ana Ruiz asked the candidates whether they would cut taxes.",
        "Ana Ruiz",
        "whether they would cut taxes",
    );
}

/// A verb of telling whose addressee runs on to a pronoun of quantity tells that pronoun, and
/// the clause after it is a relative with no "that": no report. The same pronoun as the
/// subject of the clause told is reported.
#[test]
fn a_telling_of_a_pronoun_of_quantity_reports_nothing() {
    assert_none("They wouldn't tell the council anything it doesn't already know.");
    assert_none("Ana Ruiz told the board nothing they could use against her.");
    assert_one(
        "Ana Ruiz told reporters everything was fine at the plant.",
        "Ana Ruiz",
        "everything was fine at the plant",
    );
}

#[test]
fn a_cue_word_heading_a_past_verbs_object_reports_nothing() {
    let s = "The two taped an hourlong show that aired on Thursday, and was light on details.";
    assert_none(s);
    // Controls: a participle cue after a document object, a relative clause in the subject,
    // a time after the participle.
    for (s, speaker) in [
        ("Ana Ruiz issued a statement saying that the council should wait.", "Ana Ruiz"),
        ("One source who has previewed the plan told the paper that the deal would fail.", "One source"),
        ("A poll released a week ago shows that the mayor leads the race.", "A poll released a week ago"),
    ] {
        let got = found(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert!(got[0].0.starts_with(speaker), "{s}: {got:?}");
    }
}

#[test]
fn a_cue_word_after_a_names_possessive_is_a_noun() {
    // "show" and "claims" name a programme and statements here: no cue, nothing reported.
    let s = "The mayor sat for an interview on Ana Ruiz's show, ''Politicking.''";
    assert!(found(s).iter().all(|(_, _, cue)| cue != "show"), "{s}: {:?}", found(s));
    let s = "Voters have heard Ana Ruiz's claims about the plan before.";
    assert_none(s);
    // Controls: a stance noun with its "that" clause, a possessive before the speaker's noun.
    assert_one("Critics seized on Ana Ruiz's claim that the plan failed.", "Ana Ruiz", "that the plan failed");
    assert_one("Ana Ruiz's aide said the plan failed.", "Ana Ruiz's aide", "the plan failed");
}

#[test]
fn an_unquoted_label_after_a_named_subject_is_reported() {
    assert_one("Ana Ruiz called him a danger to the city.", "Ana Ruiz", "him a danger to the city");
    // Naming, not saying: a participle after a noun, a noun "call".
    for s in
        ["She joined a group called Citizens for the Plan last year.", "Ana Ruiz spoke in a phone call with reporters."]
    {
        assert_none(s);
    }
}

#[test]
fn a_poll_opening_the_sentence_is_the_source_whatever_names_it_holds() {
    assert_one(
        "A CNN/ORC poll of South Carolina released on Tuesday showed Ana Ruiz with a lead.",
        "A CNN/ORC poll of South Carolina released on Tuesday",
        "Ana Ruiz with a lead",
    );
    let got = found("The poll by the Public Policy Institute of California showed that Ana Ruiz was leading.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "that Ana Ruiz was leading");
    // A clause of its own before the cue is no document subject.
    assert!(found("Ruiz won the poll and said she was glad.").iter().all(|f| f.1 != "she was glad" || f.0 == "Ruiz"));
}

#[test]
fn a_name_and_its_description_before_the_cue_are_its_subject() {
    assert_one(
        "Ana Ruiz, executive director of the advocacy group Better Roads, has accused Ben Ortiz of hiding the plan.",
        "Ana Ruiz",
        "Ben Ortiz of hiding the plan",
    );
    // A trailing cue with its speaker after it stays one.
    assert_one(
        "The plan will fail badly next year, said Ana Ruiz, the mayor.",
        "Ana Ruiz",
        "The plan will fail badly next year",
    );
}

#[test]
fn to_before_an_article_is_a_preposition_not_an_infinitive() {
    for s in [
        "Ana Ruiz won the county on Tuesday, adding to her lead over the mayor.",
        "After a week of talks, the council finally agreed to a two-year freeze.",
        "All told, up to 40 council members could lose their seats.",
    ] {
        assert!(found(s).iter().all(|f| !f.1.starts_with("to ")), "{s}: {:?}", found(s));
    }
    // An infinitive the cue opens stays its clause.
    assert_one("Ana Ruiz agreed to drop the budget plan.", "Ana Ruiz", "to drop the budget plan");
}

#[test]
fn maintain_without_that_keeps_a_plain_object() {
    assert!(found("Ana Ruiz maintains a wide lead over the mayor among older voters.").is_empty());
    assert_one("Ana Ruiz maintains that the budget plan failed.", "Ana Ruiz", "that the budget plan failed");
}

#[test]
fn a_noun_phrase_after_to_that_holds_quoted_words_stays_mixed() {
    let got = found("Ana Ruiz agreed to a “full and fair” review of the budget plan.");
    assert!(got.iter().any(|f| f.1.starts_with("to a “full")), "{got:?}");
}

#[test]
fn a_number_with_thousands_commas_is_one_word() {
    // The speaker walk reads the whole number, and the clause does not end at its comma.
    assert_one("Some 1,250 teachers said they wanted a vote.", "Some 1,250 teachers", "they wanted a vote");
    assert_one(
        "The union said 12,500 nurses would strike on Monday.",
        "The union",
        "12,500 nurses would strike on Monday",
    );
}

#[test]
fn a_cues_object_headed_by_a_content_noun_opens_the_reported_words() {
    // A stance noun or a content noun ("idea", "fact") with its determiner, possessive or
    // adjectives, also after a preposition joining it to the verb.
    assert_one("Ana Ruiz rejected the notion that the plan failed.", "Ana Ruiz", "the notion that the plan failed");
    assert_one("Ana Ruiz rejected the idea that the plan failed.", "Ana Ruiz", "the idea that the plan failed");
    assert_one("Ana Ruiz repeated her claim that the plan failed.", "Ana Ruiz", "her claim that the plan failed");
    assert_one("Ana Ruiz dismissed concerns that the plan failed.", "Ana Ruiz", "concerns that the plan failed");
    assert_one(
        "Ana Ruiz responded on Sunday to accusations that the plan failed.",
        "Ana Ruiz",
        "accusations that the plan failed",
    );
    // A bare singular noun right after the verb is the verb's own ("expressed concern").
    assert_one("Ana Ruiz expressed concern that the plan failed.", "Ana Ruiz", "that the plan failed");
    // A phrase placing the saying, and a noun no content noun, stay out.
    assert_one("Ana Ruiz said in a statement that the plan failed.", "Ana Ruiz", "that the plan failed");
    assert_one("Ana Ruiz told the council that the plan failed.", "Ana Ruiz", "that the plan failed");
}

/// "are" is a passive "be" as "is", "was" and "were" are: "X are expected to …" reports no
/// one, and "Experts are warning that …" (progressive) is the experts', without the "are".
#[test]
fn are_before_a_participle_is_passive_and_no_part_of_the_speaker() {
    for s in ["Many voters are expected to delay casting their ballots.", "Ana Ruiz is expected to win the vote."] {
        assert_none(s);
    }
    let got = found("Experts are warning that the outbreak is worse than before.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Experts", "{got:?}");
    // "are" after a cue embedded in a clause still opens that cue's predicate: the `finite`
    // example of the verb list ("… rules the mayor said are too weak") tests it.
}

/// An infinitive's "to" before the cue ends the predicate the speaker's subject governs
/// ("continues to insist", "are more likely to say"): the subject speaks, not the phrase up
/// to the "to".
#[test]
fn a_predicate_ending_in_to_before_the_cue_is_no_part_of_the_speaker() {
    for (s, who) in [
        ("The nominee continues to insist that the plan failed.", "The nominee"),
        ("Democratic voters are slightly more likely to say that the plan failed.", "Democratic voters"),
        ("Ana Ruiz took a moment to point out that the plan failed.", "Ana Ruiz"),
        // A name right before "went on to" was already the subject.
        ("Ana Ruiz went on to say that the plan failed.", "Ana Ruiz"),
    ] {
        let got = found(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, who, "{s}: {got:?}");
    }
}

/// A verb of saying or naming right after the first comma of a reported clause, with no
/// subject of its own and quoted words after it, is the speaker's own predicate: the quoted
/// words open after it (`shapes::past_inner_cue`), not at the first cue's object.
#[test]
fn a_verb_of_saying_after_the_reported_clauses_first_comma_opens_the_quoted_words() {
    for (s, content) in [
        // A relative clause after the speaker holds the first cue.
        ("Ana Ruiz, who has endorsed Tom Lee, said the plan was “a disaster.”", "the plan was “a disaster.”"),
        // A participle phrase after the speaker.
        ("Ana Ruiz, hoping to win the county, called the plan “a disaster.”", "the plan “a disaster.”"),
        // A second predicate after a first one's reported clause.
        ("Ana Ruiz said she had not read the plan, but called it “a good start.”", "it “a good start.”"),
        ("Ana Ruiz, who backs the plan, tweeted that it was “a good start.”", "that it was “a good start.”"),
    ] {
        let got = found(s);
        assert!(got.iter().any(|f| f.0 == "Ana Ruiz" && f.1 == content), "{s}: {got:?}");
    }
    for (s, content) in [
        // A later comma may close an appositive to the clause's own subject.
        (
            "Ana Ruiz said her opponent, Tom Lee, wants to “end the program.”",
            "her opponent, Tom Lee, wants to “end the program.”",
        ),
        // A comma opening a relative clause: that clause's verb is not the speaker's.
        (
            "Ana Ruiz said Tom Lee, who called it “a disaster,” was wrong.",
            "Tom Lee, who called it “a disaster,” was wrong",
        ),
        // A naming participle with no object names nothing.
        ("Ana Ruiz said the report, called “Fair Play,” was late.", "the report, called “Fair Play,” was late"),
        // A participle after the comma (and a coordinator) is a gerund subject, no predicate.
        (
            "Ana Ruiz said she was tired, and calling the council “lazy” would not help.",
            "she was tired, and calling the council “lazy” would not help",
        ),
    ] {
        let got = found(s);
        assert!(got.iter().any(|f| f.0 == "Ana Ruiz" && f.1 == content), "{s}: {got:?}");
    }
}

#[test]
fn a_participle_between_a_reported_subject_and_its_verb_is_an_aside() {
    // The participle's phrase sits inside the clause "said" reports; the clause runs on past it.
    assert_one(
        "Ana Ruiz said the mayor, citing the budget, would “never resign.”",
        "Ana Ruiz",
        "the mayor, citing the budget, would “never resign.”",
    );
    assert_one(
        "Ana Ruiz said that the mayor, hoping for a deal, had “no choice.”",
        "Ana Ruiz",
        "that the mayor, hoping for a deal, had “no choice.”",
    );
    // At the clause's end the participle is still an attribution of its own (no quote here).
    assert_one("Ana Ruiz said the mayor would resign, citing the budget.", "Ana Ruiz", "the mayor would resign");
    // A participle with a clause of its own reports that clause, not the words before it.
    let got = found(
        "Ana Ruiz lashed out at city officials, saying that the audit was flawed, prompted by \
         “pure spite.”",
    );
    assert!(got.iter().all(|(_, content, _)| !content.starts_with("city officials")), "{got:?}");
}

/// "what Gilbert called “…”": a headless relative whose own subject gives a quoted label ends
/// the clause an earlier cue reports; the label is that subject's wording.
#[test]
fn a_naming_relative_ends_an_earlier_clause() {
    let got = found("Ana Ruiz said the town hoped to shed what Lee called “a perception problem” at last.");
    let label = got.iter().find(|f| f.1.contains('“')).expect("a frame holds the label");
    assert_eq!(label.0, "Lee", "{got:?}");
    assert!(!got.iter().any(|f| f.0 == "Ana Ruiz" && f.1.contains('“')), "{got:?}");
}

#[test]
fn an_opening_asked_reports_the_question_put() {
    assert_one("Asked whether she would run again, Ana Ruiz smiled.", "", "whether she would run again");
    assert_one("When asked about the vote, the mayor shrugged.", "", "about the vote");
    // Past the asker a "by" phrase names, who is no speaker the answerer's "she" could take.
    assert_one("Asked by Lee Park whether the plan had failed, she left the room.", "", "whether the plan had failed");
    // Not "asked" past the sentence's opening (the other rules read the mayor's question),
    // nor an opening "Asked" no comma closes.
    let got = found("The mayor asked about the vote, then left.");
    assert!(got.iter().all(|f| !f.0.is_empty()), "{got:?}");
    assert_none("Asked and answered.");
    // Nor a question with quoted words in it (a mixed quote's, whose speaker answers), one with
    // no words before its comma, or one whose comma no main clause's word follows: every quote
    // found there has its speaker.
    for s in [
        "Asked whether the plan \u{201c}had failed,\u{201d} Ana Ruiz said no.",
        "When asked, Ana Ruiz said no.",
        "Asked about the vote, \u{201c}No,\u{201d} she said.",
    ] {
        let got = found(s);
        assert!(got.iter().all(|f| !f.0.is_empty()), "{s}: {got:?}");
    }
}

#[test]
fn a_that_after_the_clauses_verb_does_not_open_it() {
    // The "that" the clause ends on is its object, not its opening.
    assert_one(
        "Experts on the region said the latest test could change that.",
        "Experts on the region",
        "the latest test could change that",
    );
    assert_one(
        "Ana Ruiz said the plan was flawed and that it would fail.",
        "Ana Ruiz",
        "the plan was flawed and that it would fail",
    );
    // Nor after the "be" right before it: "the problem is that …" keeps its "that".
    assert_one("Ana Ruiz said the problem is that the plan failed.", "Ana Ruiz", "that the plan failed");
    // A "that" after a time or an addressee still opens it.
    assert_one("Ana Ruiz said on Monday that the plan failed.", "Ana Ruiz", "that the plan failed");
}

#[test]
fn a_that_after_a_long_phrase_placing_the_saying_and_its_comma_opens_the_clause() {
    assert_one(
        "Ana Ruiz said Thursday during a taping of a town hall meeting in Leeds, England, that the port is wrong to close.",
        "Ana Ruiz",
        "that the port is wrong to close",
    );
    assert_one(
        "Ana Ruiz said on the radio, where she is now a paid host, that the mayor should resign.",
        "Ana Ruiz",
        "that the mayor should resign",
    );
    // Not past a coordinator: the "that" is another predicate's ("see … that").
    let got = found(
        "They believe in public ownership of the port, and see, more clearly than most, that the plan will fail.",
    );
    assert!(!got.iter().any(|(_, w, _)| w.starts_with("that the plan")), "{got:?}");
}

mod clause_ends;
mod headlines;
mod opening;
mod parenthetical;
mod relay;

#[test]
fn unnamed_groups_of_people_report_what_they_say() {
    // Plural nouns of people the role list names: an unnamed source, as "critics" is.
    assert_one(
        "But opponents say the new tax will push farms out of the state.",
        "opponents",
        "the new tax will push farms out of the state",
    );
    let got = found("To win the county, participants said, the council must act.");
    assert!(got.iter().any(|(sp, w, _)| sp == "participants" && w == "the council must act"), "{got:?}");
    // The singular is not listed: the appositive's name still speaks for "her opponent".
    let got = found("Her Democratic opponent, Vermont Sen. Ana Ruiz, said the plan failed.");
    assert!(got.iter().any(|(sp, _, _)| sp == "Ana Ruiz"), "{got:?}");
    // Nor does a group that is a verb's object report anything.
    assert_none("The mayor met opponents of the plan on Monday.");
}
