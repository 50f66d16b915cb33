//! Legacy encodings we can recognise and, on request, read.
//!
//! French drafts saved by old Windows tools are the usual non-UTF-8 input: we
//! name the encoding in the error so the fix is one command away.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Windows-1252, a superset of Latin-1 for printable characters.
    Windows1252,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "Windows-1252 (Latin-1)",
        }
    }

    pub fn iconv_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "WINDOWS-1252",
        }
    }

    pub fn flag_value(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    pub fn parse(value: &str) -> Option<Encoding> {
        match value.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "windows-1252" | "cp1252" | "latin-1" | "latin1" | "iso-8859-1" | "iso-8859-15" => {
                Some(Encoding::Windows1252)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.flag_value())
    }
}

/// Guesses the encoding of bytes that are not valid UTF-8. Every byte string
/// is valid Windows-1252, so that is the answer unless nothing hints at it;
/// we keep the function so other single-byte encodings can be told apart later.
pub fn sniff_encoding(_bytes: &[u8]) -> Encoding {
    Encoding::Windows1252
}

/// The 0x80..0xA0 block of Windows-1252; the rest maps to the same code point.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// The Windows-1252 bytes of `text`, or the first character that encoding
/// cannot represent.
pub fn encode_windows_1252(text: &str) -> Result<Vec<u8>, char> {
    text.chars()
        .map(|c| match u32::from(c) {
            code @ (0..=0x7F | 0xA0..=0xFF) => Ok(code as u8),
            _ => WINDOWS_1252_HIGH
                .iter()
                .position(|&high| high == c)
                .map(|i| 0x80 + i as u8)
                .ok_or(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_round_trips_every_byte() {
        let bytes: Vec<u8> = (1..=255).collect();
        let text = decode_windows_1252(&bytes);
        assert_eq!(encode_windows_1252(&text), Ok(bytes));
        assert_eq!(encode_windows_1252("sœur…"), Ok(b"s\x9cur\x85".to_vec()));
        assert_eq!(encode_windows_1252("a\u{202f}b"), Err('\u{202f}'));
    }
}
