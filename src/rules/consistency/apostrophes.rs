//! `consistency.apostrophe`: `'` and `’` mixed as apostrophes in one text.

use crate::diagnostic::{Category, Count, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Reports a text that writes its apostrophes two ways: the \
typewriter `'` in some words and the typographic `’` in others \
(`l'État` here, `l’État` there). Only apostrophes inside words count \
(elisions, contractions), never quotation marks.

**Why.** The mix shows where text was pasted from elsewhere, and a search \
for `l’État` misses `l'État`. Either style is fine; one text uses one.

**Options.** `prefer`: `\"majority\"` (default: the style the text uses \
most wins, and only a mix is reported), `\"typographic\"` (every `'` is \
reported) or `\"straight\"` (every `’` is reported).

Off by default, like the whole `consistency` family: enable it with \
`[rules.consistency] enabled = true`. Reported as `info`; raise it with \
`severity = \"warning\"` where the house style is strict.

**Fix.** Replacing the apostrophes of the minority style is safe.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefer {
    Majority,
    Typographic,
    Straight,
}

#[derive(Clone)]
pub struct ApostropheStyle {
    meta: RuleMeta,
    prefer: Prefer,
}

impl Default for ApostropheStyle {
    fn default() -> Self {
        ApostropheStyle {
            meta: RuleMeta {
                id: "consistency.apostrophe".into(),
                category: Category::Consistency,
                // A mix is real but minor, and common in well-edited text
                // assembled from several sources: reported, not failing.
                default_severity: Severity::Info,
                default_enabled: false,
                language: None,
                summary: "Both `'` and `’` used as apostrophes in one text.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "L’État a tranché. L'avis du Conseil d’État reste l’élément clé.".into(),
                        "It’s late and the shop's closed; we’ll go tomorrow.".into(),
                    ],
                    good: vec![
                        "L’État a tranché. L’avis du Conseil d’État reste l’élément clé.".into(),
                        "It's late and the shop's closed; 'tomorrow', she said.".into(),
                    ],
                },
                fixable: true,
            },
            prefer: Prefer::Majority,
        }
    }
}

const STRAIGHT: char = '\'';
const TYPOGRAPHIC: char = '’';

impl Rule for ApostropheStyle {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            if key != "prefer" {
                return Err(options::unknown(&self.meta.id, key, &["prefer"]));
            }
            rule.prefer = options::choice(
                key,
                value,
                &[
                    ("majority", Prefer::Majority),
                    ("typographic", Prefer::Typographic),
                    ("straight", Prefer::Straight),
                ],
            )?;
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let masked = &doc.markup.masked;
        let (mut straight, mut typographic) = (Vec::new(), Vec::new());
        // A byte search for the apostrophes (`'`, or the lead byte of `’`
        // and `ʼ`), then a look at the word around each one.
        let bytes = masked.as_bytes();
        for at in (0..bytes.len()).filter(|&i| matches!(bytes[i], b'\'' | 0xE2 | 0xCA)) {
            let Some(c) = masked.get(at..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            if !matches!(c, STRAIGHT | TYPOGRAPHIC | 'ʼ') || !inside_a_word(doc, at) {
                continue;
            }
            let span = Span::new(at, at + c.len_utf8());
            if c == STRAIGHT {
                straight.push(span);
            } else {
                typographic.push(span);
            }
        }
        let wanted = match self.prefer {
            Prefer::Typographic => TYPOGRAPHIC,
            Prefer::Straight => STRAIGHT,
            Prefer::Majority if straight.is_empty() || typographic.is_empty() => return,
            // A tie goes to the style the text starts with.
            Prefer::Majority => match straight.len().cmp(&typographic.len()) {
                std::cmp::Ordering::Greater => STRAIGHT,
                std::cmp::Ordering::Less => TYPOGRAPHIC,
                std::cmp::Ordering::Equal if straight[0].start < typographic[0].start => STRAIGHT,
                std::cmp::Ordering::Equal => TYPOGRAPHIC,
            },
        };
        let (wrong, right) = if wanted == STRAIGHT {
            (&typographic, &straight)
        } else {
            (&straight, &typographic)
        };
        let Some(&first) = wrong.first() else {
            return;
        };
        let other = if wanted == STRAIGHT {
            TYPOGRAPHIC
        } else {
            STRAIGHT
        };
        // The count is of the apostrophes to change: the places of this
        // finding.
        let message = match self.prefer {
            Prefer::Majority => {
                let before = format!(
                    "apostrophes written two ways: {} `{wanted}` and ",
                    right.len()
                );
                Count::new(
                    wrong.len(),
                    format!("{before}1 `{other}`"),
                    before,
                    format!(" `{other}`"),
                )
            }
            _ => Count::new(
                wrong.len(),
                format!("1 apostrophe written `{other}`; this project writes `{wanted}`"),
                "",
                format!(" apostrophes written `{other}`; this project writes `{wanted}`"),
            ),
        };
        let mut diagnostic =
            Diagnostic::new(&self.meta.id, self.meta.category, ctx.severity, first, "")
                .with_count(message)
                .with_help(format!("write every apostrophe `{wanted}`"));
        for (i, &span) in wrong.iter().enumerate() {
            if i > 0 {
                diagnostic = diagnostic.with_occurrence(span, format!("`{other}` here too"));
            }
            diagnostic = diagnostic.with_suggestion(span, wanted.to_string(), true);
        }
        out.push(diagnostic);
    }
}

/// Whether the character at `at` belongs to a word: `l'`, `don't`, not a
/// quotation mark.
fn inside_a_word(doc: &crate::text::Document<'_>, at: usize) -> bool {
    let index = doc.words.partition_point(|w| w.span().end <= at);
    doc.words.get(index).is_some_and(|w| w.span().start <= at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn run(rule: &ApostropheStyle, text: &str) -> Vec<Diagnostic> {
        run_rule(
            rule,
            text,
            Path::new("a.md"),
            Language::Fr,
            &Resources::builtin(),
        )
    }

    #[test]
    fn the_minority_style_is_reported_once_with_every_occurrence() {
        let found = run(
            &ApostropheStyle::default(),
            "L’eau d’ici, l’air d'en haut et l'herbe d’été.",
        );
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert!(d.message.contains("4 `’` and 2 `'`"), "{}", d.message);
        assert_eq!(d.labels.len(), 1);
        assert_eq!(d.suggestions.len(), 2);
        assert!(d.suggestions.iter().all(|s| s.safe && s.replacement == "’"));
    }

    #[test]
    fn quotation_marks_are_not_apostrophes() {
        let text = "Il a dit 'non' à l’État.";
        assert!(run(&ApostropheStyle::default(), text).is_empty());
    }

    #[test]
    fn a_preferred_style_reports_even_without_a_mix() {
        let table: toml::Table = toml::from_str("prefer = \"typographic\"").unwrap();
        let rule = ApostropheStyle::default().with_options(&table).unwrap();
        let found = run_rule(
            rule.as_ref(),
            "L'eau et l'air.",
            Path::new("a.md"),
            Language::Fr,
            &Resources::builtin(),
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("2 apostrophes written `'`"));
        let bad: toml::Table = toml::from_str("prefer = \"curly\"").unwrap();
        assert!(ApostropheStyle::default().with_options(&bad).is_err());
    }
}
