//! Tests of the phrase trie: its matches, the walk's quick paths and the walks for some lists.

use super::*;

#[test]
fn phrases_match_with_alternatives_and_case() {
    let mut set = PhraseSet::default();
    set.add("critics say/said", 0, 0);
    set.add("March", 0, 1);
    set.add("us", 0, 2);
    let text = "Critics said they would march in March for US and us.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let hits = set.find(&toks, 1).remove(0);
    let found: Vec<(usize, &str)> = hits.iter().map(|h| (h.entry, toks[h.first].text.as_str())).collect();
    assert_eq!(found, [(0, "Critics"), (1, "March"), (2, "us")]);
}

/// A word whose walk ends at its root (a one-word entry, or a phrase's first word that the
/// next word does not go on with) gives the hits a walk gives: one per list, overridden in
/// a list by a longer phrase from the same word, and none in a list not wanted.
#[test]
fn one_word_entries_give_the_hits_of_a_walk() {
    let mut set = PhraseSet::default();
    set.add("of", 0, 0);
    set.add("of", 2, 0);
    set.add("of the", 2, 1);
    set.add("said", 1, 0);
    set.add("said * that", 2, 2);
    set.add("the", 1, 1);
    let text = "Most of the people said it was so, and of course the critics said so that of US.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let found = |hits: &[Hit]| -> Vec<(usize, &str, usize)> {
        hits.iter().map(|h| (h.entry, toks[h.first].text.as_str(), h.end - h.first)).collect()
    };
    let all = set.find(&toks, 3);
    assert_eq!(found(&all[0]), [(0, "of", 1), (0, "of", 1), (0, "of", 1)]);
    assert_eq!(found(&all[1]), [(1, "the", 1), (0, "said", 1), (1, "the", 1), (0, "said", 1)]);
    assert_eq!(found(&all[2]), [(1, "of", 2), (0, "of", 1), (2, "said", 3), (0, "of", 1)]);
    let mut one = vec![Vec::new(); 3];
    set.find_lists_into(&toks, &mut one, 1 << 2);
    assert_eq!(one, [Vec::new(), Vec::new(), all[2].clone()]);
}

/// A word that starts a phrase with a wildcard finds that phrase where the words after the
/// wildcard go on with it (also past an abbreviation's period), and elsewhere the hits of a
/// root whose walk ends at it.
#[test]
fn a_wildcard_after_a_root_is_walked_where_its_phrase_goes_on() {
    let mut set = PhraseSet::default();
    set.add("is", 0, 0);
    set.add("is * considering", 1, 0);
    set.add("is now", 1, 1);
    let text = "The board is now considering a plan, is now ready, is, and Li is Mr. considering it is.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let found = |hits: &[Hit]| -> Vec<(usize, usize, usize)> {
        hits.iter().map(|h| (h.entry, h.first, h.end - h.first)).collect()
    };
    let all = set.find(&toks, 2);
    assert_eq!(found(&all[0]), [(0, 2, 1), (0, 8, 1), (0, 12, 1), (0, 16, 1), (0, 21, 1)]);
    assert_eq!(found(&all[1]), [(0, 2, 3), (1, 8, 2), (0, 16, 4)]);
}

/// The quick path's own answer, asked directly (the walk finds the same hits whether or
/// not it is taken, so only this sees it): the wildcard's walk ends where the next token is
/// a mark or missing, where the word after the wildcard's goes on with no phrase, and where
/// no phrase of the lists wanted passes the wildcard; it goes on where the word after it
/// goes on with a phrase, after an abbreviation's period, and where a phrase ends at the
/// wildcard itself.
#[test]
fn a_wildcard_walk_ends_at_its_root_only_where_nothing_passes_it() {
    let mut set = PhraseSet::default();
    set.add("is", 0, 0);
    set.add("is * considering", 1, 0);
    set.add("seems *", 1, 1);
    set.add("seems * likely", 1, 2);
    let text = "Li is now considering it, is now ready, is, and is Mr. considering it is";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let star_of = |i: usize| set.lower_root(&toks[i]).and_then(|n| set.nodes[n].star).unwrap();
    let ends = |i: usize, want: u8| set.star_walk_ends(star_of(i), &toks, i, want);
    let at = |word: &str, nth: usize| toks.iter().enumerate().filter(|(_, t)| t.text == word).nth(nth).unwrap().0;
    let is = |nth: usize| at("is", nth);
    assert!(!ends(is(0), u8::MAX), "is now considering");
    assert!(ends(is(0), 1), "no phrase of list 0 passes the wildcard");
    assert!(!ends(is(0), 1 << 1), "is now considering, list 1 wanted");
    assert!(ends(is(1), u8::MAX), "is now ready");
    assert!(ends(is(2), u8::MAX), "is,");
    assert!(!ends(is(3), u8::MAX), "is Mr. considering");
    assert!(ends(is(4), u8::MAX), "is at the end");
    let text = "It seems so.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let seems = toks.iter().position(|t| t.text == "seems").unwrap();
    let star = set.lower_root(&toks[seems]).and_then(|n| set.nodes[n].star).unwrap();
    assert!(!set.star_walk_ends(star, &toks, seems, u8::MAX), "a phrase ends at the wildcard");
}

/// The quick path looks past a wildcard after the root's wildcard as past the first: the
/// walk ends where neither the word after the first wildcard nor the one after the second goes
/// on with a phrase, and goes on where one does, after an abbreviation's period, and where a
/// phrase ends at the second wildcard ("Mr. X backing" is a phrase's three words); a mark after
/// the first wildcard's word ends it there.
#[test]
fn a_wildcard_walk_looks_past_a_second_wildcard() {
    let mut set = PhraseSet::default();
    set.add("has * * backing", 0, 0);
    set.add("has * support", 0, 1);
    set.add("had * *", 0, 2);
    let text = "It has wide party backing, has wide support, has no real plan, has Mr. X backing, \
                has one, two and had no plan";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let star_of = |i: usize| set.lower_root(&toks[i]).and_then(|n| set.nodes[n].star).unwrap();
    let ends = |i: usize| set.star_walk_ends(star_of(i), &toks, i, u8::MAX);
    let has = |nth: usize| toks.iter().enumerate().filter(|(_, t)| t.text == "has").nth(nth).unwrap().0;
    assert!(!ends(has(0)), "has wide party backing");
    assert!(!ends(has(1)), "has wide support");
    assert!(ends(has(2)), "has no real plan");
    assert!(!ends(has(3)), "has Mr. X backing");
    assert!(ends(has(4)), "has one,");
    let had = toks.iter().position(|t| t.text == "had").unwrap();
    assert!(!ends(had), "a phrase ends at the second wildcard");
    assert_eq!(
        set.find(&toks, 1)[0].iter().map(|h| (h.entry, h.first)).collect::<Vec<_>>(),
        [(0, has(0)), (1, has(1)), (0, has(3)), (2, had)]
    );
}

/// Every word that follows a wildcard, in any of its phrases and after a second wildcard too,
/// passes the shapes of the words after a wildcard (the wildcard's walk asks them before its
/// children), and the walk finds the phrases it goes on with.
#[test]
fn the_words_after_a_wildcard_pass_its_filter() {
    let mut set = PhraseSet::default();
    set.add("in * poll/survey", 0, 0);
    set.add("has * * backing/support", 0, 1);
    set.add("the * case", 0, 2);
    for word in ["poll", "survey", "backing", "support", "case"] {
        assert!(set.after_wildcard_shapes.may_have(word.as_bytes()), "{word}");
    }
    let text = "He led in a poll and has wide party support in the best case.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let found = set.find(&toks, 1)[0].iter().map(|h| (h.entry, h.end - h.first)).collect::<Vec<_>>();
    assert_eq!(found, [(0, 3), (1, 4), (2, 3)]);
}

/// A walk for some lists finds what the walk for all finds in them, and nothing in the
/// others, where the lists share words and phrases.
#[test]
fn a_walk_for_one_list_finds_its_hits_of_the_walk_for_all() {
    let mut set = PhraseSet::default();
    set.add("critics say/said", 0, 0);
    set.add("critics", 1, 0);
    set.add("say * it", 1, 1);
    set.add("it is believed", 0, 1);
    set.add("it", 2, 0);
    let text = "Critics said it is believed, critics say so, and they say that it is.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let all = set.find(&toks, 3);
    for (list, of_list) in all.iter().enumerate() {
        let mut one = vec![Vec::new(); 3];
        set.find_lists_into(&toks, &mut one, 1 << list);
        for (other, hits) in one.iter().enumerate() {
            let expected = if other == list { of_list.clone() } else { Vec::new() };
            assert_eq!(*hits, expected, "list {list}, hits of {other}");
        }
    }
    assert_eq!(all.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 2]);
}

/// A walk from the first tokens only finds the hits of the whole walk that start there,
/// however far past them they run.
#[test]
fn a_walk_from_the_opening_finds_the_hits_that_start_there() {
    let mut set = PhraseSet::default();
    set.add("critics say/said", 0, 0);
    set.add("the", 1, 0);
    set.add("said * that", 1, 1);
    let text = "Critics said the plan that the city said so that the best.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let all = set.find(&toks, 2);
    for starts in 0..=toks.len() + 1 {
        let mut opening = vec![Vec::new(); 2];
        set.find_lists_starting_into(&toks, &mut opening, u8::MAX, starts);
        for (list, hits) in opening.iter().enumerate() {
            let expected: Vec<Hit> = all[list].iter().filter(|h| h.first < starts).cloned().collect();
            assert_eq!(*hits, expected, "list {list}, first {starts} tokens");
        }
    }
    // "Critics said" runs past the first token; "said so that" starts late.
    assert_eq!(all[0], [Hit { entry: 0, first: 0, end: 2 }]);
    assert!(all[1].contains(&Hit { entry: 1, first: 7, end: 10 }));
}

/// A capitalized word leads to a marked capitalized root only where a marked phrase starts from
/// it ("Some" marked, "Many" and "Smith" not): the screen of first bytes turns the others away
/// without a look-up, and never one that is marked ("Sources", "\u{c9}lan" outside ASCII).
#[test]
fn a_marked_capitalized_root_is_found_past_the_first_byte_screen() {
    let mut set = PhraseSet::default();
    set.add_marked("Some", 0, 0, Mark::Always);
    set.add_marked("Many say", 0, 1, Mark::No);
    set.add_marked("Smith", 1, 0, Mark::No);
    set.add_marked("Sources/\u{c9}lan warn", 0, 2, Mark::Always);
    set.add_marked("critics", 0, 3, Mark::AtClauseStart);
    let found = |w: &str| set.cased_root_on_marked(w.as_bytes()).is_some();
    assert!(found("Some") && found("Sources") && found("\u{c9}lan"));
    assert!(!found("Many") && !found("Smith") && !found("Something") && !found("Critics") && !found(""));
}

/// A lower-case root is on a marked path exactly where a marked phrase starts from it ("many"
/// and "critics", not "it", whose only phrase is unmarked); the marks, kept apart from the
/// nodes, cover every node the trie grew, and a root past them (the markers) is not marked.
#[test]
fn marked_roots_are_told_from_the_marks() {
    let mut set = PhraseSet::default();
    set.add_marked("many say/believe", 0, 0, Mark::AtClauseStart);
    set.add_marked("it is raining", 0, 1, Mark::No);
    set.add_marked("critics", 0, 2, Mark::Always);
    assert_eq!(set.marks.len(), set.nodes.len());
    let marked = set.marked_nodes();
    let on = |word: &str| set.lower_roots().find(|&(w, _)| w == word).is_some_and(|(_, n)| marked.on(n as u32));
    assert!(on("many") && on("critics"));
    assert!(!on("it") && !on("is") && !on("say"));
    assert!(!marked.on(ROOT_NONE) && !marked.on(ROOT_UNKNOWN));
    // The screen passes over a token's root exactly where it is known and not marked.
    // (A node this small is kept as itself.)
    for (word, node) in set.lower_roots() {
        let root = node as u32;
        assert_eq!(marked.passes_over(root), root != ROOT_UNKNOWN && !marked.on(root), "{word}");
    }
    assert!(marked.passes_over(ROOT_NONE) && !marked.passes_over(ROOT_UNKNOWN));
}

/// A marked node steps on to each of its marked children, whatever their first bytes, and
/// to no unmarked one; a node whose children are all unmarked wants no next word.
#[test]
fn marked_steps_pass_the_first_byte_filter() {
    let mut set = PhraseSet::default();
    set.add_marked("it is believed/\u{e9}voqu\u{e9}/'tis", 0, 0, Mark::Always);
    set.add_marked("it is raining", 0, 1, Mark::No);
    set.add_marked("it was raining", 0, 2, Mark::No);
    set.add_marked("some * say", 0, 3, Mark::AtClauseStart);
    let root = |word: &str| set.lower_roots().find(|&(w, _)| w == word).map(|(_, n)| n);
    let it = root("it").expect("a root");
    let is = set.marked_step(it, b"is").expect("a marked child");
    for word in ["believed", "\u{e9}voqu\u{e9}", "'tis"] {
        let child = set.marked_step(is, word.as_bytes());
        assert!(child.is_some_and(|c| set.marked_ends(c)), "{word}");
    }
    assert_eq!(set.marked_step(is, b"raining"), None);
    assert_eq!(set.marked_step(is, b"believes"), None);
    assert_eq!(set.marked_step(is, b""), None);
    assert!(set.marked_wants_next(is));
    // "was" leads only to an unmarked phrase: not on a marked path, and so no step.
    assert_eq!(set.marked_step(it, b"was"), None);
    let some = root("some").expect("a root");
    assert!(set.marked_ends(some), "a wildcard on a marked path ends it");
}

/// A node stops before a word only where no marked phrase ends at it and no marked child's
/// word starts with the word's first byte: exactly where the walk's own tests (an end, a
/// clause-start end, a step) would all fail for every word so starting.
#[test]
fn marked_stops_before_only_where_the_walk_finds_nothing() {
    let mut set = PhraseSet::default();
    set.add_marked("it is believed/'tis", 0, 0, Mark::Always);
    set.add_marked("it is raining", 0, 1, Mark::No);
    set.add_marked("some * say", 0, 2, Mark::AtClauseStart);
    set.add_marked("many", 0, 3, Mark::AtClauseStart);
    set.add_marked("most people", 0, 4, Mark::Always);
    let words = ["is", "it", "believed", "believes", "'tis", "raining", "people", "say", ""];
    for (id, _) in set.nodes.iter().enumerate() {
        for word in words {
            let Some(&first) = word.as_bytes().first() else { continue };
            let walk_finds = set.marked_ends(id)
                || set.marked_ends_at_clause(id)
                || words
                    .iter()
                    .any(|w| w.as_bytes().first() == Some(&first) && set.marked_step(id, w.as_bytes()).is_some());
            assert_eq!(set.marked_stops_before(id, first), !walk_finds, "node {id}, {word:?}");
        }
    }
    let root = |word: &str| set.lower_roots().find(|&(w, _)| w == word).map(|(_, n)| n);
    let most = root("most").expect("a root");
    assert!(set.marked_stops_before(most, b'a') && !set.marked_stops_before(most, b'p'));
    assert!(!set.marked_stops_before(root("many").expect("a root"), b'a'), "a clause-start end");
    assert!(!set.marked_stops_before(root("some").expect("a root"), b'a'), "a marked wildcard");
    assert!(!set.marked_stops_before(usize::MAX, b'a'), "no such node");
}

/// The first-byte filter of `next_child` turns away only words that no child of the node is:
/// each node's step equals the plain look-up of the word among its children (the two roots
/// aside: the walk finds a root's word by the token's root or by the roots' own shapes, never
/// by `next_child`).
#[test]
fn next_child_filters_by_first_byte_as_the_look_up_would() {
    let mut set = PhraseSet::default();
    set.add("the * case for/against", 0, 0);
    set.add("the * * case for", 0, 1);
    set.add("in * poll/survey/\u{e9}tude", 1, 0);
    set.add("said", 1, 1);
    let text = "The critics made the strong case for it in a poll, in an \u{e9}tude, said the case to 'tis US.";
    let tokenized = Tokenized::new(text);
    let toks = tokenized.tokens();
    let mut stepped = 0;
    for (id, n) in set.nodes.iter().enumerate().skip(CASED_ROOT + 1) {
        for (i, tok) in toks.iter().enumerate() {
            let lower = tok.lower.as_bytes();
            let plain = (!tok.is_acronym() && (i == 0 || !tok.is_capitalized()))
                .then(|| n.children.get_bytes(lower).copied())
                .flatten();
            let step = set.next_child(n, tok, i, u8::MAX);
            assert_eq!(step, plain, "node {id}, {:?}", tok.text);
            stepped += usize::from(step.is_some());
        }
    }
    assert!(stepped >= 6, "{stepped}");
}
