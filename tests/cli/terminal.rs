//! What reaches the terminal besides the report: messages on stderr (cleaned of control
//! characters, wrapped to the width) and the width itself, `COLUMNS` or the terminal's.

use crate::common::*;

/// What the prefix "sourcelight: " takes, under which a wrapped message's later lines start.
const HANG: &str = "             ";

/// A file name can hold an escape sequence; the messages naming it showed it raw, so it
/// recoloured or cleared the terminal. It is now shown as the report shows article text;
/// the JSON error line keeps the name as given (JSON escapes it).
#[test]
fn a_file_name_with_control_characters_is_shown_clean_on_stderr() {
    let dir = scratch("control-names");
    let file = dir.join("bad\u{1b}[31m\u{7}name.txt");
    std::fs::write(&file, b"caf\xe9").expect("write");
    let folder = dir.join("dir\u{1b}[2J");
    std::fs::create_dir_all(&folder).expect("a directory");
    let (file, folder) = (file.to_str().expect("path"), folder.to_str().expect("path"));
    let o = run(&["check", file, folder], b"");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(!err.contains(['\u{1b}', '\u{7}']), "{err:?}");
    assert!(err.contains("bad\u{FFFD}[31m\u{FFFD}name.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("dir\u{FFFD}[2J: is a directory"), "{err}");
    assert!(err.contains("2 of 2 inputs could not be read: "), "{err}");
    let o = run(&["check", "--format", "json", file], b"");
    assert_eq!(json_lines(&stdout(&o))[0]["file"], file);
    // Named where the command goes, it is shown clean in the hint too.
    let o = run(&[file], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(!err.contains(['\u{1b}', '\u{7}']), "{err:?}");
    assert!(err.contains("name.txt' is not a command") && err.contains("sourcelight check "), "{err}");
}

/// clap writes a bad value back in its message; an encoding label with an escape sequence
/// reached a colour terminal raw (`CLICOLOR_FORCE` stands in for one).
#[test]
fn a_bad_encoding_label_is_shown_clean() {
    for colour in ["1", "0"] {
        let o = run_with(
            bin().args(["check", "--encoding", "\u{1b}]0;pwned\u{7}", "x.txt"]).env("CLICOLOR_FORCE", colour),
            b"",
        );
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(!err.contains('\u{7}') && !err.contains("\u{1b}]"), "{err:?}");
        assert!(err.contains("unknown encoding '\u{FFFD}]0;pwned\u{FFFD}'"), "{err}");
    }
    // With no control character in the arguments, clap's message is its own, in colour.
    let o = run_with(bin().args(["check", "--encoding", "klingon", "x.txt"]).env("CLICOLOR_FORCE", "1"), b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("\u{1b}[") && stderr(&o).contains("unknown encoding 'klingon'"), "{}", stderr(&o));
}

/// A message longer than the width wraps, its later lines under the text after
/// "sourcelight: ", as the text report wraps; piped with no `COLUMNS`, one line.
#[test]
fn long_messages_wrap_to_the_width() {
    let dir = scratch("long-message");
    std::fs::write(dir.join("harbour-notes.txt"), b"caf\xe9").expect("write");
    let check = || {
        let mut command = bin();
        command.current_dir(&dir).args(["check", "harbour-notes.txt"]);
        command
    };
    let o = run_with(check().env("COLUMNS", "60"), b"");
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() > 2, "{err}");
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "{err}");
    assert!(lines[0].starts_with("sourcelight: "), "{err}");
    assert!(lines[1..].iter().all(|l| l.starts_with(HANG) && !l[HANG.len()..].starts_with(' ')), "{err}");
    let one = stderr(&run_with(&mut check(), b""));
    assert_eq!(one.lines().count(), 1, "{one}");
    let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(words(&err), words(&one));
}

/// clap does not wrap its usage errors, which echo the values given on one line: one wider
/// than the width is wrapped as the tool's own messages are, each line under its text after
/// the "error: " or "tip: " label; one that fits is clap's own (in colour on a colour terminal).
#[test]
fn long_usage_errors_wrap_to_the_width() {
    let label = "an-encoding-label-that-no-one-has-heard-of";
    let error = |columns: Option<&str>, colour: bool| {
        let mut command = bin();
        command.args(["check", "--encoding", label, "x.txt"]);
        if let Some(c) = columns {
            command.env("COLUMNS", c);
        }
        if colour {
            command.env("CLICOLOR_FORCE", "1");
        }
        let o = run_with(&mut command, b"");
        assert_eq!(o.status.code(), Some(2));
        stderr(&o)
    };
    let (narrow, whole) = (error(Some("40"), true), error(None, false));
    assert!(whole.lines().any(|l| l.chars().count() > 60) && !whole.contains('\u{1b}'), "{whole}");
    let lines: Vec<&str> = narrow.lines().collect();
    assert!(lines.iter().all(|l| l.chars().count() <= 40) && !narrow.contains('\u{1b}'), "{narrow}");
    assert!(lines[0].starts_with("error: invalid value") && lines[1].starts_with("       "), "{narrow}");
    assert!(narrow.ends_with("For more information, try '--help'.\n"), "{narrow}");
    // Clap's text, only broken into lines (the label, longer than a line, inside itself).
    let letters = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(letters(&narrow), letters(&whole));
    // A message that fits is clap's own, coloured.
    let short = error(Some("300"), true);
    assert!(short.contains("\u{1b}[") && short.contains(label), "{short}");
}

/// `COLUMNS` set to a width wraps the text report to it, piped or not, as git and clap's
/// help read it; 0 turns wrapping off; a value that is no width is ignored (no panic, the
/// report as without it). Other formats are never wrapped.
#[test]
fn columns_sets_the_width_of_the_text_report() {
    let report = |columns: Option<&str>, format: &str| {
        let mut command = bin();
        command.args(["check", "--format", format, SAMPLE]);
        if let Some(c) = columns {
            command.env("COLUMNS", c);
        }
        let o = run_with(&mut command, b"");
        assert!(o.status.success(), "{columns:?}: {}", stderr(&o));
        stdout(&o)
    };
    let whole = report(None, "text");
    assert!(whole.lines().any(|l| l.chars().count() > 60), "{whole}");
    let narrow = report(Some("60"), "text");
    assert!(narrow.lines().all(|l| l.chars().count() <= 60), "{narrow}");
    // A context's later lines start under its text, beside the `¶N` margin.
    let context: Vec<&str> = narrow.lines().skip_while(|l| !l.starts_with("    ¶3  ")).take(2).collect();
    assert!(context.len() == 2 && context[1].starts_with("        ") && context[1].trim() != "", "{narrow}");
    let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(words(&narrow), words(&whole));
    for ignored in ["0", "", "abc", "-3", "60x", "99999999999999999999999"] {
        assert_eq!(report(Some(ignored), "text"), whole, "COLUMNS={ignored:?}");
    }
    assert!(report(Some("1"), "text").lines().count() > whole.lines().count(), "a tiny width still works");
    assert_eq!(report(Some("60"), "markdown"), report(None, "markdown"));
}
