//! `seo.description-length`: a description too short or too long for a
//! search result's snippet.

use super::{chars, field, has_metadata};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta, options};

const DOCS: &str = "\
**What it does.** Flags a page description (front matter `description`, \
or `<meta name=\"description\">`) shorter than `min-chars` (default 50) or \
longer than `max-chars` characters (default 160).

**Why.** The description is the snippet under the title in search \
results: too short, and the engine writes its own from the page; too \
long, and it is cut off mid-sentence.

**Fix.** One or two sentences that say what the article brings.

**Options.** `min-chars` (default 50), `max-chars` (default 160).";

#[derive(Clone)]
pub struct DescriptionLength {
    meta: RuleMeta,
    min_chars: usize,
    max_chars: usize,
}

impl Default for DescriptionLength {
    fn default() -> Self {
        DescriptionLength {
            meta: RuleMeta {
                id: "seo.description-length".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "A description too short or too long for search results.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec!["---\ntitle: Les halles\ndescription: Les halles rouvrent.\n---\n\nTexte.".into()],
                    good: vec![
                        "---\ntitle: Les halles\ndescription: Après deux ans de travaux, les halles du centre rouvrent samedi avec trente producteurs.\n---\n\nTexte.".into(),
                    ],
                },
                fixable: false,
            },
            min_chars: 50,
            max_chars: 160,
        }
    }
}

impl Rule for DescriptionLength {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            match key.as_str() {
                "min-chars" => rule.min_chars = options::count(key, value)?,
                "max-chars" => rule.max_chars = options::count(key, value)?,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &["min-chars", "max-chars"],
                    ));
                }
            }
        }
        if rule.min_chars > rule.max_chars {
            return Err("option `min-chars` must not be above `max-chars`".into());
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        if !has_metadata(doc) {
            return;
        }
        let Some(description) = field(doc, "description") else {
            return;
        };
        let length = chars(&description.value);
        let (message, help) = if length < self.min_chars {
            (
                format!(
                    "the description has {length} characters; search engines replace one under {}",
                    self.min_chars
                ),
                "say in a sentence or two what the article brings",
            )
        } else if length > self.max_chars {
            (
                format!(
                    "the description has {length} characters; search results cut it at about {}",
                    self.max_chars
                ),
                "shorten the description to its first promise",
            )
        } else {
            return;
        };
        out.push(
            Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                description.value_span,
                message,
            )
            .with_help(help),
        );
    }
}
