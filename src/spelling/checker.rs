//! A language's spell checker: its dictionaries and a cache of answers, so
//! each distinct word is looked up once per run, and its suggestions
//! computed once.

use super::Dictionary;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// A word and the number of suggestions asked for.
type SuggestionKey = (Box<str>, usize);

pub struct SpellChecker {
    /// A word is correct when any of these knows it.
    dictionaries: Vec<Arc<dyn Dictionary>>,
    known: RwLock<HashMap<Box<str>, bool>>,
    /// By word and number asked for: a suggester that stops once it has
    /// `max` may answer differently for another `max`, and the answer must
    /// not depend on which call came first.
    suggestions: Mutex<HashMap<SuggestionKey, Arc<[String]>>>,
}

impl SpellChecker {
    pub fn new(dictionaries: Vec<Arc<dyn Dictionary>>) -> Self {
        SpellChecker {
            dictionaries,
            known: RwLock::new(HashMap::new()),
            suggestions: Mutex::new(HashMap::new()),
        }
    }

    pub fn check(&self, word: &str) -> bool {
        if let Some(&known) = self
            .known
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(word)
        {
            return known;
        }
        let known = self.dictionaries.iter().any(|d| d.check(word));
        self.known
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(word.into(), known);
        known
    }

    /// Like [`SpellChecker::check`], without remembering the answer: for
    /// the many made-up candidates a search for a nearby word tries, which
    /// would otherwise fill the cache of a whole run.
    pub fn check_uncached(&self, word: &str) -> bool {
        self.dictionaries.iter().any(|d| d.check(word))
    }

    /// Up to `max` suggestions from the first dictionary that has some,
    /// within `budget` per dictionary.
    pub fn suggest(&self, word: &str, max: usize, budget: Duration) -> Arc<[String]> {
        if let Some(s) = self
            .suggestions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(Box::from(word), max))
        {
            return Arc::clone(s);
        }
        let found: Arc<[String]> = self
            .dictionaries
            .iter()
            .map(|d| d.suggest(word, max, budget))
            .find(|s| !s.is_empty())
            .unwrap_or_default()
            .into();
        self.suggestions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert((word.into(), max), Arc::clone(&found));
        found
    }
}
