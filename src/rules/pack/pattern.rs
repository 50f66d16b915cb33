//! `pattern` rules: a regular expression over the prose of each block.
//!
//! A group named `span` narrows what is reported; otherwise the whole match
//! is. Patterns are compiled with a size limit so a pathological one fails
//! at load time with the pack's line, by `regex`'s own engine
//! (`regex_automata::meta`), which says how much memory each one takes: a
//! project's pack is held to a budget (`budget`).

use super::filter::{MatchFilter, PerBlock};
use super::schema::RawRule;
use crate::diagnostic::Span;
use crate::rules::Findings;
use crate::rules::{Rule, RuleContext, RuleMeta};
use regex_automata::meta::{self, Regex};
use regex_automata::util::primitives::PatternID;

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
        // The limits `regex::RegexBuilder::size_limit` and `dfa_size_limit`
        // set, and the same for the DFAs it may build ahead of time.
        let config = meta::Config::new()
            .nfa_size_limit(Some(size_limit))
            .onepass_size_limit(Some(size_limit))
            .dfa_size_limit(Some(size_limit))
            .hybrid_cache_capacity(size_limit);
        let regex = Regex::builder()
            .configure(config)
            .build(pattern)
            .map_err(|e| {
                let why = match e.size_limit() {
                    Some(limit) => {
                        format!("it exceeds the size limit of {limit} bytes once compiled")
                    }
                    None => e.to_string(),
                };
                format!("rule `{}`: invalid regular expression: {why}", raw.name)
            })?;
        let span_group = regex.group_info().to_index(PatternID::ZERO, "span");
        Ok(PatternRule {
            meta,
            regex,
            span_group,
            filter: MatchFilter::from_raw(raw),
        })
    }
}

impl PatternRule {
    /// The memory the compiled expression takes (its search caches aside).
    pub fn memory_usage(&self) -> usize {
        self.regex.memory_usage()
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
            let at = |start: usize, end: usize| {
                Span::new(block.span.start + start, block.span.start + end)
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
                None => self.regex.find_iter(prose).for_each(|m| {
                    let whole = at(m.start(), m.end());
                    push(whole, whole)
                }),
                Some(group) => {
                    for caps in self.regex.captures_iter(prose) {
                        if let (Some(m), Some(whole)) = (caps.get_group(group), caps.get_match()) {
                            push(at(m.start, m.end), at(whole.start(), whole.end()));
                        }
                    }
                }
            }
        }
    }
}
