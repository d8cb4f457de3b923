//! HTML input: the article picked out of a page, detected by name or content, deep pages,
//! and the saved news pages of the shared test set.

use std::path::{Path, PathBuf};

use crate::common::*;

#[test]
fn html_page_yields_the_article_in_typed_blocks() {
    let o = run(&["check", "--format", "annotated", HTML], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("[1 headline]\nFerry fares to rise by a fifth, operator says\n"), "title first: {out}");
    assert!(out.contains("[2 caption]\nThe morning ferry leaves"), "{out}");
    assert!(out.contains("blockquote]\n“For people on the islands"), "{out}");
    assert!(out.contains("blockquote]\n“You do not put a toll"), "{out}");
    assert!(out.contains("headline]\nPassenger numbers"), "h2 is a headline: {out}");
    assert!(out.contains("list item]\nAdult single: 64 crowns"), "{out}");
    assert!(out.contains("be exempt from the rise"), "inline markup is text: {out}");
    for outside in ["Subscribe", "Home", "Most read", "Cookie", "analytics", "font-family", "| The Lakeside"] {
        assert!(!out.contains(outside), "{outside:?} is not article text: {out}");
    }
}

#[test]
fn html_is_detected_by_content_on_stdin() {
    let html = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(HTML)).expect("fixture");
    let o = run(&["check", "--format", "json"], &html);
    assert!(o.status.success(), "{}", stderr(&o));
    let line = &json_lines(&stdout(&o))[0];
    let text = line["article_text"].as_str().expect("read as HTML");
    assert!(text.starts_with("Ferry fares to rise by a fifth, operator says\n\n"));
    assert!(!text.contains('<'));
    // --input text overrides the detection.
    let o = run(&["check", "--format", "json", "--input", "text"], &html);
    assert!(json_lines(&stdout(&o))[0].get("article_text").is_none());
}

#[test]
fn deeply_nested_html_does_not_crash_or_lose_the_other_files() {
    // 100,000 nested elements (1.2 MB): the tree walks recursed once per level and overflowed
    // the stack (an abort, so the other files' results were lost too); nested `<div>`s made
    // Readability's scoring quadratic (2,000 levels: 0.85 s; 20,000: over a minute).
    let dir = scratch("deep");
    let mut pages = Vec::new();
    for (name, tag, depth) in [("inline.html", "b", 100_000), ("blocks.html", "div", 2_000)] {
        let page = format!(
            "<!doctype html><html><body><article><h1>Deep page</h1>{}<p>Ana Ruiz said the port would reopen on Monday.</p>{}</article></body></html>",
            format!("<{tag}>").repeat(depth),
            format!("</{tag}>").repeat(depth)
        );
        let path = dir.join(name);
        std::fs::write(&path, page).expect("write");
        pages.push(path.to_str().expect("path").to_string());
    }
    let o = run(&["check", "--format", "json", &pages[0], &pages[1], SAMPLE], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 3, "one line per file");
    for page in &lines[..2] {
        let text = page["article_text"].as_str().expect("article text");
        assert!(text.contains("Ana Ruiz said the port would reopen on Monday."), "{text}");
    }
}

/// The saved news pages of the shared test set (skipped when absent): each yields article
/// text and findings whose offsets cut out their text.
#[test]
fn saved_news_pages_are_read() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/pages");
    let Ok(entries) = std::fs::read_dir(&pages) else {
        eprintln!("skipped: {} is absent", pages.display());
        return;
    };
    let mut sources: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path().join("source.html")).filter(|p| p.is_file()).collect();
    sources.sort();
    let args: Vec<&str> =
        ["check", "--format", "json"].into_iter().chain(sources.iter().filter_map(|p| p.to_str())).collect();
    let o = run(&args, b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), sources.len());
    for line in &lines {
        let text = line["article_text"].as_str().expect("article text");
        assert!(text.len() > 500, "{}: article text found", line["file"]);
        check_offsets(text, line, "codepoints");
    }
}
