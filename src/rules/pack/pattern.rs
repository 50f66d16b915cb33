//! `pattern` rules: a regular expression over the prose of each block.
//!
//! A group named `span` narrows what is reported; otherwise the whole match
//! is. Patterns are compiled with a size limit so a pathological one fails
//! at load time with the pack's line.

use super::filter::{MatchFilter, PerBlock};
use super::schema::RawRule;
use crate::diagnostic::Span;
use crate::rules::Findings;
use crate::rules::{Rule, RuleContext, RuleMeta};
use regex::{Regex, RegexBuilder};

pub struct PatternRule {
    meta: RuleMeta,
    regex: Regex,
    span_group: Option<usize>,
    filter: MatchFilter,
}

impl PatternRule {
    pub fn compile(meta: RuleMeta, raw: &RawRule, size_limit: usize) -> Result<Self, String> {
        let Some(pattern) = &raw.pattern else {
            return Err(format!(
                "rule `{}`: a pattern rule needs `pattern`",
                raw.name
            ));
        };
        let regex = RegexBuilder::new(pattern)
            .size_limit(size_limit)
            .dfa_size_limit(size_limit)
            .build()
            .map_err(|e| format!("rule `{}`: invalid regular expression: {e}", raw.name))?;
        let span_group = regex.capture_names().position(|n| n == Some("span"));
        Ok(PatternRule {
            meta,
            regex,
            span_group,
            filter: MatchFilter::from_raw(raw),
        })
    }
}

impl Rule for PatternRule {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let mut per_block = PerBlock::default();
        for (index, block) in doc.blocks().iter().enumerate() {
            if !self.filter.accepts_block(doc, index) {
                continue;
            }
            let prose = doc.prose(block.span);
            let at = |m: regex::Match<'_>| {
                Span::new(block.span.start + m.start(), block.span.start + m.end())
            };
            // `span`: what is reported; `whole`: everything the pattern
            // recognised as widget text, which a delete fix may take.
            let mut push = |span: Span, whole: Span| {
                if span.is_empty() {
                    return;
                }
                if self.filter.accepts(doc, span, index) {
                    let d = self
                        .filter
                        .diagnostic(&self.meta, ctx, span, whole, index, None);
                    per_block.push(out, index, d);
                }
            };
            match self.span_group {
                None => self.regex.find_iter(prose).for_each(|m| push(at(m), at(m))),
                Some(group) => {
                    for caps in self.regex.captures_iter(prose) {
                        if let (Some(m), Some(whole)) = (caps.get(group), caps.get(0)) {
                            push(at(m), at(whole));
                        }
                    }
                }
            }
        }
    }
}
