//! `seo.title-repeated`: the front-matter title written again as the first
//! heading.

use super::field;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::markup::MarkupKind;
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Flags a Markdown or MDX page whose first heading says \
the same as its front-matter `title` (case, punctuation and spacing \
aside).

**Why.** Hugo, Jekyll, Eleventy, Astro and Docusaurus themes print the \
title as the page's `<h1>`: the heading then shows the title twice, and \
the page has two `<h1>`.

**Fix.** Delete the heading, or make it a different, lower-level one.";

pub struct TitleRepeated {
    meta: RuleMeta,
}

impl Default for TitleRepeated {
    fn default() -> Self {
        TitleRepeated {
            meta: RuleMeta {
                id: "seo.title-repeated".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "The front-matter title written again as the first heading.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "---\ntitle: Les halles rouvrent\n---\n\n# Les halles rouvrent !\n\nTexte."
                            .into(),
                    ],
                    good: vec![
                        "---\ntitle: Les halles rouvrent\n---\n\n## Trente producteurs\n\nTexte."
                            .into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// Lowercase letters and digits only.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Rule for TitleRepeated {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        if !matches!(doc.read_as(), MarkupKind::Markdown | MarkupKind::Mdx) {
            return;
        }
        let Some(title) = field(doc, "title") else {
            return;
        };
        let Some(heading) = doc.blocks().iter().find(|b| b.kind().is_heading()) else {
            return;
        };
        let wanted = key(&title.value);
        if wanted.is_empty() || key(doc.prose(heading.span())) != wanted {
            return;
        }
        out.push(
            Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                heading.span(),
                "the first heading repeats the title, which the site already shows",
            )
            .with_label(title.value_span, "the title")
            .with_help("delete the heading, or say something the title does not"),
        );
    }
}
