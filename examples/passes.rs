//! Runs the whole analysis over a file of `{"id","text"}` JSON lines a given number of times,
//! for instruction counts under `valgrind --tool=callgrind`: the difference between two pass
//! counts is the cost of the passes with the one-time lazy tables excluded.
//!
//! `cargo build --release --example passes --features fixed-seed`, then
//! `valgrind --tool=callgrind target/release/examples/passes FILE.jsonl N`. The feature gives
//! the maps keyed by the page's words a fixed hash seed, so that two runs count the same.

use sourcelight::{analyze, Document};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a JSON-lines file");
    let passes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let data = std::fs::read_to_string(&path).expect("readable file");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    let mut findings = 0;
    for _ in 0..passes {
        for t in &texts {
            let doc = Document::from_plain_text(t);
            findings += analyze(&doc).findings.len();
        }
    }
    println!("{} documents, {passes} passes, {findings} findings", texts.len());
}
