//! The cache of findings (`check --cache DIR`): a file whose content,
//! configuration and draftlint build have not changed since a previous run
//! is not linted again; its findings are read back and rendered as usual.
//!
//! An entry is keyed by a BLAKE3 hash of everything that decides the
//! findings:
//!
//! - the draftlint build: version and the executable's bytes (another
//!   build may have other rules, packs or dictionaries: all are embedded
//!   in it; the same sources rebuilt give the same bytes), hashed once per
//!   executable and remembered in the directory ([`build_key`]);
//! - the configuration's [fingerprint](crate::config::Config::fingerprint):
//!   its text, packs, word lists and dictionary files;
//! - the file's path (overrides, the markup kind and the language settings
//!   depend on it), the `--encoding` asked for, and the file's bytes.
//!
//! Nothing else is read, so the cache is valid across machines and CI jobs
//! with the same build: restore the directory, run, save it.
//!
//! Entries are never trusted blindly: one that is truncated, corrupt,
//! written for another key, or whose findings do not fit the file (spans
//! outside it or off character boundaries, see [`crate::invariants`]) is
//! ignored and the file is linted. Entries are written to a temporary file
//! and renamed into place, so concurrent runs and a killed run leave whole
//! entries or none. Symbolic links inside the directory are not followed.
//!
//! Size: one entry per distinct (file content, configuration) pair, about
//! the size of the file's JSON findings. Nothing is pruned automatically:
//! delete the directory to clear it (CI caches are usually keyed and
//! replaced anyway).

mod build_key;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::engine::{self, FileReport, ReadOptions};
use crate::repository::read::{limit, read_regular};
use crate::source::{self, Encoding};
use crate::text::Language;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The first bytes of every entry; bumped when the entry format changes.
const MAGIC: &str = "draftlint-cache 1";

pub struct FindingsCache {
    dir: PathBuf,
    /// The draftlint build, hashed (see the module documentation).
    build: [u8; 32],
}

/// What identifies one file's findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(blake3::Hash);

impl Key {
    fn hex(&self) -> String {
        self.0.to_hex().to_string()
    }
}

/// What an entry holds after its header line.
#[derive(Serialize, Deserialize)]
struct Entry {
    language: Option<String>,
    diagnostics: Vec<Diagnostic>,
}

impl FindingsCache {
    /// Uses `dir`, creating it if needed.
    ///
    /// A directory inside a repository must lead to a place inside it: the
    /// user chose the name (`--cache .draftlint-cache`), the repository
    /// chose what it is, and a committed `.draftlint-cache -> /home/me`
    /// would have entries written there. Outside any repository, the
    /// directory is the user's own, links and all.
    pub fn open(dir: &Path) -> Result<Self, String> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let root = crate::repository::root_of(dir, &cwd);
        if crate::repository::is_root(&root) {
            crate::repository::resolve_inside(&root, dir).map_err(|outside| {
                format!(
                    "the cache directory {} {}; pass --cache a directory inside the repository, or one outside any repository",
                    dir.display(),
                    outside.describe()
                )
            })?;
        }
        std::fs::create_dir_all(dir).map_err(|e| {
            format!(
                "cannot create the cache directory {}: {e}; pass another --cache DIR",
                dir.display()
            )
        })?;
        // Remembered in `dir` by the executable's identity: hashing its
        // 60 MB took ≈ 50 ms per run.
        let build = build_key::of_running_executable(
            dir,
            &[MAGIC.as_bytes(), env!("CARGO_PKG_VERSION").as_bytes()],
        );
        Ok(FindingsCache {
            dir: dir.to_path_buf(),
            build,
        })
    }

    /// Where the word indexes of a project's dictionaries are kept, for
    /// this build.
    pub fn index_store(&self) -> crate::spelling::index_store::IndexStore {
        crate::spelling::index_store::IndexStore::new(&self.dir, self.build)
    }

    /// Lints the file at `path` (not standard input), or reads its
    /// findings back from the cache. A report that could not be stored is
    /// still returned, with the reason.
    pub fn lint_file(
        &self,
        path: &Path,
        config: &Config,
        options: &ReadOptions,
    ) -> (FileReport, Result<(), String>) {
        let bytes = match source::read_bytes(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                return (
                    FileReport::failed(path, format!("cannot read the file: {e}")),
                    Ok(()),
                );
            }
        };
        let key = self.key(path, &bytes, config, options.encoding);
        let entry = self.read(&key);
        let text = match source::decode(bytes, options.encoding) {
            Ok(text) => text,
            Err(e) => return (FileReport::failed(path, e.to_string()), Ok(())),
        };
        if let Some(entry) = entry
            && let Some(report) = report_from(path, text.clone(), entry)
        {
            return (report, Ok(()));
        }
        let settings = config.file_settings(path);
        let report = engine::lint_text(path, text, config, &settings);
        let stored = self.write(&key, &report);
        (report, stored)
    }

    pub fn key(
        &self,
        path: &Path,
        bytes: &[u8],
        config: &Config,
        encoding: Option<Encoding>,
    ) -> Key {
        let mut hasher = blake3::Hasher::new();
        hasher.update(&self.build);
        hasher.update(&config.fingerprint);
        let path = path.as_os_str().as_encoded_bytes();
        hasher.update(&(path.len() as u64).to_le_bytes());
        hasher.update(path);
        let encoding = encoding.map_or("auto", Encoding::name);
        hasher.update(&(encoding.len() as u64).to_le_bytes());
        hasher.update(encoding.as_bytes());
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
        Key(hasher.finalize())
    }

    /// `DIR/ab/cdef…`: 256 sub-directories keep directories small.
    fn entry_path(&self, key: &Key) -> (PathBuf, PathBuf) {
        let hex = key.hex();
        let shard = self.dir.join(&hex[..2]);
        let entry = shard.join(&hex[2..]);
        (shard, entry)
    }

    /// The entry for `key`, if there is a well-formed one.
    fn read(&self, key: &Key) -> Option<Entry> {
        let (shard, entry) = self.entry_path(key);
        // Neither the sub-directory nor the entry may be a link.
        if !std::fs::symlink_metadata(&shard).ok()?.is_dir()
            || !std::fs::symlink_metadata(&entry).ok()?.is_file()
        {
            return None;
        }
        // The directory may be in the repository: read with a bound.
        let bytes = read_regular(&entry, limit::CACHE_ENTRY).ok()?;
        let text = std::str::from_utf8(&bytes).ok()?;
        let (header, body) = text.split_once('\n')?;
        if header != format!("{MAGIC} {}", key.hex()) {
            return None;
        }
        serde_json::from_str(body).ok()
    }

    /// Stores `report`'s findings under `key`; failed files are not stored
    /// (the error may be passing).
    fn write(&self, key: &Key, report: &FileReport) -> Result<(), String> {
        if report.error.is_some() {
            return Ok(());
        }
        let entry = Entry {
            language: report.language.map(|l| l.code().to_string()),
            diagnostics: report.diagnostics.clone(),
        };
        let (shard, path) = self.entry_path(key);
        let failed = |e: std::io::Error| {
            format!(
                "cannot write to the cache directory {}: {e}; findings are not cached (check its permissions, or pass another --cache DIR)",
                self.dir.display()
            )
        };
        match std::fs::symlink_metadata(&shard) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Ok(()), // a link or a file: leave it alone
            Err(_) => std::fs::create_dir_all(&shard).map_err(failed)?,
        }
        let mut file = tempfile::NamedTempFile::new_in(&shard).map_err(failed)?;
        file.write_all(format!("{MAGIC} {}\n", key.hex()).as_bytes())
            .map_err(failed)?;
        serde_json::to_writer(&mut file, &entry).map_err(|e| failed(e.into()))?;
        // Renaming replaces a link at `path` rather than writing through it.
        file.persist(&path).map_err(|e| failed(e.error))?;
        Ok(())
    }
}

/// The report an entry stands for, if its findings fit the file.
fn report_from(path: &Path, text: String, entry: Entry) -> Option<FileReport> {
    let language = match entry.language {
        Some(tag) => Some(Language::from_tag(&tag)?),
        None => None,
    };
    let report = FileReport {
        path: path.to_path_buf(),
        source: Some(text),
        language,
        diagnostics: entry.diagnostics,
        error: None,
    };
    crate::invariants::check_report(&report).ok()?;
    Some(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalogue;

    fn config() -> Config {
        Config::defaults(PathBuf::from("."), Catalogue::builtin().unwrap())
    }

    fn lint(cache: &FindingsCache, path: &Path, config: &Config) -> FileReport {
        let (report, stored) = cache.lint_file(path, config, &ReadOptions::default());
        stored.unwrap();
        report
    }

    fn entries(dir: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for shard in std::fs::read_dir(dir).unwrap() {
            let shard = shard.unwrap().path();
            if shard.is_dir() {
                for entry in std::fs::read_dir(&shard).unwrap() {
                    found.push(entry.unwrap().path());
                }
            }
        }
        found
    }

    #[test]
    fn a_second_run_reads_the_same_findings_back() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "We went to the the market.\n").unwrap();
        let cache = FindingsCache::open(&dir.path().join("cache")).unwrap();
        let config = config();
        let first = lint(&cache, &draft, &config);
        assert_eq!(entries(&dir.path().join("cache")).len(), 1);
        let second = lint(&cache, &draft, &config);
        assert_eq!(first.diagnostics, second.diagnostics);
        assert_eq!(first.language, second.language);
        assert!(!second.diagnostics.is_empty());

        // Another content is another entry.
        std::fs::write(&draft, "We went to the market.\n").unwrap();
        let third = lint(&cache, &draft, &config);
        assert!(third.diagnostics.is_empty());
        assert_eq!(entries(&dir.path().join("cache")).len(), 2);
    }

    /// An entry is read with a bound, like every file a repository may
    /// hold: one padded past it (valid JSON: trailing spaces) is ignored,
    /// the file linted again and the entry written anew.
    #[test]
    fn an_oversized_entry_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "We went to the the market.\n").unwrap();
        let cache = FindingsCache::open(&dir.path().join("cache")).unwrap();
        let config = config();
        let first = lint(&cache, &draft, &config);
        let entry = entries(&dir.path().join("cache")).pop().unwrap();
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&entry)
            .unwrap();
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..=limit::CACHE_ENTRY >> 20 {
            file.write_all(&spaces).unwrap();
        }
        drop(file);
        let second = lint(&cache, &draft, &config);
        assert_eq!(first.diagnostics, second.diagnostics);
        let size = std::fs::metadata(&entry).unwrap().len();
        assert!(size < 1 << 20, "the padded entry was used ({size} bytes)");
    }

    #[test]
    fn damaged_or_foreign_entries_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "We went to the the market.\n").unwrap();
        let cache_dir = dir.path().join("cache");
        let cache = FindingsCache::open(&cache_dir).unwrap();
        let config = config();
        let fresh = lint(&cache, &draft, &config);
        let entry = entries(&cache_dir).pop().unwrap();
        let good = std::fs::read_to_string(&entry).unwrap();

        let (header, body) = good.split_once('\n').unwrap();
        let outside = body.replace("\"end\":", "\"end\":1000");
        let damaged = [
            String::new(),
            good[..good.len() / 2].to_string(),
            format!("{header}\nnot json"),
            // Findings for another key.
            format!("{MAGIC} {}\n{body}", "0".repeat(64)),
            // Findings that do not fit the file.
            format!("{header}\n{outside}"),
            // Findings that fit, but no finding at all: trusted (the key
            // matched), so this one must be read back as written.
            format!("{header}\n{{\"language\":\"en\",\"diagnostics\":[]}}"),
        ];
        for (i, text) in damaged.iter().enumerate() {
            std::fs::write(&entry, text).unwrap();
            let report = lint(&cache, &draft, &config);
            if i == damaged.len() - 1 {
                assert!(report.diagnostics.is_empty());
            } else {
                assert_eq!(report.diagnostics, fresh.diagnostics, "entry {i}: {text:?}");
                // The damaged entry was replaced by a good one.
                assert_eq!(std::fs::read_to_string(&entry).unwrap(), good);
            }
        }
    }

    #[test]
    fn the_configuration_is_part_of_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "We went to the the market.\n").unwrap();
        let cache = FindingsCache::open(&dir.path().join("cache")).unwrap();
        let defaults = config();
        let toml = dir.path().join("draftlint.toml");
        let text = "[rules]\n\"repetition.doubled-word\" = { enabled = false }\n";
        std::fs::write(&toml, text).unwrap();
        let quiet = Config::load(
            &toml,
            &Catalogue::builtin().unwrap(),
            &std::sync::Arc::default(),
        )
        .unwrap();
        assert!(!lint(&cache, &draft, &defaults).diagnostics.is_empty());
        assert!(lint(&cache, &draft, &quiet).diagnostics.is_empty());
        assert!(!lint(&cache, &draft, &defaults).diagnostics.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn links_in_the_cache_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(&draft, "We went to the the market.\n").unwrap();
        let cache_dir = dir.path().join("cache");
        let cache = FindingsCache::open(&cache_dir).unwrap();
        let config = config();
        let bytes = std::fs::read(&draft).unwrap();
        let key = cache.key(&draft, &bytes, &config, None);
        let (shard, _) = cache.entry_path(&key);
        // The sub-directory is a link to a directory elsewhere.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &shard).unwrap();
        let report = lint(&cache, &draft, &config);
        assert!(!report.diagnostics.is_empty());
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }
}
