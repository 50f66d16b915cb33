//! `promo.author-bio`: the author box of the original page, a name alone
//! on its line and the biography under it, recognised by its form rather
//! than by a label.
//!
//! The pack rules know the labels of author boxes ("About the author",
//! "À propos de l'auteur"); many boxes have none: the author's name in
//! bold or on a line of its own, then a paragraph that names that person
//! again in the third person ("Ada writes about rivers…", "Journaliste,
//! Ada Lane raconte…"), the name sometimes after "By" or "Par", the
//! biography on the next line of the same paragraph or in its own. What tells it from the
//! article is its place (it closes the text) and the name repeated at the
//! opening of the paragraph under it.

use super::claimed::Claimed;
use super::line_shape::words_in;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::repetition::stopwords::word_class;
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};
use crate::text::{Document, Language};

const DOCS: &str = "\
**What it does.** Flags an author box without a label at the end of the \
text: a line holding only a person's name (two to four capitalised words, \
often in bold, sometimes after \"By\" or \"Par\", or in bold as the \
subject of the last paragraph: \"**Ada Lane** is…\") followed, on the next \
line or in the next paragraph, by a last paragraph that names the same person \
again (whole, or by first or last name) within its first words, in the \
third person (\"Ada Lane writes \
about…\", \"Journaliste, Ada Lane raconte…\"). Only the end of the \
document counts, after at least two paragraphs of text; a profile's \
sections inside the article are followed by more text, and a line holding \
a function word (\"En France\", \"About Our Library\") is no name.

**Why.** The author box is the original page's apparatus: a biography \
written for the site's sidebar, not for the draft.

**Fix.** Delete the name and the biography, or move them where the \
publication puts contributors' notes.";

pub struct AuthorBio {
    meta: RuleMeta,
}

impl Default for AuthorBio {
    fn default() -> Self {
        AuthorBio {
            meta: RuleMeta {
                id: "promo.author-bio".into(),
                category: Category::Promo,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "An author's name and biography closing the text, without a label.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "# The ferry\n\nThe ferry came back on Monday after a long winter of repairs.\n\nThe whole island breathed again, and the baker sold out by nine.\n\n**Ada Lane**\n\nAda Lane covers the islands for the regional press and sails when she can.".into(),
                        "# Le marché\n\nLe marché couvert rouvre ses portes samedi après deux ans de travaux.\n\nLes commerçants ont retrouvé leurs places, et les clients aussi.\n\nJulien Morel\n\nReporter au long cours, Julien Morel suit la vie des halles depuis vingt ans.".into(),
                    ],
                    good: vec![
                        "# Two keepers\n\nThe lighthouse had two keepers in its last decade.\n\n## Ada Lane\n\nAda Lane kept the lamp for six winters and wrote down every storm.\n\n## Tom Hale\n\nTom Hale came after her and stayed until the light was automated.\n\nBoth are buried in the churchyard above the harbour.".into(),
                        "# The ferry\n\nThe ferry came back on Monday after a long winter of repairs.\n\nThe whole island breathed again, and the baker sold out by nine.\n\nAda Lane\n\nThe captain thanked the crew and the shipyard in a short speech.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// A name is two to four words.
const MIN_NAME_WORDS: usize = 2;
const MAX_NAME_WORDS: usize = 4;
/// The biography names its subject at once: within these first words.
const NAME_REACH: usize = 6;
/// A biography is a sentence or three.
const MAX_BIO_WORDS: usize = 80;
/// Paragraphs of text before the box: the article it closes.
const MIN_TEXT_BLOCKS: usize = 2;
/// A paragraph of text of the article.
const MIN_TEXT_WORDS: usize = 8;
/// Lines after the biography that are a widget's (badges, a share bar)
/// are short.
const MAX_TRAILING_WORDS: usize = 12;

/// The particles a name may hold in lower case ("Anne de Vries").
const PARTICLES: &[&str] = &[
    "de", "du", "des", "van", "von", "der", "den", "da", "di", "le", "la",
];

impl Rule for AuthorBio {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let blocks = doc.blocks();
        let claimed = Claimed::of(ctx);
        // The biography is the last paragraph of sentences; what follows
        // it is short (a store badge, a share bar) or another rule's.
        let Some(bio) = blocks
            .iter()
            .rposition(|b| b.kind() == BlockKind::Paragraph && ends_sentence(doc.prose(b.span())))
        else {
            return;
        };
        let trailing_is_chrome = (bio + 1..blocks.len()).all(|i| {
            doc.words_of_block(i).len() <= MAX_TRAILING_WORDS || claimed.overlaps(blocks[i].span())
        });
        // The name on the line over the biography: a block of its own, or
        // the first line of the biography's block ("**By Ada Lane**" over
        // her biography, joined by Markdown into one paragraph).
        let bio_span = blocks[bio].span();
        let bio_prose = doc.prose(bio_span);
        let first_line_end = bio_prose
            .trim_end()
            .find('\n')
            .map(|at| bio_span.start + at);
        // Or the name in bold opens the biography as its subject:
        // "**Ada Lane** is a reporter who…".
        // (A block's span may start inside the markers: the line is read
        // from its start.)
        let line_start = doc.source()[..bio_span.start]
            .rfind('\n')
            .map_or(0, |at| at + 1);
        let bold_subject =
            bold_opening(&doc.source()[line_start..bio_span.end]).map(|(start, end)| {
                (
                    Span::new(line_start + start, line_start + end),
                    Span::new(line_start + end, bio_span.end),
                )
            });
        let (name_span, bio_span) = match first_line_end {
            _ if bold_subject.is_some() => bold_subject.unwrap_or((bio_span, bio_span)),
            Some(end) => (
                Span::new(bio_span.start, end),
                Span::new(end + 1, bio_span.end),
            ),
            None => {
                let Some(name) = bio.checked_sub(1) else {
                    return;
                };
                if !matches!(
                    blocks[name].kind(),
                    BlockKind::Paragraph | BlockKind::Heading { .. }
                ) {
                    return;
                }
                (blocks[name].span(), bio_span)
            }
        };
        if !trailing_is_chrome
            || claimed.overlaps(bio_span)
            || claimed.overlaps(name_span)
            || words_in(doc, bio_span).len() > MAX_BIO_WORDS
        {
            return;
        }
        let first_block_of_box = if first_line_end.is_some() || bold_subject.is_some() {
            bio
        } else {
            bio - 1
        };
        let text_before = (0..first_block_of_box)
            .filter(|&i| {
                blocks[i].kind() == BlockKind::Paragraph
                    && doc.words_of_block(i).len() >= MIN_TEXT_WORDS
                    && ends_sentence(doc.prose(blocks[i].span()))
            })
            .count();
        if text_before < MIN_TEXT_BLOCKS {
            return;
        }
        let Some(person) = name_of(doc, name_span) else {
            return;
        };
        // A name holds no function word capitalised: "En France" over
        // "En France, …" or "About Our Library" over its text are a
        // section's title, not a person's name.
        let function_word = |w: &String| {
            let key = w.to_lowercase();
            !PARTICLES.contains(&w.as_str())
                && [Language::En, Language::Fr]
                    .iter()
                    .any(|&l| word_class(l, &key, false).is_function())
        };
        if person.iter().any(function_word) {
            return;
        }
        if bold_subject.is_none() && !names_at_its_opening(doc, bio_span, &person) {
            return;
        }
        out.push(
            Diagnostic::new(
                self.meta.id.clone(),
                self.meta.category,
                ctx.severity,
                name_span,
                format!(
                    "author box of the original page left in the text: \"{}\"",
                    person.join(" ")
                ),
            )
            .with_label(bio_span, "the author's biography")
            .with_help("delete the name and the biography under it"),
        );
    }
}

/// Where the bold name opening `text` lies (the bytes inside the
/// markers), when a verb in lower case follows it: "**Ada Lane** is…",
/// "**Ada Lane** écrit…".
fn bold_opening(text: &str) -> Option<(usize, usize)> {
    let marker = ["**", "__"].into_iter().find(|m| text.starts_with(m))?;
    let inner_end = marker.len() + text[marker.len()..].find(marker)?;
    let after = &text[inner_end + marker.len()..];
    let verb_follows = after.starts_with(' ')
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    verb_follows.then_some((marker.len(), inner_end))
}

fn ends_sentence(prose: &str) -> bool {
    prose
        .trim_end()
        .trim_end_matches(['*', '_', '"', '”', '»', ')'])
        .ends_with(['.', '!', '?'])
}

/// The words of the name in `span` when the line is a person's name
/// alone, or after a byline's opener ("By", "Written by", "Par", "Écrit
/// par"): two to four words, each capitalised (or a particle), no figure
/// and no punctuation but the name's own.
fn name_of(doc: &Document<'_>, span: Span) -> Option<Vec<String>> {
    let prose = doc.prose(span).trim();
    if prose.contains(['.', ',', ':', ';', '!', '?', '|', '(', '\n']) {
        return None;
    }
    let mut words: Vec<String> = words_in(doc, span)
        .iter()
        .map(|w| doc.text(w.span()).to_string())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if let Some(opener) = OPENERS
        .iter()
        .find(|o| lower.len() > o.len() && lower.iter().zip(o.iter()).all(|(w, o)| w == o))
    {
        words.drain(..opener.len());
    }
    let capitalised = |w: &String| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let fits = (MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words
            .iter()
            .all(|w| capitalised(w) || PARTICLES.contains(&w.as_str()));
    fits.then_some(words)
}

/// Openers of a byline over a biography.
const OPENERS: &[&[&str]] = &[
    &["by"],
    &["written", "by"],
    &["words", "by"],
    &["par"],
    &["écrit", "par"],
    &["rédigé", "par"],
];

/// Whether the text in `span` names `person` within its first words: the
/// whole name, or its first word ("Ada leads…") or its last ("Lane has
/// covered…").
fn names_at_its_opening(doc: &Document<'_>, span: Span, person: &[String]) -> bool {
    let words: Vec<&str> = words_in(doc, span)
        .iter()
        .take(NAME_REACH + person.len())
        .map(|w| doc.text(w.span()))
        .collect();
    let whole = words.windows(person.len()).any(|window| window == person);
    let part =
        |name: Option<&String>| name.is_some_and(|n| words.iter().take(NAME_REACH).any(|w| w == n));
    whole || part(person.first()) || part(person.last())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn found(text: &str, path: &str) -> usize {
        run_rule(
            &AuthorBio::default(),
            text,
            Path::new(path),
            Language::En,
            &Resources::builtin(),
        )
        .len()
    }

    const ARTICLE: &str = "The harbour reopened on Monday after a winter of repairs.\n\n\
                           The fishing boats were the first to come back in.\n\n";

    #[test]
    fn a_name_over_its_biography_closing_the_text() {
        let text = format!(
            "Harbour news\n\n{ARTICLE}Ysolde Okoro\n\nYsolde Okoro writes about boats and the sea for three weekly papers.\n\nFollow Ysolde on Mastodon\n"
        );
        assert_eq!(found(&text, "a.txt"), 1);
    }

    #[test]
    fn a_byline_over_its_biography_in_one_paragraph() {
        let text = format!(
            "# Harbour news\n\n{ARTICLE}**Written by Ysolde Okoro**\nYsolde leads the harbour choir and writes on Sundays.\n"
        );
        assert_eq!(found(&text, "a.md"), 1);
    }

    #[test]
    fn a_bold_name_as_the_subject_of_the_last_paragraph() {
        let text = format!(
            "# Harbour news\n\n{ARTICLE}**Ysolde Okoro** is a reporter who covers the islands.\n"
        );
        assert_eq!(found(&text, "a.md"), 1);
    }

    #[test]
    fn a_signature_or_a_name_in_the_text_is_no_box() {
        let signed = format!("Harbour news\n\n{ARTICLE}Ysolde Okoro\n");
        assert_eq!(found(&signed, "a.txt"), 0);
        let other = format!(
            "Harbour news\n\n{ARTICLE}Ysolde Okoro\n\nThe harbour master thanked everyone who helped with the repairs.\n"
        );
        assert_eq!(found(&other, "a.txt"), 0);
    }
}
