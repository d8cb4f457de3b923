//! `sourcelight`: the command-line tool for journalists and for evaluation.
//!
//! `sourcelight check FILE...` reports on articles (plain text or saved HTML pages) as text,
//! JSON, Markdown or an annotated copy; `sourcelight check --jsonl` is the evaluation
//! contract (see `jsonl.rs`). Modules: `args` (the command line), `input` (reading and
//! checking files), `html` (article extraction), `output` (the formats), `annotate` (the
//! underlined view, shared with the snapshot tests), `jsonl`.

mod annotate;
mod args;
mod html;
mod input;
mod jsonl;
mod message;
mod output;

use std::io::{self, BufWriter, Write};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstream::{AutoStream, ColorChoice};
use clap::{CommandFactory, FromArgMatches};
use sourcelight::{analyze, looks_english, Positions, Report, MAX_DOCUMENT_BYTES};

use args::{CheckArgs, Cli, ColorWhen, Command, Format};
use input::Input;
use output::Analysed;

/// Reads, checks and analyses one input. A panic (which the core promises never to raise, but
/// the HTML parser is not ours) costs only this input: it becomes an error message.
/// Only the JSON report reads the input's `source` (its offsets and an HTML page's article
/// text point into it); the other formats read the document's blocks. So the source is freed
/// before the analysis, whose peak memory it would add to (a 50 MB file's 50 MB), except for
/// an HTML page's JSON report; a plain text's keeps only each block's start in it, counted in
/// the report's unit.
fn prepare(path: Option<&Path>, name: &str, args: &CheckArgs) -> Result<(Input, Report), String> {
    let bytes = input::read_bytes(path)?;
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        let mut input = input::load(name.to_string(), bytes, args.input, args.encoding)?;
        match (args.format, input.html) {
            // An HTML page's JSON report writes its source whole, as the article text.
            (Format::Json, true) => {}
            (Format::Json, false) => {
                let unit = args.offsets.into();
                input.block_starts = Some(Positions::block_starts(&input.document, &input.source, unit));
                input.source = String::new();
            }
            _ => input.source = String::new(),
        }
        if input.document.joined_len() > MAX_DOCUMENT_BYTES {
            return Err(
                "is larger than 4 GiB, the most Sourcelight analyses as one document; split it into smaller files"
                    .to_string(),
            );
        }
        let report = analyze(&input.document);
        Ok((input, report))
    }))
    .unwrap_or_else(|_| Err("internal error while analysing this input (a bug: please report it)".to_string()))
}

fn main() -> ExitCode {
    let cli = parse_arguments();
    match cli.command {
        Command::Check(args) if args.jsonl => jsonl::run(args.offsets.into()),
        Command::Check(args) => check(&args),
    }
}

/// The command line, or the exit after clap's message on a usage error. clap writes the values
/// it was given back in its messages ("invalid value '…' for '--encoding <LABEL>'"), raw and
/// on one line: when an argument holds a control character, or a line of the message is wider
/// than stderr's terminal or `COLUMNS`, the message is written without clap's styles, cleaned
/// and wrapped line by line ([`message::write_lines`]), as the tool's own messages are.
fn parse_arguments() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let controls = args.iter().any(|a| a.to_string_lossy().contains(char::is_control));
    let mut command = Cli::command();
    if controls {
        command = command.styles(clap::builder::styling::Styles::plain());
    }
    let parsed = command
        .try_get_matches_from_mut(&args)
        .and_then(|m| Cli::from_arg_matches(&m).map_err(|e| e.format(&mut command)));
    parsed.unwrap_or_else(|e| {
        if let Some(file) = file_given_as_command(&e) {
            message::say(&format!("'{file}' is not a command. To analyse it, run:"));
            eprintln!("\n    sourcelight check {}\n", output::one_line(&file));
            std::process::exit(2);
        }
        if e.use_stderr() {
            // With a control character in the arguments, the message was rendered without
            // styles and is taken whole (the plain text would strip the argument's own escape
            // sequences, not show them); else clap's styles are stripped.
            let plain = if controls { e.render().ansi().to_string() } else { e.render().to_string() };
            let width = message::width();
            if controls || message::is_wider_than(&plain, width) {
                message::write_lines(&plain, width);
                std::process::exit(e.exit_code());
            }
        }
        e.exit()
    })
}

/// The file a user named where the command goes (`sourcelight article.txt`, the most natural
/// first try), when the parse failed for that reason and the file exists.
fn file_given_as_command(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    if e.kind() != clap::error::ErrorKind::InvalidSubcommand {
        return None;
    }
    match e.get(ContextKind::InvalidSubcommand)? {
        ContextValue::String(arg) if Path::new(arg).exists() => Some(arg.clone()),
        _ => None,
    }
}

/// Analyses every input in turn and writes its report; an input that cannot be read is
/// reported on stderr (and, in JSON, as an error line) and the others still go through.
fn check(args: &CheckArgs) -> ExitCode {
    let paths: Vec<Option<PathBuf>> =
        if args.files.is_empty() { vec![None] } else { args.files.iter().cloned().map(Some).collect() };
    let choice = match args.color {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto => ColorChoice::Auto,
    };
    let stream = AutoStream::new(io::stdout().lock(), choice);
    let colour = args.format == Format::Text && stream.current_choice() != ColorChoice::Never;
    // Uncoloured, the report holds no escape codes (article text reaches it through
    // `output::one_line` or the annotated view's `shown`), so it goes straight to stdout:
    // `anstream`'s stripper read every byte for nothing (6 % of a piped text run).
    let sink: Box<dyn Write> = if colour { Box::new(stream) } else { Box::new(stream.into_inner()) };
    let mut out = BufWriter::new(sink);
    // The terminal's width or `COLUMNS`; none when piped with no `COLUMNS` (a file or a
    // script gets one line per item).
    let width = if args.format == Format::Text {
        output::wrap::width(terminal_size::terminal_size_of(io::stdout()))
    } else {
        None
    };
    let layout = output::wrap::Layout { width, colour };
    // The inputs that could not be read, named again at the end when there were several:
    // their messages may have scrolled far up among the other files' reports.
    let mut failed: Vec<String> = Vec::new();
    for path in &paths {
        let name = input::display_name(path.as_deref());
        let written = match prepare(path.as_deref(), &name, args) {
            Ok((input, report)) => {
                if !looks_english(&input.document) {
                    let _ = out.flush();
                    message::say(&format!(
                        "{name}: warning: this does not look like English; Sourcelight reads English only, \
                         so expect its findings to be wrong or missing"
                    ));
                }
                let a = Analysed { input: &input, report: &report };
                match args.format {
                    Format::Text => output::terminal::write(&mut out, &a, layout),
                    Format::Json => output::json::write(&mut out, &a, args.offsets.into()),
                    Format::Markdown => output::markdown::write(&mut out, &a),
                    Format::Annotated => {
                        writeln!(
                            out,
                            "━━ {} ━━\n{}",
                            output::one_line(&input.name),
                            annotate::annotate(&input.document, &report)
                        )
                    }
                }
            }
            Err(problem) => {
                failed.push(name.clone());
                // Flush first so that the message lands after the reports before it.
                let _ = out.flush();
                message::say(&format!("{name}: {problem}"));
                if args.format == Format::Json {
                    output::json::write_error(&mut out, &name, &problem)
                } else {
                    Ok(())
                }
            }
        };
        if let Err(e) = written.and_then(|()| out.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            message::say(&format!("cannot write the report: {e}"));
            return ExitCode::FAILURE;
        }
    }
    if !failed.is_empty() {
        if paths.len() > 1 {
            message::say(&format!(
                "{} of {} inputs could not be read: {}",
                failed.len(),
                paths.len(),
                failed.join(", ")
            ));
        }
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
