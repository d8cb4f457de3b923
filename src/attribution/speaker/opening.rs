//! The subject of a sentence past the phrase that opens it ("Speaking at a town hall event in
//! Salem, Trump went after Bush, calling him …"): the speaker of a cue that comes later in the
//! sentence (a participle after a comma, a label, a colon).

use super::super::view::Toks;
use super::super::words::class;
use super::subject::{
    checked_subject, not_opening_shape, opened_by_phrase, opened_by_preposition, opening_shape, past_function_words,
    past_opening_preposition,
};
use super::{after, opening_modifier, opening_word, possessed_person, sentence_subject, Np};

/// Longest phrase opening a sentence before its subject ("Speaking at a town hall event in
/// Salem,"), in tokens.
pub(super) const MAX_OPENING: usize = 16;
/// Longest subordinate clause opening a sentence before the subject of a colon introduction
/// ("When Trump suggested that Cuba would sue the U.S. for reneging on the deal, Rubio fired
/// back:"), in tokens: a clause with its own verb and object runs longer than a phrase.
pub(super) const MAX_OPENING_CLAUSE: usize = 32;
/// Longest dateline before a sentence's first words ("WASHINGTON, Aug. 24 (UPI) —"), in tokens.
const MAX_DATELINE: usize = 12;

/// The subject of the sentence at `a` (before `limit`), past a phrase that opens it: "At the
/// town hall, Trump …", "Then he …", "Speaking at a town hall event, Trump …", "Hours later,
/// Trump …", "Reached by POLITICO, Bennett …". For the speaker of a cue later in the
/// sentence (a participle after a comma, a colon); reported speech keeps
/// [`sentence_subject`], whose words before the subject are a fronted reported clause.
pub(crate) fn subject_past_opening(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    past_opening(tk, a, limit).and_then(|np| not_opening_shape(tk, np))
}

/// [`subject_past_opening`] before a one-word participle or adverb is turned away.
fn past_opening(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    let a = past_dateline(tk, a, limit);
    // Where [`sentence_subject`] looks for the plain subject; when no adverb follows, this
    // search looks there too and shares its look-up (about 900 instructions a sentence).
    let plain_start = past_function_words(tk, a, limit);
    // The preposition is looked for among the function words `a..plain_start`: with none
    // (most sentences) there is none, and the call is skipped.
    if plain_start > a {
        if let Some(np) = past_opening_preposition(tk, a, plain_start, limit, false) {
            return Some(np);
        }
    }
    let mut s = plain_start;
    // Function words and capitalised adverbs open a sentence before its subject ("Then he
    // cut into Bush").
    while s < limit
        && tk.word(s)
        && (tk.has(s, class::FUNCTION) && !tk.has(s, class::COMPLEMENTIZER) || tk.has(s, class::ADVERB))
    {
        s += 1;
    }
    let shared = s == plain_start;
    // The plain subject, read only where it is needed (the look-ups are pure): where it
    // starts at `s` too, `found` (the phrase [`after`] reads there) checked as a subject;
    // else [`sentence_subject`] from `a`.
    let plain = |found: Option<Np>| {
        if shared {
            found.and_then(|np| checked_subject(tk, limit, np))
        } else {
            sentence_subject(tk, a, limit)
        }
    };
    if opened_by_phrase(tk, s) {
        // Where the plain subject would start at the same phrase, there is none.
        return subject_after_opening(tk, s, limit).or_else(|| plain(None));
    }
    let found = after(tk, s, limit);
    let Some(np) = found else {
        // "With 50 days to go, Minyon Moore …", "Early in his campaign, Trump …": no phrase
        // starts the sentence, so one opens it.
        return subject_after_opening(tk, s, limit).or_else(|| plain(None));
    };
    // One word (a participle, or a capitalised word before an adverb or a preposition) opens
    // a phrase that ends at a comma before the subject.
    let one_word = np.end == np.start + 1 && !np.pronoun;
    // Asked only of one word before no comma (the tests are pure): most subjects are longer.
    let opens_phrase = || {
        opening_word(tk, &np)
            || opening_modifier(tk, np.start)
            || opening_shape(tk, np.start)
            || (tk.word(np.end)
                && !tk.cap(np.end)
                && tk.has(np.end, class::ADVERB | class::TIME | class::AGENT | class::CONNECTOR | class::FUNCTION))
    };
    if one_word && !tk.punct(np.end, ',') && opens_phrase() {
        if let Some(subject) = subject_after_opening(tk, np.end, limit) {
            return Some(subject);
        }
    }
    // From `s` the plain subject is looked for again only when adverbs were passed (else it
    // is `plain` itself).
    if s > a && !shared {
        sentence_subject(tk, s, limit).or_else(|| plain(None))
    } else {
        plain(Some(np))
    }
}

/// "The Security Council issued a statement calling the test “a clear violation”", "she
/// released a statement saying, “…”": an unnamed document right after the lower-case verb
/// whose object it is speaks for that verb's subject (named or a pronoun), when the cue is a
/// participle (`verb`, its token). Otherwise `np` itself.
pub(crate) fn document_issuer(tk: &Toks, np: Np, a: usize, verb: usize) -> Np {
    let v = np.start.wrapping_sub(1);
    let issued = np.name.is_none()
        && !np.pronoun
        && np.start > a
        && tk.has(np.start, class::DETERMINER)
        && (np.start..np.end).any(|k| tk.has(k, class::DOCUMENT))
        && tk.word(v)
        && !tk.cap(v)
        && !tk.has(v, class::FUNCTION | class::CONNECTOR | class::TAILPREP | class::AGENT | class::PRONOUN)
        && tk.s(verb).ends_with("ing");
    if !issued {
        return np;
    }
    let named = |n: &Np| n.name.is_some() || n.pronoun;
    super::before(tk, v, a)
        .filter(named)
        .or_else(|| subject_past_opening(tk, a, v).filter(named))
        .or_else(|| described_past_opening(tk, a, v + 1))
        .unwrap_or(np)
}

/// Most words of a described subject ("One operative inside Trump Tower").
const MAX_DESCRIBED: usize = 5;

/// A described subject with no name that opens the sentence at `s`: an article and plain
/// words up to its verb, an auxiliary or a past tense before an object ("The retired
/// neurosurgeon has …", "the justice sounded off on …" reads no verb and gives none).
pub(super) fn described_subject(tk: &Toks, s: usize, limit: usize) -> Option<Np> {
    if !(tk.word(s) && tk.has(s, class::DETERMINER)) {
        return None;
    }
    let plain_word = |k: usize| {
        tk.unquoted_lower_word(k)
            && !tk.has(k, class::FUNCTION | class::AUX | class::PHRASE_START | class::PRONOUN | class::DETERMINER)
    };
    // A past tense before a preposition is a verb too ("the prince called for …").
    let after_verb = |k: usize| !plain_word(k) || tk.has(k, class::TAILPREP | class::AGENT | class::CONNECTOR);
    let verb_at =
        |k: usize| tk.word(k) && !tk.cap(k) && (tk.has(k, class::AUX) || tk.past_shaped(k) && after_verb(k + 1));
    let end = (s + 2..limit.min(s + 1 + MAX_DESCRIBED)).find(|&k| verb_at(k) || !plain_word(k))?;
    (verb_at(end) && (s + 1..end).all(plain_word)).then(|| super::plain(tk, s, end)).flatten()
}

/// "In December, the prince called for …", "On Monday, the mayor praised …": past an opening
/// phrase led by a preposition, a described subject with no name ([`described_subject`])
/// after the phrase's comma. For the speaker of a participle after a comma, when
/// [`subject_past_opening`] finds no name or pronoun; not for the gates that decide whether a
/// fragment is a quote at all (a described subject there finds scare quotes too).
pub(crate) fn described_past_opening(tk: &Toks, a: usize, limit: usize) -> Option<Np> {
    let a = past_dateline(tk, a, limit);
    // "At the rally, the senator …": a preposition that is no function word opens it too.
    let start = past_function_words(tk, a, limit);
    if !(opened_by_preposition(tk, a, start, false) || start == a && opened_by_phrase(tk, a)) {
        return None;
    }
    let clear = |k: &usize| !tk.mark(*k) && !tk.stop(*k) && !tk.in_quote(*k);
    let c = (a..limit.min(a + MAX_OPENING)).take_while(clear).find(|&k| tk.punct(k, ','))?;
    described_subject(tk, c + 1, limit)
}

/// Where a sentence starts past its dateline ("DECATUR, Ill. — Sen. Ted Cruz …",
/// "WASHINGTON, Dec. 8 (UPI) — …", "Washington (AFP) – …"): an upper-case place and a dash
/// close by, or a place and an agency in brackets before the dash.
// Inlined: most sentences open as [`opens_in_normal_case`] reads, which [`dateline_end`]
// turns away at once (its first word is no upper-case place, and its look for an agency's
// dash stops at the second): told from the two tokens without the call (~1.9 K calls a
// pass over PolNeAR dev, 62 % of them so).
#[inline]
fn past_dateline(tk: &Toks, a: usize, limit: usize) -> usize {
    if opens_in_normal_case(tk, a) {
        return a;
    }
    dateline_end(tk, a, limit)
}

/// Whether the tokens at `a` are a capitalised word whose second byte is in lower case and
/// then a word whose first byte is ("The mayor", "Ruiz said"), read from the two tokens and
/// two bytes of the text.
fn opens_in_normal_case(tk: &Toks, a: usize) -> bool {
    let Some([first, second]) = tk.t.get(a..a + 2) else { return false };
    let bytes = tk.text.as_bytes();
    first.cap()
        && second.is_word()
        && !second.cap()
        && first.span().len() > 1
        && bytes.get(first.start() + 1).is_some_and(u8::is_ascii_lowercase)
        && bytes.get(second.start()).is_some_and(u8::is_ascii_lowercase)
}

/// [`past_dateline`] read in full.
#[inline(never)]
fn dateline_end(tk: &Toks, a: usize, limit: usize) -> usize {
    let upper = |k: usize| tk.word(k) && tk.s(k).len() > 1 && !tk.s(k).chars().any(char::is_lowercase);
    let end = limit.min(a + MAX_DATELINE);
    // A capitalised word with a lower-case second letter ("The", "Ruiz") is no upper-case place:
    // told from two bytes, before its characters are read (this runs for each sentence whose
    // subject is looked for).
    let lower_second = tk.cap(a) && tk.bytes(a).get(1).is_some_and(u8::is_ascii_lowercase);
    if !lower_second && upper(a) {
        return (a + 1..end).find(|&k| tk.dash(k)).map_or(a, |d| d + 1);
    }
    if !tk.cap(a) {
        return a;
    }
    // "Washington (AFP) – …": a place in normal case, the agency in brackets right before
    // the dash, and no lower-case word before them. The look for the dash stops at a word in
    // lower case (most sentences have one right after their first word; its first byte tells).
    let lower_word = |k: usize| tk.word(k) && !tk.cap(k) && tk.bytes(k).first().is_some_and(u8::is_ascii_lowercase);
    let agency = (a + 1..end)
        .take_while(|&k| !lower_word(k))
        .find(|&k| tk.dash(k))
        .filter(|&d| d > a + 2 && tk.punct(d - 1, ')'));
    match agency {
        Some(d) if (a..d).all(|k| !tk.word(k) || tk.cap(k) || !tk.s(k).chars().any(char::is_lowercase)) => d + 1,
        _ => a,
    }
}

/// The subject after the comma that closes a sentence's opening phrase (from `from`): a name
/// or a pronoun that a word follows ("In December, the prince called …" has none: the
/// speaker look-up of a participle reads it with [`described_past_opening`]).
pub(super) fn subject_after_opening(tk: &Toks, from: usize, limit: usize) -> Option<Np> {
    subject_after_opening_within(tk, from, limit, MAX_OPENING)
}

/// [`subject_after_opening`] past an opening of at most `max` tokens.
pub(super) fn subject_after_opening_within(tk: &Toks, from: usize, limit: usize, max: usize) -> Option<Np> {
    let clear = |k: &usize| !tk.mark(*k) && !tk.stop(*k) && !tk.in_quote(*k);
    let c = (from..limit.min(from + max)).take_while(clear).find(|&k| tk.punct(k, ','))?;
    let subject = |np: &Np| {
        (np.name.is_some() || np.pronoun || possessed_person(tk, np))
            && np.end < limit
            && tk.word(np.end)
            && !tk.has(np.end, class::RELATIVE)
            && !(np.start..np.end).any(|k| tk.cue_at(k).is_some())
    };
    let np = after(tk, c + 1, limit)?;
    // "Speaking in Salem, New Hampshire, Trump went …": a place that closes the opening phrase.
    if np.name.is_some() && !np.pronoun && tk.punct(np.end, ',') {
        if let Some(next) = after(tk, np.end + 1, limit).filter(subject) {
            return Some(next);
        }
        // "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders …": the place is
        // followed by a phrase of time or place of its own, and the subject comes after that.
        let phrase = np.end + 1;
        if tk.word(phrase) && !tk.cap(phrase) && tk.has(phrase, class::FUNCTION | class::TIME) {
            let next = (phrase..limit.min(phrase + MAX_OPENING))
                .take_while(clear)
                .find(|&k| tk.punct(k, ','))
                .and_then(|c| after(tk, c + 1, limit).filter(subject));
            if next.is_some() {
                return next;
            }
        }
    }
    let appositive = tk.punct(np.end, ',') && np.name.is_some();
    (subject(&np) || appositive).then_some(np)
}

#[cfg(test)]
mod tests {
    use crate::attribution::test_quotes::speakers;

    #[test]
    fn participle_speaks_for_the_subject_past_an_opening_phrase() {
        for (s, who) in [
            ("Speaking at a town hall in Salem, New Hampshire, Ana Ruiz went after Bush, calling him “a total stiff.”", "Ana Ruiz"),
            ("Hours later, Ana Ruiz answered the mayor, telling reporters, “We have been friends for a long time.”", "Ana Ruiz"),
            ("Reached by phone, Ana Ruiz denied it, calling the claim “nonsense.”", "Ana Ruiz"),
            ("Then she cut into Bush, calling him a “stiff.”", "she"),
            ("At the rally, Ana Ruiz attacked the plan, calling it “a disaster.”", "Ana Ruiz"),
            ("Early in her campaign, Ana Ruiz attacked Ben Ruiz, calling him “a failed candidate.”", "Ana Ruiz"),
            ("The retired surgeon has given no details, saying only that he was “refining some practices.”", "The retired surgeon"),
            ("After the vote, Ana Ruiz issued a statement calling the plan “a clear violation” of the rules.", "Ana Ruiz"),
            ("The senator will win, Ana Ruiz said, adding that the way to beat her “is to attack her record.”", "Ana Ruiz"),
            (
                "Ana Ruiz spoke out about the death of a man in Tulsa, Oklahoma, arguing that such killings are “intolerable.”",
                "Ana Ruiz",
            ),
            ("DECATUR, Ill. — Sen. Ana Ruiz weighed in on the allegations, calling the behavior a “fireable offense.”", "Ana Ruiz"),
            // A described subject past an opening phrase led by a preposition.
            ("In December, the mayor called for Ben Ruiz to step down, calling him “a disgrace to the council.”", "the mayor"),
            ("In the morning, the council issued a report calling the plan “a disaster for the harbour.”", "the council"),
        ] {
            let got = speakers(&format!("Head.\n\n{s}"));
            assert!(!got.is_empty() && got.iter().all(|g| g.as_deref() == Some(who)), "{s}: {got:?}");
        }
    }

    #[test]
    fn a_description_led_by_an_article_runs_back_over_its_post_modifier() {
        for (s, who) in [
            ("“You pay your taxes,” a narrator in the ad says.", "a narrator in the ad"),
            (
                "“We will win,” the Florida senator and presidential candidate said.",
                "the Florida senator and presidential candidate",
            ),
            ("“We will win,” the party's senior editor Ana Ruiz said.", "Ana Ruiz"),
        ] {
            let got = speakers(&format!("Head.\n\n{s}"));
            assert_eq!(got, vec![Some(who.to_string())], "{s}");
        }
    }

    /// The name [`super::super::finish`] picks in a phrase of many name runs (more than it
    /// keeps on the stack), none at the start: the last run.
    #[test]
    fn a_phrase_of_many_name_runs_names_the_last() {
        use crate::attribution::speaker::{finish, Np};
        use crate::attribution::{tokens, view::Toks};
        for runs in [3, 12, 13, 20] {
            let text: String = (0..runs).map(|i| format!("zz Ab{} ", char::from(b'a' + i as u8))).collect();
            let mut toks = Vec::new();
            tokens::tokenize(&text, 0..text.len(), &mut toks);
            let tk = Toks::new(&text, &toks, &[]);
            let mut np = Np { start: 0, end: tk.len(), ..Np::default() };
            finish(&tk, &mut np, tk.len());
            assert_eq!(np.name, Some((tk.len() - 1, tk.len())), "{text}");
        }
    }

    /// [`super::past_dateline`]'s screen by the first two tokens gives what the full reading
    /// gives, at every token of the bundled texts and of made datelines, and finds them.
    #[test]
    fn the_dateline_screen_keeps_every_dateline() {
        use super::{dateline_end, opens_in_normal_case, past_dateline};
        use crate::attribution::{tokens, view::Toks};
        let made = [
            "DECATUR, Ill. — Sen. Ana Ruiz weighed in.",
            "WASHINGTON, Dec. 8 (UPI) — The council met.",
            "Washington (AFP) – The council met.",
            "The mayor said so. Ruiz said no. A man spoke. Mr. Ruiz left.",
        ];
        let bundled = crate::bundled_texts::bundled_texts().into_iter().map(|(_, body)| body);
        let (mut screened, mut datelines) = (0, 0);
        for text in made.iter().map(|t| t.to_string()).chain(bundled) {
            let mut toks = Vec::new();
            tokens::tokenize(&text, 0..text.len(), &mut toks);
            let tk = Toks::new(&text, &toks, &[]);
            for a in 0..tk.len() {
                screened += usize::from(opens_in_normal_case(&tk, a));
                for limit in [a + 1, a + 4, tk.len()] {
                    let full = dateline_end(&tk, a, limit);
                    datelines += usize::from(full > a);
                    assert_eq!(past_dateline(&tk, a, limit), full, "{:?} in {text:.60}", tk.s(a));
                }
            }
        }
        assert!(screened >= 20 && datelines >= 3, "{screened} screened, {datelines} datelines");
    }

    #[test]
    fn an_opening_phrase_is_never_the_speaker() {
        let got = speakers(
            "Head.\n\nWeighing in on the debate, Ben Ruiz agreed, praising the mayor as “one of the most gifted.”",
        );
        assert!(!got.is_empty() && got.iter().all(|s| s.as_deref() == Some("Ben Ruiz")), "{got:?}");
    }
}
