//! Items led by a bold label, for `structure.empty-section`: a FAQ's
//! questions (`**Can I pay later?** Yes, …`), a programme's days
//! (`- **Monday —** …`), a recipe's parts (`**For the sauce**` over its
//! list), a team's profiles (`**Ana Ruiz** — …`), a procedure's steps
//! (`3. **Rinse.** …`). When the document gives two items or more of one
//! form their text (on the label's line, on the lines under it, or in the
//! blocks under a label standing alone), an item of that form holding its
//! label alone was never written: a label and its separator, then the
//! next item, a heading or the end.
//!
//! The form is what the label ends with (a question mark, a colon, a dash,
//! a full stop), or its first word where it ends with none (`For the …`),
//! and whether it opens a list item or a paragraph. A label inside a
//! paragraph of label/value lines (`**Material:**` between `**Size:** 40
//! cm` and `**Finish:** oak`) opens no item: a value missing there is a
//! cut. One pass over the source's lines, a count per form.

use crate::diagnostic::Span;
use crate::text::Document;
use std::collections::HashMap;

/// Items of one form the document must give text before an empty one
/// counts: two make a series.
const MIN_ANSWERED: usize = 2;

/// Most words of a label read as an item's title.
const MAX_LABEL_WORDS: usize = 20;

/// Most empty items kept while the document is read (a file of a million
/// bold lines keeps no list of them all).
const MAX_CANDIDATES: usize = 256;

/// The separators a label ends on or is followed by.
const SEPARATORS: [char; 5] = [':', '—', '–', '-', '.'];

/// What a label ends with: the form its siblings share.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Ending {
    Question,
    Separator(char),
    FirstWord(String),
}

/// The form of an item: a list item's or a paragraph's, and its label's
/// ending.
type Form = (bool, Ending);

/// A line opening with a bold label, read: its indent, whether it is a
/// list item, the label's ending and whether text follows the label on
/// the line.
struct Lead {
    indent: usize,
    list: bool,
    ending: Ending,
    text_after: bool,
}

/// The list mark a line opens with (`-`, `*`, `+`, `3.`, `3)`), and the
/// rest of the line after it and its space.
fn strip_list_mark(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        return rest.strip_prefix(' ');
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    line[digits..].strip_prefix(['.', ')'])?.strip_prefix(' ')
}

/// Reads a line opening with a bold label (after a list mark, for a list
/// item). Cheap on any other line: its first bytes decide.
fn lead(line: &str) -> Option<Lead> {
    let content = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - content.len();
    let (list, rest) = match strip_list_mark(content) {
        Some(rest) => (true, rest.trim_start_matches(' ')),
        None => (false, content),
    };
    let mark = ["**", "__"].into_iter().find(|m| rest.starts_with(m))?;
    let inside = &rest[2..];
    let close = inside.find(mark)?;
    let label = inside[..close].trim_matches([' ', '\u{a0}', '\u{202f}']);
    let after = inside[close + 2..].trim_matches([' ', '\t', '\r', '\u{a0}', '\u{202f}']);
    let words = label.split_whitespace().count();
    if label.is_empty() || words > MAX_LABEL_WORDS || label.contains('*') {
        return None;
    }
    let last = label.chars().next_back()?;
    let ending = if last == '?' {
        Ending::Question
    } else if SEPARATORS.contains(&last) {
        Ending::Separator(dash_as_one(last))
    } else if let Some(first) = after.chars().next().filter(|c| SEPARATORS.contains(c)) {
        Ending::Separator(dash_as_one(first))
    } else {
        let first = label.split_whitespace().next()?;
        Ending::FirstWord(first.to_lowercase())
    };
    // A label holding its own value (`**9 h 00 — Welcome**`, `**Host: Why
    // bees?**`) is an item with its text.
    // (A colon between figures is a time's: `**18:15 –**`.)
    let value_inside = label.match_indices([':', '—', '–']).any(|(at, sep)| {
        let rest = &label[at + sep.len()..];
        rest.starts_with([' ', '\u{a0}', '\u{202f}']) && rest.chars().any(char::is_alphanumeric)
    });
    let text_after = value_inside || after.chars().any(char::is_alphanumeric);
    Some(Lead {
        indent,
        list,
        ending,
        text_after,
    })
}

/// The dashes a label is followed by, as one.
fn dash_as_one(c: char) -> char {
    match c {
        '—' | '–' | '-' => '—',
        other => other,
    }
}

/// Whether a line is a heading or a thematic break: what closes a bold
/// title's section.
fn closes_a_title(line: &str) -> bool {
    let content = line.trim();
    content.starts_with('#')
        || (content.len() >= 3
            && ['-', '*', '_']
                .iter()
                .any(|&c| content.starts_with(c) && content.chars().all(|l| l == c || l == ' ')))
}

/// An item seen and not yet decided: a label alone, waiting for what
/// follows it.
struct Pending {
    span: Span,
    lead: Lead,
    /// A blank line came after it (a paragraph's label stands alone).
    blank_after: bool,
}

/// The spans of the lines holding a bold label alone where the document
/// gives other items of its form their text. Markdown only (the caller
/// asks): plain text has no bold.
pub(super) fn empty_bold_items(doc: &Document<'_>) -> Vec<Span> {
    let source = doc.source();
    let mut answered: HashMap<Form, usize> = HashMap::new();
    let mut empty: Vec<(Span, Form)> = Vec::new();
    let mut pending: Option<Pending> = None;
    let mut previous_blank = true;
    let mut offset = 0;
    // A question left over the next bold question alone: the two may
    // share the answer under the second (`**Is it hard?**`, `**Is it
    // worth it?**`, then one paragraph). Its place among the empty.
    let mut shares: Option<usize> = None;
    fn decide(
        pending: Pending,
        is_empty: bool,
        answered: &mut HashMap<Form, usize>,
        empty: &mut Vec<(Span, Form)>,
    ) {
        let form = (pending.lead.list, pending.lead.ending);
        if !is_empty {
            *answered.entry(form).or_default() += 1;
        } else if empty.len() < MAX_CANDIDATES {
            empty.push((pending.span, form));
        }
    }
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        let blank = content.trim().is_empty();
        // What follows a label alone decides whether it heads text.
        if let Some(mut waiting) = pending.take() {
            if blank {
                waiting.blank_after = true;
                pending = Some(waiting);
                previous_blank = true;
                continue;
            }
            let next = lead(content);
            let indent = content.len() - content.trim_start().len();
            let is_empty = if closes_a_title(content) {
                true
            } else if waiting.lead.list {
                // A list item's text goes on its next lines, indented or
                // lazily; a nested list is its content too.
                let next_item = strip_list_mark(content.trim_start()).is_some();
                next_item && indent <= waiting.lead.indent
            } else {
                // A paragraph's label: the next paragraph led by a bold
                // label of its form is the next item; anything else (an
                // answer led by its speaker's name) is its text.
                next.as_ref()
                    .is_some_and(|n| !n.list && n.ending == waiting.lead.ending)
                    && waiting.blank_after
            };
            let question = !waiting.lead.list && waiting.lead.ending == Ending::Question;
            let over_a_bare_question =
                is_empty && question && next.as_ref().is_some_and(|n| !n.text_after && !n.list);
            // Answered in a paragraph of its own: the question above may
            // share that answer.
            if !is_empty
                && question
                && waiting.blank_after
                && let Some(at) = shares
                && at + 1 == empty.len()
            {
                empty.pop();
            }
            shares = None;
            let before = empty.len();
            decide(waiting, is_empty, &mut answered, &mut empty);
            if over_a_bare_question && empty.len() > before {
                shares = Some(before);
            }
        }
        if blank {
            previous_blank = true;
            continue;
        }
        let opens_paragraph = previous_blank;
        previous_blank = false;
        let Some(found) = lead(content) else {
            continue;
        };
        // A label inside a paragraph of label/value lines opens no item.
        if !found.list && !opens_paragraph {
            continue;
        }
        // Code, front matter and HTML show no prose: no item there.
        let span = Span::new(start + found.indent, start + content.len());
        if doc
            .prose(Span::new(start, start + content.len()))
            .trim()
            .is_empty()
        {
            continue;
        }
        if found.text_after {
            let form = (found.list, found.ending);
            *answered.entry(form).or_default() += 1;
            continue;
        }
        pending = Some(Pending {
            span,
            lead: found,
            blank_after: false,
        });
    }
    if let Some(waiting) = pending.take() {
        decide(waiting, true, &mut answered, &mut empty);
    }
    empty
        .into_iter()
        .filter(|(_, form)| answered.get(form).copied().unwrap_or(0) >= MIN_ANSWERED)
        .map(|(span, _)| span)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::structure::EmptySection;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    fn empty(text: &str, language: Language) -> Vec<String> {
        run(&EmptySection::default(), text, "a.md", language)
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect()
    }

    #[test]
    fn a_bold_question_without_its_answer_among_answered_ones_is_empty() {
        let text = "# FAQ\n\n**How long is it?** Two days.\n\n**Where is it?**\nIn the hall.\n\n**What should I bring?**\n\n**Can I park?** Yes, behind the hall.\n";
        assert_eq!(empty(text, Language::En), ["**What should I bring?**"]);
    }

    #[test]
    fn a_list_item_holding_its_bold_label_alone_is_empty() {
        let text = "# Programme\n\n- **Lundi —** Accueil et visite.\n- **Mardi —** Atelier.\n- **Mercredi —**\n- **Jeudi —** Sortie.\n";
        assert_eq!(empty(text, Language::Fr), ["- **Mercredi —**"]);
        let steps =
            "# Steps\n\n1. **Mix.** Stir well.\n2. **Rest.**\n3. **Bake.** Forty minutes.\n";
        assert_eq!(empty(steps, Language::En), ["2. **Rest.**"]);
    }

    #[test]
    fn a_bold_part_title_over_the_next_one_is_empty() {
        let text = "# Tart\n\n## Ingredients\n\n**For the pastry**\n\n- flour\n- butter\n\n**For the filling**\n\n- leeks\n\n**For the garnish**\n\n## Method\n\nBake it.\n";
        assert_eq!(empty(text, Language::En), ["**For the garnish**"]);
    }

    #[test]
    fn items_with_their_text_under_them_are_left_alone() {
        // A step's text on the next lines, a nested list, a label over a
        // list, a label inside a block of label/value lines.
        let interview = "# Talk\n\n**Host: Why bees?**\n\n**Tom:** By chance.\n\n**Why here?**\n\n**Tom:** The heather.\n\n**And next?**\n\n**Tom:** More hives.\n\n**9 h — Welcome**\n\n**9 h 30 — Talks** all day.\n\n**9 h — Lunch** on site.\n";
        assert!(
            empty(interview, Language::En).is_empty(),
            "{:?}",
            empty(interview, Language::En)
        );
        let text = "# Agenda\n\n1. **Apologies.**\n   - From two members.\n2. **Minutes.** Approved.\n3. **Bake.**\n   Forty minutes.\n4. **Close.** At nine.\n\n**Size:** 40 cm\n**Material:**\n**Finish:** oak\n\n**Tip:** rest it.\n\n**Notes:** none.\n";
        assert!(
            empty(text, Language::En).is_empty(),
            "{:?}",
            empty(text, Language::En)
        );
        // One answered item of a form makes no series.
        let shared = "# Talk\n\n**Why?**\n\nBecause.\n\n**How?**\n\nSlowly.\n\n**Where?**\n\n**And for whom?**\n\nFor the market.\n";
        assert!(
            empty(shared, Language::En).is_empty(),
            "{:?}",
            empty(shared, Language::En)
        );
        let single = "# Page\n\n**Why?** Because.\n\n**How?**\n\n## Next\n\nText.\n";
        assert!(empty(single, Language::En).is_empty());
    }
}
