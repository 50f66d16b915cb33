//! `--format json`: the contract in `shared/contracts/json-output.md`.
//!
//! Version 1. Fields may be added; renaming or removing one bumps `version`.

use super::{LineIndex, Renderer, Summary};
use crate::diagnostic::Span;
use crate::engine::FileReport;
use serde_json::{Value, json};

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
        let value = file_json(report);
        serde_json::to_writer(&mut *out, &value).expect("JSON values always serialise");
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

/// One file's object in the `files` array.
pub fn file_json(report: &FileReport) -> Value {
    let text = report.source.as_deref().unwrap_or("");
    let index = LineIndex::new(text);
    let diagnostics: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut obj = json!({
                "rule": d.rule,
                "category": d.category,
                "severity": d.severity,
                "message": d.message,
                "span": span_json(&index, d.span),
                "labels": d.labels.iter().map(|l| json!({
                    "span": span_json(&index, l.span),
                    "message": l.message,
                })).collect::<Vec<_>>(),
                "suggestions": d.suggestions.iter().map(|s| json!({
                    "replacement": s.replacement,
                    "span": span_json(&index, s.span),
                    "safe": s.safe,
                })).collect::<Vec<_>>(),
                "help": d.help,
            });
            if d.help.is_none() {
                obj["help"] = Value::Null;
            }
            obj
        })
        .collect();
    json!({
        "path": display_path(report),
        "language": report.language,
        "diagnostics": diagnostics,
        "error": report.error,
    })
}

pub fn span_json(index: &LineIndex<'_>, span: Span) -> Value {
    let start = index.line_col(span.start);
    let end = index.line_col(span.end);
    json!({
        "start": span.start,
        "end": span.end,
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
    })
}

/// Paths are shown as given, with `/` separators, without a leading `./`.
pub fn display_path(report: &FileReport) -> String {
    let s = report.path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
