//! [`ReportView`] written as JSON text by hand, for the WebAssembly module's reply (which
//! JavaScript's `JSON.parse` turns into objects). The same text as `serde_json` writes for the
//! view (a test compares them), without serde's generic serialiser in the module: serde-wasm-bindgen
//! both ways took 18.7 KB of the gzipped module (extension/BENCHMARKS-extension.md, stop 39),
//! and this writer needs no formatting machinery.

use super::{CueView, DetailView, FindingView, ReportView, SpeakerView};
use crate::report::{QuoteStyle, Source};

impl ReportView {
    /// Appends the view to `out` as one JSON object, `{"findings":[…],"sources":[…]` and then
    /// `extra` (each a key and a boolean) before the closing brace: the fields and their order
    /// are those of the view's `Serialize`, as `serde_json` writes it.
    pub fn write_json(&self, extra: &[(&str, bool)], out: &mut String) {
        let mut obj = Object::open(out);
        obj.key("findings");
        array(obj.out, &self.findings, write_finding);
        obj.key("sources");
        array(obj.out, &self.sources, write_source);
        for &(key, value) in extra {
            obj.boolean(key, value);
        }
        obj.close();
    }
}

/// One finding: its place and text, then its kind's fields (the `kind` tag first).
fn write_finding(f: &FindingView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.number_if("block", f.block);
    obj.number("start", f.start);
    obj.number("end", f.end);
    obj.string("text", &f.text);
    match &f.detail {
        DetailView::Quote { style, speaker, cue, via, group } => {
            obj.string("kind", "quote");
            obj.string("style", style_name(*style));
            obj.key("speaker");
            option(obj.out, speaker.as_ref(), write_speaker);
            obj.key("cue");
            option(obj.out, cue.as_ref(), write_cue);
            obj.optional_string("via", via.as_deref());
            obj.number("group", *group);
        }
        DetailView::Claim { vague, reason } => {
            obj.string("kind", "claim");
            obj.boolean("vague", *vague);
            obj.string("reason", reason);
        }
        DetailView::Loaded { category, note, alternative, in_quote } => {
            obj.string("kind", "loaded");
            obj.string("category", category);
            obj.string("note", note);
            obj.optional_string("alternative", alternative.as_deref());
            obj.boolean("in_quote", *in_quote);
        }
    }
    obj.close();
}

/// The name `QuoteStyle`'s `Serialize` gives (lower case).
fn style_name(style: QuoteStyle) -> &'static str {
    match style {
        QuoteStyle::Direct => "direct",
        QuoteStyle::Mixed => "mixed",
        QuoteStyle::Indirect => "indirect",
    }
}

fn write_speaker(s: &SpeakerView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.string("name", &s.name);
    obj.optional_string("description", s.description.as_deref());
    obj.number_if("block", s.block);
    obj.number("start", s.start);
    obj.number("end", s.end);
    obj.boolean("anonymous", s.anonymous);
    obj.close();
}

fn write_cue(c: &CueView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.string("text", &c.text);
    obj.number_if("block", c.block);
    obj.number("start", c.start);
    obj.number("end", c.end);
    obj.close();
}

fn write_source(s: &Source, out: &mut String) {
    let mut obj = Object::open(out);
    obj.string("name", &s.name);
    obj.optional_string("description", s.description.as_deref());
    obj.boolean("anonymous", s.anonymous);
    obj.number("quotes", s.quotes);
    obj.key("via");
    array(obj.out, &s.via, |v, out| string(v, out));
    obj.close();
}

/// `[a,b,…]`, each item written by `item`.
fn array<T>(out: &mut String, items: &[T], mut item: impl FnMut(&T, &mut String)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(x, out);
    }
    out.push(']');
}

/// The value, or `null`.
fn option<T: ?Sized>(out: &mut String, value: Option<&T>, write: impl FnOnce(&T, &mut String)) {
    match value {
        Some(v) => write(v, out),
        None => out.push_str("null"),
    }
}

/// An object being written: puts the commas between its members.
struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    /// `"key":`, after a comma unless it is the first member.
    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(key, self.out);
        self.out.push(':');
    }

    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        string(value, self.out);
    }

    /// The string, or `null` (serde's `Option` with no `skip_serializing_if`).
    fn optional_string(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        option(self.out, value, string);
    }

    fn number(&mut self, key: &str, value: usize) {
        self.key(key);
        number(value, self.out);
    }

    /// The number, or no member at all (`skip_serializing_if = "Option::is_none"`).
    fn number_if(&mut self, key: &str, value: Option<usize>) {
        if let Some(v) = value {
            self.number(key, v);
        }
    }

    fn boolean(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }

    fn close(self) {
        self.out.push('}');
    }
}

/// A number in decimal, without the formatting machinery.
fn number(mut value: usize, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// A JSON string, escaped as `serde_json` escapes: `"` and `\`, the short escapes for
/// backspace, form feed, newline, carriage return and tab, `\u00XX` for the other control
/// characters; everything else as it is.
fn string(s: &str, out: &mut String) {
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        plain = i + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Block, BlockKind, Document, OffsetUnit, Positions};

    /// The view as serde_json writes it, with `english` flattened in as the module's reply has it.
    fn serde_text(view: &ReportView, english: bool) -> String {
        #[derive(serde::Serialize)]
        struct Reply<'a> {
            #[serde(flatten)]
            view: &'a ReportView,
            english: bool,
        }
        serde_json::to_string(&Reply { view, english }).unwrap()
    }

    fn hand_text(view: &ReportView, english: bool) -> String {
        let mut out = String::new();
        view.write_json(&[("english", english)], &mut out);
        out
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let document = Document::new(vec![
            Block::new(BlockKind::Headline, "Talks stall over “a \"hard\" line”\\ \u{1}\u{1f}\t"),
            Block::new(
                BlockKind::Paragraph,
                "“We will not sign,” Foreign Minister Ana Ruiz said on Monday, according to Reuters. \
                 Critics say the deal is a disaster. The regime's thugs \"liberated\" the town.",
            ),
            Block::new(BlockKind::Paragraph, "“It is over,” she told Anadolu Agency.\n🙂"),
        ]);
        let report = analyze(&document);
        for (unit, positions) in [
            (OffsetUnit::Utf16, Positions::InBlocks),
            (OffsetUnit::Utf8, Positions::InSource("")),
            (OffsetUnit::CodePoints, Positions::InBlocks),
        ] {
            let view = ReportView::new(&report, &document, unit, positions);
            // Every kind, a speaker with and without a description, a cue and a relaying outlet.
            let text = hand_text(&view, true);
            for part in [
                r#""kind":"quote""#,
                r#""kind":"claim""#,
                r#""kind":"loaded""#,
                r#""description":null"#,
                r#""cue":{"#,
                r#""via":["#,
            ] {
                assert!(text.contains(part), "{part} missing from {text}");
            }
            for english in [true, false] {
                assert_eq!(hand_text(&view, english), serde_text(&view, english));
            }
        }
    }

    #[test]
    fn escapes_as_serde_json_does() {
        for s in ["", "plain", "\"\\/", "\u{0}\u{7}\u{8}\u{b}\u{c}\u{1b}\u{1f} \u{7f}", "é “x” 🙂\r\n\t"] {
            let mut out = String::new();
            string(s, &mut out);
            assert_eq!(out, serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn writes_numbers_in_decimal() {
        for n in [0, 7, 10, 99, 100, 65_535, usize::MAX] {
            let mut out = String::new();
            number(n, &mut out);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn an_empty_view_is_two_empty_arrays() {
        let view = ReportView { findings: Vec::new(), sources: Vec::new() };
        assert_eq!(hand_text(&view, false), r#"{"findings":[],"sources":[],"english":false}"#);
    }
}
