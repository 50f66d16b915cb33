//! `--format json`: the contract in `shared/contracts/json-output.md`.
//!
//! Version 1. Fields may be added; renaming or removing one bumps `version`.

use super::{LineIndex, Renderer, Summary};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::engine::FileReport;
use crate::text::Language;
use serde::{Serialize, Serializer};
use serde_json::json;

pub const JSON_VERSION: u32 = 1;

pub struct Json;

impl Renderer for Json {
    fn header(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(
            format!(
                "{{\"version\":{JSON_VERSION},\"tool\":{{\"name\":\"draftlint\",\"version\":\"{}\"}},\"files\":[",
                env!("CARGO_PKG_VERSION")
            )
            .as_bytes(),
        );
    }

    fn file(&self, report: &FileReport, index: usize, out: &mut Vec<u8>) {
        if index > 0 {
            out.push(b',');
        }
        let text = report.source.as_deref().unwrap_or("");
        let lines = LineIndex::new(text);
        serde_json::to_writer(&mut *out, &FileJson::new(report, &lines))
            .expect("plain data always serialises");
    }

    fn footer(&self, summary: &Summary, out: &mut Vec<u8>) {
        let summary = json!({
            "files": summary.files,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
        });
        out.extend_from_slice(b"],\"summary\":");
        serde_json::to_writer(&mut *out, &summary).expect("JSON values always serialise");
        out.extend_from_slice(b"}\n");
    }
}

// The objects of the contract, in its field order, borrowing from the
// report and written straight to the output: a `serde_json::Value` tree of
// 1,000 findings with 100 labels each took 40 times the memory of the
// text it printed.

/// One file's object in the `files` array.
#[derive(Serialize)]
struct FileJson<'a> {
    path: String,
    language: Option<Language>,
    #[serde(serialize_with = "each_diagnostic")]
    diagnostics: (&'a [Diagnostic], &'a LineIndex<'a>),
    error: &'a Option<String>,
}

impl<'a> FileJson<'a> {
    fn new(report: &'a FileReport, lines: &'a LineIndex<'a>) -> Self {
        FileJson {
            path: display_path(report),
            language: report.language,
            diagnostics: (&report.diagnostics, lines),
            error: &report.error,
        }
    }
}

fn each_diagnostic<S: Serializer>(
    (diagnostics, lines): &(&[Diagnostic], &LineIndex<'_>),
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(diagnostics.iter().map(|d| {
        DiagnosticJson {
            rule: &d.rule,
            category: d.category,
            severity: d.severity,
            message: &d.message,
            span: SpanJson::new(lines, d.span),
            labels: d
                .labels
                .iter()
                .map(|l| LabelJson {
                    span: SpanJson::new(lines, l.span),
                    message: &l.message,
                })
                .collect(),
            suggestions: d
                .suggestions
                .iter()
                .map(|s| SuggestionJson {
                    replacement: &s.replacement,
                    span: SpanJson::new(lines, s.span),
                    safe: s.safe,
                })
                .collect(),
            help: &d.help,
        }
    }))
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    rule: &'a str,
    category: Category,
    severity: Severity,
    message: &'a str,
    span: SpanJson,
    labels: Vec<LabelJson<'a>>,
    suggestions: Vec<SuggestionJson<'a>>,
    help: &'a Option<String>,
}

#[derive(Serialize)]
struct LabelJson<'a> {
    span: SpanJson,
    message: &'a str,
}

#[derive(Serialize)]
struct SuggestionJson<'a> {
    replacement: &'a str,
    span: SpanJson,
    safe: bool,
}

/// A span with its lines and columns (1-based, columns in characters).
#[derive(Serialize)]
pub struct SpanJson {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

impl SpanJson {
    pub fn new(lines: &LineIndex<'_>, span: Span) -> Self {
        let start = lines.line_col(span.start);
        let end = lines.line_col(span.end);
        SpanJson {
            start: span.start,
            end: span.end,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

/// Paths are shown as given, with `/` separators, without a leading `./`.
pub fn display_path(report: &FileReport) -> String {
    let s = report.path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
