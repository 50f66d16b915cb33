//! The command line as users run it: exit codes, inputs, configuration,
//! bad files. Every test runs the real binary.

mod common;

use common::{json, run_in, stderr, stdout};
use std::fs;

const BAD_FR: &str = "Le rapport de la la commission est paru.\n";
const CLEAN_EN: &str = "The council met on Monday and agreed on the budget.\n";

#[test]
fn exit_codes_follow_findings_and_fail_level() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.md"), BAD_FR).unwrap();
    fs::write(dir.path().join("clean.md"), CLEAN_EN).unwrap();

    let clean = run_in(dir.path(), &["check", "clean.md"], None);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));

    let bad = run_in(dir.path(), &["check", "bad.md"], None);
    assert_eq!(bad.status.code(), Some(1));

    let bad_error_level = run_in(
        dir.path(),
        &["check", "--fail-level", "error", "bad.md"],
        None,
    );
    assert_eq!(bad_error_level.status.code(), Some(0));

    let usage = run_in(dir.path(), &["check", "--format", "nope"], None);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn directories_are_walked_with_gitignore_and_extensions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("drafts/old")).unwrap();
    fs::write(root.join("drafts/a.md"), BAD_FR).unwrap();
    fs::write(root.join("drafts/b.txt"), CLEAN_EN).unwrap();
    fs::write(root.join("drafts/c.rs"), BAD_FR).unwrap();
    fs::write(root.join("drafts/old/d.md"), BAD_FR).unwrap();
    fs::write(root.join(".gitignore"), "old/\n").unwrap();
    let out = run_in(root, &["check", "--format", "json", "."], None);
    let value = json(&out);
    let mut paths: Vec<&str> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    paths.sort();
    assert_eq!(paths, ["drafts/a.md", "drafts/b.txt"]);
}

#[test]
fn stdin_uses_the_stdin_filename() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "notes/draft.md",
            "--format",
            "json",
        ],
        Some(BAD_FR.as_bytes()),
    );
    let value = json(&out);
    assert_eq!(value["files"][0]["path"], "notes/draft.md");
    assert_eq!(
        value["files"][0]["diagnostics"][0]["rule"],
        "repetition.doubled-word"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn json_matches_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.md"), format!("Titre\n\n{BAD_FR}")).unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
    let v = json(&out);
    assert_eq!(v["version"], 1);
    assert_eq!(v["tool"]["name"], "draftlint");
    let file = &v["files"][0];
    assert_eq!(file["language"], "fr");
    assert!(file["error"].is_null());
    let d = &file["diagnostics"][0];
    for key in [
        "rule",
        "category",
        "severity",
        "message",
        "span",
        "labels",
        "suggestions",
        "help",
    ] {
        assert!(d.get(key).is_some(), "missing {key}");
    }
    let span = &d["span"];
    // "Le rapport de la la": the second `la` starts at byte 7 + 17.
    assert_eq!(span["start"], 24);
    assert_eq!(span["end"], 26);
    assert_eq!(span["line"], 3);
    assert_eq!(span["column"], 18);
    assert_eq!(span["end_line"], 3);
    assert_eq!(span["end_column"], 20);
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["summary"]["warnings"], 1);
}

#[test]
fn unreadable_and_bad_files_are_reported_while_others_are_linted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("ok.md"), BAD_FR).unwrap();
    fs::write(root.join("latin1.txt"), b"Un caf\xe9 en terrasse.\n").unwrap();
    fs::write(root.join("image.txt"), b"GIF89a\x00\x01\x02").unwrap();
    fs::write(root.join("utf16.txt"), b"\xff\xfeh\x00i\x00").unwrap();
    let out = run_in(
        root,
        &[
            "check",
            "--format",
            "json",
            "ok.md",
            "latin1.txt",
            "image.txt",
            "utf16.txt",
            "missing.md",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 5);
    assert_eq!(files[0]["diagnostics"].as_array().unwrap().len(), 1);
    let err = |i: usize| files[i]["error"].as_str().unwrap_or("").to_string();
    assert!(
        err(1).contains("Windows-1252") && err(1).contains("line 1"),
        "{}",
        err(1)
    );
    assert!(err(2).contains("binary"), "{}", err(2));
    assert!(err(3).contains("UTF-16"), "{}", err(3));
    assert!(err(4).contains("no such file"), "{}", err(4));

    let human = run_in(
        root,
        &["check", "--color", "never", "latin1.txt", "ok.md"],
        None,
    );
    assert_eq!(human.status.code(), Some(2));
    assert!(
        stdout(&human).contains("latin1.txt: invalid UTF-8"),
        "{}",
        stdout(&human)
    );
    assert!(stdout(&human).contains("written twice"));
}

#[test]
fn encoding_flag_reads_windows_1252() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Un caf\xe9 en terrasse.\n").unwrap();
    let out = run_in(
        dir.path(),
        &[
            "check",
            "--encoding",
            "windows-1252",
            "--format",
            "json",
            "latin1.txt",
        ],
        None,
    );
    let v = json(&out);
    assert!(v["files"][0]["error"].is_null(), "{v}");
}

#[test]
fn bom_crlf_and_empty_files_keep_exact_spans() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Titre\r\n\r\nLe rapport de la la commission.\r\n";
    fs::write(dir.path().join("crlf.txt"), text).unwrap();
    fs::write(dir.path().join("empty.md"), "").unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "crlf.txt", "empty.md"],
        None,
    );
    let v = json(&out);
    let d = &v["files"][0]["diagnostics"][0];
    let (start, end) = (
        d["span"]["start"].as_u64().unwrap() as usize,
        d["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "la");
    assert_eq!(d["span"]["line"], 3);
    assert_eq!(d["span"]["column"], 18);
    assert_eq!(v["files"][1]["diagnostics"].as_array().unwrap().len(), 0);
    assert!(v["files"][1]["error"].is_null());
}

#[test]
fn config_errors_point_at_the_key() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("draftlint.toml"),
        "language = \"fr\"\nbogus-key = 1\n",
    )
    .unwrap();
    fs::write(dir.path().join("a.md"), CLEAN_EN).unwrap();
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bogus-key"), "{err}");
    assert!(err.contains("draftlint.toml:2"), "{err}");

    fs::write(
        dir.path().join("draftlint.toml"),
        "[rules]\n\"repetition.doubled-wrd\" = { severity = \"error\" }\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("did you mean `repetition.doubled-word`"),
        "{err}"
    );

    fs::write(
        dir.path().join("draftlint.toml"),
        "[rules]\n\"repetition.doubled-word\" = { colour = 1 }\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no option `colour`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_tunes_rules_and_overrides_apply_per_glob() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("archive")).unwrap();
    fs::write(
        root.join("draftlint.toml"),
        r#"
[rules]
"repetition.doubled-word" = { severity = "error" }

[[overrides]]
files = ["archive/**"]
rules = { "repetition" = { enabled = false } }
"#,
    )
    .unwrap();
    fs::write(root.join("new.md"), BAD_FR).unwrap();
    fs::write(root.join("archive/old.md"), BAD_FR).unwrap();
    let out = run_in(
        root,
        &["check", "--format", "json", "new.md", "archive/old.md"],
        None,
    );
    let v = json(&out);
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "error");
    assert_eq!(v["files"][1]["diagnostics"].as_array().unwrap().len(), 0);
}

#[test]
fn config_is_found_upward_from_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("a/b")).unwrap();
    fs::write(
        root.join("a/draftlint.toml"),
        "[rules]\n\"repetition\" = { enabled = false }\n",
    )
    .unwrap();
    fs::write(root.join("a/b/x.md"), BAD_FR).unwrap();
    fs::write(root.join("y.md"), BAD_FR).unwrap();
    let out = run_in(
        root,
        &["check", "--format", "json", "a/b/x.md", "y.md"],
        None,
    );
    let v = json(&out);
    assert_eq!(v["files"][0]["diagnostics"].as_array().unwrap().len(), 0);
    assert_eq!(v["files"][1]["diagnostics"].as_array().unwrap().len(), 1);
}

#[test]
fn rules_explain_and_init() {
    let dir = tempfile::tempdir().unwrap();
    let rules = run_in(dir.path(), &["rules"], None);
    assert!(stdout(&rules).contains("repetition.doubled-word"));
    let explain = run_in(dir.path(), &["explain", "repetition.doubled-word"], None);
    assert!(
        stdout(&explain).contains("Flagged:"),
        "{}",
        stdout(&explain)
    );
    let unknown = run_in(dir.path(), &["explain", "nope.nope"], None);
    assert_eq!(unknown.status.code(), Some(2));

    let init = run_in(dir.path(), &["init"], None);
    assert_eq!(init.status.code(), Some(0));
    // The written template is valid: check succeeds with it.
    fs::write(dir.path().join("a.md"), CLEAN_EN).unwrap();
    let check = run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    // So are the rule settings it shows as examples, once uncommented.
    let template = fs::read_to_string(dir.path().join("draftlint.toml")).unwrap();
    let examples: String = template
        .lines()
        .map(|l| {
            l.strip_prefix("# \"")
                .map_or(l.to_string(), |rest| format!("\"{rest}"))
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(examples.contains("\n\"consistency\" = { enabled = true }"));
    fs::write(dir.path().join("draftlint.toml"), examples).unwrap();
    let check = run_in(dir.path(), &["check", "a.md"], None);
    assert_ne!(check.status.code(), Some(2), "{}", stderr(&check));
    fs::write(dir.path().join("draftlint.toml"), template).unwrap();
    let again = run_in(dir.path(), &["init"], None);
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::write(dir.path().join(format!("f{i}.md")), BAD_FR).unwrap();
    }
    let mut child = common::draftlint()
        .current_dir(dir.path())
        .args(["check", "--color", "never", "."])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close our end of the pipe at once.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn long_single_line_file_is_linear() {
    // 2 MB on one line: must finish (50 MB: see the README's figures).
    let dir = tempfile::tempdir().unwrap();
    let sentence = "Le conseil a voté le budget sans débat. ";
    let text = sentence.repeat(2_000_000 / sentence.len());
    fs::write(dir.path().join("long.txt"), &text).unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "long.txt"], None);
    let v = json(&out);
    assert!(v["files"][0]["error"].is_null());
}

#[test]
fn force_exclude_applies_exclude_to_named_files() {
    // pre-commit runs at the top of the repository and names every staged
    // file; the configuration sits lower, its globs relative to it.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::create_dir_all(root.join("site/archive")).unwrap();
    fs::write(
        root.join("site/draftlint.toml"),
        "exclude = [\"archive/**\"]\n",
    )
    .unwrap();
    fs::write(root.join("site/archive/old.md"), BAD_FR).unwrap();
    fs::write(root.join("site/new.md"), BAD_FR).unwrap();
    let named = ["site/archive/old.md", "site/new.md"];
    let paths = |out: &std::process::Output| -> Vec<String> {
        json(out)["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    // Named files are linted even when excluded (ruff and typos agree)...
    let mut args = vec!["check", "--format", "json"];
    args.extend(named);
    assert_eq!(paths(&run_in(root, &args, None)), named);
    // ...unless --force-exclude, which the pre-commit hooks pass.
    args.push("--force-exclude");
    assert_eq!(paths(&run_in(root, &args, None)), ["site/new.md"]);
    // Walking from the top honours the lower configuration's globs too.
    let out = run_in(root, &["check", "--format", "json", "."], None);
    assert_eq!(paths(&out), ["site/new.md"]);

    let hooks = fs::read_to_string(common::repo_root().join(".pre-commit-hooks.yaml")).unwrap();
    let entries: Vec<&str> = hooks
        .lines()
        .filter_map(|l| l.trim().strip_prefix("entry:"))
        .collect();
    assert_eq!(entries.len(), 2, "{hooks}");
    for entry in entries {
        assert!(entry.contains("--force-exclude"), "{entry}");
    }
}

/// `generated.stock-phrase-density` reads the matches `generated.stock-phrase`
/// found in the same document (kept with it, found once): it must report
/// the same whether that rule ran first, runs at another severity, or is
/// disabled and leaves the search to it.
#[test]
fn stock_phrase_density_is_the_same_whatever_runs_the_stock_phrases() {
    let draft = "Dans un monde en constante évolution, la halle change de visage.\n\n\
                 Il est important de noter que les travaux dureront un an.\n\n\
                 Le marché joue un rôle crucial dans la vie du quartier.\n";
    let density = |config: &str| {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("draftlint.toml"), config).unwrap();
        fs::write(dir.path().join("halle.md"), draft).unwrap();
        let out = run_in(dir.path(), &["check", "--format", "json", "halle.md"], None);
        let v = json(&out);
        let found: Vec<serde_json::Value> = v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["rule"] == "generated.stock-phrase-density")
            .cloned()
            .collect();
        found
    };
    let alone = density("[rules.\"generated.stock-phrase\"]\nenabled = false\n");
    assert_eq!(alone.len(), 1, "three different stock phrases: {alone:?}");
    assert_eq!(alone[0]["labels"].as_array().map(Vec::len), Some(2));
    assert_eq!(density(""), alone);
    assert_eq!(
        density("[rules.\"generated.stock-phrase\"]\nseverity = \"error\"\n"),
        alone
    );
}
