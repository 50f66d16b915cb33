//! Generated documentation stays in step with the rules.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test docs`.
//!
//! docs/rules.md is two generated parts: the rule reference
//! (`draftlint rules --format markdown`), then the precision table
//! (`scripts/precision-table.py`, measured on `../shared/corpus/clean`).
//! The corpus is not in the repository, so the table is checked only where
//! it is present beside it (as in CI).

mod common;

use common::{repo_root, run_in, stdout};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;

/// Where the precision table starts in docs/rules.md.
const PRECISION_HEADING: &str = "## Precision on clean text\n";

/// Both tests may rewrite docs/rules.md: one at a time.
static DOCS: Mutex<()> = Mutex::new(());

fn docs_path() -> PathBuf {
    repo_root().join("docs/rules.md")
}

/// The committed file's two parts: the reference and the precision table
/// (empty when there is none yet).
fn committed_parts() -> (String, String) {
    let committed = std::fs::read_to_string(docs_path()).unwrap_or_default();
    let separator = format!("\n{PRECISION_HEADING}");
    match committed.find(&separator) {
        Some(i) => (committed[..i].to_string(), committed[i + 1..].to_string()),
        None => (committed, String::new()),
    }
}

fn write_parts(reference: &str, table: &str) {
    let text = if table.is_empty() {
        reference.to_string()
    } else {
        format!("{reference}\n{table}")
    };
    std::fs::write(docs_path(), text).unwrap();
}

fn updating() -> bool {
    std::env::var_os("UPDATE_DOCS").is_some()
}

#[test]
fn rule_reference_is_fresh() {
    let out = run_in(repo_root(), &["rules", "--format", "markdown"], None);
    assert_eq!(out.status.code(), Some(0));
    let generated = stdout(&out);
    let _lock = DOCS.lock().unwrap_or_else(|e| e.into_inner());
    let (reference, table) = committed_parts();
    if updating() {
        write_parts(&generated, &table);
    } else {
        assert!(
            reference == generated,
            "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test --test docs` and commit it"
        );
    }
}

#[test]
fn precision_table_is_fresh() {
    let corpus = repo_root().join("../shared/corpus");
    if !corpus.join("clean").is_dir() {
        eprintln!(
            "skipped: {} is absent, so the precision table of docs/rules.md cannot be measured",
            corpus.display()
        );
        return;
    }
    let script = repo_root().join("scripts/precision-table.py");
    let out = match Command::new("python3")
        .arg(&script)
        .args(["--bin", env!("CARGO_BIN_EXE_draftlint")])
        .arg("--corpus")
        .arg(&corpus)
        .output()
    {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped: python3 is not installed ({e})");
            return;
        }
        Err(e) => panic!("cannot run {}: {e}", script.display()),
    };
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let generated = stdout(&out);
    let _lock = DOCS.lock().unwrap_or_else(|e| e.into_inner());
    let (reference, table) = committed_parts();
    if updating() {
        write_parts(&reference, &generated);
    } else {
        assert!(
            table == generated,
            "the precision table of docs/rules.md is stale (a rule changed what it finds on \
             ../shared/corpus/clean): run `UPDATE_DOCS=1 cargo test --test docs` and commit it"
        );
    }
}
