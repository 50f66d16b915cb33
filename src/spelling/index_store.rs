//! Word indexes of a project's own dictionaries, kept in the `--cache`
//! directory: a dictionary named in `draftlint.toml` is parsed and indexed
//! once, and later runs check words from its index without parsing it
//! (≈ 50–100 ms for a French-sized dictionary), as the built-in ones do.
//!
//! An index is stored under a BLAKE3 hash of the draftlint build (the one
//! [`crate::cache::FindingsCache`] computes: another build may generate
//! forms differently) and of the `.aff` and `.dic` bytes, in
//! `DIR/dictionaries/<hash>.index`. It is never trusted blindly: its
//! header names the key it was written for and a BLAKE3 hash of the index
//! bytes, both checked before use, so a truncated or corrupt file is
//! rebuilt, not read. Files are written to a temporary file and renamed
//! into place; links are not followed.

use std::io::Write;
use std::path::{Path, PathBuf};

/// First line of a stored index; then the key and the hash of the index
/// bytes in hex, one line each; then the index.
const MAGIC: &str = "draftlint dictionary index 1";

/// Where indexes are kept, for one draftlint build.
#[derive(Debug, Clone)]
pub struct IndexStore {
    dir: PathBuf,
    build: [u8; 32],
}

/// What identifies one dictionary's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexKey(blake3::Hash);

impl IndexStore {
    /// `cache_dir` is the `--cache` directory, `build` the hash of the
    /// draftlint build.
    pub fn new(cache_dir: &Path, build: [u8; 32]) -> Self {
        IndexStore {
            dir: cache_dir.join("dictionaries"),
            build,
        }
    }

    pub fn key(&self, aff: &[u8], dic: &[u8]) -> IndexKey {
        let mut hasher = blake3::Hasher::new();
        hasher.update(MAGIC.as_bytes());
        hasher.update(&self.build);
        hasher.update(&(aff.len() as u64).to_le_bytes());
        hasher.update(aff);
        hasher.update(dic);
        IndexKey(hasher.finalize())
    }

    fn path(&self, key: &IndexKey) -> PathBuf {
        self.dir.join(format!("{}.index", key.0.to_hex()))
    }

    /// The stored index for `key`, if there is a whole one.
    pub fn read(&self, key: &IndexKey) -> Option<Vec<u8>> {
        let path = self.path(key);
        if !std::fs::symlink_metadata(&self.dir).ok()?.is_dir()
            || !std::fs::symlink_metadata(&path).ok()?.is_file()
        {
            return None;
        }
        let mut bytes = std::fs::read(&path).ok()?;
        let header = format!("{MAGIC}\n{}\n", key.0.to_hex());
        let rest = bytes.strip_prefix(header.as_bytes())?;
        let (sum, index) = rest.split_at_checked(65)?;
        let sum = std::str::from_utf8(sum.strip_suffix(b"\n")?).ok()?;
        if blake3::Hash::from_hex(sum).ok()? != blake3::hash(index) {
            return None;
        }
        let start = bytes.len() - index.len();
        bytes.drain(..start);
        Some(bytes)
    }

    /// Stores `index` under `key`. The error says what to do.
    pub fn write(&self, key: &IndexKey, index: &[u8]) -> Result<(), String> {
        let failed = |e: std::io::Error| {
            format!(
                "cannot store a dictionary index in {}: {e}; the dictionary will be parsed again next run (check the directory's permissions, or pass another --cache DIR)",
                self.dir.display()
            )
        };
        match std::fs::symlink_metadata(&self.dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Ok(()), // a link or a file: leave it alone
            Err(_) => std::fs::create_dir_all(&self.dir).map_err(failed)?,
        }
        let mut file = tempfile::NamedTempFile::new_in(&self.dir).map_err(failed)?;
        let header = format!(
            "{MAGIC}\n{}\n{}\n",
            key.0.to_hex(),
            blake3::hash(index).to_hex()
        );
        file.write_all(header.as_bytes()).map_err(failed)?;
        file.write_all(index).map_err(failed)?;
        // Renaming replaces a link at the path rather than writing through it.
        file.persist(self.path(key)).map_err(|e| failed(e.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_is_read_back_only_whole_and_for_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let store = IndexStore::new(dir.path(), [7; 32]);
        let key = store.key(b"SET UTF-8\n", b"1\nmot\n");
        assert_eq!(store.read(&key), None);
        store.write(&key, b"index bytes").unwrap();
        assert_eq!(store.read(&key).as_deref(), Some(&b"index bytes"[..]));

        // Another dictionary, another build: another key.
        assert_ne!(store.key(b"SET UTF-8\n", b"1\nmots\n"), key);
        let other_build = IndexStore::new(dir.path(), [8; 32]);
        assert_eq!(
            other_build.read(&other_build.key(b"SET UTF-8\n", b"1\nmot\n")),
            None
        );

        // A corrupt or truncated file is not read.
        let path = store.path(&key);
        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(store.read(&key), None);
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert_eq!(store.read(&key), None);
    }
}
