//! Quotes with no cue beside them: continuations of an attributed quote (the next sentence or
//! paragraph, a multi-paragraph quote), fragments of an attributed sentence, quotes with no
//! findable speaker, and what is not speech at all (scare quotes, titles).

use std::ops::Range;

use super::marks::Pair;
use super::speaker::{self, Np};
use super::words::{class, CueKind};
use super::{cover, transcript, Block, Doc, Frame, SpeakerRef};
use crate::report::QuoteStyle;
use clause::{
    labelled_object, object_ends_at_label, participle_object, predicate_object, run_to_clause_end,
    second_predicate_cue, stance_term, verb_object,
};
use fragments::{coordinator_opening, joined_frame, run_on_quotes, that_clause_start, that_holder, within_frame};
pub(crate) use intro::intro;
use intro::{colon_subject, cue_before, past_topic_label, set_off_sentence};
use label::label_words;
use names::{
    after_idiom, byline_after, cited_title, closes_sentence_inside, dated_after, excerpt_after_byline, follow_signoff,
    one_word_term, stage_direction, subheading, work_title,
};
pub(crate) use names::{ends_like_speech, title_case};
pub(super) use naming::named_by_participle;
use naming::{names_an_object, names_words, naming_cue};
use seen::{after_cued_quote, previous, Seen};

mod clause;
mod fragments;
mod intro;
mod label;
mod names;
mod naming;
mod seen;

/// Quoted fragments of at most this many words, with no cue, are scare quotes or names.
const MAX_SCARE_WORDS: usize = 4;
/// A fragment with no cue is its sentence subject's words only when it has this many words
/// (shorter ones are mostly scare quotes: "massive resistance", "super PACs").
const MIN_SUBJECT_FRAGMENT_WORDS: usize = 3;

/// A lower-case quoted fragment with no cue and no named subject is speech, not a scare
/// quote, from this many words.
const MIN_UNCUED_FRAGMENT_WORDS: usize = 6;

/// Resolves the quotes no cue claimed.
pub(crate) fn resolve(block: &mut Block, doc: &mut Doc, first: usize) {
    if let Some(frames) = doc.frames.get_mut(first..) {
        crate::sort::by_key(frames, |f| (f.content.start, f.content.end));
    }
    let mut seen = Seen { first, sorted: doc.frames.len(), last_new: None };
    // The open quote a paragraph of stage direction passes on.
    let mut carried = None;
    let n = block.pairs.len();
    for i in 0..n {
        if doc.frames.len() > seen.sorted {
            seen.last_new = Some(doc.frames.len() - 1);
        }
        if block.taken[i] {
            continue;
        }
        let p = block.pairs[i].clone();
        let content = block.pair_content(&p);
        let tk = &block.tk;
        let words = (p.open + 1..p.stop.min(tk.len())).filter(|&k| tk.word(k)).count();
        if words == 0 {
            continue;
        }
        let outer = tk.span(p.open, p.close.map_or(p.stop, |c| c + 1));
        // "(CROSSTALK.)" inside a quote that runs on over paragraphs: a stage direction, which
        // leaves the quote open for the next paragraph.
        if stage_direction(tk, &p) {
            if p.open == 0 {
                let open = doc.open_quote.take();
                if p.close.is_none() && p.stop >= tk.len() {
                    carried = open;
                }
            }
            continue;
        }
        // "Follow Ana Ruiz on Twitter @anaruiz." in marks: an author's sign-off, not speech.
        if follow_signoff(tk, &p) {
            continue;
        }
        // A multi-paragraph quote: this block opens with a mark while the last one was open.
        if p.open == 0 {
            if let Some((group, speaker)) = doc.open_quote.take() {
                block.taken[i] = true;
                let extent = outer.clone();
                doc.push(Frame { content, style: QuoteStyle::Direct, speaker, cue: None, via: None, extent, group });
                continue;
            }
        }
        // ‘A change warrior.’ as a paragraph of its own, where speech is in double marks: a
        // subheading.
        if subheading(tk, &p, words) && doc.double_quotes {
            continue;
        }
        // "a group called the “…”", "it was labeled “…”": the name a participle gives, with no
        // speaker unless a "by" after it names the doer ("has been called “…” by Joshua Hendrick").
        if let Some(part) = named_by_participle(tk, p.open) {
            let end = p.close.map_or(p.stop, |c| c + 1);
            let doer = tk.word(end) && !tk.cap(end) && tk.has(end, class::AGENT) && tk.cap(end + 1);
            let np = doer.then(|| speaker::after(tk, end + 1, block.sentence_end(p.open))).flatten();
            let speaker = np.map(|np| doc.people.resolve(tk, &np));
            let content = tk.span(part + 1, end);
            let extent = cover(&[Some(content.clone()), Some(outer)]);
            // The participle reports no later quote of its sentence ("a class called “…” on his
            // page, writing “…”").
            block.used_cue[part] = true;
            push_cueless(
                block,
                doc,
                i,
                Frame { content, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent, group: 0 },
            );
            continue;
        }
        // Names of shows, books and headings (“Face the Nation,” ‘All Bets Are Off.’), titles
        // after a noun naming a work (the film “Harbour.”), headlines credited to their writer
        // and the excerpt after such a credit; not a name someone gives right before it ("called
        // him “Lyin' Ted”", "cast the race as “Jobs Versus Chaos”"), which is their wording.
        // Nor is a quoted sentence right after a cued quote's sentence (“…,” she said, clapping.
        // “The Donald. Big Daddy.”), which goes on with that speaker.
        let given_name = p.open > 0 && (tk.has(p.open - 1, class::LABEL) || naming_cue(tk, p.open - 1))
            || names_an_object(tk, p.open);
        let title = title_case(block, p.open + 1, p.stop);
        // "ran on the slogan “Experience Counts”": a title-case term a noun names as words is
        // read as a lower-case one is, below, before any cue could take it.
        let term = names_words(tk, &p).filter(|_| words <= MAX_SCARE_WORDS);
        if let Some(phrase) = term.filter(|_| title && !within_frame(doc, first, &outer)) {
            let frame = term_frame(block, doc, &seen, &p, phrase, outer);
            push_cueless(block, doc, i, frame);
            continue;
        }
        // "proclaimed a goal of “Peace Through Strength.”": capitalised words a cue of quoted
        // words only names are a slogan, not a title.
        let named = title
            && !given_name
            && !after_cued_quote(block, doc, &seen, &p)
            && !super::direct::direct_cue_names(tk, p.open);
        let excerpt = excerpt_after_byline(tk, i.checked_sub(1).and_then(|j| block.pairs.get(j)), &p);
        if named || work_title(tk, &p) || byline_after(tk, &p) || excerpt || dated_after(tk, &p) {
            continue;
        }
        if block.list_item && cited_title(block, &p) || after_idiom(tk, p.open) {
            continue;
        }
        let sentence_start = block.sentence_start(p.open);
        let starts_sentence = p.open == sentence_start || (p.open > 0 && tk.stop(p.open - 1));
        let first_word_cap = tk.cap(p.open + 1);
        // The frame before the quote, with a copy of its speaker, is looked up in the branches
        // that read it (most do not): no frame is added before them in this quote's turn, so
        // each finds what a look-up here would have.
        let before = content.start;
        // “Lilyhammer” follows a mobster …, ''Friends'' has been a hit: a short quote that its
        // sentence goes on from is a name or a term; not so one that ends like speech
        // (“This is fantastic!” beamed …, “I'm a voter,” declares …) or before a pronoun.
        let spoken_end = ends_like_speech(block, &p);
        let after = p.close.map(|c| c + 1);
        let named_term = words <= MAX_SCARE_WORDS
            && !spoken_end
            && after.is_some_and(|k| (tk.word(k) && !tk.cap(k) && !tk.has(k, class::PRONOUN)) || tk.punct(k, '('));
        if starts_sentence && (named_term || (words == 1 && one_word_term(tk, &p))) {
            continue;
        }
        if starts_sentence && (first_word_cap || words > MAX_SCARE_WORDS) {
            // A quoted sentence: it continues the speaker just quoted, if any.
            let intro = doc.intro.as_ref().filter(|(b, _)| p.open == 0 && b + 1 == doc.block).map(|(_, s)| s.clone());
            let colon = colon_subject(block, p.open).map(|np| doc.people.resolve(&block.tk, &np));
            let speaker = match intro.or(colon) {
                Some(s) => Some(s),
                None => previous(doc, &seen, before, tk.text).and_then(|(s, _, _)| s),
            };
            let group = doc.group();
            block.taken[i] = true;
            doc.push(Frame { content, style: QuoteStyle::Direct, speaker, cue: None, via: None, extent: outer, group });
            continue;
        }
        // A fragment inside a frame's words is part of it (“A” and “B,” Ruiz said: the cue's
        // frame holds both); one joined to the frame just before it by a comma or "and"
        // continues it.
        if within_frame(doc, first, &outer) {
            block.taken[i] = true;
            continue;
        }
        if let Some(f) = joined_frame(block, doc, first, p.open).and_then(|j| doc.frames.get_mut(j)) {
            f.content.end = f.content.end.max(content.end);
            f.extent.end = f.extent.end.max(outer.end);
            block.taken[i] = true;
            continue;
        }
        // A fragment inside a sentence that already has an attributed frame is that
        // speaker's words ("… as he pushed for coordination so as to “get better results.”").
        let sentence = block.tk.span(block.sentence_start(p.open), block.sentence_end(p.open));
        // The clause a fragment with no cue of its own reports, from a "that" before it.
        let that = that_clause_start(block, p.open);
        let clause = that.map_or(content.start, |k| block.tk.span(k, k).start)..content.end;
        // With no "that", a fragment a speaker of its sentence says opens at the object of the
        // past-tense verb before it ("described the plan as a “work in progress”"). Only the
        // branches that give the fragment a speaker read it, so the look-back runs when asked.
        let verb_clause = |block: &Block| match that {
            None => verb_object(block, p.open).map_or(clause.clone(), |k| block.tk.span(k, k).start..clause.end),
            Some(_) => clause.clone(),
        };
        let same_sentence = seen.attributed_in(doc, sentence);
        // "… hoped to shed what Lee called “a perception problem”": a label that a headless
        // relative's own subject gives is that subject's, read at its cue below.
        let own_label = same_sentence.is_some() && relative_label(&block.tk, p.open);
        // "… “a con” and encouraged Americans to “check out” her …": the quoted words of a
        // second predicate the reported clause was cut before have its verb as their cue and
        // the sentence's speaker: read below as after any cue.
        let mut second_predicate = None;
        // "He says he will release them Friday, calling them “very boring”": a participle cue
        // past that frame's words reports the fragment itself, read below as after any cue.
        let same_sentence = same_sentence.filter(|f| !participle_past_frame(block, f, p.open));
        if let Some(f) = same_sentence.filter(|_| words >= 2 && !own_label) {
            // "Ruiz praised the plan, calling it “a fine start,” but she said …": when that
            // frame's cue comes after the fragment, a cue with a speaker before the fragment
            // reports it, from the object on, as a mixed quote's words do. Not so when the frame
            // closes the sentence as a direct quote ("… a “farce,” and “we will fight it,” Ruiz
            // said").
            let object = if that.is_none() && !claims_earlier(f, outer.end) {
                cue_before(block, p.open).filter(|(_, np)| np.is_some()).map(|(cue, _)| cue.clause_start())
            } else {
                None
            };
            let tk = &block.tk;
            let object = object.map(|k| if tk.punct(k, ',') { k + 1 } else { k }).filter(|&k| k < p.open);
            second_predicate = match (object, that) {
                (None, None) => second_predicate_cue(block, p.open).map(|cue| (cue, f.speaker.clone())),
                _ => None,
            };
            if second_predicate.is_none() {
                let speaker = f.speaker.clone();
                let clause = match (object, that) {
                    (Some(k), _) => tk.span(k, k).start..outer.end,
                    (None, None) => coordinator_opening(tk, f, p.open)
                        .map_or_else(|| verb_clause(block), |k| tk.span(k, k).start..clause.end),
                    (None, Some(_)) => verb_clause(block),
                };
                let group = doc.group();
                block.taken[i] = true;
                let extent = cover(&[Some(clause.clone()), Some(outer)]);
                doc.push(Frame {
                    content: clause,
                    style: QuoteStyle::Mixed,
                    speaker,
                    cue: None,
                    via: None,
                    extent,
                    group,
                });
                continue;
            }
        }
        // A fragment after a cue in its sentence: "Smith called the plan “a disaster.”" (a
        // single word too: with a cue it is the speaker's word, not a scare quote); or after a
        // second predicate's verb (above).
        let cued = match second_predicate {
            Some((cue, speaker)) => Some((cue, None, speaker)),
            None => cue_before(block, p.open).map(|(cue, np)| {
                let speaker = np.as_ref().map(|np| doc.people.resolve(&block.tk, np));
                (cue, np, speaker)
            }),
        };
        if let Some((cue, np, speaker)) = cued {
            let tk = &block.tk;
            let cue_bytes = super::cue_span(tk, &cue);
            // The clause runs from the cue (or a "that" after it) to the sentence's end, and
            // takes in any further quoted fragments; "vowed to “end …”" opens at "to".
            let opens = cue.opens;
            let that = (cue.end..p.open).find(|&k| !opens && tk.has(k, class::COMPLEMENTIZER));
            // "condemned what he called “a breach”": a label's phrase opens at the headless
            // relative (not so "what he said about …", whose quoted words are an object).
            let labels = cue.kind == CueKind::Name;
            let headless = np
                .as_ref()
                .and_then(|np| np.start.checked_sub(1))
                .filter(|&h| labels && tk.word(h) && tk.has(h, class::HEADLESS));
            let start = headless.or(that).unwrap_or_else(|| cue.clause_start());
            // A passive's doer after the cue ("expressed by many Jewish leaders") is not quoted.
            let start = np.as_ref().filter(|np| np.start >= cue.end).map_or(start, |np| start.max(np.end));
            // "As Ana Ruiz put it, the plan is “…”": the comma after the cue is not quoted.
            let start = if tk.punct(start, ',') && start < p.open { start + 1 } else { start };
            let end = run_to_clause_end(block, &p);
            let tk = &block.tk;
            // "After saying her foot was “so swollen …,” she was “whisked …”": a cue inside an
            // opening subordinate clause reports words that end with it, later quotes or not.
            let end = super::indirect::subordinate_opening_end(tk, block.sentence_start(cue.start), &cue, start, end);
            let direct = that.is_none() && headless.is_none() && set_off_sentence(tk, &p, end);
            let (content, style) =
                if direct { (content, QuoteStyle::Direct) } else { (tk.span(start, end), QuoteStyle::Mixed) };
            let np_span = np.as_ref().map(|np| tk.span(np.start, np.end));
            let extent = cover(&[Some(content.clone()), Some(cue_bytes.clone()), np_span]);
            let group = doc.group();
            block.taken[i] = true;
            block.used_cue[cue.verb] = true;
            doc.push(Frame { content, style, speaker, cue: Some(cue_bytes), via: None, extent, group });
            continue;
        }
        // "Reid has been pounding Trump as a “con artist”": a label for a verb's object is the
        // sentence subject's words, from the object on.
        // With no such subject, a label right after its object is still someone's: the subject's
        // past an opening phrase ("In recent weeks, Reid has gone after Trump as a “…”"), or no
        // one's ("The choice was between going after Trump as “…”").
        if let Some((start, label)) = labelled_object(block, p.open) {
            let mut speaker = subject_source(block, doc, p.open, start);
            let names_object = speaker.is_none() && object_ends_at_label(&block.tk, label);
            if names_object {
                let tk = &block.tk;
                let np = speaker::subject_past_opening(tk, block.sentence_start(p.open), start)
                    .filter(|np| np.end < start && !np.unread && (np.name.is_some() || np.pronoun));
                speaker = np.map(|np| doc.people.resolve(tk, &np));
            }
            if speaker.is_some() || names_object {
                // The label ends the phrase when punctuation follows it ("as a “con artist” ―
                // just as …"), taking in no later quote; words after it belong to it ("as an
                // “honorable choice” who …").
                let closes = p.close.filter(|&c| !tk.word(c + 1) || tk.punct(c - 1, ','));
                let end = match closes {
                    Some(c) => c + 1,
                    None => run_to_clause_end(block, &p),
                };
                let content = block.tk.span(start, end);
                let group = doc.group();
                block.taken[i] = true;
                doc.push(Frame {
                    content: content.clone(),
                    style: QuoteStyle::Mixed,
                    speaker,
                    cue: None,
                    via: None,
                    extent: cover(&[Some(content), Some(outer)]),
                    group,
                });
                continue;
            }
        }
        // "used the term “pivot”", "ran on the slogan “Experience Counts”": a short term a noun
        // names as words is someone's, the sentence subject's when it names a source.
        if let Some(phrase) = term {
            let frame = term_frame(block, doc, &seen, &p, phrase, outer);
            push_cueless(block, doc, i, frame);
            continue;
        }
        // With no cue, a single quoted word is a scare quote (loaded wording reports those),
        // unless it closes its sentence (below).
        let closes_inside = closes_sentence_inside(block, &p);
        if words < 2 && !closes_inside {
            // Not so in the "that" clause of a noun of saying ("his assertion that “…” …").
            if let Some(frame) = that.and_then(|k| stance_term(block, doc, &p, k)) {
                block.taken[i] = true;
                doc.push(frame);
            }
            continue;
        }
        // A fragment of several words in a sentence whose subject is a source: that
        // source's words ("Reid has gone after Trump as a “human leech”"); two words in a
        // that-clause are the words of its verb's subject ("Ruiz argued that …").
        let short = words < MIN_SUBJECT_FRAGMENT_WORDS;
        if (!short || (words >= 2 && that.is_some())) && !title_case(block, p.open + 1, p.stop) {
            let a = past_topic_label(&block.tk, block.sentence_start(p.open), p.open);
            let tk = &block.tk;
            let source = |np: Np| speaker::not_opening_shape(tk, np).filter(|np| np.name.is_some() || np.pronoun);
            let subject =
                if short { that.and_then(|t| that_holder(tk, a, t)) } else { speaker::sentence_subject(tk, a, p.open) };
            if let Some(np) = subject.and_then(source) {
                let speaker = Some(doc.people.resolve(tk, &np));
                // The subject's predicate reports the clause: "Cruz blamed the law on
                // “knuckleheaded politicians”" — the content runs from after the verb.
                let content = match predicate_object(tk, &np, p.open) {
                    Some(start) => {
                        let end = run_to_clause_end(block, &p);
                        block.tk.span(start, end)
                    }
                    None => verb_clause(block),
                };
                let tk = &block.tk;
                let extent = cover(&[Some(content.clone()), Some(outer.clone()), Some(tk.span(np.start, np.end))]);
                let group = doc.group();
                block.taken[i] = true;
                doc.push(Frame { content, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent, group });
                continue;
            }
        }
        // “… will be a “top priority.”” — a fragment that closes its sentence inside its marks
        // ends as quoted speech does; a scare quote closes before the period. Its sentence
        // subject's words, or the speaker just quoted. Single marks are left out here and
        // below: they are too often apostrophes ("the '80s; …").
        let double = !block.tk.single_mark(p.open);
        if double && words < MIN_UNCUED_FRAGMENT_WORDS && closes_inside {
            let speaker = subject_or_previous(block, doc, p.open, Some((&seen, before)));
            if speaker.is_some() {
                let content = verb_clause(block);
                let extent = cover(&[Some(content.clone()), Some(outer)]);
                push_cueless(
                    block,
                    doc,
                    i,
                    Frame { content, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent, group: 0 },
                );
                continue;
            }
        }
        // A long lower-case fragment is someone's words, not a scare quote ("The ad targets a
        // “corrupt system that keeps the rich in power”"): its sentence subject's, if any.
        if words >= MIN_UNCUED_FRAGMENT_WORDS && !first_word_cap && double {
            let speaker = subject_or_previous(block, doc, p.open, Some((&seen, before)));
            let from = if speaker.is_some() { verb_clause(block).start } else { clause.start };
            // Further quoted words of the clause are the same speaker's, in the same quote
            // ("… as a “human leech who will …” and a “spoiled brat.”").
            let end = run_to_clause_end(block, &p);
            let last = block.pairs.partition_point(|q| q.open < end).saturating_sub(1).max(i);
            let content = from..block.pairs.get(last).map_or(content.end, |q| block.pair_content(q).end);
            let group = doc.group();
            block.taken[i] = true;
            let extent = cover(&[Some(content.clone()), Some(outer)]);
            doc.push(Frame { content, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent, group });
            continue;
        }
        // With no cue and no speaker: a short or lower-case fragment is a scare quote, a
        // title-case one a name.
        if words <= MAX_SCARE_WORDS || !first_word_cap || title_case(block, p.open + 1, p.stop) {
            continue;
        }
        let speaker = subject_or_previous(block, doc, p.open, None);
        let extent = cover(&[Some(outer)]);
        push_cueless(
            block,
            doc,
            i,
            Frame { content, style: QuoteStyle::Direct, speaker, cue: None, via: None, extent, group: 0 },
        );
    }
    run_on_quotes(block, doc, first);
    open_at_participle_objects(block, doc, first);
    let tk = &block.tk;
    doc.double_quotes |= block.pairs.iter().any(|p| tk.mark(p.open) && !tk.single_mark(p.open));
    // A quote left open at the block's end may continue in the next block.
    doc.open_quote = carried;
    if let Some(p) = block.pairs.last() {
        if p.close.is_none() && p.stop >= block.tk.len() {
            let start = block.pair_content(p).start;
            if let Some(f) = doc.frames[first..].iter().find(|f| f.content.start == start) {
                doc.open_quote = Some((f.group, f.speaker.clone()));
            }
        }
    }
    if doc.transcript {
        if let Some((np, colon)) = transcript::label_at(&block.tk).filter(|&(_, c)| c + 1 < block.tk.len()) {
            label_words(block, doc, first, &np, colon);
        }
    }
}

/// Whether frame `f` of a fragment's sentence may claim a fragment ending at byte `end`: its
/// cue does not follow the fragment, or it is a direct quote closed by its cue ("“…,” X said").
fn claims_earlier(f: &Frame, end: usize) -> bool {
    f.cue.as_ref().is_none_or(|c| c.start < end || (f.style == QuoteStyle::Direct && c.start >= f.content.end))
}

/// Whether the nearest unused cue before the quote opening at `open` is a participle after a
/// comma that stands past the words of its sentence's frame `f` ("Ruiz says she will run,
/// calling the plan “a farce”"): the participle reports the quoted words, with `f`'s speaker.
fn participle_past_frame(block: &Block, f: &Frame, open: usize) -> bool {
    let tk = &block.tk;
    cue_before(block, open).is_some_and(|(cue, _)| {
        cue.start > 0
            && tk.punct(cue.start - 1, ',')
            && tk.bytes(cue.verb).ends_with(b"ing")
            && tk.span(cue.start, cue.start).start >= f.content.end
    })
}

/// Moves the start of the block's mixed and reported quotes that open at a participle cue
/// ("calling Trump “an orange buffoon”") to that cue's object: PolNeAR, like news style,
/// keeps the cue out of the reported words, whichever pass drew them.
fn open_at_participle_objects(block: &Block, doc: &mut Doc, first: usize) {
    let tk = &block.tk;
    for f in doc.frames.get_mut(first..).unwrap_or_default() {
        if f.style == QuoteStyle::Direct {
            continue;
        }
        let k = tk.t.partition_point(|t| t.start() < f.content.start);
        if tk.t.get(k).is_none_or(|t| t.start() != f.content.start) {
            continue;
        }
        let end = tk.t.partition_point(|t| t.start() < f.content.end);
        if let Some(object) = participle_object(tk, k, end) {
            f.content.start = tk.span(object, object).start;
        }
    }
}

/// Adds `frame` (a quote with no cue of its own) for the block's pair `i`, in a group of its own.
fn push_cueless(block: &mut Block, doc: &mut Doc, i: usize, frame: Frame) {
    let group = doc.group();
    block.taken[i] = true;
    doc.push(Frame { group, ..frame });
}

/// The frame of quote `p`, spanning bytes `outer`, whose words a noun names as words ("used the
/// term “pivot”"), the noun's phrase opening at token `phrase`: a mixed quote of the sentence
/// subject's before that phrase, past an opening phrase, when it names a source ("In April
/// 2012, Mills forwards an email with the subject line “…”"); else of the speaker of a frame its sentence holds ("“…,”
/// Slaughter wrote in a message bearing the subject line “bravo!” … “Turning …”": the next
/// quote goes on with her); else of no one.
fn term_frame(block: &Block, doc: &mut Doc, seen: &Seen, p: &Pair, phrase: usize, outer: Range<usize>) -> Frame {
    let tk = &block.tk;
    let a = block.sentence_start(p.open);
    let subject = speaker::subject_past_opening(tk, a, phrase)
        .filter(|np| np.end <= phrase && !np.unread && (np.name.is_some() || np.pronoun));
    let speaker = match subject {
        Some(np) => Some(doc.people.resolve(tk, &np)),
        None => {
            let sentence = tk.span(a, block.sentence_end(p.open));
            seen.attributed_in(doc, sentence).and_then(|f| f.speaker.clone())
        }
    };
    let extent = outer.clone();
    Frame { content: outer, style: QuoteStyle::Mixed, speaker, cue: None, via: None, extent, group: 0 }
}

/// The subject of the sentence of the quote at `open`, ending before token `limit`, as the quote's
/// speaker when it names a source: a name or a pronoun, not a sentence opening's shape.
fn subject_source(block: &Block, doc: &mut Doc, open: usize, limit: usize) -> Option<SpeakerRef> {
    let tk = &block.tk;
    let a = block.sentence_start(open);
    speaker::sentence_subject(tk, a, limit)
        .and_then(|np| speaker::not_opening_shape(tk, np))
        .filter(|np| np.end < limit && (np.name.is_some() || np.pronoun))
        .map(|np| doc.people.resolve(tk, &np))
}

/// The speaker of a quote with no cue inside its sentence: the sentence's subject before the
/// quote, or else (the sentence has none: "Instead, “he just acts …”") the speaker just quoted,
/// that of the frame before byte `before` when `prev` gives `(seen, before)` (looked up only
/// then: the subject is found more often).
fn subject_or_previous(block: &Block, doc: &mut Doc, open: usize, prev: Option<(&Seen, usize)>) -> Option<SpeakerRef> {
    let tk = &block.tk;
    let a = block.sentence_start(open);
    match speaker::subject_past_opening(tk, a, open).filter(|np| np.end <= open) {
        // "Then came another tweet …": a subject no walk reads speaks for no one here.
        Some(np) if np.unread => None,
        Some(np) => Some(doc.people.resolve(tk, &np)),
        None => prev.and_then(|(seen, before)| previous(doc, seen, before, tk.text)?.0),
    }
}

#[cfg(test)]
mod tests;

/// Whether the quote opening at `open` is the label a headless relative's own subject gives
/// just before it ("what Lee called “a perception problem”"), as the indirect cut reads it.
fn relative_label(tk: &super::view::Toks, open: usize) -> bool {
    let lower = open.saturating_sub(super::indirect::MAX_EMBEDDED_SPEAKER + super::indirect::MAX_TO_LABEL);
    (lower..open).any(|h| tk.has(h, class::HEADLESS) && super::indirect::naming_relative(tk, h, open + 1))
}
