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

#[cfg(unix)]
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

/// A clean filter runs when git reads a working-tree file that differs
/// from the index (`git diff REV` compares REV with the working tree), and
/// `.gitattributes` chooses which filter: any filter the configuration
/// defines, whatever its name, must stay unrun, also as a long-running
/// `process` filter, also when marked `required`.
#[test]
fn a_clean_filter_of_the_repository_does_not_run() {
    use std::os::unix::fs::PermissionsExt;
    let p = repository_with_a_new_finding_on_line_3();
    let marker = p.path("ran.txt");
    let script = p.write(
        "filter.sh",
        &format!("#!/bin/sh\necho ran >> '{}'\ncat\n", marker.display()),
    );
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let script = script.to_str().unwrap();
    p.git(&["config", "filter.any.name.clean", script]);
    p.git(&["config", "filter.any.name.required", "true"]);
    p.git(&["config", "filter.other.process", script]);
    p.write(
        ".gitattributes",
        "old.md filter=any.name\nother.md filter=other\n",
    );
    p.write(".git/info/attributes", "*.md filter=any.name\n");
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "old.md"]);
    assert!(!marker.exists(), "a filter from .git/config ran");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(lines_found(&run), [3]);
    p.write(".gitattributes", "*.md filter=other\n");
    p.write(".git/info/attributes", "");
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "old.md"]);
    assert!(!marker.exists(), "a process filter from .git/config ran");
    assert_eq!(lines_found(&run), [3]);
}

/// A partial clone fetches a missing object from its promisor remote when
/// a diff needs it, and the repository's configuration chooses the remote:
/// an `ext::` URL is a command. No object is fetched during a diff.
#[test]
fn a_partial_clone_does_not_fetch_through_a_command() {
    let source = repository_with_a_new_finding_on_line_3();
    source.git(&["config", "uploadpack.allowFilter", "true"]);
    let p = Project::new();
    let url = format!("file://{}", source.path(".").display());
    p.git(&[
        "-c",
        "protocol.file.allow=always",
        "clone",
        "-q",
        "--no-checkout",
        "--filter=blob:none",
        &url,
        ".",
    ]);
    // The index, not the blobs: `old.md` is tracked and its committed
    // text is missing.
    p.git(&["reset", "-q"]);
    let marker = p.path("ran.txt");
    let command = format!("ext::sh -c touch% {}% >&2% ;false", marker.display());
    p.git(&["config", "remote.origin.url", &command]);
    p.git(&["config", "protocol.ext.allow", "always"]);
    p.write("old.md", "We went to the the market.\n");
    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "old.md"]);
    assert!(!marker.exists(), "a fetch command from .git/config ran");
    assert_eq!(
        run.code, 2,
        "the missing object is an error: {}",
        run.stderr
    );
}

/// (path, line) of every finding in a JSON report.
fn finding_lines(run: &gate_support::Run) -> Vec<(String, u64)> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut lines: Vec<(String, u64)> = value["files"]
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
    lines.sort();
    lines
}

/// Git is asked about all files at once; each file still gets its own
/// changed lines, whatever its name: spaces, accents, quotes, a tab, in a
/// sub-directory, renamed since, or never added.
#[test]
fn many_files_with_awkward_names_each_get_their_own_lines() {
    let p = Project::new();
    p.git(&["init", "-q"]);
    let names = [
        "plain.md",
        "with space.md",
        "écrit à Noël.md",
        "quote\"d.md",
        "tab\there.md",
        "sub dir/nested.md",
        "to-rename.md",
    ];
    let old = "We went to the the market.\n\nA quiet paragraph.\n";
    for name in names {
        p.write(name, old);
    }
    p.git(&["add", "."]);
    p.git(&["commit", "-q", "-m", "legacy"]);

    // Each file gets a new doubled word on line 3; the one on line 1 is
    // old and must not be reported.
    let new = "We went to the the market.\n\nA quiet paragraph, then the the harbour.\n";
    for name in names.iter().filter(|n| **n != "to-rename.md") {
        p.write(name, new);
    }
    p.git(&["mv", "to-rename.md", "renamed.md"]);
    p.write("untracked.md", old);

    let run = p.run(&["check", "--format", "json", "--diff-base", "HEAD", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut expected: Vec<(String, u64)> = names
        .iter()
        .filter(|n| **n != "to-rename.md")
        .map(|n| (n.to_string(), 3))
        .collect();
    // Renamed and untracked files are new: every line counts.
    expected.push(("renamed.md".into(), 1));
    expected.push(("untracked.md".into(), 1));
    expected.sort();
    assert_eq!(finding_lines(&run), expected);

    // From a sub-directory, with a path that climbs back up.
    let run = gate_support::run_in(
        &p.path("sub dir"),
        &[
            "check",
            "--format",
            "json",
            "--diff-base",
            "HEAD",
            "nested.md",
            "../plain.md",
        ],
    );
    assert_eq!(
        finding_lines(&run),
        vec![("../plain.md".into(), 3), ("nested.md".into(), 3)],
        "{}",
        run.stderr
    );
}

/// Git runs a fixed number of times, however many files: it used to run
/// twice per file (1,000 files: 4.8 s, nearly all of it starting git).
#[test]
fn git_runs_a_fixed_number_of_times_for_many_files() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::new();
    p.git(&["init", "-q"]);
    for i in 0..30 {
        p.write(&format!("d{i:02}.md"), "A quiet paragraph.\n");
    }
    p.git(&["add", "."]);
    p.git(&["commit", "-q", "-m", "legacy"]);
    p.write("d07.md", "A quiet paragraph.\n\nThe the end.\n");

    // A `git` first on PATH that logs each call, then runs the real one.
    let real_git = String::from_utf8(
        std::process::Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let bin = tempfile::tempdir().unwrap();
    let log = bin.path().join("calls.log");
    let wrapper = bin.path().join("git");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\necho \"$1\" >> '{}'\nexec '{}' \"$@\"\n",
            log.display(),
            real_git.trim()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .args(["check", "--format", "json", "--diff-base", "HEAD", "."])
        .current_dir(p.path("."))
        .env("PATH", path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let calls = std::fs::read_to_string(&log).unwrap();
    // Verify the revision, find the top, list REV's files, read the
    // names of the filters to switch off, one diff.
    assert!(
        calls.lines().count() <= 5,
        "git ran {} times for 30 files:\n{calls}",
        calls.lines().count()
    );
}
