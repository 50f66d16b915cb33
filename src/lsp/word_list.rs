//! "Add to word list": where a word goes and how it is written.
//!
//! A word found in a French document goes to the first French list
//! (`[spelling.fr] word-lists`) if there is one, else to the first list for
//! every language (`[spelling] word-lists`). A project without any gets
//! `draftlint-words.txt` beside its `draftlint.toml`, and the user is told
//! to list it: rewriting their configuration file (comments, order) behind
//! their back would be worse than one line of instructions.
//!
//! Writing is `spelling::word_list_file`, as for `draftlint words add`:
//! the list must stay inside the configuration's directory (the default
//! one too: a committed `draftlint-words.txt` may be a link to a shell rc
//! file), and the word must be one word.

use crate::config::Config;
use crate::resources::lang_index;
use crate::spelling::word_list_file::{Within, add_words};
use crate::text::Language;
use std::path::{Path, PathBuf};

pub use crate::spelling::word_list_file::DEFAULT_WORD_LIST;

/// Where a word added for a document under `config` goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A list the configuration already reads.
    Listed(PathBuf),
    /// A new list beside `draftlint.toml`, not yet in `word-lists`.
    Unlisted { list: PathBuf, config_file: PathBuf },
    /// No `draftlint.toml` applies: nowhere to record the word.
    NoConfig,
}

pub fn target(config: &Config, language: Option<Language>) -> Target {
    let Some(config_file) = &config.path else {
        return Target::NoConfig;
    };
    let spelling = &config.resources.spelling;
    let own = language.and_then(|l| spelling.language_word_lists[lang_index(l)].first());
    match own.or(spelling.common_word_lists.first()) {
        Some(list) => Target::Listed(list.clone()),
        None => Target::Unlisted {
            list: config.root.join(DEFAULT_WORD_LIST),
            config_file: config_file.clone(),
        },
    }
}

/// Adds `word` to `list`, which must lie inside the directory of the
/// configuration that names it (or would name it); says whether it wrote.
pub fn add_word(config: &Config, list: &Path, word: &str) -> Result<bool, String> {
    add_words(list, Within::Directory(&config.root), &[word.to_string()])
        .map(|added| !added.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalogue;
    use std::sync::Arc;

    #[test]
    fn the_target_is_the_language_list_then_the_common_list() {
        let dir = tempfile::tempdir().unwrap();
        let catalogue = Catalogue::builtin().unwrap();
        let dictionaries = Arc::default();
        for name in ["a.txt", "b.txt", "fr.txt"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let config_file = dir.path().join("draftlint.toml");
        let parse =
            |text: &str| Config::parse(&config_file, text, &catalogue, &dictionaries).unwrap();
        let listed = parse(
            "[spelling]\nword-lists = [\"a.txt\", \"b.txt\"]\n[spelling.fr]\nword-lists = [\"fr.txt\"]\n",
        );
        assert_eq!(
            target(&listed, Some(Language::Fr)),
            Target::Listed(dir.path().join("fr.txt"))
        );
        assert_eq!(
            target(&listed, Some(Language::En)),
            Target::Listed(dir.path().join("a.txt"))
        );
        assert_eq!(
            target(&listed, None),
            Target::Listed(dir.path().join("a.txt"))
        );
        assert_eq!(
            target(&parse(""), Some(Language::Fr)),
            Target::Unlisted {
                list: dir.path().join(DEFAULT_WORD_LIST),
                config_file: config_file.clone()
            }
        );
        let defaults = Config::defaults(dir.path().to_path_buf(), catalogue.clone());
        assert_eq!(target(&defaults, Some(Language::Fr)), Target::NoConfig);
    }
}
