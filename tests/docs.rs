//! Generated documentation stays in step with the rules.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test docs`.

mod common;

use common::{repo_root, run_in, stdout};

#[test]
fn rule_reference_is_fresh() {
    let out = run_in(repo_root(), &["rules", "--format", "markdown"], None);
    assert_eq!(out.status.code(), Some(0));
    let generated = stdout(&out);
    let path = repo_root().join("docs/rules.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test --test docs` and commit it"
    );
}
