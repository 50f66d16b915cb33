//! `promo.related-block`: a block of links to the site's other articles,
//! recognised by its form rather than its heading's wording.
//!
//! Sites title these blocks endlessly ("Most read", "Customers also
//! bought", "Similar threads", "Les plus lus", "Du même auteur"), but the
//! block always has one shape: a short label, then a run of short
//! title-like lines (no final full stop), after the article's text. What
//! tells it from a list the author wrote (ingredients, an itinerary, a
//! bibliography, a poem) is what its items carry: a publication date, a
//! reading time, a count of comments or views, an arrow, a cut excerpt's
//! ellipsis; or a label made of the words such labels are made of
//! (`[related]`, or `[listing]` with `[content]`, in `rules/ui/`) over
//! items that read as titles. A link is no mark (an author's sources are
//! links too), and a label of the author's apparatus (`[apparatus]`:
//! "Sources", "Further reading") heads the author's list, dated or not.
//!
//! One block, one finding: the label is reported, each item labelled. A
//! label another promo rule reports (with its list) is left to it.

use super::claimed::Claimed;
use super::counter_line::is_counter_line;
use super::line_shape::{Line, MAX_LINE_BYTES, lines, shape, words_in};
use super::quoted_example::is_quoted_example;
use super::ui_words;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::pack::is_in_title;
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};
use crate::text::Document;
use regex::Regex;
use std::collections::VecDeque;
use std::sync::LazyLock;

const DOCS: &str = "\
**What it does.** Flags a block of links to other articles after the end \
of the text, whatever its heading says: a short label (\"Most read\", \
\"Du même auteur\", \"Customers also bought\"…) followed by two to twelve \
short title-like lines or list items without a final full stop, when \
most items carry a date, a reading time, a count, an arrow or an \
ellipsis, or when the label is made of the words of such labels and the \
items read as titles. Lists of the author's (ingredients, steps, a poem) \
carry none of that, and a list under a label of the author's apparatus \
(\"Sources\", \"Further reading\", \"Pour aller plus loin\") is left \
alone whatever its items carry.

**Why.** It is the original page's navigation: titles of articles the \
reader of the draft does not have, with links that did not survive.

**Fix.** Delete the label and its items.";

pub struct RelatedBlock {
    meta: RuleMeta,
}

impl Default for RelatedBlock {
    fn default() -> Self {
        RelatedBlock {
            meta: RuleMeta {
                id: "promo.related-block".into(),
                category: Category::Promo,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A block of links to other articles after the text, by its form.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "# The ferry\n\nThe ferry came back on Monday after a long winter of repairs, and the whole island breathed again at last.\n\nPicked for you\n\n- Why the pier sank — 4 min read\n- The lighthouse keeper's last winter — 6 min read\n- Ten walks along the cliffs — 3 min read".into(),
                        "# Le marché\n\nLe marché couvert rouvre ses portes samedi après deux ans de travaux, au grand soulagement des habitants de tout le quartier.\n\nPendant ce temps au village\n\n- Le pont du port fermé tout l'été · 12 mars 2025\n- Trois balades au bord des falaises · 3 mars 2025\n- La fête du cidre revient · 28 février 2025".into(),
                    ],
                    good: vec![
                        "# Soup\n\nThis soup is what my grandmother made every winter when the boats stayed in the harbour for weeks on end.\n\nIngredients\n\n- Two leeks\n- Four potatoes\n- A bowl of cream".into(),
                        "# The ferry\n\nThe ferry came back on Monday after a long winter of repairs, and the whole island breathed again at last.\n\nSources\n\n- Harbour authority, annual report, 2023.\n- Interview with the captain, 3 March 2024.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// Labels are a few words.
const MAX_LABEL_WORDS: usize = 8;
/// Titles of articles, with their date or reading time.
const MAX_ITEM_WORDS: usize = 18;
/// Most items a block lists.
const MAX_ITEMS: usize = 12;
/// A paragraph of text: the article before the block, or the article
/// going on after a list that was its own.
const MIN_TEXT_WORDS: usize = 20;

impl Rule for RelatedBlock {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let claimed = Claimed::of(ctx);
        let is_claimed = |span: Span| claimed.overlaps(span);
        // What another rule reports, or a widget's line by its shape
        // (`promo.widget-line` runs beside this rule, not before it).
        let is_leftover = |line: Line| {
            is_claimed(line.span)
                || (line.span.len() <= MAX_LINE_BYTES
                    && (is_counter_line(doc.prose(line.span)) || shape(doc, line).is_widget()))
        };
        // The index of the first line after the article's first paragraph
        // of text (a block of links follows the text), and of the last
        // line of text: a block of links comes after it.
        let mut text_lines = lines(doc)
            .enumerate()
            .filter(|(_, l)| is_text(doc, l.block))
            .map(|(index, _)| index);
        let Some(text_start) = text_lines.next() else {
            return;
        };
        let last_text = text_lines.last().unwrap_or(text_start);
        // A run of items must reach past the last line of text, and holds
        // at most MAX_ITEMS lines: a label further up cannot open one. The
        // lines are read as they come, in a window of a label and the most
        // items it can have: a file can hold a line every two bytes.
        let mut i = (text_start + 1).max(last_text.saturating_sub(MAX_ITEMS));
        let mut ahead = lines(doc).skip(i);
        let mut window: VecDeque<Line> = VecDeque::with_capacity(MAX_ITEMS + 1);
        loop {
            window.extend(ahead.by_ref().take(MAX_ITEMS + 1 - window.len()));
            if window.len() < 2 {
                break;
            }
            let from_label = window.make_contiguous();
            let label = from_label[0];
            let mut advance = 1;
            // A label over a list of quoted labels introduces examples.
            let examples = is_quoted_example(doc, from_label[1].block);
            if is_label(doc, label)
                && !examples
                && !is_claimed(label.span)
                && !is_in_title(doc, label.block)
            {
                advance = self.report_run(ctx, &is_leftover, from_label, &ahead, i, last_text, out);
            }
            window.drain(..advance);
            i += advance;
        }
    }
}

impl RelatedBlock {
    /// Reports the block of links the label at `from_label[0]` (line `i`
    /// of the document) opens, if it opens one, `from_label` holding the
    /// lines after it and `ahead` the document's lines after those; says
    /// how many lines it took (the label alone, or the label and its
    /// items).
    #[allow(clippy::too_many_arguments)]
    fn report_run(
        &self,
        ctx: &RuleContext<'_>,
        is_leftover: &impl Fn(Line) -> bool,
        from_label: &[Line],
        ahead: &(impl Iterator<Item = Line> + Clone),
        i: usize,
        last_text: usize,
        out: &mut Findings,
    ) -> usize {
        let doc = ctx.doc;
        let label = from_label[0];
        let mut items = items_after(doc, from_label, 0);
        // A line another rule reports ends the list: the counters or the
        // share bar under the last title are a widget of their own.
        if let Some(first_leftover) = items.iter().position(|l| is_leftover(*l)) {
            items.truncate(first_leftover);
        }
        // The article goes on after the list: the list is its own.
        if items.len() < 2 || last_text >= i + 1 + items.len() {
            return 1;
        }
        let run = &from_label[1..1 + items.len()];
        if is_apparatus(doc, label) {
            return 1;
        }
        let marked = run.iter().filter(|l| has_teaser_marks(doc, **l)).count();
        let by_marks = marked >= 2 && marked * 2 >= run.len();
        let by_label = label_words(doc, label) && run.iter().all(|l| reads_as_title(doc, *l));
        // A label that offers the reader more of the same ("Other …",
        // "Autres …" first) or speaks to them ("You may have …") over
        // titles, one of them at least a teaser: an author's list is
        // neither offered nor cut.
        let by_offer =
            marked >= 1 && label_offers(doc, label) && run.iter().all(|l| reads_as_title(doc, *l));
        // Whatever its label says, a list of headlines that closes the
        // page (nothing after it but what other rules report) is the
        // page's navigation: the author's lists are followed by text, and
        // hold shorter items (ingredients, names) or figures. (The walk
        // stops at the first line of anything else.)
        let by_place = || {
            run.len() >= MIN_HEADLINES
                && run.iter().all(|l| reads_as_headline(doc, *l))
                && from_label[1 + run.len()..]
                    .iter()
                    .copied()
                    .chain(ahead.clone())
                    .all(is_leftover)
        };
        if !(by_marks || by_label || by_offer || by_place()) {
            return 1;
        }
        let mut finding = Diagnostic::new(
            self.meta.id.clone(),
            self.meta.category,
            ctx.severity,
            label.span,
            format!(
                "block of links to other articles left in the text: \"{}\"",
                doc.text(label.span)
            ),
        )
        .with_help("delete the label and the titles under it");
        for item in run {
            finding = finding.with_label(item.span, "part of the same block");
        }
        out.push(finding);
        1 + run.len()
    }
}

/// Non-elided words of a line.
fn word_count(doc: &Document<'_>, span: Span) -> usize {
    words_in(doc, span)
        .iter()
        .filter(|w| !w.is_elision())
        .count()
}

/// A block that is a paragraph of text: long, and ending a sentence (a
/// bracket closes a sentence only after its full stop: "(7 comments)"
/// ends a teaser's line).
fn is_text(doc: &Document<'_>, block: usize) -> bool {
    let b = &doc.blocks()[block];
    let text = doc.prose(b.span()).trim_end();
    let closed = text.ends_with(['.', '!', '?', '»', '"', '”'])
        || [".)", "!)", "?)"].iter().any(|end| text.ends_with(end));
    matches!(b.kind(), BlockKind::Paragraph | BlockKind::Quote)
        && doc.block_words(block).len() >= MIN_TEXT_WORDS
        && closed
}

/// A label: a short line opening its block (a heading, a line alone, or
/// in hard-wrapped text the first line over its items), with no sentence
/// in it.
fn is_label(doc: &Document<'_>, line: Line) -> bool {
    let block = &doc.blocks()[line.block];
    let words = word_count(doc, line.span);
    let text = doc.prose(line.span).trim_end();
    (1..=MAX_LABEL_WORDS).contains(&words)
        && block.span().start == line.span.start
        && matches!(
            block.kind(),
            BlockKind::Heading { .. } | BlockKind::Paragraph
        )
        // "Brèves de la semaine…" opens a text cut short, not a list.
        && !text.ends_with(['.', ';', ',', '!', '?', '…'])
}

/// The items under the label at `lines[label]`: short lines without a
/// final full stop, up to the first line that is not one, or (in
/// Markdown) a heading of the label's rank or above: a new section.
fn items_after(doc: &Document<'_>, lines: &[Line], label: usize) -> Vec<Line> {
    let label_kind = doc.blocks()[lines[label].block].kind();
    // Plain text has no heading ranks: every short line followed by text
    // is a heading of the one level there is.
    let ranked = doc.read_as().has_heading_levels();
    let mut items = Vec::new();
    for line in &lines[label + 1..] {
        if items.len() == MAX_ITEMS {
            break;
        }
        let kind = doc.blocks()[line.block].kind();
        if let (BlockKind::Heading { level: own }, BlockKind::Heading { level }) =
            (label_kind, kind)
            && level <= own
            && ranked
        {
            break;
        }
        if !is_item(doc, *line) {
            break;
        }
        items.push(*line);
    }
    items
}

fn is_item(doc: &Document<'_>, line: Line) -> bool {
    let block = &doc.blocks()[line.block];
    if matches!(block.kind(), BlockKind::TableCell | BlockKind::Caption) || is_text(doc, line.block)
    {
        return false;
    }
    let words = word_count(doc, line.span);
    let text = doc.prose(line.span).trim_end();
    let cut = text.ends_with("...") || text.ends_with('…');
    // A title opens with a capital, a figure or a mark; a line opening in
    // lower case goes on with the sentence of the line before (an
    // excerpt wrapped over several lines).
    let opens_lower = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase);
    !opens_lower
        && (1..=MAX_ITEM_WORDS).contains(&words)
        && (cut || !text.ends_with(['.', ';', ',', ':']))
        && !text.contains(". ")
}

/// What teasers carry and an author's lists do not: a date, a reading
/// time, a count, an arrow or icon at an end, a cut's ellipsis. (A link
/// is no mark: an author's list of sources is links too.)
fn has_teaser_marks(doc: &Document<'_>, line: Line) -> bool {
    let text = doc.prose(line.span).trim();
    let ends_with_icon = text.chars().next().is_some_and(super::line_shape::is_icon)
        || text
            .chars()
            .next_back()
            .is_some_and(super::line_shape::is_icon)
        || text.starts_with(['›', '»', '>'])
        || text.ends_with(['›', '»']);
    DATE.find_iter(text)
        .any(|m| !text[m.end()..].trim_start().starts_with(':'))
        || READING_TIME.is_match(text)
        || COUNT.is_match(text)
        || ends_with_icon
        || text.ends_with("...")
        || text.ends_with('…')
}

/// A publication date: "12 March 2024", "March 12, 2024", "12/03/2024",
/// "2024-03-12", "3 days ago", "il y a 2 jours".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[\p{L}]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?|semaines?|mois))\b",
    )
    .expect("valid date pattern")
});

/// A reading time: "4 min read", "6 minutes de lecture", "Lecture : 3 min".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d+\s*(?:min|mins|minutes?|mn)\.?\s+(?:read|de\s+lecture|lecture)\b|\b(?:lecture|read(?:ing)?\s+time)\s*:?\s*\d+\s*(?:min|minutes?|mn)\b")
        .expect("valid reading-time pattern")
});

/// A count of reactions: "12 comments", "3 réponses", "(14)" at the end.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d[\d\s.,]*\s*(?:comments?|replies|reviews?|views?|likes?|shares?|reactions?|commentaires?|réponses?|avis|vues|partages|réactions?|j.aime)\b|\(\d+\)\s*$")
        .expect("valid count pattern")
});

/// Whether the label is made of the words of related-block labels: one
/// of `[related]` ("similar", "lus"), a `[listing]` word with a
/// `[content]` word ("more stories", "autres recettes"), or two listing
/// words before any noun ("Our latest finds", "Nos derniers carnets").
fn label_words(doc: &Document<'_>, label: Line) -> bool {
    let mut listing = 0;
    let mut content = false;
    for word in words_in(doc, label.span) {
        if let Some(ui) = ui_words::lookup(doc.text(word.span())) {
            if ui.related {
                return true;
            }
            listing += usize::from(ui.listing);
            content |= ui.content;
        }
    }
    (listing >= 1 && content) || listing >= 2
}

/// The second person, which a label over the site's links addresses and
/// an author's apparatus does not ("You might like", "Pour vous").
const SECOND_PERSON: &[&str] = &[
    "you", "your", "vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes",
];

/// Whether the label offers the reader more: it opens with a `[listing]`
/// word ("Other …", "More from …", "Autres …") or holds the second
/// person.
fn label_offers(doc: &Document<'_>, label: Line) -> bool {
    let words = words_in(doc, label.span);
    let opens_listing = words
        .first()
        .and_then(|w| ui_words::lookup(doc.text(w.span())))
        .is_some_and(|ui| ui.listing);
    opens_listing
        || words.iter().any(|w| {
            let text = doc.text(w.span());
            SECOND_PERSON.iter().any(|p| text.eq_ignore_ascii_case(p))
        })
}

/// A list of headlines closing the page: three of them at least.
const MIN_HEADLINES: usize = 3;
/// A headline says something: a subject and what happened to it.
const MIN_HEADLINE_WORDS: usize = 4;

/// An item that reads as a headline: four words or more, opening with a
/// capital letter (not a figure: a quantity opens an ingredient or a
/// step), with no colon of a glossary's entry.
fn reads_as_headline(doc: &Document<'_>, line: Line) -> bool {
    let text = doc.prose(line.span).trim();
    let first = text.chars().find(|c| c.is_alphanumeric());
    word_count(doc, line.span) >= MIN_HEADLINE_WORDS
        && first.is_some_and(char::is_uppercase)
        && !text.contains(':')
}

/// Whether the label heads the author's own apparatus ("Sources",
/// "Further reading", "Pour aller plus loin"): its dated links are the
/// documents cited, not the site's other articles.
fn is_apparatus(doc: &Document<'_>, label: Line) -> bool {
    words_in(doc, label.span)
        .iter()
        .any(|w| ui_words::lookup(doc.text(w.span())).is_some_and(|ui| ui.apparatus))
}

/// An item that reads as a title: a few words, opening with a capital
/// or a figure, not a one-word entry of a glossary or a shopping list.
fn reads_as_title(doc: &Document<'_>, line: Line) -> bool {
    let text = doc.prose(line.span).trim();
    let first = text.chars().find(|c| c.is_alphanumeric());
    word_count(doc, line.span) >= 3 && first.is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn found(text: &str, path: &str) -> Vec<(String, usize)> {
        run_rule(
            &RelatedBlock::default(),
            text,
            Path::new(path),
            Language::En,
            &Resources::builtin(),
        )
        .iter()
        .map(|d| (text[d.span.range()].to_string(), d.labels.len()))
        .collect()
    }

    const TEXT: &str = "The ferry came back on Monday after a long winter of repairs, and the whole island breathed again at last.";

    #[test]
    fn teasers_with_dates_under_any_label() {
        let text = format!(
            "The ferry\n\n{TEXT}\n\nElsewhere on the site\nA storm over the harbour | 12 March 2024\n\
             The baker who stayed | 2 March 2024\nNew benches on the quay | 1 March 2024\n"
        );
        assert_eq!(
            found(&text, "a.txt"),
            [("Elsewhere on the site".to_string(), 3)]
        );
    }

    #[test]
    fn a_label_offering_more_over_a_teaser() {
        let teased = format!(
            "# Ferry\n\n{TEXT}\n\n**Other harbour diaries**\n\n\
             - The pier that sank overnight\n- Storm nights on the lighthouse…\n"
        );
        assert_eq!(
            found(&teased, "a.md"),
            [("Other harbour diaries".to_string(), 2)]
        );
        // The same label over the author's whole items is theirs.
        let whole = format!(
            "# Ferry\n\n{TEXT}\n\n**Other things to try**\n\n\
             - Take the early boat on a weekday\n- Book the cabin a month ahead\n"
        );
        assert!(found(&whole, "a.md").is_empty());
    }

    #[test]
    fn an_itinerary_and_a_list_before_more_text_are_the_author_s() {
        let text = format!(
            "# Trip\n\n{TEXT}\n\nThe plan\n\n- 12 March 2024: arrival\n- 13 March 2024: the cliffs\n\n\
             Most read\n\n- Why the pier sank\n- The lighthouse keeper's last winter\n\n{TEXT}\n"
        );
        assert!(found(&text, "a.md").is_empty());
    }
}
