//! `draftlint words add`: adds words to a word list, only when asked. The
//! writing (atomic, inside the configuration's directory, one word a line)
//! is `spelling::word_list_file`, shared with the language server. A list
//! the configuration names but that does not exist yet is created.

use super::args::{LangArg, WordsCommand};
use super::output::Failure;
use crate::config::{CONFIG_FILE_NAME, ConfigStore};
use crate::render::escape::printable;
use crate::resources::lang_index;
use crate::rules::Catalogue;
use crate::spelling::word_list_file::{DEFAULT_WORD_LIST, Within, add_words};
use crate::text::Language;
use std::path::{Path, PathBuf};

pub fn run(command: &WordsCommand) -> Result<u8, Failure> {
    let WordsCommand::Add { words, to, lang } = command;
    let (target, within_root) = match to {
        Some(path) => (path.clone(), None),
        None => {
            let (list, root) = configured_list(*lang)?;
            (list, Some(root))
        }
    };
    let within = match &within_root {
        Some(root) => Within::Directory(root),
        None => Within::NamedRepository,
    };
    let added = add_words(&target, within, words).map_err(Failure::Error)?;
    for word in &added {
        eprintln!(
            "{}",
            printable(&format!("added `{word}` to {}", target.display()))
        );
    }
    if added.is_empty() {
        eprintln!(
            "{}",
            printable(&format!("{} already has every word", target.display()))
        );
    }
    Ok(super::EXIT_CLEAN)
}

/// The first list the configuration names, and the configuration's
/// directory, which the list must stay in.
fn configured_list(lang: Option<LangArg>) -> Result<(PathBuf, PathBuf), Failure> {
    let store = ConfigStore::new(Catalogue::builtin()?, None)?;
    let config = store.for_path(Path::new("."))?;
    if config.path.is_none() {
        return Err(Failure::Error(format!(
            "no {CONFIG_FILE_NAME} here or above (up to the repository root), so no word list is configured (`[spelling] word-lists`): \
             run `draftlint init` (it creates {DEFAULT_WORD_LIST} and names it), or pass --to FILE"
        )));
    }
    let spelling = &config.resources.spelling;
    let lists = match lang {
        Some(LangArg::Fr) => &spelling.language_word_lists[lang_index(Language::Fr)],
        Some(LangArg::En) => &spelling.language_word_lists[lang_index(Language::En)],
        None => &spelling.common_word_lists,
    };
    let list = lists.first().cloned().ok_or_else(|| {
        let key = match lang {
            Some(LangArg::Fr) => "[spelling.fr] word-lists",
            Some(LangArg::En) => "[spelling.en] word-lists",
            None => "[spelling] word-lists",
        };
        Failure::Error(format!(
            "no word list is configured: add `{key} = [\"{DEFAULT_WORD_LIST}\"]` to {}, or pass --to FILE",
            config.path.as_deref().unwrap_or(Path::new(CONFIG_FILE_NAME)).display()
        ))
    })?;
    Ok((list, config.root.clone()))
}
