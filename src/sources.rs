//! The list of sources: every speaker the frames name, merged by canonical name.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::attribution::{is_grammar_word, speakers_in_runs, Frame};
use crate::report::Source;
use crate::text::Text;
use crate::wordmap::{BuildPageHasher, PageMap};

/// Lists the sources in order of first appearance; a quote split into parts counts once.
pub(crate) fn collect(_text: &Text, frames: &[Frame]) -> Vec<Source> {
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
    // The source of the speaker before; the first speaker, who repeats none, sets it.
    let mut i = 0;
    for (_, frame, speaker, again) in speakers_in_runs(frames) {
        let new_quote = last_group != Some((frame.group, speaker.name.as_str()));
        last_group = Some((frame.group, speaker.name.as_str()));
        // One hash of the name, found or inserted; none for a speaker quoted again at once,
        // whose source is the one found for the frame before.
        if !again {
            i = *by_name.entry(merge_key(&speaker.name)).or_insert_with(|| {
                sources.push(Source {
                    name: speaker.name.clone(),
                    description: None,
                    anonymous: speaker.anonymous,
                    quotes: 0,
                    via: Vec::new(),
                });
                sources.len() - 1
            });
        }
        let source = &mut sources[i];
        if new_quote {
            source.quotes += 1;
        }
        if source.description.is_none() {
            source.description.clone_from(&speaker.description);
        }
        if let Some(via) = &frame.via {
            if relayed.insert((i, via.as_str())) {
                source.via.push(via.clone());
            }
        }
    }
    sources
}

/// The longest first word [`merge_key`] asks the word list about ("These", "Their").
const MAX_GRAMMAR_OPENER_BYTES: usize = 5;

/// The key that merges a source's mentions: a description capitalised only because it opens a
/// sentence ("The minister", "the minister") is one source, as is a phrase whose first word is
/// a pronoun, determiner or article capitalised so ("The Sanders campaign", "She"); names keep
/// their case.
fn merge_key(name: &str) -> Cow<'_, str> {
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
    use super::merge_key;

    #[test]
    fn a_description_opening_a_sentence_merges_with_its_lower_case_mention() {
        assert_eq!(merge_key("The minister"), merge_key("the minister"));
        assert_ne!(merge_key("Ana Ruiz"), merge_key("ana ruiz"));
        assert_eq!(merge_key("The Sanders campaign"), merge_key("the Sanders campaign"));
        assert_eq!(merge_key("He"), merge_key("he"));
        assert_ne!(merge_key("The Minister"), merge_key("the minister"));
        for (name, lowered) in [
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
            // A capitalised pronoun or article before a name; not a name's own first word.
            ("The Sanders campaign", true),
            ("She", true),
            ("The", true),
            ("Ana Ruiz", false),
            ("Ana", false),
            ("Z\u{f6}\u{eb}", false),
        ] {
            assert_eq!(matches!(merge_key(name), std::borrow::Cow::Owned(_)), lowered, "{name:?}");
        }
    }
}
