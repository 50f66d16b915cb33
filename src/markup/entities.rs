//! Character references (`&eacute;`, `&#233;`, `&amp;`) in the prose of
//! HTML and Markdown.
//!
//! The masked text keeps the byte length of the file, and a reference is
//! longer than the character it stands for, so it cannot simply be
//! replaced. What each becomes:
//!
//! - a space (`&nbsp;`, `&thinsp;`, `&#160;`): spaces;
//! - a letter or digit, or an apostrophe between letters (`caf&eacute;`,
//!   `l&rsquo;homme`): as many placeholder letters (`x`, or `X` for a
//!   capital), so the word stays one word; the spelling rules skip any word
//!   whose masked text differs from the file (it cannot be looked up as
//!   written), which is what keeps `caf&eacute;` from being flagged;
//! - punctuation with an ASCII equivalent (`&hellip;` → `...`, `&amp;` →
//!   `&`, `&laquo;` → `"`), then spaces, so `suite&hellip;` still ends with
//!   an ellipsis; other symbols (`&copy;`, curly quotes outside a word):
//!   spaces;
//! - an unknown name (`&nosuch;`): left as written, as browsers show it.
//!
//! Only ASCII is ever written: a reference's bytes are ASCII in the file,
//! so any offset inside it is a character boundary of the masked text too,
//! and a span computed on the file can always slice the masked text.

use crate::diagnostic::Span;

/// Rewrites the references inside `span` (prose already copied from the
/// source) in the masked buffer.
pub fn mask_references(masked: &mut [u8], source: &str, span: Span) {
    let text = &source[span.range()];
    // Most text has none: one byte scan and out.
    if !text.contains('&') {
        return;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(offset) = text[i..].find('&') {
        let start = i + offset;
        let Some((len, decoded)) = reference_at(&text[start..]) else {
            i = start + 1;
            continue;
        };
        let at = span.start + start;
        let target = &mut masked[at..at + len];
        let before = start
            .checked_sub(1)
            .is_some_and(|p| bytes[p].is_ascii_alphanumeric() || bytes[p] >= 0x80);
        let after = bytes
            .get(start + len)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80);
        let joins_word = is_apostrophe(decoded) && before && after;
        if decoded.is_alphanumeric() || joins_word {
            let fill = if decoded.is_uppercase() { b'X' } else { b'x' };
            target.fill(fill);
        } else {
            target.fill(b' ');
            let substitute = ascii_substitute(decoded);
            target[..substitute.len()].copy_from_slice(substitute.as_bytes());
        }
        i = start + len;
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The ASCII text a punctuation reference reads as in the masked prose;
/// empty for spaces and symbols. At most 3 bytes: every reference is at
/// least 4 (`&lt;`).
fn ascii_substitute(c: char) -> &'static str {
    match c {
        '…' => "...",
        '«' | '»' | '“' | '”' | '„' | '"' => "\"",
        '–' | '—' => "-",
        '&' => "&",
        '<' => "<",
        '>' => ">",
        '\'' => "'",
        '!' | '¡' => "!",
        '?' | '¿' => "?",
        ',' => ",",
        '.' => ".",
        ';' => ";",
        ':' => ":",
        '(' => "(",
        ')' => ")",
        _ => "",
    }
}

/// The spans of the well-formed character references of `source`: the
/// only places where the masked text may differ from the file by more
/// than spaces (see [`crate::invariants`]).
pub fn reference_spans(source: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(offset) = source[i..].find('&') {
        let start = i + offset;
        match reference_at(&source[start..]) {
            Some((len, _)) => {
                out.push(Span::new(start, start + len));
                i = start + len;
            }
            None => i = start + 1,
        }
    }
    out
}

/// The length in bytes and the character of the reference at the start of
/// `text`, if there is a well-formed one (`;` required: browsers accept
/// some references without it, but in prose `&` is more often an ampersand).
fn reference_at(text: &str) -> Option<(usize, char)> {
    let body = text.strip_prefix('&')?;
    let end = body.bytes().take(33).position(|b| b == b';')?;
    let name = &body[..end];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(value).filter(|&c| c != '\0')?
    } else {
        named(name)?
    };
    Some((end + 2, decoded))
}

/// Named references met in article text. Accented letters follow one
/// pattern (`eacute`, `Ccedil`…); the rest are listed.
fn named(name: &str) -> Option<char> {
    if let Some(letter) = accented_letter(name) {
        return Some(letter);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "narrownbsp" => '\u{202f}',
        "shy" => '\u{ad}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "cent" => '¢',
        "yen" => '¥',
        "sect" => '§',
        "para" => '¶',
        "times" => '×',
        "divide" => '÷',
        "iexcl" => '¡',
        "iquest" => '¿',
        "ordf" => 'ª',
        "ordm" => 'º',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "micro" => 'µ',
        "szlig" => 'ß',
        "aelig" => 'æ',
        "AElig" => 'Æ',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        "eth" => 'ð',
        "ETH" => 'Ð',
        "thorn" => 'þ',
        "THORN" => 'Þ',
        _ => return None,
    })
}

/// `eacute`, `Ocirc`, `ccedil`: a base letter and the name of its mark.
/// Only whether the result is a letter, and its case, matter to the mask,
/// so the base letter stands for the accented one.
fn accented_letter(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let base = chars.next().filter(char::is_ascii_alphabetic)?;
    let bases: &[char] = match chars.as_str() {
        "grave" | "acute" | "circ" | "uml" => &['a', 'e', 'i', 'o', 'u', 'y'],
        "tilde" => &['a', 'n', 'o'],
        "ring" => &['a'],
        "cedil" => &['c'],
        "slash" => &['o'],
        _ => return None,
    };
    bases.contains(&base.to_ascii_lowercase()).then_some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let mut bytes = text.as_bytes().to_vec();
        mask_references(&mut bytes, text, Span::new(0, text.len()));
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn letters_keep_the_word_whole() {
        assert_eq!(
            masked("caf&eacute; cr&egrave;me"),
            "cafxxxxxxxx crxxxxxxxxme"
        );
        assert_eq!(masked("&Eacute;t&eacute;"), "XXXXXXXXtxxxxxxxx");
        assert_eq!(masked("caf&#233;"), "cafxxxxxx");
        assert_eq!(masked("l&rsquo;homme"), "lxxxxxxxhomme");
    }

    #[test]
    fn spaces_and_punctuation() {
        assert_eq!(masked("a&nbsp;b"), "a      b");
        assert_eq!(masked("suite&hellip;"), "suite...     ");
        assert_eq!(masked("&laquo;Oui&raquo;"), "\"      Oui\"      ");
        assert_eq!(masked("A &amp; B"), "A &     B");
        assert_eq!(
            masked("fin&rsquo; &copy;"),
            format!("fin{}", " ".repeat(14))
        );
    }

    #[test]
    fn unknown_and_unfinished_references_stay() {
        assert_eq!(
            masked("R&D; AT&T &nosuch; &#xZZ; &"),
            "R&D; AT&T &nosuch; &#xZZ; &"
        );
        assert_eq!(masked("&#0; &#99999999;"), "&#0; &#99999999;");
    }
}
