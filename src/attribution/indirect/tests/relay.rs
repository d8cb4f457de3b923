//! Tests of relayed reported speech: a closing "according to X" or "…, X reported." after a
//! clause with its own speaker (the via), and the relaying outlet known later by its last word.

use crate::attribution::test_quotes::quotes;

/// (speaker name, reported clause, via) of every frame found in `s`.
fn found_via(s: &str) -> Vec<(String, String, Option<String>)> {
    quotes(&format!("Headline\n\n{s}"))
        .into_iter()
        .map(|q| (q.name().unwrap_or_default().to_string(), q.words, q.via))
        .collect()
}

/// "…, CNN reported." and "…, reports USA Today." relay a clause with its own speaker as a
/// closing "according to" does; with no other speaker, or at the sentence's start, the
/// source speaks.
#[test]
fn a_reported_clause_with_its_own_speaker_is_relayed_by_a_closing_relay() {
    for s in [
        "The port authority said it would close two docks next year, the Eastvale Courier reported.",
        "The port authority said it would close two docks next year, reports the Eastvale Courier.",
    ] {
        let got = found_via(s);
        let want = ("The port authority", "it would close two docks next year", Some("Eastvale Courier"));
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str(), got[0].2.as_deref()), want, "{s}: {got:?}");
    }
    for s in [
        "Turnout rose by a third in the northern towns, the Eastvale Courier reported.",
        "The Eastvale Courier reported that the port authority would close two docks.",
    ] {
        let got = found_via(s);
        assert!(got.iter().any(|g| g.0.contains("Eastvale Courier") && g.2.is_none()), "{s}: {got:?}");
    }
}

#[test]
fn a_reported_clause_with_its_own_speaker_is_relayed_by_a_closing_according_to() {
    let relayed = |s: &str, speaker: &str, content: &str, via: &str| {
        let got = found_via(s);
        assert_eq!(got, [(speaker.to_string(), content.to_string(), Some(via.to_string()))], "{s}");
    };
    relayed(
        "Ana Ruiz said she would run for mayor again next year, according to The Daily Star.",
        "Ana Ruiz",
        "she would run for mayor again next year",
        "Daily Star",
    );
    relayed(
        "On Monday, the port authority announced that it would close two docks, according to Reuters.",
        "the port authority",
        "that it would close two docks",
        "Reuters",
    );
    // With no speaker of its own, or a speaker inside another clause, the source speaks.
    for s in [
        "Turnout rose by a third in the northern towns, according to The Daily Star.",
        "After Ana Ruiz asked about it in an interview, the board became angry, according to a source.",
        "What Ana Ruiz has said privately about the plan is another story, according to Ben Lee.",
        "Most voters say they prefer lower taxes to new roads, according to a poll released Thursday.",
        "The board stressed that the roads are closed and, according to the ministry, the bridges are too.",
    ] {
        let got = found_via(s);
        assert!(got.iter().all(|g| g.2.is_none()), "{s}: {got:?}");
        assert!(!got.iter().any(|g| g.0 == "Ana Ruiz" || g.0 == "Most voters"), "{s}: {got:?}");
    }
}

/// A say-cue's plain object is no reported clause: "organizers added 160 guards …, the
/// Eastvale Courier reported" (or "…, according to …") is the source's, while a clause with
/// its own subject and verb, with no "that", is still relayed.
#[test]
fn a_say_cue_with_a_plain_object_is_not_relayed() {
    for s in [
        "In Eastvale, organizers added 160 security guards along the parade route, the Eastvale Courier reported.",
        "In Eastvale, organizers added 160 security guards along the parade route, according to the Eastvale Courier.",
    ] {
        let got = found_via(s);
        assert!(got.iter().all(|g| g.0 != "organizers"), "{s}: {got:?}");
        assert!(got.iter().any(|g| g.0.contains("Eastvale Courier") && g.2.is_none()), "{s}: {got:?}");
    }
    for (s, content) in [
        (
            "The Ruiz campaign said the candidate will be attending events in Lindon, the Eastvale Courier reported.",
            "the candidate will be attending events in Lindon",
        ),
        (
            "Ana Ruiz says her streak is proof she can still win, according to the Eastvale Courier.",
            "her streak is proof she can still win",
        ),
    ] {
        let got = found_via(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].1, content, "{s}: {got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Eastvale Courier"), "{s}: {got:?}");
    }
}

/// An outlet that relays ("…, the Eastvale Courier reported.") is no speaker there, but a
/// later "the Courier" is still that paper, as if it had spoken.
#[test]
fn a_relaying_outlet_is_known_by_its_last_word_later() {
    let got = found_via(
        "The port authority said it would close two docks next year, the Eastvale Courier reported.\n\n\
         The Courier said the docks had lost money for a decade.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].2.as_deref()), ("The port authority", Some("Eastvale Courier")), "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("Eastvale Courier", None), "{got:?}");
}
