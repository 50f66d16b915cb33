//! Data that rules share and that is costly to build, loaded on first use
//! and kept for the run (or for the language server's lifetime).

use crate::config::SpellingConfig;
use std::path::PathBuf;

/// One per configuration: spelling settings differ between projects.
pub struct Resources {
    pub spelling: SpellingConfig,
    /// The directory relative paths in `spelling` are resolved from.
    pub root: PathBuf,
}

impl Resources {
    pub fn new(spelling: SpellingConfig, root: PathBuf) -> Self {
        Resources { spelling, root }
    }
}
