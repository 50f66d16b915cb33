//! Writing a fixed file back, safely.
//!
//! The file is read again first: if its bytes are not the text that was
//! linted (someone saved it meanwhile), it is left alone. A file read with
//! `--encoding windows-1252` is written back in that encoding, or left
//! alone if a fix brings a character the encoding cannot hold. The new
//! text goes to a temporary file in the same
//! directory (same file system, so the rename is atomic), with the
//! original's permissions, is flushed to disk, then renamed over the
//! original: a reader sees the old file or the new one, never half of it.

use crate::source::Encoding;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `fixed` over `path` if the file still holds `linted`.
/// `encoding` is the user's `--encoding`, the one a non-UTF-8 file was read in.
pub fn write_fixed(
    path: &Path,
    linted: &str,
    fixed: &str,
    encoding: Option<Encoding>,
) -> Result<(), String> {
    // Write through symbolic links to the file they name.
    let target = fs::canonicalize(path).map_err(|e| format!("cannot resolve the path: {e}"))?;
    let current = fs::read(&target).map_err(|e| format!("cannot read it again: {e}"))?;
    let bytes = if current == linted.as_bytes() {
        fixed.as_bytes().to_vec()
    } else if let Some(encoding) = encoding.filter(|e| !e.is_utf8())
        && std::str::from_utf8(&current).is_err()
        && encoding.decode(&current) == linted
    {
        encoding.encode(fixed).map_err(|c| {
            format!(
                "a fix writes `{c}` (U+{:04X}), which {} cannot hold; convert the file to UTF-8 first (`iconv -f {} -t UTF-8`)",
                u32::from(c),
                encoding.name(),
                encoding.iconv_name()
            )
        })?
    } else {
        return Err("it changed since it was read; run draftlint again".to_string());
    };
    let permissions = fs::metadata(&target)
        .map_err(|e| format!("cannot read its permissions: {e}"))?
        .permissions();
    let (temp_path, mut temp) = create_temp_beside(&target)?;
    let result = (|| {
        temp.write_all(&bytes)?;
        temp.sync_all()?;
        fs::set_permissions(&temp_path, permissions)?;
        fs::rename(&temp_path, &target)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temp_path);
        return Err(format!("cannot write the fixed file: {e}"));
    }
    Ok(())
}

fn create_temp_beside(target: &Path) -> Result<(PathBuf, fs::File), String> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(
            ".{name}.draftlint-{}-{attempt}.tmp",
            std::process::id()
        ));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(format!(
                    "cannot create a temporary file in {}: {e}",
                    dir.display()
                ));
            }
        }
    }
    Err(format!(
        "cannot create a temporary file in {}",
        dir.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_since_it_was_read_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "edited meanwhile\n").unwrap();
        let err = write_fixed(&path, "as linted\n", "fixed\n", None).unwrap_err();
        assert!(err.contains("changed since it was read"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited meanwhile\n");
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&target, "old\n").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_fixed(&link, "old\n", "new\n", None).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new\n");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}
