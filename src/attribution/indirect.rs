//! Reported speech: "X said (that) …", "X emphasized that …", "…, X said.", "according to
//! X, …", "…, according to X." The reported clause is the quote; when it holds quoted words
//! it is a mixed quote.

use super::direct::via_at;
use super::speaker::{self, Np};
use super::view::{Cue, Toks};
use super::words::{class, CueKind, WORDS_TABLE};
use super::{cover, cue_span, speaker_of, Block, Doc, Frame};
use crate::report::QuoteStyle;
pub(crate) use cut::cut_at_next_attribution;
use cut::MAX_CUT_SCAN;
use shapes::{
    after_relative, appositive_subject, clause_without_that, coordinated_cue, document_subject, partitive_subject,
};

/// How far after the cue a "that" may open the reported clause ("said on Monday that").
const MAX_TO_THAT: usize = 10;
/// How many tokens may follow a trailing attribution ("…, he told Anadolu Agency on Monday.").
const MAX_TRAILING_REST: usize = 2;
/// How many words may follow the cue of a closing "as X reported" aside ("a few days later").
const MAX_AS_TAIL: usize = 4;
/// The fewest tokens a reported clause has.
const MIN_CLAUSE: usize = 3;
/// The fewest words of a clause opened by its cue's last word ("declined to comment").
const MIN_OPENED_CLAUSE: usize = 2;

struct Found {
    content: (usize, usize),
    /// The words after a parenthetical attribution ("A, he added, B."): B.
    second: Option<(usize, usize)>,
    np: Option<Np>,
    via: Option<String>,
}

/// Words in `a..b`, counted up to 8 and over at most 64 tokens: callers compare with small
/// numbers, and a bounded count keeps a sentence of 10,000 cues linear.
fn words_between(tk: &Toks, a: usize, b: usize) -> usize {
    (a..b.min(a.saturating_add(64))).filter(|&k| tk.word(k)).take(8).count()
}

/// The end of a sentence's words, dropping closing punctuation.
fn trim_end(tk: &Toks, a: usize, mut b: usize) -> usize {
    let floor = a.max(b.saturating_sub(16));
    while b > floor && (tk.stop(b - 1) || tk.punct(b - 1, ',')) {
        b -= 1;
    }
    b
}

/// Whether `k` is a "to" before an article or a number ("adding to her lead", "agreed to a
/// truce", "up to 5 million"): a preposition, not the mark of an infinitive, so what follows
/// is a noun phrase and no reported clause.
fn to_noun(tk: &Toks, k: usize) -> bool {
    tk.s(k) == "to" && (tk.has(k + 1, class::ARTICLE) || tk.s(k + 1).starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether quoted words stand in `a..b` (over at most 64 tokens): a noun phrase holding them
/// ("agreed to a “full review”") reports someone's words after all.
fn holds_mark(tk: &Toks, a: usize, b: usize) -> bool {
    (a..b.min(a.saturating_add(64))).any(|k| tk.mark(k))
}

/// Whether what follows a cue up to `b` is only an addressee, an outlet or a few words
/// (so that the attribution closes its sentence: "…, a source told Reuters.").
fn closes_sentence(tk: &Toks, from: usize, b: usize, tell: bool) -> Option<Option<String>> {
    let end = trim_end(tk, from, b);
    // "In a long interview, Ruiz also said:" introduces what follows; the words before the
    // comma are an opening phrase.
    if end < b && tk.punct(end, ':') {
        return None;
    }
    if from >= end {
        return Some(None);
    }
    if let Some((via, e)) = via_at(tk, from, end) {
        if words_between(tk, e, end) <= 3 {
            return Some(Some(via));
        }
    }
    if (from..end).any(|k| tk.has(k, class::COMPLEMENTIZER) || tk.mark(k)) {
        return None;
    }
    // The few words left place or time the saying ("he said Monday", "she told CNN", "the
    // president told her", "Politico reported in 2014"); a
    // plain lower-case word is the verb's object ("he declined to comment", "Holder announced
    // his resignation"): the words before the comma are an opening phrase, not its clause.
    let places = |k: usize| {
        !tk.word(k)
            || tk.cap(k)
            || tk.has(k, class::TIME | class::ADVERB | class::TAILPREP | class::PRONOUN)
            || tk.s(k).ends_with("ly")
            || tk.s(k).starts_with(|c: char| c.is_ascii_digit())
    };
    // A verb of telling takes its addressee there ("she told reporters", "he told the crowd").
    (words_between(tk, from, end) <= MAX_TRAILING_REST && (tell || (from..end).all(places))).then_some(None)
}

/// Whether a name after an inverted cue ends there: what follows only places or times the
/// saying ("…, said Sean Spicer in a statement"), not a predicate that makes the name the
/// subject of the reported clause ("Tad Devine, an adviser, said Republicans are …").
fn ends_phrase(tk: &Toks, k: usize, b: usize) -> bool {
    k >= b
        || tk.stop(k)
        || tk.mark(k)
        || tk.dash(k)
        || (tk.word(k) && !tk.cap(k) && tk.has(k, class::TAILPREP | class::TIME | class::RELATIVE | class::CONNECTOR))
}

/// The longest phrase after "according to" taken whole as its source.
const MAX_ACCORDING_SOURCE: usize = 24;

/// Whatever noun phrase follows "according to" is its source, named or not ("according to a
/// count by The Associated Press", "according to the results"): the words up to a comma, a
/// dash, a quote mark or the sentence's end.
fn according_source(tk: &Toks, start: usize, b: usize) -> Option<Np> {
    if start >= b || !tk.word(start) {
        return None;
    }
    let limit = b.min(start + MAX_ACCORDING_SOURCE);
    let end = (start..limit)
        .find(|&k| {
            tk.stop(k)
                || tk.mark(k)
                || tk.dash(k)
                || tk.punct(k, ',')
                || tk.punct(k, ';')
                || tk.punct(k, ':')
                || tk.punct(k, '(')
        })
        .unwrap_or(limit);
    if end < limit || end == b || trim_end(tk, start, b) <= end {
        Some(Np { start, end, anonymous: tk.has(start, class::INDEFINITE), ..Np::default() })
    } else {
        None
    }
}

fn according(tk: &Toks, cue: &Cue, a: usize, b: usize) -> Option<Found> {
    let mut np = speaker::after(tk, cue.end, b).or_else(|| according_source(tk, cue.end, b))?;
    let at_front = cue.start == a || (cue.start == a + 1 && tk.has(a, class::FUNCTION));
    if at_front {
        // "According to the results, Clinton …": the source ends at the first comma, not
        // at a name after it.
        if !tk.punct(np.end, ',') {
            np = according_source(tk, cue.end, b).filter(|np| tk.punct(np.end, ','))?;
        }
        let content = (np.end + 1, trim_end(tk, np.end + 1, b));
        return (words_between(tk, content.0, content.1) >= MIN_CLAUSE).then_some(Found {
            content,
            second: None,
            np: Some(np),
            via: None,
        });
    }
    let mut e = cue.start;
    if e > a && tk.punct(e - 1, ',') {
        e -= 1;
    }
    (words_between(tk, a, e) >= MIN_CLAUSE).then_some(Found { content: (a, e), second: None, np: Some(np), via: None })
}

/// The subject of the nearest cue before `at` in the sentence from `a`, used or not ("Sanders
/// criticized the accord, saying …": the participle speaks for Sanders).
fn subject_of_cue_before(tk: &Toks, at: usize, a: usize) -> Option<Np> {
    let k = (a..at)
        .rev()
        .take(40)
        .find(|&k| !tk.in_quote(k) && tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some_and(|c| c.start == k))?;
    speaker::before(tk, k, a)
}

fn verb(block: &Block, cue: &Cue, a: usize, b: usize, used_before: bool) -> Option<Found> {
    let tk = &block.tk;
    let mut subject = speaker::before(tk, cue.start, a);
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
    if !by_participle && !subject.as_ref().is_some_and(|np| np.start == a) {
        if let Some(np) = document_subject(tk, a, cue.start) {
            subject = Some(np);
        }
    }
    // "…, adding that …": a participle after a comma reports for the sentence's speaker.
    if subject.is_none() && cue.start > a && tk.punct(cue.start - 1, ',') && tk.s(cue.verb).ends_with("ing") {
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
            let that = (cue.end < end && tk.has(cue.end, class::COMPLEMENTIZER)).then_some(cue.end);
            let start = that.unwrap_or_else(|| cue.clause_start());
            if words_between(tk, start, end) < MIN_CLAUSE
                || (that.is_none() && to_noun(tk, start) && !holds_mark(tk, start, end))
            {
                return None;
            }
            return Some(Found { content: (start, end), second: None, np: Some(np), via: None });
        }
    }
    // "…, said Mr. Barrett, the lawyer for the agency." — a named (or titled) phrase after a
    // cue that follows a comma is the speaker, whatever trails it.
    let inverted = cue.start > a
        && tk.punct(cue.start - 1, ',')
        && speaker::after(tk, cue.end, b).is_some_and(|np| {
            closes_sentence(tk, np.end, b, false).is_some()
                || (!np.pronoun && (tk.punct(np.end, ',') || (np.name.is_some() && ends_phrase(tk, np.end, b))))
        });
    if subject.is_none() && inverted {
        subject = appositive_subject(tk, a, cue.start);
    }
    // "X said … and warned …": a cue right after a coordinator, with no subject of its own,
    // is a second predicate of the sentence's speaker.
    let coordinated = subject.is_none() && used_before && coordinated_cue(tk, cue.start, a);
    if coordinated {
        subject = block.speaker_np_before(cue.start, a);
    }
    // Whether the subject is the sentence's, far from the cue.
    let mut subject_far = false;
    // "… a bully who has repeatedly pledged …": a relative's cue speaks for the noun before
    // the relative; when no speaker rule took that noun, the sentence subject is no stand-in.
    // "in states that vote …": a word as often a plural noun, with no subject right before
    // it, is the noun; the sentence's subject does not make it a verb.
    // (A closure: the phrase look-up runs only when the cheaper tests before it pass.)
    let noun_like =
        || !tk.cap(cue.verb) && WORDS_TABLE.phrases(tk.s(cue.verb)).iter().any(|p| p.noun && p.words.len() == 1);
    if subject.is_none() && !inverted && !used_before && !noun_like() && !after_relative(tk, cue.start, a) {
        subject = speaker::sentence_subject(tk, a, cue.start);
        subject_far = subject.is_some();
    }
    match subject {
        None => {
            // Inverted trailing: "…, said Sean Spicer." / "…, says the report."
            if cue.start <= a || !tk.punct(cue.start - 1, ',') {
                return None;
            }
            let np = speaker::after(tk, cue.end, b)?;
            let via = closes_sentence(tk, np.end, b, false).unwrap_or(None);
            if !inverted {
                return None;
            }
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
                if let Some(via) = closes_sentence(tk, cue.end, b, cue.kind == CueKind::Tell) {
                    let e = if tk.punct(np.start - 1, ',') { np.start - 1 } else { np.start };
                    if words_between(tk, a, e) >= MIN_CLAUSE {
                        return Some(Found { content: (a, e), second: None, np: Some(np), via });
                    }
                }
                // Parenthetical: "But the weapons, he added, are like …".
                let mut after_cue = cue.end;
                if let Some((_, e)) = via_at(tk, after_cue, b) {
                    after_cue = e;
                }
                if tk.punct(np.start - 1, ',') && tk.punct(after_cue, ',') {
                    let first = (a, np.start - 1);
                    let second = (after_cue + 1, trim_end(tk, after_cue + 1, b));
                    // The first part may be a subject or an opening phrase alone ("The museum,
                    // Mr. Bush said, celebrated …"): the clause goes on after the cue.
                    if words_between(tk, first.0, first.1) >= 1 && words_between(tk, second.0, second.1) >= MIN_CLAUSE {
                        return Some(Found { content: first, second: Some(second), np: Some(np), via: None });
                    }
                }
            }
            let relative = (np.end..cue.start).any(|k| tk.has(k, class::RELATIVE));
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
                } else if !(np.start == a + 1 && tk.word(a)) {
                    np = speaker::sentence_subject(tk, a, cue.start).and_then(|s| speaker::joined_with(tk, s, &np))?;
                }
            }
            // Forward: "X said (on Monday) that …", "X said Putin was …", "X told reporters …".
            let end = trim_end(tk, cue.end, b);
            let mut via = None;
            // Not past another verb of saying ("said the plan failed and warned that …"), nor
            // past a subject pronoun ("says he's satisfied that …": the clause starts there).
            let ends_lead_in = |k: usize| {
                tk.mark(k)
                    || tk.stop(k)
                    || (tk.has(k, class::PHRASE_START) && tk.cue_at(k).is_some())
                    || (tk.word(k) && tk.has(k, class::PRONOUN))
            };
            // "vowed to end …": the clause opens at the cue's last word, before any "that".
            let opens = cue.opens;
            let that = (cue.end..(cue.end + MAX_TO_THAT).min(end))
                .take_while(|&k| !opens && !ends_lead_in(k))
                .find(|&k| tk.has(k, class::COMPLEMENTIZER));
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
                                obj.end
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
                && (tk.has(start, class::INDEFINITE) || tk.s(start).starts_with(|c: char| c.is_ascii_digit()));
            if inverted_after || start >= end || words_between(tk, start, end) < min_clause || tk.stop(start) {
                return None;
            }
            // "super PACs supported by …", "laws proposed during …": a participle with a
            // preposition after it modifies a noun; it reports nothing; nor does a noun
            // phrase after a prepositional "to".
            if that.is_none()
                && via.is_none()
                && tk.word(start)
                && !tk.cap(start)
                && (tk.has(start, class::TAILPREP | class::AGENT)
                    || (to_noun(tk, start) && !holds_mark(tk, start, end)))
            {
                return None;
            }
            // "While he acknowledged X, Ham also noted Y": the clause ends where another
            // speaker's cue takes over.
            let full = end;
            let end = cut_at_next_attribution(block, start, end);
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
            if end < full && tk.punct(end, ',') && reports_quote(end + 1) && !(start..end).any(|k| tk.mark(k)) {
                return None;
            }
            Some(Found { content: (start, end), second: None, np: Some(np), via })
        }
    }
}

/// "…, as Breitbart reported a few days later." / "…, as The Times reported, and he …": an
/// aside opened by "as" (the label word) after a comma that closes its sentence or a
/// coordinated clause reports the clause before it.
fn as_aside(tk: &Toks, cue: &Cue, np: &Np, a: usize, b: usize) -> Option<Found> {
    let opener = np.start.checked_sub(1)?;
    if opener < a + 1
        || !tk.word(opener)
        || tk.cap(opener)
        || !tk.has(opener, class::LABEL)
        || !tk.punct(opener - 1, ',')
    {
        return None;
    }
    // A short tail ("a few days later") may follow the cue, but no clause of its own.
    let end = trim_end(tk, cue.end, b);
    let short_tail = words_between(tk, cue.end, end) <= MAX_AS_TAIL
        && !(cue.end..end).any(|k| tk.mark(k) || tk.has(k, class::COMPLEMENTIZER | class::PRONOUN) || tk.punct(k, ','));
    let closes = short_tail || closes_sentence(tk, cue.end, b, cue.kind == CueKind::Tell).is_some();
    let before_and = tk.punct(cue.end, ',') && tk.word(cue.end + 1) && tk.has(cue.end + 1, class::COORDINATOR);
    let content = (a, opener - 1);
    ((closes || before_and) && words_between(tk, content.0, content.1) >= MIN_CLAUSE).then(|| Found {
        content,
        second: None,
        np: Some(np.clone()),
        via: None,
    })
}

/// Finds reported speech sentence by sentence.
pub(crate) fn find(block: &mut Block, doc: &mut Doc, in_headline: bool) {
    let n_sent = block.sent_start.len();
    for s in 0..n_sent {
        let (a, b) = (block.sent_start[s], block.sent_end[s]);
        if a >= b || a == usize::MAX {
            continue;
        }
        // "WASHINGTON (AP) — Ana Ruiz said …": the sentence's subject starts past the dateline.
        let a = if in_headline { a } else { dateline::past_dateline(&block.tk, a, b, s == 0) };
        if in_headline && s == 0 {
            let end = trim_end(&block.tk, a, b);
            let enough = |s: usize, e: usize| words_between(&block.tk, s, e) >= MIN_CLAUSE;
            let h = headline::find(&block.tk, a, end, b, enough)
                .or_else(|| headline::title_case(&block.tk, a, end, enough));
            if let Some(h) = h {
                if emit(block, doc, &h.cue, Found { content: h.content, second: None, np: Some(h.np), via: None })
                    .is_some()
                {
                    continue;
                }
            }
        }
        let frames_before = doc.frames.len();
        let mut v = a;
        // An attribution closing the sentence ("…, a local activist told Anadolu Agency.")
        // speaks for all of it, whatever cues stand inside.
        let mut t = b;
        // The verb rule's reading of the closing cue when it did not close the sentence: the
        // walk below reaches the same cue and, with nothing emitted and no used cue before it,
        // would read it again (1.2 M of 92.6 M instructions a pass over PolNeAR dev).
        let mut closing_read: Option<(usize, Option<Found>)> = None;
        while t > a && t + TRAILING_LOOKBACK > b {
            t -= 1;
            let tk = &block.tk;
            if !tk.has(t, class::PHRASE_START) || tk.in_quote(t) || block.used_cue[t] {
                continue;
            }
            let Some(cue) = tk.cue_at(t).filter(|c| !idioms::holds_cue(tk, c)) else { continue };
            let is_verb = matches!(cue.kind, CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object);
            let found = match cue.kind {
                CueKind::According => according(tk, &cue, a, b),
                _ if is_verb => verb(block, &cue, a, b, false),
                _ => None,
            };
            match found {
                Some(f) if f.content.0 == a && f.content.1 < cue.start => {
                    if let Some(end) = emit(block, doc, &cue, f) {
                        v = end;
                    }
                }
                other if is_verb => closing_read = Some((t, other)),
                _ => {}
            }
            break;
        }
        // Whether a cue before `v` in this sentence already attributes something.
        let mut used_before = false;
        while v < b {
            let tk = &block.tk;
            let used = block.used_cue[v];
            used_before |= used;
            if !tk.has(v, class::PHRASE_START) || tk.in_quote(v) || used {
                v += 1;
                continue;
            }
            let Some(cue) = tk.cue_at(v) else {
                v += 1;
                continue;
            };
            // "rejected Ana Ruiz's claim that …": a cue word after a name's possessive is a
            // noun, whose clause the stance rule reads ("He's said" opens its sentence).
            let after_possessive = cue.start > a + 1 && tk.cap(cue.start - 1) && tk.possessive_s(cue.start - 1);
            if idioms::holds_cue(tk, &cue) || after_possessive {
                v = cue.end.max(v + 1);
                continue;
            }
            let found = match cue.kind {
                CueKind::According => according(tk, &cue, a, b),
                CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object => {
                    match closing_read.take_if(|(t, _)| *t == v && !used_before) {
                        Some((_, found)) => found,
                        None => verb(block, &cue, a, b, used_before),
                    }
                }
                // "Osman called him a kind, loving person": a label with no quoted words
                // reports the object and what it is called (quoted labels are leftover.rs's);
                // only after a named or pronoun subject ("a group called …", "a phone call"
                // name nobody's words).
                CueKind::Name => {
                    let named = |np: &Np| np.end == cue.start && (np.name.is_some() || np.pronoun);
                    let plain = |f: &Found| {
                        f.second.is_none()
                            && f.content.0 >= cue.end
                            && !tk.s(f.content.0).ends_with("ing")
                            && !(f.content.0..f.content.1).any(|k| tk.mark(k))
                    };
                    speaker::before(tk, cue.start, a)
                        .filter(named)
                        .and_then(|_| verb(block, &cue, a, b, used_before))
                        .filter(plain)
                }
                _ => None,
            };
            let Some(f) = found else {
                v = cue.end.max(v + 1);
                continue;
            };
            // What the emitted frame marks (used cues, taken quotes) may change the reading.
            closing_read = None;
            v = emit(block, doc, &cue, f).unwrap_or(cue.end.max(v + 1));
        }
        let end = trim_end(&block.tk, a, b);
        let enough = |s: usize, e: usize| words_between(&block.tk, s, e) >= MIN_CLAUSE;
        if let Some(d) = document::find(block, a, b, end, enough) {
            emit(block, doc, &d.cue, Found { content: d.content, second: None, np: Some(d.np), via: None });
        }
        if doc.frames.len() == frames_before {
            let enough = |s: usize, e: usize| words_between(&block.tk, s, e) >= MIN_CLAUSE;
            if let Some(f) = stance::find(&block.tk, a, end, enough) {
                let content = (f.content.0, cut_at_next_attribution(block, f.content.0, f.content.1));
                if words_between(&block.tk, content.0, content.1) >= MIN_CLAUSE {
                    emit(block, doc, &f.cue, Found { content, second: None, np: f.np, via: None });
                }
            }
        }
    }
}

/// How far from a sentence's end a closing attribution's cue may stand.
const TRAILING_LOOKBACK: usize = 24;

/// Turns a found attribution into frames; returns the token to read on from, or `None` when
/// the clause holds a quote already attributed.
fn emit(block: &mut Block, doc: &mut Doc, cue: &Cue, f: Found) -> Option<usize> {
    let (mut cs, ce) = f.content;
    let ce = f.second.map_or(ce, |s| s.1);
    // "X said later, “…”": a short lead-in, then a quote that fills the clause, is a
    // direct quote.
    let mut direct_pair = None;
    if f.second.is_none() {
        let tk = &block.tk;
        let lo = block.pairs.partition_point(|p| p.open < cs);
        if let Some((i, p)) = block.pairs.get(lo).filter(|p| p.open < ce).map(|p| (lo, p)) {
            let lead_in = p.open > cs
                && (tk.punct(p.open - 1, ',') || tk.punct(p.open - 1, ':'))
                && words_between(tk, cs, p.open) <= 6;
            let fills = p.close.is_some_and(|c| words_between(tk, c + 1, ce) == 0);
            if (lead_in || p.open == cs) && fills && !block.taken[i] {
                direct_pair = Some(i);
                cs = p.open;
            }
        }
    }
    // Quoted words inside the clause make it a mixed quote; a directly attributed
    // quote inside means the clause is that quote's frame already.
    let mut style = if direct_pair.is_some() { QuoteStyle::Direct } else { QuoteStyle::Indirect };
    let inside = block.pairs.partition_point(|p| p.open < cs)..block.pairs.partition_point(|p| p.open < ce);
    // Bounded, so that a clause full of quote marks stays linear.
    for i in inside.clone().take(64) {
        if block.taken[i] {
            return None;
        } else if direct_pair.is_none() {
            style = QuoteStyle::Mixed;
        }
    }
    for i in inside {
        block.taken[i] = true;
    }
    let tk = &block.tk;
    let content = match direct_pair.and_then(|i| block.pairs.get(i)) {
        Some(p) => block.pair_content(p),
        None => tk.span(cs, f.second.map_or(ce, |_| f.content.1)),
    };
    let cue_bytes = cue_span(tk, cue);
    let np_span = f.np.as_ref().map(|np| tk.span(np.start, np.end));
    let speaker = speaker_of(doc, tk, f.np.as_ref());
    let extent = cover(&[Some(content.clone()), Some(cue_bytes.clone()), np_span.clone()]);
    let group = doc.group();
    block.used_cue[cue.verb] = true;
    if let Some((s2, e2)) = f.second {
        let content2 = tk.span(s2, e2);
        let extent2 = cover(&[Some(content2.clone()), Some(cue_bytes.clone()), np_span.clone()]);
        doc.push(Frame {
            content: content2,
            style,
            speaker: speaker.clone(),
            cue: Some(cue_bytes.clone()),
            via: None,
            extent: extent2,
            group,
        });
    }
    doc.push(Frame { content, style, speaker, cue: Some(cue_bytes), via: f.via, extent, group });
    Some(cue.end.max(ce))
}

mod cut;
mod dateline;
mod document;
mod headline;
pub(super) mod idioms;
mod shapes;
mod stance;

#[cfg(test)]
mod tests;
