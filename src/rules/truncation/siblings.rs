//! Cuts its siblings show: a unit (a table cell, a list item, the value of
//! a `label – value` line) that stops where the units around it go on.
//!
//! - Its last word is the beginning of a word a sibling writes whole after
//!   the same word or number: `| All lev |` under `| All levels |`,
//!   `| Mode |` beside `| Moderate |`, `| 1 mon |` over `| 1 month |`,
//!   `Gare – 25 min en vo` under `Lac – 12 min en voiture`. The siblings
//!   are the other cells of the cell's column and of its row, or the other
//!   lines of a run of items or of `label – value` lines.
//! - It ends on a bare number where every sibling of its column or run
//!   ends on a number and the same unit (`| 35 |` under `| 85 % |`,
//!   `Fraisier : 3` under `Courgette : 2 €`).
//!
//! Left alone: a word the sibling only inflects (`day`/`days`, `Open`/
//! `Opening`), the usual abbreviations of units, days and months beside
//! their full form (`30 min`/`45 minutes`, `Sat`/`Saturday`, `12 mo`),
//! a short common word (`No` beside `None`), a compound measure
//! (`1 h 30`) or a second value after the unit (`10 years, extendable to
//! 20`), a count in a column whose rows each carry their own unit, a zero,
//! and words the unit already writes whole elsewhere.
//! One pass over the lines; a group of siblings (a table, a run of lines)
//! is read when it ends and is bounded in length.

use super::parallel_lines::{BlockCursor, ParallelCut, lines};
use super::short_cuts::UNIT_ABBREVIATIONS;
use super::{common_words, is_in_own_dictionary, last_word_start};
use crate::diagnostic::Span;
use crate::rules::RuleContext;
use crate::text::{Language, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS};

/// Longer groups are data, not a page's table or list: not compared.
const MAX_GROUP_UNITS: usize = 200;

/// Longer lines are prose, not an item or a row of a page's table.
const MAX_UNIT_LINE_BYTES: usize = 300;

/// Fewest siblings that show the whole form.
const MIN_SIBLINGS: usize = 2;

/// Longest label of a `label – value` line, in words.
const MAX_LABEL_WORDS: usize = 6;

/// Longest unit after a number (`%`, `€`, `km/h`, `kcal`).
const MAX_UNIT_CHARS: usize = 6;

/// Shortest word of the language read as cut beside its longer form when
/// it is a common word (`no`, `in`, `tea`): shorter ones begin too many.
const MIN_COMMON_STEM_CHARS: usize = 4;

/// Endings that make a word's inflection or derivation, not its cut.
const EN_SUFFIXES: &[&str] = &[
    "s", "es", "ed", "d", "ing", "er", "ers", "ly", "y", "al", "ally", "ness", "ment", "ments",
    "ion", "ions", "ive", "ful",
];
const FR_SUFFIXES: &[&str] = &[
    "s", "x", "e", "es", "é", "ée", "és", "ées", "er", "ement", "ment", "ion", "ions", "al", "ale",
    "aux", "ique", "eur", "euse", "ant", "ante",
];

/// The full words a unit's abbreviation stands for, by their beginning:
/// `min` beside `minutes` is the same unit written out.
fn expands_to(abbreviation: &str, word: &str) -> bool {
    let expansions: &[&str] = match abbreviation {
        "d" => &["day"],
        "h" => &["hour", "heure"],
        "hr" | "hrs" => &["hour"],
        "mn" | "min" | "mins" => &["minut"],
        "s" | "sec" | "secs" => &["sec", "semaine"],
        "wk" | "wks" => &["week"],
        "mo" | "mos" => &["month"],
        "yr" | "yrs" | "y" => &["year"],
        "j" => &["jour"],
        "sem" => &["semaine"],
        "an" | "ans" => &["anné"],
        "m" => &["met", "mèt", "minut", "mile"],
        "mi" => &["mile"],
        "p" | "pp" => &["page", "pers"],
        "pers" => &["person", "personne"],
        "in" => &["inch"],
        "ft" => &["f"],
        "oz" => &["ounce"],
        "g" | "gr" => &["gram"],
        "kg" => &["kilo"],
        "l" => &["lit"],
        "cl" => &["centil"],
        "ml" => &["millil"],
        "km" => &["kilom"],
        "cm" => &["centim"],
        "mm" => &["millim"],
        "t" => &["ton"],
        "pc" | "pcs" => &["piece", "pièce"],
        "c" | "cs" | "cc" | "cuil" => &["cup", "cuill"],
        "tbsp" | "tsp" => &["table", "tea"],
        "max" => &["maxim"],
        "approx" => &["approxim"],
        _ => &[],
    };
    expansions.iter().any(|e| word.starts_with(e))
}

/// Where a token stands: what comes before it, as siblings are compared.
#[derive(PartialEq, Eq, Clone)]
enum Key {
    Start,
    Number,
    Word(String),
}

/// A unit: its offset in the source and its text.
type Unit<'a> = (usize, &'a str);

/// The tokens of a unit, trimmed of the punctuation around them.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '%' | '€' | '$' | '£'))
        })
        .filter(|t| !t.is_empty())
}

fn is_number(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\u{a0}' | '\u{202f}'))
}

fn key_of(previous: Option<&str>) -> Key {
    match previous {
        None => Key::Start,
        Some(p) if p.chars().any(|c| c.is_ascii_digit()) => Key::Number,
        Some(p) => Key::Word(p.to_lowercase()),
    }
}

/// Every cut the siblings of `ctx`'s document show.
pub(super) fn cuts(ctx: &RuleContext<'_>) -> Vec<ParallelCut> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    let mut blocks = BlockCursor::new(doc);
    // The body rows of the table being read (cells with their offsets).
    let mut table: Vec<Vec<Unit<'_>>> = Vec::new();
    // The values of the run of items being read.
    let mut run: Vec<Unit<'_>> = Vec::new();
    let mut run_too_long = false;
    for (start, line) in lines(doc.source()) {
        let trimmed = line.trim();
        let short = line.len() <= MAX_UNIT_LINE_BYTES;
        if short && trimmed.starts_with('|') {
            // The header row names the columns: the rule under it drops
            // it; the rule holds no value.
            if trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
                table.clear();
            } else if table.len() <= MAX_GROUP_UNITS {
                table.push(cells(start, line));
            }
            continue;
        }
        let in_text = short
            && !trimmed.is_empty()
            && blocks.kind_of_line(start, start + line.len()).is_some();
        if !table.is_empty() {
            read_table(ctx, &table, &mut out);
            table.clear();
        }
        match in_text.then(|| value_of(line)).flatten() {
            Some((offset, value)) => {
                if run.len() < MAX_GROUP_UNITS {
                    run.push((start + offset, value));
                } else {
                    run_too_long = true;
                }
            }
            None => {
                if !run_too_long {
                    read_run(ctx, &run, &mut out);
                }
                run.clear();
                run_too_long = false;
            }
        }
    }
    if !table.is_empty() {
        read_table(ctx, &table, &mut out);
    }
    if !run_too_long {
        read_run(ctx, &run, &mut out);
    }
    out
}

/// The cells of a table row: offset in the source and trimmed text.
fn cells(start: usize, line: &str) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let inner = line.trim_end().trim_end_matches('|');
    for (n, part) in inner.split('|').enumerate() {
        let here = offset;
        offset += part.len() + 1;
        if n == 0 {
            continue;
        }
        let lead = part.len() - part.trim_start().len();
        out.push((start + here + lead, part.trim()));
    }
    out
}

/// The value a line of a run holds: an item's text, or what follows the
/// separator of a `label – value` line (an item's too: `**Title** – 42
/// min`). `None` for a line of another build.
fn value_of(line: &str) -> Option<(usize, &str)> {
    let lead = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    let mut body = trimmed;
    let mut item = false;
    if let Some(rest) = trimmed.strip_prefix(['-', '*', '•', '+'])
        && rest.starts_with(' ')
    {
        body = rest;
        item = true;
    } else {
        let digits = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if digits > 0
            && let Some(rest) = trimmed[digits..].strip_prefix(['.', ')'])
            && rest.starts_with(' ')
        {
            body = rest;
            item = true;
        }
    }
    let separated = [" – ", " — ", " : ", ": ", " - "]
        .iter()
        .filter_map(|sep| body.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i)
        .filter(|&(i, _)| body[..i].split_whitespace().count() <= MAX_LABEL_WORDS);
    let (at, value) = match separated {
        Some((i, len)) => (i + len, &body[i + len..]),
        None if item => (0, body),
        None => return None,
    };
    let value = value.trim_end();
    let value_lead = value.len() - value.trim_start().len();
    let offset = lead + (trimmed.len() - body.len()) + at + value_lead;
    Some((offset, value.trim_start())).filter(|(_, v)| !v.is_empty())
}

fn read_table(ctx: &RuleContext<'_>, rows: &[Vec<Unit<'_>>], out: &mut Vec<ParallelCut>) {
    if rows.len() <= MIN_SIBLINGS {
        return;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, &unit) in row.iter().enumerate() {
            let column = || {
                rows.iter()
                    .enumerate()
                    .filter(move |&(other, _)| other != r)
                    .filter_map(move |(_, cells)| cells.get(c).copied())
            };
            let in_row = || {
                row.iter()
                    .enumerate()
                    .filter(move |&(other, _)| other != c)
                    .map(|(_, &cell)| cell)
            };
            if let Some(cut) = number_cut(unit, column())
                .or_else(|| stem_cut(ctx, unit, column()))
                .or_else(|| stem_cut(ctx, unit, in_row()))
            {
                out.push(cut);
            }
        }
    }
}

fn read_run(ctx: &RuleContext<'_>, run: &[Unit<'_>], out: &mut Vec<ParallelCut>) {
    if run.len() <= MIN_SIBLINGS {
        return;
    }
    for (i, &unit) in run.iter().enumerate() {
        let siblings = || {
            run.iter()
                .enumerate()
                .filter(move |&(other, _)| other != i)
                .map(|(_, &u)| u)
        };
        if let Some(cut) = number_cut(unit, siblings()).or_else(|| stem_cut(ctx, unit, siblings()))
        {
            out.push(cut);
        }
    }
}

/// A unit ending on a bare number where each of its (at least two)
/// siblings ends on a number and its unit.
fn number_cut<'a>(
    (at, text): Unit<'a>,
    siblings: impl Iterator<Item = Unit<'a>>,
) -> Option<ParallelCut> {
    let body = text.trim_end_matches(['*', '_', ' ']);
    if !body.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    let last = *words.last()?;
    if !is_number(last) {
        return None;
    }
    let previous = words.len().checked_sub(2).map(|i| words[i]);
    // A zero goes without a unit (`Added sugar | 0`).
    if previous.is_none_or(|p| !is_number(p)) && last.chars().all(|c| matches!(c, '0' | '.' | ','))
    {
        return None;
    }
    let mut units: Vec<&str> = Vec::new();
    let mut count = 0;
    for (_, sibling) in siblings {
        let sibling = sibling.trim_end_matches(['*', '_', ' ']);
        if sibling.is_empty() || matches!(sibling, "-" | "–" | "—") {
            continue;
        }
        let mut ws = sibling.split_whitespace().rev();
        let unit = ws.next()?;
        let number = ws.next()?;
        let is_unit = !unit.is_empty()
            && unit.chars().count() <= MAX_UNIT_CHARS
            && !unit
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']'))
            && !unit.ends_with('.');
        if !is_unit || !number.ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        units.push(unit);
        count += 1;
    }
    // One unit for the whole column: a table whose rows are quantities of
    // their own (`700 kg/h`, `65 %`, then a count of operators) gives each
    // row its unit, and a count goes without one.
    let unit = *units.first()?;
    if count < MIN_SIBLINGS || units.iter().any(|u| *u != unit) {
        return None;
    }
    // A compound measure (`1 h 30`) or a second value after the unit
    // (`10 years, extendable to 20`): the unit is written in the unit
    // already.
    if words
        .iter()
        .any(|w| w.trim_end_matches([',', ';', ')']) == unit)
    {
        return None;
    }
    let start = at + body.len() - last.len();
    Some(ParallelCut {
        span: Span::new(start, at + body.len()),
        message: "number cut before its unit: every sibling of its column or list carries one",
    })
}

/// A unit whose last word begins a word its siblings write whole after the
/// same word or number.
fn stem_cut<'a>(
    ctx: &RuleContext<'_>,
    (at, text): Unit<'a>,
    siblings: impl Iterator<Item = Unit<'a>>,
) -> Option<ParallelCut> {
    let body = text.trim_end_matches(['*', '_', ' ']);
    let word_start = last_word_start(body);
    let word = &body[word_start..];
    if word.is_empty() || !body[..word_start].is_empty() && !body[..word_start].ends_with(' ') {
        return None;
    }
    let lower = word.to_lowercase();
    let count = lower.chars().count();
    let previous = tokens(&body[..word_start]).last();
    let key = key_of(previous);
    // A lone letter is a cut only as a unit after a number (`4 m` beside
    // `6 mois`).
    if count < 2 && key != Key::Number {
        return None;
    }
    if MONTH_ABBREVIATIONS.contains(&lower.as_str()) {
        return None;
    }
    let language = ctx.doc.language;
    let known = is_in_own_dictionary(ctx, &lower);
    let common = match language {
        Language::En => known && common_words::is_common(&lower),
        Language::Fr => known,
    };
    if common && count < MIN_COMMON_STEM_CHARS && key != Key::Number {
        return None;
    }
    // After a number, a letter or two, an abbreviation or a word of the
    // language may be a unit of its own (`188 g` beside `32 GB`): a cut
    // only where every sibling giving a number and a word writes the same
    // longer word.
    let strict =
        key == Key::Number && (count <= 2 || known || UNIT_ABBREVIATIONS.contains(&lower.as_str()));
    let suffixes = match language {
        Language::En => EN_SUFFIXES,
        Language::Fr => FR_SUFFIXES,
    };
    let mut numbered = 0;
    let mut whole = 0;
    for (_, sibling) in siblings {
        let mut before: Option<&str> = None;
        let mut found = false;
        let mut counted = false;
        for token in tokens(sibling) {
            if !counted
                && before.is_some_and(|b| b.chars().any(|c| c.is_ascii_digit()))
                && token.starts_with(char::is_alphabetic)
            {
                numbered += 1;
                counted = true;
            }
            let this = token.to_lowercase();
            if this == lower {
                // The word is written as it is elsewhere: a word, not a cut.
                return None;
            }
            if !found
                && key_of(before) == key
                && this.len() > lower.len()
                && this.starts_with(&lower)
                && this[lower.len()..].starts_with(char::is_alphabetic)
            {
                found = true;
            }
            if found && let Some(rest) = this.strip_prefix(&lower) {
                let inflected = suffixes.contains(&rest) && (known || rest.len() <= 2);
                let named = WEEKDAYS.contains(&this.as_str()) || MONTHS.contains(&this.as_str());
                let written_out = key == Key::Number && expands_to(&lower, &this);
                if inflected || named || written_out {
                    return None;
                }
            }
            before = Some(token);
        }
        if found {
            whole += 1;
        }
    }
    if whole == 0 || (strict && (whole < numbered || whole < MIN_SIBLINGS)) {
        return None;
    }
    Some(ParallelCut {
        span: Span::new(at + word_start, at + body.len()),
        message: "text cut mid-word: its siblings write the word whole after the same words",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_measure_is_whole() {
        let cells = [(0, "2 h"), (0, "1 an"), (0, "3 mois")];
        assert!(number_cut((0, "1 h 30"), cells.into_iter()).is_none());
        assert!(number_cut((0, "30"), cells.into_iter()).is_none());
        let same = [(0, "85 %"), (0, "60 %"), (0, "20 %")];
        assert!(number_cut((0, "35"), same.into_iter()).is_some());
        assert!(number_cut((0, "0"), same.into_iter()).is_none());
        assert!(number_cut((0, "10 %, 20"), same.into_iter()).is_none());
        assert!(number_cut((0, "10 % to 20"), same.into_iter()).is_none());
    }

    #[test]
    fn a_table_of_durations() {
        use crate::rules::truncation::{UnfinishedParagraph, testing::run};
        let text = "# T\n\n| Formule | Durée | Prix |\n|---|---|---|\n| A | 2 h | 4 € |\n| B | 1 h | 38 € |\n| C | 1 h 30 | 60 € |\n| D | 3 h | 38 € |\n\nFin du texte, avec une phrase.\n";
        let found = run(&UnfinishedParagraph::default(), text, "t.md", Language::Fr);
        assert!(found.is_empty(), "{found:?}");
        let cut = text.replace("| 1 h 30 |", "| 30 |");
        let found = run(&UnfinishedParagraph::default(), &cut, "t.md", Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        let specs = "| | E-reader |\n|---|---|\n| Storage | 32 GB |\n| Weight | 188 g |\n| Screen | 300 ppi |\n";
        let found = run(&UnfinishedParagraph::default(), specs, "t.md", Language::En);
        assert!(found.is_empty(), "{found:?}");
    }
}
