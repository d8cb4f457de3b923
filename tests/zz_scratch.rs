use sourcelight::*;
#[test]
fn scratch() {
    for text in ["said ".repeat(4000), "word\u{201d} he said. ".repeat(1000)] {
    let doc = Document::new(vec![Block::new(BlockKind::Paragraph, text)]);
    let t = std::time::Instant::now(); let r = analyze(&doc); eprintln!("{:?} {}", t.elapsed(), r.findings.len());
    }
}
