//! Where the time goes: parsing, text analysis and each default rule, over
//! the measurement corpus (or the directories given).
//!
//! ```text
//! cargo run --release --example rule_timings [DIR...]
//! ```
//!
//! Each file is linted several times; the figures are the total per pass
//! over all files, largest first. The analyses rules share (normalised
//! words, the token stream, spelling's candidate words) are timed apart:
//! every rule runs once to build them, then again, timed on its own; the
//! difference is reported as `(analyses first built by <rule>)`. Spelling
//! is included; set `DRAFTLINT_BENCH_SPELLING=0` to leave it out, and
//! `DRAFTLINT_BENCH_PASSES=N` to time N passes instead of 20 (one long
//! file, as `scripts/speed-report.sh` gives it, needs 2 or 3).

use draftlint::config::{Config, RuleSettings};
use draftlint::markup::{self, MarkupKind};
use draftlint::rules::{Catalogue, RuleContext};
use draftlint::text::Document;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Passes timed after the warming one; `DRAFTLINT_BENCH_PASSES` overrides
/// it (a 2.4 MB file needs few).
const PASSES: u32 = 20;

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let dirs = if args.is_empty() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        vec![shared.join("clean"), shared.join("defective")]
    } else {
        args
    };
    let mut files = Vec::new();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if (ext == "md" || ext == "txt")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                files.push((path, text));
            }
        }
    }
    files.sort();
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let mut config = Config::defaults(PathBuf::from("."), catalogue);
    if std::env::var("DRAFTLINT_BENCH_SPELLING").is_ok_and(|v| v == "0") {
        config.rules.insert(
            "spelling".into(),
            RuleSettings {
                enabled: Some(false),
                ..RuleSettings::default()
            },
        );
    }
    let passes: u32 = std::env::var("DRAFTLINT_BENCH_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .filter(|&p| p > 0)
        .unwrap_or(PASSES);
    let mut times: BTreeMap<String, Duration> = BTreeMap::new();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    for pass in 0..=passes {
        for (path, text) in &files {
            let mut time = |name: &str, elapsed: Duration| {
                // Pass 0 warms caches (dictionaries, lazily built rules).
                if pass > 0 {
                    *times.entry(name.to_string()).or_default() += elapsed;
                }
            };
            let start = Instant::now();
            let markup = markup::parse(text, MarkupKind::from_path(path));
            time("(markup)", start.elapsed());
            let start = Instant::now();
            let settings = config.file_settings(path);
            let doc = Document::new(path, text, markup, None, draftlint::text::Language::En);
            time("(words, sentences, language)", start.elapsed());
            let start = Instant::now();
            doc.normalized();
            time("(normalised words)", start.elapsed());
            let rules = config.rule_set(doc.language, &settings).expect("rule set");
            if let Some(batch) = &rules.phrases {
                let start = Instant::now();
                std::hint::black_box(batch.hits(&doc.normalized().text, rules.rules.len()));
                time("(phrase rules, one pass)", start.elapsed());
            }
            let pattern_blocks = rules.patterns.as_ref().map(|batch| {
                let start = Instant::now();
                let blocks = batch.blocks(&doc, &rules.rules);
                time("(pattern rules' literals, one pass)", start.elapsed());
                blocks
            });
            let native: Vec<_> = rules
                .rules
                .iter()
                .enumerate()
                .filter(|(_, a)| a.rule.as_phrase_rule().is_none())
                .collect();
            let run = |(index, active): &(usize, &draftlint::rules::catalogue::ActiveRule)| {
                let ctx = RuleContext {
                    doc: &doc,
                    severity: active.severity,
                    resources: &config.resources,
                    earlier: &[],
                };
                let mut out = draftlint::rules::Findings::unlimited();
                let start = Instant::now();
                // A pattern rule reads the blocks holding its literals, as
                // in the engine.
                match active.rule.as_pattern_rule() {
                    Some(pattern_rule) => {
                        let blocks = pattern_blocks.as_ref().and_then(|b| b[*index].as_deref());
                        pattern_rule.check_blocks(&ctx, blocks, &mut out);
                    }
                    None => active.rule.check(&ctx, &mut out),
                }
                start.elapsed()
            };
            // The first run builds the analyses rules share (the token
            // stream, spelling's candidates…); the second, timed rule by
            // rule, finds them built. What the first run of a rule took
            // beyond its second is the analyses it was the first to build,
            // reported under its name so a costly analysis shows whose it is.
            let first: Vec<Duration> = native.iter().map(&run).collect();
            for (entry, first) in native.iter().zip(first) {
                let id = &entry.1.rule.meta().id;
                let second = run(entry);
                time(id, second);
                let built = first.saturating_sub(second);
                if built > Duration::from_micros(50) {
                    time(&format!("(analyses first built by {id})"), built);
                }
            }
        }
    }
    let total: Duration = times.values().sum();
    let mut rows: Vec<_> = times.into_iter().collect();
    rows.sort_by_key(|(_, t)| std::cmp::Reverse(*t));
    println!(
        "{} files, {:.2} MB; per pass: {:.2} ms ({:.1} MB/s)",
        files.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64() * 1e3 / f64::from(passes),
        bytes as f64 / 1e6 / (total.as_secs_f64() / f64::from(passes))
    );
    for (name, t) in rows {
        let ms = t.as_secs_f64() * 1e3 / f64::from(passes);
        println!(
            "{:>8.3} ms {:>5.1}%  {name}",
            ms,
            100.0 * t.as_secs_f64() / total.as_secs_f64()
        );
    }
}
