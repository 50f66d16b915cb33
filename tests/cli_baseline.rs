//! `--write-baseline`, `--baseline`, `--strict-baseline` through the real
//! binary.

mod gate_support;
use gate_support::{Project, rules_found};

const LEGACY: &str = "Intro.\n\nWe went to the the market.\n";

#[test]
fn baseline_accepts_old_findings_and_fails_on_new_ones() {
    let p = Project::new();
    p.write("articles/old.md", LEGACY);
    let run = p.run(&["check", "--write-baseline", "baseline.json", "articles"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Wrote 1 entry"), "{}", run.stderr);
    let baseline = p.read("baseline.json");
    assert!(
        baseline.contains("\"path\":\"articles/old.md\""),
        "{baseline}"
    );
    assert!(
        !baseline.contains("\"line\""),
        "no line numbers: {baseline}"
    );

    let run = p.run(&["check", "--baseline", "baseline.json", "articles"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("1 finding accepted"), "{}", run.stderr);

    // An unrelated edit above the finding, and the paragraph re-wrapped:
    // the finding is still the recorded one.
    p.write(
        "articles/old.md",
        "A new opening paragraph.\n\nIntro.\n\nWe went to\nthe the market.\n",
    );
    let run = p.run(&["check", "--baseline", "baseline.json", "articles"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);

    // A new finding fails, and only it is reported.
    p.write(
        "articles/old.md",
        "A new opening paragraph.\n\nIntro.\n\nWe went to\nthe the market.\n\nIt was a free gift.\n",
    );
    let run = p.run(&[
        "check",
        "--format",
        "json",
        "--baseline",
        "baseline.json",
        "articles",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(rules_found(&run), vec!["style.pleonasm"]);
}

#[test]
fn stale_entries_fail_only_with_strict_baseline() {
    let p = Project::new();
    p.write("a.md", LEGACY);
    p.write("gone.md", "They sold the the fish.\n");
    assert_eq!(p.run(&["check", "--write-baseline", "b.json", "."]).code, 0);
    p.write("a.md", "Intro.\n\nWe went to the market.\n");
    std::fs::remove_file(p.path("gone.md")).unwrap();

    let run = p.run(&["check", "--baseline", "b.json", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("2 baseline entries no longer match"),
        "{}",
        run.stderr
    );

    let run = p.run(&["check", "--baseline", "b.json", "--strict-baseline", "."]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("stale baseline entry: a.md: repetition.doubled-word `the`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("stale baseline entry: gone.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_baseline_is_a_usage_error() {
    let p = Project::new();
    p.write("a.md", LEGACY);
    p.write("b.json", "{\"version\": 1, \"entries\": [{\"path\": 3}]}\n");
    let run = p.run(&["check", "--baseline", "b.json", "a.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a draftlint baseline"),
        "{}",
        run.stderr
    );
}
