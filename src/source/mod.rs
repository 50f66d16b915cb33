//! Reading a draft: bytes in, UTF-8 text out, or an error that says what the
//! file looks like and how to fix it.
//!
//! Offsets in diagnostics are byte offsets into the file *as read*, so the text
//! is never rewritten here: a BOM stays in place and CRLF stays CRLF. Later
//! layers treat those bytes as non-prose.

mod encoding;

pub use encoding::{Encoding, decode_windows_1252, sniff_encoding};

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why a file's bytes could not be linted as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes or other control bytes: not a text file at all.
    Binary,
    /// UTF-16 with a byte-order mark: we refuse rather than shift offsets.
    Utf16 { big_endian: bool },
    /// Not valid UTF-8; `line` is where the first bad byte is and
    /// `likely` names the encoding it most resembles.
    NotUtf8 { line: usize, likely: Encoding },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary => write!(f, "binary file (it contains NUL bytes), skipped"),
            DecodeError::Utf16 { big_endian } => write!(
                f,
                "the file is UTF-16 ({}); convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`",
                if *big_endian {
                    "big endian"
                } else {
                    "little endian"
                }
            ),
            DecodeError::NotUtf8 { line, likely } => write!(
                f,
                "invalid UTF-8 on line {line}; the file looks like {}: convert it with `iconv -f {} -t UTF-8`, or pass `--encoding {}`",
                likely.name(),
                likely.iconv_name(),
                likely.flag_value()
            ),
        }
    }
}

/// Turns raw bytes into text. `forced` is the user's `--encoding`.
pub fn decode(bytes: Vec<u8>, forced: Option<Encoding>) -> Result<String, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(DecodeError::Utf16 { big_endian: false });
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16 { big_endian: true });
    }
    if looks_binary(&bytes) {
        return Err(DecodeError::Binary);
    }
    match forced {
        Some(Encoding::Windows1252) => return Ok(decode_windows_1252(&bytes)),
        Some(Encoding::Utf8) | None => {}
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let valid_up_to = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let line = 1 + bytes[..valid_up_to].iter().filter(|&&b| b == b'\n').count();
            Err(DecodeError::NotUtf8 {
                line,
                likely: sniff_encoding(&bytes),
            })
        }
    }
}

/// A NUL byte in the first 8 KiB marks a binary file, as git and ripgrep do.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// Reads a whole file or standard input (`-`).
pub fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_bom_and_crlf() {
        let text = decode(b"\xEF\xBB\xBFa\r\nb".to_vec(), None).unwrap();
        assert_eq!(text.len(), 7);
    }

    #[test]
    fn names_windows_1252() {
        let err = decode(b"ligne\nd\xE9j\xE0 vu".to_vec(), None).unwrap_err();
        assert_eq!(
            err,
            DecodeError::NotUtf8 {
                line: 2,
                likely: Encoding::Windows1252
            }
        );
        assert!(err.to_string().contains("--encoding windows-1252"));
    }

    #[test]
    fn refuses_binary_and_utf16() {
        assert_eq!(
            decode(b"\x00\x01\x02".to_vec(), None),
            Err(DecodeError::Binary)
        );
        assert!(matches!(
            decode(b"\xFF\xFEa\x00".to_vec(), None),
            Err(DecodeError::Utf16 { .. })
        ));
    }

    #[test]
    fn forced_windows_1252_decodes() {
        let text = decode(b"d\xE9j\xE0 \x9Cuvre".to_vec(), Some(Encoding::Windows1252)).unwrap();
        assert_eq!(text, "déjà œuvre");
    }
}
