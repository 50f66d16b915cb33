//! What a pack rule's `fix = "delete"` removes, and whether `--fix` may
//! remove it unattended.
//!
//! A widget copied from a web page ("Share on Facebook", "Read more",
//! "Advertisement") sits on a line of its own. Deleting only the words a
//! rule matched leaves the rest of the widget behind (`Share on Facebook`
//! → `Facebook`): new debris that `--fix` would write without anyone
//! looking. So a deletion is safe only when it removes a whole line that is
//! nothing but widget: the text the rule recognised, plus words the rule
//! lists as widget material (`widget-words`: network names, "this
//! article"…), punctuation, symbols and markup. Then the whole line goes,
//! line ending included, and no word of it remains.
//!
//! Anything else (the match inside prose, or other words on its line) is
//! still suggested, as the deletion of the match alone, but never safe:
//! a person decides. Table rows are never deleted: removing the header row
//! would turn the table into text. Nor are the lines of captions (an `alt`
//! or `title` attribute, a front-matter field): their line is the element
//! or the field, markup that is not widget; nor lines holding HTML tags,
//! whose elements would be left unbalanced.

use crate::diagnostic::Span;
use crate::markup::BlockKind;
use crate::text::{Document, normalize_apostrophes};
use std::collections::HashSet;

/// Words that may stand beside a rule's match on a widget line, lowercase
/// with straight apostrophes.
#[derive(Debug, Default)]
pub struct WidgetWords(HashSet<String>);

impl WidgetWords {
    pub fn new(words: &[String]) -> Self {
        WidgetWords(words.iter().map(|w| normalized(w)).collect())
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(&normalized(word))
    }
}

fn normalized(word: &str) -> String {
    normalize_apostrophes(word.trim()).to_lowercase()
}

/// A deletion to suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deletion {
    pub span: Span,
    /// The deletion takes whole lines holding nothing but the widget.
    pub whole_lines: bool,
}

/// The deletion for a match: `reported` is the span the finding points at,
/// `recognised` the text the rule matched as widget (the whole match of a
/// pattern, which may be wider than its `span` group), `block` the index of
/// the block holding the match.
pub fn deletion(
    doc: &Document<'_>,
    reported: Span,
    recognised: Span,
    block: usize,
    widget_words: &WidgetWords,
) -> Deletion {
    let source = doc.source();
    let recognised = Span::new(
        recognised.start.min(reported.start),
        recognised.end.max(reported.end),
    );
    let line_start = source[..recognised.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[recognised.end..]
        .find('\n')
        .map_or(source.len(), |i| recognised.end + i);
    let keeps_line = matches!(
        doc.blocks()[block].kind(),
        BlockKind::TableCell | BlockKind::Caption
    );
    let line = Span::new(line_start, line_end);
    let only_widget = !keeps_line
        && !has_html_tag(doc, line)
        && line_words(doc, line)
            .filter(|w| !recognised.contains(w.span()) && !w.is_elision())
            .all(|w| widget_words.contains(doc.text(w.span())));
    if only_widget {
        Deletion {
            span: whole_lines(source, line_start, line_end),
            whole_lines: true,
        }
    } else {
        Deletion {
            span: match_deletion(source, reported),
            whole_lines: false,
        }
    }
}

/// A `<` of the file that the markup layer did not read as prose starts a
/// tag (or a comment): the line is HTML structure.
fn has_html_tag(doc: &Document<'_>, line: Span) -> bool {
    let masked = doc.markup.masked.as_bytes();
    doc.source().as_bytes()[line.range()]
        .iter()
        .zip(&masked[line.range()])
        .any(|(&s, &m)| s == b'<' && m != b'<')
}

/// The words of the document inside `span`.
fn line_words<'d>(
    doc: &'d Document<'_>,
    span: Span,
) -> impl Iterator<Item = &'d crate::text::Word> + 'd {
    let first = doc.words.partition_point(|w| w.span().end <= span.start);
    doc.words[first..]
        .iter()
        .take_while(move |w| w.span().start < span.end)
}

/// `line_start..line_end` (without line ending) widened to the whole lines,
/// line ending included. When the widget was a paragraph of its own (blank
/// line before it, blank line or end of file after it), one of the blank
/// lines goes too, so no run of blank lines is left where it was.
fn whole_lines(source: &str, line_start: usize, line_end: usize) -> Span {
    let end = source[line_end..]
        .find('\n')
        .map_or(source.len(), |i| line_end + i + 1);
    let previous_start = (line_start > 0).then(|| line_start_before(source, line_start));
    let blank_before = previous_start.is_none_or(|p| source[p..line_start].trim().is_empty());
    if !blank_before {
        return Span::new(line_start, end);
    }
    let next_end = source[end..].find('\n').map(|i| end + i + 1);
    match (next_end, previous_start) {
        (Some(next_end), _) if source[end..next_end].trim().is_empty() => {
            Span::new(line_start, next_end)
        }
        // The last line: the blank line before it goes.
        (None, Some(previous)) if source[end..].trim().is_empty() => {
            Span::new(previous, source.len())
        }
        _ => Span::new(line_start, end),
    }
}

/// The start of the line that ends just before `line_start`.
fn line_start_before(source: &str, line_start: usize) -> usize {
    source[..line_start - 1].rfind('\n').map_or(0, |i| i + 1)
}

/// A deleted phrase inside a line takes its trailing punctuation (`...`,
/// `…`, `:`, `!`) and the spaces after it; at the end of a line it takes the
/// spaces before it instead, so no stray blank is left.
fn match_deletion(source: &str, span: Span) -> Span {
    let mut end = span.end;
    let rest = &source[end..];
    let punct = rest
        .char_indices()
        .find(|&(_, c)| !matches!(c, '.' | '…' | ':' | '!' | '»' | '›'))
        .map_or(rest.len(), |(i, _)| i);
    end += punct;
    let spaces = source[end..]
        .char_indices()
        .find(|&(_, c)| c != ' ' && c != '\t' && c != '\u{a0}')
        .map_or(source.len() - end, |(i, _)| i);
    let line_ends_after = source[end + spaces..]
        .chars()
        .next()
        .is_none_or(|c| c == '\n' || c == '\r');
    let mut start = span.start;
    if line_ends_after {
        // Remove the spaces before, keep the line ending.
        start = source[..start]
            .trim_end_matches([' ', '\t', '\u{a0}'])
            .len();
    }
    Span::new(start, end + spaces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::Language;
    use std::path::Path;

    /// The deletion for the first occurrence of `matched` in `source`.
    fn delete(source: &str, matched: &str, widget: &[&str], kind: MarkupKind) -> (String, bool) {
        let markup = markup::parse(source, kind);
        let doc = Document::new(
            Path::new("t"),
            source,
            markup,
            Some(Language::En),
            Language::En,
        );
        let start = source.find(matched).expect("match in source");
        let span = Span::new(start, start + matched.len());
        let block = doc
            .blocks()
            .iter()
            .position(|b| b.span().contains(span))
            .expect("match in a block");
        let words: Vec<String> = widget.iter().map(|w| w.to_string()).collect();
        let d = deletion(&doc, span, span, block, &WidgetWords::new(&words));
        let mut out = source.to_string();
        out.replace_range(d.span.range(), "");
        (out, d.whole_lines)
    }

    fn plain(source: &str, matched: &str, widget: &[&str]) -> (String, bool) {
        delete(source, matched, widget, MarkupKind::Plain)
    }

    #[test]
    fn a_line_of_widget_words_goes_whole() {
        let src = "The harbour reopened on Monday.\n\nPost to Mastodon and Bluesky!\n\nBoats came back.\n";
        let (out, whole) = plain(src, "Post to", &["mastodon", "and", "bluesky"]);
        assert!(whole);
        assert_eq!(out, "The harbour reopened on Monday.\n\nBoats came back.\n");
    }

    #[test]
    fn other_words_on_the_line_make_the_deletion_partial() {
        let src = "Post to the harbour master before noon.\n";
        let (out, whole) = plain(src, "Post to", &["mastodon"]);
        assert!(!whole, "{out:?}");
        assert_eq!(out, "the harbour master before noon.\n");
    }

    #[test]
    fn a_match_after_prose_on_its_line_is_partial() {
        let src = "The ferry timetable changes in May... Keep going\n";
        let (out, whole) = plain(src, "Keep going", &[]);
        assert!(!whole);
        assert_eq!(out, "The ferry timetable changes in May...\n");
    }

    #[test]
    fn punctuation_symbols_and_markup_are_part_of_the_widget() {
        let src = "Intro text here.\n\n- **Keep going** → ⭐\n- Second item of the list\n";
        let (out, whole) = delete(src, "Keep going", &[], MarkupKind::Markdown);
        assert!(whole);
        assert_eq!(out, "Intro text here.\n\n- Second item of the list\n");
    }

    #[test]
    fn crlf_and_a_last_line_without_ending() {
        let (out, whole) = plain(
            "Title\r\n\r\nKeep going\r\nMore text.\r\n",
            "Keep going",
            &[],
        );
        assert!(whole);
        assert_eq!(out, "Title\r\n\r\nMore text.\r\n");
        let (out, whole) = plain("Some text.\nKeep going", "Keep going", &[]);
        assert!(whole);
        assert_eq!(out, "Some text.\n");
        let (out, whole) = plain("Some text.\n\nKeep going\n", "Keep going", &[]);
        assert!(whole);
        assert_eq!(out, "Some text.\n");
    }

    #[test]
    fn a_table_row_is_never_deleted() {
        let src = "| Keep going |\n|---|\n| cell |\n";
        let (_, whole) = delete(src, "Keep going", &[], MarkupKind::Markdown);
        assert!(!whole);
    }
}
