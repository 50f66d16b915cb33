//! Finding the configuration that applies to a path, once per directory.
//!
//! The nearest `draftlint.toml` upward from the file's directory applies,
//! but the search stops at the repository root (a directory holding `.git`,
//! or whose `draftlint.toml` says `root = true`; see `crate::repository`):
//! a `draftlint.toml` in a shared parent directory (someone else's home,
//! `/tmp`) must not silently configure, or switch off, a project below it.
//!
//! A `draftlint.toml` may be a symbolic link, as long as it leads to a
//! file inside its repository (a monorepo sharing one file): a link out
//! (`draftlint.toml -> /etc/shadow`) is not read, or a parse error would
//! quote the first line of that file. `--config FILE` is held to the same
//! rule, for the repository of the path given.

use super::Config;
use crate::error::FileError;
use crate::rules::Catalogue;
use crate::spelling::DictionaryCache;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub const CONFIG_FILE_NAME: &str = "draftlint.toml";

/// The nearest `draftlint.toml` in `dir` or one of its ancestors, up to
/// the repository root.
pub fn find_config_file(dir: &Path) -> Option<PathBuf> {
    for ancestor in dir.ancestors() {
        let candidate = ancestor.join(CONFIG_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if crate::repository::is_root(ancestor) {
            return None;
        }
    }
    None
}

/// Loads each configuration file once and remembers which one applies to
/// which directory. Shared between threads.
pub struct ConfigStore {
    builtin: Catalogue,
    /// Parsed dictionaries, shared by every configuration.
    dictionaries: Arc<DictionaryCache>,
    /// `--config FILE`: one configuration for every path.
    fixed: Option<Arc<Config>>,
    defaults: Arc<Config>,
    /// The current directory, for the repository root of a discovered file.
    cwd: PathBuf,
    by_file: Mutex<HashMap<PathBuf, Result<Arc<Config>, FileError>>>,
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl ConfigStore {
    pub fn new(builtin: Catalogue, explicit: Option<&Path>) -> Result<Self, FileError> {
        Self::with_dictionaries(builtin, explicit, Arc::default())
    }

    /// A store that reuses dictionaries already parsed: the language server
    /// reloads configuration without parsing them again.
    pub fn with_dictionaries(
        builtin: Catalogue,
        explicit: Option<&Path>,
        dictionaries: Arc<DictionaryCache>,
    ) -> Result<Self, FileError> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let fixed = match explicit {
            Some(path) => {
                crate::repository::resolve_named(path)
                    .map_err(|outside| link_out_refused(path, &outside))?;
                Some(Arc::new(Config::load(path, &builtin, &dictionaries)?))
            }
            None => None,
        };
        Ok(ConfigStore {
            defaults: Arc::new(Config::defaults_with(
                cwd.clone(),
                builtin.clone(),
                Arc::clone(&dictionaries),
            )),
            dictionaries,
            builtin,
            fixed,
            cwd,
            by_file: Mutex::new(HashMap::new()),
            by_dir: Mutex::new(HashMap::new()),
        })
    }

    /// The configuration for a file or directory path.
    pub fn for_path(&self, path: &Path) -> Result<Arc<Config>, FileError> {
        if let Some(fixed) = &self.fixed {
            return Ok(Arc::clone(fixed));
        }
        let dir = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."))
        };
        let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
        let file = {
            let mut by_dir = self.by_dir.lock().expect("config cache lock");
            by_dir
                .entry(dir.clone())
                .or_insert_with(|| find_config_file(&dir))
                .clone()
        };
        let Some(file) = file else {
            return Ok(Arc::clone(&self.defaults));
        };
        let mut by_file = self.by_file.lock().expect("config cache lock");
        by_file
            .entry(file.clone())
            .or_insert_with(|| {
                let root = crate::repository::root_of(&file, &self.cwd);
                crate::repository::resolve_inside(&root, &file)
                    .map_err(|outside| link_out_refused(&file, &outside))?;
                Config::load(&file, &self.builtin, &self.dictionaries).map(Arc::new)
            })
            .clone()
    }

    pub fn dictionaries(&self) -> &Arc<DictionaryCache> {
        &self.dictionaries
    }

    pub fn builtin(&self) -> &Catalogue {
        &self.builtin
    }
}

/// The error for a configuration file that is a link out of its repository.
fn link_out_refused(path: &Path, outside: &crate::repository::Outside) -> FileError {
    FileError::new(
        path,
        format!(
            "the configuration is not read: it {}; name the file itself, or copy it into the repository",
            outside.describe()
        ),
    )
}
