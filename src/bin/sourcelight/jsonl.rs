//! `check --jsonl`: the evaluation contract.
//!
//! Reads one `{"id": str, "text": str}` per line on stdin and writes one
//! `{"id", "findings", "sources"}` per line on stdout, in order, each written (and flushed) as
//! soon as its line is analysed: memory stays flat in the number of documents. Offsets point
//! into `text`, in the unit of `--offsets`. A document's line and text are freed before its
//! analysis and its report is written one finding at a time ([`LazyView`]), so that one huge
//! document is not held twice.
//!
//! Blank lines are skipped. Every other line gets exactly one output line: a line that is not
//! a valid request gets `{"id": <its id, or null>, "line": <n>, "error": "..."}` in its place
//! (the id is read even from a line that does not parse, when its `"id": value` is intact)
//! (and a message on stderr naming the line), and the exit status is 1 once all lines are done.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use sourcelight::{analyze, Document, LazyView, OffsetUnit, Positions};

#[derive(Serialize)]
struct Output<'a, 'r> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: LazyView<'r>,
}

#[derive(Serialize)]
struct ErrorOutput<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: &'a str,
}

/// Runs the JSONL loop over stdin.
pub fn run(unit: OffsetUnit) -> ExitCode {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line_no = n + 1;
        let mut line = match line {
            Ok(l) => l,
            Err(e) => {
                crate::message::say(&format!("stdin: {e}"));
                return ExitCode::FAILURE;
            }
        };
        if n == 0 && line.starts_with(b"\xEF\xBB\xBF") {
            line.drain(..3); // a byte order mark some editors write
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = parse(&line);
        drop(line);
        let written = match parsed {
            Ok((id, text)) => {
                let doc = Document::from_plain_text(&text);
                // The offsets read `text` only for each block's start: counted now, so that
                // neither it nor its line is held through the analysis.
                let starts = Positions::block_starts(&doc, &text, unit);
                drop(text);
                let report = analyze(&doc);
                let view = LazyView::new(&report, &doc, unit, Positions::InSourceAt(&starts));
                serde_json::to_writer(&mut out, &Output { id: &id, report: view })
            }
            Err((id, error)) => {
                crate::message::say(&format!("stdin line {line_no}: {error}"));
                failed = true;
                serde_json::to_writer(&mut out, &ErrorOutput { id: &id, line: line_no, error: &error })
            }
        };
        if written.is_err() || out.write_all(b"\n").is_err() || out.flush().is_err() {
            // The reader went away (or the disk is full): nothing more can be delivered.
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The id and text of a request line, or the id (null when unreadable) and what is wrong.
fn parse(line: &[u8]) -> Result<(serde_json::Value, String), (serde_json::Value, String)> {
    let value: serde_json::Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) if e.is_eof() || e.is_syntax() => return Err((salvage_id(line), format!("not valid JSON: {e}"))),
        Err(e) => return Err((salvage_id(line), format!("unreadable: {e}"))),
    };
    let serde_json::Value::Object(mut object) = value else {
        return Err((serde_json::Value::Null, "expected a JSON object {\"id\", \"text\"}".to_string()));
    };
    let id = object.remove("id").unwrap_or(serde_json::Value::Null);
    if id.is_null() {
        return Err((id, "missing \"id\"".to_string()));
    }
    match object.remove("text") {
        Some(serde_json::Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".to_string())),
        None => Err((id, "missing \"text\"".to_string())),
    }
}

/// The id of a line that does not parse (invalid UTF-8 in its text, cut short, …), when its
/// `"id": value` can still be read, so that the error line names the document; else null.
fn salvage_id(line: &[u8]) -> serde_json::Value {
    let key = b"\"id\"";
    let at = line.windows(key.len()).enumerate().find(|&(i, w)| w == key && (i == 0 || line[i - 1] != b'\\'));
    let Some((at, _)) = at else { return serde_json::Value::Null };
    let rest = &line[at + key.len()..];
    let Some(colon) = rest.iter().position(|b| !b.is_ascii_whitespace()) else { return serde_json::Value::Null };
    if rest[colon] != b':' {
        return serde_json::Value::Null;
    }
    let value = serde_json::Deserializer::from_slice(&rest[colon + 1..]).into_iter::<serde_json::Value>().next();
    match value {
        Some(Ok(v)) if v.is_string() || v.is_number() => v,
        _ => serde_json::Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn requests_and_their_errors() {
        assert_eq!(parse(br#"{"id": "a", "text": "t"}"#), Ok((json!("a"), "t".to_string())));
        assert_eq!(parse(br#"{"id": 7, "text": 3}"#).unwrap_err().0, json!(7));
        assert_eq!(parse(br#"{"id": "b"}"#).unwrap_err(), (json!("b"), "missing \"text\"".to_string()));
        assert!(parse(b"{\"id\": \"c\", \"text\": \"\xff\"}").unwrap_err().1.contains("not valid JSON"));
        assert_eq!(parse(b"[1]").unwrap_err().0, serde_json::Value::Null);
        assert_eq!(parse(b"{\"id\": \"d\", \"text\": \"caf\xe9\"}").unwrap_err().0, json!("d"));
        assert_eq!(parse(b"{\"text\": \"x\", \"id\" : 12").unwrap_err().0, json!(12));
        assert_eq!(parse(b"{\"text\": \"say \\\"id\\\": 5\", oops").unwrap_err().0, serde_json::Value::Null);
    }
}
