//! Rules: one trait, two kinds.
//!
//! - **Native rules** are Rust types (spelling, repetition, truncation,
//!   structure, consistency, typography) in the family folders beside this file.
//! - **Data rules** are compiled from TOML packs (`rules/*/*.toml`, embedded,
//!   plus a project's own) by [`pack`].
//!
//! Both carry a [`RuleMeta`]: id, category, default severity, summary,
//! documentation and bad/good examples. The examples are tests.

pub mod bylines;
pub mod catalogue;
pub mod consistency;
pub mod examples;
pub mod findings;
pub mod generated;
pub mod leftovers;
pub mod meta;
pub mod options;
pub mod pack;
pub mod promo;
pub mod repetition;
pub mod seo;
pub mod spelling;
pub mod structure;
pub mod tail_label;
pub mod truncation;
pub mod typography;

pub use catalogue::{Catalogue, RuleSet};
pub use findings::{Findings, MAX_FINDINGS_PER_RULE};
pub use meta::{Examples, RuleMeta};

/// Every native rule, in no particular order (the catalogue sorts).
pub fn native_rules() -> Vec<std::sync::Arc<dyn Rule>> {
    let mut rules = Vec::new();
    rules.extend(consistency::rules());
    rules.extend(generated::rules());
    rules.extend(promo::rules());
    rules.extend(repetition::rules());
    rules.extend(seo::rules());
    rules.extend(spelling::rules());
    rules.extend(typography::rules());
    rules.extend(structure::rules());
    rules.extend(truncation::rules());
    rules.extend(crate::suppress::rules());
    rules
}

use crate::diagnostic::{Diagnostic, Severity};
use crate::resources::Resources;
use crate::text::Document;

/// What a rule gets when it runs on one document.
pub struct RuleContext<'a> {
    pub doc: &'a Document<'a>,
    /// The severity configured for this rule (its default unless overridden).
    pub severity: Severity,
    /// Shared, lazily loaded data such as dictionaries.
    pub resources: &'a Resources,
    /// For a rule that [reads findings](Rule::reads_findings): what every
    /// other rule found in this document; empty for the others.
    pub earlier: &'a [Diagnostic],
}

pub trait Rule: Send + Sync {
    fn meta(&self) -> &RuleMeta;

    /// Appends this rule's findings for `ctx.doc` to `out`.
    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings);

    /// Whether the rule reads what the other rules found (in
    /// [`RuleContext::earlier`]): it then runs after them. A line that a
    /// promo rule reports whole is a widget, not a truncated paragraph,
    /// and a section holding only such leftovers is empty (see
    /// [`leftovers`]).
    fn reads_findings(&self) -> bool {
        false
    }

    /// Phrase rules expose themselves so that a rule set can match the
    /// phrases of all of them in one pass over the document.
    fn as_phrase_rule(&self) -> Option<&pack::PhraseRule> {
        None
    }

    /// Pattern rules expose themselves so that a rule set can find, in one
    /// pass, the blocks where each of them may match.
    fn as_pattern_rule(&self) -> Option<&pack::PatternRule> {
        None
    }

    /// A copy configured with `options` from `draftlint.toml`; the error says
    /// which option is wrong and why. Rules without options refuse any.
    fn with_options(&self, options: &toml::Table) -> Result<Box<dyn Rule>, String> {
        match options.keys().next() {
            None => Err("internal: with_options called without options".into()),
            Some(key) => Err(format!(
                "rule `{}` has no option `{key}`; only `severity` and `enabled` apply to it",
                self.meta().id
            )),
        }
    }
}
