//! `spelling.split-word`: a word cut in two by the hyphen that ended a
//! printed line (`béné- voles`, `refurbish-\nment`), left in a text pasted
//! from a PDF or a print layout.
//!
//! The two parts are one word when, joined, the dictionary knows them:
//! `pre- and post-war` (a suspended prefix) stays, and so does a compound wrapped at its own hyphen at a
//! line's end (`well-⏎known`, `co-⏎operate`).

use super::candidates::{is_known, prefixes};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::resources::Resources;
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::spelling::SpellChecker;
use crate::text::Document;

const DOCS: &str = "\
**What it does.** Reports a word split in two by a hyphen and a space or a \
line break (`béné- voles`, `fréquen-⏎tation`, `know- ledge`), when the \
two parts joined are a word of the dictionary itself (not one it would \
build from a prefix and a word). A prefix left hanging (`pre- and post-war`) is left alone, and so \
is a compound wrapped at its own hyphen at a line's end (`well-⏎known`, \
`co-⏎operate`: a prefix, or two words). The suggestion joins the parts.

**Why.** Text copied from a PDF or a printed layout keeps the hyphens \
that broke words at the end of its lines; once the lines are joined, the \
word reads as two fragments, and a spelling checker reports the second \
one as an unknown word with suggestions that do not help.";

#[derive(Clone)]
pub struct SplitWord {
    meta: RuleMeta,
}

impl Default for SplitWord {
    fn default() -> Self {
        SplitWord {
            meta: RuleMeta {
                id: "spelling.split-word".into(),
                category: Category::Spelling,
                default_severity: Severity::Error,
                default_enabled: true,
                language: None,
                summary: "A word split in two by a line-end hyphen.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Les béné- voles ont accueilli le public tout le week-end.".into(),
                        "The crew showed great pa- tience with the passengers.".into(),
                        "The surplus will fund the refurbish-\nment of the older vessel.".into(),
                    ],
                    good: vec![
                        "Les bénévoles ont accueilli le public tout le week-end.".into(),
                        "Both pre- and post-war buildings line the street.".into(),
                        "Les enfants pré- et post-opératoires sont suivis.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for SplitWord {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let Some(checker) = ctx.resources.spell_checker(doc.language) else {
            return;
        };
        for i in 0..doc.words.len() {
            if let Some((span, joined)) = split_word_at(doc, i, &checker, ctx.resources) {
                let shown = doc.text(span).replace('\n', "⏎");
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        span,
                        format!("`{shown}` is one word split by a line-end hyphen"),
                    )
                    .with_suggestion(span, joined, false)
                    .with_help("join the two parts: the hyphen came from a printed line's end"),
                );
            }
        }
    }
}

/// The longest run of spaces and one line break between a line-end
/// hyphen and the rest of its word.
const MAX_GAP_BYTES: usize = 8;

/// The words after a prefix left hanging (`pre- and post-war`, `pré- ou
/// postopératoire`): never the second half of a split word, though a
/// dictionary that joins prefixes to words would take `preand` for one.
const SUSPENDED_BY: [&str; 6] = ["and", "or", "to", "et", "ou", "à"];

/// When word `i` and the next one are the two parts of a word split by a
/// line-end hyphen: the span from the first part to the second, and the
/// word they make. Cheap for every other pair: only a word followed by a
/// hyphen and white space is looked at further.
pub fn split_word_at(
    doc: &Document<'_>,
    i: usize,
    checker: &SpellChecker,
    resources: &Resources,
) -> Option<(Span, String)> {
    let masked = doc.markup.masked.as_str();
    let (head, tail) = (doc.words.get(i)?, doc.words.get(i + 1)?);
    let gap = &masked[head.span().end..tail.span().start];
    let rest = gap.strip_prefix('-')?;
    if gap.len() > MAX_GAP_BYTES
        || rest.is_empty()
        || !rest
            .chars()
            .all(|c| matches!(c, ' ' | '\u{a0}' | '\n' | '\r'))
        || rest.matches('\n').count() > 1
    {
        return None;
    }
    let (first, second) = (head.text(masked), tail.text(masked));
    let letters = |s: &str| s.chars().all(char::is_alphabetic);
    if !letters(first)
        || !letters(second)
        || !second.starts_with(char::is_lowercase)
        || first.chars().count() < 2
        || second.chars().count() < 2
    {
        return None;
    }
    let language = doc.language;
    let known = |w: &str| is_known(checker, resources, language, w);
    let first_lower = first.to_lowercase();
    let joined = format!("{first}{second}");
    // A hyphen at a line's end may be a compound's own (`well-⏎known`,
    // `co-⏎operate`): there the parts must not be words of their own. A
    // hyphen then a space is never written inside a word: the line was
    // joined after the break (`know- ledge`, `entre- tien`).
    let wrapped = rest.contains('\n');
    if wrapped
        && (prefixes(language).contains(&first_lower.as_str())
            || known(first) && known(second)
            || known(&format!("{first}-{second}")))
        || SUSPENDED_BY.contains(&second)
        || !checker.check(&joined)
    {
        return None;
    }
    Some((Span::new(head.span().start, tail.span().end), joined))
}

#[cfg(test)]
mod tests {
    use super::SplitWord;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    /// The word each finding's suggestion makes.
    fn joined(text: &str, language: Language) -> Vec<String> {
        let path = Path::new("t.txt");
        run_rule(
            &SplitWord::default(),
            text,
            path,
            language,
            &Resources::builtin(),
        )
        .iter()
        .map(|d| d.suggestions[0].replacement.clone())
        .collect()
    }

    #[test]
    fn parts_of_a_word_are_joined() {
        assert_eq!(
            joined("Les béné- voles sont là.", Language::Fr),
            ["bénévoles"]
        );
        assert_eq!(
            joined("the refurbish-\nment of the ship", Language::En),
            ["refurbishment"]
        );
    }

    #[test]
    fn prefixes_compounds_and_suspended_prefixes_stay() {
        assert!(joined("Both pre- and post-war houses.", Language::En).is_empty());
        assert!(joined("They co-\noperate well.", Language::En).is_empty());
        assert!(joined("A well-\nknown path.", Language::En).is_empty());
        assert_eq!(joined("their know- ledge", Language::En), ["knowledge"]);
        assert!(joined("Les béné-\n\nvoles sont là.", Language::Fr).is_empty());
    }
}
