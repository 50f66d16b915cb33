//! Cuts that show against the lines around them: in a run of lines built
//! alike (a programme's `time — event` lines, a list, a table's column),
//! the one line that lacks what its neighbours all carry was cut.
//!
//! - a `label — value` line whose value is missing, under a line of the
//!   same build that has one (`15 h 00 — visite` then `15 h 30 — `);
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
use crate::text::{Document, MONTH_ABBREVIATIONS, MONTHS};

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

/// Longer tables are data, not a page's table, and are not compared: this
/// bounds what a table holds in memory while it is read.
const MAX_TABLE_ROWS: usize = 1_000;

/// The lines of the source with their start offsets, newline excluded,
/// one at a time: a file of a million short lines makes no list of them.
pub(super) fn lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    source.split('\n').map(move |line| {
        let at = start;
        start += line.len() + 1;
        (at, line.strip_suffix('\r').unwrap_or(line))
    })
}

/// The kind of the block a line belongs to (captions excluded), for lines
/// asked in reading order: blocks are sorted by start, and one that ends
/// before a line cannot hold any later line, so each block is passed
/// once over the whole document.
pub(super) struct BlockCursor<'d> {
    blocks: &'d [crate::markup::Block],
    next: usize,
}

impl<'d> BlockCursor<'d> {
    pub(super) fn new(doc: &'d Document<'_>) -> Self {
        BlockCursor {
            blocks: doc.blocks(),
            next: 0,
        }
    }

    pub(super) fn kind_of_line(&mut self, start: usize, end: usize) -> Option<BlockKind> {
        while self
            .blocks
            .get(self.next)
            .is_some_and(|b| b.span().end < start)
        {
            self.next += 1;
        }
        self.blocks[self.next..]
            .iter()
            .take_while(|b| b.span().start < end.max(start + 1))
            .find(|b| b.kind() != BlockKind::Caption && b.span().end >= start)
            .map(|b| b.kind())
    }
}

/// Longest value of a data sheet's field (`Visitors: 250 or so`): a
/// longer one is prose, which a bare label under it does not continue.
const MAX_FIELD_WORDS: usize = 6;

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
        // `**Label:** value`: the emphasis closing the label is no part of
        // the value.
        let value = line[i + c.len_utf8()..].trim_start_matches(['*', '_']);
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
    let mut out = Vec::new();
    let mut blocks = BlockCursor::new(doc);
    let mut previous: Option<(usize, &str)> = None;
    let mut pending: Option<(ParallelCut, bool)> = None;
    // The rows of the table being read; `None` once it is too long to
    // compare (a data dump, not a page's table).
    let mut table: Option<Vec<(usize, &str)>> = Some(Vec::new());
    for (start, line) in lines(doc.source()) {
        if line.trim_start().starts_with('|') {
            if let Some(rows) = &mut table {
                rows.push((start, line));
                if rows.len() > MAX_TABLE_ROWS {
                    table = None;
                }
            }
        } else {
            if let Some(rows) = &table {
                table_cells(rows, doc, &mut out);
            }
            table = Some(Vec::new());
        }
        if line.trim().is_empty() {
            continue;
        }
        let end = start + line.len();
        let kind = blocks.kind_of_line(start, end);
        // An emphasised label left empty (`**Material:**`) is a field only
        // between two filled ones: alone under one, it may head what follows
        // (`**Ingredients:**` over a list).
        // A plain label left empty (`Tip 5:`) is a field cut when another
        // label follows it or nothing does; over a line of another build
        // (a question, a paragraph) it heads that section, empty or not:
        // the structure's, not a cut.
        if let Some((cut, emphasised)) = pending.take() {
            let next = label_and_value(line);
            if next.is_some_and(|(_, _, value)| !value.is_empty())
                || (!emphasised && next.is_some())
            {
                out.push(cut);
            }
        }
        if let Some(cut) = empty_value(line, start, previous, kind) {
            let emphasised = line.trim_start().starts_with(['*', '_']);
            let colon = line.trim_end().ends_with(':');
            // A plain label of words over nothing under a label whose
            // value is prose (`Avantages :` between `Rémunération : selon
            // la convention …` and `Prise de poste : …`) heads nothing:
            // the structure family reports it. Under a short value (a
            // data sheet's `Bowls of soup: 190`), or holding a number
            // (`Tip 5:`, `Day 2:`), it is a field of a series, left empty.
            let prose_above = previous
                .and_then(|(_, above)| label_and_value(above))
                .is_some_and(|(_, _, value)| value.split_whitespace().count() > MAX_FIELD_WORDS);
            if colon && !emphasised && prose_above && !line.contains(|c: char| c.is_ascii_digit()) {
                previous = Some((start, line));
                continue;
            }
            if emphasised || colon {
                pending = Some((cut, emphasised));
            } else {
                out.push(cut);
            }
        } else if let Some(cut) = month_stem(line, start, kind) {
            out.push(cut);
        }
        previous = Some((start, line));
    }
    if let Some(rows) = &table {
        table_cells(rows, doc, &mut out);
    }
    if let Some((cut, false)) = pending {
        out.push(cut);
    }
    out.sort_by_key(|cut| cut.span.start);
    out
}

/// A line whose value is missing after its separator, under a line of
/// the same build that is whole.
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
    // A bare list marker ("- " under an item) is an item never written:
    // the list's structure, which the `structure` family reports; no text
    // was cut.
    if let Some((_, "")) = list_marker(line) {
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
    // Two labels set in bold (`**Opening times:**` over `**Admission:**`)
    // are built alike whatever their words.
    // (Lines that open on the emphasis: a list of bold terms, `- **Sea
    // slugs**:`, heads what follows as often as it leaves a value out.)
    let emphasised = |l: &str| l.trim_start().starts_with("**") || l.trim_start().starts_with("__");
    let both_emphasised = emphasised(line) && emphasised(above);
    if separator == ':' && !both_emphasised && shape(label) != shape(label_above) {
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
/// cell of their column shares, in one table's `rows` (the lines of the
/// table, header and rule included).
fn table_cells(rows: &[(usize, &str)], doc: &Document<'_>, out: &mut Vec<ParallelCut>) {
    let rows: Vec<(usize, Vec<(usize, &str)>)> = rows
        .iter()
        .filter(|(_, l)| !l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')))
        .map(|&(start, l)| (start, cells(l)))
        .collect();
    // The header row names the columns; the body rows are compared.
    let body = rows.get(1..).unwrap_or_default();
    if body.len() <= MIN_SIBLING_CELLS {
        return;
    }
    let columns = body.iter().map(|(_, c)| c.len()).max().unwrap_or(0);
    for column in 0..columns {
        let shapes: Vec<Option<String>> = body
            .iter()
            .map(|(_, c)| c.get(column).map(|(_, text)| shape(text)))
            .collect();
        // A cell differs from all the others, which agree, only in a
        // column of two shapes, one of them the cell's alone.
        let mut distinct: Vec<(&String, usize)> = Vec::new();
        for shape in shapes.iter().flatten() {
            match distinct.iter().position(|(s, _)| *s == shape) {
                Some(i) => distinct[i].1 += 1,
                None => {
                    distinct.push((shape, 1));
                    if distinct.len() > 2 {
                        break;
                    }
                }
            }
        }
        let (own, whole) = match distinct[..] {
            [(own, 1), (whole, n)] | [(whole, n), (own, 1)] if n >= MIN_SIBLING_CELLS => {
                (own, whole)
            }
            _ => continue,
        };
        let Some(row) = shapes.iter().position(|s| s.as_ref() == Some(own)) else {
            continue;
        };
        let (start, cells) = &body[row];
        // A page cuts a line at its end: only the row's last cell.
        if column + 1 != cells.len() {
            continue;
        }
        let Some(&(offset, text)) = cells.get(column) else {
            continue;
        };
        // A cell stopping on a number whose unit, sign or second part its
        // column always carries (`4` under `12 %`); cells ending on words
        // differ in length by nature.
        if !own.ends_with('9') || !text.ends_with(char::is_alphanumeric) {
            continue;
        }
        let Some(missing) = whole.strip_prefix(own.as_str()) else {
            continue;
        };
        // What is missing is a unit, a sign or a word (`%`, ` a`), not
        // decimals (`9` under `9.9` is a round number).
        let missing = missing.trim_start();
        // Nor an aside (`Band 1` beside `Band 1 (£26)`), which a cell may
        // go without.
        if missing.is_empty() || missing.starts_with(['.', ',', '9', '(', '[']) {
            continue;
        }
        // Nor a second term after a whole range (`8.30–19.00` beside
        // `9.00–12.30 and 14.00–18.00`): the cell holds one span of time
        // or of values, where its siblings hold two.
        let ranged = ["9–9", "9-9", "9—9", "9 – 9", "9 - 9"]
            .iter()
            .any(|range| own.contains(range));
        if ranged && missing.starts_with('a') {
            continue;
        }
        let at = start + offset;
        if BlockCursor::new(doc)
            .kind_of_line(at, at + text.len())
            .is_none()
        {
            continue;
        }
        out.push(ParallelCut {
            span: Span::new(at, at + text.len()),
            message: "table cell cut: its column's other cells all go on after where it stops",
        });
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
