//! Linting one open document, the way `draftlint check` would lint the
//! file it stands for: the configuration found from its path, its overrides,
//! its excludes, its format from its extension.

use super::config_reload::ConfigWatch;
use super::diagnostics::{config_error, lint_error, to_lsp};
use super::documents::OpenDocument;
use super::position::{PositionEncoding, PositionIndex};
use crate::engine;

/// The largest document the server lints, in bytes. Drafts are a few
/// dozen KB; a buffer of this size is a log or a data file opened by
/// mistake, and linting it on every pause in typing would stall the
/// session. `draftlint check` still lints such a file.
pub const MAX_DOCUMENT: usize = 16 << 20;

/// What to publish for a document, and an error to show the user once.
pub struct Outcome {
    pub diagnostics: Vec<lsp_types::Diagnostic>,
    pub error: Option<String>,
}

/// Lints the document's current text, keeps the findings on it (for hover
/// and code actions) and returns them in LSP form.
pub fn lint_document(
    doc: &mut OpenDocument,
    configs: &ConfigWatch,
    encoding: PositionEncoding,
) -> Outcome {
    doc.pending = None;
    doc.diagnostics.clear();
    if doc.text.len() > MAX_DOCUMENT {
        return Outcome {
            diagnostics: vec![lint_error(&format!(
                "the document is too large to lint ({} MiB; the limit is {} MiB); run `draftlint check` on the file instead",
                doc.text.len() >> 20,
                MAX_DOCUMENT >> 20
            ))],
            error: None,
        };
    }
    let config = match configs.for_path(&doc.path) {
        Ok(config) => config,
        Err(e) => {
            return Outcome {
                diagnostics: vec![config_error(&e)],
                error: Some(format!("draftlint: configuration not loaded: {e}")),
            };
        }
    };
    if config.is_excluded(&doc.path) {
        return Outcome {
            diagnostics: Vec::new(),
            error: None,
        };
    }
    let settings = config.file_settings(&doc.path);
    let report = engine::lint_text(&doc.path, doc.text.clone(), &config, &settings);
    doc.language = report.language;
    if let Some(message) = report.error {
        return Outcome {
            diagnostics: vec![lint_error(&message)],
            error: Some(format!("draftlint: {}: {message}", doc.path.display())),
        };
    }
    doc.diagnostics = report.diagnostics;
    let index = PositionIndex::new(&doc.text, encoding);
    Outcome {
        diagnostics: doc
            .diagnostics
            .iter()
            .map(|d| to_lsp(d, &index, &doc.uri))
            .collect(),
        error: None,
    }
}
