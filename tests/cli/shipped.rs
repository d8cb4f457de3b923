//! What ships: the README's scripts, and the word lists compiled into the tool.

use std::path::Path;
use std::process::Command;

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

#[path = "../../src/lexicon/strip.rs"]
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
