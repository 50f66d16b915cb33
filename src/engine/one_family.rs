//! One defect, one family. A page's cut leaves a stem (`… the best pie in
//! the coun`) that the spelling rules report as an unknown word and the
//! truncation rules as a cut: two findings, one in the wrong family, for a
//! single defect whose fix is to restore or delete the excerpt, not to
//! correct a word. Where a truncation finding claims the word, the spelling
//! finding goes.

use crate::diagnostic::{Category, Diagnostic};

/// Drops the spelling findings that lie inside a truncation finding's span.
pub fn drop_spelling_of_cut_words(diagnostics: &mut Vec<Diagnostic>) {
    let cuts: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.category == Category::Truncation)
        .map(|d| d.span)
        .collect();
    if cuts.is_empty() {
        return;
    }
    diagnostics.retain(|d| {
        d.category != Category::Spelling || !cuts.iter().any(|cut| cut.contains(d.span))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Severity, Span};

    fn finding(rule: &str, category: Category, start: usize, end: usize) -> Diagnostic {
        Diagnostic::new(
            rule,
            category,
            Severity::Warning,
            Span::new(start, end),
            "m",
        )
    }

    #[test]
    fn the_cut_keeps_the_word_and_other_misspellings_stay() {
        let mut found = vec![
            finding("spelling.unknown-word", Category::Spelling, 10, 14),
            finding("truncation.cut-teaser", Category::Truncation, 10, 17),
            finding("spelling.unknown-word", Category::Spelling, 30, 35),
            finding("repetition.doubled-word", Category::Repetition, 11, 13),
        ];
        drop_spelling_of_cut_words(&mut found);
        let rules: Vec<_> = found
            .iter()
            .map(|d| (d.rule.as_str(), d.span.start))
            .collect();
        assert_eq!(
            rules,
            vec![
                ("truncation.cut-teaser", 10),
                ("spelling.unknown-word", 30),
                ("repetition.doubled-word", 11),
            ]
        );
    }
}
