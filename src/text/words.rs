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
    /// The index of the block this word is in.
    pub block: usize,
    /// A French elided form such as `l'` or `qu’`, apostrophe included.
    pub is_elision: bool,
    pub has_digit: bool,
}

impl Word {
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
pub fn tokenize(masked: &str, span: Span, block: usize, out: &mut Vec<Word>) {
    let text = &masked[span.range()];
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut has_digit = c.is_numeric();
        let mut elision_at: Option<usize> = None;
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                has_digit |= c.is_numeric();
                end = i + c.len_utf8();
                chars.next();
                continue;
            }
            // A joiner counts only when a letter follows it.
            let joiner = c == '-' || c == '\u{2011}' || is_apostrophe(c);
            let next_is_letter = text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|n| n.is_alphabetic());
            if !(joiner && next_is_letter) {
                break;
            }
            if is_apostrophe(c) && elision_at.is_none() {
                let before = &text[start..i];
                if ELISIONS.iter().any(|e| before.eq_ignore_ascii_case(e)) {
                    elision_at = Some(i + c.len_utf8());
                    break;
                }
            }
            chars.next();
            end = i + c.len_utf8();
        }
        if let Some(after) = elision_at {
            out.push(Word {
                span: Span::new(span.start + start, span.start + after),
                block,
                is_elision: true,
                has_digit: false,
            });
            // The rest of the word starts after the apostrophe: the outer
            // loop picks it up as a new word.
            while chars.peek().is_some_and(|&(i, _)| i < after) {
                chars.next();
            }
            continue;
        }
        out.push(Word {
            span: Span::new(span.start + start, span.start + end),
            block,
            is_elision: false,
            has_digit,
        });
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
