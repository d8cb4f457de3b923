//! Who said it: the speaker phrase read at a cue, its name and description (whom a mention
//! refers to: `speakers/referents.rs`; speakers after an inverted cue and relays:
//! `speakers/inverted.rs`).

use super::*;

mod inverted;
mod referents;
mod relative;

/// Asserts that the first frame found in `doc` has the speaker `name`.
fn assert_first_speaker(doc: &str, name: &str) {
    let got = speakers_of(doc);
    assert_eq!(got.first().map(|g| g.0.as_str()), Some(name), "{doc}: {got:?}");
}

#[test]
fn plain_appositives_describe_the_speaker() {
    for s in [
        "Kwame Mensah, the engineer, said the bridge would open in May.",
        "The bridge would open in May, said the engineer, Kwame Mensah.",
    ] {
        let (speaker, description, _) = the_one_in(s);
        assert_eq!((speaker.as_str(), description.as_deref()), ("Kwame Mensah", Some("the engineer")), "{s}");
    }
}

#[test]
fn a_long_subject_keeps_its_cue() {
    let (speaker, _, said) = the_one_in("A spokesman for the shipping line Norhaven said the company had diverted eleven vessels to other ports and expected delays.");
    assert!(said.starts_with("the company had diverted"), "{said}");
    assert!(speaker.contains("spokesman"), "{speaker}");
}

#[test]
fn an_addressee_is_not_the_speaker() {
    for s in [
        "Speaking on Monday, the minister told reporters: “We will stay.”",
        "“We will stay,” told reporters at the port.",
    ] {
        let got = speakers_of(s);
        assert!(got.iter().all(|(n, _, _)| !n.contains("reporters")), "{s}: {got:?}");
    }
}

#[test]
fn a_clause_between_speaker_and_cue_is_skipped() {
    assert_one_speaker(
        "Police Commissioner Richard Ross, who spent the morning near City Hall, said the protests were peaceful.",
        "Richard Ross",
    );
}

#[test]
fn an_opening_phrase_is_not_the_subject() {
    let got = speakers_of("At the town hall meeting in Hudson, the crowd was restless. Indeed, “we cite a dozen cases far worse than this one.”");
    assert!(got.iter().all(|(n, _, _)| n != "At" && n != "Indeed"), "{got:?}");
}

#[test]
fn a_fronted_adverbial_before_the_subject_describes_no_one() {
    // "so far", "thus far": the opener after the function words is no description.
    let (speaker, description, _) = the_one_in("But so far Canova, a law professor, has said the plan works.");
    assert_eq!((speaker.as_str(), description.as_deref()), ("Canova", Some("a law professor")));
    let got = speakers_of("That's why Rubio's team thinks the plan works.");
    assert_eq!(got.first().map(|g| g.0.as_str()), Some("Rubio's team"), "{got:?}");
    // Control: a determiner keeps its phrase, and so does an opener before a lower-case word.
    let got = speakers_of("But so many voters have said the plan works.");
    assert_eq!(got.first().map(|g| g.0.as_str()), Some("many voters"), "{got:?}");
}

#[test]
fn labelling_cue_after_an_appositive_subject_has_that_speaker() {
    let (_, fr) = frames(
        "Minyon Moore, a senior adviser to the campaign, called the remarks \"a true wake-up call\" to his supporters.",
    );
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Minyon Moore"));
}

#[test]
fn an_opening_participle_is_not_a_name() {
    let got = speakers_of("Ana Ruiz spoke first. Speaking in her own voice again, she said, “We will stay.”");
    assert!(got.iter().all(|(n, _, _)| n != "Speaking"), "{got:?}");
    // Names ending like participles still speak.
    let got = speakers_of("“We will stay,” Manning said.");
    assert_eq!(got[0].0, "Manning", "{got:?}");
}

#[test]
fn a_subject_after_an_opening_phrase_keeps_its_relative_clause() {
    assert_one_speaker(
        "With 40 days until the vote, Ruiz, who spoke in Leeds, called the plan “a plain disaster for the port.”",
        "Ruiz",
    );
}

#[test]
fn a_labelling_participle_after_a_comma_has_the_sentence_speaker() {
    let (_, fr) = frames("Trump subsequently defended the incident, calling the protester “a very obnoxious guy who was looking for trouble.”");
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Trump"), "{fr:?}");
}

#[test]
fn a_participle_after_a_said_speaks_for_that_speaker_past_a_long_quote() {
    // The quote before "she said" is longer than the look-back a cue gets; the participle
    // still continues the cue before it.
    let text = "Ana Ruiz spoke in Leeds.\n\n“We have had a city in the north of the country where the people, who are poor in many ways and have waited for years, have been drinking and bathing in dirty water,” she said, adding, “I will fight it.”";
    let got = speakers_of(text);
    assert_speaker_of_part(&got, "fight it", "Ana Ruiz", "the second quote");
    // The sentence opens with another person: the participle is the nearer cue's speaker's.
    let got = speakers_of("Tom Okafor spoke first.\n\nAna Ruiz weighed in as well, telling a radio show, “They are both qualified,” Okafor said, adding, “She is ready.”");
    assert_speaker_of_part(&got, "She is ready", "Tom Okafor", "the second quote");
    // With no cue before it, the participle still has the sentence's subject.
    assert_one_speaker("Ana Ruiz defended the plan, adding, “It will work.”", "Ana Ruiz");
}

#[test]
fn a_long_subordinate_clause_before_a_colon_introduction_is_not_its_speaker() {
    // The clause is longer than an opening phrase may be; the subject after its comma speaks.
    let got = speakers_of("When Tom Okafor suggested that the county would sue the city for breaking the water deal it signed in the spring, Ana Ruiz fired back forcefully: “If they sue us, they are going to lose.”");
    assert_speaker_of_part(&got, "going to lose", "Ana Ruiz", "the quote");
    // No subordinator opens the sentence: its subject speaks, not a name after a later comma.
    let got = speakers_of("Tom Okafor fired back forcefully at the county and the city that had broken the water deal it signed in the spring, Ana Ruiz and her allies: “If they sue us, they are going to lose.”");
    assert_speaker_of_part(&got, "going to lose", "Tom Okafor", "the quote");
}

#[test]
fn a_capitalised_modifier_before_a_role_is_not_the_name() {
    for s in [
        "Republican presidential front-runner Donald Trump said the plan had failed.",
        "“We will stay,” said Republican presidential nominee Donald Trump.",
        "The Democratic presidential nominee Donald Trump said the plan had failed.",
    ] {
        assert_one_speaker(s, "Donald Trump");
    }
    let got = speakers_of("“We will stay,” Trump campaign manager Kellyanne Conway said.");
    assert_eq!(got[0].0, "Kellyanne Conway", "{got:?}");
    // A verb between two names is no modifier: the first name is the subject.
    let got = speakers_of("Cruz exhorted Republicans to “vote your conscience” and said he was standing on principle.");
    assert!(!got.is_empty() && got.iter().all(|(n, _, _)| n == "Cruz"), "{got:?}");
}

#[test]
fn a_plural_possessive_stays_inside_the_speaker_phrase() {
    for (s, speaker) in [
        ("“We will stay,” Sanders’ campaign manager said.", "Sanders’ campaign manager"),
        ("“We will stay,” the farmers' leader said.", "the farmers' leader"),
        ("Jeff Weaver, Sanders’ campaign manager, said the plan had failed.", "Jeff Weaver"),
    ] {
        assert_one_speaker(s, speaker);
    }
}

#[test]
fn an_issued_document_speaks_for_the_issuer() {
    for s in [
        "On Saturday, Ana Ruiz issued a statement saying that the plan had failed.",
        "Ana Ruiz released a report saying the plan had failed.",
    ] {
        assert_one_speaker(s, "Ana Ruiz");
    }
}

#[test]
fn a_capitalised_pronoun_is_no_sign_of_a_title() {
    let got = speakers_of("“Does anybody know what the plan is?” Ana Ruiz asked. “Neither do I.”");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2.as_str()), ("Ana Ruiz", "Neither do I."), "{got:?}");
}

/// A coordinator that offers alternatives is a slogan's word, not a title's: “Ruiz or Bust”
/// in title case stays the chanted words, while “Rivers and Roads” is a title (list kind
/// `titlejoin`; "or" is a coordinator of verbs all the same).
#[test]
fn a_title_case_quote_joined_by_or_is_no_title() {
    let mixed = |s: &str| frames(s).1.iter().any(|f| f.style == QuoteStyle::Mixed);
    let s = "Stein has framed herself as the Plan B for the “Ruiz or Bust” crowd.";
    assert!(mixed(s), "{s}");
    let s = "Stein has framed herself as the Plan B for the “Rivers and Roads” crowd.";
    assert!(!mixed(s), "{s}");
}

#[test]
fn an_ly_adverb_between_speaker_and_cue_is_skipped() {
    for s in ["Ana Ruiz has repeatedly said that the plan had failed.", "Ana Ruiz cheerfully said the plan had failed."]
    {
        assert_one_speaker(s, "Ana Ruiz");
    }
}

#[test]
fn a_cue_with_plain_words_before_it_has_the_sentence_subject() {
    for (s, speaker) in [
        ("Protesters marching through the streets chanted “What curfew?” and kept going.", "Protesters"),
        ("Ana Ruiz took the stage on Tuesday at the hotel and called the system “rotten to the core.”", "Ana Ruiz"),
    ] {
        assert_one_speaker(s, speaker);
    }
}

#[test]
fn a_name_after_a_dash_signs_the_quote_after_its_colon() {
    assert_one_speaker(
        "Pollsters agree - Ana Ruiz: “One lesson was simple: keep on contacting voters as late as possible.”",
        "Ana Ruiz",
    );
}

#[test]
fn a_colon_introduction_after_an_opening_phrase_or_at_a_paragraph_end_has_its_subject() {
    assert_one_speaker(
        "On July 6, 2015, Ana Ruiz made the following comment: “The plan failed and nobody will say so.”",
        "Ana Ruiz",
    );
    let got = speakers_of("Ana Ruiz then listed the questions a nominee must answer:\n\n“Has the candidate a record of leadership?”\n\n“Will the candidate melt when the heat is on?”");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Ana Ruiz"), "{got:?}");
}

#[test]
fn an_opening_word_is_no_speaker() {
    let (speaker, _, _) = the_one_in(
        "Once in my early 20s, when we drove on the highway, I laughed and said, “I don’t believe in the devil.”",
    );
    assert_ne!(speaker, "Once");
}

#[test]
fn a_person_described_by_their_body_or_place_is_the_speaker_not_its_name() {
    // The representative speaks, not the organisation's namesake; a later "she" is the
    // representative, not the person the organisation is named after.
    let got = speakers_of(
        "Ana Ruiz said the plan failed.\n\nA representative for the Abena Owusu Organization said the firm would hire. “We will hire in May,” she said.",
    );
    assert_speaker_of_part(
        &got,
        "the firm would hire",
        "A representative for the Abena Owusu Organization",
        "reported speech",
    );
    assert_speaker_of_part(&got, "hire in May", "A representative for the Abena Owusu Organization", "direct quote");
    let got = speakers_of("The mayor of Eastvale said the port would close.");
    assert_eq!(got.first().map(|g| g.0.as_str()), Some("The mayor of Eastvale"), "{got:?}");
    // Not a person: officials at a body are many, and a later "she" is the person last named.
    let got = speakers_of(
        "Ana Ruiz said the plan failed.\n\nThe officials at the Owusu Organization said the firm would hire. “We will hire in May,” she said.",
    );
    assert_speaker_of_part(&got, "hire in May", "Ana Ruiz", "direct quote");
    // A person named after the description is the speaker ("The head of the agency, Ana
    // Ruiz,"), and so is one named after a title's "of" ("Mayor of Eastvale Ana Ruiz").
    for doc in [
        "The director of the Eastvale Water Board, Abena Owusu, said the port would close.",
        "Mayor of Eastvale Abena Owusu said the port would close.",
    ] {
        assert_first_speaker(doc, "Abena Owusu");
    }
}

#[test]
fn a_body_named_with_a_title_or_role_word_is_named_whole() {
    // "Justice", "Police" and "Defense" are title or role words, but before a body noun that
    // ends the capitalised words, or after its "of", they are the body's own name.
    for (doc, name) in [
        ("The Justice Department said the port would close.", "Justice Department"),
        ("“The port will close,” the Department of Justice said.", "Department of Justice"),
        (
            "The Eastvale Metropolitan Police Department said the port would close.",
            "Eastvale Metropolitan Police Department",
        ),
    ] {
        assert_first_speaker(doc, name);
    }
    // A title after the body's name and before a person's name stays the person's title.
    for doc in [
        "Justice Department Inspector General Abena Owusu said the port would close.",
        "The University of Eastvale and Professor Abena Owusu said the port would close.",
    ] {
        assert_first_speaker(doc, "Abena Owusu");
    }
}

#[test]
fn a_word_naming_a_kind_of_person_is_no_name() {
    // "Republican", "Democrat" name a kind of person: the phrase around them speaks, and a
    // person's name in the same phrase is preferred to them.
    for (doc, name) in [
        ("One Republican said the port would close.", "One Republican"),
        ("“The port will close,” said one Democrat familiar with the talks.", "one Democrat"),
        ("One Republican presidential hopeful, Abena Owusu, says the port will close.", "Abena Owusu"),
        // Plain words after the kind word lead on to the name, or end at the person's noun.
        ("“The port will close,” said Republican party boss Abena Owusu.", "Abena Owusu"),
        ("“The port will close,” said the Democratic presidential nominee.", "the Democratic presidential nominee"),
        // An appositive holding a kind word is no second subject.
        ("Owusu, a Republican and former state legislator, said the port would close.", "Owusu"),
        // A past tense's shape right before the person's noun modifies it; a coordinator joins
        // two modifiers, a plain word or another kind's word.
        (
            "But 16 percent of Democratic registered voters still say they do not know the mayor.",
            "16 percent of Democratic registered voters",
        ),
        (
            "The port will close, according to Democratic and independent analysts.",
            "Democratic and independent analysts",
        ),
        ("The port will close, according to Democratic and Republican leaders.", "Democratic and Republican leaders"),
        // A verb after the noun is still the clause's: the nominee speaks, not the voters.
        ("The Democratic nominee attacked voters, saying they were “too easy to fool.”", "The Democratic nominee"),
    ] {
        assert_first_speaker(doc, name);
    }
    // A participle is no modifier leading to a name: the groups outpace the Republicans.
    let got = speakers_of(
        "An analysis of super PACs that have raised $1 million or more since Jan. 1, 2015, shows Democratic groups outpacing Republicans in recent weeks.",
    );
    assert!(got.iter().all(|g| g.0 != "Republicans"), "{got:?}");
    // Nor is a preposition: the spies are no speaker.
    let got = speakers_of("The Democrat leadership collusion with Eastvale spies has refused to cover it.");
    assert!(got.iter().all(|g| g.0 != "Eastvale"), "{got:?}");
}

/// A relative clause after an unnamed appositive ("Senator Abena Owusu, Republican of Eastvale,
/// who …") speaks for the person the appositive describes; with no name before it, the
/// described person speaks.
#[test]
fn a_relative_clause_after_an_appositive_speaks_for_the_person_named_before_it() {
    for (doc, name) in [
        (
            "“We will stay,” declared Senator Abena Owusu, Republican of Eastvale, who echoed the mayor in saying that the port would “never close.”",
            "Abena Owusu",
        ),
        ("Kofi Mensah, a former port director who argued with the mayor, said the port would close.", "Kofi Mensah"),
        ("He met Kofi Mensah, a former port director, who said the port would close.", "Kofi Mensah"),
        // Controls: no name before the appositive, or a name before the pronoun itself.
        ("He met a former port director, who said the port would close.", "a former port director"),
        ("He met Kofi Mensah, who said the port would close.", "Kofi Mensah"),
    ] {
        let got = speakers_of(doc);
        assert!(!got.is_empty() && got.iter().all(|g| g.0 == name), "{doc}: {got:?}");
    }
}

/// A capitalised passive "by" opening its sentence is no name ("By adding “…” to this verse,
/// Wills restricts …"), and a possessive determiner opens a speaker's description, not a
/// name ("My staff cautioned me …", as "His staff").
#[test]
fn an_opening_by_or_my_is_no_name() {
    let got = speakers_of("Head.\n\nBy adding “at the shrine” to the verse, Wills restricts the call to the area.");
    assert!(!got.is_empty() && got.iter().all(|(n, _, _)| n != "By"), "{got:?}");
    let got = speakers_of("Head.\n\nMy staff cautioned me not to make that “awful speech” at Davos.");
    assert!(got.iter().any(|(n, _, _)| n == "My staff"), "{got:?}");
}

/// A capitalised word opening its sentence right before an article, a pronoun or "that" is
/// no name (`name_words::opens_before_subject`).
#[test]
fn a_capital_before_an_article_or_pronoun_is_no_name() {
    // A verb, an adverb or a preposition opening the sentence, not its subject.
    for s in [
        "Head.\n\nDoes the candidate really believe that the plan would pass?",
        "Head.\n\nRemember that the mayor told the crowd the plan would pass.",
        "Head.\n\nTogether they suggested the plan would pass.",
        // These two named their opener as the speaker before the rule ("Can", "Remember"):
        // the sentences above pass without it, as another reading already skipped the word.
        "Head.\n\nCan the Eastvale council believe that the plan would pass?",
        "Head.\n\nRemember that the mayor, about the plan she had signed, told the crew: “Stay calm and you will be fine.”",
    ] {
        let got = speakers_of(s);
        assert!(!got.is_empty(), "{s}: the words are still found");
        assert!(
            got.iter().all(|(n, _, _)| !["Does", "Remember", "Together", "Can"].contains(&n.as_str())),
            "{got:?}"
        );
    }
    // A name before its verb, or before a time word, still names the speaker.
    let got = speakers_of("Head.\n\nRuiz this week said that the plan would pass.");
    assert!(got.iter().any(|(n, _, _)| n == "Ruiz"), "{got:?}");
}

#[test]
fn an_unread_subject_speaks_for_no_one_in_a_cueless_fragment() {
    // "Then" opens the sentence before a subject no walk reads: the fragment is nobody's
    // words by that subject, and "Then" is no speaker.
    let got = speakers_of(
        "Head.\n\nAna Ruiz spoke on Monday.\n\nThen came another, kinder tweet, followed by one in which he took credit for “being right on the budget.”",
    );
    assert!(got.iter().all(|(n, _, _)| n != "Then"), "{got:?}");
}

/// A plural possessive inside an institution's name keeps the name whole when a body noun
/// ends it (main gave "Association"); a person's name after a plural possessor is still the
/// person's.
#[test]
fn a_plural_possessive_inside_a_body_s_name_keeps_it_whole() {
    assert_first_speaker(
        "Head.\n\nThe Eastvale Teachers’ Association said the plan failed.",
        "Eastvale Teachers’ Association",
    );
    assert_first_speaker(
        "Head.\n\nThe Eastvale Teachers' Association said the plan failed.",
        "Eastvale Teachers' Association",
    );
    // Controls: the words after it end in no body noun, or a lower-case noun follows them.
    let got = speakers_of("Head.\n\nThe Teachers’ Ana Ruiz said the plan failed.");
    assert!(got.first().is_none_or(|s| !s.0.contains("Teachers")), "{got:?}");
    assert_first_speaker("Head.\n\nSanders’ campaign manager Ana Ruiz said the plan failed.", "Ana Ruiz");
}

/// Subjects that open their clause in shapes the walks had missed: a plural possessive before
/// a description ("Sanders’ team"), a quantifier before modifiers and a plural ("Many
/// prominent Republicans"), modifiers joined by "and" ("current and former officials").
#[test]
fn subjects_with_a_plural_possessive_a_counted_plural_or_joined_modifiers_speak() {
    use crate::attribution::test_quotes::speakers_in_story;
    let cases = [
        ("Torres' team said the senator would stay in the race.", "Torres' team"),
        ("The workers’ union said the strike would end on Monday.", "The workers’ union"),
        ("Many prominent Republicans said the party would lose the election.", "Many prominent Republicans"),
        ("Some conservative Democrats say the bill goes too far.", "Some conservative Democrats"),
        ("In interviews, current and former officials said the plan had failed.", "current and former officials"),
    ];
    for (text, who) in cases {
        assert_eq!(speakers_in_story(text), vec![Some(who.to_string())], "{text}");
    }
    // Must not fire: a possessor inside a predicate, a noun or a verb before "and", a
    // possessive determiner before the first modifier.
    let cases = [
        ("Officials praised the workers' union and said the strike would end.", "the workers' union"),
        (
            "Critics of unfunded mandates and powerful unions said the law punished schools.",
            "mandates and powerful unions",
        ),
        (
            "The gap between what Ruiz says her plan would do and how experts say it would work has endured.",
            "do and how experts",
        ),
        (
            "The council pressed Ruiz to end his asylum and top officials have made it clear that they will act.",
            "asylum and top officials",
        ),
    ];
    for (text, not) in cases {
        let got = speakers_in_story(text);
        assert!(!got.iter().flatten().any(|n| n.contains(not)), "{text}: {got:?}");
    }
}
