//! Reading a file the repository put there, with bounds.
//!
//! Every file draftlint reads because a repository holds or names it — a
//! draft, `draftlint.toml`, a pack, a word list, a dictionary, an ignore
//! file, a baseline — may be hostile: a FIFO that blocks the run forever,
//! a link to `/dev/zero` that never ends, a sparse file of many gigabytes
//! that takes a second to make and all the memory to read. So it is read
//! here and only here:
//!
//! - opened without blocking (a FIFO with no writer opens at once) and
//!   judged by what was opened, not by an earlier look at the name (a file
//!   swapped for a FIFO in between changes nothing);
//! - read only if it is a regular file, refused otherwise;
//! - refused from its size when it is larger than the limit of its kind,
//!   and never read past that limit, even if it grows while being read.
//!
//! Where the file is (inside the repository or not) is the business of
//! [`super::resolve_inside`], called by whoever names the file.

use std::fs::File;
use std::io::{Error, ErrorKind, Read};
use std::path::Path;

const MIB: u64 = 1024 * 1024;

/// How large each kind of file may be. Far above any real file of the
/// kind; what matters is that there is a bound.
pub mod limit {
    use super::MIB;
    /// A draft: no draft is this long, and a huge log or dump that matched
    /// the extensions must not take a run down.
    pub const DRAFT: u64 = 256 * MIB;
    /// `draftlint.toml`: a few kilobytes in practice.
    pub const CONFIG: u64 = MIB;
    /// A rule pack: thousands of phrases fit in a few hundred kilobytes
    /// (all the packs of a configuration share this much too:
    /// `rules::pack::PackBudget`).
    pub const PACK: u64 = MIB;
    /// A word list: a million words.
    pub const WORD_LIST: u64 = 16 * MIB;
    /// A Hunspell `.aff` or `.dic` file: the largest are a few tens of MB.
    pub const DICTIONARY: u64 = 64 * MIB;
    /// `.gitignore`, `.ignore`, `.git/info/exclude`.
    pub const IGNORE_FILE: u64 = MIB;
    /// A baseline: one line per accepted finding of a whole repository.
    pub const BASELINE: u64 = 256 * MIB;
    /// An entry of the cache of findings (`check --cache`): one file's
    /// findings, capped per rule. A larger entry is ignored and the file
    /// linted again.
    pub const CACHE_ENTRY: u64 = 64 * MIB;
}

/// The whole file, if it is a regular file of at most `max` bytes.
pub fn read_regular(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(Error::new(ErrorKind::IsADirectory, "it is a directory"));
    }
    if !meta.is_file() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "not a regular file (a FIFO, socket or device), not read",
        ));
    }
    if meta.len() > max {
        return Err(too_large(max));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large(max));
    }
    Ok(bytes)
}

/// [`read_regular`], as UTF-8 text (invalid UTF-8 is `InvalidData`).
pub fn read_regular_text(path: &Path, max: u64) -> std::io::Result<String> {
    String::from_utf8(read_regular(path, max)?).map_err(|_| {
        Error::new(
            ErrorKind::InvalidData,
            "not UTF-8 text; convert it with `iconv -t UTF-8`",
        )
    })
}

/// The error for a file over its limit; says the limit.
pub fn too_large(max: u64) -> Error {
    let size = if max >= MIB {
        format!("{} MiB", max / MIB)
    } else {
        format!("{} KiB", max / 1024)
    };
    Error::new(
        ErrorKind::InvalidData,
        format!("larger than {size}, not read (no such file is this large)"),
    )
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a FIFO for reading waits for a writer otherwise.
    // Reads from a regular file are not affected by it.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

/// Elsewhere, no FIFO blocks an open the way it does on Unix; the type of
/// what was opened is still checked before reading.
#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "0123456789").unwrap();
        assert_eq!(read_regular(&path, 10).unwrap(), b"0123456789");
        let err = read_regular(&path, 9).unwrap_err();
        assert!(err.to_string().contains("larger than"), "{err}");
    }

    #[test]
    fn a_sparse_giant_is_refused_from_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.toml");
        let file = File::create(&path).unwrap();
        file.set_len(64 * 1024 * MIB).unwrap();
        let err = read_regular(&path, limit::CONFIG).unwrap_err();
        assert!(err.to_string().contains("larger than 1 MiB"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        for path in [fifo.as_path(), Path::new("/dev/zero")] {
            let err = read_regular(path, limit::CONFIG).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::InvalidInput, "{}", path.display());
        }
        let err = read_regular(dir.path(), limit::CONFIG).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::IsADirectory);
    }
}
