//! The command-line tool, run as a user runs it: every output format, HTML input, bad input,
//! and the `--jsonl` contract the evaluation tools rely on.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SAMPLE: &str = "samples/port-strike.txt";
const HTML: &str = "tests/fixtures/article.html";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sourcelight"));
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("stdin written");
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory for this test, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

// ---------------------------------------------------------------------------------------------
// Formats

#[test]
fn a_text_not_in_english_is_still_reported_with_a_warning() {
    let spanish = "El ministro dijo el lunes que el gobierno no firmará el acuerdo con la oposición.";
    for format in ["text", "json", "markdown"] {
        let o = run(&["check", "--format", format, "-"], spanish.as_bytes());
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(stderr(&o).contains("does not look like English"), "{format}: {}", stderr(&o));
        assert!(!stdout(&o).is_empty(), "{format}: the report is still written");
    }
    let o = run(&["check", SAMPLE], b"");
    assert!(!stderr(&o).contains("English"), "no warning on English: {}", stderr(&o));
}

#[test]
fn text_report_names_the_file_and_has_no_colour_when_piped() {
    let o = run(&["check", SAMPLE], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("━━ samples/port-strike.txt ━━\n"), "{out}");
    assert!(out.contains("dockworkers say as Valmora port strike"), "headline shown: {out}");
    assert!(out.contains(" from ") && out.contains("unattributed claim"), "summary line: {out}");
    assert!(!out.contains('\x1b'), "no escape codes when stdout is not a terminal");
    assert!(out.contains("\nSources\n  • Marta Ilić"), "the sources: {out}");
    assert!(
        out.contains("“[[Nobody goes back until the cranes are inspected.]]”"),
        "findings marked in context: {out}"
    );
}

#[test]
fn colour_can_be_forced_and_no_color_is_respected() {
    let forced = run(&["check", "--color", "always", SAMPLE], b"");
    assert!(stdout(&forced).contains("\x1b["), "--color always colours");
    // CLICOLOR_FORCE stands in for a terminal; NO_COLOR wins over it.
    let forced = bin().args(["check", SAMPLE]).env("CLICOLOR_FORCE", "1").output().expect("runs");
    assert!(stdout(&forced).contains("\x1b["));
    let o = bin().args(["check", SAMPLE]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").output().expect("runs");
    assert!(!stdout(&o).contains('\x1b'), "NO_COLOR is respected");
}

#[test]
fn json_format_is_one_object_per_file() {
    let o = run(&["check", "--format", "json", SAMPLE, HTML], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], SAMPLE);
    assert!(lines[0]["findings"].is_array() && lines[0]["sources"].is_array());
    assert!(lines[0].get("article_text").is_none(), "plain text offsets point into the file itself");
    assert_eq!(lines[1]["file"], HTML);
    assert!(lines[1]["article_text"].is_string());
    // Offsets are code points into the file (or the extracted article text).
    let sample = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample");
    check_offsets(&sample, &lines[0], "codepoints");
    check_offsets(lines[1]["article_text"].as_str().expect("text"), &lines[1], "codepoints");
    // What a reader is shown besides the `--jsonl` report: where each speaker is named, and each
    // claim's reason as a sentence.
    for f in lines.iter().flat_map(|l| l["findings"].as_array().expect("findings")) {
        match f["kind"].as_str() {
            Some("quote") if f["speaker"].is_object() => assert!(f["speaker"]["named"].is_object(), "{f}"),
            Some("claim") => assert!(f["explanation"].as_str().is_some_and(|e| e.ends_with('.')), "{f}"),
            _ => {}
        }
    }
}

#[test]
fn markdown_format_escapes_and_has_sections() {
    let o = run(&["check", "--format", "markdown", SAMPLE], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("## Sourcelight report: samples/port-strike.txt\n"), "{out}");
    assert!(out.contains("**‘We will not be broken,’ dockworkers say"), "{out}");
    assert!(out.contains("### Sources\n\n| Source |") && out.contains("\n| Marta Ilić |"), "{out}");
    assert!(out.contains("### Quotes\n"), "{out}");
}

#[test]
fn a_vague_attribution_is_labelled_once() {
    let article = b"Port talks\n\nCritics say the new port levy will drive ferry operators out of the town.\n";
    let o = run(&["check", "--format", "markdown"], article);
    let out = stdout(&o);
    assert!(out.contains("- Vague attribution: “Critics say”  \n"), "{out}");
    assert!(!out.contains("attribution: Vague") && !out.to_lowercase().contains("attribution: vague"), "{out}");
    let o = run(&["check"], article);
    let out = stdout(&o);
    assert!(out.contains("\n  vague attribution: “Critics say”\n"), "{out}");
    assert!(!out.contains("vague · vague"), "{out}");
}

#[test]
fn a_report_with_no_findings_says_so() {
    let article = b"Harbour notes\n\nThe ferry leaves at noon.\n";
    for format in ["text", "markdown"] {
        let o = run(&["check", "--format", format], article);
        assert!(o.status.success(), "{format}");
        assert!(stdout(&o).contains("Nothing found: no quotes, unattributed claims or loaded wording."), "{format}");
    }
    let out = stdout(&run(&["check"], SAMPLE_ONE_QUOTE));
    assert!(!out.contains("Nothing found"), "{out}");
}

const SAMPLE_ONE_QUOTE: &[u8] = b"\"The ferry leaves at noon,\" said Ana Ruiz, the harbour master.\n";

/// A text of one line is its own headline; the report shows it once, as its finding's
/// context, not also as a title over itself. A headline over more text is still shown.
#[test]
fn a_one_line_text_is_shown_once() {
    let line = "said Ana Ruiz, the harbour master.";
    for format in ["text", "markdown"] {
        let out = stdout(&run(&["check", "--format", format], SAMPLE_ONE_QUOTE));
        assert_eq!(out.matches(line).count(), 1, "{format}: {out}");
        let out = stdout(&run(&["check", "--format", format, SAMPLE], b""));
        assert!(out.contains("dockworkers say as Valmora port strike enters second week"), "{format}: {out}");
    }
}

/// A hard-wrapped text with Windows line ends (an e-mail, wire copy) and a stray escape
/// sequence: each finding's context stays on its indented line, and nothing from the article
/// reaches the terminal as a control character.
#[test]
fn wrapped_lines_and_control_characters_stay_out_of_the_report() {
    let article = "Harbour news\r\n\r\n\u{201c}We are asking for nothing more than \r\nsafe shifts,\u{201d} said \
                   Ana Ruiz, \r\nthe harbour master. \u{1b}[2JThe port reopens.\r\n";
    for format in ["text", "markdown"] {
        let out = stdout(&run(&["check", "--format", format], article.as_bytes()));
        assert!(!out.contains(['\r', '\u{1b}']), "{format}: {out:?}");
        assert!(out.contains("than safe shifts,"), "{format}: {out}");
        if format == "text" {
            // The whole context on the finding's indented line.
            let context = out.lines().find(|l| l.contains("safe shifts")).unwrap_or_default();
            assert!(context.starts_with("    ¶2  ") && context.ends_with("the harbour master."), "{out}");
        }
    }
}

/// Uncoloured output goes to stdout without `anstream`'s stripper, so no format may pass the
/// article's control characters through: the annotated view showed them raw (a terminal
/// obeyed them; piped, the stripper dropped escape codes but kept a `\r` mid-line).
#[test]
fn no_format_writes_the_articles_control_characters() {
    let article = "Harbour news\n\nThe port \u{1b}[2Jreopens,\r\u{7} \u{201c}We are asking for safe \
                   shifts,\u{201d}\tsaid Ana Ruiz.\n";
    for format in ["text", "markdown", "annotated", "json"] {
        let out = stdout(&run(&["check", "--format", format, "--color", "never"], article.as_bytes()));
        assert!(!out.contains(['\r', '\u{1b}', '\u{7}']), "{format}: {out:?}");
        assert!(out.contains("safe shifts"), "{format}: {out}");
    }
    let out = stdout(&run(&["check", "--format", "annotated"], article.as_bytes()));
    assert!(out.contains("The port \u{FFFD}[2Jreopens, \u{FFFD} \u{201c}We are"), "{out:?}");
}

#[test]
fn help_shows_examples_and_a_file_named_as_the_command_gets_a_hint() {
    for args in [&["--help"][..], &["check", "--help"]] {
        let out = stdout(&run(args, b""));
        assert!(out.contains("Examples:\n  sourcelight check article.txt"), "{args:?}: {out}");
    }
    // `sourcelight article.txt`, the natural first try, says what to type instead.
    let o = run(&[SAMPLE], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("'{SAMPLE}' is not a command")), "{err}");
    assert!(err.contains(&format!("sourcelight check {SAMPLE}")), "{err}");
    // A word that is no file keeps clap's own message.
    let o = run(&["chek"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unrecognized subcommand 'chek'"), "{}", stderr(&o));
}

#[test]
fn annotated_format_shows_every_block() {
    let o = run(&["check", "--format", "annotated", SAMPLE], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("[1 headline]\n‘We will not be broken,’"), "{out}");
    assert!(out.contains("[3 paragraph]\n“We have given this port"), "{out}");
}

#[test]
fn reads_stdin_with_no_file_or_a_dash() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample");
    for args in [&["check", "--format", "json"][..], &["check", "--format", "json", "-"][..]] {
        let o = run(args, &text);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(json_lines(&stdout(&o))[0]["file"], "<stdin>");
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

#[test]
fn html_page_yields_the_article_in_typed_blocks() {
    let o = run(&["check", "--format", "annotated", HTML], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("[1 headline]\nFerry fares to rise by a fifth, operator says\n"), "title first: {out}");
    assert!(out.contains("[2 caption]\nThe morning ferry leaves"), "{out}");
    assert!(out.contains("blockquote]\n“For people on the islands"), "{out}");
    assert!(out.contains("blockquote]\n“You do not put a toll"), "{out}");
    assert!(out.contains("headline]\nPassenger numbers"), "h2 is a headline: {out}");
    assert!(out.contains("list item]\nAdult single: 64 crowns"), "{out}");
    assert!(out.contains("be exempt from the rise"), "inline markup is text: {out}");
    for outside in ["Subscribe", "Home", "Most read", "Cookie", "analytics", "font-family", "| The Lakeside"] {
        assert!(!out.contains(outside), "{outside:?} is not article text: {out}");
    }
}

#[test]
fn html_is_detected_by_content_on_stdin() {
    let html = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(HTML)).expect("fixture");
    let o = run(&["check", "--format", "json"], &html);
    assert!(o.status.success(), "{}", stderr(&o));
    let line = &json_lines(&stdout(&o))[0];
    let text = line["article_text"].as_str().expect("read as HTML");
    assert!(text.starts_with("Ferry fares to rise by a fifth, operator says\n\n"));
    assert!(!text.contains('<'));
    // --input text overrides the detection.
    let o = run(&["check", "--format", "json", "--input", "text"], &html);
    assert!(json_lines(&stdout(&o))[0].get("article_text").is_none());
}

// ---------------------------------------------------------------------------------------------
// Bad input

fn check_error(bytes: &[u8], file_name: &str, expected: &str) {
    let dir = scratch(file_name);
    let path = dir.join(file_name);
    std::fs::write(&path, bytes).expect("write");
    let path = path.to_str().expect("path");
    let o = run(&["check", path], b"");
    assert_eq!(o.status.code(), Some(1), "{file_name}");
    let err = stderr(&o);
    assert!(err.contains(path) && err.contains(expected), "{file_name}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_files_get_a_clear_message_and_exit_1() {
    check_error(
        b"Headline\n\nCaf\xe9 owners said \xff\xfe it.",
        "latin1.txt",
        "not valid UTF-8 (invalid byte at line 3",
    );
    check_error(b"", "empty.txt", "empty input");
    check_error(b"\n \n\t\n", "blank.txt", "no text (only whitespace)");
    check_error(b"\x7fELF\x02\x01\x01\0\0\0\0\0", "program.bin", "binary data, not text (NUL byte at byte 7)");
    check_error(b"<html><body><nav>menu</nav></body></html>", "empty.html", "no article text found");
    let o = run(&["check", "does/not/exist.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("sourcelight: does/not/exist.txt: no such file"), "{}", stderr(&o));
    let o = run(&["check", "tests"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("sourcelight: tests: "), "{}", stderr(&o));
}

/// A file from an older Windows program is refused with a way to read it, and read with it.
#[test]
fn a_legacy_encoding_is_read_when_named() {
    let dir = scratch("legacy");
    let path = dir.join("notes.txt");
    std::fs::write(&path, b"Harbour notes\r\n\r\n\x93The caf\xe9 stays shut,\x94 said Ren\xe9e Dupont.\r\n")
        .expect("write");
    let path = path.to_str().expect("path");
    let o = run(&["check", path], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--encoding windows-1252"), "{}", stderr(&o));
    let o = run(&["check", "--encoding", "windows-1252", path], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Renée Dupont · 1 quote"), "{}", stdout(&o));
    let o = run(&["check", "--encoding", "klingon", path], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown encoding 'klingon'"), "{}", stderr(&o));
}

#[test]
fn one_bad_file_does_not_lose_the_others() {
    let dir = scratch("several");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"bad \xc3\x28 bytes").expect("write");
    let bad = bad.to_str().expect("path");
    for format in ["text", "json", "markdown", "annotated"] {
        let o = run(&["check", "--format", format, SAMPLE, bad, HTML], b"");
        assert_eq!(o.status.code(), Some(1), "{format}");
        let out = stdout(&o);
        assert!(out.contains("port-strike.txt") && out.contains("Ferry fares"), "{format}: both good files: {out}");
        assert!(stderr(&o).contains(&format!("{bad}: not valid UTF-8")), "{format}: {}", stderr(&o));
        // Named again at the end, where a user looks after a long run.
        let last = stderr(&o).lines().last().unwrap_or("").to_string();
        assert_eq!(last, format!("sourcelight: 1 of 3 inputs could not be read: {bad}"), "{format}");
        if format == "json" {
            let lines = json_lines(&out);
            assert_eq!(lines.len(), 3, "one line per file");
            assert_eq!(lines[1]["file"], bad);
            assert!(lines[1]["error"].as_str().expect("error").contains("not valid UTF-8"));
        }
    }
}

#[test]
fn unbalanced_and_odd_quote_marks_never_panic() {
    let text = "Talks “collapse\n\n“He said \"no\u{201d} and ‘then’ left.\n\n«««\n\n\"\n\n”\u{201c}\u{2018}''\"…\n\nEnd “of” it";
    for format in ["text", "json", "markdown", "annotated"] {
        let o = run(&["check", "--format", format], text.as_bytes());
        assert!(o.status.success(), "{format}: {}", stderr(&o));
    }
}

#[test]
fn deeply_nested_html_does_not_crash_or_lose_the_other_files() {
    // 100,000 nested elements (1.2 MB): the tree walks recursed once per level and overflowed
    // the stack (an abort, so the other files' results were lost too); nested `<div>`s made
    // Readability's scoring quadratic (2,000 levels: 0.85 s; 20,000: over a minute).
    let dir = scratch("deep");
    let mut pages = Vec::new();
    for (name, tag, depth) in [("inline.html", "b", 100_000), ("blocks.html", "div", 2_000)] {
        let page = format!(
            "<!doctype html><html><body><article><h1>Deep page</h1>{}<p>Ana Ruiz said the port would reopen on Monday.</p>{}</article></body></html>",
            format!("<{tag}>").repeat(depth),
            format!("</{tag}>").repeat(depth)
        );
        let path = dir.join(name);
        std::fs::write(&path, page).expect("write");
        pages.push(path.to_str().expect("path").to_string());
    }
    let o = run(&["check", "--format", "json", &pages[0], &pages[1], SAMPLE], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 3, "one line per file");
    for page in &lines[..2] {
        let text = page["article_text"].as_str().expect("article text");
        assert!(text.contains("Ana Ruiz said the port would reopen on Monday."), "{text}");
    }
}

/// A file of about `bytes` bytes made of copies of the sample, analysed as JSON; the offsets
/// of every finding are checked.
fn large_file(name: &str, bytes: usize) {
    let dir = scratch(name);
    let path = dir.join(format!("{name}.txt"));
    let sample = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample");
    let mut text = String::with_capacity(bytes + sample.len());
    while text.len() < bytes {
        text.push_str(&sample);
        text.push_str("\n\n");
    }
    std::fs::write(&path, &text).expect("write");
    let o = run(&["check", "--format", "json", path.to_str().expect("path")], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(check_offsets(&text, &json_lines(&stdout(&o))[0], "codepoints") > 0);
}

#[test]
fn a_large_file_is_analysed() {
    large_file("large", 2_000_000);
}

/// The 50 MB file of the spec; slow in a debug build, so run it in release:
/// `cargo test --release --test cli -- --ignored`.
#[test]
#[ignore = "slow in debug builds; run with --release -- --ignored"]
fn a_50_mb_file_is_analysed() {
    large_file("fifty", 50_000_000);
}

// ---------------------------------------------------------------------------------------------
// --jsonl

/// Checks every offset of a report against `text` in `unit`: in range, and the finding's
/// (and cue's) text is what the offsets cut out. Returns the number of findings.
fn check_offsets(text: &str, report: &Value, unit: &str) -> usize {
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
        let o = run(&args, jsonl_payload().as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let lines = json_lines(&stdout(&o));
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
    let o = run(
        &["check", "--jsonl"],
        b"\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<Value> = json_lines(&stdout(&o)).into_iter().map(|l| l["id"].clone()).collect();
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
    let o = run(&["check", "--jsonl"], payload.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
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

/// The saved news pages of the shared test set (skipped when absent): each yields article
/// text and findings whose offsets cut out their text.
#[test]
fn saved_news_pages_are_read() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/pages");
    let Ok(entries) = std::fs::read_dir(&pages) else {
        eprintln!("skipped: {} is absent", pages.display());
        return;
    };
    let mut sources: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path().join("source.html")).filter(|p| p.is_file()).collect();
    sources.sort();
    let args: Vec<&str> =
        ["check", "--format", "json"].into_iter().chain(sources.iter().filter_map(|p| p.to_str())).collect();
    let o = run(&args, b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), sources.len());
    for line in &lines {
        let text = line["article_text"].as_str().expect("article text");
        assert!(text.len() > 500, "{}: article text found", line["file"]);
        check_offsets(text, line, "codepoints");
    }
}

/// The README's commands are executable and parse as bash.
#[test]
fn scripts_are_executable_bash() {
    use std::os::unix::fs::PermissionsExt;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for script in ["scripts/demo", "scripts/test", ".ci/run"] {
        let path = root.join(script);
        let mode = std::fs::metadata(&path).expect(script).permissions().mode();
        assert!(mode & 0o111 != 0, "{script} is executable");
        let ok = Command::new("bash").arg("-n").arg(&path).status().expect("bash runs").success();
        assert!(ok, "{script} parses");
    }
}

#[path = "../src/lexicon/strip.rs"]
mod strip;

/// The built tool holds every word list as `build.rs` strips it, and none of the lists' header
/// comments or `ex:` examples: those are for the people who edit the lists and for `cargo test`,
/// and would only add size to the shipped binary and WebAssembly module.
#[test]
fn the_built_tool_holds_the_word_lists_without_comments_or_examples() {
    let binary = std::fs::read(env!("CARGO_BIN_EXE_sourcelight")).expect("read the built tool");
    let binary = String::from_utf8_lossy(&binary);
    let lists = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
    let mut checked = 0;
    for entry in std::fs::read_dir(&lists).expect("list src/lexicon") {
        let path = entry.expect("a list file").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let data = std::fs::read_to_string(&path).expect("read a word list");
        assert!(binary.contains(strip::strip(&data).as_str()), "{name}: the stripped list is compiled in");
        let comment = data.lines().find(|l| l.starts_with("# ") && l.len() > 30);
        let example = data.split(" | ex: ").nth(1).and_then(|rest| rest.split(" | ").next());
        let example = example.map(|e| e.lines().next().unwrap_or(e).trim());
        for left_out in [comment, example].into_iter().flatten() {
            assert!(!binary.contains(left_out), "{name}: {left_out:?} is not compiled in");
        }
        checked += 1;
    }
    assert!(checked >= 10, "the word lists were found ({checked})");
}

/// A pronoun the analysis could not tie to a name is shown as one, not as a name, in the
/// readable and Markdown reports alike; the JSON keeps the contract's fields, the pronoun in
/// lower case as the name.
#[test]
fn an_unresolved_pronoun_is_reported_as_one() {
    let text = "\u{201c}We will stay,\u{201d} She said. \u{201c}The port will close,\u{201d} she added.";
    let o = run(&["check", "-"], text.as_bytes());
    assert!(stdout(&o).contains("• “she” (pronoun not resolved to a name) · 2 quotes"), "{}", stdout(&o));
    let o = run(&["check", "--format", "markdown", "-"], text.as_bytes());
    assert!(stdout(&o).contains("| “she” (pronoun not resolved to a name) |  |  | 2 |  |"), "{}", stdout(&o));
    let o = run(&["check", "--format", "json", "-"], text.as_bytes());
    assert!(stdout(&o).contains(r#""name":"she""#) || stdout(&o).contains(r#""name": "she""#), "{}", stdout(&o));
}
