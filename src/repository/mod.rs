//! The repository a path belongs to, and the one rule that keeps draftlint
//! inside it.
//!
//! draftlint runs unattended on repositories nobody reviewed: a committed
//! symbolic link (`draft.md -> /home/me/notes.md`, `docs -> /etc`) must not
//! make it read, quote or rewrite a file elsewhere on the machine. So every
//! file draftlint reads or writes because the repository named it — walked
//! files, packs, word lists, dictionaries, the word list the language
//! server adds to — goes through [`resolve_inside`]: its real path (every
//! symbolic link resolved) must lie under the real path of a root.
//!
//! **The repository root** of a path ([`root_of`]) is, looking from the
//! path upward (lexically, before any link is followed):
//!
//! 1. the nearest directory holding `.git` (a directory, or the file of a
//!    worktree or submodule), or a `draftlint.toml` that says `root = true`
//!    — whichever comes first;
//! 2. else the current directory, when the path lies under it;
//! 3. else the directory named on the command line (for a file, its
//!    directory).
//!
//! What follows from it:
//!
//! - walking a directory does not follow a link whose target is outside the
//!   root (it is skipped, as if it were not there);
//! - a file or directory named on the command line that is (or goes
//!   through) such a link is not read, and is reported;
//! - `--follow-links-outside` lifts both for the paths the user asked for;
//! - files a configuration names are held to a narrower root, the
//!   configuration's own directory (`config::paths`);
//! - `--fix` never writes through a symbolic link at all;
//! - a file the user names by a flag (`--config`, `--baseline`,
//!   `--write-baseline`, `words add --to`) is held to the root of its own
//!   path ([`resolve_named`]): the user chose the name, the repository
//!   chose what it leads to.
//!
//! How the files are then read (regular files only, never blocking, never
//! past a size limit) is [`read`]; how they are written, [`write`].

pub mod read;
pub mod write;

use crate::config::CONFIG_FILE_NAME;
use std::path::{Component, Path, PathBuf};

/// Why a path is refused: it leads out of the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outside {
    /// Where it really leads; `None` when that cannot be told (a link to a
    /// missing file, a loop, a root that does not exist).
    pub target: Option<PathBuf>,
    pub root: PathBuf,
}

impl Outside {
    /// "leads to X, outside the repository R" — the middle of a message
    /// that callers complete with what they did and the fix.
    pub fn describe(&self) -> String {
        match &self.target {
            Some(target) => format!(
                "leads to {}, outside {}",
                target.display(),
                self.root.display()
            ),
            None => format!(
                "is a symbolic link that cannot be resolved (missing target or loop) under {}",
                self.root.display()
            ),
        }
    }
}

/// The real path of `path` if it lies under the real path of `root`.
///
/// A path that does not exist yet (a word list about to be created) is
/// judged by its nearest existing ancestor; a symbolic link that leads
/// nowhere is refused, since creating the file would create its target.
pub fn resolve_inside(root: &Path, path: &Path) -> Result<PathBuf, Outside> {
    let refuse = |target: Option<PathBuf>| Outside {
        target,
        root: root.to_path_buf(),
    };
    let real_root = root.canonicalize().map_err(|_| refuse(None))?;
    let real = match path.symlink_metadata() {
        Ok(_) => path.canonicalize().map_err(|_| refuse(None))?,
        Err(_) => {
            // Missing: resolve the part that exists, keep the rest.
            let mut missing = Vec::new();
            let mut existing = path;
            loop {
                match existing.symlink_metadata() {
                    Ok(_) => break,
                    Err(_) => {
                        let last = existing
                            .components()
                            .next_back()
                            .ok_or_else(|| refuse(None))?;
                        missing.push(last.as_os_str());
                        existing = match existing.parent() {
                            Some(p) if !p.as_os_str().is_empty() => p,
                            _ => Path::new("."),
                        };
                    }
                }
            }
            let mut real = existing.canonicalize().map_err(|_| refuse(None))?;
            real.extend(missing.iter().rev());
            // `missing/..` cannot be opened anyway; judged as written.
            normalize(&real)
        }
    };
    if real.starts_with(&real_root) {
        Ok(real)
    } else {
        Err(refuse(Some(real)))
    }
}

/// The real path of a file the user named by a flag, if it stays inside the
/// repository root of that path. A committed `baseline.json ->
/// /etc/shadow` would otherwise have its first line quoted in a parse
/// error, and a `words.txt -> ~/.bashrc` would be appended to. A file
/// outside the repository can always be named by its own path.
pub fn resolve_named(path: &Path) -> Result<PathBuf, Outside> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    resolve_inside(&root_of(path, &cwd), path)
}

/// The repository root of `path` (see the module documentation); `cwd` is
/// the current directory.
pub fn root_of(path: &Path, cwd: &Path) -> PathBuf {
    let absolute = normalize(&cwd.join(path));
    let start = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent().unwrap_or(&absolute)
    };
    if let Some(root) = start.ancestors().find(|dir| is_root(dir)) {
        return root.to_path_buf();
    }
    if absolute.starts_with(cwd) {
        cwd.to_path_buf()
    } else {
        start.to_path_buf()
    }
}

/// Whether `dir` is a repository root: it holds `.git`, or a
/// `draftlint.toml` with `root = true`.
pub fn is_root(dir: &Path) -> bool {
    dir.join(".git").symlink_metadata().is_ok() || declares_root(&dir.join(CONFIG_FILE_NAME))
}

/// Whether the configuration file says `root = true`. Only that key is
/// read here; a broken file is reported when it is loaded, not here.
///
/// Only a file that is really there counts, not a symbolic link: the root
/// is what links are judged against, so it cannot be declared through one
/// (a `draftlint.toml -> /etc/shadow` is not even opened).
fn declares_root(config_file: &Path) -> bool {
    if !config_file.symlink_metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(text) = read::read_regular_text(config_file, read::limit::CONFIG) else {
        return false;
    };
    // Cheap refusal before parsing: most files do not mention it.
    if !text.contains("root") {
        return false;
    }
    text.parse::<toml::Table>()
        .ok()
        .and_then(|table| table.get("root").and_then(toml::Value::as_bool))
        .unwrap_or(false)
}

/// `a/./b/../c` → `a/c`, without touching the file system: the root is
/// looked for where the user's path says, before links are followed (the
/// walker's ignore files are matched on such paths too).
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(component);
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    #[cfg(unix)]
    use std::os::unix::fs::symlink;

    #[cfg(unix)]
    #[test]
    fn paths_inside_resolve_to_their_real_path() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        fs::create_dir(root.join("docs")).unwrap();
        fs::write(root.join("docs/a.md"), "x").unwrap();
        symlink(root.join("docs"), root.join("alias")).unwrap();
        assert_eq!(
            resolve_inside(&root, &root.join("alias/a.md")),
            Ok(root.join("docs/a.md"))
        );
        // A missing file is judged by the directory it would be created in.
        assert_eq!(
            resolve_inside(&root, &root.join("alias/new/list.txt")),
            Ok(root.join("docs/new/list.txt"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_out_and_dangling_links_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("notes.md"), "x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        symlink(outside.path().join("notes.md"), root.join("file-link.md")).unwrap();
        symlink(outside.path(), root.join("dir-link")).unwrap();
        symlink(outside.path().join("rc-to-be"), root.join("dangling")).unwrap();
        for path in ["file-link.md", "dir-link/notes.md", "dir-link/new.txt"] {
            let err = resolve_inside(root, &root.join(path)).unwrap_err();
            assert!(err.target.is_some(), "{path}");
        }
        let err = resolve_inside(root, &root.join("dangling")).unwrap_err();
        assert_eq!(err.target, None);
        assert!(!outside.path().join("rc-to-be").exists());
    }

    #[test]
    fn the_root_is_the_nearest_git_or_root_true_directory_else_the_cwd() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().canonicalize().unwrap();
        let repo = top.join("repo");
        let project = repo.join("sub/project");
        fs::create_dir_all(project.join("drafts")).unwrap();
        fs::write(project.join("drafts/a.md"), "x").unwrap();
        let cwd = top.join("elsewhere");
        fs::create_dir(&cwd).unwrap();

        // No marker: the current directory if the path is under it, else
        // the named directory (or the file's).
        assert_eq!(root_of(Path::new("x.md"), &cwd), cwd);
        assert_eq!(
            root_of(&project.join("drafts"), &cwd),
            project.join("drafts")
        );
        assert_eq!(
            root_of(&project.join("drafts/a.md"), &cwd),
            project.join("drafts")
        );

        fs::create_dir(repo.join(".git")).unwrap();
        assert_eq!(root_of(&project.join("drafts/a.md"), &cwd), repo);
        assert_eq!(root_of(Path::new("../repo/sub/project"), &cwd), repo);

        fs::write(project.join("draftlint.toml"), "root = true\n").unwrap();
        assert_eq!(root_of(&project.join("drafts/a.md"), &cwd), project);
        fs::write(
            project.join("draftlint.toml"),
            "root = false # not the root\n",
        )
        .unwrap();
        assert_eq!(root_of(&project.join("drafts/a.md"), &cwd), repo);
    }
}
