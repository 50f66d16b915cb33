//! The TOML shape of a rule pack. Kebab-case keys, unknown keys refused.

use crate::diagnostic::{Category, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    pub pack: PackHeader,
    #[serde(default)]
    pub rules: Vec<Spanned<RawRule>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PackHeader {
    /// The first half of every rule id in the pack.
    pub name: String,
    /// `fr`, `en` or `any` (the default).
    pub language: Option<String>,
    /// The category of rules that do not set their own.
    pub category: Category,
    /// For people reading the pack; draftlint does not show it.
    #[serde(default)]
    #[allow(dead_code)]
    pub description: String,
}

impl PackHeader {
    /// The header has no spans of its own; errors point at the file start.
    pub fn language_span(&self) -> Option<crate::diagnostic::Span> {
        None
    }
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    Phrase,
    Pattern,
    Substitution,
}

/// Where in its block a match must sit to count.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    #[default]
    Anywhere,
    /// The match is the whole block, apart from punctuation: a line alone.
    Block,
    BlockStart,
    BlockEnd,
    /// The match is a label closing its block, in any wrapper: bare,
    /// bracketed, with arrows or chevrons, or followed by a colon and a
    /// short title ("… (lire la suite)", "Read more: <title>"). It must be
    /// set apart from the text before it: at the block start, after a
    /// sentence break, inside its wrapper, or capitalised mid-sentence.
    Tail,
    /// The match is a label opening its block: the whole block, or
    /// followed by a colon (or, when the label is set in bold or italics,
    /// a dash) and the text it introduces ("Sur le même sujet : <titre>",
    /// "**About the author** — Sam writes…").
    Lead,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum FixKind {
    #[default]
    None,
    /// Delete the widget line the match is on, or else the match alone
    /// (with the punctuation and space that go with it).
    Delete,
    /// Replace the match (substitution rules).
    Replace,
}

/// Most words of a block where a `label-only` phrase counts.
pub const MAX_LABEL_WORDS: usize = 6;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRule {
    pub name: String,
    pub kind: RuleKind,
    pub category: Option<Category>,
    pub severity: Option<Severity>,
    pub enabled: Option<bool>,
    pub summary: String,
    pub docs: Option<String>,
    /// `{match}` is replaced by the matched text; `{replacement}` by the
    /// replacement of a substitution.
    pub message: String,
    pub help: Option<String>,
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Phrases of `phrases` that count only in a block of a label's length
    /// ([`MAX_LABEL_WORDS`] words at most): the bare noun "newsletter"
    /// titles a sign-up box, while a sentence that mentions the newsletter,
    /// even a short one, is text.
    #[serde(default)]
    pub label_only: Vec<String>,
    pub pattern: Option<String>,
    #[serde(default)]
    pub substitutions: BTreeMap<String, String>,
    #[serde(default, rename = "where")]
    pub position: Position,
    /// Skip matches that touch the text of a link (`[ici](…)` and
    /// `cliquez [ici](…)` are fine; `cliquez ici` with the link gone is not).
    #[serde(default)]
    pub unless_link: bool,
    /// Only where the match opens a sentence: at the start of its block or
    /// after terminal punctuation (`.`, `!`, `?`, `…`, `:`), so that
    /// "Lire la suite" after a teaser counts but "pour en savoir plus" in the
    /// middle of a sentence does not.
    #[serde(default)]
    pub starts_sentence: bool,
    /// Patterns only: match the block's original text, markup included,
    /// instead of its prose. For shapes the markup layer hides: Markdown
    /// reads an instruction in angle brackets (`<insert link>`) as an HTML
    /// tag and masks it.
    #[serde(default)]
    pub match_source: bool,
    /// Only in blocks of at most this many words: widget text (share
    /// buttons, sign-up prompts) sits on short lines of its own, while the
    /// same words inside real prose are usually legitimate.
    pub max_block_words: Option<usize>,
    /// Only in the first this-many blocks of the document (headings
    /// included): a chatbot's "Sure! Here is the article:" opens the draft.
    pub in_first_blocks: Option<usize>,
    /// Only in the last this-many blocks of the document: its "Let me know
    /// if you would like any changes" closes it.
    pub in_last_blocks: Option<usize>,
    /// Only in blocks of at least this many words: the inline form of a
    /// label whose short-line form another rule reports.
    pub min_block_words: Option<usize>,
    /// Label the list that follows the match: the short lines, list items
    /// and cut teasers under a related-content heading belong to the same
    /// leftover block.
    #[serde(default)]
    pub label_following: bool,
    /// Only when a list of teasers follows the match's block (list items,
    /// short lines, excerpts cut with an ellipsis): a title over the
    /// article's own paragraphs is a section of the text.
    #[serde(default)]
    pub requires_list: bool,
    /// Not when the match is a whole heading over a paragraph of prose:
    /// "About us" heading the society's history is a section of the text,
    /// not a footer link.
    #[serde(default)]
    pub unless_section: bool,
    /// Label the block right after the match's: the biography under an
    /// "About the author" title belongs to the same box.
    #[serde(default)]
    pub label_next_block: bool,
    /// Only in these block kinds (`heading`, `paragraph`, `list-item`,
    /// `quote`, `table-cell`); empty for all, except that a table cell
    /// holding nothing but the match (`where = "block"`) is a column header
    /// or a value ("Share" over a column of percentages), not a widget,
    /// unless `table-cell` is named.
    #[serde(default)]
    pub blocks: Vec<BlockFilter>,
    /// Not in the draft's title: the heading-like blocks that open it,
    /// before its first paragraph ("Latest stories from the Wellness
    /// Desk", "A short history for the museum's newsletter"), where no
    /// widget sits.
    #[serde(default)]
    pub skip_title: bool,
    /// Skip a match quoted inside a sentence (`les liens « cliquez ici »
    /// ne disent rien`, `a "Read more" button`): the label is mentioned,
    /// not left over. Defaults to true for promo rules, false otherwise (a
    /// placeholder in quotes is still a placeholder).
    pub unless_quoted: Option<bool>,
    /// Skip a match that is a button sending something somewhere ("[Add to
    /// basket]", "[Ajouter au panier]"): a shop's widget, which the promo
    /// rules report, not an instruction to the writer.
    #[serde(default)]
    pub unless_button: bool,
    #[serde(default)]
    pub fix: FixKind,
    /// Whether `--fix` may apply the fix unattended. A deletion is applied
    /// only when it takes a whole line of widget (see `deletion.rs`).
    #[serde(default)]
    pub safe: bool,
    /// Words that may share a line with the match in the widget it belongs
    /// to (`Share on` + `Facebook`): a line of only these, the match,
    /// punctuation and markup is deleted whole.
    #[serde(default)]
    pub widget_words: Vec<String>,
    #[serde(default)]
    pub bad: Vec<String>,
    #[serde(default)]
    pub good: Vec<String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum BlockFilter {
    Heading,
    Paragraph,
    ListItem,
    Quote,
    TableCell,
}

impl BlockFilter {
    pub fn matches(self, kind: crate::markup::BlockKind) -> bool {
        use crate::markup::BlockKind as K;
        matches!(
            (self, kind),
            (BlockFilter::Heading, K::Heading { .. })
                | (BlockFilter::Paragraph, K::Paragraph)
                | (BlockFilter::ListItem, K::ListItem)
                | (BlockFilter::Quote, K::Quote)
                | (BlockFilter::TableCell, K::TableCell)
        )
    }
}
