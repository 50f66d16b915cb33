//! Writing to the terminal: broken pipes end quietly, errors a user caused
//! in a file are shown like diagnostics, pointing at the line.

use crate::error::FileError;
use crate::render::escape::{printable, same_length_printable};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, Styles, StylesWriter};
use std::io::{IsTerminal, Write};
use termcolor::{BufferWriter, ColorChoice};

/// Why a command stopped early.
pub enum Failure {
    /// The reader went away (`draftlint check | head`): not an error.
    BrokenPipe,
    Error(String),
    File(FileError),
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Self {
        Failure::File(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Error(format!("cannot write the output: {e}"))
        }
    }
}

pub fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

fn stderr_choice() -> ColorChoice {
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    }
}

pub fn print_error(message: &str) {
    let diagnostic = Diagnostic::<()>::error().with_message(printable(message));
    emit_to_stderr(&SimpleFile::new("", ""), &diagnostic);
}

/// Renders the diagnostic whole, then writes it to standard error at once:
/// the renderer writes a character at a time, and standard error is not
/// buffered (a configuration line of a megabyte took seconds of system
/// calls to underline).
fn emit_to_stderr(files: &SimpleFile<&str, &str>, diagnostic: &Diagnostic<()>) {
    let stderr = BufferWriter::stderr(stderr_choice());
    let mut buffer = stderr.buffer();
    let styles = Styles::default();
    let mut writer = StylesWriter::new(&mut buffer, &styles);
    let _ = term::emit_to_write_style(&mut writer, &Config::default(), files, diagnostic);
    let _ = stderr.print(&buffer);
}

/// A configuration or pack error, with the offending line underlined.
pub fn print_file_error(error: &FileError) {
    // The configuration may come from a repository we do not control.
    let name = printable(&error.path.display().to_string()).into_owned();
    let text = error.source_text.as_deref().unwrap_or_default();
    let text = same_length_printable(text);
    let files = SimpleFile::new(name.as_str(), text.as_ref());
    let mut diagnostic = Diagnostic::<()>::error().with_message(printable(&error.message));
    match error.span {
        Some(span) if span.end <= text.len() => {
            diagnostic = diagnostic.with_labels(vec![Label::primary((), span.range())]);
        }
        _ => diagnostic = diagnostic.with_message(printable(&error.to_string())),
    }
    if let Some(help) = &error.help {
        diagnostic = diagnostic.with_notes(vec![printable(&format!("help: {help}")).into_owned()]);
    }
    emit_to_stderr(&files, &diagnostic);
}
