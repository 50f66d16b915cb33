//! A numbered item holding nothing but its number ("5." under "4. Rinse
//! the jar"), or a bullet holding nothing but its mark ("- " under
//! "- Oat biscuits"): the step or the point the item announces was never
//! written. The test is on form alone: a line that is a number and its
//! list mark, right after a line opening with the previous number and
//! its text; or a line that is a bullet mark alone, right after a line
//! opening with the same mark and its text.

use crate::diagnostic::Span;
use crate::text::Document;

/// Most digits of a list number.
const MAX_DIGITS: usize = 3;

/// The number a line opens with as an ordered list's mark ("4." or
/// "4)"), with the rest of the line.
fn list_number(line: &str) -> Option<(u32, &str)> {
    let line = line.trim_start_matches([' ', '\t']);
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    Some((line[..digits].parse().ok()?, rest))
}

/// The bullet marks a list item opens with.
const BULLETS: [char; 4] = ['-', '*', '+', '•'];

/// The bullet a line opens with as a list's mark, with the rest of the
/// line.
fn list_bullet(line: &str) -> Option<(char, &str)> {
    let line = line.trim_start_matches([' ', '\t']);
    let mark = line.chars().next().filter(|c| BULLETS.contains(c))?;
    let rest = &line[mark.len_utf8()..];
    // A task list's box is part of the mark (`- [ ] Call the hall`).
    let boxed = [" [ ]", " [x]", " [X]"]
        .iter()
        .find_map(|tick| rest.strip_prefix(tick));
    Some((mark, boxed.unwrap_or(rest)))
}

/// Arrows and pointers a form's items put after their number ("4 →
/// Comment nous avez-vous connus ?", "Q2 ▸ …").
const ITEM_ARROWS: [char; 8] = ['→', '▸', '►', '➔', '➜', '⇒', '>', '»'];

/// Most letters of the word before a form item's number ("Q", "Question").
const MAX_ITEM_WORD_CHARS: usize = 8;

/// The number a line opens with as a form's item, marked by an arrow
/// after it ("4 →", "Q3 ▸"), with the rest of the line.
fn arrow_number(line: &str) -> Option<(u32, &str)> {
    let line = line.trim_start_matches([' ', '\t']);
    let letters = line.len() - line.trim_start_matches(char::is_alphabetic).len();
    if line[..letters].chars().count() > MAX_ITEM_WORD_CHARS {
        return None;
    }
    let rest = line[letters..].trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let number = rest[..digits].parse().ok()?;
    let rest = rest[digits..].trim_start().strip_prefix(ITEM_ARROWS)?;
    Some((number, rest))
}

/// What a line opens a list item with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Number(u32),
    Bullet(char),
    /// A clause numbered by its article and its rank ("3.4").
    Clause(u32, u32),
}

/// The number a line opens with as a clause of a numbered article
/// ("3.4 Teams must…", "3.4"), with the rest of the line: two numbers
/// joined by a full stop, maybe closed by another.
fn clause_number(line: &str) -> Option<((u32, u32), &str)> {
    let line = line.trim_start_matches([' ', '\t']);
    let (article, rest) = list_number(line).filter(|(_, rest)| !rest.starts_with('.'))?;
    if !line[..line.len() - rest.len()].ends_with('.') {
        return None;
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let rank = rest[..digits].parse().ok()?;
    let rest = &rest[digits..];
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Some(((article, rank), rest))
}

/// The line's list mark and the rest of the line.
fn list_mark(line: &str) -> Option<(Mark, &str)> {
    if let Some(((article, rank), rest)) = clause_number(line) {
        return Some((Mark::Clause(article, rank), rest));
    }
    list_number(line)
        // A step named by its word ("Step 3:", "Étape 3 :").
        .or_else(|| {
            line.trim_start()
                .starts_with(char::is_alphabetic)
                .then(|| super::outline::series_number(line))
                .flatten()
        })
        .map(|(n, rest)| (Mark::Number(n), rest))
        .or_else(|| list_bullet(line).map(|(c, rest)| (Mark::Bullet(c), rest)))
}

/// The spans of the lines that hold a bare list number right after the
/// line numbered just before it ("3." under "2. Sweat the leeks"), or a
/// bare bullet mark right after an item with the same mark, in
/// any markup: Markdown makes no block of an empty item, so the source's
/// lines are read, once, without allocating.
pub(super) fn bare_number_items<'a>(doc: &'a Document<'_>) -> impl Iterator<Item = Span> + 'a {
    let source = doc.source();
    let mut previous: Option<Mark> = None;
    // The number of the last form item marked by an arrow that holds its
    // question ("3 → Quelles activités ?"): the next one may follow the
    // answers' lines.
    let mut last_arrow: Option<u32> = None;
    // Inside a fenced code block (a how-to showing a form or a task
    // list), no line is an item.
    let mut fenced = false;
    let mut offset = 0;
    source.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.is_empty() {
            return None;
        }
        let lead = content.len() - content.trim_start().len();
        if content.trim_start().starts_with("```") || content.trim_start().starts_with("~~~") {
            fenced = !fenced;
            return None;
        }
        if fenced {
            return None;
        }
        if let Some((number, rest)) = arrow_number(content) {
            let expected = last_arrow.map(|n| n + 1);
            let bare = rest.trim().is_empty();
            last_arrow = (!bare).then_some(number).or(last_arrow);
            if bare && expected == Some(number) {
                return Some(Span::new(start + lead, start + content.len()));
            }
        }
        // A task list's item holding its box alone ("- [ ]"): the task
        // was never written, whatever the line before it.
        if let Some((_, rest)) = list_bullet(content)
            && rest.trim().is_empty()
            && content.trim_start().len() > 2
            && content.trim_end().ends_with(']')
        {
            previous = None;
            return Some(Span::new(start + lead, start + content.len()));
        }
        let item = list_mark(content);
        let expected = previous.map(|mark| match mark {
            Mark::Number(n) => Mark::Number(n + 1),
            Mark::Clause(article, rank) => Mark::Clause(article, rank + 1),
            bullet => bullet,
        });
        // The item before must show its text as prose: in a code block
        // (a Markdown how-to showing a list) nothing is prose.
        let shows_prose = || !doc.prose(Span::new(start, offset)).trim().is_empty();
        previous = item.and_then(|(mark, rest)| {
            (rest.starts_with([' ', '\t']) && !rest.trim().is_empty() && shows_prose())
                .then_some(mark)
        });
        let (mark, rest) = item?;
        (rest.is_empty() && expected == Some(mark))
            .then(|| Span::new(start + lead, start + content.len()))
    })
}

/// Most words in the label of an item read as a label left without its
/// value (`- Chaussures :`, `- Parking for coaches:`).
const MAX_LABEL_WORDS: usize = 5;

/// The label of a list item's text that is only a short label closed by
/// a colon (`Chaussures :`), or `None`.
fn bare_label(rest: &str) -> Option<&str> {
    let text = rest.trim().trim_matches(['*', '_']);
    let label = text
        .strip_suffix(':')?
        .trim_end_matches([' ', '\u{a0}', '\u{202f}', '*', '_']);
    let words = label.split_whitespace().count();
    (words > 0
        && words <= MAX_LABEL_WORDS
        && !label.contains(':')
        && label.starts_with(|c: char| c.is_alphabetic()))
    .then_some(label)
}

/// Whether a list item's text is a label and its value (`Eau : deux
/// litres`, `Tools: a screwdriver`).
fn labelled_value(rest: &str) -> bool {
    rest.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        words > 0
            && words <= MAX_LABEL_WORDS
            && value.trim().chars().any(char::is_alphanumeric)
            && !value.starts_with("//")
    })
}

/// Whether a plain line gives a label and its value after a colon and a
/// space (`Wax: 100% soy`, `Clavier : AZERTY`); a time (`10:30`) is no
/// label.
fn plain_labelled_value(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        value.starts_with([' ', '\u{a0}', '\u{202f}'])
            && label.trim_start().starts_with(char::is_alphabetic)
            && labelled_value(line)
    })
}

/// Most words of a line read as a title under a row left empty.
const MAX_TITLE_LIKE_WORDS: usize = 6;

/// Whether a plain line reads as a title: a few words opening with a
/// capital, no colon, no final mark ("Encadrement", "Getting there").
fn title_like(line: &str) -> bool {
    let line = line.trim();
    (1..=MAX_TITLE_LIKE_WORDS).contains(&line.split_whitespace().count())
        && line.starts_with(char::is_uppercase)
        && !line.contains(':')
        && !line.ends_with(['.', '!', '?', ',', ';', '…'])
        && list_mark(line).is_none()
}

/// Most words of the label of a row of a timetable or a list of dates.
const MAX_ROW_LABEL_WORDS: usize = 8;

/// Whether a plain line gives a label of a few words holding a day or a
/// figure, a colon and a value ("Jeudi 26 et vendredi 27 décembre : 9 h
/// – 18 h").
fn long_labelled_row(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        value.starts_with([' ', '\u{a0}', '\u{202f}'])
            && value.trim().chars().any(char::is_alphanumeric)
            && (1..=MAX_ROW_LABEL_WORDS).contains(&words)
            && label.trim_start().starts_with(char::is_uppercase)
            && label.chars().any(|c| c.is_ascii_digit())
    })
}

/// Whether a line opens with a day of the week.
fn opens_with_a_day(line: &str) -> bool {
    line.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| crate::text::WEEKDAYS.contains(&w.to_lowercase().as_str()))
}

/// Whether a bare label is a row of the series of the row above it,
/// which gives its value: both open with a day of the week ("Jeudi :
/// finales" then "Vendredi :"), both hold a figure (a date: "Mardi 24
/// décembre : 8 h" then "Samedi 28 décembre :"), or both open with the
/// same word ("Étape 2 : Rouen" then "Étape 3 :").
fn same_series_row(row: &str, label: &str) -> bool {
    let first = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase)
    };
    let head = row.split_once(':').map_or(row, |(head, _)| head);
    let figure = |t: &str| t.chars().any(|c| c.is_ascii_digit());
    let day = |t: &str| first(t).is_some_and(|w| crate::text::WEEKDAYS.contains(&w.as_str()));
    (day(head) && day(label))
        || (figure(head) && figure(label))
        || (first(head).is_some() && first(head) == first(label))
}

/// The run of list items read so far by [`empty_label_items`].
#[derive(Default)]
struct LabelRun {
    /// Its items holding a label and its colon alone.
    bare: Vec<Span>,
    /// Whether one of its items gives a label and its value.
    with_value: bool,
    /// Its items, and those holding text that is no bare label.
    items: usize,
    texted: usize,
    /// Whether its first item is a bare label (the list's lead-in:
    /// `- Bring:` over what to bring), and the rank of the last one.
    first_bare: bool,
    last_bare: usize,
}

impl LabelRun {
    /// The run's bare labels left without their value: among items that
    /// give theirs, or one alone amid a list of items of text, neither
    /// first nor last (a label there leads or closes the list).
    fn flush(&mut self, found: &mut Vec<Span>) {
        let lone_amid_text = self.bare.len() == 1
            && !self.first_bare
            && self.texted >= 2
            && self.last_bare + 1 < self.items;
        if self.with_value || lone_amid_text {
            found.append(&mut self.bare);
        }
        *self = LabelRun::default();
    }
}

/// The spans of the list items that hold a label and its colon alone
/// (`- Chaussures :`) in a list whose other items give a label and its
/// value (`- Vêtements : une polaire`), or alone amid items of text,
/// neither first nor last (`- Parking:` between two notes of minutes):
/// the value was never written. A list of labels alone is a list of
/// headings, and a label over an indented sub-list leads it; neither is
/// reported. In plain text, a line holding a label and its colon alone
/// between two lines giving a label and its value (`Scent:` between
/// `Wick: cotton` and `Vessel: glass`), or after one at the end, is the
/// same slot left empty. One pass over the source's lines.
pub(super) fn empty_label_items(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut run = LabelRun::default();
    let plain = !doc.read_as().has_heading_levels();
    // In plain text, the last line read and whether it gave a label and
    // its value, and a bare label waiting for the line after it.
    let mut after_value = false;
    // The last line that gave a label and its value, when it was the
    // line just read: a bare label of its form is a sibling row.
    let mut valued_row: Option<&str> = None;
    let mut waiting: Option<(Span, bool, &str, bool)> = None;
    let mut fenced = false;
    let mut offset = 0;
    let mut lines = doc.source().split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if plain {
            let valued = plain_labelled_value(content);
            // Days or dates under the label (`Horaires :` over `Lundi :
            // 9 h`) are its own rows: it heads them.
            let day_row = content
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(':').to_lowercase())
                .is_some_and(|w| {
                    crate::text::WEEKDAYS.contains(&w.as_str())
                        || w.starts_with(|c: char| c.is_ascii_digit())
                });
            // A row of the series above left without its value
            // ("Samedi 28 décembre :" among dated rows, "Vendredi :"
            // among the week's days) is no label heading the rows under
            // it: the next row or a title of the page follows it.
            if let Some((span, sibling, label, above_valued)) = waiting.take()
                && ((above_valued && valued && (!day_row || sibling))
                    || (sibling && title_like(content))
                    || (valued && day_row && opens_with_a_day(label) && opens_with_a_day(content)))
            {
                found.push(span);
            }
            let label = !content.starts_with([' ', '\t'])
                && !cut_after_a_space(line)
                && bare_label(content).is_some()
                && list_mark(content).is_none();
            // A day alone over the next day and its value ("Saturday:"
            // over "Sunday: 8.30 to 10am") is a row of the same table
            // left empty, whatever is above it.
            if label && (after_value || opens_with_a_day(content)) {
                let sibling = valued_row.is_some_and(|row| same_series_row(row, content));
                let span = Span::new(start, start + content.len());
                match lines.peek() {
                    None if after_value => found.push(span),
                    None => {}
                    Some(_) => waiting = Some((span, sibling, content, after_value)),
                }
            }
            // A row of a timetable may carry a longer label ("Jeudi 26
            // et vendredi 27 décembre : 9 h – 18 h"): a row all the same.
            let row = valued || long_labelled_row(content);
            after_value = row;
            valued_row = row.then_some(content);
        }
        if content.trim_start().starts_with("```") || content.trim_start().starts_with("~~~") {
            fenced = !fenced;
            run.flush(&mut found);
            continue;
        }
        let item = (!fenced).then(|| list_mark(content)).flatten();
        // A bullet is followed by a space: `**Sujets :**` is bold text.
        let item = item.filter(|(_, rest)| rest.starts_with([' ', '\t']));
        let Some((_, rest)) = item else {
            // A wrapped line of the item before continues the run; a
            // blank line or prose ends it.
            if content.trim().is_empty() || !line.starts_with([' ', '\t']) {
                run.flush(&mut found);
            }
            continue;
        };
        run.items += 1;
        if bare_label(rest).is_some() {
            // A label over an indented sub-list leads it.
            let leads = lines.peek().is_some_and(|next| {
                let lead = |l: &str| l.len() - l.trim_start().len();
                lead(next) > lead(line) && list_mark(next.trim_end()).is_some()
            });
            if leads {
                // Its sub-list's items are its value, not the run's text.
                run.first_bare |= run.items == 1;
            } else {
                let lead = content.len() - content.trim_start().len();
                run.bare
                    .push(Span::new(start + lead, start + content.len()));
                run.first_bare |= run.items == 1;
                run.last_bare = run.items - 1;
            }
        } else {
            run.with_value |= labelled_value(rest);
            run.texted += usize::from(rest.chars().any(char::is_alphanumeric));
        }
    }
    run.flush(&mut found);
    found
}

/// The time a line opens with as a slot of a programme or a chapter of
/// a video (`0:00`, `1:04:35`, `10:30`, `5:30 PM`, `14h30`, `9 h`), maybe
/// after a bullet, with the rest of the line.
fn opening_time(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let line = list_bullet(line)
        .map_or(line, |(_, rest)| rest)
        .trim_start();
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let hours = digits(line);
    if !(1..=2).contains(&hours) {
        return None;
    }
    let mut rest = &line[hours..];
    if let Some(after) = rest.strip_prefix(':') {
        // Minutes, then maybe seconds: two digits each.
        if digits(after) != 2 {
            return None;
        }
        rest = &after[2..];
        if let Some(seconds) = rest.strip_prefix(':')
            && digits(seconds) == 2
        {
            rest = &seconds[2..];
        }
    } else {
        // The French hour: `14h30`, `9 h 15`, `18 h`.
        let after = rest.trim_start_matches(' ').strip_prefix(['h', 'H'])?;
        let minutes = after.trim_start_matches(' ');
        rest = match digits(minutes) {
            2 => &minutes[2..],
            0 => after,
            _ => return None,
        };
        if rest.starts_with(char::is_alphabetic) {
            return None;
        }
    }
    // An hour of the clock read in English (`5:30 PM`, `9:00 a.m.`).
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    for mark in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."] {
        if let Some(after) = trimmed.strip_prefix(mark)
            && !after.starts_with(char::is_alphabetic)
        {
            return Some(after);
        }
    }
    (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// Whether what follows a slot's time names nothing: a dash, a colon or
/// nothing at all.
fn names_nothing(rest: &str) -> bool {
    !rest.chars().any(char::is_alphanumeric)
}

/// Whether a line ends with a space before its line break (`Pièces
/// vendues : `, `16:00 — `): the writer typed on after the label and the
/// value was cut, which the truncation rules report; a label or a slot
/// closed where it stands (`Couleur :`) is a slot left empty.
fn cut_after_a_space(line: &str) -> bool {
    line.trim_end_matches(['\n', '\r'])
        .ends_with([' ', '\t', '\u{a0}', '\u{202f}'])
}

/// The spans of the times that open a line and name nothing (`24:05`,
/// `5:30 PM –`, `- 11:15 –`) in a run of lines opening with a time, most
/// of which name their slot or chapter: a programme's event or a
/// video's chapter was never written. Blank lines may part the run;
/// any other line ends it. Times alone on most lines are a timetable,
/// or the stamps of a transcript over its lines: never reported. One
/// pass over the source's lines.
pub(super) fn empty_time_slots(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut bare: Vec<Span> = Vec::new();
    let mut named = 0usize;
    let mut fenced = false;
    let mut offset = 0;
    let flush = |bare: &mut Vec<Span>, named: &mut usize, found: &mut Vec<Span>| {
        if *named >= 2 && bare.len() < *named {
            found.append(bare);
        }
        bare.clear();
        *named = 0;
    };
    for line in doc.source().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.trim_start().starts_with("```") || content.trim_start().starts_with("~~~") {
            fenced = !fenced;
            flush(&mut bare, &mut named, &mut found);
            continue;
        }
        if content.trim().is_empty() {
            continue;
        }
        match (!fenced).then(|| opening_time(content)).flatten() {
            // A dash and a space closing the line (`16:00 — `): the
            // writer began the slot's text and it was cut (truncation).
            Some(rest) if names_nothing(rest) && cut_after_a_space(line) => {}
            Some(rest) if names_nothing(rest) => {
                let lead = content.len() - content.trim_start().len();
                bare.push(Span::new(start + lead, start + content.len()));
            }
            Some(_) => named += 1,
            None => flush(&mut bare, &mut named, &mut found),
        }
    }
    flush(&mut bare, &mut named, &mut found);
    found
}

/// Whether a line is a Markdown table's delimiter row (`|---|:--:|`).
fn is_delimiter_row(line: &str) -> bool {
    line.contains('|')
        && line.contains("--")
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// Whether a line is a row of a pipe table with some text in it, and no
/// pictograph (`| 📤 Share | 💬 |` is a row of share buttons, not a
/// table's header).
fn is_text_row(line: &str) -> bool {
    line.starts_with('|')
        && line.len() > 2
        && !is_delimiter_row(line)
        && !line
            .chars()
            .any(|c| u32::from(c) >= 0x2190 && !c.is_alphanumeric())
}

/// The spans of the tables that hold their header row alone (`| Sponsor
/// | Support |` over `|---|---|`, then a blank line or the end): the
/// rows the header announces were never written. One pass over the
/// source's lines.
pub(super) fn header_only_tables(doc: &Document<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    // The header's start, once a header and its delimiter row are read.
    let mut pending: Option<(usize, usize)> = None;
    let mut header: Option<usize> = None;
    let mut offset = 0;
    for line in doc.source().split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim();
        if let Some((from, to)) = pending.take()
            && !content.starts_with('|')
        {
            found.push(Span::new(from, to));
        }
        if let Some(from) = header.take()
            && is_delimiter_row(content)
        {
            let lead = line.len() - line.trim_start().len();
            pending = Some((from, start + lead + content.len()));
            continue;
        }
        // A header row shows its cells as prose; one in a code block (a
        // how-to showing a table's syntax) shows none.
        if is_text_row(content) && !doc.prose(Span::new(start, offset)).trim().is_empty() {
            header = Some(start + line.len() - line.trim_start().len());
        }
    }
    found.extend(pending.map(|(from, to)| Span::new(from, to)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_left_without_their_value_among_labelled_items() {
        let found = found_in(
            "# Kit\n\n- Vêtements : une polaire.\n- Chaussures :\n- Eau : deux litres.\n",
            empty_label_items,
        );
        assert_eq!(found, ["- Chaussures :"]);
        // Labels alone are a list of headings; a label leads its sub-list.
        assert!(found_in("- Monday:\n- Tuesday:\n", empty_label_items).is_empty());
        let sub = "- Tools: a screwdriver\n- Parts:\n  - a spring\n  - a ribbon\n";
        assert!(found_in(sub, empty_label_items).is_empty());
        let link = "- Site: https://example.org\n- Contact:\n  - Tom\n";
        assert!(found_in(link, empty_label_items).is_empty());
    }

    #[test]
    fn a_label_alone_amid_items_of_text_or_plain_labelled_lines() {
        let minutes = "- The lunch is on 18 December.\n- Parking at pick-up time:\n- Imran steps down in summer.\n";
        assert_eq!(
            found_in(minutes, empty_label_items),
            ["- Parking at pick-up time:"]
        );
        // First, it leads the list; last, it may close it.
        assert!(found_in("- Bring:\n- a tent\n- a stove\n", empty_label_items).is_empty());
        let plain = "Wick: cotton\nScent:\nVessel: glass\nCare instructions:\nWash by hand.\n";
        assert_eq!(found_in_plain(plain, empty_label_items), ["Scent:"]);
        let hours = "Adresse : 14 rue Haute\nHoraires :\nLundi : de 9 h à 12 h\n";
        assert!(found_in_plain(hours, empty_label_items).is_empty());
    }

    #[test]
    fn times_naming_nothing_among_named_slots() {
        let chapters = "0:00 Intro\n1:45 The block\n6:10\n8:40 The face\n1:04:35 Fixing\n";
        assert_eq!(found_in_plain(chapters, empty_time_slots), ["6:10"]);
        let programme = "- 11:00 AM – Doors open\n- 5:30 PM –\n- 6:30 PM – Final\n";
        assert_eq!(found_in(programme, empty_time_slots), ["- 5:30 PM –"]);
        let french = "9h30 : accueil\n10 h 15 –\n11h : atelier\n";
        assert_eq!(found_in_plain(french, empty_time_slots), ["10 h 15 –"]);
        // A transcript's stamps over their lines, a timetable of times.
        assert!(found_in_plain("00:00\nHello.\n00:15\nHi.\n", empty_time_slots).is_empty());
        assert!(found_in_plain("07:15\n07:45\n08:15 not Sundays\n", empty_time_slots).is_empty());
        assert!(found_in_plain("2 hours\n3 hours\n", empty_time_slots).is_empty());
    }

    #[test]
    fn a_clause_with_its_number_alone_is_found() {
        let rules = "3.3 Teams may pause once.\n3.4\n3.5 The captain reports.\n";
        assert_eq!(bare_items(rules), ["3.4"]);
        assert!(bare_items("Version 3.3 is out.\n3.4\n").is_empty());
    }

    #[test]
    fn list_numbers_are_read_with_their_mark() {
        assert_eq!(list_number("4. Rinse"), Some((4, " Rinse")));
        assert_eq!(list_number("12)"), Some((12, "")));
        assert_eq!(list_number("2025."), None);
        assert_eq!(list_number("4 apples"), None);
    }

    /// The texts of the spans `find` gives in `source`, read as Markdown.
    fn found_in<I: IntoIterator<Item = Span>>(
        source: &str,
        find: impl Fn(&Document<'_>) -> I,
    ) -> Vec<String> {
        use crate::markup::{self, MarkupKind};
        use crate::text::Language;
        let markup = markup::parse(source, MarkupKind::Markdown);
        let path = std::path::Path::new("a.md");
        let doc = Document::new(path, source, markup, Some(Language::En), Language::En);
        find(&doc)
            .into_iter()
            .map(|span| doc.text(span).to_string())
            .collect()
    }

    /// The texts of the spans `find` gives in `source`, read as plain text.
    fn found_in_plain<I: IntoIterator<Item = Span>>(
        source: &str,
        find: impl Fn(&Document<'_>) -> I,
    ) -> Vec<String> {
        use crate::markup::{self, MarkupKind};
        use crate::text::Language;
        let markup = markup::parse(source, MarkupKind::Plain);
        let path = std::path::Path::new("a.txt");
        let doc = Document::new(path, source, markup, Some(Language::En), Language::En);
        find(&doc)
            .into_iter()
            .map(|span| doc.text(span).to_string())
            .collect()
    }

    fn bare_items(source: &str) -> Vec<String> {
        found_in(source, |doc| bare_number_items(doc).collect::<Vec<_>>())
    }

    fn header_only(source: &str) -> Vec<String> {
        found_in(source, header_only_tables)
    }

    #[test]
    fn a_table_with_its_header_alone_is_found() {
        assert_eq!(
            header_only("## Crew\n\n| Name | Role |\n|---|---|\n\n## Next\n"),
            vec!["| Name | Role |\n|---|---|"]
        );
        assert_eq!(
            header_only("| Name | Role |\n| :-- | --: |"),
            vec!["| Name | Role |\n| :-- | --: |"]
        );
    }

    #[test]
    fn a_table_with_rows_is_not_header_only() {
        assert!(header_only("| Name | Role |\n|---|---|\n| Ana | Cook |\n").is_empty());
        assert!(header_only("Name\n---\n\nText.\n").is_empty());
        assert!(header_only("| 📤 Share | 💬 Comment |\n|---|---|\n").is_empty());
        // A how-to showing a table's syntax in a code block.
        assert!(header_only("Start with:\n\n```\n| Name | Role |\n|---|---|\n```\n").is_empty());
    }

    #[test]
    fn a_bare_bullet_under_an_item_is_found() {
        assert_eq!(
            bare_items("Pack:\n\n- Rope\n- Torch\n- \n\n## Next\n"),
            vec!["-"]
        );
        assert_eq!(bare_items("* Rope\n*\n"), vec!["*"]);
    }

    #[test]
    fn rules_and_other_marks_are_not_bare_bullets() {
        assert!(bare_items("- Rope\n---\n").is_empty());
        assert!(bare_items("- Rope\n*\n").is_empty());
        assert!(bare_items("Rope\n-\n").is_empty());
        assert!(bare_items("- \n- \n").is_empty());
        assert!(bare_items("A list:\n\n```\n- First point\n- \n```\n").is_empty());
    }
}
