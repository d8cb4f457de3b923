//! Charged words and phrases from the word lists, found in one pass over the text's words,
//! each looked up in a table of the phrases it can start (see [`super::phrases`]).
//!
//! List format (`src/lexicon/loaded_words.txt`), one entry a line:
//!
//! ```text
//! pattern | category | note | alternative (or -) | ex: example sentence
//! ```
//!
//! A pattern is a word or phrase (words separated by single spaces). Braces give inflections
//! or variants: `slam{s,med,ming}` stands for slams, slammed, slamming, and `{,…}` makes a
//! part optional. A pattern written all in lower case matches in any case; one with a capital
//! letter (a proper noun, a coinage) matches only as written. An apostrophe also matches
//! the typographic one. Words after ` > ` are context: they must follow, but are not part of
//! the finding (`regime > {forces,leader}` reports "regime" in "regime forces" only).
//!
//! Exceptions (`src/lexicon/loaded_exceptions.txt`) are phrases in which a listed word is
//! neutral ("designated terrorist organization", "tax regime"): a word found inside an
//! exception is not reported. Exceptions use the same pattern syntax.
//!
//! A pattern `*-hating` is a suffix: it matches the end of any hyphenated compound
//! ("Trump-hating", "fear-mongering"), and the whole compound is reported.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::phrases::{Filter, PhraseTable};
use crate::lexicon;

/// The categories a list entry may have. Scare quotes are found by shape, not listed.
pub(crate) const CATEGORIES: [&str; 5] = ["label", "speech verb", "adverb", "adjective", "emotive"];

pub(crate) const WORDS: &str = lexicon::word_list!("loaded_words.txt");
pub(crate) const EXCEPTIONS: &str = lexicon::word_list!("loaded_exceptions.txt");

/// What a list entry says about its word.
#[derive(Debug)]
pub(crate) struct Sense {
    /// One of [`CATEGORIES`].
    pub category: &'static str,
    /// Why the word is charged.
    pub note: &'static str,
    /// A neutral alternative, where one exists.
    pub alternative: Option<&'static str>,
    /// Written with a capital (a word made from a name, "Orwellian"): matched as written, and
    /// a capital is no sign of a name.
    pub capitalised: bool,
}

/// What one expanded pattern stands for.
#[derive(Debug)]
struct Pattern {
    /// The expanded form, as written (checked when case matters).
    form: String,
    /// Whether the form must match in its exact case.
    case_sensitive: bool,
    /// The index of the words that must follow (in [`Lexicon::contexts`]), if any.
    context: Option<usize>,
    /// A suffix of hyphenated compounds (`*-hating`): the form starts with the hyphen.
    suffix: bool,
    /// The sense for a word, `None` for an exception.
    sense: Option<usize>,
}

/// The compiled word lists.
pub(crate) struct Lexicon {
    /// The patterns' forms that start with a word, by first word (indices into `patterns`).
    heads: PhraseTable,
    /// The suffixes (`*-hating`), by the word after their hyphen (indices into `suffix_patterns`).
    suffixes: PhraseTable,
    patterns: Vec<Pattern>,
    /// For each suffix form in `suffixes`, its index in `patterns`.
    suffix_patterns: Vec<usize>,
    /// The first words of both tables, for the scan.
    filter: Filter,
    /// Context alternatives of the patterns that have some, lower case, each with the space
    /// (or nothing, before punctuation) that joins it to the head.
    contexts: Vec<Vec<String>>,
    /// Senses, in list order.
    pub senses: Vec<Sense>,
}

/// The lexicon, built once.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(WORDS, EXCEPTIONS));

impl Lexicon {
    /// Builds the lexicon from the two lists. Malformed entries are skipped here and caught by
    /// the tests.
    pub fn new(words: &'static str, exceptions: &'static str) -> Lexicon {
        let mut patterns = Vec::new();
        let mut contexts = Vec::new();
        let mut senses = Vec::new();
        for fields in lexicon::fields(words) {
            let [pattern, category, note, alternative] = fields[..] else { continue };
            if !CATEGORIES.contains(&category) {
                continue;
            }
            let sense = senses.len();
            senses.push(Sense {
                category,
                note,
                alternative: (alternative != "-").then_some(alternative),
                capitalised: pattern.chars().any(char::is_uppercase) || pattern.starts_with('*'),
            });
            add_forms(pattern, Some(sense), &mut patterns, &mut contexts);
        }
        for fields in lexicon::fields(exceptions) {
            if let Some(pattern) = fields.first() {
                add_forms(pattern, None, &mut patterns, &mut contexts);
            }
        }
        // Two tables, so that a suffix is only looked for after a hyphen and a head only at a
        // word's start. A suffix stands in the heads' table as an empty form (found nowhere),
        // so that the two tables' indices stay those of `patterns`.
        let heads = PhraseTable::new(patterns.iter().map(|p| if p.suffix { "" } else { p.form.as_str() }), 0);
        let suffix_patterns: Vec<usize> =
            patterns.iter().enumerate().filter(|(_, p)| p.suffix).map(|(i, _)| i).collect();
        let suffixes =
            PhraseTable::new(suffix_patterns.iter().filter_map(|&i| patterns.get(i)).map(|p| p.form.as_str()), 1);
        let filter = Filter::of(&[&heads, &suffixes]);
        Lexicon { heads, suffixes, patterns, suffix_patterns, filter, contexts, senses }
    }

    /// The first word (run of letters and digits) of every form in the two tables, ASCII
    /// lower case, as they are keyed: a word that is none of these starts no match (neither a
    /// head nor, after a hyphen, a suffix). Attribution's word table holds them, so that its
    /// one look-up per word tells which words loaded wording need not look at.
    pub fn first_words(&self) -> impl Iterator<Item = Cow<'_, str>> + '_ {
        self.patterns.iter().filter_map(|p| {
            let form = if p.suffix { p.form.get(1..)? } else { p.form.as_str() };
            let first = super::phrases::words(form).next().filter(|w| w.start == 0)?;
            let word = form.get(first)?;
            // Most forms are lower case already: borrowed (this runs on the extension's cold start).
            Some(if word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(word.to_ascii_lowercase())
            } else {
                Cow::Borrowed(word)
            })
        })
    }

    /// Heap bytes of the look-up tables, for the speed probe.
    #[cfg(test)]
    pub fn memory_usage(&self) -> usize {
        self.heads.memory_usage() + self.suffixes.memory_usage()
    }

    /// [`Self::find_in_runs_into`] over the runs of `text` into a new vector, for the tests.
    #[cfg(test)]
    pub fn find(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        let mut out = Vec::new();
        self.find_in_runs_into(text, super::phrases::words(text), &mut out);
        out
    }

    /// Every listed word or phrase in `text`, as (span, sense index), in order, not
    /// overlapping: leftmost first, then longest; a word inside an exception is dropped (the
    /// exception, matched like a word, takes its place and is not reported). Given the spans
    /// of `text`'s maximal runs of letters and digits, in order (the analysis takes them from
    /// attribution's tokens: the text is not scanned again), into `out` (emptied first: a
    /// buffer kept from the last document).
    pub fn find_in_runs_into(
        &self,
        text: &str,
        runs: impl Iterator<Item = Range<usize>>,
        out: &mut Vec<(Range<usize>, usize)>,
    ) {
        out.clear();
        let bytes = text.as_bytes();
        // Where the next match may start: a match consumes its span, an exception included.
        let mut at = 0;
        // Only the words that may start a listed phrase (the filter leaves out most).
        let candidates = runs.filter(|w| bytes.get(w.start..w.end).is_some_and(|w| self.filter.may_start(w)));
        for word in candidates {
            if word.start < at {
                continue;
            }
            let Some(first) = bytes.get(word.clone()) else { continue };
            // A suffix starts at the hyphen before the word ("Trump-hating"); it comes first, as
            // it starts further left. Only the longest form found at a place is weighed.
            let hyphen = word.start.checked_sub(1).filter(|&h| h >= at && bytes.get(h) == Some(&b'-'));
            let suffix = hyphen.filter(|_| !self.suffixes.is_empty()).and_then(|h| {
                let (i, end) = self.suffixes.longest_at(bytes, h, first)?;
                let pattern = *self.suffix_patterns.get(i)?;
                self.accept(text, pattern, &(h..end))
            });
            let found = suffix.or_else(|| {
                let (pattern, end) = self.heads.longest_at(bytes, word.start, first)?;
                self.accept(text, pattern, &(word.start..end))
            });
            if let Some((span, sense)) = found {
                let clear = out.last().is_none_or(|(last, _)| last.end <= span.start);
                if let (Some(sense), true) = (sense, clear) {
                    out.push((span.clone(), sense));
                }
                at = span.end;
            }
        }
    }

    /// The finding (span, sense; `None` for an exception) if pattern `i`, found at `span`, is
    /// a whole word or phrase in the case it asks for, with its context after it. A suffix's
    /// span grows to the start of its compound.
    fn accept(&self, text: &str, i: usize, span: &Range<usize>) -> Option<(Range<usize>, Option<usize>)> {
        let p = self.patterns.get(i)?;
        let start = if p.suffix { compound_start(text, span.start)? } else { span.start };
        let exact = !p.case_sensitive || text.get(span.clone()) == Some(p.form.as_str());
        let context_ok = p.context.is_none_or(|c| self.context_follows(text, c, &(start..span.end)));
        (is_whole_word(text, &(start..span.end)) && exact && context_ok).then_some((start..span.end, p.sense))
    }

    /// Whether one of the context alternatives `i` follows `head` as whole words.
    fn context_follows(&self, text: &str, i: usize, head: &Range<usize>) -> bool {
        let Some(alternatives) = self.contexts.get(i) else { return false };
        let rest = text.get(head.end..).unwrap_or("");
        alternatives.iter().any(|c| {
            rest.get(..c.len()).is_some_and(|r| r.eq_ignore_ascii_case(c))
                && is_whole_word(text, &(head.start..head.end + c.len()))
        })
    }
}

/// The start of the hyphenated compound whose suffix begins at `hyphen` ("Trump" in
/// "Trump-hating"), if a word stands right before the hyphen; looked for over at most 40
/// bytes.
fn compound_start(text: &str, hyphen: usize) -> Option<usize> {
    let mut limit = hyphen.saturating_sub(40);
    while limit > 0 && !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let before = text.get(limit..hyphen)?;
    let mut start = hyphen;
    for (i, c) in before.char_indices().rev() {
        if !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')) {
            break;
        }
        start = limit + i;
    }
    let first = text.get(start..hyphen)?.chars().next()?;
    // A compound that runs past the window is no word we know.
    (first.is_alphanumeric() && (start > limit || limit == 0)).then_some(start)
}

fn add_forms(pattern: &str, sense: Option<usize>, out: &mut Vec<Pattern>, contexts: &mut Vec<Vec<String>>) {
    let case_sensitive = pattern.chars().any(char::is_uppercase);
    let suffix = pattern.starts_with("*-");
    let pattern = pattern.strip_prefix('*').unwrap_or(pattern);
    // Most patterns have no context: a byte search rules it out before a substring searcher is
    // set up (per pattern, that setup was a third of building the lexicon in WASM).
    let context_split = pattern.contains('>').then(|| pattern.split_once(" > ")).flatten();
    let (head, context) = context_split.unwrap_or((pattern, ""));
    // Only the head goes into the table (context alternatives multiplied into it would
    // grow it several times over); the context is checked after a head is found.
    let context = (!context.is_empty()).then(|| {
        let alternatives = expand(context.trim())
            .into_iter()
            .flat_map(|c| {
                // Context that starts with punctuation ("clearly > ,") follows with no space.
                let glue = if c.starts_with(char::is_alphanumeric) { " " } else { "" };
                let plain = format!("{glue}{}", c.to_lowercase());
                let curly = plain.replace('\'', "\u{2019}");
                if curly == plain {
                    vec![plain]
                } else {
                    vec![plain, curly]
                }
            })
            .collect();
        contexts.push(alternatives);
        contexts.len() - 1
    });
    for form in expand(head.trim()) {
        if form.contains('\'') {
            let curly = form.replace('\'', "\u{2019}");
            out.push(Pattern { form: curly, case_sensitive, context, suffix, sense });
        }
        out.push(Pattern { form, case_sensitive, context, suffix, sense });
    }
}

/// The reported forms of a pattern (its context left out), for tests.
#[cfg(test)]
pub(crate) fn reported_forms(pattern: &str) -> Vec<String> {
    let pattern = pattern.strip_prefix('*').unwrap_or(pattern);
    expand(pattern.split_once(" > ").map_or(pattern, |(head, _)| head).trim())
}

/// Expands brace groups: `slam{s,med}` → slams, slammed; `a{,n} b` → a b, an b.
/// Built by appending to strings rather than with `format!`, and a pattern without braces
/// copied as it is: the lists are expanded on the extension's cold start.
pub(crate) fn expand(pattern: &str) -> Vec<String> {
    let mut forms = vec![String::new()];
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let head = &rest[..open];
        let options = &rest[open + 1..close];
        let mut grown = Vec::with_capacity(forms.len() * (options.matches(',').count() + 1));
        for f in &forms {
            for o in options.split(',') {
                let mut form = String::with_capacity(f.len() + head.len() + o.len());
                form.push_str(f);
                form.push_str(head);
                form.push_str(o);
                grown.push(form);
            }
        }
        forms = grown;
        rest = &rest[close + 1..];
    }
    forms.iter_mut().for_each(|f| f.push_str(rest));
    forms
}

/// Whether `span` is a whole word or phrase: not part of a longer word or of a hyphenated
/// compound ("slam-dunk" is not "slam").
pub(crate) fn is_whole_word(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let mut back = before.chars().rev();
    let mut ahead = after.chars();
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    match back.next() {
        Some(c) if c.is_alphanumeric() || c == '_' => return false,
        Some('-') if joins(back.next()) => return false,
        _ => {}
    }
    match ahead.next() {
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('-') => !joins(ahead.next()),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_expand() {
        assert_eq!(expand("slam{s,med}"), ["slams", "slammed"]);
        assert_eq!(expand("a{,n} b{x,y}"), ["a bx", "a by", "an bx", "an by"]);
        assert_eq!(expand("plain"), ["plain"]);
    }

    #[test]
    fn compounds_start_at_their_first_word() {
        let t = "Trump-hating media; the Europe-bashing, \u{e9}t\u{e9}-hating and -hating";
        assert_eq!(compound_start(t, 5), Some(0));
        assert_eq!(compound_start(t, t.find("-bashing").unwrap_or(0)), t.find("Europe"));
        assert_eq!(compound_start(t, t.find("\u{e9}-hating").map_or(0, |i| i + 2)), t.find("\u{e9}t"));
        assert_eq!(compound_start(t, t.rfind("-hating").unwrap_or(0)), None);
    }

    #[test]
    fn whole_words_only() {
        let t = "islam slam-dunk slam, anti-slam";
        assert!(!is_whole_word(t, &(2..6)));
        assert!(!is_whole_word(t, &(6..10)));
        assert!(is_whole_word(t, &(16..20)));
        assert!(!is_whole_word(t, &(27..31)));
    }

    #[test]
    fn exceptions_and_case() {
        let lex = Lexicon::new(
            "regime > {forces,leader} | label | n | government\nObamacare | label | n | the Affordable Care Act\nterror{,ist} | label | n | -\n",
            "tax regime\n",
        );
        let text = "The regime raised the tax; regime forces; obamacare and Obamacare. Terrorist.";
        let found: Vec<&str> = lex.find(text).into_iter().map(|(s, _)| &text[s]).collect();
        assert_eq!(found, ["regime", "Obamacare", "Terrorist"]);
    }
}
