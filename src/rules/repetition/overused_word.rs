//! `repetition.overused-word` (opt-in, `info`): one content word far more
//! frequent than a document of that length warrants ("crucial" twenty times
//! in 1,500 words).
//!
//! Without a frequency list per language, the expected frequency is a share
//! of the document's words. In edited prose the subject's main nouns pass
//! one word in a hundred, so the limit is set above that (1.5%), words of
//! the title and headings are left alone, and the rule is opt-in: it is a
//! review aid, and it still reports the subject of an article whose
//! headings do not name it.

use super::occurrences::{quoted, repeated};
use super::tokens::TokenStream;
use crate::diagnostic::{Category, Count, Severity, Span};
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Reports a content word (not an article, pronoun, \
preposition or auxiliary, not a word of the title or headings) used more \
than `max-share` of the document's words and at least `min-count` times. \
Off by default; enable it to review a draft's pet words.

**Why.** A word that keeps coming back (`crucial`, `key`, `essentiel`) \
flattens the text; the reader stops seeing it, or sees nothing else.

**Options.** `max-share` (default 0.015: three words in two hundred), \
`min-count` (default 8), `min-letters` (default 4: shorter words are \
left alone).";

#[derive(Clone, Debug)]
struct Settings {
    max_share: f64,
    min_count: usize,
    min_letters: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_share: 0.015,
            min_count: 8,
            min_letters: 4,
        }
    }
}

#[derive(Clone)]
pub struct OverusedWord {
    meta: RuleMeta,
    settings: Settings,
}

impl Default for OverusedWord {
    fn default() -> Self {
        OverusedWord {
            meta: RuleMeta {
                id: "repetition.overused-word".into(),
                category: Category::Repetition,
                default_severity: Severity::Info,
                default_enabled: false,
                language: None,
                summary: "A content word used far more often than the document's length warrants."
                    .into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Un choix crucial. Un moment crucial pour la ville, crucial pour les \
                         commerces, crucial pour les familles. Le vote est crucial, le budget \
                         crucial, le calendrier crucial. Tout paraît crucial."
                            .into(),
                    ],
                    good: vec![
                        "Un choix décisif. Un moment important pour la ville, vital pour les \
                         commerces, attendu par les familles. Le vote compte, le budget pèse, \
                         le calendrier presse."
                            .into(),
                        "# Crucial choices\n\nA crucial vote, crucial budget, crucial plan, \
                         crucial date, crucial deal, crucial talk, crucial call, crucial week."
                            .into(),
                    ],
                },
                fixable: false,
            },
            settings: Settings::default(),
        }
    }
}

impl Rule for OverusedWord {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        let s = &mut rule.settings;
        for (key, value) in table {
            match key.as_str() {
                "max-share" => s.max_share = options::number(key, value)?,
                "min-count" => s.min_count = options::count(key, value)?,
                "min-letters" => s.min_letters = options::count(key, value)?,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &["max-share", "min-count", "min-letters"],
                    ));
                }
            }
        }
        if !(0.0..=1.0).contains(&s.max_share) {
            return Err("option `max-share` must be between 0 and 1".into());
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let stream = doc.memo(0, |d| TokenStream::build(d, false));
        let s = &self.settings;
        let limit = s
            .min_count
            .max((s.max_share * stream.prose_words as f64).ceil() as usize);
        let mut occurrences: Vec<Vec<usize>> = vec![Vec::new(); stream.class.len()];
        for (w, &id) in stream.ids.iter().enumerate() {
            if stream.run[w] > 0 && stream.is_content(w) && !stream.in_heading[id as usize] {
                occurrences[id as usize].push(w);
            }
        }
        let mut diagnostics = Vec::new();
        for words in occurrences.iter().filter(|o| o.len() >= limit) {
            let first = &doc.words[words[0]];
            let text = quoted(doc.prose(first.span()));
            if text.chars().filter(|c| c.is_alphabetic()).count() < s.min_letters {
                continue;
            }
            let spans: Vec<Span> = words.iter().map(|&w| doc.words[w].span()).collect();
            let share = 100.0 * spans.len() as f64 / stream.prose_words.max(1) as f64;
            diagnostics.push(repeated(
                &self.meta.id,
                ctx.severity,
                &spans,
                // The share is of the whole text: a suppressed place
                // changes the count, not how often the writer used it.
                Count::new(
                    spans.len(),
                    format!("`{}` is used once", text.to_lowercase()),
                    format!("`{}` is used ", text.to_lowercase()),
                    format!(" times ({share:.1}% of the words)"),
                ),
                "keep it where it matters; elsewhere use a synonym, a pronoun, or nothing",
            ));
        }
        diagnostics.sort_by_key(|d| d.span.start);
        out.extend(diagnostics);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    #[test]
    fn the_limit_scales_with_length() {
        let mut text = String::new();
        for i in 0..100 {
            text.push_str(&format!("Le dossier {i} avance vite. "));
        }
        // 500 words: "dossier", "avance" and "vite" (100 times each) pass 1.5%.
        let found = check(&OverusedWord::default(), &text, Language::Fr);
        let words: Vec<String> = found
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect();
        assert_eq!(words, ["dossier", "avance", "vite"]);
        assert_eq!(found[0].labels.len(), 99);
        let mut table = toml::Table::new();
        table.insert("max-share".into(), toml::Value::Float(0.5));
        let lenient = OverusedWord::default().with_options(&table).unwrap();
        assert!(check(lenient.as_ref(), &text, Language::Fr).is_empty());
    }
}
