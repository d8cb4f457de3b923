//! Sentence openings before a quote: lead-ins to a quote signed after them ("With the vote
//! near, “…,” X said"), adverbial and participle openings, and opening subordinate clauses
//! whose reported words end where the main clause starts. Apart from clauses.rs, which tests
//! the reported clause after a cue and quotes that are names or slogans.

use super::*;

#[test]
fn a_lead_in_before_a_signed_quote_is_attributed() {
    let (text, fr) =
        frames("With thousands of vote counting systems, “there is no one single point of failure,” Johnson said.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!(fr[0].style, QuoteStyle::Mixed);
    assert!(text.slice(&fr[0].content).starts_with("With thousands"), "{fr:?}");
}

#[test]
fn an_opening_that_ends_in_a_verb_of_saying_introduces_the_quote() {
    // A passive or a participle right before the comma introduces the quote: its words are
    // not the quote's, though no cue reads there.
    for s in [
        "Ana Ruiz was asked, “Will the mill close this year?” Smith answered.",
        "At the hearing the mayor was told, “Will the mill close this year?” Smith said.",
    ] {
        let (text, fr) = frames(s);
        let quote = fr.iter().find(|f| text.slice(&f.content).contains("mill close"));
        let quote = quote.unwrap_or_else(|| panic!("{s}: {fr:?}"));
        assert_eq!(text.slice(&quote.content), "Will the mill close this year?", "{s}");
        assert_eq!(quote.style, QuoteStyle::Direct, "{s}");
    }
    // A lead-in that ends in another word stays the quote's.
    let (said, _) = mixed_quote("With the vote near, “there is no single point of failure,” Ana Ruiz said.");
    assert!(said.starts_with("With the vote near"), "{said:?}");
}

/// A clause that runs into a quote signed after it starts after its sentence's last comma,
/// except that an adverbial opening set off by the only comma belongs to it
/// (`direct::lead_in::adverbial_opening`).
#[test]
fn an_adverbial_opening_belongs_to_the_clause_that_runs_into_a_signed_quote() {
    for (s, opening) in [
        ("Earlier in the day, the mayor called the plan “a disaster,” Ana Ruiz said.", "Earlier in the day, the mayor"),
        ("In one email, the mayor called the plan “a disaster,” Ana Ruiz said.", "In one email, the mayor"),
        ("Still, golf clubs are “just scratching out a profit,” Ana Ruiz said.", "Still, golf clubs"),
        // Led by a listed opener that is no function word.
        ("At private courses, members may pay “a lot more,” Ana Ruiz said.", "At private courses, members"),
        ("Instead, the mayor is “trying to take a shortcut,” Ana Ruiz said.", "Instead, the mayor"),
        // A word of naming in the opening is a noun there.
        (
            "During their phone call Tuesday, the mayors “reaffirmed their commitment,” Ana Ruiz said.",
            "During their phone call Tuesday, the mayors",
        ),
    ] {
        let (said, speaker) = mixed_quote(s);
        assert!(said.starts_with(opening), "{s}: {said:?}");
        assert_eq!(speaker.as_deref(), Some("Ana Ruiz"), "{s}");
    }
    // A subject set off by a comma, a first clause before a coordinator, and a clause with a
    // second comma stay out.
    for (s, start) in [
        ("Tom Lee, who calls the mayor a “sociopath,” Ana Ruiz said.", "who calls"),
        ("The plan failed in May, but the mayor is “not worried,” Ana Ruiz said.", "but the mayor"),
        ("In May, after the vote, the mayor was “not worried,” Ana Ruiz said.", "the mayor"),
        // A word in no class the rule reads does not lead an adverbial.
        ("Behind the scenes, the mayor is “not worried,” Ana Ruiz said.", "the mayor"),
        // An opening with a verb of saying of its own.
        ("After the mayor said no, the council was “not worried,” Ana Ruiz said.", "the council"),
    ] {
        let (said, _) = mixed_quote(s);
        assert!(said.starts_with(start), "{s}: {said:?}");
    }
}

/// A sentence that opens with a participle of saying holds the quoted words as its object:
/// the quote signed after them starts past the participle (`direct::lead_in::past_opening_participle`).
#[test]
fn an_opening_participle_of_saying_stays_out_of_the_clause_signed_after_it() {
    for (s, said) in [
        (
            "Asked whether the mayor “has the integrity to serve,” 75 percent of voters said yes.",
            "whether the mayor “has the integrity to serve,”",
        ),
        ("Citing “obligations at home,” the mayor’s spokeswoman said she would stay away.", "“obligations at home,”"),
    ] {
        let (text, fr) = frames(s);
        let got: Vec<&str> = fr.iter().map(|f| text.slice(&f.content)).collect();
        assert!(got.contains(&said), "{s}: {got:?}");
    }
    // With only the quoted words left the quote is direct.
    let (_, fr) = frames("Citing “obligations at home,” the mayor’s spokeswoman said she would stay away.");
    assert!(fr.iter().any(|f| f.style == QuoteStyle::Direct), "{fr:?}");
    // A participle that is no cue, a finite verb of saying and "According to" stay in.
    for (s, opening) in [
        ("Bemoaning the “phony system,” the mayor said she would stay away.", "Bemoaning the"),
        ("Critics call the plan “a disaster,” Ana Ruiz said.", "Critics call"),
        ("According to their “alternate translation,” Ana Ruiz said, the plan failed.", "According to"),
    ] {
        let (said, _) = mixed_quote(s);
        assert!(said.starts_with(opening), "{s}: {said:?}");
    }
}

#[test]
fn a_sentence_opening_before_an_aside_goes_with_the_quote_that_ends_it() {
    let (text, fr) = frames("These new rules, the judge said, “leave no doubt about who may vote.”");
    assert_eq!(fr.len(), 2, "{fr:?}");
    assert_eq!((text.slice(&fr[0].content), fr[0].style), ("These new rules", QuoteStyle::Mixed));
    assert_eq!(fr[0].speaker.as_ref().map(|s| s.name.as_str()), Some("the judge"));
    assert!(text.slice(&fr[1].content).starts_with("leave no doubt"), "{fr:?}");
    // A quote that starts its own sentence is framed by the opening, not continued.
    let (_, fr) = frames("On Monday, the judge said, “The rules leave no doubt about who may vote.”");
    assert_eq!(fr.len(), 1, "{fr:?}");
    // A connective alone is no part of the quote ("Still,", "And yet,"), in either mark.
    for s in [
        "Still, the judge said, “the rules leave no doubt about who may vote.”",
        "And yet, the judge added, ''the rules leave no doubt'' about who may vote.",
    ] {
        let (text, fr) = frames(s);
        assert_eq!(fr.len(), 1, "{s}: {fr:?}");
        assert!(text.slice(&fr[0].content).trim_start_matches(['“', '\'']).starts_with("the rules"), "{s}: {fr:?}");
    }
}

#[test]
fn a_lead_in_cue_with_that_opens_the_clause_of_a_signed_quote() {
    // A cue of the lead-in's own, with a "that" after it: the quoted words start at "that".
    let (said, _) =
        mixed_quote("When the mayor pointed out that the mill “has stood for two centuries,” Ana Ruiz said nothing.");
    assert_eq!(said, "that the mill “has stood for two centuries,”");
    // A relative "that" (a verb follows it) opens no clause: the lead-in stays whole.
    let (said, _) = mixed_quote("Ruiz praised a speech that included the line “we will keep every mill,” Smith said.");
    assert!(said.starts_with("Ruiz praised"), "{said:?}");
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_words_that_end_with_it() {
    // "Though she called for X to be “…”, Clinton restricted …": the words end at the comma
    // before the main clause's subject and verb.
    for (s, said) in [
        (
            "Though she called for the fees to be “clawed back” from the firm, Ana Ruiz restricted her comments.",
            "the fees to be “clawed back” from the firm",
        ),
        (
            "While the mayor has maintained that the mill made money, Ana Ruiz has called it a loss.",
            "that the mill made money",
        ),
    ] {
        let (text, fr) = frames(s);
        assert!(fr.iter().any(|f| text.slice(&f.content) == said), "{s}: {fr:?}");
    }
    // Not in a sentence that opens otherwise: the main clause's cue reports both clauses.
    let (text, fr) = frames("Ana Ruiz said that if the mill closes, Leeds would lose its last employer.");
    assert!(
        fr.iter().any(|f| text.slice(&f.content) == "that if the mill closes, Leeds would lose its last employer"),
        "{fr:?}"
    );
}

#[test]
fn a_subject_pronoun_and_any_content_word_open_the_main_clause_after_a_subordinate_one() {
    // "While she says …, she applauds …": after a pronoun, a present-tense verb of no list
    // still opens the main clause, and the opening clause's words end at its comma.
    let s = "While Ana Ruiz says the mill made money, she applauds the plan to sell it.";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content) == "the mill made money"), "{s}: {fr:?}");
    // A pronoun followed by a conjunction opens no clause: the words run on.
    let s = "When Ana Ruiz said the mill would close, he and the mayor were in Leeds.";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content).starts_with("the mill would close, he and")), "{s}: {fr:?}");
}

#[test]
fn a_name_and_any_content_word_open_the_main_clause_after_a_subordinate_one() {
    // "…, Clinton fixates on …", "…, Clinton cast her rival as …": a present-tense or irregular
    // verb of no list after a name opens the main clause, as after a pronoun.
    for s in [
        "While Ana Ruiz says the mill made money, Leeds fixates on the plan to sell it.",
        "Though Ana Ruiz said the mill made money, Leeds cast the plan as a loss.",
        "If Ana Ruiz says the mill made money, Leeds officials will sell it.",
    ] {
        let (text, fr) = frames(s);
        assert!(fr.iter().any(|f| text.slice(&f.content) == "the mill made money"), "{s}: {fr:?}");
    }
    // A name followed by a conjunction opens no clause: the words run on.
    let s = "When Ana Ruiz said the mill would close, Leeds and the mayor were ready.";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content).starts_with("the mill would close, Leeds and")), "{s}: {fr:?}");
}

#[test]
fn quoted_words_in_an_opening_subordinate_clause_end_before_a_quote_in_the_main_clause() {
    // A later quote in the main clause does not carry the opening clause's words on to it.
    let s = "After saying her foot was “so swollen I could not walk,” she was “rushed off” to a clinic.";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content) == "her foot was “so swollen I could not walk,”"), "{s}: {fr:?}");
    // Words a colon introduces are the quote, whatever commas they hold.
    let s = "After praising the plan she wrote : `` Too long : if this is not fixed, it could only weigh down the plan 's chances.";
    let (text, fr) = frames(s);
    assert!(fr.iter().any(|f| text.slice(&f.content).contains("fixed, it could only weigh down")), "{s}: {fr:?}");
}

#[test]
fn quoted_words_a_coordinator_joins_before_a_signed_quote_are_its_clause() {
    // “A,” and “B,” X said: the comma inside the first closing mark ends no clause.
    let (text, fr) =
        frames("As Trump went on about “how the system is rigged,” and “wounded American families,” Melanie said yes.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    let said = text.slice(&fr[0].content);
    assert!(said.contains("“how the system") && said.ends_with("families,”"), "{said:?}");
    // Control: a quoted comma before a verb still ends the lead-in's first clause.
    let (text, fr) =
        frames("Roffman, who puts his costs “in the seven figures,” described the impact as “horrendous,” he said.");
    let last = fr.last().map(|f| text.slice(&f.content)).unwrap_or_default();
    assert!(last.contains("horrendous") && !last.contains("seven"), "{last:?}");
}
