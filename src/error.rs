//! Errors a user can cause in a file of theirs (configuration, rule pack):
//! they carry the file's text and the span to point at, so `main` can render
//! them like any diagnostic, with the line and the fix.

use crate::diagnostic::Span;
use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, thiserror::Error)]
pub struct FileError {
    pub path: PathBuf,
    /// The file's text, when it could be read, to show the offending line.
    pub source_text: Option<String>,
    pub span: Option<Span>,
    pub message: String,
    pub help: Option<String>,
}

impl FileError {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        FileError {
            path: path.into(),
            source_text: None,
            span: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn at(mut self, source_text: &str, span: Option<Span>) -> Self {
        self.source_text = Some(source_text.to_string());
        self.span = span;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// 1-based line of the span, when known.
    pub fn line(&self) -> Option<usize> {
        let text = self.source_text.as_ref()?;
        let span = self.span?;
        let at = span.start.min(text.len());
        Some(
            1 + text.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
        )
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line() {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// Converts a TOML parse or type error into a `FileError` that points at the
/// offending key or value.
pub fn toml_error(path: impl Into<PathBuf>, text: &str, err: &toml::de::Error) -> FileError {
    let span = err.span().map(|r| Span::new(r.start, r.end));
    FileError::new(path, err.message().trim().to_string()).at(text, span)
}
