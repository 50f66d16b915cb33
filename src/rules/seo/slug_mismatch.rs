//! `seo.slug-mismatch`: a front-matter `slug` that is malformed or does not
//! come from the title.

use super::{field, slug_words};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Checks a front-matter `slug` (the last part of the \
page's address) against two expectations:

- it is well formed: lowercase ASCII letters and digits separated by \
  single hyphens (no spaces, accents, capitals or underscores);
- it comes from the title: at least half of its words are words of the \
  title (accents and case aside; words may be dropped, as editors drop \
  articles and prepositions).

Pages without a `slug` are not checked: the generator then derives the \
address from the file name or the title itself.

**Why.** A slug left over from the article this one was copied from, or \
from an earlier title, sends readers and search engines a misleading \
address; a malformed one is escaped into `%C3%A9` in links.

**Fix.** Rewrite the slug from the title (and add a redirect if the page \
was already published).";

pub struct SlugMismatch {
    meta: RuleMeta,
}

impl Default for SlugMismatch {
    fn default() -> Self {
        SlugMismatch {
            meta: RuleMeta {
                id: "seo.slug-mismatch".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "A front-matter slug that is malformed or does not match the title.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "---\ntitle: Les halles rouvrent samedi\nslug: budget-municipal-2023\n---\n\nTexte.".into(),
                        "---\ntitle: L'été des halles\nslug: Été_des_halles\n---\n\nTexte.".into(),
                    ],
                    good: vec!["---\ntitle: Les halles du centre rouvrent samedi\nslug: halles-rouvrent-samedi\n---\n\nTexte.".into()],
                },
                fixable: false,
            },
        }
    }
}

fn well_formed(slug: &str) -> bool {
    !slug.is_empty()
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Rule for SlugMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let Some(slug) = field(doc, "slug") else {
            return;
        };
        let value = slug.value.trim();
        let finding = |message: String, help: &str| {
            Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                slug.value_span,
                message,
            )
            .with_help(help.to_string())
        };
        if !well_formed(value) {
            out.push(finding(
                format!("slug `{value}` is not lowercase ASCII words joined by single hyphens"),
                "use lowercase letters and digits separated by hyphens",
            ));
            return;
        }
        let Some(title) = field(doc, "title") else {
            return;
        };
        let title_words = slug_words(&title.value);
        let words: Vec<&str> = value.split('-').collect();
        let shared = words
            .iter()
            .filter(|w| title_words.iter().any(|t| t == *w))
            .count();
        if shared * 2 < words.len() {
            out.push(
                finding(
                    format!("slug `{value}` does not come from the title"),
                    "rewrite the slug from the title (and redirect the old address if it was published)",
                )
                .with_label(title.value_span, "the title"),
            );
        }
    }
}
