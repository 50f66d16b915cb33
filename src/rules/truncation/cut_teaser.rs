//! `truncation.cut-teaser`: an excerpt cut short and closed with an
//! ellipsis, as home pages and related-article blocks show them:
//! "…toute entreprise souhaitan... En savoir plus...".
//!
//! An ellipsis at the end of a paragraph is also how writers trail off
//! ("Je ne pense pas..."), so the ellipsis alone is never enough. A cut is
//! reported when one of these holds:
//! - the fragment touching the ellipsis is not a word: a dictionary says so,
//!   or it is a lone letter or a French elided form (`qu…`, `l'…`), or a
//!   word only by accident that begins a commoner one (`lar…`, `défin…`);
//! - the fragment is a word no finished sentence ends on (`de…`, `the…`);
//! - a read-more label follows the ellipsis, on its line or alone on the
//!   next one (reported as a label);
//! - the document holds several such cuts of about the same length: a CMS
//!   cut its teasers at a fixed number of characters;
//! - the excerpt is one of a list of excerpts, each closed with an ellipsis
//!   or cut without one;
//! - in English, the text before the ellipsis is one title-case run: a
//!   headline from a related-articles list, cut to fit.
//!
//! A paragraph whose every line ends with an ellipsis is a list of excerpts
//! Markdown joined into one paragraph (or a hard-wrapped text into one
//! block): each line is read as an excerpt of its own.
//!
//! Quotations elided with `[…]` or `(…)`, quotes and table cells are left
//! alone, except a quote whose ellipsis a read-more label follows (a chat
//! export's message cut by its window: `… could they… Show more`).

use super::function_words::{cannot_end_sentence, stops_mid_sentence};
use super::read_more::{label_after_cut, label_below};
use super::stems::begins_a_longer_word;
use super::{is_accidental_word, is_known_word, is_terminal};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::{BlockKind, MarkupKind};
use crate::rules::Findings;
use crate::rules::leftovers::Leftovers;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, Language, Word, is_apostrophe};
use std::ops::Range;

const DOCS: &str = "\
**What it does.** Flags a paragraph, list item or heading that ends with an \
ellipsis (`...` or `…`) where the text was cut, not left trailing off: the \
fragment before the ellipsis is not a word (`souhaitan...`, `qu…`), or is a \
word no sentence ends on (`de…`, `the…`), or a read-more link follows \
(`… En savoir plus`), or the document holds several teasers cut at the same \
length, or (in English) the text is a headline in title case. A title cut mid-word \
inside a line of titles (`… postp… · Spring fair`) or a table cell cut \
mid-word (`| the later frag… |`) is flagged too. A read-more link after the cut is shown as a label.

**Why.** A teaser copied from a home page or a related-articles block is an \
excerpt, not text: its sentence is unfinished and the rest of the article is \
elsewhere. Legitimate ellipses (a sentence trailing off, a quotation elided \
with `[…]`) are not flagged.

**Fix.** Restore the full text from the source, or delete the teaser.";

/// Cuts of about the same length, this many or more in one document, were
/// made by a CMS at a fixed number of characters.
const FIXED_LENGTH_MIN_CUTS: usize = 3;
/// Below this many characters a line is a stylistic aside ("Let's move
/// on…"), not a teaser.
const FIXED_LENGTH_MIN_CHARS: usize = 30;
/// How far apart in characters two cuts may be and still count as "the
/// same length": CMSs cut at the last word boundary before a limit.
const FIXED_LENGTH_TOLERANCE: usize = 6;

/// Words of a widget's line that make it carry an excerpt, not a button.
const MIN_EXCERPT_WORDS: usize = 8;

/// Two excerpts in a row closed with an ellipsis make a list of teasers.
const TEASER_RUN_MIN_CUTS: usize = 2;
/// Teaser excerpts run to a hundred characters or more, cut headlines to
/// forty; a line of dialogue trailing off is shorter.
const TEASER_RUN_MIN_CHARS: usize = 40;
/// Blocks that may separate two excerpts of a list: a title and a date.
const TEASER_RUN_MAX_GAP: usize = 2;
/// Words of a block that separates two excerpts (a title, a date, a link).
const TEASER_RUN_GAP_WORDS: usize = 15;

/// Single letters that are words on their own.
const FR_LETTER_WORDS: &[&str] = &["a", "à", "y", "ô", "o"];
const EN_LETTER_WORDS: &[&str] = &["a", "i", "o"];

/// French elided forms written without their apostrophe and word.
const FR_BARE_ELISIONS: &[&str] = &[
    "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
];

pub struct CutTeaser {
    meta: RuleMeta,
}

impl Default for CutTeaser {
    fn default() -> Self {
        CutTeaser {
            meta: RuleMeta {
                id: "truncation.cut-teaser".into(),
                category: Category::Truncation,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A teaser cut mid-word or mid-sentence and closed with an ellipsis.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le document est indispensable à toute entreprise qu... En savoir plus...".into(),
                        "Le conseil a voté une enveloppe de trois millions pour la rénovation de...".into(),
                        "The board approved the budget after a long debate over the fut… Read more".into(),
                        "The council approved new funding for the...".into(),
                        "Mayor Unveils Plans for Riverside Market After Years…".into(),
                        "Read next: Library hours · Repairs to the footbridge postp… · Spring fair".into(),
                    ],
                    good: vec![
                        "Grandfather shook his head. \"In '87 it lasted three days,\" he said, \"and then...\"".into(),
                        "Il faudra attendre la décision du juge. Je ne pense pas...".into(),
                        "« Nous avons tout perdu […] et personne ne nous aide. »".into(),
                        "Il a reposé la liseuse en soupirant : « Je crois que je vais en prendre une… »".into(),
                        "We waited for hours, and then…".into(),
                        "The storm passed. Nobody knew what would come next...".into(),
                        "And the Band Played On, Slowly. Then Silence…".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// What is read as one excerpt: a block, or one line of a block whose
/// every line ends with an ellipsis.
#[derive(Clone, Copy)]
struct Unit {
    block: usize,
    span: Span,
}

/// A paragraph that ends with an ellipsis, possibly followed by a
/// read-more label.
struct Cut {
    /// The block's index.
    block: usize,
    /// The excerpt: the block, or its line.
    unit: Span,
    /// The ellipsis, in file offsets.
    ellipsis: Span,
    /// The last word before the ellipsis.
    fragment: Word,
    /// No space between the fragment and the ellipsis.
    touching: bool,
    /// A read-more label after the ellipsis.
    label: Option<Span>,
    /// Characters of the block before the ellipsis: teasers cut by a CMS
    /// share this length.
    chars: usize,
    /// The block itself opens with an ellipsis: the continuation of a
    /// previous line, not a teaser.
    continues_previous: bool,
    /// The cut is the block's only ellipsis, of exactly three dots or `…`:
    /// a CMS cuts once; a writer who trails off does it all along.
    sole_ellipsis: bool,
    /// Before the ellipsis, one run of words in title case
    /// (`Florida Man in Custody for Alleged…`): an English headline.
    title_case: bool,
}

enum Reason {
    MidWord,
    CannotEnd,
    BeforeReadMore,
    FixedLength(usize),
    CutHeadline,
    InTeaserRun(usize),
    InWidget,
    BesideCutExcerpt,
}

impl Rule for CutTeaser {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let leftovers = Leftovers::of(doc, ctx.earlier);
        // A widget line is promo's, unless it carries an excerpt ("À lire
        // aussi : <a teaser cut…>"): the label is promo, the cut is ours.
        // A quotation trails off as its speaker did; a blockquote the page
        // generated ("> From the blog" over teasers) is no quotation.
        let cuts: Vec<Cut> = units(doc)
            .filter(|unit| {
                !leftovers.is_widget(unit.block)
                    || words_in(doc, unit.block, unit.span).len() >= MIN_EXCERPT_WORDS
            })
            .filter_map(|unit| find_cut(doc, unit, leftovers.is_promo_owned(unit.block)))
            .collect();
        let fixed_length: Vec<usize> = cuts
            .iter()
            .filter(|c| counts_for_length(c))
            .map(|c| c.chars)
            .collect();
        let peers: Vec<usize> = cuts
            .iter()
            .map(|cut| {
                if counts_for_length(cut) {
                    fixed_length
                        .iter()
                        .filter(|&&n| n.abs_diff(cut.chars) <= FIXED_LENGTH_TOLERANCE)
                        .count()
                } else {
                    0
                }
            })
            .collect();
        // Cuts that show themselves, whatever their neighbours: two of them
        // in a run make it a list of excerpts.
        let shown: Vec<bool> = cuts
            .iter()
            .zip(&peers)
            .map(|(cut, &peers)| {
                matches!(
                    reason(ctx, cut, peers, 0),
                    Some(Reason::MidWord | Reason::CannotEnd | Reason::BeforeReadMore)
                )
            })
            .collect();
        let runs = teaser_runs(doc, &cuts, &shown);
        for ((cut, &run), &peers) in cuts.iter().zip(&runs).zip(&peers) {
            // An excerpt under a related-posts heading, or after "Sur le
            // même sujet :", is another article's teaser: its closing
            // ellipsis marks where the page cut it.
            let in_widget =
                leftovers.is_promo_owned(cut.block) && cut.sole_ellipsis && !cut.continues_previous;
            let Some(reason) = reason(ctx, cut, peers, run)
                .or(in_widget.then_some(Reason::InWidget))
                .or(beside_a_cut_excerpt(ctx, cut).then_some(Reason::BesideCutExcerpt))
            else {
                continue;
            };
            let fragment = doc.text(cut.fragment.span());
            let message = match reason {
                Reason::MidWord => format!("teaser cut mid-word: `{fragment}` is not a whole word"),
                Reason::CannotEnd => format!("text cut mid-sentence after `{fragment}`"),
                Reason::BeforeReadMore => "excerpt cut before a read-more link".to_string(),
                Reason::CutHeadline => "headline cut short and closed with an ellipsis".to_string(),
                Reason::BesideCutExcerpt => {
                    "teaser cut short, next to an excerpt cut the same way".to_string()
                }
                Reason::InWidget => {
                    "teaser of another article cut short, in a block the page generated".to_string()
                }
                Reason::InTeaserRun(n) => {
                    format!(
                        "teaser cut short: one of {n} excerpts in a row closed with an ellipsis"
                    )
                }
                Reason::FixedLength(n) => {
                    format!(
                        "teaser cut at a fixed length ({n} cuts of about this length in the document)"
                    )
                }
            };
            let span = Span::new(cut.fragment.span().start, cut.ellipsis.end);
            let mut diagnostic = Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                span,
                message,
            )
            .with_help("restore the full text from the source, or delete the teaser");
            if let Some(label) = cut.label {
                diagnostic = diagnostic.with_label(label, "read-more link");
            }
            out.push(diagnostic);
        }
        for index in 0..doc.blocks().len() {
            for (ellipsis, fragment) in item_cuts(doc, index) {
                let text = doc.text(fragment.span());
                let message = if cannot_end_sentence(text, doc.language) {
                    format!("item cut mid-sentence after `{text}`")
                } else {
                    format!("item cut mid-word: `{text}` is not a whole word")
                };
                let known = is_known_word(ctx, text);
                // A header cell may lead into its rows ("Envie de…"): in a
                // cell, only a fragment that is no word shows a cut.
                let in_cell = doc.blocks()[index].kind() == BlockKind::TableCell;
                let shows_cut = (!in_cell && cannot_end_sentence(text, doc.language))
                    || (ellipsis.start == fragment.span().end
                        && !fragment.has_digit()
                        && (known == Some(false)
                            || is_orphan_fragment(text, doc.language)
                            || (known == Some(true) && is_accidental_word(ctx, text))));
                if !shows_cut {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        Span::new(fragment.span().start, ellipsis.end),
                        message,
                    )
                    .with_help("restore the full text from the source, or delete the item"),
                );
            }
        }
    }
}

/// Ellipses the block-level pass does not read, each with the word before
/// it: one that closes a table cell (a catalogue cell cut to fit its
/// column), and one followed on its line by an item separator (`·`, `|`,
/// `/`, `•`): a list of titles run into one line, one of them cut ("… the
/// fine pri… · Next title"). The caller keeps those whose fragment shows
/// the cut (not a word, or outside a cell a word no sentence ends on): a
/// cell or an item ending in "etc.…" ends on a word.
fn item_cuts(doc: &Document<'_>, index: usize) -> Vec<(Span, Word)> {
    let block = &doc.blocks()[index];
    let prose = doc.prose(block.span());
    if !prose.contains("...") && !prose.contains('…') {
        return Vec::new();
    }
    let cell = block.kind() == BlockKind::TableCell;
    let words = doc.words_of_block(index);
    let mut out = Vec::new();
    for range in ellipses(prose) {
        let after = prose[range.end..].trim_start();
        let closes_cell = cell && !after.chars().any(char::is_alphanumeric);
        let mut rest = after.chars();
        let before_separator = rest
            .next()
            .is_some_and(|c| matches!(c, '·' | '|' | '/' | '•'))
            && rest.any(char::is_alphanumeric);
        if !(closes_cell || before_separator) {
            continue;
        }
        let start = block.span().start + range.start;
        let ellipsis = Span::new(start, block.span().start + range.end);
        if let Some(word) = words.iter().rev().find(|w| w.span().end <= start) {
            out.push((ellipsis, word.clone()));
        }
    }
    out
}

fn counts_for_length(cut: &Cut) -> bool {
    cut.touching
        && cut.label.is_none()
        && !cut.continues_previous
        && cut.chars >= FIXED_LENGTH_MIN_CHARS
}

fn reason(ctx: &RuleContext<'_>, cut: &Cut, peers: usize, run: usize) -> Option<Reason> {
    let doc = ctx.doc;
    let fragment = doc.text(cut.fragment.span());
    if cut.touching && !cut.fragment.has_digit() {
        let known = is_known_word(ctx, fragment);
        let not_a_word = known == Some(false);
        if not_a_word
            || is_orphan_fragment(fragment, doc.language)
            || (known.is_none() && is_cut_name(ctx, fragment))
            || (known == Some(true) && is_accidental_word(ctx, fragment))
        {
            return Some(Reason::MidWord);
        }
    }
    if !cut.fragment.has_digit() && cannot_end_sentence(fragment, doc.language) {
        return Some(Reason::CannotEnd);
    }
    // "… the council will…": an auxiliary waiting for its verb, in a line
    // as long as an excerpt (a short line of dialogue may trail off so).
    let previous = words_in(doc, cut.block, cut.unit)
        .iter()
        .rev()
        .find(|w| w.span().end <= cut.fragment.span().start)
        .map(|w| doc.text(w.span()));
    if cut.chars >= TEASER_RUN_MIN_CHARS && stops_mid_sentence(previous, fragment, doc.language) {
        return Some(Reason::CannotEnd);
    }
    if cut.label.is_some() {
        return Some(Reason::BeforeReadMore);
    }
    // English headlines are set in title case, sentences are not: a title
    // that trails off was cut by the page it was copied from.
    if doc.language == Language::En && cut.title_case {
        return Some(Reason::CutHeadline);
    }
    if peers >= FIXED_LENGTH_MIN_CUTS {
        return Some(Reason::FixedLength(peers));
    }
    (run >= TEASER_RUN_MIN_CUTS).then_some(Reason::InTeaserRun(run))
}

/// A capitalised fragment no dictionary knows, in any case, that begins a
/// dictionary word: "Engl…" for `English`, "Eiff…" for `Eiffel`. A name
/// cut short; a name left whole ("Karim…") begins no other word.
fn is_cut_name(ctx: &RuleContext<'_>, fragment: &str) -> bool {
    let lower = fragment.to_lowercase();
    lower != fragment
        && is_known_word(ctx, &lower) == Some(false)
        && begins_a_longer_word(fragment, ctx.doc.language)
}

/// For each cut, how many excerpts its run holds (0 when it is in none).
///
/// A run is what a list of teasers looks like once pasted: long lines,
/// each closed with an ellipsis, one after the other or separated only by
/// short lines (their titles, dates, read-more links), by other excerpts
/// the page cut without an ellipsis, or by other items of the same list.
/// Once a page cuts its excerpts, every one of them is cut, whether the cut
/// falls inside a word (`fam…`), on a word that happens to exist (`con…`,
/// `cal…`) or between two words. Writers trail off with an ellipsis now and
/// then, in short lines of dialogue, not in a row of long ones.
fn teaser_runs(doc: &Document<'_>, cuts: &[Cut], shown: &[bool]) -> Vec<usize> {
    let mut runs = vec![0; cuts.len()];
    let long =
        |c: &Cut| !c.continues_previous && c.sole_ellipsis && c.chars >= TEASER_RUN_MIN_CHARS;
    let mut start = 0;
    while start < cuts.len() {
        let mut end = start + 1;
        if long(&cuts[start]) {
            while end < cuts.len()
                && long(&cuts[end])
                && only_excerpt_separators_between(doc, cuts[end - 1].block, cuts[end].block)
            {
                end += 1;
            }
        }
        let size = end - start;
        if size >= TEASER_RUN_MIN_CUTS
            && reads_as_a_list(doc, &cuts[start..end], &shown[start..end])
        {
            runs[start..end].iter_mut().for_each(|r| *r = size);
        }
        start = end;
    }
    runs
}

/// Whether a run of cut blocks sits where lists of teasers sit: right
/// under a short line (a related-posts title, a date) or at the top of the
/// document, with short lines (titles) between the excerpts, in a list, or
/// with two excerpts that show their cut (a fragment, a word no sentence
/// ends on, a read-more label). Two paragraphs of an article that both
/// trail off follow other paragraphs.
fn reads_as_a_list(doc: &Document<'_>, run: &[Cut], shown: &[bool]) -> bool {
    let short = |i: usize| doc.words_of_block(i).len() <= TEASER_RUN_GAP_WORDS;
    let first = run[0].block;
    let under_a_title = first == 0 || short(first - 1);
    let titles_between = run
        .windows(2)
        .any(|w| (w[0].block + 1..w[1].block).any(short));
    let in_a_list = run
        .iter()
        .all(|c| doc.blocks()[c.block].kind() == BlockKind::ListItem);
    let one_paragraph = run.iter().all(|c| c.block == first);
    under_a_title
        || titles_between
        || in_a_list
        || one_paragraph
        || shown.iter().filter(|&&s| s).count() >= TEASER_RUN_MIN_CUTS
}

/// Whether at most [`TEASER_RUN_MAX_GAP`] blocks lie between blocks `a`
/// and `b`, each a short line (a title, a date, a link) or an excerpt cut
/// without an ellipsis, or only items of the list both belong to.
fn only_excerpt_separators_between(doc: &Document<'_>, a: usize, b: usize) -> bool {
    let blocks = doc.blocks();
    let items = |i: usize| blocks[i].kind() == BlockKind::ListItem;
    if items(a) && items(b) && (a + 1..b).all(items) {
        return true;
    }
    b - a <= TEASER_RUN_MAX_GAP + 1
        && (a + 1..b).all(|i| {
            doc.words_of_block(i).len() <= TEASER_RUN_GAP_WORDS || is_unpunctuated_excerpt(doc, i)
        })
}

/// Whether the block before or after the cut's is an excerpt the page cut
/// with no ellipsis and that shows it (it stops on a fragment or on a word
/// no sentence ends on): a list of excerpts whose page cut them all, this
/// one on a word that happens to exist ("… le long des quais du canal
/// par…" beside "… pour les premiers jours de"). A writer's ellipsis of suspense sits
/// among finished paragraphs.
fn beside_a_cut_excerpt(ctx: &RuleContext<'_>, cut: &Cut) -> bool {
    let doc = ctx.doc;
    if !cut.touching
        || !cut.sole_ellipsis
        || cut.continues_previous
        || cut.chars < TEASER_RUN_MIN_CHARS
    {
        return false;
    }
    // Plain text reads a long line without punctuation as a heading; an
    // excerpt all the same.
    let plain = MarkupKind::from_path(doc.path) == MarkupKind::Plain;
    let unpunctuated = |i: usize| {
        let block = &doc.blocks()[i];
        let text = doc.prose(block.span()).trim_end();
        (plain || !block.kind().is_heading())
            && text.chars().count() >= TEASER_RUN_MIN_CHARS
            && !text
                .trim_end_matches(super::is_closing)
                .ends_with(is_terminal)
    };
    let neighbours = [cut.block.checked_sub(1), Some(cut.block + 1)];
    neighbours
        .into_iter()
        .flatten()
        .filter(|&i| i < doc.blocks().len() && unpunctuated(i))
        .any(|i| {
            let ends_on_a_figure = doc.words_of_block(i).last().is_some_and(|w| w.has_digit());
            !ends_on_a_figure && super::unfinished_paragraph::shows_its_cut(ctx, i)
        })
}

/// A long block that stops without final punctuation: an excerpt the page
/// cut with no ellipsis (`truncation.unfinished-paragraph` reports it).
fn is_unpunctuated_excerpt(doc: &Document<'_>, index: usize) -> bool {
    let block = &doc.blocks()[index];
    let text = doc.prose(block.span()).trim_end();
    !block.kind().is_heading()
        && text.chars().count() >= TEASER_RUN_MIN_CHARS
        && !text
            .trim_end_matches(super::is_closing)
            .ends_with(is_terminal)
}

/// The excerpts of the document: each block, or, in a block that holds
/// several excerpts each closed with an ellipsis at the end of a line,
/// each of them (excerpts joined by Markdown's soft line breaks, or into
/// one block of a hard-wrapped text; an excerpt may wrap over lines).
/// One at a time: the rule keeps only those that end with a cut, and a
/// list of every block's excerpt would cost 24 bytes a block.
fn units<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = Unit> + 'd {
    doc.blocks()
        .iter()
        .enumerate()
        .flat_map(move |(index, block)| {
            let pieces = excerpts_of_block(doc, block.span());
            let whole = pieces.is_empty().then_some(Unit {
                block: index,
                span: block.span(),
            });
            pieces
                .into_iter()
                .map(move |span| Unit { block: index, span })
                .chain(whole)
        })
}

/// The excerpts of a block that holds at least two, each closed with an
/// ellipsis at the end of a line; none otherwise.
fn excerpts_of_block(doc: &Document<'_>, block: Span) -> Vec<Span> {
    let prose = doc.prose(block);
    if !prose.contains('\n') {
        return Vec::new();
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for line in prose.split_inclusive('\n') {
        at += line.len();
        if line.ends_with('\n') && ends_with_ellipsis(line.trim_end(), doc.language) {
            pieces.push(start..at);
            start = at;
        }
    }
    let last = &prose[start..];
    if pieces.is_empty() || !ends_with_ellipsis(last.trim_end(), doc.language) {
        return Vec::new();
    }
    pieces.push(start..prose.len());
    if pieces.len() < 2 {
        return Vec::new();
    }
    pieces
        .into_iter()
        .map(|piece| {
            let text = &prose[piece.clone()];
            let lead = text.len() - text.trim_start().len();
            let start = block.start + piece.start + lead;
            let end = block.start + piece.start + text.trim_end().len();
            Span::new(start, end)
        })
        .collect()
}

/// A line that ends with an ellipsis, or with an ellipsis and a read-more
/// label.
fn ends_with_ellipsis(line: &str, language: Language) -> bool {
    let Some(last) = ellipses(line).pop() else {
        return false;
    };
    let after = &line[last.end..];
    !after.chars().any(char::is_alphanumeric) || label_after_cut(after, language).is_some()
}

/// The words of `unit`, a stretch of block `block`.
fn words_in<'d>(doc: &'d Document<'_>, block: usize, unit: Span) -> &'d [Word] {
    let words = doc.words_of_block(block);
    let from = words.partition_point(|w| w.span().start < unit.start);
    let to = words.partition_point(|w| w.span().start < unit.end);
    &words[from..to]
}

/// A lone letter that is no word, or a French elided form left without its
/// word: what remains when a cut falls inside a word.
fn is_orphan_fragment(fragment: &str, language: Language) -> bool {
    let lower = fragment.to_lowercase();
    let lower = lower.trim_end_matches(is_apostrophe);
    let letters = lower.chars().count();
    match language {
        Language::Fr => {
            (letters == 1 && !FR_LETTER_WORDS.contains(&lower)) || FR_BARE_ELISIONS.contains(&lower)
        }
        Language::En => letters == 1 && !EN_LETTER_WORDS.contains(&lower),
    }
}

/// The block's final ellipsis, if the block ends with one (or with one and
/// a read-more label).
fn find_cut(doc: &Document<'_>, unit: Unit, promo_owned: bool) -> Option<Cut> {
    let index = unit.block;
    let block = &doc.blocks()[index];
    if block.kind() == BlockKind::TableCell {
        return None;
    }
    // A quotation trails off with an ellipsis; a chat export's message
    // quoted in `>` (Slack, Teams, WhatsApp) was cut by its window when a
    // read-more label follows the ellipsis (`… could they… Show more`).
    let quoted = block.kind() == BlockKind::Quote && !promo_owned;
    let prose = doc.prose(unit.span);
    // Most blocks hold no ellipsis: a substring search rules them out faster
    // than walking their characters.
    if !prose.contains("...") && !prose.contains('…') {
        return None;
    }
    // A table pasted as text: its cells end in ellipses for "etc.".
    if prose.matches('|').count() >= 2 {
        return None;
    }
    let ellipses = ellipses(prose);
    let last = ellipses.last()?.clone();
    let after_last = &prose[last.end..];
    // "(publicité, articles…)": an ellipsis closing a parenthesis is an
    // "etc.", not a cut.
    if after_last.trim_start().starts_with(')') {
        return None;
    }
    let label_between = |from: usize, to: usize| {
        label_after_cut(&prose[from..to], doc.language).map(|r| from + r.start..from + r.end)
    };
    let (cut, label) = if !after_last.chars().any(char::is_alphanumeric) {
        // "souhaitan... En savoir plus..." ends with the label's ellipsis.
        match ellipses.len().checked_sub(2).map(|i| ellipses[i].clone()) {
            Some(previous) => match label_between(previous.end, last.start) {
                Some(label) => (previous, Some(label)),
                None => (last, None),
            },
            None => (last, None),
        }
    } else {
        let label = label_between(last.end, prose.len())?;
        (last, Some(label))
    };
    if quoted && label.is_none() {
        return None;
    }
    // A quotation elided with `[…]` or `(…)` is no cut, unless the brackets
    // close the block outside any quotation (`… et les […]`, the mark
    // blogs put after an excerpt) or a read-more label follows them.
    let before = &prose[..cut.start];
    let bracketed = before.trim_end().ends_with(['[', '(']);
    if bracketed && label.is_none() {
        let closes_block = after_last.trim() == "]";
        if !closes_block || inside_quotation(before) {
            return None;
        }
    }
    // « … je crois que je vais en acheter une… »: a speaker trailing off
    // at the end of a quotation that closes the block. A teaser cut by
    // its page is not closed by a quotation mark.
    // Straight quotes too (`said, "and then..."`): one left open before
    // the ellipsis is the speaker's.
    let closes_quotation = matches!(after_last.trim(), "»" | "”" | "\"");
    if closes_quotation && label.is_none() && inside_quotation(before) {
        return None;
    }
    let sole_ellipsis = ellipses
        .first()
        .is_some_and(|first| first.start == cut.start)
        && matches!(&prose[cut.clone()], "..." | "…");
    // The closing bracket of `[…]` belongs to the mark.
    let cut = match prose[cut.end..].chars().next() {
        Some(c @ (']' | ')')) if bracketed => cut.start..cut.end + c.len_utf8(),
        _ => cut,
    };
    let absolute = |r: Range<usize>| Span::new(unit.span.start + r.start, unit.span.start + r.end);
    let ellipsis = absolute(cut.clone());
    let words = words_in(doc, index, unit.span);
    let fragment = words
        .iter()
        .rev()
        .find(|w| w.span().end <= ellipsis.start)?
        .clone();
    let gap = &doc.markup.masked[fragment.span().end..ellipsis.start];
    let touching = gap.chars().all(is_apostrophe);
    // "… one ha…" then "Click here" alone on the next line: the label of
    // this excerpt, as on its own line.
    let label = label.map(absolute).or_else(|| {
        // The block under the excerpt's last line.
        (unit.span.end == block.span().end)
            .then(|| label_below(doc, index))
            .flatten()
    });
    Some(Cut {
        block: index,
        unit: unit.span,
        ellipsis,
        fragment,
        touching,
        label,
        chars: before.trim().chars().count(),
        continues_previous: prose.trim_start().starts_with(['.', '…']),
        sole_ellipsis,
        title_case: is_title_case(words, ellipsis.start, before, doc),
    })
}

/// Whether a quotation opened in `before` is still open at its end.
fn inside_quotation(before: &str) -> bool {
    let opened = before.matches(['«', '“']).count();
    let closed = before.matches(['»', '”']).count();
    opened > closed || before.matches('"').count() % 2 == 1
}

/// Title case: one run of words (no sentence punctuation), and of the
/// words of four letters or more after the first, at least three and
/// three in four capitalised. Short words (`in`, `for`, `the`) stay
/// lowercase in titles and are not counted.
fn is_title_case(words: &[Word], end: usize, before: &str, doc: &Document<'_>) -> bool {
    if before.contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    let (mut long, mut capitalised) = (0, 0);
    for word in words.iter().filter(|w| w.span().end <= end).skip(1) {
        let text = doc.text(word.span());
        if word.has_digit() || text.chars().count() < 4 {
            continue;
        }
        long += 1;
        if text.starts_with(char::is_uppercase) {
            capitalised += 1;
        }
    }
    long >= 3 && capitalised * 4 >= long * 3
}

/// Byte ranges of each ellipsis in `text`: `…`, or three dots or more, in
/// any mix.
fn ellipses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None; // (start, end, dots)
    for (i, c) in text.char_indices() {
        if c == '.' || c == '…' {
            let weight = if c == '…' { 3 } else { 1 };
            run = Some(match run {
                Some((start, _, dots)) => (start, i + c.len_utf8(), dots + weight),
                None => (i, i + c.len_utf8(), weight),
            });
        } else if let Some((start, end, dots)) = run.take()
            && dots >= 3
        {
            out.push(start..end);
        }
    }
    if let Some((start, end, dots)) = run
        && dots >= 3
    {
        out.push(start..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;

    fn cuts(text: &str, file: &str, language: Language) -> Vec<String> {
        run(&CutTeaser::default(), text, file, language)
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect()
    }

    #[test]
    fn cut_before_read_more_has_a_label() {
        let text = "Un document essentiel pour toute entreprise souhaitan... En savoir plus...\n";
        let found = run(&CutTeaser::default(), text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.range()], "souhaitan...");
        assert_eq!(&text[found[0].labels[0].span.range()], "En savoir plus");
    }

    #[test]
    fn teasers_cut_at_one_length_are_found_without_a_dictionary() {
        let text = "Premier titre de la liste qui parle des finances loca…\n\
                    Deuxième titre de la liste sur la vie des quartiers a…\n\
                    Troisième titre sur la politique des transports urba…\n\
                    Un paragraphe ordinaire qui se termine normalement.\n";
        assert_eq!(cuts(text, "a.txt", Language::Fr).len(), 3);
    }

    #[test]
    fn trailing_off_and_elided_quotations_are_not_cuts() {
        let text = "Il hésite encore. Je ne pense pas...\n\nIl a dit : « nous partons (...) demain ».\n\nLet's move on…\n";
        assert!(cuts(text, "a.md", Language::Fr).is_empty());
    }

    #[test]
    fn excerpts_in_a_row_are_cut_even_where_the_cut_leaves_a_word() {
        // `cal` and `port` are words; the run says they were cut.
        let text = "Derniers articles\n\
                    La municipalité a présenté aux habitants du quartier le nouveau cal…\n\
                    Le syndicat mixte prévoit d'agrandir dès l'an prochain le petit port…\n\
                    Un paragraphe ordinaire qui se termine normalement.\n";
        assert_eq!(
            cuts(text, "a.txt", Language::Fr),
            vec!["cal…".to_string(), "port…".to_string()]
        );
    }

    #[test]
    fn trailing_off_in_dialogue_or_all_along_is_no_run() {
        let short = "— Tu crois qu'il viendra demain…\n— Je ne sais vraiment pas, peut-être…\n";
        assert!(cuts(short, "a.txt", Language::Fr).is_empty());
        let chatty = "Franchement je me demande... enfin bon, on verra bien ce que ça donnera ensuite...\n\
                      Et puis voilà... personne ne sait ce qui se passera quand la saison reprendra...\n";
        assert!(cuts(chatty, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn article_paragraphs_that_trail_off_are_no_list_of_teasers() {
        let text = "# Au port\n\n\
                    Les acheteurs arrivent par petits groupes, un café à la main, et regardent les écrans où défilent les lots de la matinée.\n\n\
                    Les patrons pêcheurs parlent surtout du gasoil, des quotas et de la relève qui ne vient pas…\n\n\
                    Reste le bruit des chariots qui chargent les camions pour l'Espagne, pour l'Italie…\n";
        assert!(cuts(text, "a.md", Language::Fr).is_empty());
    }

    #[test]
    fn a_capitalised_fragment_that_begins_a_word_is_a_cut_name() {
        let text =
            "The club organised a long weekend of walking and sailing on the coast of Engl…\n";
        assert_eq!(cuts(text, "a.txt", Language::En), vec!["Engl…".to_string()]);
        let name = "The club organised a long weekend of walking and sailing with Zoltrak…\n";
        assert!(cuts(name, "a.txt", Language::En).is_empty());
    }

    #[test]
    fn an_excerpt_cut_on_an_auxiliary_verb_is_cut() {
        let text =
            "The harbour board confirmed on Monday that the repairs to the old sea wall will…\n";
        assert_eq!(cuts(text, "a.txt", Language::En), vec!["will…".to_string()]);
        let text = "Le syndicat des eaux a confirmé lundi que les travaux de la digue doivent…\n";
        assert_eq!(
            cuts(text, "a.txt", Language::Fr),
            vec!["doivent…".to_string()]
        );
        let trailing = "We had planned the whole trip for months, and if only we could…\n";
        assert!(cuts(trailing, "a.txt", Language::En).is_empty());
    }

    #[test]
    fn a_bracketed_ellipsis_closing_an_excerpt_is_a_cut() {
        let text = "Deux jours dans les calanques avec des enfants : nos criques préférées et les […]\n\n\
                    « Nous avons tout perdu […] »\n";
        assert_eq!(
            cuts(text, "a.md", Language::Fr),
            vec!["les […]".to_string()]
        );
    }

    #[test]
    fn table_rows_and_etc_are_not_cuts() {
        let text = "| Usage | Ateliers, salons, conférences… |\n\n\
                    La commune finance plusieurs actions (concerts, salons, ateliers…).\n";
        assert!(cuts(text, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn a_cut_cell_or_a_cut_title_between_separators_is_cut() {
        let table = "| Part | Fits |\n|---|---|\n| Belt | Model 12, the later frag… |\n| Lid | all years |\n";
        assert_eq!(cuts(table, "a.md", Language::En), vec!["frag…"]);
        let titles =
            "See also: Winter opening hours · New rules for parking perm… · Our volunteers\n";
        assert_eq!(cuts(titles, "a.txt", Language::En), vec!["perm…"]);
        // A header cell leading into its rows, a whole word before a
        // separator: no cut.
        let clean = "| Envie de… | Prenez |\n|---|---|\n| sucré | miel |\n\nAu menu : soupes / gratins… / tartes\n";
        assert!(cuts(clean, "a.md", Language::Fr).is_empty());
    }

    #[test]
    fn a_label_alone_on_the_next_line_closes_the_excerpt() {
        let text = "Titre\nLes élus ont longuement débattu du plan de circulation et des horaires du mar…\nCliquez ici\n";
        let found = run(&CutTeaser::default(), text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].labels[0].span.range()], "Cliquez ici");
        // A word that could end a sentence, before a label: still a cut.
        let text = "Title\nThe board met on Monday to discuss the long list of repairs on the old pier and…\nRead more\n";
        assert_eq!(cuts(text, "a.txt", Language::En), vec!["and…".to_string()]);
        let word = "Title\nThe board met on Monday to discuss the long list of repairs to the harbour…\nRead more\n";
        assert_eq!(
            cuts(word, "a.txt", Language::En),
            vec!["harbour…".to_string()]
        );
    }

    #[test]
    fn excerpts_joined_into_one_paragraph_are_read_one_by_one() {
        // Markdown joins lines without a blank line between them; an
        // excerpt may wrap over two lines.
        let text = "# Derniers billets\n\n\
                    Le marché de nuit revient sur le port tous les vendredis de juillet et d'août, avec des\n\
                    producteurs venus de tout le canton et des concerts sur le qu…\n\
                    La piscine rouvre après six mois de travaux sur les bassins et les vestiaires du com…\n";
        assert_eq!(
            cuts(text, "a.md", Language::Fr),
            vec!["qu…".to_string(), "com…".to_string()]
        );
    }

    #[test]
    fn a_stem_known_only_by_accident_is_cut() {
        // `résol` passes the spelling check as ré + sol, `gov` as an
        // abbreviation; both begin commoner words.
        let fr =
            "Après trois heures de débat, le conseil municipal a finalement adopté une résol…\n";
        assert_eq!(cuts(fr, "a.txt", Language::Fr), vec!["résol…".to_string()]);
        let en = "After a long debate the harbour board finally agreed to meet the local gov…\n";
        assert_eq!(cuts(en, "a.txt", Language::En), vec!["gov…".to_string()]);
        // A common word that begins others is a writer's own.
        let trailing =
            "We walked all the way back along the harbour wall in the wind and the rain…\n";
        assert!(cuts(trailing, "a.txt", Language::En).is_empty());
    }

    #[test]
    fn excerpts_cut_without_an_ellipsis_keep_a_run_together() {
        let text = "L'actualité de la semaine, sélectionnée chaque vendredi par notre rédaction pour les lecteurs.\n\
                    Le club de basket recrute des entraîneurs bénévoles pour ses équipes de jeunes, dès le mois de septem…\n\
                    La bibliothèque propose des ateliers d'écriture pour les adolescents, le mercredi après-midi, avec une autrice du\n\
                    Le comité des fêtes prépare la foire aux greniers et cherche des exposants pour occuper toute la part…\n\
                    Les jardins familiaux ouvrent six nouvelles parcelles en bordure du canal, attribuées selon la liste d'at…\n";
        assert_eq!(
            cuts(text, "a.txt", Language::Fr),
            vec![
                "septem…".to_string(),
                "part…".to_string(),
                "at…".to_string()
            ]
        );
    }

    #[test]
    fn orphan_elision_is_mid_word() {
        assert!(is_orphan_fragment("qu", Language::Fr));
        assert!(is_orphan_fragment("l'", Language::Fr));
        assert!(!is_orphan_fragment("à", Language::Fr));
        assert!(!is_orphan_fragment("I", Language::En));
    }

    #[test]
    fn ellipses_are_found_in_any_spelling() {
        assert_eq!(ellipses("a... b… c.. d....").len(), 3);
    }
}
