//! Where a reported clause ends: before another attribution that follows it (", NP cue",
//! "“…” and NP cue"), before a second cue of the same speaker ("said … and warned …"), at a
//! new clause after a comma or a closing quote mark.

use crate::attribution::speaker;
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{self, class, CueKind};
use crate::attribution::Block;

/// How far into a reported clause another attribution is looked for.
pub(super) const MAX_CUT_SCAN: usize = 200;

/// The end of a reported clause: before ", NP cue" or ", and NP cue" when another
/// attribution follows, or before "and" + a second cue of the same speaker ("said … and
/// warned …").
pub(crate) fn cut_at_next_attribution(block: &Block, start: usize, end: usize) -> usize {
    let tk = &block.tk;
    let scan_end = end.min(start + MAX_CUT_SCAN);
    // The token after `c`, or after a relative clause the scan steps over at `c`.
    let mut next = start;
    while next < scan_end {
        let c = next;
        next += 1;
        if !may_act(tk, c) {
            continue;
        }
        // "that Ana Ruiz, who leads the board, still backs …": a relative clause set off by
        // commas inside the clause's subject; the clause goes on after it.
        // "said the mayor, citing the budget, would …": so is a participle phrase.
        if let Some(after) =
            embedded_relative(tk, start, c, scan_end).or_else(|| embedded_participle(tk, start, c, scan_end))
        {
            next = after;
            continue;
        }
        if tk.unquoted_lower_word(c) && tk.has(c, class::COORDINATOR) && c > start {
            let mut v = c + 1;
            if tk.has(v, class::ADVERB) && !tk.cap(v) {
                v += 1;
            }
            let second = v < end && tk.word(v) && !tk.cap(v) && tk.has(v, class::PHRASE_START);
            // Only verbs of saying: "… had diverted ships and expected delays" may go on with
            // the reported clause's own subject.
            if second && tk.cue_at(v).is_some_and(|cue| cue.start == v && (saying(&cue) || appeal_phrase(tk, &cue))) {
                return if tk.punct(c - 1, ',') { c - 1 } else { c };
            }
            // "lamented the “disheartened” state of the race and criticized the “identity
            // politics” on display": any second cue with quoted words of its own ends a clause
            // whose quoted words are closed before the "and".
            if second && quoted_second_cue(tk, start, c, v, end) {
                return c;
            }
            // "… Machado was “disgusting” and “a con” and encouraged Americans to “check out” …":
            // so does a second predicate of any past-tense verb right after the quoted words.
            if quoted_second_predicate(tk, c, v, end) {
                return c;
            }
            // "… “their day in court” and he does believe …", "…, but she knows …": a new
            // subject with its own cue, after a comma, a dash or quoted words (not "both Ruiz
            // and Lee said", one subject).
            let after_break =
                tk.punct(c - 1, ',') || tk.dash(c - 1) || (c >= 2 && tk.mark(c - 1) && tk.in_quote(c - 2));
            if after_break && new_attribution(tk, c + 1, end) {
                return if tk.punct(c - 1, ',') { c - 1 } else { c };
            }
        }
        // "… the plan the mayor said is doomed": an attribution embedded in the running clause
        // ends it; not one inside a headless relative ("condemned what he said was …"), which
        // is the clause's object, its words and all.
        if embedded_attribution(tk, start, c, end) && !tk.has(c - 1, class::HEADLESS) {
            return before_embedded_head(tk, start, c);
        }
        // "… shedding what Gilbert called “a perception problem”": a relative whose own
        // subject gives the quoted label ends the clause; the label is that subject's wording,
        // not the reported clause's speaker's.
        if c > start && tk.has(c, class::HEADLESS) && naming_relative(tk, c, end) {
            return c;
        }
        // "…, “justice for Terrence,” but pledged …": a comma inside the closing mark ends
        // the clause like one outside it.
        // "… as a “disgrace” — a word …": a dash after the last closing mark ends it too.
        let closing = tk.mark(c) && c > start && tk.in_quote(c - 1) && !tk.in_quote(c + 1);
        if closing && tk.dash(c + 1) && !marks_ahead(tk, c + 1, end) {
            return c + 1;
        }
        let comma_in_mark =
            tk.mark(c) && c > start && tk.punct(c - 1, ',') && tk.in_quote(c - 1) && !tk.in_quote(c + 1);
        if comma_in_mark {
            let next = c + 1;
            let new_clause = tk.word(next)
                && !tk.cap(next)
                && (tk.has(next, class::FUNCTION) && !tk.has(next, class::COMPLEMENTIZER)
                    || tk.s(next).ends_with("ing"));
            let quoted_after = marks_ahead(tk, next, end);
            // "… “in a position to win,” adding that …": as after a comma outside the marks.
            if new_clause && (!quoted_after || participle_cue(tk, next)) {
                return c + 1;
            }
            continue;
        }
        // "said that, if elected, he'd …": a comma right after the opening "that" starts an
        // aside inside the clause, not a new clause.
        if !tk.punct(c, ',') || tk.in_quote(c) || (c == start + 1 && tk.has(start, class::COMPLEMENTIZER)) {
            continue;
        }
        // "defended the incident, calling the protester “…”": a participle cue after a comma
        // reports the quoted words after it in a clause of its own (read next, for the same
        // speaker).
        let next = c + 1;
        if participle_cue(tk, next) && marks_ahead(tk, next, end) {
            return c;
        }
        // ", but stopped short of …", ", citing …": a new clause, unless quoted words follow.
        let new_clause = tk.word(next)
            && !tk.cap(next)
            && (tk.has(next, class::FUNCTION) && !tk.has(next, class::COMPLEMENTIZER) || tk.s(next).ends_with("ing"));
        if new_clause && !marks_ahead(tk, next, end) {
            return c;
        }
        if new_attribution(tk, c + 1, end) {
            return c;
        }
    }
    end
}

/// Whether any test of [`cut_at_next_attribution`]'s scan may act at token `c`: a comma, a
/// quote mark, or a word outside quoted words that may be a coordinator before a second cue
/// or the first word of an embedded attribution (a determiner, a pronoun or a capital). Every
/// other token leaves the scan going on as it is, so it is passed over here (most words are).
fn may_act(tk: &Toks, c: usize) -> bool {
    if tk.word(c) {
        !tk.in_quote(c)
            && (tk.cap(c) || tk.has(c, class::COORDINATOR | class::DETERMINER | class::PRONOUN | class::HEADLESS))
    } else {
        tk.punct(c, ',') || tk.mark(c)
    }
}

/// Whether a cue is a verb of saying or telling.
fn saying(cue: &Cue) -> bool {
    matches!(cue.kind, CueKind::Say | CueKind::Tell)
}

/// Whether a cue is a phrase of a verb and its particle ("called on", "asked for"): an act of
/// speech whatever its kind, so that "… and called on X to …" is a second predicate of the
/// speaker, not more of the reported clause.
fn appeal_phrase(tk: &Toks, cue: &Cue) -> bool {
    let particle = cue.verb + 1;
    cue.kind == CueKind::That
        && particle < cue.end
        && tk.word(particle)
        && words::is_listed(words::Listed::Appeal, tk.s(particle))
}

/// The most tokens a relative clause inside a reported clause's subject may run over.
const MAX_RELATIVE: usize = 40;
/// The most words of a subject that a relative clause may follow ("that Ana Ruiz, who …").
const MAX_SUBJECT_WORDS: usize = 4;

/// When the comma at `c` opens a relative clause right after the short subject of a clause
/// opened by "that" ("that Ana Ruiz, who leads the board, still backs the plan"), and a
/// comma closes it before a lower-case predicate, the token after that comma: the relative
/// clause is an aside inside the reported clause, not its end.
fn embedded_relative(tk: &Toks, start: usize, c: usize, end: usize) -> Option<usize> {
    if !tk.punct(c, ',') || tk.in_quote(c) || !tk.word(c + 1) || !tk.has(c + 1, class::RELATIVE) {
        return None;
    }
    let subject_words = (start + 1..c).take(2 * MAX_SUBJECT_WORDS + 1).filter(|&k| tk.word(k)).count();
    if !tk.has(start, class::COMPLEMENTIZER) || !(1..=MAX_SUBJECT_WORDS).contains(&subject_words) {
        return None;
    }
    let close = (c + 2..end.min(c + MAX_RELATIVE)).find(|&k| tk.punct(k, ',') && !tk.in_quote(k))?;
    let next = close + 1;
    let predicate = next < end
        && tk.unquoted_lower_word(next)
        && !tk.has(next, class::COORDINATOR | class::RELATIVE | class::COMPLEMENTIZER)
        && !tk.s(next).ends_with("ing");
    predicate.then_some(next)
}

/// When the comma at `c` opens a participle cue's phrase right after the short subject of the
/// reported clause ("said the mayor, citing the budget, would never resign"), and a comma
/// closes it before the clause's verb (an auxiliary or a past form, an adverb before it or
/// not), the token after that comma: the participle is an aside between the clause's subject
/// and its verb, not a new attribution that takes the clause over.
fn embedded_participle(tk: &Toks, start: usize, c: usize, end: usize) -> Option<usize> {
    if !tk.punct(c, ',') || tk.in_quote(c) || !participle_cue(tk, c + 1) {
        return None;
    }
    // The subject: a few words with no verb among them ("the mayor", not "the plan failed").
    let first = if tk.has(start, class::COMPLEMENTIZER) { start + 1 } else { start };
    let subject = first..c;
    let verbless = |k: usize| tk.word(k) && !tk.has(k, class::AUX) && !tk.past_shaped(k) && tk.cue_at(k).is_none();
    if !(1..=MAX_SUBJECT_WORDS).contains(&subject.len()) || !subject.clone().all(verbless) {
        return None;
    }
    // A phrase with a clause of its own ("…, saying that his case was …, prompted by …")
    // reports that clause: a new attribution.
    let close = (c + 2..end.min(c + MAX_RELATIVE))
        .take_while(|&k| !tk.has(k, class::COMPLEMENTIZER))
        .find(|&k| tk.punct(k, ',') && !tk.in_quote(k))?;
    let next = close + 1;
    let verb = if tk.has(next, class::ADVERB) && tk.unquoted_lower_word(next) { next + 1 } else { next };
    let finite = verb < end && tk.unquoted_lower_word(verb) && (tk.has(verb, class::AUX) || tk.past_shaped(verb));
    finite.then_some(next)
}

/// Whether quoted words follow token `from` in the clause (before `end`, within the scan).
/// Whether the cue at `v` (after a coordinator at `c`) is a second predicate with quoted words
/// of its own after it, and the clause `start..c` before the coordinator holds quoted words
/// that close before it.
fn quoted_second_cue(tk: &Toks, start: usize, c: usize, v: usize, end: usize) -> bool {
    let own_cue =
        tk.cue_at(v).is_some_and(|cue| cue.start == v && !matches!(cue.kind, CueKind::According | CueKind::Tail));
    let closed_before = (start..c).any(|k| tk.mark(k)) && !tk.in_quote(c);
    own_cue && closed_before && marks_ahead(tk, v + 1, end)
}

/// Whether the lower-case past-tense verb at `v` (after a coordinator at `c`) is a second
/// predicate with quoted words of its own after it, the coordinator coming right after closing
/// quoted words (a comma between or not): "called it “a con” and urged …", "… “a terrible deal”
/// and ranked Fiorina … “in the history of business”". The verb need not be a cue: the quoted
/// words after it are the same speaker's, in a quote of their own. Not so "the state's
/// anti-union and misnamed “right to work” law" (no closing mark before the "and") nor "were
/// held on this evening, and limited …".
fn quoted_second_predicate(tk: &Toks, c: usize, v: usize, end: usize) -> bool {
    // The closing mark first: most coordinators follow a plain word.
    let after_close = c >= 2 && (tk.mark(c - 1) || (tk.punct(c - 1, ',') && tk.mark(c - 2))) && !tk.in_quote(c);
    after_close
        && v < end
        && tk.unquoted_lower_word(v)
        && tk.past_shaped(v)
        && tk.s(v).len() >= MIN_PAST_PREDICATE_LEN
        && !tk.has(v, class::AUX | class::FUNCTION)
        && marks_ahead(tk, v + 1, end)
}

/// Whether the past-tense verb at `v` opens a second predicate that
/// [`cut_at_next_attribution`] ends a reported clause before (the coordinator right before it,
/// a lower-case adverb between or not, after the clause's closing quoted words; quoted words of
/// its own before `end`): the leftover pass reads its quoted words with that verb as their cue.
pub(crate) fn second_predicate_at(tk: &Toks, v: usize, end: usize) -> bool {
    let mut c = v.saturating_sub(1);
    if c > 0 && tk.unquoted_lower_word(c) && tk.has(c, class::ADVERB) {
        c -= 1;
    }
    c > 0 && tk.unquoted_lower_word(c) && tk.has(c, class::COORDINATOR) && quoted_second_predicate(tk, c, v, end)
}

/// The shortest past-tense word read as a second predicate ("urged"; not "led", "fed", "wed").
const MIN_PAST_PREDICATE_LEN: usize = 5;

fn marks_ahead(tk: &Toks, from: usize, end: usize) -> bool {
    (from..end.min(from + MAX_CUT_SCAN)).any(|m| tk.mark(m))
}

/// Whether token `k` is a lower-case participle cue ("calling", "adding"), which opens a
/// clause of its own after a comma.
fn participle_cue(tk: &Toks, k: usize) -> bool {
    tk.lower_participle(k) && tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some_and(|cue| cue.start == k)
}

/// Whether a speaker starting at token `s` and its cue (within a few words) open a new
/// attribution before `end`.
fn new_attribution(tk: &Toks, s: usize, end: usize) -> bool {
    first_cue(tk, s, (s + 8).min(end))
        .is_some_and(|(_, cue)| speaker::before(tk, cue.start, s).is_some_and(|np| np.start == s))
}

/// The first cue in `from..to` and the token it was found at (a cue word: one look-up each).
fn first_cue(tk: &Toks, from: usize, to: usize) -> Option<(usize, Cue)> {
    (from..to).filter(|&v| tk.has(v, class::PHRASE_START)).find_map(|v| tk.cue_at(v).map(|cue| (v, cue)))
}

/// The most tokens from a naming verb to the quoted label it gives ("called it a “…”").
pub(crate) const MAX_TO_LABEL: usize = 4;

/// Whether a headless relative at token `c` opens a naming phrase with a subject of its own
/// and the quoted label it gives right after its verb: "what Gilbert called “a perception
/// problem”". The label is that named subject's wording, whatever clause the relative stands
/// in. Not so a pronoun subject ("… hungry for what she calls “real solutions”"), most often
/// the clause's own speaker, whose clause keeps the label, nor an unnamed one ("what multiple
/// lawmakers called “fraud”"), which the backward read past the relative does not keep whole.
pub(crate) fn naming_relative(tk: &Toks, c: usize, end: usize) -> bool {
    if !tk.unquoted_lower_word(c) || !tk.has(c, class::HEADLESS) {
        return false;
    }
    let Some((_, cue)) =
        first_cue(tk, c + 1, (c + MAX_EMBEDDED_SPEAKER).min(end)).filter(|(_, cue)| cue.kind == CueKind::Name)
    else {
        return false;
    };
    let label = (cue.end..(cue.end + MAX_TO_LABEL).min(end))
        .take_while(|&k| tk.mark(k) || (tk.word(k) && !tk.in_quote(k)))
        .any(|k| tk.mark(k));
    label
        && speaker::before(tk, cue.start, c + 1).is_some_and(|np| np.start == c + 1 && np.name.is_some() && !np.pronoun)
}

/// The most tokens of the noun phrase an embedded attribution describes ("a tax").
const MAX_EMBEDDED_HEAD: usize = 4;

/// Where a clause ends before an attribution embedded at `c`: before the comma or dash that
/// sets off the noun phrase it describes ("… the levy, a tax the mayor said is …", "… --
/// meddling the congressman said is …": that phrase is the embedded clause's subject), when
/// the clause keeps enough words; else at `c`.
fn before_embedded_head(tk: &Toks, start: usize, c: usize) -> usize {
    let head = |k: usize| {
        tk.word(k)
            && !tk.in_quote(k)
            && !tk
                .has(k, class::COMPLEMENTIZER | class::RELATIVE | class::COORDINATOR | class::AUX | class::PHRASE_START)
    };
    let mut k = c;
    while k > start && c - k < MAX_EMBEDDED_HEAD && head(k - 1) {
        k -= 1;
    }
    let set_off = k > start + 1 && k < c && !tk.in_quote(k - 1) && (tk.punct(k - 1, ',') || tk.dash(k - 1));
    if set_off && super::words_between(tk, start, k - 1) >= super::MIN_CLAUSE {
        // "election -- meddling": both dashes of a double dash.
        let mut e = k - 1;
        while e > start + 1 && tk.dash(e) && tk.dash(e - 1) {
            e -= 1;
        }
        e
    } else {
        c
    }
}

/// The most tokens from an embedded attribution's first word to its cue.
pub(crate) const MAX_EMBEDDED_SPEAKER: usize = 6;

/// Whether an attribution embedded in the running clause starts at token `c`: after a bare
/// lower-case noun, with no comma, a speaker phrase and a verb of saying whose clause is a
/// predicate with no subject of its own ("… backs a plan the mayor said is doomed": the mayor
/// says the plan is doomed; the words before "the mayor" are part of what the mayor said,
/// not of the clause being read).
// Inlined: its tests of flags rule out nearly every token the callers ask about (~2.8 K a pass
// over PolNeAR dev); the rest, with its look-ups, stays out of line.
#[inline]
pub(super) fn embedded_attribution(tk: &Toks, start: usize, c: usize, end: usize) -> bool {
    if c < start + 2 || !tk.word(c) || tk.in_quote(c) || !tk.has(c, class::DETERMINER | class::PRONOUN) && !tk.cap(c) {
        return false;
    }
    let prev = c - 1;
    let bare_noun = tk.word(prev)
        && !tk.cap(prev)
        && !tk.has(
            prev,
            class::FUNCTION
                | class::AUX
                | class::PHRASE_START
                | class::COMPLEMENTIZER
                | class::RELATIVE
                | class::COORDINATOR
                | class::TAILPREP
                | class::CONNECTOR
                | class::AGENT
                | class::ARTICLE
                | class::DETERMINER
                | class::PRONOUN
                | class::TIME,
        );
    bare_noun && embedded_after_noun(tk, prev, c, end)
}

/// [`embedded_attribution`] past its tests of flags: the word before `c` (at `prev`) is no
/// question word, and a speaker phrase from `c` and its cue open a predicate.
#[inline(never)]
fn embedded_after_noun(tk: &Toks, prev: usize, c: usize, end: usize) -> bool {
    if words::is_listed(words::Listed::Question, tk.s(prev)) {
        return false;
    }
    let Some((v, cue)) = first_cue(tk, c + 1, (c + MAX_EMBEDDED_SPEAKER).min(end))
        .filter(|(v, cue)| cue.start == *v && matches!(cue.kind, CueKind::Say | CueKind::That))
    else {
        return false;
    };
    let gap = cue.end;
    let predicate = gap < end && tk.finite_aux(gap);
    predicate && speaker::before(tk, v, c).is_some_and(|np| np.start == c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tokens;

    /// The scan stops at commas, quote marks, coordinators, determiners, pronouns and
    /// capitals, and passes over other words and punctuation.
    #[test]
    fn the_scan_acts_only_at_tokens_a_test_may_take() {
        let text = "Ana Ruiz said the plan failed, and he warned of “chaos” next week.";
        let mut toks = Vec::new();
        tokens::tokenize(text, 0..text.len(), &mut toks);
        let tk = Toks::new(text, &toks, &[]);
        let acting: Vec<&str> = (0..tk.len()).filter(|&c| may_act(&tk, c)).map(|c| tk.s(c)).collect();
        assert_eq!(acting, ["Ana", "Ruiz", "the", ",", "and", "he", "“", "”"]);
        assert!(!may_act(&tk, tk.len()));
    }

    /// An embedded attribution starts after a bare noun, not after a question word, and not
    /// at a word whose flags rule it out (a lower-case noun, a word after a capital).
    #[test]
    fn an_embedded_attribution_follows_a_bare_noun() {
        let embedded_at = |text: &str, word: &str| {
            let mut toks = Vec::new();
            tokens::tokenize(text, 0..text.len(), &mut toks);
            let tk = Toks::new(text, &toks, &[]);
            let c = (0..tk.len()).find(|&k| tk.s(k) == word).expect("the word is in the text");
            let flags_pass = c >= 2 && !tk.cap(c - 1);
            (embedded_attribution(&tk, 0, c, tk.len()), flags_pass && embedded_after_noun(&tk, c - 1, c, tk.len()))
        };
        assert_eq!(embedded_at("Ruiz backs a plan the mayor said is doomed.", "the"), (true, true));
        assert_eq!(embedded_at("Ruiz asked how the mayor said is doomed.", "the"), (false, false));
        assert_eq!(embedded_at("Ruiz backs a plan Lee said is doomed.", "Lee"), (true, true));
        assert_eq!(embedded_at("Ruiz backs Ana Lee said is doomed.", "Lee"), (false, false));
        assert_eq!(embedded_at("Ruiz backs a plan the mayor wants.", "the"), (false, false));
    }
}
