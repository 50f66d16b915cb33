//! Spelling: Hunspell-format dictionaries behind our own [`Dictionary`]
//! trait, the dictionaries a configuration asks for, a per-language checker
//! that caches answers, and personal word lists. The rules that use them are
//! in `rules/spelling/`.

mod cache;
mod checker;
pub mod dictionary;
mod fast_suggest;
pub mod index_store;
mod personal;
pub mod sources;
pub mod word_index;
pub mod word_list_file;

pub use cache::{DEFAULT_SUGGESTION_BUDGET, DictionaryCache, DictionarySource};
pub use checker::SpellChecker;
pub use dictionary::{Dictionary, DictionaryError, HunspellDictionary, MAX_SUGGEST_CHARS};
pub use personal::PersonalWords;
pub use sources::{embedded_source, find_system_dictionary};
