//! The command-line tool, run as a user runs it, one file per concern: every output format,
//! HTML input, bad input, messages and the terminal's width, what ships, and the `--jsonl`
//! contract the evaluation tools rely on. `common.rs` runs the built tool and reads its output.

mod common;
mod formats;
mod html;
mod inputs;
mod jsonl;
mod shipped;
mod terminal;
