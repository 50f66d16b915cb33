//! The `repetition` family: the same word, phrase or sentence opener used
//! over and over.
//!
//! The rules that count across the whole document share [`tokens`]: every
//! word becomes an integer id once, and repetitions are found by hashing
//! runs of ids, so the cost grows linearly with the document.

mod connectors;
mod doubled_word;
mod duplicate_paragraph;
mod echoed_phrase;
mod fast_hash;
mod formula;
mod occurrences;
mod overused_word;
mod phrase;
mod sentence_opener;
pub(crate) mod stopwords;
mod tokens;

pub use doubled_word::DoubledWord;
pub use duplicate_paragraph::DuplicateParagraph;
pub use overused_word::OverusedWord;
pub use phrase::RepeatedPhrase;
pub use sentence_opener::RepeatedOpener;

use crate::rules::Rule;
use std::sync::Arc;

/// Frees what the family's rules share per document (the token stream,
/// eight bytes a word) once the last of them has run: the spelling rules
/// that follow would otherwise run with it still held.
pub fn release(doc: &crate::text::Document<'_>) {
    doc.forget::<tokens::TokenStream>();
}

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(DoubledWord::default()),
        Arc::new(RepeatedPhrase::default()),
        Arc::new(RepeatedOpener::default()),
        Arc::new(DuplicateParagraph::default()),
        Arc::new(OverusedWord::default()),
    ]
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::diagnostic::Diagnostic;
    use crate::markup::MarkupKind;
    use crate::resources::Resources;
    use crate::rules::Rule;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    /// Runs one rule on a Markdown text in a given language.
    pub fn check(rule: &dyn Rule, text: &str, language: Language) -> Vec<Diagnostic> {
        check_as(rule, text, language, MarkupKind::Markdown)
    }

    pub fn check_as(
        rule: &dyn Rule,
        text: &str,
        language: Language,
        kind: MarkupKind,
    ) -> Vec<Diagnostic> {
        let path = match kind {
            MarkupKind::Markdown => Path::new("test.md"),
            MarkupKind::Plain => Path::new("test.txt"),
            MarkupKind::Mdx => Path::new("test.mdx"),
            MarkupKind::Html => Path::new("test.html"),
        };
        run_rule(rule, text, path, language, &Resources::builtin())
    }
}
