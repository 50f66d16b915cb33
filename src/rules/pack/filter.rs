//! What phrase and pattern rules share: where a match may sit, and how a
//! match becomes a diagnostic (message template, help, fix).

use super::deletion::{WidgetWords, deletion};
use super::schema::{BlockFilter, FixKind, Position, RawRule};
use crate::diagnostic::{Category, Diagnostic, Label, Span};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::promo::{quoted_example, ui_words};
use crate::rules::{RuleContext, RuleMeta, tail_label};
use crate::text::Document;

pub struct MatchFilter {
    position: Position,
    unless_link: bool,
    starts_sentence: bool,
    max_block_words: Option<usize>,
    in_first_blocks: Option<usize>,
    in_last_blocks: Option<usize>,
    min_block_words: Option<usize>,
    label_following: bool,
    requires_list: bool,
    unless_section: bool,
    label_next_block: bool,
    blocks: Vec<BlockFilter>,
    skip_title: bool,
    unless_quoted: bool,
    unless_button: bool,
    message: String,
    help: Option<String>,
    pub fix: FixKind,
    safe: bool,
    widget_words: WidgetWords,
}

impl MatchFilter {
    pub fn from_raw(raw: &RawRule, meta: &RuleMeta) -> Self {
        MatchFilter {
            position: raw.position,
            unless_link: raw.unless_link,
            starts_sentence: raw.starts_sentence,
            max_block_words: raw.max_block_words,
            in_first_blocks: raw.in_first_blocks,
            in_last_blocks: raw.in_last_blocks,
            min_block_words: raw.min_block_words,
            label_following: raw.label_following,
            requires_list: raw.requires_list,
            unless_section: raw.unless_section,
            label_next_block: raw.label_next_block,
            blocks: raw.blocks.clone(),
            skip_title: raw.skip_title,
            unless_quoted: raw
                .unless_quoted
                .unwrap_or(meta.category == Category::Promo),
            unless_button: raw.unless_button,
            message: raw.message.clone(),
            help: raw.help.clone(),
            fix: raw.fix,
            safe: raw.safe,
            widget_words: WidgetWords::new(&raw.widget_words),
        }
    }

    /// The conditions on the block alone: a rule that searches block by
    /// block skips the blocks that fail them without searching.
    pub fn accepts_block(&self, doc: &Document<'_>, block_index: usize) -> bool {
        let block = &doc.blocks()[block_index];
        if !self.blocks.is_empty() && !self.blocks.iter().any(|b| b.matches(block.kind())) {
            return false;
        }
        // A cell that is only a button's word heads a column or holds a
        // value: a widget row would need every cell checked, not one.
        if self.blocks.is_empty()
            && self.position == Position::Block
            && block.kind() == BlockKind::TableCell
        {
            return false;
        }
        if self.skip_title && is_in_title(doc, block_index) {
            return false;
        }
        if self.in_first_blocks.is_some_and(|n| block_index >= n)
            || self
                .in_last_blocks
                .is_some_and(|n| block_index < last_blocks_of_text(doc, n))
        {
            return false;
        }
        if self.max_block_words.is_none() && self.min_block_words.is_none() {
            return true;
        }
        let words = doc.words_of_block(block_index);
        let count = words.iter().filter(|w| !w.is_elision()).count();
        self.max_block_words.is_none_or(|max| count <= max)
            && self.min_block_words.is_none_or(|min| count >= min)
    }

    pub fn accepts(&self, doc: &Document<'_>, span: Span, block_index: usize) -> bool {
        let block = &doc.blocks()[block_index];
        if !block.span().contains(span) || !self.accepts_block(doc, block_index) {
            return false;
        }
        if self.unless_link && doc.markup.link_overlapping(span).is_some() {
            return false;
        }
        if self.requires_list && following_list(doc, span).is_empty() {
            return false;
        }
        let before = doc.prose(Span::new(block.span().start, span.start));
        if self.starts_sentence && !opens_sentence(before) {
            return false;
        }
        let after = doc.prose(Span::new(span.end, block.span().end));
        if self.unless_quoted
            && (tail_label::is_mentioned(before, after)
                || quoted_example::is_quoted_example(doc, block_index)
                || is_readers_question(before, after))
        {
            return false;
        }
        if self.unless_button && ui_words::is_button_label(doc.prose(span)) {
            return false;
        }
        let at_start = !before.chars().any(char::is_alphanumeric);
        let at_end = !after.chars().any(char::is_alphanumeric);
        // A label filling a table's cell is a value of the table (a
        // before-and-after table of link texts), as a quoted one is: a
        // page's widgets are not pasted as Markdown tables.
        if self.unless_quoted && at_start && at_end && block.kind() == BlockKind::TableCell {
            return false;
        }
        if self.unless_section && at_start && at_end && heads_a_section(doc, block_index) {
            return false;
        }
        match self.position {
            Position::Anywhere => true,
            Position::Block => at_start && at_end,
            Position::BlockStart => at_start,
            Position::BlockEnd => at_end,
            Position::Tail => {
                tail_label::label_end(after).is_some()
                    && tail_label::label_start(before, doc.text(span))
            }
            Position::Lead => at_start && opens_its_text(doc, span, block.span().end, after),
        }
    }

    /// The finding for a match at `span` in block `block`. `recognised` is
    /// all the text the rule matched (a pattern's whole match, which its
    /// `span` group may narrow): a delete fix may take all of it.
    pub fn diagnostic(
        &self,
        meta: &RuleMeta,
        ctx: &RuleContext<'_>,
        span: Span,
        recognised: Span,
        block: usize,
        replacement: Option<&str>,
    ) -> Diagnostic {
        let doc = ctx.doc;
        let matched = doc.text(span);
        let replacement = replacement.map(|r| match_case(matched, r));
        let mut message = self.message.replace("{match}", matched);
        if let Some(r) = &replacement {
            message = message.replace("{replacement}", r);
        }
        let mut diagnostic = Diagnostic::new(&meta.id, meta.category, ctx.severity, span, message);
        if let Some(help) = &self.help {
            diagnostic = diagnostic.with_help(help.clone());
        }
        if self.label_following {
            for span in following_list(doc, span) {
                diagnostic = diagnostic.with_label(span, "part of the same block");
            }
        }
        // The box's text is the next block only when the title stands
        // alone; "**About the author** — Sam writes…" holds its own.
        let alone = {
            let block = &doc.blocks()[block];
            let before = doc.prose(Span::new(block.span().start, span.start));
            let after = doc.prose(Span::new(span.end, block.span().end));
            !before
                .chars()
                .chain(after.chars())
                .any(char::is_alphanumeric)
        };
        if self.label_next_block
            && alone
            && let Some(next) = next_block(doc, span)
        {
            diagnostic = diagnostic.with_label(next, "part of the same box");
        }
        match (self.fix, replacement) {
            (FixKind::Replace, Some(r)) => {
                diagnostic = diagnostic.with_suggestion(span, r, self.safe);
            }
            (FixKind::Delete, _) if self.position == Position::Tail => {
                // The label goes with its wrapper and title. As for any
                // widget, only a whole line of it may go unattended: cut
                // from the end of a paragraph, a person checks the
                // sentence before it.
                let tail = tail_span(doc, span, block);
                let deletion = deletion(doc, span, tail, block, &self.widget_words);
                let removed = if deletion.whole_lines {
                    deletion.span
                } else {
                    tail
                };
                let safe = self.safe && deletion.whole_lines;
                diagnostic = diagnostic.with_suggestion(removed, "", safe);
            }
            (FixKind::Delete, _) => {
                let deletion = deletion(doc, span, recognised, block, &self.widget_words);
                // Only a whole widget line may go unattended: deleting part
                // of a line leaves the rest of the widget, or cuts prose.
                let safe = self.safe && deletion.whole_lines;
                diagnostic = diagnostic.with_suggestion(deletion.span, "", safe);
            }
            _ => {}
        }
        diagnostic
    }
}

/// Whether block `index` is the draft's title: its first block, a heading
/// with text after it (in plain text, a title stack counts as one), or in
/// Markdown the subtitle right under it, a heading of a lower level, and
/// the date and byline lines under those ("Winter 2025", "Par Jeanne D."). A
/// page pasted whole opens with its navigation instead, short lines that
/// are not a title ("À lire aussi" on the second line is a widget).
pub fn is_in_title(doc: &Document<'_>, index: usize) -> bool {
    /// How many blocks the title holds, found once per document.
    struct TitleBlocks(usize);
    let title = doc.memo(0, |doc| {
        let blocks = doc.blocks();
        let level = |i: usize| match blocks.get(i).map(|b| b.kind()) {
            Some(BlockKind::Heading { level }) => Some(level),
            _ => None,
        };
        let markdown = doc.read_as() == crate::markup::MarkupKind::Markdown;
        let heading = match (level(0), level(1)) {
            (Some(_), None) if blocks.len() > 1 => 1,
            (Some(title), Some(subtitle))
                if markdown && subtitle > title && blocks.len() > 2 && level(2).is_none() =>
            {
                2
            }
            // Plain text has no heading levels: its first short line is
            // the title even when a section's heading follows it at once
            // ("Riverside Allotments – May Newsletter" over "From the
            // committee").
            (Some(_), Some(_)) if !markdown && blocks.len() > 2 => 1,
            _ => 0,
        };
        // Under the title, its date and byline ("Winter 2025", "By Tom
        // H.") belong to it, whatever the markup made of them, even where
        // the markup made a heading of them (plain text).
        let dateline = |i: usize| {
            blocks
                .get(i)
                .is_some_and(|b| crate::rules::bylines::is_byline_or_dateline(doc.prose(b.span())))
        };
        let heading = if heading == 0 && level(0).is_some() && dateline(1) {
            1
        } else {
            heading
        };
        let mut title = heading;
        while title > 0 && dateline(title) {
            title += 1;
        }
        // A title heads something.
        TitleBlocks(if title < blocks.len() { title } else { heading })
    });
    index < title.0
}

/// The first of the document's last `n` blocks, counting only paragraphs
/// of text: the list of links, the share bar or the teasers a page put
/// under a chatbot's closing offer ("Hope this helps!" over "Recommended
/// reading" and its titles) do not push it up. Worked out once per
/// document and `n`: rules ask it for every block.
fn last_blocks_of_text(doc: &Document<'_>, n: usize) -> usize {
    struct FirstOfLast(usize);
    // A paragraph of the text ends its sentence ("Three."); a page's link
    // titles and widget lines end without a full stop.
    let is_text = |i: usize| {
        let block = &doc.blocks()[i];
        let text = doc.prose(block.span()).trim_end();
        matches!(block.kind(), BlockKind::Paragraph | BlockKind::Quote)
            && !doc.block_words(i).is_empty()
            && text
                .trim_end_matches(['"', '»', '”', ')', '*', '_'])
                .ends_with(['.', '!', '?'])
    };
    // A block is among the last `n` when fewer than `n` paragraphs of
    // text follow it: it stands at or after the `n`-th of them from the
    // end (at the start when there are fewer).
    doc.memo(n as u64, |doc| {
        let nth_last_text = (0..doc.blocks().len())
            .rev()
            .filter(|&i| is_text(i))
            .nth(n.saturating_sub(1));
        FirstOfLast(nth_last_text.unwrap_or(0))
    })
    .0
}

/// The block after the one holding `span`, if any.
fn next_block(doc: &Document<'_>, span: Span) -> Option<Span> {
    let blocks = doc.blocks();
    let index = blocks.iter().position(|b| b.span().contains(span))?;
    blocks.get(index + 1).map(|b| b.span())
}

/// A paragraph of prose has at least this many words; a footer's links
/// and a sign-up form's notices are shorter.
const MIN_SECTION_PARAGRAPH_WORDS: usize = 12;

/// Whether block `index` is a heading over a paragraph of prose: a
/// sentence of some length, finished with its punctuation.
fn heads_a_section(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    if !matches!(blocks[index].kind(), BlockKind::Heading { .. }) {
        return false;
    }
    blocks.get(index + 1).is_some_and(|next| {
        let text = doc.prose(next.span()).trim_end();
        next.kind() == BlockKind::Paragraph
            && doc.block_words(index + 1).len() >= MIN_SECTION_PARAGRAPH_WORDS
            && text
                .trim_end_matches(['"', '»', '”', ')', '*', '_'])
                .ends_with(['.', '!', '?', '…'])
    })
}

/// Most teasers a related-content block lists.
const MAX_LISTED_TEASERS: usize = 12;
/// A paragraph this long that ends its sentence is the article going on,
/// not a teaser.
const MAX_TEASER_WORDS: usize = 60;

/// The blocks after the one holding `span` that make a list of teasers:
/// list items, short lines (titles), and paragraphs cut with an ellipsis or
/// stopping without punctuation, up to the first long finished paragraph or
/// heading of a new section.
fn following_list(doc: &Document<'_>, span: Span) -> Vec<Span> {
    let Some(start) = doc.blocks().iter().position(|b| b.span().contains(span)) else {
        return Vec::new();
    };
    let own_kind = doc.blocks()[start].kind();
    let mut out = Vec::new();
    for (index, block) in doc.blocks().iter().enumerate().skip(start + 1) {
        if out.len() == MAX_LISTED_TEASERS {
            break;
        }
        let words = doc.block_words(index).len();
        let text = doc.prose(block.span()).trim_end();
        // Cut with an ellipsis, possibly followed by its read-more label.
        let after_ellipsis = text
            .rfind("...")
            .map(|i| &text[i + 3..])
            .or_else(|| text.rfind('…').map(|i| &text[i + '…'.len_utf8()..]));
        let cut = after_ellipsis.is_some_and(|rest| rest.split_whitespace().count() <= 4)
            // An excerpt cut with no ellipsis stops without punctuation.
            || !text.ends_with(['.', '!', '?', ':', ';', '»', '"', '”', ')']);
        let teaser = match block.kind() {
            BlockKind::ListItem => true,
            // A heading of the same rank as ours opens a new section; in
            // plain text every short line reads as a heading, so titles of
            // teasers are too short to be sections.
            BlockKind::Heading { .. } => block.kind() != own_kind || words <= 15,
            _ => cut || words <= 15,
        };
        if !teaser || (words > MAX_TEASER_WORDS && !cut) {
            break;
        }
        out.push(block.span());
    }
    out
}

/// Whether a label at the start of its block, followed by `after` (the
/// rest of the block's prose), is the whole block or introduces what
/// follows it: a colon, or a dash after a label set in bold or italics
/// (`**À propos de l'auteur** — Julien…`). A plain dash is left alone:
/// "L'auteure – une ancienne juge – signe ici…" is a sentence.
fn opens_its_text(doc: &Document<'_>, span: Span, block_end: usize, after: &str) -> bool {
    let rest = after.trim_start();
    if !rest.chars().any(char::is_alphanumeric) {
        return true;
    }
    if rest.starts_with(':') {
        return true;
    }
    let emphasised = {
        let gap = doc.text(Span::new(span.end, block_end));
        let closing: String = gap.chars().take_while(|c| !c.is_alphanumeric()).collect();
        closing.contains(['*', '_'])
    };
    emphasised && rest.starts_with(['—', '–', '-', '|'])
}

/// Whether text ending with `before` leaves the next word at the start of a
/// sentence: nothing but spaces and punctuation since the block start, or
/// terminal punctuation (possibly followed by closing quotes) just before.
/// Whether the match sits in a question the reader asks in the first
/// person, as a FAQ puts it: "How do I sign up?", "Comment puis-je
/// m'abonner ?". The label is the topic of the question, not a call; a
/// prompt asks the reader in the second person ("Want to subscribe?").
fn is_readers_question(before: &str, after: &str) -> bool {
    let sentence_end = after.find(['.', '!', '?']);
    if sentence_end.is_none_or(|at| !after[at..].starts_with('?')) {
        return false;
    }
    let opening = before
        .rfind(['.', '!', '?', ':', '\n'])
        .map_or(before, |at| &before[at + 1..]);
    opening
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "i" | "we" | "je" | "puis-je" | "dois-je" | "peut-on" | "doit-on" | "nous"
            )
        })
}

fn opens_sentence(before: &str) -> bool {
    if !before.chars().any(char::is_alphanumeric) {
        return true;
    }
    let trimmed = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '»' | '”' | '’' | ')' | '*' | '_')
    });
    trimmed.ends_with(['.', '!', '?', '…', ':', '|', '›', '>', '–', '—'])
}

/// One finding per rule and block: a second match of the same rule in the
/// same paragraph or line ("Abonnez-vous à notre newsletter") becomes a
/// label of the first finding instead of a finding of its own.
#[derive(Default)]
pub struct PerBlock {
    /// The block of the last finding pushed, and its index in `out`.
    last: Option<(usize, usize)>,
}

impl PerBlock {
    pub fn push(&mut self, out: &mut Findings, block: usize, diagnostic: Diagnostic) {
        let last_of_block = match self.last {
            Some((b, index)) if b == block => out.get_mut(index),
            _ => None,
        };
        match last_of_block {
            Some(first) => {
                first.labels.push(Label {
                    span: diagnostic.span,
                    message: "also here".into(),
                    occurrence: true,
                });
            }
            None => {
                self.last = Some((block, out.len()));
                out.push(diagnostic);
            }
        }
    }
}

/// What a label matched at [`Position::Tail`] takes with it: from its
/// opening wrapper to the end of its block (`(read more)`, `Read more:
/// <title>`).
fn tail_span(doc: &Document<'_>, span: Span, block: usize) -> Span {
    let block = &doc.blocks()[block];
    let before = doc.prose(Span::new(block.span().start, span.start));
    let kept = tail_label::trim_opening(before);
    let start = if kept.chars().any(char::is_alphanumeric) {
        block.span().start + kept.len()
    } else {
        block.span().start
    };
    Span::new(start, block.span().end.max(span.end))
}

/// `Voire même` → `Voire`: a replacement takes the case of what it replaces.
pub fn match_case(matched: &str, replacement: &str) -> String {
    let starts_upper = matched.chars().next().is_some_and(char::is_uppercase);
    let all_upper = matched.chars().filter(|c| c.is_alphabetic()).count() > 1
        && matched
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if all_upper {
        replacement.to_uppercase()
    } else if starts_upper {
        let mut chars = replacement.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    } else {
        replacement.to_string()
    }
}
