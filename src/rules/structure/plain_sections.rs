//! Plain-text sections, for `structure.empty-section`: plain text has no
//! heading levels, so a title over a title is an empty section or a part
//! over its first subsection. What tells them apart is the form of the
//! whole page:
//!
//! - a page whose sections are all one title over its text (a review's
//!   criteria, a handbook's chapters, minutes' items), with one title over
//!   the next in the middle of it: a sibling left empty. A part title
//!   shows itself otherwise: at the top (before two sections of text), in
//!   a page that nests more than once, or over a subsection that opens
//!   with a place or a date ("In France", "À Brazzaville");
//! - titles after the page's last paragraph of text, over another title,
//!   over nothing but the page's widgets (a share bar, a sign-up prompt,
//!   a related-posts block), or ending the page while promising content
//!   (opening hours, contact, results, gallery, sources, annexes…);
//! - a title promising what prose cannot be (a table, a map, a gallery)
//!   under another title, over a paragraph: the paragraph is the first
//!   title's, the promised block is missing;
//! - a title of a series (the days of a programme, the stages of a
//!   route: "Saturday 14 June", "Day three", "Jour 2") over a title of
//!   another kind, in a page where a title of the series heads text: that
//!   day's section is missing.

use std::collections::HashMap;

use super::closing;
use crate::markup::BlockKind;
use crate::rules::leftovers::Leftovers;
use crate::text::{Document, WEEKDAYS};

/// Words of a paragraph that is the article's text, not a widget line.
const MIN_TEXT_WORDS: usize = 12;

/// Most words of a plain-text section title.
pub(super) const MAX_TITLE_WORDS: usize = 6;

/// The block at `i` is a paragraph of the article's text: long enough, and
/// its last sentence finished.
pub(super) fn finished_text(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks().get(i).is_some_and(|b| {
        let text = doc.prose(b.span()).trim_end();
        b.kind() == BlockKind::Paragraph
            && doc.words_of_block(i).len() >= MIN_TEXT_WORDS
            && text.ends_with(['.', '!', '?', '»', '"', '”', ')'])
    })
}

/// The block at `i` is a paragraph of text under a title, finished or
/// not: a section whose last sentence was cut is still a section of text.
pub(super) fn body_text(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks()
        .get(i)
        .is_some_and(|b| b.kind() == BlockKind::Paragraph)
        && doc.words_of_block(i).len() >= MIN_TEXT_WORDS
}

/// The block at `i` is the author's text under a title: [`body_text`],
/// and neither a widget's line nor a teaser of a related block.
fn authors_text(doc: &Document<'_>, leftovers: &Leftovers, i: usize) -> bool {
    body_text(doc, i) && !leftovers.is_leftover(i) && !leftovers.is_promo_owned(i)
}

/// Words that put a name after them in a credit line ("Propos recueillis
/// par Léa Martin", "Interview by Sam Cole"): such a line is no title.
const CREDIT_WORDS: &[&str] = &["par", "by"];

/// The line at `i` has a section title's form, whatever its kind (plain
/// text reads a last line as a paragraph): a few words opening with a
/// capital, no figure (a time, a date, a quantity: a programme's or a
/// recipe's lines), no colon, comma (a caption names and describes), menu
/// separator or handle, no final full stop.
pub(super) fn title_shaped(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i);
    let title = doc.prose(block.span()).trim();
    matches!(
        block.kind(),
        BlockKind::Heading { .. } | BlockKind::Paragraph
    ) && (1..=MAX_TITLE_WORDS).contains(&words.len())
        && !words.iter().any(|w| w.has_digit())
        && !title.contains([
            ':', ',', '\n', '|', '/', '·', '›', '>', '→', '➔', '▸', '▶', '►', '@', '#',
        ])
        && ![" - ", " – ", " — "].iter().any(|sep| title.contains(sep))
        && !title.trim_end_matches('?').contains('?')
        && !title.ends_with(['.', '!', ',', ';', '…'])
        && title.starts_with(char::is_uppercase)
        && !words.windows(2).any(|pair| {
            let word = doc.text(pair[0].span()).to_lowercase();
            CREDIT_WORDS.contains(&word.as_str())
                && doc.text(pair[1].span()).starts_with(char::is_uppercase)
        })
}

/// Most words on each side of the colon of a title naming its subject
/// after a label ("Meet the team: Sam Cole", "Portrait : Léa Martin").
const MAX_LABEL_NAME_WORDS: usize = 4;

/// The line at `i` is a title naming its subject after a label: a few
/// words, a colon, a name opening with a capital, no final mark.
fn names_after_a_label(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    if !block.kind().is_heading() || doc.words_of_block(i).len() > 2 * MAX_LABEL_NAME_WORDS {
        return false;
    }
    let title = doc.prose(block.span()).trim();
    let Some((label, name)) = title.split_once(':') else {
        return false;
    };
    let (label, name) = (label.trim(), name.trim());
    let fits = |part: &str| (1..=MAX_LABEL_NAME_WORDS).contains(&part.split_whitespace().count());
    fits(label)
        && fits(name)
        && label.starts_with(char::is_uppercase)
        && name.starts_with(char::is_uppercase)
        && !name.contains([':', '.', '!', '?', ',', ';', '|', '·', '@', '/'])
}

/// Most words of a question used as a section's title ("What does the
/// landlord have to repair?"): questions run longer than labels.
const MAX_QUESTION_TITLE_WORDS: usize = 12;

/// The line at `i` reads as a section's title: of a title's form, or a
/// question of a few words opening with a capital.
fn heads_like_a_title(doc: &Document<'_>, i: usize) -> bool {
    title_shaped(doc, i) || {
        let title = doc.prose(doc.blocks()[i].span()).trim();
        title.ends_with('?')
            && !title
                .trim_end_matches('?')
                .contains(['?', '.', '!', '\n', ':'])
            && title.starts_with(char::is_uppercase)
            && doc.words_of_block(i).len() <= MAX_QUESTION_TITLE_WORDS
    }
}

/// The line at `i` has the form of a title over a list: a few words
/// opening with a capital, no colon, no final punctuation; a figure is
/// allowed ("Fees for 2025", "Tarifs 2025").
fn list_title_shaped(doc: &Document<'_>, i: usize) -> bool {
    let title = doc.prose(doc.blocks()[i].span()).trim();
    doc.blocks()[i].kind().is_heading()
        && (1..=MAX_TITLE_WORDS).contains(&doc.words_of_block(i).len())
        && title.starts_with(char::is_uppercase)
        && !title.contains([':', ',', '\n', '|', '/', '@', '#'])
        && !title.ends_with(['.', '!', '?', ',', ';', '…'])
}

/// Blocks at `i` and after it are a list: two items in a row (a list's
/// items, or in plain text lines a reader takes for titles but that hold
/// a colon or a figure: "Weekdays: £400").
fn lists_at(doc: &Document<'_>, i: usize) -> bool {
    let item = |i: usize| {
        doc.blocks().get(i).is_some_and(|b| {
            b.kind() == BlockKind::ListItem
                || (b.kind().is_heading()
                    && !title_shaped(doc, i)
                    && doc.words_of_block(i).len() > 1)
        })
    };
    item(i) && item(i + 1)
}

/// Prepositions that open a subsection's title ("For the filling",
/// "Pour la garniture", "With children"); those of places and dates are
/// read with what follows them ([`opens_with_a_place_or_date`]).
const SUBSECTION_PREPOSITIONS: &[&str] = &["for", "with", "without", "pour", "avec", "sans"];

/// The title at `i` opens with a preposition: a part of the title above.
fn opens_with_a_preposition(doc: &Document<'_>, i: usize) -> bool {
    let words = doc.words_of_block(i);
    // "Pour candidater", "Pour nous écrire": a purpose, a sibling of the
    // page's sections, not a part of the title above ("Pour la pâte").
    let purpose = words.get(1).is_some_and(|w| {
        let word = doc.text(w.span()).to_lowercase();
        PURPOSE_OPENERS.contains(&word.as_str())
            || (word.chars().count() > 4
                && ["er", "ir", "re"].iter().any(|end| word.ends_with(end)))
    }) && words
        .first()
        .is_some_and(|w| doc.text(w.span()).eq_ignore_ascii_case("pour"));
    opens_with_a_place_or_date(doc, i)
        || (!purpose
            && words.first().is_some_and(|w| {
                let word = doc.text(w.span()).to_lowercase();
                SUBSECTION_PREPOSITIONS.contains(&word.as_str())
            }))
}

/// Pronouns that put an infinitive after "pour" ("Pour nous joindre",
/// "Pour en savoir plus", "Pour y aller"): a purpose.
const PURPOSE_OPENERS: &[&str] = &["nous", "vous", "en", "y", "se", "s"];

/// Fewest words of a short paragraph of text under a title: a finished
/// sentence ("Closed on Mondays.", "{{pay}} depending on experience.").
const MIN_SHORT_BODY_WORDS: usize = 3;

/// The block at `i` is a body under a title, of any length: the author's
/// text, a long line cut before its final stop (plain text reads it as a
/// heading), or a short finished sentence.
fn any_body(doc: &Document<'_>, leftovers: &Leftovers, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i).len();
    let line = doc.prose(block.span()).trim_end();
    authors_text(doc, leftovers, i)
        || (!leftovers.is_leftover(i)
            && !leftovers.is_promo_owned(i)
            && ((block.kind().is_heading() && words >= MIN_TEXT_WORDS && !line.ends_with('?'))
                || (block.kind() == BlockKind::Paragraph
                    && words >= MIN_SHORT_BODY_WORDS
                    && line.ends_with(['.', '!', ')']))))
}

/// Sections of text the page must show before a title over a title
/// counts as a sibling left empty: a part title comes near the top.
const MIN_SECTIONS_BEFORE: usize = 2;

/// Words of a line of the author's before a title after the text (a
/// verdict, a rating): a number or a label alone is a widget's.
const MIN_LINE_WORDS: usize = 5;

/// Sections of text a page must show before its last line reads as one
/// more title of the page rather than a sign-off.
const MIN_SECTIONS_FOR_A_LAST_TITLE: usize = 3;

/// Most words of a last line read as a title left empty.
const MAX_LAST_TITLE_WORDS: usize = 4;

/// Pronouns of a writer speaking to the reader ("See you next spring",
/// "À bientôt, on vous attend"): a line holding one is a sign-off, not a
/// title, whatever the closing rules' words.
const SPEAKING_PRONOUNS: &[&str] = &[
    "i", "you", "we", "us", "me", "je", "tu", "nous", "vous", "on", "te", "toi",
];

/// Determiners that open a section's title naming a thing ("La réponse
/// de la rédaction", "The editor's reply"), not a person.
const TITLE_DETERMINERS: &[&str] = &["la", "le", "les", "l", "the", "our", "notre", "nos"];

/// Fewest words of a title after a signature: a name runs to two.
const MIN_TAIL_TITLE_WORDS: usize = 3;

/// Most blocks between a page's last text and a title after its
/// signature: the signature and a widget line or two.
const MAX_BETWEEN_TEXT_AND_TITLE: usize = 3;

/// Most titles in a row left empty at a page's end: more are a menu.
const MAX_EMPTY_TITLES_IN_A_ROW: usize = 2;

/// The form of a plain-text page, read once per document: where its
/// sections of text are, where a title sits over a title, where its text
/// ends.
pub(super) struct PlainPage {
    /// Titles directly over a paragraph of text, in order.
    sections: Vec<usize>,
    /// Titles over a body of any form (text, a short sentence, a list),
    /// in order.
    headed_sections: Vec<usize>,
    /// Titles between two paragraphs of text, over another title that
    /// heads text (both of a title's form), in order; in a stack of three
    /// titles over text, the two upper ones.
    titles_over_titles: Vec<usize>,
    /// Stacks of titles over a title that heads text: a page with more
    /// than one nests its sections, a part over its subsections.
    stacks: usize,
    /// The page's last paragraph of text.
    last_text: Option<usize>,
    /// Paragraphs of the author's text, in order.
    texts: Vec<usize>,
    /// Titles over a body of any length, each with its first index.
    headed_titles: HashMap<String, usize>,
}

impl PlainPage {
    pub(super) fn of(doc: &Document<'_>, leftovers: &Leftovers) -> Self {
        let blocks = doc.blocks();
        let heading = |i: usize| blocks[i].kind().is_heading();
        // The author's text: no widget line, no teaser of a related block.
        let text = |i: usize| authors_text(doc, leftovers, i);
        let sections = (0..blocks.len())
            .filter(|&i| heading(i) && text(i + 1))
            .collect();
        // The title under: one over text, or one over a list (a
        // title may then hold a figure: "Prices for 2025"), not opening
        // with a preposition (a part's subsection: "For the sauce").
        let heads_text = |i: usize| {
            !opens_with_a_preposition(doc, i)
                && ((heads_like_a_title(doc, i) && any_body(doc, leftovers, i + 1))
                    || (names_after_a_label(doc, i) && authors_text(doc, leftovers, i + 1))
                    || (list_title_shaped(doc, i) && lists_at(doc, i + 1)))
        };
        // A paragraph cut before its final stop reads as a heading in
        // plain text, but no title runs to a dozen words.
        let cut_text = |i: usize| {
            heading(i) && doc.words_of_block(i).len() >= MIN_TEXT_WORDS && !leftovers.is_leftover(i)
        };
        // A title after text, over a title of its form (the two differ).
        // A question over a question is one too: an interview or a FAQ
        // asks its questions one turn at a time, and a turn that runs on
        // is written as one paragraph, not as two lines (measured: the
        // blind sets' FAQs lost the first answer six times, no clean page
        // set two questions over one answer).
        let title_over = |i: usize| {
            heading(i)
                && heading(i + 1)
                && heads_like_a_title(doc, i)
                && doc.prose(blocks[i].span()) != doc.prose(blocks[i + 1].span())
        };
        // A line of the section above, whatever its form: a paragraph, a
        // list's item, a row of data ("17 h 45 Le Palais → Quiberon :
        // maintenue"), a line cut before its stop: no title of the page.
        let body_line = |i: usize| {
            matches!(
                blocks[i].kind(),
                BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Heading { .. }
            ) && doc.words_of_block(i).len() >= MIN_LINE_WORDS
                && !heads_like_a_title(doc, i)
                && !leftovers.is_leftover(i)
                && !leftovers.is_widget(i)
        };
        // After such a line, a title of a few words, shorter than half
        // of it: a list's last item ("Free meals on every shift") has the
        // length of the items above it.
        let short_after_a_line = |i: usize| {
            let words = doc.words_of_block(i).len();
            words <= MAX_LAST_TITLE_WORDS && 2 * words < doc.words_of_block(i - 1).len()
        };
        // A widget line of the page between the text and the title
        // ("Show more availability ›") breaks no section.
        let after_text = |i: usize| {
            text(i - 1)
                || cut_text(i - 1)
                || (body_line(i - 1) && short_after_a_line(i))
                || (i >= 2 && leftovers.is_widget(i - 1) && text(i - 2))
        };
        // Titles heading a body of any form (text, a short sentence, a
        // list): how many sections the page shows before a title.
        let headed_sections: Vec<usize> = (0..blocks.len())
            .filter(|&i| heading(i) && heads_text(i))
            .collect();
        // A stack after a line that is no text ("Salary: …", then "Easy
        // apply" over "About the job") nests the page only once a section
        // has begun: above it is the page's head.
        let nests = |i: usize| {
            text(i - 1) || cut_text(i - 1) || headed_sections.first().is_some_and(|&h| h < i)
        };
        let mut titles_over_titles = Vec::new();
        let mut stacks = 0;
        // A FAQ's title ("Frequently asked questions") over its first
        // question heads its questions: it nests no section of the page.
        let asks = |i: usize| doc.prose(blocks[i].span()).trim_end().ends_with('?');
        for i in 1..blocks.len().saturating_sub(2) {
            if !title_over(i)
                || !after_text(i)
                || (asks(i + 1) && super::questions::names_questions(doc, i))
            {
                continue;
            }
            if heads_text(i + 1) {
                titles_over_titles.push(i);
                stacks += usize::from(nests(i));
            } else if i + 3 < blocks.len()
                && title_over(i + 1)
                && heads_like_a_title(doc, i + 2)
                && heads_text(i + 2)
            {
                // Three titles in a row over text ("Why join us?",
                // "Benefits", "How to apply" and its text): the two upper
                // ones lost their sections, the page counts one stack.
                titles_over_titles.extend([i, i + 1]);
                stacks += usize::from(nests(i));
            }
        }
        let texts: Vec<usize> = (0..blocks.len()).filter(|&i| text(i)).collect();
        let last_text = texts.last().copied();
        let mut headed_titles = HashMap::new();
        for (i, block) in blocks.iter().enumerate() {
            if heading(i) && any_body(doc, leftovers, i + 1) {
                let title = doc.prose(block.span()).trim().to_string();
                headed_titles.entry(title).or_insert(i);
            }
        }
        PlainPage {
            headed_titles,
            headed_sections,
            sections,
            titles_over_titles,
            stacks,
            last_text,
            texts,
        }
    }

    /// Whether the title at `index` repeats an earlier title of the page
    /// that heads text, after text and over another title or the page's
    /// end: the copy's section is missing ("Puzzle of the week", its
    /// text, then "Puzzle of the week" again over "Next meeting").
    pub(super) fn is_repeated_empty_title(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let blocks = doc.blocks();
        let title = |i: usize| doc.prose(blocks[i].span()).trim();
        let next = index + 1;
        index > 0
            && title_shaped(doc, index)
            && blocks[index].kind().is_heading()
            && !leftovers.is_widget(index)
            && any_body(doc, leftovers, index - 1)
            && (next == blocks.len()
                || (title_shaped(doc, next) && blocks[next].kind().is_heading())
                || leftovers.is_leftover(next))
            && self
                .headed_titles
                .get(title(index))
                .is_some_and(|&first| first + 1 < index)
    }

    /// Whether the title at `index` is a title of a series (see
    /// [`is_series_title`]) left empty: over a title of another kind that
    /// heads text, in a page where an earlier title of the series heads
    /// text ("Friday 3 May", its text, then "Saturday 4 May" over
    /// "Parking").
    pub(super) fn is_empty_series_item(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let blocks = doc.blocks();
        let text = |i: usize| authors_text(doc, leftovers, i);
        let next = index + 1;
        is_series_title(doc, index)
            && next < blocks.len()
            && title_shaped(doc, next)
            && !is_series_title(doc, next)
            && text(next + 1)
            && self
                .sections
                .iter()
                .any(|&i| i < index && is_series_title(doc, i))
    }

    /// Whether the title at `index` promises a block prose cannot be (see
    /// [`NON_PROSE_WORDS`]) and sits under another title, over a paragraph
    /// of text: "Coming up", "Standings table", then a paragraph about
    /// next week's race.
    pub(super) fn is_block_title_under_title(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let text = |i: usize| authors_text(doc, leftovers, i);
        index >= 2
            && promises_a_block(doc, index)
            && !promises_a_block(doc, index - 1)
            && title_shaped(doc, index)
            && title_shaped(doc, index - 1)
            && doc.blocks()[index - 1].kind().is_heading()
            && text(index - 2)
            && text(index + 1)
            && !speaks_of_its_block(doc, index)
    }

    /// Whether the title under the one at `index`, a title over a title,
    /// heads the text that follows: which of the two lost its section only
    /// the writer knows, so a finding points at both.
    pub(super) fn title_under_heads_text(&self, index: usize) -> bool {
        self.titles_over_titles.binary_search(&index).is_ok()
            && self.titles_over_titles.binary_search(&(index + 1)).is_err()
    }

    /// Sections of text before block `index`.
    fn sections_before(&self, index: usize) -> usize {
        self.sections.partition_point(|&i| i < index)
    }

    /// Whether the title at `index`, between two paragraphs of text and
    /// over another title that heads text, is a section left empty in a
    /// page of flat sections (see the module's documentation).
    pub(super) fn is_flat_sibling_over(&self, doc: &Document<'_>, index: usize) -> bool {
        self.titles_over_titles.binary_search(&index).is_ok()
            // The page nests elsewhere: its titles over titles are parts.
            && self.stacks == 1
            && (self.sections_before(index) >= MIN_SECTIONS_BEFORE
                || self.headed_sections.partition_point(|&i| i < index) >= MIN_SECTIONS_BEFORE
                || promises_content(doc, index)
                || self.over_a_lone_last_section(index))
            && !opens_with_a_place_or_date(doc, index + 1)
    }

    /// Whether the title at `index` sits over the page's last section
    /// (the title under it heads the last text, no title follows), after
    /// text enough to be an article: a part holds two subsections at
    /// least, so a title over a lone last one is a sibling left empty
    /// (an article, "Scores" then "Next fixture" over its paragraph).
    fn over_a_lone_last_section(&self, index: usize) -> bool {
        let texts_before = self.texts.partition_point(|&i| i < index);
        self.sections.binary_search(&(index + 1)).is_ok()
            && self.sections.last() == Some(&(index + 1))
            && texts_before >= MIN_SECTIONS_BEFORE
    }

    /// Whether the title at `index`, right after the text of an earlier
    /// title opening with the same word, sits over a title of another
    /// form: "About the chef", its text, then "About the sommelier" over
    /// "Opening times". A series of parallel titles shows its items are
    /// siblings, and the one left empty lost its text.
    pub(super) fn is_empty_parallel_item(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let blocks = doc.blocks();
        let first_word = |i: usize| {
            doc.words_of_block(i)
                .first()
                .map(|w| doc.text(w.span()).to_lowercase())
        };
        let Some(previous) = index.checked_sub(1) else {
            return false;
        };
        // The sibling just above: its title, then text down to this one.
        let sibling = self
            .sections
            .iter()
            .rev()
            .find(|&&i| i < index)
            .filter(|&&i| (i + 1..index).all(|t| self.texts.binary_search(&t).is_ok()));
        let next = index + 1;
        next < blocks.len()
            && self.texts.binary_search(&previous).is_ok()
            && sibling.is_some_and(|&i| {
                title_shaped(doc, i)
                    && doc.words_of_block(i).len() >= 2
                    && first_word(i) == first_word(index)
            })
            && title_shaped(doc, index)
            && doc.words_of_block(index).len() >= 2
            && blocks[next].kind().is_heading()
            && title_shaped(doc, next)
            && first_word(next) != first_word(index)
            && !opens_with_a_preposition(doc, next)
            && !leftovers.is_widget(index)
    }

    /// Whether the title at `index`, right after a paragraph of text,
    /// promises content (attachments, a presentation,
    /// dates…) and heads nothing but the end of a letter or a release: a
    /// valediction, a signature, a contact line.
    pub(super) fn is_title_over_the_closing(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        // A presentation's title names someone at length ("About the
        // Friends of the Old Mill").
        let about = closing::is_about_title(doc, index)
            && doc.words_of_block(index).len() <= MAX_QUESTION_TITLE_WORDS
            && !doc
                .prose(doc.blocks()[index].span())
                .trim_end()
                .ends_with(['.', '!', ',', ':']);
        let after_text_at = |i: usize| body_text(doc, i) && !leftovers.is_leftover(i);
        let after_text = index.checked_sub(1).is_some_and(after_text_at);
        // A presentation may sit under a run-in title of the release's
        // notes ("Notes for the press" over "About the trust"), and its
        // paragraph is lost as well when a contact title follows it.
        let about_after_notes = about
            && index.checked_sub(2).is_some_and(|i| {
                after_text_at(i) && title_shaped(doc, i + 1) && !closing::is_about_title(doc, i + 1)
            });
        (after_text || about_after_notes)
            && (title_shaped(doc, index) || about)
            && !leftovers.is_widget(index)
            && ((about
                && closing::names_contact(doc, index + 1)
                && closing::gives_a_contact(doc, index + 2))
                || ((promises_content(doc, index)
                    || closing::names_attachments(doc, index)
                    || closing::is_about_title(doc, index))
                    && closing::heads_only_the_closing(doc, index)))
    }

    /// Whether the title at `index`, the page's last line, right after
    /// its last paragraph of text, is one more section of a page built of
    /// titles over text (three at least): a title of the page's form ends
    /// it, where a letter would end on a valediction or a name. A name
    /// shows itself by a capital on a later word ("Jo Reid"), a sign-off
    /// by the closing rules' words.
    fn closes_a_page_of_sections(
        &self,
        doc: &Document<'_>,
        index: usize,
        last_text: usize,
    ) -> bool {
        let words = doc.words_of_block(index);
        index == last_text + 1
            && self.sections_before(last_text) >= MIN_SECTIONS_FOR_A_LAST_TITLE
            && words.len() <= MAX_LAST_TITLE_WORDS
            && words
                .iter()
                .skip(1)
                .all(|w| !doc.text(w.span()).starts_with(char::is_uppercase))
            && !words.iter().any(|w| {
                let word = doc.text(w.span()).to_lowercase();
                SPEAKING_PRONOUNS.contains(&word.as_str())
            })
            && !closing::is_closing(doc, index)
    }

    /// Whether the title at `index` ends the page (nothing but the page's
    /// widgets under it) right after a letter's signature, itself right
    /// after the page's last text: a title of a few words opening with a
    /// determiner ("La réponse de la rédaction", "The editor's reply")
    /// names a section the page was to go on with, where a signature or a
    /// sign-off names someone.
    pub(super) fn is_title_after_the_signature(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let Some(last_text) = self.last_text else {
            return false;
        };
        let blocks = doc.blocks();
        let words = doc.words_of_block(index);
        let opens_with_a_determiner = words.first().is_some_and(|w| {
            let word = doc.text(w.span());
            word.starts_with(char::is_uppercase)
                && TITLE_DETERMINERS.contains(&word.to_lowercase().as_str())
        });
        let widget = |i: usize| leftovers.is_widget(i) || leftovers.is_leftover(i);
        // Between the text and the title: the signature, then widgets.
        let between = last_text + 1..index;
        let signed = index > last_text
            && between.len() <= MAX_BETWEEN_TEXT_AND_TITLE
            // A sign-off ("See you soon,") puts its signer under it, who
            // may be a team ("The People Team").
            && between.clone().next().is_some_and(|i| {
                (closing::is_name_line(doc, i) || closing::is_closing(doc, i))
                    && !closing::is_valediction(doc, i)
            })
            && between.clone().skip(1).all(widget);
        words.len() >= MIN_TAIL_TITLE_WORDS
            && opens_with_a_determiner
            && title_shaped(doc, index)
            && !widget(index)
            && signed
            && (index + 1..blocks.len()).all(widget)
            && !closing::is_closing(doc, index)
            && !words.iter().any(|w| {
                let word = doc.text(w.span()).to_lowercase();
                SPEAKING_PRONOUNS.contains(&word.as_str())
            })
    }

    /// Whether the title at `index` is a section left empty after the
    /// page's last paragraph of text: over nothing but leftovers other
    /// rules report, over another title (one of the two promising
    /// content, or the run ending in leftovers), or ending the page while
    /// it promises content. The page shows its sections are titles over
    /// text (twice at least), and a title a promo rule reports whole
    /// ("Related stories") is a widget, not a section.
    pub(super) fn is_empty_tail_title(
        &self,
        doc: &Document<'_>,
        index: usize,
        leftovers: &Leftovers,
    ) -> bool {
        let Some(last_text) = self.last_text else {
            return false;
        };
        let blocks = doc.blocks();
        let tail_title =
            |i: usize| i > last_text && title_shaped(doc, i) && !leftovers.is_widget(i);
        let page_of_sections = self.sections_before(last_text) >= MIN_SECTIONS_BEFORE;
        let widget_at = |i: usize| {
            i < blocks.len()
                && (leftovers.is_widget(i)
                    || leftovers.is_leftover(i)
                    || is_zero_counter(doc.prose(blocks[i].span())))
        };
        // An article without sections of its own (a release, a news
        // story) may still end on a title left empty: right after its
        // text, over the page's widgets (or over one more title, then
        // the widgets), of a section title's form: no name after its
        // first word unless it presents someone ("About the trust"), no
        // pronoun of a sign-off, no closing.
        let over_the_widgets = index == last_text + 1
            && (widget_at(index + 1) || (tail_title(index + 1) && widget_at(index + 2)))
            // One word may be a name signing the text ("Tom").
            && doc.words_of_block(index).len() >= 2
            && (closing::is_about_title(doc, index)
                || doc
                    .words_of_block(index)
                    .iter()
                    .skip(1)
                    .all(|w| !doc.text(w.span()).starts_with(char::is_uppercase)))
            && !doc.words_of_block(index).iter().any(|w| {
                let word = doc.text(w.span()).to_lowercase();
                SPEAKING_PRONOUNS.contains(&word.as_str())
            })
            && !closing::is_closing(doc, index);
        if tail_title(index) && over_the_widgets {
            return true;
        }
        if !tail_title(index) || !(page_of_sections || promises_content(doc, index)) {
            return false;
        }
        // A title among the page's widgets (a legal link under a copyright
        // line) is theirs: a section follows the text, another title, or a
        // line of the author's, unless it promises content of its own.
        let after_text_or_title = index - 1 == last_text
            || tail_title(index - 1)
            || (!leftovers.is_widget(index - 1)
                && !leftovers.is_leftover(index - 1)
                && doc.words_of_block(index - 1).len() >= MIN_LINE_WORDS);
        if !after_text_or_title && !promises_content(doc, index) {
            return false;
        }
        // A longer run of short lines is the site's menu ("About",
        // "Contact", "Careers"…), not sections left empty.
        let titles_before = (last_text + 1..index)
            .rev()
            .take_while(|&i| title_shaped(doc, i))
            .take(MAX_EMPTY_TITLES_IN_A_ROW)
            .count();
        // A widget's title ("Most read") ends the run: it is no menu item.
        let titles_after = (index + 1..blocks.len())
            .take_while(|&i| title_shaped(doc, i) && !leftovers.is_widget(i))
            .take(MAX_EMPTY_TITLES_IN_A_ROW)
            .count();
        if titles_before + 1 + titles_after > MAX_EMPTY_TITLES_IN_A_ROW {
            return false;
        }
        let next = index + 1;
        // A last line is a sign-off or a name unless it promises content.
        if next == blocks.len() {
            // A contact title over an address or a number is whole.
            return (promises_content(doc, index) && !closing::delivers_its_contact(doc, index))
                || self.closes_a_page_of_sections(doc, index, last_text);
        }
        // A widget line or a leftover opening its block ("You might also
        // like: …"); the teasers a related block lists are its own title's.
        let widgets_at = |i: usize| leftovers.is_widget(i) || leftovers.is_leftover(i);
        // Of a run of titles over a widget's title ("Most read"), the
        // first is the section left empty; the last may be the widget's
        // own link ("Read more").
        if widgets_at(next) {
            let under_a_widget_title = tail_title(index - 1) && title_shaped(doc, next);
            return !under_a_widget_title || promises_content(doc, index);
        }
        // Over another title: a run of empty titles, not a sign-off over
        // a name, when one promises content or the run ends in widgets.
        // A contact title over a name, then the e-mail: a contact block.
        tail_title(next)
            && !closing::delivers_its_contact(doc, index)
            && (promises_content(doc, index)
                || promises_content(doc, next)
                || (next + 1 < blocks.len() && widgets_at(next + 1)))
    }
}

/// Labels of a list of messages a page counts ("Comments (0)").
const MESSAGE_LIST_WORDS: &[&str] = &[
    "comments",
    "comment",
    "messages",
    "message",
    "replies",
    "reply",
    "responses",
    "reviews",
    "answers",
    "tributes",
    "condolences",
    "commentaires",
    "commentaire",
    "réponses",
    "réponse",
    "avis",
    "témoignages",
    "condoléances",
    "contributions",
    "hommages",
];

/// Most words of a counter line: a label of a few words and a zero.
const MAX_COUNTER_WORDS: usize = 4;

/// The line is a counter of a list of messages at zero: "Comments (0)",
/// "0 comments", "Messages : 0", "Avis des lecteurs [0]".
pub(super) fn is_zero_counter(line: &str) -> bool {
    let line = line.trim();
    // Every block is asked: a sentence, or a line longer than a counter,
    // is none before any word is copied (a one-line file of megabytes
    // would otherwise be copied word by word).
    if line.contains(['\n', '.', ',', ';', '?', '!']) {
        return false;
    }
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_COUNTER_WORDS + 1)
        .map(str::to_lowercase)
        .collect();
    // A label of letters: a list's name ("Trip reports", "Pièces
    // jointes"), or a word naming messages.
    let label: Vec<&String> = words.iter().filter(|w| w.as_str() != "0").collect();
    let lettered = !label.is_empty()
        && label
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic) && w.chars().count() > 1);
    let bracketed = line.ends_with("(0)") || line.ends_with("[0]");
    let labelled = lettered
        && (bracketed
            || words
                .iter()
                .any(|w| MESSAGE_LIST_WORDS.contains(&w.as_str())));
    let zero = words.first().is_some_and(|w| w == "0") || words.last().is_some_and(|w| w == "0");
    let figures = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .count();
    labelled && zero && figures == 1 && words.len() <= MAX_COUNTER_WORDS
}

/// Words of a title promising a block that a paragraph of prose cannot
/// be: a table, a chart, a map, pictures, a video.
const NON_PROSE_WORDS: &[&str] = &[
    "table",
    "tables",
    "chart",
    "charts",
    "map",
    "maps",
    "gallery",
    "photos",
    "video",
    "videos",
    "tableau",
    "tableaux",
    "graphique",
    "graphiques",
    "carte",
    "cartes",
    "galerie",
    "vidéo",
    "vidéos",
];

/// The title at `i` promises a block prose cannot be (see
/// [`NON_PROSE_WORDS`]).
fn promises_a_block(doc: &Document<'_>, i: usize) -> bool {
    doc.words_of_block(i).iter().any(|w| {
        let word = doc.text(w.span()).to_lowercase();
        NON_PROSE_WORDS.contains(&word.as_str())
    })
}

/// Fewest letters two words share at their start to name one thing
/// ("photo" in "Photos" and "photos").
const MIN_SHARED_STEM: usize = 4;

/// Whether the paragraph under the title at `index` speaks of the block
/// its title promises ("Photos" over "We sometimes take photos at
/// tournaments"): a section of text about pictures, a map, a video, not
/// a missing gallery; the title above it is the one left empty.
fn speaks_of_its_block(doc: &Document<'_>, index: usize) -> bool {
    let stems: Vec<String> = doc
        .words_of_block(index)
        .iter()
        .map(|w| doc.text(w.span()).to_lowercase())
        .filter(|w| NON_PROSE_WORDS.contains(&w.as_str()))
        .map(|w| w.trim_end_matches(['s', 'x']).to_string())
        .filter(|w| w.chars().count() >= MIN_SHARED_STEM - 1)
        .collect();
    !stems.is_empty()
        && doc.words_of_block(index + 1).iter().any(|w| {
            let word = doc.text(w.span());
            stems.iter().any(|stem| {
                word.len() >= stem.len()
                    && word.is_char_boundary(stem.len())
                    && word[..stem.len()].eq_ignore_ascii_case(stem)
            })
        })
}

/// Words of a title promising figures or dates ("Key figures",
/// "Chiffres clés", "Calendrier prévisionnel :", "Timeline"): the block
/// under it gives numbers, whatever its form.
const FIGURE_WORDS: &[&str] = &[
    "figures",
    "numbers",
    "statistics",
    "stats",
    "timeline",
    "calendar",
    "dates",
    "chiffres",
    "statistiques",
    "calendrier",
    "échéancier",
    "chronologie",
];

/// Words naming a number, in the first sentence of a block of figures
/// written out ("Over the last five years").
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
    "hundred", "thousand", "million", "half", "deux", "trois", "quatre", "cinq", "sept", "huit",
    "neuf", "dix", "douze", "vingt", "cent", "mille", "millions", "moitié",
];

/// Words of the figure words above that promise dates: the prose under
/// them may give a time in words ("au printemps", "next week").
const DATE_TITLE_WORDS: &[&str] = &[
    "timeline",
    "calendar",
    "dates",
    "calendrier",
    "échéancier",
    "chronologie",
];

/// Words of a time written out besides the months' names: seasons, units
/// of time.
const TIME_WORDS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "winter",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "printemps",
    "été",
    "automne",
    "hiver",
    "semaine",
    "semaines",
    "mois",
    "année",
    "années",
    "an",
    "ans",
    "today",
    "tomorrow",
    "aujourd",
    "demain",
    "date",
    "dates",
];

/// Most words of a title promising figures.
const MAX_FIGURE_TITLE_WORDS: usize = 4;

/// Fewest words of the paragraph under such a title read as prose.
const MIN_PROSE_WORDS: usize = 8;

/// Whether the block at `index` is a title promising figures or dates
/// (a heading, or a short line ending in a colon) over a paragraph of
/// prose whose first sentence gives no figure, no date and no number:
/// the figures were never pasted, the next section's text follows the
/// title ("Key figures" over "This is a real opportunity for families";
/// "Calendrier prévisionnel :" over "Nous publierons un nouveau point").
pub(super) fn promises_figures_over_prose(
    doc: &Document<'_>,
    index: usize,
    leftovers: &Leftovers,
) -> bool {
    let blocks = doc.blocks();
    let Some(next) = blocks.get(index + 1) else {
        return false;
    };
    let words = doc.words_of_block(index);
    let title = doc.prose(blocks[index].span()).trim();
    // A section's number before the title ("3. Chiffres de
    // fréquentation") is no figure of its own.
    let numbered = title.starts_with(|c: char| c.is_ascii_digit());
    let words = &words[usize::from(numbered).min(words.len())..];
    let labelled = title.ends_with(':') && !title.trim_end_matches(':').contains(':');
    if !(1..=MAX_FIGURE_TITLE_WORDS).contains(&words.len())
        || !(blocks[index].kind().is_heading() || labelled)
        || title.contains('\n')
        || !title.starts_with(char::is_uppercase)
        || words.iter().any(|w| w.has_digit())
        || !words.iter().any(|w| {
            let word = doc.text(w.span()).to_lowercase();
            FIGURE_WORDS.contains(&word.as_str())
        })
    {
        return false;
    }
    if next.kind() != BlockKind::Paragraph
        || doc.words_of_block(index + 1).len() < MIN_PROSE_WORDS
        || leftovers.is_leftover(index + 1)
    {
        return false;
    }
    // A title of dates may be written as a headline ("Un calendrier
    // encore flou"): a label opens on its noun or an adjective.
    let dates = words.iter().any(|w| {
        let word = doc.text(w.span()).to_lowercase();
        DATE_TITLE_WORDS.contains(&word.as_str())
    });
    let opens_on_a_determiner = words.first().is_some_and(|w| {
        let word = doc.text(w.span()).to_lowercase();
        // An indefinite article opens a headline, not a label ("Our
        // year in numbers", "Le calendrier" are labels of their page).
        ["un", "une", "des", "a", "an"].contains(&word.as_str())
    });
    if opens_on_a_determiner {
        return false;
    }
    // The prose naming what the title promises ("Statistiques" over
    // "Les statistiques de fréquentation sont publiques…") is a section
    // about it, not figures left out.
    let stems: Vec<String> = words
        .iter()
        .map(|w| doc.text(w.span()).to_lowercase())
        .filter(|w| FIGURE_WORDS.contains(&w.as_str()))
        .map(|w| w.chars().take(MIN_SHARED_STEM + 1).collect())
        .collect();
    let names_the_title = |word: &str| stems.iter().any(|stem| word.starts_with(stem.as_str()));
    // The first sentence of the paragraph: up to its first stop.
    let text = doc.prose(next.span());
    let end = text.find(['.', '!', '?']).unwrap_or(text.len());
    let first = &text[..end];
    !first.chars().any(|c| c.is_ascii_digit())
        && doc
            .words_of_block(index + 1)
            .iter()
            .take_while(|w| w.span().start < next.span().start + end)
            .all(|w| {
                let word = doc.text(w.span()).to_lowercase();
                let a_time = TIME_WORDS.contains(&word.as_str())
                    || crate::text::MONTHS.contains(&word.as_str())
                    || crate::text::WEEKDAYS.contains(&word.as_str());
                let a_number = NUMBER_WORDS.contains(&word.as_str());
                !(a_number || names_the_title(&word) || (dates && a_time))
            })
}

/// Words besides the days of the week that open the title of one item of
/// a series: the days of a programme, the stages of a trip or a plan.
const SERIES_WORDS: &[&str] = &["day", "week", "stage", "jour", "semaine", "étape"];

/// Most words of a series item's title ("Saturday 14 June 2025").
const MAX_SERIES_TITLE_WORDS: usize = 5;

/// The line at `i` is the title of one item of a series: a few words
/// opening with a day, a week or a stage, with no sentence punctuation.
fn is_series_title(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i);
    let title = doc.prose(block.span()).trim();
    words.first().is_some_and(|first| {
        let first = doc.text(first.span()).to_lowercase();
        WEEKDAYS.contains(&first.as_str()) || SERIES_WORDS.contains(&first.as_str())
    }) && words.len() <= MAX_SERIES_TITLE_WORDS
        && title.starts_with(char::is_uppercase)
        && !title.contains(['\n', '.', ',', ';', '!', '?'])
}

/// Prepositions that open a subsection named after a place or a time
/// ("In France", "À Brazzaville", "En 1999", "After 1945").
const PLACE_OR_TIME_PREPOSITIONS: &[&str] = &[
    "à", "a", "au", "aux", "en", "dans", "chez", "sous", "vers", "depuis", "avant", "après",
    "pendant", "durant", "in", "at", "on", "under", "during", "before", "after", "since", "from",
    "until",
];

/// The title at `i` opens with a preposition then a name or a figure: a
/// subsection of a part ("En France" under "Procès").
fn opens_with_a_place_or_date(doc: &Document<'_>, i: usize) -> bool {
    let words = doc.words_of_block(i);
    let [first, second, ..] = words else {
        return false;
    };
    let first = doc.text(first.span()).to_lowercase();
    let second = doc.text(second.span());
    PLACE_OR_TIME_PREPOSITIONS.contains(&first.as_str())
        && second
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Words of a title that promise content of their own, not subsections:
/// opening times, contact details, results, pictures, references,
/// annexes, dates, specifications, prices, practical information; and
/// the blocks a page lays out apart from its prose: a summary or its key
/// points, a table, notes for the press, a map or directions, further
/// reading, open questions and known issues, a list of threads or topics,
/// of services, of vacancies, a glossary.
const CONTENT_PROMISING_WORDS: &[&str] = &[
    // English
    "hours",
    "opening",
    "contact",
    "results",
    "standings",
    "gallery",
    "photos",
    "album",
    "sources",
    "references",
    "bibliography",
    "appendix",
    "appendices",
    "annexes",
    "calendar",
    "dates",
    "timetable",
    "programme",
    "program",
    "agenda",
    "events",
    "specs",
    "specifications",
    "prices",
    "pricing",
    "downloads",
    "faq",
    "summary",
    "findings",
    "highlights",
    "takeaways",
    "table",
    "notes",
    "reading",
    "map",
    "directions",
    "issues",
    "questions",
    "threads",
    "topics",
    "discussions",
    "services",
    "vacancies",
    "openings",
    "glossary",
    // Documents joined to the text: attachments, resources, an index.
    "documents",
    "attachments",
    "resources",
    "index",
    // What a page adds past its prose: further or additional details,
    // key figures.
    "further",
    "additional",
    "figures",
    "statistics",
    // French
    "horaires",
    "contacter",
    "contacts",
    "résultats",
    "classement",
    "classements",
    "galerie",
    "références",
    "bibliographie",
    "annexe",
    "calendrier",
    "programme",
    "événements",
    "évènements",
    "rendez-vous",
    "fiche",
    "caractéristiques",
    "spécifications",
    "tarifs",
    "téléchargements",
    "pratiques",
    "résumé",
    "synthèse",
    "constats",
    "tableau",
    "plan",
    "accès",
    "itinéraire",
    "lectures",
    // "Pour aller plus loin": the further reading of a French page.
    "loin",
    "sujets",
    "offres",
    "postes",
    "glossaire",
    "référence",
    "ressources",
    "jointes",
    "complémentaires",
    "supplémentaires",
    "chiffres",
    "statistiques",
    // A product's or a recipe's data, laid out apart from its prose:
    // ingredients, allergens, composition, nutrition, dimensions.
    "ingredients",
    "allergens",
    "composition",
    "nutrition",
    "dimensions",
    "ingrédients",
    "allergènes",
    "nutritionnelles",
];

/// The title at `i` promises content of its own (see
/// [`CONTENT_PROMISING_WORDS`]).
pub(super) fn promises_content(doc: &Document<'_>, i: usize) -> bool {
    doc.words_of_block(i).iter().any(|w| {
        let word = doc.text(w.span()).to_lowercase();
        CONTENT_PROMISING_WORDS.contains(&word.as_str())
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::structure::EmptySection;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    const BODY: &str = "A paragraph of text long enough to be the body of one section of the page.";

    fn empty_titles(text: &str) -> Vec<String> {
        run(&EmptySection::default(), text, "a.txt", Language::En)
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect()
    }

    #[test]
    fn a_title_over_a_title_in_a_page_of_flat_sections_is_empty() {
        let text = format!(
            "Page\n{BODY}\nSetting up\n{BODY}\nDaily use\n{BODY}\nCleaning tips\nRepairs\n{BODY}\n"
        );
        assert_eq!(empty_titles(&text), ["Cleaning tips"]);
    }

    #[test]
    fn a_title_after_a_list_or_rows_over_a_title_is_empty() {
        let text = format!(
            "Job\nAbout us\n{BODY}\nWhat you bring\nTwo years of work in a busy kitchen team\nA food hygiene certificate or the will to get one\nPerks\nHow to apply\n{BODY}\n"
        );
        assert_eq!(empty_titles(&text), ["Perks"]);
        // A list's last item is as long as the items above it.
        let text = format!(
            "Job\nAbout us\n{BODY}\nWhat we offer\nStaff meals on every shift and a share of the tips\nTwenty-eight days of holiday a year\nHow to apply\n{BODY}\n"
        );
        assert!(empty_titles(&text).is_empty(), "{text}");
    }

    #[test]
    fn a_part_over_its_first_subsection_is_no_empty_section() {
        let pages = [
            // A part near the top: one section of text before it.
            format!("Town\n{BODY}\nHistory\nEarly years\n{BODY}\nLater years\n{BODY}\n"),
            // A page that nests twice.
            format!(
                "Guide\n{BODY}\nSetting up\n{BODY}\nDaily use\n{BODY}\nBefore you go\nPapers\n{BODY}\nOn the spot\nTransport\n{BODY}\n"
            ),
            // A subsection named after a place.
            format!(
                "Case\n{BODY}\nContext\n{BODY}\nAftermath\n{BODY}\nTrials\nIn Paris\n{BODY}\nIn Lyon\n{BODY}\n"
            ),
        ];
        for text in &pages {
            assert!(empty_titles(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_table_promised_under_another_title_is_missing() {
        let text = format!(
            "Club news\n{BODY}\nRegatta\n{BODY}\nNext month\nLeague table\n{BODY}\nSocial\n{BODY}\n"
        );
        assert!(empty_titles(&text).contains(&"League table".to_string()));
        // A table's title over its own part is no nesting of two titles.
        let text = format!("Club news\n{BODY}\nLeague table\n{BODY}\nSocial\n{BODY}\n");
        assert!(empty_titles(&text).is_empty(), "{text}");
    }

    #[test]
    fn a_day_of_a_programme_over_another_title_is_empty() {
        let text = format!(
            "Festival\n{BODY}\nFriday 4 July\n{BODY}\nSaturday 5 July\n{BODY}\nSunday 6 July\nFood stalls\n{BODY}\n"
        );
        assert_eq!(empty_titles(&text), ["Sunday 6 July"]);
        // A plan whose weeks are parts over their days nests instead.
        let text = format!(
            "Plan\n{BODY}\nWeek one\nTraining runs\n{BODY}\nRest\n{BODY}\nWeek two\nLonger runs\n{BODY}\n"
        );
        assert!(empty_titles(&text).is_empty(), "{text}");
    }

    #[test]
    fn titles_after_the_text_that_promise_content_are_empty() {
        let page = format!("Page\n{BODY}\nSetting up\n{BODY}\nDaily use\n{BODY}\n");
        assert_eq!(
            empty_titles(&format!("{page}Opening hours\n")),
            ["Opening hours"]
        );
        assert_eq!(
            empty_titles(&format!("{page}Contact details\nPrices and dates\n")),
            ["Contact details", "Prices and dates"]
        );
        // A site's menu: more titles in a row than sections left empty.
        let menu = format!("{page}About us\nContact\nCareers\nPrivacy\n");
        assert!(empty_titles(&menu).is_empty(), "{menu}");
        // Blocks laid out apart from the prose, promised and missing.
        assert_eq!(
            empty_titles(&format!(
                "{page}Share this page on Mastodon and Bluesky today\nEditor's notes\n"
            )),
            ["Editor's notes"]
        );
        assert_eq!(
            empty_titles(&format!("{page}Open questions\nSimilar topics\n")),
            ["Open questions", "Similar topics"]
        );
        // A sign-off, a name, a credit: no section.
        for end in [
            "See you next spring\n",
            "Mary Jones\n",
            "Interview by Sam Cole\n",
        ] {
            assert!(empty_titles(&format!("{page}{end}")).is_empty(), "{end}");
        }
    }
}
