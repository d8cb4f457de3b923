//! The list of sources: every speaker the frames name, merged by canonical name.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::HashSet;

use crate::attribution::{is_grammar_word, speakers_in_runs, Frame};
use crate::report::Source;
use crate::wordmap::{BuildPageHasher, PageMap};

/// Lists the sources in the order a reader is shown them, [`listed_order`]; a quote split into
/// parts counts once. Each quote's speaker is named as its source is ("she" for "She",
/// "police" for a "Police" that opens a sentence), so that every speaker is listed by the name
/// it shows.
pub(crate) fn collect(frames: &mut [Frame]) -> Vec<Source> {
    let (mut sources, source_of) = list(frames);
    for (f, s) in source_of {
        let name = sources.get(s).map(|s| &s.name);
        if let (Some(sp), Some(name)) = (frames.get_mut(f).and_then(|f| f.speaker.as_mut()), name) {
            if sp.name != *name {
                sp.name.clone_from(name);
            }
        }
    }
    // The key asks whether a name is a pronoun: once a source, not once a comparison.
    crate::sort::by_cached_key(&mut sources, listed_order);
    sources
}

/// Where a source stands in the list every reader shows (the CLI's reports, the extension's
/// popup): named sources first, then anonymous and vague ones ("officials", "a source"), then
/// the pronouns the analysis could not tie to a name ("she"); within each, the most quoted
/// first, and among equals the first quoted first (the sort is stable over the order of first
/// appearance). So a headline's anonymous group, quoted first, does not head the list above the
/// people the story quotes most.
fn listed_order(source: &Source) -> (u8, std::cmp::Reverse<usize>) {
    let standing = if crate::is_unresolved_pronoun(&source.name) { 2 } else { u8::from(source.anonymous) };
    (standing, std::cmp::Reverse(source.quotes))
}

/// The sources, and each speaking frame's source: (frame, source) by index.
fn list(frames: &[Frame]) -> (Vec<Source>, Vec<(usize, usize)>) {
    let mut source_of = Vec::with_capacity(frames.len());
    // At most one source a frame (the findings hold one a frame too): sized once, not grown
    // source by source.
    let mut sources: Vec<Source> = Vec::with_capacity(frames.len());
    // Looked up by name and by (source, outlet), not by scanning the lists: a document can name
    // thousands of speakers, and each frame's look-up would read them all.
    // (Sized for the frames up front: grown step by step, it rehashed every name again.)
    // The names come from the page, so these maps hash with a seed (`BuildPageHasher`): wordmap's
    // list hasher has none, and crafted names could collide on purpose (see wordmap.rs).
    let mut by_name: PageMap<Cow<'_, str>, usize> = PageMap::with_capacity_and_hasher(frames.len(), Default::default());
    let mut relayed: HashSet<(usize, &str), BuildPageHasher> = HashSet::default();
    let mut last_group = None;
    // The descriptions introduced with "a" or "an" (few), with their sources.
    let mut indefinites: Vec<(String, usize)> = Vec::new();
    // The source of the speaker before; the first speaker, who repeats none, sets it.
    let mut i = 0;
    for (f, frame, speaker, again) in speakers_in_runs(frames) {
        let new_quote = last_group != Some((frame.group, speaker.name.as_str()));
        last_group = Some((frame.group, speaker.name.as_str()));
        // One hash of the name, found or inserted; none for a speaker quoted again at once,
        // whose source is the one found for the frame before.
        if !again {
            // An unresolved "She" or "It's" is listed as the pronoun it is, not as a name.
            let pronoun = lower_pronoun(&speaker.name);
            let key = pronoun.map_or_else(|| merge_key(&speaker.name), Cow::Borrowed);
            i = match by_name.entry(key) {
                Entry::Occupied(known) => *known.get(),
                Entry::Vacant(new) => {
                    let key = new.key();
                    // A "the" description after an "a" one may name the source that introduced it.
                    let named_before = if key.starts_with("the ") && !indefinites.is_empty() {
                        indefinite_before(&indefinites, key)
                    } else {
                        None
                    };
                    if key.starts_with("a ") || key.starts_with("an ") {
                        indefinites.push((key.to_string(), sources.len()));
                    }
                    *new.insert(named_before.unwrap_or_else(|| {
                        sources.push(Source {
                            name: pronoun.map_or_else(|| speaker.name.clone(), str::to_owned),
                            description: None,
                            anonymous: speaker.anonymous,
                            quotes: 0,
                            via: Vec::new(),
                        });
                        sources.len() - 1
                    }))
                }
            };
        }
        source_of.push((f, i));
        let source = &mut sources[i];
        // A mention capitalised only for opening its sentence, "Police", "The minister", gives
        // way to the lower-case one the source is named by inside a sentence.
        if !again && starts_lower(&speaker.name) && !starts_lower(&source.name) && lower_pronoun(&source.name).is_none()
        {
            source.name.clone_from(&speaker.name);
        }
        if new_quote {
            source.quotes += 1;
        }
        if source.description.is_none() {
            source.description.clone_from(&speaker.description);
        }
        if let Some(via) = frame.via.as_deref().and_then(|v| outlet_named(v, &source.name)) {
            if relayed.insert((i, via)) {
                source.via.push(via.to_owned());
            }
        }
    }
    (sources, source_of)
}

/// The source a definite description takes up when the text introduced it with "a" or "an"
/// before: "a source said …", then "the source told Reuters" is one person, not two (`key`, as
/// [`merge_key`] gives it, lower-case after "the"; `indefinites`, the "a" and "an" keys listed so
/// far with their sources). A description named with "the" first, and a later "a", stay apart:
/// "the minister" and "a minister" are two.
fn indefinite_before(indefinites: &[(String, usize)], key: &str) -> Option<usize> {
    let rest = key.strip_prefix("the ")?;
    indefinites.iter().find_map(|(indefinite, source)| {
        let named = indefinite.strip_prefix("a ").or_else(|| indefinite.strip_prefix("an "));
        (named == Some(rest)).then_some(*source)
    })
}

/// The outlet a frame's `via` names, as the list gives it: from its first capitalised word,
/// past the lower-case words that lead to it ("to POLITICO", "with radio host Hugh Hewitt");
/// none when no word is capitalised, a common noun and no outlet's name ("network",
/// "newspaper"), or when it is the source itself ("Reuters" for Reuters, "MSNBC host Chris
/// Matthews" or "Chris Matthews, the host" for Chris Matthews).
fn outlet_named<'v>(via: &'v str, source: &str) -> Option<&'v str> {
    let start = via
        .char_indices()
        .find(|&(i, c)| {
            (i == 0 || via.as_bytes().get(i - 1) == Some(&b' ')) && (c.is_uppercase() || c.is_ascii_digit())
        })?
        .0;
    let outlet = via.get(start..)?;
    let is_source = outlet == source
        || outlet.strip_suffix(source).is_some_and(|rest| rest.ends_with(' '))
        || outlet.strip_prefix(source).is_some_and(|rest| rest.starts_with(','))
        || source.strip_suffix(outlet).is_some_and(|rest| rest.ends_with(' '));
    Some(outlet).filter(|_| !is_source)
}

/// Whether `name` opens with a lower-case ASCII letter ("police", "the minister").
fn starts_lower(name: &str) -> bool {
    name.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// The personal pronoun `name` is, in any case, as a source list writes it ("she" for "She";
/// "I"), or none: a speaker's name is a pronoun only where the analysis found no name for it.
pub(crate) fn lower_pronoun(name: &str) -> Option<&'static str> {
    // Screened by length: most names are longer than any pronoun with a contraction
    // ("They\u{2019}re").
    // And by first letter, as most names open with another.
    if name.len() > 10
        || !matches!(name.as_bytes().first().map(|b| b | 0x20), Some(b'h' | b's' | b'i' | b't' | b'w' | b'y'))
    {
        return None;
    }
    let pronoun = crate::text::without_contraction(name);
    ["he", "she", "it", "they", "we", "you", "I"].into_iter().find(|p| p.eq_ignore_ascii_case(pronoun))
}

/// The longest first word [`merge_key`] asks the word list about ("These", "Their").
const MAX_GRAMMAR_OPENER_BYTES: usize = 5;

/// The key that merges a source's mentions: a description capitalised only because it opens a
/// sentence ("The minister", "the minister") is one source, as is a phrase whose first word is
/// a pronoun, determiner or article capitalised so ("The Sanders campaign"), and a word alone
/// ("Police", "police"); names keep their case.
fn merge_key(name: &str) -> Cow<'_, str> {
    // "Brent Bozell III" is the "Brent Bozell" of later mentions: a third's father is a "Jr.",
    // so the bare name stands for no relative (PolNeAR: 3 documents, each one person). Not
    // "Jr.", "Sr." or "II", whose father or son is often the bare name ("Donald Trump Jr." and
    // "Donald Trump", "Cassius Clay Sr." and "Cassius Clay": 5 of the 6 documents that write a
    // name both ways): crediting the son's words to the father is worse than listing one
    // person twice.
    let name = name.strip_suffix(" III").map_or(name, |n| n.strip_suffix(',').unwrap_or(n));
    // A word alone keys as the capitalised word: "police" and "Police" opening a sentence are
    // one source, as are "all" and "All". (The pronouns are keyed before, `lower_pronoun`.)
    if !name.contains(' ') {
        if !starts_lower(name) {
            return Cow::Borrowed(name);
        }
        let mut key = name.to_owned();
        if let Some(initial) = key.get_mut(..1) {
            initial.make_ascii_uppercase();
        }
        return Cow::Owned(key);
    }
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return Cow::Borrowed(name);
    }
    // The second word starts after the first space, found with a plain loop: a name is a few
    // bytes, too short for the vectorised search that `split` starts at each word.
    let space = name.bytes().position(|b| b == b' ');
    let second = space.and_then(|i| name.get(i + 1..));
    if second.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase())) {
        return Cow::Owned(name.to_lowercase());
    }
    let first = space.and_then(|i| name.get(..i)).unwrap_or(name);
    // The pronouns, determiners and articles that open a source's phrase are short words ("The",
    // "She", "Those"): a longer first word, most names' ("Hillary"), is not looked up.
    match first.as_bytes().first() {
        Some(&b) if b.is_ascii_uppercase() && first.len() <= MAX_GRAMMAR_OPENER_BYTES && is_grammar_word(first) => {
            let mut key = name.to_owned();
            if let Some(initial) = key.get_mut(..1) {
                initial.make_ascii_lowercase();
            }
            Cow::Owned(key)
        }
        _ => Cow::Borrowed(name),
    }
}

#[cfg(test)]
mod tests {
    use super::{lower_pronoun, merge_key, outlet_named};

    #[test]
    fn named_sources_come_first_then_the_most_quoted_then_the_first_quoted() {
        let text = "Officials say the port will close\n\n\
            \u{201c}I am still hopeful,\u{201d} she said.\n\n\
            \u{201c}We will not be broken,\u{201d} said Ana Ruiz, the union's leader.\n\n\
            \u{201c}The talks failed,\u{201d} said Li Wei.\n\n\
            \u{201c}We will strike on Monday,\u{201d} Ruiz said.\n\n\
            \u{201c}It is over,\u{201d} said Tom Bell.";
        let report = crate::analyze(&crate::Document::from_plain_text(text));
        let names: Vec<(&str, usize)> = report.sources.iter().map(|s| (s.name.as_str(), s.quotes)).collect();
        // Ruiz, quoted twice, before Li Wei and Tom Bell (once each, in the order quoted); the
        // headline's anonymous officials and the unresolved "she", both quoted first, after them.
        assert_eq!(names, [("Ana Ruiz", 2), ("Li Wei", 1), ("Tom Bell", 1), ("Officials", 1), ("she", 1)]);
        // The most quoted first even when quoted after another: Ruiz, quoted twice, before Li Wei.
        let text = "\u{201c}The talks failed,\u{201d} said Li Wei.\n\n\
            \u{201c}We will not be broken,\u{201d} said Ana Ruiz, the union's leader.\n\n\
            \u{201c}We will strike on Monday,\u{201d} Ruiz said.";
        let report = crate::analyze(&crate::Document::from_plain_text(text));
        let names: Vec<(&str, usize)> = report.sources.iter().map(|s| (s.name.as_str(), s.quotes)).collect();
        assert_eq!(names, [("Ana Ruiz", 2), ("Li Wei", 1)]);
    }

    #[test]
    fn an_unresolved_pronoun_is_listed_as_a_pronoun() {
        assert_eq!(lower_pronoun("She"), Some("she"));
        assert_eq!(lower_pronoun("THEY"), Some("they"));
        assert_eq!(lower_pronoun("i"), Some("I"));
        assert_eq!(lower_pronoun("It's"), Some("it"));
        assert_eq!(lower_pronoun("They\u{2019}re"), Some("they"));
        assert_eq!(lower_pronoun("I've"), Some("I"));
        assert_eq!(lower_pronoun("O'Neil"), None);
        assert_eq!(lower_pronoun("He'x"), None);
        // Names, and words that only start like a pronoun, are no pronouns.
        for name in ["Shea", "Hen", "Ian", "Ana Ruiz", "the minister", "", "Wes"] {
            assert_eq!(lower_pronoun(name), None, "{name}");
        }
    }

    #[test]
    fn a_relaying_outlet_is_listed_by_its_name() {
        assert_eq!(outlet_named("Reuters", "Ana Ruiz"), Some("Reuters"));
        assert_eq!(outlet_named("to POLITICO", "Ana Ruiz"), Some("POLITICO"));
        assert_eq!(outlet_named("with radio host Hugh Hewitt", "Ana Ruiz"), Some("Hugh Hewitt"));
        assert_eq!(outlet_named("news agency TT", "Ana Ruiz"), Some("TT"));
        // A common noun names no outlet; nor is a source relayed through itself.
        assert_eq!(outlet_named("network", "Ana Ruiz"), None);
        assert_eq!(outlet_named("Reuters", "Reuters"), None);
        assert_eq!(outlet_named("MSNBC host Ana Ruiz", "Ana Ruiz"), None);
        assert_eq!(outlet_named("Ana Ruiz, the host of a show", "Ana Ruiz"), None);
        assert_eq!(outlet_named("Washington Post article", "the Washington Post article"), None);
        // Controls: an outlet whose name holds the source's as a word's part, or opens with it.
        assert_eq!(outlet_named("CNN International", "I"), Some("CNN International"));
        assert_eq!(outlet_named("Ruiz Media", "Ruiz"), Some("Ruiz Media"));
    }

    #[test]
    fn a_name_written_with_third_is_the_name_without_it_and_junior_is_not() {
        assert_eq!(merge_key("Kofi Mensah III"), merge_key("Kofi Mensah"));
        assert_eq!(merge_key("Kofi Mensah, III"), merge_key("Kofi Mensah"));
        // A father and his son, named alike: never merged.
        assert_ne!(merge_key("Kofi Mensah Jr."), merge_key("Kofi Mensah"));
        assert_ne!(merge_key("Kofi Mensah Sr."), merge_key("Kofi Mensah"));
        assert_ne!(merge_key("Charles Elliott III"), merge_key("Charles Elliott Jr."));
        assert_ne!(merge_key("Charles Elliott Sr."), merge_key("Charles Elliott Jr."));
    }

    #[test]
    fn a_description_opening_a_sentence_merges_with_its_lower_case_mention() {
        assert_eq!(merge_key("The minister"), merge_key("the minister"));
        assert_ne!(merge_key("Ana Ruiz"), merge_key("ana ruiz"));
        assert_eq!(merge_key("The Sanders campaign"), merge_key("the Sanders campaign"));
        assert_eq!(merge_key("He"), merge_key("he"));
        assert_eq!(merge_key("Police"), merge_key("police"));
        assert_ne!(merge_key("Police"), merge_key("the police"));
        assert_ne!(merge_key("The Minister"), merge_key("the minister"));
        for (name, rewritten) in [
            ("The minister", true),
            // Its article only: "the Minister", not "the minister".
            ("The Minister", true),
            ("Minister", false),
            // Its article's capital only, as no lower-case word follows the first space.
            ("The  minister", true),
            ("The ", true),
            (" the minister", false),
            ("\u{c9}tat major", true),
            ("Les \u{e9}lus", true),
            ("the minister", false),
            // A word alone keys capitalised: "police" as "Police", "She" as itself.
            ("she", true),
            ("police", true),
            ("She", false),
            ("The", false),
            // A capitalised pronoun or article before a name; not a name's own first word.
            ("The Sanders campaign", true),
            ("Ana Ruiz", false),
            ("Ana", false),
            ("Z\u{f6}\u{eb}", false),
        ] {
            assert_eq!(matches!(merge_key(name), std::borrow::Cow::Owned(_)), rewritten, "{name:?}");
        }
    }
}
