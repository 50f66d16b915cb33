//! Labels quoted as examples: an article about interface writing lists
//! the labels it discusses ("- “Add to basket”", "- « Voir les horaires »").
//!
//! A leftover button is copied bare; a writer who quotes a label names it.
//! One quoted line alone may still be a button pasted with its quotation
//! marks, so a list item counts as an example only beside another wholly
//! quoted item of the same list: a list of quoted labels is a list of
//! examples.

use crate::markup::BlockKind;
use crate::text::Document;

/// Whether the block is a list item made of a quotation only, next to
/// another such item.
pub fn is_quoted_example(doc: &Document<'_>, block_index: usize) -> bool {
    let quoted_item = |index: usize| {
        doc.blocks().get(index).is_some_and(|block| {
            block.kind() == BlockKind::ListItem && is_wholly_quoted(doc.prose(block.span()))
        })
    };
    quoted_item(block_index)
        && ((block_index > 0 && quoted_item(block_index - 1)) || quoted_item(block_index + 1))
}

/// Whether the text, trimmed of spaces and of a closing `.`, `,` or `;`,
/// opens with a quotation mark and closes with its match.
pub fn is_wholly_quoted(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', ',', ';']).trim_end();
    let mut chars = text.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let closes = match open {
        '«' => close == '»',
        '“' => matches!(close, '”' | '“'),
        '„' => matches!(close, '“' | '”'),
        '"' => close == '"',
        '‘' => close == '’',
        _ => false,
    };
    closes && chars.as_str().chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::Language;
    use std::path::Path;

    fn markdown(text: &str) -> Document<'_> {
        let markup = markup::parse(text, MarkupKind::Markdown);
        Document::new(Path::new("t.md"), text, markup, None, Language::En)
    }

    #[test]
    fn quotations_whole_in_every_style() {
        assert!(is_wholly_quoted("\"Add to basket\""));
        assert!(is_wholly_quoted(" « Voir les horaires » "));
        assert!(is_wholly_quoted("“Pay now”."));
        // Quoted inside a sentence, or not closed: not a quotation alone.
        assert!(!is_wholly_quoted("Press \"Send\" twice"));
        assert!(!is_wholly_quoted("« Voir les horaires"));
        assert!(!is_wholly_quoted("\"\""));
    }

    #[test]
    fn a_list_of_quoted_labels_is_a_list_of_examples() {
        let doc = markdown(
            "# Labels\n\nWe tried three labels:\n\n- \"Add to basket\"\n- \"Buy now\"\n\nAdd to basket\n",
        );
        let item = |needle: &str| {
            doc.blocks()
                .iter()
                .position(|b| doc.text(b.span()).contains(needle))
                .expect("block")
        };
        assert!(is_quoted_example(&doc, item("\"Buy now\"")));
        // The bare label after the list is a leftover's shape, not a
        // quotation.
        let last = doc.blocks().len() - 1;
        assert!(!is_quoted_example(&doc, last));
    }

    #[test]
    fn one_quoted_item_alone_is_no_list_of_examples() {
        let doc = markdown("# Shop\n\n- \"Add to basket\"\n- Free delivery over £30\n");
        let first = doc
            .blocks()
            .iter()
            .position(|b| b.kind() == BlockKind::ListItem)
            .expect("list item");
        assert!(!is_quoted_example(&doc, first));
    }
}
