//! Inputs from anywhere: NUL bytes past the first 8 KiB, escapes that look
//! like lone surrogates, mixed line endings, invisible spaces inside words,
//! control characters in file names, FIFOs, huge files, symbolic link loops
//! and unreadable directories. None may panic, hang or stop the run; each
//! is linted exactly or reported. (Invalid UTF-8, Windows-1252, UTF-16,
//! BOM, CRLF, empty and very long files are covered in tests/cli.rs.)

mod common;

use common::{json, run_in, stdout};
use std::fs;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Each diagnostic's span, the text it covers and its JSON line and column.
fn spans(v: &serde_json::Value, file: usize, text: &str) -> Vec<(String, String, u64, u64)> {
    v["files"][file]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = &d["span"];
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            (
                d["rule"].as_str().unwrap().to_string(),
                text[start..end].to_string(),
                s["line"].as_u64().unwrap(),
                s["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn doubled(v: &serde_json::Value, text: &str) -> Vec<(String, u64, u64)> {
    spans(v, 0, text)
        .into_iter()
        .filter(|(rule, ..)| rule == "repetition.doubled-word")
        .map(|(_, t, l, c)| (t, l, c))
        .collect()
}

/// Runs a command, failing the test if it has not finished in `limit`.
/// Output is read while it runs, so a full pipe cannot stall the child.
fn run_with_timeout(mut cmd: Command, limit: Duration) -> Output {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            pipe.read_to_end(&mut buf).unwrap();
            buf
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("draftlint still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

#[test]
fn nul_byte_after_the_first_8_kib_is_reported_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = "Une ligne de texte ordinaire.\n".repeat(400).into_bytes();
    assert!(bytes.len() > 8192);
    bytes.extend_from_slice(b"suite\x00fin\n");
    fs::write(dir.path().join("nul.txt"), &bytes).unwrap();
    fs::write(
        dir.path().join("ok.txt"),
        "Le rapport de la la commission.\n",
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "nul.txt", "ok.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let error = v["files"][0]["error"].as_str().unwrap();
    assert!(
        error.contains("binary") && error.contains("line 401"),
        "{error}"
    );
    assert_eq!(v["files"][1]["diagnostics"].as_array().unwrap().len(), 1);
}

#[test]
fn surrogate_escapes_are_literal_text() {
    // `\ud800` is six ASCII characters, not a code point: it must survive
    // into JSON (which would reject a real lone surrogate) untouched.
    let dir = tempfile::tempdir().unwrap();
    let text = "Voir \\ud800 et \\uDFFF puis \\u{D800}, et la la fin.\n";
    fs::write(dir.path().join("esc.txt"), text).unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "esc.txt"], None);
    let v = json(&out);
    assert!(v["files"][0]["error"].is_null());
    assert_eq!(doubled(&v, text), vec![("la".to_string(), 1, 44)]);
}

#[test]
fn mixed_line_endings_keep_exact_spans() {
    // LF, CRLF and a lone CR (old Mac) in one file. Lines are counted at
    // `\n` only, as the JSON contract says; a lone CR is not a line break.
    let dir = tempfile::tempdir().unwrap();
    let text = "Premier paragraphe.\n\r\nLe le chat.\r\nUn mot\rpuis la la fin.\n";
    fs::write(dir.path().join("mixed.txt"), text).unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "mixed.txt"],
        None,
    );
    let v = json(&out);
    assert_eq!(
        doubled(&v, text),
        vec![("le".to_string(), 3, 4), ("la".to_string(), 4, 16)]
    );
}

#[test]
fn invisible_spaces_inside_words() {
    // A no-break space (U+00A0) or narrow no-break space (U+202F) separates
    // words; a zero-width space (U+200B) or joiner inside a word must not
    // produce a span that cuts a character.
    let dir = tempfile::tempdir().unwrap();
    let text = "Le rapport de la\u{a0}la commission et le\u{202f}le vote.\nUn rap\u{200b}port, un dé\u{200d}bat, un \u{feff}mot.\n";
    fs::write(dir.path().join("nbsp.txt"), text).unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "nbsp.txt"], None);
    let v = json(&out);
    assert!(v["files"][0]["error"].is_null());
    assert_eq!(
        doubled(&v, text),
        vec![("la".to_string(), 1, 18), ("le".to_string(), 1, 38)]
    );
    // Every span slices the text (spans() would panic otherwise).
    let all = spans(&v, 0, text);
    assert!(all.iter().all(|(_, t, ..)| !t.is_empty()));
}

#[test]
fn control_characters_in_file_names_do_not_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\u{1b}[2Jb\rc.txt";
    fs::write(dir.path().join(name), "Le le chat.\n").unwrap();
    let out = run_in(dir.path(), &["check", "--color", "never", name], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("\\u{1b}"), "{text}");
}

#[test]
fn fifo_named_on_the_command_line_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.md");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    fs::write(dir.path().join("ok.md"), "Le le chat.\n").unwrap();
    let mut cmd = common::draftlint();
    cmd.current_dir(dir.path())
        .args(["check", "--format", "json", "pipe.md", "ok.md", "."]);
    let out = run_with_timeout(cmd, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let error = v["files"][0]["error"].as_str().unwrap();
    assert!(error.contains("not a regular file"), "{error}");
    // Walking the directory skips the FIFO and lints the rest.
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["pipe.md", "ok.md", "ok.md"]);
}

#[test]
fn huge_file_is_refused_without_being_read() {
    // A sparse file: 300 MiB long, no disk used, refused from its size.
    let dir = tempfile::tempdir().unwrap();
    let file = fs::File::create(dir.path().join("dump.txt")).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap();
    let mut cmd = common::draftlint();
    cmd.current_dir(dir.path())
        .args(["check", "--format", "json", "dump.txt"]);
    let out = run_with_timeout(cmd, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let error = v["files"][0]["error"].as_str().unwrap();
    assert!(error.contains("larger than"), "{error}");
}

#[cfg(unix)]
#[test]
fn directory_symlink_loop_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("docs/sub")).unwrap();
    fs::write(root.join("docs/a.md"), "Le le chat.\n").unwrap();
    fs::write(root.join("docs/sub/b.md"), "Le chat dort.\n").unwrap();
    std::os::unix::fs::symlink("..", root.join("docs/sub/back")).unwrap();
    let mut cmd = common::draftlint();
    cmd.current_dir(root)
        .args(["check", "--format", "json", "docs"]);
    let out = run_with_timeout(cmd, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    let find = |suffix: &str| {
        files
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} missing from {v}"))
    };
    assert_eq!(
        find("docs/a.md")["diagnostics"].as_array().unwrap().len(),
        1
    );
    assert!(find("docs/sub/b.md")["error"].is_null());
    let looped = find("back");
    assert!(
        looped["error"].as_str().unwrap().contains("loop"),
        "{looped}"
    );
    assert_eq!(files.len(), 3, "{v}");
}

#[cfg(unix)]
/// Runs draftlint as an unprivileged user when the tests run as root (root
/// reads any directory, whatever its mode), directly otherwise.
fn draftlint_unprivileged(dir: &std::path::Path) -> Option<Command> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let binary = env!("CARGO_BIN_EXE_draftlint");
    let mut cmd = if is_root {
        let setpriv = Command::new("setpriv").arg("--version").output();
        if setpriv.is_err() {
            eprintln!("skipped: running as root without setpriv");
            return None;
        }
        let mut cmd = Command::new("setpriv");
        cmd.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
            binary,
        ]);
        cmd
    } else {
        Command::new(binary)
    };
    cmd.current_dir(dir).env_remove("NO_COLOR");
    Some(cmd)
}

#[cfg(unix)]
#[test]
fn unreadable_subdirectory_is_reported_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("drafts/secret")).unwrap();
    fs::write(root.join("drafts/ok.md"), "Le le chat.\n").unwrap();
    fs::write(root.join("drafts/secret/hidden.md"), "Texte.\n").unwrap();
    // The unprivileged user must reach the tree and read what is readable.
    for (path, mode) in [
        (root.to_path_buf(), 0o755),
        (root.join("drafts"), 0o755),
        (root.join("drafts/ok.md"), 0o644),
        (root.join("drafts/secret"), 0o000),
    ] {
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
    }
    let Some(mut cmd) = draftlint_unprivileged(root) else {
        return;
    };
    cmd.args(["check", "--format", "json", "drafts"]);
    let out = run_with_timeout(cmd, Duration::from_secs(30));
    fs::set_permissions(
        root.join("drafts/secret"),
        fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{v}");
    let ok = files
        .iter()
        .find(|f| f["path"] == "drafts/ok.md")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(ok["diagnostics"].as_array().unwrap().len(), 1);
    let secret = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().contains("secret"))
        .unwrap_or_else(|| panic!("{v}"));
    let error = secret["error"].as_str().unwrap();
    assert!(error.contains("ermission denied"), "{error}");
}

#[test]
fn pathological_texts_finish_quickly_with_bounded_output() {
    // Each of these took seconds to minutes (quadratic) before: a 100,000-
    // letter "word" (compound and prefix lookups), and 30,000 findings on
    // one line (the human snippet printed the whole line each time).
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("word-en.txt"), "a".repeat(100_000)).unwrap();
    fs::write(dir.path().join("word-fr.txt"), "é".repeat(100_000)).unwrap();
    fs::write(dir.path().join("doubled.txt"), "le ".repeat(30_000)).unwrap();
    for format in ["json", "human"] {
        let mut cmd = common::draftlint();
        cmd.current_dir(dir.path()).args([
            "check",
            "--color",
            "never",
            "--format",
            format,
            "word-en.txt",
            "word-fr.txt",
            "doubled.txt",
        ]);
        let out = run_with_timeout(cmd, Duration::from_secs(60));
        assert_eq!(out.status.code(), Some(1), "{format}");
        // ≈ 30,000 findings of a few hundred bytes each, not 30,000 copies
        // of a 90 KB line.
        assert!(
            out.stdout.len() < 40_000_000,
            "{format}: {} bytes",
            out.stdout.len()
        );
    }
}

#[test]
fn human_output_stays_linear_in_a_draft_of_long_lines() {
    // Eleven lines of 9,600 bytes, each a run of doubled words: 1,000
    // findings, each quoting its 9.6 KB line, printed 9.6 MB for 105 KB.
    // Past a budget (twice the file, at least 1 MiB) findings are listed
    // by their places instead.
    let dir = tempfile::tempdir().unwrap();
    let line = "le ".repeat(3_200);
    let text = format!("{}\n", [line.trim_end(); 11].join("\n"));
    fs::write(dir.path().join("long.md"), &text).unwrap();
    let mut cmd = common::draftlint();
    cmd.current_dir(dir.path())
        .args(["check", "--color", "never", "long.md"]);
    let out = run_with_timeout(cmd, Duration::from_secs(60));
    assert_eq!(out.status.code(), Some(1));
    let printed = out.stdout.len();
    assert!(printed < 2 * 1024 * 1024, "{printed} bytes of output");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("(not quoted: this file's findings have quoted enough already)"),
        "{}",
        &shown[shown.len().saturating_sub(2000)..]
    );
    // Every finding is still there.
    assert!(shown.contains("more findings of `repetition.doubled-word`"));
}
