//! Writing a fixed file back without losing anyone's save.
//!
//! An editor may save the draft at any moment while `--fix` runs, in place
//! or by renaming its own temporary file over it. The fixed text is written
//! to a temporary file beside the draft (same file system, so the final
//! rename is atomic) and swapped in only if the draft is still exactly what
//! was linted, checked as late as possible:
//!
//! 1. The draft is opened without following a symbolic link (`--fix` never
//!    writes through one) and kept open; its bytes must be the linted text.
//!    Read-only drafts and drafts with several hard links are left alone
//!    unless `--force-fix`: replacing them would make a read-only file
//!    writable in effect, or split the links.
//! 2. The temporary file is created with the draft's mode from the first
//!    byte (a 0600 draft never has a 0644 copy), given its owner and group
//!    where permitted, written and flushed to disk: the slow part, done
//!    before the last look.
//! 3. Last look: the name still leads to the inode we hold open, and its
//!    size, modification and change times and every byte are unchanged.
//! 4. On Linux, `renameat2(RENAME_EXCHANGE)` swaps the two names in one
//!    step, then the draft swapped out is checked once more; if a save
//!    slipped in between (in place, or renamed over the draft), the swap is
//!    undone and the save stays. Elsewhere (or on file systems without the
//!    exchange), a plain rename follows the last look.
//!
//! Only our own inodes are ever deleted: the temporary file, or the
//! original once it is proven unchanged. The one window left is an editor
//! that opened the draft before the swap and writes into it, without
//! truncating it, after the final check: microseconds, against the whole
//! write-and-flush time before.
//!
//! A file read with `--encoding windows-1252` is written back in that
//! encoding, or left alone if a fix brings a character it cannot hold.
//!
//! The calls that differ between systems are in [`platform`]: off Unix
//! they fall back to conservative stand-ins (no inode identity: size,
//! time and bytes decide), and the swap is a plain rename after the last
//! look.

mod platform;

use crate::source::Encoding;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// How `--fix` may write.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// The user's `--encoding`, the one a non-UTF-8 file was read in.
    pub encoding: Option<Encoding>,
    /// `--force-fix`: also replace read-only and hard-linked files.
    pub force: bool,
}

/// Writes `fixed` over `path` if the file still holds `linted`; the error
/// says why it did not, for `not fixed: PATH: ...`.
pub fn write_fixed(
    path: &Path,
    linted: &str,
    fixed: &str,
    options: WriteOptions,
) -> Result<(), String> {
    let mut original = open_original(path)?;
    let seen = original
        .metadata()
        .map_err(|e| format!("cannot read its metadata: {e}"))?;
    if !seen.is_file() {
        return Err("it is not a regular file".into());
    }
    if !options.force {
        refuse_shared_or_read_only(path, &seen)?;
    }
    let mut current = Vec::new();
    original
        .read_to_end(&mut current)
        .map_err(|e| format!("cannot read it again: {e}"))?;
    let bytes = bytes_to_write(&current, linted, fixed, options.encoding)?;

    let temp = TempFile::create_beside(path, &seen)?;
    let result = temp
        .write(&bytes)
        .and_then(|()| swap_in(path, &temp, &original, &seen, &current));
    // Whatever happened, the temporary name goes, unless it holds a save
    // (then `swap_in` says where, and keeps it).
    if !matches!(result, Err(Failure::KeptSave { .. })) {
        let _ = fs::remove_file(&temp.path);
    }
    result.map_err(|f| f.to_string())
}

/// Opens the draft itself, never the target of a symbolic link; a FIFO
/// swapped in meanwhile does not block the open.
fn open_original(path: &Path) -> Result<File, String> {
    platform::open_no_follow(path).map_err(|e| match e {
        None => "it is a symbolic link; --fix writes only regular files (fix the file it points to by its own name)".to_string(),
        Some(e) => format!("cannot open it again: {e}"),
    })
}

fn refuse_shared_or_read_only(path: &Path, seen: &fs::Metadata) -> Result<(), String> {
    let links = platform::hard_links(seen);
    if links > 1 {
        return Err(format!(
            "it has {links} hard links; --fix would split them (the other names would keep the old text); pass --force-fix to fix this name anyway"
        ));
    }
    if seen.permissions().readonly() || !platform::writable_by_us(path) {
        return Err("it is read-only; make it writable, or pass --force-fix to replace it".into());
    }
    Ok(())
}

/// The bytes to write, if the file still holds the linted text.
fn bytes_to_write(
    current: &[u8],
    linted: &str,
    fixed: &str,
    encoding: Option<Encoding>,
) -> Result<Vec<u8>, String> {
    if current == linted.as_bytes() {
        return Ok(fixed.as_bytes().to_vec());
    }
    if let Some(encoding) = encoding.filter(|e| !e.is_utf8())
        && std::str::from_utf8(current).is_err()
        && encoding.decode(current) == linted
    {
        return encoding.encode(fixed).map_err(|c| {
            format!(
                "a fix writes `{c}` (U+{:04X}), which {} cannot hold; convert the file to UTF-8 first (`iconv -f {} -t UTF-8`)",
                u32::from(c),
                encoding.name(),
                encoding.iconv_name()
            )
        });
    }
    Err(CHANGED.into())
}

const CHANGED: &str = "it changed since it was read; run draftlint again";

/// Why the fixed text was not swapped in.
#[derive(Debug)]
enum Failure {
    Changed,
    Io(String),
    /// Saves landed in the middle of the swap: the temporary name holds
    /// one of them now, and is kept.
    KeptSave {
        path: PathBuf,
        why: String,
    },
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Changed => f.write_str(CHANGED),
            Failure::Io(message) => f.write_str(message),
            Failure::KeptSave { path, why } => {
                write!(f, "{why}; the other save is kept in {}", path.display())
            }
        }
    }
}

/// The fixed text's temporary file, beside the draft.
struct TempFile {
    path: PathBuf,
    file: File,
}

impl TempFile {
    /// Creates it with the draft's permissions, owner and group before any
    /// byte is written.
    fn create_beside(target: &Path, like: &fs::Metadata) -> Result<TempFile, String> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for attempt in 0..100u32 {
            let candidate = dir.join(format!(
                ".{name}.draftlint-{}-{attempt}.tmp",
                std::process::id()
            ));
            // create_new: O_EXCL, which also refuses a symbolic link there.
            let opened = platform::create_new_like(&candidate, like);
            match opened {
                Ok(file) => {
                    let temp = TempFile {
                        path: candidate,
                        file,
                    };
                    temp.take_owner_and_mode(like).inspect_err(|_| {
                        let _ = fs::remove_file(&temp.path);
                    })?;
                    return Ok(temp);
                }
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

    /// Owner, group and exact mode of the draft, as far as permitted.
    fn take_owner_and_mode(&self, like: &fs::Metadata) -> Result<(), String> {
        platform::take_owner_and_mode(&self.file, like)
            .map_err(|e| format!("cannot set the temporary file's permissions: {e}"))
    }

    fn write(&self, bytes: &[u8]) -> Result<(), Failure> {
        (&self.file)
            .write_all(bytes)
            .and_then(|()| self.file.sync_all())
            .map_err(|e| Failure::Io(format!("cannot write the fixed file: {e}")))
    }
}

/// Whether the draft at `path` is still the file we read, untouched.
fn unchanged(path: &Path, original: &File, seen: &fs::Metadata, content: &[u8]) -> bool {
    let same_name = path
        .symlink_metadata()
        .is_ok_and(|now| platform::same_file(&now, seen));
    same_name && unchanged_inode(original, seen, content, true)
}

/// Whether the open file still has the size, times and bytes it had. A
/// rename changes the change time, so after our own swap it is not compared.
fn unchanged_inode(original: &File, seen: &fs::Metadata, content: &[u8], ctime: bool) -> bool {
    let Ok(now) = original.metadata() else {
        return false;
    };
    platform::same_stamp(&now, seen, ctime) && same_bytes(original, content)
}

/// Compares the file's bytes with `content`, reading at offsets (the file
/// position is left alone), a block at a time.
fn same_bytes(file: &File, content: &[u8]) -> bool {
    let mut buffer = vec![0u8; 64 * 1024];
    let mut offset = 0usize;
    loop {
        let n = match platform::read_at(file, &mut buffer, offset as u64) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        };
        if n == 0 {
            return offset == content.len();
        }
        if content.get(offset..offset + n) != Some(&buffer[..n]) {
            return false;
        }
        offset += n;
    }
}

/// Puts the temporary file under the draft's name if the draft is still
/// what was linted (steps 3 and 4 of the module documentation).
fn swap_in(
    path: &Path,
    temp: &TempFile,
    original: &File,
    seen: &fs::Metadata,
    content: &[u8],
) -> Result<(), Failure> {
    if !unchanged(path, original, seen, content) {
        return Err(Failure::Changed);
    }
    match exchange(&temp.path, path) {
        Ok(()) => {}
        // The file system cannot exchange: rename right after the check.
        Err(e) if exchange_unsupported(&e) => {
            return fs::rename(&temp.path, path)
                .map_err(|e| Failure::Io(format!("cannot write the fixed file: {e}")));
        }
        Err(e) => return Err(Failure::Io(format!("cannot write the fixed file: {e}"))),
    }
    // The draft's name now holds the fixed text; the temporary name holds
    // what the draft's name held a moment ago. Was it still ours?
    let swapped_out_is_ours = temp
        .path
        .symlink_metadata()
        .is_ok_and(|m| platform::same_file(&m, seen))
        && unchanged_inode(original, seen, content, false);
    if swapped_out_is_ours {
        // The old text, unchanged: the caller removes it.
        return Ok(());
    }
    // A save slipped in: give the draft's name back to it.
    let kept = |e: std::io::Error| Failure::KeptSave {
        path: temp.path.clone(),
        why: format!("a save came in while fixing, and swapping it back failed ({e})"),
    };
    exchange(&temp.path, path).map_err(kept)?;
    let ours_is_aside = |temp: &TempFile| {
        let ours = temp.file.metadata().ok();
        let there = temp.path.symlink_metadata().ok();
        ours.zip(there)
            .is_some_and(|(o, t)| platform::same_file(&o, &t))
    };
    if ours_is_aside(temp) {
        return Err(Failure::Changed);
    }
    // Two saves during the swap: the later one was renamed over our fixed
    // text, and swapping back put the earlier one under the draft's name.
    // Swap once more so the draft holds the later save; keep the other.
    exchange(&temp.path, path).map_err(kept)?;
    Err(Failure::KeptSave {
        path: temp.path.clone(),
        why: "it was saved twice while the fix was written; the draft holds the last save".into(),
    })
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: two valid NUL-terminated paths; the call only reads them.
    // Through syscall(): the libc wrapper is missing from older C libraries.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Kernels before 3.15 and some file systems (older NFS, FUSE) have no
/// exchange; other systems have none here.
fn exchange_unsupported(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    let unsupported = matches!(
        e.raw_os_error(),
        Some(libc::ENOSYS) | Some(libc::EINVAL) | Some(libc::EOPNOTSUPP)
    );
    #[cfg(not(target_os = "linux"))]
    let unsupported = false;
    unsupported || e.kind() == std::io::ErrorKind::Unsupported
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, linted: &str, fixed: &str) -> Result<(), String> {
        write_fixed(path, linted, fixed, WriteOptions::default())
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "edited meanwhile\n").unwrap();
        let err = write(&path, "as linted\n", "fixed\n").unwrap_err();
        assert!(err.contains("changed since it was read"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited meanwhile\n");
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&target, "old\n").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write(&link, "old\n", "new\n").unwrap_err();
        assert!(err.contains("is a symbolic link"), "{err}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "old\n");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_temporary_file_never_has_more_permissions_than_the_draft() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("private.md");
        fs::write(&path, "old\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let seen = fs::metadata(&path).unwrap();
        let temp = TempFile::create_beside(&path, &seen).unwrap();
        // Before a byte is written, the temporary file is already 0600.
        assert_eq!(fs::metadata(&temp.path).unwrap().mode() & 0o777, 0o600);
        fs::remove_file(&temp.path).unwrap();
    }

    #[test]
    fn a_save_made_after_the_read_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, "as linted\n").unwrap();
        let mut original = open_original(&path).unwrap();
        let seen = original.metadata().unwrap();
        let mut content = Vec::new();
        original.read_to_end(&mut content).unwrap();
        let temp = TempFile::create_beside(&path, &seen).unwrap();
        temp.write(b"fixed\n").unwrap();
        // Saved in place with the same length: only the bytes tell.
        fs::write(&path, "as LINTED\n").unwrap();
        let result = swap_in(&path, &temp, &original, &seen, &content);
        assert!(matches!(result, Err(Failure::Changed)), "{result:?}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "as LINTED\n");
    }
}
