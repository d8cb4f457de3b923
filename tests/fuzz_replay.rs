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
            } else if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.') && !n.ends_with(".md"))
            {
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

/// A tool, not a check: the slowest inputs of a fuzzing corpus by time per byte, to spot
/// super-linear behaviour the fuzzer walked into. Run in release:
/// `FUZZ_CORPUS=fuzz/corpus/analyze cargo test --release --test fuzz_replay -- --ignored --nocapture`
#[test]
#[ignore = "a tool: prints the slowest corpus inputs"]
fn slowest_corpus_inputs() {
    let dir = std::env::var("FUZZ_CORPUS").unwrap_or_else(|_| "fuzz/corpus/analyze".into());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let Ok(entries) = fs::read_dir(&dir) else {
        eprintln!("skipped: no corpus at {}", dir.display());
        return;
    };
    let mut timed = Vec::new();
    for entry in entries.flatten() {
        let Ok(data) = fs::read(entry.path()) else { continue };
        let doc = invariants::decode(&data).document;
        let best = (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(sourcelight::analyze(&doc));
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        let per_kb = best.as_secs_f64() * 1e6 / (data.len().max(64) as f64 / 1024.0);
        timed.push((per_kb, best, data.len(), entry.path()));
    }
    timed.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = timed.iter().map(|t| t.1.as_secs_f64()).sum();
    let bytes: usize = timed.iter().map(|t| t.2).sum();
    eprintln!("{} inputs, {bytes} bytes, {total:.3} s: {:.1} MB/s", timed.len(), bytes as f64 / total / 1e6);
    for (per_kb, best, len, path) in timed.iter().take(15) {
        eprintln!("{per_kb:>10.0} µs/KB {best:>12?} {len:>6} B {}", path.display());
    }
}
