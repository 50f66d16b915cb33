//! `seo.missing-metadata`: a page without a title or a description.

use super::{field, has_metadata};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Flags a Markdown, MDX or HTML page whose metadata has \
no `title` or no `description` (front matter, or `<title>` and \
`<meta name=\"description\">`). The finding is on the front matter's \
opening line (the `<head>` tag in HTML), or on the first line when there \
is no metadata at all.

**Why.** Without them, the site generator falls back on a file name or a \
site-wide default, and search engines make up a snippet.

**Fix.** Add the missing field.";

pub struct MissingMetadata {
    meta: RuleMeta,
}

impl Default for MissingMetadata {
    fn default() -> Self {
        MissingMetadata {
            meta: RuleMeta {
                id: "seo.missing-metadata".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "A page without a title or a description.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec!["---\ntitle: Les halles rouvrent\n---\n\nTexte.".into()],
                    good: vec![
                        "---\ntitle: Les halles rouvrent\ndescription: Après deux ans de travaux, trente producteurs reviennent.\n---\n\nTexte.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for MissingMetadata {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        if !has_metadata(doc) {
            return;
        }
        let missing: Vec<&str> = ["title", "description"]
            .into_iter()
            .filter(|key| field(doc, key).is_none())
            .collect();
        if missing.is_empty() {
            return;
        }
        // The first line of the metadata block, or of the file.
        let from = doc.markup.metadata.span.map_or(0, |s| s.start);
        let rest = &doc.source()[from..];
        let line = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let span = Span::new(from, from + line);
        let (what, help) = match missing.as_slice() {
            [one] => (
                format!("the page has no {one}"),
                format!("add a `{one}` to the front matter"),
            ),
            _ => (
                "the page has no title and no description".to_string(),
                "add `title` and `description` to the front matter".to_string(),
            ),
        };
        out.push(
            Diagnostic::new(&self.meta.id, self.meta.category, ctx.severity, span, what)
                .with_help(help),
        );
    }
}
