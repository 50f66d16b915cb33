//! Words: runs of letters and digits, with the joins writers expect.
//!
//! - An apostrophe (`'` or `’`) between letters joins them (`aujourd'hui`,
//!   `don't`), except after a French elided article or pronoun (`l'`, `qu'`,
//!   `jusqu'`…), which becomes a word of its own marked `is_elision`, so that
//!   `l'ère` is the two words `l'` and `ère`.
//! - A hyphen between letters joins them (`quelques-uns`); rules split on it
//!   when they need the parts.

use crate::diagnostic::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// The index of the block this word is in (see [`Word::block`]). A
    /// `u32` keeps a word in 24 bytes: a text of one-letter words has a
    /// word every two bytes.
    pub block: u32,
    /// A French elided form such as `l'` or `qu’`, apostrophe included.
    pub is_elision: bool,
    pub has_digit: bool,
}

impl Word {
    /// The index of the block this word is in, in `doc.blocks()`.
    pub fn block(&self) -> usize {
        self.block as usize
    }

    pub fn text<'s>(&self, masked: &'s str) -> &'s str {
        &masked[self.span.range()]
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
pub fn tokenize(masked: &str, span: Span, block: u32, out: &mut Vec<Word>) {
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
            out.push(Word {
                span: Span::new(span.start + start, span.start + after),
                block,
                is_elision: true,
                has_digit: false,
            });
            // The rest of the word starts after the apostrophe.
            p = after;
            continue;
        }
        out.push(Word {
            span: Span::new(span.start + start, span.start + end),
            block,
            is_elision: false,
            has_digit,
        });
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
    fn trailing_joiners_are_not_words() {
        assert_eq!(words("souhaitan... fin-"), ["souhaitan", "fin"]);
        assert_eq!(words("COVID-19 2e"), ["COVID", "19", "2e"]);
    }
}
