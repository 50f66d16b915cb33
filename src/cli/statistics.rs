//! `--statistics`: how many findings each rule makes, for a team deciding
//! which rules to enable. Counters only: memory does not grow with the
//! number of findings.

use crate::diagnostic::{Category, Severity};
use crate::engine::FileReport;
use crate::render::counted;
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy)]
struct RuleCount {
    category: Category,
    /// The highest severity the rule was reported at.
    severity: Severity,
    count: usize,
    /// Findings `--fix` would fix (a safe suggestion).
    fixable: usize,
}

#[derive(Debug, Default)]
pub struct Statistics {
    by_rule: BTreeMap<String, RuleCount>,
    files: usize,
    files_with_findings: usize,
}

impl Statistics {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        if !report.diagnostics.is_empty() {
            self.files_with_findings += 1;
        }
        for d in &report.diagnostics {
            let entry = self.by_rule.entry(d.rule.clone()).or_insert(RuleCount {
                category: d.category,
                severity: d.severity,
                count: 0,
                fixable: 0,
            });
            entry.count += 1;
            entry.severity = entry.severity.max(d.severity);
            if d.suggestions.iter().any(|s| s.safe) {
                entry.fixable += 1;
            }
        }
    }

    pub fn merge(&mut self, other: Statistics) {
        self.files += other.files;
        self.files_with_findings += other.files_with_findings;
        for (rule, c) in other.by_rule {
            match self.by_rule.get_mut(&rule) {
                Some(mine) => {
                    mine.count += c.count;
                    mine.fixable += c.fixable;
                    mine.severity = mine.severity.max(c.severity);
                }
                None => {
                    self.by_rule.insert(rule, c);
                }
            }
        }
    }

    /// Most frequent first.
    fn rows(&self) -> Vec<(&String, &RuleCount)> {
        let mut rows: Vec<_> = self.by_rule.iter().collect();
        rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        rows
    }

    pub fn human(&self) -> String {
        let rows = self.rows();
        let width = rows
            .iter()
            .map(|(id, _)| id.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let mut out = format!(
            "{:>7} {:>7}  {:width$}  {:<11} severity\n",
            "count", "fixable", "rule", "category"
        );
        for (id, c) in &rows {
            out.push_str(&format!(
                "{:>7} {:>7}  {id:width$}  {:<11} {}\n",
                c.count,
                c.fixable,
                c.category.as_str(),
                c.severity.as_str()
            ));
        }
        let total: usize = rows.iter().map(|(_, c)| c.count).sum();
        out.push_str(&format!(
            "{} from {} in {} of {}.\n",
            counted(total, "finding"),
            counted(rows.len(), "rule"),
            self.files_with_findings,
            counted(self.files, "file"),
        ));
        out
    }

    pub fn json(&self) -> String {
        let rules: Vec<_> = self
            .rows()
            .into_iter()
            .map(|(id, c)| {
                json!({
                    "rule": id,
                    "category": c.category.as_str(),
                    "severity": c.severity.as_str(),
                    "count": c.count,
                    "fixable": c.fixable,
                })
            })
            .collect();
        let value = json!({
            "version": 1,
            "statistics": rules,
            "files": self.files,
            "files_with_findings": self.files_with_findings,
        });
        let mut text = value.to_string();
        text.push('\n');
        text
    }
}
