//! Loaded dictionaries, shared by every configuration of a run (or of the
//! language server's life): a dictionary is parsed once however many
//! `draftlint.toml` files name it.

use super::index_store::IndexStore;
use super::{Dictionary, DictionaryError, HunspellDictionary, find_system_dictionary};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where a dictionary comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DictionarySource {
    /// Embedded in the binary: `fr`, `en` or `en_GB`.
    Builtin(&'static str),
    /// An `.aff`/`.dic` pair on disk (path without extension).
    Files(PathBuf),
}

impl DictionarySource {
    /// The built-in dictionaries of a language (`fr` or `en`). English is
    /// US English plus the British spellings of SCOWL's en_GB-ise
    /// (`neighbourhood`, `grey`, `programme`): a British draft is a
    /// house-style choice, not a page of typos. A word either knows is
    /// correct; suggestions come from en_US first.
    pub fn builtin(language: &'static str) -> Vec<Self> {
        match language {
            "en" => vec![
                DictionarySource::Builtin("en"),
                DictionarySource::Builtin("en_GB"),
            ],
            _ => vec![DictionarySource::Builtin(language)],
        }
    }

    /// Resolves a name from `draftlint.toml`: `builtin` (see
    /// [`DictionarySource::builtin`]), a path without extension (relative
    /// to `root`), or a system name such as `de_DE` looked up in DICPATH
    /// and the system folders.
    pub fn resolve(name: &str, language: &'static str, root: &Path) -> Result<Vec<Self>, String> {
        if name == "builtin" {
            return Ok(DictionarySource::builtin(language));
        }
        let local = root.join(name);
        if local.with_extension("aff").is_file() && local.with_extension("dic").is_file() {
            return Ok(vec![DictionarySource::Files(local)]);
        }
        let dicpath = std::env::var("DICPATH").ok();
        if let Some((aff, _)) = find_system_dictionary(name, dicpath.as_deref()) {
            return Ok(vec![DictionarySource::Files(aff.with_extension(""))]);
        }
        Err(format!(
            "dictionary `{name}` not found: no `{0}.aff`/`{0}.dic` here, none in DICPATH or /usr/share/hunspell; \
             install it (e.g. `apt-get install hunspell-fr`) or give a path without extension",
            local.display()
        ))
    }
}

pub struct DictionaryCache {
    loaded: Mutex<HashMap<DictionarySource, Arc<HunspellDictionary>>>,
    /// `--cache DIR`: where the word indexes of a project's dictionaries
    /// are kept between runs.
    index_store: Option<IndexStore>,
    /// Indexes that could not be stored, with what to do (said once, at
    /// the end of the run).
    store_failures: Mutex<Vec<String>>,
    /// How long the suggestions of one word may take in this host: a batch
    /// run can afford more than a language server re-linting on every
    /// keystroke.
    suggestion_budget: Duration,
}

/// The suggestion budget of a batch run (`draftlint check`).
pub const DEFAULT_SUGGESTION_BUDGET: Duration = Duration::from_millis(20);

impl Default for DictionaryCache {
    fn default() -> Self {
        Self::with_suggestion_budget(DEFAULT_SUGGESTION_BUDGET)
    }
}

impl DictionaryCache {
    pub fn with_suggestion_budget(suggestion_budget: Duration) -> Self {
        DictionaryCache {
            loaded: Mutex::new(HashMap::new()),
            index_store: None,
            store_failures: Mutex::new(Vec::new()),
            suggestion_budget,
        }
    }

    /// Keeps the word indexes of a project's dictionaries in `store`, so
    /// that later runs need not parse them.
    pub fn with_index_store(mut self, store: IndexStore) -> Self {
        self.index_store = Some(store);
        self
    }

    /// What could not be stored in the index store so far.
    pub fn take_store_failures(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .store_failures
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }

    pub fn suggestion_budget(&self) -> Duration {
        self.suggestion_budget
    }

    pub fn get(&self, source: &DictionarySource) -> Result<Arc<dyn Dictionary>, DictionaryError> {
        if let Some(d) = self
            .loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(source)
        {
            return Ok(Arc::clone(d) as Arc<dyn Dictionary>);
        }
        // Parse outside the lock: two threads may both parse the first
        // time, which costs less than serialising every language's load.
        let dictionary = Arc::new(match source {
            DictionarySource::Builtin(lang) => {
                HunspellDictionary::builtin(lang).expect("builtin languages are embedded")
            }
            DictionarySource::Files(base) => {
                let (aff, dic) = (base.with_extension("aff"), base.with_extension("dic"));
                match &self.index_store {
                    None => HunspellDictionary::from_paths(&aff, &dic)?,
                    Some(store) => {
                        let (dictionary, stored) =
                            HunspellDictionary::from_paths_indexed(&aff, &dic, store)?;
                        if let Err(message) = stored {
                            self.store_failures
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .push(message);
                        }
                        dictionary
                    }
                }
            }
        });
        self.loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(source.clone())
            .or_insert_with(|| Arc::clone(&dictionary));
        Ok(dictionary)
    }
}
