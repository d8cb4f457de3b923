//! Writes the word lists of `src/lexicon/` without their comments and examples to
//! `$OUT_DIR/lexicon/`, where `lexicon::word_list!` includes them from (see
//! `src/lexicon/strip.rs` for why).

use std::{env, fs, path::Path};

#[path = "src/lexicon/strip.rs"]
mod strip;

fn main() {
    let source = Path::new("src/lexicon");
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out_dir).join("lexicon");
    fs::create_dir_all(&target).expect("create $OUT_DIR/lexicon");
    println!("cargo::rerun-if-changed=src/lexicon");
    println!("cargo::rerun-if-changed=build.rs");
    let entries = fs::read_dir(source).expect("read src/lexicon");
    for entry in entries {
        let path = entry.expect("list src/lexicon").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let data = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            let name = path.file_name().expect("a file name");
            fs::write(target.join(name), strip::strip(&data)).expect("write a stripped word list");
        }
    }
}
