//! One file can never stop a run: a panic while linting it becomes an
//! error for that file (exit code 2), and every other file is still linted
//! and reported, in every format. The panic is injected through the
//! debug-only `DRAFTLINT_TEST_PANIC_ON` switch (see `src/panic_guard.rs`);
//! the table is a real input that used to panic.

mod common;

use common::{json, run_in, stderr, stdout};
use std::fs;

const DOUBLED: &str = "Le chat dort sur le le tapis.\n";

#[test]
fn a_table_past_the_parsers_cell_limit_is_linted() {
    let dir = tempfile::tempdir().unwrap();
    let columns = 1000;
    let mut table = format!("|{}\n|{}\n", "a|".repeat(columns), "-|".repeat(columns));
    table.push_str(&"|x|\n".repeat(263));
    fs::write(dir.path().join("table.md"), table).unwrap();
    fs::write(dir.path().join("other.md"), DOUBLED).unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "table.md", "other.md"],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["files"][0]["error"], serde_json::Value::Null);
    assert_eq!(
        v["files"][1]["diagnostics"][0]["rule"],
        "repetition.doubled-word"
    );
}

#[test]
fn a_panic_in_one_file_is_an_error_for_that_file_only() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.md"), DOUBLED).unwrap();
    fs::write(dir.path().join("boom.md"), DOUBLED).unwrap();
    fs::write(dir.path().join("c.md"), DOUBLED).unwrap();
    let lint = |format: &str| {
        let mut cmd = common::draftlint();
        cmd.current_dir(dir.path())
            .env("DRAFTLINT_TEST_PANIC_ON", "boom.md")
            .args(["check", "--color", "never", "--format", format, "."]);
        cmd.output().unwrap()
    };

    let out = lint("json");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // Nothing but the per-file error: no panic message on standard error.
    assert_eq!(stderr(&out), "");
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    let error = files[1]["error"].as_str().unwrap();
    assert!(
        error.starts_with("internal error while linting this file: fault injected"),
        "{error}"
    );
    assert!(error.contains("(at src/"), "{error}");
    assert!(error.ends_with("; please report it"), "{error}");
    for other in [&files[0], &files[2]] {
        assert_eq!(other["diagnostics"][0]["rule"], "repetition.doubled-word");
    }

    for format in ["human", "github", "sarif"] {
        let out = lint(format);
        assert_eq!(out.status.code(), Some(2), "{format}: {}", stderr(&out));
        let text = stdout(&out) + &stderr(&out);
        assert!(
            text.contains("internal error while linting this file"),
            "{format}: {text}"
        );
        assert!(text.contains("repetition.doubled-word"), "{format}: {text}");
        assert!(!text.contains("panicked at"), "{format}: {text}");
    }
}
