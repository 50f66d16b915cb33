//! The density guard: Markdown that is nearly all markup is read as plain
//! text.
//!
//! pulldown-cmark builds a tree of the whole file before its first event,
//! 48 bytes a node. An article makes a node every seven to eleven bytes;
//! a file of `[[[`, one-letter lines or `|a|b|` rows makes one every one to
//! three bytes, and the tree alone then weighs 16 to 48 times the file
//! (docs/performance.md, "Worst cases"). The nodes are estimated from the
//! source in one byte scan, before parsing: two per non-blank line (a text
//! and a line break or a block), one per byte that can open or close an
//! inline node, two per `<` (an HTML tag and the text it cuts). Real documents measure 0.01–0.15 estimated nodes per byte
//! (this repository's docs, the corpus, the recall drafts), the constructed
//! worst cases 0.28–2.0; the cut, [`MAX_NODES_PER_BYTE`], leaves a margin of
//! more than 1.5 on both sides and bounds the tree at 12 bytes a byte.
//!
//! Only large files are guarded ([`MIN_GUARDED_BYTES`]): a small file costs
//! little whatever its shape, and a short table or list of links, dense as
//! it is, keeps its Markdown reading.

use crate::diagnostic::Span;

/// Files smaller than this are always parsed as Markdown: 256 KiB is some
/// forty thousand words, five times the longest article of the corpus, and
/// a tree at the worst density seen (2 nodes a byte) is then 24 MiB at most.
pub const MIN_GUARDED_BYTES: usize = 256 * 1024;

/// Above this many estimated nodes per byte, a large file is read as plain
/// text (see the module documentation for the measured gap it sits in).
/// Kept as a fraction, numerator over denominator, to stay in integers.
const MAX_NODES_PER_BYTE: (usize, usize) = (1, 4);

/// The stretch of the file over which the densest place is looked for, so
/// that the finding points at a line: long enough to hold many lines.
const STRETCH_BYTES: usize = 16 * 1024;

/// Why a Markdown file was read as plain text: the finding of
/// `structure.dense-markup` is built from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DenseMarkup {
    /// Estimated parser nodes per 100 bytes over the whole file.
    pub nodes_per_100_bytes: usize,
    /// The first line of the densest stretch of the file: where to look.
    pub densest_line: Span,
}

/// `Some` when `view` (a Markdown body, offsets those of the file) is too
/// dense in markup to be parsed as Markdown within the memory bound.
pub fn check(view: &str) -> Option<DenseMarkup> {
    if view.len() < MIN_GUARDED_BYTES {
        return None;
    }
    let estimate = estimate(view);
    let (numerator, denominator) = MAX_NODES_PER_BYTE;
    (estimate.nodes * denominator > view.len() * numerator).then(|| DenseMarkup {
        nodes_per_100_bytes: estimate.nodes * 100 / view.len(),
        densest_line: estimate.densest_line,
    })
}

impl DenseMarkup {
    /// The same, for a body that starts `offset` bytes into the file.
    pub fn shifted(self, offset: usize) -> DenseMarkup {
        DenseMarkup {
            densest_line: Span::new(
                self.densest_line.start + offset,
                self.densest_line.end + offset,
            ),
            ..self
        }
    }
}

struct Estimate {
    nodes: usize,
    densest_line: Span,
}

/// The nodes a byte opens, closes or stands for: one for a byte of inline
/// markup (emphasis, a link's bracket, an escape, a character reference, a
/// table cell), two for `<`, as an inline HTML tag is a node and cuts the
/// text around it in two (`<b>a</b> ` makes four nodes in nine bytes:
/// counted one each, such a file passed for prose and its tree weighed 20
/// times the file). Real documents hold few tags: their figures did not
/// move (0.068 for this repository's docs, at most 0.097 in the corpus).
fn nodes_of_byte(b: u8) -> usize {
    match b {
        b'<' => 2,
        b'*' | b'_' | b'[' | b']' | b'!' | b'`' | b'\\' | b'&' | b'~' | b'|' => 1,
        _ => 0,
    }
}

fn estimate(view: &str) -> Estimate {
    let bytes = view.as_bytes();
    let mut nodes = 0;
    // The stretch being measured and the densest one so far.
    let mut stretch = Stretch::at(0);
    let mut densest = Stretch::at(0);
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        let line = &bytes[start..end];
        let markup: usize = line.iter().map(|&b| nodes_of_byte(b)).sum();
        let blank = line.iter().all(u8::is_ascii_whitespace);
        let line_nodes = markup + if blank { 0 } else { 2 };
        nodes += line_nodes;
        if stretch.first_line.is_none() && !blank {
            stretch.first_line = Some(Span::new(start, end));
        }
        stretch.nodes += line_nodes;
        let next = (end + 1).min(bytes.len());
        if next - stretch.start >= STRETCH_BYTES || next == bytes.len() {
            stretch.len = next - stretch.start;
            if stretch.denser_than(&densest) {
                densest = stretch;
            }
            stretch = Stretch::at(next);
        }
        start = next;
    }
    Estimate {
        nodes,
        densest_line: densest.first_line.unwrap_or(Span::new(0, 0)),
    }
}

#[derive(Clone, Copy)]
struct Stretch {
    start: usize,
    len: usize,
    nodes: usize,
    first_line: Option<Span>,
}

impl Stretch {
    fn at(start: usize) -> Stretch {
        Stretch {
            start,
            len: 0,
            nodes: 0,
            first_line: None,
        }
    }

    fn denser_than(&self, other: &Stretch) -> bool {
        other.len == 0 || self.nodes * other.len > other.nodes * self.len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_files_are_never_guarded() {
        let dense = "[".repeat(MIN_GUARDED_BYTES - 1);
        assert_eq!(check(&dense), None);
    }

    #[test]
    fn a_large_file_of_markup_is_guarded() {
        let dense = "|a|b|\n".repeat(MIN_GUARDED_BYTES / 6 + 1);
        let found = check(&dense).expect("a table of one-letter cells is dense");
        // Two nodes a line and three bars, per six bytes.
        assert_eq!(found.nodes_per_100_bytes, 83);
        assert_eq!(found.densest_line, Span::new(0, 5));
    }

    /// Tags around single words: four nodes in ten bytes, which counting
    /// a tag's `<` once took for prose (0.2 a byte).
    #[test]
    fn a_large_file_of_inline_tags_is_guarded() {
        let dense = "<i>x</i>\n\n".repeat(MIN_GUARDED_BYTES / 10 + 1);
        let found = check(&dense).expect("a tag around every word is dense");
        // Two tags of two nodes and two nodes for the line, per ten bytes.
        assert_eq!(found.nodes_per_100_bytes, 60);
    }

    #[test]
    fn a_large_file_of_prose_is_not() {
        let prose = "Le conseil a voté le *budget* du [marché](/m) couvert.\n\n"
            .repeat(MIN_GUARDED_BYTES / 50);
        assert_eq!(check(&prose), None);
    }

    /// This repository's own documentation, Markdown as people write it
    /// (tables, lists, code, links), repeated past the minimum size: it
    /// keeps its Markdown reading.
    #[test]
    fn the_repository_docs_are_read_as_markdown() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut docs = std::fs::read_to_string(root.join("README.md")).unwrap();
        for entry in std::fs::read_dir(root.join("docs")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                docs.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
        let docs = docs.repeat(MIN_GUARDED_BYTES / docs.len() + 1);
        assert!(docs.len() >= MIN_GUARDED_BYTES);
        assert_eq!(check(&docs), None);
        let markup = super::super::parse(&docs, super::super::MarkupKind::Markdown);
        assert_eq!(markup.dense_markup, None);
    }

    #[test]
    fn the_finding_points_at_the_densest_stretch() {
        let prose = "Le conseil municipal a voté le budget du marché couvert.\n\n";
        let mut text = prose.repeat(STRETCH_BYTES * 2 / prose.len());
        let dense_start = text.len();
        text.push_str(&"- a\n".repeat(MIN_GUARDED_BYTES / 4));
        let found = check(&text).expect("mostly one-letter list items");
        assert!(found.densest_line.start >= dense_start);
        assert_eq!(&text[found.densest_line.range()], "- a");
    }
}
