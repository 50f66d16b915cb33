//! `typography.space-before-comma`: `word , word` and `the end .`

use super::spaced_signs::spaced_signs;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Reports a space before a comma or a full stop \
(`le budget , voté hier`, `the end .`), in French as in English, and a \
space put before a comma instead of after it (`rouge ,vert`).

Left alone: an ellipsis (`…` or `...`), a dot that starts a word or a \
number (`.NET`, `.5`), a sign that opens a line, and code and addresses \
(never prose).

**Why.** Neither language spaces these signs; the space comes from text \
assembled from pieces or converted from another format, and it lets the \
sign wrap alone to the next line.

**Fix.** Deleting the space is safe.";

#[derive(Clone)]
pub struct SpaceBeforeComma {
    meta: RuleMeta,
}

impl Default for SpaceBeforeComma {
    fn default() -> Self {
        SpaceBeforeComma {
            meta: RuleMeta {
                id: "typography.space-before-comma".into(),
                category: Category::Typography,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A space before a comma or a full stop.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le budget , voté hier, entre en vigueur.".into(),
                        "The council met on Tuesday .".into(),
                    ],
                    good: vec![
                        "Le budget, voté hier, entre en vigueur.".into(),
                        "Prices rose by .5 percent and then ... nothing.".into(),
                    ],
                },
                fixable: true,
            },
        }
    }
}

impl Rule for SpaceBeforeComma {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        for spaced in spaced_signs(ctx.doc, b",.") {
            // `word ,word`: the space went before the comma, not after.
            if spaced.sign == ',' && spaced.next.is_some_and(char::is_alphabetic) {
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        spaced.span(),
                        "space before `,` instead of after it",
                    )
                    .with_suggestion(spaced.span(), ", ", true)
                    .with_help("write the comma against the word before it, then a space"),
                );
                continue;
            }
            // The sign ends there: not `.5`, `.NET` or an ellipsis.
            let ends_here = match spaced.next {
                None => true,
                Some(a) => a.is_whitespace() || matches!(a, '"' | '”' | '»' | ')'),
            };
            if ends_here {
                out.push(spaced.delete_space(
                    &self.meta,
                    ctx,
                    "write the sign against the word before it",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Span;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(
            &SpaceBeforeComma::default(),
            text,
            Path::new("a.txt"),
            Language::Fr,
            &Resources::builtin(),
        )
    }

    #[test]
    fn spaces_before_commas_and_stops_are_deleted() {
        let found = run("Un , deux\u{a0}. Fin");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].suggestions[0].span, Span::new(2, 3));
        assert!(found.iter().all(|d| d.suggestions[0].safe));
    }

    #[test]
    fn a_space_before_instead_of_after_a_comma_is_moved() {
        let found = run("rouge ,vert et 1 ,5");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "space before `,` instead of after it");
        assert_eq!(found[0].suggestions[0].replacement, ", ");
        assert_eq!(found[0].suggestions[0].span, Span::new(5, 7));
    }

    #[test]
    fn masked_markup_is_not_a_space() {
        let found = run_rule(
            &SpaceBeforeComma::default(),
            "Voir [le site](https://example.org/a). Fin , oui.",
            Path::new("a.md"),
            Language::Fr,
            &Resources::builtin(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "space before `,`");
    }

    #[test]
    fn ellipses_decimals_and_names_pass() {
        assert!(run("Et puis ... rien. Version .5 de .NET, enfin.").is_empty());
        assert!(run("Liste :\n, premier").is_empty());
    }
}
