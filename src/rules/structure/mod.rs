//! The `structure` family: headings with nothing under them, tables of
//! contents with no entries, Markdown too dense to be read as Markdown.
//!
//! Markdown gives heading levels; plain text does not (every short line
//! without final punctuation is a heading, captions and bylines included),
//! so in plain text only the cases that need no levels are checked.

mod bold_titles;
mod dense_markup;
mod empty_section;
mod empty_table_of_contents;
mod plain_sections;

pub use dense_markup::DenseMarkup;
pub use empty_section::EmptySection;
pub use empty_table_of_contents::EmptyTableOfContents;

use crate::rules::Rule;
use crate::text::Document;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(DenseMarkup::default()),
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
    heading_key_chars(doc.prose(span)).collect()
}

/// The characters of [`heading_key`], produced lazily: comparing them with
/// each title allocates nothing (this runs on every heading).
fn heading_key_chars(prose: &str) -> impl Iterator<Item = char> + '_ {
    let mut after_space = false;
    prose
        .trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .filter_map(move |c| {
            let space = c.is_whitespace();
            let skip = space && after_space;
            after_space = space;
            match c {
                _ if skip => None,
                _ if space => Some(' '),
                _ if crate::text::is_apostrophe(c) => Some('\''),
                _ => Some(c),
            }
        })
        .flat_map(char::to_lowercase)
}

/// Table-of-contents titles are a few words: longer headings are not
/// compared at all.
const MAX_TOC_TITLE_BYTES: usize = 48;

/// Table-of-contents titles that take a qualifier naming the document
/// ("Sommaire du rapport", "Contents of this guide").
const QUALIFIED_TOC_TITLES: &[&str] = &[
    "sommaire",
    "table des matières",
    "contents",
    "table of contents",
];

/// What joins such a title to the document it names: "of the" is left
/// out ("Contents of the box" is a section about a box).
const TOC_QUALIFIERS: &[&str] = &[
    " du ",
    " de ce ",
    " de cet ",
    " de cette ",
    " de la ",
    " de l'",
    " de notre ",
    " of this ",
    " of our ",
];

fn is_toc_heading(doc: &Document<'_>, span: crate::diagnostic::Span) -> bool {
    if span.len() > MAX_TOC_TITLE_BYTES {
        return false;
    }
    let prose = doc.prose(span);
    let first = heading_key_chars(prose).next();
    let exact = TOC_TITLES
        .iter()
        .any(|title| title.chars().next() == first && heading_key_chars(prose).eq(title.chars()));
    exact || {
        let key: String = heading_key_chars(prose).collect();
        QUALIFIED_TOC_TITLES.iter().any(|title| {
            key.strip_prefix(title).is_some_and(|rest| {
                let rest = format!("{rest} ");
                TOC_QUALIFIERS.iter().any(|q| rest.starts_with(q))
                    && rest.split_whitespace().count() <= 3
            })
        })
    }
}

fn has_heading_levels(doc: &Document<'_>) -> bool {
    doc.read_as().has_heading_levels()
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
        let key = heading_key(&doc, doc.blocks()[0].span());
        assert_eq!(key, "table des matières");
        assert!(is_toc_heading(&doc, doc.blocks()[0].span()));
    }

    #[test]
    fn toc_titles_match_across_spaces_and_apostrophes() {
        for (text, toc) in [
            ("## « Contenu  de l’article » :\n", true),
            ("## CONTENTS\n", true),
            ("## Contents of the box\n", false),
            ("**Sommaire de ce numéro**\n", true),
            ("## Contents of this guide\n", true),
            (
                "## Sommaire des délibérations et des votes du conseil\n",
                false,
            ),
        ] {
            let markup = markup::parse(text, MarkupKind::Markdown);
            let doc = Document::new(Path::new("a.md"), text, markup, None, Language::Fr);
            assert_eq!(is_toc_heading(&doc, doc.blocks()[0].span()), toc, "{text}");
        }
    }
}
