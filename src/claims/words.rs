//! Words of a sentence and phrase lists matched against them.
//!
//! The claim rules look for phrases ("critics say", "according to", "killed") in one sentence
//! at a time. A hand-written tokenizer and one hash look-up per word keep this linear and fast
//! (the crate's `regex` build has no lazy DFA, so big alternations would be slow).

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and periods ("don't", "U.S").
    Word,
    /// Digits, with inner separators and a leading `$` or trailing `%` ("$3.5", "1,000", "85%").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Token<'a> {
    /// The text as written.
    pub text: &'a str,
    /// Lower case, with typographic apostrophes made straight.
    pub lower: Cow<'a, str>,
    /// Byte span in the joined text.
    pub span: Range<usize>,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Whether the token is a word starting with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is a short all-capital word (an acronym such as "US" or "IT"), which
    /// lower-case list entries must not match.
    fn is_acronym(&self) -> bool {
        self.kind == TokenKind::Word
            && self.text.len() <= 4
            && self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && self.text.chars().all(|c| !c.is_lowercase())
    }
}

/// Splits `text[span]` into tokens; offsets are into `text`.
pub(crate) fn tokenize(text: &str, span: Range<usize>) -> Vec<Token<'_>> {
    let Some(s) = text.get(span.clone()) else {
        return Vec::new();
    };
    let base = span.start;
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let starts_number =
            c.is_ascii_digit() || (c == '$' && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit()));
        let kind = if starts_number {
            TokenKind::Number
        } else if c.is_alphanumeric() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != TokenKind::Punct {
            loop {
                let Some(&(j, n)) = chars.peek() else { break };
                if n.is_alphanumeric() {
                    end = j + n.len_utf8();
                    chars.next();
                    continue;
                }
                // An inner joiner stays in the token when a letter or digit follows it.
                let joiner = match kind {
                    TokenKind::Number => matches!(n, ',' | '.' | ':'),
                    _ => matches!(n, '\'' | '\u{2019}' | '-' | '.'),
                };
                let next_is_alnum =
                    s.get(j + n.len_utf8()..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric);
                if joiner && next_is_alnum {
                    chars.next();
                    continue;
                }
                if kind == TokenKind::Number && n == '%' {
                    end = j + 1;
                    chars.next();
                }
                break;
            }
        }
        let t = &s[i..end];
        let lower = if t.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
            Cow::Owned(t.to_lowercase().replace('\u{2019}', "'"))
        } else {
            Cow::Borrowed(t)
        };
        out.push(Token { text: t, lower, span: base + i..base + end, kind });
    }
    out
}

/// One phrase of a list, with what the list says about it.
#[derive(Debug)]
struct Phrase {
    /// The words after the first; `*` matches any one word.
    rest: Vec<String>,
    /// Whether the first word must be capitalized as written (an entry written with a capital).
    first_cased: Option<String>,
    /// Index of the list entry this phrase came from.
    entry: usize,
}

/// A phrase list: look-up by first word, then the rest compared token by token.
#[derive(Debug, Default)]
pub(crate) struct PhraseSet {
    by_first: HashMap<String, Vec<Phrase>>,
}

/// A phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The index of the list entry.
    pub entry: usize,
    /// First token index of the match.
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
}

impl PhraseSet {
    /// Adds the phrase pattern of entry `entry`. Words are separated by spaces; `a/b/c` gives
    /// alternatives for one word; `*` is any one word; an entry word written with a capital
    /// matches only a capitalized word (so "March" the month is not "march" the verb).
    pub fn add(&mut self, pattern: &str, entry: usize) {
        let slots: Vec<Vec<&str>> = pattern.split_whitespace().map(|w| w.split('/').collect()).collect();
        let mut combos: Vec<Vec<&str>> = vec![Vec::new()];
        for slot in &slots {
            let mut next = Vec::with_capacity(combos.len() * slot.len());
            for c in &combos {
                for alt in slot {
                    let mut v = c.clone();
                    v.push(*alt);
                    next.push(v);
                }
            }
            combos = next;
        }
        for words in combos {
            let Some((first, rest)) = words.split_first() else { continue };
            let first_cased = first.chars().next().is_some_and(char::is_uppercase).then(|| first.to_string());
            let key = first.to_lowercase().replace('\u{2019}', "'");
            let rest = rest.iter().map(|w| w.to_lowercase().replace('\u{2019}', "'")).collect();
            self.by_first.entry(key).or_default().push(Phrase { rest, first_cased, entry });
        }
    }

    /// Every match in `tokens`, in order of first token (longest first at one position).
    pub fn find(&self, tokens: &[Token<'_>]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let Some(phrases) = self.by_first.get(t.lower.as_ref()) else { continue };
            let mut best: Option<Hit> = None;
            for p in phrases {
                match &p.first_cased {
                    Some(cased) if cased != t.text => continue,
                    None if t.is_acronym() && t.lower.len() > 1 => continue,
                    // Inside a sentence a capital marks a name ("the Clean Power Plan"), which a
                    // lower-case entry ("plan") must not match.
                    None if i > 0 && t.is_capitalized() && !after_opening(tokens, i) => continue,
                    _ => {}
                }
                let end = i + 1 + p.rest.len();
                let Some(following) = tokens.get(i + 1..end) else { continue };
                let ok = p.rest.iter().zip(following).all(|(w, tok)| {
                    (w == "*" && tok.kind != TokenKind::Punct)
                        || (w == tok.lower.as_ref() && !tok.is_acronym() && (i == 0 || !tok.is_capitalized()))
                });
                if ok && best.as_ref().is_none_or(|b| end > b.end) {
                    best = Some(Hit { entry: p.entry, first: i, end });
                }
            }
            hits.extend(best);
        }
        hits
    }
}

/// Whether token `i` follows an opening mark or a dash, where a capital starts a clause.
fn after_opening(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| matches!(p.text, "\"" | "\u{201c}" | "(" | "[" | ":" | ";" | "\u{2014}" | "\u{2015}" | "-" | "\u{2018}" | "'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_keep_numbers_and_inner_marks() {
        assert_eq!(
            words("The U.S. paid $3.5 million (85%) to 1,000 people, didn\u{2019}t it?"),
            ["The", "U.S", ".", "paid", "$3.5", "million", "(", "85%", ")", "to", "1,000", "people", ",", "didn\u{2019}t", "it", "?"]
        );
        assert_eq!(words("well-known 1990s"), ["well-known", "1990s"]);
    }

    #[test]
    fn phrases_match_with_alternatives_and_case() {
        let mut set = PhraseSet::default();
        set.add("critics say/said", 0);
        set.add("March", 1);
        set.add("us", 2);
        let text = "Critics said they would march in March for US and us.";
        let toks = tokenize(text, 0..text.len());
        let hits = set.find(&toks);
        let found: Vec<(usize, &str)> = hits.iter().map(|h| (h.entry, toks[h.first].text)).collect();
        assert_eq!(found, [(0, "Critics"), (1, "March"), (2, "us")]);
    }
}
