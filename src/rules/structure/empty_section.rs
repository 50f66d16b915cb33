//! `structure.empty-section`: a heading with nothing under it, before the
//! next heading of the same or a higher level, or at the end of the
//! document ("Sur le même sujet" left as the last line of a pasted page).
//!
//! Plain text has no heading levels, and a line is a heading only when text
//! follows it (a last line is text: a question, a signature, the last
//! excerpt of a list), so an empty section exists only in Markdown. Tables
//! of contents are `structure.empty-table-of-contents`'s business.

use super::{has_heading_levels, is_toc_heading};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Flags a heading followed directly by another heading of \
the same or a higher level (`##` then `##` or `#`), or by nothing at all at \
the end of the document. Markdown only: in plain text a line is a heading \
only when text follows it.

**Why.** An empty section is either a section the writer forgot to write \
or the title of a block that did not survive the copy-paste (a \
related-articles heading whose list is gone). Readers see a promise with \
nothing behind it.

**Fix.** Write the section, or delete the heading.";

pub struct EmptySection {
    meta: RuleMeta,
}

impl Default for EmptySection {
    fn default() -> Self {
        EmptySection {
            meta: RuleMeta {
                id: "structure.empty-section".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A heading with nothing under it.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "## Contexte\n\n## Enjeux\n\nLe texte des enjeux.".into(),
                        "# Title\n\nSome text.\n\n## Related".into(),
                    ],
                    good: vec![
                        "## Contexte\n\n### Origines\n\nLe texte des origines.".into(),
                        "# Title\n\nSome text.\n\n## Next steps\n\nMore text.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for EmptySection {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let blocks = doc.blocks();
        let levels = has_heading_levels(doc);
        for (index, block) in blocks.iter().enumerate() {
            let BlockKind::Heading { level } = block.kind else {
                continue;
            };
            let empty = match blocks.get(index + 1).map(|b| b.kind) {
                // A one-line document is a title, not an empty section.
                None => index > 0,
                Some(BlockKind::Heading { level: next }) => levels && next <= level,
                Some(_) => false,
            };
            if !empty || is_toc_heading(doc, block.span) {
                continue;
            }
            let title = doc.text(block.span);
            let message = if index + 1 == blocks.len() {
                format!("heading `{title}` ends the document with nothing under it")
            } else {
                format!("heading `{title}` has nothing under it before the next heading")
            };
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    block.span,
                    message,
                )
                .with_help("write the section, or delete the heading"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    /// Issue 12: a short last line of a plain-text draft (a question, a
    /// signature, a title-like line) is text, not an empty heading.
    #[test]
    fn plain_text_last_line_is_no_empty_heading() {
        for text in [
            "Titre\nUn paragraphe qui se termine.\nEt si elle ne revenait pas ?\n",
            "Title\nA paragraph that ends.\nWho will chair the next meeting?\n",
            "Titre\nUn paragraphe qui se termine.\nPierre Lemaire\n",
        ] {
            assert!(
                run(&EmptySection::default(), text, "a.txt", Language::Fr).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn markdown_heading_at_the_end_is_empty() {
        let text = "# Titre\n\nUn paragraphe.\n\n## Sur le même sujet\n";
        let found = run(&EmptySection::default(), text, "a.md", Language::Fr);
        assert_eq!(found.len(), 1);
    }
}
