//! Snapshot tests of whole documents (in the manner of Harper's): every `tests/text/*.md`
//! and `samples/*.txt` is analysed and rendered with each finding underlined under the text
//! (the CLI's `--format annotated`), then compared with `tests/snapshots/<name>.snap`.
//!
//! After a deliberate change in what the analysis finds, regenerate and review the diff:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --test snapshots
//! git diff tests/snapshots
//! ```
//!
//! (or `cargo insta test --review` with cargo-insta installed). In CI (`CI=true`) a missing or
//! different snapshot fails the test.

#[path = "../src/bin/sourcelight/annotate.rs"]
#[allow(dead_code)]
mod annotate;

use std::path::{Path, PathBuf};

use sourcelight::{analyze, Document};

fn inputs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for (dir, ext) in [("tests/text", "md"), ("samples", "txt")] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        paths.extend(
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == ext)),
        );
    }
    paths.sort();
    paths
}

#[test]
fn whole_documents() {
    let inputs = inputs();
    assert!(inputs.len() >= 9, "the documents are there");
    for path in inputs {
        let text = std::fs::read_to_string(&path).expect("UTF-8 document");
        let doc = Document::from_plain_text(&text);
        let rendered = annotate::annotate(&doc, &analyze(&doc));
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name").to_string();
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&path).display().to_string();
        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description(rel);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(name, rendered));
    }
}
