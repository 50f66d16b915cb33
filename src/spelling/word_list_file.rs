//! Adding words to a word list file: the one writer behind both
//! `draftlint words add` and the language server's "add to word list".
//!
//! The list is named by a repository we may not trust, so it goes through
//! the same path rule as every file a configuration names
//! (`crate::repository::resolve_inside`): its real path must stay inside
//! the configuration's directory, so a committed
//! `draftlint-words.txt -> ~/.bashrc` is refused, as is a link to a file
//! that does not exist yet. A list named with `words add --to` is the
//! user's choice of name, but still a name in a repository: it may not be
//! a link leading out of that repository either
//! (`crate::repository::resolve_named`). The real file is read with a size
//! limit and rewritten atomically (`crate::repository::write`), keeping
//! its permissions: an interrupted write never leaves half a list. A word
//! is one line: text
//! with whitespace, control characters or `#` (a comment) is refused, so
//! nothing but a word can be slipped into the file.

use crate::repository::read::{limit, read_regular_text};
use crate::repository::write::replace_atomically;
use crate::repository::{resolve_inside, resolve_named};
use std::collections::HashSet;
use std::path::Path;

/// The list `draftlint init` creates and names, and the one the language
/// server creates beside a `draftlint.toml` that names none.
pub const DEFAULT_WORD_LIST: &str = "draftlint-words.txt";

/// Where a list may be: inside this directory (a configuration's), or
/// inside the repository of the path the user named (`words add --to
/// FILE`; a file elsewhere is named by its own path, not through a link).
#[derive(Debug, Clone, Copy)]
pub enum Within<'a> {
    Directory(&'a Path),
    NamedRepository,
}

/// The word, trimmed, if it can be one line of a word list.
pub fn valid_word(word: &str) -> Result<&str, String> {
    let word = word.trim();
    if word.is_empty() {
        return Err("an empty word cannot be added".into());
    }
    if word.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "`{}` is not a single word (it holds a space, line break or control character); add words one by one",
            word.escape_debug()
        ));
    }
    if word.contains('#') {
        return Err(format!(
            "`{word}` holds `#`, which starts a comment in word lists"
        ));
    }
    Ok(word)
}

/// Adds the words `list` does not have yet (creating it if missing) and
/// returns them; words already there are left alone.
pub fn add_words(list: &Path, within: Within<'_>, words: &[String]) -> Result<Vec<String>, String> {
    let real = match within {
        Within::Directory(root) => resolve_inside(root, list).map_err(|outside| {
            format!(
                "the word list {} {}; name a list inside the configuration's directory",
                list.display(),
                outside.describe()
            )
        })?,
        Within::NamedRepository => resolve_named(list).map_err(|outside| {
            format!(
                "the word list {} {}; name the file itself",
                list.display(),
                outside.describe()
            )
        })?,
    };
    let existing = match read_regular_text(&real, limit::WORD_LIST) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("cannot read {}: {e}", list.display())),
    };
    let present: HashSet<&str> = existing
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .collect();
    let mut added: Vec<String> = Vec::new();
    for word in words {
        let word = valid_word(word)?;
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
    replace_atomically(&real, text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", list.display()))?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(list: &Path, root: &Path, words: &[&str]) -> Result<Vec<String>, String> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        add_words(list, Within::Directory(root), &words)
    }

    #[test]
    fn words_are_added_once_on_their_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("words.txt");
        std::fs::write(&list, "# noms propres\nEuronext # la bourse").unwrap();
        assert_eq!(add(&list, dir.path(), &["Matignon"]).unwrap(), ["Matignon"]);
        assert!(
            add(&list, dir.path(), &["Matignon", " Euronext"])
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            std::fs::read_to_string(&list).unwrap(),
            "# noms propres\nEuronext # la bourse\nMatignon\n"
        );
    }

    #[test]
    fn a_missing_list_is_created() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("new.txt");
        add(&list, dir.path(), &["Matignon"]).unwrap();
        assert_eq!(std::fs::read_to_string(&list).unwrap(), "Matignon\n");
    }

    #[test]
    fn text_that_is_not_one_word_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("words.txt");
        for bad in [
            "two words",
            "line\nbreak",
            "bell\u{7}",
            "tab\there",
            "a#b",
            "  ",
        ] {
            assert!(add(&list, dir.path(), &[bad]).is_err(), "{bad:?}");
        }
        assert!(!list.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_list_leading_out_of_the_directory_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        let rc = outside.path().join("shellrc");
        std::fs::write(&rc, "alias ls=ls\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("draftlint-words.txt");
        std::os::unix::fs::symlink(&rc, &list).unwrap();
        let err = add(&list, dir.path(), &["Matignon"]).unwrap_err();
        assert!(err.contains("outside"), "{err}");
        assert_eq!(std::fs::read_to_string(&rc).unwrap(), "alias ls=ls\n");
        // A link to a file not created yet would create it out there.
        std::fs::remove_file(&list).unwrap();
        std::os::unix::fs::symlink(outside.path().join("new-rc"), &list).unwrap();
        assert!(add(&list, dir.path(), &["Matignon"]).is_err());
        assert!(!outside.path().join("new-rc").exists());
    }
}
