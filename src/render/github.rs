//! `--format github`: GitHub Actions workflow commands, one per finding,
//! which the runner turns into annotations on the pull request's diff:
//!
//! ```text
//! ::warning file=a.md,line=3,col=5,endLine=3,endColumn=12,title=repetition.doubled-word::`the` is written twice
//! ```
//!
//! Severities map to `error`, `warning` and `notice`. Values are escaped as
//! the runner expects (`%`, line breaks, and in properties `:` and `,`).

use super::json::display_path;
use super::{LineIndex, Renderer, Summary, counted};
use crate::diagnostic::Severity;
use crate::engine::FileReport;

pub struct Github;

impl Renderer for Github {
    fn file(&self, report: &FileReport, _index: usize, out: &mut Vec<u8>) {
        let path = display_path(report);
        if let Some(error) = &report.error {
            out.extend_from_slice(
                format!(
                    "::error file={},title=draftlint::{}\n",
                    escape_property(&path),
                    escape_data(&format!("cannot lint {path}: {error}"))
                )
                .as_bytes(),
            );
            return;
        }
        let Some(source) = &report.source else { return };
        let index = LineIndex::new(source);
        for d in &report.diagnostics {
            let start = index.line_col(d.span.start);
            let end = index.line_col(d.span.end);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            out.extend_from_slice(
                format!(
                    "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                    escape_property(&path),
                    start.line,
                    start.column,
                    end.line,
                    end.column,
                    escape_property(&d.rule),
                    escape_data(&message),
                )
                .as_bytes(),
            );
        }
    }

    fn footer(&self, summary: &Summary, out: &mut Vec<u8>) {
        // A plain line: the runner shows it in the log, annotations aside.
        out.extend_from_slice(
            format!(
                "draftlint: {}, {}, {} in {}\n",
                counted(summary.errors, "error"),
                counted(summary.warnings, "warning"),
                counted(summary.infos, "info"),
                counted(summary.files, "file"),
            )
            .as_bytes(),
        );
    }
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_the_runner_parses() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a,b:c.md"), "a%2Cb%3Ac.md");
    }
}
