//! Where a reader finds each speaker named: the first place the text writes the name as the
//! report gives it. The speaker's mention nearest the quote is often "she" or "Ruiz" while the
//! report's name is "Ana Ruiz", written in full where the article first introduces her, in a
//! paragraph that may quote no one. A reader view ([`super::ReportView::for_readers`]) points
//! there; the `--jsonl` view reads none of this.
//!
//! One pass over the blocks, word by word, for every name at once: each word that opens a name
//! is looked up in a map of the names by their first word, so a page of many names and many
//! words stays linear.

use crate::document::Document;
use crate::report::{FindingKind, Report, Speaker};

/// Most names sharing a first word that are looked for ("John Smith", "John Doe", …): past it
/// a name is shown at its mention, so that no word of a page is compared with every name.
const NAMES_PER_FIRST_WORD: usize = 8;

/// Where the text first writes each speaker's name.
#[derive(Default)]
pub(super) struct Written<'r> {
    /// The names looked for, ordered by first word, then name: each word of the text finds the
    /// names it may open by a binary search (a sorted list, not a hash map: the WebAssembly
    /// module holds no new map type for it).
    names: Vec<Name<'r>>,
}

/// A name looked for, and where the text first writes it.
struct Name<'r> {
    /// Its first word ([`first_word`]).
    first: &'r str,
    /// The name ("Ana Ruiz").
    name: &'r str,
    /// (block, start, end), in bytes of the block; none until found.
    place: Option<(usize, usize, usize)>,
}

impl<'r> Written<'r> {
    /// Where a reader finds `speaker` named: the first place its name is written, else its
    /// mention (an unnamed source, a pronoun, a name the text never writes out as given).
    pub(super) fn place_of(&self, speaker: &Speaker) -> (usize, usize, usize) {
        let mention = (speaker.block, speaker.start, speaker.end);
        if !looked_for(speaker) {
            return mention;
        }
        let key = (first_word(&speaker.name), speaker.name.as_str());
        let at = self.names.partition_point(|n| (n.first, n.name) < key);
        self.names.get(at).filter(|n| (n.first, n.name) == key).and_then(|n| n.place).unwrap_or(mention)
    }

    /// The names `word` may open: those whose first word it is.
    fn opened_by(&mut self, word: &str) -> &mut [Name<'r>] {
        let from = self.names.partition_point(|n| n.first < word);
        let to = from + self.names.get(from..).unwrap_or_default().iter().take_while(|n| n.first == word).count();
        self.names.get_mut(from..to).unwrap_or_default()
    }
}

/// Whether a speaker's name is looked for in the text: a named source, not a pronoun the
/// analysis could not tie to a name ("she", whose first "she" is anyone's).
fn looked_for(speaker: &Speaker) -> bool {
    !speaker.anonymous && !crate::is_unresolved_pronoun(&speaker.name)
}

/// The first place `document` writes each of `report`'s speakers' names, as a whole word
/// sequence ("Ana Ruiz" is not found inside "Ana Ruizova"), in block order.
pub(super) fn first_written<'r>(document: &Document, report: &'r Report) -> Written<'r> {
    let mut names: Vec<Name<'r>> = Vec::new();
    for f in &report.findings {
        let FindingKind::Quote(q) = &f.kind else { continue };
        let Some(sp) = q.speaker.as_ref().filter(|sp| looked_for(sp)) else { continue };
        let first = first_word(&sp.name);
        if !first.is_empty() {
            names.push(Name { first, name: &sp.name, place: None });
        }
    }
    crate::sort::unstable_by_key(&mut names, |n| (n.first, n.name));
    names.dedup_by(|a, b| a.name == b.name);
    // At most a few names for each first word (the first ones in order of the names).
    let mut run = (Default::default(), 0);
    names.retain(|n| {
        run = if run.0 == n.first { (run.0, run.1 + 1) } else { (n.first, 1) };
        run.1 <= NAMES_PER_FIRST_WORD
    });
    let mut pending = names.len();
    let mut written = Written { names };
    for (b, block) in document.blocks.iter().enumerate() {
        if pending == 0 {
            break;
        }
        let text = block.text.as_str();
        for (at, word) in words(text) {
            for n in written.opened_by(word) {
                let whole =
                    || text.get(at..).is_some_and(|rest| rest.starts_with(n.name) && !word_char_at(rest, n.name.len()));
                if n.place.is_none() && whole() {
                    n.place = Some((b, at, at + n.name.len()));
                    pending -= 1;
                }
            }
        }
    }
    written
}

/// The first word of `name`: its letters and digits up to the first other character ("Mr" of
/// "Mr. King"); empty when the name does not open with one.
fn first_word(name: &str) -> &str {
    let end = name.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(name.len(), |(i, _)| i);
    name.get(..end).unwrap_or_default()
}

/// Whether the character at byte `at` of `s` is a letter or a digit (none past the end).
fn word_char_at(s: &str, at: usize) -> bool {
    s.get(at..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric)
}

/// The words of `text` (runs of letters and digits) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{DetailView, PlaceView, SpeakerView};
    use crate::{analyze, Block, BlockKind, OffsetUnit, Positions, ReportView};

    fn places(blocks: &[&str]) -> Vec<(String, (usize, usize, usize))> {
        let document = Document::new(blocks.iter().map(|t| Block::new(BlockKind::Paragraph, *t)).collect());
        let report = analyze(&document);
        let written = first_written(&document, &report);
        let mut out = Vec::new();
        for f in &report.findings {
            let FindingKind::Quote(q) = &f.kind else { continue };
            if let Some(sp) = &q.speaker {
                out.push((sp.name.clone(), written.place_of(sp)));
            }
        }
        out
    }

    #[test]
    fn a_speaker_is_named_where_the_text_first_writes_the_full_name() {
        let found = places(&[
            "The mayor, Ana Ruiz, met the council on Tuesday.",
            "\u{201c}We will not rush this,\u{201d} she said.",
        ]);
        assert_eq!(found, [("Ana Ruiz".to_string(), (0, 11, 19))]);
    }

    /// A name inside a longer word is not the name; an unresolved pronoun keeps its mention.
    #[test]
    fn only_whole_words_name_a_speaker() {
        let found = places(&[
            "The council met in Leeds on Tuesday, then in Leeway.",
            "\u{201c}We will not rush this,\u{201d} Lee said.",
        ]);
        assert_eq!(found, [("Lee".to_string(), (1, 29, 32))]);
        let found = places(&["The shelter is full.", "\u{201c}We will not rush this,\u{201d} she said."]);
        assert_eq!(found, [("she".to_string(), (1, 29, 32))]);
    }

    /// The speakers of a view's quotes, in order.
    fn speakers_of(view: &ReportView) -> Vec<&SpeakerView> {
        view.findings
            .iter()
            .filter_map(|f| match &f.detail {
                DetailView::Quote { speaker, .. } => speaker.as_ref(),
                _ => None,
            })
            .collect()
    }

    /// A reader view marks a speaker that is only a pronoun ("she", named nowhere) as unresolved;
    /// not one the analysis tied to a name ("she" as Ana Ruiz), nor an unnamed source.
    #[test]
    fn a_pronoun_not_tied_to_a_name_is_unresolved_in_a_reader_view() {
        let document = Document::new(vec![
            Block::new(BlockKind::Paragraph, "The council met on Tuesday."),
            Block::new(BlockKind::Paragraph, "\u{201c}We will not rush this,\u{201d} she said."),
            Block::new(BlockKind::Paragraph, "The mayor, Ana Ruiz, spoke next."),
            Block::new(BlockKind::Paragraph, "\u{201c}It is over,\u{201d} she said."),
            Block::new(BlockKind::Paragraph, "\u{201c}It is a mess,\u{201d} an official said."),
        ]);
        let report = analyze(&document);
        let view = ReportView::for_readers(&report, &document, OffsetUnit::Utf8, Positions::InBlocks);
        let marks: Vec<_> = speakers_of(&view).iter().map(|sp| (sp.name.as_str(), sp.unresolved)).collect();
        assert_eq!(marks, [("she", true), ("Ana Ruiz", false), ("an official", false)]);
        let contract = ReportView::new(&report, &document, OffsetUnit::Utf8, Positions::InBlocks);
        assert!(speakers_of(&contract).iter().all(|sp| !sp.unresolved));
    }

    /// The reader view converts the place as every other offset: UTF-16 units or code points
    /// of its block, past accents, emoji and CJK; the contract's view has none.
    #[test]
    fn the_place_is_converted_per_block_like_the_others() {
        let first = "Sm\u{f8}rby \u{1f642} \u{5e02}\u{957f}. The mayor, Ana Ruiz, met the council.";
        let document = Document::new(vec![
            Block::new(BlockKind::Paragraph, first),
            Block::new(BlockKind::Paragraph, "\u{201c}We will not rush this,\u{201d} she said."),
        ]);
        let report = analyze(&document);
        // 🙂 is two UTF-16 units and one code point; ø and 市长 one unit each, two and three bytes.
        for (unit, start) in [(OffsetUnit::Utf16, 25), (OffsetUnit::CodePoints, 24), (OffsetUnit::Utf8, 32)] {
            let view = ReportView::for_readers(&report, &document, unit, Positions::InBlocks);
            let speakers = speakers_of(&view);
            let she = speakers.last().expect("the quote's speaker");
            assert_eq!((she.name.as_str(), she.block), ("Ana Ruiz", Some(1)), "named, mentioned as \"she\"");
            let named = PlaceView { block: Some(0), start, end: start + 8 };
            assert_eq!(she.named, Some(named), "{unit:?}");
            let contract = ReportView::new(&report, &document, unit, Positions::InBlocks);
            assert!(speakers_of(&contract).iter().all(|sp| sp.named.is_none()));
        }
        assert_eq!(first.find("Ana Ruiz"), Some(32));
    }

    #[test]
    fn first_words_are_letters_and_digits() {
        assert_eq!(first_word("Mr. King"), "Mr");
        assert_eq!(first_word("Ana Ruiz"), "Ana");
        assert_eq!(first_word("\u{201c}X\u{201d}"), "");
        assert_eq!(words("é Ruiz, 4x4!").collect::<Vec<_>>(), [(0, "é"), (3, "Ruiz"), (9, "4x4")]);
    }
}
