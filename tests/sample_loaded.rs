//! Golden test for loaded wording on the article the product was conceived on (issue 2,
//! acceptance): "regime" (in "regime leader") and "dreary" are the outlet's loaded wording,
//! and nothing in Fallon's quote is reported as the outlet's.

use std::path::Path;

use sourcelight::{analyze, Document, FindingKind};

const SAMPLE: &str = "../shared/samples/trtworld-iraq-anti-isis-intel.txt";

#[test]
fn trtworld_sample_loaded_wording() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    let Ok(source) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found (the shared samples live outside the repository)", path.display());
        return;
    };
    let doc = Document::from_plain_text(&source);
    let report = analyze(&doc);
    // (text, the block's text from the finding on, in_quote)
    let loaded: Vec<(String, String, bool)> = report
        .loaded()
        .filter_map(|f| match &f.kind {
            FindingKind::Loaded(l) => {
                let rest = doc.blocks.get(f.block)?.text.get(f.start..)?.to_string();
                Some((f.text.clone(), rest, l.in_quote))
            }
            _ => None,
        })
        .collect();

    assert!(
        loaded.iter().any(|(t, rest, q)| t == "regime" && rest.starts_with("regime leader") && !q),
        "\"regime\" in \"regime leader\" should be the outlet's loaded wording: {loaded:?}"
    );
    assert!(
        loaded.iter().any(|(t, _, q)| t == "dreary" && !q),
        "\"dreary\" should be the outlet's loaded wording: {loaded:?}"
    );

    let fallon = "shoring up Assad and perpetuating the suffering";
    for f in report.loaded() {
        let FindingKind::Loaded(l) = &f.kind else { continue };
        let block = &doc.blocks[f.block].text;
        let Some(at) = block.find(fallon) else { continue };
        let inside = f.start < at + fallon.len() && at < f.end;
        assert!(!inside || l.in_quote, "{:?} in Fallon's quote reported as the outlet's", f.text);
    }

    // Nothing else in the outlet's voice: the article is otherwise plainly worded.
    let outlet: Vec<&str> = loaded.iter().filter(|(_, _, q)| !q).map(|(t, _, _)| t.as_str()).collect();
    assert!(outlet.iter().all(|t| matches!(*t, "regime" | "dreary")), "unexpected: {outlet:?}");
}
