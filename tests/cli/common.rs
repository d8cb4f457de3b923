//! What the CLI tests share: running the built tool as a user runs it, and reading what it
//! writes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub(crate) const SAMPLE: &str = "samples/port-strike.txt";
pub(crate) const HTML: &str = "tests/fixtures/article.html";

/// The built tool, run from the crate's root, with none of the environment that changes its
/// output (colour, and `COLUMNS`, which would wrap the reports and messages) unless a test
/// sets it.
pub(crate) fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sourcelight"));
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("COLUMNS");
    c
}

/// Runs the tool with `args`, `stdin` written to it.
pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(bin().args(args), stdin)
}

/// Runs the tool with `args`, `stdin` written to it, and returns what it writes on stdout,
/// asserting that it succeeded (stderr shown if not).
pub(crate) fn succeeded(args: &[&str], stdin: &[u8]) -> String {
    let o = run(args, stdin);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// Runs `command`, `stdin` written to it, and collects what it writes.
pub(crate) fn run_with(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("stdin written");
    out
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory for this test, emptied first.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

pub(crate) fn json_lines(text: &str) -> Vec<Value> {
    text.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// (and cue's) text is what the offsets cut out. Returns the number of findings.
pub(crate) fn check_offsets(text: &str, report: &Value, unit: &str) -> usize {
    // (offset in the unit, byte offset) of every character, in order, and of the end.
    let mut starts: Vec<(usize, usize)> = Vec::with_capacity(text.len() + 1);
    let mut n = 0;
    for (byte, c) in text.char_indices() {
        starts.push((n, byte));
        n += match unit {
            "utf8" => c.len_utf8(),
            "utf16" => c.len_utf16(),
            _ => 1,
        };
    }
    starts.push((n, text.len()));
    let total = n;
    let to_byte = |o: u64| -> usize {
        let o = o as usize;
        match starts.binary_search_by_key(&o, |&(u, _)| u) {
            Ok(i) => starts[i].1,
            Err(_) => panic!("{unit} offset {o} inside a character"),
        }
    };
    let slice = |v: &Value| -> String {
        let (s, e) = (v["start"].as_u64().expect("start"), v["end"].as_u64().expect("end"));
        assert!(s <= e && e as usize <= total, "{unit}: {s}..{e} outside 0..{total}");
        text[to_byte(s)..to_byte(e)].to_string()
    };
    let findings = report["findings"].as_array().expect("findings");
    for f in findings {
        assert!(["quote", "claim", "loaded"].contains(&f["kind"].as_str().expect("kind")), "{f}");
        assert_eq!(slice(f), f["text"].as_str().expect("text"), "{unit}: {f}");
        match f["kind"].as_str() {
            Some("quote") => {
                assert!(["direct", "mixed", "indirect"].contains(&f["style"].as_str().expect("style")));
                if f["cue"].is_object() {
                    assert_eq!(slice(&f["cue"]), f["cue"]["text"].as_str().expect("cue text"), "{unit}: {f}");
                }
                if f["speaker"].is_object() {
                    let mention = slice(&f["speaker"]);
                    assert!(f["speaker"]["name"].is_string() && f["speaker"]["anonymous"].is_boolean());
                    // `--format json`: where the speaker is named, the name as written or the mention.
                    if let Some(named) = f["speaker"].get("named") {
                        let written = slice(named);
                        assert!(written == mention || written == f["speaker"]["name"], "{unit}: {f}");
                    }
                }
                assert!(f["via"].is_null() || f["via"].is_string());
            }
            Some("claim") => {
                assert!(f["vague"].is_boolean() && f["reason"].is_string(), "{f}");
                assert!(f.get("explanation").is_none_or(Value::is_string), "{f}");
            }
            Some("loaded") => assert!(f["category"].is_string() && f["in_quote"].is_boolean(), "{f}"),
            _ => unreachable!(),
        }
    }
    findings.len()
}
