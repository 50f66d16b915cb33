//! "Add to word list": where a word goes and how it is written.
//!
//! The word goes to the first list named in `[spelling] word-lists`. A
//! project without one gets `draftlint-words.txt` beside its
//! `draftlint.toml`, and the user is told to list it: rewriting their
//! configuration file (comments, order) behind their back would be worse
//! than one line of instructions.

use crate::config::Config;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub const DEFAULT_WORD_LIST: &str = "draftlint-words.txt";

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

pub fn target(config: &Config) -> Target {
    let Some(config_file) = &config.path else {
        return Target::NoConfig;
    };
    match config.spelling.word_lists.first() {
        Some(list) => Target::Listed(config.root.join(list.get_ref())),
        None => Target::Unlisted {
            list: config.root.join(DEFAULT_WORD_LIST),
            config_file: config_file.clone(),
        },
    }
}

/// Appends `word` on a line of its own, unless the list has it already;
/// says whether it wrote.
pub fn append_word(list: &Path, word: &str) -> io::Result<bool> {
    let existing = match std::fs::read_to_string(list) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    if existing.lines().any(|line| line.trim() == word) {
        return Ok(false);
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(list)?;
    let separator = if existing.is_empty() || existing.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    writeln!(file, "{separator}{word}")?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalogue;

    #[test]
    fn words_are_appended_once_on_their_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("words.txt");
        std::fs::write(&list, "# noms propres\nEuronext").unwrap();
        assert!(append_word(&list, "Matignon").unwrap());
        assert!(!append_word(&list, "Matignon").unwrap());
        assert!(!append_word(&list, "Euronext").unwrap());
        assert_eq!(
            std::fs::read_to_string(&list).unwrap(),
            "# noms propres\nEuronext\nMatignon\n"
        );
    }

    #[test]
    fn a_missing_list_is_created() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join(DEFAULT_WORD_LIST);
        assert!(append_word(&list, "Matignon").unwrap());
        assert_eq!(std::fs::read_to_string(&list).unwrap(), "Matignon\n");
    }

    #[test]
    fn the_target_is_the_first_listed_word_list() {
        let dir = tempfile::tempdir().unwrap();
        let catalogue = Catalogue::builtin().unwrap();
        std::fs::write(dir.path().join("a.txt"), "").unwrap();
        std::fs::write(dir.path().join("b.txt"), "").unwrap();
        let config_file = dir.path().join("draftlint.toml");
        let listed = Config::parse(
            &config_file,
            "[spelling]\nword-lists = [\"a.txt\", \"b.txt\"]\n",
            &catalogue,
        )
        .unwrap();
        assert_eq!(target(&listed), Target::Listed(dir.path().join("a.txt")));
        let unlisted = Config::parse(&config_file, "", &catalogue).unwrap();
        assert_eq!(
            target(&unlisted),
            Target::Unlisted {
                list: dir.path().join(DEFAULT_WORD_LIST),
                config_file: config_file.clone()
            }
        );
        let defaults = Config::defaults(dir.path().to_path_buf(), catalogue);
        assert_eq!(target(&defaults), Target::NoConfig);
    }
}
