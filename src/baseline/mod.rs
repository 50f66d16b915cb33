//! Baselines: accept today's findings in legacy content, fail on new ones.
//!
//! `--write-baseline FILE` records one entry per finding: path, rule,
//! [`fingerprint`] and the matched text (for people reading the file).
//! `--baseline FILE` drops every finding whose (path, rule, fingerprint)
//! is recorded, counting duplicates: two recorded `the the` in one file
//! excuse two, not three. Entries that excused nothing are stale; they
//! are listed so the baseline can shrink as the content is cleaned.
//!
//! The file is JSON, sorted, one entry per line, so it diffs well in
//! review:
//!
//! ```json
//! {"version": 1, "entries": [
//!   {"path": "articles/a.md", "rule": "repetition.doubled-word", "fingerprint": "9f…", "text": "the"}
//! ]}
//! ```

pub mod fingerprint;

pub use fingerprint::{fingerprint, matched_text};

use crate::diagnostic::Diagnostic;
use crate::error::FileError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const BASELINE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    pub text: String,
}

impl Entry {
    pub fn of(path: &str, source: &str, d: &Diagnostic) -> Self {
        Entry {
            path: path.to_string(),
            rule: d.rule.clone(),
            fingerprint: fingerprint(&d.rule, path, source, d.span),
            text: matched_text(source, d.span),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseline {
    version: u32,
    entries: Vec<Entry>,
}

/// A loaded baseline, grouped by path so each file takes only its own
/// entries (files are linted in parallel).
#[derive(Debug, Default)]
pub struct Baseline {
    by_path: HashMap<String, Vec<Entry>>,
}

impl Baseline {
    /// Reads a baseline: a regular file of at most 256 MiB, not a link
    /// leading out of the repository of the path given (its first line
    /// would be quoted if it failed to parse).
    pub fn load(path: &Path) -> Result<Self, FileError> {
        use crate::repository::read::{limit, read_regular_text};
        let real = crate::repository::resolve_named(path).map_err(|outside| {
            FileError::new(
                path,
                format!(
                    "the baseline is not read: it {}; name the file itself",
                    outside.describe()
                ),
            )
        })?;
        let text = read_regular_text(&real, limit::BASELINE)
            .map_err(|e| FileError::new(path, format!("cannot read the baseline: {e}")))?;
        let raw: RawBaseline = serde_json::from_str(&text).map_err(|e| {
            let offset = line_offset(&text, e.line());
            FileError::new(path, format!("not a draftlint baseline: {e}"))
                .at(&text, Some(crate::diagnostic::Span::new(offset, offset)))
                .with_help("write a new one with `draftlint check --write-baseline FILE`")
        })?;
        if raw.version != BASELINE_VERSION {
            return Err(FileError::new(
                path,
                format!(
                    "baseline version {} is not supported (this draftlint writes version {BASELINE_VERSION})",
                    raw.version
                ),
            )
            .with_help("write a new one with `draftlint check --write-baseline FILE`"));
        }
        let mut by_path: HashMap<String, Vec<Entry>> = HashMap::new();
        for entry in raw.entries {
            by_path.entry(entry.path.clone()).or_default().push(entry);
        }
        Ok(Baseline { by_path })
    }

    /// The entries recorded for one file, to be taken as its findings are
    /// matched.
    pub fn for_file(&self, path: &str) -> FileEntries {
        FileEntries {
            entries: self.by_path.get(path).cloned().unwrap_or_default(),
        }
    }

    /// Recorded paths, for finding entries of files that are gone.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.by_path.keys().map(String::as_str)
    }

    pub fn entries_of(&self, path: &str) -> &[Entry] {
        self.by_path.get(path).map_or(&[], Vec::as_slice)
    }
}

/// One file's recorded entries, used up as findings match them.
#[derive(Debug, Default)]
pub struct FileEntries {
    entries: Vec<Entry>,
}

impl FileEntries {
    /// Drops the findings the baseline records; returns how many.
    pub fn filter(&mut self, path: &str, source: &str, diagnostics: &mut Vec<Diagnostic>) -> usize {
        if self.entries.is_empty() {
            return 0;
        }
        let before = diagnostics.len();
        diagnostics.retain(|d| {
            let fp = fingerprint(&d.rule, path, source, d.span);
            match self
                .entries
                .iter()
                .position(|e| e.rule == d.rule && e.fingerprint == fp)
            {
                Some(i) => {
                    self.entries.swap_remove(i);
                    false
                }
                None => true,
            }
        });
        before - diagnostics.len()
    }

    /// Entries no finding matched.
    pub fn into_stale(self) -> Vec<Entry> {
        self.entries
    }
}

/// Writes a baseline file, entries sorted, one per line: atomically, to
/// the real path of `path`, which must stay inside the repository of the
/// path given (a committed `baseline.json -> ~/.bashrc` is not
/// overwritten, and a FIFO of that name does not block the run).
pub fn write(path: &Path, mut entries: Vec<Entry>) -> std::io::Result<()> {
    let real = crate::repository::resolve_named(path).map_err(|outside| {
        std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!("it {}; name the file itself", outside.describe()),
        )
    })?;
    entries.sort();
    let mut out = format!("{{\"version\": {BASELINE_VERSION}, \"entries\": [\n");
    for (i, entry) in entries.iter().enumerate() {
        out.push_str("  ");
        out.push_str(&serde_json::to_string(entry).expect("entries always serialise"));
        if i + 1 < entries.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]}\n");
    crate::repository::write::replace_atomically(&real, out.as_bytes())
}

/// The path a baseline records for a file: as shown in reports, relative
/// to the current directory when it was given absolute, so a baseline
/// written from the repository root matches in any checkout.
pub fn key_path(display: &str) -> String {
    let path = PathBuf::from(display);
    if path.is_absolute()
        && let Ok(cwd) = std::env::current_dir()
        && let Ok(relative) = path.strip_prefix(&cwd)
    {
        return relative.to_string_lossy().replace('\\', "/");
    }
    display.to_string()
}

fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Severity, Span};

    fn doubled(source: &str, nth: usize) -> Diagnostic {
        let start = source.match_indices("the the").nth(nth).unwrap().0;
        Diagnostic::new(
            "repetition.doubled-word",
            Category::Repetition,
            Severity::Warning,
            Span::new(start + 4, start + 7),
            "m",
        )
    }

    #[test]
    fn duplicates_are_counted_and_leftovers_are_stale() {
        let source = "Go to the the shop. Go to the the shop.";
        let mut file = FileEntries {
            entries: vec![Entry::of("a.md", source, &doubled(source, 0))],
        };
        let mut found = vec![doubled(source, 0), doubled(source, 1)];
        assert_eq!(file.filter("a.md", source, &mut found), 1);
        assert_eq!(found.len(), 1, "two identical findings, one recorded");
        assert!(file.into_stale().is_empty());

        let mut stale = FileEntries {
            entries: vec![Entry::of("a.md", source, &doubled(source, 0))],
        };
        assert_eq!(stale.filter("a.md", "Clean now.", &mut Vec::new()), 0);
        assert_eq!(stale.into_stale().len(), 1);
    }
}
