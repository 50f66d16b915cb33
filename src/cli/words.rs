//! `draftlint words add`: the one way draftlint edits a word list, and only
//! when asked. The list is rewritten atomically (temporary file in the same
//! directory, then rename), so an interrupted run never leaves half a list.

use super::args::{LangArg, WordsCommand};
use super::output::Failure;
use crate::config::ConfigStore;
use crate::render::escape::printable;
use crate::resources::lang_index;
use crate::rules::Catalogue;
use crate::text::Language;
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(command: &WordsCommand) -> Result<u8, Failure> {
    let WordsCommand::Add { words, to, lang } = command;
    let target = match to {
        Some(path) => path.clone(),
        None => configured_list(*lang)?,
    };
    let added = append_words(&target, words)?;
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

fn configured_list(lang: Option<LangArg>) -> Result<PathBuf, Failure> {
    let store = ConfigStore::new(Catalogue::builtin()?, None)?;
    let config = store.for_path(Path::new("."))?;
    let spelling = &config.resources.spelling;
    let lists = match lang {
        Some(LangArg::Fr) => &spelling.language_word_lists[lang_index(Language::Fr)],
        Some(LangArg::En) => &spelling.language_word_lists[lang_index(Language::En)],
        None => &spelling.common_word_lists,
    };
    lists.first().cloned().ok_or_else(|| {
        let key = match lang {
            Some(LangArg::Fr) => "[spelling.fr] word-lists",
            Some(LangArg::En) => "[spelling.en] word-lists",
            None => "[spelling] word-lists",
        };
        Failure::Error(format!(
            "no word list is configured: add `{key} = [\"words.txt\"]` to draftlint.toml, or pass --to FILE"
        ))
    })
}

/// Appends the words the list does not have yet; returns them.
fn append_words(path: &Path, words: &[String]) -> Result<Vec<String>, Failure> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Failure::Error(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let present: std::collections::HashSet<&str> = existing
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .collect();
    let mut added = Vec::new();
    for word in words {
        let word = word.trim();
        if word.is_empty() || word.contains(char::is_whitespace) {
            return Err(Failure::Error(format!(
                "`{word}` is not a single word; add words one by one"
            )));
        }
        if !present.contains(word) && !added.iter().any(|a| a == word) {
            added.push(word.to_string());
        }
    }
    if added.is_empty() {
        return Ok(added);
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for word in &added {
        text.push_str(word);
        text.push('\n');
    }
    write_atomically(path, &text)
        .map_err(|e| Failure::Error(format!("cannot write {}: {e}", path.display())))?;
    Ok(added)
}

fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
