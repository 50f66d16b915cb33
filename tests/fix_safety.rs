//! `--fix` never loses a byte: line endings and BOM survive, a second run
//! changes nothing, and a run killed at any moment leaves every file either
//! as it was or fully fixed.

mod common;

use common::run_in;
use std::fs;
use std::time::Duration;

#[test]
fn bom_and_line_endings_survive_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Title\r\n\r\nWe went to the the market.\r\nIt rained.\rThen it stopped.\n";
    fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = run_in(dir.path(), &["check", "--fix", "a.txt"], None);
    assert_ne!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let fixed = fs::read_to_string(dir.path().join("a.txt")).unwrap();
    assert_eq!(fixed, text.replacen("the the", "the", 1));
}

#[test]
fn fixing_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "# Note\n\nWe went to the the the market, voire même plus loin.\n\nEvery visitor receives a free gift.\n",
    )
    .unwrap();
    run_in(dir.path(), &["check", "--fix", "a.md"], None);
    let once = fs::read(dir.path().join("a.md")).unwrap();
    let second = run_in(dir.path(), &["check", "--fix", "a.md"], None);
    assert_eq!(fs::read(dir.path().join("a.md")).unwrap(), once);
    let diff = run_in(dir.path(), &["check", "--diff", "a.md"], None);
    assert!(
        !common::stdout(&diff).contains("@@"),
        "a second fix would still change: {}{}",
        common::stdout(&diff),
        common::stderr(&second)
    );
}

#[test]
fn a_killed_run_leaves_each_file_old_or_fixed() {
    let original = "Les habitants ont voté le le budget du quartier.\n";
    let fixed = "Les habitants ont voté le budget du quartier.\n";
    for delay_ms in [5u64, 30, 120] {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..400 {
            fs::write(dir.path().join(format!("d{i:03}.md")), original).unwrap();
        }
        let mut child = common::draftlint()
            .current_dir(dir.path())
            .args(["check", "--fix", "."])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        for entry in fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".md") {
                // A temporary file may remain after a kill; it must not be
                // a draft the next run would lint.
                continue;
            }
            let now = fs::read_to_string(&path).unwrap();
            assert!(
                now == original || now == fixed,
                "{name} after a kill at {delay_ms} ms: {now:?}"
            );
        }
    }
}
