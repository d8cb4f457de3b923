//! Tests of `People`: pronouns, surnames, noted subjects and the buffers (name cleaning: `name_text.rs`).

use super::subjects::starts_with_key;
use super::{copy_into, gender, speaker};
use super::{Gender, People, Spare, SpeakerRef, Toks};
use super::{MAX_BLOCK_MENTIONS, SCREEN_SURNAMES, SCREEN_SURNAME_BYTES, SPARE_NAME_BYTES, SPARE_SURNAMES};

/// The first-byte screen answers as `starts_with` does, for empty, shorter and longer
/// keys and texts and non-ASCII bytes.
#[test]
fn a_key_starts_the_text_as_starts_with_says() {
    let cases: [&[u8]; 9] = [b"", b"R", b"Ruiz", b"Ruizes", b"Lee", b"ruiz", b"Ru", "\u{d3}rban".as_bytes(), b"\xc3"];
    for rest in cases {
        for key in cases {
            assert_eq!(starts_with_key(rest, key), rest.starts_with(key), "{rest:?} {key:?}");
        }
    }
}

/// The subject of a block's last sentence is the same whether `note_subjects` kept it
/// ("Mayor …": a title word lets it look) or it is looked up afresh ("Then she left."), and
/// whether the limit is the sentence's end or its final period.
#[test]
fn the_last_sentences_subject_is_kept_as_looked_up() {
    use crate::attribution::{tokens, view::Toks};
    for (s, kept) in [
        ("Mayor Ana Ruiz went on with her criticism of the budget.", true),
        ("In March, council chair Ben Ruiz spoke again.", true),
        ("Then she left.", false),
    ] {
        let mut toks = Vec::new();
        tokens::tokenize(s, 0..s.len(), &mut toks);
        let tk = Toks::new(s, &toks, &[]);
        let end = tk.len();
        let mut people = People::default();
        people.start_block();
        people.note_subjects(&tk, &[0], &[end]);
        assert_eq!(people.last_subject.is_some(), kept, "{s}");
        let fresh = speaker::subject_past_opening(&tk, 0, end);
        assert!(fresh.as_ref().is_some_and(|np| np.name.is_some() || np.pronoun), "{s}");
        assert_eq!(format!("{:?}", people.subject_past_opening(&tk, 0, end)), format!("{fresh:?}"), "{s}");
        assert_eq!(format!("{:?}", speaker::subject_past_opening(&tk, 0, end - 1)), format!("{fresh:?}"), "{s}");
        people.start_block();
        assert!(people.last_subject.is_none());
    }
}

/// A speaker copied over the one a slot holds (its strings reused) equals the speaker,
/// every field of it.
#[test]
fn a_speaker_copied_into_a_slot_equals_it() {
    let named = SpeakerRef {
        name: "Ana Ruiz".to_string(),
        description: Some("the county's water director".to_string()),
        span: 3..11,
        anonymous: false,
    };
    let unnamed = SpeakerRef { name: "officials".to_string(), description: None, span: 40..49, anonymous: true };
    let mut slot = None;
    for speaker in [&named, &unnamed, &named, &named] {
        copy_into(&mut slot, speaker);
        assert_eq!(slot.as_ref(), Some(speaker));
    }
}

/// The last speaker of any kind is the last one remembered, a person or not, also once a
/// block's end has made another the last person (kept once when it is the last person).
#[test]
fn the_last_speaker_of_any_kind_is_the_last_remembered() {
    let named = |name: &str, span: std::ops::Range<usize>| SpeakerRef {
        name: name.to_string(),
        description: None,
        span,
        anonymous: false,
    };
    let council = SpeakerRef { name: "the council".to_string(), anonymous: true, ..named("", 0..11) };
    let (ruiz, okafor) = (named("Ana Ruiz", 10..18), named("Tom Okafor", 50..60));
    let mut people = People::default();
    people.start_block();
    people.remember(&council, false);
    assert_eq!(people.latest_any().as_ref(), Some(&council));
    people.remember(&okafor, true);
    people.remember(&ruiz, true);
    assert_eq!(people.latest_any().as_ref(), Some(&ruiz));
    // The block's end makes the person named last in the text the last person.
    people.end_block(&Toks::new("", &[], &[]), &[], &mut []);
    assert_eq!(people.last_person.as_ref(), Some(&okafor));
    assert_eq!(people.latest_any().as_ref(), Some(&ruiz));
    people.start_block();
    people.remember(&council, false);
    assert_eq!(people.latest_any().as_ref(), Some(&council));
    assert_eq!(people.last_person.as_ref(), Some(&okafor));
}

/// The surname screen of `note_subjects` stays on while the surnames are few and short,
/// and goes off for good past either bound (each sentence is then searched, as before it).
#[test]
fn the_surname_screen_is_bounded() {
    let mut people = People::default();
    for i in 0..SCREEN_SURNAMES {
        people.canonical(&format!("Ana Ruiz{i}"));
    }
    assert!(people.screen_surnames);
    people.canonical("Kofi Mensah");
    assert!(!people.screen_surnames);
    people.canonical("Abena Owusu");
    assert!(!people.screen_surnames);
    let mut people = People::default();
    people.canonical("Ana Ruiz");
    people.canonical(&format!("Kofi {}", "M".repeat(SCREEN_SURNAME_BYTES + 1)));
    assert!(!people.screen_surnames);
}

/// The surname screen finds a known surname at a token whether the surnames all start
/// with a capital (only capitalised words are then read) or one does not.
#[test]
fn the_surname_screen_finds_surnames_in_any_case() {
    use crate::attribution::{tokens, view::Toks};
    let may_note = |people: &People, s: &str| {
        let mut toks = Vec::new();
        tokens::tokenize(s, 0..s.len(), &mut toks);
        let tk = Toks::new(s, &toks, &[]);
        people.may_note(&tk, 0, tk.len())
    };
    let mut people = People::default();
    people.canonical("Ana Ruiz");
    assert!(!people.surname_not_capital);
    assert!(may_note(&people, "then Ruiz's plan went ahead."));
    assert!(!may_note(&people, "then the plan went ahead."));
    people.canonical("Ben de la cruz");
    assert!(people.surname_not_capital);
    assert!(may_note(&people, "then cruz left."));
    assert!(may_note(&people, "then Ruiz left."));
    assert!(!may_note(&people, "then the plan went ahead."));
}

/// The spare mentions kept from one document for the next are as many as a block may
/// note, however many the documents before noted (they grew by every document's subjects);
/// the lone-name rule's quoted state is kept for its buffer only, empty in the next document.
#[test]
fn the_spare_mentions_are_bounded() {
    let named =
        |i: usize| SpeakerRef { name: format!("Ana Ruiz{i}"), description: None, span: i..i + 1, anonymous: false };
    let spare =
        Spare { named: (0..MAX_BLOCK_MENTIONS).map(named).collect(), quoted: vec![true; 40], surnames: Vec::new() };
    let quoted = People::with_spare(spare).into_spare().quoted;
    assert!(quoted.is_empty() && quoted.capacity() >= 40);
    let spare = Spare { named: (0..MAX_BLOCK_MENTIONS).map(named).collect(), quoted: Vec::new(), surnames: Vec::new() };
    let mut people = People::with_spare(spare);
    people.block_named.extend((0..10).map(named));
    let spare = people.into_spare();
    assert_eq!(spare.named.len(), MAX_BLOCK_MENTIONS);
    let mut people = People::with_spare(spare);
    people.start_block();
    people.remember(&named(99), true);
    assert_eq!(people.into_spare().named.len(), MAX_BLOCK_MENTIONS);
}

/// The surnames' strings reach the next document for their buffers alone, as many as
/// [`SPARE_SURNAMES`] at most: a surname of the document before stands for no one there.
#[test]
fn the_spare_surnames_are_bounded_and_name_no_one() {
    let mut people = People::default();
    people.canonical("Ana Ruiz");
    let spare = people.into_spare();
    assert_eq!(spare.surnames.len(), 2);
    let mut people = People::with_spare(spare);
    assert_eq!(people.canonical("Ruiz"), "Ruiz");
    people.canonical("Kofi Mensah");
    assert_eq!(people.canonical("Mensah"), "Kofi Mensah");
    assert!(people.spare_surnames.is_empty());
    for i in 0..3 * SPARE_SURNAMES {
        people.canonical(&format!("Ana Ruiz{i}"));
    }
    people.canonical(&format!("Ana {}", "Long".repeat(SPARE_NAME_BYTES)));
    let spare = people.into_spare();
    assert_eq!(spare.surnames.len(), 2 * SPARE_SURNAMES);
    assert!(spare.surnames.iter().all(|s| s.capacity() <= SPARE_NAME_BYTES));
}

/// The speaker of each quote whose content contains `part`.
fn speaker_of(doc: &str, part: &str) -> String {
    let quotes = crate::attribution::test_quotes::quotes(doc);
    let q = quotes.iter().find(|q| q.words.contains(part)).expect("a quote");
    q.name().unwrap_or_default().to_string()
}

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

/// A name written into a kept buffer is the name [`People::canonical`] gives, whatever
/// the buffer held, and registers the surname as it does.
#[test]
fn a_name_written_into_a_kept_buffer_is_the_canonical_one() {
    let mut people = People::default();
    let mut buffer = "Someone Else Entirely".to_string();
    for raw in ["Ana  Ruiz", "Ruiz", "Ruiz's", "Ben\tde la Cruz", "Cruz", "Okafor"] {
        let mut fresh = People::default();
        fresh.canonical("Ana Ruiz");
        fresh.canonical("Ben de la Cruz");
        people.canonical_into(raw, &mut buffer);
        assert_eq!(buffer, fresh.canonical(raw), "{raw:?}");
    }
    assert_eq!(people.canonical("Cruz"), "Ben de la Cruz");
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

/// `gender` knows the eight third-person forms in any case, and no other word: those that
/// pass its first-byte screen ("hero", "Shelf", "hi") included.
#[test]
fn gender_knows_the_third_person_forms_only() {
    for (word, expected) in [
        ("he", Some(Gender::He)),
        ("His", Some(Gender::He)),
        ("HIMSELF", Some(Gender::He)),
        ("him", Some(Gender::He)),
        ("She", Some(Gender::She)),
        ("her", Some(Gender::She)),
        ("Hers", Some(Gender::She)),
        ("herself", Some(Gender::She)),
        ("", None),
        ("h", None),
        ("hi", None),
        ("hero", None),
        ("Shelf", None),
        ("hisself", None),
        ("they", None),
        ("I", None),
        ("h\u{e9}", None),
    ] {
        assert_eq!(gender(word.as_bytes()), expected, "{word:?}");
    }
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
