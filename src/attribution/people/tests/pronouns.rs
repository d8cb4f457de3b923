//! Whom a "he" or "she" stands for, over whole documents: a sentence subject noted (a full
//! name opening it, of two words or three), the lone full name before it, never an outlet or
//! what is no person, not a person of the other gender, a possessor in its sentence. Apart from
//! [`super`]'s tests of `People`'s state and buffers, as the pronoun rules' behaviour.

use super::*;

/// A full name that opens a sentence is a person met for the first time: a later "she"
/// is that person; an institution, an opener or a question opens no such subject.
#[test]
fn a_full_name_opening_a_sentence_is_a_subject() {
    let doc =
        "Tom Okafor said the vote was close.\n\nAna Ruiz is making the same bet. “We will win the count,” she said.";
    assert_eq!(speaker_of(doc, "win the count"), "Ana Ruiz");
    let doc = "Tom Okafor said the vote was close.\n\nAna Ruiz, the new treasurer, spoke next. “We will win the count,” he said.";
    assert_eq!(speaker_of(doc, "win the count"), "Ana Ruiz");
    for opening in
        ["Fox News is making the same bet.", "Besides Ruiz, few voters came.", "Does Ana Ruiz know the count?"]
    {
        let doc = format!("Tom Okafor said the vote was close.\n\n{opening} “We will win the count,” he said.");
        assert_eq!(speaker_of(&doc, "win the count"), "Tom Okafor", "{opening}");
    }
}

/// An outlet that speaks ("The Daily Times reported …", "according to CNN") is never
/// the person a later "he" or "she" stands for; a person named like an outlet word is
/// ("Michael Bloomberg", then "Bloomberg").
#[test]
fn a_pronoun_never_stands_for_an_outlet() {
    for outlet in ["The Daily Times reported that the port would close.", "The port would close, according to CNN."] {
        let doc = format!("Tom Okafor said the vote was close.\n\n{outlet} “We will win the count,” he said.");
        assert_eq!(speaker_of(&doc, "win the count"), "Tom Okafor", "{outlet}");
    }
    let doc = "Michael Bloomberg said the vote was close.\n\nBloomberg said the port would close. “We will win the count,” he said.";
    assert_eq!(speaker_of(doc, "win the count"), "Michael Bloomberg");
}

/// A bare surname that opens a sentence stands for the full name the text wrote before
/// where no speaker is noted ("voters asked Ana Ruiz"), for a later pronoun of the gender
/// the sentence's own pronouns show, when no named person comes before it, also past a
/// short opening phrase ("On Thursday, Ruiz laughed"); a surname never written after a
/// first name, a clash of genders, a long opening phrase and a named speaker keep theirs.
#[test]
fn a_bare_surname_opening_a_sentence_is_the_full_name_before() {
    let opening = "The vote was close, and voters asked Ana Ruiz about the count.\n\n";
    let said = "\n\n“We will win the count,” she said.";
    for (middle, speaker) in [
        ("Ruiz laughed off the question, as she often does.", "Ana Ruiz"),
        ("Ruiz laughed off the question.", "she"),
        ("Ruiz laughed off the question, as he often does.", "she"),
        ("Ruiz laughed off the question, as she told him.", "she"),
        ("Congress laughed off the question, as she often does.", "she"),
        ("On Thursday, Ruiz laughed off the question, as she often does.", "Ana Ruiz"),
        ("On Thursday, Ruiz laughed off the question, as he often does.", "she"),
        ("On Thursday, Congress laughed off the question, as she often does.", "she"),
        ("On a long and rainy Thursday in the capital, Ruiz laughed, as she often does.", "she"),
    ] {
        let doc = format!("{opening}{middle}{said}");
        assert_eq!(speaker_of(&doc, "win the count"), speaker, "{middle}");
    }
    let doc = format!("Tom Okafor said the vote was close.\n\n{opening}Ruiz laughed, as she often does.{said}");
    assert_eq!(speaker_of(&doc, "win the count"), "Tom Okafor");
    let doc = format!("Voters asked Both Ruiz.\n\nRuiz laughed, as she often does.{said}");
    assert_eq!(speaker_of(&doc, "win the count"), "she");
}

/// Asserts the speaker of “We will win the count,” she said. written right after each case's
/// text: the case's name, or "she" when the pronoun stays bare.
fn assert_she_is(cases: &[(&str, &str)]) {
    for &(before, speaker) in cases {
        let doc = format!("{before}“We will win the count,” she said.");
        assert_eq!(speaker_of(&doc, "win the count"), speaker, "{before}");
    }
}

/// A "he" or "she" that no named person stands before takes the one full name the text wrote
/// before it, as an object or a predicate where no speaker is noted, on the pronoun's own line,
/// or on the paragraph before when the surname is also written alone; two full names, a quoted
/// name, an article's name, a title-case line's words, a participle's phrase and a name
/// further back keep the pronoun bare.
#[test]
fn a_lone_full_name_before_a_pronoun_is_its_person() {
    assert_she_is(&[
        ("If the candidate is Ana Ruiz, the answer is no. ", "Ana Ruiz"),
        ("If the candidate is Ana Ruiz or Tom Okafor, the answer is no. ", "she"),
        ("“Ask Ana Ruiz,” the crowd shouted. ", "she"),
        ("If the vote goes to the Eastvale Assembly, the answer is no. ", "she"),
        ("Entrusting Ana Ruiz with the budget was a risk. ", "she"),
        ("Voters Trust Ana Ruiz Again.\n\n", "she"),
        ("A long night for Ana Ruiz.\n\n", "she"),
        ("A long night for Ana Ruiz.\n\nRuiz's aides were tired. ", "Ana Ruiz"),
        (
            "A long night for Ana Ruiz.\n\nThe count was slow.\n\nThe hall was cold.\n\nRuiz's aides were tired.\n\n",
            "she",
        ),
    ]);
}

/// In a hard-wrapped paragraph a full name broken over two lines, "Ana\nRuiz", is one name
/// as on one line, and the line break before it neither ends its line nor its run of words.
#[test]
fn a_lone_full_name_may_break_over_a_soft_line_break() {
    let wrapped = "Head.\n\nIf the candidate for the harbour board is Ana\nRuiz, the answer is no, and the vote will go on\nwithout a delay. ";
    assert_she_is(&[(wrapped, "Ana Ruiz"), (&wrapped.replace('\n', " "), "Ana Ruiz")]);
    // Control: a paragraph of lines of their own (no lower-case line start) keeps its breaks.
    assert_she_is(&[("Head.\n\nIf the candidate for the harbour board is Ana\nRuiz, the answer is no. ", "she")]);
}

/// The names are read off the tokens: an abbreviation's token is one listed word ("Gov.", no
/// name "Eastvale Gov"), a possessive's last word is looked up by its stem ("Eastvale Times's"
/// names a paper, not a person) and names its stem, and quote marks are paired by the tokens'
/// view.
#[test]
fn a_lone_full_name_is_read_off_the_tokens() {
    assert_she_is(&[
        ("The former Eastvale Gov. and party leader Ana Ruiz spoke. ", "Ana Ruiz"),
        ("Yesterday, Eastvale Times's editorial backed Ana Ruiz. ", "Ana Ruiz"),
        ("The count was Ana Ruiz's win. ", "Ana Ruiz"),
        ("Voters doubt Ana Ruiz.\n\n\"Ask Tom Okafor,\" they said.\n\n", "she"),
    ]);
}

/// Capitalised words with letters outside ASCII are read as words in no list: an accented
/// full name is a name, and styled letters ("𝔗𝔥𝔢 𝔓𝔯𝔦𝔡𝔢", from the fuzz corpus) reach no ASCII-only
/// look-up (which asserts its input in test builds).
#[test]
fn a_lone_full_name_may_hold_letters_outside_ascii() {
    assert_she_is(&[
        ("If the candidate is Ana Álvarez, the answer is no. ", "Ana Álvarez"),
        ("If the candidate is 𝔗𝔥𝔢 𝔓𝔯𝔦𝔡𝔢, the answer is no. ", "𝔗𝔥𝔢 𝔓𝔯𝔦𝔡𝔢"),
    ]);
}

/// A capitalised word after a hard-wrapped paragraph's soft line break does not open a
/// sentence: "Young" there is a name the text capitalises inside a sentence, as on one line.
#[test]
fn a_word_after_a_soft_line_break_opens_no_sentence() {
    let before = "Tom Okafor said the vote was close.\n\n";
    let wrapped = "Young said the port would close on Friday, and\nwe met the harbour master of the town and\nYoung there, young and old. \u{201c}We will win the\ncount,\u{201d} she said.";
    assert_eq!(speaker_of(&format!("{before}{wrapped}"), "We will win"), "Young");
    assert_eq!(speaker_of(&format!("{before}{}", wrapped.replace('\n', " ")), "We will win"), "Young");
    // Control: a line of its own opens its sentence ("young" is then a word's opener only).
    let lines = "Young said the port would close on Friday, and we met them.\nYoung sailors, young and old, came. \u{201c}We will win the count,\u{201d} she said.";
    assert_eq!(speaker_of(&format!("{before}{lines}"), "We will win"), "she");
}

/// A "he" or "she" that lands on a speaker who is no person stays bare: an institution, a web
/// address, a word in capitals, a party's members, a word capitalised only for opening its
/// sentence that the text also writes in lower case. A person described by a role at an
/// institution, a surname ending in "s", and a name that also stands capitalised inside a
/// sentence keep it.
#[test]
fn a_pronoun_never_stands_for_what_is_no_person() {
    let before = "Tom Okafor said the vote was close.\n\n";
    for (speaker, pronoun) in [
        ("The Harbour Trade Council said the port would close. ", "he"),
        ("Eastvale University said the port would close. ", "she"),
        ("Portwatch.org said the port would close. ", "he"),
        ("NATO said the port would close. ", "he"),
        ("Republicans said the port would close. ", "he"),
        ("The demonstrators marched.\n\nDemonstrators said the port would close. ", "she"),
        ("The audience cheered.\n\nAudiences said the port would close. ", "she"),
        ("Anadolu, the official Turkish news agency, said the port would close. ", "he"),
    ] {
        let doc = format!("{before}{speaker}“We will win the count,” {pronoun} said.");
        assert_eq!(speaker_of(&doc, "win the count"), pronoun, "{speaker}");
    }
    for (speaker, name) in [
        (
            "A spokeswoman for the Harbour Trade Council said the port would close. ",
            "A spokeswoman for the Harbour Trade Council",
        ),
        ("Ana Sanders said the port would close. ", "Ana Sanders"),
        ("Young said the port would close, and we met Young there, young and old. ", "Young"),
        ("Waters said the port would close, and we met Waters by the water. ", "Waters"),
        ("Ana Ruiz, of Eastvale, Ore., said the port would close. ", "Ana Ruiz"),
    ] {
        let doc = format!("{before}{speaker}“We will win the count,” she said.");
        assert_eq!(speaker_of(&doc, "win the count"), name, "{speaker}");
    }
}

/// A "she" passes over the person the text calls "Mr." to the one named before; with no one
/// else named, it stays itself. A surname two people share ("Mrs. Okafor" beside "Tom
/// Okafor" and "Ada Okafor") and a title of the pronoun's own gender change nothing (must not
/// fire).
#[test]
fn a_pronoun_passes_over_a_person_of_the_other_gender() {
    let doc = "Ana Ruiz said the vote was close.\n\nTom Okafor said the count went on. Mr. Okafor left early. “We will win the count,” she said.";
    assert_eq!(speaker_of(doc, "win the count"), "Ana Ruiz");
    let doc = "Tom Okafor said the count went on. Mr. Okafor left early.\n\n“We will win the count,” she said.";
    assert_eq!(speaker_of(doc, "win the count"), "she");
    let doc = "Ana Ruiz said the vote was close.\n\nTom Okafor said the count went on. Mr. Okafor left early. “We will win the count,” he said.";
    assert_eq!(speaker_of(doc, "win the count"), "Tom Okafor");
    let doc = "Ana Ruiz said the vote was close. Ada Okafor ran.\n\nTom Okafor said the count went on. Mrs. Okafor left early. “We will win the count,” he said.";
    assert_eq!(speaker_of(doc, "win the count"), "Tom Okafor");
}

/// A "he" or "she" whose sentence names a known person only as a possessor before it
/// stands for that person (`possessor.rs`), not for the person named before the sentence.
#[test]
fn a_pronoun_after_a_possessor_in_its_sentence_is_the_possessor() {
    let head = "Head.\n\nAna Ruiz said the vote was close. Kofi Mensah said the count was slow.\n\nAma Lee said the count was fine.\n\n";
    for s in [
        "Mensah's biggest applause came when he said the port would close.",
        "Though Mensah's campaign has languished, he said the port would close.",
        "Voters seized upon Mr. Mensah's appearance, in which he said the port would close.",
    ] {
        assert_eq!(speaker_of(&format!("{head}{s}"), "port would close"), "Kofi Mensah", "{s}");
    }
    // Must not fire: a speaker named in the sentence before the pronoun, a "he" before the
    // possessive, a title of the other gender, a possessor of a name, an unknown possessor.
    for (s, want) in [
        ("Ama Lee told CNN that Mensah's plan was late, but she said the port would close.", "Ama Lee"),
        ("When she took the stage after Ruiz's introduction, she said the port would close.", "Ama Lee"),
        ("Voters heard of Mr. Ruiz's plan as she said the port would close.", "Ama Lee"),
        ("Voters heard of NBC's Tom Obi as she said the port would close.", "Ama Lee"),
        ("Voters heard of Diallo's plan as she said the port would close.", "Ama Lee"),
    ] {
        assert_eq!(speaker_of(&format!("{head}{s}"), "port would close"), want, "{s}");
    }
}

/// A sentence that opens with a full name of three words and a comma notes that person
/// ("Kofi Adjei Mensah, 44, …"), so a later bare surname is theirs, not a relative's who
/// speaks first. Not a plural noun before a list of names, nor a name after an abbreviation.
#[test]
fn a_three_word_name_opening_a_sentence_is_a_person() {
    let story = "Hacker sentenced.\n\nKofi Adjei Mensah, 44, known online as Ghost, was sentenced on Monday.\n\n\
                 “We need him,” his wife, Ama Serwaa Mensah, wrote in a letter.\n\n\
                 “I guessed passwords,” Mensah told the court.";
    assert_eq!(speaker_of(story, "guessed passwords"), "Kofi Adjei Mensah");
    // Must not fire: "Actors" is no given name; the list goes on after the comma.
    let story = "Ad pulled.\n\nActors Abena Serwaa Owusu, Tom Okafor and others criticized the ad.\n\n\
                 “It is offensive,” Owusu said.";
    assert_ne!(speaker_of(story, "It is offensive"), "Actors Abena Serwaa Owusu");
}
