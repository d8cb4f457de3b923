//! Whether a speaker a "he" or "she" lands on is no person: an institution ("Trump University",
//! "the Center for Responsive Politics"), a web address ("Factcheck.org"), a word in capitals
//! ("COLUMBIA", a dateline), the members of a party ("Republicans"), or a word capitalised only
//! for opening its sentence, which the document also writes in lower case ("Public colleges make
//! up …" in a text that writes "public").
//!
//! Asked only where a pronoun lands on a speaker (`People::end_block`), never of every
//! speaker noted, and each speaker once a document (`Verdicts`): the name is read off the
//! document's tokens, which the analysis has already classified.

use std::ops::Range;
use std::sync::LazyLock;

use crate::attribution::tokens::{Kind, Token};
use crate::attribution::words::{class, ListedAs, WORDS_TABLE};
use crate::attribution::SpeakerRef;
use crate::lexicon;
use crate::text::sentences::ABBREVIATIONS;
use crate::text::Lines;

/// The most speakers whose verdict a document keeps; past them a speaker is asked again.
const MAX_VERDICTS: usize = 16;

/// The most words a document is searched for ([`opener_only`]): each search reads every
/// token, so a page whose pronouns land on many openers stays linear.
const MAX_SEARCHES: usize = 8;

/// Classes of a word that heads an institution's name, never a person's: a body noun
/// ("Committee", "University") or an outlet's head ("News", "Times").
const INSTITUTION: u32 = class::BODY | class::OUTLET_HEAD;

/// The verdicts given so far in a document, by where the speaker is named, and the searches
/// of the document used.
#[derive(Default)]
pub(super) struct Verdicts {
    /// (speaker span's start, whether no person) for the speakers asked so far, the first
    /// `seen_len` of them (an array: most documents ask a few, and a vector was allocated and
    /// freed in each).
    seen: [(usize, bool); MAX_VERDICTS],
    /// How many of `seen` are set.
    seen_len: usize,
    /// The words the document was searched for ([`opener_only`]), as spans of the text, with
    /// the answer: a name met again (at another sentence's start) is not searched for again.
    /// At most [`MAX_SEARCHES`].
    searched: Vec<(Range<usize>, bool)>,
}

impl Verdicts {
    /// Whether `speaker`, named by the document's tokens `doc` in `text`, is no person (see
    /// the module's doc), asked once per speaker and document.
    pub(super) fn not_person(&mut self, text: &str, lines: Lines, doc: &[Token], speaker: &SpeakerRef) -> bool {
        let at = speaker.span.start;
        let seen = self.seen.get(..self.seen_len).unwrap_or_default();
        if let Some(&(_, verdict)) = seen.iter().find(|(s, _)| *s == at) {
            return verdict;
        }
        let verdict = judge(text, lines, doc, speaker, &mut self.searched);
        if let Some(slot) = self.seen.get_mut(self.seen_len) {
            *slot = (at, verdict);
            self.seen_len += 1;
        }
        verdict
    }
}

/// [`Verdicts::not_person`]'s answer, with `searched` the words the document was searched for.
fn judge(
    text: &str,
    lines: Lines,
    doc: &[Token],
    speaker: &SpeakerRef,
    searched: &mut Vec<(Range<usize>, bool)>,
) -> bool {
    let (at, words) = name_tokens(doc, &speaker.span);
    let Some(first) = words.first() else { return false };
    // A description ("the mayor of Eastvale", "A representative for the … Organization") is a
    // person's: only a name, capitalised words and the lower-case words that join an
    // institution's, is judged.
    let joins = |t: &Token| t.cap() || t.cls & class::JOINER != 0 || !t.is_word();
    if !first.cap() || !words.iter().all(joins) {
        return false;
    }
    let name = speaker.name.as_str();
    let last = words.iter().rev().find(|t| t.is_word()).and_then(|t| text.get(t.span()));
    let described = speaker.description.as_deref();
    // What the description says the name is, a place ("Springfield, Va.") or an institution
    // ("Xinhua, the official … news agency"), is what it is, whatever role word it holds.
    if described.is_some_and(|d| state(d) || institution_described(d)) {
        return true;
    }
    let no_person = words.iter().any(|t| t.is_word() && t.cls & INSTITUTION != 0)
        || words.iter().any(|t| t.joined() && text.get(t.span()).is_some_and(web_address))
        || in_capitals(name)
        || last.is_some_and(members)
        || (words.len() == 1
            && !name.contains(' ')
            && opens_sentence(text, lines, doc, at)
            && opener_once(text, lines, doc, at, searched));
    // "a spokeswoman for the EB-5 Investment Coalition": a role describes a person (asked
    // last: most speakers are people, and have no description to read).
    no_person && !described.is_some_and(names_role)
}

/// The US states' abbreviations (kind `state` of `src/lexicon/sentence_abbreviations.txt`,
/// without their period).
static STATES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::fields(ABBREVIATIONS).filter(|f| f.get(1) == Some(&"state")).filter_map(|f| f.first().copied()).collect()
});

/// Whether a description is only a US state's abbreviation: the name before it is a place's
/// ("Johnnie Wilson, of Springfield, Va., said …", the town noted with "Va." for description).
fn state(description: &str) -> bool {
    description.strip_suffix('.').is_some_and(|stem| STATES.contains(&stem))
}

/// Whether a description is a plain noun phrase, an article and words with no preposition,
/// whose head (its last word, in lower case) names an institution: "Xinhua, the official
/// Chinese news agency" (not "a spokesman for the agency", whose head is the spokesman).
fn institution_described(description: &str) -> bool {
    let mut words = description.split_whitespace();
    let Some(first) = words.next() else { return false };
    let Some(head) = words.next_back() else { return false };
    let classes = |w: &str| WORDS_TABLE.entry_any(w.as_bytes()).classes;
    // The look-up reads a word in any case ("The", "the").
    classes(first) & class::ARTICLE != 0
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && classes(head) & INSTITUTION != 0
        && words.all(|w| classes(w) & class::CONNECTOR == 0)
}

/// [`opener_only`], each word searched for once a document, and at most [`MAX_SEARCHES`]
/// words (past them, a word is taken for a name).
fn opener_once(text: &str, lines: Lines, doc: &[Token], at: usize, searched: &mut Vec<(Range<usize>, bool)>) -> bool {
    let Some(word) = doc.get(at).and_then(|t| text.get(t.span())) else { return false };
    if let Some(&(_, answer)) = searched.iter().find(|(span, _)| text.get(span.clone()) == Some(word)) {
        return answer;
    }
    if searched.len() >= MAX_SEARCHES {
        return false;
    }
    let answer = opener_only(text, lines, doc, at);
    searched.push((doc.get(at).map_or(0..0, |t| t.span()), answer));
    answer
}

/// The document's tokens within `span`, and the index of the first (the tokens are in text
/// order).
fn name_tokens<'a>(doc: &'a [Token], span: &Range<usize>) -> (usize, &'a [Token]) {
    let a = doc.partition_point(|t| t.start() < span.start);
    // A name is a few tokens: read on to its end rather than searched for.
    let rest = doc.get(a..).unwrap_or_default();
    let n = rest.iter().take_while(|t| t.start() < span.end).count();
    (a, rest.get(..n).unwrap_or_default())
}

/// Whether a description holds a person's role or title ("spokeswoman for the").
fn names_role(description: &str) -> bool {
    let role = |w: &str| {
        w.bytes().all(|b| b.is_ascii_alphabetic())
            && WORDS_TABLE.entry_ascii(w.as_bytes()).classes & (class::ROLE | class::TITLE | class::ANONYMOUS) != 0
    };
    description.split_whitespace().any(role)
}

/// Whether a word is a web address: a period between a name and a top-level domain of two
/// to six lower-case letters ("Factcheck.org"; not "J." or "St.Louis").
fn web_address(word: &str) -> bool {
    let Some((host, domain)) = word.rsplit_once('.') else { return false };
    host.ends_with(|c: char| c.is_ascii_alphanumeric())
        && (2..=6).contains(&domain.len())
        && domain.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether a name is one word in capitals, two letters or more: an acronym or a dateline
/// ("CNN", "COLUMBIA"), never how a text names a person it writes about.
fn in_capitals(name: &str) -> bool {
    // A space is no capital: one word only.
    name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a name's last word is the plural of a word naming a party's member ("Republicans",
/// as in "Young Republicans"), a group.
fn members(last: &str) -> bool {
    let Some(stem) = last.strip_suffix('s') else { return false };
    stem.bytes().all(|b| b.is_ascii_alphabetic())
        && WORDS_TABLE.entry_ascii(stem.as_bytes()).listed_as == Some(ListedAs::Member)
}

/// Whether the document's word `at` opens its sentence: the text's first word, or the first
/// after a full stop, a question or exclamation mark, or a line break that ends a line (not a
/// wrapped paragraph's soft one, "said Ivo\nKos"), past any quote marks.
fn opens_sentence(text: &str, lines: Lines, doc: &[Token], at: usize) -> bool {
    let Some(t) = doc.get(at) else { return false };
    let before = doc.get(..at).unwrap_or_default().iter().rev().find(|d| !matches!(d.kind(), Kind::Mark(..)));
    match before {
        None => true,
        Some(d) => matches!(d.kind(), Kind::Punct('.' | '!' | '?')) || lines.any(text, d.end()..t.start()),
    }
}

/// Whether the document writes its word `at` in lower case somewhere, and never capitalised
/// but where a sentence opens: a common word ("Public", "Part"), not a name that opened one
/// sentence ("Young said …", then "met Young"). A plural's singular in lower case counts
/// ("Audiences can expect …" in a text that writes "the audience"; "Allies" and "an ally").
fn opener_only(text: &str, lines: Lines, doc: &[Token], at: usize) -> bool {
    let Some(t) = doc.get(at) else { return false };
    let Some(word) = text.get(t.span()).map(str::as_bytes) else { return false };
    let Some((&head, tail)) = word.split_first() else { return false };
    if !head.is_ascii_uppercase() {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    let singular = singular_tail(tail);
    let mut in_lower = false;
    let singular_len = singular.map_or(0, |(stem, end)| 1 + stem.len() + end.len());
    for (k, d) in doc.iter().enumerate() {
        let len = d.span().len();
        if (len != word.len() || k == at) && len != singular_len {
            continue;
        }
        let Some(other) = text.as_bytes().get(d.span()) else { continue };
        let Some((&first, rest)) = other.split_first() else { continue };
        if len == singular_len {
            // The singular, in lower case, of a plural opener.
            in_lower |= first == lower && singular.is_some_and(|(stem, end)| is_singular(rest, stem, end));
            continue;
        }
        if rest != tail {
            continue;
        }
        if first == lower {
            in_lower = true;
        } else if first == head && !opens_sentence(text, lines, doc, k) {
            return false;
        }
    }
    in_lower
}

/// When a word's tail (all but its first letter) ends as an English plural does, its stem and
/// the singular's ending: "udiences" → ("udience", ""), "llies" → ("ll", "y"). Not "-ss"
/// ("Congress"), not a one-letter stem.
fn singular_tail(tail: &[u8]) -> Option<(&[u8], &'static [u8])> {
    let stem = tail.strip_suffix(b"s").filter(|s| s.len() >= 2 && !s.ends_with(b"s"))?;
    Some(match stem.strip_suffix(b"ie") {
        Some(root) if root.len() >= 2 => (root, b"y"),
        _ => (stem, b""),
    })
}

/// Whether `rest` (a word but its first letter) is `stem` then `end`.
fn is_singular(rest: &[u8], stem: &[u8], end: &[u8]) -> bool {
    rest.len() == stem.len() + end.len() && rest.starts_with(stem) && rest.ends_with(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_s_words_may_hold_any_character() {
        // Words no token holds in one piece (a slash, curly marks, accents) are in no list.
        assert!(institution_described("the 9/11 “truth” agency"));
        assert!(institution_described("the señora’s news agency"));
        assert!(!institution_described("the 9/11 señor"));
        assert!(institution_described("the official Chinese news agency"));
    }

    #[test]
    fn web_addresses_are_a_host_and_a_domain() {
        assert!(web_address("Factcheck.org"));
        assert!(web_address("Politico.com"));
        assert!(!web_address("J."));
        assert!(!web_address("St.Louis"));
        assert!(!web_address("Trump"));
    }

    #[test]
    fn one_word_in_capitals_is_no_person() {
        assert!(in_capitals("COLUMBIA"));
        assert!(!in_capitals("JAKE TAPPER"));
        assert!(!in_capitals("Columbia"));
        assert!(!in_capitals("A"));
    }

    #[test]
    fn a_state_after_a_name_makes_it_a_place() {
        assert!(state("Va."));
        assert!(state("Ill."));
        assert!(!state("Mr."));
        assert!(!state("Va"));
        assert!(!state("a Virginia farmer"));
    }

    #[test]
    fn a_description_headed_by_an_institution_is_no_persons() {
        assert!(institution_described("the official Chinese news agency"));
        assert!(!institution_described("a spokesman for the agency"));
        assert!(!institution_described("director general of the International Atomic Energy Agency"));
        assert!(!institution_described("the agency's spokesman"));
        assert!(!institution_described("the"));
    }

    #[test]
    fn a_plurals_singular_is_its_stem_and_ending() {
        assert_eq!(singular_tail(b"udiences"), Some((&b"udience"[..], &b""[..])));
        assert_eq!(singular_tail(b"llies"), Some((&b"ll"[..], &b"y"[..])));
        assert_eq!(singular_tail(b"ongress"), None);
        assert_eq!(singular_tail(b"s"), None);
        assert!(is_singular(b"udience", b"udience", b""));
        assert!(is_singular(b"lly", b"ll", b"y"));
        assert!(!is_singular(b"llie", b"ll", b"y"));
    }

    #[test]
    fn a_partys_members_are_a_group() {
        assert!(members("Republicans"));
        assert!(members("Democrats"));
        assert!(!members("Republican"));
        assert!(!members("Sanders"));
    }
}
