//! The draftlint build's part of every cache key: a BLAKE3 hash of the
//! version and of the running executable's bytes (another build may have
//! other rules, packs or dictionaries, all embedded in it; the same sources
//! rebuilt give the same bytes, so a CI job keeps its entries).
//!
//! Hashing a 60 MB executable took ≈ 50 ms, on every run: more than a warm
//! run's own work. So the hash is remembered in the cache directory
//! ([`MEMO_FILE`]) with the executable's identity on this machine: its
//! path, device, inode, size, and modification and status-change times.
//! Replacing the executable (a rebuild, a copy, `cargo install`, a package
//! upgrade) gives it a new inode or at least a new status-change time,
//! which no program can set back (unlike the modification time), so the
//! identity no longer matches and the bytes are hashed again. A running
//! executable cannot be written to (`ETXTBSY`), so its bytes cannot change
//! under the same identity while a run reads them.
//!
//! The memo is only a shortcut: one that is missing, unreadable, a link,
//! or for another identity is ignored and rewritten. On another machine the
//! identity differs, the bytes are hashed again and give the same hash, so
//! a cache directory restored on a CI runner is still valid.

use crate::repository::read::read_regular;
use std::io::Write;
use std::path::Path;

/// The memo's file name, in the cache directory.
pub const MEMO_FILE: &str = "build-id";

/// The first line of the memo; bumped when its format changes.
const MEMO_MAGIC: &str = "draftlint-build-id 1";

/// A memo is three short lines.
const MEMO_MAX_BYTES: u64 = 8 * 1024;

/// The hash of the running draftlint build, remembered in `dir` (see the
/// module documentation). `prefix` (the cache format and version) is
/// hashed before the bytes.
pub fn of_running_executable(dir: &Path, prefix: &[&[u8]]) -> [u8; 32] {
    match std::env::current_exe() {
        Ok(exe) => of_executable(dir, &exe, prefix),
        Err(_) => unique(prefix),
    }
}

/// The hash of the executable at `exe`, remembered in `dir`.
pub fn of_executable(dir: &Path, exe: &Path, prefix: &[&[u8]]) -> [u8; 32] {
    let Ok(mut file) = std::fs::File::open(exe) else {
        return unique(prefix);
    };
    // The identity of the file opened, not of whatever the path names by
    // the time it is hashed.
    let identity = file.metadata().ok().and_then(|meta| identity(exe, &meta));
    let memo = dir.join(MEMO_FILE);
    if let Some(identity) = &identity
        && let Some(hash) = remembered(&memo, identity)
    {
        return hash;
    }
    let mut hasher = blake3::Hasher::new();
    for part in prefix {
        hasher.update(part);
    }
    if std::io::copy(&mut file, &mut hasher).is_err() {
        return unique(prefix);
    }
    let hash = *hasher.finalize().as_bytes();
    if let Some(identity) = &identity {
        // A memo that cannot be written costs the next run a hash, no more.
        let _ = remember(dir, &memo, identity, &hash);
    }
    hash
}

/// A hash no other run has: an executable that cannot be read cannot be
/// told from another build of the same version, so its run shares no entry.
fn unique(prefix: &[&[u8]]) -> [u8; 32] {
    let mut hasher = blake3::Hasher::new();
    for part in prefix {
        hasher.update(part);
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.update(&now.to_le_bytes());
    hasher.update(&std::process::id().to_le_bytes());
    *hasher.finalize().as_bytes()
}

/// The executable's identity on this machine, as one line.
#[cfg(unix)]
fn identity(path: &Path, meta: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let path = path.to_str()?;
    if path.contains('\n') {
        return None;
    }
    Some(format!(
        "{} {} {} {}.{:09} {}.{:09} {path}",
        meta.dev(),
        meta.ino(),
        meta.size(),
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec(),
    ))
}

/// Elsewhere no time that a program cannot set back is at hand: the bytes
/// are hashed on every run.
#[cfg(not(unix))]
fn identity(_path: &Path, _meta: &std::fs::Metadata) -> Option<String> {
    None
}

/// The hash the memo holds for `identity`, if it holds one.
fn remembered(memo: &Path, identity: &str) -> Option<[u8; 32]> {
    // The cache directory may be in a repository: no link, a bounded read.
    if !std::fs::symlink_metadata(memo).ok()?.is_file() {
        return None;
    }
    let bytes = read_regular(memo, MEMO_MAX_BYTES).ok()?;
    let mut lines = std::str::from_utf8(&bytes).ok()?.lines();
    if lines.next()? != MEMO_MAGIC || lines.next()? != identity {
        return None;
    }
    let hash = blake3::Hash::from_hex(lines.next()?).ok()?;
    Some(*hash.as_bytes())
}

/// Writes the memo whole or not at all (a temporary file renamed into
/// place, which replaces a link rather than writing through it).
fn remember(dir: &Path, memo: &Path, identity: &str, hash: &[u8; 32]) -> std::io::Result<()> {
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    writeln!(
        file,
        "{MEMO_MAGIC}\n{identity}\n{}",
        blake3::Hash::from_bytes(*hash).to_hex()
    )?;
    file.persist(memo).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PREFIX: &[&[u8]] = &[b"test"];

    fn hash_of(bytes: &[u8]) -> [u8; 32] {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"test");
        hasher.update(bytes);
        *hasher.finalize().as_bytes()
    }

    /// Replaces the file at `path` the way a build or an install does: a
    /// new file renamed over the old one.
    fn replace(path: &Path, bytes: &[u8]) {
        let mut file = tempfile::NamedTempFile::new_in(path.parent().unwrap()).unwrap();
        file.write_all(bytes).unwrap();
        file.persist(path).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_hash_is_remembered_for_the_same_executable() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("draftlint");
        std::fs::write(&exe, b"build one").unwrap();
        let cache = dir.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        assert_eq!(of_executable(&cache, &exe, PREFIX), hash_of(b"build one"));
        // The second run reads the memo instead of the bytes: a memo made
        // to hold another hash for the same identity is believed.
        let memo = cache.join(MEMO_FILE);
        let text = std::fs::read_to_string(&memo).unwrap();
        let real = blake3::Hash::from_bytes(hash_of(b"build one")).to_hex();
        let other = blake3::Hash::from_bytes([7; 32]).to_hex();
        std::fs::write(&memo, text.replace(real.as_str(), other.as_str())).unwrap();
        assert_eq!(of_executable(&cache, &exe, PREFIX), [7; 32]);
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_or_rewritten_executable_is_hashed_again() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("draftlint");
        let cache = dir.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        std::fs::write(&exe, b"build one").unwrap();
        assert_eq!(of_executable(&cache, &exe, PREFIX), hash_of(b"build one"));
        replace(&exe, b"build two");
        assert_eq!(of_executable(&cache, &exe, PREFIX), hash_of(b"build two"));
        // Rewritten in place, same size, its modification time set back:
        // the status-change time still moves. (Timestamps advance by clock
        // ticks of a few ms: wait for one.)
        let modified = std::fs::metadata(&exe).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30));
        let file = std::fs::OpenOptions::new().write(true).open(&exe).unwrap();
        (&file).write_all(b"build 3!!").unwrap();
        file.set_modified(modified).unwrap();
        drop(file);
        assert_eq!(of_executable(&cache, &exe, PREFIX), hash_of(b"build 3!!"));
    }

    #[cfg(unix)]
    #[test]
    fn a_memo_that_is_a_link_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("draftlint");
        std::fs::write(&exe, b"build one").unwrap();
        let cache = dir.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        of_executable(&cache, &exe, PREFIX);
        let elsewhere = dir.path().join("elsewhere");
        std::fs::rename(cache.join(MEMO_FILE), &elsewhere).unwrap();
        let text = std::fs::read_to_string(&elsewhere).unwrap();
        let real = blake3::Hash::from_bytes(hash_of(b"build one")).to_hex();
        let other = blake3::Hash::from_bytes([7; 32]).to_hex();
        std::fs::write(&elsewhere, text.replace(real.as_str(), other.as_str())).unwrap();
        std::os::unix::fs::symlink(&elsewhere, cache.join(MEMO_FILE)).unwrap();
        assert_eq!(of_executable(&cache, &exe, PREFIX), hash_of(b"build one"));
    }
}
