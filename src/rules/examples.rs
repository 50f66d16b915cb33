//! Running a rule's documented examples: every `bad` example must trigger
//! the rule, every `good` one must not. Used by the test suite for every
//! rule of every pack, so documentation and behaviour cannot drift apart.

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::markup::{self, MarkupKind};
use crate::resources::Resources;
use crate::rules::{Findings, Rule, RuleContext};
use crate::text::{Document, Language};
use std::path::Path;

/// Runs `rule` alone on `text` read from `path` (its extension picks
/// Markdown or plain text) in `language`, as unit tests of native rules do.
pub fn run_rule(
    rule: &dyn Rule,
    text: &str,
    path: &Path,
    language: Language,
    resources: &Resources,
) -> Vec<Diagnostic> {
    let markup = markup::parse(text, MarkupKind::from_path(path));
    let doc = Document::new(path, text, markup, Some(language), language);
    let ctx = RuleContext {
        doc: &doc,
        severity: rule.meta().default_severity,
        resources,
        earlier: &[],
    };
    let mut out = Findings::unlimited();
    rule.check(&ctx, &mut out);
    out.into_vec()
}

/// Runs `rule` alone on `text` (read as Markdown) and returns its findings.
pub fn run_rule_on(rule: &dyn Rule, text: &str, config: &Config) -> Vec<Diagnostic> {
    let meta = rule.meta();
    let markup = markup::parse(text, MarkupKind::Markdown);
    let doc = Document::new(
        Path::new("example.md"),
        text,
        markup,
        meta.language,
        Language::En,
    );
    // A rule that reads the others' findings is shown them, as in the
    // engine: its examples may hold a widget line.
    let earlier = if rule.reads_findings() {
        config
            .rule_set(doc.language, &config.file_settings(doc.path))
            .map(|rules| crate::engine::findings_of_independent_rules(&doc, &rules, config))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let ctx = RuleContext {
        doc: &doc,
        severity: meta.default_severity,
        resources: &config.resources,
        earlier: &earlier,
    };
    let mut out = Vec::new();
    if meta.id.starts_with("suppression.") {
        // Findings about suppressions depend on every other rule's: run
        // the whole pipeline, as the engine does.
        if let Ok(rules) = config.rule_set(doc.language, &config.file_settings(doc.path)) {
            out = crate::engine::run_rules(&doc, &rules, config);
        }
    } else {
        let mut found = Findings::unlimited();
        rule.check(&ctx, &mut found);
        out = found.into_vec();
    }
    out.retain(|d| d.rule == meta.id);
    out
}

/// An example that opens with this line stands for its remainder repeated
/// up to 256 KiB: a rule about large files (`structure.dense-markup`) can
/// show a bad example of a few lines that runs at full size.
pub const REPEATED_EXAMPLE: &str = "<!-- example repeated to 256 KiB -->\n";

/// The text an example stands for (see [`REPEATED_EXAMPLE`]).
fn expand(example: &str) -> std::borrow::Cow<'_, str> {
    match example.strip_prefix(REPEATED_EXAMPLE) {
        Some(unit) if !unit.is_empty() => {
            let times = crate::markup::MIN_GUARDED_BYTES.div_ceil(unit.len());
            unit.repeat(times).into()
        }
        _ => example.into(),
    }
}

/// Every way the rule's examples disagree with its behaviour.
pub fn example_failures(rule: &dyn Rule, config: &Config) -> Vec<String> {
    let meta = rule.meta();
    let lang = meta.language.map_or("all", |l| l.code());
    let mut failures = Vec::new();
    if meta.examples.bad.is_empty() {
        failures.push(format!("{} ({lang}): no `bad` example", meta.id));
    }
    for example in &meta.examples.bad {
        if run_rule_on(rule, &expand(example), config).is_empty() {
            failures.push(format!(
                "{} ({lang}): bad example not flagged: {example:?}",
                meta.id
            ));
        }
    }
    for example in &meta.examples.good {
        let found = run_rule_on(rule, &expand(example), config);
        if !found.is_empty() {
            failures.push(format!(
                "{} ({lang}): good example flagged ({}): {example:?}",
                meta.id, found[0].message
            ));
        }
    }
    failures
}
