//! `--jsonl`, the contract the evaluation tools rely on: offsets in every unit, keys and
//! order, bad lines, streaming.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::*;

/// Texts in many scripts: accents, emoji (outside the BMP: two UTF-16 units), CJK, RTL.
const WORLD: [(&str, &str); 5] = [
    (
        "accents",
        "Grève à Nantes\n\n« Nous ne céderons pas », a déclaré Amélie Çelik. “We won’t give in,” said Zoë Brontë, the union’s secretary. At least 40 protesters were injured, critics say.",
    ),
    (
        "emoji",
        "Storm 🌪️ hits coast\n\n“We lost everything 😢,” said resident Tomás Ruiz 👨‍👩‍👧. The storm killed 12 people 💔 and the regime slammed aid groups.",
    ),
    (
        "cjk",
        "東京で抗議\n\n“我们不会让步,” said Li Wei, a spokesman for the workers. More than 3,000 people marched in 東京 on Sunday, officials said.",
    ),
    (
        "rtl",
        "احتجاج في القاهرة\n\n“لن نستسلم,” said Ahmed Hafez, a teacher in القاهرة. He said that the protest had drawn 5,000 people. שלום, the sign read.",
    ),
    ("mixed", "𝔗𝔦𝔱𝔩𝔢\n\n“𝒜 quote 🎉 here,” she said. Prices rose 20% 📈 in a year, according to the bank."),
];

fn jsonl_payload() -> String {
    WORLD.iter().map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n").collect()
}

#[test]
fn jsonl_offsets_in_every_unit_cut_out_the_finding_text() {
    let mut findings = 0;
    for unit in ["codepoints", "utf16", "utf8"] {
        let args = ["check", "--jsonl", "--offsets", unit];
        let out = succeeded(&args, jsonl_payload().as_bytes());
        let lines = json_lines(&out);
        assert_eq!(lines.len(), WORLD.len());
        for ((id, text), line) in WORLD.iter().zip(&lines) {
            assert_eq!(line["id"], *id, "in order");
            findings += check_offsets(text, line, unit);
        }
    }
    assert!(findings >= 3 * WORLD.len(), "findings in every text and unit ({findings})");
}

#[test]
fn jsonl_accepts_crlf_and_a_byte_order_mark() {
    let out = succeeded(
        &["check", "--jsonl"],
        b"\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n",
    );
    let ids: Vec<Value> = json_lines(&out).into_iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn jsonl_default_unit_is_code_points() {
    let default = run(&["check", "--jsonl"], jsonl_payload().as_bytes());
    let explicit = run(&["check", "--jsonl", "--offsets", "codepoints"], jsonl_payload().as_bytes());
    assert_eq!(stdout(&default), stdout(&explicit));
}

#[test]
fn jsonl_contract_keys_and_order() {
    let payload = "{\"id\": \"b\", \"text\": \"Second\"}\n\n{\"id\": \"a\", \"text\": \"“Yes,” she said.\"}\n";
    let out = succeeded(&["check", "--jsonl"], payload.as_bytes());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2, "blank lines are skipped");
    assert_eq!(lines[0]["id"], "b");
    assert_eq!(lines[1]["id"], "a");
    for l in &lines {
        let mut keys: Vec<&str> = l.as_object().expect("object").keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["findings", "id", "sources"]);
        for s in l["sources"].as_array().expect("sources") {
            for key in ["name", "description", "anonymous", "quotes", "via"] {
                assert!(s.get(key).is_some(), "source has {key}: {s}");
            }
        }
        // The reader view's fields stay out of the contract.
        for f in l["findings"].as_array().expect("findings") {
            assert!(f.get("explanation").is_none() && f["speaker"].get("named").is_none(), "{f}");
        }
    }
}

#[test]
fn jsonl_bad_lines_get_an_error_line_and_the_rest_go_through() {
    let payload: &[u8] = b"{\"id\": \"ok1\", \"text\": \"Fine text.\"}\n\
        this is not json\n\
        {\"id\": \"no-text\"}\n\
        {\"id\": 42, \"text\": [1]}\n\
        {\"id\": \"bad-utf8\", \"text\": \"caf\xe9\"}\n\
        {\"id\": \"ok2\", \"text\": \"Also fine.\"}\n";
    let o = Command::new(env!("CARGO_BIN_EXE_sourcelight"))
        .args(["check", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().expect("stdin").write_all(payload)?;
            c.wait_with_output()
        })
        .expect("runs");
    assert_eq!(o.status.code(), Some(1), "bad lines make the exit status 1");
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 6, "one output line per input line");
    assert_eq!(lines[0]["id"], "ok1");
    assert!(lines[0]["findings"].is_array());
    assert_eq!(lines[1]["id"], Value::Null);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().expect("error").starts_with("not valid JSON"));
    assert_eq!(lines[2]["id"], "no-text");
    assert_eq!(lines[2]["error"], "missing \"text\"");
    assert_eq!(lines[3]["id"], 42);
    assert_eq!(lines[3]["error"], "\"text\" is not a string");
    assert_eq!(lines[4]["line"], 5);
    assert_eq!(lines[4]["id"], "bad-utf8", "the id is read from a line that does not parse");
    assert_eq!(lines[5]["id"], "ok2");
    let err = stderr(&o);
    for n in [2, 3, 4, 5] {
        assert!(err.contains(&format!("stdin line {n}: ")), "{err}");
    }
}

/// The output of each line arrives before the next line is written: the tool streams, and
/// holds no more than one document at a time.
#[test]
fn jsonl_streams_line_by_line() {
    let mut child = bin()
        .args(["check", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().expect("stdin");
    let mut output = BufReader::new(child.stdout.take().expect("stdout"));
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample");
    for i in 0..200 {
        let request = serde_json::json!({"id": format!("doc{i}"), "text": text});
        writeln!(input, "{request}").expect("write a line");
        input.flush().expect("flush");
        let mut line = String::new();
        output.read_line(&mut line).expect("read a line");
        let report: Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(report["id"], format!("doc{i}"));
    }
    drop(input);
    assert!(child.wait().expect("exits").success());
}
