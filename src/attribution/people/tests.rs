//! Tests of `People`: its state, screens and buffers, the canonical name and the gender of a
//! pronoun (name cleaning: `name_text.rs`; whom a pronoun stands for: `tests/pronouns.rs`;
//! which full name a name stands for: `tests/names.rs`).

use super::subjects::starts_with_key;
use super::{copy_into, gender, speaker};
use super::{Gender, People, Spare, SpeakerRef, Toks};
use super::{MAX_BLOCK_MENTIONS, SCREEN_SURNAMES, SCREEN_SURNAME_BYTES, SPARE_NAME_BYTES, SPARE_SURNAMES};

mod names;
mod pronouns;

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
