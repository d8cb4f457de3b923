//! The form in which a word list is compiled into the analysis: its entry lines only, each
//! without its `ex:` fields. The comments and examples are for the people who edit the lists
//! and for the tests (which read the files as written); in the WebAssembly module they were
//! more than half the lists' size. Shared by `build.rs`, which writes the stripped copies, and
//! by the test that checks the analysis reads the same fields from both.

/// `data` without its comment lines, blank lines and `ex:` fields. Every other field is kept
/// as written, so `lexicon::fields` reads the same fields from the result.
pub fn strip(data: &str) -> String {
    let mut out = String::with_capacity(data.len() / 2);
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut first = true;
        for field in line.split(" | ").filter(|f| !f.trim().starts_with("ex:")) {
            if !first {
                out.push_str(" | ");
            }
            out.push_str(field);
            first = false;
        }
        out.push('\n');
    }
    out
}
