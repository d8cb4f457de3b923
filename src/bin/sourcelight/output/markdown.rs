//! `--format markdown`: a report to paste into an editor's notes. Text from the article is
//! escaped so that it cannot turn into Markdown markup.

use std::io::{self, Write};

use sourcelight::FindingKind;

use super::{claim_label, one_line, Analysed, Context, NOTHING_FOUND};
use crate::annotate::{quote_numbers, source_name, style_name};

/// Writes the report of one input.
pub fn write(out: &mut dyn Write, a: &Analysed) -> io::Result<()> {
    writeln!(out, "## Sourcelight report: {}\n", escape(&a.input.name))?;
    if let Some(h) = a.headline() {
        writeln!(out, "**{}**\n", escape(h))?;
    }
    writeln!(out, "{}\n", a.summary())?;
    if a.report.findings.is_empty() {
        writeln!(out, "{NOTHING_FOUND}\n")?;
    }

    if !a.report.sources.is_empty() {
        writeln!(out, "### Sources\n")?;
        writeln!(out, "| Source | Description | Anonymous | Quotes | Relayed through |")?;
        writeln!(out, "|---|---|---|---:|---|")?;
        for s in &a.report.sources {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape(&source_name(&s.name)),
                escape(s.description.as_deref().unwrap_or("")),
                if s.anonymous { "yes" } else { "" },
                s.quotes,
                escape(&s.via.join(", "))
            )?;
        }
        writeln!(out)?;
    }

    let numbers = quote_numbers(a.report);
    let mut wrote_heading = [false; 3];
    let mut last_group = None;
    for (section, heading) in
        [(0, "### Quotes"), (1, "### Unattributed claims and vague attributions"), (2, "### Loaded wording")]
    {
        for f in &a.report.findings {
            let this = match &f.kind {
                FindingKind::Quote(_) => 0,
                FindingKind::Claim(_) => 1,
                FindingKind::Loaded(_) => 2,
            };
            if this != section {
                continue;
            }
            if !wrote_heading[section] {
                writeln!(out, "{heading}\n")?;
                wrote_heading[section] = true;
            }
            let c = Context::new(a.block_text(f), f.start, f.end);
            let context = format!("{}**{}**{}", escape(&c.before), escape(&c.span), escape(&c.after));
            let label = match &f.kind {
                FindingKind::Quote(q) if last_group == Some(q.group) => {
                    format!("Q{} continued", numbers.get(&q.group).copied().unwrap_or(0))
                }
                FindingKind::Quote(q) => {
                    last_group = Some(q.group);
                    let n = numbers.get(&q.group).copied().unwrap_or(0);
                    let who = match &q.speaker {
                        Some(sp) => {
                            let mut w = format!("**{}**", escape(&source_name(&sp.name)));
                            if let Some(d) = &sp.description {
                                w.push_str(&format!(", {}", escape(d)));
                            }
                            if sp.anonymous {
                                w.push_str(" (anonymous source)");
                            }
                            w
                        }
                        None => "*no speaker found*".to_string(),
                    };
                    let mut l = format!("Q{n} ({}) — {who}", style_name(q.style));
                    if let Some(cue) = &q.cue {
                        l.push_str(&format!(", *{}*", escape(&cue.text)));
                    }
                    if let Some(v) = &q.via {
                        l.push_str(&format!(", via {}", escape(v)));
                    }
                    l
                }
                FindingKind::Claim(cl) => claim_label(cl.vague, &escape(&cl.reason), "Unattributed: "),
                FindingKind::Loaded(l) => {
                    let voice = if l.in_quote { "inside a quote" } else { "outlet's voice" };
                    let mut s = format!(
                        "“{}” ({}, {voice}): {}",
                        escape(&f.text),
                        escape(l.category),
                        escape(l.note.trim_end_matches('.'))
                    );
                    if let Some(alt) = l.alternative {
                        s.push_str(&format!("; consider “{}”", escape(alt)));
                    }
                    s
                }
            };
            writeln!(out, "- {label}  \n  ¶{}: {context}", f.block + 1)?;
        }
        if wrote_heading[section] {
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Escapes the characters Markdown (CommonMark and GitHub tables) would read as markup, on one
/// line (a line break would end a list item or a table row; see [`one_line`]).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '{' | '}') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_article_text_is_escaped() {
        assert_eq!(escape("a *b* [c](d) | <img>"), "a \\*b\\* \\[c\\](d) \\| \\<img\\>");
        assert_eq!(escape("row\r\none"), "row one");
    }
}
