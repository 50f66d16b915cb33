//! The blocks where each pattern rule of a rule set may match, found in one
//! pass over the document.
//!
//! Every match of most patterns holds a literal of each of a few sets
//! (`required_literals`). One Aho-Corasick automaton holds the literals of
//! all the pattern rules of a rule set; a document is scanned once, and
//! each rule then reads only the blocks holding a literal of each of its
//! sets. A rule whose literals a document lacks is never compiled for it:
//! on a short draft that was most of a run's time.

use super::required_literals::Requirement;
use crate::rules::catalogue::ActiveRule;
use crate::text::Document;
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct PatternBatch {
    /// The index in the rule set of each pattern rule.
    rules: Vec<usize>,
    /// Built for the first document with blocks: it parses every pattern
    /// of the set, which a run over empty files need not pay. `None` when
    /// no pattern has literals, or the automaton cannot be built: each
    /// rule then reads every block.
    prepared: OnceLock<Option<Prepared>>,
}

struct Prepared {
    matcher: AhoCorasick,
    /// For each literal of `matcher`, the rules requiring it: their index
    /// in the rule set, and which of their clauses it belongs to.
    owners: Vec<Vec<(usize, u8)>>,
    /// Rule-set indices of the rules with literals, and how many clauses
    /// each has.
    filtered: Vec<(usize, u8)>,
    /// Characters case folding equates with an ASCII letter of a literal
    /// (see [`Requirement::folded`]): a document holding one is read
    /// without the literals' help.
    folded: Vec<char>,
}

impl PatternBatch {
    pub fn build(active: &[ActiveRule]) -> Option<Self> {
        let rules: Vec<usize> = active
            .iter()
            .enumerate()
            .filter(|(_, a)| a.rule.as_pattern_rule().is_some())
            .map(|(index, _)| index)
            .collect();
        (!rules.is_empty()).then(|| PatternBatch {
            rules,
            prepared: OnceLock::new(),
        })
    }

    fn prepared(&self, active: &[ActiveRule]) -> Option<&Prepared> {
        self.prepared
            .get_or_init(|| {
                let mut literals: Vec<Vec<u8>> = Vec::new();
                let mut ids: HashMap<Vec<u8>, usize> = HashMap::new();
                let mut owners: Vec<Vec<(usize, u8)>> = Vec::new();
                let mut filtered = Vec::new();
                let mut folded = Vec::new();
                for &index in &self.rules {
                    let Some(Requirement {
                        clauses,
                        folded: folds,
                    }) = active[index]
                        .rule
                        .as_pattern_rule()
                        .and_then(|p| p.requirement())
                    else {
                        continue;
                    };
                    let count = u8::try_from(clauses.len()).expect("a few clauses");
                    filtered.push((index, count));
                    folded.extend(folds);
                    for (clause, required) in (0..count).zip(clauses) {
                        for literal in required {
                            let id = *ids.entry(literal.clone()).or_insert_with(|| {
                                literals.push(literal);
                                owners.push(Vec::new());
                                owners.len() - 1
                            });
                            owners[id].push((index, clause));
                        }
                    }
                }
                if literals.is_empty() {
                    return None;
                }
                folded.sort_unstable();
                folded.dedup();
                // Overlapping search, so that a literal inside another
                // (`suite` in `la suite`) is found for its own rules. The
                // default automaton (a contiguous NFA): a full DFA took
                // ≈ 15 ms more to build, most of a short draft's gain.
                let matcher = AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&literals)
                    .ok()?;
                Some(Prepared {
                    matcher,
                    owners,
                    filtered,
                    folded,
                })
            })
            .as_ref()
    }

    /// For each rule of the set (by index), the blocks it need read, in
    /// order; `None` for a rule that reads them all (no literals, not a
    /// pattern rule, or a document the literals cannot vouch for).
    pub fn blocks(&self, doc: &Document<'_>, active: &[ActiveRule]) -> Vec<Option<Vec<u32>>> {
        let mut per_rule: Vec<Option<Vec<u32>>> = vec![None; active.len()];
        let blocks = doc.blocks();
        if blocks.is_empty() {
            return per_rule;
        }
        let Some(prepared) = self.prepared(active) else {
            return per_rule;
        };
        let text = doc.markup.masked.as_str();
        // A hit is placed in the one block around it: blocks must follow
        // each other without overlapping (they do; a change that broke
        // this would only slow runs down, not lose findings).
        let disjoint = blocks
            .windows(2)
            .all(|w| w[0].span().end <= w[1].span().start);
        // One memchr search per character, not a scan comparing each
        // character of the text with the list.
        if !disjoint || prepared.folded.iter().any(|&c| text.contains(c)) {
            return per_rule;
        }
        // Each rule's (block, clause) pairs, then the blocks where every
        // clause has a literal. Each block is scanned on its own: a hit
        // lies inside it (no hit across two blocks or in the markup
        // between them counts), and a literal found again in the same
        // block adds nothing, so its owners are visited once per block.
        let mut satisfied: Vec<Vec<(u32, u8)>> = vec![Vec::new(); active.len()];
        let mut seen = vec![false; prepared.owners.len()];
        let mut found: Vec<usize> = Vec::new();
        for (block, span) in blocks.iter().map(|b| b.span()).enumerate() {
            if span.start >= span.end {
                continue;
            }
            let block = u32::try_from(block).expect("fewer than 2^32 blocks");
            let input = Input::new(text).span(span.start..span.end);
            for hit in prepared.matcher.find_overlapping_iter(input) {
                let id = hit.pattern().as_usize();
                if std::mem::replace(&mut seen[id], true) {
                    continue;
                }
                found.push(id);
                for &(rule, clause) in &prepared.owners[id] {
                    let pairs = &mut satisfied[rule];
                    if pairs.last() != Some(&(block, clause)) {
                        pairs.push((block, clause));
                    }
                }
            }
            for id in found.drain(..) {
                seen[id] = false;
            }
        }
        for &(rule, clauses) in &prepared.filtered {
            let pairs = &mut satisfied[rule];
            pairs.sort_unstable();
            pairs.dedup();
            let listed = pairs
                .chunk_by(|a, b| a.0 == b.0)
                .filter(|same_block| same_block.len() == usize::from(clauses))
                .map(|same_block| same_block[0].0)
                .collect();
            per_rule[rule] = Some(listed);
        }
        per_rule
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::markup::{self, MarkupKind};
    use crate::rules::{Catalogue, Findings, RuleContext};
    use crate::text::{Document, Language};
    use std::collections::BTreeMap;
    use std::path::Path;

    /// Reading only the listed blocks finds what reading every block does:
    /// on each example of each rule of the built-in sets, and on all of a
    /// set's examples in one document (blocks holding several rules'
    /// literals, most blocks holding none of a rule's).
    #[test]
    fn the_listed_blocks_hold_every_finding() {
        let catalogue = Catalogue::builtin().unwrap();
        let config = Config::defaults(".".into(), catalogue.clone());
        for language in [Language::Fr, Language::En] {
            let set = catalogue.select(language, &BTreeMap::new()).unwrap();
            let batch = set.patterns.as_ref().expect("built-in patterns");
            let mut texts: Vec<String> = set
                .rules
                .iter()
                .flat_map(|a| {
                    let examples = &a.rule.meta().examples;
                    examples.bad.iter().chain(&examples.good).cloned()
                })
                .collect();
            texts.push(texts.join("\n\n"));
            let (mut listed_runs, mut skipped_blocks) = (0, 0);
            for text in &texts {
                let markup = markup::parse(text, MarkupKind::Markdown);
                let path = Path::new("example.md");
                let doc = Document::new(path, text, markup, Some(language), language);
                let blocks = batch.blocks(&doc, &set.rules);
                for (index, active) in set.rules.iter().enumerate() {
                    let Some(rule) = active.rule.as_pattern_rule() else {
                        continue;
                    };
                    let ctx = RuleContext {
                        doc: &doc,
                        severity: active.severity,
                        resources: &config.resources,
                        earlier: &[],
                    };
                    let mut every = Findings::unlimited();
                    crate::rules::Rule::check(rule, &ctx, &mut every);
                    let mut listed = Findings::unlimited();
                    rule.check_blocks(&ctx, blocks[index].as_deref(), &mut listed);
                    if let Some(blocks) = &blocks[index] {
                        listed_runs += 1;
                        skipped_blocks += doc.blocks().len() - blocks.len();
                    }
                    assert_eq!(
                        format!("{:?}", every.into_vec()),
                        format!("{:?}", listed.into_vec()),
                        "{} on {text:?}",
                        active.rule.meta().id
                    );
                }
            }
            assert!(listed_runs > 0 && skipped_blocks > 0);
        }
    }
}
