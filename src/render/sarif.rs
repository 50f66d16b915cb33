//! `--format sarif`: SARIF 2.1.0, the format code-scanning services read.
//!
//! One run. Results are streamed file by file like every other format;
//! `tool.driver.rules` and `invocations` come after them in the same object
//! (key order does not matter in JSON), so the rules seen only in a
//! project's own packs and the files that could not be read can be listed
//! at the end without holding every result in memory.
//!
//! - Columns count Unicode code points (`columnKind`), as in the JSON output.
//! - Each result carries a `partialFingerprints` entry, the baseline
//!   fingerprint, so a service tracks a finding across edits.
//! - Suggestions become `fixes`; `properties.safe` tells which ones
//!   `--fix` applies.
//! - A file that could not be read is a `toolExecutionNotifications` entry
//!   and makes `executionSuccessful` false.
//!
//! `tests/data/sarif-schema-2.1.0.json` is the official schema; the output is
//! validated against it by `.ci/sarif-schema-test.sh`.

use super::json::display_path;
use super::{LineIndex, Renderer, Summary};
use crate::baseline::fingerprint;
use crate::diagnostic::{Severity, Span};
use crate::engine::FileReport;
use crate::rules::{Catalogue, RuleMeta};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
pub const FINGERPRINT_KEY: &str = "draftlintFingerprint/v1";

pub struct Sarif {
    /// `tool.driver.rules`, one per rule id, in catalogue order.
    rules: Vec<Value>,
    index: HashMap<String, usize>,
    /// Ids found in reports but not in the catalogue (a project's packs).
    extra_rules: Mutex<BTreeSet<String>>,
    /// Files that could not be linted: (output position, notification).
    notifications: Mutex<Vec<(usize, Value)>>,
}

impl Sarif {
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut rules: Vec<Value> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut languages: Vec<Vec<&'static str>> = Vec::new();
        for rule in catalogue.rules() {
            let meta = rule.meta();
            let language = meta.language.map_or("all", |l| l.code());
            if let Some(&i) = index.get(&meta.id) {
                languages[i].push(language);
                continue;
            }
            index.insert(meta.id.clone(), rules.len());
            rules.push(rule_json(meta));
            languages.push(vec![language]);
        }
        for (rule, langs) in rules.iter_mut().zip(languages) {
            rule["properties"]["languages"] = json!(langs);
        }
        Sarif {
            rules,
            index,
            extra_rules: Mutex::new(BTreeSet::new()),
            notifications: Mutex::new(Vec::new()),
        }
    }
}

/// SARIF's levels are `error`, `warning`, `note` and `none`: our `info`,
/// called `info` everywhere else, is SARIF's `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_json(meta: &RuleMeta) -> Value {
    json!({
        "id": meta.id,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.summary},
        "help": {"text": meta.docs, "markdown": meta.docs},
        "defaultConfiguration": {
            "enabled": meta.default_enabled,
            "level": level(meta.default_severity),
        },
        "properties": {
            "category": meta.category.as_str(),
            "tags": [meta.category.as_str()],
            "fixable": meta.fixable,
        },
    })
}

impl Renderer for Sarif {
    fn header(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(
            format!(
                "{{\"$schema\":\"{SARIF_SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"columnKind\":\"unicodeCodePoints\",\"results\":["
            )
            .as_bytes(),
        );
    }

    fn separator(&self) -> &'static [u8] {
        b","
    }

    fn file(&self, report: &FileReport, index: usize, out: &mut Vec<u8>) {
        let path = display_path(report);
        let uri = file_uri(&path);
        if let Some(error) = &report.error {
            let notification = json!({
                "level": "error",
                "message": {"text": format!("cannot lint {path}: {error}")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            });
            self.notifications
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((index, notification));
            return;
        }
        let Some(source) = &report.source else { return };
        let lines = LineIndex::new(source);
        let location = |span: Span| {
            json!({"physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": region(&lines, source, span),
            }})
        };
        let key = crate::baseline::key_path(&path);
        for (i, d) in report.diagnostics.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let mut result = json!({
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [location(d.span)],
                "partialFingerprints": {
                    FINGERPRINT_KEY: fingerprint(&d.rule, &key, source, d.span),
                },
                "properties": {"category": d.category.as_str()},
            });
            match self.index.get(&d.rule) {
                Some(&rule_index) => result["ruleIndex"] = json!(rule_index),
                None => {
                    self.extra_rules
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(d.rule.clone());
                }
            }
            if let Some(help) = &d.help {
                result["properties"]["help"] = json!(help);
            }
            if !d.labels.is_empty() {
                result["relatedLocations"] = d
                    .labels
                    .iter()
                    .enumerate()
                    .map(|(n, l)| {
                        let mut related = location(l.span);
                        related["id"] = json!(n + 1);
                        related["message"] = json!({"text": l.message});
                        related
                    })
                    .collect();
            }
            if !d.suggestions.is_empty() {
                result["fixes"] = d
                    .suggestions
                    .iter()
                    .map(|s| {
                        let original = &source[s.span.range()];
                        let description = if s.replacement.is_empty() || original.is_empty() {
                            super::describe_edit(original, &s.replacement)
                        } else {
                            format!("replace `{original}` with `{}`", s.replacement)
                        };
                        json!({
                            "description": {"text": description},
                            "artifactChanges": [{
                                "artifactLocation": {"uri": uri},
                                "replacements": [{
                                    "deletedRegion": region(&lines, source, s.span),
                                    "insertedContent": {"text": s.replacement},
                                }],
                            }],
                            "properties": {"safe": s.safe},
                        })
                    })
                    .collect();
            }
            serde_json::to_writer(&mut *out, &result).expect("JSON values always serialise");
        }
    }

    fn footer(&self, summary: &Summary, out: &mut Vec<u8>) {
        let mut rules = self.rules.clone();
        for id in self
            .extra_rules
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            rules.push(json!({"id": id}));
        }
        let mut notifications =
            std::mem::take(&mut *self.notifications.lock().unwrap_or_else(|e| e.into_inner()));
        notifications.sort_by_key(|(i, _)| *i);
        let tool = json!({"driver": {
            "name": "draftlint",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        }});
        let invocation = json!({
            "executionSuccessful": summary.unreadable == 0,
            "toolExecutionNotifications": notifications.into_iter().map(|(_, n)| n).collect::<Vec<_>>(),
        });
        out.extend_from_slice(b"],\"tool\":");
        serde_json::to_writer(&mut *out, &tool).expect("JSON values always serialise");
        out.extend_from_slice(b",\"invocations\":[");
        serde_json::to_writer(&mut *out, &invocation).expect("JSON values always serialise");
        out.extend_from_slice(b"]}]}\n");
    }
}

fn region(lines: &LineIndex<'_>, source: &str, span: Span) -> Value {
    let start = lines.line_col(span.start);
    let end = lines.line_col(span.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "snippet": {"text": source.get(span.range()).unwrap_or("")},
    })
}

/// A relative path as a URI reference: `/` kept, everything outside the
/// unreserved set percent-encoded. Absolute paths become `file://` URIs.
pub fn file_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(file_uri("docs/été 1.md"), "docs/%C3%A9t%C3%A9%201.md");
        assert_eq!(file_uri("/tmp/a.md"), "file:///tmp/a.md");
    }
}
