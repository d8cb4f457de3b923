//! The report formats: text (colour, the file's name, wrapping of article text), JSON,
//! Markdown and the annotated view, and the help.

use std::path::Path;

use crate::common::*;

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
    let out = succeeded(&["check", SAMPLE], b"");
    assert!(out.starts_with("━━ samples/port-strike.txt ━━\n"), "{out}");
    assert!(out.contains("dockworkers say as Valmora port strike"), "headline shown: {out}");
    assert!(out.contains(" from ") && out.contains("unattributed claim"), "summary line: {out}");
    assert!(!out.contains('\x1b'), "no escape codes when stdout is not a terminal");
    // Sources named first, the most quoted first (Ilić, Okafor and Varga, 4 quotes each, in the
    // order first quoted); the headline's anonymous dockworkers, quoted first, after them.
    assert!(out.contains("\nSources\n  • Marta Ilić [general secretary of the Coastal Transport Union] · 4 quotes\n  • Daniel Okafor"), "the sources: {out}");
    assert!(out.contains("· 2 quotes\n  • dockworkers · anonymous · 1 quote\n"), "the sources: {out}");
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

/// A plain text's JSON report keeps only each block's start in the file, counted before the
/// analysis rather than the file's text: offsets in every unit still cut the findings out of
/// the file, after blocks of astral characters (four bytes, two UTF-16 units, one code point).
#[test]
fn json_offsets_in_every_unit_point_into_the_file() {
    let path = scratch("json-units").join("astral.txt");
    let text = "𝔗𝔦𝔱𝔩𝔢 🎉\n\n\n“𝒜 quote 🎉 here,” she said.\r\n\r\n  Prices rose 20% 📈 in a year, \
                according to the bank. Critics say the deal is a disaster.\n";
    std::fs::write(&path, text).expect("write");
    for unit in ["codepoints", "utf16", "utf8"] {
        let out = succeeded(&["check", "--format", "json", "--offsets", unit, path.to_str().expect("path")], b"");
        assert!(check_offsets(text, &json_lines(&out)[0], unit) >= 2, "{unit}: {out}");
    }
}

#[test]
fn json_format_is_one_object_per_file() {
    let out = succeeded(&["check", "--format", "json", SAMPLE, HTML], b"");
    let lines = json_lines(&out);
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
    let out = succeeded(&["check", "--format", "markdown", SAMPLE], b"");
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
fn a_guess_is_counted_as_a_guess_in_the_summary() {
    let article =
        b"Port talks\n\nCritics say the new port levy will drive ferry operators out of the town.\n\nThe ferry terminal will probably close by the end of the year.\n";
    let out = stdout(&run(&["check"], article));
    assert!(out.contains("1 vague attribution · 1 unsourced guess · "), "{out}");
    assert!(out.contains("unsourced guess: “probably”"), "{out}");
    // No guess, no count of them.
    let out =
        stdout(&run(&["check"], b"Port talks\n\nCritics say the new port levy will drive ferry operators out.\n"));
    assert!(out.contains("1 vague attribution · ") && !out.contains("guess"), "{out}");
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

/// A hard-wrapped text pasted with no title: its first line runs on into the second, so it is
/// the first sentence's start, not a headline cutting the reported clause in two; a headline
/// over a lower-case byline stays the headline.
#[test]
fn a_wrapped_texts_first_line_is_no_headline_but_one_over_a_byline_is() {
    let wrapped = "Ana Ruiz, the mayor of the town, said on Monday that the\nharbour would close for the \
                   winter, and that the ferry\nwould stop running.\n\nThe ferry company did not comment.\n";
    let out = stdout(&run(&["check", "--format", "annotated", "--color", "never"], wrapped.as_bytes()));
    assert!(out.contains("[1 paragraph]\nAna Ruiz, the mayor"), "{out}");
    assert!(!out.contains("headline]"), "{out}");
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["check", "--format", "json"], wrapped.as_bytes()))).expect("JSON");
    let quote = &report["findings"][0];
    assert_eq!(quote["text"], "that the\nharbour would close for the winter", "{report}");
    assert_eq!(quote["speaker"]["name"], "Ana Ruiz", "{report}");
    let bylined = b"Mayor says the harbour will close for the winter\nby Ana Ruiz\n\nThe ferry stops.\n";
    let out = stdout(&run(&["check", "--format", "annotated", "--color", "never"], bylined));
    assert!(out.contains("[1 headline]\nMayor says the harbour will close for the winter\n"), "{out}");
    assert!(out.contains("[2 paragraph]\nby Ana Ruiz\n"), "{out}");
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
    let out = succeeded(&["check", "--format", "annotated", SAMPLE], b"");
    assert!(out.contains("[1 headline]\n‘We will not be broken,’"), "{out}");
    assert!(out.contains("[3 paragraph]\n“We have given this port"), "{out}");
}

#[test]
fn reads_stdin_with_no_file_or_a_dash() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample");
    for args in [&["check", "--format", "json"][..], &["check", "--format", "json", "-"][..]] {
        let out = succeeded(args, &text);
        assert_eq!(json_lines(&out)[0]["file"], "<stdin>");
    }
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
