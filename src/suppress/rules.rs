//! The two rules of the suppression stage. Their findings are made by
//! [`super::filter`], which sees every other rule's findings; they are
//! registered as rules so that `draftlint rules` and `explain` document them
//! and a configuration can change their severity or turn them off.

use crate::diagnostic::{Category, Severity};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use std::sync::Arc;

pub const UNKNOWN_RULE_ID: &str = "suppression.unknown-rule";
pub const UNUSED_ID: &str = "suppression.unused";

const UNKNOWN_DOCS: &str = "\
**What it does.** Flags an id in a `<!-- draftlint-disable… -->` comment that \
names no rule, pack or category.

**Why.** A misspelt id suppresses nothing, so the finding it was meant to \
silence comes back, and the comment misleads the next editor.

**Fix.** Correct the id (`draftlint rules` lists them) or delete it.";

const UNUSED_DOCS: &str = "\
**What it does.** Flags a `draftlint-disable`, `draftlint-disable-next-line` \
or `draftlint-disable-file` id that suppressed no finding, and a \
`draftlint-enable` that ends no earlier disable.

**Why.** Once the text under it has been fixed or moved, a suppression only \
waits to hide the next real finding in its range.

**Fix.** Delete the comment, or the id that is no longer needed.";

/// A rule whose findings the suppression stage makes.
struct SuppressionRule {
    meta: RuleMeta,
}

impl Rule for SuppressionRule {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    /// Nothing to do per document: whether a suppression is used is only
    /// known once every rule has run, in [`super::filter`].
    fn check(&self, _ctx: &RuleContext<'_>, _out: &mut Findings) {}
}

pub fn rules() -> Vec<Arc<dyn Rule>> {
    let meta = |id: &str, summary: &str, docs: &str, examples: Examples| RuleMeta {
        id: id.into(),
        category: Category::Style,
        default_severity: Severity::Warning,
        default_enabled: true,
        language: None,
        summary: summary.into(),
        docs: docs.into(),
        examples,
        fixable: false,
    };
    vec![
        Arc::new(SuppressionRule {
            meta: meta(
                UNKNOWN_RULE_ID,
                "A draftlint comment names a rule that does not exist.",
                UNKNOWN_DOCS,
                Examples {
                    bad: vec![
                        "<!-- draftlint-disable-next-line repetition.doubled-wrd -->\nWe went to the the market.\n".into(),
                    ],
                    good: vec![
                        "<!-- draftlint-disable-next-line repetition.doubled-word -->\nWe went to the the market.\n".into(),
                    ],
                },
            ),
        }),
        Arc::new(SuppressionRule {
            meta: meta(
                UNUSED_ID,
                "A draftlint comment suppresses nothing.",
                UNUSED_DOCS,
                Examples {
                    bad: vec![
                        "<!-- draftlint-disable-next-line repetition.doubled-word -->\nWe went to the market.\n".into(),
                        "We went to the market.\n\n<!-- draftlint-enable -->\n".into(),
                    ],
                    good: vec![
                        "<!-- draftlint-disable-next-line repetition.doubled-word -->\nWe went to the the market.\n".into(),
                        "<!-- draftlint-disable repetition -->\n\nWe went to the the market.\n\n<!-- draftlint-enable -->\n".into(),
                    ],
                },
            ),
        }),
    ]
}
