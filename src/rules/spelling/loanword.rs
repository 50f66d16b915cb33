//! `spelling.loanword`: an English word or phrase in a French draft.

use super::candidates::{Candidate, WordCandidates, is_known};
use super::cognates::CognateSlips;
use super::occurrences::{MAX_LABELS, Occurrences, times};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;

const DOCS: &str = "\
**What it does.** In a French draft, reports words that the French \
dictionary does not know but the English one does (`branding`, `soft \
power`, `cyberspace`), joining neighbouring English words into one phrase. \
An English word one edit from a French word, accents aside (`university` \
for `université`), is a slip: `spelling.unknown-word` reports it.

**Why.** An English term may be the right word, but an editor wants it \
chosen, not slipped in: set in italics, explained, or replaced by the \
French term (`image de marque`, `puissance douce`, `cyberespace`). It is \
an `info` finding, not an error.";

#[derive(Clone)]
pub struct Loanword {
    meta: RuleMeta,
}

impl Default for Loanword {
    fn default() -> Self {
        Loanword {
            meta: RuleMeta {
                id: "spelling.loanword".into(),
                category: Category::Spelling,
                default_severity: Severity::Info,
                default_enabled: true,
                language: Some(Language::Fr),
                summary: "An English word in a French draft.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec!["Le chef attend un feedback avant la deadline.".into()],
                    good: vec![
                        "Le chef attend un retour avant la date limite.".into(),
                        // An English spelling of a French word is a typo.
                        "La university de la ville publie ses travaux.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for Loanword {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let (Some(french), Some(english)) = (
            ctx.resources.spell_checker(Language::Fr),
            ctx.resources.spell_checker(Language::En),
        ) else {
            return;
        };
        let candidates = WordCandidates::of(doc);
        let masked = &doc.markup.masked;
        // English spellings of a French word are spelling.unknown-word's.
        let cognates = CognateSlips::of(doc, ctx.resources);
        let mut phrases = Occurrences::default();
        // The phrase being built: its span and previous word's index.
        let mut current: Option<(Span, usize)> = None;
        let mut flush = |current: &mut Option<(Span, usize)>| {
            if let Some((span, _)) = current.take() {
                phrases.push(doc.text(span).to_lowercase(), span);
            }
        };
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            let english_word = candidates.kinds[i] == Candidate::Word
                && !is_known(&french, ctx.resources, Language::Fr, text)
                && is_known(&english, ctx.resources, Language::En, text)
                && cognates.french_for(text).is_none();
            if !english_word {
                flush(&mut current);
                continue;
            }
            match &mut current {
                Some((span, last))
                    if *last + 1 == i
                        && masked[span.end..word.span().start]
                            .chars()
                            .all(char::is_whitespace) =>
                {
                    span.end = word.span().end;
                    *last = i;
                }
                _ => {
                    flush(&mut current);
                    current = Some((word.span(), i));
                }
            }
        }
        flush(&mut current);

        for (_, spans) in phrases.into_groups() {
            let first = spans[0];
            let shown = doc.text(first);
            let mut d = Diagnostic::new(&self.meta.id, self.meta.category, ctx.severity, first, "")
                .with_count(times(spans.len(), &format!("`{shown}` is English")))
                .with_help("set it in italics, explain it, or use the French term");
            for span in spans.iter().skip(1).take(MAX_LABELS) {
                d = d.with_occurrence(*span, "also here");
            }
            out.push(d);
        }
    }
}
