//! `--diff-base REV` through the real binary, in a throw-away git
//! repository.

mod gate_support;
use gate_support::{Project, rules_found};

#[test]
fn only_findings_on_changed_lines_and_new_files() {
    let p = Project::new();
    p.git(&["init", "-q"]);
    p.write(
        "old.md",
        "We went to the the market.\n\nA quiet paragraph.\n",
    );
    p.git(&["add", "."]);
    p.git(&["commit", "-q", "-m", "legacy"]);

    p.write(
        "old.md",
        "We went to the the market.\n\nA quiet paragraph, then the the harbour.\n",
    );
    p.write("new.md", "They sold the the fish.\n");
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let lines: Vec<(String, u64)> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["diagnostics"].as_array().unwrap().iter().map(move |d| {
                (
                    f["path"].as_str().unwrap().to_string(),
                    d["span"]["line"].as_u64().unwrap(),
                )
            })
        })
        .collect();
    assert_eq!(
        lines,
        vec![("new.md".to_string(), 1), ("old.md".to_string(), 3)]
    );

    // Nothing changed since the working tree's own state: nothing reported.
    p.git(&["add", "."]);
    p.git(&["commit", "-q", "-m", "edit"]);
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "."]);
    assert!(rules_found(&run).is_empty(), "{}", run.stdout);
    assert_eq!(run.code, 0);
}

#[test]
fn an_unknown_revision_is_one_clear_error() {
    let p = Project::new();
    p.git(&["init", "-q"]);
    p.write("a.md", "Text.\n");
    let run = p.run(&["check", "--diff-base", "no-such-branch", "a.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`no-such-branch` is not a commit"),
        "{}",
        run.stderr
    );
}
