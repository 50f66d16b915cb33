//! Byte offsets to 1-based lines and character columns, for renderers only.

/// Line starts of one text, computed once per file, and a character count
/// every [`CHECKPOINT`] bytes, so a column costs at most that many bytes of
/// counting however long the line (100,000 findings on one 300 KB line
/// used to take seconds, counting from the line start each time).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// `chars_at[i]`: characters that start before byte `i * CHECKPOINT`.
    chars_at: Vec<usize>,
}

const CHECKPOINT: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based.
    pub line: usize,
    /// 1-based, in Unicode scalar values.
    pub column: usize,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_at = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut count = 0;
        chars_at.push(0);
        for chunk in text.as_bytes().chunks(CHECKPOINT) {
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
            chars_at.push(count);
        }
        LineIndex {
            text,
            starts,
            chars_at,
        }
    }

    /// Characters that start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let from = block * CHECKPOINT;
        self.chars_at[block]
            + self.text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }

    /// The line and column of a byte offset (clamped to the text, and moved
    /// back to a character boundary if needed).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.chars_before(offset) - self.chars_before(self.starts[line]) + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The byte range of the lines a span touches, from the start of its
    /// first line to the end of its last (newline excluded).
    pub fn lines_around(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.line_col(start).line - 1;
        let last = self.line_col(end).line - 1;
        let from = self.starts[first];
        let to = self
            .starts
            .get(last + 1)
            .map_or(self.text.len(), |next| next - 1);
        from..to.max(from)
    }

    /// The byte offset where a 0-based line starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    pub fn text(&self) -> &'a str {
        self.text
    }
}

/// A byte that continues a UTF-8 sequence rather than starting a character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let idx = LineIndex::new("é\r\nàb");
        assert_eq!(idx.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(2), LineCol { line: 1, column: 2 });
        assert_eq!(idx.line_col(4), LineCol { line: 2, column: 1 });
        assert_eq!(idx.line_col(6), LineCol { line: 2, column: 2 });
        assert_eq!(idx.line_col(7), LineCol { line: 2, column: 3 });
    }

    #[test]
    fn columns_agree_with_counting_across_checkpoints() {
        let text = format!("{}\n{}x", "é".repeat(300), "aé😀".repeat(200));
        let idx = LineIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = LineCol {
                line: 1 + text[..offset].matches('\n').count(),
                column: text[line_start..offset].chars().count() + 1,
            };
            assert_eq!(idx.line_col(offset), want, "offset {offset}");
        }
    }

    #[test]
    fn columns_on_a_very_long_line_cost_little() {
        // 4 MB on one line, 100,000 lookups: counting from the line start
        // each time would be 2 * 10^11 byte visits.
        let text = "le é ".repeat(700_000);
        let idx = LineIndex::new(&text);
        let start = std::time::Instant::now();
        let step = text.len() / 100_000;
        let mut offset = 0;
        while offset < text.len() {
            while !text.is_char_boundary(offset) {
                offset += 1;
            }
            assert_eq!(idx.line_col(offset).line, 1);
            offset += step;
        }
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }
}
