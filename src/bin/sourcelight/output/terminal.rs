//! The text report for a journalist: the headline and counts, the sources, then every
//! quote, claim and loaded word in its context. With colour the finding is coloured in its
//! context; without colour (not a terminal, `NO_COLOR`, `--color never`) it stands between
//! `[[` and `]]` instead (unless it is the whole context), which survives line wrapping.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use sourcelight::{Finding, FindingKind};

use super::wrap::{columns, Layout};
use super::{claim_label, one_line, Analysed, Context, NOTHING_FOUND};
use crate::annotate::{quote_numbers, source_line, source_name, style_name};

const TITLE: Style = Style::new().bold();
const HEADING: Style = Style::new().bold().underline();
const DIM: Style = Style::new().dimmed();
const QUOTE: Style = AnsiColor::Cyan.on_default().bold();
const CLAIM: Style = AnsiColor::Yellow.on_default().bold();
const LOADED: Style = AnsiColor::Magenta.on_default().bold();

/// A section of the report: its title and which findings it lists.
type Section = (&'static str, fn(&FindingKind) -> bool);

/// Writes the report of one input, its lines wrapped as `layout` says.
pub fn write(out: &mut dyn Write, a: &Analysed, layout: Layout) -> io::Result<()> {
    layout.line(out, &[(&format!("━━ {} ━━", one_line(&a.input.name)), Some(TITLE))], 0)?;
    if let Some(h) = a.headline() {
        layout.line(out, &[(&one_line(h), None)], 0)?;
    }
    layout.line(out, &[(&a.summary(), Some(DIM))], 0)?;
    if a.report.findings.is_empty() {
        writeln!(out)?;
        layout.line(out, &[(NOTHING_FOUND, None)], 0)?;
    }

    if !a.report.sources.is_empty() {
        writeln!(out)?;
        layout.line(out, &[("Sources", Some(HEADING))], 0)?;
        for s in &a.report.sources {
            layout.line(out, &[("  • ", None), (&one_line(&source_line(s)), None)], 4)?;
        }
    }

    let numbers = quote_numbers(a.report);
    let sections: [Section; 3] = [
        ("Quotes", |k| matches!(k, FindingKind::Quote(_))),
        ("Unattributed claims and vague attributions", |k| matches!(k, FindingKind::Claim(_))),
        ("Loaded wording", |k| matches!(k, FindingKind::Loaded(_))),
    ];
    for (title, wanted) in sections {
        let findings: Vec<&Finding> = a.report.findings.iter().filter(|f| wanted(&f.kind)).collect();
        if findings.is_empty() {
            continue;
        }
        writeln!(out)?;
        layout.line(out, &[(title, Some(HEADING))], 0)?;
        let mut last_group = None;
        for f in findings {
            let (style, header) = match &f.kind {
                FindingKind::Quote(q) if last_group == Some(q.group) => {
                    let n = numbers.get(&q.group).copied().unwrap_or(0);
                    (QUOTE, format!("Q{n} continued"))
                }
                FindingKind::Quote(q) => {
                    last_group = Some(q.group);
                    let n = numbers.get(&q.group).copied().unwrap_or(0);
                    let mut h = format!("Q{n} {}", style_name(q.style));
                    match &q.speaker {
                        Some(sp) => {
                            h.push_str(&format!(" · {}", source_name(&sp.name)));
                            if let Some(d) = &sp.description {
                                h.push_str(&format!(", {d}"));
                            }
                            if sp.anonymous {
                                h.push_str(" (anonymous source)");
                            }
                        }
                        None => h.push_str(" · no speaker found"),
                    }
                    if let Some(c) = &q.cue {
                        h.push_str(&format!(" · “{}”", c.text));
                    }
                    if let Some(v) = &q.via {
                        h.push_str(&format!(" · via {v}"));
                    }
                    (QUOTE, h)
                }
                FindingKind::Claim(c) => (CLAIM, claim_label(c.vague, &c.reason, "claim · ")),
                FindingKind::Loaded(l) => {
                    let voice = if l.in_quote { "inside a quote (the speaker's words)" } else { "the outlet's voice" };
                    let mut h = format!("“{}” · {} · {voice} — {}", f.text, l.category, l.note.trim_end_matches('.'));
                    if let Some(alt) = l.alternative {
                        h.push_str(&format!("; consider “{alt}”"));
                    }
                    (LOADED, h)
                }
            };
            layout.line(out, &[("  ", None), (&one_line(&header), Some(style))], 4)?;
            let c = Context::new(a.block_text(f), f.start, f.end);
            let (before, span, after) = (one_line(&c.before), one_line(&c.span), one_line(&c.after));
            let margin = format!("¶{}  ", f.block + 1);
            let whole = before.is_empty() && after.is_empty();
            let span = if layout.colour {
                (span, Some(style.underline()))
            } else if whole {
                (span, None)
            } else {
                (format!("[[{span}]]").into(), None)
            };
            // Continuation lines start under the text, beside the margin.
            let hang = 4 + columns(&margin);
            layout.line(
                out,
                &[("    ", None), (&margin, Some(DIM)), (&before, None), (&span.0, span.1), (&after, None)],
                hang,
            )?;
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::InputKind;

    fn report(article: &str, layout: Layout) -> String {
        let input =
            crate::input::load("a.txt".into(), article.as_bytes().to_vec(), InputKind::Text, None).expect("read");
        let report = sourcelight::analyze(&input.document);
        let mut out = Vec::new();
        write(&mut out, &Analysed { input: &input, report: &report }, layout).expect("written");
        String::from_utf8(out).expect("UTF-8")
    }

    /// On a narrow terminal a long context line wrapped at column 0, below its `¶N` margin;
    /// now every line fits and a context's later lines start under its text.
    #[test]
    fn the_report_wraps_to_the_terminal_with_a_hanging_indent() {
        let article = "Harbour news\n\n\u{201c}We are asking for nothing more than safe shifts and a fair wage for \
                       every docker,\u{201d} said Ana Ruiz, the harbour master of the northern port, on Monday.\n";
        let piped = report(article, Layout { width: None, colour: false });
        assert!(piped.lines().any(|l| columns(l) > 60), "{piped}");
        let narrow = report(article, Layout { width: Some(60), colour: false });
        assert!(narrow.lines().all(|l| columns(l) <= 60), "{narrow}");
        let context: Vec<&str> = narrow.lines().skip_while(|l| !l.starts_with("    ¶2  ")).take(3).collect();
        assert!(
            context.len() == 3 && context[1..].iter().all(|l| l.starts_with("        ") && l.trim() != ""),
            "{narrow}"
        );
        // The same words in the same order, only broken into lines.
        let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(words(&narrow), words(&piped));
    }
}
