//! Impersonal idioms that hold a cue word ("it is worth noting that …", "it is too soon to say
//! whether …", "needless to say"): their speaker is nobody, so the cue word inside them
//! reports nothing. The phrases are the verb list's `idiom` entries.

use std::sync::LazyLock;

use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::VERBS;
use crate::lexicon;

/// The idioms, each as its lower-case words.
static IDIOMS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lexicon::fields(VERBS)
        .filter(|f| f.get(1) == Some(&"idiom"))
        .filter_map(|f| f.first().map(|form| form.split_whitespace().collect()))
        .collect()
});

/// Whether the cue's verb is a word of an impersonal idiom standing around it.
pub(super) fn holds_cue(tk: &Toks, cue: &Cue) -> bool {
    let v = cue.verb;
    let verb = tk.s(v);
    IDIOMS.iter().any(|idiom| {
        idiom.iter().enumerate().any(|(j, w)| {
            w.eq_ignore_ascii_case(verb)
                && v >= j
                && idiom.iter().enumerate().all(|(i, w)| {
                    let k = v - j + i;
                    tk.word(k) && tk.s(k).eq_ignore_ascii_case(w)
                })
        })
    })
}
