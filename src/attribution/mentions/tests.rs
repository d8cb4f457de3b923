//! Tests of linking a speaker's mentions to the full name they stand for: the name shapes
//! read byte by byte against the character tests, the first-name scan against the map, and
//! whole documents whose surnames, first names and roles are linked or left as written.

/// Each quote's speaker name, in order (the quotes with a speaker).
fn speakers(s: &str) -> Vec<String> {
    crate::attribution::test_quotes::speakers(s).into_iter().flatten().collect()
}

/// The byte-level name tests give what splitting at spaces and reading characters gives.
#[test]
fn name_shapes_match_the_character_tests() {
    use super::{is_full_name, is_surname, role_of};
    let starts = |w: &str, f: fn(char) -> bool| w.starts_with(f);
    for s in [
        "Ana Ruiz",
        "Ana  Ruiz",
        "Ana ruiz",
        "Ana Ruiz ",
        " Ana",
        "Ruiz",
        "NATO",
        "\u{c9}lise Ruiz",
        "\u{c9}LISE",
        "\u{e9}lise",
        "the mayor",
        "The prime minister",
        "the Mayor",
        "the ",
        "the  mayor",
        "The \u{e9}lu",
        "the mayor ",
        "",
        " ",
        "R",
        "Ruiz\u{e9}",
        // Longer names, a space at every place in the first eight bytes and past them.
        "Abcdefg Hij",
        "Abcdefgh Ij",
        "Abcdefg hij",
        "Abcdefgh ij",
        "Abcdefghijklmno P",
        "Abcdefghijklmnop Q",
        "Abcdefghijklmnop q",
        "Ana Maria Ruiz Lopez",
        "Ana Maria Ruiz lopez",
        "Abcdefg  Hij",
        "Abcdefgh \u{c9}lise",
        "Abcdefg \u{e9}lise",
    ] {
        let full = s.contains(' ') && s.split(' ').all(|w| starts(w, char::is_uppercase));
        assert_eq!(is_full_name(s), full, "{s:?}");
        let surname = !s.contains(' ') && starts(s, char::is_uppercase) && s.chars().any(char::is_lowercase);
        assert_eq!(is_surname(s), surname, "{s:?}");
        let role = s
            .strip_prefix("the ")
            .or_else(|| s.strip_prefix("The "))
            .filter(|r| !r.is_empty() && r.split(' ').all(|w| starts(w, char::is_lowercase)));
        assert_eq!(role_of(s), role, "{s:?}");
    }
    assert!(matches!(super::lowered("prime minister"), std::borrow::Cow::Borrowed("prime minister")));
    assert_eq!(super::lowered("Prime Minister"), "prime minister");
    assert_eq!(super::lowered("premi\u{c8}re"), "premi\u{e8}re");
}

#[test]
fn a_name_word_no_token_holds_in_one_piece_is_in_no_list() {
    use super::in_a_list;
    assert!(in_a_list("University") && in_a_list("just"));
    assert!(!in_a_list("AC/DC") && !in_a_list("9/11") && !in_a_list("\u{c9}lise"));
}

#[test]
fn a_full_name_is_words_that_each_start_with_a_capital() {
    for (name, full) in [
        ("Ana Ruiz", true),
        ("Ana Maria \u{c9}lise Ruiz", true),
        ("Ruiz", false),
        ("Ana ruiz", false),
        ("ana Ruiz", false),
        ("Ana  Ruiz", false),
        ("Ana Ruiz ", false),
        (" Ana Ruiz", false),
        ("Ana \u{e9}lise", false),
        ("", false),
    ] {
        assert_eq!(super::is_full_name(name), full, "{name:?}");
        assert_eq!(name.contains(' ') && name.split(' ').all(super::starts_upper), full, "{name:?}");
    }
}

#[test]
fn a_surname_before_the_full_name_is_linked_to_it() {
    let got = speakers(
        "Ruiz vows to rebuild the old bridge\n\n\
         Mayor Ana Ruiz said the bridge would reopen in May.\n\n\
         \"We will not wait,\" the mayor said.",
    );
    assert_eq!(got, ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]);
}

#[test]
fn a_first_name_alone_is_linked_to_the_person_s_full_name() {
    let got = speakers(
        "Mayor Ana Ruiz said the bridge would reopen.\n\n\
         \"We will not wait,\" Ana said.",
    );
    assert_eq!(got, ["Ana Ruiz", "Ana Ruiz"]);
    // A capitalised particle is part of a person's name ("Bin" is listed as one).
    let got = speakers("Ahmed Bin Salem said the bridge would reopen.\n\n\"We will not wait,\" Ahmed said.");
    assert_eq!(got, ["Ahmed Bin Salem", "Ahmed Bin Salem"]);
}

/// The screen of the full names' first bytes turns away only words no full name opens
/// with: a word whose byte shares a full name's bit (a capital outside ASCII, "É" =
/// 0xC3 0x89, with "C") is still looked for.
#[test]
fn a_lone_word_is_screened_by_the_full_names_first_bytes() {
    assert_eq!(super::first_byte_bit(""), 0);
    assert_eq!(super::first_byte_bit("Ana"), 1 << (b'A' & 63));
    assert_eq!(super::first_byte_bit("\u{c9}lise"), super::first_byte_bit("Carlos"));
    for (text, want) in [
        // A first name outside ASCII passes the screen and is linked.
        (
            "\u{c9}lise Ruiz said the bridge would reopen.\n\n\"We will not wait,\" \u{c9}lise said.",
            &["\u{c9}lise Ruiz"; 2][..],
        ),
        // Its bit is that of "Carlos": the scan, not the screen, leaves it alone.
        (
            "Carlos Ruiz said the bridge would reopen.\n\n\"We will not wait,\" \u{c9}lise said.",
            &["Carlos Ruiz", "\u{c9}lise"],
        ),
        // No full name opens with its letter (control).
        ("Ana Ruiz said the bridge would reopen.\n\n\"We will not wait,\" Ben said.", &["Ana Ruiz", "Ben"]),
    ] {
        assert_eq!(speakers(text), want, "{text}");
    }
}

#[test]
fn a_first_word_that_is_no_person_s_first_name_stays_as_written() {
    for (text, want) in [
        // An institution holds the name: the word alone is the person's surname.
        (
            "Ruiz University said the bridge would reopen.\n\n\"We will not wait,\" Ruiz said.",
            &["Ruiz University", "Ruiz"][..],
        ),
        // Two people share the first name.
        (
            "Ana Ruiz said the bridge would reopen.\n\nAna Mensah said it would not.\n\n\"We will wait,\" Ana said.",
            &["Ana Ruiz", "Ana Mensah", "Ana"],
        ),
        // A full name's surname is read as one, not as the first name of another.
        (
            "Lee Ana said the bridge would reopen.\n\nAna Mensah said it would not.\n\n\"We will wait,\" Ana said.",
            &["Lee Ana", "Ana Mensah", "Lee Ana"],
        ),
    ] {
        assert_eq!(speakers(text), want, "{text}");
    }
}

/// The two forms of the first-name look-up, the scan of the frames ([`super::one_named_first`],
/// up to `SCANNED_FRAMES` frames) and the map of first names ([`super::first_names`], past
/// that), give every word the same full name, or none.
#[test]
fn the_scan_and_the_map_of_first_names_agree() {
    use super::{first_names, one_named_first, Frame, SpeakerRef};
    use crate::report::QuoteStyle;
    let frame = |name: &str, anonymous: bool| Frame {
        content: 0..0,
        style: QuoteStyle::Direct,
        speaker: (!name.is_empty()).then(|| SpeakerRef {
            name: name.to_string(),
            description: None,
            span: 0..0,
            anonymous,
        }),
        cue: None,
        via: None,
        extent: 0..0,
        group: 0,
    };
    let stories: [&[(&str, bool)]; 6] = [
        // One person, named again and alone.
        &[("Ana Ruiz", false), ("Ana Ruiz", false), ("Ana", false), ("Ruiz", false)],
        // Two people share a first name; a third is named twice.
        &[("Ana Ruiz", false), ("Ana Mensah", false), ("Lee Wei", false), ("Lee Wei", false)],
        // No full name: an unnamed source, lower case, a double space, a leading space.
        &[("Ana Ruiz", true), ("Ana ruiz", false), ("Ana  Ruiz", false), (" Ana", false), ("Ana", false)],
        // A first name that opens a longer one, a particle, capitals, a frame with no speaker.
        &[("Ahmed Bin Salem", false), ("Ahmedou Diallo", false), ("", false), ("ANA RUIZ", false)],
        // The same first name in a full name, an unnamed one and a surname ("Lee Ana").
        &[("Ana Ruiz", false), ("Ana Mensah", true), ("Lee Ana", false), ("\u{c9}lise Ruiz", false)],
        &[],
    ];
    let mut linked = 0;
    for story in stories {
        let frames: Vec<Frame> = story.iter().map(|&(name, anonymous)| frame(name, anonymous)).collect();
        let map = first_names(&frames);
        let asked = story.iter().flat_map(|(name, _)| name.split(' ')).chain(["Ana", "Lee", "Ahmed", "", "Ruiz"]);
        for word in asked {
            let scanned = one_named_first(&frames, word);
            linked += usize::from(scanned.is_some());
            assert_eq!(scanned, map.get(word).copied().flatten(), "{word:?} in {story:?}");
        }
    }
    assert!(linked >= 5, "{linked} first names linked");
}

#[test]
fn a_surname_or_role_two_people_share_stays_as_written() {
    let got = speakers(
        "Mayor Ana Ruiz said the bridge would reopen.\n\n\
         Mayor Carlos Ruiz said it would not.\n\n\
         The mayor said the vote was close.",
    );
    assert_eq!(got, ["Ana Ruiz", "Carlos Ruiz", "The mayor"]);
}

/// News style names a person in full at the first mention, which may quote no one, then by
/// the surname: the quotes by the surname take the full name.
#[test]
fn a_surname_takes_the_full_name_the_text_first_writes() {
    for (text, want) in [
        // Named in full where nobody is quoted ("Bernie Sanders, who …").
        (
            "Head.\n\nIt is how Bernie Sanders, who ran last year, raised money.\n\n\"We will win,\" Sanders said.",
            "Bernie Sanders",
        ),
        // A middle initial; a title before the name is no part of it.
        ("Head.\n\nThe plan won over Senator Harry M. Reid.\n\n\"We will win,\" Reid said.", "Harry M. Reid"),
        // The headline's bare surname comes before the full name.
        ("Reid Speaks\n\nThe plan won over Harry Reid.\n\n\"We will win,\" Reid said.", "Harry Reid"),
        // One person named two ways, with the same first name: the first written.
        ("Head.\n\nThe plan won over Ana Ruiz. It left Ana M. Ruiz alone.\n\n\"We will win,\" Ruiz said.", "Ana Ruiz"),
    ] {
        assert_eq!(speakers(text), [want], "{text}");
    }
}

#[test]
fn a_surname_the_text_names_otherwise_stays_as_written() {
    for (text, want) in [
        // Two people share the surname ("Bill and Hillary Clinton" names Hillary alone).
        ("Head.\n\nThe plan of Bill Clinton and Ana Clinton won.\n\n\"We will win,\" Clinton said.", "Clinton"),
        // The first mention is the word alone: a place or a body, not a person's surname.
        ("Head.\n\nTroops left Ruiz. The plan won over Ana Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
        // A headline's Title Case words are no first name.
        ("Why Does Ruiz Refuse\n\nTroops left Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
        // The first name is not told apart from the words before it.
        ("Head.\n\nThe plan won over Secretary of State Ana Ruiz.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
        // A listed word is no first name (control: no full name at all).
        ("Head.\n\nPresident Ruiz spoke.\n\n\"We will win,\" Ruiz said.", "Ruiz"),
        // A kind of person in the plural is no surname.
        ("Head.\n\nThe plan won over Ana Democrats.\n\n\"We will win,\" Democrats said.", "Democrats"),
    ] {
        assert_eq!(speakers(text), [want], "{text}");
    }
}

/// A bare surname that only one speaker's full name holds is that speaker's, unless the
/// text named another person in full with it first and then called that person by it
/// ("Bernie Sanders … Sanders said", then "Jane Sanders said").
#[test]
fn a_surname_the_text_gave_another_person_first_is_that_person_s() {
    let text = "What next for Mensah?\n\nIt is how Kofi Mensah, who ran last year, raised money. Mensah \
                won.\n\n\"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.";
    assert_eq!(speakers(text), ["Kofi Mensah", "Ama Mensah"]);
    // A given and a middle name after a word in lower case: the three words are the full name.
    let text = "What next for Mensah?\n\nIt was good for a young Kofi Ato Mensah. Mensah \
                won.\n\n\"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.";
    assert_eq!(speakers(text), ["Kofi Ato Mensah", "Ama Mensah"]);
    for (text, want) in [
        // Must not fire: the speaker is the first named in full.
        (
            "What next for Mensah?\n\nIt is how Ama Mensah, who ran, raised money. Mensah won.\n\n\
             \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
            ["Ama Mensah", "Ama Mensah"],
        ),
        // Must not fire: the surname alone follows the speaker's full name, not the other's.
        (
            "What next for Mensah?\n\nIt is how Kofi Mensah, who ran, raised money.\n\n\
             \"He will,\" Ama Mensah said.\n\n\"We will win,\" Mensah said.",
            ["Ama Mensah", "Ama Mensah"],
        ),
        // Must not fire: the headline does not write the surname.
        (
            "Head.\n\nIt is how Kofi Mensah, who ran, raised money. Mensah won.\n\n\
             \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
            ["Ama Mensah", "Ama Mensah"],
        ),
        // Must not fire: the headline names the speaker, the story's subject.
        (
            "Ama Mensah Speaks\n\nIt is how Kofi Mensah, who ran, raised money. Mensah won.\n\n\
             \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
            ["Ama Mensah", "Ama Mensah"],
        ),
        // Must not fire: a hyphenated given name is not another person's.
        (
            "What next for Mensah?\n\nIt is how Anne-Marie Mensah, who ran, raised money. Mensah won.\n\n\
             \"We will win,\" Mensah said.\n\n\"He will,\" Anne-Marie Mensah said.",
            ["Anne-Marie Mensah", "Anne-Marie Mensah"],
        ),
        // Must not fire: three capitalised words after "of" are a body's and a full name.
        (
            "What next for Mensah?\n\nIt is how Secretary of State Kofi Mensah raised money. Mensah won.\n\n\
             \"We will win,\" Mensah said.\n\n\"He will,\" Ama Mensah said.",
            ["Ama Mensah", "Ama Mensah"],
        ),
    ] {
        assert_eq!(speakers(text), want, "{text}");
    }
}

#[test]
fn a_role_before_anyone_is_named_for_it_stays_as_written() {
    let got = speakers(
        "The mayor said the bridge would reopen.\n\n\
         Mayor Ana Ruiz said it would reopen in May.",
    );
    assert_eq!(got, ["The mayor", "Ana Ruiz"]);
}
