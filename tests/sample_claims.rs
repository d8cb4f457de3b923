//! Golden test: the unattributed claims of the sample article this product was conceived on
//! (`../shared/samples/trtworld-iraq-anti-isis-intel.txt`, outside the repository).

use std::path::Path;

use sourcelight::{analyze, Document, FindingKind};

const SAMPLE: &str = "../shared/samples/trtworld-iraq-anti-isis-intel.txt";

fn sample() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipping: sample article not found at {} (the shared folder is absent)", path.display());
            None
        }
    }
}

#[test]
fn sample_claims_are_found() {
    let Some(text) = sample() else { return };
    let report = analyze(&Document::from_plain_text(&text));
    let claims: Vec<(&str, bool, &str)> = report
        .claims()
        .filter_map(|f| match &f.kind {
            FindingKind::Claim(c) => Some((f.text.as_str(), c.vague, &*c.reason)),
            _ => None,
        })
        .collect();
    for expected in [
        "launched its first air strikes on civilians",
        "has killed more than quarter of a million people",
        "half of the country\u{2019}s population has also been displaced",
    ] {
        let found = claims.iter().find(|(t, _, _)| t.contains(expected));
        let Some((_, vague, reason)) = found else {
            panic!("no claim for {expected:?}; claims: {claims:#?}");
        };
        assert!(!vague, "{expected:?} should be a claim with no source, not a vague one");
        assert!(reason.ends_with("with no source"), "reason for {expected:?}: {reason}");
    }
}

#[test]
fn sample_quotes_hold_no_claims() {
    let Some(text) = sample() else { return };
    let report = analyze(&Document::from_plain_text(&text));
    // Every sentence with quote marks in the sample is a quote or its attribution.
    for claim in report.claims() {
        for mark in ['\u{201c}', '\u{201d}', '"'] {
            assert!(!claim.text.contains(mark), "claim inside or around a quote: {:?}", claim.text);
        }
    }
    // The words of Abadi's, Barzani's and Kartapolov's quotes and reported speech are theirs.
    for theirs in [
        "We have been fighting ISIS more than a year",
        "Kurdistan region is an active part",
        "Iraq will share anti-ISIS intelligence",
        "the Kurdish region would gladly receive",
        "We will not only continue our air offensives",
        "The casualties were reported to be from the air strikes",
    ] {
        assert!(
            report.claims().all(|c| !c.text.contains(theirs)),
            "quoted or reported words taken for a claim: {theirs:?}"
        );
    }
}
