//! Tests of the claim rules: every list entry's example, and sentences that are not claims.

mod asking;
mod colons;
mod ends;
mod holders;
mod idioms;
mod missed_cues;
mod topics;
mod weasel_clauses;

use super::*;
use crate::document::Document;
use crate::lexicon::Entry;
use lists::{FACTS, HEDGES, SOURCING, VAGUE};

/// The claims of a plain text with no attribution frames (the rules' own safety nets only).
pub(super) fn claims(s: &str) -> Vec<(String, Claim)> {
    let doc = Document::from_plain_text(&format!("A headline for the test\n\n{s}"));
    let text = Text::new(&doc);
    let voice = VoiceMap::new(&text, &[]);
    let (_, words) = crate::attribution::find_with_tokens(&text);
    find(&text, &voice, &words).into_iter().map(|(r, c)| (text.slice(&r).to_string(), c)).collect()
}

/// Asserts that no sentence of `sentences` gives a claim: each is sourced or asserts nothing.
#[track_caller]
pub(super) fn assert_no_claims(sentences: &[&str]) {
    for s in sentences {
        assert_eq!(claims(s), [], "{s}");
    }
}

/// Asserts that each sentence of `sentences` keeps a claim in the outlet's own voice.
#[track_caller]
pub(super) fn assert_claim_stands(sentences: &[&str]) {
    for s in sentences {
        let found = claims(s);
        assert!(found.iter().any(|(_, c)| !c.vague), "{s}: {found:?}");
    }
}

fn phrase_found(list: &lists::List, entry: &Entry<'_>, example: &str) -> bool {
    // Phrases are matched sentence by sentence (a capital inside a sentence marks a name).
    example.split_inclusive(". ").any(|sentence| {
        let tokenized = words::Tokenized::new(sentence);
        let toks = tokenized.tokens();
        list.find(&toks).iter().any(|h| list.entries.get(h.entry).is_some_and(|e| e.line == entry.line))
    })
}

fn every_example(list: &lists::List, name: &str, check: impl Fn(&Entry<'_>, &str) -> Result<(), String>) {
    let mut failures = Vec::new();
    for entry in &list.entries {
        assert!(!entry.examples.is_empty(), "{name} line {}: no example", entry.line);
        for ex in &entry.examples {
            if !phrase_found(list, entry, ex) {
                failures.push(format!("{name} line {}: phrase not found in {ex:?}", entry.line));
            } else if let Err(e) = check(entry, ex) {
                failures.push(format!("{name} line {}: {ex:?}: {e}", entry.line));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn vague_examples_are_vague_claims() {
    every_example(&VAGUE, "claims_vague.txt", |_, ex| match claims(ex).as_slice() {
        [(_, c)] if c.vague => Ok(()),
        other => Err(format!("expected one vague claim, got {other:?}")),
    });
}

#[test]
fn fact_examples_are_claims_with_their_cue() {
    every_example(&FACTS, "claims_facts.txt", |entry, ex| {
        let found = claims(ex);
        // "adjective", "neutral" and "opener" entries stop a cue from counting: their examples
        // are not claims.
        let counts = !matches!(entry.fields.get(1).copied(), Some("adjective" | "neutral" | "opener"));
        match found.as_slice() {
            [(_, c)] if counts && !c.vague => Ok(()),
            [] if !counts => Ok(()),
            other => Err(format!("expected {} claim, got {other:?}", if counts { "one" } else { "no" })),
        }
    });
}

#[test]
fn sourcing_examples_are_not_claims() {
    every_example(&SOURCING, "claims_sourcing.txt", |_, ex| match claims(ex).as_slice() {
        [] => Ok(()),
        other => Err(format!("expected no claim, got {other:?}")),
    });
}

#[test]
fn hedge_examples_are_not_claims() {
    every_example(&HEDGES, "claims_hedges.txt", |_, ex| match claims(ex).as_slice() {
        [] => Ok(()),
        other => Err(format!("expected no claim, got {other:?}")),
    });
}

#[test]
fn not_claims() {
    assert_no_claims(&[
        "Is this the deadliest war in a decade?",
        "I think the tax cost thousands of jobs.",
        "The mayor is a decent man with a lot of patience.",
        "\u{201c}The army killed 40 people in the village,\u{201d} Ahmed said.",
        "Rain fell on the quiet streets of the old town.",
        "The strike killed 40 people, the UN said.",
        "Trade talks resume next week.",
    ]);
}

#[test]
fn negatives_of_every_kind() {
    assert_no_claims(&[
        // opinion
        "The mayor's plan is a disgrace and a betrayal of everything this city stands for.",
        // question
        "Did the strike really kill 40 people in the market?",
        // first person
        "We lost 300 jobs in my town when the mill closed in 2009.",
        // scene-setting
        "Rain drummed on the tin roofs as the crowd waited in the square.",
        // a forecast with no premise
        "The storm could destroy thousands of homes.",
        // a scheduled event
        "The two candidates are scheduled to debate on Monday at the university.",
        // boilerplate
        "Reporting by Ann Lee; editing by 2 staff in London.",
        // a heading
        "Three Dead.",
    ]);
}

#[test]
fn a_record_stands_under_a_modal() {
    // The record is a fact about the past; the modal only places the sentence in the future.
    let found = claims("She would be the second-ever African American woman in the Senate.");
    assert!(matches!(found.as_slice(), [(_, c)] if !c.vague), "{found:?}");
    // A forecast of a figure stays a forecast.
    assert_eq!(claims("The storm could destroy thousands of homes."), []);
}

#[test]
fn a_title_case_headline_is_read_in_lower_case() {
    // Every word has a capital, so the cues are matched as if in lower case.
    assert_eq!(claims("Hillary Clinton Wins Delaware Democratic Primary.").len(), 1);
    assert_eq!(claims("Rebel Shelling Killed Dozens Of Villagers In Aleppo.").len(), 1);
    // The hedge too.
    assert_eq!(claims("Storm Could Destroy Thousands Of Homes In Florida."), []);
}

/// A headline in capitals is read in lower case too, its short words with it ("TO" is "to"
/// there, not an acronym): "PLANS TO" is a plan, as "Plans To" is.
#[test]
fn an_all_capitals_headline_is_read_in_lower_case() {
    assert_eq!(claims("WHERE RUIZ PLANS TO BUILD EUROPE'S LARGEST DRY DOCK."), []);
    assert_eq!(claims("Where Ruiz Plans To Build Europe's Largest Dry Dock."), []);
    // A claim in capitals stays one.
    assert_eq!(claims("RUIZ WINS EASTVALE BY 5 POINTS.").len(), 1);
    assert_eq!(claims("REBEL SHELLING KILLED DOZENS OF VILLAGERS IN ALEPPO.").len(), 1);
}

/// The lower-case reading's buffers are kept from one headline to the next (and traded with
/// the sentence's own): each headline is judged on its own words, whatever came before it.
#[test]
fn each_title_case_headline_is_read_on_its_own_words() {
    let headlines = [
        "Clinton Wins Nevada By 5 Points.",
        "Storm Could Destroy Thousands Of Homes In Florida.",
        "The storm could destroy thousands of homes.",
        "Clinton Says Trump Lost $916 Million In 1995.",
        "Rebel Shelling Killed Dozens Of Villagers In Aleppo.",
    ];
    let found = claims(&headlines.join("\n\n"));
    let found: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(found, [headlines[0], headlines[4]]);
    // The same headlines one at a time (the control): the same two are claims.
    let alone: Vec<&str> = headlines.iter().copied().filter(|h| !claims(h).is_empty()).collect();
    assert_eq!(alone, found);
}

#[test]
fn a_name_opens_a_reported_clause() {
    // The clause after "worry that" is the environmentalists' view, whoever its subject is.
    assert_eq!(claims("Environmentalists worry that Mr. Clarke closed 12 mines in the valley."), []);
    // A relative "that" after a noun leaves the sentence in the outlet's voice.
    assert_eq!(claims("The plan that Smith drafted cut 3,000 jobs.").len(), 1);
}

#[test]
fn vague_inside_a_quote_is_the_speakers() {
    assert_eq!(claims("\u{201c}Critics say the dam will fail,\u{201d} the engineer told reporters."), []);
}

#[test]
fn a_passive_with_an_agent_names_its_source() {
    assert_eq!(claims("The agency has been accused by the auditor-general of hiding the test results."), []);
    // The agent may follow a quoted label, within the clause.
    assert_eq!(claims("The new bridge has been described as \u{201c}a marvel\u{201d} by the city council."), []);
    // In any style of quote mark.
    assert_eq!(claims("The new bridge has been described as \u{ab}a marvel\u{bb} by the city council."), []);
    assert_eq!(claims("The new bridge has been described as \"a marvel\" by the city council."), []);
    let got = claims("The new bridge has been described as a marvel, and the old one was closed by the city.");
    assert!(got.iter().any(|(_, c)| c.vague), "{got:?}");
}

#[test]
fn odd_inputs_do_not_panic() {
    for s in [
        "",
        "\u{201c}",
        "\"\"\" ''' \u{201d}\u{201c}",
        "...!!!???",
        "$ % 1,2,3 4.5.6 -- \u{2014}",
        "\u{00e9}t\u{00e9} \u{2019}tis 10\u{2009}000 \u{0645}\u{0631}\u{062d}\u{0628}\u{0627} killed 5",
        "Killed\n\n\n\n100",
    ] {
        let doc = Document::from_plain_text(s);
        let text = Text::new(&doc);
        let voice = VoiceMap::new(&text, &[]);
        let (_, words) = crate::attribution::find_with_tokens(&text);
        for (span, _) in find(&text, &voice, &words) {
            assert!(text.joined.get(span.clone()).is_some(), "span off a char boundary in {s:?}");
        }
    }
}

#[test]
fn source_in_next_sentence() {
    assert_eq!(claims("The floods killed 300 people. That is according to the Red Cross."), []);
}

#[test]
fn figures_carried_on_from_a_sourced_sentence_are_the_sources() {
    // The poll gives every figure of the list; the figures stand with no source of their own
    // only when no sourced figure comes right before them.
    let text = "According to a survey by the Ohio Gazette, Ana Ruiz leads with 31 percent. \
                Tom Moreno trails at 24 percent. State Sen. Lia Diaz comes in at 9 percent.";
    assert_eq!(claims(text), []);
    let alone = claims("The weather stayed mild all week. Tom Moreno trails at 24 percent.");
    assert_eq!(alone.len(), 1);
    // A figure with a cue of its own (deaths) makes its own claim.
    let found = claims(
        "According to a survey by the Ohio Gazette, Ana Ruiz leads with 31 percent. \
         The floods killed 300 people in the county last spring.",
    );
    assert_eq!(found.len(), 1);
}

#[test]
fn an_editors_note_after_a_claim_is_not_its_source() {
    let found = claims(
        "He was tased and then shot after he approached the door of his car. \
         (WARNING: Video contains graphic images.)",
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].0.starts_with("He was tased"));
}

#[test]
fn quote_running_over_paragraphs_is_not_a_claim() {
    assert_eq!(claims("\u{201c}We lost 40 men in the attack.\n\n\u{201c}Nobody came,\u{201d} he said."), []);
}

#[test]
fn claim_reasons() {
    let found = claims("Government jets bombed the hospital on Monday, killing 12 patients.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.reason, "casualty figure with no source");
}

/// Speed of the claim rules alone over PolNeAR train (run with
/// `cargo test --release --lib claims::tests::speed -- --ignored --nocapture`).
#[test]
#[ignore]
fn speed() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/quotes/polnear-train.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let texts: Vec<Text> = data
        .lines()
        .filter_map(|l| {
            let start = l.find("\"text\": \"")? + 9;
            let end = l[start..].find("\", \"")? + start;
            Some(Text::new(&Document::from_plain_text(&l[start..end].replace("\\n", "\n"))))
        })
        .collect();
    let (voices, words): (Vec<VoiceMap>, Vec<_>) = texts
        .iter()
        .map(|t| {
            let (frames, words) = crate::attribution::find_with_tokens(t);
            (VoiceMap::new(t, &frames), words)
        })
        .unzip();
    let bytes: usize = texts.iter().map(|t| t.joined.len()).sum();
    // The best of five runs: the machine is shared, and the slowest runs measure the neighbours.
    let mut n = 0;
    let mut secs = f64::INFINITY;
    for _ in 0..5 {
        let t0 = std::time::Instant::now();
        n = 0;
        for ((t, v), w) in texts.iter().zip(&voices).zip(&words) {
            n += find(t, v, w).len();
        }
        secs = secs.min(t0.elapsed().as_secs_f64());
    }
    eprintln!(
        "claims: {n} findings, {:.1} MB in {secs:.3} s = {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    let t0 = std::time::Instant::now();
    let frames: usize = texts.iter().map(|t| crate::attribution::find(t).len()).sum();
    assert!(n + frames > 0);
    let secs = t0.elapsed().as_secs_f64();
    eprintln!("attribution (for comparison): {:.1} MB/s", bytes as f64 / 1e6 / secs);
}

#[test]
fn a_year_with_a_name_is_a_claim_but_a_weekday_is_not() {
    assert_eq!(claims("Support for the treaty has been strong in Congress since 1949.").len(), 1);
    assert_eq!(claims("Support for the treaty was strong in Congress on Monday."), []);
}

#[test]
fn a_present_event_needs_a_named_subject() {
    assert_eq!(claims("Toyota slashes the price of the Prius.").len(), 1);
    assert_eq!(claims("The plan includes tax cuts for families in Ohio."), []);
}

#[test]
fn a_speech_verb_in_a_relative_clause_leaves_the_main_claim() {
    assert_eq!(
        claims(
            "Police arrested 30 protesters outside the embassy of Brazil, which has denied \
             any role in the riots."
        )
        .len(),
        1
    );
    // A comma closes the relative clause: the main verb gives the source.
    assert_eq!(claims("Smith, who was elected in 2010, said police arrested 30 protesters."), []);
}

#[test]
fn a_participle_after_a_determiner_is_an_adjective_not_a_source() {
    assert_eq!(claims("The panel chose three moderators, bypassing hosts with a perceived bias.").len(), 1);
    assert_eq!(claims("The panel perceived a bias in three moderators."), []);
}

#[test]
fn a_title_case_headline_with_a_speech_verb_is_attributed() {
    assert_eq!(claims("Clinton Says Trump Lost $916 Million In 1995."), []);
    assert_eq!(claims("Clinton Hints At 3 Percent Tax On Millionaires."), []);
    assert_eq!(claims("Clinton Wins Nevada By 5 Points.").len(), 1);
}

#[test]
fn a_name_opening_the_sentence_is_the_agent_of_its_verb() {
    // "Kovac" is written with a capital inside a sentence too: a name, the agent of "won".
    let found = claims("Voters in the north backed Kovac. Kovac won the seat after a recount.");
    assert!(matches!(found.as_slice(), [(s, c)] if s.starts_with("Kovac won") && !c.vague), "{found:?}");
    // "Rain" is capitalized only where it opens a sentence: no agent, a scene.
    assert_eq!(claims("Rain fell on the quiet streets of the old town."), []);
}

#[test]
fn how_long_someone_spoke_is_an_event_not_a_source() {
    assert_eq!(claims("The senator spoke for 45 minutes at the county fair.").len(), 1);
    assert_eq!(claims("He never held a rally in the state, and he never spoke longer than 20 minutes.").len(), 1);
    // What was said follows: the speech verb still sources the sentence.
    assert_eq!(claims("The senator spoke for 45 minutes and said that 300 jobs were lost."), []);
    assert_eq!(claims("The senator spoke briefly about the 300 jobs lost."), []);
}

#[test]
fn a_decision_verb_in_s_used_as_a_noun_is_no_source() {
    assert_eq!(claims("Auditors saw new signs of fraud in 30 accounts.").len(), 1);
    assert_eq!(claims("The charges cost the firm 2 million dollars.").len(), 1);
    assert_eq!(claims("The governor signs a law that cut 3,000 state jobs."), []);
}

#[test]
fn a_speech_verb_after_and_in_a_relative_clause_leaves_the_main_claim() {
    assert_eq!(claims("Police arrested 30 protesters, who blocked the road and demanded a new inquiry.").len(), 1);
    // "which" after a preposition has a subject of its own: the clause is an attribution.
    assert_eq!(claims("The council held 3 meetings in which residents met and demanded a new inquiry."), []);
}

#[test]
fn compared_with_in_a_phrase_of_its_own_is_no_source() {
    assert_eq!(claims("Sanders won 25 million votes, compared with 16 million for Clinton.").len(), 1);
    assert_eq!(claims("Turnout fell by 3 million votes, especially compared to 2012.").len(), 1);
    assert_eq!(claims("Lee compared the flood that killed 30 people to a war."), []);
    assert_eq!(claims("Registration rose by 12 percent compared with the same months of 2012.").len(), 1);
    assert_eq!(claims("The mayor is often compared with Lee, who built 3,000 homes in 1990."), []);
}

#[test]
fn a_participle_before_a_plural_noun_after_a_figure_is_an_adjective() {
    assert_eq!(claims("Clinton led Sanders by nearly 300 pledged delegates.").len(), 1);
    assert_eq!(claims("Pence navigated a racially charged dispute over 2 Gold Star families.").len(), 1);
    // "2008 questioned whether": a verb after a year, not an adjective.
    assert_eq!(claims("A memorable ad in 2008 questioned whether 30 states would vote."), []);
}

#[test]
fn keeping_or_thanks_to_is_no_speech() {
    assert_eq!(claims("Sanders maintained his double-digit lead over 4 rivals in Iowa.").len(), 1);
    assert_eq!(claims("The economy weathered the crisis of 2008 thanks to surging energy prices.").len(), 1);
    assert_eq!(claims("The mayor thanks the firefighters for saving 40 homes."), []);
}

#[test]
fn a_paragraph_after_a_colon_introduction_is_the_speakers() {
    // "X added:" ending a paragraph hands the whole next paragraph to X, not just its first
    // sentence.
    let intro = "The governor added:\n\nIt is typical of her. The fire killed 40 people in 2015.";
    assert!(claims(intro).is_empty(), "{:?}", claims(intro));
    // The outlet announcing its own list keeps the list's claims its own.
    let list = "Here are four reasons the movement should worry:\n\nThe rally drew 40 people. The fire killed 40 people in 2015.";
    assert_eq!(claims(list).len(), 1, "{:?}", claims(list));
    // A colon inside a paragraph (a clock time) hands over only the sentence right after it.
    let inside = "Smith said it at 9: the fire killed 40 people in 2015. The flood killed 30 people in 2016.";
    assert_eq!(claims(inside).len(), 1, "{:?}", claims(inside));
}

#[test]
fn a_paragraph_with_no_sentence_end_is_a_caption_not_a_claim() {
    // A photo caption, a credit after it, a date line: none ends like prose.
    let caption = "Ana Ruiz with her two sons at the mill she bought in 2019\n\n\
                   Protesters marched on the ministry, injuring 12 officers. (Agencies)\n\n\
                   14 Mar, 2024 14 Mar, 2024";
    assert!(claims(caption).is_empty(), "{:?}", claims(caption));
    // The same words as prose are a claim.
    let prose = "Protesters marched on the ministry in 2019, injuring 12 officers.";
    assert_eq!(claims(prose).len(), 1, "{:?}", claims(prose));
    // A paragraph whose last sentence closes inside guillemets ends like prose too.
    let closed = "Protesters marched on the ministry in 2019, injuring 12 officers. The square is now \u{ab}the heart of the city.\u{bb}";
    assert_eq!(claims(closed).len(), 1, "{:?}", claims(closed));
}

#[test]
fn a_counted_plural_is_a_noun_not_a_verb() {
    assert_eq!(claims("The fund paid for more than 3,500 projects in 40 countries.").len(), 1);
    assert_eq!(claims("The bank projects growth of 3 percent in 2017."), []);
}

#[test]
fn dates_written_as_numbers_are_not_figures() {
    // The day before the month and the year-month-day form are dates, as "April 8, 2014" is:
    // with a past verb and a name, an event; never a figure.
    for s in ["Ana Ruiz opened the new bridge on 8 April 2014.", "Ana Ruiz opened the new bridge on 2014-04-08."] {
        let got = claims(s);
        assert!(got.iter().all(|(_, c)| c.reason != "figure with no source"), "{s}: {got:?}");
    }
    // "May", left out of the date words as the modal it mostly is, is the month beside a day's
    // number, either order; a count not beside it stays a figure.
    for s in ["Ana Ruiz opened the new bridge on 10 May 2016.", "Ana Ruiz opened the new bridge on May 10, 2016."] {
        let got = claims(s);
        assert!(got.iter().all(|(_, c)| c.reason != "figure with no source"), "{s}: {got:?}");
    }
    let got = claims("The crews rebuilt 12 bridges across the valley in May.");
    assert!(got.iter().any(|(_, c)| c.reason == "figure with no source"), "{got:?}");
    // A range of counts stays a figure.
    let got = claims("The crews rebuilt 5-10 bridges across the valley.");
    assert!(got.iter().any(|(_, c)| c.reason == "figure with no source"), "{got:?}");
}

#[test]
fn a_footnote_mark_is_no_figure_and_cites_a_source() {
    // A footnote's mark in brackets is no figure, and it cites a source: the sentence that
    // holds one is sourced, the next with none is not.
    assert_no_claims(&[
        "Ana Ruiz opened the new bridge over the river.[12]",
        "The crews rebuilt 12 bridges across the valley.[3]",
        "The new bridge opened[3] to traffic.",
        "Ana Ruiz opened the new bridge over the river.[12][13]\u{201d}",
    ]);
    let got = claims("The crews rebuilt 12 bridges across the valley.[3] Ana Ruiz opened 4 of them in 2015.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("Ana Ruiz"), "{got:?}");
    // Words in brackets at the end cite nothing.
    assert_eq!(claims("The crews rebuilt 12 bridges across the valley [see map].").len(), 1);
    // A note's own text, opened by its number, is judged as any sentence.
    assert_eq!(claims("[3] The crews rebuilt 12 bridges across the valley.").len(), 1);
    // A count in brackets, with no sentence end before it, still counts.
    let got = claims("The crews rebuilt 12 bridges [in 2014] across the valley.");
    assert!(got.iter().any(|(_, c)| c.reason == "figure with no source"), "{got:?}");
    // A year in brackets at the end is no note's number (one to three digits, as the splitter
    // reads a mark): it cites nothing.
    assert_eq!(claims("The crews rebuilt 12 bridges across the valley [2014].").len(), 1);
}

/// A title's period is part of its word in a phrase of the lists: "sees Mr. Hale as" is "see *
/// * as" ("Mr." one word, "Hale" the other), which the period would otherwise break off.
#[test]
fn a_title_with_a_period_is_one_word_in_a_phrase() {
    assert_eq!(claims("Ms. Ruiz sees Mr. Hale as the cause of 300 job losses at the mill."), []);
    // Without the phrase, the same figures are the outlet's own.
    assert_eq!(claims("Ms. Ruiz blames Mr. Hale. He cut 300 jobs at the mill in 2015.").len(), 1);
}
