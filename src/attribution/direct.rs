//! Direct quotes: quoted words with a speech cue right after the closing mark
//! (“…,” Abadi said / “…,” said Sean Spicer) or right before the opening mark
//! (Trump said: “…” / he said, “…”).

use super::speaker::{self, Np};
use super::view::{Cue, Toks};
use super::words::{class, is_listed, CueKind, Listed};
use super::{cover, cue_span, speaker_of, Block, Doc, Frame};
use crate::report::QuoteStyle;

mod lead_in;
use lead_in::{adverbial_opening, clause_into_mark, ends_in_saying, lead_before_aside, set_off_lead_in};

/// How far (in tokens) from a closing mark the cue verb may stand.
const MAX_AFTER: usize = 18;
/// How far when a quote ending in a comma is followed by a capitalised name, whose long
/// appositive may stand before the cue ("“…,” Scott Pruitt, the Republican attorney general
/// of Oklahoma, one of the states suing the EPA, said").
const MAX_AFTER_NAMED: usize = 24;
/// How far (in tokens) before an opening mark the cue verb may stand.
const MAX_BEFORE: usize = 10;
/// How far when the cue opens its sentence inverted, its speaker's relative clause between
/// them ("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”").
const MAX_BEFORE_INVERTED: usize = 24;

/// An attribution found next to a quote.
pub(crate) struct Attach {
    pub np: Option<Np>,
    pub cue: Option<Cue>,
    pub via: Option<String>,
    /// The "according to" cue naming the report a quote is relayed through ("Sanders said,
    /// according to CNN"): the quote uses it, so no reported-speech frame reads it.
    pub relay_cue: Option<usize>,
}

/// The outlet named by the phrase at `start` ("Anadolu Agency", "the Russian Sputnik news
/// portal"), if it is one.
pub(crate) fn via_at(tk: &Toks, start: usize, upper: usize) -> Option<(String, usize)> {
    // The phrase found lies in `start..upper`: with no outlet word there, none is named (most
    // cues have none, and reading the phrase costs more than this look at the classes).
    if !(start..upper.min(tk.len())).any(|k| tk.has(k, class::OUTLET_HEAD | class::OUTLET_NAME)) {
        return None;
    }
    // One short linking word may come first ("to", "with", "by").
    for s in [start, start + 1] {
        if s > start && !(tk.word(start) && !tk.cap(start) && tk.s(start).len() <= 4) {
            break;
        }
        if let Some(np) = speaker::after(tk, s, upper) {
            if (np.start..np.end).any(|k| tk.has(k, class::OUTLET_HEAD | class::OUTLET_NAME)) {
                return Some((relay_name(tk, &np), np.end));
            }
            return None;
        }
    }
    None
}

/// How far (in tokens) past a quote's cue an "according to" may stand and still give its
/// source ("said at a press conference in Las Vegas, according to …").
const MAX_TO_ACCORDING: usize = 16;

/// The name a relay goes by: its phrase without leading determiners ("the Russian Sputnik
/// news portal" → "Russian Sputnik news portal").
fn relay_name(tk: &Toks, np: &Np) -> String {
    let mut a = np.start;
    while a < np.end && tk.has(a, class::DETERMINER) {
        a += 1;
    }
    tk.slice(a, np.end).to_string()
}

/// "“…,” Sanders said, according to CNN": an "according to" later in the attribution's
/// sentence (from `from`, before `end`, with no quoted words between) names the report the
/// words are known from. They stay the speaker's, relayed through that report, as "told
/// Anadolu Agency" relays them: the relay's name and the "according to" cue's token.
pub(super) fn according_after(tk: &Toks, from: usize, end: usize) -> Option<(String, usize)> {
    let upto = end.min(from + MAX_TO_ACCORDING);
    let k = (from..upto)
        .take_while(|&m| !tk.mark(m) && !tk.hard_stop(m))
        .find(|&m| tk.has(m, class::PHRASE_START) && tk.cue_at(m).is_some_and(|c| c.kind == CueKind::According));
    let Some(k) = k else {
        return closing_relay(tk, from, end).map(|(_, name, verb)| (name, verb));
    };
    let cue = tk.cue_at(k)?;
    let np = speaker::after(tk, cue.end, end)?;
    Some((source_name(tk, &np), cue.verb))
}

/// The name a relay's source goes by: a person who relays is named without the appositive
/// ("Uzi Arad, Mr. Netanyahu's former adviser"); a report by its phrase ("an Associated Press
/// account").
fn source_name(tk: &Toks, np: &Np) -> String {
    np.name.map_or_else(|| relay_name(tk, np), |(a, b)| tk.slice(a, b).to_string())
}

/// "…, reports USA Today." / "…, CNN reported.": a relaying verb (verb list kind `relay`)
/// and its source closing the sentence after a comma (from `from`, before `end`, with no
/// quoted words between), which relays the words before it as "according to" does: the
/// relay's first token, the source's name and the verb's token.
pub(super) fn closing_relay(tk: &Toks, from: usize, end: usize) -> Option<(usize, String, usize)> {
    if !relay_verb_in(tk, from, end) {
        return None;
    }
    let upto = end.min(from + MAX_TO_ACCORDING);
    let mut commas = (from..upto).take_while(|&m| !tk.mark(m) && !tk.hard_stop(m)).filter(|&m| tk.punct(m, ','));
    let relays = |cue: &Cue| is_listed(Listed::Relay, tk.s(cue.verb));
    commas.find_map(|comma| {
        let start = comma + 1;
        // The relay runs to the sentence's stop, or to its end.
        let last = (start..end).find(|&m| tk.hard_stop(m) || tk.mark(m) || tk.punct(m, ',')).unwrap_or(end);
        if last < end && !tk.hard_stop(last) {
            return None;
        }
        // ", reports USA Today."
        if let Some(cue) = tk.cue_at(start).filter(|c| c.start == start && relays(c)) {
            let mut np = speaker::after(tk, cue.end, last)?;
            // "reports USA Today.": the source's name runs on to the sentence's end over
            // capitalised words the name reader stops before (a time word, "Today").
            if np.end < last && np.name.is_some_and(|(_, b)| b == np.end) && (np.end..last).all(|k| tk.cap(k)) {
                np.name = np.name.map(|(a, _)| (a, last));
                np.end = last;
            }
            if np.end != last {
                return None;
            }
            return Some((start, source_name(tk, &np), cue.verb));
        }
        // ", CNN reported."
        let cue = (start + 1..last).find_map(|m| tk.cue_at(m).filter(|c| c.end == last && relays(c)))?;
        let np = speaker::before(tk, cue.start, start).filter(|np| np.start == start && !np.pronoun)?;
        Some((start, source_name(tk, &np), cue.verb))
    })
}

/// Whether a cue's verb among tokens `from..end` is a relaying verb (verb list kind `relay`):
/// [`closing_relay`] is asked after every quote's cue, and most sentences hold none, so its
/// walk over their commas is skipped. Only the cue tokens are visited, and the screen of
/// [`is_listed`] turns most of their verbs away at one load.
pub(super) fn relay_verb_in(tk: &Toks, from: usize, end: usize) -> bool {
    let cues = tk.cue_tokens();
    let first = cues.partition_point(|&m| m < from);
    cues.get(first..).unwrap_or_default().iter().take_while(|&&m| m < end).any(|&m| is_listed(Listed::Relay, tk.s(m)))
}

/// A cue with its speaker after a closing mark at `close`.
fn after(block: &Block, close: usize, inside: bool) -> Option<Attach> {
    let tk = &block.tk;
    let mut k = close + 1;
    let set_off = tk.punct(k, ',') || tk.dash(k);
    if set_off {
        k += 1;
    }
    // Quoted words inside a sentence that end in a word with nothing after the mark are a
    // phrase of the sentence ("called the plan “a disaster” and said …"): the words after
    // the mark go on with it, and a later verb is its next predicate, not a signature.
    let continues = inside && !set_off && close > 0 && tk.word(close - 1);
    // “Where is it?” Smith asked. — the splitter may start a new sentence after ? or !.
    let end = block.sentence_end(k.min(tk.len().saturating_sub(1))).max(k).min(tk.len());
    // After a full stop inside the marks, a cue must close its sentence (“We won.” Smith
    // said.), or it is the next sentence's own attribution.
    let full_stop = close > 0 && tk.punct(close - 1, '.');
    if let Some(cue) = tk.cue_at(k) {
        if cue.start == k && !matches!(cue.kind, CueKind::Tail | CueKind::Name) {
            // “…,” referring to the Islamic State / “…,” promising …: a participle after the
            // mark goes on with the sentence's own speaker and signs nothing (its object is no
            // speaker either).
            if cue.kind != CueKind::According && tk.lower_participle(cue.verb) {
                return None;
            }
            // Inverted: “…,” said Sean Spicer, chief strategist … / “…,” according to X.
            let np = speaker::after(tk, cue.end, end)
                .map(|np| speaker::with_post_modifier(tk, np, end))
                .or_else(|| speaker::plain_after(tk, cue.end, end));
            let via = np
                .as_ref()
                .and_then(|np| via_at(tk, np.end, end))
                .map(|v| v.0)
                .or_else(|| via_at(tk, cue.end, end).map(|v| v.0));
            // "said Sean Spicer" names a speaker; "told CNN" only an outlet.
            // "told reporters" only an addressee: an inverted "told" never names the speaker,
            // except the one who asks a question (“Where is it?” asked Ana Ruiz, or asked the
            // mayor of Eastvale).
            let asks = close > 0 && tk.punct(close - 1, '?');
            let np = np.filter(|n| {
                cue.kind != CueKind::Tell
                    || (asks && via.is_none() && !n.pronoun && (n.name.is_some() || n.unnamed_person))
            });
            // “…,” adding that … — a participle with no speaker after it is not this quote's cue.
            if np.is_some() || via.is_some() {
                let from = np.as_ref().map_or(cue.end, |np| np.end);
                let relay = according_after(tk, from, end);
                let relay_cue = relay.as_ref().map(|r| r.1);
                let via = via.or(relay.map(|r| r.0));
                return Some(Attach { np, cue: Some(cue), via, relay_cue });
            }
            return None;
        }
    }
    let named = close > 0 && tk.punct(close - 1, ',') && tk.word(k) && tk.cap(k);
    let mut limit = (k + if named { MAX_AFTER_NAMED } else { MAX_AFTER }).min(end);
    let mut v = k;
    let mut aside = false;
    while v < limit {
        if let Some(close) = speaker::nickname_close(tk, v) {
            // “…!” Scott's niece, Marcia "Cia" Price, shouted: a nickname's marks end nothing,
            // and its words and marks count as one word of the reach.
            limit = (limit + close - v).min(end);
            v = close + 1;
            continue;
        }
        if tk.hard_stop(v) || tk.mark(v) || tk.in_quote(v) {
            break;
        }
        // “…” until Haley said …, “…” while Sanders suggests …: a lower-case function word
        // outside an aside opens a clause of its own, whose cue is not the quote's.
        aside |= tk.punct(v, ',');
        let opens_clause = tk.word(v)
            && !tk.cap(v)
            && tk.has(v, class::FUNCTION)
            && !tk.has(v, class::CONNECTOR | class::TAILPREP | class::COORDINATOR | class::RELATIVE);
        if opens_clause && !aside {
            break;
        }
        if let Some(cue) = tk.cue_at(v) {
            // A cue before any comma is such a sentence's next predicate.
            if matches!(cue.kind, CueKind::According | CueKind::Name) || (continues && !aside) {
                return None;
            }
            let starts_here = |np: &Np| np.start == k || (np.start == k + 1 && !tk.has(k, class::FUNCTION));
            let found = speaker::before(tk, cue.start, k);
            let np = found
                .clone()
                .filter(starts_here)
                .or_else(|| found.and_then(|np| speaker::led_by_article(tk, k, &np)))
                .or_else(|| speaker::plain(tk, k, cue.start))
                // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said";
                // after a full stop the next sentence signs the quote only when the cue follows
                // the name ("Zornick’s comment highlighted … amid calls for" signs nothing).
                .or_else(|| {
                    speaker::after(tk, k, cue.start)
                        .filter(|np| np.name.is_some() && np.start == k && (!full_stop || signs_next(tk, np, &cue)))
                })?;
            // Past the words such a quote runs into, a signature's speaker opens a clause of
            // its own after a comma ("“…” for the victory, Sanders said"); a cue inside another
            // clause is none ("“tied for second” with Rubio, in a finish that he said …").
            let head = np.name.map_or(np.start, |n| n.0);
            if continues && !(head > 0 && tk.punct(head - 1, ',')) {
                return None;
            }
            let via = via_at(tk, cue.end, end);
            let rest_from = via.as_ref().map_or(cue.end, |v| v.1);
            // After a full stop a signature is short, and a cue closed by a colon introduces
            // what follows it (“…” Eva-Maria Schultheis posted: ''…'').
            if full_stop && ((rest_from..end).filter(|&m| tk.word(m)).count() > 3 || tk.punct(rest_from, ':')) {
                return None;
            }
            if reports_own_clause(tk, &cue, rest_from) {
                return None;
            }
            let relay = according_after(tk, cue.end, end);
            let relay_cue = relay.as_ref().map(|r| r.1);
            let via = via.map(|v| v.0).or(relay.map(|r| r.0));
            return Some(Attach { np: Some(np), cue: Some(cue), via, relay_cue });
        }
        v += 1;
    }
    // “…” ― Adriana Rodarte: a name after a dash, closing the sentence.
    if tk.dash(close + 1) {
        let np = speaker::after(tk, close + 2, tk.len())?;
        let closes = np.end >= tk.len() || tk.stop(np.end) || tk.mark(np.end);
        if closes && np.name.is_some() {
            return Some(Attach { np: Some(np), cue: None, via: None, relay_cue: None });
        }
    }
    None
}

/// Whether a name's cue in the sentence after a quote follows the name at once or past an
/// appositive set off by commas ("Scott Pruitt, the attorney general …, said"), as a
/// signature's does.
fn signs_next(tk: &Toks, np: &Np, cue: &Cue) -> bool {
    np.end == cue.start || (cue.start > np.end && tk.punct(np.end, ',') && tk.punct(cue.start - 1, ','))
}

/// Whether the cue after a quote, its words ending at `rest`, reports a clause of its own
/// opened by "that" ("… from Mexico, and asserts that Mexico is …", "Her father, Brad, 39,
/// worried that …"): it is that clause's cue, not the quote's. Right after the verb "that"
/// opens the verb's clause; after a tail it may open a relative ("said in a statement that
/// was released"); before a time word it is a determiner ("said in his speech that night").
fn reports_own_clause(tk: &Toks, cue: &Cue, rest: usize) -> bool {
    tk.has(rest, class::COMPLEMENTIZER)
        && !tk.has(rest + 1, class::TIME)
        && (rest == cue.verb + 1 || tk.opens_clause(rest))
}

/// A cue with its speaker before an opening mark at `open`.
fn before(block: &Block, open: usize) -> Option<(Attach, bool)> {
    let tk = &block.tk;
    if open == 0 {
        return None;
    }
    let punct = tk.punct(open - 1, ':') || tk.punct(open - 1, ',');
    let j = if punct { open - 1 } else { open };
    let lower = block.sentence_start(open);
    let mut v = j;
    // "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”": a sentence that
    // opens with an inverted cue reaches its mark past the speaker's relative clause.
    let opening_cue = tk.cue_at(lower).is_some_and(|c| c.start == lower && inverted_before_mark(tk, &c, lower));
    let reach = if opening_cue { MAX_BEFORE_INVERTED } else { MAX_BEFORE };
    let floor = j.saturating_sub(reach).max(lower);
    while v > floor {
        v -= 1;
        if tk.in_quote(v) || tk.mark(v) || tk.hard_stop(v) {
            return None;
        }
        let Some(cue) = tk.cue_at(v) else { continue };
        if matches!(cue.kind, CueKind::According | CueKind::Name) || cue.end > j {
            return None;
        }
        // "“…,” she said, adding, “…”": a participle after a comma continues the cue used
        // before it in the sentence and speaks for that cue's speaker, however long the quote
        // between them.
        let participle = cue.start > lower && tk.punct(cue.start - 1, ',') && tk.lower_participle(cue.start);
        let continued = if participle { block.speaker_np_before(cue.start, lower) } else { None };
        // Between the cue and the mark: nothing, the speaker ("said Smith:") or the addressee.
        let subject = continued
            .or_else(|| speaker::before(tk, cue.start, lower))
            .or_else(|| speaker::subject_past_opening(tk, lower, cue.start).filter(|np| !speaker::opening_word(tk, np)))
            // "At his cookout, the band leader called the guests up, singing “…”": past an
            // opening phrase, the described subject.
            .or_else(|| participle.then(|| speaker::described_past_opening(tk, lower, cue.start)).flatten())
            .or_else(|| speaker::first_named(tk, lower, cue.start).filter(|np| !participle || opens(tk, lower, np)))
            .map(|np| speaker::document_issuer(tk, np, lower, cue.verb));
        if cue.end == j {
            // "X said “we will …”" with no comma or colon: the quote is the clause the cue
            // reports, which reported speech reads as a whole; a cue that introduces quoted
            // words only ("chanting “No more plans”") takes them as they stand.
            if !punct && cue.kind != CueKind::Direct {
                return None;
            }
            return Some((Attach { np: subject, cue: Some(cue), via: None, relay_cue: None }, punct));
        }
        let via = via_at(tk, cue.end, j);
        // A cue at the sentence's first token was asked already, for the reach (an inverted
        // one starts there, as `opening_cue` requires).
        let inverted = if v == lower { opening_cue } else { inverted_before_mark(tk, &cue, lower) };
        if let Some((via, e)) = via {
            if e == j {
                // "In other words, explained BBC moderator Ana Ruiz: “…”": after an inverted
                // cue, a person the outlet describes is the subject, not a relaying outlet.
                let person =
                    inverted.then(|| speaker::after(tk, cue.end, j)).flatten().filter(|np| outlet_person(tk, np));
                if let Some(np) = person.filter(|np| np.end == j) {
                    return Some((Attach { np: Some(np), cue: Some(cue), via: None, relay_cue: None }, punct));
                }
                return Some((Attach { np: subject, cue: Some(cue), via: Some(via), relay_cue: None }, punct));
            }
        }
        let obj = speaker::after(tk, cue.end, j)?;
        if !punct || (obj.end != j && !(inverted && relative_up_to(tk, obj.end, j))) {
            return None;
        }
        // "Because of how Democrats drew the map, explained Rosenberg, “with …”": the inverted
        // cue's speaker is the phrase after it, not a phrase inside the opening. No time
        // after the cue speaks ("In Iowa, said Thursday: …").
        let timed = (obj.start..obj.end).any(|k| tk.has(k, class::TIME));
        if inverted && !obj.pronoun && !timed {
            return Some((Attach { np: Some(obj), cue: Some(cue), via: None, relay_cue: None }, punct));
        }
        return Some(match subject {
            Some(s) => (Attach { np: Some(s), cue: Some(cue), via: None, relay_cue: None }, punct),
            // "told reporters: “…”" names the addressee, never the speaker.
            None if cue.kind == CueKind::Tell => {
                (Attach { np: None, cue: Some(cue), via: None, relay_cue: None }, punct)
            }
            None => (Attach { np: Some(obj), cue: Some(cue), via: None, relay_cue: None }, punct),
        });
    }
    None
}

/// Whether `np` opens a clause of the sentence at `lower` (only function words between it and
/// the sentence's start or the comma before it): a subject a participle after a comma may
/// speak for ("On Thursday, Ruiz endorsed Owusu, saying “…”"), not an object ("The band
/// leader called Democratic donors to the stage, singing “…”" is not the donors' song).
fn opens(tk: &Toks, lower: usize, np: &Np) -> bool {
    let comma = (lower..np.start).rev().find(|&k| tk.punct(k, ','));
    (comma.map_or(lower, |c| c + 1)..np.start).all(|k| tk.word(k) && tk.has(k, class::FUNCTION))
}

/// Where the quote whose closing mark is `close`, after a cue and its comma or colon, runs on
/// (exclusive token index), when the quoted words stop short of their clause: they end in a
/// word, not in a comma or stop, and a lower-case word of the same sentence follows the mark
/// ("de Blasio said, “I have not heard that particular concern” from New York law enforcement
/// officials."). The words up to the clause's next comma, semicolon, dash or sentence end say
/// what the speaker said, and PolNeAR takes them into the quote. Not a second predicate of the
/// cue's subject ("saying: “The struggle continues” and vowing to …"), the outlet's time of
/// the saying ("tweeted, “Thank you Indiana! #Trump2016” on Friday afternoon"), nor words
/// that run into another quote ("shouted, “We are Hamas” and “Let’s go Hamas.”": the run is
/// not followed there).
fn runs_on_past_close(tk: &Toks, close: usize) -> Option<usize> {
    let first = close + 1;
    if close == 0 || !tk.word(close - 1) || !tk.unquoted_lower_word(first) || !tk.same_sentence(close, first) {
        return None;
    }
    if (tk.has(first, class::COORDINATOR) && tk.lower_participle(first + 1))
        || tk.has(first, class::TIME)
        || tk.has(first + 1, class::TIME)
    {
        return None;
    }
    let mut end = first;
    while end < tk.len()
        && tk.same_sentence(first, end)
        && !(tk.hard_stop(end) || tk.dash(end) || tk.punct(end, ',') || tk.punct(end, ';'))
    {
        if tk.mark(end) {
            return None;
        }
        end += 1;
    }
    Some(end)
}

/// Whether `np` is a person an outlet describes ("CBS moderator Nancy Cordes", "Fox News host
/// Ana Ruiz"): a name with no outlet word in it, after a role or title word.
fn outlet_person(tk: &Toks, np: &Np) -> bool {
    np.name.is_some_and(|(a, b)| {
        !(a..b).any(|k| tk.has(k, class::OUTLET_HEAD | class::OUTLET_NAME))
            && (np.start..a).any(|k| tk.word(k) && tk.has(k, class::ROLE | class::TITLE | class::ANONYMOUS))
    })
}

/// Whether `cue`, before a quote's opening mark, stands inverted: a finite verb of saying
/// that opens its sentence (`lower`) or follows an adverbial opening ("Said Ana Ruiz, …",
/// "Because of how …, explained Rosenberg, “…”"), so the phrase after it is its subject. A
/// participle ("…, telling Ruiz: “…”") or a telling ("…, told reporters: “…”") names whom it
/// addresses instead.
fn inverted_before_mark(tk: &Toks, cue: &Cue, lower: usize) -> bool {
    // After an adverbial opening set off by the sentence's first comma only: after a subject
    // and its appositive ("Ana Ruiz, an aide to the mayor, said of Trump: “…”") the cue is
    // the subject's, and the phrase after it its object.
    let comma = cue.start.wrapping_sub(1);
    let opens = cue.start == lower
        || (cue.start > lower
            && tk.punct(comma, ',')
            && !(lower..comma).any(|k| tk.punct(k, ','))
            && adverbial_opening(tk, lower, comma));
    let finite = tk.word(cue.verb) && !tk.s(cue.verb).ends_with("ing");
    opens && finite && cue.verb == cue.start && !matches!(cue.kind, CueKind::Tell | CueKind::Direct | CueKind::Name)
}

/// "Said Dorothy Poynter, who grew up with Ali, “…”": whether the tokens `from..to` are a
/// relative clause set off by commas after the speaker (a comma, a lower-case relative pronoun,
/// words with no quote mark, the comma at `to`).
fn relative_up_to(tk: &Toks, from: usize, to: usize) -> bool {
    from + 2 < to
        && tk.punct(from, ',')
        && tk.punct(to, ',')
        && tk.word(from + 1)
        && !tk.cap(from + 1)
        && tk.has(from + 1, class::RELATIVE)
        && (from + 2..to).all(|k| !tk.mark(k) && !tk.in_quote(k) && !tk.hard_stop(k))
}

/// Whether a cue that introduces quoted words only ("chanting", "shouts of") ends right
/// before the opening mark at `open` (past a comma or colon).
fn direct_cue_before(tk: &Toks, open: usize) -> bool {
    let j = if open > 0 && (tk.punct(open - 1, ',') || tk.punct(open - 1, ':')) { open - 1 } else { open };
    direct_cue_ends_at(tk, j)
}

/// Whether such a cue names the quote at `open`: right before it, or through a short object
/// phrase an article opens ("proclaimed a goal of “Peace Through Strength.”"), whose
/// capitalised words `leftover.rs` then reads as a slogan, not a title. Only there: the cue
/// signs no quote past an object phrase here.
pub(super) fn direct_cue_names(tk: &Toks, open: usize) -> bool {
    direct_cue_before(tk, open) || article_phrase_start(tk, open).is_some_and(|k| direct_cue_ends_at(tk, k))
}

/// Whether a cue that introduces quoted words only ends right before token `j`.
fn direct_cue_ends_at(tk: &Toks, j: usize) -> bool {
    (j.saturating_sub(3)..j).any(|k| {
        !tk.in_quote(k) && tk.cue_at(k).is_some_and(|c| c.start == k && c.end == j && c.kind == CueKind::Direct)
    })
}

/// The most words of an object phrase between a cue and the quoted words it names: "a goal of".
const MAX_OBJECT_PHRASE_WORDS: usize = 4;

/// The article opening the short phrase of lower-case words that runs up to the mark at `open`
/// ("a goal of “…”"), if there is one.
fn article_phrase_start(tk: &Toks, open: usize) -> Option<usize> {
    let plain = |k: usize| tk.word(k) && !tk.cap(k) && !tk.in_quote(k);
    let mut k = open;
    while k > open.saturating_sub(MAX_OBJECT_PHRASE_WORDS) && k > 0 && plain(k - 1) {
        k -= 1;
        if tk.has(k, class::ARTICLE) {
            return (k + 1 < open).then_some(k);
        }
    }
    None
}

/// Turns every quote with a cue beside it into a direct frame.
pub(crate) fn attach(block: &mut Block, doc: &mut Doc) {
    let mut last_cue: Option<(usize, usize)> = None; // (cue verb, group)
    let mut last_lead: Option<usize> = None;
    for i in 0..block.pairs.len() {
        let p = block.pairs[i].clone();
        let content = block.pair_content(&p);
        if content.is_empty() {
            continue;
        }
        // “The Steve Harvey Morning Show,” and ‘Coal Isn't the Villain.’ are names, not speech;
        // but words in capitals that open a sentence and end like speech, with a cue after
        // them, are speech (“Your Honor,” I said; “Oh, My God!” she cried).
        let tk = &block.tk;
        let title = super::leftover::title_case(block, p.open + 1, p.stop);
        let opens_sentence = p.open == block.sentence_start(p.open) || (p.open > 0 && tk.hard_stop(p.open - 1));
        // Right after a cue that introduces quoted words only, capitalised words are a
        // slogan or a cry ("chanting “Dump The Plan”"), not a name.
        let cried = title && direct_cue_before(tk, p.open);
        if title && !cried && !(opens_sentence && super::leftover::ends_like_speech(block, &p)) {
            continue;
        }
        // A quote that opens inside its sentence and closes it with a full stop ("Morris says
        // the campaign will “compete vigorously.” O’Malley’s move was first reported by MSNBC.")
        // is that sentence's: a cue of the next sentence is not its cue.
        let inside = p.open > block.sentence_start(p.open) && tk.word(p.open - 1);
        let closes_sentence = p.close.is_some_and(|c| c > 0 && tk.punct(c - 1, '.'));
        let found = p
            .close
            .filter(|_| !(inside && closes_sentence))
            .and_then(|c| after(block, c, inside))
            // "in a box labeled “medical problem,” a doctor had typed “…”": the name a
            // participle gives is the label's, not the words of the cue after it (asked only
            // once a cue is found there).
            .filter(|_| super::leftover::named_by_participle(tk, p.open).is_none())
            .map(|a| (a, true))
            .or_else(|| if title && !cried { None } else { before(block, p.open) });
        let Some((a, punct)) = found else { continue };
        let tk = &block.tk;
        let starts_lower = tk.t.get(p.open + 1).is_some_and(|t| t.is_word() && !t.cap());
        let mut style = if !punct && starts_lower { QuoteStyle::Mixed } else { QuoteStyle::Direct };
        let mut content = content;
        // “…,” X said — but words of the same clause before the mark ("The summit
        // accomplished “too little,” X said") make the whole clause the quote: mixed.
        let after_close = a.cue.as_ref().is_some_and(|c| c.start > p.open);
        let sentence_start = block.sentence_start(p.open);
        if after_close && p.open > sentence_start && tk.word(p.open - 1) {
            let s0 = clause_into_mark(tk, sentence_start, p.open);
            // "Citing “obligations,” her spokeswoman said": only the quoted words are left.
            style = if s0 == p.open { QuoteStyle::Direct } else { QuoteStyle::Mixed };
            content = tk.span(s0, p.close.map_or(p.stop, |c| c + 1));
        } else if after_close && p.open > sentence_start + 2 && tk.punct(p.open - 1, ',') {
            // "With thousands of systems, “there is no single point of failure,” he said": a
            // lead-in of the same sentence is part of what is attributed.
            if set_off_lead_in(tk, sentence_start, p.open - 1) && !ends_in_saying(tk, p.open - 2) {
                style = QuoteStyle::Mixed;
                content = tk.span(sentence_start, p.close.map_or(p.stop, |c| c + 1));
            }
        } else if !after_close && punct && a.cue.is_some() {
            // "he said, “I have not heard that particular concern” from New York officials":
            // the sentence goes on with the speaker's words past the mark.
            if let Some(end) = p.close.and_then(|c| runs_on_past_close(tk, c)) {
                style = QuoteStyle::Mixed;
                content = tk.span(p.open, end);
            }
        }
        let speaker = speaker_of(doc, tk, a.np.as_ref());
        let cue = a.cue.as_ref().map(|c| cue_span(tk, c));
        let verb = a.cue.as_ref().map_or(usize::MAX, |c| c.verb);
        let group = match last_cue {
            Some((v, g)) if v == verb && v != usize::MAX => g,
            _ => doc.group(),
        };
        last_cue = Some((verb, group));
        let np_span = a.np.as_ref().map(|np| tk.span(np.start, np.end));
        let outer = tk.span(p.open, p.close.map_or(p.stop, |c| c + 1));
        let run_on = (content.end > outer.end).then(|| content.clone());
        let extent = cover(&[Some(outer), cue.clone(), np_span, run_on]);
        for v in [Some(verb), a.relay_cue].into_iter().flatten() {
            if let Some(used) = block.used_cue.get_mut(v) {
                *used = true;
            }
        }
        block.taken[i] = true;
        if !after_close && starts_lower {
            // Once per sentence: a second quote after the same aside goes on from the first.
            if let Some(lead) = lead_before_aside(block, &a, p.open).filter(|l| last_lead != Some(l.0)) {
                last_lead = Some(lead.0);
                let content = block.tk.span(lead.0, lead.1);
                let extent = cover(&[Some(content.clone()), Some(extent.clone())]);
                let (speaker, cue) = (speaker.clone(), cue.clone());
                doc.push(Frame { content, style: QuoteStyle::Mixed, speaker, cue, via: None, extent, group });
            }
        }
        doc.push(Frame { content, style, speaker, cue, via: a.via, extent, group });
    }
}
