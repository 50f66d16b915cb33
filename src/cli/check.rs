//! `draftlint check`.
//!
//! Per file, on worker threads:
//!
//! ```text
//! lint ─► fix (--fix, --diff) ─► changed lines (--diff-base) ─► baseline ─► render
//! ```
//!
//! then, in input order, as soon as each file and those before it are
//! done, the rendered bytes go to standard output ([`ordered`]). What
//! outlives a file is small: counters, baseline fingerprints, stale
//! entries.

use super::args::{CheckArgs, ColorChoice};
use super::diff_base::{self, DiffBase};
use super::fix_write::{WriteOptions, write_fixed};
use super::ordered;
use super::output::{Failure, print_file_error, write_stdout};
use super::statistics::Statistics;
use super::walk::{self, Input, WalkOptions};
use super::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::baseline::{self, Baseline, Entry};
use crate::cache::FindingsCache;
use crate::config::{ConfigStore, FileSettings};
use crate::diagnostic::Severity;
use crate::engine::{self, FileReport, ReadOptions};
use crate::error::FileError;
use crate::fix;
use crate::panic_guard;
use crate::render::escape::{self, printable};
use crate::render::{self, Format, Summary, counted};
use crate::rules::Catalogue;
use crate::source::Encoding;
use crate::spelling::DictionaryCache;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Files are linted and rendered in parallel and written in order as soon
/// as each is ready (see [`ordered`]); at most this many are in progress
/// or waiting to be written: memory stays bounded by it, not by the
/// repository.
const WINDOW: usize = 256;

/// What goes to standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Findings,
    Statistics,
    /// `--diff`: the fixes as a unified diff.
    Diff,
    /// `--write-baseline`: only a count, on standard error.
    Nothing,
}

/// The configuration a file was linted with, and its settings.
type Linted = (std::sync::Arc<crate::config::Config>, FileSettings);

/// Everything one file contributes to the run.
#[derive(Default)]
struct FileOutcome {
    rendered: Vec<u8>,
    summary: Summary,
    config_fail_level: Option<Severity>,
    statistics: Statistics,
    /// `--write-baseline`: the entries of the remaining findings.
    entries: Vec<Entry>,
    /// `--baseline`: the file's key and entries nothing matched.
    baseline_key: Option<String>,
    stale: Vec<Entry>,
    baselined: usize,
    /// Lines for standard error: fixes applied, files not fixed.
    notes: Vec<u8>,
    fixed: usize,
    diff: Vec<u8>,
    /// The broken configuration that governs the file, shown once on
    /// standard error with its line; the file reports it as its error.
    config_error: Option<FileError>,
}

struct Run<'a> {
    args: &'a CheckArgs,
    configs: &'a ConfigStore,
    read: ReadOptions,
    baseline: Option<Baseline>,
    /// `--diff-base`: the changed lines of every file, from git.
    diff_base: Option<DiffBase>,
    /// `--cache DIR`: findings of unchanged files, read back.
    cache: Option<FindingsCache>,
    /// The cache could not be written to: said once.
    cache_warned: AtomicBool,
    output: Output,
}

pub fn run(args: &CheckArgs) -> Result<u8, Failure> {
    let encoding = match &args.encoding {
        None => None,
        Some(name) => Some(Encoding::parse(name).ok_or_else(|| {
            Failure::Error(format!(
                "--encoding: unknown encoding `{name}`; use a WHATWG encoding label such as {}",
                crate::source::EXAMPLE_LABELS
            ))
        })?),
    };
    let cache = match args
        .cache
        .clone()
        .or_else(|| std::env::var_os("DRAFTLINT_CACHE").map(PathBuf::from))
        .filter(|dir| !dir.as_os_str().is_empty())
    {
        Some(dir) => Some(FindingsCache::open(&dir).map_err(Failure::Error)?),
        None => None,
    };
    // The cache also keeps the word indexes of a project's dictionaries,
    // which the configurations load.
    let mut dictionaries = DictionaryCache::default();
    if let Some(cache) = &cache {
        dictionaries = dictionaries.with_index_store(cache.index_store());
    }
    let builtin = Catalogue::builtin()?;
    // Never dropped: the process ends with the command, and freeing the
    // dictionaries' and rules' tables one allocation at a time took ≈ 7 ms,
    // 6 % of a run on a short draft.
    let configs = std::mem::ManuallyDrop::new(ConfigStore::with_dictionaries(
        builtin,
        args.config.as_deref(),
        Arc::new(dictionaries),
    )?);
    let inputs = walk::collect(
        &args.paths,
        &configs,
        WalkOptions {
            follow_links_outside: args.follow_links_outside,
            force_exclude: args.force_exclude,
        },
    );

    if args.fix && !args.diff && inputs.iter().any(|i| matches!(i, Input::Stdin)) {
        return Err(Failure::Error(
            "--fix cannot write standard input back; use --diff to see the fixes".into(),
        ));
    }
    let diff_base = match &args.diff_base {
        Some(rev) => {
            diff_base::verify_revision(rev).map_err(Failure::Error)?;
            let files: Vec<&Path> = inputs
                .iter()
                .filter_map(|input| match input {
                    Input::File(path) => Some(path.as_path()),
                    Input::Stdin | Input::Error(..) => None,
                })
                .collect();
            Some(DiffBase::collect(rev, &files).map_err(Failure::Error)?)
        }
        None => None,
    };

    let baseline = match &args.baseline {
        Some(path) => Some(Baseline::load(path)?),
        None => None,
    };

    let output = if args.diff {
        Output::Diff
    } else if args.statistics {
        Output::Statistics
    } else if args.write_baseline.is_some() {
        Output::Nothing
    } else {
        Output::Findings
    };
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.format == Format::Human
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let renderer = render::renderer(args.format, color, configs.builtin());
    let run = Run {
        args,
        configs: &configs,
        read: ReadOptions {
            encoding,
            stdin_filename: args.stdin_filename.clone(),
        },
        baseline,
        diff_base,
        cache,
        cache_warned: AtomicBool::new(false),
        output,
    };

    let mut summary = Summary::default();
    let mut statistics = Statistics::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut stale: Vec<Entry> = Vec::new();
    let mut linted_keys: HashSet<String> = HashSet::new();
    let mut baselined = 0;
    let mut fixed_findings = 0;
    let mut fixed_files = 0;
    let mut diff_found = false;
    let mut fail_level: Option<Severity> = args.fail_level.map(Severity::from);

    if output == Output::Findings {
        let mut header = Vec::new();
        renderer.header(&mut header);
        write_stdout(&header)?;
    }
    let mut wrote_file_output = false;
    let mut shown_config_errors: HashSet<PathBuf> = HashSet::new();
    let threads = rayon::current_num_threads();
    let linted = ordered::for_each_ordered(
        &inputs,
        threads,
        WINDOW,
        |index, input| run.file_or_internal_error(input, renderer.as_ref(), index),
        |outcome: FileOutcome| -> Result<(), Failure> {
            if let Some(error) = &outcome.config_error
                && shown_config_errors.insert(error.path.clone())
            {
                print_file_error(error);
            }
            if !outcome.notes.is_empty() {
                let _ = std::io::stderr().lock().write_all(&outcome.notes);
            }
            if !outcome.rendered.is_empty() {
                if wrote_file_output {
                    write_stdout(renderer.separator())?;
                }
                write_stdout(&outcome.rendered)?;
                wrote_file_output = true;
            }
            if !outcome.diff.is_empty() {
                diff_found = true;
                write_stdout(&outcome.diff)?;
            }
            summary.files += outcome.summary.files;
            summary.errors += outcome.summary.errors;
            summary.warnings += outcome.summary.warnings;
            summary.infos += outcome.summary.infos;
            summary.unreadable += outcome.summary.unreadable;
            statistics.merge(outcome.statistics);
            entries.extend(outcome.entries);
            stale.extend(outcome.stale);
            linted_keys.extend(outcome.baseline_key);
            baselined += outcome.baselined;
            fixed_findings += outcome.fixed;
            fixed_files += usize::from(outcome.fixed > 0);
            if fail_level.is_none() {
                fail_level = outcome.config_fail_level;
            }
            Ok(())
        },
    );
    linted?;

    match output {
        Output::Findings => {
            let mut footer = Vec::new();
            renderer.footer(&summary, &mut footer);
            write_stdout(&footer)?;
        }
        Output::Statistics => {
            let text = if args.format == Format::Json {
                statistics.json()
            } else {
                statistics.human()
            };
            write_stdout(text.as_bytes())?;
        }
        Output::Diff | Output::Nothing => {}
    }
    // Once, whichever configuration met the dictionary.
    if let Some(message) = configs.dictionaries().take_store_failures().first() {
        eprintln!("warning: {}", printable(message));
    }
    if args.fix && !args.diff && fixed_findings > 0 {
        eprintln!(
            "Fixed {} in {}.",
            counted(fixed_findings, "finding"),
            counted(fixed_files, "file"),
        );
    }

    if let Some(path) = &args.write_baseline {
        let count = entries.len();
        baseline::write(path, entries).map_err(|e| {
            Failure::Error(format!("cannot write the baseline {}: {e}", path.display()))
        })?;
        eprintln!(
            "Wrote {count} {} to {}.",
            if count == 1 { "entry" } else { "entries" },
            printable(&path.display().to_string())
        );
    }

    let mut stale_fails = false;
    if let Some(baseline) = &run.baseline {
        // Entries of files that no longer exist are stale too.
        for key in baseline.paths() {
            if !linted_keys.contains(key) && !Path::new(key).exists() {
                stale.extend(baseline.entries_of(key).iter().cloned());
            }
        }
        stale.sort();
        if baselined > 0 {
            eprintln!(
                "{baselined} {} accepted by the baseline.",
                if baselined == 1 {
                    "finding"
                } else {
                    "findings"
                }
            );
        }
        if !stale.is_empty() {
            if args.strict_baseline {
                let mut text = String::new();
                for e in &stale {
                    let line = format!(
                        "stale baseline entry: {}: {} `{}` no longer found",
                        e.path, e.rule, e.text
                    );
                    text.push_str(&printable(&line));
                    text.push('\n');
                }
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
                stale_fails = true;
            }
            eprintln!(
                "{} baseline {} no longer match a finding; rewrite the baseline with --write-baseline.",
                stale.len(),
                if stale.len() == 1 { "entry" } else { "entries" }
            );
        }
    }

    Ok(if summary.unreadable > 0 {
        EXIT_ERROR
    } else if output == Output::Nothing {
        EXIT_CLEAN
    } else if output == Output::Diff {
        if diff_found {
            EXIT_FINDINGS
        } else {
            EXIT_CLEAN
        }
    } else if stale_fails || summary.fails_at(fail_level.unwrap_or(Severity::Warning)) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

impl Run<'_> {
    /// [`Run::file`], with a panic turned into an error for this file alone
    /// (exit code 2 at the end, like an unreadable file): a bug must not
    /// stop the run nor hide the other files' findings.
    fn file_or_internal_error(
        &self,
        input: &Input,
        renderer: &dyn render::Renderer,
        index: usize,
    ) -> FileOutcome {
        panic_guard::catch(|| self.file(input, renderer, index)).unwrap_or_else(|message| {
            let path = match input {
                Input::File(path) | Input::Error(path, _) => path.clone(),
                Input::Stdin => self
                    .read
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| PathBuf::from("<stdin>")),
            };
            let report = FileReport::failed(&path, panic_guard::file_error(&message));
            let mut outcome = FileOutcome::default();
            self.render(&report, renderer, index, &mut outcome);
            outcome
        })
    }

    fn file(&self, input: &Input, renderer: &dyn render::Renderer, index: usize) -> FileOutcome {
        let mut outcome = FileOutcome::default();
        let (mut report, config_and_settings) = self.lint(input);
        if let Err(e) = &config_and_settings {
            outcome.config_error = Some(e.clone());
        }
        if let Ok(Some((config, settings))) = &config_and_settings {
            outcome.config_fail_level = config.fail_level;
            if (self.args.fix || self.args.diff) && report.error.is_none() {
                report = self.fix(input, report, config, settings, &mut outcome);
            }
        }
        if let (Some(diff_base), Input::File(path), Some(source)) =
            (&self.diff_base, input, report.source.as_deref())
        {
            diff_base
                .changes(path, source)
                .filter(&mut report.diagnostics);
        }
        let key = baseline::key_path(&render::json_display_path(&report));
        if let (Some(baseline), Some(source)) = (&self.baseline, report.source.as_deref()) {
            let mut recorded = baseline.for_file(&key);
            outcome.baselined = recorded.filter(&key, source, &mut report.diagnostics);
            outcome.stale = recorded.into_stale();
            outcome.baseline_key = Some(key.clone());
        }
        if self.args.write_baseline.is_some()
            && let Some(source) = report.source.as_deref()
        {
            outcome.entries = report
                .diagnostics
                .iter()
                .map(|d| Entry::of(&key, source, d))
                .collect();
        }
        self.render(&report, renderer, index, &mut outcome);
        outcome
    }

    /// Counts the report and renders it for the chosen output.
    fn render(
        &self,
        report: &FileReport,
        renderer: &dyn render::Renderer,
        index: usize,
        outcome: &mut FileOutcome,
    ) {
        outcome.summary.add(report);
        match self.output {
            Output::Findings => renderer.file(report, index, &mut outcome.rendered),
            Output::Statistics => outcome.statistics.add(report),
            Output::Diff | Output::Nothing => {
                if let Some(error) = &report.error {
                    let note = format!("error: {}: {error}", report.path.display());
                    outcome.notes.extend_from_slice(printable(&note).as_bytes());
                    outcome.notes.push(b'\n');
                }
            }
        }
    }

    /// The report, and the configuration it was linted with: none when
    /// nothing was linted, the error when the configuration is broken (the
    /// report then carries it as the file's error).
    fn lint(&self, input: &Input) -> (FileReport, Result<Option<Linted>, FileError>) {
        let (path, config_path): (&Path, PathBuf) = match input {
            Input::Error(path, message) => {
                return (FileReport::failed(path, message.clone()), Ok(None));
            }
            Input::File(path) => (path, path.clone()),
            Input::Stdin => (
                Path::new("-"),
                self.read
                    .stdin_filename
                    .clone()
                    .unwrap_or_else(|| PathBuf::from("<stdin>")),
            ),
        };
        match self.configs.for_path(&config_path) {
            Ok(config) => {
                if self.args.force_exclude
                    && matches!(input, Input::Stdin)
                    && self.read.stdin_filename.is_some()
                    && config.is_excluded(&config_path)
                {
                    // Read the buffer all the same: the editor writing it
                    // must not get a broken pipe.
                    let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
                    return (FileReport::excluded(&config_path), Ok(None));
                }
                let report = match (&self.cache, input) {
                    (Some(cache), Input::File(path)) => {
                        let (report, stored) = cache.lint_file(path, &config, &self.read);
                        if let Err(message) = stored
                            && !self.cache_warned.swap(true, Ordering::Relaxed)
                        {
                            eprintln!("warning: {message}");
                        }
                        report
                    }
                    _ => engine::lint_path(path, &config, &self.read),
                };
                let settings = config.file_settings(&report.path);
                (report, Ok(Some((config, settings))))
            }
            Err(e) => {
                let report = FileReport::failed(path, e.to_string());
                (report, Err(e))
            }
        }
    }

    /// `--fix` writes the fixed text and returns the report on it;
    /// `--diff` only records the diff and returns the report unchanged.
    fn fix(
        &self,
        input: &Input,
        report: FileReport,
        config: &crate::config::Config,
        settings: &FileSettings,
        outcome: &mut FileOutcome,
    ) -> FileReport {
        let before = report.clone();
        let fixed = fix::fix_report(report, config, settings);
        if !fixed.changed() {
            return fixed.report;
        }
        let name = render::json_display_path(&fixed.report);
        if self.args.diff {
            let diff = similar::TextDiff::from_lines(fixed.original.as_str(), fixed.text());
            outcome.diff = diff
                .unified_diff()
                .context_radius(3)
                .header(
                    &escape::diff_path(&format!("a/{name}")),
                    &escape::diff_path(&format!("b/{name}")),
                )
                .to_string()
                .into_bytes();
            return before;
        }
        let Input::File(path) = input else {
            return before;
        };
        let options = WriteOptions {
            encoding: self.read.encoding,
            force: self.args.force_fix,
        };
        match write_fixed(path, &fixed.original, fixed.text(), options) {
            Ok(()) => {
                for a in &fixed.applied {
                    let change = render::describe_edit(&a.original, &a.replacement);
                    let note = format!("fixed {name}:{}: {}: {change}", a.line, a.rule);
                    outcome.notes.extend_from_slice(printable(&note).as_bytes());
                    outcome.notes.push(b'\n');
                }
                outcome.fixed = fixed.applied.len();
                fixed.report
            }
            Err(e) => {
                let note = format!("not fixed: {name}: {e}");
                outcome.notes.extend_from_slice(printable(&note).as_bytes());
                outcome.notes.push(b'\n');
                before
            }
        }
    }
}
