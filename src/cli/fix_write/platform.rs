//! What `--fix` asks of the operating system, in one place.
//!
//! On Unix: open without following a link or blocking on a FIFO, hard
//! link counts, `access(W_OK)`, modes and owners, inode identity and
//! nanosecond times. Elsewhere a conservative stand-in for each: a link is
//! refused by a look before opening, a file is one link, its permissions
//! are copied, and "the same file" is judged by its size, modification
//! time and bytes (no inode to compare). Only the Linux `renameat2`
//! exchange lives beside its caller, in `super`.

use std::fs::{self, File, OpenOptions};
use std::path::Path;

/// Opens the draft itself for reading, never the target of a symbolic
/// link, without blocking on a FIFO. `Err(None)` when it is a link.
pub fn open_no_follow(path: &Path) -> Result<File, Option<std::io::Error>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(path)
            .map_err(|e| (e.raw_os_error() != Some(libc::ELOOP)).then_some(e))
    }
    #[cfg(not(unix))]
    {
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(None);
        }
        OpenOptions::new().read(true).open(path).map_err(Some)
    }
}

/// How many names the file has.
pub fn hard_links(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// Whether we could write the file in place (root passes whatever the
/// mode, which is why the caller checks the mode's write bits first).
pub fn writable_by_us(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: a valid NUL-terminated path; access() only reads it.
        unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
    }
    #[cfg(not(unix))]
    {
        fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
    }
}

/// Creates `path` (never an existing name, nor a link) with no more
/// permissions than `like` has, from the first byte.
pub fn create_new_like(path: &Path, like: &fs::Metadata) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
        // The umask can only narrow it; `take_owner_and_mode` sets it.
        options.mode(like.mode() & 0o777);
    }
    #[cfg(not(unix))]
    let _ = like;
    options.open(path)
}

/// Gives `file` the owner and group of `like` as far as permitted (only
/// root may give a file away; a member of the group may still set the
/// group), then its exact permissions: changing the owner clears set-id
/// bits, so the mode comes last.
pub fn take_owner_and_mode(file: &File, like: &fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let mine = file.metadata()?;
        if (mine.uid(), mine.gid()) != (like.uid(), like.gid())
            && std::os::unix::fs::fchown(file, Some(like.uid()), Some(like.gid())).is_err()
        {
            let _ = std::os::unix::fs::fchown(file, None, Some(like.gid()));
        }
        file.set_permissions(fs::Permissions::from_mode(like.mode() & 0o7777))
    }
    #[cfg(not(unix))]
    {
        file.set_permissions(like.permissions())
    }
}

/// Whether two looks at a file saw the same file: the same device and
/// inode on Unix; elsewhere there is no identity to compare, and the
/// caller's checks of size, times and bytes decide alone.
pub fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (a.dev(), a.ino()) == (b.dev(), b.ino())
    }
    #[cfg(not(unix))]
    {
        a.is_file() && b.is_file()
    }
}

/// Whether the file still has the size and times it had: modification
/// time to the nanosecond, and the change time unless `ctime` is false (a
/// rename changes it). Elsewhere, size and modification time.
pub fn same_stamp(now: &fs::Metadata, seen: &fs::Metadata, ctime: bool) -> bool {
    if now.len() != seen.len() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (now.mtime(), now.mtime_nsec()) == (seen.mtime(), seen.mtime_nsec())
            && (!ctime || (now.ctime(), now.ctime_nsec()) == (seen.ctime(), seen.ctime_nsec()))
    }
    #[cfg(not(unix))]
    {
        let _ = ctime;
        matches!((now.modified(), seen.modified()), (Ok(a), Ok(b)) if a == b)
    }
}

/// Reads at `offset` without moving the file's position (Unix), or after
/// seeking there (elsewhere; the position is not used afterwards).
pub fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> std::io::Result<usize> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_at(file, buffer, offset)
    }
    #[cfg(not(unix))]
    {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = file;
        file.seek(SeekFrom::Start(offset))?;
        file.read(buffer)
    }
}
