//! The document's outline read as data: what a section, a question, a
//! numbered series and a table row must hold.
//!
//! - A section whose whole body is a stub ("Coming soon", "(à venir)",
//!   "*To be written.*", "TBD", "Section à compléter"): a filler noun at
//!   most, then a predicate saying the text is not there yet, as the only
//!   block between a title and the next title or list-free block.
//! - A question answered by nothing: an answer label alone ("A:",
//!   "Réponse :") or a block with no letter or figure ("—"); a question
//!   labelled as such ("Q:", "Question 4 :") at the end or over the next
//!   labelled question.
//! - A numbered series that skips one number or repeats one (`3.` over
//!   `3.`, `Step 4` over `Step 6`), in consecutive items or in a page's
//!   numbered titles.
//! - A table row holding its first cell alone under a header of several
//!   columns, in a table whose other rows are filled.
//!
//! Every finder reads the blocks or the source's lines once.

use crate::diagnostic::Span;
use crate::markup::BlockKind;
use crate::text::Document;

/// Nouns a stub may name before its predicate ("Section à compléter",
/// "Content coming soon").
const STUB_FILLERS: &[&str] = &[
    "section",
    "texte",
    "contenu",
    "paragraphe",
    "partie",
    "détails",
    "informations",
    "infos",
    "text",
    "content",
    "details",
    "more",
    "more details",
    "information",
    "info",
    "part",
    "page",
    "suite",
    "plus d'infos",
    "plus de détails",
];

/// Predicates saying a text is not written yet.
const STUB_PREDICATES: &[&str] = &[
    "à venir",
    "à compléter",
    "à rédiger",
    "à écrire",
    "à définir",
    "à préciser",
    "à ajouter",
    "à faire",
    "à finaliser",
    "en cours de rédaction",
    "en cours d'écriture",
    "en construction",
    "en préparation",
    "bientôt",
    "bientôt disponible",
    "prochainement",
    "coming soon",
    "soon",
    "to come",
    "to follow",
    "tbd",
    "tbc",
    "tba",
    "todo",
    "to do",
    "wip",
    "work in progress",
    "in progress",
    "under construction",
    "in preparation",
    "pending",
    "to be written",
    "to be completed",
    "to be added",
    "to be announced",
    "to be determined",
    "to be confirmed",
    "to be finalised",
    "to be finalized",
    "not written yet",
    "not yet written",
];

/// Most bytes of a stub: longer blocks are text.
const MAX_STUB_BYTES: usize = 48;

/// A block's text lowercased, without the decoration around and inside
/// it (emphasis, brackets, final punctuation), spaces collapsed.
fn bare_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '’' | 'ʼ' => '\'',
            '*' | '_' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>' | '.' | '…' | '!' | '«'
            | '»' | '"' | '—' | '–' | ':' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (key.is_empty() || key.ends_with(' ')) {
            continue;
        }
        key.push(c);
    }
    key.trim_end().to_string()
}

/// Whether a block's whole text says its content is not written yet.
pub(super) fn is_stub(text: &str) -> bool {
    if text.len() > MAX_STUB_BYTES || text.contains('\n') {
        return false;
    }
    let key = bare_key(text);
    let key = key.as_str();
    STUB_PREDICATES.contains(&key)
        || STUB_FILLERS.iter().any(|filler| {
            key.strip_prefix(filler)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| STUB_PREDICATES.contains(&rest))
        })
}

/// Whether a block reads as a title: a heading, a line all in bold, or
/// (plain text) a short line without a sentence's final punctuation.
/// Whether a block is a line all in bold (`**Prices**`): its span may
/// leave the marks out, so the source's line around it is read.
fn is_bold_line(doc: &Document<'_>, index: usize) -> bool {
    let line = doc
        .text(doc.lines_around(doc.blocks()[index].span()))
        .trim();
    line.len() > 4
        && ((line.starts_with("**") && line.ends_with("**"))
            || (line.starts_with("__") && line.ends_with("__")))
}

fn is_title_like(doc: &Document<'_>, index: usize) -> bool {
    let block = &doc.blocks()[index];
    let text = doc.text(block.span()).trim();
    match block.kind() {
        BlockKind::Heading { .. } => true,
        BlockKind::Paragraph => {
            let bold = is_bold_line(doc, index);
            let short = text.split_whitespace().count() <= 8
                && !text.ends_with(['.', '!', '?', ',', ';'])
                && !text.contains('\n');
            bold || (!doc.read_as().has_heading_levels() && short)
        }
        _ => false,
    }
}

/// The spans of the blocks that are a section's whole body and a stub:
/// right under a title, over the next title or the end (a stub over a
/// list is the list's title: "Coming soon" over films to come).
pub(super) fn stub_sections(doc: &Document<'_>) -> Vec<Span> {
    let blocks = doc.blocks();
    let mut found = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        // Plain text reads a short line as a heading: a stub is one.
        let body = match block.kind() {
            BlockKind::Paragraph | BlockKind::Quote => true,
            BlockKind::Heading { .. } => !doc.read_as().has_heading_levels(),
            _ => false,
        };
        if !body || index == 0 {
            continue;
        }
        let text = doc.text(block.span()).trim();
        if !is_stub(text) || !is_title_like(doc, index - 1) {
            continue;
        }
        let over_a_section_end = blocks
            .get(index + 1)
            .is_none_or(|next| !matches!(next.kind(), BlockKind::ListItem | BlockKind::TableCell));
        if over_a_section_end {
            found.push(block.span());
        }
    }
    found
}

/// Labels an answer opens with in an interview or a FAQ.
const ANSWER_LABELS: &[&str] = &["a", "r", "rép", "réponse", "answer", "ans"];

/// Labels a question opens with.
const QUESTION_LABELS: &[&str] = &["q", "question"];

/// The label a line opens with ("Q:", "Réponse :", "Question 3 –"),
/// lowercased, with what follows it: a word of a few letters, maybe a
/// number, then a colon, a full stop or a dash.
fn label_of(text: &str) -> Option<(String, &str)> {
    let text = text.trim_start_matches(['*', '_', ' ']);
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = text[..word_end].to_lowercase();
    let rest = text[word_end..].trim_start_matches([' ', '\u{a0}']);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.trim_start_matches(['*', '_', ' ', '\u{a0}']);
    let rest = rest
        .strip_prefix(':')
        .or_else(|| rest.strip_prefix('.'))
        .or_else(|| rest.strip_prefix('–'))
        .or_else(|| rest.strip_prefix('—'))?;
    Some((word, rest.trim_start_matches(['*', '_']).trim()))
}

/// Whether a line opens with a speaker's mark of a FAQ or an interview
/// ("Q: Can a bid…", "Réponse : oui"): a turn of the dialogue, never a
/// title.
/// Only a colon marks the turn: "A. Le contexte" is an outline's title.
pub(super) fn opens_with_a_speaker_mark(text: &str) -> bool {
    text.trim_start_matches(['*', '_', ' '])
        .split_once(':')
        .is_some_and(|(head, rest)| {
            let head = head
                .trim_end_matches(['*', '_', ' ', '\u{a0}'])
                .to_lowercase();
            (QUESTION_LABELS.contains(&head.as_str()) || ANSWER_LABELS.contains(&head.as_str()))
                && !rest.trim().is_empty()
        })
}

fn is_labelled_question(text: &str) -> bool {
    label_of(text)
        .is_some_and(|(word, rest)| QUESTION_LABELS.contains(&word.as_str()) && !rest.is_empty())
}

/// Whether a block is an answer holding nothing: its label alone, or no
/// letter and no figure ("—", "…").
fn is_empty_answer(text: &str) -> bool {
    let text = text.trim();
    !text.chars().any(char::is_alphanumeric)
        || label_of(text)
            .is_some_and(|(word, rest)| ANSWER_LABELS.contains(&word.as_str()) && rest.is_empty())
}

/// Most words of a question that titles an answer.
const MAX_QUESTION_WORDS: usize = 30;

fn is_question(doc: &Document<'_>, index: usize) -> bool {
    let block = &doc.blocks()[index];
    if matches!(
        block.kind(),
        BlockKind::ListItem | BlockKind::TableCell | BlockKind::Caption
    ) {
        return false;
    }
    let text = doc
        .text(block.span())
        .trim()
        .trim_end_matches(['*', '_', ' ']);
    text.ends_with('?') && doc.words_of_block(index).len() <= MAX_QUESTION_WORDS
}

/// The spans of the questions left without an answer: over an empty
/// answer, or labelled as a question and over the next one or the end.
pub(super) fn unanswered_questions(doc: &Document<'_>) -> Vec<Span> {
    let blocks = doc.blocks();
    let mut found = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        if !is_question(doc, index) {
            continue;
        }
        let text = doc.text(block.span()).trim();
        let next = blocks.get(index + 1).map(|b| doc.text(b.span()));
        // The source, with its emphasis marks.
        let next_source = blocks
            .get(index + 1)
            .map(|b| doc.text(doc.lines_around(b.span())));
        let empty = match next {
            Some(next) => {
                is_empty_answer(next)
                    || (is_labelled_question(text) && is_labelled_question(next))
                    || (is_bold_line(doc, index)
                        && next_source.is_some_and(opens_with_a_bold_question)
                        && !shares_next_answer(doc, index))
            }
            None => is_labelled_question(text) && index > 0,
        };
        if empty {
            found.push(block.span());
        }
    }
    found
}

/// Whether a block's source opens with a bold question on its first line
/// ("**Can I …?**", then its answer or not): the next question of a FAQ
/// whose questions are set in bold.
fn opens_with_a_bold_question(source: &str) -> bool {
    let first = source.trim_start().lines().next().unwrap_or("").trim_end();
    (first.starts_with("**") && first.ends_with("?**"))
        || (first.starts_with("__") && first.ends_with("?__"))
}

/// Words a follow-up question opens with ("And to whom?", "Et à qui ?").
const FOLLOW_UPS: &[&str] = &["and", "or", "but", "et", "ou", "mais"];

/// Whether the question at `index` shares the answer of the next one: a
/// follow-up question ("Comment vendez-vous ?" over "Et à qui ?") is
/// answered with it.
pub(super) fn shares_next_answer(doc: &Document<'_>, index: usize) -> bool {
    if index + 1 >= doc.blocks().len() || !is_question(doc, index) || !is_question(doc, index + 1) {
        return false;
    }
    let next = doc.text(doc.blocks()[index + 1].span());
    let next = next.trim_start_matches(['#', '*', '_', ' ']);
    let word_end = next.find(|c: char| !c.is_alphabetic()).unwrap_or(0);
    next[word_end..].starts_with([' ', '\u{a0}'])
        && FOLLOW_UPS.contains(&next[..word_end].to_lowercase().as_str())
}

/// Words a numbered step opens with ("Step 4:", "Étape 2 -").
const STEP_WORDS: &[&str] = &["step", "stage", "étape", "phase"];

/// The number a line opens with as an item of a numbered series ("3.",
/// "3)", "**3.", "Step 3:", "Étape 3 –"), with what follows the mark.
pub(super) fn series_number(line: &str) -> Option<(u32, &str)> {
    let line = line
        .trim_start_matches([' ', '\t', '*', '_', '#'])
        .trim_start();
    let word_end = line.find(|c: char| !c.is_alphabetic()).unwrap_or(0);
    let (stepped, line) = match STEP_WORDS.contains(&line[..word_end].to_lowercase().as_str()) {
        true => (true, line[word_end..].trim_start()),
        false => (false, line),
    };
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let number: u32 = line[..digits].parse().ok()?;
    let rest = &line[digits..];
    let rest = match stepped {
        true => {
            let rest = rest.trim_start();
            match rest.strip_prefix([':', '.', ')', '–', '-']) {
                Some(after) => after,
                None if rest.is_empty() => rest,
                None => return None,
            }
        }
        false => rest.strip_prefix(['.', ')'])?,
    };
    if !(rest.is_empty() || rest.starts_with([' ', '\t', '*', '_'])) {
        return None;
    }
    Some((number, rest))
}

/// Where a numbered series breaks: the spans of the items numbered one
/// past the next number (a skipped item) or with the number just used,
/// in a series numbered in order from 1 so far (a crossword's clues
/// start anywhere and skip by design). Items are consecutive lines
/// (blank lines between them allowed); a paragraph ends the series, so
/// a list resumed or restarted after it is a list of its own.
pub(super) fn broken_numbering(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    // The series so far: its first number, its last, its length.
    let mut series: Option<(u32, u32, u32)> = None;
    let mut offset = 0;
    for line in doc.source().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.trim().is_empty() {
            continue;
        }
        let item = series_number(content)
            .filter(|_| !doc.prose(Span::new(start, offset)).trim().is_empty());
        let Some((number, _)) = item else {
            series = None;
            continue;
        };
        if let Some((first, last, count)) = series
            && first == 1
            && last + 1 - first == count
            && count >= 2
            && (number == last || number == last + 2)
        {
            let lead = content.len() - content.trim_start().len();
            found.push(Span::new(start + lead, start + content.len()));
            series = None;
            continue;
        }
        series = match series {
            Some((first, last, count)) if number == last + 1 => Some((first, number, count + 1)),
            _ => Some((number, number, 1)),
        };
    }
    found
}

/// The spans of a page's numbered titles (headings, lines all in bold)
/// that skip one number or repeat the one before, in a page numbering
/// them in order so far.
pub(super) fn broken_title_numbering(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut series: Option<(u32, u32, u32)> = None;
    for (index, block) in doc.blocks().iter().enumerate() {
        let bold_line = block.kind() == BlockKind::Paragraph && is_bold_line(doc, index);
        if !(block.kind().is_heading() || bold_line) || !is_title_like(doc, index) {
            continue;
        }
        let text = doc.text(block.span()).trim();
        let text = text.trim_start_matches(['#', ' ', '*', '_']);
        let Some((number, rest)) = series_number(text) else {
            continue;
        };
        // A bare item ("Step 3" alone, its name and text missing) keeps
        // the series' count: the item after it skips nothing.
        let bare = rest.trim().is_empty();
        if !bare
            && let Some((first, last, count)) = series
            && first == 1
            && last + 1 - first == count
            && count >= 2
            && (number == last || number == last + 2)
        {
            found.push(block.span());
        }
        series = match series {
            Some((first, last, count)) if number == last + 1 => Some((first, number, count + 1)),
            _ => Some((number, number, 1)),
        };
    }
    found
}

/// The cells of a pipe-table row, without the outer pipes.
fn cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = row.strip_suffix('|').unwrap_or(row);
    row.split('|').map(str::trim).collect()
}

/// The spans of the table rows holding their first cell alone under a
/// header of several columns (`| Vocal booth |`, `| Laptop | |`), in a
/// table where another row fills two cells or more. A group label in
/// bold (`| **Desserts** | | |`) is a row of its own kind.
pub(super) fn first_cell_rows(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    // Per table: header columns, rows seen, candidates, a filled row.
    let mut columns = 0usize;
    let mut previous_was_row = false;
    let mut candidates: Vec<Span> = Vec::new();
    let mut filled = false;
    let mut offset = 0;
    let flush = |candidates: &mut Vec<Span>, filled: &mut bool, found: &mut Vec<Span>| {
        if *filled {
            found.append(candidates);
        }
        candidates.clear();
        *filled = false;
    };
    let mut header_cells = 0usize;
    for line in doc.source().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim();
        if !content.starts_with('|') {
            flush(&mut candidates, &mut filled, &mut found);
            columns = 0;
            previous_was_row = false;
            continue;
        }
        let is_delimiter = content.contains("--")
            && content
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'));
        if is_delimiter {
            if previous_was_row {
                columns = header_cells;
            }
            previous_was_row = false;
            continue;
        }
        let row = cells(content);
        header_cells = row.len();
        previous_was_row = true;
        if columns < 2 || doc.prose(Span::new(start, offset)).trim().is_empty() {
            continue;
        }
        let first = row[0];
        let rest_empty = row[1..].iter().all(|c| c.is_empty());
        let bold = first.starts_with("**") || first.starts_with("__");
        if !first.is_empty() && rest_empty && !bold {
            let lead = line.len() - line.trim_start().len();
            candidates.push(Span::new(start + lead, start + lead + content.len()));
        } else if row.iter().filter(|c| !c.is_empty()).count() >= 2 {
            filled = true;
        }
    }
    flush(&mut candidates, &mut filled, &mut found);
    found
}

/// Other rows of a table that must fill a column before a row leaving it
/// empty reads as unfinished; two are enough where they all hold a
/// figure (a price, a time, a weight).
const MIN_FILLED_OTHERS: usize = 3;
const MIN_FIGURED_OTHERS: usize = 2;

/// Most rows of a table compared, and most rows with an empty cell kept
/// while it is read: longer tables are data.
const MAX_COMPARED_ROWS: usize = 1_000;
const MAX_GAPPED_ROWS: usize = 64;
const MAX_ROW_PIPES: usize = 64;

/// One column of a table being read: how many body rows fill it, how many
/// of those hold a figure, and whether they differ (a column of ticks
/// where one row has none is a feature the row lacks, not a gap).
#[derive(Default)]
struct Column<'a> {
    named: bool,
    /// Named by a figure (`2024`): a period's column, whose figures may
    /// not be known yet.
    named_by_a_figure: bool,
    filled: usize,
    figures: usize,
    first: Option<&'a str>,
    varied: bool,
}

/// The cells of a row of a table, Markdown (`| a | b |`) or plain text
/// (`a | b | c`): a plain row's last cell may be left empty after its
/// pipe (`Leeks | 12 | |`).
fn table_cells(content: &str) -> Vec<&str> {
    match content.starts_with('|') {
        true => cells(content),
        false => content.split('|').map(str::trim).collect(),
    }
}

/// The spans of the table rows (Markdown or plain text) that leave empty
/// a named column every other row fills: the cell was never written.
/// Inside the row (`| 6 | | | April 11 |` under rows giving their title
/// and speaker), any column the others fill; at its end (`| Tuesday |
/// Hall | |` under rows giving their hours), only a column of figures not
/// named by one (a last column of notes or readings is often left empty
/// on purpose, a `2024` column waits for its figures). The row fills
/// another cell than its first (a row holding its first cell alone is
/// [`first_cell_rows`]'s) and opens with a cell of its own (a row
/// opening empty goes on the row above). One pass over the lines.
pub(super) fn empty_cell_rows(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut columns: Vec<Column<'_>> = Vec::new();
    let mut rows = 0usize;
    let mut gapped: Vec<(Span, Vec<usize>, bool)> = Vec::new();
    let mut in_table = false;
    let mut offset = 0;
    let flush = |columns: &mut Vec<Column<'_>>,
                 rows: &mut usize,
                 gapped: &mut Vec<(Span, Vec<usize>, bool)>,
                 found: &mut Vec<Span>| {
        for (span, empty, trailing) in gapped.drain(..) {
            let others = *rows - 1;
            let unwritten = empty.iter().all(|&c| {
                let column = &columns[c];
                let figures = others >= MIN_FIGURED_OTHERS && column.figures == others;
                let enough = match trailing {
                    true => figures && !column.named_by_a_figure,
                    false => others >= MIN_FILLED_OTHERS || figures,
                };
                column.named && column.filled == others && column.varied && enough
            });
            if unwritten {
                found.push(span);
            }
        }
        columns.clear();
        *rows = 0;
    };
    let source = doc.source();
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim();
        // A delimiter row shows no prose: it is read before the test.
        let is_delimiter = content.contains("--")
            && content
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'));
        if is_delimiter && in_table {
            continue;
        }
        // A line of hundreds of cells is data, not a page's table: its
        // cells are never listed.
        let is_row = (content.starts_with('|') || content.contains(" | "))
            && content.bytes().filter(|&b| b == b'|').count() <= MAX_ROW_PIPES
            && !doc.prose(Span::new(start, offset)).trim().is_empty();
        if !is_row {
            if in_table {
                flush(&mut columns, &mut rows, &mut gapped, &mut found);
            }
            in_table = false;
            continue;
        }
        let row = table_cells(content);
        if !in_table {
            // The first row names the columns.
            in_table = true;
            columns = row
                .iter()
                .map(|cell| Column {
                    named: !cell.is_empty(),
                    named_by_a_figure: cell.chars().any(|c| c.is_ascii_digit()),
                    ..Column::default()
                })
                .collect();
            continue;
        }
        if row.len() != columns.len() || columns.len() < 2 || rows >= MAX_COMPARED_ROWS {
            continue;
        }
        rows += 1;
        let empty: Vec<usize> = (0..row.len()).filter(|&c| row[c].is_empty()).collect();
        let bold = row[0].starts_with("**") || row[0].starts_with("__");
        let fills_another = row[1..].iter().any(|c| !c.is_empty());
        // A row with a gap fills its other cells all the same.
        if !empty.is_empty()
            && !row[0].is_empty()
            && !bold
            && fills_another
            && gapped.len() < MAX_GAPPED_ROWS
        {
            let lead = line.len() - line.trim_start().len();
            let span = Span::new(start + lead, start + lead + content.len());
            // Empty cells all after the last filled one: a row
            // left unfinished at its end.
            let trailing = row[empty[0]..].iter().all(|c| c.is_empty());
            gapped.push((span, empty, trailing));
        }
        for (column, cell) in columns.iter_mut().zip(&row) {
            if cell.is_empty() {
                continue;
            }
            column.filled += 1;
            column.figures += usize::from(cell.chars().any(|c| c.is_ascii_digit()));
            match column.first {
                None => column.first = Some(cell),
                Some(first) => column.varied |= first != *cell,
            }
        }
    }
    if in_table {
        flush(&mut columns, &mut rows, &mut gapped, &mut found);
    }
    found
}

/// Most words of a row's first cell left alone in a plain-text table.
const MAX_LONE_CELL_WORDS: usize = 5;

/// The spans of the lines of a plain-text table (cells parted by ` | `,
/// no outer pipes) that hold their first cell alone: a header and a row
/// above it, a row of as many cells under it, one of the two rows around
/// holding a figure (a price, a time): "Large engines" between "Small
/// engines | £40" and "Electric | £10". One pass over the source's lines.
pub(super) fn plain_first_cell_rows(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    // The run of rows: its cell separators and how many rows it holds.
    let mut run: Option<(usize, usize)> = None;
    let mut figure_above = false;
    let mut pending: Option<Span> = None;
    let mut offset = 0;
    for line in doc.source().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim();
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + content.len());
        let in_prose = !doc.prose(Span::new(start, offset)).trim().is_empty();
        let separators = content.matches(" | ").count();
        let figure = content.chars().any(|c| c.is_ascii_digit());
        if separators >= 1 && !content.starts_with('|') && in_prose {
            if let Some(lone) = pending.take()
                && run.is_some_and(|(n, _)| n == separators)
                && (figure || figure_above)
            {
                found.push(lone);
            }
            run = match run {
                Some((n, rows)) if n == separators => Some((n, rows + 1)),
                _ => Some((separators, 1)),
            };
            figure_above = figure;
            continue;
        }
        let lone_cell = in_prose
            && pending.is_none()
            && run.is_some_and(|(_, rows)| rows >= 2)
            && (1..=MAX_LONE_CELL_WORDS).contains(&content.split_whitespace().count())
            && content.starts_with(char::is_uppercase)
            && !figure
            && !content.ends_with(['.', '!', '?', ':', ',', ';']);
        if lone_cell {
            pending = Some(span);
        } else {
            pending = None;
            run = None;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::Language;
    use std::path::Path;

    fn found(
        source: &str,
        kind: MarkupKind,
        finder: fn(&Document<'_>) -> Vec<Span>,
    ) -> Vec<String> {
        let markup = markup::parse(source, kind);
        let name = match kind {
            MarkupKind::Markdown => "a.md",
            _ => "a.txt",
        };
        let doc = Document::new(Path::new(name), source, markup, None, Language::En);
        finder(&doc)
            .into_iter()
            .map(|s| source[s.range()].to_string())
            .collect()
    }

    #[test]
    fn a_row_leaving_empty_a_column_the_others_fill_is_found() {
        let md = "# T\n\n| Step | Heat | Time |\n|---|---|---|\n| Brown | High | 15 min |\n| Soften | Medium | 10 min |\n| Simmer | 90 min | |\n| Barley | Low | 40 min |\n";
        assert_eq!(
            found(md, MarkupKind::Markdown, empty_cell_rows),
            ["| Simmer | 90 min | |"]
        );
        // A last column of notes, a year's column: left alone.
        let notes = "| Day | Kg | Notes |\n|---|---|---|\n| Mon | 31 | good |\n| Tue | 36 | picked twice |\n| Wed | 28 | humid |\n| Thu | 22 | |\n";
        assert!(found(notes, MarkupKind::Markdown, empty_cell_rows).is_empty());
        let year = "| Item | 2023 | 2024 |\n|---|---|---|\n| Dues | 14 | 15 |\n| Grant | 6 | 6 |\n| Tools | 3 | 5 |\n| Water | 4 | |\n";
        assert!(found(year, MarkupKind::Markdown, empty_cell_rows).is_empty());
        let middle = "| No | Title | Speaker | Date |\n|---|---|---|---|\n| 1 | Beans | Tom | May 1 |\n| 2 | Peas | Ann | May 8 |\n| 3 | | | May 15 |\n| 4 | Corn | Rosa | May 22 |\n";
        assert_eq!(
            found(middle, MarkupKind::Markdown, empty_cell_rows),
            ["| 3 | | | May 15 |"]
        );
        let plain = "Bassin | Matin | Soir\nGrand | 9 h – 12 h | 17 h – 20 h\nPetit | | 17 h – 19 h\nPataugeoire | 10 h – 12 h | 17 h – 19 h\nLudique | 10 h – 11 h | 18 h – 19 h\n";
        assert_eq!(
            found(plain, MarkupKind::Plain, empty_cell_rows),
            ["Petit | | 17 h – 19 h"]
        );
        // An empty last cell of a column of text is left alone (see the
        // rule's docs): the row may simply have nothing to add there.
        let trailing = "Bassin | Matin | Soir\nGrand | 9 h – 12 h | 17 h – 20 h\nPetit | 10 h – 12 h | |\nPataugeoire | 10 h – 12 h | 17 h – 19 h\n";
        assert!(found(trailing, MarkupKind::Plain, empty_cell_rows).is_empty());
        // Ticks a row lacks, two rows of notes left empty: no gap.
        let ticks = "| Feature | Free | Pro |\n|---|---|---|\n| Boards | ✓ | ✓ |\n| Guests | | ✓ |\n| Sync | ✓ | ✓ |\n| Log | ✓ | ✓ |\n";
        assert!(found(ticks, MarkupKind::Markdown, empty_cell_rows).is_empty());
        let notes = "| Month | Visits | Notes |\n|---|---|---|\n| Jan | 12 | Sale |\n| Feb | 10 | |\n| Mar | 13 | New page |\n| Apr | 14 | |\n";
        assert!(found(notes, MarkupKind::Markdown, empty_cell_rows).is_empty());
    }

    #[test]
    fn stubs_are_words_of_a_text_not_written() {
        for (text, stub) in [
            ("Coming soon.", true),
            ("(à venir)", true),
            ("*To be written.*", true),
            ("Section à compléter.", true),
            ("[en cours de rédaction]", true),
            ("TBD", true),
            ("The new wing is coming soon, says the mayor.", false),
            ("À suivre", false),
        ] {
            assert_eq!(is_stub(text), stub, "{text}");
        }
    }

    #[test]
    fn a_stub_under_a_title_is_found_and_not_over_a_list() {
        let md = MarkupKind::Markdown;
        assert_eq!(
            found(
                "# A\n\nText here.\n\n## Prices\n\nTBD\n\n## Next\n\nMore.\n",
                md,
                stub_sections
            ),
            ["TBD"]
        );
        assert!(found("# A\n\n## Coming soon\n\n- Film\n", md, stub_sections).is_empty());
        assert!(
            found(
                "# A\n\nText.\n\nComing soon\n\n- Film one\n",
                md,
                stub_sections
            )
            .is_empty()
        );
    }

    #[test]
    fn empty_answers_and_labelled_questions() {
        let txt = MarkupKind::Plain;
        assert_eq!(
            found(
                "Talk\n\nQ: Why?\nA: Because.\n\nQ: Where?\nA:\n\nQ: When?\n",
                txt,
                unanswered_questions
            ),
            ["Q: Where?", "Q: When?"]
        );
        assert!(
            found(
                "Talk\n\nWhy not?\nBecause it rains.\n",
                txt,
                unanswered_questions
            )
            .is_empty()
        );
    }

    #[test]
    fn numbering_that_skips_or_repeats() {
        let md = MarkupKind::Markdown;
        assert_eq!(
            found("1. a\n2. b\n3. c\n3. d\n", md, broken_numbering),
            ["3. d"]
        );
        assert_eq!(
            found(
                "Step 1: a\nStep 2: b\nStep 4: d\n",
                MarkupKind::Plain,
                broken_numbering
            ),
            ["Step 4: d"]
        );
        assert!(
            found(
                "1. a\n2. b\n\nA paragraph.\n\n1. c\n2. d\n",
                md,
                broken_numbering
            )
            .is_empty()
        );
        assert!(found("1. a\n2. b\n\nThen:\n\n3. c\n", md, broken_numbering).is_empty());
        assert_eq!(
            found(
                "**1. A**\n\nx.\n\n**2. B**\n\ny.\n\n**4. D**\n\nz.\n",
                md,
                broken_title_numbering
            ),
            ["4. D"]
        );
    }

    #[test]
    fn rows_with_their_first_cell_alone() {
        let md = MarkupKind::Markdown;
        assert_eq!(
            found(
                "| A | B |\n|---|---|\n| x | 1 |\n| y |\n| z | |\n",
                md,
                first_cell_rows
            ),
            ["| y |", "| z | |"]
        );
        assert!(
            found(
                "| A | B |\n|---|---|\n| **Group** | |\n| x | 1 |\n",
                md,
                first_cell_rows
            )
            .is_empty()
        );
        assert!(found("| A | B |\n|---|---|\n| y | |\n", md, first_cell_rows).is_empty());
    }
}
