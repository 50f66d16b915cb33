//! `structure.empty-section`: a heading with nothing under it, before the
//! next heading of the same or a higher level, or at the end of the
//! document ("Sur le même sujet" left as the last line of a pasted page).
//!
//! Plain text has no heading levels, and a line is a heading only when text
//! follows it (a last line is text: a question, a signature, the last
//! excerpt of a list), so there a heading over another is no empty section.
//! Tables of contents are `structure.empty-table-of-contents`'s business.
//!
//! The rule reads the other rules' findings (see [`crate::rules::leftovers`]):
//! a heading that a promo rule reports ("Related posts", "Comments") is a
//! widget, not a section; and a section holding nothing but leftovers (a
//! share bar, a reader prompt, a chat closer) is empty, in plain text too.

use super::{has_heading_levels, is_toc_heading};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::leftovers::Leftovers;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Document;

const DOCS: &str = "\
**What it does.** Flags a heading followed directly by another heading of \
the same or a higher level (`##` then `##` or `#`), or by nothing at all at \
the end of the document, or by nothing but leftovers other rules report (a \
share bar, a reader prompt, a chat closer). A heading a promo rule reports \
(\"Related posts\") is a widget, not a section. In plain text, where a line \
is a heading only when text follows it, only the sections of leftovers are \
checked.

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
                        "# Title\n\nSome text.\n\n## Key dates".into(),
                        "# Title\n\nThe harbour reopened on Monday after a winter of repairs.\n\n## Key dates\n\nShare: Facebook | X | Email".into(),
                    ],
                    good: vec![
                        "## Contexte\n\n### Origines\n\nLe texte des origines.".into(),
                        "# Title\n\nSome text.\n\n## Next steps\n\nMore text.".into(),
                        "# Title\n\nThe harbour reopened on Monday after a winter of repairs.\n\n## Related posts".into(),
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

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let blocks = doc.blocks();
        let levels = has_heading_levels(doc);
        let leftovers = Leftovers::of(doc, ctx.earlier);
        for (index, block) in blocks.iter().enumerate() {
            let BlockKind::Heading { level } = block.kind() else {
                continue;
            };
            // "Related posts", "Comments": a widget's title, reported as such.
            if leftovers.is_widget(index) {
                continue;
            }
            // The section: the blocks up to the next heading.
            let content = blocks[index + 1..]
                .iter()
                .take_while(|b| !b.kind().is_heading())
                .count();
            // It ends at the document's end, or (with levels) at a heading
            // of the same or a higher level. Without levels, only a line
            // that titles the article's text heads a section at its end.
            let closes_section = match blocks.get(index + 1 + content).map(|b| b.kind()) {
                None => levels || is_a_section_title(doc, index),
                Some(BlockKind::Heading { level: next }) => levels && next <= level,
                Some(_) => false,
            };
            let only_leftovers = content > 0
                && closes_section
                && (index + 1..=index + content).all(|i| leftovers.is_leftover(i));
            let empty = match blocks.get(index + 1).map(|b| b.kind()) {
                // A one-line document is a title, not an empty section.
                None => index > 0,
                Some(BlockKind::Heading { level: next }) => levels && next <= level,
                Some(_) => only_leftovers,
            };
            if !empty || is_toc_heading(doc, block.span()) {
                continue;
            }
            let title = doc.text(block.span());
            let message = if only_leftovers {
                format!("heading `{title}` has nothing under it but leftovers of a web page")
            } else if index + 1 == blocks.len() {
                format!("heading `{title}` ends the document with nothing under it")
            } else {
                format!("heading `{title}` has nothing under it before the next heading")
            };
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    block.span(),
                    message,
                )
                .with_help("write the section, or delete the heading"),
            );
        }
    }
}

/// Words of a paragraph that is the article's text, not a widget line.
const MIN_TEXT_WORDS: usize = 12;

/// In plain text, where any short line reads as a heading: whether the line
/// at `index` titles a section of the article, not a widget's button
/// ("Répondre") or a footer's line. It has two words or more and follows a
/// finished paragraph of text.
fn is_a_section_title(doc: &Document<'_>, index: usize) -> bool {
    let Some(previous) = index.checked_sub(1) else {
        return false;
    };
    let text = doc.prose(doc.blocks()[previous].span()).trim_end();
    doc.words_of_block(index).len() >= 2
        && doc.blocks()[previous].kind() == BlockKind::Paragraph
        && doc.words_of_block(previous).len() >= MIN_TEXT_WORDS
        && text.ends_with(['.', '!', '?', '»', '"', '”', ')'])
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
