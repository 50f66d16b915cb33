//! Replacing a small file draftlint owns the content of (a word list, a
//! baseline) in one step.
//!
//! The new text goes to a temporary file beside the target (same
//! directory, so the same file system), is flushed, and is renamed over
//! the target: a reader sees the old file or the new one, never half of
//! one, and a run killed midway leaves the old file. The rename replaces
//! the name itself: whatever was there (a FIFO, a link) is not written
//! through. Callers pass the real path ([`super::resolve_inside`]) so that
//! a link inside the repository keeps leading to the file it names.
//!
//! Drafts are not written here: `--fix` must also keep editors' saves and
//! owners (`cli::fix_write`).

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically, keeping the permissions of the
/// file it replaces (a new file gets the usual ones, the umask applied).
pub fn replace_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (temp, mut file) = create_beside(path)?;
    let written = (|| {
        if let Ok(old) = fs::metadata(path)
            && old.is_file()
        {
            file.set_permissions(old.permissions())?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// A new file beside `path`, named after it; never an existing one.
fn create_beside(path: &Path) -> std::io::Result<(PathBuf, fs::File)> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut last = None;
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(
            ".{name}.draftlint-{}-{attempt}.tmp",
            std::process::id()
        ));
        // create_new: fails on anything already there, a link included.
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.txt");
        replace_atomically(&path, b"one\n").unwrap();
        replace_atomically(&path, b"two\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_a_link_is_replaced_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.txt");
        fs::write(&path, "old\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        replace_atomically(&path, b"new\n").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);

        let target = dir.path().join("target.txt");
        fs::write(&target, "kept\n").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        replace_atomically(&link, b"new\n").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"kept\n");
        assert!(fs::symlink_metadata(&link).unwrap().is_file());
    }
}
