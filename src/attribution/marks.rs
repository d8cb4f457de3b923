//! Pairing quote marks within one block, in one pass.
//!
//! Whether a mark opens or closes is read from its context, not only its glyph, because news
//! text mixes styles ("…”, ''…") and uses the same glyphs for apostrophes. A mark opens when
//! nothing is glued to its left and a word follows; it closes when something is glued to its
//! left. Marks of the family that opened the quote close it; other families inside are nested
//! quotes and are left alone, and so is a quote in the same family that closes just before the
//! open one does (`"… says, "I'd like …," you know …"`). A quote still open at the end of the
//! block runs to the block's end (the next paragraph may continue it with a fresh opening
//! mark).

use super::tokens::{Family, Kind, Token};
use crate::text::Lines;

/// A paired (or unclosed) quote, as token indices into the block's tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The opening mark.
    pub open: usize,
    /// The closing mark, or `None` when the quote was never closed.
    pub close: Option<usize>,
    /// The token where the quoted words end (exclusive): the closing mark, the next opening
    /// mark of an unclosed quote, or the end of the block.
    pub stop: usize,
}

/// How far (in tokens) a single opening mark looks for its closing mark.
const MAX_SINGLE_TOKENS: usize = 80;

fn glyph(text: &str, t: &Token) -> char {
    text.get(t.span()).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// Whether the token right after `i` is glued to it and starts quoted words, or is the
/// ellipsis of quoted words that open mid-sentence (`” … in the case of Wyoming,”`).
fn followed_by_words(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    if t.space_after() {
        return opens_elided(tokens, i);
    }
    match tokens.get(i + 1) {
        Some(n) => {
            n.is_word()
                || matches!(
                    n.kind(),
                    Kind::Mark(_) | Kind::Punct('[' | '(' | '.' | '\u{2026}' | '$' | '#' | '@' | '-' | '\u{2014}')
                )
        }
        None => false,
    }
}

/// Whether the words after mark `i` open past an ellipsis set apart from it, the words cut
/// from the quote's start (`“ … if the primary were held tonight,”`, `” … in the case of
/// Wyoming,”` at a paragraph's start): the mark opens them, as it would glued to them.
fn opens_elided(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|e| matches!(e.kind(), Kind::Punct('\u{2026}')) && e.space_after())
        && tokens.get(i + 2).is_some_and(|n| n.is_word())
}

/// Whether token `i` is the block's first, past invisible formatting characters (a
/// direction mark or a zero-width space that a web page left before the text).
fn opens_block(tokens: &[Token], i: usize) -> bool {
    let invisible = |t: &Token| {
        matches!(
            t.kind(),
            Kind::Punct('\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
        )
    };
    tokens.get(..i).is_some_and(|before| before.len() <= 2 && before.iter().all(invisible))
}

fn can_open(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    let g = glyph(text, t);
    // A closing glyph opens only at the block's start, where nothing precedes it to close
    // (”We will win,” typed with the wrong mark).
    let at_start = opens_block(tokens, i);
    if matches!(g, '\u{201d}' | '\u{bb}' | '\u{203a}') && !(g == '\u{201d}' && at_start) {
        return false;
    }
    let left_free = t.space_before()
        || at_start
        || tokens.get(i - 1).is_some_and(|p| {
            matches!(p.kind(), Kind::Mark(_) | Kind::Punct('(' | '[' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':'))
        });
    (left_free && followed_by_words(tokens, i)) || opens_after_comma(tokens, i)
}

/// Whether mark `i` opens quoted words glued to the comma of their lead-in (`Ryan
/// said,“Look, …`: a space left out), the twin of [`ends_quoted_sentence`]. Only asked when no
/// quote of the mark's family is open, so a mark there that could close one (`…
/// audiences,"Katie Packer said`) has closed it first.
fn opens_after_comma(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens.get(i).is_some_and(|t| !t.space_before() && !t.space_after())
        && tokens.get(i - 1).is_some_and(|p| matches!(p.kind(), Kind::Punct(',')))
        && tokens.get(i + 1).is_some_and(|n| n.is_word())
}

fn can_close(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    let g = glyph(text, t);
    if g == '\u{201c}' {
        return closes_as_typed_open(tokens, i);
    }
    if matches!(g, '\u{201e}' | '\u{ab}' | '\u{2039}' | '\u{2018}' | '\u{201a}') {
        return false;
    }
    let left_glued = !t.space_before() && i > 0;
    let right_free = t.space_after() || tokens.get(i + 1).is_some_and(|n| !n.is_word() || n.space_before());
    // A mark standing alone (“… outreach,' " he said”) can only close.
    let isolated = t.space_before() && !followed_by_words(tokens, i);
    (left_glued || isolated) && (right_free || ends_quoted_sentence(tokens, i))
}

/// Whether mark `i`, glued to a word on its right, follows the punctuation that ends quoted
/// words (`… to different audiences,"Katie Packer said`: a space left out). Only asked of a
/// mark that could close an open quote of its family: an opening mark there has its words
/// inside the quote, which never ends in a bare comma or stop.
fn ends_quoted_sentence(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens.get(i - 1).is_some_and(|p| matches!(p.kind(), Kind::Punct(',' | '.' | '!' | '?')))
        && tokens.get(i + 1).is_some_and(|n| n.is_word())
}

/// Whether an opening curly mark (“) stands where only a closing one can: glued to the end of
/// the quoted words (a word or a sentence's punctuation) with white space or the block's end
/// after it (`“It's unusual,“ said Larry Noble`, or German „…“). It cannot open there, since no
/// words follow it; ignoring it would run the quote on past its cue.
fn closes_as_typed_open(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    if t.space_before() || !t.space_after() || i == 0 {
        return false;
    }
    tokens
        .get(i - 1)
        .is_some_and(|p| p.is_word() || matches!(p.kind(), Kind::Punct(',' | '.' | '!' | '?' | '\u{2026}')))
}

/// [`pair_into`] into a new vector, for the tests.
#[cfg(test)]
pub(crate) fn pair(text: &str, tokens: &[Token]) -> Vec<Pair> {
    let mut marks = Vec::new();
    mark_tokens_into(tokens, &mut marks);
    let mut out = Vec::new();
    pair_into(text, Lines::default(), tokens, &marks, &mut out);
    out
}

/// The indices of the quote-mark tokens among `tokens`, in order, into `out` (emptied first):
/// the marks [`pair_into`] pairs. About one token in forty is a mark: four tokens are tested at
/// once, without a branch for each (a loop testing each token took 8 or 9 instructions a
/// token, 0.7 M a pass over PolNeAR dev).
#[inline(never)]
pub(crate) fn mark_tokens_into(tokens: &[Token], out: &mut Vec<usize>) {
    let is_mark = |t: &Token| matches!(t.kind(), Kind::Mark(_));
    out.clear();
    let mut chunks = tokens.chunks_exact(4);
    for (c, chunk) in chunks.by_ref().enumerate() {
        if chunk.iter().fold(false, |any, t| any | is_mark(t)) {
            out.extend(chunk.iter().enumerate().filter(|(_, t)| is_mark(t)).map(|(i, _)| 4 * c + i));
        }
    }
    let done = tokens.len() - chunks.remainder().len();
    out.extend(chunks.remainder().iter().enumerate().filter(|(_, t)| is_mark(t)).map(|(i, _)| done + i));
}

/// Pairs the quote marks of one block's tokens into `out` (cleared first): the pairs of each
/// block in one buffer, reused from block to block. A single opening mark with no closing mark
/// in the block is taken for an apostrophe and pairing resumes after it. `marks` lists the
/// block's quote-mark tokens in order (the view's list): the tokens between them pair nothing
/// and are not visited.
pub(crate) fn pair_into(text: &str, lines: Lines, tokens: &[Token], marks: &[usize], out: &mut Vec<Pair>) {
    out.clear();
    // The open top-level quote: (index of its mark, family).
    let mut open: Option<(usize, Family)> = None;
    // The next mark to read, as an index into `marks`.
    let mut j = 0;
    loop {
        let next = marks.get(j).copied();
        if let Some((o, Family::Single)) = open {
            // A single mark not closed within a sentence's reach was an apostrophe: drop it
            // and read on after it (bounded, so the pass stays linear). So is one still open
            // when the block's last token, a mark, has been read; one still open within reach
            // of a block that ends in words runs to the block's end.
            let dropped = match next {
                Some(i) => i - o > MAX_SINGLE_TOKENS,
                None => o + MAX_SINGLE_TOKENS + 1 < tokens.len() || marks.last() == Some(&(tokens.len() - 1)),
            };
            if dropped {
                open = None;
                j = marks.partition_point(|&m| m <= o);
                continue;
            }
        }
        let Some(i) = next else { break };
        j += 1;
        let Some(Kind::Mark(family)) = tokens.get(i).map(Token::kind) else {
            continue;
        };
        match open {
            None => {
                if can_open(text, tokens, i) {
                    open = Some((i, family));
                }
            }
            Some((o, f)) => {
                if family == f {
                    if can_close(text, tokens, i) {
                        out.push(Pair { open: o, close: Some(i), stop: i });
                        open = None;
                    } else if can_open(text, tokens, i) && f != Family::Single {
                        if let Some(after) = nested_close(text, lines, tokens, o, marks, j, f) {
                            // A quote inside the open one, in the same marks (`"… says, "I'd
                            // like …," you know …"`): the open quote goes on past it.
                            j = after;
                        } else {
                            // A fresh opening mark while a quote is open: the earlier quote
                            // was never closed; it ends where this one starts.
                            out.push(Pair { open: o, close: None, stop: i });
                            open = Some((i, family));
                        }
                    }
                }
            }
        }
    }
    if let Some((o, _)) = open {
        out.push(Pair { open: o, close: None, stop: tokens.len() });
    }
}

/// Whether the opening mark read just before `marks[from]`, met while the quote that mark
/// `open` opened (of `family`) is open, opens a quote nested in that one: the next two marks of
/// the family both close, the first the inner quote and the second the open one. Returns the
/// index into `marks` to read on from (the second closing mark's), or `None` when the open
/// quote was never closed (a third mark of the family opens first, or the block ends). A mark
/// glued to the open one (`"“…` or `""…`, a doubled mark) or starting a line (the open mark
/// wraps a pasted excerpt of several lines) opens no nested quote.
fn nested_close(
    text: &str,
    lines: Lines,
    tokens: &[Token],
    open: usize,
    marks: &[usize],
    from: usize,
    family: Family,
) -> Option<usize> {
    let inner = *marks.get(from.checked_sub(1)?)?;
    let starts_line = inner
        .checked_sub(1)
        .and_then(|p| Some(tokens.get(p)?.end()..tokens.get(inner)?.start()))
        .is_some_and(|gap| lines.any(text, gap));
    if inner == open + 1 || starts_line {
        return None;
    }
    // The pass stays linear: the scans for one family's quotes never overlap. One that finds
    // the nested quote returns its second closing mark, and the pass reads on from there, past
    // what it scanned. One that finds none stops at the family's first mark that cannot close,
    // after at most one that can (which closes the quote the inner mark opens), so the family's
    // next scan starts past that stop; one that runs out of marks leaves no second mark of the
    // family to start another. A mark is thus scanned at most once for each family that nests
    // (double marks, guillemets), whatever the marks around it.
    let mut closes = 0;
    for (k, &m) in marks.iter().enumerate().skip(from) {
        if !matches!(tokens.get(m).map(Token::kind), Some(Kind::Mark(f)) if f == family) {
            continue;
        }
        if !can_close(text, tokens, m) {
            return None;
        }
        closes += 1;
        if closes == 2 {
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The marks found four tokens at a time are the tokens that are marks, one by one, for
    /// every length of the tokens (the last, shorter run included).
    #[test]
    fn mark_tokens_are_the_marks_one_by_one() {
        let text = "“We won,” she said, ‘twice’ — \"and 'again'\" «now» it's ``done''.";
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        let mut found = vec![99];
        for n in 0..=toks.len() {
            let some = toks.get(..n).unwrap_or_default();
            mark_tokens_into(some, &mut found);
            let one_by_one: Vec<usize> = (0..n).filter(|&i| matches!(some[i].kind(), Kind::Mark(_))).collect();
            assert_eq!(found, one_by_one, "{n} tokens");
        }
        assert!(found.len() >= 10, "{found:?}");
    }

    fn quotes(s: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(s, 0..s.len(), &mut toks);
        pair(s, &toks)
            .into_iter()
            .map(|p| {
                let start = toks[p.open].end();
                let end = toks.get(p.stop).map(|t| t.start()).unwrap_or(s.len());
                s[start..end.max(start)].to_string()
            })
            .collect()
    }

    #[test]
    fn styles_and_apostrophes() {
        assert_eq!(quotes("\u{201c}We won,\u{201d} he said."), ["We won,"]);
        assert_eq!(quotes("He said \"it's done\" today."), ["it's done"]);
        assert_eq!(quotes("Muslim said ''we will fight.\""), ["we will fight."]);
        assert_eq!(quotes("\"Mixed pair.\u{201d}"), ["Mixed pair."]);
        assert_eq!(quotes("\u{2018}We won\u{2019}: Ruiz"), ["We won"]);
        assert_eq!(quotes("\u{ab}Nous restons\u{bb}, dit-il."), ["Nous restons"]);
        assert_eq!(quotes("Moscow\u{2019}s plan and the 1990s' boom"), Vec::<String>::new());
        assert_eq!(
            quotes("\u{201c}He called it \u{2018}fake\u{2019} news,\u{201d} she said."),
            ["He called it \u{2018}fake\u{2019} news,"]
        );
    }

    #[test]
    fn opening_mark_typed_for_a_closing_one() {
        assert_eq!(quotes("\u{201c}It's unusual,\u{201c} said Larry Noble."), ["It's unusual,"]);
        assert_eq!(
            quotes("\u{201c}Apparently not,\u{201c} he said. \u{201c}A leopard.\u{201d}"),
            ["Apparently not,", "A leopard."]
        );
        assert_eq!(quotes("Er sagte \u{201e}Wir bleiben.\u{201c}"), ["Wir bleiben."]);
        // An opening mark with words glued after it still opens (here a quote nested in the
        // open one, which the last mark closes), rather than closing the open quote.
        assert_eq!(quotes("\u{201c}One \u{201c}two\u{201d} three\u{201d}"), ["One \u{201c}two\u{201d} three"]);
        assert_eq!(quotes("\u{201c}One \u{201c}two\u{201d} three"), ["One ", "two"]);
    }

    #[test]
    fn closing_glyph_at_the_block_start_opens() {
        assert_eq!(quotes("\u{201d}We will win. Soon.\u{201d} \u{2015} Ana Ruiz."), ["We will win. Soon."]);
        assert_eq!(quotes("\u{202a}\u{201d}We will win,\u{201d} said Ana Ruiz."), ["We will win,"]);
        assert_eq!(quotes("We won\u{201d} today."), Vec::<String>::new());
    }

    /// Quoted words cut from their start open on an ellipsis set apart from the mark, at the
    /// block's start in a closing glyph too; a mark that closes before an ellipsis still closes,
    /// and a closing glyph inside the block opens nothing.
    #[test]
    fn mark_before_an_elided_start_opens() {
        let elided = "\u{201d} \u{2026} in the case of Wyoming, the race is over,\u{201d} wrote Time.";
        assert_eq!(quotes(elided), [" \u{2026} in the case of Wyoming, the race is over,"]);
        let curly = "As Politico reported, \u{201c} \u{2026} if the primary were held tonight, he would win.\u{201d}";
        assert_eq!(quotes(curly), [" \u{2026} if the primary were held tonight, he would win."]);
        assert_eq!(quotes("He said \"no\" \u{2026} and left."), ["no"]);
        assert_eq!(quotes("It was over \u{201d} \u{2026} and then it was not."), Vec::<String>::new());
        assert_eq!(quotes("\u{201d} \u{2026}"), Vec::<String>::new());
    }

    /// A single mark still open where the marks run out: within its reach of a block that
    /// ends in words, it runs to the end; past its reach, or when the block's last token is a
    /// mark, it was an apostrophe.
    #[test]
    fn a_single_mark_left_open() {
        assert_eq!(quotes("Ruiz said 'we will win today."), ["we will win today."]);
        assert_eq!(quotes("Ruiz said 'we will win today. \""), Vec::<String>::new());
        let long = format!("Ruiz said 'we {}today.", "will ".repeat(90));
        assert_eq!(quotes(&long), Vec::<String>::new());
    }

    /// A closing mark glued to the next word after the quote's comma or stop still closes.
    #[test]
    fn closing_mark_touching_the_next_word() {
        assert_eq!(
            quotes("\"Trump says different things,\"Katie Packer said. \"More and more.\""),
            ["Trump says different things,", "More and more."]
        );
        assert_eq!(quotes("\u{201c}We won.\u{201d}Ruiz said so."), ["We won."]);
    }

    /// An opening mark glued to its lead-in's comma and to the first quoted word still opens;
    /// one with a space after it, or after a comma inside words, does not.
    #[test]
    fn opening_mark_touching_the_lead_in_comma() {
        assert_eq!(quotes("Ryan said,\u{201c}Look, we won.\u{201d} He left."), ["Look, we won."]);
        assert_eq!(quotes("Ryan said,\"Look, we won.\" He left."), ["Look, we won."]);
        assert_eq!(quotes("Ryan said,\u{2018}Look.\u{2019} He left."), ["Look."]);
        assert_eq!(quotes("Ryan said,\" we won."), Vec::<String>::new());
    }

    /// A quote inside an open quote in marks of the same family, closed before it (`"… says,
    /// "I'd like …," you know …"`), is part of the open quote; so is one in curly marks.
    #[test]
    fn a_quote_nested_in_the_same_marks() {
        assert_eq!(
            quotes("He said, \"If one says, \"I'd like ammo,\" you know, be wary.\" He left."),
            ["If one says, \"I'd like ammo,\" you know, be wary."]
        );
        assert_eq!(
            quotes("\u{201c}Fans in \u{201c}Settle\u{201d} shirts. Ouch.\u{201d} he wrote."),
            ["Fans in \u{201c}Settle\u{201d} shirts. Ouch."]
        );
    }

    /// An opening mark inside an open quote still ends it when that quote is never closed (one
    /// closing mark follows, or an opening one), when it is glued to the open mark (a doubled
    /// mark), or when it starts a line of a pasted excerpt.
    #[test]
    fn an_opening_mark_that_ends_an_unclosed_quote() {
        assert_eq!(
            quotes("\"The DOJ is about \u{201c}Equal Justice\u{201d} no more."),
            ["The DOJ is about ", "Equal Justice"]
        );
        assert_eq!(
            quotes("\"Also \u{201c}too loud\u{201d} or \u{201c}too shrill\u{201d} then.\""),
            ["Also ", "too loud", "too shrill"]
        );
        assert_eq!(quotes("\"\u{201c}You win,\u{201d} Rubio said before leaving.\""), ["", "You win,"]);
        assert_eq!(
            quotes("\"Sanders led.\n\u{201c}We tie,\u{201d} he said.\nMore here.\""),
            ["Sanders led.\n", "We tie,"]
        );
    }

    /// In a hard-wrapped paragraph an opening mark after a soft line break does not start a
    /// line: it nests in the open quote as it does on one line (a hard break would end that
    /// quote there, as above).
    #[test]
    fn a_mark_after_a_soft_line_break_nests() {
        let wrapped = "The union's leader told the crowd on the quay that\nnothing would change for the crews: \u{201c}If the mayor says,\n\u{201c}Wait a week,\u{201d} we will not wait for anyone.\u{201d} He left.";
        let whole = "If the mayor says,\n\u{201c}Wait a week,\u{201d} we will not wait for anyone.";
        assert_eq!(quotes_in_paragraph(wrapped), [whole]);
        assert_eq!(quotes_in_paragraph(&wrapped.replace('\n', " ")), [whole.replace('\n', " ")]);
    }

    /// The quotes `pair_into` finds in `s` read as one paragraph, with its soft line breaks.
    fn quotes_in_paragraph(s: &str) -> Vec<String> {
        use crate::document::{Block, BlockKind, Document};
        let text = crate::text::Text::new(&Document::new(vec![Block::new(BlockKind::Paragraph, s)]));
        let mut toks = Vec::new();
        tokenize(&text.joined, 0..text.joined.len(), &mut toks);
        let mut marks = Vec::new();
        mark_tokens_into(&toks, &mut marks);
        let mut pairs = Vec::new();
        pair_into(&text.joined, text.lines(), &toks, &marks, &mut pairs);
        let quoted = |p: &Pair| {
            let end = p.close.or(Some(p.stop)).and_then(|k| toks.get(k)).map_or(s.len(), |t| t.start());
            s[toks[p.open].end()..end].to_string()
        };
        pairs.iter().map(quoted).collect()
    }

    #[test]
    fn unclosed_runs_to_end() {
        assert_eq!(quotes("\u{201c}We will stay and fight"), ["We will stay and fight"]);
    }
}
