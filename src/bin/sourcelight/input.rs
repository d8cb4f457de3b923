//! Reading an input: bytes from a file or stdin, checked, decoded and cut into a document.
//!
//! Every problem becomes a one-line message naming what is wrong; the caller names the file.

use std::fs;
use std::io::{self, IsTerminal, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;
use sourcelight::Document;
use std::sync::LazyLock;

use crate::args::InputKind;
use crate::html;

/// An input ready for analysis.
pub struct Input {
    /// How the user named it ("<stdin>" for standard input).
    pub name: String,
    /// The text the report's offsets point into: the file's text, or for an HTML page the
    /// article text extracted from it (blocks joined by blank lines). Empty when no report
    /// reads it (see `prepare`).
    pub source: String,
    /// For a plain text's JSON report, each block's start in the text, in the report's unit:
    /// all the report reads of `source`, which is then freed (see `prepare`).
    pub block_starts: Option<Vec<usize>>,
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
                crate::message::say("reading the article from standard input (end it with Ctrl-D)");
            }
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
            Ok(bytes)
        }
    }
}

/// Checks and decodes `bytes` (in `encoding` when the user named one) and cuts them into a
/// document.
pub fn load(
    name: String,
    bytes: Vec<u8>,
    kind: InputKind,
    encoding: Option<&'static Encoding>,
) -> Result<Input, String> {
    let maybe_html = match kind {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => has_html_extension(&name) || html::looks_like_html(&String::from_utf8_lossy(head(&bytes))),
    };
    let text = match encoding {
        Some(encoding) => decode_as(bytes, encoding)?,
        None => decode(bytes, maybe_html)?,
    };
    let as_html = match kind {
        InputKind::Auto => maybe_html || html::looks_like_html(&text),
        _ => maybe_html,
    };
    if as_html {
        let (document, source) = html::to_document(&text)?;
        return Ok(Input { name, source, block_starts: None, document, html: true });
    }
    let document = Document::from_plain_text(&text);
    if document.is_empty() {
        return Err("no text (only whitespace)".to_string());
    }
    Ok(Input { name, source: text, block_starts: None, document, html: false })
}

/// Turns bytes into text, refusing what is not text: empty input, binary data (NUL bytes) and
/// undecodable bytes, each with where the problem is. A byte order mark names the encoding
/// (UTF-8 or UTF-16) and is dropped. Otherwise the text must be UTF-8, except a web page
/// (`html`) that declares another charset in a `<meta>` tag, as browsers read it.
pub fn decode(bytes: Vec<u8>, html: bool) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty input".to_string());
    }
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        if encoding != UTF_8 {
            return encoding
                .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
                .map(|text| text.into_owned())
                .ok_or_else(|| format!("not valid {} after its byte order mark", encoding.name()));
        }
    }
    let mut bytes = bytes;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let hint = match utf16_without_bom(&bytes) {
            Some(label) => format!("; if it is UTF-16 text without a byte order mark, add --encoding {label}"),
            None => String::new(),
        };
        return Err(format!("binary data, not text (NUL byte at byte {at}){hint}"));
    }
    // The bytes become the text in place: a copy held a second input's worth of memory.
    let (utf8_error, bytes) = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => (e.utf8_error(), e.into_bytes()),
    };
    let bytes = bytes.as_slice();
    if html {
        if let Some(encoding) = declared_charset(bytes).filter(|&e| e != UTF_8) {
            let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
            if had_errors {
                return Err(format!("not valid {} (the charset the page declares)", encoding.name()));
            }
            return Ok(text.into_owned());
        }
    }
    let at = utf8_error.valid_up_to();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let hint = if html { "declare the page's charset in a <meta charset> tag, or" } else { "convert it to UTF-8, or" };
    Err(format!(
        "not valid UTF-8 (invalid byte at line {line}, byte {at}); {hint} name its encoding with \
         --encoding (a file from an older Windows program: --encoding windows-1252)"
    ))
}

/// Decodes `bytes` in the encoding the user named (`--encoding`); a byte order mark still
/// names its own, and what is not text is refused as [`decode`] refuses it.
pub fn decode_as(bytes: Vec<u8>, encoding: &'static Encoding) -> Result<String, String> {
    if bytes.is_empty() || encoding == UTF_8 || Encoding::for_bom(&bytes).is_some() {
        return decode(bytes, false);
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    if had_errors {
        return Err(format!("not valid {} (the encoding --encoding names)", encoding.name()));
    }
    if text.contains('\0') {
        return Err("binary data, not text (a NUL character)".to_string());
    }
    Ok(text.into_owned())
}

/// The encoding `--encoding` names, by any of the labels the WHATWG Encoding Standard knows
/// ("windows-1252", "latin1", "shift_jis", "utf-16le").
pub fn parse_encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| format!("unknown encoding '{label}' (try windows-1252, iso-8859-2, shift_jis, utf-16le)"))
}

/// The UTF-16 label of text that reads as UTF-16 without a byte order mark: in its first
/// kilobyte, every other byte NUL (the high byte of Latin text), the odd ones for little
/// endian ("utf-16le"), the even ones for big endian. Binary data has NULs at both.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(1024)];
    let nuls_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd, pairs) = (nuls_at(0), nuls_at(1), head.len() / 2);
    match (even, odd) {
        (0, n) if pairs > 0 && n * 10 >= pairs * 9 => Some("utf-16le"),
        (n, 0) if pairs > 0 && n * 10 >= pairs * 9 => Some("utf-16be"),
        _ => None,
    }
}

/// The encoding a page declares in a `<meta charset>` or `<meta http-equiv>` tag within its
/// first 1,024 bytes (where the HTML standard's pre-scan looks). A UTF-16 label in a page
/// that is not UTF-16 means UTF-8, as the standard says.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i-u)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+\-]+)"#).expect("valid regex")
    });
    let prefix = &bytes[..bytes.len().min(1024)];
    let label = META_CHARSET.captures(prefix)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE { UTF_8 } else { encoding })
}

/// The first 2 KB of `bytes`, enough to tell a web page by its opening tags.
fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(2048)]
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
        assert_eq!(decode(Vec::new(), false).unwrap_err(), "empty input");
        assert!(decode(b"ab\0cd".to_vec(), false).unwrap_err().contains("NUL byte at byte 2"));
        assert!(decode(b"one\ntwo \xff".to_vec(), false).unwrap_err().contains("line 2, byte 8"));
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec(), false).unwrap(), "hi");
    }

    #[test]
    fn a_byte_order_mark_names_utf16() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Caf\u{e9} “ok”".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(le, false).unwrap(), "Caf\u{e9} “ok”");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("日本".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(be, false).unwrap(), "日本");
        // A lone surrogate is not UTF-16 text.
        assert!(decode(vec![0xFF, 0xFE, 0x00, 0xD8], false).unwrap_err().contains("UTF-16LE"));
    }

    #[test]
    fn a_page_is_read_in_the_charset_it_declares() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Caf\xe9,\x94 he said.</p></body></html>";
        assert!(decode(page.to_vec(), true).unwrap().contains("“Café,” he said."));
        let old_style = b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\"></head>\xe9</html>";
        assert!(decode(old_style.to_vec(), true).unwrap().contains("</head>é</html>"));
        // Plain text is UTF-8 only: a declaration in it is not looked for.
        assert!(decode(page.to_vec(), false).unwrap_err().contains("not valid UTF-8"));
        // Undeclared, a page that is not UTF-8 is refused with a hint.
        assert!(decode(b"<html>\xe9</html>".to_vec(), true).unwrap_err().contains("<meta charset>"));
    }

    #[test]
    fn a_saved_legacy_page_is_analysed() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article><p>\"The caf\xe9 is closed,\" Ren\xe9e Dupont said.</p></article></body></html>";
        let input = load("page.html".into(), page.to_vec(), InputKind::Auto, None).unwrap();
        assert!(input.html);
        assert!(input.source.contains("The café is closed"), "{}", input.source);
    }

    #[test]
    fn a_named_encoding_is_read() {
        let latin = b"\x93Caf\xe9,\x94 Ren\xe9e said.".to_vec();
        assert!(decode(latin.clone(), false).unwrap_err().contains("--encoding windows-1252"));
        let cp1252 = parse_encoding("windows-1252").unwrap();
        assert_eq!(decode_as(latin, cp1252).unwrap(), "“Café,” Renée said.");
        let utf16: Vec<u8> = "Hi, Bob said.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_as(utf16, parse_encoding("utf-16le").unwrap()).unwrap(), "Hi, Bob said.");
        // A byte order mark still names its own encoding; NUL is still binary data.
        assert_eq!(decode_as(b"\xEF\xBB\xBFhi".to_vec(), cp1252).unwrap(), "hi");
        assert!(decode_as(b"a\0b".to_vec(), cp1252).unwrap_err().contains("binary data"));
        assert!(decode_as(b"\x82\xa0\xff".to_vec(), parse_encoding("shift_jis").unwrap()).is_err());
        assert!(parse_encoding("klingon").unwrap_err().contains("unknown encoding 'klingon'"));
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_named() {
        let le: Vec<u8> = "Hi, Bob said.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Hi, Bob said.".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(decode(le, false).unwrap_err().ends_with("add --encoding utf-16le"));
        assert!(decode(be, false).unwrap_err().ends_with("add --encoding utf-16be"));
        let program = b"\x7fELF\x02\x01\x01\0\0\0\0\0\x02\0>\0".to_vec();
        assert!(!decode(program, false).unwrap_err().contains("UTF-16"));
    }

    #[test]
    fn whitespace_only_is_refused() {
        let err = load("x.txt".into(), b" \n\n\t".to_vec(), InputKind::Auto, None).err();
        assert_eq!(err.as_deref(), Some("no text (only whitespace)"));
    }
}
