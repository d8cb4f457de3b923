//! Which full name a surname or a name as written stands for, over whole documents: a
//! possessive's full name, a surname two people share, one the text gave another person first,
//! a title-case line's glued name, a particle's capital, and what a description keeps (a
//! comma's parts, a courtesy, religious or honorary title). Apart from [`super`]'s tests of
//! `People`'s state and buffers, as the name rules' behaviour.

use super::*;

/// A bare surname shared by two full names stays with the person who acts and speaks
/// when the other full name is met only as a possessive describing someone else
/// ("Kwame Owusu's eldest daughter"); a later full name that is a speaker takes it over
/// in its own paragraph, and the person named first has it back after (`shared.rs`);
/// a possessive still registers a surname no one holds yet. The daughter herself is
/// the subject that speaks, not her father: with no one else named, a bare "Owusu" is
/// hers and stays bare.
#[test]
fn a_possessive_full_name_does_not_take_over_a_held_surname() {
    let opening =
        "Abena Owusu strode across the stage in a green dress. “Families should not have to choose,” she said.\n\n";
    let closing = "\n\n“We are working hard at being mothers and professionals,” Owusu told a magazine last year.";
    let possessive = "Kwame Owusu's eldest daughter, 34, has built her brand around this cause, writing a book called “Women Who Win” and leading the charge.";
    let doc = format!("{opening}{possessive}{closing}");
    assert_eq!(speaker_of(&doc, "working hard"), "Abena Owusu");
    let doc = format!("{opening}{}{closing}", possessive.replace("Owusu's", "Owusu\u{2019}s"));
    assert_eq!(speaker_of(&doc, "working hard"), "Abena Owusu");
    let father = "Kwame Owusu, her father, spoke next. “We will win the count,” he said.";
    let doc = format!("Owusu speaks.\n\n{opening}{father}{closing}");
    assert_eq!(speaker_of(&doc, "working hard"), "Abena Owusu");
    let doc = format!("{opening}{father} “We are working hard,” Owusu told a magazine.");
    assert_eq!(speaker_of(&doc, "working hard"), "Kwame Owusu");
    let doc = format!("{possessive}{closing}");
    assert_eq!(speaker_of(&doc, "working hard"), "Owusu");

    let mut people = People::default();
    assert_eq!(people.canonical("Abena Owusu"), "Abena Owusu");
    assert_eq!(people.canonical("Kwame Owusu's"), "Kwame Owusu");
    assert_eq!(people.canonical("Owusu"), "Abena Owusu");
    assert_eq!(people.canonical("Kwame Owusu"), "Kwame Owusu");
    assert_eq!(people.canonical("Owusu"), "Kwame Owusu");
    assert_eq!(people.canonical("Ana Ruiz's"), "Ana Ruiz");
    assert_eq!(people.canonical("Ruiz"), "Ana Ruiz");
}

/// A surname two people share stands for the one the text names in full first (the person
/// it is about) past the paragraph that names the other, the nearer subject there; one
/// person written two ways ("Ana Ruiz", "Ana M. Ruiz") is no second person.
#[test]
fn a_shared_surname_stands_for_the_person_named_first() {
    let head = "Hacker sentenced.\n\nKofi Mensah, a hacker, said he had no training.\n\n";
    let wife = "“We need him,” his wife, Ama Mensah, wrote in a letter.\n\n";
    let doc = format!("{head}{wife}“I guessed passwords,” Mensah told the court.");
    assert_eq!(speaker_of(&doc, "guessed passwords"), "Kofi Mensah");
    let doc = format!("{head}Ama Mensah spoke next. “I guessed passwords,” Mensah told the court.");
    assert_eq!(speaker_of(&doc, "guessed passwords"), "Ama Mensah");
    // Must not fire: the second name is the first one's, written again.
    let doc = format!("{head}“I never did,” Kofi A. Mensah said.\n\n“I guessed passwords,” Mensah told the court.");
    assert_eq!(speaker_of(&doc, "guessed passwords"), "Kofi A. Mensah");
}

/// A surname first met as a second person's full name ("Ama Mensah wrote") goes back, past
/// that paragraph, to the person the text named in full first and then called by the surname
/// alone ("Kofi Mensah's campaign … Mensah denied it"), though that person was never quoted.
#[test]
fn a_surname_the_text_gave_another_person_first_goes_back_to_that_person() {
    let head =
        "The Mensah family feud.\n\nRep. Kofi Mensah's campaign began to fall apart. Mensah denied the reports.\n\n";
    let wife = "“He was unfaithful,” Ama Mensah wrote in an email.\n\n";
    let doc = format!("{head}{wife}“I will win,” Mensah said.");
    assert_eq!(speaker_of(&doc, "will win"), "Kofi Mensah");
    // In her own paragraph the surname is hers, the nearer subject.
    let doc = format!("{head}“He was unfaithful,” Ama Mensah wrote. “I left,” Mensah said.");
    assert_eq!(speaker_of(&doc, "I left"), "Ama Mensah");
    // Must not fire: the text never calls the first person by the surname alone before the
    // second is named ("his wife Ama Mensah, Kofi Mensah said"); the speaker keeps it.
    let head = "The Mensah family.\n\nCampaigning for his wife Ama Mensah, Kofi Mensah said she was ready.\n\n";
    let doc = format!("{head}“She will win,” Mensah said.");
    assert_eq!(speaker_of(&doc, "will win"), "Kofi Mensah");
    // Must not fire: the headline does not write the surname (a story not about the family).
    let doc = format!(
        "Race tightens.\n\nRep. Kofi Mensah's campaign fell apart. Mensah denied it.\n\n{wife}“I left,” Mensah said."
    );
    assert_eq!(speaker_of(&doc, "I left"), "Ama Mensah");
}

/// A paper a direct quote is relayed through ("“…,” Ruiz told the Eastvale Times", "“…,”
/// Ruiz said, according to the Eastvale Times") is the paper a later "the Times" stands for,
/// as when it relays reported speech.
#[test]
fn a_direct_quotes_relay_names_a_later_outlet() {
    for relay in ["Ana Ruiz told the Eastvale Times", "Ana Ruiz said, according to the Eastvale Times"] {
        let doc = format!("“We will win the count,” {relay}.\n\nThe port would close next year, the Times reported.");
        assert_eq!(speaker_of(&doc, "port would close"), "Eastvale Times", "{relay}");
    }
}

/// A name read in a title-case headline with a verb glued before it ("Slam Ana Ruiz") gives
/// way to the shorter form the text writes, a possessive's too: the later bare surname is
/// the person the body names.
#[test]
fn a_title_case_line_s_glued_name_gives_way_to_the_body_s() {
    let speakers =
        |s: &str| -> Vec<String> { crate::attribution::test_quotes::speakers(s).into_iter().flatten().collect() };
    let got = speakers(
        "Local Lawmakers Slam Ana Ruiz As A ‘Disgrace.’\n\n\
         EASTVALE ― Ana Ruiz’s plan is an insult to the town, local lawmakers said on Friday.\n\n\
         Later, Ruiz said she would not resign.",
    );
    assert_eq!(got.last().map(String::as_str), Some("Ana Ruiz"), "{got:?}");
    // On main the headline's form stood: its subject, described by a role, is noted first.
    // Control: running text's longer name is the name ("Maria" is hers), the shorter form later
    // a part of it.
    let got = speakers(
        "Head.\n\n\
         Mayor Ana Maria Ruiz spoke on Friday. Maria Ruiz’s plan is an insult, the lawmakers said.\n\n\
         Later, Ruiz said she would not resign.",
    );
    assert_eq!(got.last().map(String::as_str), Some("Ana Maria Ruiz"), "{got:?}");
}

/// A description's parts the text sets apart with a comma stay apart ("Montana Sen. Ana Ruiz,
/// chairman of …": main gave "Montana Sen. chairman of …"); parts the text runs together, or
/// a part that ends in a preposition before the name, are joined by a space.
#[test]
fn description_parts_set_off_by_a_comma_keep_it() {
    let description = |s: &str| {
        let got = crate::attribution::test_quotes::quotes_under_head(s);
        got.first().and_then(|q| q.speaker.as_ref()).and_then(|sp| sp.description.clone())
    };
    assert_eq!(
        description("Montana Sen. Ana Ruiz, chairman of the water board, said the plan failed.").as_deref(),
        Some("Montana Sen., chairman of the water board")
    );
    assert_eq!(
        description("Former Eastvale mayor Ana Ruiz, a council ally, said the plan failed.").as_deref(),
        Some("Former Eastvale mayor, a council ally")
    );
    // Controls: no comma between the parts.
    assert_eq!(
        description("Senator Ana Ruiz of Eastvale said the plan failed.").as_deref(),
        Some("Senator of Eastvale")
    );
}

/// A courtesy title beside a fuller description says nothing it does not ("Mr. Ana Ruiz, the
/// law professor": "the law professor", main gave "Mr., the law professor"); alone, nothing the
/// name does not, and no description is left ("Mr. Ben Ruiz"; main gave "Mr."), nor where
/// words lead to the person through it ("Aides to Mr.") or are an article alone ("a"); a
/// title that is no courtesy ("Dr.", "Sen.") stays.
#[test]
fn a_courtesy_title_beside_a_description_is_left_out() {
    let description = |s: &str| {
        let got = crate::attribution::test_quotes::quotes_under_head(s);
        got.first().and_then(|q| q.speaker.as_ref()).and_then(|sp| sp.description.clone())
    };
    for (s, want) in [
        ("Ms. Ana Ruiz, the law professor, said the plan failed.", Some("the law professor")),
        ("Mr Ben Ruiz of the Tax Policy Center said the plan failed.", Some("of the Tax Policy Center")),
        ("Mr. Ben Ruiz said the plan failed.", None),
        ("Mrs. Ana Ruiz said the plan failed.", None),
        // Words that lead to the person through the title are no description of theirs.
        ("Aides to Mr. Ben Ruiz said the plan failed.", None),
        // Nor is an article alone ("according to a CNN tally": "CNN", no "a").
        ("The plan failed, according to a CNN tally.", None),
        // Controls: titles that say what the person is, alone and beside a description; an
        // appositive before the courtesy title.
        ("Dr. Ben Ruiz said the plan failed.", Some("Dr.")),
        ("The minister of the economy, Mr. Ben Ruiz, said the plan failed.", Some("The minister of the economy")),
        ("Sen. Ana Ruiz, a council ally, said the plan failed.", Some("Sen., a council ally")),
    ] {
        assert_eq!(description(s).as_deref(), want, "{s}");
    }
}

/// A surname written with its particle capitalised at a sentence's start ("De Ruiz") is the
/// person the full name with the lower-case particle names ("Ana de Ruiz"), one source; not
/// another first name's ("Ben Ruiz" after "Ana Ruiz").
#[test]
fn a_capitalised_particle_surname_is_the_full_name_held() {
    let names = |s: &str| {
        let got = crate::attribution::test_quotes::quotes_under_head(s);
        got.iter().map(|q| q.speaker.as_ref().map(|sp| sp.name.clone())).collect::<Vec<_>>()
    };
    let got = names("Mayor Ana de Ruiz said the plan failed. De Ruiz said the port would close.");
    assert_eq!(got, vec![Some("Ana de Ruiz".to_string()); 2], "{got:?}");
    let got = names("Mayor Ana van Dijk said the plan failed. Van Dijk said the port would close.");
    assert_eq!(got, vec![Some("Ana van Dijk".to_string()); 2], "{got:?}");
    // Control: another first name is another person.
    let got = names("Mayor Ana Ruiz said the plan failed. Ben Ruiz said the port would close.");
    assert_eq!(got.last(), Some(&Some("Ben Ruiz".to_string())), "{got:?}");
}

/// A church or honorary title before a name ("Cardinal", "Rabbi", "Sir") describes the person,
/// as "Senator" does: the name is the person's own, which a later surname stands for; a
/// capitalised word in no list before a name stays part of it.
#[test]
fn a_religious_or_honorary_title_is_no_part_of_the_name() {
    let named = |s: &str| {
        let got = crate::attribution::test_quotes::quotes_under_head(s);
        got.iter().map(|q| q.speaker.as_ref().map(|sp| (sp.name.clone(), sp.description.clone()))).collect::<Vec<_>>()
    };
    for title in ["Cardinal", "Rabbi", "Sir", "Archbishop", "Imam"] {
        let got = named(&format!("{title} Ana Ruiz said the plan failed. Ruiz said the port would close."));
        let want = Some(("Ana Ruiz".to_string(), Some(title.to_string())));
        assert_eq!(got, vec![want.clone(), want], "{title}");
    }
    // Control: an unlisted word before the name stays part of it.
    let got = named("Constable Ana Ruiz said the plan failed.");
    assert_eq!(got, vec![Some(("Constable Ana Ruiz".to_string(), None))], "{got:?}");
}

/// An honorific alone is a name: "The Cardinal" is named by the word, and the "he" of its
/// sentence is that person; its plural makes no noun of persons.
#[test]
fn an_honorific_alone_names_its_person() {
    let named = |s: &str| {
        let got = crate::attribution::test_quotes::quotes_under_head(s);
        got.iter().map(|q| q.speaker.as_ref().map(|sp| sp.name.clone())).collect::<Vec<_>>()
    };
    let got = named(
        "Pope Benedict said the plan failed. The Cardinal, muttering, admitted that he had erred, but he said this \
         as if it had no importance.",
    );
    assert_eq!(got.last(), Some(&Some("Cardinal".to_string())), "{got:?}");
    // An honorific's plural is no noun of persons: no source's phrase ends at it.
    // Control: a listed title is one, lower case too (the shape then reads as a report).
    for (noun, want) in [("bishops", 0), ("senators", 1)] {
        let got = named(&format!("The {noun} and priests now talking about the glory of the plan are right."));
        assert_eq!(got.len(), want, "{noun}: {got:?}");
    }
}
