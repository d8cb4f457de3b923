//! A headline that opens with a short name phrase and a colon gives what follows to that
//! name: "Lynch: No outside influence on FBI probe", "Elizabeth Warren: Donald Trump Is a
//! ‘Proven Failure’ in Business", "Poll: Sanders Leads Nationally". News headlines name the
//! speaker first this way. Section labels ("Watch:", "Exclusive:") are the word list's
//! `heading` kind; a label in capitals is a transcript's or a dateline's ("WASHINGTON:").

use crate::attribution::speaker::{self, Np};
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_listed, CueKind, Listed, WORDS_TABLE};

/// The most words a headline's speaker phrase has ("Former AG Mukasey at RNC").
const MAX_SPEAKER_WORDS: usize = 6;

/// What a headline's colon attributes, with the colon as its cue.
pub(super) struct HeadlineFrame {
    pub content: (usize, usize),
    pub np: Np,
    pub cue: Cue,
}

/// Whether token `k` of a headline's speaker phrase fits a name, a title or a source noun
/// ("Former AG Mukasey at RNC", "AP-GfK Poll"), not a topic ("Stealth Over Health", "Bill is
/// back", "Monday's Morning Email", "Netanyahu and Obama").
fn fits_speaker(tk: &Toks, k: usize) -> bool {
    if !tk.word(k) {
        return tk.punct(k, '.') || tk.dash(k);
    }
    !tk.in_quote(k)
        && !tk.possessive_s(k)
        && !tk.has(k, class::PHRASE_START | class::HEADING | class::COORDINATOR | class::AUX | class::PRONOUN)
        && (tk.cap(k) || tk.has(k, class::CONNECTOR | class::PARTICLE | class::SOURCE_NOUN))
}

/// Whether word `k`, after the first of a headline's phrase from `a`, is a sentence opener
/// (list kind `opener`: "Over", "With") capitalised as a title-case headline's words are: the
/// phrase is a topic or a clause ("Stealth Over Health:", "New Virus With No Cure
/// Spreading:"), not a name, whose inner prepositions are lower case ("Former AG Mukasey at
/// RNC").
fn inner_opener(tk: &Toks, a: usize, k: usize) -> bool {
    k > a && tk.cap(k) && tk.opener(k).is_some()
}

/// The frame of the headline sentence `a..end` (its words' end, `b` its end), if it opens
/// "Name: …".
pub(super) fn find(
    tk: &Toks,
    a: usize,
    end: usize,
    b: usize,
    min_clause: impl Fn(usize, usize) -> bool,
) -> Option<HeadlineFrame> {
    let colon = (a..end.min(a + 2 * MAX_SPEAKER_WORDS)).find(|&k| !fits_speaker(tk, k) || inner_opener(tk, a, k))?;
    if colon == a || !tk.punct(colon, ':') || tk.has(a, class::FUNCTION) {
        return None;
    }
    // Not all in capitals; a determiner only before a source noun ("The Post:", not "The
    // Ninth Circle:").
    let speaker = a..colon;
    if speaker.clone().filter(|&k| tk.word(k)).count() > MAX_SPEAKER_WORDS
        || !speaker.clone().any(|k| tk.s(k).chars().any(char::is_lowercase))
        || (tk.has(a, class::DETERMINER) && !speaker.clone().any(|k| tk.has(k, class::SOURCE_NOUN)))
    {
        return None;
    }
    // A question asks ("Ted Cruz: Conservative or Career Politician?"); a cue after the colon
    // has its own speaker ("Bill Clinton: Hillary thinks …"), whom the cue rules find.
    let content = (colon + 1, end);
    let cue_inside =
        (content.0..b).any(|k| !tk.in_quote(k) && tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some());
    if cue_inside || (end..b).any(|k| tk.punct(k, '?')) || !min_clause(content.0, content.1) {
        return None;
    }
    let np = speaker::before(tk, colon, a).filter(|np| np.start == a).unwrap_or(Np {
        start: a,
        end: colon,
        name: Some((a, colon)),
        ..Np::default()
    });
    let cue = Cue { start: colon, verb: colon, end: colon + 1, kind: CueKind::Say, opens: false };
    Some(HeadlineFrame { content, np, cue })
}

/// Whether `k` is a verb of saying capitalised as a title-case headline's words are ("Says",
/// "Warns"), starting a cue of a kind that takes a clause.
/// (The cue reader takes a capitalised word inside a sentence for a name, so the list is read
/// here, one word, in lower case.)
fn capitalised_cue(tk: &Toks, k: usize) -> Option<Cue> {
    if !tk.cap(k) || !tk.has(k, class::PHRASE_START) {
        return None;
    }
    let lower = tk.s(k).to_lowercase();
    let kind = WORDS_TABLE
        .phrases(&lower)
        .iter()
        .find(|p| p.words.len() == 1 && !p.noun && matches!(p.kind, CueKind::Say | CueKind::That))?
        .kind;
    Some(Cue { start: k, verb: k, end: k + 1, kind, opens: false })
}

/// The frame of a title-case headline whose verb of saying is capitalised, after a short name
/// phrase that opens it ("Obama Says Museum Will Tell of …") or closes it after a comma
/// ("Trump Could Address Clean Energy, Lindsey Graham Says."): the name rules of running text
/// read a capitalised verb as part of the name, so the headline is read here.
pub(super) fn title_case(
    tk: &Toks,
    a: usize,
    end: usize,
    min_clause: impl Fn(usize, usize) -> bool,
) -> Option<HeadlineFrame> {
    let name_phrase = |s: usize, e: usize| {
        s < e
            && (s..e).filter(|&k| tk.word(k)).count() <= MAX_SPEAKER_WORDS
            && (s..e).all(|k| fits_speaker(tk, k))
            && tk.cap(s)
            && !tk.has(s, class::FUNCTION | class::DETERMINER)
    };
    let frame = |s: usize, e: usize, cue: Cue, content: (usize, usize)| {
        let np = speaker::before(tk, e, s).filter(|np| np.start == s).unwrap_or(Np {
            start: s,
            end: e,
            name: Some((s, e)),
            ..Np::default()
        });
        HeadlineFrame { content, np, cue }
    };
    // Forward: the first capitalised cue within a name phrase's reach of the start.
    let forward = (a + 1..end.min(a + 2 * MAX_SPEAKER_WORDS)).find_map(|k| capitalised_cue(tk, k).map(|c| (k, c)));
    if let Some((k, cue)) = forward {
        if name_phrase(a, k) && min_clause(cue.end, end) {
            let content = (cue.end, end);
            return Some(frame(a, before_verb_words(tk, a, k), cue, content));
        }
    }
    // Trailing: "…, Lindsey Graham Says."
    let last = end.checked_sub(1)?;
    let cue = capitalised_cue(tk, last).filter(|c| c.end == end)?;
    let comma = (a..last).rev().take(2 * MAX_SPEAKER_WORDS).find(|&k| tk.punct(k, ','))?;
    (name_phrase(comma + 1, last) && min_clause(a, comma)).then(move || frame(comma + 1, last, cue, (a, comma)))
}

/// Where the name phrase `a..k` before a title-case headline's cue ends: before the words of
/// list kind `beforeverb` that stand between a subject and its verb, capitalised as the
/// headline's other words ("Trump Just Announced …", "Ana Ruiz Finally Endorses …"), which
/// are no part of the name.
fn before_verb_words(tk: &Toks, a: usize, k: usize) -> usize {
    let mut e = k;
    while e > a + 1 && tk.word(e - 1) && is_listed(Listed::BeforeVerb, tk.s(e - 1)) {
        e -= 1;
    }
    e
}
