//! `generated.stock-phrase-density`: several different stock phrases of
//! generated prose in one draft.
//!
//! Each stock phrase ("In today's fast-paced world", "Il est important de
//! noter que") also occurs in human writing, so `generated.stock-phrase`
//! reports them one by one at info. Several *different* ones in the same
//! draft are another matter: human writers rarely stack the clichés a
//! generator reaches for by default. This rule runs the built-in
//! `generated.stock-phrase` patterns of the document's language (so the
//! phrases stay data, in one place) and reports one warning listing them.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::findings::Findings;
use crate::rules::pack::built_in_pack_rules;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta, options};
use std::sync::{Arc, LazyLock};

const DOCS: &str = "\
**What it does.** Counts the different stock phrases of generated prose \
(those of `generated.stock-phrase`, `generated.stock-figure`, \
`generated.stock-metaphor` and `generated.stock-abstraction`: \"In today's fast-paced world\", \
\"delve into\", \"It's worth noting that\", \"Dans un monde en constante \
évolution\", \"Il est important de noter que\"…) in the draft, and reports \
one finding, every phrase labelled, when there are `min-distinct` of them \
or more. The same phrase twice counts once.

**Why.** One cliché is a writer's habit; several different ones stacked in \
one draft are the default voice of a text generator, which an editor sends \
back for a rewrite.

**Options.** `min-distinct` (default 3).";

/// The built-in `generated.stock-phrase`, `generated.stock-figure`,
/// `generated.stock-metaphor` and `generated.stock-abstraction` rules,
/// one of each per language (two packs: one regex would exceed the size
/// limit).
static STOCK_PHRASES: LazyLock<Vec<Arc<dyn Rule>>> = LazyLock::new(|| {
    built_in_pack_rules()
        .unwrap_or_default()
        .iter()
        .filter(|rule| STOCK_PHRASE_IDS.contains(&rule.meta().id.as_str()))
        .cloned()
        .collect()
});

/// The rules whose matches the density counts (their matches are kept with
/// the document for it: see `rules::pack::pattern`).
pub const STOCK_PHRASE_IDS: [&str; 4] = [
    "generated.stock-phrase",
    "generated.stock-figure",
    "generated.stock-metaphor",
    "generated.stock-abstraction",
];

#[derive(Clone)]
pub struct StockPhraseDensity {
    meta: RuleMeta,
    /// Different stock phrases that make a finding (`min-distinct`).
    min_distinct: usize,
}

impl Default for StockPhraseDensity {
    fn default() -> Self {
        StockPhraseDensity {
            meta: RuleMeta {
                id: "generated.stock-phrase-density".into(),
                category: Category::Generated,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "Several different stock phrases of generated prose in one draft.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "In today's fast-paced world, towns change fast. This guide delves \
                         into the market square. It is worth noting that the fountain is old."
                            .into(),
                        "Dans un monde en constante évolution, la ville change.\n\nIl convient \
                         de souligner que la place a rouvert. Le marché joue un rôle crucial \
                         dans la vie du quartier."
                            .into(),
                    ],
                    good: vec![
                        "In today's fast-paced world, towns change fast. The market square \
                         reopened. The fountain is old."
                            .into(),
                        "Il convient de souligner que la place a rouvert. Il convient de \
                         souligner que le marché reste."
                            .into(),
                    ],
                },
                fixable: false,
            },
            min_distinct: 3,
        }
    }
}

impl Rule for StockPhraseDensity {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            match key.as_str() {
                "min-distinct" => rule.min_distinct = options::count(key, value)?,
                _ => return Err(options::unknown(&self.meta.id, key, &["min-distinct"])),
            }
        }
        if rule.min_distinct < 2 {
            return Err("`min-distinct` must be at least 2".into());
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let mut found = Findings::unlimited();
        let info = RuleContext {
            doc,
            severity: Severity::Info,
            resources: ctx.resources,
            earlier: &[],
        };
        for stock in STOCK_PHRASES
            .iter()
            .filter(|rule| rule.meta().applies_to(doc.language))
        {
            stock.check(&info, &mut found);
        }
        let found = found.into_vec();
        // Every match, the first of each phrase only, in reading order.
        let mut spans: Vec<Span> = found
            .iter()
            .flat_map(|d| std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)))
            .collect();
        spans.sort_by_key(|s| s.start);
        let mut seen = Vec::new();
        spans.retain(|span| {
            let key = phrase_key(doc.text(*span));
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
        if spans.len() < self.min_distinct {
            return;
        }
        let listed: Vec<String> = spans
            .iter()
            .map(|s| format!("`{}`", phrase_key(doc.text(*s))))
            .collect();
        let mut d = Diagnostic::new(
            &self.meta.id,
            self.meta.category,
            ctx.severity,
            spans[0],
            format!(
                "{} different stock phrases of generated prose: {}",
                spans.len(),
                listed.join(", ")
            ),
        )
        .with_help("rewrite these passages with the specific facts they stand in for");
        for span in &spans[1..] {
            d = d.with_label(*span, "stock phrase");
        }
        out.push(d);
    }
}

/// A phrase as compared and shown: lowercase, one space between words.
fn phrase_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(',')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    #[test]
    fn both_languages_have_their_stock_phrases() {
        assert_eq!(STOCK_PHRASES.len(), 2 * STOCK_PHRASE_IDS.len());
    }

    #[test]
    fn stock_figures_count_with_stock_phrases() {
        let text = "Learning to knit is an adventure, not a race. It is worth noting that \
                    wool is warm. Our shop is dedicated to excellence in every stitch.";
        let found = check(&StockPhraseDensity::default(), text, Language::En);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn distinct_phrases_count_and_each_is_labelled() {
        let text = "Il est important de noter que la place a rouvert. Il est important \
                    de noter que le marché reste. Dans un monde en perpétuelle évolution, \
                    les commerces ferment. La halle joue un rôle essentiel.";
        let found = check(&StockPhraseDensity::default(), text, Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].labels.len(), 2);
        assert!(
            found[0].message.starts_with("3 different"),
            "{}",
            found[0].message
        );
    }
}
