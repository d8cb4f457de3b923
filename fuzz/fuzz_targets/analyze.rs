//! Fuzz target: the analysis of arbitrary bytes, as plain text or as a block list (see
//! `decode` in `../invariants.rs`), must not panic, must keep every offset on character
//! boundaries inside its block, must be deterministic, and its boundary views must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    invariants::check_bytes(data);
});
