//! Command-line arguments. Each flag documents itself; `--help` is built
//! from these comments.

use crate::diagnostic::Severity;
use crate::render::Format;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "draftlint",
    version,
    about = "A content-quality linter for article drafts in French and English.",
    long_about = "draftlint finds what an editor would send back: typos, leftover promo \
fragments, truncated teasers, repetitive phrasing, generated-text artefacts."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint files and directories (`-` reads standard input).
    Check(CheckArgs),
    /// List every rule: id, category, default severity, summary.
    Rules(RulesArgs),
    /// Print a rule's documentation and examples.
    Explain {
        /// A rule id, e.g. `repetition.doubled-word`.
        id: String,
    },
    /// Manage personal word lists.
    #[command(subcommand)]
    Words(WordsCommand),
    /// Write a commented draftlint.toml in the current directory.
    Init {
        /// Overwrite an existing draftlint.toml.
        #[arg(long)]
        force: bool,
    },
    /// Run the language server over stdin and stdout (for editors).
    Lsp,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to lint; directories are walked honouring
    /// .gitignore. `-` reads standard input. Defaults to `.`.
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Exit with 1 when a finding is at or above this severity
    /// (default: the configuration's `fail-level`, else `warning`).
    #[arg(long, value_enum)]
    pub fail_level: Option<SeverityArg>,

    /// Use this configuration file instead of the nearest draftlint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// The path that standard input stands for: its configuration and
    /// format (Markdown or plain text) apply.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// Read files that are not UTF-8 in this encoding (`windows-1252`).
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,

    /// Apply the safe suggestions (doubled words, substitutions, leftovers a
    /// rule marks safe) to the files, print what changed on standard error,
    /// then report what is left.
    #[arg(long)]
    pub fix: bool,

    /// With --fix: also fix read-only files and files with several hard
    /// links (the fixed file replaces this name only: the other links keep
    /// the old text). Without it they are left alone and reported.
    #[arg(long, requires = "fix")]
    pub force_fix: bool,

    /// Apply the configuration's `exclude` to files named on the command
    /// line and to `--stdin-filename` too (excluded ones are skipped; an
    /// excluded buffer gets an empty report). For pre-commit and editors.
    #[arg(long)]
    pub force_exclude: bool,

    /// Follow symbolic links that lead outside the repository (by default
    /// they are skipped when walking and refused when named).
    #[arg(long)]
    pub follow_links_outside: bool,

    /// Print the safe fixes as a unified diff instead of findings; write
    /// nothing. Exits with 1 when there is something to fix.
    #[arg(long)]
    pub diff: bool,

    /// Report and fail only on findings that this baseline file does not
    /// record (see `--write-baseline`).
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,

    /// Record every current finding in FILE, to accept them with
    /// `--baseline FILE`; prints only a count and exits with 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// With `--baseline`: list entries that match no finding any more, and
    /// fail (exit 1) when there are any.
    #[arg(long, requires = "baseline")]
    pub strict_baseline: bool,

    /// Report only findings on lines changed since this git revision
    /// (`origin/main`, a commit); files git does not track count as new.
    #[arg(long, value_name = "REV")]
    pub diff_base: Option<String>,

    /// Keep findings in this directory, by file content and configuration,
    /// so that unchanged files are not linted again (also the
    /// `DRAFTLINT_CACHE` environment variable). Safe to share between runs
    /// and keep across CI jobs; delete it to clear it.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<std::path::PathBuf>,

    /// Print how many findings each rule makes instead of the findings
    /// (a table, or JSON with `--format json`).
    #[arg(long, conflicts_with = "diff")]
    pub statistics: bool,
}

#[derive(Debug, Subcommand)]
pub enum WordsCommand {
    /// Add words to a word list (the first one `draftlint.toml` names, or
    /// the file given with --to). Words already there are left alone.
    Add {
        #[arg(required = true)]
        words: Vec<String>,
        /// The word list to write (created if missing).
        #[arg(long, value_name = "FILE")]
        to: Option<PathBuf>,
        /// Use the language's own list (`[spelling.fr] word-lists`).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
    pub format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Human,
    Json,
    /// The Markdown rule reference (docs/rules.md).
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Error,
    Warning,
    Info,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Severity {
        match s {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Info => Severity::Info,
        }
    }
}
