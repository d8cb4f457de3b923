//! `--format json`: one JSON object per input, one per line (JSON Lines). The object is the
//! `--jsonl` report with a `"file"` field first and what a reader is shown besides (each
//! speaker's `"named"`, each claim's `"explanation"`: [`LazyView::for_readers`], which makes each
//! finding's view as it is written rather than a whole view beside the report); for an HTML
//! page, `"article_text"` holds the extracted text the offsets point into. An input that could
//! not be read gives `{"file", "error"}` in its place, so every input has its line.

use std::io::{self, Write};

use serde::Serialize;
use sourcelight::{LazyView, OffsetUnit, Positions};

use super::Analysed;

#[derive(Serialize)]
struct FileReport<'a, 'r> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    article_text: Option<&'a str>,
    #[serde(flatten)]
    report: LazyView<'r>,
}

#[derive(Serialize)]
struct FileError<'a> {
    file: &'a str,
    error: &'a str,
}

/// Writes the report of one input as one line.
pub fn write(out: &mut dyn Write, a: &Analysed, unit: OffsetUnit) -> io::Result<()> {
    let positions = match &a.input.block_starts {
        Some(starts) => Positions::InSourceAt(starts),
        None => Positions::InSource(&a.input.source),
    };
    let view = LazyView::for_readers(a.report, &a.input.document, unit, positions);
    let line =
        FileReport { file: &a.input.name, article_text: a.input.html.then_some(a.input.source.as_str()), report: view };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// Writes the line of an input that could not be analysed.
pub fn write_error(out: &mut dyn Write, file: &str, error: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &FileError { file, error })?;
    out.write_all(b"\n")
}
