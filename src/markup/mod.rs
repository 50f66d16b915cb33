//! The markup layer: a source file becomes *prose* that rules can read.
//!
//! The central trick is the **masked text**: a copy of the source of exactly
//! the same byte length in which every byte that is not prose (markup
//! characters, code, HTML, URLs, front matter, a BOM) is replaced by a space,
//! newlines excepted. Every later layer works on that string, so a byte offset
//! found there is a byte offset into the file, with no mapping tables.

mod markdown;
mod plain;
mod urls;

use crate::diagnostic::Span;
use std::path::Path;

/// What a block of prose is. Rules use it: a heading has no final full stop,
/// a list item is not a truncated paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Heading { level: u8 },
    Paragraph,
    ListItem,
    Quote,
    TableCell,
}

impl BlockKind {
    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Heading { .. })
    }
}

/// A run of prose: from the first prose byte of a heading, paragraph, list
/// item, quote or table cell to its last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// A link that survived into the draft, so rules can ask whether "ici" or
/// "here" is link text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: Span,
    pub target: String,
}

/// An HTML comment, kept for inline suppressions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkupKind {
    Plain,
    Markdown,
}

impl MarkupKind {
    /// `.md`, `.markdown`, `.mdx` and friends are Markdown; everything else is
    /// read as plain text.
    pub fn from_path(path: &Path) -> MarkupKind {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd" | "mdx") => MarkupKind::Markdown,
            _ => MarkupKind::Plain,
        }
    }
}

/// The result of parsing: masked prose plus the structure around it.
#[derive(Debug, Clone)]
pub struct Markup {
    /// Same length as the source; non-prose bytes are spaces (or `\n`).
    pub masked: String,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub comments: Vec<Comment>,
    /// `lang:` / `language:` from YAML or TOML front matter.
    pub front_matter_language: Option<String>,
}

impl Markup {
    pub fn prose(&self, span: Span) -> &str {
        &self.masked[span.range()]
    }

    /// The link whose text contains `span`, if any.
    pub fn link_around(&self, span: Span) -> Option<&Link> {
        self.links.iter().find(|l| l.text.contains(span))
    }

    /// A link whose text shares at least one byte with `span`, if any: in
    /// "cliquez [ici](…)" the phrase "cliquez ici" still has its link.
    pub fn link_overlapping(&self, span: Span) -> Option<&Link> {
        self.links.iter().find(|l| l.text.overlaps(span))
    }
}

pub fn parse(source: &str, kind: MarkupKind) -> Markup {
    let mut markup = match kind {
        MarkupKind::Markdown => markdown::parse(source),
        MarkupKind::Plain => plain::parse(source),
    };
    urls::mask_urls_and_emails(&mut markup.masked);
    markup
}

/// A masked copy with nothing unmasked yet: spaces, newlines kept.
pub(crate) fn blank_copy(source: &str) -> Vec<u8> {
    source
        .bytes()
        .map(|b| if b == b'\n' { b'\n' } else { b' ' })
        .collect()
}

/// Copies `range` of the source into the masked buffer. Ranges always fall on
/// character boundaries of the source, so the buffer stays valid UTF-8 as long
/// as whole characters are copied.
pub(crate) fn unmask(masked: &mut [u8], source: &str, span: Span) {
    masked[span.range()].copy_from_slice(&source.as_bytes()[span.range()]);
}

/// Masks a range that may cover multi-byte characters: all its bytes become
/// spaces (newlines kept), which keeps UTF-8 valid.
pub(crate) fn mask(masked: &mut [u8], span: Span) {
    for b in &mut masked[span.range()] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// Turns the byte buffer back into a string. Only whole characters or ASCII
/// spaces are ever written, so this cannot fail; we still check rather than
/// reach for `unsafe`.
pub(crate) fn into_string(masked: Vec<u8>) -> String {
    String::from_utf8(masked).expect("masked text is built from whole characters")
}

/// Sets the front-matter language from a `lang:`/`language:` line.
pub(crate) fn front_matter_language(front: &str) -> Option<String> {
    front.lines().find_map(|line| {
        let line = line.trim();
        let (key, value) = line.split_once([':', '='])?;
        let key = key.trim().trim_matches('"');
        if key == "lang" || key == "language" {
            let value = value.trim().trim_matches(['"', '\'']).to_string();
            (!value.is_empty()).then_some(value)
        } else {
            None
        }
    })
}
