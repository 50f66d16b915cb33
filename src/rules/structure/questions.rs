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
    let words: Vec<String> = doc
        .words_of_block(index)
        .iter()
        .map(|w| doc.text(w.span()).to_lowercase())
        .collect();
    let names_questions = words.iter().any(|w| FAQ_WORDS.contains(&w.as_str()))
        || matches!(words.as_slice(), [.., qualifier, last]
            if last == "questions" && !DETERMINERS.contains(&qualifier.as_str()));
    if !names_questions || title.contains('?') {
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
