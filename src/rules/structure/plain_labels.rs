//! Two forms of a section left empty that the page's form shows, read
//! once per document for `structure.empty-section`:
//!
//! - an item of a series of titles (numbered: "4. Budget", "II. Travaux";
//!   a word and a number: "Step 3", "Jour 2", "Tip no. 5:"; a day of a
//!   programme: "Saturday 10 May", "Jeudi 13 novembre") right over the
//!   next item of its series, over another title that heads text, or
//!   ending the page, in a page where an earlier item of the series heads
//!   its text: that item's text is missing. A list of the items before
//!   any of them heads text is a contents, never read; a number seen
//!   before (a recap) neither;
//! - a label ending in a colon ("Opening hours:", "Avantages :") alone on
//!   its line, over nothing: the page's end, another label of its form,
//!   or a title that heads text. In Markdown, the label (bold or not)
//!   over a heading, or a bold label over the next bold label. The titles
//!   right above an empty label in plain text, after text, are empty too.
//!
//! A label over a list, a line of data ("Monday: 9–5"), a title opening
//! with a preposition (a subsection: "For the pastry") or a paragraph is
//! whole.

use std::collections::HashMap;

use super::plain_sections::{MAX_TITLE_WORDS, body_text};
use crate::markup::BlockKind;
use crate::rules::leftovers::Leftovers;
use crate::text::{Document, WEEKDAYS};

/// Most words of a series item's title: a longer line is a cut text
/// (reported by the truncation rules), not a title over nothing.
const MAX_ITEM_WORDS: usize = 8;

/// Most words of a label ending in a colon.
const MAX_LABEL_WORDS: usize = 6;

/// Sections of text a page shows before a label over a title.
const MIN_SECTIONS_BEFORE: usize = 2;

/// Fewest letters of a label ending in a colon.
const MIN_LABEL_LETTERS: usize = 3;

/// Fewest words of a line read as the text under a title (a programme's
/// line: "19 h — Cabaret des objets.").
const MIN_BODY_WORDS: usize = 5;

/// Most words of a title under an empty item or label (a question titles
/// a FAQ's item in a dozen words).
const MAX_NEXT_TITLE_WORDS: usize = 12;

/// What makes a line an item of a series: its label (lowercased: "step",
/// "jour", "#" for a number alone, "roman" for a Roman numeral, "day" for
/// a weekday) and its number when it has one.
#[derive(Clone, PartialEq, Eq, Hash)]
struct SeriesKey(String);

/// The line's prose, trimmed of spaces and no-break spaces.
fn line<'d>(doc: &'d Document<'_>, i: usize) -> &'d str {
    doc.prose(doc.blocks()[i].span())
        .trim_matches(|c: char| c.is_whitespace())
}

/// A Roman numeral of a series (up to 39), uppercase.
fn roman_value(numeral: &str) -> Option<u32> {
    if numeral.is_empty() || numeral.len() > 6 {
        return None;
    }
    let mut total = 0u32;
    let mut previous = 0u32;
    for c in numeral.chars().rev() {
        let value = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return None,
        };
        if value < previous {
            total = total.checked_sub(value)?;
        } else {
            total += value;
            previous = value;
        }
    }
    (1..40).contains(&total).then_some(total)
}

/// The series a line belongs to, with its number: "4. Budget" and "4)
/// Budget" (a number), "IV. Sécurité" (a Roman numeral), "Step 3", "Jour
/// 2 : la montée", "Astuce n° 5 :" (a word and a number, a name after
/// a colon or a dash allowed), "Saturday 10 May" (a weekday: no number).
fn series_item(text: &str) -> Option<(SeriesKey, Option<u32>)> {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    // A number or a Roman numeral and its mark.
    let mark_at = text.find(['.', ')']);
    if let Some(mark) = mark_at {
        let head = &text[..mark];
        let after = &text[mark + 1..];
        let opens_name = after.starts_with(' ') && after.trim().starts_with(char::is_uppercase);
        if opens_name && (1..=2).contains(&head.len()) && head.chars().all(|c| c.is_ascii_digit()) {
            let number = head.parse().ok().filter(|&n| n > 0)?;
            return Some((SeriesKey("#".into()), Some(number)));
        }
        if opens_name && let Some(number) = roman_value(head) {
            return Some((SeriesKey("roman".into()), Some(number)));
        }
    }
    // A day of a programme: the weekday opens the title.
    let first: String = text
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if WEEKDAYS.contains(&first.as_str()) && text.starts_with(char::is_uppercase) {
        let dated = text.chars().any(|c| c.is_ascii_digit());
        return dated.then(|| (SeriesKey("day".into()), None));
    }
    // A word and a number: the name after a colon or a dash set apart.
    let head = text.split_once(':').map_or(text, |(label, _)| label);
    let head = [" – ", " — ", " - "]
        .iter()
        .find_map(|sep| head.split_once(sep))
        .map_or(head, |(label, _)| label)
        .trim();
    let (label, number) = head.rsplit_once(char::is_whitespace)?;
    let label = label.trim();
    let label_fits = label.starts_with(char::is_uppercase)
        && label.split_whitespace().count() < MAX_TITLE_WORDS
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '°' | 'º' | '.'));
    // "Section E", "Part B", "Annexe C": a capital letter numbers the
    // series as a figure does (its place in the alphabet).
    let letter = (number.len() == 1)
        .then(|| number.chars().next().filter(char::is_ascii_uppercase))
        .flatten()
        .map(|c| u32::from(c) - u32::from('A') + 1);
    let number: u32 =
        letter.or_else(|| number.parse().ok().filter(|&n| n > 0 && number.len() <= 2))?;
    label_fits.then(|| (SeriesKey(label.to_lowercase()), Some(number)))
}

/// The form of a page's series of titles and labels, read once.
pub(super) struct PlainLabels {
    /// Blocks that are items of a series left empty, in order.
    empty_items: Vec<usize>,
    /// Blocks that are labels (or titles over them) left empty, in order.
    empty_labels: Vec<usize>,
}

impl PlainLabels {
    pub(super) fn of(doc: &Document<'_>, leftovers: &Leftovers, levels: bool) -> Self {
        let blocks = doc.blocks();
        let count = blocks.len();
        let mut empty_items = Vec::new();
        let mut empty_labels = Vec::new();
        // A line is read only when it is short: no block of a long text
        // is copied or searched.
        let short = |i: usize| doc.words_of_block(i).len() <= MAX_ITEM_WORDS;
        // Only the blocks that are items, by index: a page of many short
        // blocks (a megabyte of one-word paragraphs) keeps no entry per
        // block.
        let items: Vec<(usize, (SeriesKey, Option<u32>))> = (0..count)
            .filter_map(|i| {
                let kind = blocks[i].kind();
                let candidate = !levels
                    && short(i)
                    && matches!(
                        kind,
                        BlockKind::Heading { .. } | BlockKind::ListItem | BlockKind::Paragraph
                    )
                    && !line(doc, i).ends_with(['.', '!', '?', ',', ';', '…']);
                candidate
                    .then(|| series_item(line(doc, i)))
                    .flatten()
                    .map(|item| (i, item))
            })
            .collect();
        let item_at =
            |i: usize| (items.binary_search_by_key(&i, |(at, _)| *at).ok()).map(|k| &items[k].1);
        if !levels {
            // A body under a line: a paragraph or a list, or a long line
            // plain text reads as a heading (a paragraph cut short).
            let body_at = |i: usize| {
                i < count
                    && item_at(i).is_none()
                    && (body_text(doc, i)
                        || blocks[i].kind() == BlockKind::ListItem
                        || (blocks[i].kind() == BlockKind::Paragraph
                            && doc.words_of_block(i).len() >= MIN_BODY_WORDS)
                        || doc.words_of_block(i).len() > MAX_NEXT_TITLE_WORDS)
            };
            // The page's last body that is no widget: an item after it,
            // over the widgets, ends the page's text.
            let last_body = (0..count)
                .rev()
                .find(|&j| body_at(j) && !leftovers.is_leftover(j));
            // Per series: whether an item heads text, and the highest
            // number seen.
            let mut seen: HashMap<SeriesKey, (bool, u32)> = HashMap::new();
            for (i, (key, number)) in items.iter().map(|(i, item)| (*i, item)) {
                let next = i + 1;
                let (headed, highest) = seen.get(key).copied().unwrap_or((false, 0));
                let fresh = number.is_none_or(|n| n > highest);
                let over_nothing = if next == count {
                    true
                } else if let Some((next_key, next_number)) = item_at(next) {
                    next_key == key
                        && match (number, next_number) {
                            (Some(a), Some(b)) => *b == a + 1,
                            _ => line(doc, next) != line(doc, i),
                        }
                        && body_at(next + 1)
                } else if leftovers.is_leftover(next) {
                    // The page's widgets under the last item ("Book now
                    // ›", "Save and continue later"): its text is missing.
                    // The item follows text that is no numbered line (a
                    // form's questions run longer than a title).
                    last_body.is_none_or(|j| j < i)
                        && i > 0
                        && body_at(i - 1)
                        && !line(doc, i - 1).starts_with(|c: char| c.is_ascii_digit())
                } else {
                    title_line(doc, next) && body_at(next + 1)
                };
                if headed && fresh && over_nothing && !leftovers.is_widget(i) {
                    empty_items.push(i);
                }
                // The series heads text: a paragraph of text (a step's
                // note of a few words is a list's, not a section's).
                let heads = next < count
                    && item_at(next).is_none()
                    && (body_text(doc, next)
                        || doc.words_of_block(next).len() > MAX_NEXT_TITLE_WORDS);
                let entry = seen.entry(key.clone()).or_insert((false, 0));
                entry.0 |= heads;
                entry.1 = entry.1.max(number.unwrap_or(0));
            }
        }
        // Sections of text so far (a title over a paragraph of text): a
        // label over a title sits in a page of sections (two before it at
        // least), or it announces the title ("Next stop:" over "The
        // market").
        let mut sections = 0;
        for i in 0..count {
            if blocks[i].kind().is_heading() && body_text(doc, i + 1) {
                sections += 1;
            }
            if !is_label(doc, i) || leftovers.is_widget(i) || leftovers.is_leftover(i) {
                continue;
            }
            // A row of data left without its value ("Sunday 15 May:" under
            // "Saturday 14 May: open day") is a cut row, not a label.
            if i > 0
                && row_of_the_same_form(doc.text(blocks[i - 1].span()), doc.text(blocks[i].span()))
                && !numbered_item_after_its_sibling_text(doc, i)
            {
                continue;
            }
            // A label over a title over the title that heads text
            // ("Aim 2:", "Measuring success", "Budget" and its text): the
            // label and the title under it both lost their text.
            let next = i + 1;
            let over_a_stack = !levels
                && i > 0
                && sections >= 1
                && title_line(doc, next)
                && !line(doc, next).contains([':', '?'])
                && title_line(doc, next + 1)
                && !opens_with_a_preposition(doc, next + 1)
                && body_text(doc, next + 2);
            if over_a_stack {
                empty_labels.extend([i, next]);
                continue;
            }
            // The last block of prose may still have a code block, an
            // image or a table after it: content all the same.
            let last = next == count && doc.source()[blocks[i].span().end..].trim().is_empty();
            let empty = if levels {
                let bold = |j: usize| {
                    doc.text(doc.lines_around(blocks[j].span()))
                        .trim_start()
                        .starts_with("**")
                };
                last || (next < count
                    && blocks[next].kind().is_heading()
                    && !opens_with_a_preposition(doc, next))
                    || (next < count
                        && bold(i)
                        && bold(next)
                        && blocks[next].kind() == BlockKind::Paragraph
                        && bold_lead_ends_in_colon(doc.text(doc.lines_around(blocks[next].span()))))
            } else {
                let after_something = i > 0;
                after_something
                    && (last
                        || is_label(doc, next)
                        || (next < count
                            && row_of_text(doc.prose(blocks[i - 1].span()), false)
                            && row_of_text(doc.prose(blocks[next].span()), true))
                        || (next < count && leftovers.is_widget(next))
                        || (title_line(doc, next)
                            && sections >= MIN_SECTIONS_BEFORE
                            && !opens_with_a_preposition(doc, next)
                            && body_text(doc, next + 1)))
            };
            if !empty {
                continue;
            }
            // The titles right above an empty label, after text, lost
            // their text too ("Profile", "What we offer", "Hours:").
            if !levels {
                let run: Vec<usize> = (i.saturating_sub(2)..i)
                    .rev()
                    .take_while(|&j| {
                        title_line(doc, j)
                            && !line(doc, j).ends_with('?')
                            && doc.words_of_block(j).len() <= MAX_TITLE_WORDS
                    })
                    .collect();
                if let Some(&top) = run.last()
                    && top > 0
                    && body_text(doc, top - 1)
                {
                    empty_labels.extend(run.iter().rev());
                }
            }
            empty_labels.push(i);
        }
        empty_labels.sort_unstable();
        empty_labels.dedup();
        PlainLabels {
            empty_items,
            empty_labels,
        }
    }

    /// Whether the block at `index` is an item of a series left empty.
    pub(super) fn is_empty_item(&self, index: usize) -> bool {
        self.empty_items.binary_search(&index).is_ok()
    }

    /// Whether the block at `index` is a label left empty (or a title
    /// right over one).
    pub(super) fn is_empty_label(&self, index: usize) -> bool {
        self.empty_labels.binary_search(&index).is_ok()
    }
}

/// The block at `i` is a title's line: a heading of a few words opening
/// with a capital, no final stop or comma (a question allowed).
fn title_line(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i).len();
    let text = line(doc, i);
    block.kind().is_heading()
        && (1..=MAX_NEXT_TITLE_WORDS).contains(&words)
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', '!', ',', ';', '…', ':'])
        && !text.contains(['|', '·', '›', '@', '/'])
        && !super::outline::opens_with_a_speaker_mark(text)
}

/// Prepositions opening a subsection's title under a label ("For the
/// pastry", "Pour la garniture").
const SUBSECTION_PREPOSITIONS: &[&str] = &["for", "with", "pour", "avec"];

fn opens_with_a_preposition(doc: &Document<'_>, i: usize) -> bool {
    doc.words_of_block(i).first().is_some_and(|w| {
        let word = doc.text(w.span()).to_lowercase();
        SUBSECTION_PREPOSITIONS.contains(&word.as_str())
    })
}

/// The block at `i` is a label alone on its line: a few words opening
/// with a capital and ending in a colon, no other sentence mark.
fn is_label(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i).len();
    if !(1..=MAX_LABEL_WORDS).contains(&words)
        || !matches!(
            block.kind(),
            BlockKind::Heading { .. } | BlockKind::Paragraph
        )
    {
        return false;
    }
    // The source: prose masks an address ("Contact: jo@example.org").
    let text = doc
        .text(block.span())
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let Some(body) = text.strip_suffix(':') else {
        return false;
    };
    let body = body.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    // A speaker's mark ("Q:", "A:") or an initial is no label.
    body.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LABEL_LETTERS
        && body
            .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
            .starts_with(char::is_uppercase)
        && !body.contains([':', '.', '!', '?', ';', '|', '·', '@', '/', '\n'])
}

/// Fewest words of the value of a row written as a sentence
/// ("Contrat : CDI à temps plein, travail le samedi.").
const MIN_SENTENCE_ROW_WORDS: usize = 5;

/// The line is a row written as a sentence: a label of a few words
/// opening with a capital (not a day: a timetable's row), a colon, then a
/// value of a sentence's length, ending on a stop when `finished` (the
/// row above may be cut: a truncation of its own). A label alone between
/// two such rows is one of them left without its value; a label over a
/// timetable or a list of short values is whole.
fn row_of_text(line: &str, finished: bool) -> bool {
    let line = line.trim();
    line.split_once(':').is_some_and(|(head, value)| {
        let head = head.trim();
        let first = head
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .unwrap_or_default();
        !line.contains('\n')
            && (1..=MAX_LABEL_WORDS).contains(&head.split_whitespace().count())
            && head.starts_with(char::is_uppercase)
            && !head.chars().any(|c| c.is_ascii_digit())
            && !WEEKDAYS.contains(&first.as_str())
            && value.split_whitespace().count() >= MIN_SENTENCE_ROW_WORDS
            && (!finished || value.trim_end().ends_with(['.', '!', ')']))
    })
}

/// Most words of a row's value ("open day", "£5 a session"); a longer
/// value ending on a full stop is a sentence.
const MAX_ROW_VALUE_WORDS: usize = 6;

/// Whether the label at `i` is a numbered item ("Aim 2:", "Objectif 3 :")
/// under the item before it holding a sentence ("Aim 1: train twenty
/// readers a year."): a series of numbered items written as text, the
/// one alone a label left empty, not a row of data left without its
/// value (a date's row is a row whatever its value).
fn numbered_item_after_its_sibling_text(doc: &Document<'_>, i: usize) -> bool {
    let blocks = doc.blocks();
    let above = doc.text(blocks[i - 1].span());
    let numbered = |t: &str| series_item(t).is_some_and(|(_, number)| number.is_some());
    above.split_once(':').is_some_and(|(head, value)| {
        numbered(head)
            && numbered(doc.text(blocks[i].span()))
            && value.split_whitespace().count() > MAX_ROW_VALUE_WORDS
            && value.trim_end().ends_with('.')
    })
}

/// The line `row` is a row of data (a label of a few words, a colon, a
/// value: "Saturday 14 May: open day", "Tarif : 12 €") whose label has
/// the form of `label`, a row of its list left without its value.
/// The label of `row` is of the form of `label`: both dated or numbered,
/// or opening with the same word ("Adults: £5" over "Adults (reduced):").
fn row_of_the_same_form(row: &str, label: &str) -> bool {
    row.split_once(':').is_some_and(|(head, value)| {
        let first = |t: &str| t.split_whitespace().next().map(str::to_lowercase);
        let figure = |t: &str| t.chars().any(|c| c.is_ascii_digit());
        !head.contains('\n')
            && (1..=MAX_LABEL_WORDS).contains(&head.split_whitespace().count())
            && !value.trim().is_empty()
            && !value.trim_start().starts_with('/')
            && ((figure(head) && figure(label)) || first(head) == first(label))
    })
}

/// The source of a paragraph opens with a bold label ending in a colon
/// ("**Fees:** £180", "**Horaires** : …").
fn bold_lead_ends_in_colon(source: &str) -> bool {
    let Some(rest) = source.trim_start().strip_prefix("**") else {
        return false;
    };
    let Some((label, after)) = rest.split_once("**") else {
        return false;
    };
    label.trim_end().ends_with(':') || after.trim_start().starts_with(':')
}

#[cfg(test)]
mod tests {
    use super::series_item;

    #[test]
    fn series_items_of_every_form() {
        for (line, label, number) in [
            ("4. Budget", "#", Some(4)),
            ("IV. Sécurité", "roman", Some(4)),
            ("Step 3", "step", Some(3)),
            ("Jour 2 : la montée", "jour", Some(2)),
            ("Astuce n° 5 :", "astuce n°", Some(5)),
            ("Saturday 10 May", "day", None),
        ] {
            let (key, n) = series_item(line).expect(line);
            assert_eq!((key.0.as_str(), n), (label, number), "{line}");
        }
        for line in ["The 2 of us", "Monday", "3.5 stars", "Prices for 2025"] {
            assert!(series_item(line).is_none(), "{line}");
        }
    }
}
