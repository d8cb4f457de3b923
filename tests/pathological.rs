//! Pathological text: each case is analysed at two sizes, n and 4n, and the larger must not
//! take more than 12 times as long as the smaller (linear growth gives about 4, quadratic
//! about 16). Times are the thread's CPU time where the system gives it (Linux), the minimum of
//! several runs, after a warm-up; a failing ratio is measured again (up to five rounds, keeping
//! the minima) before the test fails, so that a busy machine does not fail it. The ratio does
//! not depend on the build's speed, so the same bound holds in debug and release.
//!
//! Sizes are smaller in a debug build (`cargo test`, which CI runs) than in release
//! (`cargo test --release --test pathological`), where the 5 MB paragraph is analysed in full.
//! In release the small size of each case is large enough that its working set does not fit
//! the caches: a small size that does runs several times faster per byte, and on a busy machine
//! (other processes evicting the caches) that alone gave linear cases ratios of 12 to 24. Larger
//! sizes also make a partly quadratic step show (a quadratic share of the time grows with n).
//! Every case also passes the invariants of `fuzz/invariants.rs`: no finding crosses a block,
//! every offset lies on a character boundary. Those checks must stay linear too: they run
//! untimed, and a check quadratic in the findings (the offset views' once was) made the suite
//! minutes long while every timed analysis took under a second.

#[path = "../fuzz/invariants.rs"]
mod invariants;

use std::sync::Mutex;
use std::time::Duration;

use sourcelight::{analyze, Block, BlockKind, Document};

/// Scale of the sizes: release builds run the full sizes the issue names.
const FULL: bool = !cfg!(debug_assertions);

/// The largest allowed time ratio between size 4n and size n.
const MAX_RATIO: f64 = 12.0;

/// Text that is cheap to analyse per byte is measured at four times its case's size: 4 MB and
/// 16 MB in release, where at 1 MB a run takes ~3 ms and its buffers come back from the
/// allocator's heap warm, while at 4 MB they are fresh pages, a one-off step (1 MB -> 4 MB took
/// 8.7 times as long, 4 MB -> 16 MB 4.2) that a busy machine stretched past the limit; 64 KB
/// and 256 KB in debug, where a run of 16 KB took ~2 ms.
fn cheap(n: usize) -> usize {
    4 * n
}

/// Timings run one at a time: the test harness runs tests on parallel threads, which would
/// otherwise disturb each other's measurements.
static TIMING: Mutex<()> = Mutex::new(());

/// The time the calling thread has run: its CPU time on Linux, where the time other processes
/// run meanwhile is not counted. By the wall clock, a busy machine (a load of 10 on 2 cores)
/// failed linear cases with ratios of 13 to 20: a run of 30 ms is nearly always interrupted,
/// one of 2 ms often not, so even the minimum of several runs grew faster at 4n.
#[cfg(target_os = "linux")]
fn thread_time() -> Duration {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::try_from(now).unwrap_or_default()
}

/// The time since the first call: the wall clock, where no thread's CPU time is read.
#[cfg(not(target_os = "linux"))]
fn thread_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

fn min_time(doc: &Document, reps: usize) -> Duration {
    (0..reps)
        .map(|_| {
            let start = thread_time();
            let report = analyze(doc);
            let elapsed = thread_time().saturating_sub(start);
            std::hint::black_box(report);
            elapsed
        })
        .min()
        .unwrap_or_default()
}

/// Builds the case at `n` and `4n` units, checks the invariants on both, and asserts that the
/// time grows linearly.
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> Document) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let small = make(n);
    let large = make(4 * n);
    // Invariants: the full check (twice the analysis, views) on the small one; offsets on the
    // large one.
    invariants::check(&small, None);
    let report = analyze(&large);
    invariants::check_report(&large, &report);
    // Noise (other processes) only ever adds time, so the minimum over all runs so far is the
    // best estimate; measure in rounds until the ratio of the minima passes or rounds run out.
    min_time(&small, 1); // warm-up: lazily compiled regexes, caches
    let (mut t_small, mut t_large) = (Duration::MAX, Duration::MAX);
    let mut ratios = Vec::new();
    for _round in 0..5 {
        t_small = t_small.min(min_time(&small, 3)).max(Duration::from_micros(50));
        t_large = t_large.min(min_time(&large, 2));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
        eprintln!(
            "{name}: n = {} bytes in {t_small:?}, 4n = {} bytes in {t_large:?}, ratio {ratio:.2}",
            small.len(),
            large.len()
        );
        if ratio < MAX_RATIO {
            return;
        }
        ratios.push(ratio);
    }
    panic!("{name}: analysis time grows faster than linearly: 4n/n time ratios {ratios:?}");
}

/// One paragraph holding `text` repeated to at least `bytes` bytes.
fn paragraph(text: &str, bytes: usize) -> Document {
    let count = bytes.div_ceil(text.len().max(1));
    Document::new(vec![Block::new(BlockKind::Paragraph, text.repeat(count))])
}

/// Plain text of `unit` repeated `count` times, cut into blocks as a page would be.
fn plain(unit: &str, count: usize) -> Document {
    Document::from_plain_text(&unit.repeat(count))
}

const NEWS: &str = "\u{201c}We will not sign this deal,\u{201d} Foreign Minister Ana Ruiz said on Monday, \
adding that the regime had killed more than 1,000 people. Critics say the talks are clearly dead, \
according to officials. ";

#[test]
fn five_megabyte_paragraph() {
    // Release: 1.25 MB and 5 MB. Not 64 KB against 256 KB: that step crosses a cache cliff
    // (the small size runs four times faster per byte), which says nothing about growth.
    let n = if FULL { 5 << 20 } else { 64 << 10 };
    assert_linear("5 MB paragraph", n / 4, |bytes| paragraph(NEWS, bytes));
}

#[test]
fn five_megabyte_paragraph_without_sentence_ends() {
    // Release: 5 MB and 20 MB. A paragraph with no sentence end is cheap to read, and at 1.25 MB
    // its buffers are reused from the heap between runs where 5 MB ones are fresh pages. Debug:
    // 64 KB and 256 KB (16 KB took ~2 ms).
    let n = if FULL { 5 << 20 } else { 64 << 10 };
    assert_linear("5 MB run-on paragraph", n, |bytes| paragraph("officials said that Ana Ruiz ", bytes));
}

/// The sample article with every sentence end taken out, as one paragraph: real quotes, cues and
/// speakers in a "sentence" as long as the block (a page's text with no punctuation). Each
/// frame's clause ran to its sentence's end and its speaker was looked for from its start, so
/// before sentences were capped, analysis time and report size grew with the square of the
/// paragraph (4.2 MB of news text so: 2.7 s, 1.7 GB).
#[test]
fn paragraph_of_news_without_sentence_ends() {
    let sample = include_str!("../samples/port-strike.txt");
    let run_on: String = sample.replace(['.', '!', '?'], " ").split_whitespace().flat_map(|w| [w, " "]).collect();
    let n = if FULL { 2 << 20 } else { 256 << 10 };
    assert_linear("news paragraph without sentence ends", n / 4, |bytes| paragraph(&run_on, bytes));
    // The report's own size: each finding carries its text, so findings as long as the block
    // made it quadratic even where copying them was fast.
    let report_text = |bytes| analyze(&paragraph(&run_on, bytes)).findings.iter().map(|f| f.text.len()).sum::<usize>();
    let (small, large) = (report_text(n / 4), report_text(n));
    assert!(large <= 6 * small.max(1), "finding text grows faster than linearly: {small} bytes at n, {large} at 4n");
}

/// A capitalised surname made of the letters of `i`, distinct for every `i`.
fn surname(mut i: usize) -> String {
    let mut name = String::from("Q");
    loop {
        name.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return name;
        }
    }
}

/// Thousands of distinct speakers: each frame looked its source up by scanning the list of
/// sources so far (50,000 speakers, 3 MB: 8.6 s; twice that: 74 s).
#[test]
fn many_distinct_speakers() {
    // A paragraph per speaker, as a page would quote them.
    let n = if FULL { 25_000 } else { 4_000 };
    assert_linear("distinct speakers", n, |k| {
        let text: String = (0..k).map(|i| format!("Ana {} said it was fine.\n\n", surname(i))).collect();
        Document::from_plain_text(&text)
    });
    let text: String = (0..50).map(|i| format!("Ana {} said it was fine. ", surname(i))).collect();
    let report = analyze(&Document::new(vec![Block::new(BlockKind::Paragraph, text)]));
    assert_eq!(report.sources.len(), 50, "{:?}", report.sources);
}

/// Thousands of speakers sharing a first name, for the reader view (the extension's): where
/// each is named is found in one pass over the words, each word compared with a few names at
/// most, not with every "Ana …" at every "Ana".
#[test]
fn reader_view_of_names_sharing_a_first_name() {
    use sourcelight::{OffsetUnit, Positions, ReportView};
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let n = if FULL { 25_000 } else { 2_000 };
    let page = |k: usize| {
        let text: String = (0..k).map(|i| format!("Ana {} said it was fine.\n\n", surname(i))).collect();
        let document = Document::from_plain_text(&text);
        let report = analyze(&document);
        (document, report)
    };
    let view_time = |(document, report): &(Document, sourcelight::Report)| {
        (0..3)
            .map(|_| {
                let start = thread_time();
                let view = ReportView::for_readers(report, document, OffsetUnit::Utf16, Positions::InBlocks);
                let elapsed = thread_time().saturating_sub(start);
                std::hint::black_box(view);
                elapsed
            })
            .min()
            .unwrap_or_default()
            .max(Duration::from_micros(50))
    };
    let (small, large) = (page(n), page(4 * n));
    view_time(&small); // warm-up
    let mut ratios = Vec::new();
    for _round in 0..5 {
        let ratio = view_time(&large).as_secs_f64() / view_time(&small).as_secs_f64();
        eprintln!("reader view of names sharing a first name: ratio {ratio:.2}");
        if ratio < MAX_RATIO {
            return;
        }
        ratios.push(ratio);
    }
    panic!("the reader view's time grows faster than linearly: 4n/n time ratios {ratios:?}");
}

/// Thousands of people each quoted by a first name alone after their full name: each lone
/// first name looked its full name up by scanning every speaker of the document.
#[test]
fn many_first_names_alone() {
    let n = if FULL { 25_000 } else { 4_000 };
    let page = |k: usize| {
        let text: String = (0..k)
            .map(|i| {
                let (first, last) = (surname(i), surname(i + 1_000_000));
                format!("\u{201c}We win,\u{201d} {first} {last} said. \u{201c}We lose,\u{201d} {first} said.\n\n")
            })
            .collect();
        Document::from_plain_text(&text)
    };
    assert_linear("first names alone", n, page);
    // Past the frames a scan serves, the map of first names links each one the same way (the
    // first names and surnames are of different lengths: no first name is a surname).
    let report = analyze(&page(400));
    assert_eq!(report.sources.len(), 400, "{:?}", &report.sources[..3]);
}

#[test]
fn hundred_thousand_quote_marks() {
    // 1,600,000 marks at 4n in release, 100,000 straight marks and 20,000 of the other mixes in
    // debug. Marks leave little to do per byte, so small sizes fit the caches: at 100,000 the
    // 12,500 curly pairs of n took 2.5 ms, the 50,000 of 4n 22 ms; from 50,000 on they grow by
    // 4.6 to 4.8.
    let straight = if FULL { 400_000 } else { 25_000 };
    assert_linear(&format!("{} quote marks: straight", 4 * straight), straight, |k| paragraph("\"", k));
    let marks = if FULL { 1_600_000 } else { 20_000 };
    for (name, unit, per_unit) in [
        ("curly pairs", "\u{201c}\u{201d}", 2),
        ("curly opening only", "\u{201c}", 1),
        ("single", "'", 1),
        ("guillemets", "\u{ab}\u{bb}", 2),
        ("mixed", "\"\u{201d}\u{2018}''\u{bb}", 6),
        ("marks between words", "a \" b ", 1),
        ("quoted word said", "\u{201c}x\u{201d} said ", 2),
        // Each mark opens inside the open quote and none closes: every one looks ahead for a
        // nested quote's two closing marks, a scan that must stop at the next mark.
        ("opening marks only, between words", " \"a", 1),
        ("opening marks and guillemets", " \"a \u{ab}b", 2),
        // A quote nested in the same marks each time: the scan's hit is read on from.
        ("nested in the same marks", " \"a \"b\" c\"", 4),
    ] {
        assert_linear(&format!("{marks} quote marks: {name}"), marks / 4 / per_unit, |k| {
            paragraph(unit, k * unit.len())
        });
    }
    // Each quote runs on past the sentence of its cue (fragments.rs's run-on look-up). 200,000
    // marks at 4n in release: each unit is a finding (the invariant check's views of one block
    // once grew with the square of its findings: at 1,600,000 marks it ran for minutes).
    let run_on = if FULL { 200_000 } else { 20_000 };
    let unit = "Ruiz said that \u{201c}a. b.\u{201d} ";
    assert_linear(&format!("{run_on} quote marks: quotes running over sentences"), run_on / 8, |k| {
        paragraph(unit, k * unit.len())
    });
}

#[test]
fn unbalanced_and_nested_marks() {
    let n = if FULL { 20_000 } else { 2_000 };
    assert_linear("nested marks", n, |k| {
        let text = format!("{}said{}", "\u{201c}\u{2018}\u{ab}".repeat(k), "\u{bb}\u{2019}\u{201d}".repeat(k));
        Document::new(vec![Block::new(BlockKind::Paragraph, text)])
    });
    let paragraphs = if FULL { 20_000 } else { n / 4 };
    assert_linear("unbalanced across paragraphs", paragraphs, |k| plain("\u{201c}Opening, said Ruiz.\n\n", k));
}

/// One long sentence (a lower-case word after each period) full of closing marks and cues.
#[test]
fn closing_marks_then_said() {
    let n = if FULL { 20_000 } else { 2_000 };
    assert_linear("closing marks only", n, |k| paragraph("word\u{201d} he said. ", k * 16));
}

#[test]
fn quote_that_never_closes() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    // 4 MB at n in release, 64 KB in debug: cheap per byte, so see `cheap`.
    assert_linear("never-closing quote", cheap(n), |bytes| {
        let body = "and the minister said that the war would go on, ".repeat(bytes / 48 + 1);
        Document::new(vec![Block::new(BlockKind::Paragraph, format!("\u{201c}{body}"))])
    });
    assert_linear("never-closing quote over paragraphs", n / 64, |k| {
        plain("\u{201c}The talks, Ruiz said, will go on and on.\n\n", k)
    });
}

#[test]
fn ten_thousand_consecutive_said() {
    let n = 2_500; // 10,000 at 4n
    assert_linear("said said said", n, |k| paragraph("said ", k * 5));
}

#[test]
fn ten_thousand_said_with_names_and_quotes() {
    let n = if FULL { 25_000 } else { 2_500 }; // 100,000 or 10,000 at 4n
    assert_linear("Ruiz said said", n, |k| paragraph("Ruiz said ", k * 10));
    assert_linear("said, \"x\"", n, |k| paragraph("said, \"x\" ", k * 10));
    assert_linear("according to", n, |k| paragraph("according to ", k * 13));
}

/// Thousands of title-case lines, each naming a new person with a verb glued before the name,
/// then the body's shorter form: each shorter form asks whether a held name was read in a
/// title-case line (a few are kept, not one per line).
#[test]
fn title_case_lines_with_glued_names() {
    let n = if FULL { 16_000 } else { 2_000 };
    assert_linear("title-case glued names", n, |k| {
        let text: String = (0..k)
            .map(|i| {
                let name = surname(i);
                format!(
                    "Local Lawmakers Slam Ana {name} As A \u{2018}Disgrace.\u{2019}\n\n\
                     EASTVALE \u{2015} Ana {name}\u{2019}s plan, Montana Sen. Ana {name}, a Teachers\u{2019} \
                     Association ally, said, is an insult, dos {name} says.\n\n"
                )
            })
            .collect();
        Document::from_plain_text(&text)
    });
}

#[test]
fn possessors_before_one_word_names() {
    // Each "Port Center's Ruiz" asks whether the document writes "Ruiz" after a first name: a
    // look around the mention, not a scan of the whole text for each one.
    let n = if FULL { 256 << 10 } else { 32 << 10 };
    assert_linear("possessor names", n, |b| paragraph("\u{201c}We will win,\u{201d} Port Center's Ruiz said. ", b));
}

#[test]
fn surnames_named_in_full_by_the_text() {
    // Each speaker's surname is looked for in the text around its first mention, once: a page
    // of distinct people each named in full where no one is quoted, then quoted by the
    // surname, reads a bounded window for each, not the whole text.
    let n = 2_000;
    let page = |k: usize| {
        let text: String = (0..k)
            .map(|i| {
                let last = surname(i);
                format!("It is how Ana {last}, who ran, won.\n\n\u{201c}We win,\u{201d} {last} said.\n\n")
            })
            .collect();
        Document::from_plain_text(&format!("Head.\n\n{text}"))
    };
    assert_linear("surnames named in full", n, page);
    let report = analyze(&page(3));
    assert!(report.sources.iter().all(|s| s.name.starts_with("Ana ")), "{:?}", report.sources);
}

#[test]
fn surnames_another_person_held_first() {
    // Each surname is written first with a person never quoted and then alone, and quoted later
    // by the surname and by another person's full name: both the block that meets the new full
    // name and the link of the bare surname search the text up to the first full name, a
    // bounded number of times a document, not once for each of thousands of people.
    let n = 2_000;
    let page = |k: usize| {
        let named: String =
            (0..k).map(|i| format!("It is how Ana {0}, who ran, won. {0} won.\n\n", surname(i))).collect();
        let bare: String = (0..k).map(|i| format!("\u{201c}We win,\u{201d} {} said.\n\n", surname(i))).collect();
        let other: String = (0..k).map(|i| format!("\u{201c}We stay,\u{201d} Tom {} said.\n\n", surname(i))).collect();
        // A headline that writes every surname lets each through the headline's screen.
        let head: String = (0..k).map(|i| format!("{} ", surname(i))).collect();
        Document::from_plain_text(&format!("{head}feud.\n\n{named}{bare}{other}"))
    };
    assert_linear("surnames another person held first", n, page);
    let report = analyze(&page(3));
    assert!(report.sources.iter().any(|s| s.name.starts_with("Ana ")), "{:?}", report.sources);
}

#[test]
fn thousands_of_distinct_surname_speakers() {
    // Each surname speaker no full name holds is looked for in the text around its first
    // mention: on a page of thousands, each named alone (a first mention that settles it) or
    // by a possessor, then once in full far from its quotes, each look-up reads a bounded
    // window, not the page.
    let n = 2_000;
    let page = |k: usize| {
        let quotes: String = (0..k)
            .map(|i| {
                let last = surname(i);
                format!("\u{201c}We win,\u{201d} said {last}. \u{201c}We stay,\u{201d} Port Center's {last} said.\n\n")
            })
            .collect();
        let named: String = (0..k).map(|i| format!("Ana {} ran.\n\n", surname(i))).collect();
        Document::from_plain_text(&format!("Head.\n\n{quotes}{named}"))
    };
    assert_linear("distinct surname speakers", n, page);
}

#[test]
fn nicknames_inside_names() {
    // Each nickname's marks are tested where a walk meets them, a few tokens either side: a
    // paragraph of nicknamed speakers (and of quoted words that only look like nicknames).
    let n = if FULL { 256 << 10 } else { 32 << 10 };
    assert_linear("nicknames", n, |b| {
        paragraph("\u{201c}We won,\u{201d} said Marcia \"Cia\" Price, and Ana \"Lu\" Ruiz \"Agreed\" Loudly ", b)
    });
}

#[test]
fn zero_width_and_bidi_controls() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let interleaved: String = NEWS.chars().flat_map(|c| [c, '\u{200b}']).collect();
    assert_linear("zero-width between every character", n, |b| paragraph(&interleaved, b));
    let bidi = "\u{202e}\u{201c}Nous\u{202c} restons,\u{201d} \u{2067}Ruiz\u{2069} said.\u{200f} \u{feff}";
    assert_linear("bidi controls", n, |b| paragraph(bidi, b));
}

/// Escape sequences, read as spaces before the analysis (`text/controls.rs`): many short
/// ones, one sequence with a long run of parameters, control strings that never end, and
/// escape characters alone.
#[test]
fn escape_sequences() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let coloured = "\u{1b}[1;31m\u{201c}We will not sign,\u{201d}\u{1b}[0m Ruiz said. \u{1b}[2JIt fell 4%.";
    assert_linear("escape sequences", n, |b| paragraph(coloured, b));
    assert_linear("one long control sequence", n, |b| {
        let text = format!("\u{1b}[{}m Ruiz said.", "1;".repeat(b / 2));
        Document::new(vec![Block::new(BlockKind::Paragraph, text)])
    });
    assert_linear("unended control strings", n, |b| paragraph("\u{1b}]0;title 40 ", b));
    assert_linear("escape characters alone", n, |b| paragraph("\u{1b}", b));
}

#[test]
fn combining_marks() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let marked: String = NEWS.chars().flat_map(|c| [c, '\u{301}']).collect();
    assert_linear("combining mark on every character", n, |b| paragraph(&marked, b));
    assert_linear("a long run of combining marks", n, |b| {
        let text = format!("\u{201c}e{}\u{201d} said Ruiz.", "\u{301}".repeat(b / 2));
        Document::new(vec![Block::new(BlockKind::Paragraph, text)])
    });
}

#[test]
fn emoji() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let text = "\u{201c}\u{1f600} \u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{1f1fa}\u{1f1f8}\u{201d} Ruiz said \u{1f44d}\u{1f3fd}. ";
    assert_linear("emoji", n, |b| paragraph(text, b));
}

#[test]
fn right_to_left_scripts() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let hebrew = "\u{201c}\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd},\u{201d} \u{5d0}\u{5de}\u{5e8} \u{5e8}\u{5d5}\u{5d0}\u{5d9}\u{5d6}. ";
    let arabic = "\u{ab}\u{645}\u{631}\u{62d}\u{628}\u{627} \u{628}\u{643}\u{645}\u{bb} \u{642}\u{627}\u{644} \u{627}\u{644}\u{648}\u{632}\u{64a}\u{631}. ";
    assert_linear("Hebrew", n, |b| paragraph(hebrew, b));
    assert_linear("Arabic", n, |b| paragraph(arabic, b));
}

#[test]
fn crlf_and_lone_cr() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let line = "\u{201c}We will not sign,\u{201d} Ruiz said.";
    assert_linear("CRLF lines", n, |b| Document::from_plain_text(&format!("{line}\r\n").repeat(b / 40 + 1)));
    assert_linear("CRLF paragraphs", n, |b| Document::from_plain_text(&format!("{line}\r\n\r\n").repeat(b / 42 + 1)));
    assert_linear("lone CR", n, |b| Document::from_plain_text(&format!("{line}\r").repeat(b / 39 + 1)));
    assert_linear("only CRs", n, |b| paragraph("\r", b));
}

/// A hard-wrapped paragraph whose every line break reads as a space: one sentence, cut at the
/// splitter's longest, however long the paragraph; and lines of white space and marks only.
#[test]
fn hard_wrapped_lines() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    let line = "and the minister said that the war would go on,\n";
    assert_linear("wrapped lines", n, |b| paragraph(line, b));
    assert_linear("wrapped CRLF lines", n, |b| paragraph(&line.replace('\n', "\r\n"), b));
    assert_linear("marks between wrapped lines", n, |b| {
        paragraph("and the minister said that the war went\n  \u{201d}\u{a0}\n", b)
    });
}

#[test]
fn many_blocks() {
    let n = if FULL { 20_000 } else { 1_000 };
    assert_linear("20,000 paragraphs", n / 4, |k| plain(&format!("{NEWS}\n\n"), k));
    // Blocks by the ten thousand: below that, per-block allocations fit the caches and the
    // small size runs unusually fast.
    assert_linear("empty blocks", if FULL { 64_000 } else { 16_000 }, |k| {
        Document::new(
            (0..k).map(|i| Block::new(BlockKind::Paragraph, if i % 2 == 0 { "" } else { "\u{201c}" })).collect(),
        )
    });
}

#[test]
fn names_titles_and_abbreviations() {
    let n = if FULL { 1 << 20 } else { 16 << 10 };
    assert_linear("capitalised words", cheap(n), |b| paragraph("Ana Ruiz Haider Al Abadi Prime Minister ", b));
    assert_linear("abbreviations", n, |b| paragraph("Mr. Gen. Lt. U.S. J. ", b));
    assert_linear("periods", n, |b| paragraph(". ", b));
    // One 256 KB word at n in debug: below 64 KB, cache effects make the small size unusually
    // fast and the ratio says nothing about growth, and at 64 KB a run took ~2 ms.
    assert_linear("no spaces", cheap(n).max(256 << 10), |b| paragraph("x", b));
}

#[test]
fn pronouns_landing_on_words_that_open_sentences() {
    // A pronoun landing on a capitalised sentence opener searches the document for the word in
    // lower case: a page of such openers, each with a "he" after it, searches a bounded number
    // of times, and each speaker once.
    let n = if FULL { 256 << 10 } else { 32 << 10 };
    assert_linear("pronouns on sentence openers", n, |b| {
        let count = b.div_ceil(120);
        let text: String = (0..count)
            .map(|i| {
                let word = surname(i);
                format!(
                    "The {} fell.\n\n{word} said the port would close. \u{201c}We stay,\u{201d} he said.\n\n",
                    word.to_lowercase()
                )
            })
            .collect();
        Document::from_plain_text(&text)
    });
}

#[test]
fn pronouns_passing_over_people_of_the_other_gender() {
    // Every "she" lands on a man the text calls "Mr.", and every other surname is written after
    // two first names: the courtesy titles are read once, each surname's first names once, and
    // a bounded number of them.
    let n = if FULL { 256 << 10 } else { 32 << 10 };
    assert_linear("pronouns passing over the other gender", n, |b| {
        let count = b.div_ceil(150);
        let text: String = (0..count)
            .map(|i| {
                let word = surname(i);
                let other = if i % 2 == 0 { "Ana" } else { "Tom" };
                format!(
                    "{other} {word} and Tom {word} came. Mr. {word} said the port would close. \u{201c}We stay,\u{201d} she said.\n\n"
                )
            })
            .collect();
        Document::from_plain_text(&text)
    });
}

/// Every paragraph names a second person of a surname in full and then the first one, whose
/// full name the text writes nowhere as such (a double space): each paragraph's end would
/// search the text for both names; a bounded number of them are searched. And every "he"
/// reads back to its sentence's start for a possessor, a bounded number of tokens.
#[test]
fn surnames_two_people_share_and_possessors() {
    let n = if FULL { 256 << 10 } else { 32 << 10 };
    assert_linear("surnames two people share", n, |b| {
        let count = b.div_ceil(120);
        let text: String = (0..count)
            .map(|i| {
                let word = surname(i % 64);
                format!("Ana  {word} said it. Tom {word} said no. {word}'s plan came late, as he said the port would close.\n\n")
            })
            .collect();
        Document::from_plain_text(&format!("Head.\n\n{text}"))
    });
}
