//! The clause a quoted fragment with no cue of its own belongs to: where it ends, the quotes
//! it takes in, and where the object its verb reports or labels starts.

use super::super::indirect::{second_predicate_at, stance_holder};
use super::super::marks::Pair;
use super::super::speaker::Np;
use super::super::view::{Cue, Toks};
use super::super::words::{class, is_listed, CueKind, Listed};
use super::super::{cover, Block, Doc, Frame};
use crate::report::QuoteStyle;

/// How far past a quoted fragment later quote marks are looked for.
const MAX_CLAUSE_SCAN: usize = 200;

/// Runs the quoted fragment `p` on to the end of its clause ([`clause_end`]): the quotes that
/// open after it and before that end are its clause's further quoted words, taken in with it
/// (marked taken). Returns the clause's end.
pub(super) fn run_to_clause_end(block: &mut Block, p: &Pair) -> usize {
    let end = clause_end(block, p);
    let later = block.pairs.partition_point(|q| q.open <= p.open)..block.pairs.partition_point(|q| q.open < end);
    for j in later {
        block.taken[j] = true;
    }
    end
}

/// "Trump's assertion that “thousands” of …": a short quoted term in the clause that a "that"
/// at `that` opens after a lower-case noun of saying (class `STANCE`) is that noun's words,
/// not a scare quote: a mixed quote from "that" to the clause's end (taking in its later
/// quoted terms, "accusations that his backers wage “profane” and “sexist” attacks"), with
/// the noun as its cue and the noun's possessor, if any, as its speaker. Double marks only.
pub(super) fn stance_term(block: &mut Block, doc: &mut Doc, p: &Pair, that: usize) -> Option<Frame> {
    let tk = &block.tk;
    let noun = that.checked_sub(1)?;
    // Single marks are too often apostrophes ("the rock 'n' roll era").
    if tk.single_mark(p.open) || !(tk.word(noun) && !tk.cap(noun) && tk.has(noun, class::STANCE)) {
        return None;
    }
    let np = stance_holder(tk, noun, block.sentence_start(noun));
    let speaker = np.as_ref().map(|np| doc.people.resolve(tk, np));
    let np_span = np.map(|np| tk.span(np.start, np.end));
    let cue = tk.span(noun, noun + 1);
    let end = run_to_clause_end(block, p);
    let tk = &block.tk;
    let content = tk.span(that, end);
    let outer = tk.span(p.open, p.close.map_or(p.stop, |c| c + 1));
    let extent = cover(&[Some(content.clone()), Some(outer), Some(cue.clone()), np_span]);
    let group = doc.group();
    Some(Frame { content, style: QuoteStyle::Mixed, speaker, cue: Some(cue), via: None, extent, group })
}

/// The end of a clause holding the quoted fragment `p`: its sentence's end (closing
/// punctuation dropped), or before another attribution that follows the fragment.
fn clause_end(block: &Block, p: &Pair) -> usize {
    let tk = &block.tk;
    let mut end = block.sentence_end(p.open);
    while end > p.open + 1 && (tk.stop(end - 1) || tk.punct(end - 1, ',')) {
        end -= 1;
    }
    let quote_end = p.close.map_or(p.stop, |c| c + 1);
    // The last quoted words end the clause at a comma inside their closing mark or a dash after
    // it ("described the incident as a “terrible situation,” but stopped short …").
    let last = p.close.is_some_and(|c| {
        c > 0
            && (tk.punct(c - 1, ',') || tk.dash(c + 1))
            && !(quote_end..end.min(quote_end + MAX_CLAUSE_SCAN)).any(|m| tk.mark(m))
    });
    if last {
        return quote_end;
    }
    // Scanned from the closing mark, so that a second cue right after it ends the clause too
    // ("called her “weak” and said she …").
    let from = p.close.unwrap_or(quote_end);
    super::super::indirect::cut_at_next_attribution(block, from, end.max(quote_end)).max(quote_end)
}

/// Where the object of the subject `np`'s verb starts, before the quote at `open`: right
/// after a lower-case verb that directly follows the subject (auxiliaries and adverbs
/// allowed between), when only plain words lie between it and the quote.
pub(super) fn predicate_object(tk: &Toks, np: &Np, open: usize) -> Option<usize> {
    let mut k = np.end;
    while k < open && tk.word(k) && tk.has(k, class::AUX | class::ADVERB) {
        k += 1;
    }
    // A verb is all letters ("’s" after a name is a possessive, not a verb).
    let letters = tk.s(k).chars().all(char::is_alphabetic) && tk.s(k).len() > 2;
    let verb_ok = k < open
        && tk.unquoted_lower_word(k)
        && letters
        && !tk.has(k, class::FUNCTION | class::CONNECTOR | class::DETERMINER | class::PRONOUN);
    let start = k + 1;
    // Not across a comma: "questioning the system, encouraging … “…”" is two predicates.
    let plain = (start..open).all(|m| !tk.stop(m) && !tk.mark(m) && !tk.punct(m, ','));
    (verb_ok && start < open && plain).then_some(start)
}

/// How many words back from a quote the past-tense verb whose object it ends is looked for.
const MAX_VERB_OBJECT_WORDS: usize = 8;

/// Where the object of a past-tense verb a few words before the quote at `open` starts, when
/// only words of the same clause lie between ("described his plan as a “work in progress”",
/// "rated both parts of it “True”" give "his", "both"): news style reports a speaker's fragment
/// from the verb's object on. The nearest "-ed" word is the verb, unless a determiner stands
/// before it ("the alleged “scheme”" is an adjective). Not across a relative or "that" ("a
/// rule that requires owners to “…”"); none when the verb stands right before the mark.
pub(super) fn verb_object(block: &Block, open: usize) -> Option<usize> {
    let tk = &block.tk;
    let lower = block.sentence_start(open);
    let plain = |k: usize| tk.word(k) && !tk.in_quote(k) && !tk.has(k, class::RELATIVE | class::COMPLEMENTIZER);
    let verb = (lower..open).rev().take(MAX_VERB_OBJECT_WORDS).take_while(|&k| plain(k)).find(|&k| past_form(tk, k))?;
    let after_determiner = verb > lower && tk.has(verb - 1, class::DETERMINER | class::ARTICLE);
    (!after_determiner && verb + 1 < open).then_some(verb + 1)
}

/// The cue of the quote at `open` when it is the quoted words of a second predicate that the
/// reported clause was cut before ([`second_predicate_at`]: "… “a con” and encouraged Americans
/// to “check out” her …"): that predicate's verb, before the object ([`verb_object`]) its
/// clause opens at. Only plain words stand between the object and the quote, so the clause
/// runs from the object as after any cue, mixed.
pub(super) fn second_predicate_cue(block: &Block, open: usize) -> Option<Cue> {
    let object = verb_object(block, open)?;
    let verb = object - 1;
    second_predicate_at(&block.tk, verb, open + 1).then_some(Cue {
        start: verb,
        verb,
        end: object,
        kind: CueKind::Object,
        opens: false,
    })
}

/// Whether word `k` is a lower-case word of letters ending in "-ed", with at least two letters
/// before it, and no function word.
fn past_form(tk: &Toks, k: usize) -> bool {
    // The bytes first: most words do not end in "ed".
    let s = tk.s(k).as_bytes();
    s.len() >= 4
        && tk.past_shaped(k)
        && s.iter().all(u8::is_ascii_lowercase)
        && !tk.has(k, class::FUNCTION | class::AUX)
}

/// How far back from a label word the object before it is looked for.
const MAX_LABELLED_OBJECT: usize = 8;

/// How many words may stand between a label word and the quote it introduces, the label's own
/// phrase ("casts Trump as a former liberal who would “unravel” …").
const MAX_LABEL_REACH: usize = 7;

/// Where the object labelled by the quote at `open` starts, and the label word, when a label
/// word ("as") introduces the quote and a lower-case verb stands before the object: "portray
/// Donald Trump’s candidacy as a “working-class” rebellion" gives "Donald". The quote may
/// stand a few words into the label's phrase ([`label_before`]).
pub(super) fn labelled_object(block: &Block, open: usize) -> Option<(usize, usize)> {
    let tk = &block.tk;
    let sentence = block.sentence_start(open);
    let label = label_before(tk, sentence, open)?;
    let floor = sentence.max(label.saturating_sub(MAX_LABELLED_OBJECT));
    let mut start = None;
    let mut k = label;
    while k > floor {
        k -= 1;
        if !tk.word(k) || tk.in_quote(k) || tk.cue_at(k).is_some() {
            return None;
        }
        let s = tk.s(k);
        let possessive = crate::text::possessive_stem(s).is_some() || s.ends_with('\u{2019}');
        let np_word = tk.cap(k) || tk.has(k, class::DETERMINER | class::ARTICLE) || possessive;
        if np_word {
            start = Some(k);
        } else if start.is_some() {
            // A lower-case word before the object: its verb.
            return start.map(|s| (s, label));
        }
    }
    None
}

/// The label word ("as") that introduces the quote at `open`, no further back than `floor`:
/// right before the mark, or a few words before it when the words between are the label's
/// own phrase ("as a mere “moan”", "as having “minimal” impact", "as the perfect driver to
/// speed the “…”"). Not past punctuation, a cue or other quoted words, and not an "as" that
/// opens a clause, a pronoun or a name right after it ("as he “endorses” …", "as Trump went
/// on about “…”"); a title in quote marks is a name, dropped before this is asked.
fn label_before(tk: &Toks, floor: usize, open: usize) -> Option<usize> {
    let mut k = open;
    for _ in 0..=MAX_LABEL_REACH {
        k = k.checked_sub(1).filter(|&k| k >= floor)?;
        if !tk.word(k) || tk.in_quote(k) || tk.cue_at(k).is_some() {
            return None;
        }
        if !tk.cap(k) && tk.has(k, class::LABEL) {
            let next = k + 1;
            // Past an article, the quote is in double marks: single ones are too often
            // apostrophes ("as a Chief Commissioner 's State").
            let near = next == open || (next + 1 == open && tk.has(next, class::ARTICLE));
            let phrase = near || !(tk.cap(next) || tk.has(next, class::PRONOUN) || tk.single_mark(open));
            return phrase.then_some(k);
        }
    }
    None
}

/// Where the words of a reported or mixed quote that open at token `k` start, when `k` is a
/// participle cue ("-ing") that runs into them: at its object. "…, calling Trump “an orange
/// buffoon”" and "responded, saying the charge was “pathetic”" report "Trump …" and "the
/// charge …"; the participle is the attribution's cue, not the speaker's words. None for any
/// other word ("spending “billions” …" is the speaker's own verb), for a cue that introduces
/// quoted words only or "according to", and when nothing but the cue lies before `end`. Only
/// after a comma or a coordinator, where the participle adds to a clause: right after a verb
/// it is a gerund subject ("said calling the group by another name will do nothing").
pub(super) fn participle_object(tk: &Toks, k: usize, end: usize) -> Option<usize> {
    let s = tk.s(k).as_bytes();
    let participle = s.len() > 4 && s.ends_with(b"ing") && s.iter().all(u8::is_ascii_lowercase);
    if !participle || !tk.word(k) || tk.in_quote(k) {
        return None;
    }
    let joined = k.checked_sub(1).is_some_and(|j| tk.punct(j, ',') || (tk.word(j) && tk.has(j, class::COORDINATOR)));
    if !joined {
        return None;
    }
    let cue = tk.cue_at(k).filter(|c| c.start == k && !matches!(c.kind, CueKind::According | CueKind::Direct))?;
    let object = cue.clause_start();
    (object > k && object < end && tk.word(object)).then_some(object)
}

/// Whether the object of [`labelled_object`]'s label word at `label` ends right before it,
/// past a manner adverb ("going after Trump as “…”", "addressing her informally as “…”"): the
/// label then names that object, whoever the subject is. Not so a noun the label only
/// compares or lists ("the same thing as “…”", "terms such as “…”", "known as “…”").
pub(super) fn object_ends_at_label(tk: &Toks, label: usize) -> bool {
    let Some(mut k) = label.checked_sub(1) else { return false };
    if tk.word(k) && !tk.cap(k) && tk.s(k).ends_with("ly") {
        let Some(j) = k.checked_sub(1) else { return false };
        k = j;
    }
    tk.word(k)
        && !tk.in_quote(k)
        && (tk.cap(k) || tk.has(k, class::ARTICLE) || is_listed(Listed::ObjectPronoun, tk.s(k)))
}
