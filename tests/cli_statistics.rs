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
