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

/// A draft saved by someone else while draftlint was linting it: the fix,
/// computed on the old text, must not overwrite the new one. The edit is
/// made as soon as /proc shows the draft was read, while the (long) lint
/// is still running.
#[cfg(target_os = "linux")]
#[test]
fn a_draft_edited_during_the_run_is_left_untouched_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.md");
    let draft = varied_draft(1_000_000);
    fs::write(&path, &draft).unwrap();
    let mut child = common::draftlint()
        .current_dir(dir.path())
        .args(["check", "--fix", "draft.md"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let io = format!("/proc/{}/io", child.id());
    let read_so_far = || {
        fs::read_to_string(&io)
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("rchar: "))
                    .and_then(|n| n.trim().parse::<usize>().ok())
            })
            .unwrap_or(0)
    };
    let start = std::time::Instant::now();
    while read_so_far() < draft.len() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "draft never read"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run ended before the edit; make the draft longer"
    );
    let edited = "Someone else's version, saved meanwhile.\n";
    fs::write(&path, edited).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(fs::read_to_string(&path).unwrap(), edited, "{stderr}");
    assert!(
        stderr.contains("not fixed: draft.md: it changed since it was read"),
        "{stderr}"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the findings are still reported"
    );
}

/// About `bytes` of French prose with a doubled word in every paragraph,
/// varied enough (a fixed pseudo-random sequence) not to be one repeated
/// sentence.
#[cfg(target_os = "linux")]
fn varied_draft(bytes: usize) -> String {
    const NOUNS: &[&str] = &[
        "maison", "rivière", "conseil", "budget", "quartier", "projet", "école", "marché",
        "jardin", "musée", "saison", "village", "pont", "parc", "voisin", "atelier", "gare",
        "piscine", "stade", "récolte",
    ];
    const VERBS: &[&str] = &[
        "présente",
        "prépare",
        "annonce",
        "ouvre",
        "répare",
        "visite",
    ];
    let mut state: u64 = 12_345;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize % n
    };
    let mut text = String::new();
    while text.len() < bytes {
        for sentence in 0..4 {
            let subject = NOUNS[next(NOUNS.len())];
            let verb = VERBS[next(VERBS.len())];
            let doubled = if sentence == 0 { "le le" } else { "le" };
            text.push_str(&format!("Le {subject} {verb} {doubled}"));
            for _ in 0..6 + next(8) {
                text.push(' ');
                text.push_str(NOUNS[next(NOUNS.len())]);
            }
            text.push_str(". ");
        }
        text.push_str("\n\n");
    }
    text
}

/// The fixed text goes to a temporary file before it replaces the draft:
/// that file must never be readable by more users than the draft, not
/// even for the moment it is being written. Watched for from outside
/// while `--fix` writes a large 0600 draft.
#[cfg(target_os = "linux")]
#[test]
fn the_temporary_file_has_the_drafts_mode_from_the_start() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("private.md");
    let mut draft = String::from("Private notes: we met the the lawyer.\n\n```\n");
    while draft.len() < 4_000_000 {
        draft.push_str("account 0000 0000 0000 0000\n");
    }
    draft.push_str("```\n");
    let mut modes_seen = Vec::new();
    for _ in 0..10 {
        fs::write(&path, &draft).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let mut child = common::draftlint()
            .current_dir(dir.path())
            .args(["check", "--fix", "private.md"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            for entry in fs::read_dir(dir.path()).unwrap() {
                let entry = entry.unwrap();
                if entry.file_name().to_string_lossy().contains(".tmp")
                    && let Ok(meta) = entry.metadata()
                {
                    modes_seen.push(meta.permissions().mode() & 0o777);
                }
            }
        }
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        if !modes_seen.is_empty() {
            break;
        }
    }
    assert!(!modes_seen.is_empty(), "the temporary file was never seen");
    assert!(
        modes_seen.iter().all(|&m| m == 0o600),
        "modes seen: {modes_seen:?} (0o600 = 384)"
    );
}

/// Running as root (CI), the fixed file keeps the draft's owner and group:
/// a fix must not hand someone's draft over to root.
#[cfg(target_os = "linux")]
#[test]
fn the_owner_and_group_are_kept() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    fs::write(&path, "We went to the the market.\n").unwrap();
    if std::os::unix::fs::chown(&path, Some(4321), Some(8765)).is_err() {
        eprintln!("skipped: only root can give a file away");
        return;
    }
    let out = run_in(dir.path(), &["check", "--fix", "a.md"], None);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "We went to the market.\n"
    );
    let meta = fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4321, 8765));
}

#[cfg(unix)]
#[test]
fn read_only_and_hard_linked_drafts_are_left_alone_unless_forced() {
    use std::os::unix::fs::PermissionsExt;
    let doubled = "We went to the the market.\n";
    let fixed = "We went to the market.\n";
    let dir = tempfile::tempdir().unwrap();
    let read_only = dir.path().join("read-only.md");
    fs::write(&read_only, doubled).unwrap();
    fs::set_permissions(&read_only, fs::Permissions::from_mode(0o444)).unwrap();
    let linked = dir.path().join("linked.md");
    fs::write(&linked, doubled).unwrap();
    fs::hard_link(&linked, dir.path().join("other-name.md")).unwrap();

    let out = run_in(
        dir.path(),
        &["check", "--fix", "read-only.md", "linked.md"],
        None,
    );
    let err = common::stderr(&out);
    assert!(
        err.contains("not fixed: read-only.md: it is read-only"),
        "{err}"
    );
    assert!(
        err.contains("not fixed: linked.md: it has 2 hard links; --fix would split them"),
        "{err}"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the findings are still reported"
    );
    assert_eq!(fs::read_to_string(&read_only).unwrap(), doubled);
    assert_eq!(fs::read_to_string(&linked).unwrap(), doubled);

    let out = run_in(
        dir.path(),
        &["check", "--fix", "--force-fix", "read-only.md", "linked.md"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(fs::read_to_string(&read_only).unwrap(), fixed);
    let mode = fs::metadata(&read_only).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444, "still read-only");
    assert_eq!(fs::read_to_string(&linked).unwrap(), fixed);
    // The other name keeps the old text: that is what forcing means.
    assert_eq!(
        fs::read_to_string(dir.path().join("other-name.md")).unwrap(),
        doubled
    );
}
