//! The engine: one file in, a report out. It never prints.
//!
//! ```text
//! source::decode ─► markup::parse ─► text::Document ─► rules ─► sort ─► suppress
//! ```
//!
//! A document with paragraphs in another language (see
//! [`crate::text::foreign_blocks`]) is checked in parts: rules that read
//! one language's words (spelling, the phrase packs, see
//! [`RuleMeta::reads_one_language`](crate::rules::RuleMeta::reads_one_language))
//! run once per language on a view of the document holding only that
//! language's blocks, with that language's rule set; every other rule runs
//! once on the whole document.

use crate::config::{Config, FileSettings};
use crate::diagnostic::{Category, Diagnostic, sort_diagnostics};
use crate::markup::{self, MarkupKind};
use crate::rules::{Findings, MAX_FINDINGS_PER_RULE, RuleContext, RuleMeta, RuleSet};
use crate::source::{self, Encoding};
use crate::suppress;
use crate::text::{Document, Language, foreign_blocks};
use std::path::{Path, PathBuf};

mod one_family;

/// What linting one file produced. `source` is kept so renderers can show
/// snippets and compute lines and columns; it is `None` when the file could
/// not be read.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: PathBuf,
    pub source: Option<String>,
    pub language: Option<Language>,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<String>,
}

impl FileReport {
    /// A file the configuration excludes, named anyway: nothing to report.
    pub fn excluded(path: &Path) -> Self {
        FileReport {
            path: path.to_path_buf(),
            source: Some(String::new()),
            language: None,
            diagnostics: Vec::new(),
            error: None,
        }
    }

    pub fn failed(path: &Path, error: impl Into<String>) -> Self {
        FileReport {
            path: path.to_path_buf(),
            source: None,
            language: None,
            diagnostics: Vec::new(),
            error: Some(error.into()),
        }
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `--encoding`: read non-UTF-8 files in this encoding.
    pub encoding: Option<Encoding>,
    /// `--stdin-filename`: the path standard input stands for.
    pub stdin_filename: Option<PathBuf>,
}

/// Reads and lints one file. `path` may be `-` for standard input.
pub fn lint_path(path: &Path, config: &Config, options: &ReadOptions) -> FileReport {
    let display_path = if path == Path::new("-") {
        options
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("<stdin>"))
    } else {
        path.to_path_buf()
    };
    let bytes = match source::read_bytes(path) {
        Ok(bytes) => bytes,
        Err(e) => return FileReport::failed(&display_path, format!("cannot read the file: {e}")),
    };
    let text = match source::decode(bytes, options.encoding) {
        Ok(text) => text,
        Err(e) => return FileReport::failed(&display_path, e.to_string()),
    };
    let settings = config.file_settings(&display_path);
    lint_text(&display_path, text, config, &settings)
}

/// Lints text already in memory (buffers of the language server, tests).
pub fn lint_text(
    path: &Path,
    text: String,
    config: &Config,
    settings: &FileSettings,
) -> FileReport {
    #[cfg(debug_assertions)]
    crate::panic_guard::inject_fault(path);
    // The text layer keeps byte offsets in 32 bits (see `text::Word`):
    // files are refused above this size before they are read, and a
    // buffer handed over another way (the language server) is too.
    if text.len() as u64 > source::MAX_FILE_BYTES {
        return FileReport::failed(
            path,
            format!(
                "larger than {} MiB, not linted; split the text",
                source::MAX_FILE_BYTES / (1024 * 1024)
            ),
        );
    }
    let kind = MarkupKind::from_path(path);
    let markup = markup::parse_with(&text, kind, &config.markup);
    let lint = |doc: &Document<'_>| (doc.language, lint_document(doc, config, settings));
    // Plain text with nothing to mask is its own masked prose: the document
    // then keeps one copy of the text, not two (a 50 MB file: 50 MB less).
    let (text, (language, result)) = if markup.masked == text {
        drop(text);
        let doc = Document::over_masked(path, markup, settings.language, config.fallback_language);
        let linted = lint(&doc);
        (doc.into_markup().masked, linted)
    } else {
        let doc = Document::new(
            path,
            &text,
            markup,
            settings.language,
            config.fallback_language,
        );
        let linted = lint(&doc);
        drop(doc);
        (text, linted)
    };
    let report = match result {
        Ok(diagnostics) => FileReport {
            path: path.to_path_buf(),
            source: Some(text),
            language: Some(language),
            diagnostics,
            error: None,
        },
        Err(e) => FileReport::failed(path, format!("invalid rule options: {e}")),
    };
    // Debug builds (every test) check the output contract on every file;
    // release builds trust what the fuzzers and property tests established.
    #[cfg(debug_assertions)]
    if let Err(violation) = crate::invariants::check_report(&report) {
        panic!("{}: {violation}", path.display());
    }
    report
}

/// Every finding of the rules `settings` select for `doc`, paragraphs in
/// another language checked in theirs, suppressions applied, sorted.
fn lint_document(
    doc: &Document<'_>,
    config: &Config,
    settings: &FileSettings,
) -> Result<Vec<Diagnostic>, String> {
    let rules = config.rule_set(doc.language, settings)?;
    let foreign = foreign_blocks(doc, config.paragraph_language);
    if foreign.is_empty() {
        return Ok(run_rules(doc, &rules, config));
    }
    let mut diagnostics = Vec::new();
    collect(
        doc,
        &rules,
        config,
        |m| !m.reads_one_language(),
        &mut diagnostics,
    );
    // The language each block is checked in.
    let mut block_language = vec![doc.language; doc.blocks().len()];
    for &(block, language) in &foreign {
        block_language[block] = language;
    }
    let mut parts = Vec::new();
    for language in Language::ALL {
        if language != doc.language && !foreign.iter().any(|(_, l)| *l == language) {
            continue;
        }
        let part = part_in(
            doc,
            language,
            |block| block_language[block] == language,
            config,
        );
        let rules = config.rule_set(language, settings)?;
        collect(
            &part,
            &rules,
            config,
            |m| m.reads_one_language(),
            &mut diagnostics,
        );
        parts.push((part, rules));
    }
    // Then the rules that read those findings, each part in its language.
    let mut later = Vec::new();
    collect_later(
        doc,
        &rules,
        config,
        |m| !m.reads_one_language(),
        &diagnostics,
        &mut later,
    );
    // The parts read what the whole document's later rules found too (a
    // widget line recognised by its form is no cut paragraph either).
    let seen: Vec<Diagnostic> = diagnostics.iter().chain(&later).cloned().collect();
    for (part, part_rules) in &parts {
        collect_later(
            part,
            part_rules,
            config,
            |m| m.reads_one_language(),
            &seen,
            &mut later,
        );
    }
    diagnostics.append(&mut later);
    finish(doc, &rules, config, &mut diagnostics);
    Ok(diagnostics)
}

/// A view of `doc` holding only the blocks `keep` accepts, in `language`:
/// the other blocks are masked out, offsets are unchanged.
fn part_in<'d>(
    doc: &'d Document<'_>,
    language: Language,
    keep: impl Fn(usize) -> bool,
    config: &Config,
) -> Document<'d> {
    let mut markup = doc.markup.clone();
    let mut masked = std::mem::take(&mut markup.masked).into_bytes();
    let mut blocks = Vec::new();
    for (index, block) in markup.blocks.iter().enumerate() {
        if keep(index) {
            blocks.push(block.clone());
        } else {
            for b in &mut masked[block.span().range()] {
                if *b != b'\n' {
                    *b = b' ';
                }
            }
        }
    }
    markup.blocks = blocks;
    markup.masked = String::from_utf8(masked).expect("whole blocks were blanked");
    Document::new(
        doc.path,
        doc.source(),
        markup,
        Some(language),
        config.fallback_language,
    )
}

/// Runs every rule of the set on the document, then the suppression stage
/// (inline `draftlint-disable` comments), and returns sorted findings.
pub fn run_rules(doc: &Document<'_>, rules: &RuleSet, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = findings_of_independent_rules(doc, rules, config);
    let mut later = Vec::new();
    collect_later(doc, rules, config, |_| true, &diagnostics, &mut later);
    diagnostics.append(&mut later);
    finish(doc, rules, config, &mut diagnostics);
    diagnostics
}

/// The findings of the rules that do not read other rules' findings: what
/// the others are given in [`RuleContext::earlier`].
pub fn findings_of_independent_rules(
    doc: &Document<'_>,
    rules: &RuleSet,
    config: &Config,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    collect(doc, rules, config, |_| true, &mut diagnostics);
    diagnostics
}

/// Runs the rules `select` accepts among those that read the others'
/// findings (a widget line is no truncated paragraph), given `earlier`.
fn collect_later(
    doc: &Document<'_>,
    rules: &RuleSet,
    config: &Config,
    select: impl Fn(&RuleMeta) -> bool,
    earlier: &[Diagnostic],
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Leftovers recognised by their form (promo) come first: the rules
    // after them read their findings as well.
    let (first, then): (Vec<_>, Vec<_>) = rules
        .rules
        .iter()
        .filter(|a| a.rule.reads_findings() && select(a.rule.meta()))
        .partition(|a| a.rule.meta().category == Category::Promo);
    let mut found_first = Vec::new();
    for active in first {
        let ctx = RuleContext {
            doc,
            severity: active.severity,
            resources: &config.resources,
            earlier,
        };
        let mut found = Findings::with_limit(MAX_FINDINGS_PER_RULE);
        active.rule.check(&ctx, &mut found);
        found_first.append(&mut found.into_vec());
    }
    let with_first: Vec<Diagnostic>;
    let earlier = if found_first.is_empty() {
        earlier
    } else {
        with_first = earlier.iter().chain(&found_first).cloned().collect();
        &with_first
    };
    diagnostics.append(&mut found_first);
    for active in then {
        let ctx = RuleContext {
            doc,
            severity: active.severity,
            resources: &config.resources,
            earlier,
        };
        let mut found = Findings::with_limit(MAX_FINDINGS_PER_RULE);
        active.rule.check(&ctx, &mut found);
        diagnostics.append(&mut found.into_vec());
    }
}

/// The findings of the rules of the set that `select` accepts.
fn collect(
    doc: &Document<'_>,
    rules: &RuleSet,
    config: &Config,
    select: impl Fn(&RuleMeta) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // The one-pass searches serve only the pack rules that run here: a
    // document with paragraphs in another language runs its pack rules
    // on each language's part, and the whole document's pass (`select`
    // then leaves them out) would scan its text for nothing.
    let runs = |is_kind: fn(&crate::rules::catalogue::ActiveRule) -> bool| {
        (rules.rules.iter())
            .any(|a| is_kind(a) && !a.rule.reads_findings() && select(a.rule.meta()))
    };
    let mut phrase_hits = (rules.phrases.as_ref())
        .filter(|_| runs(|a| a.rule.as_phrase_rule().is_some()))
        .and_then(|batch| batch.hits(&doc.normalized().text, rules.rules.len()));
    let pattern_blocks = (rules.patterns.as_ref())
        .filter(|_| runs(|a| a.rule.as_pattern_rule().is_some()))
        .map(|batch| batch.blocks(doc, &rules.rules));
    // Pack rules first: a native rule that reads a pack rule's matches
    // again (`generated.stock-phrase-density`) finds them kept with the
    // document, found where the pattern batch's literals let them be.
    let is_pack_rule = |a: &&crate::rules::catalogue::ActiveRule| {
        a.rule.as_pattern_rule().is_some() || a.rule.as_phrase_rule().is_some()
    };
    let packs_first: Vec<_> = (rules.rules.iter().enumerate())
        .filter(|(_, a)| is_pack_rule(a))
        .chain((rules.rules.iter().enumerate()).filter(|(_, a)| !is_pack_rule(a)))
        .collect();
    let last_repetition_rule = packs_first
        .iter()
        .rposition(|(_, a)| a.rule.meta().category == Category::Repetition);
    for (position, &(index, active)) in packs_first.iter().enumerate() {
        if last_repetition_rule.is_some_and(|last| position == last + 1) {
            crate::rules::repetition::release(doc);
        }
        // Rules that read the others' findings run after them.
        if active.rule.reads_findings() || !select(active.rule.meta()) {
            continue;
        }
        let ctx = RuleContext {
            doc,
            severity: active.severity,
            resources: &config.resources,
            earlier: &[],
        };
        // Each rule reports at most MAX_FINDINGS_PER_RULE findings here,
        // then one summary: memory stays linear in the text.
        let mut found = Findings::with_limit(MAX_FINDINGS_PER_RULE);
        match (active.rule.as_phrase_rule(), phrase_hits.as_mut()) {
            (Some(phrase_rule), Some(hits)) => {
                phrase_rule.report(&ctx, std::mem::take(&mut hits[index]), &mut found);
            }
            _ => match active.rule.as_pattern_rule() {
                Some(pattern_rule) => {
                    let blocks = pattern_blocks.as_ref().and_then(|b| b[index].as_deref());
                    pattern_rule.check_blocks(&ctx, blocks, &mut found);
                }
                None => active.rule.check(&ctx, &mut found),
            },
        }
        diagnostics.append(&mut found.into_vec());
    }
}

/// Sorts, drops duplicates, applies inline suppressions, then leaves each
/// cut word to the truncation finding that claims it (after suppression: a
/// suppressed cut gives its word back to spelling) and each promo line to
/// the promo finding that spans it.
fn finish(doc: &Document<'_>, rules: &RuleSet, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    sort_diagnostics(diagnostics);
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
    suppress::apply(
        doc.source(),
        &doc.markup.comments,
        diagnostics,
        &config.catalogue,
        rules,
    );
    one_family::drop_promo_inside_promo(diagnostics);
    one_family::drop_generated_inside_generated(diagnostics);
    one_family::drop_unfinished_lines_of_other_families(doc.source(), doc.language, diagnostics);
    one_family::drop_cuts_of_empty_items(doc.source(), diagnostics);
    one_family::drop_spelling_of_cut_words(diagnostics);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalogue;

    /// Matching every phrase rule in one pass gives what each rule finds
    /// alone.
    #[test]
    fn batched_phrase_rules_match_rules_run_alone() {
        let text = "Un article.\n\nLire la suite\n\nAbonnez-vous à notre newsletter !\n\n\
                    Partagez cet article\n\nCliquez ici. Il faudra voire même au jour \
                    d'aujourd'hui collaborer ensemble.\n\nSur le même sujet\n";
        let config = Config::defaults(".".into(), Catalogue::builtin().unwrap());
        let path = Path::new("a.txt");
        let settings = config.file_settings(path);
        let batched = lint_text(path, text.to_string(), &config, &settings).diagnostics;

        let doc = Document::new(
            path,
            text,
            markup::parse(text, MarkupKind::Plain),
            None,
            Language::Fr,
        );
        let rules = config.rule_set(doc.language, &settings).unwrap();
        assert!(rules.phrases.is_some());
        let mut alone = Findings::unlimited();
        for active in rules.rules.iter().filter(|a| !a.rule.reads_findings()) {
            let ctx = RuleContext {
                doc: &doc,
                severity: active.severity,
                resources: &config.resources,
                earlier: &[],
            };
            active.rule.check(&ctx, &mut alone);
        }
        let mut alone = alone.into_vec();
        let mut later = Findings::unlimited();
        for active in rules.rules.iter().filter(|a| a.rule.reads_findings()) {
            let ctx = RuleContext {
                doc: &doc,
                severity: active.severity,
                resources: &config.resources,
                earlier: &alone,
            };
            active.rule.check(&ctx, &mut later);
        }
        alone.append(&mut later.into_vec());
        sort_diagnostics(&mut alone);
        alone.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        // Two rules of one family on one line are one defect, reported
        // once, batched or not ("Cliquez ici." is `click-here`'s wording
        // and `lost-link-pointer`'s shape).
        one_family::drop_promo_inside_promo(&mut alone);
        one_family::drop_generated_inside_generated(&mut alone);
        assert!(
            batched
                .iter()
                .filter(|d| d.rule.starts_with("promo."))
                .count()
                >= 3
        );
        assert_eq!(batched, alone);
    }
}
