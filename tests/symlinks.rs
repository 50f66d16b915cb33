//! Symbolic links a repository may commit: draftlint neither reads nor
//! writes through them outside the repository, and `--fix` never writes
//! through a link at all.

#![cfg(unix)]

mod common;

use common::{json, run_in, stderr};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

const DOUBLED: &str = "We went to the the market on Saturday.\n";
const PRIVATE: &str = "Private notes: the the bank code is 4321.\n";

/// `top/outside/notes.md` (someone's private file) and `top/repo`, a git
/// work tree whose committed links lead to it.
fn repository_with_links_out() -> (tempfile::TempDir, std::path::PathBuf) {
    let top = tempfile::tempdir().unwrap();
    let outside = top.path().join("outside");
    let repo = top.path().join("repo");
    fs::create_dir_all(&outside).unwrap();
    fs::create_dir_all(repo.join(".git")).unwrap();
    fs::write(outside.join("notes.md"), PRIVATE).unwrap();
    fs::write(repo.join("draft.md"), DOUBLED).unwrap();
    symlink("../outside/notes.md", repo.join("notes-link.md")).unwrap();
    symlink("../outside", repo.join("outside-dir")).unwrap();
    (top, repo)
}

fn paths(v: &serde_json::Value) -> Vec<String> {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn walking_does_not_follow_links_out_of_the_repository() {
    let (top, repo) = repository_with_links_out();
    let out = run_in(&repo, &["check", "--format", "json", "."], None);
    assert_eq!(paths(&json(&out)), ["draft.md"], "{}", stderr(&out));
    assert!(!common::stdout(&out).contains("bank code"));

    // Asked for: followed.
    let out = run_in(
        &repo,
        &["check", "--format", "json", "--follow-links-outside", "."],
        None,
    );
    assert_eq!(
        paths(&json(&out)),
        ["draft.md", "notes-link.md", "outside-dir/notes.md"]
    );
    drop(top);
}

#[test]
fn links_inside_the_repository_are_followed() {
    let (_top, repo) = repository_with_links_out();
    fs::create_dir(repo.join("docs")).unwrap();
    fs::write(repo.join("docs/guide.md"), DOUBLED).unwrap();
    symlink("docs", repo.join("handbook")).unwrap();
    let out = run_in(&repo, &["check", "--format", "json", "."], None);
    assert_eq!(
        paths(&json(&out)),
        ["docs/guide.md", "draft.md", "handbook/guide.md"]
    );
}

#[test]
fn a_named_link_out_of_the_repository_is_not_read() {
    let (_top, repo) = repository_with_links_out();
    for named in ["notes-link.md", "outside-dir/notes.md", "outside-dir"] {
        let out = run_in(
            &repo,
            &["check", "--fix", "--format", "json", named, "draft.md"],
            None,
        );
        assert_eq!(out.status.code(), Some(2), "{named}");
        let v = json(&out);
        let error = v["files"][0]["error"].as_str().unwrap();
        assert!(
            error.contains("outside") && error.contains("--follow-links-outside"),
            "{named}: {error}"
        );
        assert!(!common::stdout(&out).contains("bank code"), "{named}");
        // The other file is linted (and fixed) all the same.
        assert_eq!(v["files"][1]["path"], "draft.md");
        fs::write(repo.join("draft.md"), DOUBLED).unwrap();
    }
    let outside = repo.parent().unwrap().join("outside/notes.md");
    assert_eq!(fs::read_to_string(outside).unwrap(), PRIVATE);
}

#[test]
fn fix_never_writes_through_a_symbolic_link() {
    let (_top, repo) = repository_with_links_out();
    // Even when the user asks to follow links out, and even a link inside.
    symlink("draft.md", repo.join("alias.md")).unwrap();
    for (named, target) in [
        ("notes-link.md", Path::new("../outside/notes.md")),
        ("alias.md", Path::new("draft.md")),
    ] {
        let before = fs::read_to_string(repo.join(target)).unwrap();
        let out = run_in(
            &repo,
            &["check", "--fix", "--follow-links-outside", named],
            None,
        );
        let err = stderr(&out);
        assert!(
            err.contains(&format!("not fixed: {named}: it is a symbolic link")),
            "{err}"
        );
        assert_eq!(fs::read_to_string(repo.join(target)).unwrap(), before);
        assert!(
            fs::symlink_metadata(repo.join(named))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        // Findings are still reported (exit 1), as for any file not fixed.
        assert_eq!(out.status.code(), Some(1), "{err}");
    }
}
