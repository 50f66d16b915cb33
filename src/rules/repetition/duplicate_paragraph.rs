//! `repetition.duplicate-paragraph`: the same paragraph twice in one
//! document, word for word — a paste made twice, or a generator that
//! looped.
//!
//! Paragraphs are compared on their words only (case, spacing, markup and
//! punctuation aside), so a copy that lost its bold or gained a line break
//! is still the same paragraph. Short paragraphs ("Thank you.", a refrain,
//! a sign-off) come back on purpose and are left alone, and so does a
//! paragraph repeated far from its first copy (the statement of a
//! textbook's exercise, a recurring notice): a paste lands next to its
//! source.

use super::fast_hash::{FastHasher, FastMap};
use super::occurrences::repeated;
use crate::diagnostic::{Category, Count, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use regex::Regex;
use std::hash::Hasher;
use std::sync::LazyLock;

/// A page number at the end of a line: `page 2/4`, `p. 3`, `Page 2 of
/// 9`, `2/4`, `— 3 —`.
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[\s\-–—·|,•]*(?:(?:page|pages|p\.|pg\.?|seite)\s*\d{1,4}(?:\s*(?:/|of|sur|de|von)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])[\s\-–—·|,•]*$",
    )
    .expect("a valid pattern")
});

/// A running header or footer: a short line that comes back this many
/// times with a page number, or one more time without.
const RUNNING_COPIES: usize = 2;

/// Words of a running header or footer: fewer than `min-words` (longer
/// lines are paragraphs, compared above), at least this many.
const RUNNING_MIN_WORDS: usize = 3;

const DOCS: &str = "\
**What it does.** Reports a paragraph that appears again, word for word, \
later in the document (case, spacing, markup and punctuation aside). Only \
paragraphs of at least `min-words` words count: a short line (\"Thank \
you.\", a refrain) may come back on purpose, and so may a paragraph \
repeated more than `max-distance` blocks after its copy (an exercise \
statement, a notice): a paste lands next to its source.

A running header or footer left by a PDF export (`Org · Title · v3 — \
mars 2024`, then the same line with `— page 2/4`) is reported too: a \
short line of three words or more that comes back, page number aside, \
twice when one copy carries a page number (`page 2`, `p. 3`, `2/4`), \
three times when the line is cut in parts by `·` or `|`. A repeated \
label (`Ingredients`, a refrain) carries neither and is left alone.

**Why.** A paragraph pasted twice is an editing accident, or a generator \
that repeated itself; either way readers meet the same text again and \
wonder what they missed.

**Options.** `min-words` (default 12), `max-distance` (default 2).";

#[derive(Clone)]
pub struct DuplicateParagraph {
    meta: RuleMeta,
    min_words: usize,
    max_distance: usize,
}

impl Default for DuplicateParagraph {
    fn default() -> Self {
        DuplicateParagraph {
            meta: RuleMeta {
                id: "repetition.duplicate-paragraph".into(),
                category: Category::Repetition,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "The same paragraph twice in one document.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "The ferry leaves at seven and the crossing takes about an hour \
                         in calm weather.\n\nTickets are sold on board.\n\nThe ferry leaves at \
                         seven and the crossing takes about an hour in calm weather."
                            .into(),
                    ],
                    good: vec![
                        "Thank you all.\n\nThe ferry leaves at seven.\n\nThank you all.".into(),
                        "The ferry leaves at seven and the crossing takes about an hour \
                         in calm weather.\n\nThe ferry leaves at eight and the crossing takes \
                         about an hour in calm weather."
                            .into(),
                    ],
                },
                fixable: false,
            },
            min_words: 12,
            max_distance: 2,
        }
    }
}

/// The words of a paragraph, lowercased and joined by one space: what two
/// copies of the same paragraph share whatever their markup. Read as it
/// is needed, never copied: a one-paragraph file of tens of megabytes
/// would otherwise hold its text twice more (the key and the map's).
fn fingerprint(prose: &str) -> impl Iterator<Item = char> + '_ {
    words(prose).enumerate().flat_map(|(i, word)| {
        let space = (i > 0).then_some(' ');
        space
            .into_iter()
            .chain(word.chars().flat_map(char::to_lowercase))
    })
}

fn words(prose: &str) -> impl Iterator<Item = &str> {
    prose
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A hash of [`fingerprint`]: paragraphs with different hashes differ;
/// equal hashes are confirmed by comparing the fingerprints.
fn fingerprint_hash(prose: &str) -> u64 {
    // What `fingerprint` gives, char for char, without its iterators.
    let mut hasher = FastHasher::default();
    for (i, word) in words(prose).enumerate() {
        if i > 0 {
            hasher.write_u32(u32::from(' '));
        }
        for c in word.chars() {
            if c.is_ascii() {
                hasher.write_u32(u32::from(c.to_ascii_lowercase()));
            } else {
                c.to_lowercase()
                    .for_each(|l| hasher.write_u32(u32::from(l)));
            }
        }
    }
    hasher.finish()
}

/// The copies of one paragraph: the block index and span of each.
struct Copies {
    prose: Span,
    at: Vec<(usize, Span)>,
}

impl Rule for DuplicateParagraph {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            match key.as_str() {
                "min-words" => rule.min_words = options::count(key, value)?,
                "max-distance" => rule.max_distance = options::count(key, value)?,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &["min-words", "max-distance"],
                    ));
                }
            }
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        // Paragraphs in the order of their first copy; by fingerprint hash,
        // the paragraphs that have it (almost always one).
        let mut paragraphs: Vec<Copies> = Vec::new();
        let mut by_hash: FastMap<u64, Vec<usize>> = FastMap::default();
        for (index, block) in doc.blocks().iter().enumerate() {
            if block.kind() != BlockKind::Paragraph {
                continue;
            }
            let prose = doc.prose(block.span());
            if words(prose).take(self.min_words).count() < self.min_words {
                continue;
            }
            let same_hash = by_hash.entry(fingerprint_hash(prose)).or_default();
            let same_words = same_hash.iter().copied().find(|&p| {
                // The same bytes have the same fingerprint: copies of a
                // paragraph are mostly word for word.
                let first = doc.prose(paragraphs[p].prose);
                first == prose || fingerprint(first).eq(fingerprint(prose))
            });
            let paragraph = same_words.unwrap_or_else(|| {
                paragraphs.push(Copies {
                    prose: block.span(),
                    at: Vec::new(),
                });
                same_hash.push(paragraphs.len() - 1);
                paragraphs.len() - 1
            });
            paragraphs[paragraph].at.push((index, block.span()));
        }
        self.running_lines(ctx, out);
        for paragraph in &paragraphs {
            // A copy counts when it comes within `max-distance` blocks of
            // the one before it.
            let all = &paragraph.at;
            let spans: Vec<Span> = all
                .iter()
                .enumerate()
                .filter(|&(i, &(index, _))| {
                    let near = |j: usize| all[j].0.abs_diff(index) <= self.max_distance;
                    (i > 0 && near(i - 1)) || (i + 1 < all.len() && near(i + 1))
                })
                .map(|(_, &(_, span))| span)
                .collect();
            if spans.len() < 2 {
                continue;
            }
            out.push(repeated(
                &self.meta.id,
                ctx.severity,
                &spans,
                Count::new(
                    spans.len(),
                    "this paragraph appears once",
                    "this paragraph appears ",
                    " times, word for word",
                ),
                "delete the copy, or rewrite one of them if both places need the point",
            ));
        }
    }
}

impl DuplicateParagraph {
    /// Running headers and footers: short lines that come back, page
    /// number aside. Only short lines are kept, eight bytes and a span
    /// each: a one-line file holds none.
    fn running_lines(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        // (hash of the words without the page number, block, marked).
        let mut lines: Vec<(u64, usize, bool)> = Vec::new();
        for (index, block) in doc.blocks().iter().enumerate() {
            if !matches!(
                block.kind(),
                BlockKind::Paragraph | BlockKind::Heading { .. }
            ) {
                continue;
            }
            let prose = doc.prose(block.span());
            if prose.contains('\n') {
                continue;
            }
            let count = words(prose).take(self.min_words).count();
            if count < RUNNING_MIN_WORDS || count >= self.min_words {
                continue;
            }
            let (rest, marked) = without_page_mark(prose);
            if words(rest).take(RUNNING_MIN_WORDS).count() < RUNNING_MIN_WORDS {
                continue;
            }
            lines.push((fingerprint_hash(rest), index, marked));
        }
        if lines.len() < RUNNING_COPIES {
            return;
        }
        lines.sort_unstable();
        let prose_of = |index: usize| without_page_mark(doc.prose(doc.blocks()[index].span())).0;
        for group in lines.chunk_by(|a, b| a.0 == b.0) {
            let first = prose_of(group[0].1);
            let same: Vec<&(u64, usize, bool)> = group
                .iter()
                .filter(|l| fingerprint(prose_of(l.1)).eq(fingerprint(first)))
                .collect();
            let marked = same.iter().any(|l| l.2);
            let parts = first.contains('·') || first.contains('|');
            let needed = if marked {
                RUNNING_COPIES
            } else if parts {
                RUNNING_COPIES + 1
            } else {
                continue;
            };
            if same.len() < needed {
                continue;
            }
            let spans: Vec<Span> = same.iter().map(|l| doc.blocks()[l.1].span()).collect();
            out.push(repeated(
                &self.meta.id,
                ctx.severity,
                &spans,
                Count::new(
                    spans.len(),
                    "this running header appears once",
                    "this running header or footer appears ",
                    " times, page number aside",
                ),
                "delete the header and footer lines the export left between pages",
            ));
        }
    }
}

/// A line without the page number at its end, and whether it had one.
fn without_page_mark(prose: &str) -> (&str, bool) {
    match PAGE_MARK.find(prose.trim_end()) {
        Some(found) if found.start() > 0 => (&prose[..found.start()], true),
        _ => (prose, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::MarkupKind;
    use crate::rules::repetition::test_support::{check, check_as};
    use crate::text::Language;

    const TWICE: &str = "Le bac part à sept heures et la traversée dure une heure par \
                         beau temps.";

    #[test]
    fn a_copy_that_lost_its_markup_is_the_same_paragraph() {
        let text = format!(
            "{TWICE}\n\nLes billets se prennent à bord.\n\n**Le bac** part à \
                            sept heures et la traversée\ndure une heure par beau temps !"
        );
        let found = check(&DuplicateParagraph::default(), &text, Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].labels.len(), 1);
    }

    #[test]
    fn in_plain_text_each_line_is_a_paragraph() {
        let text = format!("{TWICE}\nLes billets se prennent à bord.\n{TWICE}\n");
        let found = check_as(
            &DuplicateParagraph::default(),
            &text,
            Language::Fr,
            MarkupKind::Plain,
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_paragraph_repeated_far_away_is_on_purpose() {
        let filler: String = (0..3)
            .map(|i| format!("Paragraphe intermédiaire numéro {i}.\n\n"))
            .collect();
        let text = format!("{TWICE}\n\n{filler}{TWICE}");
        assert!(check(&DuplicateParagraph::default(), &text, Language::Fr).is_empty());
    }

    #[test]
    fn short_paragraphs_may_come_back() {
        let text = "Merci à tous.\n\nLe bac part à sept heures.\n\nMerci à tous.";
        assert!(check(&DuplicateParagraph::default(), text, Language::Fr).is_empty());
    }

    #[test]
    fn a_running_header_of_a_pdf_export_is_repeated() {
        let text = "Atelier Vitrail · Règlement intérieur · v2 — mai 2023\n\
                    Les visiteurs portent des lunettes dans l'atelier en toute circonstance.\n\
                    Atelier Vitrail · Règlement intérieur · v2 — mai 2023 — page 2/3\n\
                    Les enfants restent accompagnés par un adulte pendant toute la visite.\n";
        let found = check_as(
            &DuplicateParagraph::default(),
            text,
            Language::Fr,
            MarkupKind::Plain,
        );
        assert_eq!(found.len(), 1);
        let footer = "Harbour Trust | Annual report | Draft\nThe year went well.\n\
                      Harbour Trust | Annual report | Draft\nThe boats were painted.\n\
                      Harbour Trust | Annual report | Draft\n";
        let found = check_as(
            &DuplicateParagraph::default(),
            footer,
            Language::En,
            MarkupKind::Plain,
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_repeated_label_or_refrain_is_not_a_running_header() {
        let text = "For the dough you need\nFlour, water and salt.\n\
                    For the dough you need\nButter and sugar.\n\
                    For the dough you need\nEggs.\n";
        let found = check_as(
            &DuplicateParagraph::default(),
            text,
            Language::En,
            MarkupKind::Plain,
        );
        assert!(found.is_empty());
    }
}
