//! Which blocks other families already explain, for the rules that read
//! the others' findings ([`crate::rules::Rule::reads_findings`]).
//!
//! One leftover, one family: a comment form's "Required fields are marked
//! *" is a widget (promo), not a paragraph cut short (truncation); a
//! "Related posts" heading over nothing is a widget, not an empty section
//! (structure). And a section that holds nothing but such leftovers (a
//! share bar, a chat closer) is empty: its text never made it into the
//! draft.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::text::Document;
use std::collections::BTreeMap;

/// What sets apart the titles of a row of links flattened onto one line
/// ("More news: <title> | <title>").
pub const ROW_SEPARATORS: &[&str] = &[" | ", " · ", " • "];

/// Whether `prose` holds a row of titles set apart by separators.
pub fn is_a_row(prose: &str) -> bool {
    ROW_SEPARATORS.iter().any(|sep| prose.contains(sep))
}

/// Most words of a block that a leftover finding opening it stands for:
/// widgets and chat closers are a line or two.
const MAX_LEFTOVER_WORDS: usize = 40;

/// The generated-text findings that stand for a whole block of no text
/// of the author's: an assistant's framing around the draft. A persona, a
/// placeholder or a missing figure sits inside the author's paragraph
/// ("Fort de mon expérience…, il est évident que ce boîtier…" is still the
/// verdict's text), so it leaves the block the author's.
const FRAMING_RULES: [&str; 6] = [
    "generated.chat-opener",
    "generated.chat-closer",
    "generated.filler-invitation",
    "generated.field-label",
    "generated.presented-text",
    "generated.leaked-prompt",
];

/// Of those, the ones that stand for their block only when they are all
/// of it: a line presenting the text to whoever asked for it ("Here is a
/// summary…:"), an instruction left in the text's place ("Write a warm
/// closing here"). Followed by the author's answer in the same paragraph,
/// the paragraph is the author's.
const WHOLE_BLOCK_FRAMING_RULES: [&str; 2] =
    ["generated.presented-text", "generated.leaked-prompt"];

/// What other rules' findings say about each block of a document.
///
/// Only blocks some finding touches have an entry: the findings of a file
/// are capped, its blocks are not (one-letter paragraphs make a block every
/// three bytes), so a list of flags for every block would cost more than
/// the blocks themselves.
pub struct Leftovers {
    marks: BTreeMap<usize, Marks>,
}

/// What the findings say about one block.
#[derive(Default, Clone, Copy)]
struct Marks {
    /// A promo finding covers all the block's words: the block is a
    /// widget line.
    widget: bool,
    /// A promo or generated finding opens the block, a short one: it is
    /// no text of the author's.
    leftover: bool,
    /// A promo finding opens the block ("Sur le même sujet : <extrait>"),
    /// or shows it as part of its widget (the teasers under a related-posts
    /// heading): what the block holds is the page's, not the author's.
    promo_owned: bool,
    /// A promo finding shows the block as part of its widget ("part of the
    /// same block": the teasers under a related-posts heading), and some
    /// block of that widget ends with an ellipsis: the page marks its cuts.
    in_a_marking_widget: bool,
    /// A promo finding ends the block and starts a line of it or a
    /// sentence ("… adhérent de l'association.\nSe désinscrire | Gérer"):
    /// the block's end is the page's widget, not a sentence cut short. (A
    /// read-more label after a cut excerpt starts neither.)
    closed_by_promo: bool,
    /// Where the last promo finding of the block starts.
    last_promo: Option<usize>,
}

impl Leftovers {
    pub fn of(doc: &Document<'_>, findings: &[Diagnostic]) -> Self {
        let blocks = doc.blocks();
        let mut marks: BTreeMap<usize, Marks> = BTreeMap::new();
        let block_of = |span: Span| {
            let i = blocks.partition_point(|b| b.span().end <= span.start);
            (i < blocks.len() && blocks[i].span().contains(span)).then_some(i)
        };
        for finding in findings {
            let promo = finding.category == Category::Promo;
            // Stock phrases (info) open paragraphs of real text.
            let counts = finding.severity >= Severity::Warning;
            let framing = finding.category == Category::Generated
                && FRAMING_RULES.contains(&finding.rule.as_str());
            if !counts || !(promo || framing) {
                continue;
            }
            if let Some(i) = block_of(finding.span) {
                let block = blocks[i].span();
                let before = doc.prose(Span::new(block.start, finding.span.start));
                let after = doc.prose(Span::new(finding.span.end, block.end));
                let opens = !before.chars().any(char::is_alphanumeric);
                let closes = !after.chars().any(char::is_alphanumeric);
                let block_marks = marks.entry(i).or_default();
                block_marks.widget |= promo && opens && closes;
                let starts_a_line_or_sentence = {
                    let before = before.trim_end_matches([' ', '\t']);
                    before.is_empty() || before.ends_with('\n') || before.ends_with(['.', '!', '?'])
                };
                block_marks.closed_by_promo |=
                    promo && closes && (opens || starts_a_line_or_sentence);
                if promo {
                    let last = &mut block_marks.last_promo;
                    *last = Some(last.map_or(finding.span.start, |s| s.max(finding.span.start)));
                }
                block_marks.promo_owned |= promo && opens;
                let whole_block_only = WHOLE_BLOCK_FRAMING_RULES.contains(&finding.rule.as_str());
                block_marks.leftover |= opens
                    && (closes
                        || (!whole_block_only
                            && doc.words_of_block(i).len() <= MAX_LEFTOVER_WORDS));
            }
            if promo {
                let parts: Vec<usize> = finding
                    .labels
                    .iter()
                    .filter_map(|label| {
                        block_of(label.span).filter(|&i| blocks[i].span() == label.span)
                    })
                    .collect();
                let marks_cuts = parts.iter().any(|&i| {
                    let text = doc.prose(blocks[i].span());
                    text.contains("...") || text.contains('…')
                });
                for i in parts {
                    let block_marks = marks.entry(i).or_default();
                    block_marks.promo_owned = true;
                    block_marks.in_a_marking_widget |= marks_cuts;
                }
            }
        }
        Leftovers { marks }
    }

    /// What the findings say about `block` (nothing, for most blocks).
    fn marks(&self, block: usize) -> Marks {
        self.marks.get(&block).copied().unwrap_or_default()
    }

    /// The block is a widget line a promo rule reported whole.
    pub fn is_widget(&self, block: usize) -> bool {
        self.marks(block).widget
    }

    /// The block is a leftover (a widget, a chat closer), not the
    /// author's text.
    pub fn is_leftover(&self, block: usize) -> bool {
        self.marks(block).leftover
    }

    /// A promo finding opens the block or shows it as part of its widget:
    /// an excerpt there is another article's teaser.
    pub fn is_promo_owned(&self, block: usize) -> bool {
        self.marks(block).promo_owned
    }

    /// A promo finding closes the block, on a line or a sentence of its
    /// own: what the block ends on is a widget.
    pub fn is_closed_by_promo(&self, block: usize) -> bool {
        self.marks(block).closed_by_promo
    }

    /// Whether a promo finding of the block starts at or after `offset`.
    pub fn has_promo_after(&self, block: usize, offset: usize) -> bool {
        self.marks(block)
            .last_promo
            .is_some_and(|start| start >= offset)
    }

    /// A promo rule shows the block as part of its widget (a list of
    /// teasers) in which some teaser ends with an ellipsis. Such a page
    /// marks the excerpts it cuts: a teaser of it that stops without
    /// punctuation and shows no cut was short enough to be left whole.
    pub fn is_in_a_marking_widget(&self, block: usize) -> bool {
        self.marks(block).in_a_marking_widget
    }
}
