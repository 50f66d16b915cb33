//! What the pack rules already report: one defect, one finding.

use crate::diagnostic::{Category, Severity, Span};
use crate::rules::RuleContext;

/// The places promo findings at warning or above point at (their spans
/// and labels), to ask "does another rule already report this line?" in
/// logarithmic time: a hostile draft has thousands of findings and lines.
pub struct Claimed {
    /// Sorted by start.
    spans: Vec<Span>,
    /// `max_end[k]`: the largest end among `spans[..k]`.
    max_end: Vec<usize>,
}

impl Claimed {
    pub fn of(ctx: &RuleContext<'_>) -> Claimed {
        let mut spans: Vec<Span> = ctx
            .earlier
            .iter()
            .filter(|d| d.category == Category::Promo && d.severity >= Severity::Warning)
            .flat_map(|d| std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)))
            .collect();
        spans.sort_by_key(|s| s.start);
        let mut max_end = Vec::with_capacity(spans.len() + 1);
        max_end.push(0);
        for span in &spans {
            let last = max_end.last().copied().unwrap_or(0);
            max_end.push(last.max(span.end));
        }
        Claimed { spans, max_end }
    }

    /// Whether some claimed place overlaps `span`.
    pub fn overlaps(&self, span: Span) -> bool {
        let before_end = self.spans.partition_point(|s| s.start < span.end);
        self.max_end[before_end] > span.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_found_among_sorted_spans() {
        let claimed = Claimed {
            spans: vec![Span::new(0, 50), Span::new(10, 12), Span::new(60, 70)],
            max_end: vec![0, 50, 50, 70],
        };
        assert!(claimed.overlaps(Span::new(40, 45)));
        assert!(!claimed.overlaps(Span::new(50, 60)));
        assert!(claimed.overlaps(Span::new(69, 80)));
        assert!(!claimed.overlaps(Span::new(70, 80)));
    }
}
