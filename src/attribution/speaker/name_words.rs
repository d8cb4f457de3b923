//! The words of a speaker's name: which capitalised words may be part of one (not a sentence's
//! opening participle or a cue word), the particles inside names ("de", "al") and the head of a
//! speaker phrase. An institution's name over its joiners is `body_name.rs`'s; words naming a
//! kind of person ("One Republican") are `kind.rs`'s.

use std::sync::LazyLock;

use super::super::view::Toks;
use super::super::words::{class, is_listed, Listed, ListedAs, Opener, WORDS_TABLE};
use crate::lexicon;
use crate::text::sentences::ABBREVIATIONS;

/// Whether the capitalised word at `k` may be part of a name.
pub(super) fn namey(tk: &Toks, k: usize) -> bool {
    // Capitalised adverbs, auxiliaries, prepositions and cue words start sentences; they are
    // not names ("Once", "According", "At"; "By adding …, Wills restricts": the passive's "by").
    // The speaker's walks ask again about the words they have passed (about 14,000 asks a
    // pass over PolNeAR dev): the answer reads the block's tokens alone, so it is remembered.
    tk.cap(k) && tk.name_word(k, || capitalised_namey(tk, k))
}

/// [`namey`] for a capitalised word `k`, worked out.
fn capitalised_namey(tk: &Toks, k: usize) -> bool {
    let excluded = class::FUNCTION
        | class::PRONOUN
        | class::DETERMINER
        | class::SOURCE_NOUN
        | class::TIME
        | class::ADVERB
        | class::AUX
        | class::CONNECTOR
        | class::TAILPREP
        | class::AGENT;
    if tk.has(k, excluded) {
        // A listed title word or a time word only, read further out of line: it runs for every
        // capitalised word.
        return surname_title(tk, k)
            || (tk.has(k, class::TIME) && time_word_in_name(tk, k))
            || (tk.honorific(k) && !honorific_title(tk, k));
    }
    // The word's `listed_as` and last byte rule out the opener, the participle, the adverb and
    // the month for most names before their tests read the word and the tokens around it again
    // (the four are pure: their order does not change the answer).
    (!tk.has(k, class::PHRASE_START) || continues_name(tk, k))
        && !opens_before_subject(tk, k)
        && !joined_contraction(tk, k)
        && !(may_open_or_date(tk.bytes(k)) && (opening_modifier(tk, k) || month_before_day(tk, k)))
        // Only a word whose second letter is a capital too ("HOLD", "NATO") can stand in a line
        // in capitals: one byte rules out most names ("Ruiz") before the walk.
        && !(tk.upper_second(k) && shouted_line(tk, k))
}

/// Whether the capitalised word at `k` is an honorific standing as a title before a name: a
/// church or honorary title (list kind `honorific`) with a capitalised word right after it in
/// its sentence ("Cardinal Sean O’Malley", "Sir Peter"), no part of the name. Alone it is the
/// name ("The Cardinal said"). Asked here, of listed capitalised words only, out of line: a
/// test in the word look-up, which runs for every word, cost ~0.28 M instructions a pass.
fn honorific_title(tk: &Toks, k: usize) -> bool {
    tk.honorific(k) && tk.word(k + 1) && tk.cap(k + 1) && tk.same_sentence(k, k + 1)
}

/// [`contraction`] asked of a joined word only ("Don't", not "Ruiz"): most words asked about
/// are turned away by their token's flag.
fn joined_contraction(tk: &Toks, k: usize) -> bool {
    tk.joined(k) && contraction(tk, k)
}

/// Whether the word at `k` is a contraction, which no name is: a verb's "n't" or a
/// pronoun's "'re", "'ve", "'ll", "'m" or "'d" ("Don't", "Can’t", "We're", "I'll"), or the
/// "'s" of a listed grammar word or sentence opener ("Let's hope …", "What’s more, …",
/// "That's"). A name's apostrophe comes after its first letter or two, with more letters than
/// these after it ("O'Malley", "D’Souza"); its possessive's stem is no listed word
/// ("Clinton's").
#[inline(never)]
pub(super) fn contraction(tk: &Toks, k: usize) -> bool {
    let s = tk.bytes(k);
    if let [.., b'n' | b'N', b'\'', b't' | b'T'] | [.., b'n' | b'N', 0xE2, 0x80, 0x99, b't' | b'T'] = s {
        return true;
    }
    let Some(stem) = crate::text::contracted_stem(s) else { return false };
    if !s.ends_with(b"s") && !s.ends_with(b"S") {
        // "'re", "'ve", "'ll", "'m", "'d".
        return true;
    }
    let grammar =
        class::PRONOUN | class::FUNCTION | class::DETERMINER | class::ARTICLE | class::COMPLEMENTIZER | class::RELATIVE;
    let entry = WORDS_TABLE.entry_any(stem);
    entry.classes & grammar != 0 || matches!(entry.listed_as, Some(ListedAs::Opener(_)))
}

/// Whether the word at `k` stands in a run of words in capitals that reads as a headline or a
/// subheading, not a name: two or more with a grammar word after the first ("HOLD ON TO YOUR
/// HAT We finally …", "PEOPLE WHO are barred …"; an outlet's article opens its name, "THE
/// HILL"), or three or more with no title's period ("GILLUM ELECTION STRATEGY: “…”"). A name
/// or an acronym in capitals stands alone or in twos ("JAKE TAPPER:", "NATO said"), and a
/// transcript's title keeps its period ("SEN. TIM KAINE:").
#[inline(never)]
fn shouted_line(tk: &Toks, k: usize) -> bool {
    let capitals = |m: usize| tk.word(m) && tk.cap(m) && !tk.has_lower(m);
    // The run around `k` is found before `k`'s own letters are read: most words asked about
    // are an acronym alone ("NATO said"), turned away by the words around them.
    let mut a = k;
    while a > 0 && capitals(a - 1) && tk.same_sentence(a - 1, k) {
        a -= 1;
    }
    let mut b = k + 1;
    while capitals(b) && tk.same_sentence(k, b) {
        b += 1;
    }
    let grammar = class::FUNCTION
        | class::ARTICLE
        | class::PRONOUN
        | class::DETERMINER
        | class::AUX
        | class::CONNECTOR
        | class::TAILPREP
        | class::COMPLEMENTIZER
        | class::RELATIVE;
    let words = b - a;
    if words < 2 || !capitals(k) {
        return false;
    }
    (a + 1..b).any(|m| tk.has(m, grammar)) || (words >= 3 && !(a..b).any(|m| tk.bytes(m).ends_with(b".")))
}

/// Whether the capitalised word at `k` opens its sentence before the subject: a listed opener
/// ([`opener_at_start`]), or a word right before an article or pronoun ([`opens_a_phrase_before`]).
fn opens_before_subject(tk: &Toks, k: usize) -> bool {
    (tk.opener(k).is_some() && opener_at_start(tk, k)) || (opens_a_phrase_before(tk, k + 1) && sentence_start(tk, k))
}

/// Whether the word at `k` begins a noun phrase or a clause (an article or possessive, a
/// subject pronoun, "that"): a capitalised word right before it at a sentence start is a verb,
/// an adverb or a preposition ("Remember that …", "Does the candidate …", "Throughout his
/// book, …", "Together they …"), for no name is followed by one ("Ana Ruiz said", "Ruiz, …",
/// "Ruiz this week said": "this" is a time word here, not an article). A capitalised "I" is
/// left out: it opens a relative clause after a pronoun ("Everyone I interviewed said …").
fn opens_a_phrase_before(tk: &Toks, k: usize) -> bool {
    tk.has(k, class::ARTICLE | class::PRONOUN | class::COMPLEMENTIZER) && tk.word(k) && !tk.cap(k)
}

/// Whether the word `s` ends as [`opening_modifier`] (a participle in "-ing", an adverb in
/// "-ly") or [`month_before_day`] (an abbreviation's period) needs: only then can either hold.
fn may_open_or_date(s: &[u8]) -> bool {
    matches!(s.last(), Some(b'g' | b'y' | b'.'))
}

/// Whether the capitalised title word at `k` ("Pope", "Judge", "King") is a surname: it follows
/// a first name (and a middle initial) that opens a phrase ("Amy Pope, deputy homeland security
/// advisor, said", "Peter T. King"), not an article's modifier or a longer capitalised run ("the
/// Police Chief", "a US Army Colonel", "Podesta Group's CEO"), and no name or "of" follows it
/// ("Judge Ana Ruiz", "Former Secretary of State").
#[inline(never)]
fn surname_title(tk: &Toks, k: usize) -> bool {
    let p = k.wrapping_sub(1);
    let title_only = tk.has(k, class::TITLE) && !tk.has(k, class::ROLE | class::ANONYMOUS | class::DOCUMENT);
    title_only
        && k > 0
        && tk.word(p)
        && tk.cap(p)
        && tk.same_sentence(p, k)
        && !tk.has(p, class::SOURCE_NOUN | class::FUNCTION | class::DETERMINER | class::PRONOUN | class::TIME)
        && !tk.possessive_s(p)
        && (p == 0 || !tk.word(p - 1) || !tk.has(p - 1, class::DETERMINER | class::ARTICLE))
        && (p == 0 || !tk.word(p - 1) || !tk.cap(p - 1) || initial(tk, p))
        && !(tk.word(k + 1) && (tk.cap(k + 1) || tk.has(k + 1, class::CONNECTOR)))
}

/// Whether the capitalised time word at `k` goes on the name before it: right after a name
/// word in its sentence a month or a time word written with a capital is a surname or part of
/// a title ("Theresa May said", "USA TODAY reported", "Tucker Carlson Tonight"), for a month
/// alone says no time without a preposition ("Ruiz in May said"). Not a day of the week,
/// which does ("Ruiz Monday said", "told CNN Tuesday"), nor a date, whose day's number follows
/// ("Ruiz May 5 said"), nor a title-case headline's word before another capital ("Trump May
/// Be …"), nor after a possessive ("Ruiz’s May speech").
#[inline(never)]
fn time_word_in_name(tk: &Toks, k: usize) -> bool {
    let p = k.wrapping_sub(1);
    k > 0
        && tk.word(p)
        && tk.same_sentence(p, k)
        && !tk.has(k, class::FUNCTION | class::DETERMINER | class::PRONOUN)
        && !tk.possessive_s(p)
        && !tk.numeric(k + 1)
        && !(tk.word(k + 1) && tk.cap(k + 1))
        && !is_listed(Listed::Weekday, tk.s(k))
        && namey(tk, p)
}

/// Whether the word at `k` is a middle initial ("T." in "Peter T. King").
fn initial(tk: &Toks, k: usize) -> bool {
    matches!(tk.bytes(k), [c, b'.'] if c.is_ascii_uppercase())
}

/// Whether the name starting at `a` is the object of a preposition (after an article or not)
/// inside a description that starts at or before `start`: "The head of Google", "The director
/// of the FBI", "A professor at Yale". Not after "from" or "in", whose place is as often a town
/// before its state ("a salesman from Sumter, South Carolina,"), which no appositive names.
pub(super) fn placed_name(tk: &Toks, start: usize, a: usize) -> bool {
    let preposition = |k: usize| tk.word(k) && !tk.cap(k) && tk.has(k, class::TAILPREP | class::CONNECTOR);
    let article = a > start + 1 && tk.word(a - 1) && !tk.cap(a - 1) && tk.has(a - 1, class::ARTICLE);
    let p = if article { a - 2 } else { a.wrapping_sub(1) };
    let town = |k: usize| tk.s(k).eq_ignore_ascii_case("from") || tk.s(k).eq_ignore_ascii_case("in");
    a > start && p >= start && preposition(p) && !town(p)
}

/// The abbreviated months, which a day's number follows in a date ("On Feb. 22, …"): the
/// entries of kind `month` of `src/lexicon/sentence_abbreviations.txt`, without their period
/// (only a listed abbreviation keeps its period in a token).
static MONTH_ABBREVIATIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::fields(ABBREVIATIONS).filter(|f| f.get(1) == Some(&"month")).filter_map(|f| f.first().copied()).collect()
});

/// Whether the word at `k` is an abbreviated month before a number: a date ("On Feb. 22, a
/// team …", "Oct. 31, 2012"), no name. (Whole month names are time words already.)
fn month_before_day(tk: &Toks, k: usize) -> bool {
    // Bytes, the cheapest tests first: it runs for every capitalised word a name may hold.
    let s = tk.bytes(k);
    s.len() <= 5 && s.ends_with(b".") && tk.bytes(k + 1).first().is_some_and(u8::is_ascii_digit) && listed_month(s)
}

/// Whether `word` (with its period) is a listed month: out of line, so that the screen before
/// it stays small enough to inline where names are walked.
#[inline(never)]
fn listed_month(word: &[u8]) -> bool {
    word.split_last().is_some_and(|(_, stem)| MONTH_ABBREVIATIONS.iter().any(|m| m.as_bytes() == stem))
}

/// Whether the capitalised word at `k` starts its sentence and is a listed opener ("What",
/// "With", "Nearly", "Most"): a word that opens a phrase before the subject or counts it, no
/// name ("Nearly half said …", "With the vote near, Ruiz said …").
pub(super) fn opener_at_start(tk: &Toks, k: usize) -> bool {
    tk.cap(k) && tk.opener(k).is_some() && sentence_start(tk, k)
}

/// Whether the capitalised word at `k` starts its sentence and counts its speakers ("Nearly
/// half said", "Most say").
pub(super) fn count_at_start(tk: &Toks, k: usize) -> bool {
    tk.cap(k) && matches!(tk.opener(k), Some(Opener::Count | Opener::Degree)) && sentence_start(tk, k)
}

/// Whether the mention `a..b` is a word that begins a count at its sentence's start but counts
/// no one alone ("Just click here", "Just over a quarter, 26 percent, say"): no speaker.
pub(super) fn degree_alone(tk: &Toks, a: usize, b: usize) -> bool {
    b == a + 1 && tk.cap(a) && tk.opener(a) == Some(Opener::Degree) && sentence_start(tk, a)
}

/// Whether the word at `k` starts a sentence, a quote, or a line after a dash.
pub(super) fn sentence_start(tk: &Toks, k: usize) -> bool {
    k == 0 || !tk.same_sentence(k - 1, k) || tk.stop(k - 1) || tk.mark(k - 1) || tk.dash(k - 1)
}

/// Whether the capitalised cue word at `k` goes on a name begun by the capitalised word before
/// it ("the United States", "Morning Reports"), which a cue word opening a sentence does not.
fn continues_name(tk: &Toks, k: usize) -> bool {
    let p = k.wrapping_sub(1);
    tk.cap(p)
        && tk.same_sentence(p, k)
        && !tk.has(
            p,
            class::FUNCTION
                | class::PRONOUN
                | class::DETERMINER
                | class::SOURCE_NOUN
                | class::ADVERB
                | class::AUX
                | class::PHRASE_START,
        )
}

/// A participle or adverb that opens its sentence and goes on in lower case ("Speaking in his
/// real voice, he …", "Hastily politicizing the tragedy, Trump …"): no name, though names
/// end in "-ing" and "-ly" too ("Manning said", "Kelly told", "Reilly, a lawyer"). A
/// sentence adverb made from an adjective opens its sentence whatever follows ("Clearly, …",
/// "Clearly wants to go.", "Naturally, I replied …"): no name, nor a person a later pronoun
/// stands for.
pub(super) fn opening_modifier(tk: &Toks, k: usize) -> bool {
    let s = tk.bytes(k);
    let next = k + 1;
    // The word's ending first: it rules out nearly every capitalised word (this runs on each
    // of them) before the look-ups around it.
    let participle = s.len() >= 6 && s.ends_with(b"ing");
    let ly = s.len() >= 5 && s.ends_with(b"ly");
    if ly && s.len() >= 7 && ADVERB_ENDINGS.iter().any(|e| s.ends_with(e)) && sentence_start(tk, k) {
        return true;
    }
    let adverb = ly && tk.bytes(next).ends_with(b"ing");
    if !(participle || adverb) {
        return false;
    }
    let opens = k == 0 || !tk.same_sentence(k - 1, k) || tk.stop(k - 1) || tk.mark(k - 1);
    let goes_on = tk.word(next)
        && !tk.cap(next)
        && !tk.has(next, class::AUX | class::PHRASE_START | class::ADVERB | class::PRONOUN);
    opens && goes_on
}

/// Endings of adverbs made from adjectives ("Clearly", "Naturally", "Thirdly"), which names
/// of seven letters or more do not have ("Kelly", "Carly", "Donnelly", "Beverly" do not match).
const ADVERB_ENDINGS: [&[u8]; 16] = [
    b"ally", b"ously", b"ively", b"ently", b"antly", b"ately", b"ibly", b"ably", b"ingly", b"edly", b"fully", b"arly",
    b"ainly", b"ually", b"rdly", b"thly",
];

/// A lower-case name particle followed (after at most one more particle) by a name word.
pub(super) fn particle_before_name(tk: &Toks, k: usize) -> bool {
    let p = |m: usize| tk.has(m, class::PARTICLE) && !tk.cap(m);
    p(k) && (namey(tk, k + 1) || (p(k + 1) && namey(tk, k + 2)))
}

/// Whether the word at `k` can head a speaker phrase: a capitalised word or a source, outlet or
/// role noun, not a function word, pronoun or time word (but one in a name, "Theresa May").
/// A capitalised word that starts its sentence heads one only when it may be a name, is such a
/// noun or counts the speakers ("Most of the members"): "Then", "Speaking", "What" are
/// capitalised for their place alone.
/// A time word heads one only as part of a name ("Theresa May", [`time_word_in_name`]). One
/// call of [`namey`] for both kinds of word keeps this small enough to inline at its many
/// callers: out of line it cost about 0.2 M instructions a pass over PolNeAR dev.
#[inline(always)]
pub(super) fn head(tk: &Toks, k: usize) -> bool {
    let noun = |k: usize| tk.has(k, class::SOURCE_NOUN | class::OUTLET_HEAD | class::OUTLET_NAME);
    let time = tk.has(k, class::TIME);
    tk.word(k)
        && !tk.has(k, class::FUNCTION | class::PRONOUN)
        && (!time && noun(k)
            || tk.cap(k) && (namey(tk, k) || !time && (!sentence_start(tk, k) || count_at_start(tk, k))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::test_quotes::{speakers, speakers_in_story, tokens_of, with_bundled_texts};

    /// Every month of the abbreviation list is read as one before the day's number in its
    /// example ("The law took effect Jan. 1 in every state.").
    #[test]
    fn each_listed_month_is_read_before_its_day() {
        let months: Vec<_> =
            lexicon::parse(ABBREVIATIONS).into_iter().filter(|e| e.fields.get(1) == Some(&"month")).collect();
        assert!(months.len() >= 10, "{} months", months.len());
        for entry in months {
            let ex = entry.examples[0];
            let toks = tokens_of(ex);
            let tk = Toks::new(ex, &toks, &[]);
            let word = format!("{}.", entry.fields[0]);
            assert!((0..tk.len()).any(|k| tk.s(k) == word && month_before_day(&tk, k)), "line {}: {ex:?}", entry.line);
        }
    }

    /// [`may_open_or_date`] turns away no word that [`opening_modifier`] or
    /// [`month_before_day`] holds for, in the bundled texts and in sentences made for them.
    #[test]
    fn only_a_word_with_a_modifiers_or_months_ending_opens_or_dates() {
        let made = [
            "Speaking in Salem, Ruiz left. Clearly, I replied. Hastily politicizing it, Ruiz left.",
            "On Feb. 22, the team met. Oct. 31, 2012 was a Monday. Kelly said so.",
        ];
        let (mut opening, mut dates) = (0, 0);
        for text in &with_bundled_texts(&made) {
            let toks = tokens_of(text);
            let tk = Toks::new(text, &toks, &[]);
            for k in 0..tk.len() {
                let (modifier, month) = (opening_modifier(&tk, k), month_before_day(&tk, k));
                opening += usize::from(modifier);
                dates += usize::from(month);
                assert!(may_open_or_date(tk.bytes(k)) || !(modifier || month), "{:?} in {text:.60}", tk.s(k));
            }
        }
        assert!(opening >= 3 && dates >= 2, "{opening} opening modifiers, {dates} months");
    }

    /// [`namey`]'s remembered answer is the worked-out one, asked in any order and again, and
    /// does not hang on the quote marks (filled after the view is built, so never read by it).
    #[test]
    fn a_remembered_name_word_is_the_worked_out_one() {
        let made = ["“We will,” Ana Ruiz said. Speaking in Salem, RUIZ SAID NO. On Feb. 22, Ana Pope left."];
        let mut names = 0;
        for text in &with_bundled_texts(&made) {
            let toks = tokens_of(text);
            let asked = Toks::new(text, &toks, &[]);
            let mut quoted = Toks::new(text, &toks, &[]);
            quoted.quoted.fill(true);
            let fresh: Vec<bool> = (0..asked.len()).map(|k| asked.cap(k) && capitalised_namey(&quoted, k)).collect();
            names += fresh.iter().filter(|&&n| n).count();
            for k in (0..asked.len()).rev().chain(0..asked.len() + 1) {
                assert_eq!(namey(&asked, k), fresh.get(k) == Some(&true), "{:?} in {text:.60}", asked.s(k));
            }
        }
        assert!(names >= 4, "{names} name words");
    }

    /// A run of words in capitals with a grammar word after its first, or of three or more
    /// with no title's period, is a headline or a subheading; a name or an acronym in capitals
    /// alone or in twos, or an outlet's name opened by its article, is not.
    #[test]
    fn a_line_in_capitals_is_shouted_and_a_name_in_capitals_is_not() {
        for (text, word, shouted) in [
            ("HOLD ON TO YOUR HAT We finally have a trailer.", "HOLD", true),
            ("PEOPLE WHO are barred from buying guns can print them.", "PEOPLE", true),
            ("GILLUM ELECTION STRATEGY: whip them up.", "GILLUM", true),
            ("GILLUM ELECTION STRATEGY: whip them up.", "STRATEGY", true),
            ("JAKE TAPPER: Good evening.", "TAPPER", false),
            ("JOHN SOLOMON, THE HILL: You know, she said it.", "HILL", false),
            ("SEN. TIM KAINE: Thank you.", "KAINE", false),
            ("NATO said the plan would hold.", "NATO", false),
            ("The CIA said so.", "CIA", false),
        ] {
            let toks = tokens_of(text);
            let tk = Toks::new(text, &toks, &[]);
            let k = (0..tk.len()).find(|&k| tk.s(k) == word).unwrap_or_else(|| panic!("{word} in {text}"));
            assert_eq!(tk.upper_second(k) && shouted_line(&tk, k), shouted, "{word} in {text}");
            assert!(tk.upper_second(k) || !shouted_line(&tk, k), "{word} in {text}");
        }
    }

    /// A headline or subheading in capitals before a quote does not speak it; an acronym in
    /// capitals still does.
    #[test]
    fn a_line_in_capitals_is_no_speaker() {
        let shouted = [
            "HOLD ON TO YOUR HAT We finally have a trailer, and fans are “over the moon about it.”",
            "BUDGET TALKS STALL: “We are nowhere near a deal on this one, and we know it.”",
        ];
        assert_never_named(&shouted, &["HOLD", "BUDGET TALKS STALL"]);
        let acronym = "NATO said the plan would “hold the line for years to come.”";
        assert_eq!(story_speakers(acronym), vec![Some("NATO".to_string())], "{acronym}");
        let label = "JAKE TAPPER, THE HILL: “We heard it from the officials here at the hearing.”";
        assert_eq!(story_speakers(label), vec![Some("JAKE TAPPER".to_string())], "{label}");
    }

    /// An abbreviated month before a day's number is a date, never the speaker nor the
    /// person a later pronoun stands for.
    #[test]
    fn an_abbreviated_month_before_a_day_is_no_speaker() {
        let on_day = "On Feb. 22, the crowd at the game met the team with chants of “Go home, go home.”";
        let dateline =
            "Oct. 31, 2012 The Ruiz “handshake.”\n\nThey met at the port, and the photo was called a “deal” by some.";
        assert_never_named(&[on_day, dateline], &["Feb.", "Oct."]);
        // The chant is still found, with no speaker rather than the month.
        assert_eq!(story_speakers(on_day), vec![None], "{on_day}");
    }

    /// A month or a time word capitalised inside a sentence right after a name word goes on
    /// the name ("Kofi May", "KBTV TODAY"); a day of the week, a month before a day's number
    /// and a possessive's month say when, and the name stops before them.
    #[test]
    fn a_capitalised_time_word_after_a_name_is_part_of_it() {
        for (s, who) in [
            ("Kofi May, the port director, said the deal was dead.", "Kofi May"),
            ("Port Minister Kofi May said the deal was dead.", "Kofi May"),
            ("KBTV TODAY reported that the deal was dead.", "KBTV TODAY"),
            // Controls: the time word says when.
            ("Ana Ruiz Monday said the deal was dead.", "Ana Ruiz"),
            ("Ana Ruiz May 5 said the deal was dead.", "Ana Ruiz"),
            ("The deal was dead, Ana Ruiz’s May report said.", "Ana Ruiz"),
            ("The deal was dead, Ana Ruiz told KBTV Tuesday.", "Ana Ruiz"),
        ] {
            assert_eq!(speakers_in_story(s), [Some(who.to_string())], "{s}");
        }
        // A title-case headline's month before another capital is the modal, no name.
        let ex = "Ruiz May Quit Port Board";
        let toks = tokens_of(ex);
        let tk = Toks::new(ex, &toks, &[]);
        assert!((0..tk.len()).any(|k| tk.s(k) == "May") && (0..tk.len()).all(|k| tk.s(k) != "May" || !namey(&tk, k)));
    }

    /// The speakers of a story's quotes, after a headline.
    fn story_speakers(story: &str) -> Vec<Option<String>> {
        speakers(&format!("Head.\n\n{story}"))
    }

    /// No quote of any story has one of `names` as its speaker.
    fn assert_never_named(stories: &[&str], names: &[&str]) {
        for s in stories {
            let got = story_speakers(s);
            assert!(got.iter().all(|g| g.as_deref().is_none_or(|g| !names.contains(&g))), "{s}: {got:?}");
        }
    }

    /// An adverb that opens a sentence ("Clearly", "Naturally") is no person: neither a
    /// speaker nor the one a later "he" stands for.
    #[test]
    fn a_sentence_adverb_is_no_speaker() {
        let later_he = "Kofi Mensah met the board.\n\nClearly wants to get going.\n\nHe says he has met the mayor” and adds that “it went well.”";
        let opening = "Naturally, I replied that I was “ready to go.”";
        assert_never_named(&[later_he, opening], &["Clearly", "Naturally"]);
        // The quotes are still found, and "He" is the person named before the adverb.
        let mensah = Some("Kofi Mensah".to_string());
        assert_eq!(story_speakers(later_he), vec![mensah.clone(), mensah], "{later_he}");
        assert_eq!(story_speakers(opening), vec![Some("I".to_string())], "{opening}");
        let got = speakers("Head.\n\nThe board met on Monday. Kelly said the port was “ready to go.”");
        assert_eq!(got, vec![Some("Kelly".to_string())]);
    }

    /// A capitalised contraction opening a sentence is no name ("Don't", "Let’s", "What's",
    /// "We're"), whatever its apostrophe; a name with an apostrophe ("O'Malley") and a
    /// possessive ("Ruiz's") still are, and a pronoun's contraction is the pronoun.
    #[test]
    fn a_contraction_is_no_name() {
        let stories = [
            "Ana Ruiz met the board. Don't expect the council to change its mind on the plan.",
            "Ana Ruiz met the board. Don’t expect the council to change its mind on the plan.",
            "Let’s hope that the council votes for the plan in the spring.",
            "Let's hope that the council votes for the plan in the spring.",
            "What's more, the plan, complaining about the vote, may have cost her the seat.",
            "We're told the council will vote for the plan in the spring.",
        ];
        assert_never_named(&stories, &["Don't", "Don’t", "Let", "Let’s", "Let's", "What", "What's", "We're"]);
        for (story, name) in [
            ("Dan O'Malley said the council would vote for the plan in the spring.", "Dan O'Malley"),
            ("Kofi Mensah met the board. He’s not saying what other plans he would support.", "Kofi Mensah"),
            ("Kofi Mensah met the board. He'll need a new plan if he doesn't want the vote to fail.", "Kofi Mensah"),
        ] {
            assert_eq!(story_speakers(story), [Some(name.to_string())], "{story}");
        }
        let story = "Ruiz's aide said the council would vote for the plan in the spring.";
        let got = story_speakers(story);
        assert!(got.len() == 1 && got[0].as_deref().is_some_and(|s| s.contains("aide")), "{story}: {got:?}");
    }

    /// A title word after a first name is a surname ("Ana Pope"); before a name or "of", or
    /// inside a longer capitalised run, it stays a title.
    #[test]
    fn a_title_word_after_a_first_name_is_a_surname() {
        let story = "“The port will close,” Ana Pope, deputy harbour adviser, said on a call with reporters.";
        assert_eq!(story_speakers(story), vec![Some("Ana Pope".to_string())], "{story}");
        let story = "“The port will close,” Former Secretary of State Ana Ruiz said.";
        assert_eq!(story_speakers(story), vec![Some("Ana Ruiz".to_string())], "{story}");
        let story = "“The port will close,” the Police Chief said.";
        assert_never_named(&[story], &["Police Chief"]);
    }
}
