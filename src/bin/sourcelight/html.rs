//! A saved news page to a document: dom_smoothie (a port of Mozilla's Readability) picks the
//! article body; walking its HTML tree turns the elements into typed blocks.

mod furniture;

use std::ops::Range;

use dom_query::NodeRef;
use dom_smoothie::{Config, Readability};
use furniture::Letters;
use sourcelight::{is_alt_caption, is_date_stamp, is_page_furniture, Block, BlockKind, Document, OffsetUnit};

/// Whether text that came without a telling file name reads as a web page: its first
/// non-blank character opens a tag and the start names `<html`, `<head`, `<body` or a doctype.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let mut end = start.len().min(2048);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start[..end].to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body"].iter().any(|tag| head.contains(tag))
}

/// The article of an HTML page as a document, and the article text its offsets point into
/// (the blocks joined by blank lines). The article's title comes first, as the headline.
/// When Readability finds no article, the whole `<body>` is walked instead.
pub fn to_document(html: &str) -> Result<(Document, String), String> {
    let page = parse_flattened(html);
    remove_apparatus(&page);
    furniture::mark_by_class(&page);
    let mut signatures = stated_site_names(&page);
    // Only a bad base URL fails here, and we give none.
    let mut reader = Readability::with_document(page, None, Some(Config::default()))
        .map_err(|e| format!("could not read the HTML page: {e}"))?;
    let parsed = reader.parse();
    let (title, tree) = match parsed {
        Ok(article) => {
            drop(reader); // the page's tree, before the article's is built
            signatures.extend([article.site_name, article.byline].into_iter().flatten());
            let title = without_signature(&article.title, &signatures).to_string();
            (title, parse_flattened(&article.content))
        }
        // A failed parse leaves the reader's tree as it was parsed and flattened, less what it
        // removes before scoring (scripts, styles, comments), so the page is not parsed twice.
        Err(_) => (String::new(), reader.doc),
    };
    let mut walker = Walker::default();
    walker.walk(&tree.root(), BlockKind::Paragraph);
    walker.flush(BlockKind::Paragraph);
    let mut blocks = walker.blocks;
    furniture::drop_signoff(&mut blocks, &walker.emphasised);
    let title = normalise_space(&title);
    let title_repeated = blocks.first().is_some_and(|(kind, text)| *kind == BlockKind::Headline && *text == title);
    if !title.is_empty() && !title_repeated {
        blocks.insert(0, (BlockKind::Headline, title));
    }
    if blocks.is_empty() {
        return Err("no article text found in the HTML page".to_string());
    }
    Ok(join(blocks))
}

/// The names the page itself gives its site, besides the `og:site_name` Readability reads:
/// the HTML `application-name` and Apple's `apple-mobile-web-app-title` metadata, and the
/// title of its OpenSearch description (the name a browser lists the site's search under;
/// "Wikipedia (en)" names "Wikipedia" with a qualifier, so the name before a final
/// parenthesis counts too). Only what the page states, never a list of known sites: a
/// title's last words are a site's name only when the page says so.
fn stated_site_names(page: &dom_query::Document) -> Vec<String> {
    let mut names = Vec::new();
    let stated = [
        ("meta[name=\"application-name\"], meta[name=\"apple-mobile-web-app-title\"]", "content"),
        ("link[rel=\"search\"][type=\"application/opensearchdescription+xml\"]", "title"),
    ];
    for (selector, attribute) in stated {
        for node in page.select(selector).nodes() {
            let Some(name) = node.attr(attribute) else { continue };
            let name = name.trim();
            if let Some((short, _)) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
                names.push(short.trim().to_string());
            }
            names.push(name.to_string());
        }
    }
    names
}

/// The page title without the site name or byline a page appends to it ("Dam to close -
/// Gazette", "Dam to close | Ana Ruiz"): not part of the headline, and read as the signature
/// of a quote the headline ends with.
fn without_signature<'a>(title: &'a str, signatures: &[String]) -> &'a str {
    for signature in signatures {
        let signature = signature.trim();
        let Some(rest) = title.trim_end().strip_suffix(signature) else { continue };
        if signature.is_empty() {
            continue;
        }
        for separator in [" - ", " | ", " \u{2013} ", " \u{2014} ", " \u{b7} "] {
            if let Some(headline) = rest.strip_suffix(separator).filter(|h| !h.trim().is_empty()) {
                return headline.trim_end();
            }
        }
    }
    title
}

/// Parts of a page that are no article text, known by their markup before Readability (which
/// drops class names) picks the article: what the page marks as navigation, a sidebar or hidden
/// from readers (ARIA), and MediaWiki's apparatus (the "[edit]" links, the table of contents,
/// the infobox, the reference list and navigation boxes), whose entries read as claims.
const APPARATUS: &str = "[role=\"navigation\"], [role=\"complementary\"], [aria-hidden=\"true\"], \
    .mw-editsection, #toc, .toc, table.infobox, ol.references, .reflist, .navbox";

/// Removes the [`APPARATUS`] from the page.
fn remove_apparatus(page: &dom_query::Document) {
    page.select(APPARATUS).remove();
}

/// How deep elements may nest: below this depth an element's content is replaced by its text.
/// Readability scores every element by walking its descendants, so its time grows with the
/// number of elements times their depth (20,000 nested `<div>`s: over a minute), and the
/// [`Walker`] recurses once per level. Browsers cap the tree too (Blink at 512 levels); news
/// pages nest a few dozen deep.
const MAX_DEPTH: usize = 256;

/// Parses `html`, flattening what nests deeper than [`MAX_DEPTH`] into text. The walk keeps
/// its own stack: a recursive one would overflow on the pages this guards against.
fn parse_flattened(html: &str) -> dom_query::Document {
    let tree = dom_query::Document::from(html);
    let mut stack = vec![(tree.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth >= MAX_DEPTH {
            // Each subtree is read once and cut off: linear in the page.
            let text = node.text();
            node.set_text(text);
            continue;
        }
        stack.extend(node.children_it(false).filter(|child| child.is_element()).map(|child| (child, depth + 1)));
    }
    tree
}

/// Joins blocks with blank lines and records each block's offset in the joined text.
fn join(blocks: Vec<(BlockKind, String)>) -> (Document, String) {
    let mut source = String::new();
    let mut out = Vec::with_capacity(blocks.len());
    for (kind, text) in blocks {
        if !source.is_empty() {
            source.push_str("\n\n");
        }
        let offset = source.len();
        source.push_str(&text);
        out.push(Block { kind, text, offset });
    }
    (Document::new(out), source)
}

/// Collects blocks in reading order. Inline content (text, links, emphasis) accumulates in
/// `pending` until a block-level element or the end of its container closes the block.
#[derive(Default)]
struct Walker {
    blocks: Vec<(BlockKind, String)>,
    pending: String,
    /// Where the links of `pending` lie in it.
    links: Vec<Range<usize>>,
    /// The text an image seen since the last block gives in place of itself (`alt`).
    alt: Option<String>,
    /// The letters of `pending`, and those inside emphasis and dates.
    letters: Letters,
    /// How many emphasis elements ([`EMPHASIS`]) the walk is inside.
    inside_emphasis: usize,
    /// How many `time` elements the walk is inside.
    inside_time: usize,
    /// For each of `blocks`, whether it is set wholly in bold or italics.
    emphasised: Vec<bool>,
}

impl Walker {
    fn walk(&mut self, node: &NodeRef, context: BlockKind) {
        let mut after_figure = false;
        for child in node.children_it(false) {
            if child.is_text() {
                self.push_text(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            let follows_figure = std::mem::replace(&mut after_figure, name == "figure");
            if SKIPPED.contains(&name.as_str()) {
                continue;
            }
            if name == "img" {
                self.alt = child.attr("alt").map(|alt| normalise_space(&alt));
                continue;
            }
            if name == "br" {
                self.pending.push(' ');
                continue;
            }
            let kind = if follows_figure && is_one_item_list(&child, &name) {
                // A figure's caption laid out as a list of one item after it (The Guardian's
                // photo essays): a caption, not a list item.
                Some(BlockKind::Caption)
            } else {
                block_kind(&name, context)
            };
            match kind {
                Some(kind) => {
                    self.flush(context);
                    self.walk(&child, kind);
                    self.flush(kind);
                }
                None if name == "a" => {
                    let start = self.pending.len();
                    self.walk(&child, context);
                    // A block closed inside the link leaves `start` past the new text's start.
                    self.links.push(start.min(self.pending.len())..self.pending.len());
                }
                None => {
                    let (emphasis, time) = (EMPHASIS.contains(&name.as_str()), name == "time");
                    self.inside_emphasis += usize::from(emphasis);
                    self.inside_time += usize::from(time);
                    self.walk(&child, context);
                    self.inside_emphasis -= usize::from(emphasis);
                    self.inside_time -= usize::from(time);
                }
            }
        }
    }

    /// Adds a text node's text to `pending`, counting its letters.
    fn push_text(&mut self, text: &str) {
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        self.letters.all += letters;
        if self.inside_emphasis > 0 {
            self.letters.emphasised += letters;
        }
        if self.inside_time > 0 {
            self.letters.dated += letters;
        }
        self.pending.push_str(text);
    }

    fn flush(&mut self, kind: BlockKind) {
        let links = std::mem::take(&mut self.links);
        let text = normalise_space(&self.pending);
        let letters = std::mem::take(&mut self.letters);
        // Links, a "Related:" line, a newsletter prompt, or a line of dates alone (the core's
        // judgements, shared with the extension; which letters lie in `<time>` the markup tells).
        let dropped = is_page_furniture(kind, &self.pending, &links, OffsetUnit::Utf8)
            || is_date_stamp(kind, letters.wholly_dated());
        self.pending.clear();
        if text.is_empty() {
            return;
        }
        let alt = self.alt.take();
        if dropped {
            return;
        }
        let kind = match alt {
            // A paragraph opening with the alt text of the image before it (the core's judgement).
            Some(alt) if is_alt_caption(kind, &text, &alt) => BlockKind::Caption,
            _ => kind,
        };
        self.blocks.push((kind, text));
        self.emphasised.push(letters.wholly_emphasised());
    }
}

/// Inline elements that set text in bold or italics.
const EMPHASIS: &[&str] = &["b", "strong", "i", "em"];

/// Whether `element` (named `name`) is a list of one item.
fn is_one_item_list(element: &NodeRef, name: &str) -> bool {
    (name == "ul" || name == "ol") && element.children_it(false).filter(NodeRef::is_element).count() == 1
}

/// Elements whose text is not article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "button", "select", "textarea", "nav", "head",
    "title",
];

/// For a block-level element, the kind of the blocks inside it; `None` for inline elements.
/// Inside a blockquote everything stays a blockquote, inside a list item a list item (but for
/// its captions).
fn block_kind(name: &str, context: BlockKind) -> Option<BlockKind> {
    let inherit = |own: BlockKind| match context {
        BlockKind::Blockquote | BlockKind::ListItem | BlockKind::Caption => context,
        _ => own,
    };
    Some(match name {
        "h1" | "h2" => BlockKind::Headline,
        "blockquote" => BlockKind::Blockquote,
        "li" | "dt" | "dd" => inherit(BlockKind::ListItem),
        // A caption in a list item (a gallery laid out as a list) is still a caption.
        "figcaption" | "caption" if context == BlockKind::ListItem => BlockKind::Caption,
        "figcaption" | "caption" => inherit(BlockKind::Caption),
        // What a figure holds besides its caption is the photo's credit or label ("Photo").
        "figure" if context == BlockKind::ListItem => BlockKind::Caption,
        "figure" => inherit(BlockKind::Caption),
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "ul" | "ol" | "dl" | "h3"
        | "h4" | "h5" | "h6" | "pre" | "table" | "thead" | "tbody" | "tr" | "td" | "th" | "hr" | "address"
        | "details" | "summary" | "body" | "html" => inherit(BlockKind::Paragraph),
        _ => return None,
    })
}

/// Collapses runs of HTML white space (not no-break spaces, which are content) into one space.
fn normalise_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split([' ', '\t', '\n', '\r', '\x0c']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let (doc, source) = to_document(html).expect("article");
        for b in &doc.blocks {
            assert_eq!(&source[b.offset..b.offset + b.text.len()], b.text);
        }
        doc.blocks.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn elements_nested_too_deep_are_flattened_into_their_text() {
        let depth = MAX_DEPTH + 50;
        let html = format!("<div>{}<p>deep <b>words</b></p>{}</div>", "<div>".repeat(depth), "</div>".repeat(depth));
        let tree = parse_flattened(&html);
        let mut deepest = 0;
        let mut stack = vec![(tree.root(), 0usize)];
        while let Some((node, d)) = stack.pop() {
            deepest = deepest.max(d);
            stack.extend(node.children_it(false).map(|c| (c, d + 1)));
        }
        assert!(deepest <= MAX_DEPTH + 1, "{deepest}");
        assert!(tree.root().text().contains("deep words"));
    }

    #[test]
    fn elements_become_typed_blocks() {
        let got = blocks(
            "<div><h2>Sub head</h2><p>One <b>bold</b>\n word.</p><blockquote><p>Q1</p><p>Q2</p></blockquote>\
             <ul><li>Item <i>one</i></li></ul><figure><img src=x><figcaption>Cap</figcaption></figure>\
             <script>var x = 1;</script></div>",
        );
        use BlockKind::*;
        assert_eq!(
            got,
            [
                (Headline, "Sub head".into()),
                (Paragraph, "One bold word.".into()),
                (Blockquote, "Q1".into()),
                (Blockquote, "Q2".into()),
                (ListItem, "Item one".into()),
                (Caption, "Cap".into()),
            ]
        );
    }

    #[test]
    fn a_caption_inside_a_list_item_is_a_caption() {
        let got = blocks(
            "<div><p>The bridge reopened on Monday after two years of work on its piers.</p>\
             <ul><li><figure><img src=x><figcaption>The bridge at dawn</figcaption></figure></li>\
             <li>Item two</li></ul></div>",
        );
        assert!(got.contains(&(BlockKind::Caption, "The bridge at dawn".into())), "{got:?}");
        assert!(got.contains(&(BlockKind::ListItem, "Item two".into())), "{got:?}");
    }

    #[test]
    fn the_site_name_or_byline_after_the_title_is_dropped() {
        let site = ["Gazette".to_string()];
        let both = ["Gazette".to_string(), "Ana Ruiz".to_string()];
        assert_eq!(without_signature("Dam to close - Gazette", &site), "Dam to close");
        assert_eq!(without_signature("'Dam to close' | Ana Ruiz", &both), "'Dam to close'");
        assert_eq!(without_signature("Gazette", &site), "Gazette");
        assert_eq!(without_signature("Gazette readers - a survey", &site), "Gazette readers - a survey");
        assert_eq!(without_signature("Dam to close", &[]), "Dam to close");
    }

    /// The headline of a page whose site name is stated only in its metadata.
    fn headline(head: &str) -> String {
        let html = format!(
            "<html><head><title>Dam - Gazette</title>{head}</head><body><article><h1>Dam - Gazette</h1>\
             <p>{}</p></article></body></html>",
            "The dam will close on Monday, the council said in a statement on Friday. ".repeat(8)
        );
        let (doc, _) = to_document(&html).expect("a document");
        doc.blocks.first().map(|b| b.text.clone()).unwrap_or_default()
    }

    #[test]
    fn a_site_name_the_page_states_is_dropped_from_the_headline() {
        let opensearch = "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"Gazette (en)\">";
        assert_eq!(headline(opensearch), "Dam");
        assert_eq!(headline("<meta name=\"application-name\" content=\"Gazette\">"), "Dam");
        assert_eq!(headline("<meta property=\"og:site_name\" content=\"Gazette\">"), "Dam");
        // Not stated, or another name: the title is left whole, whatever its last word.
        assert_eq!(headline(""), "Dam - Gazette");
        assert_eq!(headline("<meta name=\"application-name\" content=\"Herald\">"), "Dam - Gazette");
    }

    #[test]
    fn a_page_readability_cannot_read_is_walked_whole() {
        // A frameset page has no <body>: Readability finds no article, and the tree it was
        // given is walked instead.
        let got = blocks(
            "<html><head><title>T</title></head><frameset><frame src=a>\
             <noframes>The council met on Monday.</noframes></frameset></html>",
        );
        assert_eq!(got, [(BlockKind::Paragraph, "The council met on Monday.".into())]);
    }

    #[test]
    fn detects_pages() {
        assert!(looks_like_html("\n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("<3 this story"));
        assert!(!looks_like_html("Plain text"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Any soup of tags, text and entities gives blocks that lie in the article text, or a
        /// clear error; never a panic.
        #[test]
        fn tag_soup_never_panics(parts in proptest::collection::vec(proptest::prop_oneof![
            proptest::prelude::Just("<p>".to_string()), proptest::prelude::Just("</p>".to_string()),
            proptest::prelude::Just("<blockquote>".to_string()), proptest::prelude::Just("<li>".to_string()),
            proptest::prelude::Just("<h1>".to_string()), proptest::prelude::Just("</div>".to_string()),
            proptest::prelude::Just("<figcaption>".to_string()), proptest::prelude::Just("<script>".to_string()),
            proptest::prelude::Just("&amp;&#x1F600;&bogus;".to_string()), proptest::prelude::Just("<br/>".to_string()),
            "[a-zA-Z \u{201c}\u{201d}\u{e9}\u{4e2d}.]{0,40}",
        ], 0..60)) {
            let html = format!("<html><body>{}</body></html>", parts.concat());
            if let Ok((doc, source)) = to_document(&html) {
                for b in &doc.blocks {
                    proptest::prop_assert_eq!(source.get(b.offset..b.offset + b.text.len()), Some(b.text.as_str()));
                    proptest::prop_assert!(!b.text.is_empty());
                }
            }
        }
    }
}
