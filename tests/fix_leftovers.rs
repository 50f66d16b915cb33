//! A safe fix that deletes a web-page widget must delete all of it.
//!
//! `--fix` applies "safe" deletions unattended. Deleting only the words a
//! rule matched turns `Share on Facebook` into a stray `Facebook`: the fix
//! made new debris, and nobody looked. This test applies every safe fix to
//! real documents (the bundled `fixtures/`, and `../shared/corpus` when it
//! is beside the repository), lints again, and checks that
//!
//! (a) no finding appears that was not there before the fix, and
//! (b) no fragment of a deleted widget is left: each safe promo deletion
//!     leaves no word on the line(s) it touches, and no line of the fixed
//!     file is a new, shorter run of a deleted widget line's words.
//!
//! The corpus is linted without the spelling rules: a debug build spends
//! most of a minute in them on 70 documents, and a whole-line deletion
//! cannot create a misspelling. The fixtures keep every rule.

mod common;

use common::{json, repo_root, run_in};
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Lowercase runs of letters and digits: what counts as a word here.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The byte range of the whole lines that `start..end` touches, line
/// endings excluded.
fn lines_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    (line_start, line_end)
}

fn copy_tree(from: &Path, to: &Path, keep: &dyn Fn(&Path) -> bool) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target, keep);
        } else if keep(&path) {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// `--format json` for every file under `dir`, by path.
fn lint(dir: &Path, extra: &[&str]) -> HashMap<String, Value> {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(".");
    let out = run_in(dir, &args, None);
    assert_ne!(out.status.code(), Some(2), "{}", common::stderr(&out));
    json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap().to_string(), f.clone()))
        .collect()
}

/// Rule and message of each finding: what "the same finding" means across
/// a fix that moves text around. Numbers are left out of the message: a
/// deleted line changes counts ("9 of the 83 sentences") without making
/// anything new.
fn findings(file: &Value) -> HashMap<(String, String), usize> {
    let mut out = HashMap::new();
    for d in file["diagnostics"].as_array().unwrap() {
        let key = (
            d["rule"].as_str().unwrap().to_string(),
            d["message"]
                .as_str()
                .unwrap()
                .replace(|c: char| c.is_ascii_digit(), "#"),
        );
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

/// Applies every safe fix under `dir` and returns the problems found.
fn check_fixes_leave_nothing(dir: &Path) -> Vec<String> {
    let before: HashMap<String, (Value, String)> = lint(dir, &[])
        .into_iter()
        .map(|(path, report)| {
            let text = fs::read_to_string(dir.join(&path)).unwrap();
            (path, (report, text))
        })
        .collect();
    let after = lint(dir, &["--fix"]);
    let mut problems = Vec::new();
    for (path, (before, original)) in &before {
        let fixed = fs::read_to_string(dir.join(path)).unwrap();

        // (a) Nothing new.
        let old = findings(before);
        for (key, count) in findings(&after[path]) {
            if count > old.get(&key).copied().unwrap_or(0) {
                problems.push(format!("{path}: new finding after --fix: {key:?}"));
            }
        }

        // (b) The lines that held a safely deleted widget.
        let mut widget_lines: Vec<Vec<String>> = Vec::new();
        for d in before["diagnostics"].as_array().unwrap() {
            if d["category"] != "promo" {
                continue;
            }
            for s in d["suggestions"].as_array().unwrap() {
                if s["safe"] != true || s["replacement"] != "" {
                    continue;
                }
                let (start, end) = (
                    s["span"]["start"].as_u64().unwrap() as usize,
                    s["span"]["end"].as_u64().unwrap() as usize,
                );
                // A deletion that takes a line ending ends on that line.
                let last = if original[start..end].ends_with('\n') {
                    end - 1
                } else {
                    end
                };
                let (line_start, line_end) = lines_around(original, start, last);
                let left = format!(
                    "{}{}",
                    &original[line_start..start],
                    &original[end.min(line_end)..line_end]
                );
                if !words(&left).is_empty() {
                    problems.push(format!(
                        "{path}:{}: {} deletes {:?} and leaves {:?}",
                        s["span"]["line"],
                        d["rule"].as_str().unwrap(),
                        &original[start..end],
                        left.trim()
                    ));
                }
                widget_lines.push(words(&original[line_start..line_end]));
            }
        }
        let mut old_lines: HashMap<&str, usize> = HashMap::new();
        for line in original.lines() {
            *old_lines.entry(line.trim()).or_insert(0) += 1;
        }
        for line in fixed.lines() {
            let line = line.trim();
            if let Some(n) = old_lines.get_mut(line).filter(|n| **n > 0) {
                *n -= 1;
                continue;
            }
            let new = words(line);
            let fragment = !new.is_empty()
                && widget_lines.iter().any(|widget| {
                    new.len() < widget.len() && widget.windows(new.len()).any(|w| w == new)
                });
            if fragment {
                problems.push(format!(
                    "{path}: fragment of a deleted widget left: {line:?}"
                ));
            }
        }
    }
    problems
}

#[test]
fn safe_fixes_on_the_fixtures_leave_no_debris() {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo_root().join("fixtures"), dir.path(), &|_| true);
    let problems = check_fixes_leave_nothing(dir.path());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn safe_fixes_on_the_corpus_leave_no_debris() {
    let corpus: PathBuf = repo_root().join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: no corpus at {}", corpus.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for part in ["clean", "defective"] {
        copy_tree(&corpus.join(part), &dir.path().join(part), &|p| {
            p.extension().is_some_and(|e| e == "txt")
        });
    }
    fs::write(
        dir.path().join("draftlint.toml"),
        "[rules.spelling]\nenabled = false\n",
    )
    .unwrap();
    let problems = check_fixes_leave_nothing(dir.path());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
