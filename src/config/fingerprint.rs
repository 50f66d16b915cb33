//! A configuration summed up in 32 bytes: everything it read that can
//! change a finding (its own text, its packs, word lists and dictionary
//! files), for the cache of findings (`check --cache`). Two runs with
//! equal fingerprints lint a file alike.

use crate::resources::SpellingSettings;
use crate::spelling::DictionarySource;
use std::path::Path;

pub struct Fingerprint(blake3::Hasher);

impl Fingerprint {
    /// Starts with the configuration file and its text.
    pub fn new(path: &Path, text: &str) -> Self {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"draftlint.toml\0");
        part(&mut hasher, path.as_os_str().as_encoded_bytes());
        part(&mut hasher, text.as_bytes());
        Fingerprint(hasher)
    }

    /// The built-in defaults: nothing read from disk.
    pub fn defaults() -> [u8; 32] {
        *blake3::hash(b"draftlint defaults\0").as_bytes()
    }

    pub fn pack(&mut self, path: &Path, text: &str) {
        self.0.update(b"pack\0");
        part(&mut self.0, path.as_os_str().as_encoded_bytes());
        part(&mut self.0, text.as_bytes());
    }

    /// Word lists and dictionary files, read again: their text is what
    /// matters, and a list edited by `draftlint words add` changes it.
    pub fn spelling(&mut self, spelling: &SpellingSettings) {
        let lists = spelling
            .common_word_lists
            .iter()
            .chain(spelling.language_word_lists.iter().flatten());
        for list in lists {
            self.0.update(b"word list\0");
            self.file(list);
        }
        for (language, sources) in spelling.sources.iter().enumerate() {
            for source in sources {
                self.0.update(&[b'd', language as u8]);
                match source {
                    DictionarySource::Builtin(code) => part(&mut self.0, code.as_bytes()),
                    DictionarySource::Files(stem) => {
                        self.file(&stem.with_extension("aff"));
                        self.file(&stem.with_extension("dic"));
                    }
                }
            }
        }
    }

    fn file(&mut self, path: &Path) {
        part(&mut self.0, path.as_os_str().as_encoded_bytes());
        // A missing file is a state too (a word list not created yet).
        match std::fs::read(path) {
            Ok(bytes) => part(&mut self.0, &bytes),
            Err(_) => part(&mut self.0, b"\xffmissing"),
        }
    }

    pub fn finish(&self) -> [u8; 32] {
        *self.0.finalize().as_bytes()
    }
}

/// A length-prefixed part, so that parts cannot run into each other.
fn part(hasher: &mut blake3::Hasher, bytes: &[u8]) {
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}
