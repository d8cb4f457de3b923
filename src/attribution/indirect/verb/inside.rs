//! Cues that stand inside what reads as their subject's phrase and report nothing: a relative
//! clause after a pronoun of quantity ("Everything Trump says is a lie"), and a noun right after
//! the past-tense verb the phrase ran over ("Russia's annexation of Crimea renewed fears …").

use crate::attribution::speaker::Np;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, Listed};

/// Whether the cue, read with subject `np`, reports nothing: it is the verb of a relative
/// clause after a pronoun of quantity ([`in_quantified_relative`]) or the object of a past verb
/// ending the phrase ([`object_right_after_past_verb`]).
pub(super) fn reports_nothing(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    in_quantified_relative(tk, np, cue) || object_right_after_past_verb(tk, np, cue)
}

/// Whether the cue's subject follows a pronoun of quantity (list kind `quantifier`) with
/// nothing between, and no "that" follows the cue: "Everything Trump says is a lie" — a
/// relative clause with no "that", the pronoun's, which is the subject of the sentence's verb;
/// the cue reports no words ("is a lie" is not Trump's). The pronoun may have been read into
/// the phrase ("Everything Trump").
fn in_quantified_relative(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    let quantifier = |k: usize| tk.word(k) && is_listed(Listed::Quantifier, tk.s(k));
    let before = np.start > 0 && tk.same_sentence(np.start - 1, np.start) && quantifier(np.start - 1);
    let inside = np.start + 1 < np.end && quantifier(np.start);
    (before || inside) && !tk.has(cue.end, class::COMPLEMENTIZER)
}

/// Whether the cue word, a one-word present form in -s ("fears", "claims"), comes right after
/// a lower-case past form that ends the subject's phrase, itself after a noun ("Russia's
/// annexation of Crimea renewed fears along …"): a verb in -s never follows a past verb, so
/// the past form is the sentence's verb and the cue word its object, a noun. Not after a
/// determiner, pronoun or article, where the past form is a participle heading the subject
/// ("those surveyed say").
fn object_right_after_past_verb(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    let Some(past) = cue.verb.checked_sub(1) else { return false };
    let verb = tk.bytes(cue.verb);
    cue.start == cue.verb
        && past > np.start
        && past < np.end
        && tk.word(past)
        && !tk.cap(past)
        && tk.past_shaped(past)
        && !tk.has(past - 1, class::DETERMINER | class::ARTICLE | class::PRONOUN | class::INDEFINITE)
        && verb.ends_with(b"s")
        && !verb.ends_with(b"ss")
        && !tk.cap(cue.verb)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes_under_head as quotes;

    /// A cue in a relative clause after a pronoun of quantity reports nothing, and the pronoun
    /// is no speaker; a plain cue after the same name speaks.
    #[test]
    fn a_cue_after_a_pronoun_of_quantity_reports_nothing() {
        let q = quotes("We don't care. Everything Ana Ruiz says is a lie unless proven otherwise. We aren't blind.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("We don't care. Ana Ruiz says the plan is a lie unless proven otherwise.");
        assert!(!q.is_empty(), "{q:?}");
    }

    /// A noun in -s right after a past verb that ends the subject's phrase is no cue; after a
    /// participle heading the subject, the verb speaks.
    #[test]
    fn a_cue_word_after_a_past_verb_is_its_object() {
        let q = quotes("But the annexation of Crimea renewed fears along the eastern flank of the union.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("Those surveyed say the plan will fail within a year.");
        assert!(!q.is_empty(), "{q:?}");
    }
}
