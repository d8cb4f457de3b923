//! Mentions of a named speaker that the reading order could not resolve, linked to the name
//! once the whole document is read: a surname used before the full name (a headline's "Ruiz
//! vows …" above "Mayor Ana Ruiz said"), and "the mayor" for the one named speaker the text
//! gives that role ("Mayor Ana Ruiz … the mayor said"). Without the link the sources list
//! shows one person as two or three sources.

use super::Frame;
use crate::wordmap::PageMap;

/// Renames the speakers of `frames` whose mention is a bare surname or "the" and a role to the
/// one named speaker they stand for; a mention that could stand for two named speakers stays.
pub(crate) fn link(frames: &mut [Frame]) {
    // Each surname and each role (lower case), with the full name it belongs to and the
    // frame that first names it; `None` once two different people share it. (Words of the
    // page: a seeded hasher.)
    let mut by_surname: PageMap<&str, Option<&str>> = PageMap::default();
    let mut by_role: PageMap<String, Option<(&str, usize)>> = PageMap::default();
    // Each full name's first description, which a linked mention without one takes.
    let mut descriptions: PageMap<&str, &str> = PageMap::default();
    // The name and description last registered: a speaker quoted again at once (a quote
    // split by its attribution, "X said" twice running) changes none of the slots above, so
    // its surname, description and role are not hashed again.
    let mut last: Option<(&str, Option<&str>)> = None;
    for (i, sp) in frames.iter().enumerate().filter_map(|(i, f)| Some((i, f.speaker.as_ref()?))) {
        let key = (sp.name.as_str(), sp.description.as_deref());
        if last == Some(key) || sp.anonymous || !is_full_name(&sp.name) {
            continue;
        }
        last = Some(key);
        let Some((_, surname)) = sp.name.rsplit_once(' ') else { continue };
        let slot = by_surname.entry(surname).or_insert(Some(&sp.name));
        if slot.is_some_and(|name| name != sp.name) {
            *slot = None;
        }
        if let Some(role) = &sp.description {
            descriptions.entry(&sp.name).or_insert(role);
            let slot = by_role.entry(role.to_lowercase()).or_insert(Some((&sp.name, i)));
            if slot.is_some_and(|(name, _)| name != sp.name) {
                *slot = None;
            }
        }
    }
    if by_surname.is_empty() {
        return;
    }
    let mut renames: Vec<(usize, String, Option<String>)> = Vec::new();
    // The last speaker's name and what it was looked up to: the full name, with the frame
    // that first gave a role its name (`None` for a surname). The maps do not change here,
    // so the same name finds the same, and a speaker quoted again at once is not looked up.
    let mut last: Option<(&str, Found)> = None;
    for (i, f) in frames.iter().enumerate() {
        let Some(sp) = &f.speaker else { continue };
        let found = match last {
            Some((name, found)) if name == sp.name => found,
            _ if is_surname(&sp.name) => by_surname.get(sp.name.as_str()).copied().flatten().map(|name| (name, None)),
            _ => role_of(&sp.name)
                .and_then(|role| by_role.get(&role.to_lowercase()).copied().flatten())
                .map(|(name, first)| (name, Some(first))),
        };
        last = Some((&sp.name, found));
        // The role must be named before it is used: "the mayor" before any named mayor may be
        // someone else.
        let full = found.filter(|&(_, first)| first.is_none_or(|first| first < i)).map(|(name, _)| name);
        if let Some(full) = full {
            renames.push((i, full.to_string(), descriptions.get(full).map(|d| d.to_string())));
        }
    }
    for (i, name, description) in renames {
        if let Some(sp) = frames.get_mut(i).and_then(|f| f.speaker.as_mut()) {
            sp.name = name;
            sp.anonymous = false;
            if sp.description.is_none() {
                sp.description = description;
            }
        }
    }
}

/// What a speaker's name was looked up to: the full name it stands for, with the frame that
/// first gave the role it names (`None` for a surname), or nothing.
type Found<'a> = Option<(&'a str, Option<usize>)>;

/// Whether `name` is two or more words, each starting with a capital ("Ana Ruiz"): the word
/// after each space is read where the space is found (a `split` per word cost more than the
/// rest of the linking).
fn is_full_name(name: &str) -> bool {
    let mut spaces = name.bytes().enumerate().filter(|&(_, b)| b == b' ').map(|(k, _)| k).peekable();
    spaces.peek().is_some() && starts_upper(name) && spaces.all(|k| name.get(k + 1..).is_some_and(starts_upper))
}

/// Whether `name` is one capitalised word with a lower-case letter in it ("Ruiz", not "NATO").
fn is_surname(name: &str) -> bool {
    !name.contains(' ') && starts_upper(name) && name.chars().any(char::is_lowercase)
}

/// The role of a mention "the mayor", "The prime minister": lower-case words after "the".
fn role_of(name: &str) -> Option<&str> {
    let role = name.strip_prefix("the ").or_else(|| name.strip_prefix("The "))?;
    (!role.is_empty() && role.split(' ').all(|w| w.starts_with(|c: char| c.is_lowercase()))).then_some(role)
}

fn starts_upper(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// Each quote's speaker name, in order.
    fn speakers(s: &str) -> Vec<String> {
        let text = crate::text::Text::new(&Document::from_plain_text(s));
        super::super::find(&text).into_iter().filter_map(|f| f.speaker.map(|sp| sp.name)).collect()
    }

    #[test]
    fn a_full_name_is_words_that_each_start_with_a_capital() {
        for (name, full) in [
            ("Ana Ruiz", true),
            ("Ana Maria \u{c9}lise Ruiz", true),
            ("Ruiz", false),
            ("Ana ruiz", false),
            ("ana Ruiz", false),
            ("Ana  Ruiz", false),
            ("Ana Ruiz ", false),
            (" Ana Ruiz", false),
            ("Ana \u{e9}lise", false),
            ("", false),
        ] {
            assert_eq!(super::is_full_name(name), full, "{name:?}");
            assert_eq!(name.contains(' ') && name.split(' ').all(super::starts_upper), full, "{name:?}");
        }
    }

    #[test]
    fn a_surname_before_the_full_name_is_linked_to_it() {
        let got = speakers(
            "Ruiz vows to rebuild the old bridge\n\n\
             Mayor Ana Ruiz said the bridge would reopen in May.\n\n\
             \"We will not wait,\" the mayor said.",
        );
        assert_eq!(got, ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]);
    }

    #[test]
    fn a_surname_or_role_two_people_share_stays_as_written() {
        let got = speakers(
            "Mayor Ana Ruiz said the bridge would reopen.\n\n\
             Mayor Carlos Ruiz said it would not.\n\n\
             The mayor said the vote was close.",
        );
        assert_eq!(got, ["Ana Ruiz", "Carlos Ruiz", "The mayor"]);
    }

    #[test]
    fn a_role_before_anyone_is_named_for_it_stays_as_written() {
        let got = speakers(
            "The mayor said the bridge would reopen.\n\n\
             Mayor Ana Ruiz said it would reopen in May.",
        );
        assert_eq!(got, ["The mayor", "Ana Ruiz"]);
    }
}
