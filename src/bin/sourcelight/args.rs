//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use sourcelight::OffsetUnit;

/// Finds attributed quotes, unattributed claims and loaded wording in news text.
#[derive(Parser)]
#[command(name = "sourcelight", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Shown after every `--help`: what a first-time user most wants to copy.
const EXAMPLES: &str = "\
Examples:
  sourcelight check article.txt            a readable report of one article
  sourcelight check saved-page.html        a saved web page: the article body is picked out
  sourcelight check a.txt b.html           several articles, one report after another
  pbpaste | sourcelight check              the article from standard input
  sourcelight check -f markdown a.txt      a report to paste into an editor's notes
  sourcelight check -f json a.txt          the report as JSON (one object per file)";

#[derive(Subcommand)]
pub enum Command {
    /// Analyses articles (plain text or saved HTML pages) and prints a report.
    ///
    /// With no FILE, or with `-`, reads standard input. Exit status: 0 when every input was
    /// analysed, 1 when any input could not be read (the others are still reported), 2 on a
    /// usage error.
    ///
    /// The text report is wrapped to the terminal's width, or to COLUMNS when it is set to a
    /// number, also when piped (COLUMNS=0: no wrapping; any other value is ignored). Messages
    /// on stderr wrap the same way. Control characters in article text and file names (an
    /// escape sequence would recolour or clear the terminal) are shown as �; the analysis
    /// reads escape sequences as spaces.
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
}

#[derive(Args)]
pub struct CheckArgs {
    /// Files to analyse (`-` for standard input).
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Evaluation mode: read one {"id": str, "text": str} per line on stdin and write one
    /// {"id", "findings", "sources"} per line, in order, as each line is read.
    #[arg(long, conflicts_with_all = ["files", "format", "input", "encoding"])]
    pub jsonl: bool,

    /// Offset unit of the JSON outputs (`--format json`, `--jsonl`).
    #[arg(long, value_enum, default_value_t = Unit::Codepoints)]
    pub offsets: Unit,

    /// How to read the input: by file extension and content (auto), as plain text, or as an
    /// HTML page whose article body is picked out.
    #[arg(long, value_enum, default_value_t = InputKind::Auto)]
    pub input: InputKind,

    /// The character encoding of a file that is not UTF-8 ("windows-1252", "latin1",
    /// "shift_jis", "utf-16le"): without it such a file is refused. A byte order mark still
    /// names its own encoding.
    #[arg(long, value_name = "LABEL", value_parser = crate::input::parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,

    /// When to colour the text report (auto: on a terminal, unless NO_COLOR is set).
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report for a journalist: sources, then each finding in its context.
    Text,
    /// One JSON object per input file, one per line (the --jsonl report plus "file").
    Json,
    /// A Markdown report to paste into an editor's notes.
    Markdown,
    /// The whole article with each finding underlined (the snapshot tests' format).
    Annotated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Unit {
    /// Unicode code points (Python's string indices).
    Codepoints,
    /// UTF-16 code units (JavaScript's string indices).
    Utf16,
    /// UTF-8 bytes (Rust's string indices).
    Utf8,
}

impl From<Unit> for OffsetUnit {
    fn from(u: Unit) -> OffsetUnit {
        match u {
            Unit::Codepoints => OffsetUnit::CodePoints,
            Unit::Utf16 => OffsetUnit::Utf16,
            Unit::Utf8 => OffsetUnit::Utf8,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// HTML when the file name ends in .html/.htm/.xhtml or the text starts like a web page.
    Auto,
    /// Plain text: blocks at blank lines, a short first line is the headline.
    Text,
    /// A saved web page.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}
