//! The lead-in of a quote: the words of its sentence that run into the opening mark or are set
//! off before it ("The summit accomplished “too little,” X said", "With thousands of systems,
//! “there is …,” he said"), which the quote's clause holds, and the openings that belong to no
//! lead-in (an adverbial opening, a participle of saying, a verb of saying before the comma).

use super::super::indirect::connective_opening;
use super::super::view::Toks;
use super::super::words::{class, CueKind, Opener, WORDS_TABLE};
use super::super::Block;
use super::Attach;

/// The most tokens of a sentence's opening read as the lead-in of a quote.
const MAX_LEAD: usize = 40;

/// Whether the comma at `c` ends quoted words that a coordinator joins to the next quoted
/// words, “A,” and “B”: a list of one speaker's quoted words, which the clause holds whole
/// (the annotated quotes hold such a pair as one quote), not a break between clauses.
fn comma_joins_quotes(tk: &Toks, c: usize) -> bool {
    tk.in_quote(c)
        && tk.mark(c + 1)
        && tk.word(c + 2)
        && !tk.in_quote(c + 2)
        && tk.has(c + 2, class::COORDINATOR)
        && tk.mark(c + 3)
}

/// Where the lead-in clause of a quote starts when the words `lower..end` run straight into
/// its opening mark at `end` ("The summit accomplished “too little,” X said"): after the last
/// comma, or at a "that" after a cue of the lead-in's own ("But even as Trump claimed on
/// Tuesday that “…,” a prosecutor said"). A sentence opening set off by the sentence's only
/// comma, with no quote mark or cue of its own, belongs to the clause it opens ("Earlier in
/// the day, Clinton held a meeting with officials who called it “…,” the paper reported"), as
/// a lead-in set off before the mark does (`set_off_lead_in`).
pub(super) fn clause_into_mark(tk: &Toks, lower: usize, end: usize) -> usize {
    let comma = (lower..end).rev().take(MAX_LEAD).find(|&c| tk.punct(c, ',') && !comma_joins_quotes(tk, c));
    let opening = |c: usize| {
        c > lower
            && adverbial_opening(tk, lower, c)
            && !(lower..c).any(|k| tk.punct(k, ','))
            && set_off_lead_in(tk, lower, c)
            && !ends_in_saying(tk, c - 1)
    };
    let s0 = match comma {
        Some(c) if opening(c) => lower,
        Some(c) => c + 1,
        None => lower,
    };
    let that = (s0..end).rev().take(MAX_LEAD).find_map(|k| {
        let cue = tk.cue_at(k).filter(|c| !matches!(c.kind, CueKind::According | CueKind::Direct))?;
        (cue.end..end).take(8).find(|&j| tk.has(j, class::COMPLEMENTIZER) && tk.opens_clause(j))
    });
    that.unwrap_or_else(|| if s0 == lower { past_opening_participle(tk, lower, end) } else { s0 })
}

/// "Asked whether Clinton “has the integrity …,” 75 percent said yes", "Citing “obligations in
/// Tennessee,” her spokeswoman said …": a sentence that opens with a participle of saying holds
/// the quoted words as that participle's object, and the speaker signed after the quote said
/// them, not the participle: the clause starts where the participle's object does.
fn past_opening_participle(tk: &Toks, lower: usize, end: usize) -> usize {
    let w = tk.s(lower);
    let participle = tk.cap(lower) && !tk.in_quote(lower) && (w.ends_with("ing") || w.ends_with("ed"));
    // "According to …" names a source, not what the sentence's speaker said.
    let cue =
        tk.cue_at(lower).filter(|c| participle && c.start == lower && c.end <= end && c.kind != CueKind::According);
    match cue {
        Some(c) if c.opens => c.end - 1,
        Some(c) => c.end,
        None => lower,
    }
}

/// Whether the words `lower..comma` read as an adverbial opening set off by the comma ("In one
/// such email,", "Earlier in the day,", "Still,", "At private courses,", "Instead,"): led by a
/// preposition, a subordinator, a sentence adverb, a time word or a listed `opener`, not by a subject ("Humphrey, who …", "One, known as …",
/// "That case was …, but …"), and a clause's subject follows the comma, not a coordinator, a
/// participle or a "that".
pub(super) fn adverbial_opening(tk: &Toks, lower: usize, comma: usize) -> bool {
    let not_subject = class::PRONOUN
        | class::ARTICLE
        | class::DETERMINER
        | class::COORDINATOR
        | class::RELATIVE
        | class::COMPLEMENTIZER;
    let led = tk.word(lower)
        && !tk.has(lower, not_subject)
        && (tk.has(lower, class::FUNCTION | class::TIME) || tk.opener(lower) == Some(Opener::Phrase));
    let next = comma + 1;
    let subject_after = tk.word(next)
        && !tk.in_quote(next)
        && !tk.has(next, class::COORDINATOR | class::COMPLEMENTIZER)
        && !tk.s(next).ends_with("ing");
    led && subject_after
}

/// Whether a sentence opening `lower..end` set off by a comma before a quote or an aside
/// ("With thousands of systems, “there is …,” he said"; "These rules, the judge said, “leave
/// …”") is a lead-in of the quote: it holds words and no quote mark or cue of its own. A cue
/// of naming there names nobody's words: with no quoted label it is a noun ("During their
/// phone call Tuesday, …").
pub(super) fn set_off_lead_in(tk: &Toks, lower: usize, end: usize) -> bool {
    let plain =
        (lower..end).all(|k| !tk.mark(k) && !tk.in_quote(k) && tk.cue_at(k).is_none_or(|c| c.kind == CueKind::Name));
    plain && (lower..end).any(|k| tk.word(k))
}

/// "Trump was asked, “What …?”", "her ads kept asking, “Is …?”": a sentence opening that ends
/// in a verb of saying right before the comma introduces the quote, even where the verb reads
/// as no cue of its own (a passive, a participle): it is no lead-in whose words the quote
/// holds.
pub(super) fn ends_in_saying(tk: &Toks, last: usize) -> bool {
    tk.unquoted_lower_word(last) && WORDS_TABLE.one_word_phrase(tk.s(last)).is_some_and(|p| !p.noun)
}

/// "These rules, the judge said, “leave no doubt …”": when the attribution before the quote
/// opening at `open` is an aside after the sentence's opening words and the quote goes on in
/// lower case, those words begin the sentence the speaker's quote ends: the tokens of that
/// lead-in.
pub(super) fn lead_before_aside(block: &Block, a: &Attach, open: usize) -> Option<(usize, usize)> {
    let tk = &block.tk;
    let cue = a.cue.as_ref()?;
    let np = a.np.as_ref()?;
    let aside = cue.start.min(np.start);
    let start = block.sentence_start(open);
    if aside < start + 2 || !tk.punct(aside - 1, ',') || !tk.punct(open - 1, ',') || aside - start > MAX_LEAD {
        return None;
    }
    // Only the speaker and the cue between the commas ("the judge said", "said Ana Ruiz").
    if cue.end.max(np.end) + 1 != open || aside > open {
        return None;
    }
    // "Still, she added, “…”": a connective alone is no lead-in the quote holds.
    (set_off_lead_in(tk, start, aside - 1) && !connective_opening(tk, start, aside - 1)).then_some((start, aside - 1))
}
