//! Tests of attribution: every word-list entry's example, and the patterns of issue 2.

use super::words::{OUTLETS, ROLES, VERBS, WORDS};
use super::*;
use crate::document::Document;
use crate::lexicon;

fn frames(s: &str) -> (Text, Vec<Frame>) {
    let text = Text::new(&Document::from_plain_text(s));
    let frames = find(&text);
    (text, frames)
}

/// Whether a verb-list phrase is marked `opens` (as the word tables read it).
fn marked_opens(form: &str) -> bool {
    let first = form.split_whitespace().next().unwrap_or_default();
    super::words::WORDS_TABLE.phrases(first).iter().any(|p| p.opens && p.words.join(" ") == form)
}

fn check_list(data: &str, check: impl Fn(&str, &str, &Text, &[Frame]) -> bool) {
    let mut failures = Vec::new();
    for entry in lexicon::parse(data) {
        let (word, kind) = (entry.fields[0], entry.fields.get(1).copied().unwrap_or(""));
        assert!(!entry.examples.is_empty(), "line {}: no example", entry.line);
        for ex in &entry.examples {
            let (text, fr) = frames(ex);
            if !check(word, kind, &text, &fr) {
                failures.push(format!("line {} {word:?} ({kind}): {ex:?} -> {fr:?}", entry.line));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing examples:\n{}", failures.len(), failures.join("\n"));
}

fn holds(hay: &str, word: &str) -> bool {
    hay.to_lowercase().contains(&word.to_lowercase())
}

#[test]
fn verb_list_examples() {
    assert!(marked_opens("vowed to") && !marked_opens("pointed to"), "the `opens` marks are read");
    check_list(VERBS, |word, kind, text, fr| match kind {
        "adverb" => fr.iter().any(|f| f.speaker.as_ref().is_some_and(|s| s.name == "Smith")),
        "idiom" => fr.is_empty(),
        "according" => fr
            .iter()
            .any(|f| f.style == QuoteStyle::Indirect && f.cue.as_ref().is_some_and(|c| holds(text.slice(c), word))),
        // A phrase marked `opens`: the cue holds all but its last word, which opens the clause.
        _ if marked_opens(word) => {
            let (cue_words, opener) = word.rsplit_once(' ').unwrap_or((word, ""));
            fr.iter().any(|f| {
                f.cue.as_ref().is_some_and(|c| holds(text.slice(c), cue_words) && !holds(text.slice(c), word))
                    && text.slice(&f.content).starts_with(opener)
            })
        }
        _ => fr.iter().any(|f| f.cue.as_ref().is_some_and(|c| holds(text.slice(c), word))),
    });
}

#[test]
fn role_list_examples() {
    check_list(ROLES, |word, kind, _, fr| {
        // A body's name is kept whole, over the words that join it.
        let whole = |name: &str| name.split_whitespace().any(|w| matches!(w, "of" | "on" | "for" | "and"));
        fr.iter().any(|f| {
            if kind == "body" {
                return f.speaker.as_ref().is_some_and(|s| holds(&s.name, word) && whole(&s.name));
            }
            f.speaker
                .as_ref()
                .is_some_and(|s| holds(&s.name, word) || s.description.as_ref().is_some_and(|d| holds(d, word)))
        })
    });
}

#[test]
fn outlet_list_examples() {
    check_list(OUTLETS, |word, _, _, fr| fr.iter().any(|f| f.via.as_ref().is_some_and(|v| holds(v, word))));
}

#[test]
fn word_list_examples() {
    check_list(WORDS, |word, kind, text, fr| {
        let speakers: Vec<&SpeakerRef> = fr.iter().filter_map(|f| f.speaker.as_ref()).collect();
        match kind {
            "pronoun" => speakers.iter().any(|s| text.slice(&s.span).eq_ignore_ascii_case(word)),
            "function" => {
                !speakers.is_empty()
                    && speakers.iter().all(|s| !s.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
            }
            "relative" => speakers.iter().any(|s| s.name == "Ana Ruiz"),
            "tailprep" | "medium" | "time" => fr.iter().any(|f| {
                f.cue.as_ref().is_some_and(|c| text.slice(c).split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
            }),
            // Two frames for one speaker; the first clause stops before the coordinator.
            "coordinator" => {
                fr.len() == 2
                    && speakers.len() == 2
                    && speakers.iter().all(|s| s.name == "Smith")
                    && fr.iter().all(|f| !text.slice(&f.content).split_whitespace().any(|w| w == word))
            }
            "agent" | "article" | "heading" | "titleword" | "work" | "timeprep" => fr.is_empty(),
            // The quote stays; its speaker is not the word alone (a count holds it and more).
            "opener" | "count" | "degree" => {
                !fr.is_empty()
                    && speakers.iter().all(|s| !s.name.eq_ignore_ascii_case(word))
                    && (kind == "opener" || speakers.iter().any(|s| holds(&s.name, word)))
            }
            "joiner" => speakers.iter().any(|s| s.name.split_whitespace().any(|w| w == word)),
            "label" => fr.iter().any(|f| {
                f.style == QuoteStyle::Mixed
                    && text.slice(&f.content).contains(&format!(" {word} "))
                    && speakers.iter().any(|s| s.name == "Reid")
            }),
            "headless" => fr.iter().any(|f| f.style == QuoteStyle::Mixed && text.slice(&f.content).starts_with(word)),
            "complementizer" => fr.iter().any(|f| text.slice(&f.content).starts_with(word)),
            "stance" => fr.iter().any(|f| {
                text.slice(&f.content).starts_with("that")
                    && f.cue.as_ref().is_some_and(|c| text.slice(c) == word)
                    && speakers.iter().any(|s| s.name == "Ana Ruiz")
            }),
            // The stance noun's clause is found, with no speaker.
            "impersonal" => fr.iter().any(|f| {
                f.speaker.is_none()
                    && text.slice(&f.content).starts_with("that")
                    && f.cue.as_ref().is_some_and(|c| text.slice(c) == "claim")
            }),
            _ => speakers.iter().any(|s| {
                let all = format!("{} {}", s.name, s.description.clone().unwrap_or_default());
                all.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
            }),
        }
    });
}

/// Throughput of attribution alone over the PolNeAR training texts (run with
/// `cargo test --release --lib attribution_throughput -- --ignored --nocapture`).
#[test]
#[ignore = "timing; needs ../shared"]
fn attribution_throughput() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/quotes/polnear-train.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let texts: Vec<Text> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(|t| Text::new(&Document::from_plain_text(t))))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.joined.len()).sum();
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..3 {
        for t in &texts {
            n += find(t).len();
        }
    }
    let secs = start.elapsed().as_secs_f64() / 3.0;
    eprintln!("attribution: {n} frames, {:.1} MB/s", bytes as f64 / secs / 1e6);
}

#[test]
#[ignore = "timing; needs ../shared"]
fn attribution_phases() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/quotes/polnear-train.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else { return };
    let texts: Vec<Text> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(|t| Text::new(&Document::from_plain_text(t))))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.joined.len()).sum();
    let mb = |s: std::time::Instant| bytes as f64 / s.elapsed().as_secs_f64() / 1e6;
    let t0 = std::time::Instant::now();
    let mut toks = Vec::new();
    let mut n = 0;
    for t in &texts {
        for b in &t.blocks {
            toks.clear();
            tokens::tokenize(&t.joined, b.clone(), &mut toks);
            n += toks.len();
        }
    }
    eprintln!("tokenize {:.1} MB/s ({n} tokens)", mb(t0));
    let t0 = std::time::Instant::now();
    for t in &texts {
        for b in &t.blocks {
            toks.clear();
            tokens::tokenize(&t.joined, b.clone(), &mut toks);
            let tk = Toks::new(&t.joined, &toks, &[]);
            n += tk.len();
        }
    }
    eprintln!("tokenize+classes {:.1} MB/s", mb(t0));
    let t0 = std::time::Instant::now();
    for t in &texts {
        for b in &t.blocks {
            toks.clear();
            tokens::tokenize(&t.joined, b.clone(), &mut toks);
            let tk = Toks::new(&t.joined, &toks, &[]);
            n += marks::pair(&t.joined, tk.t).len() + tk.len();
        }
    }
    eprintln!("+pairs {:.1} MB/s", mb(t0));
    let t0 = std::time::Instant::now();
    for t in &texts {
        n += find(t).len();
    }
    eprintln!("find {:.1} MB/s {n}", mb(t0));
}

/// The speakers of the frames, with their descriptions, in text order.
fn speakers_of(s: &str) -> Vec<(String, Option<String>, String)> {
    let (text, fr) = frames(s);
    fr.iter()
        .map(|f| {
            let sp = f.speaker.as_ref();
            (
                sp.map_or(String::new(), |s| s.name.clone()),
                sp.and_then(|s| s.description.clone()),
                text.slice(&f.content).to_string(),
            )
        })
        .collect()
}

#[test]
fn later_mentions_carry_the_first_description() {
    let got = speakers_of("Water Minister Kofi Mensah said the dams were low.\n\nMensah said the limits would stay.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(n, d, _)| n == "Kofi Mensah" && d.as_deref() == Some("Water Minister")), "{got:?}");
}

#[test]
fn pronouns_follow_text_order_within_a_paragraph() {
    let got = speakers_of(
        "Water Minister Kofi Mensah said the dams were low.\n\nFarmers' leader Abena Owusu said she welcomed the plan. “It is late, but it is right,” she said.",
    );
    let late = got.iter().find(|(_, _, c)| c.starts_with("It is late")).expect("direct quote");
    assert_eq!(late.0, "Abena Owusu", "{got:?}");
}

#[test]
fn pronouns_may_refer_to_a_sentence_subject_who_was_not_quoted() {
    // The subject is described by a role, or named before: a later "he" is that person, not
    // the last one quoted.
    let got = speakers_of("Ana Ruiz said the vote was close.\n\nRadio host Tom Okafor used his show to praise what he called a “brilliant” move.");
    let brilliant = got.iter().find(|(_, _, c)| c.contains("brilliant")).expect("mixed quote");
    assert_eq!(brilliant.0, "Tom Okafor", "{got:?}");
    let got = speakers_of("Tom Okafor said the vote was close. Ana Ruiz said it was not.\n\nOkafor met voters on Monday, and he promised “a fair count.”");
    let count = got.iter().find(|(_, _, c)| c.contains("fair count")).expect("mixed quote");
    assert_eq!(count.0, "Tom Okafor", "{got:?}");
    // No role word in the sentence: the known surname alone lets its subject be noted.
    let got = speakers_of("Tom Okafor said the vote was close. Ana Ruiz said it was not.\n\nOkafor walked out on Monday, and he promised “a fair count.”");
    let count = got.iter().find(|(_, _, c)| c.contains("fair count")).expect("mixed quote");
    assert_eq!(count.0, "Tom Okafor", "{got:?}");
    // An opening word is no subject to refer to.
    let got = speakers_of("Tom Okafor said the vote was close.\n\nSoon after, he promised “a fair count.”");
    let count = got.iter().find(|(_, _, c)| c.contains("fair count")).expect("mixed quote");
    assert_eq!(count.0, "Tom Okafor", "{got:?}");
}

#[test]
fn transcript_labels_name_the_speaker_of_their_paragraph() {
    let doc = "Mensah spoke to the station on Sunday.\n\nAMA BOATENG: Will the dams hold this year?\n\nMENSAH: I think they will hold, and the rains will come.\n\nBOATENG: And if they do not?\n\nMENSAH: Then we will ration water.";
    let got = speakers_of(doc);
    let speaker = |start: &str| got.iter().find(|(_, _, c)| c.starts_with(start)).map(|(n, _, _)| n.clone());
    // Labels name the person in normal case, joined to the name the prose gives.
    assert_eq!(speaker("Will the dams").as_deref(), Some("Ama Boateng"), "{got:?}");
    assert_eq!(speaker("I think they will hold").as_deref(), Some("Mensah"), "{got:?}");
    assert_eq!(speaker("And if they do not").as_deref(), Some("Ama Boateng"), "{got:?}");
    let got = speakers_of("“We will manage,” Kwame Mensah said on Sunday.\n\nAMA BOATENG: Will it hold?\n\nMENSAH: It will.\n\nBOATENG: And then?\n\nMENSAH: We ration water.");
    assert!(got.iter().any(|(n, _, c)| n == "Kwame Mensah" && c.starts_with("It will")), "{got:?}");
    // "I think" reports nothing inside the speaker's own answer.
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("they will hold")), "{got:?}");
    // A lone label is a heading, not a speaker.
    let got = speakers_of("UPDATE: The dams held overnight.\n\nWASHINGTON: Officials met on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn plain_appositives_describe_the_speaker() {
    for s in [
        "Kwame Mensah, the engineer, said the bridge would open in May.",
        "The bridge would open in May, said the engineer, Kwame Mensah.",
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, "Kwame Mensah", "{s}: {got:?}");
        assert_eq!(got[0].1.as_deref(), Some("the engineer"), "{s}: {got:?}");
    }
}

#[test]
fn a_long_subject_keeps_its_cue() {
    let got = speakers_of("A spokesman for the shipping line Norhaven said the company had diverted eleven vessels to other ports and expected delays.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].2.starts_with("the company had diverted"), "{got:?}");
    assert!(got[0].0.contains("spokesman"), "{got:?}");
}

#[test]
fn an_addressee_is_not_the_speaker() {
    for s in [
        "Speaking on Monday, the minister told reporters: “We will stay.”",
        "“We will stay,” told reporters at the port.",
    ] {
        let got = speakers_of(s);
        assert!(got.iter().all(|(n, _, _)| !n.contains("reporters")), "{s}: {got:?}");
    }
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
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert!(got[0].2.starts_with(start), "{s}: {got:?}");
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
fn a_clause_between_speaker_and_cue_is_skipped() {
    let got = speakers_of(
        "Police Commissioner Richard Ross, who spent the morning near City Hall, said the protests were peaceful.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Richard Ross", "{got:?}");
}

#[test]
fn an_opening_phrase_is_not_the_subject() {
    let got = speakers_of("At the town hall meeting in Hudson, the crowd was restless. Indeed, “we cite a dozen cases far worse than this one.”");
    assert!(got.iter().all(|(n, _, _)| n != "At" && n != "Indeed"), "{got:?}");
}

#[test]
fn a_lead_in_before_a_signed_quote_is_attributed() {
    let (text, fr) =
        frames("With thousands of vote counting systems, “there is no one single point of failure,” Johnson said.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!(fr[0].style, QuoteStyle::Mixed);
    assert!(text.slice(&fr[0].content).starts_with("With thousands"), "{fr:?}");
}

#[test]
fn cueless_fragment_runs_from_after_the_subjects_verb() {
    let (text, fr) = frames("Cruz blamed the new law on “knuckleheaded Democratic politicians” in the state.");
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert_eq!(text.slice(&f.content), "the new law on “knuckleheaded Democratic politicians” in the state");
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Cruz"));
    // A possessive after the name is no verb: the fragment stays as it is.
    let (text, fr) = frames("Johnson’s doctor is calling the candidate “extremely physically fit.”");
    assert!(fr.iter().all(|f| !text.slice(&f.content).starts_with("s doctor")));
}

#[test]
fn labelling_cue_after_an_appositive_subject_has_that_speaker() {
    let (_, fr) = frames(
        "Minyon Moore, a senior adviser to the campaign, called the remarks \"a true wake-up call\" to his supporters.",
    );
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Minyon Moore"));
}

#[test]
fn a_name_that_starts_the_reported_clause_is_not_an_inverted_speaker() {
    let got = speakers_of(
        "Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could file a complaint.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Russell Wheeler", "{got:?}");
    assert!(got[0].2.starts_with("Trump could file"), "{got:?}");
    // An inverted speaker still takes a trailing place or time.
    let got = speakers_of("The bridge would open in May, said Kwame Mensah in a statement on Monday.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Kwame Mensah", "{got:?}");
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
fn an_opening_participle_is_not_a_name() {
    let got = speakers_of("Ana Ruiz spoke first. Speaking in her own voice again, she said, “We will stay.”");
    assert!(got.iter().all(|(n, _, _)| n != "Speaking"), "{got:?}");
    // Names ending like participles still speak.
    let got = speakers_of("“We will stay,” Manning said.");
    assert_eq!(got[0].0, "Manning", "{got:?}");
}

#[test]
fn a_subject_after_an_opening_phrase_keeps_its_relative_clause() {
    let got = speakers_of("With 50 days until the election, Clinton, who spoke in Ohio, called the plan “a total disaster for the country.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Clinton", "{got:?}");
}

#[test]
fn a_fragment_clause_ends_at_a_comma_inside_its_closing_mark() {
    let (text, fr) = frames(
        "Trump further described the incident as a “terrible situation,” but stopped short of calling it a crime.",
    );
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert!(text.slice(&f.content).ends_with("situation,”"), "{:?}", text.slice(&f.content));
}

#[test]
fn a_reported_clause_ends_at_a_dash_after_its_last_quoted_words() {
    let (text, fr) = frames("Gingrich said Estonia was in the “suburbs of St. Petersburg” — a phrase that stuck.");
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert!(text.slice(&f.content).ends_with("Petersburg”"), "{:?}", text.slice(&f.content));
}

#[test]
fn a_labelling_participle_after_a_comma_has_the_sentence_speaker() {
    let (_, fr) = frames("Trump subsequently defended the incident, calling the protester “a very obnoxious guy who was looking for trouble.”");
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Trump"), "{fr:?}");
}

#[test]
fn a_participle_that_reports_the_quote_is_its_own_clause() {
    let (text, fr) =
        frames("Sanders criticized the accord adopted in Paris, saying the agreement goes “nowhere near far enough.”");
    let f = fr.iter().find(|f| f.style == QuoteStyle::Mixed).expect("a mixed quote");
    assert!(text.slice(&f.content).starts_with("the agreement goes"), "{:?}", text.slice(&f.content));
    assert_eq!(f.speaker.as_ref().map(|s| s.name.as_str()), Some("Sanders"), "{fr:?}");
}

#[test]
fn a_capitalised_modifier_before_a_role_is_not_the_name() {
    for s in [
        "Republican presidential front-runner Donald Trump said the plan had failed.",
        "“We will stay,” said Republican presidential nominee Donald Trump.",
        "The Democratic presidential nominee Donald Trump said the plan had failed.",
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, "Donald Trump", "{s}: {got:?}");
    }
    let got = speakers_of("“We will stay,” Trump campaign manager Kellyanne Conway said.");
    assert_eq!(got[0].0, "Kellyanne Conway", "{got:?}");
    // A verb between two names is no modifier: the first name is the subject.
    let got = speakers_of("Cruz exhorted Republicans to “vote your conscience” and said he was standing on principle.");
    assert!(!got.is_empty() && got.iter().all(|(n, _, _)| n == "Cruz"), "{got:?}");
}

#[test]
fn a_byline_place_is_no_reported_clause() {
    let got = speakers_of("Ana Ruiz reported from Los Angeles. Ben Ruiz reported from Madrid, Spain.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_plural_possessive_stays_inside_the_speaker_phrase() {
    for (s, speaker) in [
        ("“We will stay,” Sanders’ campaign manager said.", "Sanders’ campaign manager"),
        ("“We will stay,” the farmers' leader said.", "the farmers' leader"),
        ("Jeff Weaver, Sanders’ campaign manager, said the plan had failed.", "Jeff Weaver"),
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, speaker, "{s}: {got:?}");
    }
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
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].2.as_str()), (speaker, content), "{s}: {got:?}");
    }
}

#[test]
fn an_issued_document_speaks_for_the_issuer() {
    for s in [
        "On Saturday, Ana Ruiz issued a statement saying that the plan had failed.",
        "Ana Ruiz released a report saying the plan had failed.",
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, "Ana Ruiz", "{s}: {got:?}");
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
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, speaker, "{s}: {got:?}");
    }
}

#[test]
fn a_capitalised_pronoun_is_no_sign_of_a_title() {
    let got = speakers_of("“Does anybody know what the plan is?” Ana Ruiz asked. “Neither do I.”");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2.as_str()), ("Ana Ruiz", "Neither do I."), "{got:?}");
}

#[test]
fn an_ly_adverb_between_speaker_and_cue_is_skipped() {
    for s in ["Ana Ruiz has repeatedly said that the plan had failed.", "Ana Ruiz cheerfully said the plan had failed."]
    {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, "Ana Ruiz", "{s}: {got:?}");
    }
}

#[test]
fn a_cue_with_plain_words_before_it_has_the_sentence_subject() {
    for (s, speaker) in [
        ("Protesters marching through the streets chanted “What curfew?” and kept going.", "Protesters"),
        ("Ana Ruiz took the stage on Tuesday at the hotel and called the system “rotten to the core.”", "Ana Ruiz"),
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, speaker, "{s}: {got:?}");
    }
}

#[test]
fn a_name_after_an_inverted_cues_description_is_the_speaker() {
    for s in [
        "“We will stay,” said Sanders’ campaign manager, Jeff Weaver.",
        "“We will stay,” said the campaign manager, Jeff Weaver, on Monday.",
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, "Jeff Weaver", "{s}: {got:?}");
        assert!(got[0].1.as_deref().is_some_and(|d| d.contains("campaign manager")), "{s}: {got:?}");
    }
}

#[test]
fn a_name_after_a_dash_signs_the_quote_after_its_colon() {
    let got = speakers_of(
        "Pollsters agree - Ana Ruiz: “One lesson was simple: keep on contacting voters as late as possible.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ana Ruiz", "{got:?}");
}

#[test]
fn a_colon_introduction_after_an_opening_phrase_or_at_a_paragraph_end_has_its_subject() {
    let got =
        speakers_of("On July 6, 2015, Ana Ruiz made the following comment: “The plan failed and nobody will say so.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ana Ruiz", "{got:?}");
    let got = speakers_of("Ana Ruiz then listed the questions a nominee must answer:\n\n“Has the candidate a record of leadership?”\n\n“Will the candidate melt when the heat is on?”");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Ana Ruiz"), "{got:?}");
}

#[test]
fn an_opening_word_is_no_speaker() {
    let got = speakers_of(
        "Once in my early 20s, when we drove on the highway, I laughed and said, “I don’t believe in the devil.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].0, "Once", "{got:?}");
}

/// Every word class is its own bit: two branches once each took the next free bit, and the
/// merge read every listed institution noun as a noun naming a work.
#[test]
fn word_classes_are_distinct_bits() {
    use super::words::class::*;
    let all = [
        PRONOUN,
        DETERMINER,
        INDEFINITE,
        PARTICLE,
        CONNECTOR,
        FUNCTION,
        TITLE,
        ROLE,
        ANONYMOUS,
        DOCUMENT,
        OUTLET_HEAD,
        OUTLET_NAME,
        AUX,
        ADVERB,
        PHRASE_START,
        COMPLEMENTIZER,
        TAILPREP,
        MEDIUM,
        TIME,
        PASSIVE,
        RELATIVE,
        COORDINATOR,
        AGENT,
        ARTICLE,
        HEADLESS,
        LABEL,
        STANCE,
        IMPERSONAL,
        HEADING,
        TITLE_WORD,
        BODY,
        JOINER,
    ];
    for (i, a) in all.iter().enumerate() {
        assert_eq!(a.count_ones(), 1, "class {i} is not one bit");
        assert!(all[i + 1..].iter().all(|b| a & b == 0), "class {i} shares its bit");
    }
}

#[test]
fn a_slogan_right_after_a_cue_of_quoted_words_only_is_a_quote() {
    // Capitalised words after "chanting" are a cry, not a title; with no comma the cue still
    // takes them as they stand.
    for (s, words) in [
        ("The marchers crossed the bridge, waving flags and chanting \"Save Our Mill.\"", "Save Our Mill."),
        ("The marchers crossed the bridge and chanted “Save the mill now!”", "Save the mill now!"),
    ] {
        let got = speakers_of(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].2, words, "{s}: {got:?}");
    }
    // A title after a plain verb stays a name.
    assert!(speakers_of("The marchers watched \"Save Our Mill\" at the town hall.").is_empty());
}

#[test]
fn a_web_address_alone_is_no_reported_clause() {
    // The link after "reports:" points to the report; it reports no words.
    assert!(speakers_of(
        "The museum will move downtown, Ana Ruiz at the Daily Ledger reports: http://example.com/x7Rq2."
    )
    .is_empty());
    // A clause after the colon stays one.
    let got = speakers_of("Ana Ruiz at the Daily Ledger reports: the museum will move downtown next year.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_time_phrase_after_the_cue_is_no_reported_clause() {
    // "after …", "before …" place the saying in time; they report nothing.
    assert!(speakers_of("The crowd was far smaller than the 9,000 a day the organisers estimated before the opening.")
        .is_empty());
    // With "that" the clause still follows.
    let got = speakers_of("Ana Ruiz said after the vote that the plan had failed.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].2.contains("the plan had failed"), "{got:?}");
}

#[test]
fn an_outlet_after_an_attributed_quote_reports_no_second_clause() {
    // "according to …" after a quote and its own "X said" names where the quote was reported.
    let got =
        speakers_of("“We will not let them close the mill,” Ana Ruiz said, according to a transcript of the meeting.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ana Ruiz", "{got:?}");
    // A clause of the outlet's own stays reported.
    let got = speakers_of("The mill will close in March, according to a transcript of the meeting.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_clause_may_follow_a_time_phrase_after_the_cue() {
    let got = speakers_of("Ana Ruiz said after the vote she would not run again.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "she would not run again", "{got:?}");
    let got = speakers_of("Ana Ruiz explained after winning the county on Monday, she would need most of the rest.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].2.starts_with("she would need"), "{got:?}");
}
