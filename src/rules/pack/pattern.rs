//! `pattern` rules: a regular expression over the prose of each block.
//!
//! A group named `span` narrows what is reported; otherwise the whole match
//! is. The regex crate forbids two groups of one name, so alternatives that
//! each need their own narrowing name theirs `span_<anything>`: the first
//! such group that took part in a match is reported. With `match-source`,
//! the pattern reads the block's original text instead of its prose (an
//! `<insert …>` instruction is an HTML tag to Markdown, masked). Patterns are compiled with a size limit so a pathological one fails
//! at load time with the pack's line, by `regex`'s own engine
//! (`regex_automata::meta`), which says how much memory each one takes: a
//! project's pack is held to a budget (`budget`).
//!
//! Compiling the built-in patterns took most of the start-up time of a run
//! (≈ 20 ms of regex compilation, for every language, on an empty file), so
//! built-in patterns are compiled when their rule first runs: an English
//! draft never builds the French ones. A project's own patterns are still
//! compiled at load, where a mistake can point at the pack's line. A
//! built-in pattern behind a quick pass ([`RelaxedCopy`]) waits further,
//! until the pass first lets a block through, and then searches only where
//! the pass's matches start ([`CandidateStarts`], `exact_matches.rs`).
//! Two rules with the same built-in pattern share one compiled copy (see
//! [`shared_slot`]).

use super::Compile;
use super::built_in_requirements::{built_in_hir, built_in_quick_copy, built_in_requirement};
use super::exact_matches::for_each_match;
use super::filter::{MatchFilter, PerBlock};
use super::required_literals::{Requirement, required_literals};
use super::schema::RawRule;
use super::word_boundaries::{CandidateStarts, RelaxedCopy};
use crate::diagnostic::Span;
use crate::rules::Findings;
use crate::rules::{Rule, RuleContext, RuleMeta};
use crate::text::Document;
use regex_automata::meta::{self, Regex};
use regex_automata::util::primitives::PatternID;
use regex_syntax::hir::Hir;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock, PoisonError};

/// How much text the pattern itself reads before its [`CandidateStarts`]
/// are compiled. Compiling them (a reverse lazy DFA of the relaxed copy)
/// costs about what the PikeVM takes to read a few pages with such a
/// pattern; a short draft (5 KB) never pays it, a long run soon saves it.
const STARTS_AFTER_BYTES: usize = 16 * 1024;

pub struct PatternRule {
    meta: RuleMeta,
    pattern: String,
    size_limit: usize,
    /// The pattern parsed, once: for its compiled forms and for the
    /// literals its matches hold (see [`PatternRule::requirement`]).
    parsed: OnceLock<Option<Arc<Hir>>>,
    /// The compiled pattern: the rule's own for a project's pattern, the
    /// process's copy for a built-in one (see [`shared_slot`]).
    compiled: OnceLock<Arc<OnceLock<Compiled>>>,
    /// `match-source`: the block's original text rather than its prose.
    match_source: bool,
    filter: MatchFilter,
    /// Whether another rule reads this rule's matches too (see
    /// [`MATCHES_READ_BY_OTHER_RULES`]): they are then found once per
    /// document and kept with it.
    matches_shared: bool,
}

/// Built-in pattern rules whose matches another rule runs again:
/// `generated.stock-phrase-density` counts the matches of the stock-phrase
/// rules (6 % of a run on a long French file went into searching them
/// twice). Their matches are kept with the document, found by whichever
/// of the two runs first. Only these: keeping every rule's matches would
/// hold all of them in memory, where the engine keeps a bounded number of
/// findings per rule.
const MATCHES_READ_BY_OTHER_RULES: &[&str] = &crate::rules::generated::STOCK_PHRASE_IDS;

/// One match a rule's filter accepted: what is reported, everything the
/// pattern recognised (which a delete fix may take), and its block.
#[derive(Clone, Copy)]
struct Match {
    reported: Span,
    whole: Span,
    block: usize,
}

/// The accepted matches of one rule in one document, in reading order.
struct DocumentMatches(Vec<Match>);

struct Compiled {
    /// A quick first pass: a block it finds nothing in holds no match (see
    /// [`RelaxedCopy`]); for a pattern with Unicode word boundaries, or
    /// any built-in pattern.
    relaxed: Option<RelaxedCopy>,
    /// The pattern itself. Behind a quick pass, a built-in pattern is
    /// compiled only when the pass first lets a block through: most drafts
    /// give it none (`generated.chat-opener` and its like), and compiling
    /// it costs more than the pass.
    exact: OnceLock<Exact>,
    /// The parsed pattern, for `exact` when it is compiled late (shared
    /// with the rule's: a large pattern's HIR costs a parse to copy).
    hir: Option<Arc<Hir>>,
    /// A built-in pattern's quick-pass copy, made by build.rs, for its
    /// candidate starts (see `quick_copy`).
    copy: Option<Hir>,
    /// Where a match may start, for a built-in pattern with Unicode word
    /// boundaries (see [`CandidateStarts`]); compiled once the pattern
    /// itself has read [`STARTS_AFTER_BYTES`]. A project's pattern has
    /// none: its memory is counted at load, without.
    starts: OnceLock<Option<CandidateStarts>>,
    /// Bytes of blocks the pattern itself has read so far, without
    /// candidate starts.
    read_without_starts: AtomicUsize,
    /// A built-in pattern, compiled late.
    built_in: bool,
}

struct Exact {
    regex: Regex,
    /// The groups named `span` or `span_…`, in pattern order; empty when
    /// the whole match is reported.
    span_groups: Vec<usize>,
}

impl PatternRule {
    pub fn compile(
        meta: RuleMeta,
        raw: &RawRule,
        size_limit: usize,
        when: Compile,
    ) -> Result<Self, String> {
        let Some(pattern) = &raw.pattern else {
            return Err(format!(
                "rule `{}`: a pattern rule needs `pattern`",
                raw.name
            ));
        };
        if !raw.label_only.is_empty() {
            return Err(format!(
                "rule `{}`: `label-only` lists phrases of a phrase rule; a pattern rule has none",
                raw.name
            ));
        }
        let rule = PatternRule {
            matches_shared: MATCHES_READ_BY_OTHER_RULES.contains(&meta.id.as_str()),
            filter: MatchFilter::from_raw(raw, &meta),
            meta,
            pattern: pattern.clone(),
            size_limit,
            parsed: OnceLock::new(),
            compiled: OnceLock::new(),
            match_source: raw.match_source,
        };
        if when == Compile::AtLoad {
            let compiled = Compiled::new(&raw.name, pattern, rule.hir(), None, size_limit, true)?;
            let _ = rule.compiled.set(Arc::new(OnceLock::from(compiled)));
        }
        Ok(rule)
    }

    /// The parsed pattern; `None` if it does not parse (it then fails to
    /// compile, with the regex crate's own message). A built-in pattern
    /// was parsed at build time, and is only rebuilt (`hir_codec`).
    fn hir(&self) -> Option<&Arc<Hir>> {
        self.parsed
            .get_or_init(|| {
                built_in_hir(&self.pattern)
                    .or_else(|| regex_automata::util::syntax::parse(&self.pattern).ok())
                    .map(Arc::new)
            })
            .as_ref()
    }

    /// Literals one of which every match holds, for a rule set to find
    /// the blocks worth reading in one pass (see `required_literals`).
    /// `None` for a pattern without such literals, or one that reads the
    /// original text (`match-source`), which the pass does not read.
    pub fn requirement(&self) -> Option<Requirement> {
        if self.match_source {
            return None;
        }
        // A built-in pattern's was found at build time, without parsing.
        built_in_requirement(&self.pattern).unwrap_or_else(|| required_literals(self.hir()?))
    }

    /// The compiled pattern, compiled now if it was not yet. Only built-in
    /// patterns are compiled late, and `every_built_in_pack_compiles`
    /// compiles every one of them.
    fn compiled(&self) -> &Compiled {
        self.slot().get_or_init(|| {
            Compiled::new(
                &self.meta.id,
                &self.pattern,
                self.hir(),
                built_in_quick_copy(&self.pattern),
                self.size_limit,
                false,
            )
            .expect("the built-in patterns compile (tested)")
        })
    }

    /// Where the compiled pattern is kept: this rule's own slot or the
    /// process's for its pattern (see [`shared_slot`]).
    fn slot(&self) -> &Arc<OnceLock<Compiled>> {
        self.compiled
            .get_or_init(|| shared_slot(&self.pattern, self.size_limit))
    }

    /// The pattern itself, compiled now if it was not yet (see
    /// [`Compiled::exact`]).
    fn exact<'c>(&self, compiled: &'c Compiled) -> &'c Exact {
        compiled.exact.get_or_init(|| {
            Exact::new(
                &self.meta.id,
                &self.pattern,
                compiled.hir.as_deref(),
                self.size_limit,
            )
            .expect("the built-in patterns compile (tested)")
        })
    }

    /// The candidate starts of a built-in pattern about to read `bytes`,
    /// compiled now if the pattern has read enough without them; `None`
    /// for a pattern that has none or has not read enough yet.
    fn starts<'c>(&self, compiled: &'c Compiled, bytes: usize) -> Option<&'c CandidateStarts> {
        if compiled.starts.get().is_none() {
            let read = compiled
                .read_without_starts
                .fetch_add(bytes, Ordering::Relaxed);
            if read < STARTS_AFTER_BYTES {
                return None;
            }
        }
        compiled
            .starts
            .get_or_init(|| {
                let (Some(pass), Some(hir), true) =
                    (&compiled.relaxed, &compiled.hir, compiled.built_in)
                else {
                    return None;
                };
                CandidateStarts::compile(pass, hir, compiled.copy.as_ref(), self.size_limit)
            })
            .as_ref()
    }
}

/// The process's compiled copy of a built-in pattern, compiled or not
/// yet, keyed by its text and size limit. Several rules hold the same
/// pattern: `generated.stock-phrase-density` runs its own copy of
/// `generated.stock-phrase`, and a rule set is built again for each
/// configuration (a project's languages, a language server's reloads).
/// Compiling the stock phrases cost 20 % of a run on a 5 KB French draft,
/// twice. Each slot is filled outside the lock: two threads compiling two
/// patterns do not wait for each other. Built-in patterns are a fixed
/// set, so the map stays bounded; a project's patterns are compiled at
/// load and keep their own copy, whose memory their budget counts.
fn shared_slot(pattern: &str, size_limit: usize) -> Arc<OnceLock<Compiled>> {
    type Slots = HashMap<(String, usize), Arc<OnceLock<Compiled>>>;
    static SLOTS: LazyLock<Mutex<Slots>> = LazyLock::new(Mutex::default);
    let mut slots = SLOTS.lock().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(slots.entry((pattern.to_owned(), size_limit)).or_default())
}

impl Compiled {
    /// The quick pass and, when there is none or `now`, the pattern itself.
    fn new(
        name: &str,
        pattern: &str,
        hir: Option<&Arc<Hir>>,
        copy: Option<Hir>,
        size_limit: usize,
        now: bool,
    ) -> Result<Self, String> {
        // Parsed once, for the pattern and its relaxed copy; a pattern that
        // does not parse is built from its text, for the regex crate's own
        // message.
        let hir = hir.cloned();
        // A built-in pattern (compiled late) gets a quick pass even without
        // Unicode word boundaries: the pass alone is compiled forwards only,
        // and the whole pattern waits for a block the pass lets through,
        // which most drafts do not have. A project's pattern keeps to
        // itself, for its memory counted at load to stay what it was.
        let relaxed = hir
            .as_ref()
            .and_then(|hir| RelaxedCopy::compile(hir, copy.as_ref(), size_limit, !now));
        let exact = if now || relaxed.is_none() {
            OnceLock::from(Exact::new(name, pattern, hir.as_deref(), size_limit)?)
        } else {
            OnceLock::new()
        };
        Ok(Compiled {
            relaxed,
            exact,
            hir,
            copy,
            starts: OnceLock::new(),
            read_without_starts: AtomicUsize::new(0),
            built_in: !now,
        })
    }
}

impl Exact {
    fn new(
        name: &str,
        pattern: &str,
        hir: Option<&Hir>,
        size_limit: usize,
    ) -> Result<Self, String> {
        // The limits `regex::RegexBuilder::size_limit` and `dfa_size_limit`
        // set, and the same for the DFAs it may build ahead of time.
        let config = meta::Config::new()
            .nfa_size_limit(Some(size_limit))
            .onepass_size_limit(Some(size_limit))
            .dfa_size_limit(Some(size_limit))
            .hybrid_cache_capacity(size_limit);
        let mut builder = Regex::builder();
        builder.configure(config);
        let built = match hir {
            Some(hir) => builder.build_from_hir(hir),
            None => builder.build(pattern),
        };
        let regex = built.map_err(|e| {
            let why = match e.size_limit() {
                Some(limit) => {
                    format!("it exceeds the size limit of {limit} bytes once compiled")
                }
                None => e.to_string(),
            };
            format!("rule `{name}`: invalid regular expression: {why}")
        })?;
        let span_groups = regex
            .group_info()
            .pattern_names(PatternID::ZERO)
            .enumerate()
            .filter(|(_, name)| name.is_some_and(|n| n == "span" || n.starts_with("span_")))
            .map(|(index, _)| index)
            .collect();
        Ok(Exact { regex, span_groups })
    }
}

impl PatternRule {
    /// The memory the compiled expression takes (its search caches aside).
    pub fn memory_usage(&self) -> usize {
        let compiled = self.compiled();
        self.exact(compiled).regex.memory_usage()
            + compiled
                .relaxed
                .as_ref()
                .map_or(0, RelaxedCopy::memory_usage)
    }
}

impl Rule for PatternRule {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        self.check_blocks(ctx, None, out);
    }

    fn as_pattern_rule(&self) -> Option<&PatternRule> {
        Some(self)
    }
}

impl PatternRule {
    /// Checks the blocks listed (indices into `doc.blocks()`, in order), or
    /// every block for `None`: a rule set lists the blocks that hold one of
    /// the pattern's required literals (see [`Self::requirement`]), and
    /// compiling the pattern waits for the first of them.
    pub fn check_blocks(&self, ctx: &RuleContext<'_>, blocks: Option<&[u32]>, out: &mut Findings) {
        let doc = ctx.doc;
        let mut per_block = PerBlock::default();
        let mut report = |m: &Match| {
            let d = (self.filter).diagnostic(&self.meta, ctx, m.reported, m.whole, m.block, None);
            per_block.push(out, m.block, d);
        };
        if self.matches_shared {
            // Every block the rule set lists holds a required literal, and
            // no other block holds a match: the same matches either way.
            let key = Arc::as_ptr(self.slot()) as u64;
            let matches = doc.memo(key, |_| {
                let mut all = Vec::new();
                self.find(doc, blocks, |m| all.push(m));
                DocumentMatches(all)
            });
            matches.0.iter().for_each(report);
        } else {
            self.find(doc, blocks, |m| report(&m));
        }
    }

    /// Calls `found` with each match the filter accepts in the blocks
    /// listed (all blocks for `None`), in reading order.
    fn find(&self, doc: &Document<'_>, blocks: Option<&[u32]>, mut found: impl FnMut(Match)) {
        if doc.blocks().is_empty() || blocks.is_some_and(<[u32]>::is_empty) {
            return;
        }
        let indices: Box<dyn Iterator<Item = usize>> = match blocks {
            Some(blocks) => Box::new(blocks.iter().map(|&b| b as usize)),
            None => Box::new(0..doc.blocks().len()),
        };
        let compiled = self.compiled();
        for index in indices {
            let block = &doc.blocks()[index];
            if !self.filter.accepts_block(doc, index) {
                continue;
            }
            // Both have the block's bytes at the same offsets.
            let prose = if self.match_source {
                doc.text(block.span())
            } else {
                doc.prose(block.span())
            };
            if (compiled.relaxed.as_ref()).is_some_and(|quick| !quick.may_match(prose)) {
                continue;
            }
            let Exact { regex, span_groups } = self.exact(compiled);
            let at = |start: usize, end: usize| {
                Span::new(block.span().start + start, block.span().start + end)
            };
            // `reported`: what is reported; `whole`: everything the
            // pattern recognised as widget text, which a delete fix may
            // take.
            let mut push = |reported: Span, whole: Span| {
                let in_code = self.match_source && in_inline_code(doc.source(), reported);
                if !reported.is_empty() && !in_code && self.filter.accepts(doc, reported, index) {
                    found(Match {
                        reported,
                        whole,
                        block: index,
                    });
                }
            };
            let starts = self.starts(compiled, prose.len());
            if span_groups.is_empty() && starts.is_none() {
                regex.find_iter(prose).for_each(|m| {
                    let whole = at(m.start(), m.end());
                    push(whole, whole)
                });
            } else {
                for_each_match(regex, starts, prose, |caps| {
                    let whole = caps.get_match();
                    let reported = if span_groups.is_empty() {
                        whole.map(|m| m.span())
                    } else {
                        span_groups.iter().find_map(|&g| caps.get_group(g))
                    };
                    if let (Some(m), Some(whole)) = (reported, whole) {
                        push(at(m.start, m.end), at(whole.start(), whole.end()));
                    }
                });
            }
        }
    }
}

/// Whether `span` sits inside inline code on its line (an odd number of
/// backquotes before it): a rule that reads the source rather than the
/// prose sees the code the prose masks (`deploy <target name>`), and code
/// is never the text's own wording.
fn in_inline_code(source: &str, span: Span) -> bool {
    let line = crate::text::lines_around(source, span);
    source[line.start..span.start].matches('`').count() % 2 == 1
}
