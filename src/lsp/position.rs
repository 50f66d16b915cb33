//! Byte offsets ↔ LSP positions.
//!
//! The engine speaks byte offsets; LSP speaks `(line, character)` where a
//! character is a code unit of the encoding negotiated at `initialize`:
//! UTF-16 unless the client offers UTF-8 (which costs us nothing, since our
//! offsets already are UTF-8). Lines end at `\n`, `\r\n` or a lone `\r`, as
//! the protocol says. Out-of-range positions are clamped the way the
//! protocol asks (a character past the end of a line means the line's end).

use lsp_types::{Position, PositionEncodingKind, Range};

use crate::diagnostic::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    Utf16,
}

impl PositionEncoding {
    /// UTF-8 when the client offers it, else UTF-16 (which every client
    /// must support).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
        let offers_utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
        if offers_utf8 {
            PositionEncoding::Utf8
        } else {
            PositionEncoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    /// How many code units of this encoding `c` takes.
    pub fn units(self, c: char) -> usize {
        match self {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Line starts of one text, for converting in both directions.
pub struct PositionIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
    encoding: PositionEncoding,
}

impl<'a> PositionIndex<'a> {
    pub fn new(text: &'a str, encoding: PositionEncoding) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        PositionIndex {
            text,
            starts,
            encoding,
        }
    }

    /// The position of a byte offset (clamped to the text and moved back to
    /// a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = match self.encoding {
            PositionEncoding::Utf8 => offset - start,
            PositionEncoding::Utf16 => self.text[start..offset].encode_utf16().count(),
        };
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of a position. A line past the end means the end of
    /// the text; a character past the end of its line means the line's end
    /// (before its line break); a character inside a multi-unit character
    /// means that character's start.
    pub fn offset(&self, position: Position) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let end = self.content_end(line);
        let wanted = position.character as usize;
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            let next = units + self.encoding.units(c);
            if next > wanted {
                return start + i;
            }
            units = next;
        }
        end
    }

    pub fn span(&self, range: Range) -> Span {
        let start = self.offset(range.start);
        let end = self.offset(range.end).max(start);
        Span::new(start, end)
    }

    /// Where a line's text ends, before `\n`, `\r\n` or `\r`.
    fn content_end(&self, line: usize) -> usize {
        let next = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let line_text = &self.text.as_bytes()[self.starts[line]..next];
        let trimmed = line_text
            .strip_suffix(b"\r\n")
            .or_else(|| line_text.strip_suffix(b"\n"))
            .or_else(|| line_text.strip_suffix(b"\r"))
            .unwrap_or(line_text);
        self.starts[line] + trimmed.len()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    // `é` is 2 bytes and 1 UTF-16 unit; `😀` is 4 bytes and 2 UTF-16 units.
    const TEXT: &str = "aé😀b\r\nx\ry\n";

    #[test]
    fn utf16_positions_count_code_units() {
        let idx = PositionIndex::new(TEXT, PositionEncoding::Utf16);
        assert_eq!(idx.position(0), Position::new(0, 0));
        assert_eq!(idx.position(1), Position::new(0, 1)); // before é
        assert_eq!(idx.position(3), Position::new(0, 2)); // before 😀
        assert_eq!(idx.position(7), Position::new(0, 4)); // before b
        assert_eq!(idx.position(10), Position::new(1, 0)); // x, after \r\n
        assert_eq!(idx.position(12), Position::new(2, 0)); // y, after lone \r
        assert_eq!(idx.position(TEXT.len()), Position::new(3, 0));
    }

    #[test]
    fn utf8_positions_count_bytes() {
        let idx = PositionIndex::new(TEXT, PositionEncoding::Utf8);
        assert_eq!(idx.position(7), Position::new(0, 7));
        assert_eq!(idx.offset(Position::new(0, 7)), 7);
        assert_eq!(idx.offset(Position::new(0, 3)), 3);
    }

    #[test]
    fn offsets_round_trip_on_character_boundaries() {
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
            let idx = PositionIndex::new(TEXT, encoding);
            for (offset, _) in TEXT.char_indices() {
                // The `\n` of `\r\n` has no position of its own.
                if offset == 9 {
                    continue;
                }
                assert_eq!(
                    idx.offset(idx.position(offset)),
                    offset,
                    "{encoding:?} {offset}"
                );
            }
        }
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let idx = PositionIndex::new(TEXT, PositionEncoding::Utf16);
        assert_eq!(idx.offset(Position::new(0, 99)), 8); // end of line 0, before \r\n
        assert_eq!(idx.offset(Position::new(1, 99)), 11); // before the lone \r
        assert_eq!(idx.offset(Position::new(42, 0)), TEXT.len());
        // Inside the surrogate pair of 😀: its start.
        assert_eq!(idx.offset(Position::new(0, 3)), 3);
    }

    #[test]
    fn utf8_is_chosen_only_when_offered() {
        assert_eq!(PositionEncoding::negotiate(None), PositionEncoding::Utf16);
        let offered = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(
            PositionEncoding::negotiate(Some(&offered)),
            PositionEncoding::Utf8
        );
        let offered = [PositionEncodingKind::UTF32];
        assert_eq!(
            PositionEncoding::negotiate(Some(&offered)),
            PositionEncoding::Utf16
        );
    }
}
