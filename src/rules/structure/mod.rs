//! The `structure` family: headings with nothing under them, tables of
//! contents with no entries, Markdown too dense to be read as Markdown.
//!
//! Markdown gives heading levels; plain text does not (every short line
//! without final punctuation is a heading, captions and bylines included),
//! so in plain text only the cases that need no levels are checked.

mod bare_number;
mod bold_leads;
mod bold_titles;
mod closing;
mod dense_markup;
mod empty_section;
mod empty_table_of_contents;
mod outline;
mod parallel_titles;
mod plain_labels;
mod plain_sections;
mod promises;
mod questions;

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

/// Demonstratives that point at the text itself ("this guide", "ce test").
const DEMONSTRATIVES: &[&str] = &["this", "ce", "cet", "cette"];

/// Nouns a text calls itself by: its kind, as a page or a publication.
const DOCUMENT_NOUNS: &[&str] = &[
    "article",
    "post",
    "page",
    "guide",
    "review",
    "test",
    "issue",
    "edition",
    "newsletter",
    "report",
    "letter",
    "bulletin",
    "episode",
    "chapter",
    "tutorial",
    "dossier",
    "numéro",
    "édition",
    "rapport",
    "lettre",
    "épisode",
    "chapitre",
    "tutoriel",
    "comparatif",
    "billet",
];

/// Words that, before "this <text>", place the reader inside it ("In this
/// edition", "Dans ce numéro"); verbs that say what it holds ("What this
/// report covers", "Ce que contient ce dossier"); nouns of a contents
/// ("Au sommaire de ce test").
const CONTENTS_CUES: &[&str] = &[
    "in", "inside", "within", "dans", "covers", "cover", "contains", "includes", "couvre",
    "contient", "comprend", "aborde", "sommaire", "contents", "menu",
];

/// Cues of contents that place the reader inside the text: a title
/// naming something else before them ("Links mentioned in this
/// episode", "Guests in this issue") lists those things, not the
/// text's parts.
const PLACING_CUES: &[&str] = &["in", "inside", "within", "dans"];

/// Words a title naming its text's contents may open with before a
/// placing cue ("What's in this issue", "Also in this edition", "Ce qu'il
/// y a dans ce numéro", "Coming up in this episode").
const CONTENTS_OPENERS: &[&str] = &[
    "what",
    "s",
    "is",
    "also",
    "here",
    "coming",
    "up",
    "next",
    "ce",
    "qu",
    "que",
    "il",
    "y",
    "a",
    "aussi",
    "à",
    "lire",
    "au",
    "programme",
    "encore",
];

/// Most words of a title naming its text's contents.
const MAX_CONTENTS_TITLE_WORDS: usize = 6;

/// Whether a title points at its own text's contents in words no list
/// holds: a demonstrative and a noun for the text ("this issue", "ce
/// test") with a cue of contents before it or in it (a preposition
/// placing the reader inside, a verb of containing, a noun of contents).
/// A title about the text ("Why this guide", "About this report") has no
/// such cue.
fn names_its_own_contents(key: &str) -> bool {
    let words: Vec<&str> = key.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
    words.len() <= MAX_CONTENTS_TITLE_WORDS
        && words
            .windows(2)
            .any(|pair| DEMONSTRATIVES.contains(&pair[0]) && DOCUMENT_NOUNS.contains(&pair[1]))
        && words.iter().any(|w| CONTENTS_CUES.contains(w))
        && words
            .iter()
            .position(|w| PLACING_CUES.contains(w))
            .is_none_or(|at| words[..at].iter().all(|w| CONTENTS_OPENERS.contains(w)))
}

pub(crate) fn is_toc_heading(doc: &Document<'_>, span: crate::diagnostic::Span) -> bool {
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
        // A sentence ("In this issue, we look back.") is no title.
        let sentence = prose.trim_end().ends_with(['.', '!', ',', ';', ':']);
        if !sentence && names_its_own_contents(&key) {
            return true;
        }
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
            // Titles pointing at their own text's contents.
            ("## Inside this edition\n", true),
            ("## Ce que couvre ce comparatif\n", true),
            ("**Dans cette lettre**\n", true),
            ("## Why this guide\n", false),
            ("## About this report\n", false),
            ("## What's in this issue\n", true),
            ("## Links mentioned in this episode\n", false),
            ("## Invités de ce numéro\n", false),
            ("Inside this edition, a look back.\n", false),
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
