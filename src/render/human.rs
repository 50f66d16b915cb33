//! `--format human`: rustc-style snippets through codespan-reporting, the
//! offending text underlined and related occurrences labelled.

use super::escape::{printable, same_length_printable};
use super::{LineIndex, Renderer, Summary, counted};
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::FileReport;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, Styles, StylesWriter};
use std::io::Write;
use termcolor::{Buffer, WriteColor};

pub struct Human {
    color: bool,
    config: Config,
    styles: Styles,
}

impl Human {
    pub fn new(color: bool) -> Self {
        Human {
            color,
            config: Config::default(),
            styles: Styles::default(),
        }
    }

    fn buffer(&self) -> Buffer {
        if self.color {
            Buffer::ansi()
        } else {
            Buffer::no_color()
        }
    }
}

impl Renderer for Human {
    fn file(&self, report: &FileReport, _index: usize, out: &mut Vec<u8>) {
        let name = printable(&super::json::display_path(report)).into_owned();
        let mut buffer = self.buffer();
        if let Some(error) = &report.error {
            let diagnostic = CsDiagnostic::<()>::error()
                .with_message(printable(&format!("{name}: {error}")).into_owned());
            let files = SimpleFile::new(name.as_str(), "");
            emit(&mut buffer, &self.config, &self.styles, &files, &diagnostic);
        } else if let Some(source) = &report.source {
            // The draft as quoted: control characters made visible, byte
            // for byte, so spans still fit.
            let shown = same_length_printable(source);
            let files = SimpleFile::new(name.as_str(), shown.as_ref());
            let index = LineIndex::new(source);
            let mut budget = QuoteBudget::for_text(source);
            for d in &report.diagnostics {
                let mut diagnostic = to_codespan(d, source);
                if let Some(why) = budget.take(&index, d) {
                    list_places(&mut diagnostic, &name, &index, d, why);
                }
                emit_finding(&mut buffer, self, &files, &diagnostic, d.severity);
            }
        }
        out.extend_from_slice(buffer.as_slice());
    }

    fn footer(&self, summary: &Summary, out: &mut Vec<u8>) {
        let mut buffer = self.buffer();
        let findings = summary.errors + summary.warnings + summary.infos;
        let mut line = if findings == 0 {
            format!("No findings in {}.", counted(summary.files, "file"))
        } else {
            format!(
                "Found {}, {} and {} in {}.",
                counted(summary.errors, "error"),
                counted(summary.warnings, "warning"),
                counted(summary.infos, "info"),
                counted(summary.files, "file"),
            )
        };
        if summary.unreadable > 0 {
            line.push_str(&format!(
                " {} could not be read.",
                counted(summary.unreadable, "file")
            ));
        }
        let _ = buffer.set_color(termcolor::ColorSpec::new().set_bold(true));
        let _ = buffer.write_all(line.as_bytes());
        let _ = buffer.reset();
        let _ = buffer.write_all(b"\n");
        out.extend_from_slice(buffer.as_slice());
    }
}

/// Lines longer than this are not quoted. A snippet prints its whole line,
/// so 100,000 findings on one 1 MB line would print 100 GB; drafts with a
/// paragraph per line stay well under it.
const MAX_QUOTED_LINE: usize = 10_000;

/// What the lines one finding quotes may add up to: a finding labels up to
/// 100 places, each on its own line.
const MAX_QUOTED_PER_FINDING: usize = 64 * 1024;

/// What one file's findings may quote in all: twice the file, and at least
/// 1 MiB. 1,000 findings each quoting a 10 KB line of a 100 KB draft made
/// 10 MB of output (a 1 MB draft of long lines, 900 MB); past the budget a
/// finding is listed by its places, which `--format json` gives in full.
struct QuoteBudget {
    left: usize,
}

impl QuoteBudget {
    fn for_text(text: &str) -> Self {
        QuoteBudget {
            left: (2 * text.len()).max(1024 * 1024),
        }
    }

    /// Takes what quoting the finding costs, or says why it is not quoted.
    fn take(&mut self, index: &LineIndex<'_>, d: &Diagnostic) -> Option<&'static str> {
        let mut lines: Vec<std::ops::Range<usize>> = std::iter::once(d.span)
            .chain(d.labels.iter().map(|l| l.span))
            .map(|span| index.lines_around(span.start, span.end))
            .collect();
        if lines.iter().any(|l| l.len() > MAX_QUOTED_LINE) {
            return Some("the line is too long to quote");
        }
        lines.sort_by_key(|l| l.start);
        let mut cost = 0;
        let mut quoted_to = 0;
        for line in lines {
            cost += line.end.saturating_sub(line.start.max(quoted_to));
            quoted_to = quoted_to.max(line.end);
        }
        if cost > MAX_QUOTED_PER_FINDING {
            return Some("its lines are too long to quote together");
        }
        if cost > self.left {
            return Some("not quoted: this file's findings have quoted enough already");
        }
        self.left -= cost;
        None
    }
}

/// A finding that is not quoted: where it is, then its other places.
fn list_places(
    diagnostic: &mut CsDiagnostic<()>,
    name: &str,
    index: &LineIndex<'_>,
    d: &Diagnostic,
    why: &str,
) {
    let at = index.line_col(d.span.start);
    diagnostic.labels.clear();
    diagnostic
        .notes
        .insert(0, format!("at {name}:{}:{} ({why})", at.line, at.column));
    if !d.labels.is_empty() {
        let places: Vec<String> = d
            .labels
            .iter()
            .map(|l| {
                let at = index.line_col(l.span.start);
                format!("{}:{}", at.line, at.column)
            })
            .collect();
        diagnostic
            .notes
            .insert(1, format!("other places: {}", places.join(", ")));
    }
}

/// Emits one finding. codespan-reporting names its lowest severity `note`;
/// ours is `info` everywhere else (configuration, `--fail-level`, JSON,
/// summaries), so the header says `info[rule]` too. The header starts
/// with `note[` (colour codes at most before it, and no `note[` can sit
/// in an escape sequence): that is replaced in the finding's own buffer.
fn emit_finding(
    buffer: &mut Buffer,
    human: &Human,
    files: &SimpleFile<&str, &str>,
    diagnostic: &CsDiagnostic<()>,
    severity: Severity,
) {
    let mut own = human.buffer();
    emit(&mut own, &human.config, &human.styles, files, diagnostic);
    let mut bytes = own.into_inner();
    if severity == Severity::Info
        && let Some(at) = bytes.windows(5).position(|w| w == b"note[")
    {
        bytes.splice(at..at + 4, *b"info");
    }
    let _ = buffer.write_all(&bytes);
}

fn emit(
    buffer: &mut Buffer,
    config: &Config,
    styles: &Styles,
    files: &SimpleFile<&str, &str>,
    diagnostic: &CsDiagnostic<()>,
) {
    let mut writer = StylesWriter::new(buffer, styles);
    // Spans come from the same text, so rendering cannot fail; if it ever
    // did, the JSON output still carries the finding.
    let _ = term::emit_to_write_style(&mut writer, config, files, diagnostic);
}

fn to_codespan(d: &Diagnostic, source: &str) -> CsDiagnostic<()> {
    let severity = match d.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Info => CsSeverity::Note,
    };
    let mut labels = vec![Label::primary((), d.span.range())];
    labels.extend(d.labels.iter().map(|l| {
        Label::secondary((), l.span.range()).with_message(printable(&l.message).into_owned())
    }));
    // The same edit in several places (every `'` to `’`) is one line.
    let mut edits: Vec<(String, bool, usize)> = Vec::new();
    for s in &d.suggestions {
        let original = &source[s.span.range()];
        let kind = if s.replacement.is_empty() || original.is_empty() {
            "fix"
        } else {
            "suggestion"
        };
        let note = format!("{kind}: {}", super::describe_edit(original, &s.replacement));
        match edits
            .iter_mut()
            .find(|(n, safe, _)| *n == note && *safe == s.safe)
        {
            Some((_, _, places)) => *places += 1,
            None => edits.push((note, s.safe, 1)),
        }
    }
    let mut notes: Vec<String> = edits
        .into_iter()
        .map(|(note, safe, places)| {
            let mut extra = Vec::new();
            if safe {
                extra.push("safe".to_string());
            }
            if places > 1 {
                extra.push(format!("{places} places"));
            }
            let note = if extra.is_empty() {
                note
            } else {
                format!("{note} ({})", extra.join(", "))
            };
            printable(&note).into_owned()
        })
        .collect();
    if let Some(help) = &d.help {
        notes.push(printable(&format!("help: {help}")).into_owned());
    }
    CsDiagnostic::new(severity)
        .with_message(printable(&d.message).into_owned())
        .with_code(d.rule.clone())
        .with_labels(labels)
        .with_notes(notes)
}
