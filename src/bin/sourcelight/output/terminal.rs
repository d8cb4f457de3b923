//! The text report for a journalist: the headline and counts, the sources, then every
//! quote, claim and loaded word in its context. With colour the finding is coloured in its
//! context; without colour (not a terminal, `NO_COLOR`, `--color never`) it stands between
//! `[[` and `]]` instead (unless it is the whole context), which survives line wrapping.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use sourcelight::{Finding, FindingKind};

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

/// Writes the report of one input.
pub fn write(out: &mut dyn Write, a: &Analysed, colour: bool) -> io::Result<()> {
    let p = Painter { colour };
    writeln!(out, "{}", p.paint(TITLE, &format!("━━ {} ━━", one_line(&a.input.name))))?;
    if let Some(h) = a.headline() {
        writeln!(out, "{}", one_line(h))?;
    }
    writeln!(out, "{}", p.paint(DIM, &a.summary()))?;
    if a.report.findings.is_empty() {
        writeln!(out, "\n{NOTHING_FOUND}")?;
    }

    if !a.report.sources.is_empty() {
        writeln!(out, "\n{}", p.paint(HEADING, "Sources"))?;
        for s in &a.report.sources {
            writeln!(out, "  • {}", one_line(&source_line(s)))?;
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
        writeln!(out, "\n{}", p.paint(HEADING, title))?;
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
            writeln!(out, "  {}", p.paint(style, &one_line(&header)))?;
            let c = Context::new(a.block_text(f), f.start, f.end);
            let (before, span, after) = (one_line(&c.before), one_line(&c.span), one_line(&c.after));
            let margin = format!("¶{}  ", f.block + 1);
            let whole = before.is_empty() && after.is_empty();
            let span = if colour {
                p.paint(style.underline(), &span)
            } else if whole {
                span.into_owned()
            } else {
                format!("[[{span}]]")
            };
            writeln!(out, "    {}{before}{span}{after}", p.paint(DIM, &margin))?;
        }
    }
    writeln!(out)
}

struct Painter {
    colour: bool,
}

impl Painter {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }
}
