//! Untrusted text made safe to print.
//!
//! File names come from the disk, drafts and baselines from repositories
//! we do not control. Printed as they are, a line break in a file name
//! starts a new line that a CI runner may read as a command (GitHub's
//! `::error file=…::…`), a carriage return overwrites what the terminal
//! shows, and an escape sequence can clear the screen or retitle the
//! window. Every renderer and every message on standard error goes through
//! one of these (JSON and SARIF are escaped by their serialiser).

use std::borrow::Cow;

/// For messages and file names: whitespace control characters become a
/// space, other control characters are shown escaped (`\u{1b}`), so the
/// text stays on one line and reaches the terminal as plain characters.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// For a draft quoted in a snippet: the same text with every control
/// character but tabs and line breaks (`\n`, and `\r` before `\n`) replaced
/// by a visible character of the same length in bytes, so every byte
/// offset still points where it did and underlines line up: `?` for a
/// one-byte control character (C0, DEL, a lone `\r`), `¿` for a two-byte
/// one (C1: U+0080–U+009F).
pub fn same_length_printable(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let unsafe_at = |i: usize, c: char| match c {
        '\t' | '\n' => false,
        '\r' => bytes.get(i + 1) != Some(&b'\n'),
        c => c.is_control(),
    };
    if !text.char_indices().any(|(i, c)| unsafe_at(i, c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if !unsafe_at(i, c) {
            out.push(c);
        } else if c.len_utf8() == 1 {
            out.push('?');
        } else {
            out.push('¿');
        }
    }
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// A path for a unified diff header, quoted the way git quotes it when it
/// holds a double quote, a backslash, a control character or a non-ASCII
/// byte: `"a/na\tme"`, with C escapes and octal for the other bytes. `git
/// apply` and `patch` read it back; unquoted, a line break in a name would
/// end the header and let the rest of the name pass for diff lines.
pub fn diff_path(path: &str) -> Cow<'_, str> {
    let needs_quotes = |b: u8| b == b'"' || b == b'\\' || !(0x20..0x7F).contains(&b);
    if !path.bytes().any(needs_quotes) {
        return Cow::Borrowed(path);
    }
    let mut out = String::with_capacity(path.len() + 8);
    out.push('"');
    for b in path.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\x07' => out.push_str("\\a"),
            b'\x08' => out.push_str("\\b"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\x0B' => out.push_str("\\v"),
            b'\x0C' => out.push_str("\\f"),
            b'\r' => out.push_str("\\r"),
            b if needs_quotes(b) => out.push_str(&format!("\\{b:03o}")),
            b => out.push(char::from(b)),
        }
    }
    out.push('"');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_neutralised() {
        assert_eq!(printable("plain é"), "plain é");
        assert_eq!(printable("a\r\nb\tc"), "a  b c");
        assert_eq!(printable("x\u{1b}[2Jy"), "x\\u{1b}[2Jy");
        assert_eq!(printable("a\n::error::x"), "a ::error::x");
    }

    #[test]
    fn quoted_drafts_keep_their_length() {
        assert_eq!(same_length_printable("é\tb\r\n"), "é\tb\r\n");
        let text = "a\u{1b}[2Jb\rc\u{85}d\u{7f}\n";
        let shown = same_length_printable(text);
        assert_eq!(shown, "a?[2Jb?c¿d?\n");
        assert_eq!(shown.len(), text.len());
    }

    #[test]
    fn diff_paths_are_quoted_like_git() {
        assert_eq!(diff_path("a/docs/plain name.md"), "a/docs/plain name.md");
        assert_eq!(diff_path("a/na\tme\n.md"), "\"a/na\\tme\\n.md\"");
        assert_eq!(diff_path("a/\"q\"\\.md"), "\"a/\\\"q\\\"\\\\.md\"");
        assert_eq!(diff_path("a/été.md"), "\"a/\\303\\251t\\303\\251.md\"");
        assert_eq!(diff_path("a/\u{1b}.md"), "\"a/\\033.md\"");
    }
}
