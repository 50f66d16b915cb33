//! Cuts that show against the lines around them: in a run of lines built
//! alike (a programme's `time — event` lines, a list, a table's column),
//! the one line that lacks what its neighbours all carry was cut.
//!
//! - a `label — value` line whose value is missing, under a line of the
//!   same build that has one (`15 h 00 — visite` then `15 h 30 — `);
//! - a list marker with nothing after it, under an item;
//! - a row's last cell stopping on a number, whose shape is only the
//!   beginning of the shape every other cell of its column shares (`12 %` over `9`, `3 May – 5 June`
//!   over `3 May – 5`);
//! - a day number followed by the first letters of a month that are no
//!   month and no usual abbreviation of one (`4–9 Septe`, `du 2 au 6 déc…`).
//!
//! An editor sends these back for what the line lacks, not for its words:
//! the tests are over separators, markers, character shapes and the closed
//! class of month names.

use crate::diagnostic::Span;
use crate::markup::BlockKind;
use crate::text::Document;

/// A cut the parallel lines show: where it is and what it lacks.
pub(super) struct ParallelCut {
    pub span: Span,
    pub message: &'static str,
}

/// The separators between a label and its value on a programme's or a
/// price list's line.
const SEPARATORS: &[char] = &['—', '–', ':'];

/// Longer labels are sentences ending on a colon that introduces what
/// follows, not a field.
const MAX_LABEL_WORDS: usize = 6;

/// Cells of one column that must share a shape before a shorter one reads
/// as cut.
const MIN_SIBLING_CELLS: usize = 2;

/// English and French month names, lowercase.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Abbreviations of month names written without a period, which end a
/// date as the whole name does.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv",
    "févr", "fév", "avr", "juil", "déc",
];

/// The lines of the source with their start offsets, newline excluded.
fn lines(source: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in source.split('\n') {
        out.push((start, line.strip_suffix('\r').unwrap_or(line)));
        start += line.len() + 1;
    }
    out
}

/// The blocks' spans a line may belong to (code and captions excluded),
/// sorted by start as the blocks are.
fn in_a_block(doc: &Document<'_>, start: usize, end: usize) -> Option<BlockKind> {
    doc.blocks()
        .iter()
        .find(|b| {
            b.kind() != BlockKind::Caption
                && b.span().start < end.max(start + 1)
                && b.span().end >= start
        })
        .map(|b| b.kind())
}

/// A list marker opening `line`, and what follows it.
fn list_marker(line: &str) -> Option<(char, &str)> {
    let trimmed = line.trim_start();
    let marker = trimmed.chars().next()?;
    if !matches!(marker, '-' | '*' | '•' | '+') {
        return None;
    }
    let rest = &trimmed[marker.len_utf8()..];
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((marker, rest.trim()))
}

/// `label SEP value` split at the first spaced separator (a colon may be
/// glued to its label): the label, the separator, the value.
fn label_and_value(line: &str) -> Option<(&str, char, &str)> {
    let line = list_marker(line).map_or(line.trim(), |(_, rest)| rest);
    for (i, c) in line.char_indices() {
        if !SEPARATORS.contains(&c) {
            continue;
        }
        let label = &line[..i];
        let value = &line[i + c.len_utf8()..];
        let spaced_before = label.ends_with(char::is_whitespace);
        let spaced_after = value.is_empty() || value.starts_with(char::is_whitespace);
        // A colon inside a time (`16:00`) or a dash inside a range
        // (`10–12`) joins, it does not separate.
        if !spaced_after || (c != ':' && !spaced_before) {
            continue;
        }
        let label = label.trim();
        if label.is_empty() || label.split_whitespace().count() > MAX_LABEL_WORDS {
            return None;
        }
        return Some((label, c, value.trim()));
    }
    None
}

/// The shape of a text: runs of digits as `9`, runs of letters as `a`,
/// spaces collapsed, other characters kept (`1 March – 10` → `9 a – 9`).
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        let class = if c.is_ascii_digit() {
            '9'
        } else if c.is_alphabetic() {
            'a'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        if matches!(class, '9' | 'a' | ' ') && out.ends_with(class) {
            continue;
        }
        out.push(class);
    }
    out
}

/// Every cut the parallel lines of `doc` show.
pub(super) fn cuts(doc: &Document<'_>) -> Vec<ParallelCut> {
    let source = doc.source();
    let lines = lines(source);
    let mut out = Vec::new();
    let mut previous: Option<(usize, &str)> = None;
    for &(start, line) in &lines {
        if line.trim().is_empty() {
            continue;
        }
        let end = start + line.len();
        let kind = in_a_block(doc, start, end);
        if let Some(cut) = empty_value(line, start, previous, kind) {
            out.push(cut);
        } else if let Some(cut) = month_stem(line, start, kind) {
            out.push(cut);
        }
        previous = Some((start, line));
    }
    table_cells(&lines, doc, &mut out);
    out
}

/// A line whose value is missing after its separator, or a bare list
/// marker, under a line of the same build that is whole.
fn empty_value(
    line: &str,
    start: usize,
    previous: Option<(usize, &str)>,
    kind: Option<BlockKind>,
) -> Option<ParallelCut> {
    let (_, above) = previous?;
    let trimmed = line.trim();
    if trimmed.starts_with(['#', '|', '>']) {
        return None;
    }
    if let Some((marker, "")) = list_marker(line) {
        // A bare marker under an item of the same list: the item's text
        // is gone.
        let item_above =
            list_marker(above).is_some_and(|(m, rest)| m == marker && !rest.is_empty());
        if item_above {
            return Some(ParallelCut {
                span: Span::new(start + line.find(marker)?, start + line.trim_end().len()),
                message: "list item left empty: the marker has no text after it",
            });
        }
        return None;
    }
    kind?;
    let (label, separator, value) = label_and_value(line)?;
    if !value.is_empty() {
        return None;
    }
    let (label_above, separator_above, value_above) = label_and_value(above)?;
    if separator_above != separator || value_above.is_empty() {
        return None;
    }
    // A colon also introduces what follows ("Ingredients:"): only a label
    // built as the one above (a time under a time, a date under a date) is
    // a field left empty.
    if separator == ':' && shape(label) != shape(label_above) {
        return None;
    }
    let at = start + line.rfind(separator)?;
    Some(ParallelCut {
        span: Span::new(
            start + line.find(|c: char| !c.is_whitespace())?,
            at + separator.len_utf8(),
        ),
        message: "line cut after its separator: the value its neighbours carry is missing",
    })
}

/// A line ending on a day number and the first letters of a month that
/// are neither the month nor a usual abbreviation (`14–18 Octo`), or an
/// abbreviation closed by an ellipsis (`6 sept…`).
fn month_stem(line: &str, start: usize, kind: Option<BlockKind>) -> Option<ParallelCut> {
    kind?;
    let trimmed = line.trim_end();
    let (body, ellipsis) = match trimmed
        .strip_suffix('…')
        .or_else(|| trimmed.strip_suffix("..."))
    {
        Some(body) => (body, true),
        None => (trimmed, false),
    };
    let stem_start = body.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + body[i..].chars().next().map_or(1, char::len_utf8)
    });
    let stem = &body[stem_start..];
    let before = body[..stem_start].trim_end();
    if stem.chars().count() < 3
        || before.len() == stem_start
        || !before.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let lower = stem.to_lowercase();
    let begins_a_month = MONTHS.iter().any(|m| m.starts_with(&lower) && *m != lower);
    if !begins_a_month {
        return None;
    }
    let abbreviation = MONTH_ABBREVIATIONS.contains(&lower.as_str());
    if abbreviation && !ellipsis {
        return None;
    }
    Some(ParallelCut {
        span: Span::new(start + stem_start, start + trimmed.len()),
        message: "date cut inside the month's name",
    })
}

/// Table cells whose shape is only the beginning of the shape every other
/// cell of their column shares.
fn table_cells(lines: &[(usize, &str)], doc: &Document<'_>, out: &mut Vec<ParallelCut>) {
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].1.trim_start().starts_with('|') {
            i += 1;
            continue;
        }
        let first = i;
        while i < lines.len() && lines[i].1.trim_start().starts_with('|') {
            i += 1;
        }
        let rows: Vec<(usize, Vec<(usize, &str)>)> = lines[first..i]
            .iter()
            .filter(|(_, l)| !l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')))
            .map(|&(start, l)| (start, cells(l)))
            .collect();
        // The header row names the columns; the body rows are compared.
        let body = rows.get(1..).unwrap_or_default();
        if body.len() <= MIN_SIBLING_CELLS {
            continue;
        }
        let columns = body.iter().map(|(_, c)| c.len()).max().unwrap_or(0);
        for column in 0..columns {
            let shapes: Vec<Option<String>> = body
                .iter()
                .map(|(_, c)| c.get(column).map(|(_, text)| shape(text)))
                .collect();
            for (row, (start, cells)) in body.iter().enumerate() {
                // A page cuts a line at its end: only the row's last cell.
                if column + 1 != cells.len() {
                    continue;
                }
                let Some(&(offset, text)) = cells.get(column) else {
                    continue;
                };
                // A cell stopping on a number whose unit, sign or second
                // part its column always carries (`4` under `12 %`); cells
                // ending on words differ in length by nature.
                let Some(own) = shapes[row].as_ref().filter(|s| s.ends_with('9')) else {
                    continue;
                };
                if !text.ends_with(char::is_alphanumeric) {
                    continue;
                }
                let others: Vec<&String> = shapes
                    .iter()
                    .enumerate()
                    .filter(|&(r, _)| r != row)
                    .filter_map(|(_, s)| s.as_ref())
                    .collect();
                if others.len() < MIN_SIBLING_CELLS || others.iter().any(|s| *s != others[0]) {
                    continue;
                }
                let whole = others[0];
                let Some(missing) = whole.strip_prefix(own.as_str()) else {
                    continue;
                };
                // What is missing is a unit, a sign or a word (`%`, ` a`),
                // not decimals (`9` under `9.9` is a round number).
                let missing = missing.trim_start();
                // Nor an aside (`Band 1` beside `Band 1 (£26)`), which a
                // cell may go without.
                if missing.is_empty() || missing.starts_with(['.', ',', '9', '(', '[']) {
                    continue;
                }
                let at = start + offset;
                if in_a_block(doc, at, at + text.len()).is_none() {
                    continue;
                }
                out.push(ParallelCut {
                    span: Span::new(at, at + text.len()),
                    message: "table cell cut: its column's other cells all go on after where it stops",
                });
            }
        }
    }
}

/// The cells of a table row: offset in the line and trimmed text.
fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (n, part) in line.split('|').enumerate() {
        let here = offset;
        offset += part.len() + 1;
        if n == 0 {
            continue;
        }
        let text = part.trim();
        if text.is_empty() && offset > line.len() {
            continue;
        }
        let lead = part.len() - part.trim_start().len();
        out.push((here + lead, text));
    }
    out
}
