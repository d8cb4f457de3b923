//! `sourcelight`: the command-line tool for journalists and for evaluation.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use sourcelight::{analyze, Document, OffsetUnit, Positions, ReportView};

/// Finds attributed quotes, unattributed claims and loaded wording in news text.
#[derive(Parser)]
#[command(name = "sourcelight", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyses files (or standard input) and prints a report.
    Check {
        /// Read one {"id": str, "text": str} per line on stdin; write one report per line.
        #[arg(long)]
        jsonl: bool,
        /// Offset unit in JSON output.
        #[arg(long, value_enum, default_value_t = Unit::Codepoints)]
        offsets: Unit,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Unit {
    Codepoints,
    Utf16,
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

#[derive(serde::Deserialize)]
struct JsonlInput {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct JsonlOutput {
    id: serde_json::Value,
    #[serde(flatten)]
    report: ReportView,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { jsonl: true, offsets } => run_jsonl(offsets.into()),
        Command::Check { .. } => {
            eprintln!("sourcelight: only --jsonl is implemented so far");
            ExitCode::from(2)
        }
    }
}

fn run_jsonl(unit: OffsetUnit) -> ExitCode {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("sourcelight: stdin: {e}");
                return ExitCode::FAILURE;
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let input: JsonlInput = match serde_json::from_slice(&line) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("sourcelight: stdin line {}: {e}", n + 1);
                failed = true;
                continue;
            }
        };
        let doc = Document::from_plain_text(&input.text);
        let report = analyze(&doc);
        let view = ReportView::new(&report, &doc, unit, Positions::InSource(&input.text));
        let output = JsonlOutput { id: input.id, report: view };
        if serde_json::to_writer(&mut out, &output).is_err() || out.write_all(b"\n").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
