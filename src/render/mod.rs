//! Renderers turn reports into bytes. Each format is one module, picked by
//! [`Format`]; they all read the same data and none of them lints.
//!
//! Output is produced file by file (`file` may run in parallel on many
//! reports, each into its own buffer) between a `header` and a `footer`, so
//! a run over ten thousand files never holds all their diagnostics.

pub mod escape;
mod github;
mod human;
mod json;
mod lines;
mod sarif;

pub use github::Github;
pub use human::Human;
pub use json::{Json, display_path as json_display_path};
pub use lines::{LineCol, LineIndex};
pub use sarif::{FINGERPRINT_KEY, SARIF_SCHEMA, Sarif};

use crate::diagnostic::Severity;
use crate::engine::FileReport;
use crate::rules::Catalogue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style snippets for people.
    Human,
    /// The versioned JSON contract for editors and scripts.
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions annotations (`::warning file=…::…`).
    Github,
}

/// Counts over a whole run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Files that could not be linted (I/O, encoding).
    pub unreadable: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        if report.error.is_some() {
            self.unreadable += 1;
        }
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// Whether any finding is at or above `level`.
    pub fn fails_at(&self, level: Severity) -> bool {
        match level {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Info => self.errors + self.warnings + self.infos > 0,
        }
    }
}

pub trait Renderer: Sync {
    fn header(&self, _out: &mut Vec<u8>) {}
    /// Renders one file; `index` is its position in the output.
    fn file(&self, report: &FileReport, index: usize, out: &mut Vec<u8>);
    /// Written between the outputs of two files when both wrote something
    /// (a comma for formats whose files may write nothing).
    fn separator(&self) -> &'static [u8] {
        b""
    }
    fn footer(&self, _summary: &Summary, _out: &mut Vec<u8>) {}
}

/// Which renderer a format uses.
/// `catalogue` describes the rules in formats that list them (SARIF).
pub fn renderer(format: Format, color: bool, catalogue: &Catalogue) -> Box<dyn Renderer> {
    match format {
        Format::Human => Box::new(Human::new(color)),
        Format::Json => Box::new(Json),
        Format::Sarif => Box::new(Sarif::new(catalogue)),
        Format::Github => Box::new(Github),
    }
}

/// How a suggested edit is named to a person: `delete \`le\``, `insert a
/// narrow no-break space (U+202F)`, `\`a\` → \`b\``. White space is named,
/// not quoted: an empty-looking pair of backquotes says nothing.
pub fn describe_edit(original: &str, replacement: &str) -> String {
    if replacement.is_empty() {
        format!("delete {}", name_text(original.trim_matches('\n')))
    } else if original.is_empty() {
        format!("insert {}", name_text(replacement))
    } else {
        format!("`{original}` → `{replacement}`")
    }
}

fn name_text(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(' '), None) => "a space".into(),
        (Some('\u{a0}'), None) => "a no-break space (U+00A0)".into(),
        (Some('\u{202f}'), None) => "a narrow no-break space (U+202F)".into(),
        (Some(_), _) if text.trim().is_empty() => "the spaces".into(),
        _ => format!("`{}`", text.trim()),
    }
}

/// A number and its noun, in the plural unless the number is one: `1 file`,
/// `0 files`, `3 infos`. Every summary line goes through it.
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod describe_tests {
    use super::{counted, describe_edit};

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(counted(1, "file"), "1 file");
        assert_eq!(counted(0, "file"), "0 files");
        assert_eq!(counted(2, "info"), "2 infos");
    }

    #[test]
    fn edits_name_white_space() {
        assert_eq!(describe_edit(" le", ""), "delete `le`");
        assert_eq!(describe_edit(" ", ""), "delete a space");
        assert_eq!(describe_edit("  ", ""), "delete the spaces");
        assert_eq!(
            describe_edit("", "\u{202f}"),
            "insert a narrow no-break space (U+202F)"
        );
        assert_eq!(describe_edit("oe", "œ"), "`oe` → `œ`");
    }
}
