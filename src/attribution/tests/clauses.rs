//! What was said: reported clauses and their edges, quotes that are names or slogans,
//! asides and colon introductions.

mod openings;

use super::*;

/// The first mixed quote of `s`: what it says and its speaker's name; fails naming `s` if it
/// has none.
#[track_caller]
fn mixed_quote(s: &str) -> (String, Option<String>) {
    let (text, fr) = frames(s);
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed);
    let f = f.unwrap_or_else(|| panic!("{s}: no mixed quote in {fr:?}"));
    (text.slice(&f.content).to_string(), f.speaker.as_ref().map(|sp| sp.name.clone()))
}

/// Asserts that some quote of each sentence starts with the words given with it.
#[track_caller]
fn assert_a_quote_starts_with(cases: &[(&str, &str)]) {
    for &(s, content) in cases {
        let (text, fr) = frames(s);
        assert!(fr.iter().any(|f| text.slice(&f.content).starts_with(content)), "{s}: {fr:?}");
    }
}

#[test]
fn a_cue_joined_by_a_coordinator_to_another_verb_reports_nothing() {
    // The coordinator right after the cue joins it to a second verb: what follows is that
    // verb's object or predicate, no clause the cue reports.
    for s in [
        "The mayor has never sought or served in public office before this year.",
        "Ana Ruiz endorsed and has raised money for the challenger in the spring primary.",
        "Some of the customers never asked for or just were confused by the new cards.",
        "The council wrote and adopted the charter under which the town still lives.",
    ] {
        let got = speakers_of(s);
        assert!(got.is_empty(), "{s}: {got:?}");
    }
    // A second cue after the coordinator still reports its own clause.
    let (_, _, said) = the_one_in("Ana Ruiz believed and hoped that the board would change its mind.");
    assert_eq!(said, "that the board would change its mind");
}

#[test]
fn a_participle_with_a_preposition_reports_nothing() {
    let got = speakers_of(
        "The laws proposed during the 1970s were harsh. Groups supported by the brothers had seized on the issue.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_reported_clause_starts_at_its_subject() {
    for (s, start) in [
        ("Sullivan says he is satisfied that there has been no illegal disclosure.", "he is satisfied"),
        ("Trump told the forum he was against the war in Iraq.", "he was against"),
        ("Smith told reporters on Monday that the plan had failed.", "that the plan"),
    ] {
        let (_, _, said) = the_one_in(s);
        assert!(said.starts_with(start), "{s}: {said:?}");
    }
}

#[test]
fn a_colon_introduces_its_subjects_quote() {
    let got = speakers_of("Clinton: “Our goal is to defeat ISIS.” Bush: “The mission is to destroy ISIS.”");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Clinton", "{got:?}");
    assert_eq!(got[1].0, "Bush", "{got:?}");
}

#[test]
fn cueless_fragment_runs_from_after_the_subjects_verb() {
    let (said, speaker) =
        mixed_quote("Cruz blamed the new law on “knuckleheaded Democratic politicians” in the state.");
    assert_eq!(said, "the new law on “knuckleheaded Democratic politicians” in the state");
    assert_eq!(speaker.as_deref(), Some("Cruz"));
    // A possessive after the name is no verb: the fragment stays as it is.
    let (text, fr) = frames("Johnson’s doctor is calling the candidate “extremely physically fit.”");
    assert!(fr.iter().all(|f| !text.slice(&f.content).starts_with("s doctor")));
}

#[test]
fn a_short_quote_its_sentence_goes_on_from_is_a_name() {
    let (_, fr) = frames("The network has two hits. “Lilyhammer” follows a mobster who moves to Norway.");
    assert!(fr.is_empty(), "{fr:?}");
    // Spoken words before an inverted cue stay quotes.
    let (_, fr) = frames("The crowd was loud. “This is fantastic!” beamed Donald Hartley of Madison.");
    assert_eq!(fr.len(), 1, "{fr:?}");
}

#[test]
fn a_fragment_clause_ends_at_a_comma_inside_its_closing_mark() {
    let (said, _) = mixed_quote(
        "Trump further described the incident as a “terrible situation,” but stopped short of calling it a crime.",
    );
    assert!(said.ends_with("situation,”"), "{said:?}");
}

#[test]
fn a_reported_clause_ends_at_a_dash_after_its_last_quoted_words() {
    let (said, _) = mixed_quote("Gingrich said Estonia was in the “suburbs of St. Petersburg” — a phrase that stuck.");
    assert!(said.ends_with("Petersburg”"), "{said:?}");
}

#[test]
fn a_participle_that_reports_the_quote_is_its_own_clause() {
    let (said, speaker) = mixed_quote(
        "Sanders criticized the accord adopted in Paris, saying the agreement goes “nowhere near far enough.”",
    );
    assert!(said.starts_with("the agreement goes"), "{said:?}");
    assert_eq!(speaker.as_deref(), Some("Sanders"), "{said:?}");
}

#[test]
fn a_byline_place_is_no_reported_clause() {
    let got = speakers_of("Ana Ruiz reported from Los Angeles. Ben Ruiz reported from Madrid, Spain.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_closing_as_aside_reports_the_clause_before_it() {
    for (s, content, speaker) in [
        (
            "Staff discussed a walkout in the event of his ouster, as Breitbart reported a few days later.",
            "Staff discussed a walkout in the event of his ouster",
            "Breitbart",
        ),
        ("The plan failed, as Kwame Mensah noted.", "The plan failed", "Kwame Mensah"),
        (
            "Ana Ruiz met the minister that day, as The Daily Star reported on Tuesday, and she will lead the talks.",
            "Ana Ruiz met the minister that day",
            "Daily Star",
        ),
    ] {
        let (name, _, said) = the_one_in(s);
        assert_eq!((name.as_str(), said.as_str()), (speaker, content), "{s}");
    }
}

#[test]
fn a_plural_noun_is_no_cue() {
    for s in [
        "Kasich is campaigning in Vermont and other swing states that vote on March 1.",
        "The initial reports that the plan had failed were wrong.",
    ] {
        assert!(speakers_of(s).is_empty(), "{s}: {:?}", speakers_of(s));
    }
    for (s, speaker) in [
        ("The document states that the plan had failed.", "The document"),
        ("He states that the plan had failed.", "He"),
        ("Ana Ruiz states that the plan had failed.", "Ana Ruiz"),
    ] {
        assert_one_speaker(s, speaker);
    }
}

#[test]
fn a_slogan_right_after_a_cue_of_quoted_words_only_is_a_quote() {
    // Capitalised words after "chanting" are a cry, not a title; with no comma the cue still
    // takes them as they stand.
    for (s, words) in [
        ("The marchers crossed the bridge, waving flags and chanting \"Save Our Mill.\"", "Save Our Mill."),
        ("The marchers crossed the bridge and chanted “Save the mill now!”", "Save the mill now!"),
        // A song's words, sung.
        ("The band leader called the crowd to the stage, singing \"Our Time Has Come.\"", "Our Time Has Come."),
    ] {
        assert_eq!(the_one_in(s).2, words, "{s}");
    }
    // The participle after a comma sings for the sentence's subject, not for a capitalised
    // word of the object; past an opening phrase, for no one rather than that word.
    assert_one_speaker(
        "The band leader called Democratic donors to the stage, singing \"Our Time Has Come.\"",
        "The band leader",
    );
    assert_one_speaker(
        "In December, the band leader called Democratic donors up, singing \"Our Time Has Come.\"",
        "the band leader",
    );
    // An opening preposition that is no function word ("At") opens such a phrase too.
    assert_one_speaker(
        "At the cookout, the band leader called Democratic donors up, singing \"Our Time Has Come.\"",
        "the band leader",
    );
    let got = the_one_in("At the cookout, bands called Democratic donors up, singing \"Our Time Has Come.\"");
    assert_ne!(got.0, "Democratic", "{got:?}");
    // A name that opens the sentence, or a clause past an opening phrase, still sings.
    assert_one_speaker("Ana Ruiz called the donors to the stage, singing \"Our Time Has Come.\"", "Ana Ruiz");
    assert_one_speaker(
        "On Thursday, after a long silence, Ruiz joined the donors, singing \"Our Time Has Come.\"",
        "Ruiz",
    );
    // A title after a plain verb stays a name.
    assert!(speakers_of("The marchers watched \"Save Our Mill\" at the town hall.").is_empty());
    // Singing with no quoted words quotes nothing.
    assert!(speakers_of("She sang at the harvest festival in May.").is_empty());
}

#[test]
fn quoted_words_typed_are_the_typists_words() {
    // "typed" introduces the words written, as "wrote" and "texted" do.
    let s = "On the form, in a box labeled \u{201c}reason,\u{201d} a clerk had typed \u{201c}lost in transit.\u{201d}";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content) == "lost in transit."), "{fr:?}");
    // Typing with no quoted words quotes nothing.
    assert!(speakers_of("She typed the report at her desk on Monday.").is_empty());
    // The label's name before the cue is no words of the cue's: only the typed words are.
    let got = speakers_of(s);
    assert!(got.iter().all(|(who, _, words)| !words.contains("reason") || who.is_empty()), "{got:?}");
}

#[test]
fn capitalised_words_a_cue_of_quoted_words_only_names_through_its_object_are_a_slogan() {
    let s = "In her speech, Ana Ruiz proclaimed a goal of \"Ferries For Everyone.\" She left at noon.";
    assert_eq!(the_one_in(s).2, "a goal of \"Ferries For Everyone.\"");
    // Must not: a title after a plain verb's object phrase stays a name.
    assert!(speakers_of("In her speech, Ana Ruiz watched a film of \"Ferries For Everyone.\" She left.").is_empty());
}

#[test]
fn a_web_address_alone_is_no_reported_clause() {
    // The link after "reports:" points to the report; it reports no words.
    assert!(speakers_of(
        "The museum will move downtown, Ana Ruiz at the Daily Ledger reports: http://example.com/x7Rq2."
    )
    .is_empty());
    // A clause after the colon stays one.
    the_one_in("Ana Ruiz at the Daily Ledger reports: the museum will move downtown next year.");
}

#[test]
fn a_time_phrase_after_the_cue_is_no_reported_clause() {
    // "after …", "before …" place the saying in time; they report nothing.
    assert!(speakers_of("The crowd was far smaller than the 9,000 a day the organisers estimated before the opening.")
        .is_empty());
    // With "that" the clause still follows.
    let (_, _, said) = the_one_in("Ana Ruiz said after the vote that the plan had failed.");
    assert!(said.contains("the plan had failed"), "{said:?}");
}

#[test]
fn an_outlet_after_an_attributed_quote_reports_no_second_clause() {
    // "according to …" after a quote and its own "X said" names where the quote was reported.
    let (name, _, _) =
        the_one_in("“We will not let them close the mill,” Ana Ruiz said, according to a transcript of the meeting.");
    assert_eq!(name, "Ana Ruiz");
    // A clause of the outlet's own stays reported.
    the_one_in("The mill will close in March, according to a transcript of the meeting.");
}

#[test]
fn a_clause_may_follow_a_time_phrase_after_the_cue() {
    assert_eq!(the_one_in("Ana Ruiz said after the vote she would not run again.").2, "she would not run again");
    // In any case: a capital or an all-caps preposition places the saying too.
    for s in [
        "Ana Ruiz said After the vote she would not run again.",
        "Ana Ruiz said AFTER the vote she would not run again.",
    ] {
        assert_eq!(the_one_in(s).2, "she would not run again", "{s}");
    }
    let (_, _, said) =
        the_one_in("Ana Ruiz explained after winning the county on Monday, she would need most of the rest.");
    assert!(said.starts_with("she would need"), "{said:?}");
}

#[test]
fn a_cueless_fragment_reports_the_clause_that_opens() {
    // The fragment's clause starts at its complementizer "that", as a mixed quote does.
    for (s, content) in [
        (
            "“We will reopen it,” Ana Ruiz said on Monday, remarking that the mill is “a treasure worth saving.”",
            "that the mill is “a treasure worth saving.",
        ),
        (
            "The mayor, Ana Ruiz, holds that the old mill is “a treasure worth saving for our children.”",
            "that the old mill is “a treasure worth saving for our children.",
        ),
    ] {
        let (said, speaker) = mixed_quote(s);
        assert_eq!(said, content, "{s}");
        assert_eq!(speaker.as_deref(), Some("Ana Ruiz"), "{s}");
    }
    // A relative "that" (a verb follows it) opens no reported clause.
    let (said, _) = mixed_quote(
        "“We will reopen it,” Ana Ruiz said on Monday, holding up a rule that requires owners to “keep the mill standing.”",
    );
    assert_eq!(said, "keep the mill standing.");
}

#[test]
fn a_quoted_sentence_set_off_by_a_comma_is_direct() {
    // Words between the cue and the comma are not quoted: the quote is the sentence in marks.
    for s in [
        "No wonder Ana Ruiz said, and I quote, “We will keep every job here.”",
        "Ana Ruiz wrote on her blog, in capital letters, “We will keep every job here.”",
    ] {
        let (text, fr) = frames(s);
        assert_eq!(fr.len(), 1, "{s}: {fr:?}");
        assert_eq!(fr[0].style, QuoteStyle::Direct, "{s}");
        assert_eq!(text.slice(&fr[0].content), "We will keep every job here.", "{s}");
    }
    // One word is a name given, not a sentence.
    let (_, fr) = frames("Ana Ruiz greeted her aunt by a nickname, “Gert.”");
    assert!(fr.iter().all(|f| f.style != QuoteStyle::Direct), "{fr:?}");
}

#[test]
fn a_plural_or_transitive_relative_that_opens_no_reported_clause() {
    // A plain verb agreeing with the plural noun before "that", or a verb with its object
    // after it: a relative clause, so the lead-in stays whole.
    for s in [
        "Ana Ruiz cited safety rules that forbid owners from “tearing down the old mill,” Smith said.",
        "Ana Ruiz praised an address that spoke to “the fears of every mill worker,” Smith said.",
    ] {
        let (said, _) = mixed_quote(s);
        assert!(said.starts_with("Ana Ruiz"), "{s}: {said:?}");
    }
    // A plural addressee of a cue before "that" is no antecedent: the clause opens there.
    let (said, _) =
        mixed_quote("When the mayor told reporters that most workers were “ready to go back,” Ana Ruiz said nothing.");
    assert_eq!(said, "that most workers were “ready to go back,”");
}

#[test]
fn a_participle_cue_reports_from_that_past_its_addressee() {
    // "telling reporters in May that …": the addressee and the time are not what was said.
    for s in [
        "The mayor defended the plan, telling reporters in May that she was “not quite ready yet.”",
        "The mayor defended the plan, saying at a meeting in Leeds that she was “not quite ready yet.”",
    ] {
        assert_eq!(mixed_quote(s).0, "that she was “not quite ready yet.”", "{s}");
    }
}

#[test]
fn a_preposition_after_the_cue_is_not_reported() {
    // "warning against …", "boasted about …": the preposition joins the cue to what it reports;
    // it stays where too few words would be left ("asked the clerk about the fees" keeps its
    // finding).
    assert_a_quote_starts_with(&[
        ("The mayor spoke on Friday, warning against a rush to “tear the old mill down.”", "a rush to “tear"),
        ("Ana Ruiz boasted about a plan to “save every job in the valley.”", "a plan to “save"),
        ("Ana Ruiz asked the clerk about the fees.", "about the fees"),
    ]);
}

#[test]
fn a_time_word_in_the_possessive_opens_the_object_not_the_cue_tail() {
    // "called Friday's vote …": the day determines the noun after it, so it is what was said
    // (and a medium after it, "on Monday's show", still ends the cue); a bare time word after
    // the cue stays in its tail.
    assert_a_quote_starts_with(&[
        ("Ana Ruiz called Friday's vote a “betrayal of every mill worker.”", "Friday's vote"),
        ("Ana Ruiz said last week’s vote was “a betrayal of every worker.”", "last week’s vote"),
        ("Ana Ruiz said on Monday's show that the vote was “a betrayal of every worker.”", "that the vote"),
        ("Ana Ruiz said Friday the vote was “a betrayal of every worker.”", "the vote was"),
    ]);
}

#[test]
fn earlier_and_its_phrase_run_on_a_parenthetical_cue() {
    // "A, X explained earlier in the hearing, B": "earlier" is a time word, so the cue takes in
    // the phrase and the subject before it is part of what was said.
    assert_a_quote_starts_with(&[(
        "These employees, Ana Ruiz explained earlier in the committee hearing, were “well-paid,” making more.",
        "These employees",
    )]);
}

#[test]
fn a_shows_title_in_quote_marks_is_passed_over_to_the_that_clause() {
    // "told MSNBC's “Morning Joe” on Friday that …": the title is where it was said, not what.
    assert_a_quote_starts_with(&[
        ("Ana Ruiz told Leeds Radio's “Morning Call” on Friday that the mill made money.", "that the mill"),
        ("Ana Ruiz said on “Leeds Today” that the mill had made “a lot of money.”", "that the mill"),
    ]);
    // A title that modifies a noun: the "that" after the noun opens a relative clause.
    let s = "Ana Ruiz responded with anger, backing a “Save the Mill” campaign that grew fast.";
    let (text, fr) = frames(s);
    assert!(!fr.iter().any(|f| text.slice(&f.content).starts_with("that grew")), "{s}: {fr:?}");
}

#[test]
fn a_fragment_a_coordinator_joins_to_a_closing_cue_opens_at_the_coordinator() {
    // "“A,” he said, but “B”": the coordinator after the cue's comma belongs to the words.
    for (s, said) in [
        ("“I like the plan,” Ana Ruiz said, but “when it comes to jobs, the mill has failed.”", "but “when it"),
        ("“I like the plan,” Ana Ruiz said, and still “got nothing for the mill.”", "and still “got"),
    ] {
        let (text, fr) = frames(s);
        assert!(fr.iter().any(|f| text.slice(&f.content).starts_with(said)), "{s}: {fr:?}");
    }
    // Not a coordinator that opens a clause of the outlet's before the quoted words.
    let s = "“I like the plan,” Ana Ruiz said, and the mill will “close soon.”";
    let (text, fr) = frames(s);
    assert!(!fr.iter().any(|f| text.slice(&f.content).starts_with("and")), "{s}: {fr:?}");
    // Nor "or", which glosses the words before it.
    let s = "“Il faut partir,” Ana Ruiz said, or “we must go, all of us.”";
    let (text, fr) = frames(s);
    assert!(!fr.iter().any(|f| text.slice(&f.content).starts_with("or")), "{s}: {fr:?}");
}

#[test]
fn a_clause_without_that_opens_past_the_addressee() {
    // "told a crowd in Leeds she …", "asked the clerk Friday how …": the addressee and the
    // place or time of the telling are not what was said.
    assert_a_quote_starts_with(&[
        ("Ana Ruiz told a packed town hall in Leeds she will “fight for every job.”", "she will “fight"),
        ("The mayor spoke on Friday, telling reporters on Monday they would “keep the mill open.”", "they would"),
        ("Ana Ruiz asked the clerk Friday how the town would “pay for all of it.”", "how the town"),
        ("Ana Ruiz told reporters the plan she drew up is “the only way out.”", "the plan she"),
    ]);
}

#[test]
fn an_attribution_inside_a_running_clause_ends_it() {
    // "… a tax the mayor said is “…”": the mayor's words are not part of what Ruiz urged.
    let got = speakers_of(
        "Ana Ruiz urged the council to scrap the levy, a tax the mayor said is “a burden on every family.”",
    );
    let ruiz = got.iter().find(|g| g.0.contains("Ruiz")).expect("Ruiz's clause");
    assert!(!ruiz.2.contains("the mayor said"), "{got:?}");
    assert!(got.iter().any(|g| g.0.contains("mayor") && g.2.contains("is “a burden")), "{got:?}");
    // Not one inside a headless relative: "what the mayor said was …" is what the town should
    // pay for, in Ruiz's clause.
    let got = speakers_of("Ana Ruiz said the town should pay for what the mayor said was a breach of the rules.");
    assert!(got.iter().any(|g| g.0.contains("Ruiz") && g.2.ends_with("a breach of the rules")), "{got:?}");
}

#[test]
fn a_second_appeal_of_the_speaker_ends_the_clause() {
    // "… and called on X to …", "… and called for …": a phrase of appeal after "and" is the
    // speaker's second predicate, not more of the first reported clause.
    for (s, first, second) in [
        (
            "Ana Ruiz said the levy had failed and called on the council to drop it.",
            "the levy had failed",
            "the council to drop it",
        ),
        (
            "Ana Ruiz said the mill would close and called for a review of the deal.",
            "the mill would close",
            "a review of the deal",
        ),
    ] {
        let got = speakers_of(s);
        assert!(got.iter().any(|g| g.2 == first), "{s}: {got:?}");
        assert!(got.iter().any(|g| g.2 == second && g.0.contains("Ruiz")), "{s}: {got:?}");
    }
}

#[test]
fn the_words_before_a_cue_that_cannot_invert_are_its_subject() {
    // After an auxiliary, a cue that opens its clause, "to" or "of", or before a connector and
    // a gerund after a name, the words after the cue are its object, addressee or clause: the
    // words before the comma are the cue's subject, not what anyone said.
    for (s, subject) in [
        ("But so far Ortiz, a law professor in his first-ever political campaign, has echoed Reyes’ success online.", "a law professor"),
        ("And the mayor, to her credit, refuses to attack Ana Ruiz on her record.", "to her credit"),
        ("But even after Ruiz, responding to a surging Lee, dropped her reluctance to debate, Lee continued to attack her.", "even after"),
        ("Another user, Ana Z, wrote of Ms. Lee: ''Your plan is still failing.'' Ana Ruiz posted: ''The plan failed.''", "Another user"),
        ("In her address, Ana Ruiz, a nurse and longtime activist, accused the City Council of hiding the plan.", "a nurse"),
        ("But Ben Ortiz, eager all evening to jab the council, attacked Ana Ruiz for not answering the question.", "eager all evening"),
    ] {
        let got = speakers_of(s);
        assert!(got.iter().all(|(_, _, said)| !said.contains(subject)), "{s}: {got:?}");
    }
    // Controls: a bare verb of saying with its speaker right after it, also before a connector
    // that says where the speaker is from.
    for (s, said) in [
        ("The plan failed, said Ana Ruiz.", "The plan failed"),
        ("The plan will fail, noted Ana Ruiz of Eastvale.", "The plan will fail"),
        ("The plan failed, wrote Ana Ruiz of the Eastvale Times.", "The plan failed"),
    ] {
        let (name, _, got) = the_one_in(s);
        assert_eq!((name.as_str(), got.as_str()), ("Ana Ruiz", said), "{s}");
    }
}
