//! `spelling.unknown-word`: a word no active dictionary knows.

use super::candidates::{Candidate, classify, is_known, ligature_spelling, sentence_starts};
use super::occurrences::{MAX_LABELS, Occurrences, times};
use crate::config::ProperNouns;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::spelling::SpellChecker;
use crate::text::{Language, normalize_apostrophes};
use rayon::prelude::*;
use std::collections::HashSet;

const DOCS: &str = "\
**What it does.** Checks every word against the Hunspell dictionary of the \
document's language (French \"classique\" and US English are built in; \
`[spelling] dictionaries` adds or replaces them) and the project's word \
lists. Each distinct unknown word is reported once, on its first \
occurrence, with the others labelled and up to three suggestions.

**What it skips.** Code, URLs and e-mail addresses (never prose), numbers \
and words with digits, acronyms in capitals, CamelCase identifiers, Roman \
ordinals (`XXe`), elided articles (`l'`), a word cut by an ellipsis (see \
the truncation rules), hyphenated compounds whose parts are all words, and \
words made of a common prefix (`cyber`, `post`, `multi`, `co`…) and a known \
word. In a French draft, a word the English dictionary knows is left to \
`spelling.loanword`. A capitalised word inside a sentence is a likely \
proper noun: skipped by default (`[spelling] proper-nouns = \"info\"` \
reports it at info, `\"check\"` like any word).

**Why.** A typo is the first thing a reader notices and the last thing a \
writer sees.

**Options.** `suggestions`: how many suggestions to show (default 3; `0` \
shows none and is faster on large repositories).

**Fix.** Pick a suggestion, or add a correct word to a word list \
(`draftlint words add WORD`, or `[spelling] words` in `draftlint.toml`).";

const MAX_SUGGESTIONS: usize = 3;

#[derive(Clone)]
pub struct UnknownWord {
    meta: RuleMeta,
    /// Suggestions shown per word (`suggestions` option).
    max_suggestions: usize,
}

impl Default for UnknownWord {
    fn default() -> Self {
        UnknownWord {
            meta: RuleMeta {
                id: "spelling.unknown-word".into(),
                category: Category::Spelling,
                default_severity: Severity::Error,
                default_enabled: true,
                language: None,
                summary: "A word no active dictionary knows.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le climat est un enjei majeur pour la région.".into(),
                        "The committee recieves the report on Monday.".into(),
                    ],
                    good: vec![
                        "Le climat est un enjeu majeur pour la région aujourd'hui.".into(),
                        "L’État et les cyberattaques : qu’il s’agisse de cyberdéfense ou d'autre chose.".into(),
                        "The committee receives the report from NASA on Monday via the API.".into(),
                        "Le rapport cite Marie Dupont et la ville de Tulle au XIXe siècle.".into(),
                    ],
                },
                fixable: false,
            },
            max_suggestions: MAX_SUGGESTIONS,
        }
    }
}

impl Rule for UnknownWord {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, options: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in options {
            match key.as_str() {
                "suggestions" => rule.max_suggestions = crate::rules::options::count(key, value)?,
                _ => {
                    return Err(crate::rules::options::unknown(
                        &self.meta.id,
                        key,
                        &["suggestions"],
                    ));
                }
            }
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let language = doc.language;
        let Some(checker) = ctx.resources.spell_checker(language) else {
            return;
        };
        // A word of the other language is a loanword or a quotation, not a
        // typo: in French drafts `spelling.loanword` reports English words.
        let other_language = match language {
            Language::Fr => Language::En,
            Language::En => Language::Fr,
        };
        let other = ctx.resources.spell_checker(other_language);
        let proper_nouns = ctx.resources.spelling.proper_nouns;
        let starts = sentence_starts(doc);
        let masked = &doc.markup.masked;

        // Capitalised forms seen inside sentences are names wherever they
        // appear, sentence starts included.
        let mut names: HashSet<&str> = HashSet::new();
        let mut candidates = Vec::with_capacity(doc.words.len());
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            let kind = classify(doc, word, starts[i], text);
            if kind == Candidate::ProperNoun {
                names.insert(text);
            }
            candidates.push(kind);
        }

        let mut unknown = Occurrences::default();
        let mut proper = Occurrences::default();
        // Unknown words seen only capitalised at sentence starts: a name or
        // a typo, told apart below by their suggestions.
        let mut lowercase_seen: HashSet<String> = HashSet::new();
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            let mut kind = candidates[i];
            if kind == Candidate::Word && starts[i] && names.contains(text) {
                kind = Candidate::ProperNoun;
            }
            let target = match (kind, proper_nouns) {
                (Candidate::Skip, _) | (Candidate::ProperNoun, ProperNouns::Skip) => continue,
                (Candidate::ProperNoun, ProperNouns::Info) => &mut proper,
                (Candidate::ProperNoun, ProperNouns::Check) | (Candidate::Word, _) => &mut unknown,
            };
            if is_known(&checker, ctx.resources, language, text) {
                continue;
            }
            if let Some(other) = &other
                && is_known(other, ctx.resources, other_language, text)
            {
                continue;
            }
            if language == Language::Fr && ligature_spelling(&checker, text).is_some() {
                // Known once `oe` is written `œ`: typography.ligature's job.
                continue;
            }
            let key = normalize_apostrophes(text).to_lowercase();
            if !starts_uppercase(text) {
                lowercase_seen.insert(key.clone());
            }
            target.push(key, word.span());
        }

        let groups: Vec<(Severity, String, Vec<Span>)> = unknown
            .into_groups()
            .into_iter()
            .map(|(k, s)| (ctx.severity, k, s))
            .chain(
                proper
                    .into_groups()
                    .into_iter()
                    .map(|(k, s)| (Severity::Info, k, s)),
            )
            .collect();
        // Suggestions only for flagged words, in parallel, each bounded.
        let found: Vec<Diagnostic> = groups
            .into_par_iter()
            .filter_map(|(mut severity, key, spans)| {
                let first = spans[0];
                let shown = doc.text(first);
                let only_capitalised = severity != Severity::Info
                    && !lowercase_seen.contains(&key)
                    && starts_uppercase(shown);
                // Telling a name from a typo needs suggestions even when
                // none are shown.
                let wanted = if only_capitalised {
                    self.max_suggestions.max(MAX_SUGGESTIONS)
                } else {
                    self.max_suggestions
                };
                let suggestions = checker.suggest(shown, wanted, ctx.resources.suggestion_budget());
                if only_capitalised && !looks_like_typo(&checker, shown, &suggestions) {
                    // A capitalised sentence opener far from any common word
                    // is a name (`Sepp`, `Michiel`), not a typo (`Enjei`).
                    match proper_nouns {
                        ProperNouns::Skip => return None,
                        ProperNouns::Info => severity = Severity::Info,
                        ProperNouns::Check => {}
                    }
                }
                let shown_suggestions = &suggestions[..suggestions.len().min(self.max_suggestions)];
                Some(self.diagnostic(ctx, severity, &spans, shown_suggestions))
            })
            .collect();
        out.extend(found);
    }
}

impl UnknownWord {
    fn diagnostic(
        &self,
        ctx: &RuleContext<'_>,
        severity: Severity,
        spans: &[Span],
        suggestions: &[String],
    ) -> Diagnostic {
        let first = spans[0];
        let shown = ctx.doc.text(first);
        let message = if severity == Severity::Info && ctx.severity != Severity::Info {
            format!("unknown word `{shown}` (a proper noun?)")
        } else {
            format!("unknown word `{shown}`")
        };
        let mut d = Diagnostic::new(&self.meta.id, self.meta.category, severity, first, "")
            .with_count(times(spans.len(), &message))
            .with_help(format!(
                "if `{shown}` is correct, add it to a word list: `draftlint words add {shown}`"
            ));
        for span in spans.iter().skip(1).take(MAX_LABELS) {
            d = d.with_occurrence(*span, "also here");
        }
        for s in suggestions {
            d = d.with_suggestion(first, s.clone(), false);
        }
        d
    }
}

fn starts_uppercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// A typo is one edit away from a common (lowercase) word: `Enjei` from
/// `enjeu`. A name is not, or only from another name (`Michiel`/`Michael`).
fn looks_like_typo(checker: &SpellChecker, word: &str, suggestions: &[String]) -> bool {
    let word = word.to_lowercase();
    suggestions.iter().any(|s| {
        let lower = s.to_lowercase();
        checker.check(&lower) && edit_distance_at_most_one(&word, &lower)
    })
}

/// Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution
/// or swap of neighbours).
fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x == y + 1 => ra[1..] == *rb,
        (x, y) if y == x + 1 => *ra == rb[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::edit_distance_at_most_one as one;

    #[test]
    fn one_edit() {
        assert!(one("enjei", "enjeu"));
        assert!(one("recieve", "receive"));
        assert!(one("abc", "abcd"));
        assert!(!one("michiel", "michel2"));
        assert!(!one("abc", "xyz"));
    }
}
