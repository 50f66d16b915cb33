//! `--diff-base REV`: only findings on lines changed since a git revision.
//!
//! `git diff -U0 REV -- FILE` lists the changed lines of each file as hunk
//! headers (`@@ -a,b +c,d @@`); lines `c .. c+d` of the file as it is now
//! were added or changed. A file git does not track yet is new: all of it
//! counts. Line ranges become byte ranges at once, so filtering compares
//! spans like everything else in the engine.
//!
//! draftlint runs in repositories it does not control, so git is called
//! defensively ([`git`]): the revision always comes after
//! `--end-of-options` (a ref may be named `--output=…`), and the settings
//! through which a repository's configuration makes git run a command
//! during a diff are switched off: the fsmonitor hook (run when `git diff`
//! refreshes the index), external diff programs and text conversion
//! drivers.

use crate::diagnostic::{Diagnostic, Span};
use std::path::Path;
use std::process::Command;

/// `git`, with the configuration that could run commands switched off.
fn git() -> Command {
    let mut command = Command::new("git");
    command.args(["-c", "core.fsmonitor=false", "-c", "diff.external="]);
    command
}

/// Checks that `rev` names a commit, so a typo is one clear error rather
/// than one per file.
pub fn verify_revision(rev: &str) -> Result<(), String> {
    let output = git()
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"))
        .output()
        .map_err(|e| format!("--diff-base needs git: cannot run it: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "--diff-base: `{rev}` is not a commit of the git repository in the current directory"
        ))
    }
}

/// What changed in one file since `rev`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changes {
    /// Not tracked at `rev` (or git cannot tell): every line is new.
    WholeFile,
    /// Byte ranges of the changed lines, in order.
    Lines(Vec<Span>),
}

impl Changes {
    pub fn of(rev: &str, path: &Path, source: &str) -> Result<Changes, String> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path.file_name().ok_or_else(|| "not a file".to_string())?;
        let tracked = git()
            .arg("-C")
            .arg(dir)
            .args(["cat-file", "-e", "--end-of-options"])
            .arg(format!("{rev}:./{}", name.to_string_lossy()))
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !tracked.status.success() {
            return Ok(Changes::WholeFile);
        }
        let output = git()
            .arg("-C")
            .arg(dir)
            .args([
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "-U0",
                "--end-of-options",
                rev,
                "--",
            ])
            .arg(name)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "git diff failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        let diff = String::from_utf8_lossy(&output.stdout);
        Ok(Changes::Lines(line_ranges_to_spans(
            source,
            &changed_lines(&diff),
        )))
    }

    /// Keeps the findings that start on a changed line.
    pub fn filter(&self, diagnostics: &mut Vec<Diagnostic>) {
        if let Changes::Lines(spans) = self {
            diagnostics.retain(|d| {
                let i = spans.partition_point(|s| s.end < d.span.start);
                spans
                    .get(i)
                    .is_some_and(|s| s.start <= d.span.start && d.span.start <= s.end)
            });
        }
    }
}

/// 1-based, inclusive line ranges of the new side of each hunk.
fn changed_lines(diff: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    for line in diff.lines() {
        let Some(rest) = line.strip_prefix("@@ ") else {
            continue;
        };
        let Some(new) = rest.split_whitespace().find(|p| p.starts_with('+')) else {
            continue;
        };
        let new = &new[1..];
        let (start, count) = match new.split_once(',') {
            Some((s, c)) => (s.parse::<usize>(), c.parse::<usize>()),
            None => (new.parse::<usize>(), Ok(1)),
        };
        if let (Ok(start), Ok(count)) = (start, count)
            && count > 0
        {
            ranges.push((start, start + count - 1));
        }
    }
    ranges
}

fn line_ranges_to_spans(source: &str, ranges: &[(usize, usize)]) -> Vec<Span> {
    let mut starts = vec![0];
    starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let line_start = |line: usize| starts.get(line - 1).copied().unwrap_or(source.len());
    let line_end = |line: usize| {
        starts
            .get(line)
            .map_or(source.len(), |next| next.saturating_sub(1))
    };
    ranges
        .iter()
        .map(|&(first, last)| Span::new(line_start(first), line_end(last).max(line_start(first))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_new_side_of_hunks() {
        let diff = "diff --git a/x b/x\n@@ -1 +1,2 @@\n-a\n+b\n+c\n@@ -5,2 +7,0 @@\n-d\n@@ -9 +9 @@\n-e\n+f\n";
        assert_eq!(changed_lines(diff), vec![(1, 2), (9, 9)]);
    }

    #[test]
    fn line_ranges_become_byte_ranges() {
        let source = "one\ntwo\nthree\n";
        assert_eq!(
            line_ranges_to_spans(source, &[(2, 3)]),
            vec![Span::new(4, 13)]
        );
    }
}
