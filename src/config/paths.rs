//! Files a configuration names (packs, word lists) must lie inside the
//! configuration's directory tree.
//!
//! draftlint runs on repositories we do not control: a `draftlint.toml`
//! naming `/etc/passwd` or `../../home/me/.ssh/id_rsa` as a pack would get
//! the first line of that file quoted in a CI log when it fails to parse,
//! and a word list outside the tree is a file `draftlint words add` would
//! write to. So absolute paths and paths that leave the directory (through
//! `..` or a symbolic link) are refused, with an error at the key. A
//! monorepo shares packs by putting its `draftlint.toml` at the top.
//! They must also be regular files: reading a FIFO would hang the run.
//! The check on real paths is `crate::repository::resolve_inside`, the one
//! rule every file draftlint reads or writes for a repository goes through.

use std::path::{Component, Path, PathBuf};

/// `relative` resolved against `root`, or why it is refused.
pub fn inside_root(root: &Path, relative: &str, what: &str) -> Result<PathBuf, String> {
    let base = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let refuse = || {
        format!(
            "{what} `{relative}` is outside this configuration's directory; \
             name files under {} (relative paths, no `..` above it)",
            base.display()
        )
    };
    let path = Path::new(relative);
    let mut depth: usize = 0;
    for component in path.components() {
        match component {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => depth = depth.checked_sub(1).ok_or_else(refuse)?,
            Component::RootDir | Component::Prefix(_) => return Err(refuse()),
        }
    }
    let joined = root.join(path);
    // Symbolic links may still lead out: the repository's one rule, with
    // this configuration's directory as the root.
    if crate::repository::resolve_inside(base, &joined).is_err() {
        return Err(refuse());
    }
    // A FIFO would block the run forever, a device never ends.
    if let Ok(meta) = std::fs::metadata(&joined)
        && !meta.is_file()
    {
        return Err(format!(
            "{what} `{relative}` is not a regular file (a directory, FIFO or device)"
        ));
    }
    Ok(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_inside_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        assert_eq!(
            inside_root(root, "packs/a.toml", "pack").unwrap(),
            root.join("packs/a.toml")
        );
        assert!(inside_root(root, "packs/../b.toml", "pack").is_ok());
    }

    #[test]
    fn absolute_and_escaping_paths_are_refused() {
        let root = Path::new("proj");
        for bad in [
            "/etc/passwd",
            "../x.toml",
            "a/../../x.toml",
            "../../etc/passwd",
        ] {
            let err = inside_root(root, bad, "pack").unwrap_err();
            assert!(err.contains("outside"), "{bad}: {err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_out_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.toml"), "x").unwrap();
        let root = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("link")).unwrap();
        assert!(inside_root(root.path(), "link/secret.toml", "pack").is_err());
    }
}
