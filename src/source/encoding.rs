//! Legacy encodings we can recognise and, on request, read and write back.
//!
//! French drafts saved by old Windows tools are the usual non-UTF-8 input: we
//! name the encoding in the error so the fix is one command away. Any
//! encoding of the WHATWG Encoding Standard can be asked for with
//! `--encoding LABEL` (`iso-8859-15`, `windows-1250`, `koi8-r`,
//! `shift_jis`…); `encoding_rs` implements them. As in web browsers, the
//! labels `iso-8859-1`, `latin1` and `ascii` mean Windows-1252, which
//! agrees with Latin-1 on every character a text file holds (it only gives
//! printable characters to 0x80–0x9F, Latin-1's control codes).

use std::fmt;

/// A character encoding of the WHATWG standard that text can be written
/// back in (the UTF-16 forms and `replacement` are decode-only there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoding(&'static encoding_rs::Encoding);

impl Encoding {
    pub const UTF_8: Encoding = Encoding(encoding_rs::UTF_8);
    pub const WINDOWS_1252: Encoding = Encoding(encoding_rs::WINDOWS_1252);

    /// The encoding a label names (case, `_` for `-` and surrounding spaces
    /// do not matter), if it is one text can be written back in.
    pub fn parse(label: &str) -> Option<Encoding> {
        let label = label.trim().to_ascii_lowercase().replace('_', "-");
        // Accepted before draftlint used the WHATWG labels.
        let label = match label.as_str() {
            "latin-1" => "latin1",
            "utf8" => "utf-8",
            other => other,
        };
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes())
            // `shift_jis` is spelt with `_`; the replacement above broke it.
            .or_else(|| encoding_rs::Encoding::for_label(label.replace('-', "_").as_bytes()))?;
        (encoding.output_encoding() == encoding).then_some(Encoding(encoding))
    }

    pub fn is_utf8(self) -> bool {
        self.0 == encoding_rs::UTF_8
    }

    /// The name in messages.
    pub fn name(self) -> &'static str {
        if self == Encoding::WINDOWS_1252 {
            "Windows-1252 (Latin-1)"
        } else {
            self.0.name()
        }
    }

    /// The name `iconv -f` knows it by.
    pub fn iconv_name(self) -> String {
        self.0.name().to_ascii_uppercase()
    }

    /// The value to give `--encoding`.
    pub fn flag_value(self) -> String {
        self.0.name().to_ascii_lowercase()
    }

    /// The text of bytes in this encoding. Single-byte encodings map every
    /// byte; a malformed sequence of a multi-byte one becomes U+FFFD.
    pub fn decode(self, bytes: &[u8]) -> String {
        self.0.decode_without_bom_handling(bytes).0.into_owned()
    }

    /// The bytes of `text` in this encoding, or the first character the
    /// encoding cannot represent.
    pub fn encode(self, text: &str) -> Result<Vec<u8>, char> {
        let mut encoder = self.0.new_encoder();
        let capacity = encoder
            .max_buffer_length_from_utf8_without_replacement(text.len())
            .unwrap_or(text.len() * 4);
        let mut bytes = Vec::with_capacity(capacity);
        let (result, _read) =
            encoder.encode_from_utf8_to_vec_without_replacement(text, &mut bytes, true);
        match result {
            encoding_rs::EncoderResult::InputEmpty => Ok(bytes),
            encoding_rs::EncoderResult::Unmappable(c) => Err(c),
            // The buffer was sized for the worst case.
            encoding_rs::EncoderResult::OutputFull => Err(char::REPLACEMENT_CHARACTER),
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.flag_value())
    }
}

/// Examples of labels, for the error on an unknown one.
pub const EXAMPLE_LABELS: &str =
    "utf-8, windows-1252, iso-8859-15, windows-1250, koi8-r, shift_jis, gbk";

/// Guesses the encoding of bytes that are not valid UTF-8. Every byte string
/// is valid Windows-1252, so that is the answer unless nothing hints at it;
/// we keep the function so other single-byte encodings can be told apart later.
pub fn sniff_encoding(_bytes: &[u8]) -> Encoding {
    Encoding::WINDOWS_1252
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_round_trips_every_byte() {
        let bytes: Vec<u8> = (1..=255).collect();
        let cp1252 = Encoding::WINDOWS_1252;
        let text = cp1252.decode(&bytes);
        assert_eq!(cp1252.encode(&text), Ok(bytes));
        assert_eq!(cp1252.encode("sœur…"), Ok(b"s\x9cur\x85".to_vec()));
        assert_eq!(cp1252.encode("a\u{202f}b"), Err('\u{202f}'));
    }

    #[test]
    fn iso_8859_15_is_not_windows_1252() {
        let latin9 = Encoding::parse("iso-8859-15").unwrap();
        assert_eq!(latin9.decode(b"\xA4 \xBD"), "€ œ");
        assert_eq!(Encoding::WINDOWS_1252.decode(b"\xA4 \xBD"), "¤ ½");
        assert_eq!(latin9.encode("5 €"), Ok(b"5 \xA4".to_vec()));
        assert_eq!(latin9.encode("¤"), Err('¤'));
        assert_eq!(latin9.flag_value(), "iso-8859-15");
        assert_eq!(latin9.iconv_name(), "ISO-8859-15");
    }

    #[test]
    fn labels_are_the_whatwg_ones() {
        for label in [
            "windows-1252",
            "CP1252",
            "latin1",
            "Latin-1",
            "iso-8859-1",
            "ISO_8859-1",
        ] {
            assert_eq!(
                Encoding::parse(label),
                Some(Encoding::WINDOWS_1252),
                "{label}"
            );
        }
        for label in ["utf-8", "UTF8", " utf-8 "] {
            assert_eq!(Encoding::parse(label), Some(Encoding::UTF_8), "{label}");
        }
        let sjis = Encoding::parse("shift_jis").unwrap();
        assert_eq!(sjis.decode(b"\x93\xfa\x96\x7b"), "日本");
        assert_eq!(Encoding::parse("Shift-JIS"), Some(sjis));
        assert_eq!(
            Encoding::parse("koi8-r").map(|e| e.decode(b"\xc1")),
            Some("а".into())
        );
        // Unknown, or not writable back.
        for label in ["klingon", "utf-16le", "replacement", ""] {
            assert_eq!(Encoding::parse(label), None, "{label}");
        }
    }
}
