//! Reading an input: bytes from a file or stdin, checked, decoded and cut into a document.
//!
//! Every problem becomes a one-line message naming what is wrong; the caller names the file.

use std::fs;
use std::io::{self, IsTerminal, Read};
use std::path::Path;

use sourcelight::Document;

use crate::args::InputKind;
use crate::html;

/// An input ready for analysis.
pub struct Input {
    /// How the user named it ("<stdin>" for standard input).
    pub name: String,
    /// The text the report's offsets point into: the file's text, or for an HTML page the
    /// article text extracted from it (blocks joined by blank lines).
    pub source: String,
    /// The blocks to analyse.
    pub document: Document,
    /// Whether the input was read as HTML.
    pub html: bool,
}

/// The display name of a path argument (`-` is standard input).
pub fn display_name(path: Option<&Path>) -> String {
    match path {
        None => "<stdin>".to_string(),
        Some(p) if p.as_os_str() == "-" => "<stdin>".to_string(),
        Some(p) => p.display().to_string(),
    }
}

/// Reads the raw bytes of a file, or of stdin when `path` is `None` or `-`.
pub fn read_bytes(path: Option<&Path>) -> Result<Vec<u8>, String> {
    match path {
        Some(p) if p.as_os_str() != "-" => fs::read(p).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ if p.is_dir() => "is a directory, not a file".to_string(),
            _ => format!("cannot read: {e}"),
        }),
        _ => {
            if io::stdin().is_terminal() {
                eprintln!("sourcelight: reading the article from standard input (end it with Ctrl-D)");
            }
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
            Ok(bytes)
        }
    }
}

/// Checks and decodes `bytes` and cuts them into a document.
pub fn load(name: String, bytes: Vec<u8>, kind: InputKind) -> Result<Input, String> {
    let text = decode(bytes)?;
    let as_html = match kind {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => has_html_extension(&name) || html::looks_like_html(&text),
    };
    if as_html {
        let (document, source) = html::to_document(&text)?;
        return Ok(Input { name, source, document, html: true });
    }
    let document = Document::from_plain_text(&text);
    if document.is_empty() {
        return Err("no text (only whitespace)".to_string());
    }
    Ok(Input { name, source: text, document, html: false })
}

/// Turns bytes into text, refusing what is not text: empty input, binary data (NUL bytes) and
/// invalid UTF-8, each with where the problem is. A UTF-8 byte order mark is dropped.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty input".to_string());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary data, not text (NUL byte at byte {at})"));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        format!("not valid UTF-8 (invalid byte at line {line}, byte {at}); convert it to UTF-8 first")
    })
}

fn has_html_extension(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".html", ".htm", ".xhtml", ".shtml"].iter().any(|ext| lower.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(Vec::new()).unwrap_err(), "empty input");
        assert!(decode(b"ab\0cd".to_vec()).unwrap_err().contains("NUL byte at byte 2"));
        assert!(decode(b"one\ntwo \xff".to_vec()).unwrap_err().contains("line 2, byte 8"));
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
    }

    #[test]
    fn whitespace_only_is_refused() {
        let err = load("x.txt".into(), b" \n\n\t".to_vec(), InputKind::Auto).err();
        assert_eq!(err.as_deref(), Some("no text (only whitespace)"));
    }
}
