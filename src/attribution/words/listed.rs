//! The attribution word lists asked of one word at a time, in any case, instead of a class bit
//! ([`is_listed`]): the 32 class bits are taken, and each of these lists is asked at a few
//! places only.

use super::WORDS_TABLE;

/// Whether `word` is a listed noun naming a work, or its plural in -s ("films"), in any case.
pub(crate) fn is_work_noun(word: &str) -> bool {
    is_listed(Listed::Work, word)
        || word.strip_suffix(['s', 'S']).is_some_and(|singular| is_listed(Listed::Work, singular))
}

/// Whether `word` is a listed preposition placing a saying in time ("after"), in any case (a
/// title-case headline's "Said After" and an all-caps "SAID AFTER" place the saying too).
pub(crate) fn is_time_prep(word: &str) -> bool {
    is_listed(Listed::TimePrep, word)
}

/// A word list asked of one word at a time, in any case, instead of a class bit: the 32 bits
/// are taken, and each list is asked at a few places only ([`is_listed`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Listed {
    /// The words that open an indirect question (list kind `question`: "how", "whether"),
    /// which no attribution embedded in a clause follows; asked of the word before a possible
    /// embedded attribution.
    Question,
    /// The particles of the verb list's phrases of appeal and topic (list kind `appeal`:
    /// "called on", "warned of"); asked of a cue's second word after "and".
    Appeal,
    /// The finite verbs besides the auxiliaries that open a predicate with no subject of its
    /// own (verb list kind `finite`: "could", "must"); asked of the word right after an
    /// embedded cue.
    Finite,
    /// The prepositions that join a person's noun to the place or body they belong to (list
    /// kind `home`: "the mayor of Eastvale"); asked after such a noun in an unnamed phrase.
    Home,
    /// The prepositions that join an unnamed person's noun to their town (list kind `town`:
    /// "a farmer from Lindon"), whose state after a comma closes the phrase; asked before the
    /// capitalised words that end such a phrase.
    Town,
    /// The nouns naming a work (list kind `work`: "film", "documentary"), whose quoted words
    /// right after them are a title; asked of a word before a quote mark ([`is_work_noun`]).
    Work,
    /// The prepositions that place a saying in time (list kind `timeprep`: "after",
    /// "before"), which open no reported clause right after a cue; asked of the first word of a
    /// clause that has no "that" ([`is_time_prep`]).
    TimePrep,
    /// The nouns whose "that" clause states their content but that name no saying (list kind
    /// `content`: "the idea that", "the fact that"); asked of the noun right before a cue's
    /// "that".
    Content,
    /// The prepositions that join a verb of saying to a noun whose clause it reports (list
    /// kind `objectprep`: "responded to reports that …"); asked between a cue and its "that".
    ObjectPrep,
    /// The prepositions that join a verb of saying to the matter it reports (list kind
    /// `cueprep`: "boasted about a plan to …", "warned against a rush to …"); asked of the
    /// first word after a cue with no "that".
    CuePrep,
    /// The words that open a reported question after a verb of telling and its addressee
    /// (list kind `askword`: "asked the mayor how …"); asked of the words after the addressee.
    AskWord,
    /// The pronouns that stand for a person, never a group or a thing (list kind `personal`:
    /// "he", "she", "i"); asked of a pronoun mention, which takes the last person named.
    Personal,
    /// The object pronouns a naming verb takes before the quoted name it gives (list kind
    /// `objectpronoun`: "dubbed him “…”"); asked of the word before such a quote.
    ObjectPronoun,
    /// The words that end a newspaper's name after another capitalised word (outlet list kind
    /// `masthead`: "the Associated Press", "the Daily Mail"); asked of a speaker's name, which
    /// a later "he" or "she" then never stands for.
    Masthead,
    /// The verbs of saying that relay words when they close a sentence with their source
    /// (verb list kind `relay`: "…, CNN reported.", "…, reports USA Today."); asked of a
    /// cue's verb after a comma at a sentence's end.
    Relay,
    /// The words that stand between a subject and its verb and are no noun of the subject
    /// (list kind `beforeverb`: "Ruiz himself said", "Ruiz never said"); asked of a lower-case
    /// word after a capitalised one, which a noun there would show to modify.
    BeforeVerb,
    /// The coordinators a title keeps in lower case among its capitalised words (list kind
    /// `titlejoin`: "Rivers and Roads"; not "or", which offers alternatives, as a slogan
    /// does: "Bernie or Bust"); asked of a lower-case coordinator in a quote's words.
    TitleJoin,
    /// The words of a transcript's stage labels (list kind `stage`: "VIDEO:", "BEGIN VIDEO
    /// CLIP:", "CROSSTALK:"), which name what is heard, not who speaks; asked of each word of
    /// a paragraph's label.
    Stage,
    /// The past participles that give the quoted name right after them, in the passive or
    /// after the noun they name (list kind `namepart`: "a group called “…”", "was labeled
    /// “…”", "the bill, known as the “…”"); asked of the word before such a quote.
    NamePart,
    /// The connectives that set what follows against what came before (list kind `concessive`:
    /// "still", "in contrast", "at the same time"), which alone before a parenthetical cue
    /// carry none of the words reported ("Still, he said, …"); asked of the words before it.
    Concessive,
    /// The days of the week (list kind `weekday`, time words too: "Monday"), which, unlike a
    /// month or a time word capitalised inside a sentence, say when on their own right after a
    /// name ("Ruiz Monday said"); asked of a capitalised time word after a name word.
    Weekday,
    /// The nouns that name words as words (list kind `termnoun`: "the term “…”", "the slogan
    /// “…”"), whose quoted words right after them someone used, not the outlet's scare quote;
    /// asked of the word before a quote no cue claimed.
    TermNoun,
    /// The conjunctions that open a sentence's subordinate clause before its main one (list
    /// kind `subordinator`: "though", "while"), whose cue reports words that end with that
    /// clause, at the comma before the main clause's subject and verb; asked of a sentence's
    /// first word when its reported words run past a comma.
    Subordinator,
    /// The words that, right before a word of the verb list, make it an adjective or a noun
    /// (list kind `beforenoun`: "such expected backers", "its own recommended list", "other
    /// noted figures"); asked of the word before a cue (not after an article: "the other
    /// said" is a pronoun's verb).
    BeforeNoun,
    /// The modifiers that, after an article or a possessive, make the word of the verb list
    /// right after them an adjective or a noun (list kind `afterarticle`: "the only hope", "the
    /// same demands", "Trump's most promising paths"); asked of the word before a cue when an
    /// article or a possessive comes before it (alone the word may modify the verb: "would
    /// only say").
    AfterArticle,
    /// The pronouns of quantity that a relative clause with no "that" may follow (list kind
    /// `quantifier`: "Everything Trump says is a lie"): the cue inside reports nothing; asked
    /// of the word before a cue's subject.
    Quantifier,
    /// The courtesy titles that say only how a person is addressed (list kind `courtesy`:
    /// "Mr.", "Ms."), which describe no one, alone ("Mr. Ruiz": no description) or beside a
    /// fuller one ("Mr. Ruiz, the law professor": "the law professor", not "Mr., the law
    /// professor"); asked of a description's one-word part.
    Courtesy,
    /// The roles held by a body of people, not one person (roles list kind `group`: "police",
    /// "the campaign"), which no later "he" or "she" stands for; asked of a role alone before
    /// it is remembered as a pronoun's person.
    Group,
}

impl Listed {
    /// Every list, in the order of [`ListedWords`].
    #[cfg(test)]
    const ALL: [Listed; LISTS] = [
        Listed::Question,
        Listed::Appeal,
        Listed::Finite,
        Listed::Home,
        Listed::Town,
        Listed::Work,
        Listed::TimePrep,
        Listed::Content,
        Listed::ObjectPrep,
        Listed::CuePrep,
        Listed::AskWord,
        Listed::Personal,
        Listed::ObjectPronoun,
        Listed::Masthead,
        Listed::Relay,
        Listed::BeforeVerb,
        Listed::TitleJoin,
        Listed::Stage,
        Listed::NamePart,
        Listed::Concessive,
        Listed::Weekday,
        Listed::TermNoun,
        Listed::Subordinator,
        Listed::BeforeNoun,
        Listed::AfterArticle,
        Listed::Quantifier,
        Listed::Courtesy,
        Listed::Group,
    ];

    /// The list whose words a list file marks with `kind`, if any.
    pub(super) fn of_kind(source: ListFile, kind: &str) -> Option<Listed> {
        Some(match (source, kind) {
            (ListFile::Words, "question") => Listed::Question,
            (ListFile::Words, "appeal") => Listed::Appeal,
            (ListFile::Verbs, "finite") => Listed::Finite,
            (ListFile::Words, "home") => Listed::Home,
            (ListFile::Words, "town") => Listed::Town,
            (ListFile::Words, "work") => Listed::Work,
            (ListFile::Words, "timeprep") => Listed::TimePrep,
            (ListFile::Words, "content") => Listed::Content,
            (ListFile::Words, "objectprep") => Listed::ObjectPrep,
            (ListFile::Words, "cueprep") => Listed::CuePrep,
            (ListFile::Words, "askword") => Listed::AskWord,
            (ListFile::Words, "personal") => Listed::Personal,
            (ListFile::Words, "objectpronoun") => Listed::ObjectPronoun,
            (ListFile::Outlets, "masthead") => Listed::Masthead,
            (ListFile::Verbs, "relay") => Listed::Relay,
            (ListFile::Words, "beforeverb") => Listed::BeforeVerb,
            (ListFile::Words, "titlejoin") => Listed::TitleJoin,
            (ListFile::Words, "stage") => Listed::Stage,
            (ListFile::Words, "namepart") => Listed::NamePart,
            (ListFile::Words, "concessive") => Listed::Concessive,
            (ListFile::Words, "weekday") => Listed::Weekday,
            (ListFile::Words, "termnoun") => Listed::TermNoun,
            (ListFile::Words, "subordinator") => Listed::Subordinator,
            (ListFile::Words, "beforenoun") => Listed::BeforeNoun,
            (ListFile::Words, "afterarticle") => Listed::AfterArticle,
            (ListFile::Words, "quantifier") => Listed::Quantifier,
            (ListFile::Words, "courtesy") => Listed::Courtesy,
            (ListFile::Roles, "group") => Listed::Group,
            _ => return None,
        })
    }
}

/// The list files the [`Listed`] lists come from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum ListFile {
    /// `attribution_words.txt` ([`super::WORDS`]).
    Words,
    /// `attribution_verbs.txt` ([`super::VERBS`]).
    Verbs,
    /// `attribution_outlets.txt` ([`super::OUTLETS`]).
    Outlets,
    /// `attribution_roles.txt` ([`super::ROLES`]).
    Roles,
}

/// The words of each [`Listed`] list, as written, indexed by the list; filled by
/// [`super::Words::build`] as it reads each list file, once (reading the files again for each
/// list, once a list, was an eighth of the start-up).
#[derive(Default)]
pub(super) struct ListedWords {
    /// Each list's words, as written.
    words: [Vec<&'static str>; LISTS],
    /// For each list, by a word's length ([`screen_slot`]), the first letters its words of that
    /// length have: most words asked are no listed word's length and first letter, and one
    /// load turns them away before the list is compared (the `masthead` list is asked of every
    /// two-capital name a speaker or subject has, about 760 times a pass over PolNeAR dev).
    screen: [[u32; SCREEN_LENGTHS]; LISTS],
}

/// How many [`Listed`] lists there are (`Group` is the last; `Listed::ALL` checks the count).
const LISTS: usize = Listed::Group as usize + 1;

/// The lengths [`ListedWords`]' screen tells apart; longer words share the last slot.
const SCREEN_LENGTHS: usize = 16;

/// Where `word` falls in [`ListedWords`]' screen: the slot of its length and the bit of its
/// first byte in either ASCII case (`None` for an empty word, which no list holds). Two words
/// equal in any case have the same length and first byte up to ASCII case, so the same slot
/// and bit: the screen never turns a listed word away.
fn screen_slot(word: &str) -> Option<(usize, u32)> {
    let first = *word.as_bytes().first()?;
    Some((word.len().min(SCREEN_LENGTHS - 1), 1 << ((first | 0x20) & 31)))
}

/// Adds `word`, an entry of kind `kind` of `file`, to the [`Listed`] list that kind names, if
/// any.
pub(super) fn note(lists: &mut ListedWords, file: ListFile, word: &'static str, kind: &str) {
    let Some(list) = Listed::of_kind(file, kind) else { return };
    if let (Some(words), Some(screen), Some((slot, bit))) =
        (lists.words.get_mut(list as usize), lists.screen.get_mut(list as usize), screen_slot(word))
    {
        words.push(word);
        if let Some(firsts) = screen.get_mut(slot) {
            *firsts |= bit;
        }
    }
}

/// Whether `word`, in any case, is in `list` ("how" in [`Listed::Question`]).
#[inline]
pub(crate) fn is_listed(list: Listed, word: &str) -> bool {
    // The screen inline at each caller, the list's words compared out of line: most words
    // asked fail the screen, and a call was most of what they cost.
    let Some((slot, bit)) = screen_slot(word) else { return false };
    WORDS_TABLE
        .listed
        .screen
        .get(list as usize)
        .and_then(|screen| screen.get(slot))
        .is_some_and(|firsts| firsts & bit != 0)
        && in_list(list, word)
}

/// Whether `word`, in any case, is one of `list`'s words (compared one by one).
#[inline(never)]
fn in_list(list: Listed, word: &str) -> bool {
    WORDS_TABLE.listed.words.get(list as usize).is_some_and(|words| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each list answers for its own words in any case, and not for another list's words.
    #[test]
    fn listed_words_answer_by_list_in_any_case() {
        for list in Listed::ALL {
            assert!(!WORDS_TABLE.listed.words[list as usize].is_empty(), "{list:?}");
        }
        assert!(is_listed(Listed::Question, "how"));
        assert!(is_listed(Listed::Question, "Whether"));
        assert!(is_listed(Listed::Appeal, "ON"));
        assert!(is_listed(Listed::Finite, "could"));
        assert!(!is_listed(Listed::Question, "could"));
        assert!(!is_listed(Listed::Finite, "how"));
        assert!(!is_listed(Listed::Appeal, "the"));
        assert!(is_listed(Listed::Home, "Of"));
        assert!(!is_listed(Listed::Home, "to"));
        assert!(is_listed(Listed::Town, "From"));
        assert!(!is_listed(Listed::Town, "of"));
        assert!(is_listed(Listed::CuePrep, "About") && is_listed(Listed::CuePrep, "with"));
        assert!(!is_listed(Listed::CuePrep, "on") && !is_listed(Listed::CuePrep, "to"));
        assert!(is_listed(Listed::AskWord, "If") && is_listed(Listed::AskWord, "what"));
        assert!(!is_listed(Listed::AskWord, "that") && !is_listed(Listed::AskWord, "when"));
        assert!(is_listed(Listed::Personal, "She") && is_listed(Listed::Personal, "I"));
        assert!(!is_listed(Listed::Personal, "they") && !is_listed(Listed::Personal, "it"));
        assert!(is_listed(Listed::Group, "Police") && is_listed(Listed::Group, "campaign"));
        assert!(!is_listed(Listed::Group, "manager") && !is_listed(Listed::Group, "officials"));
        assert!(is_listed(Listed::ObjectPronoun, "him") && is_listed(Listed::ObjectPronoun, "Them"));
        assert!(!is_listed(Listed::ObjectPronoun, "he") && !is_listed(Listed::ObjectPronoun, "his"));
        assert!(is_work_noun("Documentary") && is_work_noun("films") && is_work_noun("SERIES"));
        assert!(!is_work_noun("s") && !is_work_noun("filmss") && !is_work_noun("mayor"));
        assert!(is_time_prep("after") && is_time_prep("After") && is_time_prep("AFTER") && !is_time_prep("of"));
        assert!(is_listed(Listed::Masthead, "Press") && !is_listed(Listed::Masthead, "news"));
        assert!(is_listed(Listed::Stage, "CROSSTALK") && !is_listed(Listed::Stage, "TAPPER"));
        assert!(is_listed(Listed::NamePart, "titled") && !is_listed(Listed::NamePart, "said"));
        assert!(is_listed(Listed::TermNoun, "Slogan") && !is_listed(Listed::TermNoun, "claim"));
        assert!(is_listed(Listed::BeforeNoun, "Such") && !is_listed(Listed::BeforeNoun, "the"));
        assert!(is_listed(Listed::Quantifier, "Everything") && !is_listed(Listed::Quantifier, "what"));
        assert!(is_listed(Listed::Weekday, "Monday") && !is_listed(Listed::Weekday, "May"));
    }

    /// A word in any ASCII case falls in its listed form's slot and bit, and a long word in
    /// the last slot; the screen turns away a name of a listed length but another first
    /// letter, and keeps a listed word in any case.
    #[test]
    fn screen_keeps_listed_words_in_any_case() {
        assert_eq!(screen_slot("press"), screen_slot("PRESS"));
        assert_eq!(screen_slot("Press"), screen_slot("pResS"));
        assert_ne!(screen_slot("press"), screen_slot("Trump"));
        assert_eq!(screen_slot("counterintelligence").map(|(slot, _)| slot), Some(SCREEN_LENGTHS - 1));
        assert_eq!(screen_slot(""), None);
        let masthead = &WORDS_TABLE.listed.screen[Listed::Masthead as usize];
        let (slot, bit) = screen_slot("Clinton").unwrap_or_default();
        assert_eq!(masthead[slot] & bit, 0);
        assert!(is_listed(Listed::Masthead, "CHRONICLE") && !is_listed(Listed::Masthead, "Chronicles"));
    }
}
