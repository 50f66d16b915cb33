//! The language of each paragraph, when it is not the document's.
//!
//! A French article quotes an English paragraph; an English page has a
//! French aside. Checked with the document's dictionary and phrase lists,
//! every word of such a paragraph is a finding. So a block gets its own
//! language when:
//!
//! 1. a `<!-- draftlint-lang en -->` comment before it says so (until the
//!    next such comment; `draftlint-lang auto` returns to detection);
//! 2. else, an HTML `lang` attribute around it says so;
//! 3. else, it is a paragraph, list item or quote of at least
//!    [`MIN_DETECTED_WORDS`] words whose language is detected *confidently*
//!    (function words and trigrams agree, see
//!    [`super::language::confident_language`]). Headings, captions and
//!    short paragraphs keep the document's language: on a few words,
//!    detection guesses.

use super::language::confident_language;
use super::{Document, Language};
use crate::markup::BlockKind;

/// Shorter paragraphs keep the document's language.
pub const MIN_DETECTED_WORDS: usize = 20;

const DIRECTIVE: &str = "draftlint-lang";

/// For each block, its language when it differs from the document's.
/// `detect`: whether undeclared paragraphs are detected (the
/// `paragraph-language` setting); declarations always apply.
pub fn foreign_blocks(doc: &Document<'_>, detect: bool) -> Vec<(usize, Language)> {
    let directives = directives(doc);
    let regions = &doc.markup.language_regions;
    let mut out = Vec::new();
    for (index, block) in doc.blocks().iter().enumerate() {
        let directive = directives
            .iter()
            .rev()
            .find(|(at, _)| *at <= block.span().start)
            .map(|(_, language)| *language);
        let declared = match directive {
            Some(Some(language)) => Some(language),
            _ => regions
                .iter()
                .rev()
                .find(|r| r.span.contains(block.span()))
                .and_then(|r| Language::from_tag(&r.tag)),
        };
        let language = declared.or_else(|| {
            let long_prose = matches!(
                block.kind(),
                BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
            ) && doc.block_words(index).len() >= MIN_DETECTED_WORDS;
            (detect && long_prose)
                .then(|| confident_language(doc.prose(block.span()), doc.language))
                .flatten()
        });
        if let Some(language) = language.filter(|l| *l != doc.language) {
            out.push((index, language));
        }
    }
    out
}

/// `<!-- draftlint-lang fr -->` comments: where each takes effect and the
/// language it sets (`None` for `auto`). Unknown tags are ignored.
fn directives(doc: &Document<'_>) -> Vec<(usize, Option<Language>)> {
    let mut out: Vec<(usize, Option<Language>)> = doc
        .markup
        .comments
        .iter()
        .filter_map(|comment| {
            let rest = comment.body.strip_prefix(DIRECTIVE)?;
            let tag = rest.strip_prefix([' ', ':', '\t'])?.trim();
            let language = if tag == "auto" {
                None
            } else {
                Some(Language::from_tag(tag)?)
            };
            Some((comment.span.end, language))
        })
        .collect();
    out.sort_by_key(|(at, _)| *at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use std::path::Path;

    const FRENCH: &str = "Le conseil municipal a voté mardi le budget du marché couvert, et les élus de la majorité comme ceux de l'opposition se sont dits satisfaits de la nouvelle halle.";
    const ENGLISH: &str = "The council said on Tuesday that the budget of the new covered market was approved, and that the members of both groups were pleased with the plans for the hall.";

    fn foreign(text: &str, path: &str) -> Vec<(usize, Language)> {
        let markup = markup::parse(text, MarkupKind::from_path(Path::new(path)));
        let doc = Document::new(Path::new(path), text, markup, None, Language::En);
        foreign_blocks(&doc, true)
    }

    #[test]
    fn a_long_paragraph_in_the_other_language() {
        let text = format!("{FRENCH}\n\n{ENGLISH}\n\n{FRENCH}\n");
        assert_eq!(foreign(&text, "a.md"), [(1, Language::En)]);
    }

    #[test]
    fn short_paragraphs_and_headings_keep_the_document_language() {
        let text = format!("# The market hall\n\nThe hall is open.\n\n{FRENCH}\n\n{FRENCH}\n");
        assert!(foreign(&text, "a.md").is_empty());
    }

    #[test]
    fn directives_and_lang_attributes_override_detection() {
        let text = format!(
            "{FRENCH}\n\n<!-- draftlint-lang fr -->\n\n{ENGLISH}\n\n<!-- draftlint-lang auto -->\n\nOpen daily, all year.\n\n{FRENCH}\n"
        );
        assert!(foreign(&text, "a.md").is_empty());
        let text = format!("<p>{FRENCH}</p><p lang=\"en\">Open daily.</p><p>{FRENCH}</p>");
        assert_eq!(foreign(&text, "a.html"), [(1, Language::En)]);
    }
}
