//! Buffer mode, as editors use it: `draftlint check - --stdin-filename PATH
//! --format json` with the unsaved text on stdin. The real binary runs;
//! the configuration and format must be those of PATH.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    json: Value,
}

fn check_stdin(cwd: &Path, args: &[&str], text: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .args(["check", "-", "--format", "json"])
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    Run {
        code: output.status.code().unwrap(),
        json,
    }
}

fn rules(run: &Run) -> Vec<String> {
    run.json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

const DOUBLED: &str = "Le chantier avance, mais le le budget explose.\n";

/// A project whose `draftlint.toml` sits in `project/` and whose draft
/// lives in `project/articles/` (not yet saved: the file does not exist).
fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("project/articles")).unwrap();
    std::fs::write(dir.path().join("project/draftlint.toml"), config).unwrap();
    dir
}

#[test]
fn the_configuration_of_the_stdin_filename_applies() {
    let dir = project("[rules.\"repetition.doubled-word\"]\nenabled = false\n");
    let draft = dir.path().join("project/articles/budget.md");
    // Run from outside the project: only the stdin filename can lead to
    // its configuration.
    let elsewhere = tempfile::tempdir().unwrap();
    let run = check_stdin(
        elsewhere.path(),
        &["--stdin-filename", draft.to_str().unwrap()],
        DOUBLED,
    );
    assert_eq!(rules(&run), Vec::<String>::new());
    assert_eq!(run.code, 0);

    // The same text for a path outside the project gets the defaults.
    let outside = elsewhere.path().join("budget.md");
    let run = check_stdin(
        elsewhere.path(),
        &["--stdin-filename", outside.to_str().unwrap()],
        DOUBLED,
    );
    assert_eq!(rules(&run), ["repetition.doubled-word"]);
    assert_eq!(run.code, 1);
}

#[test]
fn a_relative_stdin_filename_is_found_from_the_working_directory() {
    let dir = project("[rules.\"repetition.doubled-word\"]\nenabled = false\n");
    let run = check_stdin(
        &dir.path().join("project"),
        &["--stdin-filename", "articles/budget.md"],
        DOUBLED,
    );
    assert_eq!(rules(&run), Vec::<String>::new());
    assert_eq!(run.json["files"][0]["path"], "articles/budget.md");
}

#[test]
fn overrides_match_the_stdin_filename() {
    let dir = project(
        "[[overrides]]\nfiles = [\"articles/**\"]\n[overrides.rules.\"repetition.doubled-word\"]\nseverity = \"error\"\n",
    );
    let draft = dir.path().join("project/articles/budget.md");
    let run = check_stdin(
        dir.path(),
        &["--stdin-filename", draft.to_str().unwrap()],
        DOUBLED,
    );
    assert_eq!(run.json["files"][0]["diagnostics"][0]["severity"], "error");
}

#[test]
fn the_extension_of_the_stdin_filename_chooses_markdown_or_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    // In Markdown, a code block is not prose; in plain text it is.
    let text = "Un exemple de code :\n\n```\nle le\n```\n";
    let markdown = check_stdin(dir.path(), &["--stdin-filename", "exemple.md"], text);
    assert_eq!(rules(&markdown), Vec::<String>::new());
    let plain = check_stdin(dir.path(), &["--stdin-filename", "exemple.txt"], text);
    assert_eq!(rules(&plain), ["repetition.doubled-word"]);
}

#[test]
fn positions_follow_the_json_contract() {
    let dir = tempfile::tempdir().unwrap();
    // Two lines; the second starts with multi-byte characters, so byte
    // offsets and character columns differ.
    let text = "Première ligne.\r\nÉté ’24 : le le budget.\n";
    let run = check_stdin(dir.path(), &["--stdin-filename", "brouillon.txt"], text);
    let file = &run.json["files"][0];
    assert_eq!(file["path"], "brouillon.txt");
    let diagnostic = &file["diagnostics"][0];
    assert_eq!(diagnostic["rule"], "repetition.doubled-word");
    let span = &diagnostic["span"];
    let start = text.find("le le").unwrap() + 3;
    assert_eq!(span["start"], start);
    assert_eq!(span["end"], start + 2);
    let column = "Été ’24 : le ".chars().count() + 1;
    assert_eq!(span["line"], 2);
    assert_eq!(span["column"], column);
    assert_eq!(span["end_line"], 2);
    assert_eq!(span["end_column"], column + 2);
    assert_eq!(run.json["summary"]["files"], 1);
}

#[test]
fn without_a_stdin_filename_the_buffer_is_plain_text_named_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let run = check_stdin(dir.path(), &[], DOUBLED);
    assert_eq!(run.json["files"][0]["path"], "<stdin>");
    assert_eq!(rules(&run), ["repetition.doubled-word"]);
    assert_eq!(run.code, 1);
}

#[test]
fn a_broken_configuration_fails_with_exit_code_2() {
    let dir = project("unknown-key = true\n");
    let draft = dir.path().join("project/articles/budget.md");
    let output = Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .args(["check", "-", "--format", "json", "--stdin-filename"])
        .arg(&draft)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown-key"), "{stderr}");
}

#[test]
fn force_exclude_gives_an_excluded_buffer_an_empty_report() {
    let dir = project("exclude = [\"articles/archive/**\"]\n");
    let archived = "project/articles/archive/old.md";
    // Without --force-exclude the buffer is linted, as a named file is.
    let run = check_stdin(dir.path(), &["--stdin-filename", archived], DOUBLED);
    assert_eq!(rules(&run), ["repetition.doubled-word"]);
    let run = check_stdin(
        dir.path(),
        &["--stdin-filename", archived, "--force-exclude"],
        DOUBLED,
    );
    assert_eq!(run.code, 0);
    assert_eq!(run.json["files"][0]["path"], archived);
    assert!(rules(&run).is_empty());
    assert!(run.json["files"][0]["error"].is_null());
    // A buffer that is not excluded is linted.
    let run = check_stdin(
        dir.path(),
        &[
            "--stdin-filename",
            "project/articles/new.md",
            "--force-exclude",
        ],
        DOUBLED,
    );
    assert_eq!(rules(&run), ["repetition.doubled-word"]);
}
