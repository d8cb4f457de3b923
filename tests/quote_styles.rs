//! Every quote style and attribution pattern issue 2 lists, each on a short text of our own,
//! and inputs that must not panic or slow down.

use sourcelight::{analyze, Document, FindingKind, Quote, QuoteStyle, Report};

fn run(text: &str) -> Report {
    analyze(&Document::from_plain_text(text))
}

/// (quote text, style, speaker name, cue text, via) of one quote.
type QuoteRow = (String, QuoteStyle, Option<String>, Option<String>, Option<String>);

/// Every quote of `text` as a row.
fn quotes(text: &str) -> Vec<QuoteRow> {
    run(text)
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Quote(q) => Some((
                f.text.clone(),
                q.style,
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.cue.as_ref().map(|c| c.text.clone()),
                q.via.clone(),
            )),
            _ => None,
        })
        .collect()
}

fn only(text: &str) -> QuoteRow {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{text:?} -> {q:#?}");
    q.into_iter().next().unwrap_or_else(|| unreachable!())
}

/// Asserts that no text of `texts` holds a quote; fails naming the text and what was found.
#[track_caller]
fn assert_no_quotes(texts: &[&str]) {
    for text in texts {
        let q = quotes(text);
        assert!(q.is_empty(), "{text:?} -> {q:#?}");
    }
}

fn quote_structs(text: &str) -> Vec<Quote> {
    run(text)
        .findings
        .into_iter()
        .filter_map(|f| match f.kind {
            FindingKind::Quote(q) => Some(q),
            _ => None,
        })
        .collect()
}

#[test]
fn every_mark_style() {
    let cases = [
        "\u{201c}We will stay,\u{201d} Ana Ruiz said.",
        "\"We will stay,\" Ana Ruiz said.",
        "\u{ab}We will stay,\u{bb} Ana Ruiz said.",
        "\"We will stay,\u{201d} Ana Ruiz said.",
        "''We will stay,\" Ana Ruiz said.",
        "\u{2018}We will stay,\u{2019} Ana Ruiz said.",
    ];
    for text in cases {
        let (content, style, speaker, cue, _) = only(text);
        assert_eq!(content, "We will stay,", "{text}");
        assert_eq!(style, QuoteStyle::Direct, "{text}");
        assert_eq!(speaker.as_deref(), Some("Ana Ruiz"), "{text}");
        assert_eq!(cue.as_deref(), Some("said"), "{text}");
    }
}

#[test]
fn single_quotes_in_a_headline() {
    let q = quotes("\u{2018}We will stay\u{2019}: Ruiz rejects the deal\n\nThe minister spoke on Monday.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].0, "We will stay");
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let text = "Moscow\u{2019}s plan and the countries' rules don't change the 1990s' boom, Ana Ruiz's aide said.";
    for (content, ..) in quotes(text) {
        assert!(!content.contains('\u{2019}') || content.starts_with("Moscow"), "{content}");
    }
}

#[test]
fn quote_split_by_the_attribution_shares_a_group() {
    let qs = quote_structs("\u{201c}We will stay,\u{201d} she said, \u{201c}and we will fight.\u{201d}");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[0].group, qs[1].group);
}

#[test]
fn multi_paragraph_quote() {
    let text = "Talks\n\n\u{201c}We will stay,\u{201d} Ana Ruiz said. \u{201c}The first part runs on.\n\n\u{201c}The second part ends here.\u{201d}";
    let report = run(text);
    let qs: Vec<_> = report
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Quote(q) => Some((f.block, f.text.clone(), q.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(qs.len(), 3, "{qs:#?}");
    assert_eq!(qs[1].1, "The first part runs on.");
    assert_eq!(qs[2].1, "The second part ends here.");
    assert_eq!(qs[1].2.group, qs[2].2.group, "one quote over two paragraphs");
    assert_eq!(qs[2].2.speaker.as_ref().map(|s| s.name.as_str()), Some("Ana Ruiz"));
}

#[test]
fn nested_quotes_stay_inside() {
    let (content, ..) = only("\u{201c}He called it \u{2018}fake news\u{2019} again,\u{201d} Ana Ruiz said.");
    assert_eq!(content, "He called it \u{2018}fake news\u{2019} again,");
}

#[test]
fn mixed_quote() {
    let (content, style, speaker, ..) =
        only("Defence Secretary Ana Ruiz said that the rebels were \u{201c}shoring up the regime.\u{201d}");
    assert_eq!(style, QuoteStyle::Mixed);
    assert!(content.starts_with("that the rebels were"), "{content}");
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn indirect_speech_patterns() {
    let cases = [
        ("Ana Ruiz said the plan failed on Monday.", "the plan failed on Monday"),
        ("Ana Ruiz said that the plan failed.", "that the plan failed"),
        ("Ana Ruiz stated that the plan failed.", "that the plan failed"),
        ("Ana Ruiz announced on Saturday that the plan failed.", "that the plan failed"),
        ("Ana Ruiz emphasized that the plan failed.", "that the plan failed"),
        ("According to Ana Ruiz, the plan failed badly.", "the plan failed badly"),
        ("The plan failed badly, according to Ana Ruiz.", "The plan failed badly"),
        ("The plan failed badly, Ana Ruiz said.", "The plan failed badly"),
    ];
    for (text, want) in cases {
        let (content, style, speaker, ..) = only(text);
        assert_eq!(style, QuoteStyle::Indirect, "{text}");
        assert_eq!(content.trim_end_matches('.'), want, "{text}");
        assert_eq!(speaker.as_deref(), Some("Ana Ruiz"), "{text}");
    }
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    assert_no_quotes(&[
        "The so-called \u{201c}reform\u{201d} passed on Monday.",
        "She starred in \u{201c}The Art Of War\u{201d} last year.",
    ]);
}

#[test]
fn a_title_may_hold_listed_longer_words_and_numbers() {
    assert_no_quotes(&[
        "He now hosts \u{201c}The Late Show with Ana Ruiz,\u{201d} a talk program.",
        "She founded \u{201c}Friends for Ana Ruiz 2008.\u{201d}",
    ]);
    // Lower-case words outnumber the capitalised ones: speech that names a film.
    let (content, ..) = only("\u{201c}Thank you, and may The Force be with you,\u{201d} Ana Ruiz said.");
    assert!(content.starts_with("Thank you"), "{content}");
}

#[test]
fn a_one_word_quote_opening_a_headline_or_a_label_is_a_term() {
    assert_no_quotes(&[
        "\u{2018}Forgotten\u{2019} Rural Voters Could Decide the Race",
        "The plan failed.\n\n\u{201c}Related:\u{201d}\n\nCouncil Rejects the Plan",
    ]);
    // A one-word answer is speech.
    let text = "\u{201c}Who will pay for it?\u{201d} Ana Ruiz asked.\n\n\u{201c}Mexico!\u{201d}";
    assert_eq!(quotes(text).len(), 2, "{:#?}", quotes(text));
}

#[test]
fn quoted_fragments_of_one_frame_stay_one_quote() {
    // The cue's frame holds both fragments: the first is not a quote of its own as well.
    let text = "Guns are \u{201c}a public health crisis\u{201d} and \u{201c}stunt the growth of children,\u{201d} Ana Ruiz, the former governor, said on Monday.";
    let (_, _, speaker, ..) = only(text);
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
    // A fragment joined by "and" to the one before continues it.
    let text = "Ana Ruiz spoke on Monday. She would be \u{201c}the people\u{2019}s champion\u{201d} and \u{201c}a fighter\u{201d} who delivers.";
    let (content, ..) = only(text);
    assert!(content.contains("champion") && content.contains("fighter"), "{content}");
}

#[test]
fn a_short_single_quoted_paragraph_is_a_subheading_where_speech_is_in_double_marks() {
    let text = "\u{201c}We will stay,\u{201d} Ana Ruiz said.\n\n\u{2018}A change of course.\u{2019}\n\nThe council met on Monday.";
    assert_eq!(quotes(text).len(), 1, "{:#?}", quotes(text));
    // Where speech is in single marks, such a paragraph continues the speaker.
    let text = "\u{2018}We will stay,\u{2019} Ana Ruiz said.\n\n\u{2018}It was a terrible year.\u{2019}";
    let names: Vec<_> = quotes(text).into_iter().map(|q| q.2).collect();
    assert_eq!(names, [Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]);
}

#[test]
fn a_stage_direction_in_a_running_quote_is_not_speech() {
    let text = "\u{201c}We will stay,\u{201d} Ana Ruiz said. \u{201c}We will fight for this city.\n\n\u{201c}(APPLAUSE.)\n\n\u{201c}And we will win.\u{201d}";
    let q = quotes(text);
    assert!(q.iter().all(|q| !q.0.contains("APPLAUSE")), "{q:#?}");
    // The quote runs on past the stage direction, with its speaker.
    assert!(q.iter().any(|q| q.0.starts_with("And we will win") && q.2.as_deref() == Some("Ana Ruiz")), "{q:#?}");
}

#[test]
fn a_headline_with_its_byline_is_a_title() {
    let roundup = "MUSEUMS\u{2014}\u{201c}City museum to close its doors at the end of the year,\u{201d} by the Gazette\u{2019}s Ana Ruiz.";
    assert_no_quotes(&[roundup]);
    // A quote ending in a comma before its speaker and cue stays speech.
    let (_, _, speaker, ..) = only("\u{201c}We will close the museum at the end of the year,\u{201d} Ana Ruiz said.");
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn capitalised_speech_before_its_cue_is_not_a_title() {
    // Two short sentences, each capitalised, and words in capitals that end like speech.
    for (text, said) in [
        ("\"Never again. Never again,\" Ana Ruiz replied.", "Never again. Never again,"),
        ("\u{201c}Good Evening, Senator,\u{201d} Ana Ruiz said.", "Good Evening, Senator,"),
        ("\"NO MORE TOLLS!\" Ana Ruiz wrote on Friday.", "NO MORE TOLLS!"),
    ] {
        let (got, style, speaker, _, _) = only(text);
        assert!(got.contains(said), "{text:?} -> {got:?}");
        assert_eq!((style, speaker.as_deref()), (QuoteStyle::Direct, Some("Ana Ruiz")), "{text:?}");
    }
    // Capitalised words with lower-case words a title would not keep ("way", "is") are speech:
    // here the next sentence of the speaker just quoted.
    let q = quotes("\"The vote is close,\" Ana Ruiz said. \"That's the way it is, Tom.\"");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].2.as_deref(), Some("Ana Ruiz"), "{q:#?}");
    assert_no_quotes(&["She starred in \u{201c}The Art of the Deal\u{201d} on stage."]);
    // A title inside its sentence stays a title, whatever cue follows.
    let q = quotes("On Sunday's \u{201c}Evening Roundtable,\u{201d} Ana Ruiz said the plan had failed.");
    assert!(q.iter().all(|r| !r.0.contains("Roundtable")), "{q:#?}");
}

#[test]
fn long_lower_case_fragment_without_a_cue_is_speech() {
    let (got, style, speaker, _, _) =
        only("The new ad targets a \u{201c}tax code that rewards the few who can afford lawyers.\u{201d}");
    assert!(got.contains("tax code that rewards"), "{got:?}");
    assert_eq!((style, speaker.as_deref()), (QuoteStyle::Mixed, Some("The new ad")));
    // Its clause's further quoted words are part of it; the speaker just quoted goes on when
    // the sentence has no subject before the marks.
    let q = quotes(
        "\u{201c}We lost,\u{201d} Ana Ruiz said. Instead, \u{201c}we need a plan that works for the town\u{201d} and \u{201c}a real budget.\u{201d}",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q[1].0.contains("a real budget"), "{q:#?}");
    assert_eq!((q[1].1, q[1].2.as_deref()), (QuoteStyle::Mixed, Some("Ana Ruiz")), "{q:#?}");
    // A capitalised quote with no cue inside its sentence is its subject's too.
    let (_, style, speaker, _, _) =
        only("The new memo goes on in detail, \u{201c}Nobody reads the budget before the vote.\u{201d}");
    assert_eq!((style, speaker.as_deref()), (QuoteStyle::Direct, Some("The new memo")));
    // Shorter fragments stay scare quotes.
    assert_no_quotes(&["The plan is a \u{201c}big new idea\u{201d} for the town."]);
}

#[test]
fn a_second_cue_right_after_the_marks_ends_the_quoted_clause() {
    let q =
        quotes("Ana Ruiz called both the mayor and the council \u{201c}liars\u{201d} and said the budget was a fraud.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].0, "both the mayor and the council \u{201c}liars\u{201d}", "{q:#?}");
    assert_eq!((q[0].1, q[0].2.as_deref()), (QuoteStyle::Mixed, Some("Ana Ruiz")), "{q:#?}");
    assert_eq!((q[1].0.as_str(), q[1].1), ("the budget was a fraud", QuoteStyle::Indirect), "{q:#?}");
}

#[test]
fn a_participle_cue_after_a_comma_inside_the_marks_opens_a_clause_of_its_own() {
    let q = quotes(
        "Ana Ruiz said the plan was \u{201c}a disaster for the town,\u{201d} adding that the council had \u{201c}lied to everyone.\u{201d}",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].0, "the plan was \u{201c}a disaster for the town,\u{201d}", "{q:#?}");
    assert_eq!(q[1].0, "that the council had \u{201c}lied to everyone.\u{201d}", "{q:#?}");
    assert!(q.iter().all(|r| r.1 == QuoteStyle::Mixed && r.2.as_deref() == Some("Ana Ruiz")), "{q:#?}");
}

/// Quoted words that stop short of their clause after a cue and its comma ("said, “…” from
/// …") go on past the closing mark to the clause's end: a mixed quote. Words ending in
/// punctuation, a second predicate, the time of the saying or a second quote do not.
#[test]
fn quoted_words_that_stop_short_of_their_clause_run_on_past_the_mark() {
    let q = only("Ana Ruiz said, \u{201c}I have not heard that concern\u{201d} from the council members.");
    assert_eq!(q.0, "\u{201c}I have not heard that concern\u{201d} from the council members", "{q:#?}");
    assert_eq!((q.1, q.2.as_deref()), (QuoteStyle::Mixed, Some("Ana Ruiz")), "{q:#?}");
    let q = only("Tom Lee said, \"We have three weeks to go\" until the vote, and left.");
    assert_eq!(q.0, "\"We have three weeks to go\" until the vote", "{q:#?}");
    for (text, words) in [
        ("Ana Ruiz said, \u{201c}We will stay,\u{201d} and the crowd cheered.", "We will stay,"),
        ("Ana Ruiz wrote: \u{201c}The fight goes on\u{201d} and vowing to win.", "The fight goes on"),
        ("Ana Ruiz tweeted, \u{201c}Thank you Leeds\u{201d} on Friday afternoon.", "Thank you Leeds"),
    ] {
        let q = quotes(text);
        assert_eq!(q.first().map(|r| (r.0.as_str(), r.1)), Some((words, QuoteStyle::Direct)), "{text:?} -> {q:#?}");
    }
}

#[test]
fn a_new_speaker_after_quoted_words_starts_a_new_attribution() {
    let q = quotes("Ana Ruiz said the budget was \u{201c}a fraud\u{201d} and Tom Lee thinks the council will fix it.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("the budget was \u{201c}a fraud\u{201d}", Some("Ana Ruiz")));
    assert_eq!((q[1].0.as_str(), q[1].2.as_deref()), ("the council will fix it", Some("Tom Lee")));
    // Two subjects of one verb stay in one reported clause.
    let q = quotes("Ana Ruiz said both the mayor and Tom Lee thought the budget failed.");
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn as_someone_put_it_attributes_the_quote() {
    let (got, style, speaker, cue, _) = only("As Ana Ruiz put it, \u{201c}Nobody reads the budget.\u{201d}");
    assert_eq!((got.as_str(), style), ("Nobody reads the budget.", QuoteStyle::Direct));
    assert_eq!((speaker.as_deref(), cue.as_deref()), (Some("Ana Ruiz"), Some("put it")));
    let (got, _, speaker, _, _) = only("As Ana Ruiz puts it, the council is \u{201c}asleep at the wheel.\u{201d}");
    assert_eq!(got, "the council is \u{201c}asleep at the wheel.\u{201d}");
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn speaker_descriptions_and_resolution() {
    let text = "Iraqi Prime Minister Haider al Abadi spoke on Monday.\n\n\u{201c}We are ready,\u{201d} Abadi said.\n\n\u{201c}We will share,\u{201d} he said.";
    let qs = quote_structs(text);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    // The surname is resolved when the full name was attributed before; here it was only
    // mentioned, so the bare surname stands.
    assert!(qs.iter().all(|q| q.speaker.as_ref().is_some_and(|s| s.name.ends_with("Abadi"))));
    let (_, _, speaker, ..) = only("\u{201c}We will stay,\u{201d} a YPG commander, Sipan Hemo, said.");
    assert_eq!(speaker.as_deref(), Some("Sipan Hemo"));
    let q = &quote_structs("\u{201c}We will stay,\u{201d} a YPG commander, Sipan Hemo, said.")[0];
    assert_eq!(q.speaker.as_ref().and_then(|s| s.description.as_deref()), Some("a YPG commander"));
}

#[test]
fn pronouns_and_surnames_resolve_to_the_named_speaker() {
    let text = "\u{201c}We will stay,\u{201d} Foreign Minister Ana Ruiz said.\n\n\u{201c}We will fight,\u{201d} Ruiz added.\n\n\u{201c}We will win,\u{201d} she said.";
    let names: Vec<_> = quotes(text).into_iter().map(|q| q.2).collect();
    assert_eq!(names, [Some("Ana Ruiz".into()), Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]);
}

#[test]
fn cue_and_via() {
    let (_, _, speaker, cue, via) =
        only("\u{201c}We will stay,\u{201d} Ana Ruiz was quoted telling the Russian Sputnik news portal.");
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(cue.as_deref(), Some("was quoted telling"));
    assert_eq!(via.as_deref(), Some("Russian Sputnik news portal"));
    let (_, _, _, cue, via) = only("The strikes hit a farm, a local activist, Ana Ruiz, told Anadolu Agency.");
    assert_eq!(cue.as_deref(), Some("told"));
    assert_eq!(via.as_deref(), Some("Anadolu Agency"));
}

#[test]
fn anonymous_sources() {
    for text in [
        "The plan failed badly, officials said.",
        "The plan failed badly, a source familiar with the matter said.",
        "\u{201c}We will stay,\u{201d} a spokesman said.",
    ] {
        let qs = quote_structs(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        assert!(qs[0].speaker.as_ref().is_some_and(|s| s.anonymous), "{text}: {qs:#?}");
    }
}

#[test]
fn quote_only_paragraph_takes_the_previous_speaker() {
    let text = "\u{201c}We will stay,\u{201d} Ana Ruiz said.\n\n\u{201c}Nobody will move us from this city.\u{201d}";
    let names: Vec<_> = quotes(text).into_iter().map(|q| q.2).collect();
    assert_eq!(names, [Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]);
}

#[test]
fn quote_without_speaker_is_still_reported() {
    let (content, _, speaker, ..) = only("\u{201c}Nobody will move us from this city, not now and not ever.\u{201d}");
    assert!(content.starts_with("Nobody"));
    assert_eq!(speaker, None);
}

#[test]
fn hostile_inputs_do_not_panic_and_stay_fast() {
    let inputs = [
        "\"".repeat(100_000),
        "\u{201c}".repeat(50_000),
        "\u{201c}a \u{201d}".repeat(30_000),
        " 'a".repeat(50_000),
        format!("\u{201c}{}", "word ".repeat(50_000)),
        "said ".repeat(10_000),
        "Smith said, ".repeat(10_000),
        "X said \"a\" and \"b\" that \"c\", ".repeat(5_000),
        "according to ".repeat(10_000),
        "\u{ab}a \u{bb}".repeat(20_000),
        "\u{2018}a ".repeat(20_000),
        ")".repeat(20_000),
        format!("He said it{}", ".".repeat(50_000)),
    ];
    for input in &inputs {
        let start = std::time::Instant::now();
        let report = run(input);
        for f in &report.findings {
            assert!(f.start <= f.end);
        }
        let secs = start.elapsed().as_secs_f64();
        assert!(secs < 20.0, "{} bytes took {secs:.1}s", input.len());
    }
}

#[test]
fn a_quote_dated_in_parentheses_is_a_cited_slogan_or_work() {
    let text = "Ana Ruiz said the party changed its message. \
                “Stop the Tax Hike!” (2012) gave way to “Jobs First, Always” (2016).\n\n\
                “We listened to voters,” Ruiz said.";
    let got: Vec<_> = quotes(text).into_iter().filter(|q| q.1 != QuoteStyle::Indirect).collect();
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].0, "We listened to voters,");
    // Without the year, a quoted sentence stays a quote.
    assert_eq!(quotes("Ana Ruiz spoke. “Stop the tax hike!” (She said it twice.)").len(), 1);
}

#[test]
fn a_short_fragment_closing_its_sentence_inside_its_marks_is_speech() {
    // The period inside the marks ends the sentence as quoted speech does.
    let (text, style, speaker, _, _) =
        only("The mayor spoke on Tuesday. Ana Ruiz has made housing her “top priority.”");
    assert_eq!(text, "top priority.", "{text:?}");
    assert_eq!(style, QuoteStyle::Mixed);
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
    // A scare quote closes before the period, and stays the outlet's wording.
    assert_no_quotes(&["The council met again. The plan was a “compromise” for everyone."]);
    // With no one to speak it, the fragment is left alone.
    assert_no_quotes(&["The council met again. There was a “compromise.”"]);
}

#[test]
fn a_mixed_quote_running_past_its_sentence_runs_to_its_closing_mark() {
    let (text, _, speaker, _, _) =
        only("Ana Ruiz told reporters that “the plan works well. We will finish it by June.”");
    assert_eq!(text, "that “the plan works well. We will finish it by June.");
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_title_case_name_given_by_a_naming_cue_is_the_speakers_wording() {
    let (_, style, speaker, _, _) =
        only("The council passed a tax plan that Ana Ruiz called “The Big Giveaway” on Monday.");
    assert_eq!((style, speaker.as_deref()), (QuoteStyle::Mixed, Some("Ana Ruiz")));
    // A show's name with no one naming it stays a name.
    assert_no_quotes(&["Ana Ruiz spoke on “Face the Nation” on Sunday."]);
}

#[test]
fn a_cue_in_the_progressive_speaks() {
    let (text, style, speaker, cue, _) = only("Ana Ruiz is telling reporters in Ohio that the plan works.");
    assert_eq!((text.as_str(), style), ("that the plan works", QuoteStyle::Indirect));
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(cue.as_deref(), Some("is telling"));
    // A preposition after the form makes it no verb of saying.
    assert_no_quotes(&["Ana Ruiz is adding to her lead in Ohio."]);
    // The passive stays passive: the subject is not the speaker.
    assert_no_quotes(&["The plan was reported on Monday."]);
}

#[test]
fn a_capitalised_quote_after_a_cued_quote_goes_on_with_its_speaker() {
    let q = quotes("“We won the count,” Ana Ruiz said, smiling. “Big Night. Great Team.”");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].0, "Big Night. Great Team.");
    assert_eq!(q[1].2.as_deref(), Some("Ana Ruiz"));
    // A title elsewhere stays a title.
    assert_eq!(quotes("“We won,” Ana Ruiz said. She watched “Great Team Games” later.").len(), 1);
}

#[test]
fn an_excerpt_after_a_credited_headline_is_no_speech() {
    let text = "MUSEUM—“Museum to close its doors,” by the Gazette's Ana Ruiz: “The city museum will \
                close in June after a decade of falling visits.”";
    assert_no_quotes(&[text]);
    // A colon introduction with no credited headline before it still quotes.
    assert_eq!(quotes("Ana Ruiz put it simply: “The museum will close in June.”").len(), 1);
}

#[test]
fn a_two_word_fragment_in_a_that_clause_is_the_words_of_its_verbs_subject() {
    // "accepted" is no cue of ours: the that-clause still reports what the subject holds.
    let (text, style, speaker, _, _) =
        only("The teachers met on Monday. Ana Ruiz accepted that the new schedule was a “fair deal” for everyone.");
    assert_eq!(text, "that the new schedule was a “fair deal” for everyone", "{text:?}");
    assert_eq!(style, QuoteStyle::Mixed);
    assert_eq!(speaker.as_deref(), Some("Ana Ruiz"));
    // A relative "that" opens no reported clause, and a capitalised word before the "that"
    // (or none at all) names no verb: the two words stay the outlet's.
    assert_no_quotes(&[
        "The teachers met on Monday. The office kept emails that were marked “top secret” for years.",
        "The teachers met on Monday. That the schedule was a “fair deal” is doubtful.",
    ]);
}

/// The sources list: a pronoun the analysis could not tie to a name is listed as the pronoun
/// ("she", not "She" as if a name); a plural capitalised only for opening its sentence is one
/// source with its lower-case mentions, listed in lower case; a name with "III" is the name
/// written without it. Controls: a father and his son stay two sources ("Jr.", "Sr.").
#[test]
fn the_sources_list_names_each_source_once_and_a_pronoun_as_a_pronoun() {
    let names = |text: &str| run(text).sources.into_iter().map(|s| (s.name, s.quotes)).collect::<Vec<_>>();
    let text = "\u{201c}We will stay,\u{201d} She said. \u{201c}The port will close,\u{201d} she added.\n\n\
                Police said the port was closed. \u{201c}Nobody goes back,\u{201d} police said.\n\n\
                Kofi Mensah III said the plan failed. \u{201c}We will win,\u{201d} Kofi Mensah said.";
    // Listed named first and the unresolved pronoun last, whatever the order quoted.
    assert_eq!(names(text), [("Kofi Mensah III".to_string(), 2), ("police".to_string(), 2), ("she".to_string(), 2)]);
    assert!(sourcelight::is_unresolved_pronoun("she") && !sourcelight::is_unresolved_pronoun("Shea"));
    for text in [
        "Ana Ruiz Jr. said the plan failed. Ana Ruiz III said the port would close.",
        "Ana Ruiz Jr. said the plan failed. Ana Ruiz said the port would close.",
        "Ana Ruiz Sr. said the plan failed. Ana Ruiz said the port would close.",
    ] {
        assert_eq!(names(text).len(), 2, "{text}: {:?}", names(text));
    }
    // A later surname is the full name with its suffix; after a father and his son named alike
    // it is neither.
    let text = "Kofi Mensah Jr. said the plan failed badly. \u{201c}We will win the vote,\u{201d} Mr. Mensah said.";
    assert_eq!(names(text), [("Kofi Mensah Jr.".to_string(), 2)]);
    let text = "Ana Ruiz III said the plan failed badly. Her father, Ana Ruiz Jr., said the port would close. \
                \u{201c}We will win the vote,\u{201d} Ruiz said.";
    let got = names(text);
    assert!(got.iter().all(|(n, q)| *q == 1 && n != "Ana Ruiz"), "{got:?}");
}
