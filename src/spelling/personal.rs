//! Personal word lists: words a project accepts that no dictionary knows.
//!
//! An entry in lowercase accepts the word in any case (`draftlint`,
//! `Draftlint`, `DRAFTLINT`); an entry with capitals must match exactly or
//! in all capitals (`iPhone`, `IPHONE`).

use std::collections::HashSet;
use std::path::Path;

#[derive(Debug, Default, Clone)]
pub struct PersonalWords {
    exact: HashSet<String>,
    any_case: HashSet<String>,
}

impl PersonalWords {
    pub fn add(&mut self, word: &str) {
        let word = crate::text::normalize_apostrophes(word.trim()).into_owned();
        if word.is_empty() || word.starts_with('#') {
            return;
        }
        if word.chars().any(char::is_uppercase) {
            self.any_case.remove(&word);
            self.exact.insert(word.to_uppercase());
            self.exact.insert(word);
        } else {
            self.any_case.insert(word);
        }
    }

    /// Reads a word list: one word per line, `#` starts a comment. Only a
    /// regular file of at most 16 MiB is read (the repository chose it).
    pub fn add_file(&mut self, path: &Path) -> std::io::Result<()> {
        use crate::repository::read::{limit, read_regular_text};
        let text = read_regular_text(path, limit::WORD_LIST)?;
        for line in text.lines() {
            let word = line.split('#').next().unwrap_or("");
            self.add(word);
        }
        Ok(())
    }

    pub fn contains(&self, word: &str) -> bool {
        if self.exact.is_empty() && self.any_case.is_empty() {
            return false;
        }
        let word = crate::text::normalize_apostrophes(word);
        self.exact.contains(word.as_ref()) || self.any_case.contains(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        let mut words = PersonalWords::default();
        words.add("draftlint");
        words.add("iPhone");
        words.add("# comment");
        assert!(words.contains("Draftlint"));
        assert!(words.contains("DRAFTLINT"));
        assert!(words.contains("iPhone"));
        assert!(words.contains("IPHONE"));
        assert!(!words.contains("iphone"));
        assert!(!words.contains("# comment"));
    }
}
