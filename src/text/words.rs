//! Words: runs of letters and digits, with the joins writers expect.
//!
//! - An apostrophe (`'` or `’`) between letters joins them (`aujourd'hui`,
//!   `don't`), except after a French elided article or pronoun (`l'`, `qu'`,
//!   `jusqu'`…), which becomes a word of its own marked `is_elision`, so that
//!   `l'ère` is the two words `l'` and `ère`.
//! - A hyphen between letters joins them (`quelques-uns`); rules split on it
//!   when they need the parts.

use crate::diagnostic::Span;

/// A word of the masked prose, in 12 bytes.
///
/// A document holds one of these per word, and a text of one-letter words
/// has a word every two bytes: on a 50 MB file, words written with `usize`
/// offsets (32 bytes each) were the largest allocation of a run. Files over
/// 256 MiB are refused from their size before they are read
/// (`source::MAX_FILE_BYTES`; `engine::lint_text` refuses larger
/// buffers too), so byte offsets fit in a `u32`, and a block
/// index, smaller than the file's size, leaves two bits free for the flags.
#[derive(Clone, PartialEq, Eq)]
pub struct Word {
    start: u32,
    end: u32,
    /// The block index in the low 30 bits, then [`ELISION`] and [`DIGIT`].
    block_and_flags: u32,
}

const ELISION: u32 = 1 << 31;
const DIGIT: u32 = 1 << 30;
const BLOCK_MASK: u32 = DIGIT - 1;

impl Word {
    /// # Panics
    ///
    /// When an offset does not fit in a `u32` or the block index in 30 bits:
    /// files that large are refused before they are read.
    pub fn new(span: Span, block: usize, is_elision: bool, has_digit: bool) -> Word {
        let offset = |o: usize| u32::try_from(o).expect("files over 256 MiB are refused");
        let block = u32::try_from(block)
            .ok()
            .filter(|&b| b <= BLOCK_MASK)
            .expect("fewer blocks than bytes, and files over 256 MiB are refused");
        Word {
            start: offset(span.start),
            end: offset(span.end),
            block_and_flags: block
                | if is_elision { ELISION } else { 0 }
                | if has_digit { DIGIT } else { 0 },
        }
    }

    /// Where the word is in the file (and in the masked prose).
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The index of the block this word is in, in `doc.blocks()`.
    pub fn block(&self) -> usize {
        (self.block_and_flags & BLOCK_MASK) as usize
    }

    /// A French elided form such as `l'` or `qu’`, apostrophe included.
    pub fn is_elision(&self) -> bool {
        self.block_and_flags & ELISION != 0
    }

    pub fn has_digit(&self) -> bool {
        self.block_and_flags & DIGIT != 0
    }

    pub fn text<'s>(&self, masked: &'s str) -> &'s str {
        &masked[self.start as usize..self.end as usize]
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Word")
            .field("span", &self.span())
            .field("block", &self.block())
            .field("is_elision", &self.is_elision())
            .field("has_digit", &self.has_digit())
            .finish()
    }
}

pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

/// `’` and `ʼ` become `'`, so two spellings of a word compare equal.
pub fn normalize_apostrophes(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['’', 'ʼ']) {
        s.replace(['’', 'ʼ'], "'").into()
    } else {
        s.into()
    }
}

/// The French forms that elide before a vowel. Lowercased, without apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// Appends the words of `span` in `masked` to `out`.
///
/// Walks the bytes with a fast path for ASCII letters and digits (most of
/// the text, in French as in English); other characters are decoded.
pub fn tokenize(masked: &str, span: Span, block: usize, out: &mut Vec<Word>) {
    let text = &masked[span.range()];
    let bytes = text.as_bytes();
    let mut p = 0;
    while p < bytes.len() {
        let (c, n) = char_at(text, p);
        if !is_word_char(c) {
            p += n;
            continue;
        }
        let start = p;
        let mut end = p + n;
        let mut has_digit = c.is_numeric();
        let mut elision_at: Option<usize> = None;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_alphanumeric() {
                has_digit |= b.is_ascii_digit();
                end += 1;
                continue;
            }
            let (c, n) = char_at(text, end);
            if !b.is_ascii() && is_word_char(c) {
                has_digit |= c.is_numeric();
                end += n;
                continue;
            }
            // A joiner counts only when a letter follows it.
            let joiner = c == '-' || c == '\u{2011}' || is_apostrophe(c);
            if !joiner || !text[end + n..].starts_with(char::is_alphabetic) {
                break;
            }
            if is_apostrophe(c) {
                let before = &text[start..end];
                if ELISIONS.iter().any(|e| before.eq_ignore_ascii_case(e)) {
                    elision_at = Some(end + n);
                    break;
                }
            }
            end += n;
        }
        if let Some(after) = elision_at {
            out.push(Word::new(
                Span::new(span.start + start, span.start + after),
                block,
                true,
                false,
            ));
            // The rest of the word starts after the apostrophe.
            p = after;
            continue;
        }
        out.push(Word::new(
            Span::new(span.start + start, span.start + end),
            block,
            false,
            has_digit,
        ));
        p = end;
    }
}

/// The character starting at byte `p` of `text`, and its length.
fn char_at(text: &str, p: usize) -> (char, usize) {
    let b = text.as_bytes()[p];
    if b.is_ascii() {
        (char::from(b), 1)
    } else {
        let c = text[p..].chars().next().expect("p is on a char boundary");
        (c, c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), 0, &mut out);
        out.iter().map(|w| w.text(text)).collect()
    }

    #[test]
    fn french_elisions_split() {
        assert_eq!(
            words("l'ère qu’il jusqu'ici"),
            ["l'", "ère", "qu’", "il", "jusqu'", "ici"]
        );
        assert_eq!(words("aujourd'hui"), ["aujourd'hui"]);
        assert_eq!(words("L'État"), ["L'", "État"]);
    }

    #[test]
    fn english_contractions_and_compounds_stay_whole() {
        assert_eq!(words("don't well-known"), ["don't", "well-known"]);
        assert_eq!(words("rock 'n' roll -- x"), ["rock", "n", "roll", "x"]);
    }

    #[test]
    fn a_word_keeps_its_span_block_and_flags_in_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Word>(), 12);
        let last_block = (1 << 30) - 1;
        let w = Word::new(Span::new(7, u32::MAX as usize), last_block, true, true);
        assert_eq!(w.span(), Span::new(7, u32::MAX as usize));
        assert_eq!(w.block(), last_block);
        assert!(w.is_elision() && w.has_digit());
        let w = Word::new(Span::new(0, 1), 3, false, true);
        assert_eq!((w.block(), w.is_elision(), w.has_digit()), (3, false, true));
    }

    #[test]
    fn trailing_joiners_are_not_words() {
        assert_eq!(words("souhaitan... fin-"), ["souhaitan", "fin"]);
        assert_eq!(words("COVID-19 2e"), ["COVID", "19", "2e"]);
    }
}
