//! Reported speech opened by a verb of saying: "X said (that) …", "X emphasized that …", the
//! closing "…, X said." and its inverted "…, said X.", the parenthetical "A, he added, B.", and
//! the "…, as X reported." aside. `find` (in the parent) walks the cues; `verb` reads one.

use super::cut::{cut_at_next_attribution, embedded_attribution, MAX_CUT_SCAN};
use super::shapes::{
    after_relative, appositive_subject, clause_with_subject, clause_without_that, connective_opening, content_object,
    coordinated_cue, document_subject, gerund_after, may_invert, modified_name_subject, partitive_subject,
    past_inner_cue, relative_aside_end, relative_subject, reported_start, subordinate_opening_end, tells_quantity,
};
use super::{trim_end, words_between, Found, MIN_CLAUSE};
use crate::attribution::direct::via_at;
use crate::attribution::speaker::{self, Np};
use crate::attribution::view::{Cue, Toks};
use crate::attribution::words::{class, is_time_prep, CueKind, WORDS_TABLE};
use crate::attribution::Block;

mod closing;
mod inside;
mod opening;
mod subject;
mod that;

use closing::{as_aside, closes_sentence, ends_phrase, placed_to_comma};
pub(in crate::attribution) use subject::coordinated_subject;
use subject::{first_predicate_subject, subject_of_cue_before};
use that::that_after;

/// The fewest words of a clause opened by its cue's last word ("declined to comment").
const MIN_OPENED_CLAUSE: usize = 2;

/// Whether `k` is a "to" before an article or a number ("adding to her lead", "agreed to a
/// truce", "up to 5 million"): a preposition, not the mark of an infinitive, so what follows
/// is a noun phrase and no reported clause.
fn to_noun(tk: &Toks, k: usize) -> bool {
    tk.is_to(k) && !tk.cap(k) && (tk.has(k + 1, class::ARTICLE) || tk.numeric(k + 1))
}

/// The most tokens from the comma after a cue's addressee to the comma closing its appositive.
const MAX_APPOSITIVE: usize = 16;

/// "asked Ana Ruiz, the board's chair, to review …", "told Lee, a former aide, that …": an
/// appositive set off by commas after the addressee, then the clause's opening "that" or
/// "to" + verb: that opening word.
fn past_appositive(tk: &Toks, comma: usize, end: usize) -> Option<usize> {
    if !tk.punct(comma, ',') {
        return None;
    }
    let close = (comma + 2..end.min(comma + MAX_APPOSITIVE))
        .take_while(|&k| !tk.stop(k) && !tk.mark(k) && !tk.dash(k))
        .find(|&k| tk.punct(k, ','))?;
    let next = close + 1;
    let opens = tk.has(next, class::COMPLEMENTIZER) || (tk.is_to(next) && !to_noun(tk, next));
    (tk.word(next) && !tk.cap(next) && opens).then_some(next)
}

/// Whether quoted words stand in `a..b` (over at most 64 tokens): a noun phrase holding them
/// ("agreed to a “full review”") reports someone's words after all.
fn holds_mark(tk: &Toks, a: usize, b: usize) -> bool {
    (a..b.min(a.saturating_add(64))).any(|k| tk.mark(k))
}

/// Whether [`verb`]'s reading of `cue` (in the sentence from `a`) with `used_before` false may
/// ask the cues used before it (`Block::speaker_np_before`): only a participle after a comma
/// ("…, adding that …") does. Any other such reading depends on the tokens (and the block's
/// fixed quote pairs) alone: the same call gives the same answer however many cues are used
/// meanwhile.
pub(super) fn asks_used_cues(tk: &Toks, cue: &Cue, a: usize) -> bool {
    cue.start > a && tk.punct(cue.start - 1, ',') && tk.s(cue.verb).ends_with("ing")
}

/// Whether a telling cue is a passive with its addressee after "of" ("the questions asked
/// of the candidates", "the question has had to be asked of a contender"): what is asked is
/// the subject before it, and the words after it report nothing.
fn asked_of(tk: &Toks, cue: &Cue, b: usize) -> bool {
    cue.kind == CueKind::Tell && cue.end < b && tk.bytes(cue.end) == b"of"
}

/// Whether the cue word is the head of the object of a past-tense verb inside what reads as
/// its subject ("The two taped an hourlong show that aired …": "-ed", an article, at most one
/// word, the cue): a noun, that reports nothing. Not a participle or past cue ("issued a
/// statement saying …"), nor one after a relative clause in the subject ("a source who has
/// previewed the plan told …"), nor after a time ("A poll released a week ago shows …").
fn object_of_past_verb(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    let verb_form = tk.past_shaped(cue.verb) || tk.bytes(cue.verb).ends_with(b"ing") || cue.kind == CueKind::Tell;
    cue.verb == cue.start
        && !verb_form
        && (np.start + 1..cue.start.saturating_sub(1)).any(|k| {
            !tk.cap(k)
                && tk.past_shaped(k)
                && tk.has(k + 1, class::ARTICLE)
                && k + 3 >= cue.start
                && !tk.has(k + 2, class::TIME)
                && !(np.start..k).any(|j| tk.has(j, class::RELATIVE))
        })
}

pub(super) fn verb(block: &Block, cue: &Cue, a: usize, b: usize, used_before: bool) -> Option<Found> {
    if asked_of(&block.tk, cue, b)
        || inside::in_quantified_relative(&block.tk, cue, a)
        || tells_quantity(&block.tk, cue, b)
    {
        return None;
    }
    verb_after_subject(block, cue, a, b, used_before, speaker::before(&block.tk, cue.start, a))
}

/// [`verb`] with the phrase `speaker::before` gives for `cue` (from `a`) already read, for a
/// caller that has read it (a naming cue's): the walk back is not taken twice. Not for a
/// telling cue, whose passive [`verb`] turns away first.
pub(super) fn verb_after_subject(
    block: &Block,
    cue: &Cue,
    a: usize,
    b: usize,
    used_before: bool,
    before: Option<Np>,
) -> Option<Found> {
    // `verb`'s first test, the passive "asked of", is not made again here: only a telling cue
    // can be one, `verb` has turned it away before calling, and the other caller reads naming
    // cues alone. A caller that passes a telling cue must ask it first.
    debug_assert!(!asked_of(&block.tk, cue, b), "a telling cue's passive \"asked of\" reports nothing");
    let tk = &block.tk;
    // "Noting that …, Tester added …": the clause an opening participle reports.
    // "As reported by the Eastvale Times, …": the rest of the sentence is the source's.
    // (Both read a cue at the sentence's first or second token only: one compare for the rest.)
    if cue.start <= a + 1 {
        if let Some(found) = opening::opening(tk, cue, a, b) {
            return Some(found);
        }
    }
    let mut subject = before;
    // "A woman who has accused the mayor of fraud said …": the phrase before the relative, when
    // no phrase was read at the sentence's start nor after an opening's comma ("In May, Ruiz").
    if cue.start > a + 3
        && matches!(cue.kind, CueKind::Say | CueKind::Tell | CueKind::That)
        && subject.as_ref().is_none_or(|np| np.start > a + 1 && tk.word(np.start - 1))
    {
        if let Some(np) = relative_subject(tk, a, cue) {
            subject = Some(np);
        }
    }
    // "The ministry surprised everyone by announcing that …": a participle after the agent
    // word speaks for the sentence's subject, not for the words before it.
    let by_participle = cue.start > a + 1 && tk.has(cue.start - 1, class::AGENT) && tk.s(cue.verb).ends_with("ing");
    if by_participle {
        subject = speaker::sentence_subject(tk, a, cue.start - 1);
    }
    // "Trump issued a statement saying …": a document that is the object of a verb speaks
    // for the sentence's subject.
    subject = subject.map(|np| speaker::document_issuer(tk, np, a, cue.verb));
    // "A CNN/ORC poll of South Carolina released on Tuesday showed …": a poll or report that
    // opens the sentence and runs on to the cue is its source, whatever names stand inside.
    if !by_participle && subject.as_ref().is_none_or(|np| np.start != a) {
        if let Some(np) = document_subject(tk, a, cue.start) {
            subject = Some(np);
        }
    }
    // "…, adding that …": a participle after a comma reports for the sentence's speaker.
    if subject.is_none() && asks_used_cues(tk, cue, a) {
        // The speaker of the cue before (used by a frame or not), the sentence subject (past
        // an opening phrase: "Early in his campaign, Trump attacked Romney, calling him …")
        // when it is a name or pronoun, or else any subject phrase.
        let named = |np: &Np| np.name.is_some() || np.pronoun;
        subject = block
            .speaker_np_before(cue.start, a)
            .or_else(|| speaker::subject_past_opening(tk, a, cue.start).filter(named))
            .or_else(|| subject_of_cue_before(tk, cue.start, a))
            .or_else(|| speaker::sentence_subject(tk, a, cue.start));
        if let Some(np) = subject {
            let end = trim_end(tk, cue.end, b);
            // "…, telling reporters in May that …", "…, saying at a rally that …": past the
            // addressee, a place or a time, not past an object ("citing the importance of a
            // nation that …") nor into a relative clause.
            let placed = |k: usize| {
                cue.kind == CueKind::Tell
                    || (cue.kind == CueKind::Say
                        && tk.word(k)
                        && (tk.has(k, class::TAILPREP | class::TIME | class::ADVERB)
                            || is_time_prep(tk.s(k))
                            || tk.s(k).ends_with("ly")))
            };
            let that = (cue.end < end && tk.has(cue.end, class::COMPLEMENTIZER)).then_some(cue.end).or_else(|| {
                let t = that_after(tk, cue, end)?;
                (placed(cue.end) && tk.opens_clause(t)).then_some(t)
            });
            let start = that.unwrap_or_else(|| cue.clause_start());
            // "…, conceding the race": a verb that reports only with "that" takes a plain
            // object here, unless a clause's subject and auxiliary follow it.
            let plain_object = that.is_none() && cue.kind == CueKind::Object && !clause_without_that(tk, start, end);
            if words_between(tk, start, end) < MIN_CLAUSE
                || (that.is_none() && to_noun(tk, start) && !holds_mark(tk, start, end))
                || (plain_object && !holds_mark(tk, start, end))
            {
                return None;
            }
            // "…, telling reporters on Monday they would …": past the addressee.
            let start = if that.is_none() { reported_start(tk, cue, start, end, MIN_CLAUSE, true) } else { start };
            // "Christie, hoping to surge in New Hampshire, called Obama “…”".
            let start = past_inner_cue(block, start, end);
            return Some(Found { content: (start, end), second: None, np: Some(np), via: None });
        }
    }
    // "…, said Mr. Barrett, the lawyer for the agency." — a named (or titled) phrase after a
    // cue that follows a comma is the speaker, whatever trails it.
    // The phrase is read once, with what closes the sentence after it: the inverted trailing
    // reading below takes both.
    let inverted_speaker = (cue.start > a && tk.punct(cue.start - 1, ',') && may_invert(tk, cue))
        .then(|| speaker::after(tk, cue.end, b))
        .flatten()
        .map(|np| {
            let closes = closes_sentence(tk, np.end, b, cue.kind);
            (np, closes)
        })
        .filter(|(np, closes)| {
            closes.is_some()
                || (!np.pronoun
                    && (tk.punct(np.end, ',')
                        || (np.name.is_some() && ends_phrase(tk, np.end, b) && !gerund_after(tk, np.end))))
        });
    let inverted = inverted_speaker.is_some();
    if subject.is_none() && inverted {
        subject = appositive_subject(tk, a, cue.start);
    }
    // "… a bully who has repeatedly pledged …": a relative's cue speaks for the noun before
    // the relative; when no speaker rule took that noun, the sentence subject is no stand-in.
    // "in states that vote …": a word as often a plural noun, with no subject right before
    // it, is the noun; the sentence's subject does not make it a verb.
    // (A closure: the phrase look-up runs only when the cheaper tests before it pass.)
    let noun_like = || !tk.cap(cue.verb) && WORDS_TABLE.one_word_phrase(tk.s(cue.verb)).is_some_and(|p| p.noun);
    // "X said … and warned …": a cue right after a coordinator, with no subject of its own,
    // is a second predicate of the sentence's speaker: the speaker of the cue before, or
    // the subject of the first predicate ("X criticized … and said …").
    let coordinated = subject.is_none()
        && coordinated_cue(tk, cue.start, a)
        && (used_before
            || !inverted && !noun_like() && !after_relative(tk, cue.start, a) && holds_mark(tk, cue.end, b));
    // Whether the subject is the sentence's, far from the cue.
    let mut subject_far = false;
    if coordinated {
        if used_before {
            subject = block.speaker_np_before(cue.start, a);
        } else {
            subject = first_predicate_subject(tk, a, cue.start);
            subject_far = subject.is_some();
        }
    }
    if subject.is_none() && !inverted && !used_before && !noun_like() && !after_relative(tk, cue.start, a) {
        subject = speaker::sentence_subject(tk, a, cue.start);
        subject_far = subject.is_some();
    }
    if subject.as_ref().is_some_and(|np| object_of_past_verb(tk, np, cue) || inside::reports_nothing(tk, np, cue)) {
        return None;
    }
    match subject {
        None => {
            // Inverted trailing: "…, said Sean Spicer." / "…, says the report."
            let (np, closes) = inverted_speaker?;
            let via = closes.unwrap_or(None);
            let content = (a, cue.start - 1);
            (words_between(tk, content.0, content.1) >= MIN_CLAUSE).then_some(Found {
                content,
                second: None,
                np: Some(np),
                via,
            })
        }
        Some(np) => {
            if let Some(found) = as_aside(tk, cue, &np, a, b) {
                return Some(found);
            }
            // Trailing: "…, a YPG commander, Sipan Hemo, told Sputnik."
            let edge = np.start > a && (tk.punct(np.start - 1, ',') || tk.mark(np.start - 1));
            if edge {
                if let Some(via) = closes_sentence(tk, cue.end, b, cue.kind) {
                    let e = if tk.punct(np.start - 1, ',') { np.start - 1 } else { np.start };
                    if words_between(tk, a, e) >= MIN_CLAUSE {
                        return Some(Found { content: (a, e), second: None, np: Some(np), via });
                    }
                }
                // Parenthetical: "But the weapons, he added, are like …". Two parts, not one
                // span over the cue: the gold reads A and B as two segments of one attribution.
                let mut after_cue = cue.end;
                if let Some((_, e)) = via_at(tk, after_cue, b) {
                    after_cue = e;
                }
                // "…, Ruiz said Tuesday in Paris, adding …": past a phrase placing the saying.
                if tk.punct(np.start - 1, ',') && !tk.punct(after_cue, ',') {
                    after_cue = placed_to_comma(tk, after_cue, b, cue.kind).unwrap_or(after_cue);
                }
                if tk.punct(np.start - 1, ',') && tk.punct(after_cue, ',') {
                    let first = (a, np.start - 1);
                    let second = (after_cue + 1, trim_end(tk, after_cue + 1, b));
                    // The first part may be a subject or an opening phrase alone ("The museum,
                    // Mr. Bush said, celebrated …"): the clause goes on after the cue.
                    if words_between(tk, first.0, first.1) >= 1 && words_between(tk, second.0, second.1) >= MIN_CLAUSE {
                        // "Still, he said, …": a connective alone is no part of the words said.
                        if connective_opening(tk, first.0, first.1) {
                            return Some(Found { content: second, second: None, np: Some(np), via: None });
                        }
                        return Some(Found { content: first, second: Some(second), np: Some(np), via: None });
                    }
                }
            }
            let relative = (np.end..cue.start).any(|k| tk.has(k, class::RELATIVE) || speaker::which_at(tk, k));
            let mut np = np;
            if !coordinated
                && np.start > a
                && !edge
                && !relative
                && !tk.has(np.start - 1, class::FUNCTION | class::TIME)
                && !tk.stop(np.start - 1)
            {
                // The phrase does not start its clause ("the plan Smith said …"): not ours,
                // unless the whole sentence subject ends where it does ("A spokesman for the
                // shipping line Norhaven said …").
                if let Some(whole) = partitive_subject(tk, &np, a) {
                    np = whole;
                } else if embedded_attribution(tk, a, np.start, b) {
                    // "… a tax the mayor said is doomed": an attribution embedded in another
                    // clause, whose own clause is a predicate with no subject: the mayor's.
                } else if !((np.start == a + 1 && tk.word(a)) || modified_name_subject(tk, &np, a, cue)) {
                    // ("A teary-eyed Bush says …": an article and its modifiers before the
                    // name make the sentence's subject with it.)
                    // "The union denounced the vote and said …": the phrase is the first
                    // predicate's object; a coordinated cue speaks for that predicate's subject.
                    let joined =
                        speaker::sentence_subject(tk, a, cue.start).and_then(|s| speaker::joined_with(tk, s, &np));
                    np = match joined {
                        Some(whole) => whole,
                        None if coordinated_cue(tk, cue.start, a) && holds_mark(tk, cue.end, b) => {
                            first_predicate_subject(tk, a, cue.start)?
                        }
                        None => return None,
                    };
                }
            }
            // Forward: "X said (on Monday) that …", "X said Putin was …", "X told reporters …".
            let end = trim_end(tk, cue.end, b);
            let mut via = None;
            let opens = cue.opens;
            let that = that_after(tk, cue, end);
            let start = match that {
                None if opens => cue.end - 1,
                Some(t) => t,
                None => {
                    let mut s = cue.end;
                    if tk.punct(s, ':') || tk.punct(s, ',') {
                        s += 1;
                    }
                    match cue.kind {
                        CueKind::Say | CueKind::That | CueKind::According | CueKind::Name => s,
                        // "The poll found Clinton leading", "records show he backed …": a
                        // document reports what it finds or shows without "that".
                        CueKind::Object if (np.start..np.end).any(|k| tk.has(k, class::DOCUMENT)) => s,
                        // "An arbitration panel found the city was in breach": a subject and
                        // its auxiliary after the verb open a clause.
                        CueKind::Object if clause_without_that(tk, s, end) => s,
                        CueKind::Tell => {
                            if let Some((v, e)) = via_at(tk, s, end) {
                                via = Some(v);
                                e
                            } else if let Some(obj) = speaker::after(tk, s, end) {
                                past_appositive(tk, obj.end, end).unwrap_or(obj.end)
                            } else if tk.has(s, class::DETERMINER) && tk.word(s + 1) && !tk.cap(s + 1) {
                                // "told the forum he was …"
                                s + 2
                            } else {
                                s + 1
                            }
                        }
                        _ => return None,
                    }
                }
            };
            if via.is_none() && that.is_some() {
                via = via_at(tk, cue.end, end).map(|v| v.0);
            }
            // "declined to comment": an infinitive the cue opens is a clause of two words.
            let min_clause = if that.is_none() && opens { MIN_OPENED_CLAUSE } else { MIN_CLAUSE };
            // "…, said a handful of Democrats who …", "…,” said one of two witnesses who …": a
            // cue right after a comma or a closing mark, far from a subject that runs on into
            // its own predicate, is inverted; what follows it is its speaker, not a clause.
            let inverted_after = subject_far
                && cue.start > a
                && (tk.punct(cue.start - 1, ',') || tk.mark(cue.start - 1))
                && !tk.punct(np.end, ',')
                && tk.word(start)
                && (tk.has(start, class::INDEFINITE) || tk.numeric(start));
            // "said after the vote", "estimated before the opening": a phrase placing the
            // saying in time; a clause may follow it ("said after the vote he would resign").
            let start = if that.is_none() && via.is_none() && tk.word(start) && is_time_prep(tk.s(start)) {
                past_time_phrase(tk, start, end)?
            } else {
                start
            };
            if inverted_after || start >= end || words_between(tk, start, end) < min_clause || tk.stop(start) {
                return None;
            }
            // "super PACs supported by …", "laws proposed during …": a participle with a
            // preposition after it modifies a noun; it reports nothing; nor does a noun
            // phrase after a prepositional "to"; nor a cue that a coordinator right after it
            // joins to another verb ("a process for admitting and resettling refugees", "the
            // cards they never asked for or just were confused"): what follows is no clause.
            if that.is_none()
                && via.is_none()
                && tk.word(start)
                && !tk.cap(start)
                && (tk.has(start, class::TAILPREP | class::AGENT)
                    || (start == cue.end && tk.has(start, class::COORDINATOR))
                    || (to_noun(tk, start) && !holds_mark(tk, start, end)))
            {
                return None;
            }
            // "While he acknowledged X, Ham also noted Y": the clause ends where another
            // speaker's cue takes over.
            let full = end;
            let end = cut_at_next_attribution(block, start, end);
            // "Trump, who has accused X of …, may …": the relative clause ends before the main one.
            let end = if relative { relative_aside_end(tk, cue, start, end) } else { end };
            // "Though she called X “…,” Clinton restricted …": the opening clause ends before
            // the main one.
            let end = subordinate_opening_end(tk, block.sentence_start(cue.start), cue, start, end);
            if words_between(tk, start, end) < min_clause {
                return None;
            }
            // Cut before a participle that reports the quoted words ("defended the incident,
            // calling the protester “…”"): the participle's clause is the quote; the words before
            // it are a stance, not reported speech.
            let reports_quote = |k: usize| {
                tk.s(k).ends_with("ing")
                    && tk.cue_at(k).is_some_and(|c| c.start == k)
                    && (k..full.min(k + MAX_CUT_SCAN)).any(|m| tk.mark(m))
            };
            if end < full
                && tk.punct(end, ',')
                && reports_quote(end + 1)
                && !(start..end).any(|k| tk.mark(k))
                && !reported_clause(tk, that.is_some(), start, end)
            {
                return None;
            }
            // "boasted about a plan to …", "told a crowd in Leeds she will …"; with "that",
            // "rejected the notion that …" reports the noun phrase too.
            let start = if that.is_none() {
                reported_start(tk, cue, start, end, min_clause, via.is_none() && !opens)
            } else if via.is_none() {
                content_object(tk, cue.end, start).unwrap_or(start)
            } else {
                start
            };
            // "X, who has endorsed Clinton, said Sanders has …“…”": the sentence's own verb.
            let start = past_inner_cue(block, start, end);
            // "a measure strongly opposed by unions that …": the passive's doer speaks.
            let np = speaker::passive_doer(tk, cue, b).unwrap_or(np);
            Some(Found { content: (start.max(np.end.min(end)), end), second: None, np: Some(np), via })
        }
    }
}

/// Whether the words from `start` to `end` are a reported clause: opened by "that", or by a
/// subject with a verb of its own ("said he saw no need to change, telling X that “…”",
/// "argued that a database would help, saying it's “all about management”"), not a verb's
/// plain object ("defended the incident, calling the protester “…”"). A participle after such
/// a clause that reports quoted words adds to what the speaker said; the clause stays the cue's.
fn reported_clause(tk: &Toks, that: bool, start: usize, end: usize) -> bool {
    let pronoun_subject =
        tk.unquoted_lower_word(start) && tk.has(start, class::PRONOUN) && tk.unquoted_lower_word(start + 1);
    that || pronoun_subject || clause_with_subject(tk, start, end)
}

/// The most tokens of a phrase placing a saying in time ("after winning his home state on
/// Monday,").
const MAX_TIME_PHRASE: usize = 12;

/// Where a reported clause opens after a phrase placing the saying in time at `start` ("after
/// the vote"): after a comma that closes the phrase, or at a subject pronoun ("after the vote
/// he would resign"); `None` when none does within a few words.
fn past_time_phrase(tk: &Toks, start: usize, end: usize) -> Option<usize> {
    let k = (start + 1..end.min(start + MAX_TIME_PHRASE))
        .take_while(|&k| !tk.stop(k) && !tk.mark(k) && !tk.dash(k))
        .find(|&k| tk.punct(k, ',') || (tk.word(k) && tk.has(k, class::PRONOUN)))?;
    // After the comma a clause's subject, not a conjunction or a participle ("…, because …").
    let k = if tk.punct(k, ',') { k + 1 } else { k };
    let subject = tk.word(k) && !tk.has(k, class::FUNCTION) && !tk.s(k).ends_with("ing");
    (subject && words_between(tk, k, end) >= MIN_CLAUSE).then_some(k)
}

#[cfg(test)]
mod tests;
