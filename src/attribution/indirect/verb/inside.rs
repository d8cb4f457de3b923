//! Cues that stand inside what reads as their subject's phrase and report nothing: a relative
//! clause after a pronoun of quantity or a free relative's ("Everything Trump says is a lie",
//! "whatever you want"), and a noun right after the past-tense verb the phrase ran over
//! ("Russia's annexation of Crimea renewed fears …").

use crate::attribution::speaker::Np;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, Listed};
use crate::text::ends_in_one_s;

/// Whether the cue, read with subject `np`, reports nothing: it is the object of a past verb
/// ending the phrase ([`object_right_after_past_verb`]).
pub(super) fn reports_nothing(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    object_right_after_past_verb(tk, np, cue)
}

/// The most words the subject of a relative clause and its auxiliaries take between the
/// pronoun of quantity and the cue ("whatever you might think").
const MAX_RELATIVE_SUBJECT: usize = 4;

/// The word classes that end the walk back from a cue to a pronoun of quantity: no word of the
/// relative clause's subject.
const NOT_IN_SUBJECT: u32 = class::FUNCTION
    | class::CONNECTOR
    | class::PHRASE_START
    | class::ARTICLE
    | class::DETERMINER
    | class::COORDINATOR
    | class::COMPLEMENTIZER
    | class::RELATIVE
    | class::TAILPREP;

/// Whether the cue is the verb of a relative clause with no "that" after a pronoun of quantity
/// or a free relative's pronoun (list kind `quantifier`), whatever subject the cue was given:
/// "Everything Trump says is a lie" ("is a lie" is not Trump's), "call it whatever you want --
/// a news network, …", "Whatever you might think of …, …", and an infinitive one, "had
/// nothing to say about the vote". The cue reports no words, and the pronoun is no speaker.
/// So too in a headless relative's ("what many expect to be his interview"), unless the words
/// after the cue go on as a clause ([`opens_embedded_predicate`]).
/// Only the clause's subject (a pronoun, capitalised words or plain words, "anything voters
/// say", an indefinite, "what many expect") and auxiliaries stand between the pronoun and the
/// cue, in the clause from `a`.
pub(super) fn in_quantified_relative(tk: &Toks, cue: &Cue, a: usize) -> bool {
    if tk.has(cue.end, class::COMPLEMENTIZER) {
        return false;
    }
    let mut k = cue.start;
    while k > a && k + MAX_RELATIVE_SUBJECT >= cue.start {
        k -= 1;
        if !tk.word(k) {
            return false;
        }
        // Every pronoun of quantity is a sentence opener too: the opener's mark, kept on the
        // token, screens the list's look-up.
        if tk.opener(k).is_some() && is_listed(Listed::Quantifier, tk.s(k)) {
            return k + 1 < cue.start;
        }
        // A free relative's "what" is the cue's object, unless the cue's words go on as a
        // clause whose subject it is ("what she said is …"). A relative's verb is
        // finite or an infinitive: a gerund after "what" is no relative's ("What about
        // dismissing the critics …?").
        if tk.has(k, class::HEADLESS) {
            return k + 1 < cue.start
                && !tk.bytes(cue.verb).ends_with(b"ing")
                && !opens_embedded_predicate(tk, cue.end);
        }
        // A function word ("Nothing in the plan says …") or a verb of saying ends the subject;
        // "to" only right before the cue, an infinitive relative ("had nothing to say about").
        let infinitive = k + 1 == cue.start && tk.is_to(k);
        // An indefinite other than an article is the subject or opens it ("what many expect",
        // "what some officials say"), though it is a determiner too.
        let subject_word = infinitive
            || tk.cap(k)
            || tk.has(k, class::PRONOUN | class::AUX)
            || (tk.has(k, class::INDEFINITE) && !tk.has(k, class::ARTICLE))
            || !tk.has(k, NOT_IN_SUBJECT);
        if !subject_word {
            return false;
        }
    }
    false
}

/// Whether the words from token `e`, right after a cue in a free relative, go on as the
/// predicate of a clause whose subject is the relative's pronoun, an attribution embedded in
/// it ("what she said *is* a fair levy", "what Ruiz said *would* help"), or as a
/// clause of its own ("what he said *he* would do"), or whether no word follows (a quoted
/// label, "what he called “a breach”"). Otherwise the pronoun is the cue's object and the
/// words after it report nothing: "what many expect *to* be his interview", "what Ruiz told
/// reporters *before* the vote".
fn opens_embedded_predicate(tk: &Toks, e: usize) -> bool {
    !tk.word(e) || tk.has(e, class::AUX | class::PRONOUN) || is_listed(Listed::Finite, tk.s(e))
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
        && ends_in_one_s(verb, 0, &[])
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

    /// A cue in a free relative ("whatever you want", "Whatever you might think of …")
    /// reports nothing, whatever subject the sentence gives it; the same pronoun after the cue,
    /// or before a comma, leaves the cue speaking.
    #[test]
    fn a_cue_in_a_free_relative_reports_nothing() {
        for text in [
            "You can call the levy whatever you want -- a tax, a fee or a charge.",
            "Whatever you might think of the levy, the council will keep it in place.",
            "The council can call it whatever Ana Ruiz wants -- a tax or a fee.",
            "Ana Ruiz had nothing to say about the levy that the council passed.",
        ] {
            let q = quotes(text);
            assert!(q.is_empty(), "{text}: {q:?}");
        }
        for text in [
            "Ana Ruiz said whatever the council decides, the levy will stay in place.",
            "Whatever the outcome, Ana Ruiz said the levy will stay in place.",
            "Nothing in the plan says the city must pay for the new levy.",
        ] {
            let q = quotes(text);
            assert!(!q.is_empty(), "{text}: {q:?}");
        }
    }

    /// A cue in a headless relative whose "what" is its object reports nothing ("what many
    /// expect to be …", "What do you think of …"); one whose words go on as the relative's
    /// clause, an embedded attribution, still reports.
    #[test]
    fn a_cue_whose_object_is_a_headless_relative_reports_nothing() {
        for text in [
            "The council met ahead of what many expect to be a quiet vote on the levy.",
            "What do you think of the levy that the council passed on Monday?",
            "The plan conflicted with what Ana Ruiz told reporters before the vote on Monday.",
            "The council met ahead of what many expect to be his last speech on the levy.",
            "The town braced for what some officials want to be a long fight over the levy.",
            // Only this one needs the indefinite in the walk back to "what" ("many"): the two above
            // pass without it (checked by breaking the rule).
            "The mayor spoke ahead of what many expect to be his softball interview with the host.",
        ] {
            let q = quotes(text);
            assert!(q.is_empty(), "{text}: {q:?}");
        }
        for text in [
            "The council passed what Ana Ruiz said was a fair levy for the town.",
            "The council focused on what the mayor said would help the town.",
            "The council cut what officials said were needless fees from the levy.",
            "The council cut what many officials said were needless fees from the levy.",
            "The council met on Monday. Many expect the levy to pass by a wide margin.",
            "What about dismissing the deficit hawks and borrowing more for the roads in town?",
        ] {
            let q = quotes(text);
            assert!(!q.is_empty(), "{text}: {q:?}");
        }
    }

    /// Every pronoun of quantity is also a listed sentence opener, whose mark on the token
    /// screens [`super::in_quantified_relative`]'s look-up of the list.
    #[test]
    fn every_pronoun_of_quantity_is_an_opener() {
        use crate::attribution::tokens;
        use crate::attribution::view::Toks;
        use crate::attribution::words::{is_listed, Listed, WORDS};
        use crate::document::Document;
        use crate::text::Text;
        let quantifiers: Vec<&str> = crate::lexicon::fields(WORDS)
            .filter(|f| f.get(1) == Some(&"quantifier"))
            .filter_map(|f| f.first().copied())
            .collect();
        assert!(quantifiers.len() >= 6, "{quantifiers:?}");
        let t = Text::new(&Document::from_plain_text(&quantifiers.join(" ")));
        let mut toks = Vec::new();
        tokens::tokenize(&t.joined, t.blocks[0].clone(), &mut toks);
        let tk = Toks::new(&t.joined, &toks, &t.sentences);
        for k in 0..tk.len() {
            assert!(is_listed(Listed::Quantifier, tk.s(k)) && tk.opener(k).is_some(), "{}", tk.s(k));
        }
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
