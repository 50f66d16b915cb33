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

#[cfg(unix)]
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
    // 900 KB that is not TOML (a pack may have 1 MiB): one clear error,
    // quickly, without echoing it all.
    let dir = tempfile::tempdir().unwrap();
    let garbage = "[[[ not toml ]]] = = =\n".repeat(40_000);
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

#[cfg(unix)]
#[test]
fn dictionaries_outside_the_tree_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    let outside = dir.path().join("outside");
    fs::create_dir_all(&project).unwrap();
    fs::create_dir_all(&outside).unwrap();
    // A valid dictionary outside the project (it would load), and one that
    // fails to parse (its error would quote the outside file).
    fs::write(outside.join("good.aff"), "SET UTF-8\n").unwrap();
    fs::write(outside.join("good.dic"), "1\nzorblat\n").unwrap();
    fs::write(outside.join("bad.aff"), "SET UTF-8\nPFX hunter2\n").unwrap();
    fs::write(outside.join("bad.dic"), "1\nx\n").unwrap();
    std::os::unix::fs::symlink(&outside, project.join("dicts")).unwrap();
    let absolute = outside.join("good").display().to_string();
    for name in [
        "../outside/good",
        absolute.as_str(),
        "dicts/good",
        "../outside/bad",
    ] {
        setup(
            &project,
            &format!("[spelling]\ndictionaries = {{ en = [\"builtin\", \"{name}\"] }}\n"),
        );
        let out = run_in(&project, &["check", "a.md"], None);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(
            err.contains("outside this configuration's directory")
                && err.contains("draftlint.toml:2"),
            "{name}: {err}"
        );
        assert!(!err.contains("hunter2"), "{err}");
    }
    // A system dictionary is named without a path, and stays allowed.
    setup(&project, "[spelling]\ndictionaries = { en = \"zz_ZZ\" }\n");
    let out = common::draftlint()
        .current_dir(&project)
        .env("DICPATH", &outside)
        .args(["check", "a.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("dictionary `zz_ZZ` not found"),
        "{}",
        stderr(&out)
    );
    fs::copy(outside.join("good.aff"), outside.join("zz_ZZ.aff")).unwrap();
    fs::copy(outside.join("good.dic"), outside.join("zz_ZZ.dic")).unwrap();
    let out = common::draftlint()
        .current_dir(&project)
        .env("DICPATH", &outside)
        .args(["check", "a.md"])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
}

const DISABLE_REPETITION: &str = "[rules]\n\"repetition\" = { enabled = false }\n";
const DOUBLED: &str = "We went to the the market on Saturday.\n";

fn found(out: &std::process::Output) -> usize {
    json(out)["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn configuration_discovery_stops_at_the_repository_root() {
    // Someone else's configuration in a shared parent directory.
    let shared = tempfile::tempdir().unwrap();
    fs::write(shared.path().join("draftlint.toml"), DISABLE_REPETITION).unwrap();
    let repo = shared.path().join("repo");
    fs::create_dir_all(repo.join("drafts")).unwrap();
    fs::write(repo.join("drafts/a.md"), DOUBLED).unwrap();
    // Not a repository yet: the parent's configuration applies.
    let out = run_in(&repo, &["check", "--format", "json", "drafts/a.md"], None);
    assert_eq!(found(&out), 0);
    // `.git` (a directory, or the file of a worktree) marks the root.
    for marker_is_file in [false, true] {
        let git = repo.join(".git");
        if marker_is_file {
            fs::remove_dir(&git).unwrap();
            fs::write(&git, "gitdir: /somewhere/else\n").unwrap();
        } else {
            fs::create_dir(&git).unwrap();
        }
        let out = run_in(&repo, &["check", "--format", "json", "drafts/a.md"], None);
        assert_eq!(found(&out), 1, "{}", stderr(&out));
    }
}

#[cfg(unix)]
#[test]
fn root_true_marks_the_project_root_outside_git() {
    let top = tempfile::tempdir().unwrap();
    let project = top.path().join("project");
    fs::create_dir_all(&project).unwrap();
    fs::write(top.path().join("private.md"), "the the private text\n").unwrap();
    fs::write(project.join("a.md"), DOUBLED).unwrap();
    std::os::unix::fs::symlink("../private.md", project.join("link.md")).unwrap();
    // From the top, without a marker, the link stays under the current
    // directory: it is followed.
    let listed = |out: &std::process::Output| -> Vec<String> {
        json(out)["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    let out = run_in(top.path(), &["check", "--format", "json", "project"], None);
    assert_eq!(listed(&out), ["project/a.md", "project/link.md"]);
    // `root = true`: the project ends at its own directory.
    fs::write(project.join("draftlint.toml"), "root = true\n").unwrap();
    let out = run_in(top.path(), &["check", "--format", "json", "project"], None);
    assert_eq!(listed(&out), ["project/a.md"], "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_broken_configuration_only_stops_the_files_it_governs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("good")).unwrap();
    fs::create_dir_all(root.join("broken")).unwrap();
    fs::write(root.join("good/a.md"), DOUBLED).unwrap();
    fs::write(
        root.join("broken/draftlint.toml"),
        "language = \"fr\"\nlangauge = \"en\"\n",
    )
    .unwrap();
    fs::write(root.join("broken/b.md"), DOUBLED).unwrap();
    fs::write(root.join("broken/photo.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let out = run_in(root, &["check", "--format", "json", "."], None);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{v:#}");
    assert_eq!(files[0]["path"], "broken/b.md");
    let error = files[0]["error"].as_str().unwrap();
    assert!(
        error.contains("broken/draftlint.toml:2") && error.contains("unknown field `langauge`"),
        "{error}"
    );
    assert_eq!(files[1]["path"], "good/a.md");
    assert_eq!(
        files[1]["diagnostics"][0]["rule"],
        "repetition.doubled-word"
    );
    // The configuration error is also shown once, with its line, on stderr.
    let err = stderr(&out);
    assert_eq!(err.matches("unknown field `langauge`").count(), 1, "{err}");
}
