//! Data that rules share and that is costly to build, loaded on first use
//! and kept for the run (or for the language server's lifetime).

use crate::config::ProperNouns;
use crate::spelling::{DictionaryCache, DictionarySource, PersonalWords, SpellChecker};
use crate::text::Language;
use std::sync::{Arc, OnceLock};

/// Spelling settings resolved from a configuration.
#[derive(Debug, Clone)]
pub struct SpellingSettings {
    /// Per language (indexed by [`lang_index`]), the dictionaries to use.
    pub sources: [Vec<DictionarySource>; 2],
    /// Per language, accepted words (global lists plus the language's own).
    pub personal: [PersonalWords; 2],
    pub proper_nouns: ProperNouns,
    /// Word list files for every language, then per language: where
    /// `draftlint words add` writes.
    pub common_word_lists: Vec<std::path::PathBuf>,
    pub language_word_lists: [Vec<std::path::PathBuf>; 2],
}

impl Default for SpellingSettings {
    fn default() -> Self {
        SpellingSettings {
            sources: [
                DictionarySource::builtin("fr"),
                DictionarySource::builtin("en"),
            ],
            personal: Default::default(),
            proper_nouns: ProperNouns::default(),
            common_word_lists: Vec::new(),
            language_word_lists: Default::default(),
        }
    }
}

pub fn lang_index(language: Language) -> usize {
    match language {
        Language::Fr => 0,
        Language::En => 1,
    }
}

/// One per configuration: spelling settings differ between projects, but
/// the parsed dictionaries are shared through the [`DictionaryCache`].
pub struct Resources {
    pub spelling: SpellingSettings,
    dictionaries: Arc<DictionaryCache>,
    checkers: [OnceLock<Option<Arc<SpellChecker>>>; 2],
}

impl Resources {
    pub fn new(spelling: SpellingSettings, dictionaries: Arc<DictionaryCache>) -> Self {
        Resources {
            spelling,
            dictionaries,
            checkers: Default::default(),
        }
    }

    /// Built-in dictionaries and default settings: what tests and tools
    /// that run rules outside a configuration use.
    pub fn builtin() -> Self {
        Self::new(SpellingSettings::default(), Arc::default())
    }

    /// The spell checker of a language, loaded on first use. `None` only if
    /// a dictionary failed to load, which configuration loading already
    /// reports for configured dictionaries (built-in ones always load).
    pub fn spell_checker(&self, language: Language) -> Option<Arc<SpellChecker>> {
        let index = lang_index(language);
        self.checkers[index]
            .get_or_init(|| {
                let dictionaries: Result<Vec<_>, _> = self.spelling.sources[index]
                    .iter()
                    .map(|s| self.dictionaries.get(s))
                    .collect();
                dictionaries.ok().map(|d| Arc::new(SpellChecker::new(d)))
            })
            .clone()
    }

    /// How long the suggestions of one word may take.
    pub fn suggestion_budget(&self) -> std::time::Duration {
        self.dictionaries.suggestion_budget()
    }

    pub fn personal_words(&self, language: Language) -> &PersonalWords {
        &self.spelling.personal[lang_index(language)]
    }
}
