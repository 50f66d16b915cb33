//! Bold lines used as headings, for `structure.empty-section`: an
//! interview's questions or a page's subtitles are often a paragraph that
//! is all bold (`**Vos projets ?**`) rather than a heading. Such a line is
//! a title of the document's when the document answers others of the same
//! form (a question under a question's form, a label under a label's) with
//! a paragraph of text; one of them left over the next bold title, over a
//! heading or at the document's end is an empty section.

use crate::markup::BlockKind;
use crate::text::Document;

/// Most words of a bold line read as a title.
const MAX_BOLD_TITLE_WORDS: usize = 20;

/// Bold titles answered by text the document must show before a bold line
/// counts as one: two make a series.
const MIN_ANSWERED: usize = 2;

/// The block at `i` is a paragraph all in bold (`**…**` or `__…__`, one
/// span, alone on its line), a few words long. A block's span holds its
/// text, not the marks around it: the line is read from the source.
fn is_bold_line(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let line = doc.text(doc.lines_around(block.span())).trim();
    let inner = ["**", "__"].iter().find_map(|mark| {
        line.strip_prefix(mark)
            .and_then(|rest| rest.strip_suffix(mark))
    });
    block.kind() == BlockKind::Paragraph
        && inner.is_some_and(|inner| !inner.contains("**") && !inner.contains("__"))
        && (1..=MAX_BOLD_TITLE_WORDS).contains(&doc.words_of_block(i).len())
}

/// A bold title ends with a question mark, or does not: the two forms
/// make two series (an interview's questions, a page's labels).
fn is_question(doc: &Document<'_>, i: usize) -> bool {
    doc.text(doc.blocks()[i].span())
        .trim_end_matches(['*', '_', ' ', '\u{a0}'])
        .ends_with('?')
}

/// The bold titles a document answers with text, counted once per
/// document: questions and labels apart.
#[derive(Default)]
pub(super) struct BoldSeries {
    answered_questions: usize,
    answered_labels: usize,
}

impl BoldSeries {
    pub(super) fn of(doc: &Document<'_>) -> Self {
        let blocks = doc.blocks();
        let mut series = BoldSeries::default();
        for i in 0..blocks.len() {
            let answered = is_bold_line(doc, i)
                && blocks
                    .get(i + 1)
                    .is_some_and(|b| b.kind() == BlockKind::Paragraph)
                && !is_bold_line(doc, i + 1);
            if answered && is_question(doc, i) {
                series.answered_questions += 1;
            } else if answered {
                series.answered_labels += 1;
            }
        }
        series
    }

    /// Whether the block at `index` is a bold title with nothing under
    /// it: over another bold title, over a heading, or ending the
    /// document, in a document that answers at least two bold titles of
    /// its form with text. (An empty one is not among the answered.)
    pub(super) fn is_empty_bold_title(&self, doc: &Document<'_>, index: usize) -> bool {
        let blocks = doc.blocks();
        if index == 0 || !is_bold_line(doc, index) {
            return false;
        }
        let empty = match blocks.get(index + 1) {
            None => true,
            Some(next) => next.kind().is_heading() || is_bold_line(doc, index + 1),
        };
        let answered = match is_question(doc, index) {
            true => self.answered_questions,
            false => self.answered_labels,
        };
        empty && answered >= MIN_ANSWERED
    }
}

/// Whether a thematic break (`---`, `***`, `___` on a line of its own)
/// sits right under the ATX heading at `index`, before any other block:
/// the section ends there, with nothing in it. (Under an ATX heading such
/// a line is a break, never a setext underline.)
pub(super) fn is_cut_by_a_rule(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let heading = blocks[index].span();
    let source = doc.source();
    // The span holds the heading's text: its marks are read from the line.
    let line_start = doc.lines_around(heading).start;
    if !source[line_start..heading.start]
        .trim_start()
        .starts_with('#')
    {
        return false;
    }
    let gap_end = blocks
        .get(index + 1)
        .map_or(source.len(), |b| b.span().start);
    let gap = &source[heading.end..gap_end];
    // Only whole lines: the gap ends where the next block's prose starts,
    // after its own marks (`***Title***` opens with what looks like a rule).
    let whole_lines = match gap_end == source.len() {
        true => gap,
        false => gap.rsplit_once('\n').map_or("", |(lines, _)| lines),
    };
    whole_lines.lines().any(|line| {
        let line = line.trim();
        line.len() >= 3
            && ['-', '*', '_']
                .iter()
                .any(|&c| line.starts_with(c) && line.chars().all(|l| l == c || l == ' '))
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::structure::EmptySection;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    fn empty_titles(text: &str) -> Vec<String> {
        run(&EmptySection::default(), text, "a.md", Language::En)
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect()
    }

    const ANSWER: &str = "An answer of a few sentences. It goes on for a while.";

    #[test]
    fn a_bold_question_left_without_its_answer_is_empty() {
        let text = format!(
            "# Talk\n\nIntro.\n\n**Why?**\n\n{ANSWER}\n\n**How?**\n\n{ANSWER}\n\n**When?**\n\n**Where?**\n\n{ANSWER}\n"
        );
        assert_eq!(empty_titles(&text), ["When?"]);
        let answered =
            format!("# Talk\n\nIntro.\n\n**Why?**\n\n{ANSWER}\n\n**How?**\n\n{ANSWER}\n");
        assert!(empty_titles(&answered).is_empty());
        // One answered question makes no series; a label is no question.
        let single = format!("# Talk\n\n**Why?**\n\n{ANSWER}\n\n**Thanks to all**\n");
        assert!(empty_titles(&single).is_empty());
    }

    #[test]
    fn a_heading_cut_by_a_thematic_break_is_empty() {
        let text = "# Letter\n\nNews.\n\n## Notices\n\n---\n\nYou get this letter as a member.\n";
        assert_eq!(empty_titles(text), ["Notices"]);
        // A setext heading's underline is no break.
        let setext = "# Letter\n\nNews.\n\nNotices\n---\n\nThe hall is free on Fridays.\n";
        assert!(empty_titles(setext).is_empty());
    }
}
