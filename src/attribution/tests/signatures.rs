//! Which cue after a quote signs it: a participle after the mark, a cue in the next sentence
//! that is no signature, a cue that reports a "that" clause of its own, and a later verb of the
//! sentence that quoted words with no comma after them run on into leave the quote to the cue
//! before it.

use super::super::test_quotes::{quotes_under_head, Quote};

/// The quote of `paragraph` whose words start with `start`: (speaker's name, cue); fails
/// naming the paragraph if there is none.
#[track_caller]
fn signed(paragraph: &str, start: &str) -> (Option<String>, Option<String>) {
    let got = quotes_under_head(paragraph);
    let q: &Quote = got.iter().find(|q| q.words.starts_with(start)).unwrap_or_else(|| panic!("{paragraph}: {got:?}"));
    (q.name().map(str::to_string), q.cue.clone())
}

#[track_caller]
fn assert_signed(paragraph: &str, start: &str, name: &str, cue: &str) {
    assert_eq!(signed(paragraph, start), (Some(name.to_string()), Some(cue.to_string())), "{paragraph}");
}

#[test]
fn a_participle_after_the_closing_mark_signs_nothing() {
    assert_signed(
        "Ana Ruiz also vowed, “We are going to defeat them fast,” referring to the Islamic State.",
        "We are going",
        "Ana Ruiz",
        "vowed",
    );
    assert_signed(
        "Ana Ruiz said, “It is time we change how we do it,” promising the council will return.",
        "It is time",
        "Ana Ruiz",
        "said",
    );
    // Controls: an inverted finite cue signs; "according to" names its source.
    assert_signed("“We will win,” said Ana Ruiz, the mayor.", "We will win", "Ana Ruiz", "said");
    assert_signed("“We will win,” according to Ana Ruiz.", "We will win", "Ana Ruiz", "according to");
}

#[test]
fn the_next_sentence_signs_a_quote_only_with_its_cue_after_the_name() {
    // A possessive's noun is the subject, and "calls for" a noun 12 words on.
    assert_signed(
        "Ana Ruiz of The Nation wrote, “You have to care. Everything else is insincere.” Ruiz’s \
         comment highlighted the silence Democrats, including Clinton, have demonstrated amid calls \
         for Smith to resign.",
        "You have to care",
        "Ana Ruiz",
        "wrote",
    );
    // Controls: the name right before its cue, or past an appositive set off by commas.
    assert_signed("“We will win.” Ana Ruiz said.", "We will win", "Ana Ruiz", "said");
    assert_signed("“We will win.” Ana Ruiz, the mayor of Eastvale, said.", "We will win", "Ana Ruiz", "said");
}

#[test]
fn a_cue_closed_by_a_colon_introduces_the_next_quote() {
    let paragraph = "The response was fast. Another user, Ana Ruiz, wrote of Ms. Merkel: ''Your boss is still \
                     bringing them here in hordes.'' Eva Smith posted: ''Ms. Merkel welcomed them all with \
                     open arms.''";
    assert_signed(paragraph, "Your boss", "Ana Ruiz", "wrote");
    assert_signed(paragraph, "Ms. Merkel welcomed", "Eva Smith", "posted");
}

#[test]
fn a_cue_that_reports_its_own_that_clause_does_not_sign_the_quote() {
    assert_signed(
        "It was the Trump who claims that Univision “takes its marching orders” from Mexico, and \
         asserts that Mexico is “killing us.”",
        "that Univision",
        "Trump",
        "claims",
    );
    // Controls: "that" opening a relative after the cue's tail, or a time phrase.
    assert_signed(
        "“I have done everything they asked,” Ana Ruiz said in a statement that was released by the council.",
        "I have done",
        "Ana Ruiz",
        "said in a statement",
    );
    let (name, cue) = signed("“This is the moment,” Ana Ruiz said in her speech that night.", "This is the moment");
    assert_eq!(name.as_deref(), Some("Ana Ruiz"));
    assert!(cue.is_some_and(|c| c.starts_with("said")));
}

#[test]
fn a_verb_after_quoted_words_that_run_on_is_the_sentences_next_predicate() {
    // No comma after the mark: the sentence goes on, and its later verb (in a relative, a
    // participle, a reduced relative) signs nothing; the cue before the quote does.
    assert_signed(
        "Ana Ruiz says she is “tied for second place” with Eva Smith, in a race that she said was close.",
        "she is",
        "Ana Ruiz",
        "says",
    );
    assert_signed(
        "She is noting the “kind of trouble” Eva Smith had answering questions and saying she could not.",
        "the “kind",
        "She",
        "is noting",
    );
    assert_signed(
        "The council is describing as “reckless” a plan by Eva Smith attacking the budget.",
        "as “reckless”",
        "The council",
        "is describing",
    );
    // Controls: a signature set off by a comma after the words the quote runs into, and the
    // inverted signature right after the mark.
    assert_signed("Ana Ruiz “felt a duty to act” on the budget, Eva Smith said.", "Ana Ruiz", "Eva Smith", "said");
    assert_signed(
        "The vote marks “the end of the road” for the plan, said Eva Smith, the council's leader.",
        "The vote",
        "Eva Smith",
        "said",
    );
    assert_signed("The budget is “a quiet disaster” said Eva Smith.", "The budget", "Eva Smith", "said");
}
