//! Hover over a finding: the rule's explanation, as `draftlint explain`
//! gives it, so a writer learns why without leaving the editor.

use super::position::PositionIndex;
use crate::diagnostic::Diagnostic;
use crate::rules::Catalogue;
use crate::text::Language;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

/// The explanation of every finding under `offset`, or `None` when there
/// is none.
pub fn hover(
    diagnostics: &[Diagnostic],
    offset: usize,
    catalogue: &Catalogue,
    language: Option<Language>,
    index: &PositionIndex<'_>,
    markdown: bool,
) -> Option<Hover> {
    let under: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.span.start <= offset && offset <= d.span.end)
        .collect();
    let first = under.first()?;
    let sections: Vec<String> = under
        .iter()
        .map(|d| explain(d, catalogue, language, markdown))
        .collect();
    let separator = if markdown { "\n\n---\n\n" } else { "\n\n" };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: if markdown {
                MarkupKind::Markdown
            } else {
                MarkupKind::PlainText
            },
            value: sections.join(separator),
        }),
        range: Some(index.range(first.span)),
    })
}

fn explain(
    diagnostic: &Diagnostic,
    catalogue: &Catalogue,
    language: Option<Language>,
    markdown: bool,
) -> String {
    let rules = catalogue.by_id(&diagnostic.rule);
    // The same id may exist once per language; prefer the document's.
    let rule = rules
        .iter()
        .find(|r| language.is_some_and(|l| r.meta().applies_to(l)))
        .or(rules.first());
    let heading = if markdown {
        format!(
            "**{}** ({}, {})",
            diagnostic.rule, diagnostic.category, diagnostic.severity
        )
    } else {
        format!(
            "{} ({}, {})",
            diagnostic.rule, diagnostic.category, diagnostic.severity
        )
    };
    match rule {
        Some(rule) => {
            let meta = rule.meta();
            format!("{heading}\n\n{}\n\n{}", meta.summary, meta.docs.trim())
        }
        None => format!("{heading}\n\n{}", diagnostic.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Severity, Span};
    use crate::lsp::position::PositionEncoding;

    #[test]
    fn hover_explains_the_rule_under_the_cursor() {
        let catalogue = Catalogue::builtin().unwrap();
        let text = "The the cat.";
        let index = PositionIndex::new(text, PositionEncoding::Utf16);
        let findings = vec![Diagnostic::new(
            "repetition.doubled-word",
            Category::Repetition,
            Severity::Warning,
            Span::new(4, 7),
            "`the` is written twice",
        )];
        let hover = hover(&findings, 5, &catalogue, Some(Language::En), &index, true).unwrap();
        let HoverContents::Markup(content) = hover.contents else {
            panic!()
        };
        let summary = &catalogue.by_id("repetition.doubled-word")[0].meta().summary;
        assert!(
            content
                .value
                .starts_with("**repetition.doubled-word** (repetition, warning)")
        );
        assert!(content.value.contains(summary.as_str()));
        assert_eq!(hover.range, Some(index.range(Span::new(4, 7))));
        assert!(super::hover(&findings, 9, &catalogue, Some(Language::En), &index, true).is_none());
    }
}
