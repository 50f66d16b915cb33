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

/// A repository with `old.md` committed with a doubled word on line 1,
/// then another one added on line 3.
fn repository_with_a_new_finding_on_line_3() -> Project {
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
    p
}

/// The lines of the findings reported.
fn lines_found(run: &gate_support::Run) -> Vec<u64> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    value["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["span"]["line"].as_u64().unwrap())
        .collect()
}

#[test]
fn a_revision_named_like_an_option_is_read_as_a_revision() {
    let p = repository_with_a_new_finding_on_line_3();
    // Ref names may start with a dash; passed before `--end-of-options`
    // this one made `git diff` write its output to a file instead, so no
    // line counted as changed and every finding was silently dropped.
    p.git(&["update-ref", "refs/heads/--output=diverted.txt", "HEAD"]);
    let run = p.run(&[
        "check",
        "--format",
        "json",
        "--diff-base=--output=diverted.txt",
        "old.md",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(lines_found(&run), [3]);
    assert!(!p.path("diverted.txt").exists());
}

#[test]
fn the_repository_configuration_cannot_make_git_run_a_command() {
    use std::os::unix::fs::PermissionsExt;
    let p = repository_with_a_new_finding_on_line_3();
    let marker = p.path("ran.txt");
    let script = p.write(
        "hook.sh",
        &format!("#!/bin/sh\necho ran >> '{}'\n", marker.display()),
    );
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    // An fsmonitor hook runs when git refreshes the index (`git diff`);
    // an external diff or a text conversion driver runs on each diff.
    let script = script.to_str().unwrap();
    p.git(&["config", "core.fsmonitor", script]);
    p.git(&["config", "diff.external", script]);
    p.git(&["config", "diff.draft.textconv", script]);
    p.write(".gitattributes", "*.md diff=draft\n");
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "old.md"]);
    assert!(!marker.exists(), "a command from .git/config ran");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(lines_found(&run), [3]);
}
