//! `phrase` and `substitution` rules: many phrases at once, matched with
//! Aho-Corasick over the document's normalised words.

use super::filter::MatchFilter;
use super::schema::{RawRule, RuleKind};
use crate::diagnostic::{Diagnostic, Span};
use crate::rules::{Rule, RuleContext, RuleMeta};
use crate::text::normalized::normalize_phrase;
use aho_corasick::{AhoCorasick, MatchKind};

pub struct PhraseRule {
    meta: RuleMeta,
    matcher: AhoCorasick,
    /// For each pattern of `matcher`, the replacement (substitutions only).
    replacements: Vec<Option<String>>,
    filter: MatchFilter,
}

impl PhraseRule {
    pub fn compile(meta: RuleMeta, raw: &RawRule) -> Result<Self, String> {
        let mut patterns = Vec::new();
        let mut replacements = Vec::new();
        match raw.kind {
            RuleKind::Phrase => {
                if raw.phrases.is_empty() {
                    return Err(format!(
                        "rule `{}`: a phrase rule needs `phrases`",
                        raw.name
                    ));
                }
                if !raw.substitutions.is_empty() {
                    return Err(format!(
                        "rule `{}`: `substitutions` belong to kind = \"substitution\"",
                        raw.name
                    ));
                }
                for phrase in &raw.phrases {
                    patterns.push(normalized(&raw.name, phrase)?);
                    replacements.push(None);
                }
            }
            RuleKind::Substitution => {
                if raw.substitutions.is_empty() {
                    return Err(format!(
                        "rule `{}`: a substitution rule needs `substitutions`",
                        raw.name
                    ));
                }
                for (from, to) in &raw.substitutions {
                    patterns.push(normalized(&raw.name, from)?);
                    replacements.push(Some(to.clone()));
                }
            }
            RuleKind::Pattern => unreachable!("pattern rules compile elsewhere"),
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| format!("rule `{}`: cannot build the phrase matcher: {e}", raw.name))?;
        Ok(PhraseRule {
            meta,
            matcher,
            replacements,
            filter: MatchFilter::from_raw(raw),
        })
    }
}

fn normalized(rule: &str, phrase: &str) -> Result<String, String> {
    let n = normalize_phrase(phrase);
    if n.is_empty() {
        Err(format!("rule `{rule}`: phrase `{phrase}` has no words"))
    } else {
        Ok(n)
    }
}

impl Rule for PhraseRule {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
        let doc = ctx.doc;
        let words = doc.normalized();
        for m in self.matcher.find_iter(&words.text) {
            // Word-bounded: the match must start and end on word edges.
            let (Some(first), Some(last)) = (
                words.word_starting_at(m.start()),
                words.word_ending_at(m.end()),
            ) else {
                continue;
            };
            let span = Span::new(doc.words[first].span.start, doc.words[last].span.end);
            let block = doc.words[first].block;
            if !self.filter.accepts(doc, span, block) {
                continue;
            }
            let replacement = self.replacements[m.pattern().as_usize()].as_deref();
            out.push(self.filter.diagnostic(&self.meta, ctx, span, replacement));
        }
    }
}
