//! `typography.space-before-punctuation`: `Really ?` in English text.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;

const DOCS: &str = "\
**What it does.** In English text, reports a space before `;`, `:`, `!` or \
`?` (`Really ?`, `three options : …`). Left alone: a sign that opens a \
line, emoticons (`:)`), and code and addresses (never prose).

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

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

impl Rule for SpaceBeforePunctuation {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
        let doc = ctx.doc;
        for block in doc.blocks() {
            let prose = doc.prose(block.span);
            for (i, sign) in prose.match_indices([';', ':', '!', '?']) {
                let before = &prose[..i];
                let word_end = before.trim_end_matches(is_space).len();
                if word_end == i {
                    continue;
                }
                // The space must follow a word (or a closing mark), on
                // the same line: a sign that opens a line is a list marker
                // or a quoted sign.
                let Some(last) = before[..word_end].chars().next_back() else {
                    continue;
                };
                if !(last.is_alphanumeric() || matches!(last, ')' | ']' | '"' | '”' | '’' | '%'))
                {
                    continue;
                }
                // Emoticons (`:)`, `;-)`, `:D`) and runs of signs.
                let question_or_bang = matches!(sign, "!" | "?");
                let ends_here = match prose[i + 1..].chars().next() {
                    None => true,
                    Some(a) if a.is_whitespace() || matches!(a, '"' | '”') => true,
                    Some(')' | '!' | '?') => question_or_bang,
                    Some(_) => false,
                };
                if !ends_here {
                    continue;
                }
                let space = Span::new(block.span.start + word_end, block.span.start + i);
                if !super::is_space_in_source(doc, space) {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        Span::new(space.start, space.end + sign.len()),
                        format!("space before `{sign}`"),
                    )
                    .with_suggestion(space, "", true)
                    .with_help("English writes the sign against the word before it"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(found[0].suggestions[0].span, Span::new(3, 4));
    }

    #[test]
    fn line_openers_emoticons_and_times_pass() {
        assert!(run("Done :-) see you ;)\n\n: a colon opens this line").is_empty());
        assert!(run("Meet at 9 :30 sharp.").is_empty());
    }
}
