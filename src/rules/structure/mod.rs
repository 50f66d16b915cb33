//! The `structure` family: headings with nothing under them, tables of
//! contents with no entries.
//!
//! Markdown gives heading levels; plain text does not (every short line
//! without final punctuation is a heading, captions and bylines included),
//! so in plain text only the cases that need no levels are checked.

mod empty_section;
mod empty_table_of_contents;

pub use empty_section::EmptySection;
pub use empty_table_of_contents::EmptyTableOfContents;

use crate::markup::MarkupKind;
use crate::rules::Rule;
use crate::text::Document;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(EmptySection::default()),
        Arc::new(EmptyTableOfContents::default()),
    ]
}

/// Headings that announce a table of contents, in French and English.
const TOC_TITLES: &[&str] = &[
    "sommaire",
    "au sommaire",
    "table des matières",
    "dans cet article",
    "dans ce dossier",
    "contenu de l'article",
    "contents",
    "table of contents",
    "in this article",
    "on this page",
    "in this guide",
    "jump to",
];

/// A heading's text, lowercased, apostrophes unified, without the
/// punctuation around it: what headings are compared by.
fn heading_key(doc: &Document<'_>, span: crate::diagnostic::Span) -> String {
    crate::text::normalize_apostrophes(doc.prose(span))
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn is_toc_title(key: &str) -> bool {
    TOC_TITLES.contains(&key)
}

/// Table-of-contents titles are a few words: longer headings are not
/// normalised at all (this runs on every heading).
const MAX_TOC_TITLE_BYTES: usize = 48;

fn is_toc_heading(doc: &Document<'_>, span: crate::diagnostic::Span) -> bool {
    span.len() <= MAX_TOC_TITLE_BYTES && is_toc_title(&heading_key(doc, span))
}

fn has_heading_levels(doc: &Document<'_>) -> bool {
    MarkupKind::from_path(doc.path) == MarkupKind::Markdown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::{Document, Language};
    use std::path::Path;

    #[test]
    fn heading_keys_ignore_case_and_punctuation() {
        let text = "## Table des matières :\n";
        let markup = markup::parse(text, MarkupKind::Markdown);
        let doc = Document::new(
            Path::new("a.md"),
            text,
            markup,
            Some(Language::Fr),
            Language::Fr,
        );
        let key = heading_key(&doc, doc.blocks()[0].span);
        assert_eq!(key, "table des matières");
        assert!(is_toc_title(&key));
    }
}
