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
    /// `starts[i]` is the byte offset of word `i` in `text`. Offsets are
    /// kept in 32 bits, as a document has one per word: files are at most
    /// 256 MiB, and normalising adds at most a separator (` | `) per word
    /// and a few bytes per lowercased character, a few times 256 MiB at
    /// worst, far below 4 GiB.
    starts: Vec<u32>,
}

impl NormalizedWords {
    pub fn build(doc: &Document<'_>) -> Self {
        let masked = &doc.markup.masked;
        let mut text = String::with_capacity(masked.len() / 2);
        let mut starts = Vec::with_capacity(doc.words.len());
        let mut previous: Option<&Word> = None;
        for word in &doc.words {
            if let Some(prev) = previous {
                let between = &masked[prev.span().end..word.span().start];
                // Mostly a single space: settled without decoding.
                let separated_from_previous = prev.block() != word.block()
                    || (between != " "
                        && between
                            .chars()
                            .any(|c| !c.is_whitespace() && !is_transparent(c)));
                if separated_from_previous {
                    text.push(' ');
                    text.push_str(SEPARATOR);
                }
                text.push(' ');
            }
            starts.push(offset(text.len()));
            push_normalized(&mut text, word.text(masked));
            previous = Some(word);
        }
        NormalizedWords { text, starts }
    }

    /// The number of words (the same as the document's).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Whether a [`SEPARATOR`] stands between word `i` and the word before
    /// (always for the first word). Read from the text rather than kept
    /// per word: a word never holds the separator's character, so the
    /// byte before the space that precedes word `i` is the separator's or
    /// the previous word's last.
    pub fn is_separated(&self, i: usize) -> bool {
        let start = self.starts[i] as usize;
        i == 0 || (start >= 2 && self.text.as_bytes()[start - 2] == SEPARATOR.as_bytes()[0])
    }

    /// The normalised form of word `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.text[self.starts[i] as usize..self.end(i)]
    }

    /// The offset just past word `i` in `text`: what separates it from the
    /// next word is known (see [`NormalizedWords::build`]), so ends need no
    /// list of their own.
    fn end(&self, i: usize) -> usize {
        match self.starts.get(i + 1) {
            Some(&next) => {
                // ` ` or ` | ` before the next word.
                let gap = if self.is_separated(i + 1) {
                    SEPARATOR.len() + 2
                } else {
                    1
                };
                next as usize - gap
            }
            None => self.text.len(),
        }
    }

    /// The word index starting exactly at `offset`, if a word starts there.
    pub fn word_starting_at(&self, offset: usize) -> Option<usize> {
        self.starts.binary_search(&u32::try_from(offset).ok()?).ok()
    }

    /// The word index ending exactly at `offset`, if a word ends there.
    pub fn word_ending_at(&self, offset: usize) -> Option<usize> {
        // Words are not empty: that word is the last to start before.
        let w = self
            .starts
            .partition_point(|&s| (s as usize) < offset)
            .checked_sub(1)?;
        (self.end(w) == offset).then_some(w)
    }

    /// The index of the word whose normalised form contains the byte at
    /// `offset` of `text`, if any (separators belong to no word).
    pub fn word_containing(&self, offset: usize) -> Option<usize> {
        let w = self
            .starts
            .partition_point(|&s| s as usize <= offset)
            .checked_sub(1)?;
        (offset < self.end(w)).then_some(w)
    }
}

/// An offset into the normalised text in 32 bits (see
/// [`NormalizedWords::starts`]).
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("files over 256 MiB are refused before they are read")
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
        blocks: vec![Block::new(BlockKind::Paragraph, Span::new(0, phrase.len()))],
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
    fn words_are_found_by_their_start_end_and_any_byte() {
        let source = "Élan, vital. L’ère";
        let markup = crate::markup::parse(source, crate::markup::MarkupKind::Plain);
        let doc = Document::new(
            std::path::Path::new("t.txt"),
            source,
            markup,
            Some(crate::text::Language::Fr),
            crate::text::Language::Fr,
        );
        let n = doc.normalized();
        assert_eq!(n.text, "élan | vital | l' ère");
        let words: Vec<&str> = (0..n.len()).map(|i| n.word(i)).collect();
        assert_eq!(words, ["élan", "vital", "l'", "ère"]);
        for (i, word) in words.iter().enumerate() {
            let start = n.text.find(word).unwrap();
            let end = start + word.len();
            assert_eq!(n.word_starting_at(start), Some(i));
            assert_eq!(n.word_ending_at(end), Some(i));
            assert_eq!(n.word_containing(end - 1), Some(i));
        }
        // Separators and the spaces around them belong to no word.
        assert_eq!(n.word_containing(6), None);
        assert_eq!(n.word_ending_at(7), None);
        assert_eq!(n.word_starting_at(6), None);
    }

    #[test]
    fn phrases_normalise_case_apostrophes_and_punctuation() {
        assert_eq!(normalize_phrase("Lire  la\nSuite"), "lire la suite");
        assert_eq!(normalize_phrase("L’article"), "l' article");
        assert_eq!(normalize_phrase("Oui, merci"), "oui | merci");
    }
}
