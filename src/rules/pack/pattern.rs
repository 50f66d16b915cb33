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
            let mut push = |start: usize, end: usize| {
                if start == end {
                    return;
                }
                let span = Span::new(block.span.start + start, block.span.start + end);
                if self.filter.accepts(doc, span, index) {
                    let d = self.filter.diagnostic(&self.meta, ctx, span, None);
                    per_block.push(out, index, d);
                }
            };
            match self.span_group {
                None => self
                    .regex
                    .find_iter(prose)
                    .for_each(|m| push(m.start(), m.end())),
                Some(group) => {
                    for caps in self.regex.captures_iter(prose) {
                        if let Some(m) = caps.get(group) {
                            push(m.start(), m.end());
                        }
                    }
                }
            }
        }
    }
}
