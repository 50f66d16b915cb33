//! `--fix` against an editor saving the draft at the same time: no save may
//! be lost.
//!
//! A writer thread saves the draft (new content each time, alternately
//! written in place and written to a temporary file renamed over it, as
//! editors do) while `draftlint check --fix` runs, again and again. Half the
//! rounds hammer the draft with saves during the whole run; the other half
//! save once at the worst moment, as soon as draftlint's temporary file
//! appears beside the draft (the fixed text is being written: the window
//! between draftlint's last look at the draft and its rename).
//!
//! After each round the draft must hold the latest save, or the fixed text
//! of the latest save (draftlint read it after the last save). Anything
//! else means a save was lost.

#![cfg(target_os = "linux")]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// About the size of the draft the loss was first seen on (1.8 MB): most of
/// it a code block, which draftlint skips, so a round takes little time
/// while writing the fixed file still does.
fn save(k: usize) -> String {
    let mut text = format!("# Market notes {k}\n\nWe went to the the market on day {k}.\n\n```\n");
    let line = format!("let value_{k} = compute(input, {k});\n");
    while text.len() < 1_800_000 {
        text.push_str(&line);
    }
    text.push_str("```\n");
    text
}

fn fixed(k: usize) -> String {
    save(k).replacen("the the", "the", 1)
}

#[derive(Clone, Copy, PartialEq)]
enum Saves {
    /// Save after save for as long as draftlint runs.
    Hammer,
    /// One save, as soon as draftlint's temporary file appears.
    WhileTheFixIsWritten,
}

/// Save `k` is written in place when `k` is even, else renamed over the
/// draft from a temporary file written beforehand (editors write their
/// file first; the rename is the moment that matters).
fn in_place(k: usize) -> bool {
    k.is_multiple_of(2)
}

fn prepare_save(dir: &Path, k: usize) -> Option<PathBuf> {
    (!in_place(k)).then(|| {
        let temp = dir.join(format!(".editor-save-{k}"));
        fs::write(&temp, save(k)).unwrap();
        temp
    })
}

fn write_save(path: &Path, k: usize, prepared: Option<PathBuf>) {
    match prepared {
        Some(temp) => fs::rename(temp, path).unwrap(),
        None => fs::write(path, save(k)).unwrap(),
    }
}

fn draftlint_temp_exists(dir: &Path) -> bool {
    fs::read_dir(dir).unwrap().any(|e| {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        name.starts_with(".draft.md.draftlint-")
    })
}

/// What a round saw.
struct Round {
    saves: usize,
    lost: bool,
}

/// One round: the draft starts as save `first`; saves are numbered from
/// there.
fn round(dir: &Path, first: usize, mode: Saves) -> Round {
    let path: PathBuf = dir.join("draft.md");
    fs::write(&path, save(first)).unwrap();
    let latest = Arc::new(AtomicUsize::new(first));
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, dir, latest, done) = (
            path.clone(),
            dir.to_path_buf(),
            Arc::clone(&latest),
            Arc::clone(&done),
        );
        std::thread::spawn(move || match mode {
            Saves::Hammer => {
                let mut k = first;
                while !done.load(Ordering::Acquire) {
                    k += 1;
                    write_save(&path, k, prepare_save(&dir, k));
                    latest.store(k, Ordering::Release);
                    std::thread::sleep(Duration::from_millis(k as u64 % 7));
                }
            }
            Saves::WhileTheFixIsWritten => {
                // Alternately in place and renamed, from round to round.
                let k = first + 1 + (first / 2_000) % 2;
                let prepared = prepare_save(&dir, k);
                while !done.load(Ordering::Acquire) {
                    if draftlint_temp_exists(&dir) {
                        write_save(&path, k, prepared);
                        latest.store(k, Ordering::Release);
                        return;
                    }
                }
                if let Some(temp) = prepared {
                    let _ = fs::remove_file(temp);
                }
            }
        })
    };
    let out = common::draftlint()
        .current_dir(dir)
        .args(["check", "--fix", "draft.md"])
        .output()
        .unwrap();
    done.store(true, Ordering::Release);
    writer.join().unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let last = latest.load(Ordering::Acquire);
    let now = fs::read_to_string(&path).unwrap();
    let saves = usize::from(last != first)
        * if mode == Saves::Hammer {
            last - first
        } else {
            1
        };
    if now == save(last) || now == fixed(last) {
        return Round { saves, lost: false };
    }
    // Anything but an older save (or its fix) would be a torn file.
    let older = (first..last).any(|k| now == save(k) || now == fixed(k));
    assert!(older, "the draft is neither a save nor a fixed save");
    Round { saves, lost: true }
}

#[test]
fn no_save_is_lost_while_fix_runs() {
    let dir = tempfile::tempdir().unwrap();
    // Spelling off: loading dictionaries would be most of each run.
    fs::write(
        dir.path().join("draftlint.toml"),
        "[rules]\n\"spelling\" = { enabled = false }\n",
    )
    .unwrap();
    let start = Instant::now();
    let (mut targeted, mut targeted_lost, mut hammered, mut hammer_lost) = (0, 0, 0, 0);
    for i in 0..14 {
        let first = i * 1_000;
        if i % 2 == 0 {
            let r = round(dir.path(), first, Saves::WhileTheFixIsWritten);
            targeted += r.saves;
            targeted_lost += usize::from(r.lost);
        } else {
            let r = round(dir.path(), first, Saves::Hammer);
            hammered += r.saves;
            hammer_lost += usize::from(r.lost);
        }
    }
    let report = format!(
        "saves made while the fix was written: {targeted_lost} of {targeted} lost; \
         saves hammered during whole runs: {hammered}, {hammer_lost} rounds lost one ({:.1?})",
        start.elapsed()
    );
    eprintln!("{report}");
    assert_eq!(targeted_lost + hammer_lost, 0, "{report}");
}
