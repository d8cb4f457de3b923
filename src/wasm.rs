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

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{analyze, looks_english, Block, Document, OffsetUnit, Positions, ReportView};

/// What [`analyze_blocks`] returns: the report, and whether the text was English at all.
#[derive(Serialize)]
struct Reply {
    #[serde(flatten)]
    view: ReportView,
    /// False when the text is not English: then it was not analysed and there are no findings.
    english: bool,
}

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
/// code units of its block. A text that is not English ([`looks_english`]) is not analysed:
/// `english` is false and there are no findings. Malformed input is a JavaScript `Error` with a
/// message.
#[wasm_bindgen(js_name = analyzeBlocks)]
pub fn analyze_blocks(blocks: JsValue) -> Result<JsValue, JsError> {
    if !js_sys::Array::is_array(&blocks) {
        return Err(JsError::new("analyzeBlocks: expected an array of {kind, text} blocks"));
    }
    let length = js_sys::Array::from(&blocks).length() as usize;
    if length > MAX_BLOCKS {
        return Err(JsError::new(&format!("analyzeBlocks: {length} blocks is more than the limit of {MAX_BLOCKS}")));
    }
    let blocks: Vec<Block> = serde_wasm_bindgen::from_value(blocks)
        .map_err(|e| JsError::new(&format!("analyzeBlocks: malformed blocks: {e}")))?;
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    // UTF-8 length bounds UTF-16 units from above, so this check is conservative.
    if total > MAX_TOTAL_UNITS * 3 {
        return Err(JsError::new(&format!("analyzeBlocks: {total} bytes of text is more than the limit")));
    }
    // Offsets must be per block here: the block offsets of a hand-made document are zero.
    let blocks = blocks.into_iter().map(|b| Block { offset: 0, ..b }).collect();
    let document = Document::new(blocks);
    let english = looks_english(&document);
    let view = if english {
        let report = analyze(&document);
        ReportView::new(&report, &document, OffsetUnit::Utf16, Positions::InBlocks)
    } else {
        ReportView { findings: Vec::new(), sources: Vec::new() }
    };
    // json_compatible: plain objects (not Maps) and `null` for a missing value.
    Reply { view, english }
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("analyzeBlocks: cannot return the report: {e}")))
}

/// Traps on purpose (an `unreachable` instruction), so that tests can check that the extension
/// recovers from a trap by re-instantiating the module. Not reachable from any message.
#[wasm_bindgen(js_name = __trapForTests)]
pub fn trap_for_tests() {
    std::process::abort();
}
