//! A sentence that opens on whose view it gives: "To Sexton, Tuesday marked a turning point",
//! "To Sharp, Trump is the man who saved her farm". "To" and a name set off by a comma say
//! how things look to that person, so what follows is the person's judgement, not the
//! outlet's claim (news attribution counts it as theirs). Only a name written with capitals
//! opens the frame: "To date," and "To be sure," are the writer's own, and "To prevent …,"
//! is a purpose.

use super::words::{Token, TokenKind};

/// The most words a name may have between "To" and its comma ("To Gov. Chris Christie,").
const MAX_NAME_WORDS: usize = 4;

/// Whether the sentence opens with "To", a capitalized name of at most [`MAX_NAME_WORDS`]
/// words (a title's period may stand inside it) and a comma.
pub(super) fn opens_with_viewer(tokens: &[Token<'_>]) -> bool {
    if tokens.first().is_none_or(|t| t.text != "To") {
        return false;
    }
    let rest = tokens.get(1..).unwrap_or(&[]);
    let Some(comma) = rest.iter().take(2 * MAX_NAME_WORDS + 1).position(|t| t.text == ",") else {
        return false;
    };
    let name = rest.get(..comma).unwrap_or(&[]);
    let words = name.iter().filter(|t| t.kind == TokenKind::Word).count();
    let capitals = name.iter().all(|t| match t.kind {
        TokenKind::Word => t.is_capitalized(),
        TokenKind::Number => false,
        TokenKind::Punct => t.text == ".",
    });
    // A period opens no name ("To. ...") and ends none but a title's.
    let stray_period = name.iter().enumerate().any(|(i, t)| t.text == "." && (i == 0 || i + 1 == name.len()));
    capitals && !stray_period && (1..=MAX_NAME_WORDS).contains(&words)
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::claims;

    /// "To" and a name before a comma give that person's view; "To" and a lower-case word
    /// (a purpose, "To date") give the writer's own claim.
    #[test]
    fn a_name_after_an_opening_to_holds_the_view() {
        for viewed in [
            "To Sexton, who has studied 40 rallies, Tuesday marked a turning point for the campaign.",
            "To Sharp, Trump is the man who saved her family's farm in 1986.",
            "To Mr. Hill, the 2014 budget was the worst in 30 years.",
        ] {
            assert!(claims(viewed).iter().all(|(_, c)| c.vague), "{viewed}: {:?}", claims(viewed));
        }
        for own in [
            "To date, the agency has spent $40 million on the bridge.",
            "To prevent more floods, the city bought 275 acres of farmland in 2011.",
            "To many voters, the 2014 budget was the worst in 30 years.",
        ] {
            assert!(claims(own).iter().any(|(_, c)| !c.vague), "{own}");
        }
    }
}
