//! Inputs that cannot be analysed (each gets a message naming it and exit status 1, the
//! other files still go through), legacy encodings, odd quote marks and large files.

use std::path::Path;

use crate::common::*;

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
    let out = succeeded(&["check", "--encoding", "windows-1252", path], b"");
    assert!(out.contains("Renée Dupont · 1 quote"), "{out}");
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
    let out = succeeded(&["check", "--format", "json", path.to_str().expect("path")], b"");
    assert!(check_offsets(&text, &json_lines(&out)[0], "codepoints") > 0);
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
