//! `seo.title-length`: a title longer than search results show.

use super::{chars, field, has_metadata};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta, options};

const DOCS: &str = "\
**What it does.** Flags a page title (front matter `title`, or the HTML \
`<title>`) longer than `max-chars` characters (default 60).

**Why.** Search engines cut titles at about 60 characters (600 pixels): \
the end of a longer title, often what tells the article apart, is replaced \
by an ellipsis.

**Fix.** Shorten the title; keep the words readers search for at its start.

**Options.** `max-chars` (default 60).";

#[derive(Clone)]
pub struct TitleLength {
    meta: RuleMeta,
    max_chars: usize,
}

impl Default for TitleLength {
    fn default() -> Self {
        TitleLength {
            meta: RuleMeta {
                id: "seo.title-length".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "A page title longer than search results show.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "---\ntitle: Le conseil municipal adopte enfin le budget du nouveau marché couvert des halles\n---\n\nTexte.".into(),
                    ],
                    good: vec!["---\ntitle: Le budget du marché couvert adopté\n---\n\nTexte.".into()],
                },
                fixable: false,
            },
            max_chars: 60,
        }
    }
}

impl Rule for TitleLength {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            match key.as_str() {
                "max-chars" => rule.max_chars = options::count(key, value)?,
                _ => return Err(options::unknown(&self.meta.id, key, &["max-chars"])),
            }
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        if !has_metadata(doc) {
            return;
        }
        let Some(title) = field(doc, "title") else {
            return;
        };
        let length = chars(&title.value);
        if length > self.max_chars {
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    title.value_span,
                    format!(
                        "the title has {length} characters; search results show about {}",
                        self.max_chars
                    ),
                )
                .with_help("shorten the title, keeping its key words at the start"),
            );
        }
    }
}
