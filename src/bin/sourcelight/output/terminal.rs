//! The text report for a journalist: the headline and counts, the sources, then every
//! quote, claim and loaded word in its context. With colour the finding is coloured in its
//! context; without colour (not a terminal, `NO_COLOR`, `--color never`) a line of carets
//! underlines it instead.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use sourcelight::{Finding, FindingKind};

use super::{Analysed, Context};
use crate::annotate::{quote_numbers, source_line, style_name};

const TITLE: Style = Style::new().bold();
const HEADING: Style = Style::new().bold().underline();
const DIM: Style = Style::new().dimmed();
const QUOTE: Style = AnsiColor::Cyan.on_default().bold();
const CLAIM: Style = AnsiColor::Yellow.on_default().bold();
const LOADED: Style = AnsiColor::Magenta.on_default().bold();

/// Writes the report of one input.
pub fn write(out: &mut dyn Write, a: &Analysed, colour: bool) -> io::Result<()> {
    let p = Painter { colour };
    writeln!(out, "{}", p.paint(TITLE, &format!("━━ {} ━━", a.input.name)))?;
    if let Some(h) = a.headline() {
        writeln!(out, "{h}")?;
    }
    writeln!(out, "{}", p.paint(DIM, &a.summary()))?;

    if !a.report.sources.is_empty() {
        writeln!(out, "\n{}", p.paint(HEADING, "Sources"))?;
        for s in &a.report.sources {
            writeln!(out, "  • {}", source_line(s))?;
        }
    }

    let numbers = quote_numbers(a.report);
    let sections: [(&str, fn(&FindingKind) -> bool); 3] = [
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
        for f in findings {
            let (style, header) = match &f.kind {
                FindingKind::Quote(q) => {
                    let n = numbers.get(&q.group).copied().unwrap_or(0);
                    let mut h = format!("Q{n} {}", style_name(q.style));
                    match &q.speaker {
                        Some(sp) => {
                            h.push_str(&format!(" · {}", sp.name));
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
                FindingKind::Claim(c) => {
                    (CLAIM, format!("{} · {}", if c.vague { "vague attribution" } else { "unattributed" }, c.reason))
                }
                FindingKind::Loaded(l) => {
                    let voice = if l.in_quote { "inside a quote (the speaker's words)" } else { "the outlet's voice" };
                    let mut h = format!("“{}” · {} · {voice} — {}", f.text, l.category, l.note);
                    if let Some(alt) = &l.alternative {
                        h.push_str(&format!("; consider “{alt}”"));
                    }
                    (LOADED, h)
                }
            };
            writeln!(out, "  {}", p.paint(style, &header))?;
            let c = Context::new(a.block_text(f), f.start, f.end);
            let margin = format!("¶{}  ", f.block + 1);
            writeln!(out, "    {}{}{}{}", p.paint(DIM, &margin), c.before, p.paint(style.underline(), &c.span), c.after)?;
            if !colour_or_single_line(colour, &c) {
                let lead = 4 + margin.chars().count() + c.before.chars().count();
                writeln!(out, "{}{}", " ".repeat(lead), "^".repeat(c.span.chars().count().max(1)))?;
            }
        }
    }
    writeln!(out)
}

/// Carets only help when there is no colour and the context is one line.
fn colour_or_single_line(colour: bool, c: &Context) -> bool {
    colour || c.before.contains('\n') || c.span.contains('\n')
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
