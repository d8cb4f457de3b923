//! The WebAssembly boundary: the only module that knows wasm-bindgen.
//!
//! The extension's background script calls [`analyze_blocks`] with the article's blocks as
//! plain JavaScript objects (`{kind, text, links}`) and gets back a [`ReportView`] with UTF-16
//! offsets inside each block (JavaScript strings index in UTF-16 code units, so the content
//! script can build DOM ranges directly).
//!
//! The module is built with `panic = "abort"`, where a panic would surface as an opaque
//! `unreachable` trap. So every input is validated here and every failure is returned as a
//! `JsError` with a message; the core itself promises not to panic on any text.

use wasm_bindgen::prelude::*;

use crate::{analyze, looks_english, Block, BlockKind, Document, OffsetUnit, Positions, ReportView};

/// Most blocks one call accepts; the content script cuts larger pages down first.
const MAX_BLOCKS: usize = 50_000;
/// Most UTF-16 code units (summed over blocks) one call accepts (about 8 MB of text).
const MAX_TOTAL_UNITS: usize = 8 * 1024 * 1024;

/// The crate's version, so the extension can tell which core it runs.
#[wasm_bindgen(js_name = coreVersion)]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Analyses `blocks`, an array of `{kind, text, links, emphasised, dated, alt}` objects (`kind`
/// one of `headline`, `paragraph`, `blockquote`, `caption`, `list_item`; default `paragraph`; the
/// others optional: `links` the UTF-16 ranges of its text inside links, flat; `emphasised` whether
/// every letter is set in bold or italics; `dated` whether every letter lies in a `<time>`; `alt`
/// the alt text of the image right before it). What the page's markup shows is no story is left
/// out of the analysis: page furniture ("Related: <a>…</a>", "Advertisement":
/// [`crate::is_page_furniture`]), a line of dates alone ([`crate::is_date_stamp`]) and, unless
/// `truncated` (the blocks stop short of the article's end), a closing sign-off
/// ([`crate::is_signoff`]). A paragraph that opens with the alt text before it is a caption
/// ([`crate::is_alt_caption`]).
///
/// Returns `{findings, sources, english, left_out, captions}`: `left_out` the indices of the
/// blocks left out, `captions` those of the blocks read as captions (both ascending, indices in
/// `blocks`), and every `block` of the report an index among the blocks analysed (the others, in
/// order). Each finding has `block`, `start`, `end` in UTF-16 code units of its block, in the
/// reader view ([`ReportView::for_readers`]: each speaker's `named`, where the popover's "Show"
/// goes, and each claim's `explanation`). A text that is not English ([`looks_english`]) is not
/// analysed: `english` is false and there are no findings. Malformed input is a JavaScript
/// `Error` with a message.
#[wasm_bindgen(js_name = analyzeBlocks)]
pub fn analyze_blocks(blocks: JsValue, truncated: Option<bool>) -> Result<JsValue, JsError> {
    // Checked as an array (`Array.isArray`) and read in place, not copied (`Array.from`); its
    // length is read once, so the limit holds for the blocks read.
    let Ok(array) = blocks.dyn_into::<js_sys::Array>() else {
        return Err(JsError::new("analyzeBlocks: expected an array of {kind, text} blocks"));
    };
    let length = array.length();
    if length as usize > MAX_BLOCKS {
        return Err(JsError::new(&format!("analyzeBlocks: {length} blocks is more than the limit of {MAX_BLOCKS}")));
    }
    let mut page = read_blocks(&array, length)?;
    if truncated != Some(true) {
        page.drop_signoff();
    }
    let total: usize = page.blocks.iter().map(|b| b.text.len()).sum();
    // UTF-8 length bounds UTF-16 units from above, so this check is conservative.
    if total > MAX_TOTAL_UNITS * 3 {
        return Err(JsError::new(&format!("analyzeBlocks: {total} bytes of text is more than the limit")));
    }
    let document = Document::new(page.blocks);
    let english = looks_english(&document);
    let view = if english {
        let report = analyze(&document);
        ReportView::for_readers(&report, &document, OffsetUnit::Utf16, Positions::InBlocks)
    } else {
        ReportView { findings: Vec::new(), sources: Vec::new() }
    };
    // The reply as JSON text that JavaScript parses: plain objects, `null` for a missing value,
    // and no generic serialiser in the module (see `view::json`).
    let mut json = String::new();
    view.write_json(&[("english", english)], &mut json);
    let reply = js_sys::JSON::parse(&json).map_err(|_| JsError::new("analyzeBlocks: cannot return the report"))?;
    for (key, indices) in [("left_out", page.left_out), ("captions", page.captions)] {
        let indices: js_sys::Array = indices.into_iter().map(JsValue::from).collect();
        js_sys::Reflect::set(&reply, &JsValue::from_str(key), &indices)
            .map_err(|_| JsError::new("analyzeBlocks: cannot return the report"))?;
    }
    Ok(reply)
}

/// The blocks of a page as [`read_blocks`] reads them.
struct Page {
    /// The blocks to analyse.
    blocks: Vec<Block>,
    /// For each of `blocks`, its index in the input and whether it is set wholly in bold or italics.
    read: Vec<(u32, bool)>,
    /// The indices of the input blocks left out, ascending.
    left_out: Vec<u32>,
    /// The indices of the input blocks read as captions, ascending.
    captions: Vec<u32>,
}

impl Page {
    /// Leaves the last block out when it is a closing sign-off ([`crate::is_signoff`]).
    fn drop_signoff(&mut self) {
        let n = self.blocks.len();
        if n < 2 {
            return;
        }
        let styled = |i: usize| crate::Styled {
            kind: self.blocks[i].kind,
            text: &self.blocks[i].text,
            emphasised: self.read[i].1,
        };
        if crate::is_signoff(styled(n - 2), styled(n - 1)) {
            self.blocks.pop();
            if let Some((index, _)) = self.read.pop() {
                // Furniture after the sign-off was left out already: keep the indices in order.
                let at = self.left_out.partition_point(|&i| i < index);
                self.left_out.insert(at, index);
            }
        }
    }
}

/// Reads the first `length` blocks of `array`, each an object with a `text` string, an
/// optional `kind` (the name of a [`BlockKind`]), optional `links` (the UTF-16 ranges of the
/// text inside links, flat and in order: `[start, end, start, end, …]`), optional `emphasised`
/// and `dated` booleans and an optional `alt` string; any other property is ignored. Page
/// furniture ([`crate::is_page_furniture`]) and a line of dates alone ([`crate::is_date_stamp`])
/// are left out of the document, and a paragraph opening with its
/// `alt` is a caption ([`crate::is_alt_caption`]). Read by hand rather than through serde: the
/// generic deserialiser and its error messages (which format floats) were, with the serialiser,
/// 18.7 KB of the gzipped module.
fn read_blocks(array: &js_sys::Array, length: u32) -> Result<Page, JsError> {
    let [kind_key, text_key, links_key, emphasised_key, dated_key, alt_key] =
        ["kind", "text", "links", "emphasised", "dated", "alt"].map(JsValue::from_str);
    let mut page = Page {
        blocks: Vec::with_capacity(length as usize),
        read: Vec::new(),
        left_out: Vec::new(),
        captions: Vec::new(),
    };
    let mut links = Vec::new();
    for i in 0..length {
        let item = array.get(i);
        let malformed = |what: &str| JsError::new(&format!("analyzeBlocks: malformed blocks: block {i} {what}"));
        if !item.is_object() {
            return Err(malformed("is not a {kind, text} object"));
        }
        let get = |key: &JsValue| js_sys::Reflect::get(&item, key).map_err(|_| malformed("cannot be read"));
        let text = get(&text_key)?.as_string().ok_or_else(|| malformed("has no text string"))?;
        let kind = get(&kind_key)?;
        let mut kind = if kind.is_undefined() {
            BlockKind::default()
        } else {
            kind.as_string()
                .and_then(|name| BlockKind::from_name(&name))
                .ok_or_else(|| malformed("has an unknown kind"))?
        };
        read_links(&get(&links_key)?, &text, &mut links)
            .ok_or_else(|| malformed("has links that are not [start, end, …] in its text"))?;
        // A flag is absent (false) or a boolean.
        let flag = |key: &JsValue| get(key).map(|v| if v.is_undefined() { Some(false) } else { v.as_bool() });
        let emphasised = flag(&emphasised_key)?.ok_or_else(|| malformed("has an emphasised that is not a boolean"))?;
        let dated = flag(&dated_key)?.ok_or_else(|| malformed("has a dated that is not a boolean"))?;
        let alt = get(&alt_key)?;
        let alt = if alt.is_undefined() { Some(String::new()) } else { alt.as_string() };
        let alt = alt.ok_or_else(|| malformed("has an alt that is not a string"))?;
        if crate::is_date_stamp(kind, dated) || crate::is_page_furniture(kind, &text, &links, OffsetUnit::Utf16) {
            page.left_out.push(i);
            continue;
        }
        if crate::is_alt_caption(kind, &text, &alt) {
            kind = BlockKind::Caption;
            page.captions.push(i);
        }
        // Offsets are per block here: a block made by hand has offset zero.
        page.blocks.push(Block::new(kind, text));
        page.read.push((i, emphasised));
    }
    Ok(page)
}

/// Reads a block's `links` (absent, or a flat array of UTF-16 offsets, in start-end pairs)
/// into `out` as ranges; `None` when it is something else, or a range is empty, out of order or
/// past the end of `text` (the checks of the extension's message schema, `linksIn`).
fn read_links(value: &JsValue, text: &str, out: &mut Vec<std::ops::Range<usize>>) -> Option<()> {
    out.clear();
    if value.is_undefined() {
        return Some(());
    }
    let flat = value.dyn_ref::<js_sys::Array>()?;
    let units = if flat.length() == 0 { 0 } else { OffsetUnit::Utf16.len(text) };
    let mut last = 0usize;
    for k in (0..flat.length()).step_by(2) {
        let offset = |k: u32| flat.get(k).as_f64().filter(|o| o.fract() == 0.0 && *o >= 0.0).map(|o| o as usize);
        let (start, end) = (offset(k)?, offset(k + 1)?);
        if start < last || end <= start || end > units {
            return None;
        }
        out.push(start..end);
        last = end;
    }
    Some(())
}

/// Whether `name`, a source's or a speaker's, is a pronoun the analysis could not tie to a name
/// ([`crate::is_unresolved_pronoun`]): the popup lists such a source as a pronoun, not as a
/// person, without a copy of the core's pronoun list in JavaScript.
#[wasm_bindgen(js_name = isUnresolvedPronoun)]
pub fn is_unresolved_pronoun(name: &str) -> bool {
    crate::is_unresolved_pronoun(name)
}

/// Traps on purpose (an `unreachable` instruction), so that tests can check that the extension
/// recovers from a trap by re-instantiating the module. Not reachable from any message.
#[wasm_bindgen(js_name = __trapForTests)]
pub fn trap_for_tests() {
    std::process::abort();
}
