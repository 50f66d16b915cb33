//! A document's words as one normalised string, for matching many phrases at
//! once with Aho-Corasick.
//!
//! Each word is lowercased with apostrophes unified and joined to the next by
//! a single space, so case, line breaks, markup, non-breaking spaces and the
//! `'`/`’` choice never stop a phrase from matching. Where punctuation or a
//! block boundary separates two words, a `|` token is put between them, so a
//! phrase never matches across a comma, a full stop or two paragraphs.
//! Phrases go through the same function, which makes "word-bounded" a check
//! on token edges.

use crate::text::{Document, Word, is_apostrophe};

pub const SEPARATOR: &str = "|";

#[derive(Debug)]
pub struct NormalizedWords {
    pub text: String,
    /// For each byte of `text` that starts a word, the index of that word;
    /// `starts[i]` is the byte offset of word `i` in `text`.
    pub starts: Vec<usize>,
    /// The offset just past each word in `text`.
    pub ends: Vec<usize>,
    /// Per word: a [`SEPARATOR`] stands between it and the word before
    /// (always true for the first word).
    pub separated: Vec<bool>,
}

impl NormalizedWords {
    pub fn build(doc: &Document<'_>) -> Self {
        let masked = &doc.markup.masked;
        let mut text = String::with_capacity(masked.len() / 2);
        let mut starts = Vec::with_capacity(doc.words.len());
        let mut ends = Vec::with_capacity(doc.words.len());
        let mut separated = Vec::with_capacity(doc.words.len());
        let mut previous: Option<&Word> = None;
        for word in &doc.words {
            separated.push(true);
            if let Some(prev) = previous {
                let between = &masked[prev.span.end..word.span.start];
                // Mostly a single space: settled without decoding.
                let separated_from_previous = prev.block != word.block
                    || (between != " "
                        && between
                            .chars()
                            .any(|c| !c.is_whitespace() && !is_transparent(c)));
                if separated_from_previous {
                    text.push(' ');
                    text.push_str(SEPARATOR);
                }
                *separated.last_mut().expect("pushed above") = separated_from_previous;
                text.push(' ');
            }
            starts.push(text.len());
            push_normalized(&mut text, word.text(masked));
            ends.push(text.len());
            previous = Some(word);
        }
        NormalizedWords {
            text,
            starts,
            ends,
            separated,
        }
    }

    /// The word index starting exactly at `offset`, if a word starts there.
    pub fn word_starting_at(&self, offset: usize) -> Option<usize> {
        self.starts.binary_search(&offset).ok()
    }

    /// The word index ending exactly at `offset`, if a word ends there.
    pub fn word_ending_at(&self, offset: usize) -> Option<usize> {
        self.ends.binary_search(&offset).ok()
    }
}

/// Markup that survives masking (emphasis in plain text, quotes) does not
/// separate words for phrase matching.
fn is_transparent(c: char) -> bool {
    matches!(
        c,
        '*' | '_' | '"' | '«' | '»' | '“' | '”' | '\u{a0}' | '\u{202f}' | '\u{200b}'
    )
}

fn push_normalized(out: &mut String, word: &str) {
    // Most words are ASCII: lowercase them byte by byte.
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Normalises a phrase from a rule pack the way document words are: the
/// same tokenizer, the same separators.
pub fn normalize_phrase(phrase: &str) -> String {
    use crate::diagnostic::Span;
    use crate::markup::{Block, BlockKind, Markup};
    let markup = Markup {
        masked: phrase.to_string(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, phrase.len()),
        }],
        links: Vec::new(),
        comments: Vec::new(),
        ..Markup::default()
    };
    let doc = Document::new(
        std::path::Path::new("<phrase>"),
        phrase,
        markup,
        Some(crate::text::Language::En),
        crate::text::Language::En,
    );
    NormalizedWords::build(&doc).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_normalise_case_apostrophes_and_punctuation() {
        assert_eq!(normalize_phrase("Lire  la\nSuite"), "lire la suite");
        assert_eq!(normalize_phrase("L’article"), "l' article");
        assert_eq!(normalize_phrase("Oui, merci"), "oui | merci");
    }
}
