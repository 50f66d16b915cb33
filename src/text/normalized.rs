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
    /// The byte offset of each word in `text` (see [`Starts`]).
    starts: Starts,
}

/// The byte offsets of a document's words in the normalised text, in
/// increasing order. Offsets fit in 32 bits (files are at most 256 MiB, and
/// normalising adds at most a separator, ` | `, per word and a few bytes
/// per lowercased character: a few times 256 MiB at worst, far below 4 GiB),
/// but are kept as a 32-bit base per group of `GROUP` words and a 16-bit
/// offset from it per word: half the memory (10 MB less for the 5 million
/// words of a 50 MB file, where this list was a fifth of the peak). A group
/// spanning 64 KiB or more (a word of thousands of letters) switches the
/// document to plain 32-bit offsets.
#[derive(Debug)]
enum Starts {
    Packed { bases: Vec<u32>, offsets: Vec<u16> },
    Plain(Vec<u32>),
}

/// Words per group of [`Starts::Packed`].
const GROUP: usize = 64;

impl Starts {
    fn with_capacity(words: usize) -> Self {
        Starts::Packed {
            bases: Vec::with_capacity(words.div_ceil(GROUP)),
            offsets: Vec::with_capacity(words),
        }
    }

    fn push(&mut self, start: u32) {
        match self {
            Starts::Packed { bases, offsets } => {
                if offsets.len() % GROUP == 0 {
                    bases.push(start);
                }
                let base = *bases.last().expect("a base for every group");
                match u16::try_from(start - base) {
                    Ok(offset) => offsets.push(offset),
                    Err(_) => {
                        let mut plain: Vec<u32> = Vec::with_capacity(offsets.capacity());
                        plain.extend(
                            offsets
                                .iter()
                                .enumerate()
                                .map(|(i, &o)| bases[i / GROUP] + u32::from(o)),
                        );
                        plain.push(start);
                        *self = Starts::Plain(plain);
                    }
                }
            }
            Starts::Plain(plain) => plain.push(start),
        }
    }

    fn len(&self) -> usize {
        match self {
            Starts::Packed { offsets, .. } => offsets.len(),
            Starts::Plain(plain) => plain.len(),
        }
    }

    fn get(&self, i: usize) -> Option<u32> {
        match self {
            Starts::Packed { bases, offsets } => offsets
                .get(i)
                .map(|&offset| bases[i / GROUP] + u32::from(offset)),
            Starts::Plain(plain) => plain.get(i).copied(),
        }
    }

    fn at(&self, i: usize) -> u32 {
        self.get(i).expect("a word index below the word count")
    }

    /// The number of words whose start satisfies `before` (a predicate true
    /// for a prefix of the starts), as `slice::partition_point`.
    fn partition_point(&self, before: impl Fn(u32) -> bool) -> usize {
        match self {
            Starts::Packed { bases, offsets } => {
                // The groups whose first word is before, then the words of
                // the last such group.
                let groups = bases.partition_point(|&b| before(b));
                if groups == 0 {
                    return 0;
                }
                let group = groups - 1;
                let base = bases[group];
                let from = group * GROUP;
                let to = (from + GROUP).min(offsets.len());
                from + offsets[from..to].partition_point(|&o| before(base + u32::from(o)))
            }
            Starts::Plain(plain) => plain.partition_point(|&s| before(s)),
        }
    }
}

impl NormalizedWords {
    pub fn build(doc: &Document<'_>) -> Self {
        let masked = &doc.markup.masked;
        let mut text = String::with_capacity(masked.len() / 2);
        let mut starts = Starts::with_capacity(doc.words.len());
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
        self.starts.len() == 0
    }

    /// Whether a [`SEPARATOR`] stands between word `i` and the word before
    /// (always for the first word). Read from the text rather than kept
    /// per word: a word never holds the separator's character, so the
    /// byte before the space that precedes word `i` is the separator's or
    /// the previous word's last.
    pub fn is_separated(&self, i: usize) -> bool {
        let start = self.starts.at(i) as usize;
        i == 0 || (start >= 2 && self.text.as_bytes()[start - 2] == SEPARATOR.as_bytes()[0])
    }

    /// The normalised form of word `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.text[self.starts.at(i) as usize..self.end(i)]
    }

    /// The offset just past word `i` in `text`: what separates it from the
    /// next word is known (see [`NormalizedWords::build`]), so ends need no
    /// list of their own.
    fn end(&self, i: usize) -> usize {
        match self.starts.get(i + 1) {
            Some(next) => {
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
        let offset = u32::try_from(offset).ok()?;
        let w = self.starts.partition_point(|s| s < offset);
        (self.starts.get(w) == Some(offset)).then_some(w)
    }

    /// The word index ending exactly at `offset`, if a word ends there.
    pub fn word_ending_at(&self, offset: usize) -> Option<usize> {
        // Words are not empty: that word is the last to start before.
        let w = self
            .starts
            .partition_point(|s| (s as usize) < offset)
            .checked_sub(1)?;
        (self.end(w) == offset).then_some(w)
    }

    /// The index of the word whose normalised form contains the byte at
    /// `offset` of `text`, if any (separators belong to no word).
    pub fn word_containing(&self, offset: usize) -> Option<usize> {
        let w = self
            .starts
            .partition_point(|s| s as usize <= offset)
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

    /// The packed starts answer as a plain list would, across group
    /// boundaries and after switching to plain offsets.
    #[test]
    fn packed_starts_answer_as_a_plain_list() {
        for gap in [3u32, 70_000] {
            let plain: Vec<u32> = (0..200u32)
                .map(|i| i * 5 + if i >= 130 { gap } else { 0 })
                .collect();
            let mut starts = Starts::with_capacity(plain.len());
            for &s in &plain {
                starts.push(s);
            }
            assert_eq!(
                matches!(starts, Starts::Plain(_)),
                gap > u32::from(u16::MAX)
            );
            assert_eq!(starts.len(), plain.len());
            for (i, &s) in plain.iter().enumerate() {
                assert_eq!(starts.get(i), Some(s));
            }
            assert_eq!(starts.get(plain.len()), None);
            for probe in 0..plain.last().unwrap() + 10 {
                assert_eq!(
                    starts.partition_point(|s| s < probe),
                    plain.partition_point(|&s| s < probe),
                    "probe {probe}"
                );
            }
        }
    }

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
