//! The verb list's phrases and the speech cues in a block's tokens: looked up once, when the
//! view reads a block ([`Toks::read_block`]), and read through [`Toks::phrase_at`],
//! [`Toks::cue_at`] and [`Toks::cue_tokens`].

use super::super::tokens::{first_with_class, Token};
use super::super::words::{class, is_listed, CueKind, Listed, WORDS_TABLE};
use super::Toks;

/// A phrase of the verb list at a token: what it does, its length in tokens, and whether its
/// last word opens the reported clause ([`Phrase::opens`](super::super::words::Phrase)).
#[derive(Debug, Clone, Copy)]
pub(super) struct PhraseHit {
    /// What the phrase does (the view's build asks whether it is a tail).
    pub(super) kind: CueKind,
    len: u8,
    opens: bool,
    /// Whether the phrase's first word is a word of an impersonal idiom
    /// ([`Phrase::idiom_word`](super::super::words::Phrase)).
    idiom_word: bool,
    /// Where a phrase other than a tail is in [`Toks::cue_tokens`] (and its cue in `found`),
    /// set by the view's build.
    pub(super) slot: u32,
}

/// A speech cue found at a token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// First token of the cue, auxiliaries included.
    pub start: usize,
    /// The verb's first token.
    pub verb: usize,
    /// One past the last token of the cue, tails included.
    pub end: usize,
    /// What the cue does.
    pub kind: CueKind,
    /// Whether the cue's last word opens the reported clause (a phrase marked `opens` in the
    /// verb list, with no tail after it): "vowed to" reports "to end the plan".
    pub opens: bool,
}

impl Cue {
    /// The token where the reported clause after the cue starts: the cue's last word when it
    /// opens the clause, else right after the cue.
    pub fn clause_start(&self) -> usize {
        if self.opens {
            self.end - 1
        } else {
            self.end
        }
    }
}

/// The index of the first of `tokens` whose classes mark a phrase start (one word in twenty
/// starts a phrase: [`first_with_class`] reads four tokens a step).
pub(super) fn first_phrase_start(tokens: &[Token]) -> Option<usize> {
    first_with_class(tokens, class::PHRASE_START)
}

impl<'a> Toks<'a> {
    /// The tokens where [`Toks::cue_at`] may find a cue, in order (it finds none elsewhere).
    pub fn cue_tokens(&self) -> &[usize] {
        &self.cues
    }

    /// Whether the words from `i` spell `words` (case-insensitively), the first `known` of
    /// them already checked.
    fn spells(&self, i: usize, words: &[&str], known: usize) -> bool {
        // Lengths first: most phrases sharing a first word ("in a statement", "in an
        // interview") differ in the length of the next.
        let text = self.text.as_bytes();
        words.iter().enumerate().skip(known).all(|(k, w)| {
            self.t.get(i + k).is_some_and(|t| {
                t.is_word()
                    && t.span().len() == w.len()
                    && text.get(t.span()).is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
            })
        })
    }

    /// The longest phrase of the verb list starting at token `i`: (kind, end).
    pub fn phrase_at(&self, i: usize) -> Option<(CueKind, usize)> {
        self.phrase.get(i).copied().flatten().map(|h| (h.kind, i + usize::from(h.len)))
    }

    /// Whether a cue whose verb is at token `i` may stand in an impersonal idiom
    /// (`indirect::idioms`): not when the phrase found there starts with a word of no idiom,
    /// as nearly every cue's does. (With no phrase at `i`, it may.)
    pub fn may_hold_idiom(&self, i: usize) -> bool {
        self.phrase.get(i).copied().flatten().is_none_or(|h| h.idiom_word)
    }

    pub(super) fn find_phrase(&self, i: usize) -> Option<PhraseHit> {
        // A capitalised cue word inside a sentence is a name ("United States"); at a
        // sentence start it may be a cue ("According to …").
        let sentence_start = i == 0 || self.sent.get(i - 1) != self.sent.get(i);
        if !self.has(i, class::PHRASE_START) || (self.cap(i) && !sentence_start) {
            return None;
        }
        // An ASCII word (nearly every cue word) is looked up in place, in any case; another
        // by its lower-case copy.
        let word = self.s(i);
        let ascii = self.t.get(i).is_some_and(|t| t.ascii());
        let phrases =
            if ascii { WORDS_TABLE.phrases_ascii(word.as_bytes()) } else { WORDS_TABLE.phrases(&word.to_lowercase()) };
        // The phrases are keyed by their first word: an ASCII word found under it spells it
        // (common words such as "in" and "on" start many phrases, each compared from its second
        // word on).
        let known = usize::from(ascii);
        // A phrase of two words or more spells its second word at the next token, a word of
        // that length: tested first, inline, it rules out most of a common first word's phrases
        // ("in a statement" after "in the") without the word-by-word comparison.
        let next_len = self.t.get(i + 1).filter(|t| t.is_word()).map(|t| t.span().len());
        phrases
            .iter()
            .filter(|p| p.words.get(1).is_none_or(|w| next_len == Some(w.len())))
            .find(|p| self.spells(i, &p.words, known))
            .filter(|p| !(p.noun && self.noun_before(i)))
            .map(|p| PhraseHit {
                kind: p.kind,
                len: u8::try_from(p.words.len()).unwrap_or(u8::MAX),
                opens: p.opens,
                idiom_word: p.idiom_word,
                slot: u32::MAX,
            })
    }

    /// Whether the word before token `i` makes a noun of it: a plain lower-case word, no
    /// pronoun, source, function word or adverb ("swing states", "the four states", "news
    /// reports"; not "the report states", "he states", "which states").
    fn noun_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return false };
        let plain = class::FUNCTION
            | class::PRONOUN
            | class::SOURCE_NOUN
            | class::OUTLET_HEAD
            | class::OUTLET_NAME
            | class::ADVERB
            | class::AUX;
        self.word(p)
            && !self.cap(p)
            && self.same_sentence(p, i)
            && !self.has(p, plain)
            && !self.bytes(p).ends_with(b"ly")
    }

    /// Whether the cue word at `i` follows a name's possessive inside its sentence ("Mr.
    /// King's show"), with no reported clause opened by "that" after it ("Trump's claim that
    /// …" is a stance noun with its clause). Not after a sentence's first word ("Let's
    /// hope"), a lower-case word ("he's said"), nor when the word is past or in -ing, which
    /// may follow the "'s" of "has" or "is" ("Trump's signed", "Trump's said", "Clinton's
    /// saying").
    fn after_names_possessive(&self, i: usize) -> bool {
        let p = i - 1;
        let sentence_start = p == 0 || !self.same_sentence(p - 1, p);
        self.word(p)
            && self.cap(p)
            && !sentence_start
            && self.same_sentence(p, i)
            && self.possessive_s(p)
            && !self.past_shaped(i)
            && !self.bytes(i).ends_with(b"ing")
            && !self.has(i + 1, class::COMPLEMENTIZER)
            // Asked last, of the few words after a name's "'s": not kept in the per-token hits.
            && !WORDS_TABLE.one_word_phrase(self.s(i)).is_some_and(|p| p.past)
    }

    /// Whether the word at `p` makes the cue word right after it an adjective or a noun, as an
    /// article does: a word of list kind `beforenoun` ("such expected backers", "its own
    /// recommended list", "Other suggested origins"); not an indefinite one after an article
    /// or a count, a pronoun there, whose verb speaks ("the other said", "1 other said").
    fn before_noun_word(&self, p: usize) -> bool {
        let pronoun = || {
            self.has(p, class::INDEFINITE)
                && p > 0
                && self.word(p - 1)
                && (self.has(p - 1, class::ARTICLE | class::INDEFINITE) || self.numeric(p - 1))
                && self.same_sentence(p - 1, p)
        };
        self.word(p) && is_listed(Listed::BeforeNoun, self.s(p)) && !pronoun()
    }

    /// Whether the word at `p` is a modifier of list kind `afterarticle` with an article or a
    /// name's or noun's possessive right before it, which makes the cue word after it an
    /// adjective or a noun: "the only hope the town has", "the same demands of", "Trump's most
    /// promising paths". Alone the word may modify the verb ("would only say", "Most said"),
    /// and a pronoun's "'s" may be "has" ("he's only said").
    fn modifier_after_article(&self, p: usize) -> bool {
        let Some(d) = p.checked_sub(1) else { return false };
        // The list first: its screen turns most words away, and the possessive test costs more.
        self.word(p)
            && self.word(d)
            && is_listed(Listed::AfterArticle, self.s(p))
            && self.same_sentence(d, p)
            // `possessive_s` turns a pronoun's "'s" away itself.
            && (self.has(d, class::ARTICLE) || self.possessive_s(d))
    }

    /// Whether the cue word at `i`, a form in -ing right before a comma, follows a modifier of
    /// list kind `afterarticle` that grades it, which makes it an adjective: "Perhaps most
    /// telling, though, were the shows", "so much more demanding, making …". Before its
    /// object the form stays a verb ("with most saying they would stay").
    fn degree_adjective(&self, i: usize) -> bool {
        self.punct(i + 1, ',')
            && self.bytes(i).ends_with(b"ing")
            && self.word(i - 1)
            && is_listed(Listed::AfterArticle, self.s(i - 1))
            && self.same_sentence(i - 1, i)
    }

    /// A phrase extending a cue at `i`: time words ("Friday afternoon", "last week") or a
    /// preposition, up to three words and a medium ("in a June report", "via email"). Time
    /// words that end in a possessive determine the cue's object, or the medium's, and extend
    /// nothing: "called Friday's decision a “huge win”", "said on Monday's show", `time_run`.
    fn generic_tail(&self, i: usize) -> Option<usize> {
        let k = self.time_run(i, 3);
        if k > i {
            return Some(k);
        }
        if !(self.word(i) && self.has(i, class::TAILPREP)) {
            return None;
        }
        let m = (i + 1..(i + 6).min(self.len()))
            .take_while(|&m| self.word(m))
            .find(|&m| self.has(m, class::MEDIUM) || self.time_run(m, 3) > m)?;
        // "on Monday afternoon", "in early January": time words run on.
        Some(self.time_run(m + 1, 2).max(m + 1))
    }

    /// The end of the run of up to `most` time words from token `k`, or `k` when there is
    /// none or the run ends in a possessive ("last week's debate"): such words open a noun
    /// phrase.
    fn time_run(&self, k: usize, most: usize) -> usize {
        let mut e = k;
        while e < k + most && self.word(e) && self.has(e, class::TIME) {
            e += 1;
        }
        if e > k && self.possessive_s(e - 1) {
            k
        } else {
            e
        }
    }

    /// A speech cue whose verb is at token `i`, with auxiliaries before it and tails after
    /// (found when the view was built).
    pub fn cue_at(&self, i: usize) -> Option<Cue> {
        let hit = self.phrase.get(i).copied().flatten()?;
        if hit.kind == CueKind::Tail {
            return None;
        }
        self.found.get(hit.slot as usize).copied().flatten()
    }

    /// The speech cue whose verb is at token `i` (see [`Toks::cue_at`]), read from the tokens.
    pub(super) fn find_cue(&self, i: usize) -> Option<Cue> {
        let hit = self.phrase.get(i).copied().flatten()?;
        let (kind, phrase_end) = (hit.kind, i + usize::from(hit.len));
        let mut end = phrase_end;
        if kind == CueKind::Tail {
            return None;
        }
        let mut start = i;
        if kind != CueKind::According {
            while start > 0 && self.has(start - 1, class::AUX) && self.same_sentence(start - 1, i) {
                start -= 1;
            }
            loop {
                if let Some((CueKind::Tail, e)) = self.phrase_at(end) {
                    end = e;
                } else if let Some(e) = self.generic_tail(end) {
                    end = e;
                } else {
                    break;
                }
            }
        }
        // "were reported", "was told": passive, so the subject is not who speaks. A form in -ing
        // after "be" is progressive and speaks ("is telling reporters that"), unless a
        // preposition follows it ("is adding to his lead", "was responding to a letter").
        let progressive = self.bytes(i).ends_with(b"ing") && !self.has(i + 1, class::CONNECTOR);
        let one_word = self.phrase.get(i).copied().flatten().is_some_and(|h| h.len == 1) && !progressive;
        // An adverb may stand between ("it is widely believed").
        let before = if i >= 2 && (self.has(i - 1, class::ADVERB) || self.bytes(i - 1).ends_with(b"ly")) {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if one_word && i > 0 && self.has(before, class::PASSIVE) {
            return None;
        }
        // "the estimated 55 million", "their hopes": after an article the word is a noun or
        // an adjective.
        if i > 0 && self.word(i - 1) && self.has(i - 1, class::ARTICLE) && self.same_sentence(i - 1, i) {
            return None;
        }
        if i > 0 && self.before_noun_word(i - 1) && self.same_sentence(i - 1, i) {
            return None;
        }
        // "the only hope", "Trump's most promising paths": a modifier after an article.
        if i > 1 && self.modifier_after_article(i - 1) && self.same_sentence(i - 1, i) {
            return None;
        }
        // "Perhaps most telling, though, were …": a degree modifier's adjective.
        if i > 0 && self.degree_adjective(i) {
            return None;
        }
        // "on Mr. King's show, “Politicking.”": after a name's possessive the word is a noun.
        if one_word && i > 0 && self.after_names_possessive(i) {
            return None;
        }
        // A marked phrase opens the clause only when nothing was added after it.
        let opens = hit.opens && end == phrase_end;
        Some(Cue { start, verb: i, end, kind, opens })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tokens;

    /// The four-at-a-time search finds the first phrase start the token-by-token one finds,
    /// from every token of the bundled texts.
    #[test]
    fn first_phrase_start_is_the_first_token_marked() {
        for (path, body) in crate::bundled_texts::bundled_texts() {
            let mut t = Vec::new();
            tokens::tokenize(&body, 0..body.len(), &mut t);
            assert!(t.iter().any(|tok| tok.cls & class::PHRASE_START != 0), "{}", path.display());
            for from in 0..=t.len() {
                let rest = &t[from..];
                let expected = rest.iter().position(|tok| tok.cls & class::PHRASE_START != 0);
                assert_eq!(first_phrase_start(rest), expected, "{} from token {from}", path.display());
            }
        }
    }

    /// After a name's "'s", a cue word is a noun ("on Ana Ruiz's show"), but a past form is a
    /// verb after the "'s" of "has": in -ed ("announced"), or an irregular participle marked
    /// `past` in the verb list ("said", "told").
    #[test]
    fn a_past_form_after_a_names_s_is_a_cue() {
        let text = "In May, Ana Ruiz's said it, Ana Ruiz's told them, Ana Ruiz's announced it, and on \
                    Ana Ruiz's show she read Ana Ruiz's claims.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let cue = |word: &str| (0..tk.len()).find(|&i| tk.s(i) == word).and_then(|i| tk.cue_at(i));
        for verb in ["said", "told", "announced"] {
            assert!(cue(verb).is_some(), "{verb}");
        }
        for noun in ["show", "claims"] {
            assert!(cue(noun).is_none(), "{noun}");
        }
    }

    /// After "such", "own" or a bare "other", a cue word is an adjective or a noun; after "the
    /// other" or "1 other", a pronoun, the verb speaks.
    #[test]
    fn a_cue_word_after_such_own_or_other_is_no_cue() {
        let text = "From such expected backers to its own recommended list and other noted figures, \
                    the one agreed, the other said so and 1 other said no.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let cue = |word: &str| (0..tk.len()).find(|&i| tk.s(i) == word).and_then(|i| tk.cue_at(i));
        for adjective in ["expected", "recommended", "noted"] {
            assert!(cue(adjective).is_none(), "{adjective}");
        }
        let said: Vec<usize> = (0..tk.len()).filter(|&i| tk.s(i) == "said").collect();
        assert!(said.len() == 2 && said.iter().all(|&i| tk.cue_at(i).is_some()), "{said:?}");
    }

    /// After an article or a noun's possessive and "only", "same" or "most", a cue word is a noun
    /// or an adjective; the same modifier alone, or after a pronoun's "'s", leaves the verb
    /// speaking.
    #[test]
    fn a_cue_word_after_an_article_and_a_modifier_is_no_cue() {
        let text = "The only hope, the same demands and the town's most promising plan \
                    would only say it; most said no and he's only claimed it.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let cue = |word: &str| (0..tk.len()).find(|&i| tk.s(i) == word).and_then(|i| tk.cue_at(i));
        for noun in ["hope", "demands", "promising"] {
            assert!(cue(noun).is_none(), "{noun}");
        }
        for verb in ["say", "said", "claimed"] {
            assert!(cue(verb).is_some(), "{verb}");
        }
    }

    /// A cue word in -ing graded by a modifier of list kind `afterarticle` and followed by a
    /// comma is an adjective; before its object, or with no comma after it, it stays a verb.
    #[test]
    fn a_graded_form_in_ing_before_a_comma_is_no_cue() {
        let text = "Perhaps most telling, though, was the vote. The rules are more demanding, \
                    making it hard. With most saying they would stay, it passed.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let cue = |word: &str| (0..tk.len()).find(|&i| tk.s(i) == word).and_then(|i| tk.cue_at(i));
        for adjective in ["telling", "demanding"] {
            assert!(cue(adjective).is_none(), "{adjective}");
        }
        assert!(cue("saying").is_some());
    }

    /// The cue kept for each token when the view is built is the one read from the tokens:
    /// auxiliaries and tails included, none after a passive "be" or an article, none at a tail.
    #[test]
    fn kept_cues_are_the_cues_read_from_the_tokens() {
        let text = "The mayor has said on Friday that the reported plan was reported by aides, and \
                    Ana Ruiz told reporters in an interview last week that it failed, according to aides.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let mut found = 0;
        for i in 0..=tk.len() {
            let (kept, read) = (tk.cue_at(i), tk.find_cue(i));
            assert_eq!(format!("{kept:?}"), format!("{read:?}"), "token {i} ({})", tk.s(i));
            found += usize::from(kept.is_some());
        }
        let said = (0..tk.len()).find(|&i| tk.s(i) == "said").and_then(|i| tk.cue_at(i));
        assert!(said.is_some_and(|c| tk.s(c.start) == "has" && tk.s(c.end) == "that"), "{said:?}");
        let reported: Vec<usize> = (0..tk.len()).filter(|&i| tk.s(i) == "reported").collect();
        assert!(reported.iter().all(|&i| tk.cue_at(i).is_none()), "{reported:?}");
        assert!(found >= 3, "{found} cues");
    }
}
