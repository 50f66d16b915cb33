//! The drafts of `tests/recall/` as a regression suite: every defect
//! annotated in a `.expect.toml` sidecar must still be found (recall of at
//! least 0.95 per family) and no draft may get a false finding at warning
//! or above. The development drafts of each round sit beside `set1/`, a set
//! written blind by another author, measured on the families its
//! `recall-scope.toml` names. `scripts/recall-report.py` does the counting;
//! run it with `--show` to list what is missed.

mod common;

use common::repo_root;
use std::process::Command;

#[test]
fn development_drafts_keep_their_recall_and_precision() {
    let root = repo_root();
    let script = root.join("scripts/recall-report.py");
    let output = match Command::new("python3")
        .arg(&script)
        .args(["--bin", env!("CARGO_BIN_EXE_draftlint")])
        .args(["--min-recall", "0.95", "--max-false", "0", "--show"])
        .arg(root.join("tests/recall"))
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped: python3 is not installed ({e})");
            return;
        }
        Err(e) => panic!("cannot run {}: {e}", script.display()),
    };
    let report = String::from_utf8_lossy(&output.stdout);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "recall or precision fell on tests/recall:\n{report}{errors}"
    );
}
