//! Speakers read after their cue: an inverted cue's speaker past a description, a relative
//! clause or a quote's opening mark, a name after a comma's particle, and the report a quote is
//! relayed through ("according to", a closing "…, the Courier reported."). Apart from
//! [`super`]'s subjects read back from a cue, as the forward reading and the relay are rules
//! of their own.

use super::*;

#[test]
fn a_name_that_starts_the_reported_clause_is_not_an_inverted_speaker() {
    let s = "Kofi Mensah, a visiting fellow at the Harbour Institute, said Ruiz could file a complaint.";
    let (speaker, _, said) = the_one_in(s);
    assert_eq!(speaker, "Kofi Mensah", "{s}");
    assert!(said.starts_with("Ruiz could file"), "{said}");
    // An inverted speaker still takes a trailing place or time.
    assert_one_speaker("The bridge would open in May, said Kwame Mensah in a statement on Monday.", "Kwame Mensah");
}

#[test]
fn a_name_after_an_inverted_cues_description_is_the_speaker() {
    for s in [
        "“We will stay,” said Sanders’ campaign manager, Jeff Weaver.",
        "“We will stay,” said the campaign manager, Jeff Weaver, on Monday.",
    ] {
        let (speaker, description, _) = the_one_in(s);
        assert_eq!(speaker, "Jeff Weaver", "{s}");
        assert!(description.as_deref().is_some_and(|d| d.contains("campaign manager")), "{s}: {description:?}");
    }
}

/// A cue inverted before a quote's opening mark, after a comma or at the sentence start,
/// has its speaker after it, past a relative clause; not a phrase inside the opening before
/// the comma.
#[test]
fn an_inverted_cue_before_the_mark_has_the_speaker_after_it() {
    let speaker = |s: &str| speakers_of(s).into_iter().map(|(n, _, _)| n).collect::<Vec<_>>();
    // (The opening before the aside is the quote's lead-in: a frame of its own.)
    let got = speaker("Because of how officials drew the map, explained Ana Ruiz, “with this map the vote is over.”");
    assert!(!got.is_empty() && got.iter().all(|n| n == "Ana Ruiz"), "{got:?}");
    let got =
        speaker("Said Ana Ruiz, who grew up with Kofi Mensah in the old neighborhood, “We were all so proud of him.”");
    assert_eq!(got, ["Ana Ruiz"]);
    // After a subject and its appositive, the cue is the subject's: a time or the cue's
    // object after it is no speaker.
    let got = speaker("Ana Ruiz, a lawyer, said Thursday: “We will appeal.”");
    assert_eq!(got, ["Ana Ruiz"]);
    let got = speaker("Ana Ruiz, a former aide to the mayor, said of Mr. Mensah: “He is a fighter.”");
    assert_eq!(got, ["Ana Ruiz"]);
    let got = speaker("Recalling that night, Ana Ruiz, who led the campaign, said of Mensah: “He is a fighter.”");
    assert_eq!(got, ["Ana Ruiz"]);
    // A telling names its addressee.
    let got = speaker("The mayor spoke first, told Ana Ruiz: “We will appeal.”");
    assert!(!got.contains(&"Ana Ruiz".to_string()), "{got:?}");
}

#[test]
fn a_person_an_outlet_describes_after_an_inverted_cue_speaks() {
    assert_one_speaker(
        "In other words, explained BBC moderator Ana Ruiz: “What does that have to do with the docks?”",
        "Ana Ruiz",
    );
}

/// "“…,” Ruiz said, according to the Eastvale Courier": the words stay the speaker's,
/// relayed through the report named after "according to" (`via`, as "told Anadolu Agency"),
/// and the quote that goes on after it is hers too; the "according to" reports nothing of its
/// own.
#[test]
fn according_to_after_a_quotes_cue_names_its_relay() {
    let relayed = |s: &str| -> Vec<(String, Option<String>)> {
        let (_, fr) = frames(s);
        fr.iter().map(|f| (f.speaker.as_ref().map_or(String::new(), |s| s.name.clone()), f.via.clone())).collect()
    };
    let courier = Some("Eastvale Courier".to_string());
    let got = relayed(
        "“We will not close the port,” Ana Ruiz said at a press conference, according to the Eastvale Courier. “It stays open.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], ("Ana Ruiz".to_string(), courier.clone()), "{got:?}");
    assert_eq!(got[1].0, "Ana Ruiz", "{got:?}");
    let got = relayed("“We will not close the port,” said Ana Ruiz, the mayor, according to the Eastvale Courier.");
    assert_eq!(got, vec![("Ana Ruiz".to_string(), courier)], "{got:?}");
    // With no "according to", nothing is relayed.
    let got = relayed("“We will not close the port,” Ana Ruiz said at a press conference on Monday.");
    assert_eq!(got, vec![("Ana Ruiz".to_string(), None)], "{got:?}");
}

/// "“…,” said Ana Ruiz, the mayor, reports the Eastvale Courier." and "…, the Eastvale
/// Courier reported.": a relaying verb closing the sentence with its source relays the quote
/// as "according to" does.
#[test]
fn a_closing_relay_after_a_quotes_cue_names_its_relay() {
    let relayed = |s: &str| -> Vec<(String, Option<String>)> {
        let (_, fr) = frames(s);
        fr.iter().map(|f| (f.speaker.as_ref().map_or(String::new(), |s| s.name.clone()), f.via.clone())).collect()
    };
    let courier = Some("Eastvale Courier".to_string());
    for s in [
        "“We will not close the port,” said Ana Ruiz, the mayor, reports the Eastvale Courier.",
        "“We will not close the port,” Ana Ruiz said on Monday, the Eastvale Courier reported.",
    ] {
        let got = relayed(s);
        assert_eq!(got, vec![("Ana Ruiz".to_string(), courier.clone())], "{s}: {got:?}");
    }
    // The source's name runs on over a capitalised time word to the sentence's end.
    let s = "“We will not close the port,” said Ana Ruiz, the mayor, reports Eastvale Today.";
    let got = relayed(s);
    assert_eq!(got, vec![("Ana Ruiz".to_string(), Some("Eastvale Today".to_string()))], "{s}: {got:?}");
}

/// A name's lower-case particle right after a comma opens the name of a closing cue's
/// speaker (main found no quote in ", dos Santos says."); the particle inside a name, and a
/// capitalised name after the comma, are read as before.
#[test]
fn a_particle_after_a_comma_opens_the_speaker_s_name() {
    assert_first_speaker("Head.\n\nThe group plans to watch her case closely, dos Santos says.", "dos Santos");
    assert_first_speaker("Head.\n\nThe group plans to watch her case closely, Ana dos Santos says.", "Ana dos Santos");
    assert_first_speaker("Head.\n\nThe group plans to watch her case closely, Santos says.", "Santos");
}
