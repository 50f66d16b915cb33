//! `phrase` and `substitution` rules: many phrases at once, matched with
//! Aho-Corasick over the document's normalised words.

use super::Compile;
use super::filter::{MatchFilter, PerBlock};
use super::schema::{MAX_LABEL_WORDS, RawRule, RuleKind};
use crate::diagnostic::Span;
use crate::rules::Findings;
use crate::rules::{Rule, RuleContext, RuleMeta};
use crate::text::normalized::normalize_phrase;
use aho_corasick::{AhoCorasick, AhoCorasickKind, BuildError, MatchKind};
use std::sync::OnceLock;

pub struct PhraseRule {
    meta: RuleMeta,
    /// The normalised phrases, for rule sets that match every phrase rule
    /// in one pass ([`crate::rules::catalogue::PhraseBatch`]).
    patterns: Vec<String>,
    /// This rule's own matcher, for when it runs alone (outside a rule
    /// set's batch): built then, or at load for a project's own pack.
    matcher: OnceLock<AhoCorasick>,
    /// For each pattern of `matcher`, the replacement (substitutions only).
    replacements: Vec<Option<String>>,
    /// For each pattern, whether it counts only in a label-length block
    /// (`label-only`).
    label_only: Vec<bool>,
    filter: MatchFilter,
}

impl PhraseRule {
    pub fn compile(meta: RuleMeta, raw: &RawRule, when: Compile) -> Result<Self, String> {
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
        let mut label_only = vec![false; patterns.len()];
        for phrase in &raw.label_only {
            let phrase = normalized(&raw.name, phrase)?;
            let Some(i) = patterns.iter().position(|p| *p == phrase) else {
                return Err(format!(
                    "rule `{}`: label-only phrase `{phrase}` is not one of its `phrases`",
                    raw.name
                ));
            };
            label_only[i] = true;
        }
        let matcher = match when {
            Compile::AtLoad => OnceLock::from(own_matcher(&patterns).map_err(|e| {
                format!("rule `{}`: cannot build the phrase matcher: {e}", raw.name)
            })?),
            Compile::OnFirstUse => OnceLock::new(),
        };
        Ok(PhraseRule {
            filter: MatchFilter::from_raw(raw, &meta),
            meta,
            patterns,
            matcher,
            replacements,
            label_only,
        })
    }
}

impl PhraseRule {
    /// The memory the rule's own matcher and phrases take (a matcher not
    /// built yet, that of a built-in rule, takes none).
    pub fn memory_usage(&self) -> usize {
        self.matcher.get().map_or(0, AhoCorasick::memory_usage)
            + self.patterns.iter().map(String::len).sum::<usize>()
    }
}

/// Possessives by which a page names its own things or the reader's ("our
/// monthly newsletter", "votre lettre d'information"): a label-only noun
/// after one, within two words, is the page's prompt, in a sentence too.
const SITE_POSSESSIVES: &[&str] = &["our", "your", "notre", "votre", "nos", "vos"];

/// Whether one of the two words before word `first`, in its block, is a
/// possessive of [`SITE_POSSESSIVES`].
fn owned_by_site_or_reader(doc: &crate::text::Document<'_>, first: usize, block: usize) -> bool {
    (first.saturating_sub(2)..first).any(|i| {
        let word = &doc.words[i];
        word.block() == block
            && SITE_POSSESSIVES.contains(&doc.text(word.span()).to_lowercase().as_str())
    })
}

/// Words a label-only noun may follow on a widget's label ("Get email
/// updates", "Join the newsletter", "La newsletter").
const LABEL_LEADS: &[&str] = &[
    "the",
    "a",
    "an",
    "to",
    "for",
    "get",
    "join",
    "receive",
    "please",
    "la",
    "le",
    "les",
    "l",
    "une",
    "un",
    "à",
    "de",
    "recevez",
    "recevoir",
    "rejoignez",
    "my",
    "ma",
    "mes",
];

/// Whether the label-only noun at word `first` is the tail of a noun
/// phrase naming a publication ("The monthly newsletter, *The Ticker*",
/// "State Extension Newsletter, September"): the word right before it,
/// with nothing but a space between them, is no determiner or verb of a
/// widget's label, and the line goes on after it.
fn names_a_publication(doc: &crate::text::Document<'_>, first: usize, block: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|i| &doc.words[i]) else {
        return false;
    };
    let start = doc.words[first].span().start;
    // A widget's label ends on its noun ("Inside politics newsletter",
    // "Email Newsletter"); a publication's name goes on ("…, September").
    let goes_on = doc
        .words
        .get(first + 1)
        .is_some_and(|next| next.block() == block);
    goes_on
        && before.block() == block
        && doc
            .source()
            .get(before.span().end..start)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace))
        && !LABEL_LEADS.contains(&doc.text(before.span()).to_lowercase().as_str())
}

/// The matcher of a rule that runs alone. Rules run alone only in tests and
/// tools (a rule set matches all its phrase rules in one batch), so this is
/// the automaton quickest to build, not the quickest to search.
fn own_matcher(patterns: &[String]) -> Result<AhoCorasick, BuildError> {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(patterns)
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

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let words = ctx.doc.normalized();
        if words.text.is_empty() {
            return;
        }
        // A built-in rule's phrases built into a matcher before (tested).
        let matcher = self.matcher.get_or_init(|| {
            own_matcher(&self.patterns).expect("the built-in phrase matchers build (tested)")
        });
        let hits = matcher.find_iter(&words.text).map(|m| PhraseHit {
            pattern: m.pattern().as_usize(),
            start: m.start(),
            end: m.end(),
        });
        self.report(ctx, hits, out);
    }

    fn as_phrase_rule(&self) -> Option<&PhraseRule> {
        Some(self)
    }
}

/// A match of one of a rule's phrases in the normalised words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseHit {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

impl PhraseRule {
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Turns hits into diagnostics: word-bounded hits only, leftmost-longest
    /// among overlapping ones, then the rule's position filters.
    pub fn report(
        &self,
        ctx: &RuleContext<'_>,
        hits: impl IntoIterator<Item = PhraseHit>,
        out: &mut Findings,
    ) {
        let doc = ctx.doc;
        let words = doc.normalized();
        let mut bounded: Vec<(PhraseHit, usize, usize)> = hits
            .into_iter()
            .filter_map(|hit| {
                let first = words.word_starting_at(hit.start)?;
                let last = words.word_ending_at(hit.end)?;
                Some((hit, first, last))
            })
            .collect();
        bounded.sort_by_key(|(hit, _, _)| (hit.start, std::cmp::Reverse(hit.end)));
        let mut covered_to = 0;
        let mut per_block = PerBlock::default();
        for (hit, first, last) in bounded {
            if hit.start < covered_to {
                continue;
            }
            let span = Span::new(doc.words[first].span().start, doc.words[last].span().end);
            let block = doc.words[first].block();
            if !self.filter.accepts(doc, span, block) {
                continue;
            }
            if self.label_only[hit.pattern]
                && (doc.words_of_block(block).len() > MAX_LABEL_WORDS
                    || names_a_publication(doc, first, block))
                && !owned_by_site_or_reader(doc, first, block)
            {
                continue;
            }
            covered_to = hit.end;
            let replacement = self.replacements[hit.pattern].as_deref();
            let d = self
                .filter
                .diagnostic(&self.meta, ctx, span, span, block, replacement);
            per_block.push(out, block, d);
        }
    }
}
