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

use crate::attribution::tokens::{Kind, Token};
use crate::attribution::words::{class, ListedAs, WORDS_TABLE};
use crate::attribution::SpeakerRef;

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
    pub(super) fn not_person(&mut self, text: &str, doc: &[Token], speaker: &SpeakerRef) -> bool {
        let at = speaker.span.start;
        let seen = self.seen.get(..self.seen_len).unwrap_or_default();
        if let Some(&(_, verdict)) = seen.iter().find(|(s, _)| *s == at) {
            return verdict;
        }
        let verdict = judge(text, doc, speaker, &mut self.searched);
        if let Some(slot) = self.seen.get_mut(self.seen_len) {
            *slot = (at, verdict);
            self.seen_len += 1;
        }
        verdict
    }
}

/// [`Verdicts::not_person`]'s answer, with `searched` the words the document was searched for.
fn judge(text: &str, doc: &[Token], speaker: &SpeakerRef, searched: &mut Vec<(Range<usize>, bool)>) -> bool {
    let (at, words) = name_tokens(doc, &speaker.span);
    let Some(first) = words.first() else { return false };
    // A description ("the mayor of Eastvale", "A representative for the … Organization") is a
    // person's: only a name, capitalised words and the lower-case words that join an
    // institution's, is judged.
    let joins = |t: &Token| t.cap || t.cls & class::JOINER != 0 || !t.is_word();
    if !first.cap || !words.iter().all(joins) {
        return false;
    }
    let name = speaker.name.as_str();
    let last = words.iter().rev().find(|t| t.is_word()).and_then(|t| text.get(t.span.clone()));
    let no_person = words.iter().any(|t| t.is_word() && t.cls & INSTITUTION != 0)
        || words.iter().any(|t| t.joined && text.get(t.span.clone()).is_some_and(web_address))
        || in_capitals(name)
        || last.is_some_and(members)
        || (words.len() == 1
            && !name.contains(' ')
            && opens_sentence(text, doc, at)
            && opener_once(text, doc, at, searched));
    // "a spokeswoman for the EB-5 Investment Coalition": a role describes a person (asked
    // last: most speakers are people, and have no description to read).
    no_person && !speaker.description.as_deref().is_some_and(names_role)
}

/// [`opener_only`], each word searched for once a document, and at most [`MAX_SEARCHES`]
/// words (past them, a word is taken for a name).
fn opener_once(text: &str, doc: &[Token], at: usize, searched: &mut Vec<(Range<usize>, bool)>) -> bool {
    let Some(word) = doc.get(at).and_then(|t| text.get(t.span.clone())) else { return false };
    if let Some(&(_, answer)) = searched.iter().find(|(span, _)| text.get(span.clone()) == Some(word)) {
        return answer;
    }
    if searched.len() >= MAX_SEARCHES {
        return false;
    }
    let answer = opener_only(text, doc, at);
    searched.push((doc.get(at).map_or(0..0, |t| t.span.clone()), answer));
    answer
}

/// The document's tokens within `span`, and the index of the first (the tokens are in text
/// order).
fn name_tokens<'a>(doc: &'a [Token], span: &Range<usize>) -> (usize, &'a [Token]) {
    let a = doc.partition_point(|t| t.span.start < span.start);
    // A name is a few tokens: read on to its end rather than searched for.
    let rest = doc.get(a..).unwrap_or_default();
    let n = rest.iter().take_while(|t| t.span.start < span.end).count();
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
/// after a full stop, a question or exclamation mark, or a line break, past any quote marks.
fn opens_sentence(text: &str, doc: &[Token], at: usize) -> bool {
    let Some(t) = doc.get(at) else { return false };
    let before = doc.get(..at).unwrap_or_default().iter().rev().find(|d| !matches!(d.kind, Kind::Mark(..)));
    match before {
        None => true,
        Some(d) => {
            matches!(d.kind, Kind::Punct('.' | '!' | '?'))
                || text.get(d.span.end..t.span.start).is_some_and(|gap| gap.contains('\n'))
        }
    }
}

/// Whether the document writes its word `at` in lower case somewhere, and never capitalised
/// but where a sentence opens: a common word ("Public", "Part"), not a name that opened one
/// sentence ("Young said …", then "met Young").
fn opener_only(text: &str, doc: &[Token], at: usize) -> bool {
    let Some(t) = doc.get(at) else { return false };
    let Some(word) = text.get(t.span.clone()).map(str::as_bytes) else { return false };
    let Some((&head, tail)) = word.split_first() else { return false };
    if !head.is_ascii_uppercase() {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    let mut in_lower = false;
    for (k, d) in doc.iter().enumerate() {
        if d.span.len() != word.len() || k == at {
            continue;
        }
        let Some(other) = text.as_bytes().get(d.span.clone()) else { continue };
        if other.get(1..) != Some(tail) {
            continue;
        }
        match other.first() {
            Some(&b) if b == lower => in_lower = true,
            Some(&b) if b == head && !opens_sentence(text, doc, k) => return false,
            _ => {}
        }
    }
    in_lower
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_partys_members_are_a_group() {
        assert!(members("Republicans"));
        assert!(members("Democrats"));
        assert!(!members("Republican"));
        assert!(!members("Sanders"));
    }
}
