//! Impersonal idioms that hold a cue word ("it is worth noting that …", "it is too soon to say
//! whether …", "needless to say"): their speaker is nobody, so the cue word inside them
//! reports nothing. The phrases are the verb list's `idiom` entries.

use std::sync::LazyLock;

use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::WORDS_TABLE;
use crate::wordmap::WordMap;

/// Each word of an idiom, with the idioms it stands in and its place there: a cue word in no
/// idiom (nearly all of them) costs one look-up, not a comparison with every idiom's words.
/// (The idioms are the word table's, read with the rest of the verb list, which is read once.)
static PLACES: LazyLock<WordMap<Vec<(usize, usize)>>> = LazyLock::new(|| {
    let mut places: WordMap<Vec<(usize, usize)>> = WordMap::default();
    for (n, idiom) in WORDS_TABLE.idioms.iter().enumerate() {
        for (j, w) in idiom.iter().enumerate() {
            let mut list = places.get(w).cloned().unwrap_or_default();
            list.push((n, j));
            places.insert(w, list);
        }
    }
    places
});

/// Whether the cue's verb is a word of an impersonal idiom standing around it.
#[inline]
pub(in crate::attribution) fn holds_cue(tk: &Toks, cue: &Cue) -> bool {
    // The phrase found at the verb tells whether its word is in any idiom: asked first, inline,
    // it spares nearly every cue the call and look-up below (~130 instructions a cue).
    tk.may_hold_idiom(cue.verb) && idiom_around(tk, cue)
}

/// [`holds_cue`] once the verb's phrase allows it: the verb's idioms, each compared with the
/// words standing around it.
#[inline(never)]
fn idiom_around(tk: &Toks, cue: &Cue) -> bool {
    let v = cue.verb;
    let Some(places) = PLACES.get_ascii_lower(tk.s(v).as_bytes()) else { return false };
    places.iter().any(|&(n, j)| {
        v >= j
            && WORDS_TABLE.idioms[n].iter().enumerate().all(|(i, w)| {
                let k = v - j + i;
                tk.word(k) && tk.s(k).eq_ignore_ascii_case(w)
            })
    })
}

/// Whether the word at `j` (in lower case, as `word_at` gives each word) is a word of one of
/// the impersonal idioms, all of whose words stand around it in order ("it is worth noting
/// that …": claims read a verb of saying there as nobody's). A word in no idiom costs one
/// look-up.
pub(crate) fn stands_in_idiom<'w>(word_at: impl Fn(usize) -> Option<&'w [u8]>, j: usize) -> bool {
    let Some(places) = word_at(j).and_then(|w| PLACES.get_bytes(w)) else { return false };
    places.iter().any(|&(n, place)| {
        j >= place
            && WORDS_TABLE.idioms.get(n).is_some_and(|idiom| {
                idiom.iter().enumerate().all(|(i, w)| word_at(j - place + i) == Some(w.as_bytes()))
            })
    })
}
