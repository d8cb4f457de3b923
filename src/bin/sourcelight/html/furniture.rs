//! Page furniture known by its markup: what a page's class names call a caption or a timestamp
//! (read before Readability, which drops class names), and what the article's markup tells after
//! it: whether a block's letters all lie in `<time>` elements (the core's rule of a line of
//! dates alone reads it) and whether it is set wholly in bold or italics (its closing sign-off
//! rule reads that).

use sourcelight::{is_signoff, BlockKind, Styled};

/// Marks the elements whose class names a caption as `figcaption` (which the walk reads as a
/// caption), and removes those whose class names a timestamp ("First published …", "Updated
/// 9:41 AM"). A class token names the role when it ends with it ("pb-caption", "thumbcaption",
/// "storytimestamp") or with it and "text" ("caption-text", "media-caption__text"); a modifier
/// that tells an element *has* one ("has-caption", "no-caption", BEM's "fig--narrow-caption")
/// does not.
pub fn mark_by_class(page: &dom_query::Document) {
    for node in page.select("[class*=\"caption\" i], [class*=\"timestamp\" i]").nodes() {
        let Some(class) = node.attr("class") else { continue };
        let class = class.to_ascii_lowercase();
        if class.split_ascii_whitespace().any(|token| names_role(token, "timestamp")) {
            node.remove_from_parent();
        } else if class.split_ascii_whitespace().any(|token| names_role(token, "caption")) && !in_caption(node) {
            node.rename("figcaption");
        }
    }
}

/// Whether `node` is inside a caption already: only the outermost becomes one (a caption in a
/// caption, "<p class=caption><span class=caption-text>", is one caption, and Readability drops
/// a `figcaption` nested in another).
fn in_caption(node: &dom_query::NodeRef) -> bool {
    node.ancestors_it(None).any(|a| a.node_name().is_some_and(|n| n.eq_ignore_ascii_case("figcaption")))
}

/// Whether a lower-case class `token` names an element's `role` (see [`mark_by_class`]).
fn names_role(token: &str, role: &str) -> bool {
    if token.contains("--") || ["has-", "hasnt-", "no-", "with-"].iter().any(|p| token.starts_with(p)) {
        return false;
    }
    let base = token.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let base = base.strip_suffix("text").map_or(base, |b| b.trim_end_matches(['-', '_']));
    base.ends_with(role)
}

/// What the walk counts of a block's letters (letters and digits): all of them, those inside
/// emphasis (`b`, `strong`, `i`, `em`), and those inside `time` elements.
#[derive(Default, Clone, Copy)]
pub struct Letters {
    /// Every letter of the block.
    pub all: usize,
    /// The letters set in bold or italics.
    pub emphasised: usize,
    /// The letters inside `<time>`.
    pub dated: usize,
}

impl Letters {
    /// Whether every letter of the block lies in a `<time>` element (the core judges such a
    /// block: [`sourcelight::is_date_stamp`]).
    pub fn wholly_dated(&self) -> bool {
        self.all > 0 && self.dated == self.all
    }

    /// Whether every letter of the block is in bold or italics.
    pub fn wholly_emphasised(&self) -> bool {
        self.all > 0 && self.emphasised == self.all
    }
}

/// Drops the article's last block when it is a closing sign-off set apart from the story (the
/// core's judgement, shared with the extension: [`sourcelight::is_signoff`]): "Lucas Nolan is a
/// reporter for … Follow him on Twitter" in italics, "LAURIE OAKES IS THE NINE NETWORK POLITICAL
/// EDITOR". `emphasised` tells, for each block, whether it is set wholly in bold or italics.
pub fn drop_signoff(blocks: &mut Vec<(BlockKind, String)>, emphasised: &[bool]) {
    let n = blocks.len();
    if n < 2 {
        return;
    }
    let styled = |i: usize| Styled {
        kind: blocks[i].0,
        text: &blocks[i].1,
        emphasised: emphasised.get(i).copied().unwrap_or(false),
    };
    if is_signoff(styled(n - 2), styled(n - 1)) {
        blocks.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_names_a_role_when_it_ends_with_it() {
        for token in
            ["caption", "pb-caption", "thumbcaption", "caption-text", "media-caption__text", "inline-video-caption"]
        {
            assert!(names_role(token, "caption"), "{token}");
        }
        assert!(names_role("storytimestamp", "timestamp"));
        // Must not: a modifier telling the element has a caption, or a caption's part of another role.
        for token in ["has-caption", "no-caption", "fig--narrow-caption", "wp-volt-gal-caption-title", "captioned"] {
            assert!(!names_role(token, "caption"), "{token}");
        }
        assert!(!names_role("fc-item--has-timestamp", "timestamp"));
    }

    /// How many of `blocks` (`(kind, text)`, each with whether it is set wholly in bold or
    /// italics) are left after [`drop_signoff`].
    fn left(blocks: &[(BlockKind, &str, bool)]) -> usize {
        let mut texts: Vec<(BlockKind, String)> = blocks.iter().map(|(k, t, _)| (*k, t.to_string())).collect();
        let emphasised: Vec<bool> = blocks.iter().map(|b| b.2).collect();
        drop_signoff(&mut texts, &emphasised);
        texts.len()
    }

    #[test]
    fn the_last_block_is_dropped_when_the_core_calls_it_a_signoff() {
        use BlockKind::Paragraph;
        let story = "The council will vote on the budget on Monday, the mayor said.";
        let bio = "Ana Ruiz is a reporter for the Gazette.";
        assert_eq!(left(&[(Paragraph, story, false), (Paragraph, bio, true)]), 1);
        // Must not: the same bio not set apart, or a story of one block (the rule's cases are
        // the core's tests).
        assert_eq!(left(&[(Paragraph, story, false), (Paragraph, bio, false)]), 2);
        assert_eq!(left(&[(Paragraph, bio, true)]), 1);
    }

    #[test]
    fn a_block_is_dated_when_all_its_letters_are() {
        assert!(Letters { all: 10, emphasised: 0, dated: 10 }.wholly_dated());
        assert!(!Letters { all: 30, emphasised: 0, dated: 10 }.wholly_dated());
        assert!(!Letters::default().wholly_dated());
    }
}
