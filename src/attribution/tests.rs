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
    check_list(VERBS, |word, kind, text, fr| match kind {
        "adverb" => fr.iter().any(|f| f.speaker.as_ref().is_some_and(|s| s.name == "Smith")),
        "according" => fr.iter().any(|f| f.style == QuoteStyle::Indirect && f.cue.as_ref().is_some_and(|c| holds(text.slice(c), word))),
        _ => fr.iter().any(|f| f.cue.as_ref().is_some_and(|c| holds(text.slice(c), word))),
    });
}

#[test]
fn role_list_examples() {
    check_list(ROLES, |word, _, _, fr| {
        fr.iter().any(|f| {
            f.speaker.as_ref().is_some_and(|s| holds(&s.name, word) || s.description.as_ref().is_some_and(|d| holds(d, word)))
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
            "function" => !speakers.is_empty() && speakers.iter().all(|s| !s.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))),
            "tailprep" | "medium" | "time" => fr.iter().any(|f| f.cue.as_ref().is_some_and(|c| text.slice(c).split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))),
            "complementizer" => fr.iter().any(|f| text.slice(&f.content).starts_with(word)),
            _ => speakers.iter().any(|s| {
                let all = format!("{} {}", s.name, s.description.clone().unwrap_or_default());
                all.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
            }),
        }
    });
}
