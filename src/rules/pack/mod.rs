//! Rule packs: rules written as TOML data.
//!
//! A pack is one file with a `[pack]` header and `[[rules]]` entries; see
//! `rules/README.md` for the format. Three kinds of data rule exist:
//! - `phrase`: any of a list of phrases, word-bounded, case- and
//!   apostrophe-insensitive (Aho-Corasick over the normalised words);
//! - `pattern`: a regular expression over the prose of each block;
//! - `substitution`: phrases with a replacement each.
//!
//! Loading is strict: unknown keys and wrong types are errors that point at
//! the key in the pack file.

mod budget;
mod built_in_requirements;
mod deletion;
mod embedded;
mod exact_matches;
mod filter;
// Its encoding half runs in build.rs (and the tests); a run only decodes.
#[allow(dead_code)]
mod hir_codec;
mod pattern;
mod pattern_batch;
mod phrase;
mod quick_copy;
mod required_literals;
mod schema;
mod word_boundaries;

pub use budget::PackBudget;
pub use deletion::{WidgetWords, deletion};
pub use embedded::EMBEDDED_PACKS;
pub use filter::is_in_title;
pub use pattern::PatternRule;
pub use pattern_batch::PatternBatch;
pub use phrase::{PhraseHit, PhraseRule};

use crate::diagnostic::Category;
use crate::error::{FileError, toml_error};
use crate::rules::{Examples, Rule, RuleMeta};
use crate::text::Language;
use schema::{RawPack, RawRule, RuleKind};
use std::path::Path;
use std::sync::{Arc, LazyLock};

/// Upper bound on a compiled regular expression, so that a hostile or
/// mistaken pattern fails to load with a clear error instead of eating memory.
const REGEX_SIZE_LIMIT: usize = 2 * 1024 * 1024;

/// When a pack's matchers (regular expressions, phrase automata) are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compile {
    /// While loading: a project's pack, whose mistakes are reported then,
    /// pointing at the rule's line, and whose memory is counted.
    AtLoad,
    /// When the rule first runs: the built-in packs, tested to compile. A
    /// run then builds only the matchers of the languages it meets (an
    /// empty or English file builds no French one).
    OnFirstUse,
}

/// The rules of the built-in packs, parsed once per process: the
/// catalogue is built from them for each configuration, and
/// `generated.stock-phrase-density` runs `generated.stock-phrase` from
/// them. Parsing the packs' TOML took 5 % of a run on a short draft, and
/// was done twice. Their matchers are compiled when each rule first runs.
pub fn built_in_pack_rules() -> Result<&'static [Arc<dyn Rule>], FileError> {
    static RULES: LazyLock<Result<Vec<Arc<dyn Rule>>, FileError>> = LazyLock::new(|| {
        let mut rules = Vec::new();
        for (path, text) in EMBEDDED_PACKS {
            rules.extend(load_pack(Path::new(path), text, None)?);
        }
        Ok(rules)
    });
    RULES.as_deref().map_err(FileError::clone)
}

/// Parses and compiles one pack file. `path` is only used in errors. A
/// project's pack takes from its configuration's `budget` and is compiled
/// now; the built-in packs have none, and are compiled rule by rule when
/// the rule first runs.
pub fn load_pack(
    path: &Path,
    text: &str,
    mut budget: Option<&mut PackBudget>,
) -> Result<Vec<Arc<dyn Rule>>, FileError> {
    if let Some(budget) = budget.as_deref_mut() {
        budget
            .take_text(text.len())
            .map_err(|m| FileError::new(path, m))?;
    }
    let when = if budget.is_some() {
        Compile::AtLoad
    } else {
        Compile::OnFirstUse
    };
    let raw: RawPack = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
    let language = match raw.pack.language.as_deref() {
        None | Some("any") => None,
        Some(tag) => Some(Language::from_tag(tag).ok_or_else(|| {
            FileError::new(path, format!("unknown language `{tag}`"))
                .at(text, raw.pack.language_span())
                .with_help("use `fr`, `en` or `any`")
        })?),
    };
    let mut rules: Vec<Arc<dyn Rule>> = Vec::with_capacity(raw.rules.len());
    for spanned in &raw.rules {
        let rule = spanned.get_ref();
        let span = Some(crate::diagnostic::Span::from(spanned.span()));
        let error = |message: String| FileError::new(path, message).at(text, span);
        let meta = meta_of(&raw, rule, language);
        if !is_valid_name(&rule.name) {
            return Err(error(format!(
                "rule name `{}` must be lowercase letters, digits and dashes",
                rule.name
            )));
        }
        if !rule.widget_words.is_empty() && rule.fix != schema::FixKind::Delete {
            return Err(error(format!(
                "rule `{}`: `widget-words` only serve `fix = \"delete\"`",
                rule.name
            )));
        }
        if rule.match_source && rule.kind != RuleKind::Pattern {
            return Err(error(format!(
                "rule `{}`: `match-source` only serves `kind = \"pattern\"`",
                rule.name
            )));
        }
        let size_limit = match &budget {
            Some(budget) => REGEX_SIZE_LIMIT.min(budget.memory_left()),
            None => REGEX_SIZE_LIMIT,
        };
        let compiled: Arc<dyn Rule> = match rule.kind {
            RuleKind::Phrase | RuleKind::Substitution => {
                let compiled = phrase::PhraseRule::compile(meta, rule, when).map_err(error)?;
                if let Some(budget) = budget.as_deref_mut() {
                    budget
                        .take_rule(&rule.name, compiled.memory_usage())
                        .map_err(error)?;
                }
                Arc::new(compiled)
            }
            RuleKind::Pattern => {
                let compiled =
                    pattern::PatternRule::compile(meta, rule, size_limit, when).map_err(error)?;
                if let Some(budget) = budget.as_deref_mut() {
                    budget
                        .take_rule(&rule.name, compiled.memory_usage())
                        .map_err(error)?;
                }
                Arc::new(compiled)
            }
        };
        rules.push(compiled);
    }
    Ok(rules)
}

fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn meta_of(pack: &RawPack, rule: &RawRule, language: Option<Language>) -> RuleMeta {
    let category: Category = rule.category.unwrap_or(pack.pack.category);
    RuleMeta {
        id: format!("{}.{}", pack.pack.name, rule.name),
        category,
        default_severity: rule.severity.unwrap_or_default(),
        default_enabled: rule.enabled.unwrap_or(true),
        language,
        summary: rule.summary.clone(),
        docs: rule.docs.clone().unwrap_or_default(),
        examples: Examples {
            bad: rule.bad.clone(),
            good: rule.good.clone(),
        },
        fixable: rule.fix != schema::FixKind::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_points_at_it() {
        let text = "[pack]\nname = \"x\"\ncategory = \"style\"\n\n[[rules]]\nname = \"a\"\nkind = \"phrase\"\nsummary = \"s\"\nmessage = \"m\"\nphrases = [\"a b\"]\nbogus = 1\n";
        let err = match load_pack(Path::new("p.toml"), text, Some(&mut PackBudget::default())) {
            Err(e) => e,
            Ok(_) => panic!("bogus key accepted"),
        };
        assert!(err.message.contains("bogus"), "{}", err.message);
        assert_eq!(err.line(), Some(11));
    }

    #[test]
    fn bad_regex_is_a_clear_error() {
        let text = "[pack]\nname = \"x\"\ncategory = \"style\"\n\n[[rules]]\nname = \"a\"\nkind = \"pattern\"\nsummary = \"s\"\nmessage = \"m\"\npattern = \"(unclosed\"\n";
        let err = match load_pack(Path::new("p.toml"), text, Some(&mut PackBudget::default())) {
            Err(e) => e,
            Ok(_) => panic!("bad regex accepted"),
        };
        assert!(
            err.message.contains("regular expression"),
            "{}",
            err.message
        );
        assert_eq!(err.line(), Some(5));
    }

    #[test]
    fn edge_blocks_limit_where_a_match_counts() {
        use crate::resources::Resources;
        use crate::rules::examples::run_rule;
        let pack = |key: &str| {
            format!(
                "[pack]\nname = \"x\"\ncategory = \"generated\"\n\n[[rules]]\nname = \"a\"\n\
                 kind = \"phrase\"\nsummary = \"s\"\nmessage = \"m\"\nphrases = [\"here you go\"]\n{key} = 2\n"
            )
        };
        let text = "Here you go.\n\nOne.\n\nTwo.\n\nHere you go.\n\nThree.\n\nHere you go.\n";
        let starts_of = |key: &str| -> Vec<usize> {
            let rules = load_pack(Path::new("p.toml"), &pack(key), None).unwrap();
            let found = run_rule(
                rules[0].as_ref(),
                text,
                Path::new("t.md"),
                Language::En,
                &Resources::builtin(),
            );
            found.iter().map(|d| d.span.start).collect()
        };
        assert_eq!(starts_of("in-first-blocks"), [0]);
        assert_eq!(starts_of("in-last-blocks"), [text.rfind("Here").unwrap()]);
    }

    /// A built-in pattern with Unicode word boundaries is searched from
    /// its candidate starts once it has read enough text; a project's is
    /// searched as it always was. On a long draft both report the same.
    #[test]
    fn candidate_starts_find_what_the_whole_search_finds() {
        use crate::resources::Resources;
        use crate::rules::examples::run_rule;
        let pack = "[pack]\nname = \"x\"\ncategory = \"style\"\n\n[[rules]]\nname = \"a\"\n\
                    kind = \"pattern\"\nsummary = \"s\"\nmessage = \"m\"\n\
                    pattern = '(?i)\\b(?:gué|(?P<span>prés?) salés?)\\b'\n";
        let mut text = String::new();
        for n in 0..400 {
            // Candidates inside longer words, matches at a block's start,
            // middle and end, some blocks long.
            text.push_str(&format!(
                "Prés salés au bord. Le bagué {n} passe le gué{}, puis le pré salé.\n\n",
                " sans un mot de plus".repeat(n % 7 * 10)
            ));
        }
        let starts = |budget: Option<&mut PackBudget>| -> Vec<(usize, usize)> {
            let rules = load_pack(Path::new("p.toml"), pack, budget).unwrap();
            let found = run_rule(
                rules[0].as_ref(),
                &text,
                Path::new("t.md"),
                Language::Fr,
                &Resources::builtin(),
            );
            found.iter().map(|d| (d.span.start, d.span.end)).collect()
        };
        let project = starts(Some(&mut PackBudget::default()));
        assert!(project.len() >= 400, "{}", project.len());
        assert_eq!(starts(None), project);
    }

    #[test]
    fn widget_words_need_a_delete_fix() {
        let text = "[pack]\nname = \"x\"\ncategory = \"promo\"\n\n[[rules]]\nname = \"a\"\nkind = \"phrase\"\nsummary = \"s\"\nmessage = \"m\"\nphrases = [\"a b\"]\nwidget-words = [\"c\"]\n";
        let err = match load_pack(Path::new("p.toml"), text, Some(&mut PackBudget::default())) {
            Err(e) => e,
            Ok(_) => panic!("widget-words without a fix accepted"),
        };
        assert!(err.message.contains("widget-words"), "{}", err.message);
        assert_eq!(err.line(), Some(5));
    }

    /// Built-in packs are compiled when a rule first runs, where a mistake
    /// could only panic: every one of them must compile.
    #[test]
    fn every_built_in_pack_compiles() {
        for (path, text) in EMBEDDED_PACKS {
            let mut budget = PackBudget::default();
            if let Err(e) = load_pack(Path::new(path), text, Some(&mut budget)) {
                panic!("{path}: {}", e.message);
            }
        }
    }

    #[test]
    fn huge_regex_is_refused() {
        let text = "[pack]\nname = \"x\"\ncategory = \"style\"\n\n[[rules]]\nname = \"a\"\nkind = \"pattern\"\nsummary = \"s\"\nmessage = \"m\"\npattern = \"\\\\w{1000}{1000}\"\n";
        assert!(load_pack(Path::new("p.toml"), text, Some(&mut PackBudget::default())).is_err());
    }
}
