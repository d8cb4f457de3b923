//! Golden test: the TRT World article the product was conceived on
//! (`../shared/samples/trtworld-iraq-anti-isis-intel.txt`), quotes and sources as issue 2 lists.

use sourcelight::{analyze, Document, Finding, FindingKind, Quote, QuoteStyle, Report};

fn load() -> Option<Report> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/trtworld-iraq-anti-isis-intel.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(analyze(&Document::from_plain_text(&text))),
        Err(_) => {
            eprintln!("skipped: {} is absent (the shared samples are not checked out)", path.display());
            None
        }
    }
}

fn quotes(report: &Report) -> Vec<(&Finding, &Quote)> {
    report
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Quote(q) => Some((f, q)),
            _ => None,
        })
        .collect()
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.name.as_str())
}

/// The quote whose text starts with `start`.
fn quote<'a>(report: &'a Report, start: &str) -> (&'a Finding, &'a Quote) {
    quotes(report)
        .into_iter()
        .find(|(f, _)| f.text.trim_start_matches(['\u{201c}', '"', '\'']).starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"))
}

#[test]
fn ten_direct_and_mixed_quotes_with_their_speakers() {
    let Some(report) = load() else { return };
    let got: Vec<(String, QuoteStyle, String)> = quotes(&report)
        .into_iter()
        .filter(|(_, q)| q.style != QuoteStyle::Indirect)
        .map(|(f, q)| (f.text.chars().take(24).collect(), q.style, speaker(q).to_string()))
        .collect();
    let speakers: Vec<&str> = got.iter().map(|(_, _, s)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Haider al Abadi",
            "Haider al Abadi",
            "Michael Fallon",
            "Masoud Barzani",
            "Masoud Barzani",
            "Sergei Lavrov",
            "Salih Muslim",
            "Sipan Hemo",
            "Sipan Hemo",
            "Andrey Kartapolov",
        ],
        "{got:#?}"
    );
    let (fallon, q) = quote(&report, "that Russian President Vladimir Putin was");
    assert_eq!(q.style, QuoteStyle::Mixed);
    assert!(fallon.text.contains("shoring up Assad"));
    let (_, hemo) = quote(&report, "We want Russia");
    assert!(hemo.via.as_deref().is_some_and(|v| v.contains("Sputnik")), "{hemo:?}");
    assert_eq!(hemo.cue.as_ref().map(|c| c.text.as_str()), Some("was quoted telling"));
    let (_, hemo2) = quote(&report, "We can organize");
    assert_eq!(speaker(hemo2), "Sipan Hemo");
    assert_eq!(hemo2.via, None);
    let (_, barzani) = quote(&report, "Kurdistan region");
    assert!(barzani.cue.as_ref().is_some_and(|c| c.text.starts_with("said in a written statement")), "{barzani:?}");
    let (_, abadi) = quote(&report, "There aren");
    let mention = abadi.speaker.as_ref().map(|s| (s.block, s.start, s.end)).expect("speaker");
    let block = &Document::from_plain_text(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/samples/trtworld-iraq-anti-isis-intel.txt"),
        )
        .unwrap_or_default(),
    )
    .blocks[mention.0];
    assert_eq!(&block.text[mention.1..mention.2], "he", "the nearest mention of a resolved pronoun");
}

#[test]
fn indirect_quotes() {
    let Some(report) = load() else { return };
    let (_, abadi) = quote(&report, "that Iraq will share anti-ISIS intelligence");
    assert_eq!((abadi.style, speaker(abadi)), (QuoteStyle::Indirect, "Haider al Abadi"));
    let (_, kartapolov) = quote(&report, "Russian forces plan to intensify");
    assert_eq!((kartapolov.style, speaker(kartapolov)), (QuoteStyle::Indirect, "Andrey Kartapolov"));
    assert_eq!(kartapolov.cue.as_ref().map(|c| c.text.as_str()), Some("according to"));
    let (_, barzani) = quote(&report, "that the Kurdish region would gladly receive");
    assert_eq!((barzani.style, speaker(barzani)), (QuoteStyle::Indirect, "Masoud Barzani"));
    assert_eq!(barzani.cue.as_ref().map(|c| c.text.as_str()), Some("emphasized"));
    let (_, hafi) = quote(&report, "The casualties were reported");
    assert_eq!((hafi.style, speaker(hafi)), (QuoteStyle::Indirect, "Ahmed Hafi"));
    assert_eq!(hafi.via.as_deref(), Some("Anadolu Agency"));
}

#[test]
fn sources_with_descriptions() {
    let Some(report) = load() else { return };
    let description = |name: &str| {
        report
            .sources
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no source {name}: {:#?}", report.sources))
            .description
            .clone()
            .unwrap_or_default()
    };
    assert!(description("Haider al Abadi").contains("Iraqi Prime Minister"));
    assert!(description("Michael Fallon").contains("UK Defence Secretary"));
    assert!(description("Sergei Lavrov").contains("Russian Foreign Minister"));
    assert!(description("Sipan Hemo").contains("YPG commander"));
    assert!(description("Andrey Kartapolov").contains("Lieutenant General"));
    assert!(description("Ahmed Hafi").contains("civil defense activist"));
    let hemo = report.sources.iter().find(|s| s.name == "Sipan Hemo").expect("Hemo");
    assert_eq!(hemo.quotes, 2);
    assert!(hemo.via.iter().any(|v| v.contains("Sputnik")));
    let hafi = report.sources.iter().find(|s| s.name == "Ahmed Hafi").expect("Hafi");
    assert_eq!(hafi.via, ["Anadolu Agency"]);
    assert!(report.sources.iter().all(|s| !s.anonymous));
}
