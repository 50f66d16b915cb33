//! `--statistics` through the real binary.

mod gate_support;
use gate_support::Project;

#[test]
fn counts_per_rule_most_frequent_first() {
    let p = Project::new();
    p.write(
        "a.md",
        "We went to the the market and and home.\n\nIt was a free gift.\n",
    );
    p.write("b.md", "They sold the the fish.\n");
    p.write("c.md", "Clean.\n");
    let run = p.run(&["check", "--statistics", "."]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert!(
        lines[1].split_whitespace().eq([
            "3",
            "3",
            "repetition.doubled-word",
            "repetition",
            "warning"
        ]),
        "{}",
        lines[1]
    );
    assert!(
        lines[2]
            .split_whitespace()
            .eq(["1", "1", "style.pleonasm", "style", "warning"]),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3], "4 findings from 2 rules in 2 of 3 files.");

    let run = p.run(&["check", "--statistics", "--format", "json", "."]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["statistics"][0]["rule"], "repetition.doubled-word");
    assert_eq!(value["statistics"][0]["count"], 3);
    assert_eq!(value["files_with_findings"], 2);
}

/// One of each is singular: no "1 files" in any summary line.
#[test]
fn summaries_say_one_file_not_one_files() {
    let p = Project::new();
    p.write("a.md", "They sold the the fish.\n");
    let stats = p.run(&["check", "--statistics", "a.md"]);
    assert_eq!(
        stats.stdout.lines().last(),
        Some("1 finding from 1 rule in 1 of 1 file."),
        "{}",
        stats.stdout
    );
    let human = p.run(&["check", "--color", "never", "a.md"]);
    assert_eq!(
        human.stdout.lines().last(),
        Some("Found 0 errors, 1 warning and 0 infos in 1 file."),
        "{}",
        human.stdout
    );
    let github = p.run(&["check", "--format", "github", "a.md"]);
    assert_eq!(
        github.stdout.lines().last(),
        Some("draftlint: 0 errors, 1 warning, 0 infos in 1 file"),
        "{}",
        github.stdout
    );
    let fix = p.run(&["check", "--fix", "a.md"]);
    assert!(
        fix.stderr.contains("Fixed 1 finding in 1 file."),
        "{}",
        fix.stderr
    );
}
