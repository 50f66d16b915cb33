//! Diagnostics are plain data: the engine produces them, renderers print them.
//!
//! Every position is a byte range into the file as read (no BOM stripping, no
//! newline conversion), so a diagnostic can be mapped back to the exact text a
//! user sees in their editor. Lines and columns are computed by renderers only.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A half-open byte range `[start, end)` into a source file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// How serious a finding is. Ordered so that `Error > Warning > Info`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    #[default]
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The families of defects, as fixed by the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Spelling,
    Promo,
    Truncation,
    Repetition,
    Generated,
    Consistency,
    Typography,
    Structure,
    Style,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Spelling,
        Category::Promo,
        Category::Truncation,
        Category::Repetition,
        Category::Generated,
        Category::Consistency,
        Category::Typography,
        Category::Structure,
        Category::Style,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Spelling => "spelling",
            Category::Promo => "promo",
            Category::Truncation => "truncation",
            Category::Repetition => "repetition",
            Category::Generated => "generated",
            Category::Consistency => "consistency",
            Category::Typography => "typography",
            Category::Structure => "structure",
            Category::Style => "style",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary span: a related occurrence, the read-more after a cut, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
    /// Another place of the same defect (the same misspelling further on),
    /// rather than context for the primary one (the first copy of a doubled
    /// word). An inline suppression on its line removes just this place.
    pub occurrence: bool,
}

/// A message that states how many places a finding has ("`x` appears 4
/// times"), kept in parts so that the suppression stage can restate it
/// when comments remove some of those places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub places: usize,
    /// The message for one place.
    one: String,
    /// The message for several: `before`, the number, `after`.
    before: String,
    after: String,
}

impl Count {
    pub fn new(
        places: usize,
        one: impl Into<String>,
        before: impl Into<String>,
        after: impl Into<String>,
    ) -> Self {
        Count {
            places,
            one: one.into(),
            before: before.into(),
            after: after.into(),
        }
    }

    pub fn message(&self) -> String {
        if self.places == 1 {
            self.one.clone()
        } else {
            format!("{}{}{}", self.before, self.places, self.after)
        }
    }
}

/// A replacement for a span. `safe` suggestions may be applied by `--fix`
/// without a person looking; the others are only shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub replacement: String,
    pub span: Span,
    pub safe: bool,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub labels: Vec<Label>,
    pub suggestions: Vec<Suggestion>,
    pub help: Option<String>,
    /// Set when `message` states the number of places (see [`Count`]).
    pub count: Option<Count>,
}

impl Diagnostic {
    pub fn new(
        rule: impl Into<String>,
        category: Category,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            rule: rule.into(),
            category,
            severity,
            message: message.into(),
            span,
            labels: Vec::new(),
            suggestions: Vec::new(),
            help: None,
            count: None,
        }
    }

    /// A label that gives context to the primary span.
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            occurrence: false,
        });
        self
    }

    /// A label on another place of the same defect.
    pub fn with_occurrence(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            occurrence: true,
        });
        self
    }

    /// States the number of places in the message.
    pub fn with_count(mut self, count: Count) -> Self {
        self.message = count.message();
        self.count = Some(count);
        self
    }

    pub fn with_suggestion(
        mut self,
        span: Span,
        replacement: impl Into<String>,
        safe: bool,
    ) -> Self {
        self.suggestions.push(Suggestion {
            replacement: replacement.into(),
            span,
            safe,
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The order of the JSON contract: by start offset, then by rule id.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, &a.rule, a.span.end).cmp(&(b.span.start, &b.rule, b.span.end))
    });
}
