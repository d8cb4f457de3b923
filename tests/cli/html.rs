//! HTML input: the article picked out of a page, detected by name or content, deep pages,
//! and the saved news pages of the shared test set.

use std::path::{Path, PathBuf};

use crate::common::*;

#[test]
fn html_page_yields_the_article_in_typed_blocks() {
    let out = succeeded(&["check", "--format", "annotated", HTML], b"");
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
    let out = succeeded(&["check", "--format", "json"], &html);
    let line = &json_lines(&out)[0];
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
    let out = succeeded(&["check", "--format", "json", &pages[0], &pages[1], SAMPLE], b"");
    let lines = json_lines(&out);
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
    let out = succeeded(&args, b"");
    let lines = json_lines(&out);
    assert_eq!(lines.len(), sources.len());
    for line in &lines {
        let text = line["article_text"].as_str().expect("article text");
        assert!(text.len() > 500, "{}: article text found", line["file"]);
        check_offsets(text, line, "codepoints");
    }
}

/// The annotated output of a page whose article is a few paragraphs of a story with `extra`
/// in it: enough text that the article is picked, `extra` what a rule reads.
fn annotated_page(extra: &str) -> String {
    annotated_story(extra, "")
}

/// As [`annotated_page`], with `end` after the story's last paragraph.
fn annotated_story(extra: &str, end: &str) -> String {
    let story = "<p>The port of Lakeside will reopen on Monday after a strike of three weeks, the harbour \
                 board said on Friday, and the first ferries are due to sail at dawn.</p>\
                 <p>Dock workers voted to accept a pay rise of four per cent a year, ending the longest \
                 stoppage at the port since it was built, according to the union's count of the ballot.</p>";
    let html = format!(
        "<!doctype html><html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>\
         {story}{extra}{story}{end}</article></body></html>"
    );
    succeeded(&["check", "--format", "annotated"], html.as_bytes())
}

#[test]
fn page_apparatus_is_no_article_text() {
    let out = annotated_page(
        "<h2>Strike<span class=\"mw-editsection\">[edit]</span></h2>\
         <div id=\"toc\"><h2>Contents</h2><ul><li><a href=\"#a\">1 History</a></li>\
         <li>2 The port before the strike</li></ul></div>\
         <table class=\"infobox\"><tr><th>Founded</th><td>1998</td></tr></table>\
         <aside role=\"complementary\"><p>Most read: ferry timetable changes</p></aside>\
         <p aria-hidden=\"true\">Share this story</p>\
         <p>The board's chair, Ana Ruiz, said the strike had cost the port 2 million crowns.<sup><a href=\"#r1\">[1]</a></sup></p>\
         <ol class=\"references\"><li>^ Ruiz, Ana (3 May 2020). Retrieved 4 May 2020.</li></ol>\
         <div class=\"toc\"><p>Page outline</p></div>\
         <div class=\"reflist\"><p>Harbour board annual report, 2019.</p></div>\
         <table class=\"navbox\"><tr><td>Ports of the north coast</td></tr></table>",
    );
    // The MediaWiki selectors each have an element here (the table of contents once by its id,
    // once by its class), so that dropping one from the list fails; ARIA navigation and
    // sidebars: the test below.
    for outside in [
        "[edit]",
        "1 History",
        "Founded",
        "Most read",
        "Share this story",
        "Retrieved",
        "Contents",
        "before the strike",
        "Page outline",
        "annual report",
        "north coast",
    ] {
        assert!(!out.contains(outside), "{outside:?} is not article text: {out}");
    }
    assert!(out.contains("headline]\nStrike\n"), "{out}");
    // Must not drop: a paragraph of the story that cites a note.
    assert!(out.contains("said the strike had cost the port 2 million crowns.[1]"), "{out}");
}

/// Readability drops what ARIA marks as navigation or a sidebar only while it strips unlikely
/// parts, and an article too short for that reading is read again without stripping: our own
/// removal drops them before.
#[test]
fn navigation_or_a_sidebar_beside_a_short_article_is_no_article_text() {
    for part in [
        "<div role=\"navigation\"><p>Port news and ferry timetables</p></div>",
        "<div role=\"complementary\"><p>Port news and ferry timetables</p></div>",
    ] {
        let html = format!(
            "<!doctype html><html><head><title>Port reopens</title></head><body><article>\
             <h1>Port reopens</h1><p>The port of Lakeside will reopen on Monday after a strike of three weeks, \
             the harbour board said on Friday.</p>{part}</article></body></html>"
        );
        let out = succeeded(&["check", "--format", "annotated"], html.as_bytes());
        assert!(!out.contains("Port news"), "{part} is not article text: {out}");
        assert!(out.contains("will reopen on Monday"), "{out}");
    }
}

#[test]
fn what_a_figure_holds_is_a_caption() {
    let out = annotated_page(
        "<figure><div><img src=\"x.jpg\" alt=\"The quay\"><p>ANA RUIZ/LAKESIDE GAZETTE</p></div>\
         <figcaption>Ferries at the quay</figcaption></figure>",
    );
    assert!(out.contains("caption]\nANA RUIZ/LAKESIDE GAZETTE"), "the credit: {out}");
    assert!(out.contains("caption]\nFerries at the quay"), "{out}");
}

#[test]
fn a_list_of_one_item_after_a_figure_is_its_caption() {
    let out = annotated_page(
        "<figure><img src=\"x.jpg\"></figure><ul><li><p>Dock workers at the gate on Friday</p></li></ul>\
         <ul><li>Ferries sail from Monday</li></ul>",
    );
    assert!(out.contains("caption]\nDock workers at the gate on Friday"), "{out}");
    // Must not change: a list with no figure before it.
    assert!(out.contains("list item]\nFerries sail from Monday"), "{out}");
}

#[test]
fn a_paragraph_of_links_is_dropped_and_a_paragraph_with_a_link_kept() {
    let out = annotated_page(
        "<p><a href=\"/a\">Related: Ferry fares to rise by a fifth</a></p>\
         <p><i><a href=\"/b\">[Read: Why the port matters to the islands]</a></i></p>\
         <p><b>Read more:</b> <a href=\"/c\">Strike ends</a> <a href=\"/d\">Fares rise</a></p>\
         <ul><li><a href=\"/e\">The islands' ferry timetable</a></li></ul>\
         <p><a href=\"/f\">Ana Ruiz</a>, the board's chair, said the <a href=\"/g\">deal</a> was fair.</p>\
         <p>The union published <a href=\"/h\">the ballot's results</a>.</p>",
    );
    for outside in ["Related", "Why the port matters", "Strike ends", "timetable"] {
        assert!(!out.contains(outside), "{outside:?} is a link to another page: {out}");
    }
    // Must not drop: paragraphs whose words go on around or after their links.
    assert!(out.contains("Ana Ruiz, the board's chair, said the deal was fair."), "{out}");
    assert!(out.contains("The union published the ballot's results."), "{out}");
}

#[test]
fn page_furniture_phrases_are_dropped() {
    let out = annotated_page(
        "<p><span>SIGN UP</span> FOR OUR NEWSLETTER</p><p><a href=\"#next\">Continue reading the main story</a></p>\
         <p>Li Wei contributed to this report.</p>\
         <p>Readers who sign up for our newsletter will get the timetable, the board said.</p>",
    );
    for outside in ["SIGN UP", "Continue reading", "contributed to this report"] {
        assert!(!out.contains(outside), "{outside:?} is page furniture: {out}");
    }
    assert!(out.contains("Readers who sign up for our newsletter"), "{out}");
}

#[test]
fn a_widget_label_and_a_typographic_apostrophe_are_read_as_furniture() {
    let out = annotated_page(
        "<div><div>Powered by FerryCalc.com</div><iframe src=\"calc.html\"></iframe></div>\
         <p>Don\u{2019}t miss</p>\
         <p>Powered by the new engines, the ferries will cross in an hour.</p>",
    );
    for outside in ["FerryCalc", "miss"] {
        assert!(!out.contains(outside), "{outside:?} is page furniture: {out}");
    }
    // Must not drop: a sentence of the story that opens with the label's words.
    assert!(out.contains("Powered by the new engines"), "{out}");
}

#[test]
fn what_a_class_calls_a_caption_is_one_and_a_timestamp_is_dropped() {
    let out = annotated_page(
        "<div class=\"inline-video-caption\"><span class=\"pb-caption\">Ferries leave the quay at dawn on \
         Monday. (Lakeside Gazette)</span></div>\
         <p class=\"caption\"><span class=\"caption-text\">Dockers vote at the union hall on Friday.</span> \
         Photo: Li Wei</p>\
         <div class=\"storytimestamp\"><span>Gazette (Lakeside)</span> <span>First published May 3, 2020: \
         1:28 AM ET</span></div>\
         <figure class=\"has-caption\"><img src=\"x.jpg\"></figure>\
         <p class=\"no-caption\">The board's chair, Ana Ruiz, said the deal was fair to both sides.</p>",
    );
    assert!(out.contains("caption]\nFerries leave the quay at dawn"), "{out}");
    // A caption inside a caption (the Herald Sun's "<p class=caption><span class=caption-text>")
    // is one caption, the outermost: not the inner one and the credit after it as two.
    assert!(out.contains("caption]\nDockers vote at the union hall on Friday. Photo: Li Wei\n"), "{out}");
    assert!(!out.contains("First published"), "a timestamp: {out}");
    // Must not change: a class that tells an element has (or lacks) a caption.
    assert!(out.contains("paragraph]\nThe board's chair, Ana Ruiz, said the deal"), "{out}");
    // A caption inside a caption is one caption, the outer one, with all its text.
    let out = annotated_page(
        "<p class=\"caption\"><span class=\"caption-text\">Ferries leave the quay at dawn,</span> on Monday. \
         Photograph: Li Wei</p>",
    );
    assert!(out.contains("caption]\nFerries leave the quay at dawn, on Monday. Photograph: Li Wei\n"), "{out}");
}

#[test]
fn a_line_of_dates_is_dropped() {
    let out = annotated_page(
        "<p><time datetime=\"2020-05-03\">3 May, 2020</time> <time datetime=\"2020-05-04\">4 May, 2020</time></p>\
         <p>The first ferry sails on <time datetime=\"2020-05-04\">Monday</time>, the board said.</p>",
    );
    assert!(!out.contains("3 May, 2020"), "{out}");
    // Must not drop: a sentence with a date in it.
    assert!(out.contains("The first ferry sails on Monday, the board said."), "{out}");
}

#[test]
fn a_closing_signoff_set_apart_is_dropped() {
    let bio = "<p><i>Ana Ruiz is a reporter for the Lakeside Gazette. Follow her on Twitter </i>\
               <a href=\"https://example.com/anaruiz\"><i>@anaruiz</i></a></p>";
    let out = annotated_story("", bio);
    assert!(!out.contains("is a reporter"), "a bio: {out}");
    let out = annotated_story("", "<p><b>LI WEI IS THE GAZETTE\u{2019}S POLITICAL EDITOR</b></p>");
    assert!(!out.contains("POLITICAL EDITOR"), "a byline in capitals: {out}");
    // Must not drop: the same paragraph inside the story, and the story's own last paragraph.
    let out = annotated_story(bio, "");
    assert!(out.contains("Ana Ruiz is a reporter"), "{out}");
    assert!(out.contains("according to the union's count of the ballot.\n"), "{out}");
}

#[test]
fn a_caption_between_a_quote_and_the_next_keeps_its_speaker() {
    let html = "<!doctype html><html><head><title>Elders fear for whales</title></head><body><article>\
        <p>Whale expert Hori Parata has overseen more than 500 strandings across the north of the country.</p>\
        <p>\u{201c}Man\u{2019}s greed in the ocean is hurting the whales,\u{201d} says Parata, an elder of the tribe.</p>\
        <figure><img src=\"x.jpg\"></figure><ul><li><p>Hori Parata at his farm, where he grew up</p></li></ul>\
        <p>\u{201c}We\u{2019}re having to put up with a lot of stuff today. The public want to hug the whales.\u{201d}</p>\
        <p>Experts regard the country as the stranding capital of the world, with 300 animals beached a year.</p>\
        </article></body></html>";
    let out = succeeded(&["check", "--format", "json"], html.as_bytes());
    let line = &json_lines(&out)[0];
    let findings = line["findings"].as_array().expect("findings");
    let quote = findings
        .iter()
        .find(|f| f["text"].as_str().is_some_and(|t| t.starts_with("We\u{2019}re having")))
        .expect("the second quote");
    assert_eq!(quote["speaker"]["name"], "Hori Parata", "{quote}");
}

#[test]
fn a_paragraph_repeating_the_image_description_is_a_caption() {
    let out = annotated_page(
        "<p><img src=\"x.jpg\" alt=\"Dock workers vote at the gate of the port on Fri\"></p>\
         <p><span>Dock workers vote at the gate of the port on Friday.</span> <span>Source: Supplied</span></p>\
         <p><img src=\"y.jpg\" alt=\"The quay\"></p><p>The quay was empty for three weeks.</p>",
    );
    assert!(out.contains("caption]\nDock workers vote at the gate of the port on Friday. Source: Supplied"), "{out}");
    // Must not change: a paragraph after an image whose short description it does not repeat.
    assert!(out.contains("paragraph]\nThe quay was empty for three weeks."), "{out}");
}
