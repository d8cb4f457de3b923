//! [`ReportView`] written as JSON text by hand, for the WebAssembly module's reply (which
//! JavaScript's `JSON.parse` turns into objects). The same text as `serde_json` writes for the
//! view (tests compare them, also over random documents), without serde's generic serialiser in
//! the module: serde-wasm-bindgen both ways took 18.7 KB of the gzipped module
//! (extension/BENCHMARKS-extension.md, stop 39), and this writer needs no formatting machinery.

use super::{CueView, DetailView, FindingView, PlaceView, ReportView, SourceView, SpeakerView};
use crate::report::QuoteStyle;

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
    obj.place(f.block, f.start, f.end);
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
        DetailView::Claim { vague, vague_kind, reason, explanation } => {
            obj.string("kind", "claim");
            obj.boolean("vague", *vague);
            if let Some(kind) = vague_kind {
                obj.string("vague_kind", kind.name());
            }
            obj.string("reason", reason);
            if let Some(explanation) = explanation {
                obj.string("explanation", explanation);
            }
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

/// A quote's speaker: name and description, place, whether anonymous, and (in a reader view)
/// where the speaker is named and whether a pronoun not tied to a name.
fn write_speaker(s: &SpeakerView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.string("name", &s.name);
    obj.optional_string("description", s.description.as_deref());
    obj.place(s.block, s.start, s.end);
    obj.boolean("anonymous", s.anonymous);
    if let Some(named) = &s.named {
        obj.key("named");
        write_place(named, obj.out);
    }
    if s.unresolved {
        obj.boolean("unresolved", true);
    }
    obj.close();
}

/// A place: its block (when per block), start and end.
fn write_place(p: &PlaceView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.place(p.block, p.start, p.end);
    obj.close();
}

/// A quote's cue: its text and place.
fn write_cue(c: &CueView, out: &mut String) {
    let mut obj = Object::open(out);
    obj.string("text", &c.text);
    obj.place(c.block, c.start, c.end);
    obj.close();
}

/// A source of the list: name, description, whether anonymous, its quotes and relaying outlets.
fn write_source(view: &SourceView, out: &mut String) {
    let s = &view.source;
    let mut obj = Object::open(out);
    obj.string("name", &s.name);
    obj.optional_string("description", s.description.as_deref());
    obj.boolean("anonymous", s.anonymous);
    obj.number("quotes", s.quotes);
    obj.key("via");
    array(obj.out, &s.via, |v, out| string(v, out));
    if view.unresolved {
        obj.boolean("unresolved", true);
    }
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
    /// `{`, the object's first member to come.
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

    /// `"key":"value"`, the value escaped.
    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        string(value, self.out);
    }

    /// The string, or `null` (serde's `Option` with no `skip_serializing_if`).
    fn optional_string(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        option(self.out, value, string);
    }

    /// `"key":123`.
    fn number(&mut self, key: &str, value: usize) {
        self.key(key);
        number(value, self.out);
    }

    /// Where a finding, speaker or cue stands: `"block"` (no member at all when offsets are in
    /// the source: `skip_serializing_if = "Option::is_none"`), `"start"`, `"end"`.
    fn place(&mut self, block: Option<usize>, start: usize, end: usize) {
        if let Some(block) = block {
            self.number("block", block);
        }
        self.number("start", start);
        self.number("end", end);
    }

    /// `"key":true` or `"key":false`.
    fn boolean(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }

    /// `}`.
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
    use crate::{analyze, looks_english, Block, BlockKind, Document, OffsetUnit, Positions};

    /// The view as serde_json writes it, with `english` flattened in as the module's reply has
    /// it: a [`ReportView`], or a [`crate::LazyView`], made as it is written (`--format json`).
    fn serde_text(view: &impl serde::Serialize, english: bool) -> String {
        #[derive(serde::Serialize)]
        struct Reply<'a, V: serde::Serialize> {
            #[serde(flatten)]
            view: &'a V,
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
            Block::new(
                BlockKind::Paragraph,
                "Smith was shot by a police officer in 2016 after he allegedly drew a gun.",
            ),
        ]);
        let report = analyze(&document);
        for (unit, positions) in [
            (OffsetUnit::Utf16, Positions::InBlocks),
            (OffsetUnit::Utf8, Positions::InSource("")),
            (OffsetUnit::CodePoints, Positions::InBlocks),
        ] {
            let contract = ReportView::new(&report, &document, unit, positions);
            let readers = ReportView::for_readers(&report, &document, unit, positions);
            // Every kind, a speaker with and without a description, a cue and a relaying outlet;
            // in the reader view, where each speaker is named and each claim's sentence, also
            // the sentence of a weasel's clause set apart from the fact beside it.
            let text = hand_text(&readers, true);
            for part in [
                r#""kind":"quote""#,
                r#""kind":"claim""#,
                r#""kind":"loaded""#,
                r#""description":null"#,
                r#""cue":{"#,
                r#""via":["#,
                r#""named":{"#,
                r#""explanation":"The text says only"#,
                r#""text":"Smith was shot by a police officer in 2016","kind":"claim","vague":false"#,
                "\"text\":\"after he allegedly drew a gun\",\"kind\":\"claim\",\"vague\":true,\
                 \"vague_kind\":\"source\",\"reason\":\"vague attribution: \u{201c}allegedly\u{201d}\",\
                 \"explanation\":\"The text says only \u{201c}allegedly\u{201d}: it does not say who.\"",
            ] {
                assert!(text.contains(part), "{part} missing from {text}");
            }
            let text = hand_text(&contract, true);
            assert!(
                !text.contains(r#""named""#) && !text.contains(r#""explanation""#) && !text.contains("vague_kind"),
                "{text}"
            );
            for view in [&contract, &readers] {
                for english in [true, false] {
                    assert_eq!(hand_text(view, english), serde_text(view, english));
                }
            }
            let lazy = crate::LazyView::for_readers(&report, &document, unit, positions);
            assert_eq!(serde_text(&lazy, true), serde_text(&readers, true));
        }
    }

    /// A pronoun not tied to a name is marked, as a speaker and as a source, in the reader view
    /// only, as serde_json writes it.
    #[test]
    fn writes_an_unresolved_speaker_as_serde_json_does() {
        let document = Document::new(vec![
            Block::new(BlockKind::Paragraph, "The council met on Tuesday."),
            Block::new(BlockKind::Paragraph, "“We will not rush this,” she said."),
        ]);
        let report = analyze(&document);
        let readers = ReportView::for_readers(&report, &document, OffsetUnit::Utf16, Positions::InBlocks);
        let contract = ReportView::new(&report, &document, OffsetUnit::Utf16, Positions::InBlocks);
        assert!(hand_text(&readers, true)
            .contains(r#""anonymous":false,"named":{"block":1,"start":25,"end":28},"unresolved":true}"#));
        // The source list says so too (the popup lists "she" as not named), after its `via`.
        assert!(hand_text(&readers, true)
            .contains(r#""name":"she","description":null,"anonymous":false,"quotes":1,"via":[],"unresolved":true}"#));
        assert!(!hand_text(&contract, true).contains("unresolved"));
        for view in [&contract, &readers] {
            assert_eq!(hand_text(view, true), serde_text(view, true));
        }
    }

    /// A vague claim says which kind it is, a source that names no one or the writer's guess, in
    /// the reader view only (the popover's heading); a claim with no source at all says neither.
    #[test]
    fn writes_a_vague_claims_kind_as_serde_json_does() {
        let document = Document::new(vec![Block::new(
            BlockKind::Paragraph,
            "Critics say the deal is a disaster. The deal will probably fail. More than 250,000 people have been killed.",
        )]);
        let report = analyze(&document);
        let readers = ReportView::for_readers(&report, &document, OffsetUnit::Utf16, Positions::InBlocks);
        let contract = ReportView::new(&report, &document, OffsetUnit::Utf16, Positions::InBlocks);
        let text = hand_text(&readers, true);
        for part in [
            r#""vague":true,"vague_kind":"source","reason":"vague attribution: "#,
            r#""vague":true,"vague_kind":"guess","reason":"unsourced guess: "#,
            r#""vague":false,"reason":"#,
        ] {
            assert!(text.contains(part), "{part} missing from {text}");
        }
        assert!(!hand_text(&contract, true).contains("vague_kind"));
        for view in [&contract, &readers] {
            assert_eq!(hand_text(view, true), serde_text(view, true));
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

    /// Pieces of the property test's documents, each there for a field of the reply or for what
    /// a JSON string escapes; the generator strings them together at random.
    const PIECES: &[&str] = &[
        // Quotes of every style: speakers with and without a description, cues, relaying outlets,
        // quotes inside quotes, a quote nobody signs, a quote across a line break.
        "\u{201c}We will not sign,\u{201d} Foreign Minister Ana Ruiz said on Monday, according to Reuters.",
        "\"It is over,\" she told Anadolu Agency.",
        "\u{2018}Never,\u{2019} said Lee Park, a spokesman for the party.",
        "The minister said the talks had failed.",
        "Ruiz called the plan \u{201c}a \"hard\" line\u{201d} and left.",
        "He said: \u{201c}They told us \u{2018}wait\u{2019}.\u{201d}",
        "\u{201c}It will pass.\u{201d}",
        "\u{201c}We will\nnot sign,\u{201d} Ana Ruiz said.",
        "a source familiar with the matter said",
        "according to",
        "Ana Ruiz",
        "said",
        // Claims, vague and not, and numbers.
        "Critics say the deal is a disaster.",
        "Unemployment rose to 7.5 percent in 2015.",
        "The deal will probably fail.",
        "More than 250,000 people have been killed.",
        // A weasel's clause beside a fact: two claims in one sentence.
        "Smith was shot by a police officer in 2016 after he allegedly drew a gun.",
        // Loaded wording, in the outlet's voice and inside a quote.
        "The regime's thugs \"liberated\" the town.",
        "\u{201c}The regime slammed us,\u{201d} he said.",
        "terrorist",
        "horrific",
        // Marks and words to join them.
        "the",
        ",",
        ".",
        "\u{201c}",
        "\u{201d}",
        "\"",
        "'",
        "\u{2014}",
        // What a JSON string escapes, and the characters either side of its rules.
        "\\",
        "/",
        "\u{0}",
        "\u{1}",
        "\u{8}",
        "\t",
        "\u{b}",
        "\u{c}",
        "\u{1f}",
        "\u{7f}",
        "\u{80}",
        "\u{2028}",
        // Line breaks that cut blocks and sentences.
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        // Emoji, CJK, right-to-left scripts, a combining mark, the edges of the code points.
        "\u{1f642}",
        "\u{1f469}\u{200d}\u{1f467}",
        "\u{4e2d}\u{56fd}\u{5916}\u{4ea4}\u{90e8}",
        "\u{300c}\u{8aaa}\u{300d}",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
        "\u{645}\u{631}\u{62d}\u{628}\u{627}",
        "e\u{301}",
        "\u{feff}",
        "\u{d7ff}",
        "\u{e000}",
        "\u{ffff}",
        "\u{10000}",
        "\u{10ffff}",
    ];

    /// A document's text: pieces joined by a space, or directly one time in four.
    fn pieces_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop::collection::vec((0..PIECES.len(), any::<u8>()), 0..40).prop_map(|picks| {
            let mut text = String::new();
            for (i, sep) in picks {
                text.push_str(PIECES[i]);
                if sep % 4 != 0 {
                    text.push(' ');
                }
            }
            text
        })
    }

    /// The reply's text for each offset unit and both placings, in the contract's view and the
    /// reader view, as (hand-written, serde_json), the reader view's as [`crate::LazyView`]
    /// writes it beside serde_json's of the whole view, and the reader view placed by counted
    /// block starts ([`Positions::InSourceAt`]) beside the one placed by the source.
    fn both_texts(text: &str) -> Vec<(String, String)> {
        let document = Document::from_plain_text(text);
        let report = analyze(&document);
        let mut texts = Vec::new();
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoints] {
            for positions in [Positions::InBlocks, Positions::InSource(text)] {
                let english = looks_english(&document);
                for view in [
                    ReportView::new(&report, &document, unit, positions),
                    ReportView::for_readers(&report, &document, unit, positions),
                ] {
                    texts.push((hand_text(&view, english), serde_text(&view, english)));
                }
                // The reader view made finding by finding writes the same text as made whole.
                let whole = ReportView::for_readers(&report, &document, unit, positions);
                let lazy = crate::LazyView::for_readers(&report, &document, unit, positions);
                texts.push((serde_text(&lazy, english), serde_text(&whole, english)));
            }
            // Each block's start counted beforehand places offsets as the source itself does.
            let starts = Positions::block_starts(&document, text, unit);
            let at = ReportView::for_readers(&report, &document, unit, Positions::InSourceAt(&starts));
            let source = ReportView::for_readers(&report, &document, unit, Positions::InSource(text));
            texts.push((serde_text(&at, true), serde_text(&source, true)));
        }
        texts
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Over random documents, the hand-written reply is serde_json's text.
        #[test]
        fn writes_what_serde_json_writes_for_any_document(text in pieces_text()) {
            for (hand, serde) in both_texts(&text) {
                proptest::prop_assert_eq!(hand, serde);
            }
        }
    }

    /// The property above proves little unless its documents reach every field and escape:
    /// over a fixed set of them, each value below turns up in the replies.
    #[test]
    fn the_generated_documents_reach_every_field() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
        let mut runner =
            TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]));
        let mut replies = String::new();
        for _ in 0..100 {
            let text = pieces_text().new_tree(&mut runner).expect("a document").current();
            for (hand, _) in both_texts(&text) {
                replies.push_str(&hand);
            }
        }
        for part in [
            r#""style":"direct""#,
            r#""style":"mixed""#,
            r#""style":"indirect""#,
            r#""speaker":{"#,
            r#""speaker":null"#,
            r#""description":""#,
            r#""description":null"#,
            r#""cue":{"#,
            r#""cue":null"#,
            r#""via":""#,
            r#""via":null"#,
            r#""via":[""#,
            r#""vague":true"#,
            r#""vague":false"#,
            r#""alternative":""#,
            r#""alternative":null"#,
            r#""in_quote":true"#,
            r#""in_quote":false"#,
            r#""anonymous":true"#,
            r#""anonymous":false"#,
            r#""english":true"#,
            r#""named":{"block":"#,
            r#""named":{"start":"#,
            r#""explanation":"The text says only"#,
            r#""explanation":"The text hedges with"#,
            r#""vague_kind":"guess""#,
            r#""vague_kind":"source""#,
            r#""explanation":"Figure with no source."#,
            "\"explanation\":\"The text says only \u{201c}allegedly\u{201d}: it does not say who.\"",
            r#""block":"#,
            r#"\\"#,
            r#"\""#,
            r#"\n"#,
            r#"\t"#,
            r#"\b"#,
            r#"\f"#,
            r#"\u00"#,
            "\u{10ffff}",
        ] {
            assert!(replies.contains(part), "{part} never written");
        }
    }

    #[test]
    fn an_empty_view_is_two_empty_arrays() {
        let view = ReportView { findings: Vec::new(), sources: Vec::new() };
        assert_eq!(hand_text(&view, false), r#"{"findings":[],"sources":[],"english":false}"#);
    }
}
