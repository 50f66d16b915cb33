//! Configuration: `draftlint.toml`, found upward from each checked path.
//!
//! The raw TOML ([`schema`]) is validated once against the rule catalogue
//! (every key must name a rule, a pack or a category; every option must be
//! one the rule accepts) and resolved into a [`Config`]. Per file, a
//! [`Config`] gives the settings that apply to that path
//! ([`Config::file_settings`]): the base rules plus matching overrides.

mod discover;
mod fingerprint;
mod init;
mod paths;
mod schema;

pub use discover::{CONFIG_FILE_NAME, ConfigStore, find_config_file};
pub use init::INIT_TEMPLATE;
pub use schema::{ProperNouns, RuleSettings, SpellingConfig};

use crate::diagnostic::{Severity, Span};
use crate::error::{FileError, toml_error};
use crate::markup::MarkupOptions;
use crate::resources::{Resources, SpellingSettings, lang_index};
use crate::rules::{Catalogue, RuleSet};
use crate::spelling::{DictionaryCache, DictionarySource, PersonalWords};
use crate::text::Language;
use globset::{Glob, GlobSet, GlobSetBuilder};
use schema::RawConfig;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use toml::Spanned;

/// HTML is linted when named on the command line or listed here: the
/// `.html` files of a site repository are mostly layouts and partials.
pub const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "txt"];

/// A loaded, validated configuration and the rules it makes available.
pub struct Config {
    /// The file it came from; `None` for the built-in defaults.
    pub path: Option<PathBuf>,
    /// Relative paths in the file are relative to this directory.
    pub root: PathBuf,
    pub language: Option<Language>,
    pub fallback_language: Language,
    pub extensions: Vec<String>,
    pub exclude: GlobSet,
    pub fail_level: Option<Severity>,
    pub rules: BTreeMap<String, RuleSettings>,
    pub overrides: Vec<Override>,
    pub catalogue: Catalogue,
    pub resources: Resources,
    /// Everything this configuration read, hashed: part of the key of the
    /// cache of findings (see [`fingerprint`]).
    pub fingerprint: [u8; 32],
    /// What the readers take for prose (`[markup]`).
    pub markup: MarkupOptions,
    /// `paragraph-language`: detect the language of each long paragraph.
    pub paragraph_language: bool,
    /// Rule sets already built, per language and set of matching overrides.
    rule_sets: Mutex<HashMap<(Language, u64), Arc<RuleSet>>>,
}

pub struct Override {
    pub files: GlobSet,
    pub language: Option<Language>,
    pub rules: BTreeMap<String, RuleSettings>,
}

/// What applies to one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSettings {
    pub language: Option<Language>,
    pub rules: BTreeMap<String, RuleSettings>,
    /// Which overrides matched, as a bit set: files with the same set share
    /// a rule set.
    pub overrides_key: u64,
}

impl Config {
    /// The built-in defaults, used where no `draftlint.toml` is found.
    pub fn defaults(root: PathBuf, catalogue: Catalogue) -> Self {
        Self::defaults_with(root, catalogue, Arc::default())
    }

    /// The defaults, sharing already loaded dictionaries.
    pub fn defaults_with(
        root: PathBuf,
        catalogue: Catalogue,
        dictionaries: Arc<DictionaryCache>,
    ) -> Self {
        Config {
            path: None,
            root,
            language: None,
            fallback_language: Language::En,
            extensions: DEFAULT_EXTENSIONS.iter().map(|s| s.to_string()).collect(),
            exclude: GlobSet::empty(),
            fail_level: None,
            rules: BTreeMap::new(),
            overrides: Vec::new(),
            catalogue,
            resources: Resources::new(SpellingSettings::default(), dictionaries),
            fingerprint: fingerprint::Fingerprint::defaults(),
            markup: MarkupOptions::default(),
            paragraph_language: true,
            rule_sets: Mutex::new(HashMap::new()),
        }
    }

    /// Reads and validates a configuration file: a regular file of at most
    /// 1 MiB (`crate::repository::read`).
    pub fn load(
        path: &Path,
        builtin: &Catalogue,
        dictionaries: &Arc<DictionaryCache>,
    ) -> Result<Self, FileError> {
        use crate::repository::read::{limit, read_regular_text};
        let text = read_regular_text(path, limit::CONFIG)
            .map_err(|e| FileError::new(path, format!("cannot read the configuration: {e}")))?;
        Self::parse(path, &text, builtin, dictionaries)
    }

    pub fn parse(
        path: &Path,
        text: &str,
        builtin: &Catalogue,
        dictionaries: &Arc<DictionaryCache>,
    ) -> Result<Self, FileError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            toml_error(path, text, &e)
                .with_help("see `draftlint init` for a commented example of every key")
        })?;
        let root = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let err = |span: std::ops::Range<usize>, message: String| {
            FileError::new(path, message).at(text, Some(Span::from(span)))
        };

        let mut fingerprint = fingerprint::Fingerprint::new(path, text);
        let mut catalogue = builtin.clone();
        for pack in &raw.packs {
            let pack_path = paths::inside_root(&root, pack.get_ref(), "rule pack")
                .map_err(|m| err(pack.span(), m))?;
            let pack_text = crate::repository::read::read_regular_text(
                &pack_path,
                crate::repository::read::limit::PACK,
            )
            .map_err(|e| {
                err(
                    pack.span(),
                    format!("cannot read rule pack `{}`: {e}", pack_path.display()),
                )
            })?;
            fingerprint.pack(&pack_path, &pack_text);
            catalogue.add_pack(&pack_path, &pack_text)?;
        }

        let language =
            parse_language(raw.language.as_ref(), true).map_err(|(span, m)| err(span, m))?;
        let fallback_language = parse_language(raw.fallback_language.as_ref(), false)
            .map_err(|(span, m)| err(span, m))?
            .unwrap_or(Language::En);

        let mut exclude = GlobSetBuilder::new();
        for glob in &raw.exclude {
            exclude.add(
                Glob::new(glob.get_ref())
                    .map_err(|e| err(glob.span(), format!("invalid glob: {e}")))?,
            );
        }
        let exclude = exclude
            .build()
            .map_err(|e| FileError::new(path, format!("invalid exclude globs: {e}")))?;

        let rules = validate_rules(&raw.rules, &catalogue).map_err(|(s, m)| err(s, m))?;

        let mut overrides = Vec::new();
        for spanned in &raw.overrides {
            let o = spanned.get_ref();
            let mut files = GlobSetBuilder::new();
            for glob in &o.files {
                files.add(Glob::new(glob).map_err(|e| {
                    err(
                        spanned.span(),
                        format!("invalid glob `{glob}` in override: {e}"),
                    )
                })?);
            }
            let language = match &o.language {
                None => None,
                Some(tag) => Some(Language::from_tag(tag).ok_or_else(|| {
                    err(
                        spanned.span(),
                        format!("unknown language `{tag}` in override; use `fr` or `en`"),
                    )
                })?),
            };
            overrides.push(Override {
                files: files
                    .build()
                    .map_err(|e| err(spanned.span(), format!("invalid override globs: {e}")))?,
                language,
                rules: validate_rules(&o.rules, &catalogue).map_err(|(s, m)| err(s, m))?,
            });
        }
        if overrides.len() > 64 {
            return Err(FileError::new(
                path,
                "at most 64 [[overrides]] are supported",
            ));
        }

        let spelling = resolve_spelling(&raw.spelling, &root, dictionaries)
            .map_err(|(span, m)| err(span, m))?;
        fingerprint.spelling(&spelling);
        let resources = Resources::new(spelling, Arc::clone(dictionaries));
        Ok(Config {
            path: Some(path.to_path_buf()),
            root,
            language,
            fallback_language,
            extensions: raw
                .extensions
                .unwrap_or_else(|| DEFAULT_EXTENSIONS.iter().map(|s| s.to_string()).collect())
                .into_iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                .collect(),
            exclude,
            fail_level: raw.fail_level,
            rules,
            overrides,
            catalogue,
            resources,
            fingerprint: fingerprint.finish(),
            markup: markup_options(&raw.markup),
            paragraph_language: raw.paragraph_language.unwrap_or(true),
            rule_sets: Mutex::new(HashMap::new()),
        })
    }

    /// The rules that run on a file with these settings in `language`,
    /// built once per distinct combination.
    pub fn rule_set(
        &self,
        language: Language,
        settings: &FileSettings,
    ) -> Result<Arc<RuleSet>, String> {
        let key = (language, settings.overrides_key);
        let mut cache = self.rule_sets.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(set) = cache.get(&key) {
            return Ok(Arc::clone(set));
        }
        // Options were validated one table at a time when the file was
        // loaded; merged tables are checked again here.
        let set = Arc::new(self.catalogue.select(language, &settings.rules)?);
        cache.insert(key, Arc::clone(&set));
        Ok(set)
    }

    /// The path relative to this configuration's directory, for globs.
    ///
    /// Paths arrive relative to the current directory (`docs/archive/a.md`
    /// from the repository's top, `./docs/...` when walking `.`) while the
    /// globs are relative to the directory of `draftlint.toml` (`docs/`):
    /// when the path is not written under that directory, both are compared
    /// as real paths.
    pub fn relative(&self, path: &Path) -> PathBuf {
        if let Ok(relative) = path.strip_prefix(&self.root) {
            return relative.to_path_buf();
        }
        let real_path = || {
            let parent = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(parent.canonicalize().ok()?.join(path.file_name()?))
        };
        if self.path.is_some()
            && let (Ok(real_root), Some(real)) = (self.root.canonicalize(), real_path())
            && let Ok(relative) = real.strip_prefix(real_root)
        {
            return relative.to_path_buf();
        }
        path.strip_prefix("./").unwrap_or(path).to_path_buf()
    }

    pub fn is_excluded(&self, path: &Path) -> bool {
        self.exclude.is_match(self.relative(path))
    }

    pub fn file_settings(&self, path: &Path) -> FileSettings {
        let relative = self.relative(path);
        let relative = relative.as_path();
        let mut settings = FileSettings {
            language: self.language,
            rules: self.rules.clone(),
            overrides_key: 0,
        };
        for (i, o) in self.overrides.iter().enumerate() {
            if o.files.is_match(relative) {
                settings.overrides_key |= 1 << i;
                if o.language.is_some() {
                    settings.language = o.language;
                }
                for (selector, s) in &o.rules {
                    let merged = settings.rules.entry(selector.clone()).or_default();
                    if s.enabled.is_some() {
                        merged.enabled = s.enabled;
                    }
                    if s.severity.is_some() {
                        merged.severity = s.severity;
                    }
                    merged.options.extend(s.options.clone());
                }
            }
        }
        settings
    }
}

/// `[markup]` over the defaults; names compare lowercase.
fn markup_options(raw: &schema::MarkupConfig) -> MarkupOptions {
    let lower = |list: &Vec<String>| list.iter().map(|s| s.to_ascii_lowercase()).collect();
    let defaults = MarkupOptions::default();
    MarkupOptions {
        front_matter_fields: raw
            .front_matter_fields
            .as_ref()
            .map_or(defaults.front_matter_fields, lower),
        prose_attributes: raw
            .prose_attributes
            .as_ref()
            .map_or(defaults.prose_attributes, lower),
    }
}

/// Reads word lists and resolves (and loads, to report errors now rather
/// than in the middle of a run) the configured dictionaries.
fn resolve_spelling(
    raw: &SpellingConfig,
    root: &Path,
    cache: &DictionaryCache,
) -> Result<SpellingSettings, (std::ops::Range<usize>, String)> {
    let mut settings = SpellingSettings {
        proper_nouns: raw.proper_nouns.unwrap_or_default(),
        ..SpellingSettings::default()
    };
    let read_list = |list: &Spanned<String>, words: &mut PersonalWords| {
        let list_path =
            paths::inside_root(root, list.get_ref(), "word list").map_err(|m| (list.span(), m))?;
        match words.add_file(&list_path) {
            // Not created yet: `draftlint words add` (or the language
            // server) creates it with the first word.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            result => result.map_err(|e| {
                (
                    list.span(),
                    format!("cannot read word list `{}`: {e}", list_path.display()),
                )
            }),
        }
    };
    let mut common = PersonalWords::default();
    raw.words.iter().for_each(|w| common.add(w));
    for list in &raw.word_lists {
        read_list(list, &mut common)?;
        settings.common_word_lists.push(root.join(list.get_ref()));
    }
    for (language, own) in [(Language::Fr, &raw.fr), (Language::En, &raw.en)] {
        let mut words = common.clone();
        own.words.iter().for_each(|w| words.add(w));
        for list in &own.word_lists {
            read_list(list, &mut words)?;
            settings.language_word_lists[lang_index(language)].push(root.join(list.get_ref()));
        }
        settings.personal[lang_index(language)] = words;
    }
    for (tag, names) in &raw.dictionaries {
        let language = Language::from_tag(tag).ok_or_else(|| {
            (
                names.span(),
                format!("dictionaries are set per document language: `fr` or `en`, not `{tag}`"),
            )
        })?;
        let mut sources = Vec::new();
        for name in names.get_ref().as_slice() {
            // A file of the project must stay in its tree, like packs; a
            // system dictionary is named without a path (`de_DE`).
            if name != "builtin" {
                for extension in ["aff", "dic"] {
                    paths::inside_root(root, &format!("{name}.{extension}"), "dictionary")
                        .map_err(|m| {
                            (
                                names.span(),
                                format!(
                                    "{m}; a system dictionary is named without a path (`de_DE`)"
                                ),
                            )
                        })?;
                }
            }
            for source in DictionarySource::resolve(name, language.code(), root)
                .map_err(|m| (names.span(), m))?
            {
                cache
                    .get(&source)
                    .map_err(|e| (names.span(), e.to_string()))?;
                sources.push(source);
            }
        }
        if sources.is_empty() {
            return Err((
                names.span(),
                "give at least one dictionary (`builtin` for the built-in one)".into(),
            ));
        }
        settings.sources[lang_index(language)] = sources;
    }
    Ok(settings)
}

fn parse_language(
    value: Option<&Spanned<String>>,
    auto_allowed: bool,
) -> Result<Option<Language>, (std::ops::Range<usize>, String)> {
    let Some(value) = value else { return Ok(None) };
    let tag = value.get_ref();
    if auto_allowed && tag == "auto" {
        return Ok(None);
    }
    Language::from_tag(tag).map(Some).ok_or_else(|| {
        (
            value.span(),
            format!(
                "unknown language `{tag}`; use `fr`, `en`{}",
                if auto_allowed { " or `auto`" } else { "" }
            ),
        )
    })
}

type RuleTable = BTreeMap<Spanned<String>, Spanned<RuleSettings>>;

/// Every key must name something, and options must be accepted by every
/// rule they apply to.
fn validate_rules(
    raw: &RuleTable,
    catalogue: &Catalogue,
) -> Result<BTreeMap<String, RuleSettings>, (std::ops::Range<usize>, String)> {
    let mut out = BTreeMap::new();
    for (key, settings) in raw {
        let selector = key.get_ref();
        if !catalogue.knows_selector(selector) {
            let hint = closest_rule(selector, catalogue)
                .map(|id| format!("; did you mean `{id}`?"))
                .unwrap_or_else(|| "; `draftlint rules` lists them".to_string());
            return Err((
                key.span(),
                format!("unknown rule, pack or category `{selector}`{hint}"),
            ));
        }
        let settings = settings.get_ref();
        if !settings.options.is_empty() {
            for rule in catalogue.rules() {
                let id = &rule.meta().id;
                let applies = id == selector
                    || id
                        .strip_prefix(selector.as_str())
                        .is_some_and(|r| r.starts_with('.'));
                if applies {
                    rule.with_options(&settings.options)
                        .map_err(|message| (key.span(), message))?;
                }
            }
        }
        out.insert(selector.clone(), settings.clone());
    }
    Ok(out)
}

/// The known rule id closest to a misspelt one, for "did you mean".
///
/// Only ids whose length is within the distance allowed are compared: the
/// distance costs the product of both lengths, and a hostile configuration
/// may hold a key of a megabyte (16 s per key before this check).
fn closest_rule(selector: &str, catalogue: &Catalogue) -> Option<String> {
    const MAX_DISTANCE: usize = 3;
    let length = selector.chars().count();
    catalogue
        .rules()
        .iter()
        .map(|r| &r.meta().id)
        .filter(|id| id.chars().count().abs_diff(length) <= MAX_DISTANCE)
        .map(|id| (crate::text::edit_distance(selector, id), id))
        .filter(|(d, _)| *d <= MAX_DISTANCE)
        .min()
        .map(|(_, id)| id.clone())
}
