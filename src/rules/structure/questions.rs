//! A section of questions with no question in it, for
//! `structure.empty-section`: a title naming the readers' questions ("FAQ",
//! "Common questions", "Questions fréquentes") over a few lines that ask
//! nothing, an apology or a thank-you, is a section whose content was
//! never written. Every form of a FAQ asks: a question mark in a line, a
//! list, a bold question. A section sending the reader elsewhere (a link,
//! an address, a number) delivers its questions there, and a title that
//! asks itself ("Any questions?") is a contact prompt. A title where the
//! questions are someone's ("Your questions", "Préparer ses questions")
//! or a topic of prose ("Questions from the floor") names no FAQ: the
//! title is "FAQ", or ends on "questions" after a qualifier.

use super::closing;
use super::plain_sections::{body_text, title_shaped};
use crate::markup::BlockKind;
use crate::rules::leftovers::Leftovers;
use crate::text::Document;

/// Abbreviations naming a section of the readers' questions.
const FAQ_WORDS: &[&str] = &["faq", "faqs"];

/// Determiners and possessives that make questions someone's or a
/// topic's: "Your questions", "Les questions", "Préparer ses questions".
const DETERMINERS: &[&str] = &[
    "the", "your", "our", "my", "his", "her", "their", "any", "some", "other", "les", "des", "vos",
    "nos", "ses", "mes", "tes", "leurs", "autres", "quelques",
];

/// Most blocks of a section of questions left empty: a longer one is a
/// section of its own under an odd title.
const MAX_BLOCKS: usize = 2;

/// Whether the line at `index` names a section of questions: "FAQ", or
/// a title ending on "questions" after a qualifier ("Frequently asked
/// questions", "Questions fréquentes" is read by its first word too).
pub(super) fn names_questions(doc: &Document<'_>, index: usize) -> bool {
    let words: Vec<String> = doc
        .words_of_block(index)
        .iter()
        .map(|w| doc.text(w.span()).to_lowercase())
        .collect();
    words.iter().any(|w| FAQ_WORDS.contains(&w.as_str()))
        || matches!(words.as_slice(), [.., qualifier, last]
            if last == "questions" && !DETERMINERS.contains(&qualifier.as_str()))
}

/// Whether the heading at `index` names a section of questions and the
/// blocks under it, up to the next heading (of the same or a higher level
/// when the page has levels), ask none and point nowhere.
pub(super) fn is_question_section_without_questions(
    doc: &Document<'_>,
    index: usize,
    levels: bool,
    leftovers: &Leftovers,
) -> bool {
    let blocks = doc.blocks();
    let BlockKind::Heading { level } = blocks[index].kind() else {
        return false;
    };
    let title = doc.prose(blocks[index].span()).trim();
    if !names_questions(doc, index) || title.contains('?') {
        return false;
    }
    // The section runs to the next title or to the letter's closing;
    // the page's widgets under it (a rating prompt) are not its text.
    let section: Vec<usize> = (index + 1..blocks.len())
        .take_while(|&i| {
            !closing::is_closing(doc, i)
                && match blocks[i].kind() {
                    BlockKind::Heading { level: next } => levels && next > level,
                    _ => true,
                }
        })
        .filter(|&i| !leftovers.is_leftover(i))
        .collect();
    let asks_or_points = |i: usize| {
        let text = doc.prose(blocks[i].span());
        text.contains(['?', '@'])
            || text.contains("://")
            || text.contains("www.")
            || doc.words_of_block(i).iter().any(|w| w.has_digit())
    };
    (1..=MAX_BLOCKS).contains(&section.len())
        && section
            .iter()
            .all(|&i| matches!(blocks[i].kind(), BlockKind::Paragraph) && !asks_or_points(i))
}

/// Questions a page answers, each over its text, before a question left
/// with no answer reads as a gap in an interview or a FAQ.
const MIN_ANSWERED: usize = 3;

/// Most words of a question line of an interview or a FAQ.
const MAX_QUESTION_WORDS: usize = 24;

/// Whether the block at `i` is one question on a line of its own: a
/// capital, one sentence ending on a question mark, a few words.
fn is_question_line(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let line = doc.prose(block.span()).trim();
    let body = line.trim_end_matches(['?', ' ', '\u{a0}', '\u{202f}']);
    matches!(
        block.kind(),
        BlockKind::Heading { .. } | BlockKind::Paragraph
    ) && line.ends_with('?')
        && line.starts_with(char::is_uppercase)
        && !body.contains(['?', '.', '!', ':', '\n'])
        && (2..=MAX_QUESTION_WORDS).contains(&doc.words_of_block(i).len())
}

/// The questions of a plain-text page that head their answers, read once
/// per document: an interview's or a FAQ's form.
/// Fewest words of a short answer ("Yes, every Sunday.").
const MIN_SHORT_ANSWER_WORDS: usize = 2;

/// The block at `i` is a short answer: a paragraph of a few words ending
/// on a full stop.
fn short_answer(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks().get(i).is_some_and(|b| {
        b.kind() == BlockKind::Paragraph
            && doc.words_of_block(i).len() >= MIN_SHORT_ANSWER_WORDS
            && doc.prose(b.span()).trim_end().ends_with(['.', '!', ')'])
    })
}

/// Separators of an interface line: a forum post's header, a bar of
/// buttons ("Reply from Sam · 👍 3 · Quote · Reply").
const INTERFACE_SEPARATORS: &[char] = &['·', '|', '•'];

/// The line is a site's interface, not text: two separators of a bar at
/// least, no sentence ending it.
pub(super) fn is_interface_line(line: &str) -> bool {
    let line = line.trim();
    let separators = line.matches(INTERFACE_SEPARATORS).count();
    // One separator between buttons of a word or two ("Yes | No").
    let last_button = line
        .rsplit(INTERFACE_SEPARATORS)
        .next()
        .is_some_and(|b| (1..=MAX_BUTTON_WORDS).contains(&b.split_whitespace().count()));
    (separators >= 2 || (separators == 1 && last_button)) && !line.ends_with(['.', '?', '!'])
}

/// Most words of a button of an interface line.
const MAX_BUTTON_WORDS: usize = 3;

/// Fewest words of a question repeated on the next line.
const MIN_REPEATED_QUESTION_WORDS: usize = 3;

/// The block at `i` is a question (a title, a bold line, a paragraph)
/// repeated word for word by the next block: the copy took the place of
/// the answer, or the answer of the first copy is missing.
pub(super) fn is_repeated_question(doc: &Document<'_>, i: usize) -> bool {
    let blocks = doc.blocks();
    let norm = |i: usize| {
        doc.prose(blocks[i].span())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    i + 1 < blocks.len()
        && doc.words_of_block(i).len() >= MIN_REPEATED_QUESTION_WORDS
        && doc.words_of_block(i).len() <= MAX_QUESTION_WORDS
        && doc.prose(blocks[i].span()).trim_end().ends_with('?')
        && norm(i) == norm(i + 1)
}

/// Questions a page answers, each over its text, before a question
/// right over an answered one reads as a gap rather than two questions
/// sharing one answer.
const MIN_ANSWERED_OVER_QUESTION: usize = 2;

pub(super) struct QuestionPage {
    /// Question lines over a paragraph of text, in order.
    answered: Vec<usize>,
}

impl QuestionPage {
    pub(super) fn of(doc: &Document<'_>, leftovers: &Leftovers) -> Self {
        let answer = |i: usize| {
            (body_text(doc, i) || short_answer(doc, i))
                && !leftovers.is_leftover(i)
                && !is_question_line(doc, i)
        };
        let answered = (0..doc.blocks().len())
            .filter(|&i| is_question_line(doc, i) && !leftovers.is_leftover(i) && answer(i + 1))
            .collect();
        QuestionPage { answered }
    }

    /// Whether the line at `index` is a question right over a question
    /// that heads its answer, first under the FAQ's title ("Frequently
    /// asked questions") or after an answer in a page answering two
    /// questions at least: its own answer is missing.
    fn over_an_answered_question(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let blocks = doc.blocks();
        let Some(previous) = index.checked_sub(1) else {
            return false;
        };
        // A widget's title ("Related questions") heads links, not a FAQ.
        let under_faq_title = blocks[previous].kind().is_heading()
            && !leftovers.is_leftover(previous)
            && !leftovers.is_widget(previous)
            && names_questions(doc, previous)
            && !doc.prose(blocks[previous].span()).contains('?');
        let after_answer = (body_text(doc, previous) || short_answer(doc, previous))
            && !leftovers.is_leftover(previous)
            && self.answered.len() >= MIN_ANSWERED_OVER_QUESTION;
        is_question_line(doc, index)
            && !leftovers.is_leftover(index)
            && self.answered.binary_search(&index).is_err()
            && self.answered.binary_search(&(index + 1)).is_ok()
            && (under_faq_title || after_answer)
    }

    /// Whether the line at `index` is a question of the page's series
    /// left unanswered: after an answer, in a page answering questions
    /// above it, over a title of another kind ("Her early years") or a
    /// web page's leftovers. A question over another question may share
    /// its answer ("Is it hard? Is it worth it?" answered as one), and
    /// the last line's question to the reader is a leftover the promo
    /// rules report.
    pub(super) fn is_unanswered(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let next = index + 1;
        let answered_above = self.answered.partition_point(|&q| q < index);
        self.over_an_answered_question(doc, index, leftovers)
            || self.answered.len() >= MIN_ANSWERED
                && answered_above >= MIN_ANSWERED - 1
                && self.answered.binary_search(&index).is_err()
                && is_question_line(doc, index)
                && !leftovers.is_leftover(index)
                && index
                    .checked_sub(1)
                    .is_some_and(|previous| body_text(doc, previous) || short_answer(doc, previous))
                && next < doc.blocks().len()
                && (leftovers.is_leftover(next)
                    || (title_shaped(doc, next) && !is_question_line(doc, next))
                    || self.answered.binary_search(&next).is_ok()
                    || is_interface_line(doc.prose(doc.blocks()[next].span())))
    }
}
