//! `--fix`: applying safe suggestions to a text. The engine side only:
//! edits are computed and applied in memory here; the CLI writes files.
//!
//! Only suggestions marked `safe` by their rule are applied (deleting a
//! doubled word, a substitution's replacement, a whole line of web-page
//! widget that a pack marks safe: see `rules/pack/deletion.rs`). Edits that overlap an earlier one are left for the next
//! pass: after each pass the text is linted again, until nothing safe is
//! left or [`MAX_PASSES`] is reached, so a fix never applies to text that
//! another fix already changed.

use crate::config::{Config, FileSettings};
use crate::diagnostic::{Diagnostic, Span};
use crate::engine::{self, FileReport};

/// Enough for chains of fixes ("the the the"); a rule whose fix keeps
/// producing new findings cannot loop forever.
pub const MAX_PASSES: usize = 8;

/// One replacement of a span of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub rule: String,
    pub span: Span,
    pub replacement: String,
}

/// An edit that was applied, described for the person running `--fix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub rule: String,
    /// 1-based line in the text the edit applied to (the original for the
    /// first pass).
    pub line: usize,
    pub original: String,
    pub replacement: String,
}

/// The result of fixing one file.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// The report on the fixed text: what is left.
    pub report: FileReport,
    /// The text before any fix.
    pub original: String,
    pub applied: Vec<Applied>,
}

impl Fixed {
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }

    pub fn text(&self) -> &str {
        self.report.source.as_deref().unwrap_or(&self.original)
    }
}

/// The safe suggestions of `diagnostics`, sorted, with every edit that
/// overlaps an earlier one dropped.
pub fn safe_edits(diagnostics: &[Diagnostic]) -> Vec<Edit> {
    let mut edits: Vec<Edit> = diagnostics
        .iter()
        .flat_map(|d| {
            d.suggestions.iter().filter(|s| s.safe).map(|s| Edit {
                rule: d.rule.clone(),
                span: s.span,
                replacement: s.replacement.clone(),
            })
        })
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        let conflicts = kept.last().is_some_and(|last| {
            edit.span.start < last.span.end
                // Two insertions at one point: their order would be a guess.
                || (edit.span.start == last.span.start && (edit.span.is_empty() || last.span.is_empty()))
        });
        if !conflicts {
            kept.push(edit);
        }
    }
    kept
}

/// Applies sorted, non-overlapping edits.
pub fn apply(source: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut cursor = 0;
    for edit in edits {
        out.push_str(&source[cursor..edit.span.start]);
        out.push_str(&edit.replacement);
        cursor = edit.span.end;
    }
    out.push_str(&source[cursor..]);
    out
}

/// Applies safe fixes to a linted file until none is left, linting again
/// after each pass. `report` must come from linting `report.source` with
/// `config` and `settings`.
pub fn fix_report(report: FileReport, config: &Config, settings: &FileSettings) -> Fixed {
    let original = report.source.clone().unwrap_or_default();
    let mut report = report;
    let mut applied = Vec::new();
    for _ in 0..MAX_PASSES {
        let Some(text) = report.source.as_deref() else {
            break;
        };
        let edits = safe_edits(&report.diagnostics);
        if edits.is_empty() {
            break;
        }
        // Edits come in order: count lines from one to the next, not from
        // the start of the file each time (a file may have thousands).
        let (mut line, mut counted) = (1, 0);
        for edit in &edits {
            line += text[counted..edit.span.start].matches('\n').count();
            counted = edit.span.start;
            applied.push(Applied {
                rule: edit.rule.clone(),
                line,
                original: text[edit.span.range()].to_string(),
                replacement: edit.replacement.clone(),
            });
        }
        let fixed = apply(text, &edits);
        let path = report.path.clone();
        report = engine::lint_text(&path, fixed, config, settings);
    }
    Fixed {
        report,
        original,
        applied,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Severity};

    fn with_fix(start: usize, end: usize, replacement: &str, safe: bool) -> Diagnostic {
        Diagnostic::new(
            "r.x",
            Category::Style,
            Severity::Warning,
            Span::new(start, end),
            "m",
        )
        .with_suggestion(Span::new(start, end), replacement, safe)
    }

    #[test]
    fn keeps_safe_non_overlapping_edits_in_order() {
        let found = vec![
            with_fix(10, 12, "b", true),
            with_fix(0, 4, "a", true),
            with_fix(2, 6, "overlaps", true),
            with_fix(6, 8, "unsafe", false),
        ];
        let edits = safe_edits(&found);
        let spans: Vec<(usize, usize)> = edits.iter().map(|e| (e.span.start, e.span.end)).collect();
        assert_eq!(spans, vec![(0, 4), (10, 12)]);
        assert_eq!(apply("0123456789XYZ", &edits), "a456789bZ");
    }

    #[test]
    fn adjacent_deletions_both_apply() {
        // "the the the": both extra copies go in one pass.
        let found = vec![with_fix(3, 7, "", true), with_fix(7, 11, "", true)];
        assert_eq!(apply("the the the end", &safe_edits(&found)), "the end");
    }
}
