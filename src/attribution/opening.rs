//! Cue phrases whose last word opens the reported clause: "Smith vowed to end the plan"
//! reports "to end the plan" — the infinitive marker is part of what was promised, while
//! "pointed to the plan" reports "the plan". The verb list marks such phrases with a third
//! field `opens`.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::view::{Cue, Toks};
use super::words::VERBS;
use crate::lexicon;

/// The marked phrases, lower case, words joined by one space.
static OPENING: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::parse(VERBS)
        .into_iter()
        .filter(|e| e.fields.get(2).is_some_and(|f| *f == "opens"))
        .filter_map(|e| e.fields.first().map(|f| f.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect()
});

/// Whether a verb-list form is marked `opens`.
#[cfg(test)]
pub(crate) fn is_marked(form: &str) -> bool {
    OPENING.contains(form)
}

/// Longest marked phrase looked at, in words.
const MAX_WORDS: usize = 4;

/// Whether the cue is a marked phrase (nothing after it), so that its last token opens the
/// reported clause rather than belonging to the cue.
pub(crate) fn last_word_opens_clause(tk: &Toks, cue: &Cue) -> bool {
    let n = cue.end.saturating_sub(cue.verb);
    if !(2..=MAX_WORDS).contains(&n) || (cue.verb..cue.end).any(|k| !tk.word(k)) {
        return false;
    }
    let form = (cue.verb..cue.end).map(|k| tk.s(k).to_lowercase()).collect::<Vec<_>>().join(" ");
    OPENING.contains(&form)
}

/// Where the reported clause after a cue starts: at the cue's last word when it opens the
/// clause, else right after the cue.
pub(crate) fn clause_start(tk: &Toks, cue: &Cue) -> usize {
    if last_word_opens_clause(tk, cue) {
        cue.end - 1
    } else {
        cue.end
    }
}
