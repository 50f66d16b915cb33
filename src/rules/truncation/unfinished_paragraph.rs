//! `truncation.unfinished-paragraph`: a paragraph whose last sentence stops
//! without final punctuation, as when a page shows only the first
//! characters of an article ("…la mondialisation de l'écono").
//!
//! Only paragraphs are checked: headings, list items, captions and table
//! rows legitimately end without a full stop. In plain text a short line
//! without final punctuation is read as a heading already, so what remains
//! are long lines and wrapped paragraphs.

use super::read_more::is_read_more_label;
use super::{is_closing, is_known_word, is_terminal};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::BlockKind;
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

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
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
            let Some(last) = words.last() else {
                continue;
            };
            let tail = prose.trim_end();
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
                || ends_with_credit(tail)
                || is_mostly_names(doc, words)
                || ends_with_signature(tail)
            {
                continue;
            }
            let word = doc.text(last.span());
            let message = if is_known_word(ctx, word) == Some(false) {
                format!("paragraph cut mid-word: `{word}` is not a whole word")
            } else {
                format!("paragraph stops without final punctuation after `{word}`")
            };
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    Span::new(last.span().start, block.span.start + tail.len()),
                    message,
                )
                .with_help("restore the end of the paragraph from the source, or delete it"),
            );
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
    let words: Vec<&str> = last_sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
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
