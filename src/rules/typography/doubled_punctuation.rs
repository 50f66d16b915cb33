//! `typography.doubled-punctuation`: `,,` and `..` typed by mistake.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Reports a comma typed twice (`,,`) and two full stops \
where one was meant (`fin..`): exactly two dots, since three are an \
ellipsis.

**Why.** A slip of the keyboard or a join of two fragments; an editor \
fixes it on sight.

**Fix.** For `,,`, deleting one comma is safe. For `..`, the writer may \
have meant an ellipsis: the single full stop is suggested, not applied.";

#[derive(Clone)]
pub struct DoubledPunctuation {
    meta: RuleMeta,
}

impl Default for DoubledPunctuation {
    fn default() -> Self {
        DoubledPunctuation {
            meta: RuleMeta {
                id: "typography.doubled-punctuation".into(),
                category: Category::Typography,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A comma typed twice, or two full stops.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le maire,, entouré de ses adjoints, a parlé.".into(),
                        "The meeting ended late..".into(),
                    ],
                    good: vec![
                        "Le maire, entouré de ses adjoints, a parlé...".into(),
                        "Version 2..5 of the tool.".into(),
                    ],
                },
                fixable: true,
            },
        }
    }
}

impl Rule for DoubledPunctuation {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        for block in doc.blocks() {
            let prose = doc.prose(block.span());
            let bytes = prose.as_bytes();
            let mut i = 0;
            while i + 1 < bytes.len() {
                let sign = bytes[i];
                // Runs at every byte: a pair of equal signs is rare.
                if sign != bytes[i + 1] || (sign != b',' && sign != b'.') {
                    i += 1;
                    continue;
                }
                let run = bytes[i..].iter().take_while(|&&b| b == sign).count();
                let after_word = prose[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphabetic() || matches!(c, ')' | '"' | '”' | '»'));
                // `2..5` is a range, `...` an ellipsis.
                let then_digit = bytes.get(i + run).is_some_and(u8::is_ascii_digit);
                if run == 2 && after_word && !then_digit {
                    let span = Span::new(block.span().start + i, block.span().start + i + 2);
                    let single = if sign == b',' { "," } else { "." };
                    out.push(
                        Diagnostic::new(
                            &self.meta.id,
                            self.meta.category,
                            ctx.severity,
                            span,
                            format!("`{single}` typed twice"),
                        )
                        .with_suggestion(span, single, sign == b',')
                        .with_help(if sign == b',' {
                            "delete one comma"
                        } else {
                            "one full stop, or three dots for an ellipsis"
                        }),
                    );
                }
                i += run;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(
            &DoubledPunctuation::default(),
            text,
            Path::new("a.txt"),
            Language::En,
            &Resources::builtin(),
        )
    }

    #[test]
    fn doubled_commas_are_safe_to_fix_double_stops_are_not() {
        let found = run("One,, two.. Three... four 1..2");
        assert_eq!(found.len(), 2);
        assert!(found[0].suggestions[0].safe);
        assert!(!found[1].suggestions[0].safe);
    }
}
