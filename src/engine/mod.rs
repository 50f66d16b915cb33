//! The engine: one file in, a report out. It never prints.
//!
//! ```text
//! source::decode ─► markup::parse ─► text::Document ─► rules ─► sort ─► suppress
//! ```

use crate::config::{Config, FileSettings};
use crate::diagnostic::{Diagnostic, sort_diagnostics};
use crate::markup::{self, MarkupKind};
use crate::rules::{Findings, MAX_FINDINGS_PER_RULE, RuleContext, RuleSet};
use crate::source::{self, Encoding};
use crate::suppress;
use crate::text::{Document, Language};
use std::path::{Path, PathBuf};

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
    let kind = MarkupKind::from_path(path);
    let markup = markup::parse(&text, kind);
    let doc = Document::new(
        path,
        &text,
        markup,
        settings.language,
        config.fallback_language,
    );
    let language = doc.language;
    let result = config
        .rule_set(language, settings)
        .map(|rules| run_rules(&doc, &rules, config));
    drop(doc);
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

/// The findings of the rules that do not read other rules' findings: what
/// the others are given in [`RuleContext::earlier`].
pub fn findings_of_independent_rules(
    doc: &Document<'_>,
    rules: &RuleSet,
    config: &Config,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut phrase_hits = rules
        .phrases
        .as_ref()
        .map(|batch| batch.hits(&doc.normalized().text, rules.rules.len()));
    for (index, active) in rules.rules.iter().enumerate() {
        if active.rule.reads_findings() {
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
            _ => active.rule.check(&ctx, &mut found),
        }
        diagnostics.append(&mut found.into_vec());
    }
    diagnostics
}

/// Runs every rule of the set on the document, then the suppression stage
/// (inline `draftlint-disable` comments), and returns sorted findings.
pub fn run_rules(doc: &Document<'_>, rules: &RuleSet, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = findings_of_independent_rules(doc, rules, config);
    // Then the rules that read those findings (a widget line is no
    // truncated paragraph), in the same order.
    let mut later = Vec::new();
    for active in rules.rules.iter().filter(|a| a.rule.reads_findings()) {
        let ctx = RuleContext {
            doc,
            severity: active.severity,
            resources: &config.resources,
            earlier: &diagnostics,
        };
        let mut found = Findings::with_limit(MAX_FINDINGS_PER_RULE);
        active.rule.check(&ctx, &mut found);
        later.append(&mut found.into_vec());
    }
    diagnostics.append(&mut later);
    sort_diagnostics(&mut diagnostics);
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
    suppress::apply(
        doc.source,
        &doc.markup.comments,
        &mut diagnostics,
        &config.catalogue,
        rules,
    );
    diagnostics
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
