//! Reading a draft: bytes in, UTF-8 text out, or an error that says what the
//! file looks like and how to fix it.
//!
//! Offsets in diagnostics are byte offsets into the file *as read*, so the text
//! is never rewritten here: a BOM stays in place and CRLF stays CRLF. Later
//! layers treat those bytes as non-prose.

mod encoding;

pub use encoding::{EXAMPLE_LABELS, Encoding, sniff_encoding};

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why a file's bytes could not be linted as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte (on this 1-based line): not a text file at all.
    Binary { line: usize },
    /// UTF-16 with a byte-order mark: we refuse rather than shift offsets.
    Utf16 { big_endian: bool },
    /// Not valid UTF-8; `line` is where the first bad byte is and
    /// `likely` names the encoding it most resembles.
    NotUtf8 { line: usize, likely: Encoding },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary { line } => write!(
                f,
                "binary file (a NUL byte on line {line}), skipped; drafts are text"
            ),
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
    if let Some(big_endian) = utf16_without_bom(&bytes) {
        return Err(DecodeError::Utf16 { big_endian });
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            line: line_of(&bytes, at),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        // `--encoding` applies to the files that are not UTF-8: valid
        // UTF-8 with accents is almost never meant as Windows-1252, and a
        // run over a mixed tree must read both kinds right.
        Err(err) if forced.is_some_and(|e| !e.is_utf8()) => {
            let encoding = forced.expect("checked by the guard");
            Ok(encoding.decode(err.as_bytes()))
        }
        Err(err) => {
            let valid_up_to = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            Err(DecodeError::NotUtf8 {
                line: line_of(&bytes, valid_up_to),
                likely: sniff_encoding(&bytes),
            })
        }
    }
}

/// UTF-16 saved without a byte-order mark: in French or English text most
/// characters are below U+0100, so one byte of most pairs is NUL (the high
/// byte: second in little endian, first in big endian) and the other never
/// is. Looks at the start only; `Some(big_endian)`.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(512) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |at: usize| head.iter().skip(at).step_by(2).filter(|&&b| b == 0).count();
    let (first, second) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 4 >= pairs * 3;
    if first == 0 && mostly(second) {
        Some(false)
    } else if second == 0 && mostly(first) {
        Some(true)
    } else {
        None
    }
}

/// The 1-based line of a byte offset.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
}

/// Files larger than this are refused rather than read: no draft is this
/// long, and a run over a repository must not be taken down by one huge
/// log or dump that matched the extensions.
pub const MAX_FILE_BYTES: u64 = crate::repository::read::limit::DRAFT;

/// Reads a whole file or standard input (`-`). Only regular files are
/// read: a FIFO would block the run forever and a device never ends
/// (`crate::repository::read`).
pub fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut buf)?;
        if buf.len() as u64 > MAX_FILE_BYTES {
            return Err(crate::repository::read::too_large(MAX_FILE_BYTES));
        }
        return Ok(buf);
    }
    crate::repository::read::read_regular(path, MAX_FILE_BYTES)
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
                likely: Encoding::WINDOWS_1252
            }
        );
        assert!(err.to_string().contains("--encoding windows-1252"));
    }

    #[test]
    fn refuses_binary_and_utf16() {
        assert_eq!(
            decode(b"\x00\x01\x02".to_vec(), None),
            Err(DecodeError::Binary { line: 1 })
        );
        assert!(matches!(
            decode(b"\xFF\xFEa\x00".to_vec(), None),
            Err(DecodeError::Utf16 { .. })
        ));
    }

    #[test]
    fn utf16_is_recognised_with_or_without_bom() {
        let le: Vec<u8> = "L’été, un café.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "L’été, un café.\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let with_bom = |bom: &[u8], body: &[u8]| [bom, body].concat();
        for (bytes, big_endian) in [
            (with_bom(&[0xFF, 0xFE], &le), false),
            (with_bom(&[0xFE, 0xFF], &be), true),
            (le.clone(), false),
            (be.clone(), true),
        ] {
            assert_eq!(decode(bytes, None), Err(DecodeError::Utf16 { big_endian }));
        }
        // A binary file with scattered NULs is not mistaken for UTF-16.
        assert!(matches!(
            decode(b"GIF89a\x00\x01\x02\x03".to_vec(), None),
            Err(DecodeError::Binary { .. })
        ));
    }

    #[test]
    fn nul_after_the_first_8_kib_is_binary_too() {
        // Git looks at the first 8 KiB only; a draft with a NUL anywhere is
        // corrupt or not a draft, and linting it would quote garbage.
        let mut bytes = "Une ligne de texte.\n".repeat(600).into_bytes();
        assert!(bytes.len() > 8192);
        bytes.extend_from_slice(b"fin\x00\n");
        assert_eq!(decode(bytes, None), Err(DecodeError::Binary { line: 601 }));
    }

    #[test]
    fn forced_iso_8859_15_decodes_the_euro_sign() {
        let latin9 = Encoding::parse("iso-8859-15");
        let text = decode(b"Prix : 5 \xA4.".to_vec(), latin9).unwrap();
        assert_eq!(text, "Prix : 5 €.");
    }

    #[test]
    fn forced_windows_1252_decodes() {
        let text = decode(
            b"d\xE9j\xE0 \x9Cuvre".to_vec(),
            Some(Encoding::WINDOWS_1252),
        )
        .unwrap();
        assert_eq!(text, "déjà œuvre");
        // A file that is valid UTF-8 is still read as UTF-8.
        let text = decode("déjà".as_bytes().to_vec(), Some(Encoding::WINDOWS_1252)).unwrap();
        assert_eq!(text, "déjà");
    }
}
