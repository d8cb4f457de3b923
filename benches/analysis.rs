//! Throughput of the whole analysis (`Document::from_plain_text` + `analyze`), single-threaded,
//! over real news text: the bundled samples, and the PolNeAR development articles when the
//! shared corpora are present (`../shared/corpora/quotes/polnear-dev.jsonl`).
//!
//! Run: `cargo bench --bench analysis` (see BENCHMARKS.md).

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sourcelight::{analyze, Document};

fn samples() -> Vec<String> {
    let mut texts = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"))
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths {
        if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push(t);
            }
        }
    }
    texts
}

fn polnear() -> Option<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/quotes/polnear-dev.jsonl");
    let data = std::fs::read_to_string(&path).ok()?;
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

fn bench_texts(c: &mut Criterion, name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("analysis");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            for t in texts {
                let doc = Document::from_plain_text(black_box(t));
                black_box(analyze(&doc));
            }
        })
    });
    group.finish();
}

fn analysis(c: &mut Criterion) {
    let samples = samples();
    if samples.is_empty() {
        eprintln!("analysis bench: no samples/*.txt found");
    } else {
        bench_texts(c, "samples", &samples);
    }
    match polnear() {
        Some(texts) => bench_texts(c, "polnear-dev", &texts),
        None => eprintln!("analysis bench: ../shared/corpora/quotes/polnear-dev.jsonl absent, skipping it"),
    }
}

criterion_group!(benches, analysis);
criterion_main!(benches);
