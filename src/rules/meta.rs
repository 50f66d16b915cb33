//! What every rule declares about itself.

use crate::diagnostic::{Category, Severity};
use crate::text::Language;

/// Drafts that must and must not trigger a rule. Each one runs as a test.
#[derive(Debug, Clone, Default)]
pub struct Examples {
    pub bad: Vec<String>,
    pub good: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct RuleMeta {
    /// `<pack>.<name>`, lowercase with dashes; stable once released.
    pub id: String,
    pub category: Category,
    pub default_severity: Severity,
    /// Off unless a configuration enables it (opt-in rules).
    pub default_enabled: bool,
    /// The languages the rule applies to; `None` for all.
    pub language: Option<Language>,
    pub summary: String,
    /// Markdown: what it does, why an editor cares.
    pub docs: String,
    pub examples: Examples,
    /// Whether `--fix` can apply some of its suggestions.
    pub fixable: bool,
}

impl RuleMeta {
    pub fn applies_to(&self, language: Language) -> bool {
        self.language.is_none_or(|l| l == language)
    }

    /// Whether the rule reads words of one language (a dictionary, a
    /// phrase list): such rules check a paragraph in another language with
    /// that language's rule set, not the document's.
    pub fn reads_one_language(&self) -> bool {
        self.language.is_some() || self.category == Category::Spelling
    }
}
