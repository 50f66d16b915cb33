//! The markup layer: a source file becomes *prose* that rules can read.
//!
//! The central trick is the **masked text**: a copy of the source of exactly
//! the same byte length in which every byte that is not prose (markup
//! characters, code, HTML, URLs, front matter, a BOM) is replaced by a space,
//! newlines excepted. Every later layer works on that string, so a byte offset
//! found there is a byte offset into the file, with no mapping tables.
//!
//! One reader per format builds the masked text and the blocks:
//! [`plain`], [`markdown`] (pulldown-cmark; HTML blocks go to the HTML
//! reader), [`mdx`] (Markdown once import/export lines and `{…}`
//! expressions are set aside), [`html`] (a WHATWG tokenizer), and
//! [`front_matter`] for the YAML, TOML or JSON header of Markdown and MDX.
//! Then, for every format but plain text, [`constructs`] masks the template
//! syntax of static-site generators ([`templates`]: Hugo shortcodes,
//! Liquid, Jinja and Nunjucks tags, Kramdown attribute lists) and turns the
//! prose of their `caption`/`title`/`alt` attributes into blocks of their
//! own. Character references (`&eacute;`) are handled by [`entities`].
//! A large Markdown file that is nearly all markup is read as plain text
//! instead ([`density`]): parsing it would cost too much memory.

mod constructs;
mod density;
pub(crate) mod entities;
mod front_matter;
mod html;
mod markdown;
mod mdx;
mod plain;
mod templates;
mod urls;

use crate::diagnostic::Span;
pub use density::{DenseMarkup, MIN_GUARDED_BYTES};
use std::path::Path;

/// What a block of prose is. Rules use it: a heading has no final full stop,
/// a list item is not a truncated paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    ListItem,
    Quote,
    TableCell,
    /// Text shown beside the flow of the article rather than in it: a
    /// front-matter `title` or `description`, an HTML `<title>`, a figure
    /// caption, an `alt` or `title` attribute. Spelling and wording rules
    /// read it; structure and truncation rules leave it alone (a caption
    /// neither opens a section nor needs a final full stop).
    Caption,
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

/// A field of the document's metadata: a top-level scalar of the front
/// matter (`title: …`), or the `<title>` and `<meta name="description">` of
/// an HTML page. Rules that check metadata (the `seo` family) read these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaField {
    /// Lowercased: `title`, `description`, `slug`…
    pub key: String,
    /// The value as the site generator reads it (quotes, escapes and
    /// character references resolved).
    pub value: String,
    /// The value as written, without its quotes: findings point here.
    pub value_span: Span,
    /// The whole field (`title: "…"`, `<title>…</title>`): for labels.
    pub span: Span,
}

/// The document's metadata block, if it has one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The front matter from its opening to its closing delimiter, or the
    /// HTML `<head>`; `None` when the document has neither.
    pub span: Option<Span>,
    pub fields: Vec<MetaField>,
}

impl Metadata {
    pub fn field(&self, key: &str) -> Option<&MetaField> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// A part of the document whose language is declared in the markup: an
/// HTML element with a `lang` attribute. The text layer gives the blocks
/// inside it that language instead of detecting one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageRegion {
    pub span: Span,
    /// The tag as written (`en`, `fr-CA`).
    pub tag: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkupKind {
    Plain,
    Markdown,
    /// Markdown with JSX (Docusaurus, Astro, Next.js content).
    Mdx,
    /// HTML pages and HTML-based templates.
    Html,
}

impl MarkupKind {
    /// `.md`, `.markdown` and friends are Markdown, `.mdx` MDX, `.html`,
    /// `.htm` and HTML templates (`.njk`, `.liquid`) HTML; everything else is
    /// read as plain text.
    pub fn from_path(path: &Path) -> MarkupKind {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => MarkupKind::Markdown,
            Some("mdx") => MarkupKind::Mdx,
            Some("html" | "htm" | "xhtml" | "njk" | "liquid") => MarkupKind::Html,
            _ => MarkupKind::Plain,
        }
    }

    /// Whether headings carry levels (`##`, `<h2>`): plain text guesses
    /// its headings, so structure rules trust only some of them.
    pub fn has_heading_levels(self) -> bool {
        !matches!(self, MarkupKind::Plain)
    }
}

/// What the readers are told by the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupOptions {
    /// Front-matter fields read as prose (lowercase keys).
    pub front_matter_fields: Vec<String>,
    /// Attributes of HTML elements, JSX components and template tags whose
    /// value is prose (lowercase names).
    pub prose_attributes: Vec<String>,
}

impl Default for MarkupOptions {
    fn default() -> Self {
        MarkupOptions {
            front_matter_fields: ["title", "description", "summary"]
                .map(String::from)
                .to_vec(),
            prose_attributes: ["alt", "caption", "title"].map(String::from).to_vec(),
        }
    }
}

/// The result of parsing: masked prose plus the structure around it.
#[derive(Debug, Clone, Default)]
pub struct Markup {
    /// Same length as the source; non-prose bytes are spaces (or `\n`).
    pub masked: String,
    /// In file order; they never overlap.
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub comments: Vec<Comment>,
    /// The language the document declares: `lang:` / `language:` in front
    /// matter, `<html lang="…">`.
    pub declared_language: Option<String>,
    pub metadata: Metadata,
    pub language_regions: Vec<LanguageRegion>,
    /// Set when a Markdown (or MDX) file was too dense in markup to parse
    /// within the memory bound and was read as plain text instead (see
    /// [`density`]); `structure.dense-markup` reports it.
    pub dense_markup: Option<DenseMarkup>,
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

/// Parses with the default options.
pub fn parse(source: &str, kind: MarkupKind) -> Markup {
    parse_with(source, kind, &MarkupOptions::default())
}

pub fn parse_with(source: &str, kind: MarkupKind, options: &MarkupOptions) -> Markup {
    let mut markup = match kind {
        MarkupKind::Plain => plain::parse(source),
        MarkupKind::Markdown => markdown::parse(source, source, options),
        MarkupKind::Mdx => {
            let front = front_matter::find(source).map_or(0, |f| f.span.end);
            let mdx = mdx::scan(source, front);
            let mut markup = markdown::parse(source, &mdx.view, options);
            constructs::apply(source, &mut markup, &mdx.constructs);
            markup
        }
        MarkupKind::Html => html::parse(source, options),
    };
    // MDX has no template language: its `{…}` are expressions, masked above.
    if matches!(kind, MarkupKind::Markdown | MarkupKind::Html) {
        let found = templates::scan(source, kind, markup.metadata.span, options);
        constructs::apply(source, &mut markup, &found);
    }
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

/// Copies a prose range of the source into the masked buffer, then blanks
/// the character references in it (see [`entities`]).
pub(crate) fn unmask_text(masked: &mut [u8], source: &str, span: Span) {
    unmask(masked, source, span);
    entities::mask_references(masked, source, span);
}

/// The first non-blank byte to the last of `span` in the masked text, or
/// `None` when it is all blank.
pub(crate) fn trim_blank(masked: &[u8], span: Span) -> Option<Span> {
    let bytes = &masked[span.range()];
    let first = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let last = bytes.iter().rposition(|b| !b.is_ascii_whitespace())?;
    Some(Span::new(span.start + first, span.start + last + 1))
}
