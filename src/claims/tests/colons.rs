//! Colon introductions that end a paragraph: a named subject acting before the colon hands the
//! whole next paragraph to that speaker; the outlet announcing its own list keeps the claims.

use super::claims;

/// Whether the claims of `text` hold a sentence containing `part`.
fn has_claim(text: &str, part: &str) -> bool {
    claims(text).iter().any(|(s, c)| !c.vague && s.contains(part))
}

/// A named subject and its verb before a paragraph-ending colon: the next paragraph is theirs,
/// its later sentences too (the first one already follows the colon).
#[test]
fn a_named_subject_acting_before_a_colon_hands_over_the_next_paragraph() {
    let past = "The town met with Okafor after the storm.\n\n\
                Okafor elaborated on the lesson he drew from the flood:\n\n\
                It was a warning to all of us. The flood killed 40 people in 2015.";
    assert!(!has_claim(past, "The flood killed"), "{:?}", claims(past));
    // A listed verb of the sourcing list ("gave"), after an opening phrase.
    let listed = "Readers of the Ledger know its views.\n\n\
                  Last spring, the Ledger gave the mayor a warm endorsement:\n\n\
                  She has long fought for the port. She cut the city's debt by $40 million in 2015.";
    assert!(!has_claim(listed, "cut the city's debt"), "{:?}", claims(listed));
}

/// No named subject acting: the outlet's own list, the writer's "I", a source's noun.
#[test]
fn a_colon_with_no_named_subject_acting_keeps_the_claims() {
    let list = "Here are four reasons the Ledger matters:\n\n\
                It is old. The fire killed 40 people in 2015.";
    assert!(has_claim(list, "The fire killed"), "{:?}", claims(list));
    let writer = "The plan I know of comes from a banker in Ohio. And you can sum it up in 30 words:\n\n\
                  Save it all. The fund lost $40 million in 2015.";
    assert!(has_claim(writer, "The fund lost"), "{:?}", claims(writer));
    let noun = "The race to the Press count is on.\n\n\
                Delegates stand as follows, based on an Associated Press count:\n\n\
                Ruiz leads. She won 40 delegates in Ohio in 2015.";
    assert!(has_claim(noun, "She won 40 delegates"), "{:?}", claims(noun));
    // Inside a paragraph, a colon after a named subject hands over only the sentence after it.
    let inside = "Smith explained it at 9: the fire killed 40 people in 2015. The flood killed 30 people in 2016.";
    assert!(has_claim(inside, "The flood killed"), "{:?}", claims(inside));
}
