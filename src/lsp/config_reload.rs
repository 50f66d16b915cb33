//! Noticing that `draftlint.toml` (or a word list it names) changed, and
//! loading configuration afresh. Parsed dictionaries are kept across
//! reloads.
//!
//! Editors may report file changes (`workspace/didChangeWatchedFiles`), but
//! not all do (Neovim before 0.10 does not on Linux), so the server also
//! compares a fingerprint of the files the open documents depend on: the
//! configuration found upward from each document's directory (so a newly
//! created `draftlint.toml` counts) and the word lists it names, with their
//! sizes and modification times. Computing it costs a few `stat` calls.

use crate::config::{Config, ConfigStore, find_config_file};
use crate::error::FileError;
use crate::rules::Catalogue;
use crate::spelling::DictionaryCache;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

type Stamp = Option<(SystemTime, u64)>;

/// Which configuration file each document directory finds, and the stamp
/// of every file involved.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Fingerprint {
    config_for_dir: BTreeMap<PathBuf, Option<PathBuf>>,
    stamps: BTreeMap<PathBuf, Stamp>,
}

impl Fingerprint {
    /// Whether something both fingerprints know about differs. A document
    /// opened in a new directory brings new entries, which are no change.
    fn differs_from(&self, previous: &Fingerprint) -> bool {
        let dir_changed = self
            .config_for_dir
            .iter()
            .any(|(dir, file)| previous.config_for_dir.get(dir).is_some_and(|f| f != file));
        let file_changed = self
            .stamps
            .iter()
            .any(|(path, stamp)| previous.stamps.get(path).is_some_and(|s| s != stamp));
        dir_changed || file_changed
    }
}

/// Suggestion time per new word in the language server.
pub const LSP_SUGGESTION_BUDGET: std::time::Duration = std::time::Duration::from_millis(8);

pub struct ConfigWatch {
    builtin: Catalogue,
    store: ConfigStore,
    /// `None` until the first look.
    fingerprint: Option<Fingerprint>,
}

impl ConfigWatch {
    pub fn new(builtin: Catalogue) -> Result<Self, FileError> {
        Ok(ConfigWatch {
            // Every keystroke re-lints: a new unknown word's suggestions get
            // a short budget so the re-check stays under 20 ms.
            store: ConfigStore::with_dictionaries(
                builtin.clone(),
                None,
                Arc::new(DictionaryCache::with_suggestion_budget(
                    LSP_SUGGESTION_BUDGET,
                )),
            )?,
            builtin,
            fingerprint: None,
        })
    }

    pub fn for_path(&self, path: &Path) -> Result<Arc<Config>, FileError> {
        self.store.for_path(path)
    }

    /// Reloads every configuration when a file the documents at `paths`
    /// depend on changed since the last call; says whether it did.
    pub fn refresh<'p>(&mut self, paths: impl IntoIterator<Item = &'p Path>) -> bool {
        let paths: Vec<&Path> = paths.into_iter().collect();
        let current = self.fingerprint_of(&paths);
        let changed = self
            .fingerprint
            .as_ref()
            .is_some_and(|previous| current.differs_from(previous));
        if changed {
            let dictionaries = Arc::clone(self.store.dictionaries());
            match ConfigStore::with_dictionaries(self.builtin.clone(), None, dictionaries) {
                Ok(store) => self.store = store,
                Err(e) => eprintln!("draftlint lsp: {e}"),
            }
        }
        // Fresh configurations may name other word lists.
        self.fingerprint = Some(self.fingerprint_of(&paths));
        changed
    }

    fn fingerprint_of(&self, paths: &[&Path]) -> Fingerprint {
        let dirs: BTreeSet<&Path> = paths.iter().filter_map(|p| p.parent()).collect();
        let mut fingerprint = Fingerprint::default();
        for dir in dirs {
            let config_file = find_config_file(dir);
            fingerprint
                .config_for_dir
                .insert(dir.to_path_buf(), config_file.clone());
            let Some(config_file) = config_file else {
                continue;
            };
            fingerprint
                .stamps
                .insert(config_file.clone(), stamp(&config_file));
            if let Ok(config) = self.store.for_path(dir) {
                let spelling = &config.resources.spelling;
                let lists = spelling
                    .common_word_lists
                    .iter()
                    .chain(spelling.language_word_lists.iter().flatten());
                for list in lists {
                    fingerprint.stamps.insert(list.clone(), stamp(list));
                }
            }
        }
        fingerprint
    }
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_or_new_configuration_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        let mut watch = ConfigWatch::new(Catalogue::builtin().unwrap()).unwrap();
        assert!(
            !watch.refresh([draft.as_path()]),
            "the first look is no change"
        );
        assert!(!watch.refresh([draft.as_path()]));

        std::fs::write(dir.path().join("draftlint.toml"), "language = \"fr\"\n").unwrap();
        assert!(watch.refresh([draft.as_path()]), "a new draftlint.toml");
        assert_eq!(
            watch.for_path(&draft).unwrap().language,
            Some(crate::text::Language::Fr)
        );

        std::fs::write(
            dir.path().join("draftlint.toml"),
            "language = \"en\"\nfail-level = \"error\"\n",
        )
        .unwrap();
        assert!(watch.refresh([draft.as_path()]), "a longer draftlint.toml");
        assert_eq!(
            watch.for_path(&draft).unwrap().language,
            Some(crate::text::Language::En)
        );
        assert!(!watch.refresh([draft.as_path()]));
    }

    #[test]
    fn a_changed_word_list_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a.md");
        std::fs::write(dir.path().join("words.txt"), "enjei\n").unwrap();
        std::fs::write(
            dir.path().join("draftlint.toml"),
            "[spelling]\nword-lists = [\"words.txt\"]\n",
        )
        .unwrap();
        let mut watch = ConfigWatch::new(Catalogue::builtin().unwrap()).unwrap();
        watch.refresh([draft.as_path()]);
        std::fs::write(dir.path().join("words.txt"), "enjei\nautre\n").unwrap();
        assert!(watch.refresh([draft.as_path()]));
    }
}
