//! Finding the byte offsets of a `didChange`'s edits without re-reading the
//! whole text for each one.
//!
//! One `didChange` may carry thousands of edits (a multi-cursor edit, a
//! replace-all), each with positions in the text as the previous edit left
//! it. Building a [`PositionIndex`](super::position::PositionIndex) for
//! every edit costs the whole text each time: quadratic. Editors send such
//! batches in document order, forwards or backwards, so an [`EditCursor`]
//! remembers where the last edit was (its line's start, and a point on that
//! line) and walks from there: each edit costs the distance from the one
//! before. The rules are the index's: lines end at `\n`, `\r\n` or a lone
//! `\r`; a line past the end means the end of the text; a character past
//! the end of its line means the line's end; a character inside a
//! multi-unit character means that character's start.

use super::position::PositionEncoding;
use lsp_types::Position;

#[derive(Debug, Clone, Copy, Default)]
pub struct EditCursor {
    /// A line, and the byte offset where it starts.
    line: usize,
    start: usize,
    /// A point on that line: code units from the line's start, and its
    /// byte offset (a character boundary).
    units: usize,
    at: usize,
}

impl EditCursor {
    /// The byte offset of `position` in `text`; the cursor moves there.
    pub fn offset(&mut self, text: &str, position: Position, encoding: PositionEncoding) -> usize {
        if !self.is_valid(text) {
            *self = EditCursor::default();
        }
        let bytes = text.as_bytes();
        let line = position.line as usize;
        while self.line < line {
            let Some(next) = next_line_start(bytes, self.start) else {
                return text.len();
            };
            self.move_to_line(self.line + 1, next);
        }
        while self.line > line {
            let previous = previous_line_start(bytes, self.start);
            self.move_to_line(self.line - 1, previous);
        }
        let wanted = position.character as usize;
        if self.units > wanted {
            self.units = 0;
            self.at = self.start;
        }
        for (i, c) in text[self.at..].char_indices() {
            let next = self.units + encoding.units(c);
            if c == '\n' || c == '\r' || next > wanted {
                self.at += i;
                return self.at;
            }
            self.units = next;
        }
        self.at = text.len();
        self.at
    }

    fn move_to_line(&mut self, line: usize, start: usize) {
        *self = EditCursor {
            line,
            start,
            units: 0,
            at: start,
        };
    }

    /// The cursor stays valid across an edit that starts at or after its
    /// point, except when the edit makes its line start the `\n` of a new
    /// `\r\n` (or pushes the text's end before it).
    fn is_valid(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        self.at <= bytes.len()
            && text.is_char_boundary(self.at)
            && (self.start == 0
                || bytes[self.start - 1] == b'\n'
                || (bytes[self.start - 1] == b'\r' && bytes.get(self.start) != Some(&b'\n')))
    }
}

/// The start of the line after the one starting at `start`, if any.
fn next_line_start(bytes: &[u8], start: usize) -> Option<usize> {
    let offset = bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')?;
    let end = start + offset;
    Some(
        if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        },
    )
}

/// The start of the line before the one starting at `start` (> 0).
fn previous_line_start(bytes: &[u8], start: usize) -> usize {
    let mut line_break = start - 1;
    if bytes[line_break] == b'\n' && line_break > 0 && bytes[line_break - 1] == b'\r' {
        line_break -= 1;
    }
    bytes[..line_break]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::position::PositionIndex;

    // `é` is 2 bytes and 1 UTF-16 unit; `😀` is 4 bytes and 2 UTF-16 units.
    const TEXT: &str = "aé😀b\r\nx\ry\n\nlast";

    #[test]
    fn agrees_with_the_position_index_walking_forwards_and_backwards() {
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
            let index = PositionIndex::new(TEXT, encoding);
            let mut positions = Vec::new();
            for line in 0..7 {
                for character in 0..9 {
                    positions.push(Position::new(line, character));
                }
            }
            let mut cursor = EditCursor::default();
            let backwards: Vec<_> = positions.iter().rev().copied().collect();
            for position in positions.iter().chain(&backwards).chain(&positions) {
                assert_eq!(
                    cursor.offset(TEXT, *position, encoding),
                    index.offset(*position),
                    "{encoding:?} {position:?}"
                );
            }
        }
    }

    #[test]
    fn an_edit_that_joins_a_lone_cr_to_a_new_lf_resets_the_cursor() {
        let mut text = String::from("ab\rcd");
        let mut cursor = EditCursor::default();
        let at = cursor.offset(&text, Position::new(1, 0), PositionEncoding::Utf8);
        assert_eq!(at, 3);
        text.insert(at, '\n');
        // "ab\r\ncd": line 1 now starts after the `\n`.
        let at = cursor.offset(&text, Position::new(1, 1), PositionEncoding::Utf8);
        assert_eq!(at, 5);
    }
}
