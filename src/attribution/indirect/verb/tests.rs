//! Tests of reading one verb cue's reported clause.

use super::*;
use crate::attribution::{marks, tokens};
use crate::document::Document;
use crate::text::Text;

/// What a reading found, comparable.
type Reading = Option<((usize, usize), Option<(usize, usize)>, Option<(usize, usize)>, Option<String>)>;

/// Every verb-cue reading (`used_before` false) of a one-paragraph text, with no cue used
/// and with every cue token used: (cue token, whether the reading asks the used cues, the two
/// readings).
fn readings(s: &str) -> Vec<(usize, bool, Reading, Reading)> {
    let text = Text::new(&Document::from_plain_text(s));
    let mut toks = Vec::new();
    tokens::tokenize(&text.joined, 0..text.joined.len(), &mut toks);
    let tk = Toks::new(&text.joined, &toks, &text.sentences);
    let pairs = marks::pair(&text.joined, &toks);
    let n_sent = tk.sent.last().map_or(0, |&s| s as usize + 1);
    let sent_start: Vec<usize> = (0..n_sent).map(|s| tk.sent.iter().position(|&x| x as usize == s).unwrap()).collect();
    let sent_end: Vec<usize> =
        (0..n_sent).map(|s| tk.sent.iter().rposition(|&x| x as usize == s).unwrap() + 1).collect();
    let cues: Vec<usize> = tk.cue_tokens().to_vec();
    let n = tk.len();
    let mut block = Block {
        taken: vec![false; pairs.len()],
        pairs,
        tk,
        used_cue: vec![false; n],
        sent_start,
        sent_end,
        list_item: false,
    };
    let read = |block: &Block, cue: &Cue, a: usize, b: usize| -> Reading {
        verb(block, cue, a, b, false).map(|f| (f.content, f.second, f.np.map(|np| (np.start, np.end)), f.via))
    };
    let mut out = Vec::new();
    for &t in &cues {
        let Some(cue) = block.tk.cue_at(t) else { continue };
        if !matches!(cue.kind, CueKind::Say | CueKind::Tell | CueKind::That | CueKind::Object) {
            continue;
        }
        let (a, b) = (block.sentence_start(t), block.sentence_end(t));
        block.used_cue.fill(false);
        let free = read(&block, &cue, a, b);
        for &c in &cues {
            block.used_cue[c] = true;
        }
        let used = read(&block, &cue, a, b);
        out.push((t, asks_used_cues(&block.tk, &cue, a), free, used));
    }
    out
}

/// `indirect::find` keeps a closing cue's reading across the frames emitted before the
/// walk reaches it unless `asks_used_cues`: any other reading is the same whatever cues
/// are used.
#[test]
fn only_a_reading_that_asks_the_used_cues_changes_with_them() {
    let mut asked_and_changed = 0;
    for s in [
        "Ana Ruiz said the port would close, and the plan failed, officials told reporters.",
        "The mayor criticized the plan and said it was “a mistake,” a spokesman told Reuters.",
        "“We will win,” Ruiz said, adding that the port would reopen next year.",
        "Ruiz said the port would close, adding that the plan had failed.",
        "But the weapons, he added, are like toys, the minister said on Monday.",
        "The ministry surprised everyone by announcing that it would resign, a source said.",
        "Ben Smith, who has endorsed Ruiz, said Sanders has pushed her to act, the report found.",
        "Mr. Barrett said the case was closed, said Ana Ruiz, the lawyer for the agency.",
        "Ana Ruiz praised the plan, and the mayor said it was fine, adding that the port would close.",
    ] {
        for (t, asks, free, used) in readings(s) {
            if !asks {
                assert_eq!(free, used, "{s}: cue at {t}");
            } else if free != used {
                asked_and_changed += 1;
            }
        }
    }
    // The participle after a comma does read the used cue before it.
    assert!(asked_and_changed > 0);
}
