//! `typography.space-before-punctuation`: `Really ?` in English text.

use super::line_language::{block_at, is_short_line_in_other_language};
use super::spaced_signs::spaced_signs;
use crate::diagnostic::{Category, Severity};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;

const DOCS: &str = "\
**What it does.** In English text, reports a space before `;`, `:`, `!` or \
`?` (`Really ?`, `three options : …`). Left alone: a sign that opens a \
line, emoticons (`:)`), code and addresses (never prose), and a short \
line in French (`Livraison offerte !`), which follows French rules.

**Why.** English sets these signs against the word before them; the space \
is the French convention, and a draft written by a French speaker or \
converted from French keeps it.

**Fix.** Deleting the space is safe.";

#[derive(Clone)]
pub struct SpaceBeforePunctuation {
    meta: RuleMeta,
}

impl Default for SpaceBeforePunctuation {
    fn default() -> Self {
        SpaceBeforePunctuation {
            meta: RuleMeta {
                id: "typography.space-before-punctuation".into(),
                category: Category::Typography,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: Some(Language::En),
                summary: "A space before `; : ! ?` in English.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Is the market open today ? Nobody knows.".into(),
                        "Three options : stay, leave or wait.".into(),
                    ],
                    good: vec![
                        "Is the market open today? Nobody knows.".into(),
                        "See you there :) and bring a coat.".into(),
                    ],
                },
                fixable: true,
            },
        }
    }
}

impl Rule for SpaceBeforePunctuation {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        // Whether each block met is a French line ("Partager : Facebook").
        let mut french = std::collections::HashMap::new();
        for spaced in spaced_signs(ctx.doc, b";:!?") {
            let block = block_at(ctx.doc, spaced.space.start);
            if block.is_some_and(|index| {
                *french
                    .entry(index)
                    .or_insert_with(|| is_short_line_in_other_language(ctx, index))
            }) {
                continue;
            }
            // Emoticons (`:)`, `;-)`, `:D`) and runs of signs.
            let question_or_bang = matches!(spaced.sign, '!' | '?');
            let ends_here = match spaced.next {
                None => true,
                Some(a) if a.is_whitespace() || matches!(a, '"' | '”') => true,
                Some(')' | '!' | '?') => question_or_bang,
                Some(_) => false,
            };
            if ends_here {
                out.push(spaced.delete_space(
                    &self.meta,
                    ctx,
                    "English writes the sign against the word before it",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use std::path::Path;

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(
            &SpaceBeforePunctuation::default(),
            text,
            Path::new("a.md"),
            Language::En,
            &Resources::builtin(),
        )
    }

    #[test]
    fn spaces_before_signs_are_found_with_a_safe_deletion() {
        let found = run("Why ? Because\u{a0}!");
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|d| d.suggestions[0].safe && d.suggestions[0].replacement.is_empty())
        );
        assert_eq!(
            found[0].suggestions[0].span,
            crate::diagnostic::Span::new(3, 4)
        );
    }

    #[test]
    fn a_french_line_in_an_english_page_keeps_its_spacing() {
        let text = "The studio ships across Europe ? Yes.\n\n\
                    Livraison offerte dès 60 € d'achat !\n\n\
                    Suivez-nous : nouvelles pièces chaque semaine\n";
        let found = run(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.start, text.find(" ?").unwrap());
    }

    #[test]
    fn line_openers_emoticons_and_times_pass() {
        assert!(run("Done :-) see you ;)\n\n: a colon opens this line").is_empty());
        assert!(run("Meet at 9 :30 sharp.").is_empty());
    }
}
