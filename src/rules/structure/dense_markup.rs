//! `structure.dense-markup`: a large Markdown file so dense in markup that
//! it was read as plain text. The markup layer decides (see
//! `markup::density`); this rule only says so, once, where the markup is
//! densest, so that nobody takes the plain reading for a Markdown one.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::markup::MIN_GUARDED_BYTES;
use crate::rules::Findings;
use crate::rules::examples::REPEATED_EXAMPLE;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Says that a Markdown or MDX file of 256 KiB or more was \
read as plain text, because it is nearly all markup: more than one \
Markdown element every four bytes (one-letter list items, tables of \
one-letter cells, runs of brackets or emphasis), where an article has one \
every seven bytes or more. The finding points at the first line of the \
densest part of the file.

**Why.** A Markdown parser keeps a node for every element of the file \
before it gives the first one back; on such a file, that costs from 16 to \
48 times its size in memory. Read as plain text, the file is still \
checked, within a bounded memory, but its headings, lists, links and code \
are not recognised: every character is prose, and findings on markup \
characters are to be expected.

**Fix.** Split the file into files under 256 KiB (each is then parsed as \
Markdown), or leave generated data (tables, indexes, logs) out of the \
check (`exclude` in `draftlint.toml`). The bad examples below stand for \
their lines repeated to 256 KiB.";

pub struct DenseMarkup {
    meta: RuleMeta,
}

impl Default for DenseMarkup {
    fn default() -> Self {
        DenseMarkup {
            meta: RuleMeta {
                id: "structure.dense-markup".into(),
                category: Category::Structure,
                default_severity: Severity::Info,
                default_enabled: true,
                language: None,
                summary: "A large Markdown file nearly all markup, read as plain text.".into(),
                docs: DOCS.into(),
                // A file that triggers the rule is 256 KiB or more: the bad
                // examples run repeated to that size.
                examples: Examples {
                    bad: vec![
                        format!("{REPEATED_EXAMPLE}- a\n- b\n"),
                        format!("{REPEATED_EXAMPLE}|a|b|\n"),
                    ],
                    good: vec![
                        "# Budget\n\n| poste | montant |\n|-|-|\n| a | 1 |\n| b | 2 |\n\n- [un](/1)\n- [deux](/2)".into(),
                        "Le conseil a voté le *budget* du [marché](/m) couvert.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for DenseMarkup {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let Some(dense) = ctx.doc.markup.dense_markup else {
            return;
        };
        out.push(
            Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                dense.densest_line,
                format!(
                    "read as plain text, not Markdown: about {} markup elements per 100 bytes \
                     (an article has under 15), densest from this line on; parsing it would \
                     take too much memory",
                    dense.nodes_per_100_bytes
                ),
            )
            .with_help(format!(
                "split the file into files under {} KiB, or exclude it if it is generated data",
                MIN_GUARDED_BYTES / 1024
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    fn findings(text: &str, path: &str) -> Vec<Diagnostic> {
        run(&DenseMarkup::default(), text, path, Language::Fr)
    }

    #[test]
    fn a_large_file_of_one_letter_list_items_is_read_as_plain_text() {
        let intro = "# Inventaire\n\nLa liste suit.\n\n";
        let text = format!("{intro}{}", "- a\n".repeat(MIN_GUARDED_BYTES / 4));
        let found = findings(&text, "inventaire.md");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert!(
            found[0].message.contains("plain text"),
            "{}",
            found[0].message
        );
        // The finding points into the list, past the prose of the intro.
        assert!(found[0].span.start > intro.len());
        assert_eq!(&text[found[0].span.range()], "- a");
    }

    #[test]
    fn the_same_list_in_a_small_file_is_markdown() {
        let text = "- a\n".repeat(MIN_GUARDED_BYTES / 8);
        assert!(findings(&text, "inventaire.md").is_empty());
    }

    #[test]
    fn plain_text_is_never_reported() {
        let text = "- a\n".repeat(MIN_GUARDED_BYTES / 4 + 1);
        assert!(findings(&text, "inventaire.txt").is_empty());
    }
}
