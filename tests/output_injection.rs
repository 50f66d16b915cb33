//! Text from the disk never reaches the terminal or a CI log as anything
//! but text: file names with line breaks cannot forge GitHub workflow
//! commands or diff hunks, escape sequences in a draft or a baseline are
//! shown, not obeyed, and `--diff` names files the way git quotes them.

mod common;

use common::{run_in, stderr, stdout};
use std::fs;
use std::process::Command;

/// A name whose second line is a GitHub Actions workflow command.
const FORGING_NAME: &str = "draft\n::error file=README.md,line=1::forged.md";

/// Lines a GitHub runner would take for a workflow command.
fn commands(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| line.trim_start().starts_with("::"))
        .collect()
}

#[test]
fn a_file_name_cannot_forge_a_workflow_command() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(FORGING_NAME),
        "We went to the the market.\n",
    )
    .unwrap();
    for args in [
        &["check", "--color", "never", "."][..],
        &["check", "--statistics", "."],
        &["check", "--format", "sarif", "."],
        &["check", "--diff", "."],
        &["check", "--write-baseline", "b.json", "."],
        &["check", "--fix", "."],
    ] {
        let out = run_in(dir.path(), args, None);
        let text = stdout(&out) + &stderr(&out);
        assert!(commands(&text).is_empty(), "{args:?}:\n{text}");
    }
    // The github format makes commands, one per finding, with the name
    // escaped inside.
    fs::write(
        dir.path().join(FORGING_NAME),
        "We went to the the market.\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--format", "github", "."], None);
    let text = stdout(&out);
    let found = commands(&text);
    assert_eq!(found.len(), 1, "{text}");
    assert!(
        found[0].starts_with(
            "::warning file=draft%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged.md,line=1,"
        ),
        "{text}"
    );
}

#[test]
fn escape_sequences_in_a_draft_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "Clear \u{1b}[2J\u{1b}]0;title\u{7} and the the end.\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--color", "never", "a.md"], None);
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    // The quoted line keeps its length: the underline is under the second
    // `the`.
    let quoted = text.lines().find(|l| l.contains("Clear ?[2J")).unwrap();
    let underline = text.lines().skip_while(|l| *l != quoted).nth(1).unwrap();
    let column = quoted.find("the end").unwrap();
    assert_eq!(underline.find('^'), Some(column), "{text}");
}

#[test]
fn baseline_text_is_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.md"), "A clean line.\n").unwrap();
    fs::write(
        dir.path().join("b.json"),
        r#"{"version": 1, "entries": [{"path": "a.md", "rule": "repetition.doubled-word", "fingerprint": "0", "text": "x\n::error::forged \u001b[2J"}]}"#,
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--baseline", "b.json", "--strict-baseline", "a.md"],
        None,
    );
    let text = stderr(&out);
    assert!(text.contains("stale baseline entry"), "{text}");
    assert!(commands(&text).is_empty(), "{text}");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn diff_headers_quote_names_as_git_does() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "tab\there.md",
        "new\nline.md",
        "plain name.md",
        "quote\".md",
    ];
    for name in names {
        fs::write(dir.path().join(name), "We went to the the market.\n").unwrap();
    }
    let out = run_in(dir.path(), &["check", "--diff", "."], None);
    let diff = stdout(&out);
    assert!(diff.contains("--- \"a/tab\\there.md\"\n"), "{diff}");
    assert!(diff.contains("+++ \"b/new\\nline.md\"\n"), "{diff}");
    assert!(diff.contains("--- a/plain name.md\n"), "{diff}");
    // Every header line is a header, every hunk a hunk: git applies it.
    let patch = dir.path().join("fix.patch");
    fs::write(&patch, &diff).unwrap();
    let check = Command::new("git")
        .current_dir(dir.path())
        .args(["apply", "--check", "-p1", "fix.patch"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}\n{diff}",
        String::from_utf8_lossy(&check.stderr)
    );
    let apply = Command::new("git")
        .current_dir(dir.path())
        .args(["apply", "-p1", "fix.patch"])
        .output()
        .unwrap();
    assert!(apply.status.success());
    for name in names {
        assert_eq!(
            fs::read_to_string(dir.path().join(name)).unwrap(),
            "We went to the market.\n"
        );
    }
}
