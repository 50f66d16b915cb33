//! Where a rule puts its findings: a list that stops growing at a limit.
//!
//! A draft of nothing but doubled words has a finding every three bytes; a
//! few hundred thousand findings of one rule help nobody and used to cost
//! gigabytes (each finding owns its message, labels and suggestions, and
//! every renderer copies them). So the engine gives each rule a [`Findings`]
//! that keeps the first [`MAX_FINDINGS_PER_RULE`] and only counts the rest,
//! and [`Findings::into_vec`] adds one summary finding of the same rule
//! saying how many were left out. The limit is applied while the rule runs,
//! not after: a finding over the limit is dropped as soon as it is made, so
//! memory stays proportional to the text, whatever it holds.

use crate::diagnostic::{Diagnostic, Severity, Span};

/// The most findings one rule reports in one file (then one summary).
pub const MAX_FINDINGS_PER_RULE: usize = 1_000;
/// The most related places one finding labels (a word repeated all over a
/// file); the last label says how many more there are.
pub const MAX_LABELS_PER_FINDING: usize = 100;

pub struct Findings {
    kept: Vec<Diagnostic>,
    limit: usize,
    /// Findings over the limit, counted and dropped.
    left_out: usize,
    /// Where the first of them was: the summary points there.
    first_left_out: Option<Span>,
    /// The span of the last finding pushed: a rule that reports one span
    /// twice has one finding there (the engine drops the copy), so a copy
    /// is not counted.
    last_span: Option<Span>,
}

impl Findings {
    /// Keeps at most `limit` findings (at least one).
    pub fn with_limit(limit: usize) -> Findings {
        Findings {
            kept: Vec::new(),
            limit: limit.max(1),
            left_out: 0,
            first_left_out: None,
            last_span: None,
        }
    }

    /// Keeps every finding: for tests and rule examples.
    pub fn unlimited() -> Findings {
        Findings::with_limit(usize::MAX)
    }

    pub fn push(&mut self, mut diagnostic: Diagnostic) {
        let repeated = self.last_span == Some(diagnostic.span);
        self.last_span = Some(diagnostic.span);
        if self.kept.len() < self.limit {
            cap_labels(&mut diagnostic);
            self.kept.push(diagnostic);
        } else if !repeated {
            self.left_out += 1;
            self.first_left_out.get_or_insert(diagnostic.span);
        }
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        for diagnostic in diagnostics {
            self.push(diagnostic);
        }
    }

    /// How many findings are kept.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// A kept finding, to add a label to it.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut Diagnostic> {
        self.kept.get_mut(index)
    }

    /// The kept findings, then, if some were left out, one summary finding
    /// (severity info) of the same rule at the first of them.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        let mut kept = self.kept;
        if let (Some(span), Some(model)) = (self.first_left_out, kept.first()) {
            let count = self.left_out;
            let summary = Diagnostic::new(
                model.rule.clone(),
                model.category,
                Severity::Info,
                span,
                format!(
                    "{count} more {} of `{}` in this file not shown",
                    if count == 1 { "finding" } else { "findings" },
                    model.rule
                ),
            )
            .with_help(format!(
                "draftlint reports at most {} findings of one rule in one file; fix these and lint again",
                self.limit
            ));
            kept.push(summary);
        }
        kept
    }
}

/// Keeps the first [`MAX_LABELS_PER_FINDING`] labels; the last one kept
/// also counts the others.
fn cap_labels(diagnostic: &mut Diagnostic) {
    let labels = &mut diagnostic.labels;
    if labels.len() <= MAX_LABELS_PER_FINDING {
        return;
    }
    let more = labels.len() - MAX_LABELS_PER_FINDING;
    labels.truncate(MAX_LABELS_PER_FINDING);
    labels.shrink_to_fit();
    if let Some(last) = labels.last_mut() {
        last.message = format!("{}, and {more} more not shown", last.message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Category;

    fn finding(start: usize) -> Diagnostic {
        Diagnostic::new(
            "repetition.doubled-word",
            Category::Repetition,
            Severity::Warning,
            Span::new(start, start + 2),
            "`le` is written twice",
        )
    }

    #[test]
    fn findings_over_the_limit_become_one_summary_at_the_first_left_out() {
        let mut findings = Findings::with_limit(3);
        findings.extend((0..10).map(|i| finding(i * 10)));
        assert_eq!(findings.len(), 3);
        let all = findings.into_vec();
        assert_eq!(all.len(), 4);
        let summary = &all[3];
        assert_eq!(summary.rule, "repetition.doubled-word");
        assert_eq!(summary.severity, Severity::Info);
        assert_eq!(summary.span, Span::new(30, 32));
        assert_eq!(
            summary.message,
            "7 more findings of `repetition.doubled-word` in this file not shown"
        );
    }

    #[test]
    fn a_finding_labels_at_most_a_hundred_places() {
        let mut many = finding(0);
        for i in 1..=250 {
            many = many.with_label(Span::new(i * 10, i * 10 + 2), "also here");
        }
        let mut findings = Findings::unlimited();
        findings.push(many);
        let kept = findings.into_vec().remove(0);
        assert_eq!(kept.labels.len(), MAX_LABELS_PER_FINDING);
        assert_eq!(kept.labels[98].message, "also here");
        assert_eq!(kept.labels[99].message, "also here, and 150 more not shown");
    }

    #[test]
    fn under_the_limit_nothing_is_added_and_copies_are_not_counted() {
        let mut findings = Findings::with_limit(2);
        findings.push(finding(0));
        findings.push(finding(10));
        assert_eq!(findings.into_vec().len(), 2);

        let mut findings = Findings::with_limit(2);
        findings.push(finding(0));
        findings.push(finding(10));
        findings.push(finding(10));
        findings.push(finding(20));
        let all = findings.into_vec();
        assert_eq!(
            all[2].message,
            "1 more finding of `repetition.doubled-word` in this file not shown"
        );
    }
}
