//! The catalogue of every known rule, and the per-document selection of the
//! rules that run (a [`RuleSet`]).

use crate::config::RuleSettings;
use crate::diagnostic::Severity;
use crate::error::FileError;
use crate::rules::pack::{PackBudget, PatternBatch, PhraseHit, built_in_pack_rules, load_pack};
use crate::rules::{Rule, native_rules};
use crate::text::Language;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Every rule draftlint knows: native rules, built-in packs, a project's
/// packs. The same id may exist once per language (`promo.read-more` in the
/// French and the English pack), so users configure it once.
#[derive(Clone)]
pub struct Catalogue {
    rules: Vec<Arc<dyn Rule>>,
    /// What a configuration's own packs may still add.
    budget: PackBudget,
}

impl Catalogue {
    /// Native rules and the embedded packs.
    pub fn builtin() -> Result<Self, FileError> {
        let mut rules = native_rules();
        rules.extend(built_in_pack_rules()?.iter().cloned());
        let mut catalogue = Catalogue {
            rules,
            budget: PackBudget::default(),
        };
        catalogue.sort_and_check_duplicates(Path::new("rules"), "")?;
        Ok(catalogue)
    }

    /// Adds a project's pack; its ids must not clash with known ones, and
    /// it takes from the budget of the configuration's packs.
    pub fn add_pack(&mut self, path: &Path, text: &str) -> Result<(), FileError> {
        self.rules
            .extend(load_pack(path, text, Some(&mut self.budget))?);
        self.sort_and_check_duplicates(path, text)
    }

    fn sort_and_check_duplicates(&mut self, path: &Path, text: &str) -> Result<(), FileError> {
        self.rules.sort_by(|a, b| {
            (&a.meta().id, a.meta().language).cmp(&(&b.meta().id, b.meta().language))
        });
        for pair in self.rules.windows(2) {
            let (a, b) = (pair[0].meta(), pair[1].meta());
            let clash = a.id == b.id
                && (a.language == b.language || a.language.is_none() || b.language.is_none());
            if clash {
                return Err(
                    FileError::new(path, format!("rule id `{}` is defined twice", a.id))
                        .at(text, None)
                        .with_help("rename the rule in your pack, or disable the built-in one"),
                );
            }
        }
        Ok(())
    }

    pub fn rules(&self) -> &[Arc<dyn Rule>] {
        &self.rules
    }

    /// All rules with this id (one per language at most).
    pub fn by_id(&self, id: &str) -> Vec<&Arc<dyn Rule>> {
        self.rules.iter().filter(|r| r.meta().id == id).collect()
    }

    /// Whether a configuration key names something: a rule id, a pack
    /// (`promo`) or a category (`spelling`).
    pub fn knows_selector(&self, selector: &str) -> bool {
        self.rules
            .iter()
            .any(|r| selector_matches(selector, r.as_ref()).is_some())
    }

    /// Picks and configures the rules that run on a document in `language`.
    pub fn select(
        &self,
        language: Language,
        settings: &BTreeMap<String, RuleSettings>,
    ) -> Result<RuleSet, String> {
        let mut active = Vec::new();
        for rule in &self.rules {
            let meta = rule.meta();
            if !meta.applies_to(language) {
                continue;
            }
            // Settings apply from the least specific selector to the most
            // specific, so `promo.read-more` overrides `promo`.
            let mut matching: Vec<(u8, &RuleSettings)> = settings
                .iter()
                .filter_map(|(sel, s)| selector_matches(sel, rule.as_ref()).map(|rank| (rank, s)))
                .collect();
            matching.sort_by_key(|(rank, _)| *rank);
            let mut enabled = meta.default_enabled;
            let mut severity = meta.default_severity;
            let mut options = toml::Table::new();
            for (_, s) in matching {
                if let Some(e) = s.enabled {
                    enabled = e;
                }
                if let Some(sev) = s.severity {
                    severity = sev;
                }
                options.extend(s.options.clone());
            }
            if !enabled {
                continue;
            }
            let rule = if options.is_empty() {
                Arc::clone(rule)
            } else {
                Arc::from(rule.with_options(&options)?)
            };
            active.push(ActiveRule { rule, severity });
        }
        let phrases = PhraseBatch::build(&active);
        let patterns = PatternBatch::build(&active);
        Ok(RuleSet {
            rules: active,
            phrases,
            patterns,
        })
    }
}

/// How specifically `selector` names `rule`: 2 for its id, 1 for its pack
/// or category, `None` when it does not.
fn selector_matches(selector: &str, rule: &dyn Rule) -> Option<u8> {
    let meta = rule.meta();
    if selector == meta.id {
        Some(2)
    } else if meta
        .id
        .strip_prefix(selector)
        .is_some_and(|rest| rest.starts_with('.'))
        || selector == meta.category.as_str()
    {
        Some(1)
    } else {
        None
    }
}

pub struct ActiveRule {
    pub rule: Arc<dyn Rule>,
    pub severity: Severity,
}

/// The rules that run on one document, with their configured severities.
pub struct RuleSet {
    pub rules: Vec<ActiveRule>,
    /// The phrases of every phrase rule, matched in one pass.
    pub phrases: Option<PhraseBatch>,
    /// The literals of every pattern rule, matched in one pass.
    pub patterns: Option<PatternBatch>,
}

/// One Aho-Corasick automaton for the phrases of all the phrase rules of a
/// rule set: a document is scanned once, not once per rule.
pub struct PhraseBatch {
    /// Each phrase between spaces (see [`PhraseBatch::build`]).
    patterns: Vec<String>,
    /// Built on the first document with words: a full DFA takes ≈ 5 ms to
    /// build, which a run over empty files, or over files in the other
    /// language, need not pay. `None` if it cannot be built: the phrase
    /// rules then run one by one.
    matcher: OnceLock<Option<AhoCorasick>>,
    /// For each pattern: (index in `RuleSet::rules`, pattern index in the rule).
    owners: Vec<(usize, usize)>,
}

impl PhraseBatch {
    fn build(active: &[ActiveRule]) -> Option<Self> {
        // Each phrase between spaces, searched in the text between spaces:
        // the automaton itself then matches whole words only, and never
        // reports `ad` inside `headline`.
        let mut patterns: Vec<String> = Vec::new();
        let mut owners = Vec::new();
        for (index, active) in active.iter().enumerate() {
            if let Some(phrase_rule) = active.rule.as_phrase_rule() {
                for (p, pattern) in phrase_rule.patterns().iter().enumerate() {
                    patterns.push(format!(" {pattern} "));
                    owners.push((index, p));
                }
            }
        }
        if patterns.is_empty() {
            return None;
        }
        Some(PhraseBatch {
            patterns,
            matcher: OnceLock::new(),
            owners,
        })
    }

    fn matcher(&self) -> Option<&AhoCorasick> {
        self.matcher
            .get_or_init(|| {
                // Overlapping search: each rule then keeps its own
                // leftmost-longest matches, as if it had scanned alone.
                // A full DFA: the fastest search, built once per rule set.
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&self.patterns)
                    .ok()
            })
            .as_ref()
    }

    /// Every phrase hit in `text` (normalised words), grouped by the rule
    /// that owns it; `None` when the automaton could not be built.
    pub fn hits(&self, text: &str, rules: usize) -> Option<Vec<Vec<PhraseHit>>> {
        let mut hits = vec![Vec::new(); rules];
        if text.is_empty() {
            return Some(hits);
        }
        let matcher = self.matcher()?;
        // The patterns are phrases between spaces, searched in the text
        // between spaces. A phrase inside the text has its spaces there
        // already; only one at either end needs the space added, and it
        // lies within the longest pattern of that end. So the text itself
        // is searched, and copies are made of its two ends only (a copy of
        // the whole was the largest allocation of a long file's check).
        let longest = self.patterns.iter().map(String::len).max().unwrap_or(0);
        let mut push = |pattern: usize, start: usize, end: usize| {
            let (rule, pattern) = self.owners[pattern];
            hits[rule].push(PhraseHit {
                pattern,
                start,
                end,
            });
        };
        if text.len() <= 2 * longest {
            let padded = format!(" {text} ");
            for m in matcher.find_overlapping_iter(&padded) {
                // Back to offsets in `text`, without the spaces around.
                push(m.pattern().as_usize(), m.start(), m.end() - 2);
            }
            return Some(hits);
        }
        let mut head_end = longest;
        while !text.is_char_boundary(head_end) {
            head_end += 1;
        }
        let head = format!(" {}", &text[..head_end]);
        for m in matcher.find_overlapping_iter(&head) {
            if m.start() == 0 {
                push(m.pattern().as_usize(), 0, m.end() - 2);
            }
        }
        for m in matcher.find_overlapping_iter(text) {
            push(m.pattern().as_usize(), m.start() + 1, m.end() - 1);
        }
        let mut tail_start = text.len() - longest;
        while !text.is_char_boundary(tail_start) {
            tail_start -= 1;
        }
        let tail = format!("{} ", &text[tail_start..]);
        for m in matcher.find_overlapping_iter(&tail) {
            if m.end() == tail.len() {
                push(
                    m.pattern().as_usize(),
                    tail_start + m.start() + 1,
                    text.len(),
                );
            }
        }
        Some(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Start-up: a rule set's phrase automaton is built for the first
    /// document with words, not for an empty one.
    #[test]
    fn the_phrase_automaton_waits_for_words() {
        let catalogue = Catalogue::builtin().unwrap();
        let rules = catalogue.select(Language::Fr, &BTreeMap::new()).unwrap();
        let batch = rules
            .phrases
            .as_ref()
            .expect("French packs have phrase rules");
        let empty = batch.hits("", rules.rules.len()).unwrap();
        assert!(empty.iter().all(Vec::is_empty));
        assert!(batch.matcher.get().is_none());
        assert!(batch.hits("un mot", rules.rules.len()).is_some());
        assert!(batch.matcher.get().is_some());
    }
}
