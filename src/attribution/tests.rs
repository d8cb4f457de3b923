//! Tests of attribution: every word-list entry's example and the word classes here; the
//! patterns of issue 2 in `clauses` (what was said) and `speakers` (who said it).

use super::words::{OUTLETS, ROLES, VERBS, WORDS};
use super::*;
use crate::document::Document;
use crate::lexicon;

mod clauses;
mod signatures;
mod speakers;

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
            // " ¶ " parts the paragraphs of an example that needs several (a transcript).
            let (text, fr) = frames(&ex.replace(" ¶ ", "\n\n"));
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
        // Ruiz's clause stops before the mayor's embedded attribution.
        "finite" => fr.iter().any(|f| {
            f.speaker.as_ref().is_some_and(|s| s.name == "Ana Ruiz") && !holds(text.slice(&f.content), "mayor")
        }),
        "idiom" => fr.is_empty(),
        "relay" => fr.iter().any(|f| {
            f.speaker.as_ref().is_some_and(|s| s.name == "Ana Ruiz") && f.via.as_deref() == Some("Eastvale Times")
        }),
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
            // Before a name, an honorific is its title, no part of it.
            if kind == "honorific" {
                return f
                    .speaker
                    .as_ref()
                    .is_some_and(|s| !holds(&s.name, word) && s.description.as_ref().is_some_and(|d| holds(d, word)));
            }
            // A courtesy title ("Mr.") is read as a title, off the name, and describes no one.
            let courtesy = super::words::is_listed(super::words::Listed::Courtesy, word);
            f.speaker.as_ref().is_some_and(|s| {
                holds(&s.name, word)
                    || s.description.as_ref().is_some_and(|d| holds(d, word))
                    || courtesy && s.name == "Ruiz" && s.description.is_none()
            })
        })
    });
}

#[test]
fn outlet_list_examples() {
    check_list(OUTLETS, |word, kind, _, fr| match kind {
        // The paper reports; the "he" after it is the person named before it.
        "masthead" => {
            fr.iter().any(|f| f.speaker.as_ref().is_some_and(|s| holds(&s.name, word)))
                && fr.last().and_then(|f| f.speaker.as_ref()).is_some_and(|s| s.name == "Ben Ruiz")
        }
        _ => fr.iter().any(|f| f.via.as_ref().is_some_and(|v| holds(v, word))),
    });
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
            "tailprep" | "medium" | "time" | "weekday" => fr.iter().any(|f| {
                f.cue.as_ref().is_some_and(|c| text.slice(c).split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
            }),
            // The reported clause runs on past the question's embedded cue, the word in it.
            "question" => fr.iter().any(|f| {
                let content = text.slice(&f.content);
                content.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
                    && content.trim_end_matches('.').ends_with("the race")
            }),
            // The speaker's first clause stops before "and" and the phrase.
            "appeal" => {
                !fr.is_empty()
                    && speakers.iter().all(|s| s.name == "Smith")
                    && fr.iter().all(|f| !text.slice(&f.content).split_whitespace().any(|w| w == "and"))
            }
            // Two frames for one speaker; the first clause stops before the coordinator.
            "coordinator" => {
                fr.len() == 2
                    && speakers.len() == 2
                    && speakers.iter().all(|s| s.name == "Smith")
                    && fr.iter().all(|f| !text.slice(&f.content).split_whitespace().any(|w| w == word))
            }
            "agent" | "article" | "heading" | "titleword" | "work" | "timeprep" | "titlejoin" | "beforenoun"
            | "afterarticle" | "quantifier" => fr.is_empty(),
            // The quote stays; its speaker is not the word alone (a count holds it and more).
            "opener" | "count" | "degree" => {
                !fr.is_empty()
                    && speakers.iter().all(|s| !s.name.eq_ignore_ascii_case(word))
                    && (kind == "opener" || speakers.iter().any(|s| holds(&s.name, word)))
            }
            // The word speaks only with more: an unnamed phrase, never a name alone.
            // The transcript is read, and the stage label names no speaker.
            "stage" => !speakers.is_empty() && speakers.iter().all(|s| !holds(&s.name, word)),
            "member" => speakers.iter().any(|s| holds(&s.name, word) && !s.name.eq_ignore_ascii_case(word)),
            "joiner" => speakers.iter().any(|s| s.name.split_whitespace().any(|w| w == word)),
            // The whole phrase speaks, the preposition and the place in it.
            "home" => speakers.iter().any(|s| s.name.split_whitespace().any(|w| w == word)),
            // The town's state closes the unnamed phrase, which speaks whole.
            "town" => speakers.iter().any(|s| {
                s.name.split_whitespace().any(|w| w == word)
                    && ["Utah", "Oregon"].iter().any(|state| s.name.ends_with(state))
            }),
            // The cue's object, the noun and its determiner, opens the reported words.
            "content" => fr.iter().any(|f| text.slice(&f.content).starts_with(&format!("the {word} that"))),
            // The reported words open right after the preposition, at the noun's phrase.
            "objectprep" => fr.iter().any(|f| {
                let before = text.slice(&(0..f.content.start));
                before.ends_with(&format!(" {word} ")) && text.slice(&f.content).contains("that the plan failed")
            }),
            // The reported words open right after the preposition, at the cue's matter.
            "cueprep" => fr.iter().any(|f| text.slice(&(0..f.content.start)).ends_with(&format!(" {word} "))),
            "label" => fr.iter().any(|f| {
                f.style == QuoteStyle::Mixed
                    && text.slice(&f.content).contains(&format!(" {word} "))
                    && speakers.iter().any(|s| s.name == "Reid")
            }),
            "headless" => fr.iter().any(|f| f.style == QuoteStyle::Mixed && text.slice(&f.content).starts_with(word)),
            // The question opens the reported words, past the addressee.
            "askword" => fr.iter().any(|f| text.slice(&f.content).starts_with(word)),
            // The pronoun takes the person named before it; "I" outside quote marks is the writer.
            "personal" => speakers
                .iter()
                .any(|s| text.slice(&s.span).eq_ignore_ascii_case(word) && (s.name == "Ana Ruiz" || s.name == "I")),
            // The name a participle gives: a mixed quote right after the word, with no speaker.
            "namepart" => fr.iter().any(|f| {
                f.style == QuoteStyle::Mixed
                    && f.speaker.is_none()
                    && text.slice(&(0..f.content.start)).ends_with(&format!(" {word} "))
            }),
            // The words a noun names as words: a mixed quote right after it (or its comma), the
            // subject's.
            "termnoun" => fr.iter().any(|f| {
                let before = text.slice(&(0..f.content.start));
                f.style == QuoteStyle::Mixed
                    && (before.ends_with(&format!(" {word} ")) || before.ends_with(&format!(" {word}, ")))
                    && speakers.iter().any(|s| s.name == "Ana Ruiz")
            }),
            // The quoted name is the critics' wording: the reported words open at the object.
            "objectpronoun" => fr.iter().any(|f| text.slice(&f.content).starts_with(word)),
            "complementizer" => fr.iter().any(|f| text.slice(&f.content).starts_with(word)),
            // The courtesy title is left out beside the appositive's description, and the later
            // pronoun of the other gender passes over the person it titles.
            "courtesy" => {
                speakers.iter().any(|s| s.description.as_deref() == Some("the law professor"))
                    && speakers.iter().any(|s| matches!(text.slice(&s.span), "he" | "she") && s.name.ends_with(" Lee"))
            }
            // One quote, the words after the cue: the connective is no part of them.
            "concessive" => fr.len() == 1 && fr.iter().all(|f| text.slice(&f.content) == "the plan had failed badly"),
            // The reported words end with the subordinate clause, before the main clause.
            "subordinator" => fr
                .iter()
                .any(|f| text.slice(&f.content).starts_with("the plan") && !text.slice(&f.content).contains("mayor")),
            // The subject before the word speaks, without it.
            "beforeverb" => {
                !speakers.is_empty()
                    && speakers.iter().all(|s| !s.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
            }
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

/// The one attribution `s` holds, as [`speakers_of`] gives it (speaker, description, what was
/// said); fails naming `s` if it holds none or several.
#[track_caller]
fn the_one_in(s: &str) -> (String, Option<String>, String) {
    let got = speakers_of(s);
    assert_eq!(got.len(), 1, "{s}: {got:?}");
    got.into_iter().next().unwrap_or_else(|| unreachable!())
}

/// Asserts that `s` holds one attribution ([`the_one_in`]) and that `name` speaks it.
#[track_caller]
fn assert_one_speaker(s: &str, name: &str) {
    let (speaker, description, said) = the_one_in(s);
    assert_eq!(speaker, name, "{s}: {:?}", (&description, &said));
}

/// Asserts that a frame of `got` ([`speakers_of`]) holds `part` (the first such, what `what`
/// names) and that its speaker is `name`.
#[track_caller]
fn assert_speaker_of_part(got: &[(String, Option<String>, String)], part: &str, name: &str, what: &str) {
    let frame = got.iter().find(|(_, _, c)| c.contains(part)).unwrap_or_else(|| panic!("{what} ({part}): {got:?}"));
    assert_eq!(frame.0, name, "{got:?}");
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

/// A block's view lists the tokens where a cue may stand (the reported-speech walks visit
/// those alone): `cue_at` finds a cue at no other token.
#[test]
fn cues_stand_only_at_listed_cue_tokens() {
    let t = Text::new(&Document::from_plain_text(
        "In a statement on Monday, the mayor said the plan would go ahead in the spring. Ana Ruiz \
         told reporters in an interview that she was pleased, according to two aides.",
    ));
    let mut toks = Vec::new();
    let mut cues = 0;
    for b in &t.blocks {
        toks.clear();
        tokens::tokenize(&t.joined, b.clone(), &mut toks);
        let tk = Toks::new(&t.joined, &toks, &t.sentences);
        for i in 0..tk.len() {
            if tk.cue_at(i).is_some() {
                assert!(tk.cue_tokens().contains(&i), "token {i} ({}) holds a cue", tk.s(i));
                cues += 1;
            }
        }
    }
    assert!(cues >= 2, "{cues} cues");
}

/// `is_to` answers for the word "to" in any case, and for no longer word, other word or mark.
#[test]
fn is_to_answers_for_the_word_to_in_any_case() {
    let t = Text::new(&Document::from_plain_text("To go to TO tomorrow, toward “to” it."));
    let mut toks = Vec::new();
    let mut found = Vec::new();
    for b in &t.blocks {
        toks.clear();
        tokens::tokenize(&t.joined, b.clone(), &mut toks);
        let tk = Toks::new(&t.joined, &toks, &t.sentences);
        found.extend((0..=tk.len()).filter(|&i| tk.is_to(i)).map(|i| tk.s(i).to_string()));
    }
    assert_eq!(found, ["To", "to", "TO", "to"]);
}

/// `unquoted_lower_word` answers for a lower-case word outside quoted words alone: not for a
/// capitalised word, a word inside quote marks, a mark or a stop.
#[test]
fn unquoted_lower_word_is_a_lower_case_word_outside_quotes() {
    let t = Text::new(&Document::from_plain_text("Ana Ruiz said “the plan failed” and left Eastvale."));
    let mut toks = Vec::new();
    let mut found = Vec::new();
    for b in &t.blocks {
        toks.clear();
        tokens::tokenize(&t.joined, b.clone(), &mut toks);
        let mut tk = Toks::new(&t.joined, &toks, &t.sentences);
        for p in marks::pair(&t.joined, tk.t) {
            let end = p.close.map_or(p.stop, |c| c + 1);
            for q in tk.quoted.get_mut(p.open..end).into_iter().flatten() {
                *q = true;
            }
        }
        found.extend((0..=tk.len()).filter(|&i| tk.unquoted_lower_word(i)).map(|i| tk.s(i).to_string()));
    }
    assert_eq!(found, ["said", "and", "left"]);
}

/// A run of one speaker's name goes on past frames with no speaker, whatever the mention's
/// place, description or anonymity; a new name ends it.
#[test]
fn speakers_in_runs_marks_a_speaker_quoted_again_at_once() {
    let speaker = |name: &str, description: Option<&str>, anonymous: bool, at: usize| {
        Some(SpeakerRef { name: name.into(), description: description.map(Into::into), span: at..at + 1, anonymous })
    };
    let frame = |speaker| Frame {
        content: 0..1,
        style: QuoteStyle::Direct,
        speaker,
        cue: None,
        via: None,
        extent: 0..1,
        group: 0,
    };
    let frames = [
        frame(speaker("Ana Ruiz", None, false, 0)),
        frame(speaker("Ana Ruiz", None, false, 5)),
        frame(None),
        frame(speaker("Ana Ruiz", None, false, 9)),
        frame(speaker("Ana Ruiz", Some("mayor"), false, 12)),
        frame(speaker("Lee", Some("mayor"), false, 15)),
        frame(speaker("officials", None, true, 20)),
        frame(speaker("officials", None, false, 25)),
    ];
    let got: Vec<(usize, bool)> = speakers_in_runs(&frames).map(|(i, _, _, again)| (i, again)).collect();
    assert_eq!(got, [(0, false), (1, true), (3, true), (4, true), (5, false), (6, false), (7, true)]);
}

/// The screen before `direct::closing_relay` finds a relaying verb among a sentence's cues
/// ("reported", "reports"), and none in a sentence whose cues only say or whose
/// "reported" stands before the stretch asked.
#[test]
fn the_closing_relay_screen_finds_a_relaying_verb_among_the_cues() {
    let screen = |s: &str, from_word: &str| {
        let t = Text::new(&Document::from_plain_text(s));
        let mut toks = Vec::new();
        tokens::tokenize(&t.joined, 0..t.joined.len(), &mut toks);
        let tk = Toks::new(&t.joined, &toks, &t.sentences);
        let from = (0..tk.len()).find(|&k| tk.s(k) == from_word).unwrap_or(0);
        let found = direct::relay_verb_in(&tk, from, tk.len());
        assert!(found || direct::closing_relay(&tk, from, tk.len()).is_none(), "{s}");
        found
    };
    assert!(screen("“The plan failed,” Ruiz said, CNN reported.", "said"));
    assert!(screen("“The plan failed,” said Ruiz, a farmer, reports the Eastvale Times.", "said"));
    assert!(!screen("“The plan failed,” Ruiz said, adding that it was late.", "said"));
    assert!(!screen("CNN reported that the plan failed, Ruiz said.", "Ruiz"));
}

/// The speaker of the quote opening the last block of: a paragraph quoting Parata, then
/// `between` of `kind`, then a bare quote.
fn speaker_after(kind: crate::document::BlockKind, between: &str) -> Option<String> {
    use crate::document::{Block, BlockKind, Document};
    let doc = Document::new(vec![
        Block::new(BlockKind::Headline, "Elders fear for the whales"),
        Block::new(
            BlockKind::Paragraph,
            "\u{201c}Man\u{2019}s greed is hurting the whales,\u{201d} says Hori Parata, an elder of the tribe.",
        ),
        Block::new(kind, between),
        Block::new(BlockKind::Paragraph, "\u{201c}We\u{2019}re having to put up with a lot of stuff today.\u{201d}"),
    ]);
    let quotes = crate::attribution::test_quotes::quotes_in(&doc);
    quotes.last().and_then(|q| q.name().map(str::to_string))
}

#[test]
fn a_caption_between_a_quote_and_the_next_passes_the_speaker_on() {
    let caption = "Hori Parata at his farm, the place where he was born and grew up";
    assert_eq!(speaker_after(crate::document::BlockKind::Caption, caption).as_deref(), Some("Hori Parata"));
    // A paragraph of the story in its place ends the run of his quotes.
    let paragraph = "Whale experts regard New Zealand as the stranding capital of the world.";
    assert_eq!(speaker_after(crate::document::BlockKind::Paragraph, paragraph), None);
}
