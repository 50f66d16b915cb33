//! A hostile repository, second round of issue 12: files the repository
//! holds or names that draftlint used to read or write without bounds —
//! a configuration or baseline that is a link out of the repository, a
//! baseline or word list that leads to a file elsewhere, ignore files
//! that are FIFOs or `/dev/zero`, sparse files of gigabytes, a key of
//! megabytes. Each runs the real binary with a time limit: before the
//! fixes, some of these hung or ate all the memory.

#![cfg(unix)]

mod common;

use common::{json, stderr};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The first line of a file outside the repository, which must never be
/// printed.
const SECRET: &str = "root:$6$never-print-this-line:19000:0:99999:7:::";

/// `top/outside/secret` and `top/repo`, a git work tree with one draft.
fn repository() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let top = tempfile::tempdir().unwrap();
    let outside = top.path().join("outside");
    let repo = top.path().join("repo");
    fs::create_dir_all(&outside).unwrap();
    fs::create_dir_all(repo.join(".git")).unwrap();
    fs::write(outside.join("secret"), format!("{SECRET}\n")).unwrap();
    fs::write(repo.join("draft.md"), "We went to the the market.\n").unwrap();
    (top, repo, outside)
}

/// Runs draftlint in `dir`; kills it after `limit` (then the test fails
/// with what it printed on standard error so far).
fn run_bounded(dir: &Path, args: &[&str], limit: Duration) -> Output {
    let mut child = common::draftlint()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drained as it runs: a full pipe would block it.
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr_reader = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            let printed = stderr_reader.join().unwrap();
            panic!(
                "draftlint {args:?} still running after {limit:?}; stderr: {}",
                String::from_utf8_lossy(&printed)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr_reader.join().unwrap(),
    }
}

const LIMIT: Duration = Duration::from_secs(60);

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

fn sparse(path: &Path, bytes: u64) {
    fs::File::create(path).unwrap().set_len(bytes).unwrap();
}

const GIB: u64 = 1024 * 1024 * 1024;

#[test]
fn a_configuration_linked_out_of_the_repository_is_not_read() {
    let (_top, repo, outside) = repository();
    symlink(outside.join("secret"), repo.join("draftlint.toml")).unwrap();
    for args in [
        &["check", "draft.md"][..],
        &["check", "--format", "json", "draft.md"],
        &["check", "--config", "draftlint.toml", "draft.md"],
    ] {
        let out = run_bounded(&repo, args, LIMIT);
        let printed = format!("{}{}", common::stdout(&out), stderr(&out));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {printed}");
        assert!(!printed.contains("never-print"), "{args:?}: {printed}");
        assert!(printed.contains("outside"), "{args:?}: {printed}");
    }
    // A link inside the repository is a configuration like any other.
    fs::remove_file(repo.join("draftlint.toml")).unwrap();
    fs::write(repo.join("shared.toml"), "fail-level = \"error\"\n").unwrap();
    symlink("shared.toml", repo.join("draftlint.toml")).unwrap();
    let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_baseline_linked_out_of_the_repository_is_neither_read_nor_written() {
    let (_top, repo, outside) = repository();
    symlink(outside.join("secret"), repo.join("baseline.json")).unwrap();
    let out = run_bounded(&repo, &["check", "--baseline", "baseline.json"], LIMIT);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("never-print"), "{}", stderr(&out));
    assert!(stderr(&out).contains("outside"), "{}", stderr(&out));

    let out = run_bounded(
        &repo,
        &["check", "--write-baseline", "baseline.json", "draft.md"],
        LIMIT,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(outside.join("secret")).unwrap(),
        format!("{SECRET}\n")
    );
}

#[test]
fn a_fifo_named_as_a_baseline_does_not_block_the_run() {
    let (_top, repo, _outside) = repository();
    mkfifo(&repo.join("baseline.json"));
    let out = run_bounded(&repo, &["check", "--baseline", "baseline.json"], LIMIT);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
    // Written: the name is replaced by the baseline, never opened.
    let out = run_bounded(
        &repo,
        &["check", "--write-baseline", "baseline.json", "draft.md"],
        LIMIT,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = fs::read_to_string(repo.join("baseline.json")).unwrap();
    assert!(written.contains("repetition.doubled-word"), "{written}");
}

#[test]
fn words_add_to_a_list_linked_out_of_the_repository_is_refused() {
    let (_top, repo, outside) = repository();
    symlink(outside.join("secret"), repo.join("words.txt")).unwrap();
    let out = run_bounded(
        &repo,
        &["words", "add", "--to", "words.txt", "Matignon"],
        LIMIT,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("outside"), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(outside.join("secret")).unwrap(),
        format!("{SECRET}\n")
    );
    // A FIFO of that name does not block it.
    fs::remove_file(repo.join("words.txt")).unwrap();
    mkfifo(&repo.join("words.txt"));
    let out = run_bounded(
        &repo,
        &["words", "add", "--to", "words.txt", "Matignon"],
        LIMIT,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn hostile_ignore_files_are_reported_and_the_rest_is_linted() {
    let (_top, repo, outside) = repository();
    for dir in ["fifo", "zero", "sparse", "out", "fine"] {
        fs::create_dir(repo.join(dir)).unwrap();
        fs::write(repo.join(dir).join("a.md"), "The the end.\n").unwrap();
    }
    mkfifo(&repo.join("fifo/.gitignore"));
    symlink("/dev/zero", repo.join("zero/.ignore")).unwrap();
    sparse(&repo.join("sparse/.gitignore"), 8 * GIB);
    fs::write(outside.join("ignore-all"), "*.md\n").unwrap();
    symlink(outside.join("ignore-all"), repo.join("out/.gitignore")).unwrap();
    fs::write(repo.join("fine/.gitignore"), "a.md\n").unwrap();
    mkfifo(&repo.join(".git/exclude-fifo"));
    fs::create_dir(repo.join(".git/info")).unwrap();
    symlink("../exclude-fifo", repo.join(".git/info/exclude")).unwrap();

    let out = run_bounded(&repo, &["check", "--format", "json", "."], LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let v = json(&out);
    let mut linted = Vec::new();
    let mut refused = Vec::new();
    for file in v["files"].as_array().unwrap() {
        let path = file["path"].as_str().unwrap().trim_start_matches("./");
        match file["error"].as_str() {
            Some(error) => refused.push((path.to_string(), error.to_string())),
            None => linted.push(path.to_string()),
        }
    }
    linted.sort();
    assert_eq!(
        linted,
        [
            "draft.md",
            "fifo/a.md",
            "out/a.md",
            "sparse/a.md",
            "zero/a.md"
        ]
    );
    refused.sort();
    let refused_paths: Vec<&str> = refused.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        refused_paths,
        [
            ".git/info/exclude",
            "fifo/.gitignore",
            "out/.gitignore",
            "sparse/.gitignore",
            "zero/.ignore"
        ],
        "{refused:?}"
    );
    assert!(refused.iter().all(|(_, e)| e.contains("not applied")));
}

#[test]
fn oversized_configuration_files_are_refused_from_their_size() {
    let (_top, repo, _outside) = repository();
    sparse(&repo.join("pack.toml"), 8 * GIB);
    sparse(&repo.join("words.txt"), 8 * GIB);
    for config in [
        "packs = [\"pack.toml\"]\n",
        "[spelling]\nword-lists = [\"words.txt\"]\n",
    ] {
        fs::write(repo.join("draftlint.toml"), config).unwrap();
        let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
        assert_eq!(out.status.code(), Some(2), "{config}");
        assert!(stderr(&out).contains("larger than"), "{}", stderr(&out));
    }
    fs::remove_file(repo.join("draftlint.toml")).unwrap();
    sparse(&repo.join("draftlint.toml"), 8 * GIB);
    let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("larger than"), "{}", stderr(&out));
}

#[test]
fn an_unknown_rule_key_of_megabytes_is_refused_at_once() {
    let (_top, repo, _outside) = repository();
    let key = "x".repeat(900 * 1024);
    fs::write(
        repo.join("draftlint.toml"),
        format!("[rules]\n\"{key}\" = {{ enabled = false }}\n"),
    )
    .unwrap();
    let start = Instant::now();
    let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown rule"));
    // The "did you mean" search compared the key with every rule id
    // (seconds per key); now only ids of about its length are compared.
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

/// A pack of `count` rules made by `rule(i)` (the TOML of one rule).
fn pack(count: usize, rule: impl Fn(usize) -> String) -> String {
    let mut text = String::from("[pack]\nname = \"house\"\ncategory = \"style\"\n");
    for i in 0..count {
        text.push_str(&format!(
            "\n[[rules]]\nname = \"r{i}\"\nsummary = \"s\"\nmessage = \"m\"\n{}\n",
            rule(i)
        ));
    }
    text
}

#[test]
fn a_small_pack_of_exploding_patterns_is_refused_at_load() {
    // 28 KB of bounded repetitions compiled to 1 GB in 11 s.
    let (_top, repo, _outside) = repository();
    let text = pack(300, |i| {
        format!("kind = \"pattern\"\npattern = '\\w{{1,40}}x{i}'")
    });
    fs::write(repo.join("house.toml"), text).unwrap();
    fs::write(repo.join("draftlint.toml"), "packs = [\"house.toml\"]\n").unwrap();
    let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("MiB once compiled"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn packs_may_not_add_thousands_of_rules() {
    let (_top, repo, _outside) = repository();
    let text = pack(1_001, |i| {
        format!("kind = \"phrase\"\nphrases = [\"zq{i} xw\"]")
    });
    fs::write(repo.join("house.toml"), text).unwrap();
    fs::write(repo.join("draftlint.toml"), "packs = [\"house.toml\"]\n").unwrap();
    let out = run_bounded(&repo, &["check", "draft.md"], LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("1000 rules"), "{}", stderr(&out));
}
