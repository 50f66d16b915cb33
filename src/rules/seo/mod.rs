//! The `seo` family: what a search engine shows of an article, checked in
//! its metadata (front matter `title`/`description`, or an HTML page's
//! `<title>` and `<meta name="description">`).
//!
//! Off by default (`[rules.seo] enabled = true` turns it on for a site's
//! repository). Its rules use the `structure` category: the JSON contract's
//! list of categories is fixed, and these are about the page's parts, not
//! its wording. Findings point at the exact value in the front matter.

mod description_length;
mod missing_metadata;
mod slug_mismatch;
mod title_length;
mod title_repeated;

pub use description_length::DescriptionLength;
pub use missing_metadata::MissingMetadata;
pub use slug_mismatch::SlugMismatch;
pub use title_length::TitleLength;
pub use title_repeated::TitleRepeated;

use crate::markup::{MarkupKind, MetaField};
use crate::rules::Rule;
use crate::text::Document;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(TitleLength::default()),
        Arc::new(DescriptionLength::default()),
        Arc::new(MissingMetadata::default()),
        Arc::new(TitleRepeated::default()),
        Arc::new(SlugMismatch::default()),
    ]
}

/// Plain text has no metadata to check.
fn has_metadata(doc: &Document<'_>) -> bool {
    MarkupKind::from_path(doc.path) != MarkupKind::Plain
}

/// A metadata field with a non-blank value.
fn field<'d>(doc: &'d Document<'_>, key: &str) -> Option<&'d MetaField> {
    doc.markup
        .metadata
        .field(key)
        .filter(|f| !f.value.trim().is_empty())
}

/// Length as a reader (and a search engine) counts it: characters.
fn chars(text: &str) -> usize {
    text.trim().chars().count()
}

/// Lowercase words of letters and digits, accents removed: what a slug is
/// made of (`L'été à Paris` → `l`, `ete`, `a`, `paris`).
fn slug_words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect();
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' | 'ý' => 'y',
        'ñ' => 'n',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_words_fold_case_and_accents() {
        assert_eq!(
            slug_words("L’été à Paris-Plage"),
            ["l", "ete", "a", "paris", "plage"]
        );
    }
}
