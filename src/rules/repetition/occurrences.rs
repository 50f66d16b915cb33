//! One diagnostic for a thing said many times: the first occurrence is the
//! primary span, every later one a label numbered in reading order, so a
//! person sees the whole pattern at once instead of one finding per copy.

use crate::diagnostic::{Category, Count, Diagnostic, Severity, Span};

/// `spans` in reading order; the first is the primary span. `message`
/// states the number of spans.
pub fn repeated(
    rule: &str,
    severity: Severity,
    spans: &[Span],
    message: Count,
    help: &str,
) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(rule, Category::Repetition, severity, spans[0], "")
        .with_count(message)
        .with_help(help);
    for (i, span) in spans.iter().enumerate().skip(1) {
        diagnostic = diagnostic.with_occurrence(*span, ordinal(i + 1));
    }
    diagnostic
}

/// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `12th`, `13th`, `21st`.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The prose of `span` on one line: line breaks and runs of spaces (where
/// markup was masked) become one space, for quoting in a message.
pub fn quoted(prose: &str) -> String {
    prose.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    #[test]
    fn quoting_collapses_masked_markup() {
        assert_eq!(quoted("  dans   la\nrue "), "dans la rue");
    }
}
