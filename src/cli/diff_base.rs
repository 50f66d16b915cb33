//! `--diff-base REV`: only findings on lines changed since a git revision.
//!
//! Git is asked once for the whole run, not once or twice per file (1,000
//! files took 4.8 s that way, nearly all of it starting git):
//!
//! - `git ls-tree -r --full-tree REV` lists the files REV has. A file it
//!   lacks is new (untracked, added since, or renamed: renames are not
//!   followed), and all of its lines count;
//! - `git diff -U0 REV -- FILES…` gives, per file, hunk headers
//!   (`@@ -a,b +c,d @@`): lines `c .. c+d` of the file as it is now were
//!   added or changed. A file REV has and the diff does not name is
//!   unchanged: none of its findings count.
//!
//! Paths are matched relative to the repository's top directory. Line
//! ranges become byte ranges once the file is read, so filtering compares
//! spans like everything else in the engine.
//!
//! draftlint runs in repositories it does not control, so git is called
//! defensively ([`git`]): the revision always comes after
//! `--end-of-options` (a ref may be named `--output=…`); the settings
//! through which a repository's configuration makes git run a command
//! during a diff are switched off: the fsmonitor hook (run when `git diff`
//! refreshes the index), external diff programs, text conversion drivers,
//! clean filters (run on the working-tree side of the diff: every filter
//! the configuration defines is emptied, [`without_filters`]) and fetching
//! a partial clone's missing objects (its remote may be an `ext::`
//! command); and the settings that change the output's format (prefixes,
//! quoted paths) are fixed to what is parsed here.

use crate::diagnostic::{Diagnostic, Span};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Settings that keep a repository's configuration from running programs
/// or changing the output format.
const SAFE_CONFIG: &[&str] = &[
    "-c",
    "core.fsmonitor=false",
    "-c",
    "diff.external=",
    "-c",
    "core.quotePath=false",
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
];

/// Pathspecs are passed as arguments, in batches of at most this many
/// bytes: far below the command-line limits (`ARG_MAX`, 2 MiB on Linux),
/// and a 10,000-file run still takes a handful of calls.
const ARGUMENT_BYTES_PER_CALL: usize = 512 * 1024;

/// `git`, with the configuration that could run commands switched off.
fn git() -> Command {
    let mut command = Command::new("git");
    command.args(SAFE_CONFIG);
    // A partial clone fetches what it lacks from a remote the repository
    // names; these two keep git from fetching at all (no transport is
    // allowed, whatever the configuration says).
    command.env("GIT_NO_LAZY_FETCH", "1");
    command.env("GIT_ALLOW_PROTOCOL", "");
    command
}

/// Settings that empty every filter driver the configuration defines, to
/// pass to `git diff` with [`set_config`].
///
/// `.gitattributes` (or `.git/info/attributes`) names a filter for a path
/// and `git diff` runs its `clean` or `process` command on the
/// working-tree file; the repository chooses the name, so the names are
/// read from the configuration first. The settings go through
/// `GIT_CONFIG_COUNT`/`KEY`/`VALUE`, not `-c`, which would misread a name
/// holding `=`.
fn without_filters(top: &Path) -> Result<Vec<(String, &'static str)>, String> {
    let output = run(git().arg("-C").arg(top).args([
        "config",
        "-z",
        "--name-only",
        "--get-regexp",
        r"^filter\.",
    ]))?;
    // Exit code 1: no filter defined.
    if !output.status.success() && output.status.code() != Some(1) {
        return Err(format!(
            "--diff-base: git config failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let mut drivers: Vec<&str> = output
        .stdout
        .split(|&b| b == 0)
        .filter_map(|key| std::str::from_utf8(key).ok())
        .filter_map(|key| key.strip_prefix("filter.")?.rsplit_once('.'))
        .map(|(driver, _)| driver)
        .collect();
    drivers.sort_unstable();
    drivers.dedup();
    Ok(drivers
        .into_iter()
        .flat_map(|driver| {
            [("clean", ""), ("process", ""), ("required", "false")]
                .map(|(key, value)| (format!("filter.{driver}.{key}"), value))
        })
        .collect())
}

/// Gives `command` these settings through the environment, after any the
/// user's environment already sets that way.
fn set_config(command: &mut Command, settings: &[(String, &str)]) {
    let mut count: usize = std::env::var("GIT_CONFIG_COUNT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    for (key, value) in settings {
        command.env(format!("GIT_CONFIG_KEY_{count}"), key);
        command.env(format!("GIT_CONFIG_VALUE_{count}"), value);
        count += 1;
    }
    command.env("GIT_CONFIG_COUNT", count.to_string());
}

fn run(command: &mut Command) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("--diff-base needs git: cannot run it: {e}"))
}

/// Checks that `rev` names a commit, so a typo is one clear error rather
/// than one per file.
pub fn verify_revision(rev: &str) -> Result<(), String> {
    let output = run(git()
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}")))?;
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
    /// Not in `rev` (or outside the repository): every line is new.
    WholeFile,
    /// Byte ranges of the changed lines, in order.
    Lines(Vec<Span>),
}

impl Changes {
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

/// The changed lines of every file of a run, from one `git ls-tree` and
/// one `git diff` (per batch of paths).
#[derive(Debug, Default)]
pub struct DiffBase {
    /// By the path as the run names the file: its changed line ranges
    /// (1-based, inclusive), or `None` when REV does not have it.
    by_path: HashMap<PathBuf, Option<Vec<(usize, usize)>>>,
}

impl DiffBase {
    /// Asks git about `files` (paths as given on the command line or found
    /// by walking, relative to the current directory or absolute).
    pub fn collect(rev: &str, files: &[&Path]) -> Result<DiffBase, String> {
        let top = run(git().args(["rev-parse", "--show-toplevel"]))?;
        if !top.status.success() {
            return Err("--diff-base: the current directory is not in a git repository".into());
        }
        let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches('\n'));
        let top = std::fs::canonicalize(&top)
            .map_err(|e| format!("--diff-base: cannot resolve {}: {e}", top.display()))?;

        // Each file by its path from the top, as git names it. A file
        // outside the repository, or with a name git cannot be given
        // exactly, is left out: all of it counts as new.
        let mut by_name: HashMap<String, Vec<&Path>> = HashMap::new();
        for &file in files {
            if let Some(name) = name_in_repository(&top, file) {
                by_name.entry(name).or_default().push(file);
            }
        }

        let tracked = files_at(&top, rev)?;
        let mut changed: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let names: Vec<&String> = by_name.keys().filter(|n| tracked.contains(*n)).collect();
        let no_filters = if names.is_empty() {
            Vec::new()
        } else {
            without_filters(&top)?
        };
        for batch in batches(&names) {
            let mut diff = git();
            set_config(&mut diff, &no_filters);
            let output = run(diff
                .arg("-C")
                .arg(&top)
                .args([
                    "diff",
                    "-U0",
                    "--no-color",
                    "--no-ext-diff",
                    "--no-textconv",
                    "--no-renames",
                    "--no-relative",
                    "--src-prefix=a/",
                    "--dst-prefix=b/",
                    "--end-of-options",
                    rev,
                    "--",
                ])
                .args(batch.iter().map(|name| format!(":(top,literal){name}"))))?;
            if !output.status.success() {
                return Err(format!(
                    "--diff-base: git diff failed: {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                ));
            }
            parse_diff(&String::from_utf8_lossy(&output.stdout), &mut changed);
        }

        let mut by_path = HashMap::new();
        for (name, paths) in by_name {
            let lines = tracked
                .contains(&name)
                .then(|| changed.get(&name).cloned().unwrap_or_default());
            for path in paths {
                by_path.insert(path.to_path_buf(), lines.clone());
            }
        }
        Ok(DiffBase { by_path })
    }

    /// What changed in the file at `path`, whose text is now `source`.
    pub fn changes(&self, path: &Path, source: &str) -> Changes {
        match self.by_path.get(path) {
            Some(Some(lines)) => Changes::Lines(line_ranges_to_spans(source, lines)),
            Some(None) | None => Changes::WholeFile,
        }
    }
}

/// The path of `file` from the repository's top, `/`-separated, keeping
/// the file's own name (a symbolic link is git's link, not its target).
fn name_in_repository(top: &Path, file: &Path) -> Option<String> {
    let parent = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(parent).ok()?;
    let relative = dir.strip_prefix(top).ok()?.join(file.file_name()?);
    let parts: Option<Vec<&str>> = relative.iter().map(|p| p.to_str()).collect();
    Some(parts?.join("/"))
}

/// Every file `rev` has, by its path from the top.
fn files_at(top: &Path, rev: &str) -> Result<HashSet<String>, String> {
    let output = run(git().arg("-C").arg(top).args([
        "ls-tree",
        "-r",
        "-z",
        "--name-only",
        "--full-tree",
        "--end-of-options",
        rev,
    ]))?;
    if !output.status.success() {
        return Err(format!(
            "--diff-base: git ls-tree failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(output
        .stdout
        .split(|&b| b == 0)
        .filter(|name| !name.is_empty())
        .filter_map(|name| std::str::from_utf8(name).ok().map(str::to_string))
        .collect())
}

/// `names` cut into runs whose total length stays under
/// [`ARGUMENT_BYTES_PER_CALL`].
fn batches<'n>(names: &[&'n String]) -> Vec<Vec<&'n String>> {
    let mut batches: Vec<Vec<&String>> = Vec::new();
    let mut bytes = 0;
    for &name in names {
        let size = name.len() + 16;
        if batches.is_empty() || bytes + size > ARGUMENT_BYTES_PER_CALL {
            batches.push(Vec::new());
            bytes = 0;
        }
        bytes += size;
        batches.last_mut().expect("pushed above").push(name);
    }
    batches
}

/// Adds the new side of each hunk of a `git diff -U0` to its file: 1-based,
/// inclusive line ranges, by the file's path from the top.
fn parse_diff(diff: &str, changed: &mut HashMap<String, Vec<(usize, usize)>>) {
    let mut file: Option<String> = None;
    for line in diff.lines() {
        if line.starts_with("diff --git ") {
            file = None;
        } else if let Some(name) = line.strip_prefix("+++ ") {
            file = new_side_name(name);
            if let Some(name) = &file {
                changed.entry(name.clone()).or_default();
            }
        } else if let (Some(rest), Some(name)) = (line.strip_prefix("@@ "), &file)
            && let Some(range) = hunk_new_lines(rest)
        {
            changed.entry(name.clone()).or_default().push(range);
        }
    }
}

/// The path on a `+++ ` line: `b/NAME`, quoted C-style when it has special
/// characters, followed by a tab when it has a space; `/dev/null` for a
/// deleted file.
fn new_side_name(field: &str) -> Option<String> {
    let field = field.strip_suffix('\t').unwrap_or(field);
    let name = if field.starts_with('"') {
        unquote(field)?
    } else {
        field.to_string()
    };
    name.strip_prefix("b/").map(str::to_string)
}

/// Undoes git's C-style quoting of a path (`"a\"b\303\251"`).
fn unquote(quoted: &str) -> Option<String> {
    let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
    let mut bytes = Vec::with_capacity(inner.len());
    let mut chars = inner.bytes();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        let escaped = chars.next()?;
        bytes.push(match escaped {
            b'a' => 7,
            b'b' => 8,
            b't' => b'\t',
            b'n' => b'\n',
            b'v' => 11,
            b'f' => 12,
            b'r' => b'\r',
            b'0'..=b'3' => {
                let digits = [escaped, chars.next()?, chars.next()?];
                let text = std::str::from_utf8(&digits).ok()?;
                u8::from_str_radix(text, 8).ok()?
            }
            other => other,
        });
    }
    String::from_utf8(bytes).ok()
}

/// The new side of a hunk header (after `@@ `): `-a,b +c,d @@`.
fn hunk_new_lines(header: &str) -> Option<(usize, usize)> {
    let new = header.split_whitespace().find(|p| p.starts_with('+'))?;
    let new = &new[1..];
    let (start, count) = match new.split_once(',') {
        Some((s, c)) => (s.parse::<usize>().ok()?, c.parse::<usize>().ok()?),
        None => (new.parse::<usize>().ok()?, 1),
    };
    (count > 0).then(|| (start, start + count - 1))
}

fn line_ranges_to_spans(source: &str, ranges: &[(usize, usize)]) -> Vec<Span> {
    let mut starts = vec![0];
    starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let line_start = |line: usize| {
        starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(source.len())
    };
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
    fn reads_new_side_of_hunks_per_file() {
        let diff = "diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n\
                    @@ -1 +1,2 @@\n-a\n+b\n+c\n@@ -5,2 +7,0 @@\n-d\n@@ -9 +9 @@\n-e\n+f\n\
                    diff --git a/y z b/y z\n--- a/y z\t\n+++ b/y z\t\n@@ -3 +3 @@\n-g\n+h\n\
                    diff --git a/gone b/gone\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-i\n";
        let mut changed = HashMap::new();
        parse_diff(diff, &mut changed);
        assert_eq!(changed.len(), 2);
        assert_eq!(changed["x"], vec![(1, 2), (9, 9)]);
        assert_eq!(changed["y z"], vec![(3, 3)]);
    }

    #[test]
    fn quoted_names_are_unquoted() {
        assert_eq!(
            new_side_name(r#""b/a\"b\\c\303\251\td.md""#).as_deref(),
            Some("a\"b\\cé\td.md")
        );
        assert_eq!(new_side_name("b/été.md").as_deref(), Some("été.md"));
        assert_eq!(new_side_name("/dev/null"), None);
    }

    #[test]
    fn line_ranges_become_byte_ranges() {
        let source = "one\ntwo\nthree\n";
        assert_eq!(
            line_ranges_to_spans(source, &[(2, 3)]),
            vec![Span::new(4, 13)]
        );
    }

    #[test]
    fn batches_stay_under_the_argument_limit() {
        let names: Vec<String> = (0..20_000).map(|i| format!("dir/file-{i:05}.md")).collect();
        let refs: Vec<&String> = names.iter().collect();
        let batches = batches(&refs);
        assert!(batches.len() > 1);
        assert_eq!(batches.iter().map(Vec::len).sum::<usize>(), names.len());
        for batch in &batches {
            let bytes: usize = batch.iter().map(|n| n.len() + 16).sum();
            assert!(bytes <= ARGUMENT_BYTES_PER_CALL);
        }
    }
}
