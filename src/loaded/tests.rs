//! Every list entry is checked against its own example, and the voice rules are shown.

use super::words::{expand, reported_forms, CATEGORIES, EXCEPTIONS, LEXICON, WORDS};
use super::*;
use crate::document::Document;
use crate::lexicon;

/// [`find`] with the word runs the analysis gives it (attribution's tokenizer).
fn find_in(text: &Text, voice: &VoiceMap) -> Vec<(Range<usize>, Loaded)> {
    let tokens = crate::attribution::find_with_tokens(text).1;
    find(text, voice, crate::attribution::word_runs(&text.joined, &tokens).skipping_unlisted())
}

/// Every word run of the text, none skipped: what the runs that leave out the words the word
/// look-up found unlisted must give.
fn find_in_every_run(text: &Text, voice: &VoiceMap) -> Vec<(Range<usize>, Loaded)> {
    let tokens = crate::attribution::find_with_tokens(text).1;
    find(text, voice, crate::attribution::word_runs(&text.joined, &tokens))
}

#[test]
fn skipping_the_unlisted_words_finds_the_same() {
    for (path, body) in crate::bundled_texts::bundled_texts() {
        let text = Text::new(&Document::from_plain_text(&body));
        let voice = VoiceMap::default();
        let (skipping, every) = (find_in(&text, &voice), find_in_every_run(&text, &voice));
        assert_eq!(format!("{skipping:?}"), format!("{every:?}"), "{}", path.display());
    }
}

fn findings(body: &str) -> Vec<(String, Loaded)> {
    // A headline first, so that the example is an ordinary paragraph.
    let doc = Document::from_plain_text(&format!("Example\n\n{body}"));
    let text = Text::new(&doc);
    let voice = VoiceMap::default();
    find_in(&text, &voice).into_iter().map(|(s, l)| (text.joined[s].to_string(), l)).collect()
}

#[test]
fn every_word_entry_is_well_formed_and_found_in_its_example() {
    let mut problems = Vec::new();
    for entry in lexicon::parse(WORDS) {
        let [pattern, category, note, alternative] = entry.fields[..] else {
            problems.push(format!("line {}: expected 4 fields, got {:?}", entry.line, entry.fields));
            continue;
        };
        if !CATEGORIES.contains(&category) {
            problems.push(format!("line {}: unknown category {category:?}", entry.line));
        }
        if note.len() < 10 || alternative.is_empty() {
            problems.push(format!("line {}: note or alternative missing", entry.line));
        }
        if entry.examples.is_empty() {
            problems.push(format!("line {}: no example", entry.line));
        }
        let forms = reported_forms(pattern);
        for example in &entry.examples {
            let found = findings(example);
            let hit = found.iter().any(|(w, l)| {
                let w = w.to_lowercase();
                let form_matches = |f: &String| {
                    if f.starts_with('-') {
                        w.ends_with(&f.to_lowercase())
                    } else {
                        f.eq_ignore_ascii_case(&w)
                    }
                };
                l.note == note && forms.iter().any(form_matches) && !l.in_quote
            });
            if !hit {
                problems.push(format!("line {}: {pattern:?} not found in {example:?}: {found:?}", entry.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_exception_silences_a_listed_word() {
    let without = super::words::Lexicon::new(WORDS, "");
    let mut problems = Vec::new();
    for entry in lexicon::parse(EXCEPTIONS) {
        let Some(pattern) = entry.fields.first() else { continue };
        if entry.examples.is_empty() {
            problems.push(format!("line {}: no example", entry.line));
        }
        for example in &entry.examples {
            let lower = example.to_lowercase();
            let forms = expand(pattern);
            let Some((at, len)) = forms.iter().find_map(|f| lower.find(f.as_str()).map(|at| (at, f.len()))) else {
                problems.push(format!("line {}: {pattern:?} not in its example", entry.line));
                continue;
            };
            let inside = |spans: Vec<Range<usize>>| spans.into_iter().any(|s| s.start < at + len && at < s.end);
            if !inside(without.find(example).into_iter().map(|(s, _)| s).collect()) {
                problems.push(format!("line {}: no listed word to silence in {example:?}", entry.line));
            }
            if inside(LEXICON.find(example).into_iter().map(|(s, _)| s).collect()) {
                problems.push(format!("line {}: a word is still reported in {example:?}", entry.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_form_is_listed_twice() {
    let mut seen = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for entry in lexicon::parse(WORDS) {
        // Heads must be unique: a context entry's head is matched alone, then its context.
        for form in reported_forms(entry.fields.first().copied().unwrap_or("")) {
            if let Some(line) = seen.insert(form.to_lowercase(), entry.line) {
                problems.push(format!("{form:?} on lines {line} and {}", entry.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(LEXICON.senses.len(), lexicon::parse(WORDS).len());
}

#[test]
fn every_scare_cue_keeps_a_quoted_word_from_being_scare_quotes() {
    let mut problems = Vec::new();
    for entry in lexicon::parse(scare::CUES) {
        if entry.examples.is_empty() {
            problems.push(format!("line {}: no example", entry.line));
        }
        for example in &entry.examples {
            let scare: Vec<_> = findings(example).into_iter().filter(|(_, l)| l.category == SCARE_QUOTES).collect();
            if !scare.is_empty() || !example.contains(['“', '"', '‘', '«']) {
                problems.push(format!("line {}: {example:?} gives {scare:?}", entry.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_scare_head_introduces_scare_quotes() {
    let mut problems = Vec::new();
    for entry in lexicon::parse(scare::HEADS) {
        for example in &entry.examples {
            let scare = findings(example).into_iter().filter(|(_, l)| l.category == SCARE_QUOTES).count();
            if scare != 1 {
                problems.push(format!("line {}: {example:?} gives {scare} scare quotes", entry.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn scare_quotes_are_reported() {
    let found = findings("The “experts” at the think tank disagree.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "experts");
    assert_eq!(found[0].1.category, SCARE_QUOTES);
}

#[test]
fn words_inside_quotes_are_the_speakers() {
    use crate::attribution::Frame;
    use crate::report::QuoteStyle;
    let doc = Document::from_plain_text(
        "Example\n\nRegime forces fled. “Regime forces are horrific,” she said, calling it “barbaric”.",
    );
    let text = Text::new(&doc);
    let quote = text.joined.find("Regime forces are").unwrap_or(0);
    let evil = text.joined.find("barbaric").unwrap_or(0);
    let frame = |content: Range<usize>| Frame {
        content: content.clone(),
        style: QuoteStyle::Direct,
        speaker: None,
        cue: None,
        via: None,
        extent: content,
        group: 0,
    };
    let frames = [frame(quote..quote + 30), frame(evil..evil + 8)];
    let voice = VoiceMap::new(&text, &frames);
    let found: Vec<(&str, bool)> =
        find_in(&text, &voice).into_iter().map(|(s, l)| (&text.joined[s], l.in_quote)).collect();
    // "barbaric" is the attribution's one-word quote, so no scare quotes; as a listed word it is
    // the speaker's.
    assert_eq!(found, [("Regime", false), ("Regime", true), ("horrific", true), ("barbaric", true)]);
}

#[test]
fn nothing_panics_on_odd_text() {
    for body in ["“", "\"\"", "‘’", "«»", "“a”", "regime\u{301} ‘é’", "slam-", "-slam", "of  course"] {
        let _ = findings(body);
    }
}

#[test]
fn indirect_speech_wording_is_the_outlets() {
    use crate::attribution::Frame;
    use crate::report::QuoteStyle;
    let doc = Document::from_plain_text("Example\n\nShe said that regime forces were “barbaric” and had to leave.");
    let text = Text::new(&doc);
    let start = text.joined.find("regime").unwrap_or(0);
    let end = text.joined.find(" and had").unwrap_or(0);
    let frame = Frame {
        content: start..end,
        style: QuoteStyle::Mixed,
        speaker: None,
        cue: None,
        via: None,
        extent: start..end,
        group: 0,
    };
    let voice = VoiceMap::new(&text, &[frame]);
    let found: Vec<(&str, bool)> =
        find_in(&text, &voice).into_iter().map(|(s, l)| (&text.joined[s], l.in_quote)).collect();
    assert_eq!(found, [("regime", false), ("barbaric", true)]);
}

/// Throughput of loaded wording alone: `cargo test --release --lib loaded_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn loaded_speed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/loaded/ptc/articles");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut body = String::new();
    for e in entries.flatten() {
        body.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    let text = Text::new(&Document::from_plain_text(&body));
    let voice = VoiceMap::default();
    let t = std::time::Instant::now();
    let lexicon = super::words::Lexicon::new(WORDS, EXCEPTIONS);
    eprintln!("lexicon built in {:?}, {} bytes", t.elapsed(), lexicon.memory_usage());
    let mut n = find_in(&text, &voice).len(); // builds the lists once
    let t = std::time::Instant::now();
    for _ in 0..5 {
        n += find_in(&text, &voice).len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!("{n} findings, {:.1} MB/s", 5.0 * body.len() as f64 / secs / 1e6);
    let mb = 5.0 * body.len() as f64 / 1e6;
    let t = std::time::Instant::now();
    for _ in 0..5 {
        n += LEXICON.find(&text.joined).len();
    }
    eprintln!("words {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for _ in 0..5 {
        n += scare::find(&text, |_| false).len();
    }
    eprintln!("scare {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for _ in 0..5 {
        n += scare::candidates(&text.joined, &text.quote_marks).count();
    }
    eprintln!("scare candidates {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for _ in 0..5 {
        n += usize::from(marks::Marked::new(&text).overlaps(&(0..1)));
    }
    eprintln!("marks {:.1} MB/s {n}", mb / t.elapsed().as_secs_f64());
}

#[test]
fn capitalised_words_inside_a_sentence_are_names() {
    let found = findings("They staged Cleanliness, Godliness and Madness in Boston. Madness, he said.");
    let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
    assert_eq!(words, ["Madness"]);
    assert!(findings("The RIGGED vote was annulled.").iter().any(|(w, _)| w == "RIGGED"));
}

#[test]
fn a_name_is_a_name_at_a_sentence_start_too() {
    // "Savage" is a name next to "Michael": then "Savage" opening a sentence is that name.
    let found = findings("The host Michael Savage spoke on Monday. Savage told listeners the plan would fail.");
    assert!(found.is_empty(), "{found:?}");
    // A word of a quoted title is left out there, but the title is no name: the same word
    // opening a sentence is still reported.
    let found = findings("He tweeted ‘Stop The Rigged Vote’ on Monday.\n\nRigged votes are rare.");
    assert_eq!(found.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(), ["Rigged"]);
}

mod property {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "the ",
        "regime ",
        "forces",
        "slammed",
        " ",
        "\n",
        "\n\n",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "-",
        "hating",
        "Trump",
        "experts",
        "é",
        "ß",
        "日本",
        "of",
        ",",
        ".",
        "?",
        "said ",
        "Evil",
        "evil ",
        "men",
        "so-called ",
        "fear",
        "-mongering",
        "grand slam",
        "U.S.",
        "Mr.",
        "A.",
        "don't",
        "&",
        "\u{2010}",
        "\u{2011}",
        "’s",
        "9",
        "_",
        "\u{301}",
        "\u{2019}",
        "...",
    ];

    proptest! {
        #[test]
        fn spans_are_valid_and_nothing_panics(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let body: String = parts.iter().map(|&i| PIECES[i]).collect();
            let doc = Document::from_plain_text(&body);
            let text = Text::new(&doc);
            // Attribution's tokenizer gives loaded wording the words of the text: exactly
            // the runs of letters and digits a scan of its own would find.
            let tokens = crate::attribution::find_with_tokens(&text).1;
            let runs: Vec<_> = crate::attribution::word_runs(&text.joined, &tokens).collect();
            prop_assert_eq!(runs, super::phrases::words(&text.joined).collect::<Vec<_>>());
            let found = find_in(&text, &VoiceMap::default());
            // Leaving out the words the look-up found unlisted changes nothing.
            prop_assert_eq!(format!("{found:?}"), format!("{:?}", find_in_every_run(&text, &VoiceMap::default())));
            for (span, _) in found {
                prop_assert!(span.start < span.end && span.end <= text.joined.len());
                prop_assert!(text.joined.is_char_boundary(span.start) && text.joined.is_char_boundary(span.end));
            }
        }
    }
}

/// The spec's contested words are reported only where they are the outlet's label or comment:
/// the neutral senses stay quiet.
#[test]
fn contested_words_only_in_their_loaded_senses() {
    let found = |body: &str| findings(body).into_iter().map(|(w, _)| w.to_lowercase()).collect::<Vec<_>>();
    // Labels of a government or a group, and an editorializing sentence adverb.
    assert_eq!(found("Moscow backed regime leader Bashar al Assad."), ["regime"]);
    assert_eq!(found("The regime's forces shelled the town."), ["regime's"]);
    assert_eq!(found("The Muslim terrorist stabbed four people."), ["muslim terrorist"]);
    assert_eq!(found("Clearly, they were acting unlawfully."), ["clearly"]);
    // Neutral senses: systems of rules, designations, the act, other senses of "clearly".
    for neutral in [
        "The sanctions regime was tightened.",
        "The tax regime favours savers.",
        "The visa regime was eased in May.",
        "He opposed regime change in Iraq.",
        "The State Department keeps a list of designated terrorist organizations.",
        "The group was designated a terrorist organization in 2012.",
        "Two people died in the terrorist attack.",
        "The bill funds counter-terrorism units.",
        "His name was on a terrorist watchlist.",
        "The summit is clearly visible from the valley.",
        "He was not thinking clearly, his lawyer said.",
        "She asked him to speak clearly.",
        "The talks, of course, resumed on Monday.",
    ] {
        assert!(found(neutral).is_empty(), "{neutral:?}: {:?}", found(neutral));
    }
}
