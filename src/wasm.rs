//! The WebAssembly boundary: the only module that knows wasm-bindgen.
//!
//! The extension's background script calls [`analyze_blocks`] with the article's blocks as
//! plain JavaScript objects (`{kind, text}`) and gets back a [`ReportView`] with UTF-16
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

/// Analyses `blocks`, an array of `{kind, text}` objects (`kind` one of `headline`,
/// `paragraph`, `blockquote`, `caption`, `list_item`; default `paragraph`).
///
/// Returns `{findings, sources, english}`, each finding with `block`, `start`, `end` in UTF-16
/// code units of its block, in the reader view ([`ReportView::for_readers`]: each speaker's
/// `named`, where the popover's "Show" goes, and each claim's `explanation`). A text that is not English ([`looks_english`]) is not analysed:
/// `english` is false and there are no findings. Malformed input is a JavaScript `Error` with a
/// message.
#[wasm_bindgen(js_name = analyzeBlocks)]
pub fn analyze_blocks(blocks: JsValue) -> Result<JsValue, JsError> {
    // Checked as an array (`Array.isArray`) and read in place, not copied (`Array.from`); its
    // length is read once, so the limit holds for the blocks read.
    let Ok(array) = blocks.dyn_into::<js_sys::Array>() else {
        return Err(JsError::new("analyzeBlocks: expected an array of {kind, text} blocks"));
    };
    let length = array.length();
    if length as usize > MAX_BLOCKS {
        return Err(JsError::new(&format!("analyzeBlocks: {length} blocks is more than the limit of {MAX_BLOCKS}")));
    }
    let blocks = read_blocks(&array, length)?;
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    // UTF-8 length bounds UTF-16 units from above, so this check is conservative.
    if total > MAX_TOTAL_UNITS * 3 {
        return Err(JsError::new(&format!("analyzeBlocks: {total} bytes of text is more than the limit")));
    }
    let document = Document::new(blocks);
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
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("analyzeBlocks: cannot return the report"))
}

/// Reads the first `length` blocks of `array`, each an object with a `text` string and an
/// optional `kind` (the name of a [`BlockKind`]); any other property is ignored. Read by hand
/// rather than through serde: the generic deserialiser and its error messages (which format
/// floats) were, with the serialiser, 18.7 KB of the gzipped module.
fn read_blocks(array: &js_sys::Array, length: u32) -> Result<Vec<Block>, JsError> {
    let kind_key = JsValue::from_str("kind");
    let text_key = JsValue::from_str("text");
    let mut blocks = Vec::with_capacity(length as usize);
    for i in 0..length {
        let item = array.get(i);
        let malformed = |what: &str| JsError::new(&format!("analyzeBlocks: malformed blocks: block {i} {what}"));
        if !item.is_object() {
            return Err(malformed("is not a {kind, text} object"));
        }
        let get = |key: &JsValue| js_sys::Reflect::get(&item, key).map_err(|_| malformed("cannot be read"));
        let text = get(&text_key)?.as_string().ok_or_else(|| malformed("has no text string"))?;
        let kind = get(&kind_key)?;
        let kind = if kind.is_undefined() {
            BlockKind::default()
        } else {
            kind.as_string()
                .and_then(|name| BlockKind::from_name(&name))
                .ok_or_else(|| malformed("has an unknown kind"))?
        };
        // Offsets are per block here: a block made by hand has offset zero.
        blocks.push(Block::new(kind, text));
    }
    Ok(blocks)
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
