//! Quoted words that are names, titles or terms rather than speech: titles in capitals
//! (“The Late Show with Ana Ruiz”), titles after a noun naming a work, headlines before a
//! byline and the excerpt after it, one-word terms and labels, subheadings in single marks,
//! stage directions in parentheses, an author's sign-off ("Follow Ana Ruiz on Twitter"),
//! titles cited in a list, words a gesture seems to say; and the shape that marks speech
//! instead (a fragment that closes its sentence inside its marks).

use super::super::marks::Pair;
use super::super::view::Toks;
use super::super::words::{class, is_listed, is_work_noun, Listed};
use super::super::Block;

/// Whether a one-word quote is a term or a label, not a quoted sentence: it runs on into the
/// words after it with no punctuation of its own (‘Missing’ Voters Could Decide the Race), or
/// ends in a colon (“Related:”).
pub(super) fn one_word_term(tk: &Toks, p: &Pair) -> bool {
    let last = p.close.unwrap_or(p.stop).saturating_sub(1);
    tk.punct(last, ':') || (tk.word(last) && p.close.is_some_and(|c| tk.word(c + 1)))
}

/// Whether a quote ending in a comma is followed by a byline: “Museum to close its doors,” by
/// (the Gazette's) Ana Ruiz is a headline (a work's title) credited to its writer, not speech. The comma keeps
/// out passives (called a “disgrace” by Democrats), where the quoted words are the agent's.
pub(super) fn byline_after(tk: &Toks, p: &Pair) -> bool {
    p.close.is_some_and(|c| {
        let name = if tk.has(c + 2, class::ARTICLE) { c + 3 } else { c + 2 };
        c > 0 && tk.punct(c - 1, ',') && tk.has(c + 1, class::AGENT) && tk.cap(name)
    })
}

/// How many tokens a byline may hold between a headline's closing mark and its colon.
const MAX_BYLINE_TOKENS: usize = 10;

/// Whether quote `p` is an excerpt after a credited headline and a colon (“Museum to close
/// its doors,” by the Gazette's Ana Ruiz: “The city museum will close …”): the article's text,
/// not speech. `before` is the quote just before it.
pub(super) fn excerpt_after_byline(tk: &Toks, before: Option<&Pair>, p: &Pair) -> bool {
    before.is_some_and(|b| {
        b.close.is_some_and(|c| c < p.open && p.open - c <= MAX_BYLINE_TOKENS)
            && p.open > 0
            && tk.punct(p.open - 1, ':')
            && byline_after(tk, b)
    })
}

/// Whether a quote is followed by a year in parentheses: “Stop the Tax Hike!” (2012) and
/// “Blue Harbour” (1998) cite a slogan or a work by its date; speech is not dated that way.
pub(super) fn dated_after(tk: &Toks, p: &Pair) -> bool {
    p.close.is_some_and(|c| {
        let year = tk.s(c + 2);
        tk.punct(c + 1, '(')
            && tk.punct(c + 3, ')')
            && year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && (year.starts_with("19") || year.starts_with("20"))
    })
}

/// The lower-case short words a title keeps among its capitalised ones ("The Art of the Deal");
/// its coordinators are asked of their own list, [`Listed::TitleJoin`] ("Rivers and Roads", not
/// "Bernie or Bust").
const TITLE_SMALL_WORD: u32 =
    class::ARTICLE | class::CONNECTOR | class::TAILPREP | class::AGENT | class::PARTICLE | class::LABEL;

/// Whether the quote `p` closes on a comma, "!" or "?" inside its marks, as speech does.
pub(crate) fn ends_like_speech(block: &Block, p: &Pair) -> bool {
    let tk = &block.tk;
    p.close.and_then(|c| c.checked_sub(1)).is_some_and(|e| tk.punct(e, ',') || tk.punct(e, '!') || tk.punct(e, '?'))
}

/// Whether quote `p` closes its sentence inside its marks: a period, "!" or "?" just before
/// the closing mark, and nothing of the sentence after it (the vote was “a disaster.”).
pub(super) fn closes_sentence_inside(block: &Block, p: &Pair) -> bool {
    let tk = &block.tk;
    p.close.is_some_and(|c| {
        c > 0
            && (tk.punct(c - 1, '.') || tk.punct(c - 1, '!') || tk.punct(c - 1, '?'))
            && !tk.same_sentence(c - 1, c + 1)
    })
}

/// Whether quote `p` follows a noun naming a work, right after it or after a comma (the
/// documentary “Harbour.”, her film, “Harbour.”): the quoted words are its title.
pub(super) fn work_title(tk: &Toks, p: &Pair) -> bool {
    let before = if p.open >= 1 && tk.punct(p.open - 1, ',') { p.open.checked_sub(2) } else { p.open.checked_sub(1) };
    before.is_some_and(|k| tk.word(k) && is_work_noun(tk.s(k)))
}

/// Whether every word in tokens `a..b` starts with a capital (a title: “The Art of the Deal”
/// has lower-case short words, articles and prepositions, which are allowed, and numbers:
/// “Friends for Ana 2008”; “That's the way it is” is speech). A listed longer title word (“The
/// Late Show with Ana Ruiz”) is allowed when the capitalised words outnumber the lower-case
/// ones (“Thank you, and may The Force be with you” is speech). A capitalised pronoun or a lone
/// capital letter (which the tokens may read as an initial, "I.") is no sign of a title
/// (“Neither do I.” is speech), nor is the capital that starts a second sentence (“Absolutely
/// not. Absolutely not,” is speech).
// Out of line: LTO inlined this version into `find_reusing`, where the pass cost 0.22 M
// instructions more than called (PolNeAR dev, callgrind).
#[inline(never)]
pub(crate) fn title_case(block: &Block, a: usize, b: usize) -> bool {
    let tk = &block.tk;
    let (mut caps, mut lower, mut title_word) = (0, 0, false);
    for k in a..b.min(tk.len()) {
        if tk.word(k) {
            // The word's bytes read once, and each test only for the words it concerns: this
            // runs over the words of most quotes.
            let s = tk.bytes(k);
            if !tk.cap(k) {
                if !s.iter().all(u8::is_ascii_digit) {
                    lower += 1;
                    if s.len() > 3 {
                        if !tk.has(k, class::TITLE_WORD) {
                            return false;
                        }
                        title_word = true;
                    } else if !(tk.has(k, TITLE_SMALL_WORD)
                        || (tk.has(k, class::COORDINATOR) && is_listed(Listed::TitleJoin, tk.s(k))))
                    {
                        return false;
                    }
                }
            } else if !(tk.has(k, class::PRONOUN) || k > a && tk.hard_stop(k - 1)) {
                // A lone letter, with its periods ("I.", "A") is no sign of a title.
                let letter = s.iter().rposition(|&c| c != b'.').map_or(0, |i| i + 1) <= 1;
                caps += usize::from(!letter);
            }
        }
    }
    caps >= 2 && (!title_word || caps > lower)
}

/// Subheadings in single marks are short phrases (‘A change warrior.’).
const MAX_SUBHEADING_WORDS: usize = 8;

/// Whether quote `p` in single marks is a whole paragraph of a few words (‘Totally on
/// track.’): with speech in double marks elsewhere in the document, a subheading.
pub(super) fn subheading(tk: &Toks, p: &Pair, words: usize) -> bool {
    p.open == 0
        && words <= MAX_SUBHEADING_WORDS
        && tk.single_mark(p.open)
        && p.close.is_some_and(|c| c + 1 == tk.len() || (c + 2 == tk.len() && tk.stop(c + 1)))
}

/// Whether quote `p` holds nothing but words in parentheses: a transcript's stage direction
/// ("(CROSSTALK.)", "(Applause)"), not speech.
pub(super) fn stage_direction(tk: &Toks, p: &Pair) -> bool {
    let last = p.close.unwrap_or(p.stop);
    last > p.open + 2 && tk.punct(p.open + 1, '(') && tk.punct(last - 1, ')')
}

/// The social networks an author's sign-off asks readers to follow them on.
const NETWORKS: [&str; 3] = ["twitter", "facebook", "instagram"];

/// The most tokens a quote that is a sign-off may hold ("Follow Ana Ruiz on Twitter @anaruiz."
/// is 8; two authors and their links run to about 20).
const MAX_SIGNOFF_TOKENS: usize = 24;

/// Whether quote `p` is an author's sign-off asking readers to follow them on a social network
/// ("Follow Ana Ruiz on Twitter @anaruiz."), which a quoted transcript's marks may wrap: the
/// page's words, never speech (26 such lines in PolNeAR train + dev, none marked as a quote).
pub(super) fn follow_signoff(tk: &Toks, p: &Pair) -> bool {
    let (first, end) = (p.open + 1, p.close.unwrap_or(p.stop).min(tk.len()));
    let is = |k: usize, word: &str| tk.word(k) && tk.s(k).eq_ignore_ascii_case(word);
    first < end
        && end - first <= MAX_SIGNOFF_TOKENS
        && is(first, "follow")
        && (first + 1..end).any(|k| is(k, "on") && NETWORKS.iter().any(|&network| is(k + 1, network)))
}

/// Whether quote `p`, in a list item, is a cited title: it opens its sentence (after nothing
/// but a list mark) and a period follows its closing mark (^ “Dam to close”. The Gazette.
/// Retrieved 3 May.), where a quoted sentence keeps its period inside the marks.
pub(super) fn cited_title(block: &Block, p: &Pair) -> bool {
    let tk = &block.tk;
    p.close.is_some_and(|c| tk.punct(c + 1, '.')) && (block.sentence_start(p.open)..p.open).all(|k| !tk.word(k))
}

/// Whether the quote opening at `open` follows an idiom's cue word ("as if to say “…”"): words
/// a gesture seems to say, which nobody said.
pub(super) fn after_idiom(tk: &Toks, open: usize) -> bool {
    let j = if open > 0 && (tk.punct(open - 1, ',') || tk.punct(open - 1, ':')) { open - 1 } else { open };
    j > 0 && tk.cue_at(j - 1).is_some_and(|c| c.end == j && super::super::indirect::idioms::holds_cue(tk, &c))
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::quotes_in_block;
    use crate::document::BlockKind;

    /// The quoted words the frames of a one-block document of `kind` hold.
    fn quotes(kind: BlockKind, s: &str) -> Vec<String> {
        quotes_in_block(kind, s).into_iter().map(|q| q.words).collect()
    }

    #[test]
    fn a_title_cited_in_a_list_item_is_no_quote() {
        let entry = "^ \u{201c}Dam to close after the floods\u{201d}. The Gazette. Retrieved 3 May 2020.";
        assert!(quotes(BlockKind::ListItem, entry).is_empty());
        let entry = "Ruiz, Ana (2020). \u{201c}Why the dam will close\u{201d}. The Gazette.";
        assert!(quotes(BlockKind::ListItem, entry).is_empty());
    }

    #[test]
    fn a_quoted_sentence_or_fragment_in_a_list_item_stays() {
        let item = "\u{201c}We will rebuild the dam,\u{201d} said Ana Ruiz.";
        assert_eq!(quotes(BlockKind::ListItem, item), ["We will rebuild the dam,"]);
        let item = "The mayor called the dam \u{201c}a disgrace to the town\u{201d}.";
        assert_eq!(quotes(BlockKind::ListItem, item), ["the dam \u{201c}a disgrace to the town\u{201d}"]);
    }
}
