//! `truncation.unfinished-paragraph`: a paragraph whose last sentence stops
//! without final punctuation, as when a page shows only the first
//! characters of an article ("…la mondialisation de l'écono").
//!
//! Only paragraphs are checked: headings, list items, captions and table
//! rows legitimately end without a full stop. In plain text a short line
//! without final punctuation is read as a heading already, so what remains
//! are long lines and wrapped paragraphs.

use super::function_words::stops_mid_sentence;
use super::read_more::{is_read_more_label, trailing_label};
use super::{is_closing, is_known_word, is_terminal};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::{BlockKind, MarkupKind};
use crate::rules::Findings;
use crate::rules::tail_label::trim_opening;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, Word};

const DOCS: &str = "\
**What it does.** Flags a paragraph (not a heading, list item, quote, table \
row or caption) of at least ten words whose last sentence stops without \
final punctuation (`.`, `!`, `?`, `…`, `:`). When a dictionary is loaded, \
a last word it does not know is reported as cut mid-word.

**Why.** Web pages and feeds show the first few hundred characters of an \
article; pasted into a draft, that excerpt reads as a paragraph that simply \
stops. It is the sign that the rest of the text is missing.

**Fix.** Restore the end of the paragraph from the source, or delete it.";

/// Shorter paragraphs are bylines, credits and labels, not sentences.
const MIN_WORDS: usize = 10;

/// Words that open a photo credit or a caption's source line.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "illustration",
    "crédit",
    "crédits",
    "credit",
    "credits",
    "source",
    "sources",
    "vidéo",
    "video",
    "capture",
    "infographie",
    "graphic",
    "©",
];

pub struct UnfinishedParagraph {
    meta: RuleMeta,
}

impl Default for UnfinishedParagraph {
    fn default() -> Self {
        UnfinishedParagraph {
            meta: RuleMeta {
                id: "truncation.unfinished-paragraph".into(),
                category: Category::Truncation,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A paragraph whose last sentence stops without final punctuation.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Les grandes grèves furent un moment historique dans la prise de conscience collective du projet de mondialisation de l'écono".into(),
                        "The council met on Tuesday to discuss the budget, and the mayor said that the new transport plan would".into(),
                    ],
                    good: vec![
                        "Les grandes grèves furent un moment historique dans la prise de conscience collective.".into(),
                        "## Un titre de section sans point final qui reste un titre".into(),
                        "- un élément de liste sans point final qui reste un élément de liste".into(),
                        "The harbour at dawn, with the fishing fleet heading out to sea. Photo: Jane Smith".into(),
                        "The new plan is described on the council's site (see the budget annex)".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for UnfinishedParagraph {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        for (index, block) in doc.blocks().iter().enumerate() {
            if block.kind != BlockKind::Paragraph {
                continue;
            }
            let words = doc.words_of_block(index);
            if words.iter().filter(|w| !w.is_elision()).count() < MIN_WORDS {
                continue;
            }
            let prose = doc.prose(block.span);
            let source = doc.text(block.span);
            // A link, URL or code at the very end: the sentence may end in it.
            if source.trim_end().len() > prose.trim_end().len() {
                continue;
            }
            // "… a short walk of the Read more: Where to eat": the page's
            // label after an excerpt it cut with no ellipsis. The excerpt is
            // what must end its sentence.
            let mut tail = prose.trim_end();
            let label = trailing_label(tail, doc.language);
            if let Some(label) = &label {
                tail = trim_opening(&tail[..label.start]);
            }
            let tail_end = block.span.start + tail.len();
            let Some(last) = words.iter().rev().find(|w| w.span().end <= tail_end) else {
                continue;
            };
            let ends_finished = tail
                .trim_end_matches(is_closing)
                .chars()
                .next_back()
                .is_some_and(is_terminal);
            let ends_in_brackets = tail.ends_with([')', ']']);
            if ends_finished
                || ends_with_read_more(tail, doc.language)
                || ends_in_brackets
                || last.has_digit()
                || is_table_row(tail)
                || (label.is_none()
                    && (ends_with_credit(tail)
                        || is_mostly_names(doc, words)
                        || ends_with_signature(tail)))
            {
                continue;
            }
            let word = doc.text(last.span());
            let previous = words
                .iter()
                .rev()
                .find(|w| w.span().end <= last.span().start)
                .map(|w| doc.text(w.span()));
            // In plain text, a single short line without punctuation may be
            // a title in a list of titles (Markdown would have made it a
            // heading or a list item); it counts as cut only when its last
            // word says so (a fragment, or a word no sentence ends on).
            let known = is_known_word(ctx, word);
            if label.is_none()
                && MarkupKind::from_path(doc.path) == MarkupKind::Plain
                && is_title_like(prose)
                && known != Some(false)
                && !stops_mid_sentence(previous, word, doc.language)
                && !is_long_excerpt_in_a_list(ctx, index)
            {
                continue;
            }
            let message = if label.is_some() {
                format!("excerpt cut after `{word}`, before a read-more link")
            } else if known == Some(false) {
                format!("paragraph cut mid-word: `{word}` is not a whole word")
            } else {
                format!("paragraph stops without final punctuation after `{word}`")
            };
            let mut diagnostic = Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                Span::new(last.span().start, tail_end),
                message,
            )
            .with_help("restore the end of the paragraph from the source, or delete it");
            if let Some(label) = label {
                let start = block.span.start + label.start;
                let end = block.span.start + label.end;
                diagnostic = diagnostic.with_label(Span::new(start, end), "read-more link");
            }
            out.push(diagnostic);
        }
    }
}

/// `… Lire la suite`: an excerpt closed by its read-more label, which
/// `truncation.cut-teaser` reports with the label.
fn ends_with_read_more(tail: &str, language: crate::text::Language) -> bool {
    let cut = tail
        .rfind("...")
        .map(|i| i + 3)
        .or_else(|| tail.rfind('…').map(|i| i + '…'.len_utf8()));
    cut.is_some_and(|at| is_read_more_label(&tail[at..], language))
}

/// Excerpts a page cuts at a fixed length run to a hundred characters or
/// more; the titles of a list of articles are shorter.
const MIN_EXCERPT_CHARS: usize = 100;

/// How far apart in characters two excerpts cut by the same page may be:
/// the cut falls at the last word boundary before a fixed limit.
const EXCERPT_LENGTH_TOLERANCE: usize = 12;

/// A long line without final punctuation in a run of such lines of about
/// the same length, one of which shows where the page cut it (a fragment
/// `… in the summ`, or a word no sentence ends on): the excerpts of a list
/// of teasers, cut at a fixed length wherever the limit fell, even on a
/// word that could end a sentence (`… cost the board`). Without such a
/// sign the run is a list of items written without full stops (an agenda,
/// a list of titles), and is left alone.
fn is_long_excerpt_in_a_list(ctx: &RuleContext<'_>, index: usize) -> bool {
    let doc = ctx.doc;
    let length = |i: usize| -> Option<usize> {
        let b = doc.blocks().get(i)?;
        let text = doc.prose(b.span).trim();
        let unfinished = b.kind == BlockKind::Paragraph
            && is_title_like(text)
            && !text.ends_with(|c: char| is_terminal(c) || is_closing(c));
        let chars = text.chars().count();
        (unfinished && chars >= MIN_EXCERPT_CHARS).then_some(chars)
    };
    let close = |a: usize, b: usize| match (length(a), length(b)) {
        (Some(x), Some(y)) => x.abs_diff(y) <= EXCERPT_LENGTH_TOLERANCE,
        _ => false,
    };
    if length(index).is_none() {
        return false;
    }
    let mut first = index;
    while first > 0 && close(first - 1, first) {
        first -= 1;
    }
    let mut last = index;
    while close(last, last + 1) {
        last += 1;
    }
    last > first && (first..=last).any(|i| shows_its_cut(ctx, i))
}

/// The last word of block `index` is a fragment or a word no sentence ends
/// on.
fn shows_its_cut(ctx: &RuleContext<'_>, index: usize) -> bool {
    let doc = ctx.doc;
    let words = doc.words_of_block(index);
    let Some(last) = words.last() else {
        return false;
    };
    let word = doc.text(last.span());
    let previous = words
        .len()
        .checked_sub(2)
        .map(|i| doc.text(words[i].span()));
    is_known_word(ctx, word) == Some(false) || stops_mid_sentence(previous, word, doc.language)
}

/// Lines up to this long without a full stop can be titles.
const MAX_TITLE_CHARS: usize = 150;

/// One line, short enough to be a title, with no sentence break in it
/// (titles may hold a `?` or an ellipsis, not a full stop between two
/// sentences).
fn is_title_like(prose: &str) -> bool {
    let text = prose.trim();
    let sentence_break = text.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | ';') && text[i + 1..].starts_with(char::is_whitespace)
    });
    // A comma or a dash at the end announces more: no title ends so.
    let announces_more = text.ends_with([',', '-', '–', '—']);
    !text.contains('\n')
        && text.chars().count() <= MAX_TITLE_CHARS
        && !sentence_break
        && !announces_more
}

/// A line where most words are capitalised: an author and affiliation
/// line, a list of names, a title in title case, not a sentence.
fn is_mostly_names(doc: &Document<'_>, words: &[Word]) -> bool {
    let capitalised = words
        .iter()
        .filter(|w| {
            doc.text(w.span())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    capitalised * 2 > words.len()
}

/// The last sentence is a short run of capitalised words: a signature or
/// attribution under a quotation ("… Charles Dupont, Maire de Metz").
fn ends_with_signature(text: &str) -> bool {
    let last_sentence = text
        .rfind(['.', '!', '?', '…', '»', '”'])
        .map_or(text, |i| &text[i..]);
    // A signature is short: seven words are enough to tell (and a huge
    // paragraph without punctuation costs nothing).
    let words: Vec<&str> = last_sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(7)
        .collect();
    let short = !words.is_empty() && words.len() <= 6;
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // Particles in names ("de", "van", "of") may stay lowercase.
    short && capitalised * 3 >= words.len() * 2
}

/// A row of a table pasted as text: cells separated by `|` or tabs.
fn is_table_row(text: &str) -> bool {
    text.matches('|').count() >= 2 || text.matches('\t').count() >= 2
}

/// The text after the last terminal punctuation is a photo credit or a
/// caption source ("… Image: Keystone", "… © AFP").
fn ends_with_credit(text: &str) -> bool {
    let last_sentence = text
        .rfind(['.', '!', '?', '…'])
        .map_or(text, |i| &text[i..])
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    let first = last_sentence
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .to_lowercase();
    last_sentence.split_whitespace().count() <= 6
        && (CREDIT_WORDS.contains(&first.as_str()) || last_sentence.contains('©'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    #[test]
    fn long_plain_line_without_full_stop_is_unfinished() {
        let text = "Titre\nCe long paragraphe copié depuis une page d'accueil présente le sujet, cite deux chiffres et s'arrête au milieu de la phrase sans jamais finir ce qu'il dépasse\n";
        let found = run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.range()], "dépasse");
    }

    #[test]
    fn headings_and_table_rows_are_not_paragraphs_to_finish() {
        let text = "Titre court\n| Colonne une avec du texte | Colonne deux avec encore du texte | Colonne trois avec beaucoup de texte pour dépasser la longueur |\n";
        assert!(run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn signatures_and_name_lines_are_not_sentences() {
        assert!(ends_with_signature(
            "« Nous ferons mieux », a-t-il promis. Jean Dupont, Maire de Metz"
        ));
        assert!(!ends_with_signature(
            "Il a promis de faire mieux et de revenir"
        ));
    }

    #[test]
    fn credits_end_captions() {
        assert!(ends_with_credit(
            "Le fongicide est utilisé depuis cinquante ans. Image: Keystone"
        ));
        assert!(!ends_with_credit(
            "Le fongicide est utilisé depuis cinquante ans et"
        ));
    }
}
