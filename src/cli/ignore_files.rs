//! `.gitignore`, `.ignore` and `.git/info/exclude`, read by draftlint
//! itself rather than by the walker.
//!
//! The `ignore` crate reads these files with a plain open and read: a
//! committed `.gitignore -> /dev/zero` ate all the memory, a FIFO named
//! `.ignore` blocked the run forever, and ignore files in every directory
//! above the repository (`/tmp/.gitignore`, someone else's) were applied
//! too. Here each one goes through the repository's rules like every
//! other file it holds: inside the repository root, a regular file, at
//! most 1 MiB (`crate::repository::read`). One that breaks them is not
//! applied and is reported as an error for its path; the walk goes on.
//!
//! The matching is the walker's own (`ignore::gitignore`), with its
//! precedence: per kind, the deepest directory that has a say decides,
//! and `.ignore` beats `.gitignore`, which beats `.git/info/exclude`.
//! Only directories from the repository root down count. A `.git` file
//! (a linked worktree or a submodule) points to a directory elsewhere,
//! which is not read: its `info/exclude` does not apply.

use crate::repository::read::{limit, read_regular};
use crate::repository::{self, Outside};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The ignore files of one directory, by precedence.
struct DirRules {
    ignore: Gitignore,
    gitignore: Gitignore,
    exclude: Gitignore,
}

/// The ignore rules of the directories under one repository root, read
/// once per directory as the walk reaches them.
pub struct IgnoreFiles {
    root: PathBuf,
    cwd: PathBuf,
    by_dir: HashMap<PathBuf, Arc<DirRules>>,
    /// Ignore files that were not applied, and why.
    errors: Vec<(PathBuf, String)>,
}

impl IgnoreFiles {
    /// `root` is the repository root of the walk, `cwd` the current
    /// directory walked paths are relative to.
    pub fn new(root: &Path, cwd: &Path) -> Self {
        IgnoreFiles {
            root: repository::normalize(&cwd.join(root)),
            cwd: cwd.to_path_buf(),
            by_dir: HashMap::new(),
            errors: Vec::new(),
        }
    }

    /// Whether the walked path is ignored.
    pub fn is_ignored(&mut self, path: &Path, is_dir: bool) -> bool {
        let absolute = repository::normalize(&self.cwd.join(path));
        let (mut by_ignore, mut by_gitignore, mut by_exclude) = (None, None, None);
        for dir in absolute.ancestors().skip(1) {
            if !dir.starts_with(&self.root) {
                break;
            }
            let rules = self.rules_of(dir);
            let decide = |matcher: &Gitignore| {
                let found = matcher.matched(&absolute, is_dir);
                (!found.is_none()).then(|| found.is_ignore())
            };
            by_ignore = by_ignore.or_else(|| decide(&rules.ignore));
            by_gitignore = by_gitignore.or_else(|| decide(&rules.gitignore));
            by_exclude = by_exclude.or_else(|| decide(&rules.exclude));
        }
        by_ignore.or(by_gitignore).or(by_exclude).unwrap_or(false)
    }

    /// The ignore files that were not applied, each with the reason.
    pub fn into_errors(self) -> Vec<(PathBuf, String)> {
        self.errors
    }

    fn rules_of(&mut self, dir: &Path) -> Arc<DirRules> {
        if let Some(rules) = self.by_dir.get(dir) {
            return Arc::clone(rules);
        }
        let git = dir.join(".git");
        let exclude = if git.symlink_metadata().is_ok_and(|m| m.is_dir()) {
            self.matcher(dir, &git.join("info/exclude"))
        } else {
            Gitignore::empty()
        };
        let rules = Arc::new(DirRules {
            ignore: self.matcher(dir, &dir.join(".ignore")),
            gitignore: self.matcher(dir, &dir.join(".gitignore")),
            exclude,
        });
        self.by_dir.insert(dir.to_path_buf(), Arc::clone(&rules));
        rules
    }

    /// The patterns of one ignore file, matching paths under `dir`; none
    /// when it is missing or may not be read (then recorded as an error).
    fn matcher(&mut self, dir: &Path, file: &Path) -> Gitignore {
        let Ok(meta) = file.symlink_metadata() else {
            return Gitignore::empty();
        };
        if meta.file_type().is_symlink()
            && let Err(outside) = repository::resolve_inside(&self.root, file)
        {
            self.refuse(file, &not_inside(&outside));
            return Gitignore::empty();
        }
        let bytes = match read_regular(file, limit::IGNORE_FILE) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.refuse(file, &e.to_string());
                return Gitignore::empty();
            }
        };
        let mut builder = GitignoreBuilder::new(dir);
        for line in String::from_utf8_lossy(&bytes).lines() {
            // A line git would not understand either is skipped, as the
            // walker did.
            let _ = builder.add_line(
                Some(file.to_path_buf()),
                line.trim_start_matches('\u{feff}'),
            );
        }
        builder.build().unwrap_or_else(|_| Gitignore::empty())
    }

    /// Records an ignore file that is not applied, named as the walk
    /// names files (relative to the current directory when under it).
    fn refuse(&mut self, file: &Path, why: &str) {
        let shown = file.strip_prefix(&self.cwd).unwrap_or(file);
        self.errors.push((
            shown.to_path_buf(),
            format!("ignore file not applied: {why}; the files it names are linted"),
        ));
    }
}

fn not_inside(outside: &Outside) -> String {
    format!("it {}", outside.describe())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn deeper_files_and_ignore_over_gitignore_decide() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("docs/old")).unwrap();
        fs::create_dir_all(root.join(".git/info")).unwrap();
        fs::write(root.join(".gitignore"), "*.tmp.md\nold/\n").unwrap();
        fs::write(root.join("docs/.gitignore"), "!keep.tmp.md\n").unwrap();
        fs::write(root.join(".ignore"), "draft-*.md\n").unwrap();
        fs::write(root.join("docs/.ignore"), "!draft-ok.md\n").unwrap();
        fs::write(root.join(".git/info/exclude"), "private.md\n").unwrap();
        let mut files = IgnoreFiles::new(root, root);
        assert!(files.is_ignored(Path::new("a.tmp.md"), false));
        assert!(!files.is_ignored(Path::new("docs/keep.tmp.md"), false));
        assert!(files.is_ignored(Path::new("docs/old"), true));
        assert!(files.is_ignored(Path::new("draft-1.md"), false));
        assert!(!files.is_ignored(Path::new("docs/draft-ok.md"), false));
        assert!(files.is_ignored(Path::new("docs/private.md"), false));
        assert!(!files.is_ignored(Path::new("docs/a.md"), false));
        assert!(files.into_errors().is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn hostile_ignore_files_are_reported_not_read() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("rules"), "*.md\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("a")).unwrap();
        fs::create_dir(root.join("b")).unwrap();
        let fifo = std::ffi::CString::new(
            root.join("a/.gitignore")
                .into_os_string()
                .into_encoded_bytes(),
        )
        .unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        std::os::unix::fs::symlink(outside.path().join("rules"), root.join("b/.ignore")).unwrap();
        let mut files = IgnoreFiles::new(root, root);
        assert!(!files.is_ignored(Path::new("a/x.md"), false));
        assert!(!files.is_ignored(Path::new("b/x.md"), false));
        let errors = files.into_errors();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].1.contains("not a regular file"), "{errors:?}");
        assert!(errors[1].1.contains("outside"), "{errors:?}");
    }
}
