//! Replays the inputs the fuzzer found interesting (`tests/fuzz_corpus/`, minimised with
//! libFuzzer's merge) through the same invariant checks as the fuzz target, so that stable
//! `cargo test` keeps guarding what a fuzzing session once covered. Each file is raw fuzzer
//! bytes, decoded by `invariants::decode` (first byte: plain text or block list).

#[path = "../fuzz/invariants.rs"]
mod invariants;

use std::fs;
use std::path::{Path, PathBuf};

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| !n.starts_with('.') && !n.ends_with(".md")) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn replay_fuzz_corpus() {
    let files = corpus_files();
    assert!(!files.is_empty(), "tests/fuzz_corpus is empty or missing");
    for path in &files {
        let data = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| invariants::check_bytes(&data));
        if let Err(e) = outcome {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{}: {msg}\ninput: {:?}", path.display(), String::from_utf8_lossy(&data));
        }
    }
    eprintln!("replayed {} corpus inputs", files.len());
}

/// The byte encoding the corpus uses round-trips, so corpus files can be written by hand.
#[test]
fn encoding_round_trips() {
    use sourcelight::BlockKind;
    let bytes = invariants::encode_blocks(&[(BlockKind::Headline, "A \u{201c}b\u{201d}"), (BlockKind::Caption, "")]);
    let input = invariants::decode(&bytes);
    assert_eq!(input.document.blocks.len(), 2);
    assert_eq!(input.document.blocks[0].kind, BlockKind::Headline);
    assert_eq!(input.document.blocks[0].text, "A \u{201c}b\u{201d}");
    assert_eq!(input.document.blocks[1].kind, BlockKind::Caption);
    let plain = invariants::decode(&invariants::encode_plain("T\n\nx"));
    assert_eq!(plain.source.as_deref(), Some("T\n\nx"));
    assert_eq!(plain.document.blocks.len(), 2);
}
