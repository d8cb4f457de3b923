//! A quoted nickname inside a person's name: Marcia "Cia" Price, C.L. "Butch" Otter. The
//! marks set off a form of the name, not words anyone said: they pair no quote, and the
//! speaker walks read the name through them.

use super::name_words::namey;
use crate::attribution::view::Toks;

/// Most words a nickname holds ("Cia", "Big Papi").
const MAX_WORDS: usize = 2;

/// The closing mark of the nickname the mark at `open` opens, when it stands inside a name: a
/// first name (or an initial) right before it, one or two capitalised words of letters glued
/// inside the marks, and a surname right after, which no capitalised word follows. A title-case
/// headline quotes words between capitalised words too ("Trump Was ‘Mocking’ Clinton Camp",
/// "Concrete “Countering-Jihad” Strategy"): there a listed word, a hyphen or a longer run of
/// capitals gives it away.
#[inline]
pub(crate) fn nickname_close(tk: &Toks, open: usize) -> Option<usize> {
    // Asked of every word some walks pass: the screen stays inline, the rest out of line.
    if tk.mark(open) {
        nickname_close_at_mark(tk, open)
    } else {
        None
    }
}

/// [`nickname_close`] for a quote mark at `open`.
fn nickname_close_at_mark(tk: &Toks, open: usize) -> Option<usize> {
    if open == 0 || !tk.space_before(open) || tk.space_after(open) {
        return None;
    }
    let first = open - 1;
    if !(tk.same_sentence(first, open) && namey(tk, first)) {
        return None;
    }
    let mut close = open + 1;
    while close < tk.len() && close - open <= MAX_WORDS && nickname_word(tk, close) {
        close += 1;
    }
    let words = close - open - 1;
    let surname = close + 1;
    let shaped = (1..=MAX_WORDS).contains(&words)
        && tk.mark(close)
        && tk.single_mark(close) == tk.single_mark(open)
        && !tk.space_before(close)
        && tk.space_after(close)
        && tk.same_sentence(open, surname);
    (shaped && namey(tk, surname) && tk.has_lower(surname) && !(tk.word(surname + 1) && tk.cap(surname + 1)))
        .then_some(close)
}

/// Whether the token at `k` may be a word of a nickname: capitalised, one run of letters or
/// digits with a lower-case letter, in no word list.
fn nickname_word(tk: &Toks, k: usize) -> bool {
    tk.cap(k) && tk.plain_unlisted(k) && tk.has_lower(k) && !tk.numeric(k)
}

/// Whether the mark at `k` opens or closes a nickname inside a name.
pub(crate) fn nickname_mark(tk: &Toks, k: usize) -> bool {
    nickname_close(tk, k).is_some() || nickname_open(tk, k).is_some()
}

/// The opening mark of the nickname whose closing mark is at `close`.
pub(crate) fn nickname_open(tk: &Toks, close: usize) -> Option<usize> {
    (close.saturating_sub(MAX_WORDS + 1)..close.saturating_sub(1)).find(|&open| nickname_close(tk, open) == Some(close))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::test_quotes::quotes_under_head;
    use crate::attribution::tokens::tokenize;

    /// The words inside each nickname of `s`, as [`nickname_close`] finds them.
    fn nicknames(s: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(s, 0..s.len(), &mut toks);
        let tk = Toks::new(s, &toks, &[]);
        (0..tk.len())
            .filter_map(|open| {
                let close = nickname_close(&tk, open)?;
                assert_eq!(nickname_open(&tk, close), Some(open), "{s}");
                Some(tk.slice(open + 1, close).to_string())
            })
            .collect()
    }

    #[test]
    fn a_quoted_word_between_first_name_and_surname_is_a_nickname() {
        assert_eq!(nicknames("Del. Marcia \"Cia\" Price (D-Newport News) shouted."), ["Cia"]);
        assert_eq!(nicknames("Gov. C.L. \"Butch\" Otter spent the day there."), ["Butch"]);
        assert_eq!(nicknames("Marine John \u{201c}Tig\u{201d} Tiegen found both issues."), ["Tig"]);
        assert_eq!(nicknames("The pitcher, David \u{201c}Big Papi\u{201d} Ortiz, left."), ["Big Papi"]);
    }

    #[test]
    fn quoted_words_in_a_title_case_line_or_prose_are_no_nickname() {
        // A listed word, a hyphen, a capital after the surname, a lower-case word before.
        for s in [
            "Pence: Trump Was \u{2018}Mocking\u{2019} Clinton Camp",
            "Implement a Concrete \u{201c}Countering-Jihad\u{201d} Strategy.",
            "Democrats Lose Court Battle Over Ohio\u{2019}s \u{2018}Golden Week\u{2019} Of Early Voting",
            "Trump \u{2018}The Dealmaker\u{2019} Could Address Clean Energy",
            "Carly Fiorina Endorses Ted Cruz: I Am \u{2018}Horrified\u{2019} By Donald Trump",
            "Voters called the plan \u{201c}Chaos\u{201d} Ruiz said.",
            "Voters called Ruiz \u{201c}Boss\u{201d} Tuesday.",
            "Ana Ruiz \u{201c}said\u{201d} Price.",
            "Ruiz \u{201c}Cia Ana Lu\u{201d} Price left.",
        ] {
            assert!(nicknames(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_speaker_is_read_through_the_nickname_and_named_without_it() {
        let got = quotes_under_head(
            "\"We won!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the \
             crowd. \"The nation is watching.\"",
        );
        let names: Vec<_> = got.iter().map(|q| (q.words.as_str(), q.name())).collect();
        assert_eq!(names, [("We won!", Some("Marcia Price")), ("The nation is watching.", Some("Marcia Price"))]);
        let got = quotes_under_head("\u{201c}We won,\u{201d} said Gov. C.L. \u{201c}Butch\u{201d} Otter.");
        assert_eq!(got.iter().map(Quote::name).collect::<Vec<_>>(), [Some("C.L. Otter")]);
        // A later bare surname is the same person.
        let got = quotes_under_head("Marcia \"Cia\" Price said the plan failed. Price said it would pass.");
        assert_eq!(got.iter().map(Quote::name).collect::<Vec<_>>(), [Some("Marcia Price"), Some("Marcia Price")]);
        // Control: quoted words after a lower-case word stay a quote.
        let got = quotes_under_head("Ruiz called the plan \u{201c}Chaos\u{201d} on Monday.");
        assert!(got.iter().any(|q| q.words.contains("\u{201c}Chaos\u{201d}")), "{got:?}");
    }

    use crate::attribution::test_quotes::Quote;
}
