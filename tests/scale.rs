//! Scale, in small: a generated repository is linted with memory that does
//! not grow with the number of files (the CLI writes each file's output as
//! soon as it and those before it are done, never more than a window of
//! 256 files ahead, and never holds every file's diagnostics). The full-size run
//! (10,000 drafts, ≈ 50 MB, release build) is `scripts/scale-bench.sh`.

mod common;

use std::fs;
use std::path::Path;

/// Writes `n` drafts of about 2 KB, each with 40 doubled words, so that
/// holding every file's findings would cost ≈ 25 KB of JSON per file.
fn generate(root: &Path, n: usize) {
    let fr = "Le conseil municipal présente un projet pour la place du marché. \
              Les habitants du quartier étudient les travaux avec la mairie. ";
    let en = "The council presents a project for the market square. \
              Residents of the district study the works with the town hall. ";
    for i in 0..n {
        let dir = root.join(format!("part-{:02}", i / 100));
        fs::create_dir_all(&dir).unwrap();
        let body = if i % 2 == 0 { fr } else { en };
        let text = format!(
            "# Draft {i}\n\n{}\n\n{}\n",
            body.repeat(4).trim_end(),
            "A la la fin. ".repeat(40).trim_end()
        );
        fs::write(dir.join(format!("d{i:05}.md")), text).unwrap();
    }
}

/// Runs `draftlint check --format json` on `root`; returns the number of
/// files reported and the peak resident memory in KiB.
fn run(root: &Path) -> (usize, u64) {
    let (value, peak) = run_json(root, ".");
    (value["files"].as_array().unwrap().len(), peak)
}

/// Runs `draftlint check --format json PATH` in `root`; returns the JSON
/// report and the peak resident memory in KiB (see
/// `common::output_and_peak_rss`).
fn run_json(root: &Path, path: &str) -> (serde_json::Value, u64) {
    let mut cmd = common::draftlint();
    cmd.current_dir(root)
        .args(["check", "--format", "json", path]);
    let (stdout, peak) = common::output_and_peak_rss(cmd);
    (serde_json::from_slice(&stdout).unwrap(), peak)
}

#[test]
fn memory_does_not_grow_with_the_number_of_files() {
    let small = tempfile::tempdir().unwrap();
    let large = tempfile::tempdir().unwrap();
    generate(small.path(), 200);
    generate(large.path(), 1000);
    let (files_small, peak_small) = run(small.path());
    let (files_large, peak_large) = run(large.path());
    assert_eq!(files_small, 200);
    assert_eq!(files_large, 1000);
    eprintln!("peak RSS: {peak_small} KiB for 200 files, {peak_large} KiB for 1000");
    // 800 more files would add ≈ 20 MB if findings were held; the peak
    // may move by less than half that.
    assert!(
        peak_large < peak_small + 10 * 1024,
        "peak RSS {peak_small} KiB for 200 files, {peak_large} KiB for 1000"
    );
}

/// A draft of nothing but doubled words has a finding every three bytes:
/// it used to cost 2.4 GB of memory per MB of text. Each rule now reports
/// at most 1,000 findings per file, then one summary, and the text's own
/// analyses stay within a small multiple of its size.
#[test]
fn memory_stays_linear_on_a_megabyte_of_doubled_words() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("tiny.txt"), "Un texte.\n").unwrap();
    let megabyte = 1 << 20;
    fs::write(dir.path().join("doubled.txt"), "le ".repeat(megabyte / 3)).unwrap();
    let (_, baseline) = run_json(dir.path(), "tiny.txt");
    let (report, peak) = run_json(dir.path(), "doubled.txt");
    let growth = peak.saturating_sub(baseline);
    eprintln!("peak RSS: {baseline} KiB for a short file, {peak} KiB for 1 MiB of `le le`");
    // The dictionaries and rules cost the same for any file; 1 MiB of
    // one-syllable words costs about 11 MiB more in a debug build (words,
    // sentences, n-grams, normalised text; 22 before the repeated-phrase
    // candidates shared one list, 15 before sentences took 12 bytes).
    // 15 MiB leaves room for allocators and a loaded machine.
    assert!(growth < 15 * 1024, "{growth} KiB more for 1 MiB of text");

    let diagnostics = report["files"][0]["diagnostics"].as_array().unwrap();
    let doubled: Vec<_> = diagnostics
        .iter()
        .filter(|d| d["rule"] == "repetition.doubled-word")
        .collect();
    assert_eq!(doubled.len(), 1_001);
    let summary = doubled.last().unwrap();
    assert_eq!(summary["severity"], "info");
    let message = summary["message"].as_str().unwrap();
    assert!(
        message.ends_with(" more findings of `repetition.doubled-word` in this file not shown"),
        "{message}"
    );
}

/// Plain text of one-letter lines: no Markdown parser tree, so what peaks
/// is the text layer and the rules. `promo.widget-line` kept a line and its
/// shape (≈ 59 bytes) for every line: ≈ 48 MiB more than a short file in a
/// debug build; then, in 32 bytes, every line of UI words (`a` is one),
/// ≈ 40 MiB; now only the lines a button's word, a yes/no or another
/// rule's finding can put in a widget: +33 MiB measured, +29 since
/// `lines_of` collected at the exact count, +20 to +21 now that no rule
/// keeps a list of every line (plain reading, `promo.related-block`,
/// `truncation.unfinished-paragraph`). The bound leaves a third for
/// allocators and a loaded machine (the whole suite running: 24 MiB
/// proved too tight there).
#[test]
fn memory_stays_linear_on_a_megabyte_of_one_letter_lines() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("tiny.txt"), "Un texte.\n").unwrap();
    fs::write(dir.path().join("lines.txt"), "a\n".repeat((1 << 20) / 2)).unwrap();
    let (_, baseline) = run_json(dir.path(), "tiny.txt");
    let (_, peak) = run_json(dir.path(), "lines.txt");
    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "peak RSS: {baseline} KiB for a short file, {peak} KiB for 1 MiB of one-letter lines"
    );
    assert!(
        growth < BOUND_LINES_MIB * 1024,
        "{growth} KiB more for 1 MiB of one-letter lines"
    );
}

/// One paragraph of one-letter words (`a a a …`): a word every two bytes,
/// and every word starts a repeated phrase of every length from three to
/// eight words. `repetition.repeated-phrase` held each word's place once
/// per length in a vector per phrase (+31 MiB per MiB, release build);
/// it now keeps only phrases it may show, in one shared list: +16 MiB in
/// a debug build.
#[test]
fn memory_stays_linear_on_a_megabyte_of_one_letter_words() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("tiny.txt"), "Un texte.\n").unwrap();
    fs::write(dir.path().join("words.txt"), "a ".repeat((1 << 20) / 2)).unwrap();
    let (_, baseline) = run_json(dir.path(), "tiny.txt");
    let (_, peak) = run_json(dir.path(), "words.txt");
    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "peak RSS: {baseline} KiB for a short file, {peak} KiB for 1 MiB of one-letter words"
    );
    assert!(
        growth < BOUND_WORDS_MIB * 1024,
        "{growth} KiB more for 1 MiB of one-letter words"
    );
}

/// The bound of [`memory_stays_linear_on_a_megabyte_of_one_letter_words`].
const BOUND_WORDS_MIB: u64 = 21;

/// The bound of [`memory_stays_linear_on_a_megabyte_of_one_letter_lines`].
const BOUND_LINES_MIB: u64 = 28;

/// Markdown that is nearly all markup, one MiB each: the worst cases for
/// memory found so far (all of them, at 1 and 8 MiB, with the release
/// build: `scripts/memory-worst-cases.py`). Parsed, opening brackets made
/// one pulldown-cmark node a byte (≈ 50 to 60 MiB per MiB); these files
/// are now over the density guard (`markup::density`, 256 KiB and one
/// estimated node every four bytes) and read as plain text. In a debug
/// build: brackets +0.4 to +4 MiB (the short file's own peak varies by
/// a few MiB between runs; bound 8), table rows +16 (+24 before plain reading
/// stopped keeping every line), one-letter paragraphs (a block, a
/// sentence and a word every three bytes) +18 (+35 before, and before
/// sentences took 12 bytes and rules stopped keeping a list entry per
/// block), list items, `# a` headings and inline tags around one-letter
/// words (`<b>a</b>`, read as plain since a `<` counts two nodes: parsed,
/// its tree cost +21 MiB per MiB at 8 MiB) +15, +17 and +10.
/// Each bound leaves about a third for allocators and a loaded machine; a
/// file parsed as Markdown again, a quadratic or a doubled structure, or
/// a list of every line or block back in a rule would break it.
#[test]
fn memory_stays_linear_on_a_megabyte_of_markup() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("tiny.md"), "Un texte.\n").unwrap();
    let megabyte = 1 << 20;
    // (file, text, bound in MiB)
    let shapes = [
        (
            "brackets.md",
            format!("{}\n", "[".repeat(63)).repeat(megabyte / 64),
            8,
        ),
        ("paragraphs.md", "a\n\n".repeat(megabyte / 3), 24),
        (
            "table.md",
            format!("|a|b|\n|-|-|\n{}", "|a|b|\n".repeat(megabyte / 6)),
            21,
        ),
        ("list.md", "- a\n".repeat(megabyte / 4), 19),
        ("headings.md", "# a\n".repeat(megabyte / 4), 21),
        // +13 MiB in a release build at session 14's start and end alike
        // (the rules grew, the parse did not); 14.7 in CI's debug build.
        ("inline-html.md", "<b>a</b> ".repeat(megabyte / 9), 19),
    ];
    let (_, baseline) = run_json(dir.path(), "tiny.md");
    for (name, text, bound) in shapes {
        fs::write(dir.path().join(name), text).unwrap();
        let (_, peak) = run_json(dir.path(), name);
        let growth = peak.saturating_sub(baseline);
        eprintln!("peak RSS: {baseline} KiB for a short file, {peak} KiB for 1 MiB of {name}");
        assert!(
            growth < bound * 1024,
            "{growth} KiB more for 1 MiB of {name} (bound {bound} MiB)"
        );
    }
}

/// A megabyte of sentences drawn from a dozen words: hundreds of phrases
/// repeated all over, each reported with up to 100 labelled places. The
/// JSON renderer built a `serde_json::Value` tree of it first, 40 times the
/// size of the 8 MB it printed (+190 MiB); it now writes as it goes.
#[test]
fn json_output_of_many_labelled_findings_stays_linear() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("tiny.txt"), "Un texte.\n").unwrap();
    let words = [
        "le", "chat", "mange", "une", "souris", "dans", "la", "maison", "verte", "avec", "plaisir",
        "ce", "matin",
    ];
    // A fixed linear congruential sequence: the same text on every run.
    let mut state: u64 = 1;
    let mut text = String::new();
    while text.len() < 1 << 20 {
        for _ in 0..60 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(words[(state >> 33) as usize % words.len()]);
            text.push(' ');
        }
        text.push_str("fin.\n\n");
    }
    fs::write(dir.path().join("phrases.txt"), &text).unwrap();
    let (_, baseline) = run_json(dir.path(), "tiny.txt");
    let (report, peak) = run_json(dir.path(), "phrases.txt");
    let growth = peak.saturating_sub(baseline);
    eprintln!("peak RSS: {baseline} KiB for a short file, {peak} KiB for 1 MiB of phrases");
    let phrases = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "repetition.phrase")
        .count();
    assert!(phrases > 100, "{phrases} repeated phrases");
    assert!(growth < 40 * 1024, "{growth} KiB more for 1 MiB of text");
}
