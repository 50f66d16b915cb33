//! `typography.ligature`: `oe` where French writes `œ` (`soeur`, `coeur`).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::Findings;
use crate::rules::spelling::ligature_spelling;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// The letter pairs a ligature replaces, in any case.
static LETTER_PAIRS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["oe", "ae"])
        .expect("two literal patterns")
});

const DOCS: &str = "\
**What it does.** In French drafts, reports a word written with `oe` or \
`ae` that the dictionary only knows with the ligature `œ` or `æ` \
(`soeur` → `sœur`, `oeuvre` → `œuvre`, `curriculum vitae` is left alone \
because the dictionary knows it).

**Why.** The ligature is the correct spelling; keyboards make it awkward to \
type, so drafts lose it. An `info` finding with a safe fix, so `--fix` can \
restore every ligature at once.";

#[derive(Clone)]
pub struct Ligature {
    meta: RuleMeta,
}

impl Default for Ligature {
    fn default() -> Self {
        Ligature {
            meta: RuleMeta {
                id: "typography.ligature".into(),
                category: Category::Typography,
                default_severity: Severity::Info,
                default_enabled: true,
                language: Some(Language::Fr),
                summary: "`oe` written where French uses the ligature `œ`.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec!["Elle a offert ses voeux à sa soeur.".into()],
                    good: vec!["Elle a offert ses vœux à sa sœur.".into()],
                },
                fixable: true,
            },
        }
    }
}

impl Rule for Ligature {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let Some(checker) = ctx.resources.spell_checker(Language::Fr) else {
            return;
        };
        let masked = &doc.markup.masked;
        // Few words hold `oe` or `ae`: find those pairs in one pass over the
        // text instead of looking into every word.
        let mut last = None;
        for pair in LETTER_PAIRS.find_iter(masked) {
            let index = doc.words.partition_point(|w| w.span().end <= pair.start());
            let Some(word) = doc.words.get(index) else {
                break;
            };
            if word.span().start > pair.start() || last == Some(index) || word.is_elision() {
                continue;
            }
            last = Some(index);
            let text = word.text(masked);
            if let Some(fixed) = ligature_spelling(&checker, text) {
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        word.span(),
                        format!("`{text}` is written `{fixed}` in French"),
                    )
                    .with_suggestion(word.span(), fixed, true)
                    .with_help("restore the ligature"),
                );
            }
        }
    }
}
