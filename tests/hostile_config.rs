//! Configurations and packs written by someone else: a pathological regular
//! expression, thousands of phrases, a configuration that names itself as a
//! pack, packs outside the repository, a directory where a pack should be,
//! unknown rule ids in overrides. Each loads, or fails with exit code 2 and
//! an error that names the file and the line.

mod common;

use common::{json, run_in, stderr};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

fn pack_header() -> &'static str {
    "[pack]\nname = \"house\"\nlanguage = \"any\"\ncategory = \"style\"\n\n"
}

fn setup(dir: &Path, config: &str) {
    fs::write(dir.join("draftlint.toml"), config).unwrap();
    fs::write(dir.join("a.md"), "The council met on Tuesday.\n").unwrap();
}

#[test]
fn pathological_regex_is_refused_with_the_pack_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = format!(
        "{}[[rules]]\nname = \"fine\"\nkind = \"phrase\"\nsummary = \"s\"\nmessage = \"m\"\nphrases = [\"zorbal quinte\"]\n\n[[rules]]\nname = \"explosive\"\nkind = \"pattern\"\nsummary = \"s\"\nmessage = \"m\"\npattern = '(\\w{{50}}|[a-z]{{60}}){{200}}{{200}}'\n",
        pack_header()
    );
    fs::write(dir.path().join("house.toml"), pack).unwrap();
    setup(dir.path(), "packs = [\"house.toml\"]\n");
    let start = Instant::now();
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    // The second [[rules]] table starts on line 13.
    assert!(err.contains("house.toml:13"), "{err}");
    assert!(
        err.contains("explosive") && err.contains("size limit"),
        "{err}"
    );
}

#[test]
fn thousands_of_phrases_load_and_match() {
    let dir = tempfile::tempdir().unwrap();
    // 20,000 made-up two-word phrases; one of them is in the draft.
    let phrases: Vec<String> = (0..20_000)
        .map(|i| format!("\"zq{i:05} vor{}\"", i % 97))
        .collect();
    let pack = format!(
        "{}[[rules]]\nname = \"many\"\nkind = \"phrase\"\nsummary = \"s\"\nmessage = \"found `{{match}}`\"\nphrases = [{}]\n",
        pack_header(),
        phrases.join(", ")
    );
    fs::write(dir.path().join("house.toml"), pack).unwrap();
    setup(dir.path(), "packs = [\"house.toml\"]\n");
    fs::write(
        dir.path().join("a.md"),
        "The council met ZQ12345 VOR26 on Tuesday.\n",
    )
    .unwrap();
    let start = Instant::now();
    let out = run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    let v = json(&out);
    let found: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "house.many")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(found, ["found `ZQ12345 VOR26`"]);
}

#[test]
fn configuration_named_as_its_own_pack_points_at_a_key() {
    // There is no include mechanism; the nearest loop is a configuration
    // naming itself as a pack. It is read once, as a pack, and refused.
    let dir = tempfile::tempdir().unwrap();
    setup(
        dir.path(),
        "language = \"en\"\npacks = [\"draftlint.toml\"]\n",
    );
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("draftlint.toml:1"), "{err}");
    assert!(err.contains("unknown field `language`"), "{err}");
}

#[test]
fn packs_and_word_lists_outside_the_tree_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    fs::create_dir(&project).unwrap();
    // A file outside the project that a hostile config would like quoted.
    fs::write(dir.path().join("secret.toml"), "token = \"hunter2\"\n").unwrap();
    for (config, line) in [
        ("packs = [\"../secret.toml\"]\n", 1),
        ("language = \"en\"\npacks = [\"/etc/passwd\"]\n", 2),
        ("[spelling]\nword-lists = [\"../secret.toml\"]\n", 2),
        ("packs = [\"sub/../../secret.toml\"]\n", 1),
    ] {
        setup(&project, config);
        let out = run_in(&project, &["check", "a.md"], None);
        assert_eq!(out.status.code(), Some(2), "{config}");
        let err = stderr(&out);
        assert!(
            err.contains("outside this configuration's directory"),
            "{config}: {err}"
        );
        assert!(err.contains(&format!("draftlint.toml:{line}")), "{err}");
        assert!(!err.contains("hunter2") && !err.contains("root:"), "{err}");
    }
    // A symbolic link inside the tree that leads out is refused too.
    std::os::unix::fs::symlink(dir.path().join("secret.toml"), project.join("link.toml")).unwrap();
    setup(&project, "packs = [\"link.toml\"]\n");
    let out = run_in(&project, &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("outside"), "{}", stderr(&out));
}

#[test]
fn directory_or_fifo_named_as_a_pack_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("packs")).unwrap();
    // A FIFO in a repository would block a run that opened it, forever.
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pack.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    for config in [
        "packs = [\"packs\"]\n",
        "packs = [\"pack.toml\"]\n",
        "[spelling]\nword-lists = [\"pack.toml\"]\n",
    ] {
        setup(dir.path(), config);
        let start = Instant::now();
        let out = run_in(dir.path(), &["check", "a.md"], None);
        assert!(start.elapsed() < Duration::from_secs(20));
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(
            err.contains("not a regular file") && err.contains("draftlint.toml:"),
            "{err}"
        );
    } // The same FIFO given as the configuration itself.
    let out = run_in(
        dir.path(),
        &["check", "--config", "pack.toml", "a.md"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unknown_rule_in_an_override_points_at_it() {
    let dir = tempfile::tempdir().unwrap();
    setup(
        dir.path(),
        "language = \"en\"\n\n[[overrides]]\nfiles = [\"*.md\"]\n\n[overrides.rules]\n\"repetition.doubled-wrod\" = { enabled = false }\n",
    );
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("draftlint.toml:7"), "{err}");
    assert!(
        err.contains("did you mean `repetition.doubled-word`"),
        "{err}"
    );
}

#[test]
fn huge_garbage_pack_fails_fast() {
    // 8 MB that is not TOML: one clear error, quickly, without echoing it all.
    let dir = tempfile::tempdir().unwrap();
    let garbage = "[[[ not toml ]]] = = =\n".repeat(400_000);
    fs::write(dir.path().join("house.toml"), garbage).unwrap();
    setup(dir.path(), "packs = [\"house.toml\"]\n");
    let start = Instant::now();
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("house.toml:1"), "{err}");
    assert!(err.len() < 4096, "error is {} bytes", err.len());
}
