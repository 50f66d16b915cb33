//! Stems where a line, a cell or a title ends. A page's cut, a CMS's
//! column width or a teaser's character limit leaves the first letters of
//! a word at the very end of what it cut (`… herring barr`, `| Road running
//! and commu |`, `Lire aussi : … · Comment choisir ses sem`, `## Ce qu'il
//! faut empor`, `… or hand-pollinat`): a lowercase stem, with no mark
//! after it, that no dictionary knows and that begins a longer word of the
//! document's language. Wherever it lands (heading, item, cell, caption,
//! a row of titles, a link's text), that is a cut, one defect, and the
//! spelling finding on the stem goes (see `engine::one_family`).
//!
//! In a table cell, a row of titles or a link's text, a stem the
//! dictionary accepts only by accident (a rare word or an abbreviation
//! beginning a far more common word: `advent…`, `pap…`) is read the same
//! way, and so is a cell ending on a comma (`| Trail races, |`): a cell
//! holds a value, not the first half of an enumeration.
//!
//! Left alone: capitalised words (names, which no dictionary lists
//! whole), stems used whole twice in the text (a clipped word the writer
//! uses as a word), words glued to a URL, a handle or code (`/`, `.`,
//! `@`, `_`, `#`, a backtick), units and abbreviations after a number
//! (`10 pers`), chat abbreviations, and a stem that is a word misspelt in
//! its middle (`bilogique`: the spelling rules' typo, not a cut).
//! One pass over the lines; a dictionary is asked only about a unit's last
//! word when it is lowercase letters glued to the end.

use super::parallel_lines::{BlockCursor, lines};
use super::short_cuts::UNIT_ABBREVIATIONS;
use super::unfinished_paragraph::{is_a_chat_abbreviation, is_a_slip_of_the_pen, is_used_twice};
use super::{common_words, is_known_word, stems};
use crate::diagnostic::{Category, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::RuleContext;
use crate::text::Language;

/// A stem cut at the end of a unit.
pub(super) struct StemCut {
    pub span: Span,
    pub message: String,
}

/// Where a unit of text ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A line of a heading, a paragraph, an item or a quotation.
    Line,
    /// A cell of a Markdown table.
    Cell,
    /// An item of a row of titles (`·`, `|`, `•` between them) or a
    /// link's text.
    Item,
}

/// Separators between the items of a row of titles or a plain-text table.
const ROW_SEPARATORS: &[&str] = &[" · ", " | ", " • ", " ¦ "];

/// Shortest stem read as cut: two letters begin too many words.
const MIN_STEM_CHARS: usize = 3;

/// Shortest stem read as cut after a number, where units and their
/// abbreviations stand (`25 min`, `3 tbsp`).
const MIN_STEM_AFTER_NUMBER: usize = 4;

/// Shortest second half of a compound read as a stem.
const MIN_COMPOUND_STEM_CHARS: usize = 4;

/// Longest elided word before an apostrophe (`l'`, `qu'`, `jusqu'`).
const MAX_ELISION_CHARS: usize = 6;

/// Shorter stems are not asked whether they are a word misspelt: three or
/// four letters swapped or doubled give a word too often (`tein`, `tien`).
const MIN_SLIP_CHARS: usize = 5;

pub(super) fn cuts(ctx: &RuleContext<'_>) -> Vec<StemCut> {
    let doc = ctx.doc;
    let mut blocks = BlockCursor::new(doc);
    let mut out = Vec::new();
    // Filler text (`Lorem ipsum dolor sit amet`) is the generated
    // family's placeholder: its words are no stems.
    let filler: Vec<Span> = ctx
        .earlier
        .iter()
        .filter(|f| f.category == Category::Generated && f.severity >= Severity::Warning)
        .map(|f| f.span)
        .collect();
    for (start, line) in lines(doc.source()) {
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let end = start + line.len();
        if filler.iter().any(|f| f.start <= end && start <= f.end) {
            continue;
        }
        let Some(kind) = blocks.kind_of_line(start, start + line.len()) else {
            continue;
        };
        let inner = trimmed.trim_start();
        let offset = start + (trimmed.len() - inner.len());
        if kind == BlockKind::TableCell && inner.starts_with('|') {
            if inner
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
            {
                continue;
            }
            let mut at = offset;
            for cell in inner.split('|') {
                unit(ctx, at, cell, Unit::Cell, &mut out);
                at += cell.len() + 1;
            }
            continue;
        }
        let separated = ROW_SEPARATORS.iter().any(|s| inner.contains(s));
        if separated {
            let mut at = offset;
            for item in inner.split(['·', '|', '•', '¦']) {
                unit(ctx, at, item, Unit::Item, &mut out);
                at += item.len() + item_separator_len(&inner[at - offset + item.len()..]);
            }
        } else {
            unit(ctx, offset, inner, Unit::Line, &mut out);
        }
        // A link's text: `[How a drift net was mend](…)`.
        if inner.contains("](") {
            for (i, _) in inner.match_indices("](") {
                let Some(open) = inner[..i].rfind('[') else {
                    continue;
                };
                let text = &inner[open + 1..i];
                unit(ctx, offset + open + 1, text, Unit::Item, &mut out);
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    out.dedup_by_key(|c| c.span.start);
    out
}

/// The length of the separator character opening `rest` (0 at the end).
fn item_separator_len(rest: &str) -> usize {
    rest.chars().next().map_or(0, char::len_utf8)
}

/// Reads the end of one unit starting at byte `at`.
fn unit(ctx: &RuleContext<'_>, at: usize, text: &str, kind: Unit, out: &mut Vec<StemCut>) {
    let body = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if body.is_empty() {
        return;
    }
    let word_start = body
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &body[word_start..];
    // `| Trail races, |`: a cell stopping on a comma.
    if kind == Unit::Cell && word.is_empty() && body.ends_with(',') {
        let before = body[..body.len() - 1].trim_end();
        let last_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if before[last_start..].starts_with(char::is_alphabetic) {
            out.push(StemCut {
                span: Span::new(at + last_start, at + body.len()),
                message: "cell cut after a comma: the rest of its value is missing".into(),
            });
        }
        return;
    }
    let count = word.chars().count();
    if count < MIN_STEM_CHARS || !word.chars().all(char::is_lowercase) {
        return;
    }
    let before = &body[..word_start];
    let glued = before.chars().next_back();
    // Glued to a URL, a handle, code or a number: no word of prose.
    if glued.is_some_and(|c| {
        !(c.is_whitespace() || matches!(c, '-' | '(' | '"' | '«' | '“' | '\'' | '’' | '['))
    }) {
        return;
    }
    let first_half = before[..before.len() - glued.map_or(0, char::len_utf8)]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    // A hyphen joins the stem to the first half of a compound
    // (`hand-pollinat`), whose second half is a word of its own, not a
    // plural's ending (`how-tos`); a hyphen opening the unit is a list
    // marker.
    if glued == Some('-') && (first_half == 0 || count < MIN_COMPOUND_STEM_CHARS) {
        return;
    }
    // After an apostrophe, a stem follows an elision (`l'empor`, `d'advent`),
    // not the inside of a word (`aujourd'hui`, `o'clock`).
    if matches!(glued, Some('\'' | '’')) && first_half > MAX_ELISION_CHARS {
        return;
    }
    let previous = before
        .split(|c: char| c.is_whitespace())
        .rfind(|w| !w.is_empty());
    if kind == Unit::Line && previous.is_none() {
        return;
    }
    let after_a_number = previous.is_some_and(|p| p.chars().any(|c| c.is_ascii_digit()));
    if after_a_number && (count < MIN_STEM_AFTER_NUMBER || UNIT_ABBREVIATIONS.contains(&word)) {
        return;
    }
    if is_a_chat_abbreviation(word) {
        return;
    }
    let language = ctx.doc.language;
    // A word the dictionaries know is no stem here, even a rare one: a
    // cell or a title may end on an abbreviation (`Water temp`, `Add-ons`).
    let cut = is_known_word(ctx, word) == Some(false)
        && stems::begins_a_longer_word_of(word, language)
        && (language == Language::Fr
            || !after_a_number
            || common_words::begins_a_common_word(word))
        && (count < MIN_SLIP_CHARS || !is_a_slip_of_the_pen(ctx, word));
    if !cut || is_used_twice(ctx.doc, word) {
        return;
    }
    out.push(StemCut {
        span: Span::new(at + word_start, at + body.len()),
        message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
    });
}
