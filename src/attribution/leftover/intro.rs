//! Quotes introduced by the sentence before them rather than by a cue beside them: a colon
//! after a subject ("Bush: “…”", "A footnote in the report makes that clear: “…”"), a cue
//! further back in the sentence, "X said:" closing a paragraph ([`intro`]), and narration about
//! an already quoted speaker before a quote-only paragraph.

use super::super::indirect::{coordinated_subject, idioms};
use super::super::people::trim_repeated;
use super::super::speaker::{self, Np};
use super::super::view::{Cue, Toks};
use super::super::words::{class, is_listed, CueKind, Listed};
use super::super::{Block, Doc, SpeakerRef};

/// The subject of a sentence that introduces a quote with a colon and no cue: "Bush: “The
/// mission is …”", "A footnote in the report makes that clear: “…”".
pub(super) fn colon_subject(block: &Block, open: usize) -> Option<Np> {
    let tk = &block.tk;
    if open < 2 || !tk.punct(open - 1, ':') {
        return None;
    }
    subject_before_colon(block, open - 1)
}

/// The subject of the sentence that a colon at `colon` ends, for the quote after it.
fn subject_before_colon(block: &Block, colon: usize) -> Option<Np> {
    let tk = &block.tk;
    let a = block.sentence_start(colon);
    if a >= colon {
        return None;
    }
    let np = speaker::before(tk, colon, a);
    // "Pollsters agree - Carl Bialik: “…”": a name after a dash signs the quote that follows,
    // whatever the heading before the dash.
    let signed = np.as_ref().is_some_and(|np| np.name.is_some() && np.start > a && tk.dash(np.start - 1));
    np.filter(|np| np.start == a || signed)
        .or_else(|| speaker::subject_past_opening_clause(tk, a, colon))
        .or_else(|| speaker::sentence_subject(tk, a, colon).filter(|np| !speaker::opening_word(tk, np)))
        .or_else(|| {
            // "On July 6, 2015, Sanders made the following comment:": the subject after an
            // opening phrase's last comma.
            let c = (a..colon).rev().take(MAX_CUE_BACK).find(|&c| tk.punct(c, ',') && !tk.in_quote(c))?;
            speaker::sentence_subject(tk, c + 1, colon).filter(|np| np.name.is_some() || np.pronoun)
        })
}

/// Where the sentence `a..open` starts past a topic label and its colon ("Peru floods: Ana Ruiz
/// '…'"): a label with a lower-case word names no speaker, as "Ruiz: …" does.
pub(super) fn past_topic_label(tk: &Toks, a: usize, open: usize) -> usize {
    let colon = (a..open).take(MAX_LABEL).find(|&k| tk.punct(k, ':') && !tk.in_quote(k));
    match colon {
        Some(c) if (a..c).any(|k| tk.word(k) && !tk.cap(k)) => c + 1,
        _ => a,
    }
}

/// The most tokens of a topic label before a colon.
const MAX_LABEL: usize = 8;

/// How far back (in tokens) a fragment looks for its cue.
const MAX_CUE_BACK: usize = 30;

/// The most tokens of an appositive between a subject and its cue.
const MAX_APPOSITIVE: usize = 14;

/// Whether a parenthesis opened before `from` closes in `from..to`: a ")" with no "(" before it.
fn closes_parenthesis(tk: &Toks, from: usize, to: usize) -> bool {
    let mut depth = 0usize;
    for k in from..to {
        if tk.punct(k, '(') {
            depth += 1;
        } else if tk.punct(k, ')') {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
    }
    false
}

/// The nearest unused cue before token `open` in its sentence, with its speaker.
pub(super) fn cue_before(block: &Block, open: usize) -> Option<(Cue, Option<Np>)> {
    let tk = &block.tk;
    let lower = block.sentence_start(open).max(open.saturating_sub(MAX_CUE_BACK));
    let mut v = open;
    while v > lower {
        v -= 1;
        if tk.in_quote(v) || block.used_cue[v] || !tk.has(v, class::PHRASE_START) {
            continue;
        }
        let Some(cue) = tk.cue_at(v) else { continue };
        // "as if to say “…”": an idiom's cue word reports nobody's words.
        if matches!(cue.kind, CueKind::Tail | CueKind::According) || cue.end > open || idioms::holds_cue(tk, &cue) {
            continue;
        }
        // "(the feeling proclaimed by George Wallace in 1968) or a base (the South for
        // “Dixiecrat” …)": a cue inside a parenthesis that closes before the quote reports
        // nothing outside it.
        if closes_parenthesis(tk, cue.end, open) {
            continue;
        }
        let a = block.sentence_start(open);
        // "Dubbed “the Monster” by fans, the river …": a participle opening the sentence is
        // a passive naming, with no one who says.
        if cue.kind == CueKind::Name && cue.verb == a && tk.past_shaped(a) {
            continue;
        }
        // "the feeling proclaimed by George Wallace": the passive's doer speaks.
        if let Some(doer) = speaker::passive_doer(tk, &cue, open) {
            return Some((cue, Some(doer)));
        }
        // "Minyon Moore, a senior adviser to the campaign, called …": a subject with an
        // appositive, which the look-back from the cue does not reach.
        let np = speaker::before(tk, cue.start, a).or_else(|| {
            let appositive = |np: &Np| {
                np.end < cue.start
                    && tk.punct(np.end, ',')
                    && tk.punct(cue.start - 1, ',')
                    && cue.start - np.end <= MAX_APPOSITIVE
            };
            let plain =
                |np: &Np| (np.end..cue.start).all(|k| !tk.mark(k) && !tk.stop(k) && !tk.has(k, class::PHRASE_START));
            speaker::subject_past_opening(tk, a, cue.start)
                .filter(|np| np.name.is_some() && appositive(np) && plain(np))
        });
        // "Trump defended the incident, calling the protester “…”": a participle after a comma
        // labels for the speaker of the cue before it, or else the sentence's subject; so does
        // one after a subordinator ("“…,” Carson told the AP after hinting that “…”").
        let participle = cue.start > a && tk.s(cue.verb).ends_with("ing") && joins_participle(tk, cue.start - 1);
        let np = np.or_else(|| {
            participle
                .then(|| {
                    block
                        .speaker_np_before(cue.start, a)
                        .or_else(|| speaker::subject_past_opening(tk, a, cue.start))
                        .or_else(|| speaker::described_past_opening(tk, a, cue.start))
                })
                .flatten()
        });
        // "The senator criticized the plan and then wrote that it was “…”": a cue after a
        // coordinator speaks for the first predicate's subject, whatever cues stand between.
        let np = np.or_else(|| coordinated_subject(tk, a, cue.start).filter(|np| !speaker::opening_word(tk, np)));
        // "Protesters marching through the streets chanted “…”", "Carson took the stage and
        // called …": the sentence's subject, when only plain words stand between.
        let np = np.or_else(|| {
            let s = speaker::subject_past_opening(tk, a, cue.start).filter(|np| !speaker::opening_word(tk, np))?;
            let plain = !(s.end..cue.start).any(|k| {
                tk.mark(k) || tk.stop(k) || tk.in_quote(k) || (tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some())
            });
            (plain && s.end < cue.start).then_some(s)
        });
        let np = np.map(|np| speaker::document_issuer(tk, np, a, cue.verb));
        return Some((cue, np));
    }
    None
}

/// Whether token `k`, right before a participle cue, joins it to the clause before as an
/// adjunct of that clause's speaker: a comma, or a lower-case subordinator ("after hinting").
fn joins_participle(tk: &Toks, k: usize) -> bool {
    tk.punct(k, ',') || (tk.word(k) && !tk.cap(k) && is_listed(Listed::Subordinator, tk.s(k)))
}

/// The speaker a block introduces when it ends with a cue and a colon ("Caddell continued:").
pub(crate) fn intro(block: &Block, doc: &mut Doc) -> Option<SpeakerRef> {
    let tk = &block.tk;
    let last = tk.len().checked_sub(1)?;
    if !tk.punct(last, ':') || tk.in_quote(last) {
        return narrated_speaker(block, doc, last);
    }
    let a = block.sentence_start(last).max(last.saturating_sub(MAX_CUE_BACK));
    let np = match (a..last).rev().find(|&v| !tk.in_quote(v) && tk.cue_at(v).is_some()).and_then(|v| tk.cue_at(v)) {
        Some(cue) => speaker::before(tk, cue.start, a).or_else(|| speaker::after(tk, cue.end, last))?,
        // "He then listed the qualities a nominee needs:": with no cue, a named subject (or a
        // pronoun) introduces the quote.
        None => subject_before_colon(block, last).filter(|np| np.name.is_some() || np.pronoun)?,
    };
    Some(doc.people.resolve(tk, &np))
}

/// How many of the latest frames a narrated subject is looked up among.
const MAX_NARRATED_LOOKBACK: usize = 32;

/// A speaker already quoted whom a paragraph of narration ends on, for a quote-only paragraph
/// after it: "Howard continued his scathing remarks." then “Eight years ago …”. Only a
/// paragraph with no quote marks at all, whose last sentence ends with a period and whose
/// subject is a name the document has quoted before (the same last word): a capitalised
/// sentence opener or a newly named person is too often not the one who speaks next.
fn narrated_speaker(block: &Block, doc: &Doc, last: usize) -> Option<SpeakerRef> {
    let tk = &block.tk;
    if !block.pairs.is_empty() || !tk.punct(last, '.') {
        return None;
    }
    // Before the document quotes anyone by name, no subject is worth the search.
    let latest = doc.frames.iter().rev().take(MAX_NARRATED_LOOKBACK);
    if !latest.filter_map(|f| f.speaker.as_ref()).any(|sp| !sp.anonymous) {
        return None;
    }
    // The sentence up to its end (its period included), as `note_subjects` looked it up.
    let a = block.sentence_start(last);
    let found = doc.people.subject_past_opening(tk, a, block.sentence_end(last));
    let np = found.filter(|np| !np.pronoun && !np.anonymous)?;
    let (na, nb) = np.name?;
    let surname = tk.slice(na, nb).split_whitespace().next_back()?;
    let surname = trim_repeated(trim_repeated(surname, "'s"), "\u{2019}s");
    let earlier = doc
        .frames
        .iter()
        .rev()
        .take(MAX_NARRATED_LOOKBACK)
        .find_map(|f| f.speaker.as_ref().filter(|sp| !sp.anonymous && last_word_is(&sp.name, surname)))?;
    Some(SpeakerRef { span: tk.span(na, nb), ..earlier.clone() })
}

/// Whether `word` is `name`'s last word (`split_whitespace`'s). Most frames' names do not even
/// end with it, which a byte comparison tells without walking the name's characters.
fn last_word_is(name: &str, word: &str) -> bool {
    // The last word ends where the trailing white space (`trim_end`'s, the same as
    // `split_whitespace`'s) begins, so a name whose trimmed end is not `word` cannot match.
    name.trim_end().ends_with(word) && name.split_whitespace().next_back() == Some(word)
}

/// "Christie told reporters in Nashua last week, “I've said all along …”": a quote set off by
/// a comma that opens capitalised and runs to the end of its clause (`end`) is a quoted
/// sentence, the cue's direct quote; the words between the cue and the comma are not quoted.
/// One word is a name given ("by a nickname, “Gert.”"), not a sentence.
pub(super) fn set_off_sentence(tk: &Toks, p: &super::super::marks::Pair, end: usize) -> bool {
    let sentence = |c: usize| end <= c + 1 && (p.open + 1..c).filter(|&k| tk.word(k)).nth(1).is_some();
    p.open > 0 && tk.punct(p.open - 1, ',') && tk.cap(p.open + 1) && p.close.is_some_and(sentence)
}

#[cfg(test)]
mod tests {
    use super::last_word_is;

    #[test]
    fn the_last_word_test_agrees_with_split_whitespace() {
        let names =
            ["Ana Ruiz", "Ruiz", "Ana Ruiz ", "Ana Ruiz\u{a0}", "Ana\u{2003}Ruiz", "Ana Cruz", "AnaRuiz", "", " "];
        for name in names {
            for word in ["Ruiz", "uiz", "Ana Ruiz", "", "Cruz"] {
                let slow = name.split_whitespace().next_back() == Some(word);
                assert_eq!(last_word_is(name, word), slow, "{name:?} {word:?}");
            }
        }
    }
}
