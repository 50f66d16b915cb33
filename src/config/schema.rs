//! The TOML shape of `draftlint.toml`: kebab-case keys, unknown keys refused.

use crate::diagnostic::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    /// `true`: this file's directory is the project's root. Discovery looks
    /// no higher, and links out of it are not followed (see
    /// `crate::repository`); read there, not here.
    #[allow(dead_code)]
    pub root: Option<bool>,
    /// `fr`, `en` or `auto` (the default).
    pub language: Option<Spanned<String>>,
    /// The language to assume when `auto` cannot tell (default `en`).
    pub fallback_language: Option<Spanned<String>>,
    /// File extensions linted when walking directories.
    pub extensions: Option<Vec<String>>,
    /// Globs (relative to this file) never linted.
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
    /// Extra rule packs (paths relative to this file).
    #[serde(default)]
    pub packs: Vec<Spanned<String>>,
    pub fail_level: Option<Severity>,
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<RuleSettings>>,
    #[serde(default)]
    pub spelling: SpellingConfig,
    #[serde(default)]
    pub overrides: Vec<Spanned<RawOverride>>,
    /// What the Markdown, MDX and HTML readers take for prose.
    #[serde(default)]
    pub markup: MarkupConfig,
    /// Whether a paragraph in the other language (a quotation, an aside)
    /// gets its own language; `false` checks every paragraph in the
    /// document's language.
    pub paragraph_language: Option<bool>,
}

/// `[markup]`: which front-matter fields and attributes are prose.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MarkupConfig {
    /// Top-level front-matter fields linted as prose (default `title`,
    /// `description`, `summary`).
    pub front_matter_fields: Option<Vec<String>>,
    /// Attributes of HTML elements, JSX components and template tags
    /// linted as prose (default `alt`, `caption`, `title`).
    pub prose_attributes: Option<Vec<String>>,
}

/// Settings for a rule, a pack (`promo`) or a category (`spelling`).
/// Keys other than `enabled` and `severity` are the rule's own options.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct RuleSettings {
    pub enabled: Option<bool>,
    pub severity: Option<Severity>,
    #[serde(flatten)]
    pub options: toml::Table,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SpellingConfig {
    /// Words accepted in every language.
    #[serde(default)]
    pub words: Vec<String>,
    /// Files with one accepted word per line (`#` comments), relative to
    /// this file.
    #[serde(default)]
    pub word_lists: Vec<Spanned<String>>,
    /// Dictionaries per language (`fr`, `en`), replacing the built-in one:
    /// each entry is `builtin`, a path without extension (`dicts/fr_FR` for
    /// `dicts/fr_FR.aff` + `.dic`), or a system name looked up in DICPATH and
    /// /usr/share/hunspell (`fr_CA`). A word is correct when any knows it, so
    /// `fr = ["builtin", "dicts/medical"]` adds a dictionary.
    #[serde(default)]
    pub dictionaries: BTreeMap<String, Spanned<OneOrMany>>,
    /// Words and word lists for French documents only.
    #[serde(default)]
    pub fr: LanguageWords,
    /// Words and word lists for English documents only.
    #[serde(default)]
    pub en: LanguageWords,
    /// Capitalised words inside a sentence (likely proper nouns): `check`
    /// them like any word, report them at `info`, or `skip` them (default).
    pub proper_nouns: Option<ProperNouns>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LanguageWords {
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub word_lists: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn as_slice(&self) -> &[String] {
        match self {
            OneOrMany::One(s) => std::slice::from_ref(s),
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ProperNouns {
    Check,
    Info,
    #[default]
    Skip,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawOverride {
    /// Globs relative to this file.
    pub files: Vec<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<RuleSettings>>,
}
