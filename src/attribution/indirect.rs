//! Reported speech: "X said (that) …", "X emphasized that …", "…, X said.", "according to
//! X, …", "…, according to X." The reported clause is the quote; when it holds quoted words
//! it is a mixed quote.

use super::speaker::{self, Np};
use super::view::{Cue, Toks};
use super::words::{class, is_listed, CueKind, Listed};
use super::{cover, cue_span, speaker_of, Block, Doc, Frame};
use crate::report::QuoteStyle;
pub(crate) use cut::{
    cut_at_next_attribution, naming_relative, second_predicate_at, MAX_EMBEDDED_SPEAKER, MAX_TO_LABEL,
};
pub(super) use shapes::{connective_opening, subordinate_opening_end};
pub(super) use stance::holder as stance_holder;
pub(super) use verb::coordinated_subject;
use verb::{verb, verb_after_subject};

/// The fewest tokens a reported clause has.
const MIN_CLAUSE: usize = 3;

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

/// The most tokens a closing relay's comma and source stand before its verb ("…, the New
/// York Times reported.").
const MAX_RELAY_LEAD: usize = 8;

/// The most words before a mid-sentence "according to X," aside that leave the clause open
/// after it (a subject or an opening phrase: "Fundraising, according to the campaign, has
/// surged").
const MAX_ASIDE_LEAD: usize = 6;

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

fn according(tk: &Toks, used_cue: &[bool], cue: &Cue, a: usize, b: usize) -> Option<Found> {
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
    let dashed = e > a && e == cue.start && tk.dash(e - 1);
    if dashed {
        e -= 1;
    }
    // "“He wants them gone,” Ana Ruiz said, according to a transcript.": the words before
    // the aside hold an attribution of their own (a quote's cue); the aside only names where
    // it was reported.
    let quoted = (a..e.min(a + 64)).any(|k| tk.mark(k));
    if quoted && used_cue.get(a..e).is_some_and(|u| u.iter().take(64).any(|&u| u)) {
        return None;
    }
    // "Many voters, according to the poll, expect a loss.": an aside set off by commas or
    // dashes after a clause's short opening (its subject, an adverbial); the words after it
    // are the clause's second part. After a whole clause ("Turnout rose, according to Ana
    // Ruiz, a pollster.") the words after the aside describe its source.
    let lead = words_between(tk, a, e);
    if e < cue.start && (1..=MAX_ASIDE_LEAD).contains(&lead) {
        if let Some(second) = according_rest(tk, cue, b) {
            // "In addition, according to X, …": an opening connective is no part of the clause.
            if lead <= 2 && tk.has(a, class::FUNCTION) {
                return Some(Found { content: second, second: None, np: Some(np), via: None });
            }
            return Some(Found { content: (a, e), second: Some(second), np: Some(np), via: None });
        }
    }
    (words_between(tk, a, e) >= MIN_CLAUSE).then_some(Found { content: (a, e), second: None, np: Some(np), via: None })
}

/// "…, according to CNN." / "…, CNN reported.": when the sentence's closing cue (`cue`: an
/// "according to", or a verb of kind `relay`) relays a clause with its own speaker
/// (`relayed`), emits that clause as the speaker's, through the source (which `Doc::push`
/// notes in `People`): the end of what was emitted. A closing relay ("…, CNN reported.") is read as
/// "according to CNN" is, from its first word on. Out of line: inlined, `find` grew past what
/// LTO inlines into its caller (+0.35 M a pass), and few sentences close with a relay.
#[inline(never)]
fn emit_relayed(block: &mut Block, doc: &mut Doc, cue: &Cue, a: usize, b: usize) -> Option<usize> {
    let tk = &block.tk;
    let relay_cue = if cue.kind == CueKind::According {
        *cue
    } else {
        super::direct::closing_relay(tk, cue.start.saturating_sub(MAX_RELAY_LEAD).max(a), b)
            .filter(|r| r.2 == cue.verb)
            .map(|r| Cue { start: r.0, ..*cue })?
    };
    let (verb_cue, f) = relayed(block, &relay_cue, a, b)?;
    // `Doc::push` notes the source in `People`.
    emit(block, doc, &verb_cue, f)
}

/// "Bernie Sanders said he would run again, according to CNN.": a reported clause with its own
/// speaker and verb of saying before a closing "according to X" stays that speaker's, and X
/// relays it (`via`), as for a direct quote ("“…,” Sanders said, according to CNN",
/// `direct::according_after`, which finds the relay here too). Only a named or described
/// speaker: with no subject of its own ("Turnout rose, according to the poll") X speaks.
/// The first free verb cue before the "according to" that gives such a reading; its reading,
/// cut before the aside, and the cue.
fn relayed(block: &Block, according: &Cue, a: usize, b: usize) -> Option<(Cue, Found)> {
    let tk = &block.tk;
    let cues = tk.cue_tokens();
    let before = cues.get(cues.partition_point(|&k| k < a)..cues.partition_point(|&k| k < according.start))?;
    let (cue, f) = before.iter().take(8).find_map(|&t| {
        if tk.in_quote(t) || block.used_cue[t] {
            return None;
        }
        // A finite verb of saying ("said", "told"), or one that reports only what its "that"
        // opens ("announced last week that …"); not a participle ("…, declaring support").
        let cue = tk.cue_at(t).filter(|c| matches!(c.kind, CueKind::Say | CueKind::Tell | CueKind::That))?;
        if tk.lower_participle(cue.verb) || idioms::holds_cue(tk, &cue) {
            return None;
        }
        let f = verb(block, &cue, a, b, false)?;
        let that = tk.has(f.content.0, class::COMPLEMENTIZER) && !tk.opens_relative(f.content.0);
        // Relayed words are a reported clause: a "that", or a clause with its own subject and
        // verb ("said the candidate will be attending …"), not a say-cue's bare object
        // ("organizers added 160 security personnel …, the Sun-Times reported": the paper's).
        let clause = that || (cue.kind != CueKind::That && shapes::clause_with_subject(tk, f.content.0, b));
        clause.then_some((cue, f))
    })?;
    let np = f.np.as_ref().filter(|np| !np.pronoun && !np.unread)?;
    // The speaker is the cue's own subject and opens the sentence or its clause after an
    // opening phrase ("On Monday, Trump said …"), not a noun inside another clause ("What
    // Romney has said privately … is a different story").
    let opens = np.start == a || tk.punct(np.start.wrapping_sub(1), ',');
    if !opens || speaker::before(tk, cue.start, a).is_none_or(|s| s.start != np.start) {
        return None;
    }
    // "After Ana Ruiz asked about it in an interview, the board became “agitated”, according
    // to a source": the clause after a comma is not the cue's. "(…, according to X)": a
    // parenthesis holds its own source.
    let reaches = f.content.0 >= cue.end && !(cue.end..f.content.0).any(|k| tk.punct(k, ','));
    let bracketed = (cue.end..according.start).any(|k| tk.punct(k, '('));
    if !reaches || bracketed || f.second.is_some() || f.via.is_some() || f.content.0 >= according.start {
        return None;
    }
    // "…, and, according to FEMA, the roads are closed": an aside with a clause after it
    // sources that clause.
    if according_rest(tk, according, b).is_some() {
        return None;
    }
    // "Most Americans say they prefer …, according to a poll": what an unnamed group says
    // through a poll, a study or a record is that document's finding, not relayed words.
    let document =
        || speaker::after(tk, according.end, b).is_some_and(|r| (r.start..r.end).any(|k| tk.has(k, class::DOCUMENT)));
    if np.name.is_none() && document() {
        return None;
    }
    let mut end = f.content.1.min(according.start);
    while end > f.content.0 && (tk.punct(end - 1, ',') || tk.dash(end - 1)) {
        end -= 1;
    }
    // "… are out and, according to FEMA, …": the aside opens a second clause of the
    // reported one.
    if end <= f.content.0 || tk.has(end - 1, class::COORDINATOR) {
        return None;
    }
    let (via, relay) = super::direct::according_after(tk, end, b)?;
    (relay == according.verb && words_between(tk, f.content.0, end) >= MIN_CLAUSE)
        .then_some((cue, Found { content: (f.content.0, end), second: None, np: f.np, via: Some(via) }))
}

/// The words after a mid-sentence "according to X" aside up to the sentence's end, when a
/// comma or a dash closes the aside and a clause of its own length follows.
fn according_rest(tk: &Toks, cue: &Cue, b: usize) -> Option<(usize, usize)> {
    let source = according_source(tk, cue.end, b)?;
    let close = source.end;
    if close >= b || !(tk.punct(close, ',') || tk.dash(close)) {
        return None;
    }
    let rest = (close + 1, trim_end(tk, close + 1, b));
    // "…, according to Ana Ruiz, a pollster, …", "…, who …", "…, and …": the source's
    // apposition, a relative clause or a new clause.
    let k = rest.0;
    let describes = tk.word(k) && !tk.cap(k) && tk.has(k, class::INDEFINITE | class::RELATIVE | class::COORDINATOR);
    (!describes && words_between(tk, rest.0, rest.1) >= MIN_CLAUSE).then_some(rest)
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
        // The verb rule's reading of the closing cue when it did not close the sentence: the
        // walk below reaches the same cue and, with no used cue before it, would read it again
        // (1.2 M of 92.6 M instructions a pass over PolNeAR dev). With whether the reading asks
        // the cues used before it (`verb::asks_used_cues`), which an emitted frame may change.
        let mut closing_read: Option<(usize, bool, Option<Found>)> = None;
        // An attribution closing the sentence ("…, a local activist told Anadolu Agency.")
        // speaks for all of it, whatever cues stand inside: the last cue token
        // (`Toks::cue_tokens`; the other tokens hold no cue) among its last words with a free cue.
        let tk = &block.tk;
        let lo = a.max(b.saturating_sub(TRAILING_LOOKBACK));
        let cues = tk.cue_tokens();
        let within = cues.get(cues.partition_point(|&k| k < lo)..cues.partition_point(|&k| k < b)).unwrap_or_default();
        let closing = within.iter().rev().find_map(|&t| {
            let free = !tk.in_quote(t) && !block.used_cue[t];
            free.then(|| tk.cue_at(t).filter(|c| !idioms::holds_cue(tk, c)).map(|c| (t, c))).flatten()
        });
        // The closing cue's token: its cue holds no idiom (`closing` looked), which the walk
        // below need not ask again when it reaches the token.
        let idiom_free = closing.as_ref().map(|&(t, _)| t);
        if let Some((t, cue)) = closing {
            let is_verb = matches!(cue.kind, CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object);
            // "…, according to CNN." / "…, CNN reported.": a relay's cue (most closing cues
            // are neither, and are turned away here, inline).
            let may_relay = cue.kind == CueKind::According || (is_verb && is_listed(Listed::Relay, tk.s(cue.verb)));
            if let Some(end) = may_relay.then(|| emit_relayed(block, doc, &cue, a, b)).flatten() {
                block.used_cue[cue.verb] = true;
                v = end;
            }
            let tk = &block.tk;
            let found = match cue.kind {
                _ if block.used_cue[cue.verb] => None,
                CueKind::According => according(tk, &block.used_cue, &cue, a, b),
                _ if is_verb => verb(block, &cue, a, b, false),
                _ => None,
            };
            match found {
                Some(f) if f.content.0 == a && f.content.1 < cue.start => {
                    if let Some(end) = emit(block, doc, &cue, f) {
                        v = end;
                    }
                }
                other if is_verb => closing_read = Some((t, verb::asks_used_cues(tk, &cue, a), other)),
                _ => {}
            }
        }
        // "Asked whether …, Ruiz said …": the question that opens the sentence.
        if v == a {
            let asked = asked::opening_question(&block.tk, a, b).filter(|(c, _)| !block.used_cue[c.verb]);
            if let Some(end) = asked.and_then(|(cue, f)| emit(block, doc, &cue, f)) {
                v = end;
            }
        }
        // Whether a cue before `v` in this sentence already attributes something.
        let mut used_before = false;
        // The walk steps from cue token to cue token (`Toks::cue_tokens`; no other token holds
        // a cue), taking the used cues of the tokens it passes into `used_before`.
        let mut ci = block.tk.cue_tokens().partition_point(|&k| k < v);
        while v < b {
            let tk = &block.tk;
            let cues = tk.cue_tokens();
            while cues.get(ci).is_some_and(|&k| k < v) {
                ci += 1;
            }
            let next = cues.get(ci).copied().unwrap_or(b);
            if next >= b {
                break;
            }
            used_before |= block.used_cue.get(v..next).is_some_and(|u| u.contains(&true));
            v = next;
            let used = block.used_cue[v];
            used_before |= used;
            if tk.in_quote(v) || used {
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
            if (idiom_free != Some(v) && idioms::holds_cue(tk, &cue)) || after_possessive {
                v = cue.end.max(v + 1);
                continue;
            }
            let found = match cue.kind {
                CueKind::According => according(tk, &block.used_cue, &cue, a, b),
                CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object => {
                    match closing_read.take_if(|(t, _, _)| *t == v && !used_before) {
                        Some((_, _, found)) => found,
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
                        .and_then(|np| verb_after_subject(block, &cue, a, b, used_before, Some(np)))
                        .filter(plain)
                }
                _ => None,
            };
            let Some(f) = found else {
                v = cue.end.max(v + 1);
                continue;
            };
            // The emitted frame marks its cue used, which may change a reading that asks the
            // used cues; the other readings read only the tokens (and the block's fixed quote
            // pairs), and stay.
            closing_read.take_if(|(_, asks, _)| *asks);
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

/// Whether the clause `a..b` is a web address alone ("… reports: `http://example.com/x1`"): a
/// link to the report, no reported words.
fn web_address(tk: &Toks, a: usize, b: usize) -> bool {
    let scheme = tk.s(a);
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
        && tk.punct(a + 1, ':')
        && !tk.slice(a, b).contains(char::is_whitespace)
}

/// How far from a sentence's end a closing attribution's cue may stand.
const TRAILING_LOOKBACK: usize = 24;

/// Turns a found attribution into frames; returns the token to read on from, or `None` when
/// the clause holds a quote already attributed.
fn emit(block: &mut Block, doc: &mut Doc, cue: &Cue, f: Found) -> Option<usize> {
    let (mut cs, ce) = f.content;
    if web_address(&block.tk, cs, ce) {
        return None;
    }
    // "Kasich tells the crowd, he's …": a comma or colon after the cue's object opens the
    // clause; it is not part of the reported words.
    if cs + 1 < ce && (block.tk.punct(cs, ',') || block.tk.punct(cs, ':')) {
        cs += 1;
    }
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

mod asked;
mod cut;
mod dateline;
mod document;
mod headline;
pub(crate) mod idioms;
mod shapes;
mod stance;
mod verb;

#[cfg(test)]
mod tests;
