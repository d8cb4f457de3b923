//! Tests of the leftover pass: names given by a naming verb, narration before a quote.

use crate::attribution::test_quotes::{quotes, quotes_under_head, speakers, words};

#[test]
fn a_name_given_to_a_verbs_object_is_the_subjects_wording() {
    let got = speakers("At the rally, Ruiz called Moreno \u{201c}Little Pete\u{201d} twice.");
    assert_eq!(got, [Some("Ruiz".to_string())], "{got:?}");
    let got = speakers("Ana Ruiz dubbed him \u{201c}The Budget Wrecker.\u{201d} He laughed.");
    assert_eq!(got, [Some("Ana Ruiz".to_string())], "{got:?}");
    // A title after a verb that names nothing is still a title.
    let got = speakers("Ruiz watched Moreno \u{201c}Little Pete\u{201d} twice.");
    assert!(got.is_empty(), "{got:?}");
}

/// The name a participle gives in the passive or after its noun is a naming with no speaker,
/// or the doer's after "by"; an active naming verb's subject keeps its wording.
#[test]
fn a_name_given_by_a_participle_is_a_naming_with_no_speaker() {
    let both = |s: &str| (words(s), speakers(s));
    let named = |w: &str| (vec![w.to_string()], vec![None]);
    let s = "Ohio cut what had been called the \u{201c}Golden Week,\u{201d} a week of early voting.";
    assert_eq!(both(s), named("the \u{201c}Golden Week,\u{201d}"));
    let s = "When the paper checked the claim, it was labeled \u{201c}Mostly True.\u{201d}";
    assert_eq!(both(s), named("\u{201c}Mostly True.\u{201d}"));
    let s = "The bill, known as the \u{201c}Lindon Clause\u{201d} was passed on Friday.";
    assert_eq!(both(s), named("as the \u{201c}Lindon Clause\u{201d}"));
    let s = "Ruiz released a short memo titled \u{201c}Where the Plan Stands.\u{201d}";
    assert_eq!(both(s), named("\u{201c}Where the Plan Stands.\u{201d}"));
    let s = "The levy has been called \u{201c}quiet theft\u{201d} by Ana Ruiz, the mayor.";
    assert_eq!(speakers(s), [Some("Ana Ruiz".to_string())]);
    // Controls: the subject of an active naming verb says the name.
    let s = "At the rally, the mayor called her \u{201c}the Budget Wrecker.\u{201d}";
    assert_eq!(speakers(s), [Some("the mayor".to_string())]);
    let s = "The plan is what one writer called \u{201c}Budget Derangement Syndrome.\u{201d}";
    assert_eq!(speakers(s), [Some("one writer".to_string())]);
    let s = "What Ana Ruiz, the mayor of Eastvale, called \u{201c}a quiet disaster\u{201d} was the budget.";
    assert_eq!(speakers(s), [Some("Ana Ruiz".to_string())]);
}

#[test]
fn narration_about_a_quoted_speaker_introduces_the_next_quote_paragraph() {
    let got = speakers(
        "Ana Ruiz said the plan failed.\n\nRuiz went on with her criticism.\n\n\u{201c}Nobody reads the budget before voting on it.\u{201d}",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].as_deref(), Some("Ana Ruiz"), "{got:?}");
    // Narration about someone never quoted gives the quote no speaker.
    let got = speakers(
        "The plan was long.\n\nThe Treasury went on with its review.\n\n\u{201c}Nobody reads the budget before voting on it.\u{201d}",
    );
    assert_eq!(got, [None], "{got:?}");
    // Nor does narration before the document has quoted anyone by name, even about a
    // speaker quoted further on.
    let got = speakers(
        "Ruiz went on with her criticism.\n\n\u{201c}Nobody reads the budget before voting on it.\u{201d}\n\nAna Ruiz said the plan failed.",
    );
    assert_eq!(got.first(), Some(&None), "{got:?}");
}

#[test]
fn a_cue_after_a_coordinator_speaks_for_the_first_predicates_subject() {
    // "wrote" introduces quoted words only; after "and then" it has no subject of its own.
    let got = speakers(
        "Ana Ruiz criticized the budget at a hearing, calling it \u{201c}a quiet disaster,\u{201d} and then wrote that it was \u{201c}Shameful!\u{201d}",
    );
    assert_eq!(got, [Some("Ana Ruiz".to_string()), Some("Ana Ruiz".to_string())], "{got:?}");
    let got = speakers("Ana Ruiz criticized the budget and later wrote that it was \u{201c}a quiet disaster.\u{201d}");
    assert_eq!(got, [Some("Ana Ruiz".to_string())], "{got:?}");
}

#[test]
fn a_fragment_before_a_later_frames_cue_opens_at_its_own_cues_object() {
    // The later indirect frame still lends its speaker; the fragment's words start at the object
    // of "calling", the cue before it.
    let got = words(
        "Ruiz praised the budget on Monday, calling it \u{201c}a fine start for the city,\u{201d} but she said the vote would be close.",
    );
    assert_eq!(got.first().map(String::as_str), Some("it \u{201c}a fine start for the city,\u{201d}"), "{got:?}");
    // With no cue before the fragment, its words are the quoted ones only.
    let got = words("The budget was \u{201c}a fine start for the city,\u{201d} but Ruiz said the vote would be close.");
    assert_eq!(got.first().map(String::as_str), Some("a fine start for the city,"), "{got:?}");
}

#[test]
fn a_fragment_its_sentence_speaker_says_opens_at_the_past_verbs_object() {
    // The fragment ends the object of a verb that is no cue: the object opens its words.
    let got = words(
        "Ana Ruiz stood at the lectern on Monday, and rated both parts of the plan \u{201c}a slow leak in every household budget.\u{201d}",
    );
    assert!(got.iter().any(|c| c.starts_with("both parts of the plan \u{201c}a slow leak")), "{got:?}");
    // A past participle after an article is an adjective, not the verb: the quoted words only.
    let got = words(
        "Ana Ruiz, the city treasurer, spoke on Monday about the alleged \u{201c}slow leak in every household budget.\u{201d}",
    );
    assert!(!got.iter().any(|c| c.starts_with("the alleged")), "{got:?}");
    // Nor across a relative: the verb of "a rule that requires …" is not the quote's.
    let got = words(
        "Ana Ruiz stood at the lectern on Monday, and backed a rule that lets owners \u{201c}keep every old mill standing.\u{201d}",
    );
    assert!(!got.iter().any(|c| c.starts_with("a rule")), "{got:?}");
}

#[test]
fn a_quote_opening_at_a_participle_cue_opens_at_its_object() {
    // The participle is the attribution's cue: the reported words start at its object.
    let got = words(
        "Ana Ruiz responded on Twitter, calling the charge \u{201c}pathetic\u{201d} and \u{201c}dangerous.\u{201d}",
    );
    assert!(got.iter().any(|c| c.starts_with("the charge \u{201c}pathetic")), "{got:?}");
    assert!(!got.iter().any(|c| c.starts_with("calling")), "{got:?}");
    let got = words("Ana Ruiz responded, saying the budget was \u{201c}a quiet disaster for the city.\u{201d}");
    assert!(got.iter().any(|c| c.starts_with("the budget was \u{201c}a quiet")), "{got:?}");
    // A participle that is no cue is the speaker's own verb: it stays in the words.
    let got = words("Ana Ruiz said the city was spending \u{201c}billions of dollars\u{201d} on the port.");
    assert!(got.iter().any(|c| c.starts_with("the city was spending")), "{got:?}");
    // Nor a cue read as a gerund subject right after the verb.
    let got = words("Ana Ruiz said calling the plan a \u{201c}quiet disaster\u{201d} would do nothing for the city.");
    assert!(!got.iter().any(|c| c.starts_with("the plan a")), "{got:?}");
}

#[test]
fn a_cue_inside_a_closed_parenthesis_reports_no_fragment_after_it() {
    // The parenthesis closes before the quoted word: its cue reports nothing outside it.
    let got = speakers(
        "Third parties had an issue (the anger proclaimed by Ana Ruiz in 1968) or a base (the South for \u{201c}Dixiecrat\u{201d} Ben Moreno in 1948).",
    );
    assert!(got.is_empty(), "{got:?}");
    // A parenthesis that opens after the cue and closes before the quote is the cue's own.
    let got = speakers("Ana Ruiz (a former mayor) called the plan \u{201c}a disaster for the port.\u{201d}");
    assert_eq!(got, [Some("Ana Ruiz".to_string())], "{got:?}");
}

#[test]
fn a_second_predicates_quoted_words_take_its_verb_as_cue_to_the_clauses_end() {
    // The reported clause is cut before "and encouraged"; the quoted words after it are the
    // same speaker's, cued by "encouraged", from its object to the clause's end.
    let got = crate::attribution::test_quotes::quotes(
        "Head.\n\nAna Ruiz tweeted that the plan was \u{201c}a disaster\u{201d} and encouraged residents to \u{201c}speak up\u{201d} at the hearing.",
    );
    let second = got.iter().find(|q| q.words.contains("speak up"));
    let second = second.map(|q| (q.words.as_str(), q.cue.as_deref(), q.speaker.as_ref().map(|s| s.name.as_str())));
    assert_eq!(
        second,
        Some(("residents to \u{201c}speak up\u{201d} at the hearing", Some("encouraged"), Some("Ana Ruiz"))),
        "{:?}",
        got.iter().map(|q| (&q.words, &q.cue)).collect::<Vec<_>>()
    );
}

#[test]
fn a_fragment_a_coordinator_joins_continues_a_quote_with_no_speaker() {
    // “A,” and “B.” where no speaker is found: one quote, not two.
    let got = words(
        "Head.\n\nThe signs were new. \u{201c}Aggressive driving leads to the dark side,\u{201d} and \u{201c}Speeding you are, arrested you will be.\u{201d}",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("Aggressive") && got[0].contains("arrested"), "{got:?}");
    // Control: quoted words after a stop are a quote of their own.
    let got = words(
        "Head.\n\nThe signs were new. \u{201c}Aggressive driving leads to the dark side.\u{201d} Then \u{201c}Speeding you are, arrested you will be.\u{201d}",
    );
    assert!(!got.iter().any(|w| w.contains("dark side") && w.contains("arrested")), "{got:?}");
}

/// A short term right after a noun that names words as words is someone's words: the sentence
/// subject's when it names a source, else those of a frame its sentence holds, else no one's.
#[test]
fn a_term_a_noun_names_as_words_is_someones_wording() {
    let both = |s: &str| (words(s), speakers(s));
    let s = "Richard Nixon ran on the slogan \u{201c}Experience Counts\u{201d} in 1960.";
    assert_eq!(
        both(s),
        (vec!["\u{201c}Experience Counts\u{201d}".to_string()], vec![Some("Richard Nixon".to_string())])
    );
    let s = "Ana Ruiz has coined a new phrase, \u{201c}budget creep,\u{201d} for the cuts.";
    assert_eq!(speakers(s), [Some("Ana Ruiz".to_string())]);
    let s = "Also, a lot of people disliked the phrase \u{201c}quiet theft.\u{201d} Nobody said why.";
    assert_eq!(both(s), (vec!["\u{201c}quiet theft.\u{201d}".to_string()], vec![None]));
    // A one-word term in a sentence whose quote has a speaker is that speaker's; the quote after
    // it goes on with her.
    let s = "\u{201c}We did it,\u{201d} Ana Ruiz wrote in a message with the subject line \u{201c}bravo!\u{201d} \u{201c}It is a major win.\u{201d}";
    assert_eq!(speakers(s), vec![Some("Ana Ruiz".to_string()); 3]);
    // Controls: with no noun naming words, or a verb "word" with no article before it, the
    // short quote is a scare quote; a long one after "the line" is read as speech is.
    assert!(speakers("Ana Ruiz cut the \u{201c}quiet\u{201d} budget on Friday.").is_empty());
    assert!(speakers("Ana Ruiz would word \u{201c}quiet theft\u{201d} another way.").is_empty());
    assert!(speakers("In fact, the word \u{201c}quiet theft\u{201d} is the key to the budget.").is_empty());
    let s = "Ana Ruiz sent a memo that included the line \u{201c}We will not cut the budget this year or the next one.\u{201d}";
    assert_eq!(
        words(s),
        ["a memo that included the line \u{201c}We will not cut the budget this year or the next one.\u{201d}"]
    );
}

/// A label right after its object ("going after Moreno as “…”") is someone's wording even when
/// the sentence subject names no source: the subject's past an opening phrase, or no one's.
#[test]
fn a_label_right_after_its_object_is_a_mixed_quote() {
    let both = |s: &str| (words(s), speakers(s));
    let s = "The choice was between going after Moreno as \u{201c}unfit for office.\u{201d}";
    assert_eq!(both(s), (vec!["Moreno as \u{201c}unfit for office.\u{201d}".to_string()], vec![None]));
    let s = "In recent weeks, Ruiz has gone after Moreno as a \u{201c}budget wrecker.\u{201d}";
    assert_eq!(
        both(s),
        (vec!["Moreno as a \u{201c}budget wrecker.\u{201d}".to_string()], vec![Some("Ruiz".to_string())])
    );
    // Controls: a noun the label compares or lists is no object it names.
    assert!(
        speakers("Officials searched the files for words such as \u{201c}quiet theft\u{201d} on Friday.").is_empty()
    );
    assert!(speakers("That is not the same thing as \u{201c}quiet theft\u{201d} at all.").is_empty());
}

#[test]
fn a_participle_past_a_reported_clause_is_the_cue_of_its_quoted_words() {
    // The sentence has a frame before the participle: the participle still reports the
    // quoted words after it, from its object on, with that frame's speaker.
    let text =
        "Head.\n\nAna Ruiz says she will release the plan on Friday, calling it \u{201c}a very boring plan.\u{201d}";
    let got = words(text);
    assert!(got.iter().any(|c| c == "she will release the plan on Friday"), "{got:?}");
    assert!(got.iter().any(|c| c.starts_with("it \u{201c}a very boring plan")), "{got:?}");
    let ruiz = Some("Ana Ruiz".to_string());
    assert_eq!(speakers(text), [ruiz.clone(), ruiz], "{got:?}");
    // A fragment inside the frame's own words, with no participle, stays that frame's.
    let got = words("Head.\n\nAna Ruiz said the plan was \u{201c}a quiet disaster\u{201d} for the city.");
    assert_eq!(got, ["the plan was \u{201c}a quiet disaster\u{201d} for the city"], "{got:?}");
}

/// A short quoted term in the "that" clause of a noun of saying is that noun's words: a mixed
/// quote from "that", the noun its cue and its possessor, if any, its speaker. Not so a term
/// after a noun that names no saying, nor in a relative clause after a noun of saying.
#[test]
fn a_term_in_a_noun_of_sayings_that_clause_is_the_nouns_words() {
    let s = "Head.\n\nFor one, Ana Ruiz's recent assertion that \u{201c}thousands\u{201d} of voters left the party was never checked.";
    let got = quotes(s);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].words.starts_with("that \u{201c}thousands\u{201d} of voters left"), "{got:?}");
    assert_eq!(got[0].name(), Some("Ana Ruiz"), "{got:?}");
    assert_eq!(got[0].cue.as_deref(), Some("assertion"), "{got:?}");
    // Both terms of the clause are in the one quote; "the" owns the noun for no one.
    let got = quotes_under_head("The mayor did not answer the accusations that her staff ran \u{201c}rigged\u{201d} and \u{201c}secret\u{201d} hearings.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].words.contains("\u{201c}rigged\u{201d} and \u{201c}secret\u{201d}"), "{got:?}");
    assert_eq!(got[0].name(), None, "{got:?}");
    // Must not fire: a noun that names no saying, and a relative "that".
    assert!(quotes_under_head("The plan ignored the reality that \u{201c}growth\u{201d} had stalled.").is_empty());
    assert!(quotes_under_head("Voters remember the claims that ran in \u{201c}tabloids\u{201d} last year.").is_empty());
    assert!(quotes_under_head("It is the ministers' view that the rock 'n' roll era is over.").is_empty());
}

/// A participle cue after a subordinator ("after hinting that …") reports for the speaker of
/// the clause it hangs on, as one after a comma does (the control).
#[test]
fn a_participle_after_a_subordinator_speaks_for_the_clauses_speaker() {
    let s = "Head.\n\n\u{201c}Everything. Everything is on the table,\u{201d} Ana Ruiz told reporters on Monday after hinting that \u{201c}staff changes\u{201d} could come.";
    let got = quotes(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].words, "that \u{201c}staff changes\u{201d} could come", "{got:?}");
    assert_eq!(got[1].name(), Some("Ana Ruiz"), "{got:?}");
    assert_eq!(got[1].cue.as_deref(), Some("hinting"), "{got:?}");
    // Control: the same participle after a comma.
    let s = "Head.\n\n\u{201c}Everything. Everything is on the table,\u{201d} Ana Ruiz told reporters on Monday, hinting that \u{201c}staff changes\u{201d} could come.";
    assert_eq!(quotes(s).get(1).and_then(|q| q.name().map(str::to_string)), Some("Ana Ruiz".to_string()));
}

/// A label quoted a few words into its own phrase after "as" ("casts Moreno as a former ally who
/// would “unravel” …") is the wording of the sentence's speaker, from the object on, as a label
/// right after "as" is.
#[test]
fn a_label_quoted_a_few_words_after_as_is_the_subjects_wording() {
    let both = |s: &str| (words(s), speakers(s));
    let s = "In the call, Ruiz casts Moreno as a former ally who would \u{201c}unravel\u{201d} the budget.";
    assert_eq!(
        both(s),
        (
            vec!["Moreno as a former ally who would \u{201c}unravel\u{201d} the budget".to_string()],
            vec![Some("Ruiz".to_string())]
        )
    );
    let s = "It has been careful to frame its plans as more than just a \u{201c}road\u{201d} to the coast.";
    assert_eq!(words(s), vec!["its plans as more than just a \u{201c}road\u{201d} to the coast".to_string()]);
    // Must not fire: an "as" that opens a clause (a pronoun or a name after it), quoted words in
    // single marks past the label's article, and a title, which is a name.
    assert!(speakers("The lies from Moreno grew as he \u{201c}endorses\u{201d} the plan.").is_empty());
    assert!(speakers("Ruiz cast her sister as the queen in the \u{201c}Winter Tale\u{201d} revival.").is_empty());
    // Nor past a comma: the quoted words are no part of the label's phrase.
    assert!(speakers("In the call, Ruiz casts Moreno as a former ally, who would \u{201c}unravel\u{201d} the budget.")
        .is_empty());
    assert!(words(
        "After losing her seat, she was retained by Leeds as the club 's technical director and head of scouting, \
         where she remained until May 2007."
    )
    .is_empty());
}

#[test]
fn a_quoted_sign_off_asking_readers_to_follow_the_author_is_no_quote() {
    // A transcript quoted paragraph by paragraph, its marks wrapping the author's closing line.
    let transcript =
        "Head.\n\n\u{201c}RUIZ: We will rebuild the dam this year.\n\n\u{201c}Follow Li Wei on Twitter @liwei.\u{201d}";
    assert_eq!(words(transcript), ["RUIZ: We will rebuild the dam this year."]);
    let s = "Head.\n\nThe vote is on Monday.\n\n\u{201c}Follow Li Wei and Ana Ruiz on Facebook.\u{201d}";
    assert!(words(s).is_empty(), "{:?}", words(s));
    // Must stay: quoted words that follow something else, or say "follow" in a longer sentence.
    let s = "Head.\n\nAna Ruiz spoke last.\n\n\u{201c}Follow the money and you will find the dam's real cost.\u{201d}";
    assert_eq!(words(s), ["Follow the money and you will find the dam's real cost."]);
    // "Follow … on" a thing that is no network is advice, still quoted words.
    let s = "Head.\n\nAna Ruiz spoke last.\n\n\u{201c}Follow the signs on the highway to the dam.\u{201d}";
    assert_eq!(words(s), ["Follow the signs on the highway to the dam."]);
}
