//! Engine findings → LSP diagnostics.
//!
//! The rule id goes in `code` (editors show it and hover looks it up),
//! secondary labels become related information pointing into the same
//! document, and the help line follows the message, since editors show
//! no separate help field.

use super::position::PositionIndex;
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::FileError;
use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position, Range,
    Uri,
};

pub const SOURCE: &str = "draftlint";

pub fn to_lsp(
    diagnostic: &Diagnostic,
    index: &PositionIndex<'_>,
    uri: &Uri,
) -> lsp_types::Diagnostic {
    let message = match &diagnostic.help {
        Some(help) => format!("{}\nhelp: {help}", diagnostic.message),
        None => diagnostic.message.clone(),
    };
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .labels
        .iter()
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), index.range(label.span)),
            message: label.message.clone(),
        })
        .collect();
    lsp_types::Diagnostic {
        range: index.range(diagnostic.span),
        severity: Some(severity(diagnostic.severity)),
        code: Some(NumberOrString::String(diagnostic.rule.clone())),
        code_description: None,
        source: Some(SOURCE.into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A document whose configuration is broken gets one error at its start
/// naming the file and line to fix; otherwise the draft would look clean.
pub fn config_error(error: &FileError) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".into())),
        code_description: None,
        source: Some(SOURCE.into()),
        message: format!("configuration not loaded: {error}"),
        related_information: None,
        tags: None,
        data: None,
    }
}

/// A document that could not be linted (e.g. invalid rule options).
pub fn lint_error(message: &str) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: None,
        code_description: None,
        source: Some(SOURCE.into()),
        message: format!("not linted: {message}"),
        related_information: None,
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Span};
    use crate::lsp::position::PositionEncoding;

    #[test]
    fn spans_labels_and_help_are_carried_over() {
        let text = "Le le chat.\nLe chat.";
        let index = PositionIndex::new(text, PositionEncoding::Utf16);
        let uri: Uri = "file:///tmp/a.txt".parse().unwrap();
        let diagnostic = Diagnostic::new(
            "repetition.doubled-word",
            Category::Repetition,
            Severity::Warning,
            Span::new(3, 5),
            "`le` is written twice",
        )
        .with_label(Span::new(0, 2), "first written here")
        .with_help("delete the second copy");
        let lsp = to_lsp(&diagnostic, &index, &uri);
        assert_eq!(
            lsp.range,
            Range::new(Position::new(0, 3), Position::new(0, 5))
        );
        assert_eq!(lsp.severity, Some(DiagnosticSeverity::WARNING));
        assert_eq!(
            lsp.code,
            Some(NumberOrString::String("repetition.doubled-word".into()))
        );
        assert_eq!(
            lsp.message,
            "`le` is written twice\nhelp: delete the second copy"
        );
        let related = lsp.related_information.unwrap();
        assert_eq!(
            related[0].location.range,
            Range::new(Position::new(0, 0), Position::new(0, 2))
        );
        assert_eq!(related[0].message, "first written here");
    }
}
