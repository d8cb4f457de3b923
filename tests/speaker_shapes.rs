//! Speakers of direct and mixed quotes in shapes that news writes often and that once gave
//! no speaker or a wrong one, each on a short text of our own.

use sourcelight::{analyze, Document, FindingKind};

/// (quote text, speaker name) of every quote of `text` (a headline is put before it).
fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    analyze(&Document::from_plain_text(&format!("Head line.\n\n{text}")))
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Quote(q) => Some((f.text.clone(), q.speaker.as_ref().map(|s| s.name.clone()))),
            _ => None,
        })
        .collect()
}

/// Asserts that the quote holding `words` has the speaker `who`.
fn assert_speaker(text: &str, words: &str, who: Option<&str>) {
    let all = speakers(text);
    let found = all.iter().find(|(q, _)| q.contains(words));
    assert!(found.is_some_and(|(_, s)| s.as_deref() == who), "{text:?}: {words:?} should be {who:?} in {all:#?}");
}

#[test]
fn the_one_who_asks_a_question_after_it_is_its_speaker() {
    assert_speaker("“Where is the money?” asked Ana Ruiz.", "Where is the money", Some("Ana Ruiz"));
    // An unnamed person described by the body she belongs to asks too; the body does not.
    assert_speaker(
        "“Where is the money?” asks the secretary of the Eastvale Bureau of Research.",
        "Where is the money",
        Some("the secretary of the Eastvale Bureau of Research"),
    );
    // No question: an inverted "told" names its addressee, never a speaker.
    assert_speaker("“We will stay,” told the mayor of Eastvale.", "We will stay", None);
    assert_speaker(
        "“Why would they vote for that?” asked Sen. Ana Ruiz of Ohio, who wants the rules changed.",
        "Why would they",
        Some("Ana Ruiz"),
    );
    // "told" after a quote names an outlet or an addressee, never the speaker.
    assert_speaker("“We will stay,” told reporters on Monday.", "We will stay", None);
}

#[test]
fn a_number_with_a_slash_belongs_to_the_description_before_a_name() {
    assert_speaker("“They don’t hold weight,” said 9/11 widow Ana Ruiz.", "They don’t hold weight", Some("Ana Ruiz"));
}

#[test]
fn a_place_and_a_time_after_the_opening_phrase_are_not_the_subject() {
    assert_speaker(
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Ana Ruiz of Ohio praised the plan, calling it “a good start for all.”",
        "a good start",
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_capitalised_opening_word_is_not_the_speaker() {
    assert_speaker(
        "Even as Ana Ruiz was criticizing the mayor, she came under fire over her claim that “we finally are where we need to be.”",
        "where we need to be",
        Some("Ana Ruiz"),
    );
    // No speaker is better than the opening word.
    assert_speaker(
        "Likewise, the union had this to say about the plan: “Families at the top would receive far more than the rest.”",
        "Families at the top",
        None,
    );
}

#[test]
fn a_participle_aside_after_the_name_is_stepped_over() {
    assert_speaker(
        "“We have had better conventions than this one,” Texas delegate Ana Ruiz, wearing a cowboy hat, said as confetti fell.",
        "better conventions",
        Some("Ana Ruiz"),
    );
    // A place before the participle is not the speaker.
    assert_speaker(
        "“We will stay,” said Ben Ruiz. Ana Ruiz, a supporter from Jackson, Miss., attending the convention, said she was “not ready to leave.”",
        "not ready",
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_role_word_before_a_name_describes_it() {
    for (text, who) in [
        ("“The race is tight,” Democratic pollster Ana Ruiz said.", "Ana Ruiz"),
        ("“The race is tight,” Republican consultant Ana Ruiz said.", "Ana Ruiz"),
    ] {
        assert_speaker(text, "The race is tight", Some(who));
    }
}

#[test]
fn a_dateline_with_an_agency_in_brackets_is_not_the_subject() {
    assert_speaker(
        "Washington (AFP) – Senator Ana Ruiz has taken a swipe at the plan, saying that “bombastic comments” do more harm than good.",
        "bombastic comments",
        Some("Ana Ruiz"),
    );
}

#[test]
fn the_next_sentence_cue_is_not_that_of_a_quote_closing_its_own_sentence() {
    assert_speaker(
        "Ana Ruiz says the campaign will “compete vigorously for the nomination.” Ben Ortiz’s move was first reported by a local paper.",
        "compete vigorously",
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_cue_in_a_clause_after_the_quote_is_not_its_cue() {
    assert_speaker(
        "Jason Sims says he was “kind of riding the fence” until Ana Ruiz said she was backing the senator.",
        "riding the fence",
        Some("Jason Sims"),
    );
    // An aside after a comma still leads to the cue.
    assert_speaker("“We will stay,” Ana Ruiz, who spoke after the vote, said.", "We will stay", Some("Ana Ruiz"));
}

#[test]
fn a_possessor_is_not_the_speaker_of_what_it_owns() {
    assert_speaker(
        "“My reaction, that was outrageous,” Ana Ruiz's former campaign strategist said.",
        "My reaction",
        Some("Ana Ruiz's former campaign strategist"),
    );
}

#[test]
fn a_name_s_possessive_leads_over_modifiers_to_the_person_it_describes() {
    // Read forward (an inverted cue, a sentence's subject): the person, not the possessor.
    assert_speaker(
        "“My father is a fighter,” said Kwame Owusu’s eldest daughter.",
        "My father",
        Some("Kwame Owusu’s eldest daughter"),
    );
    assert_speaker(
        "Kwame Owusu’s eldest daughter, 34, took the stage and said, “My father is a fighter.”",
        "My father",
        Some("Kwame Owusu’s eldest daughter"),
    );
    // A kin noun then the person's own name: the name speaks.
    assert_speaker(
        "Ana Ruiz’s cousin, Ben Adoyo, told the paper that the family was “very worried.”",
        "very worried",
        Some("Ben Adoyo"),
    );
    // Past an opening phrase, such a person is the subject of a participle's cue.
    assert_speaker(
        "In court documents, Ruiz’s public defense counsel asked for a short sentence, calling the thefts “an addiction of sorts.”",
        "an addiction",
        Some("Ruiz’s public defense counsel"),
    );
    // A past tense among the words after the possessive makes a clause: the possessor's
    // words are no person's there.
    let all = speakers("Congressman Ben Adoyo’s office slammed a lawsuit by a former aide, calling it “meritless.”");
    assert!(all.iter().all(|(_, s)| !s.as_deref().is_some_and(|s| s.contains("lawsuit"))), "{all:#?}");
}

#[test]
fn a_sentence_adverb_that_opens_a_sentence_is_not_the_speaker() {
    for text in [
        "The letter was read aloud. Moreover, by her own admission to the Eastvale Post, Ana Ruiz “said she does not remember some key details of the party.”",
        "The law requires lenders to give the score. Moreover, any lender that asks customers to pay more is supposed to hand over the “score it used.”",
    ] {
        let all = speakers(text);
        assert!(!all.is_empty(), "{text:?}");
        assert!(all.iter().all(|(_, s)| s.as_deref() != Some("Moreover")), "{text:?}: {all:#?}");
    }
    // The subject after it still speaks.
    assert_speaker("Furthermore, Ana Ruiz said the plan was “a disaster.”", "a disaster", Some("Ana Ruiz"));
}

#[test]
fn a_capitalised_participle_or_adverb_opening_the_sentence_is_not_the_speaker() {
    for text in [
        "Informed of the district’s lean, the candidate described it as “news to me.”",
        "Preceded by a long video, the speech called them “dangerous, dangerous criminals.”",
    ] {
        let all = speakers(text);
        assert!(all.iter().all(|(_, s)| !matches!(s.as_deref(), Some("Informed" | "Preceded"))), "{text:?}: {all:#?}");
    }
    // A name with such an ending is still a name before its cue.
    assert_speaker("“We are ready,” Fielding said.", "We are ready", Some("Fielding"));
}

#[test]
fn a_long_appositive_after_the_name_still_reaches_the_cue() {
    assert_speaker(
        "“It’s an invasion, in our estimation, of the state regulatory domain,” Ana Ruiz, the Republican attorney general of Oklahoma, one of the states suing the agency, said at an event.",
        "It’s an invasion",
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_name_before_a_lower_case_role_noun_modifies_it() {
    assert_speaker("“We will stay,” Ruiz campaign officials said.", "We will stay", Some("Ruiz campaign officials"));
    assert_speaker("“We will stay,” Labour politicians said.", "We will stay", Some("Labour politicians"));
    // A name after the role is still the speaker.
    assert_speaker("“We will stay,” Ruiz campaign manager Ana Diaz said.", "We will stay", Some("Ana Diaz"));
}

#[test]
fn a_topic_label_before_a_colon_is_not_the_speaker_of_a_fragment() {
    assert_speaker(
        "Peru floods: Ana Ruiz and her husband 'refusing to leave their farm', as river rises",
        "refusing to leave",
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_naming_participle_opening_the_sentence_reports_nobody() {
    let text = "Dubbed \"the Monster\" or \"Old Grey\" for its colour, the river has flooded twice this year.";
    assert!(speakers(text).is_empty(), "{:#?}", speakers(text));
}

#[test]
fn outside_quote_marks_i_is_the_writer() {
    let text = "Mayor Ana Ruiz said the bridge would reopen.\n\n\
                She smiled when I asked her whether the vote had been close.";
    assert_speaker(text, "the vote had been close", Some("I"));
    // Inside quote marks, "I" is the one quoted.
    let text = "Mayor Ana Ruiz spoke on Monday.\n\n“When I said the bridge would reopen, I meant it,” Ruiz said.";
    assert_speaker(text, "I meant it", Some("Ana Ruiz"));
}

#[test]
fn an_attribution_ending_in_a_colon_introduces_what_follows() {
    // The opening phrase before it is nobody's words.
    let all = speakers("In a long interview, Mayor Ana Ruiz also said:\n\nThe bridge will reopen soon.");
    assert!(all.iter().all(|(q, _)| !q.contains("long interview")), "{all:#?}");
    // A trailing attribution that ends its sentence still reports the clause before it.
    assert_speaker("The bridge will reopen in May, Mayor Ana Ruiz said.", "The bridge will reopen", Some("Ana Ruiz"));
}
