//! HTML: `.html` pages and templates, and the HTML blocks of Markdown.
//!
//! Tokens come from html5gum, a tokenizer that follows the WHATWG HTML
//! specification (it passes the html5lib tokenizer tests) and gives the
//! byte span of every token, which is what the masked text needs. A full
//! HTML5 tree builder (html5ever) would give a DOM without source
//! positions; what we need of the tree is small and is kept here on a stack
//! of open elements:
//!
//! - block elements (`p`, `div`, `li`, `h1`…`h6`, `td`, `br`…) start and
//!   end blocks; `h1`…`h6` are headings with their level, `li` list items,
//!   `blockquote` quotes, `td`/`th` table cells, `figcaption` and `title`
//!   captions;
//! - `script`, `style`, `code`, `pre`, `kbd`, `samp`, `textarea`, `svg`,
//!   `template`… are masked with everything inside them (the tokenizer
//!   switches to raw text inside `script`, `style`, `textarea` and `title`,
//!   so a `<` in a script is not a tag);
//! - `<a href>` is a link, so "cliquez ici" inside a real link is fine;
//! - the prose attributes (`alt`, `title`, configurable) of any element are
//!   captions; `<meta name="description">` and `<title>` are metadata;
//! - `lang` attributes declare the language of an element, `<html lang>`
//!   the document's; comments are kept for inline directives;
//! - an end tag closes the elements opened inside it, as browsers do for
//!   unclosed `<p>` and `<li>`; an end tag with no open element is ignored.

use super::constructs::reads_as_prose;
use super::{
    Block, BlockKind, Comment, LanguageRegion, Link, Markup, MarkupOptions, MetaField, Metadata,
    blank_copy, front_matter, into_string, trim_blank, unmask_text,
};
use crate::diagnostic::Span;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// A whole HTML file, possibly with front matter (Eleventy and Jekyll
/// templates have one).
pub fn parse(source: &str, options: &MarkupOptions) -> Markup {
    let mut masked = blank_copy(source);
    let mut blocks = Vec::new();
    let mut metadata = Metadata::default();
    let mut declared = None;
    let mut body = 0;
    if let Some(front) = front_matter::find(source) {
        body = front.span.end;
        declared = front_matter::read(
            source,
            &front,
            &options.front_matter_fields,
            &mut masked,
            &mut blocks,
            &mut metadata,
        );
    }
    let range = Span::new(body, source.len());
    let mut markup = read(source, source, range, options, &mut masked);
    markup.blocks.extend(blocks);
    markup.blocks.sort_by_key(|b| b.span().start);
    if metadata.span.is_some() {
        // The front matter comes first; the page's <title> and <meta> add
        // to it.
        metadata.fields.append(&mut markup.metadata.fields);
        markup.metadata = metadata;
    }
    markup.declared_language = declared.or(markup.declared_language);
    markup.masked = into_string(masked);
    markup
}

/// What an open element does to the text inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Block(BlockKind),
    /// Not prose, nor anything inside it.
    Opaque,
    /// Emphasis, spans, links, unknown elements and components: transparent.
    Inline,
}

/// An `<a>` whose text is being read.
struct PendingLink {
    target: String,
    text: Option<Span>,
    open: bool,
}

struct Open {
    name: String,
    start: usize,
    /// What text directly inside this element is: decided when it opens,
    /// from its own role and its parent's, so reading text costs nothing
    /// however deep the nesting.
    inside: Inside,
    lang: Option<String>,
    /// Index in `links` of the link this `<a>` opened.
    link: Option<usize>,
}

/// What the text inside an open element is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Inside {
    Prose(BlockKind),
    Opaque,
}

impl Inside {
    /// Text inside an element with `role` whose parent's text is `self`.
    fn enter(self, role: Role) -> Inside {
        match (self, role) {
            (Inside::Opaque, _) | (_, Role::Opaque) => Inside::Opaque,
            (Inside::Prose(parent), Role::Block(kind)) => Inside::Prose(match (parent, kind) {
                // A paragraph inside a list item or quote takes their
                // kind, as in Markdown.
                (BlockKind::ListItem | BlockKind::Quote, BlockKind::Paragraph) => parent,
                _ => kind,
            }),
            (inside, Role::Inline) => inside,
        }
    }
}

/// An end tag closes the nearest open element of its name among this many
/// (browsers look further; a deeper search would make a page of thousands
/// of unclosed tags quadratic).
const END_TAG_SEARCH: usize = 256;

/// Reads the HTML in `range` of `view` (the source, or the source with
/// MDX expressions blanked) and unmasks its prose from `source` into
/// `masked`. Returns everything but the masked text.
pub fn read(
    source: &str,
    view: &str,
    range: Span,
    options: &MarkupOptions,
    masked: &mut [u8],
) -> Markup {
    let mut out = Markup::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut pending_links: Vec<PendingLink> = Vec::new();
    let mut current: Option<Block> = None;
    let mut head: Option<usize> = None;
    let base = range.start;

    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(&view[range.range()], emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => {
                let name = lowercase(&tag.name);
                let start = base + tag.span.start;
                let end = base + tag.span.end;
                let role = role_of(&name);
                if ends_block(&name) {
                    close(&mut current, &mut out.blocks);
                }
                let parent = stack
                    .last()
                    .map_or(Inside::Prose(BlockKind::Paragraph), |o| o.inside);
                let opaque = parent == Inside::Opaque;
                let mut lang = None;
                let mut href = None;
                let mut meta_name = None;
                let mut content = None;
                for (attribute, value) in &tag.attributes {
                    let attribute = lowercase(attribute);
                    let Some(value_span) = attribute_value(source, base, value.span) else {
                        continue;
                    };
                    let value = String::from_utf8_lossy(value).into_owned();
                    match attribute.as_str() {
                        "lang" | "xml:lang" => lang = Some(value.clone()),
                        "href" => href = Some(value.clone()),
                        "name" | "property" => meta_name = Some(value.to_ascii_lowercase()),
                        "content" => content = Some((value.clone(), value_span)),
                        _ => {}
                    }
                    // An attribute of an element inside a run of text
                    // (`<abbr title>`) would put its words inside that
                    // paragraph: only elements between blocks are read.
                    let prose = options.prose_attributes.contains(&attribute);
                    if prose && !opaque && current.is_none() && reads_as_prose(&value) {
                        caption(source, value_span, masked, &mut out.blocks);
                    }
                }
                if name == "html" {
                    out.declared_language = lang.clone().filter(|l| !l.trim().is_empty());
                }
                if name == "head" {
                    head = Some(start);
                }
                if name == "meta"
                    && meta_name.as_deref() == Some("description")
                    && let Some((value, span)) = content
                {
                    out.metadata.fields.push(MetaField {
                        key: "description".into(),
                        value: value.trim().to_string(),
                        value_span: span,
                        span: Span::new(start, end),
                    });
                    if current.is_none() {
                        caption(source, span, masked, &mut out.blocks);
                    }
                }
                if tag.self_closing || is_void(&name) {
                    if let Some(lang) = lang {
                        out.language_regions.push(LanguageRegion {
                            span: Span::new(start, end),
                            tag: lang,
                        });
                    }
                    continue;
                }
                let link = (name == "a").then(|| {
                    pending_links.push(PendingLink {
                        target: href.unwrap_or_default(),
                        text: None,
                        open: true,
                    });
                    pending_links.len() - 1
                });
                stack.push(Open {
                    name,
                    start,
                    inside: parent.enter(role),
                    lang: lang.filter(|_| tag.name.as_slice() != b"html"),
                    link,
                });
            }
            Token::EndTag(tag) => {
                let name = lowercase(&tag.name);
                let end = base + tag.span.end;
                if ends_block(&name) {
                    close(&mut current, &mut out.blocks);
                }
                if name == "head"
                    && let Some(start) = head
                {
                    out.metadata.span = Some(Span::new(start, end));
                }
                let searched = stack.len().saturating_sub(END_TAG_SEARCH);
                let Some(position) = stack[searched..]
                    .iter()
                    .rposition(|o| o.name == name)
                    .map(|p| searched + p)
                else {
                    continue;
                };
                for open in stack.drain(position..).rev() {
                    finish(open, end, &mut pending_links, &mut out);
                }
            }
            Token::String(text) => {
                let kind = match stack.last().map(|o| o.inside) {
                    Some(Inside::Opaque) => continue,
                    Some(Inside::Prose(kind)) => kind,
                    None => BlockKind::Paragraph,
                };
                let span = Span::new(base + text.span.start, base + text.span.end);
                unmask_text(masked, source, span);
                let Some(prose) = trim_blank(masked, span) else {
                    continue;
                };
                if stack.last().is_some_and(|o| o.name == "title") {
                    let value = String::from_utf8_lossy(&text.value).trim().to_string();
                    out.metadata.fields.push(MetaField {
                        key: "title".into(),
                        value,
                        value_span: prose,
                        span: prose,
                    });
                }
                for link in pending_links.iter_mut().filter(|l| l.open) {
                    link.text = Some(match link.text {
                        Some(s) => Span::new(s.start, prose.end),
                        None => prose,
                    });
                }
                match &mut current {
                    Some(block) if block.kind() == kind => block.set_end(prose.end),
                    _ => {
                        close(&mut current, &mut out.blocks);
                        current = Some(Block::new(kind, prose));
                    }
                }
            }
            Token::Comment(comment) => {
                out.comments.push(Comment {
                    span: Span::new(base + comment.span.start, base + comment.span.end),
                    body: String::from_utf8_lossy(&comment.value).trim().to_string(),
                });
            }
            Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    close(&mut current, &mut out.blocks);
    for open in stack.drain(..).rev() {
        finish(open, range.end, &mut pending_links, &mut out);
    }
    out.language_regions.sort_by_key(|r| r.span.start);
    out
}

/// An element is closed (by its end tag, an ancestor's, or the end of the
/// input): its language region and link are recorded.
fn finish(open: Open, end: usize, pending_links: &mut [PendingLink], out: &mut Markup) {
    if let Some(tag) = open.lang.filter(|t| !t.trim().is_empty()) {
        out.language_regions.push(LanguageRegion {
            span: Span::new(open.start, end),
            tag,
        });
    }
    if let Some(link) = open.link.and_then(|i| pending_links.get_mut(i)) {
        link.open = false;
        if let Some(text) = link.text {
            out.links.push(Link {
                text,
                target: std::mem::take(&mut link.target),
            });
        }
    }
}

fn close(current: &mut Option<Block>, blocks: &mut Vec<Block>) {
    if let Some(block) = current.take() {
        blocks.push(block);
    }
}

/// An attribute's value, unmasked as a caption block of its own.
fn caption(source: &str, span: Span, masked: &mut [u8], blocks: &mut Vec<Block>) {
    unmask_text(masked, source, span);
    if let Some(span) = trim_blank(masked, span) {
        blocks.push(Block::new(BlockKind::Caption, span));
    }
}

/// html5gum's attribute span runs from the name to the end of the value
/// (closing quote included); this is the value alone, without quotes.
fn attribute_value(source: &str, base: usize, span: html5gum::Span<usize>) -> Option<Span> {
    let (start, end) = (base + span.start, (base + span.end).min(source.len()));
    let text = source.get(start..end)?;
    let equals = text.find('=')?;
    let after = &text[equals + 1..];
    let value = after.trim_start();
    let value_start = start + equals + 1 + (after.len() - value.len());
    let (inner_start, inner_end) = match value.as_bytes().first() {
        Some(&q @ (b'"' | b'\'')) => {
            let close = value[1..].find(q as char).map_or(value.len(), |i| i + 1);
            (value_start + 1, value_start + close)
        }
        _ => (value_start, value_start + value.trim_end().len()),
    };
    (inner_start <= inner_end
        && source.is_char_boundary(inner_start)
        && source.is_char_boundary(inner_end))
    .then(|| Span::new(inner_start, inner_end))
}

fn lowercase(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_ascii_lowercase()
}

fn role_of(name: &str) -> Role {
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Role::Block(BlockKind::Heading {
            level: name.as_bytes()[1] - b'0',
        }),
        "li" | "dt" | "dd" => Role::Block(BlockKind::ListItem),
        "blockquote" => Role::Block(BlockKind::Quote),
        "td" | "th" => Role::Block(BlockKind::TableCell),
        "figcaption" | "caption" | "summary" | "legend" | "title" => {
            Role::Block(BlockKind::Caption)
        }
        "p" | "div" | "section" | "article" | "aside" | "header" | "footer" | "main" | "nav"
        | "figure" | "address" | "details" | "dialog" | "form" | "fieldset" | "center" => {
            Role::Block(BlockKind::Paragraph)
        }
        "script" | "style" | "code" | "pre" | "kbd" | "samp" | "var" | "template" | "svg"
        | "math" | "textarea" | "select" | "noscript" | "iframe" | "object" | "canvas" | "xmp"
        | "listing" | "plaintext" => Role::Opaque,
        _ => Role::Inline,
    }
}

/// Elements that begin or end a block of text (their own or their
/// parent's).
fn ends_block(name: &str) -> bool {
    matches!(role_of(name), Role::Block(_) | Role::Opaque)
        || matches!(
            name,
            "br" | "hr"
                | "ul"
                | "ol"
                | "dl"
                | "table"
                | "tr"
                | "thead"
                | "tbody"
                | "tfoot"
                | "html"
                | "head"
                | "body"
                | "hgroup"
                | "option"
                | "img"
                | "picture"
                | "video"
                | "audio"
                | "button"
                | "input"
                | "label"
        )
}

/// Elements with no end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(text: &str) -> Markup {
        parse(text, &MarkupOptions::default())
    }

    fn blocks(text: &str) -> Vec<(BlockKind, &str)> {
        html(text)
            .blocks
            .iter()
            .map(|b| (b.kind, &text[b.span().range()]))
            .collect()
    }

    #[test]
    fn blocks_headings_and_lists() {
        let text = "<h1>Le titre</h1><p>Un <em>paragraphe</em> ici.</p><ul><li>Un<li>Deux</ul><blockquote><p>Cité.</p></blockquote>";
        assert_eq!(
            blocks(text),
            [
                (BlockKind::Heading { level: 1 }, "Le titre"),
                (BlockKind::Paragraph, "Un <em>paragraphe</em> ici."),
                (BlockKind::ListItem, "Un"),
                (BlockKind::ListItem, "Deux"),
                (BlockKind::Quote, "Cité."),
            ]
        );
        let m = html(text);
        assert!(!m.masked.contains("em>"));
        assert_eq!(m.masked.len(), text.len());
    }

    #[test]
    fn code_and_scripts_are_masked() {
        let text = "<p>Avant</p><script>if (a < b) { le le }</script><pre><code>le le</code></pre><style>p{}</style><p>Après</p>";
        let m = html(text);
        assert!(!m.masked.contains("le le"));
        assert_eq!(m.blocks.len(), 2);
    }

    #[test]
    fn links_attributes_metadata_and_language() {
        let text = "<html lang=\"fr\"><head><title>Le marché couvert</title><meta name=\"description\" content=\"Les halles rouvrent demain.\"></head><body><p>Pour lire, <a href=\"/x\">cliquez ici</a>.</p><img alt=\"Deux étals de fruits\" src=\"a.jpg\"><p lang=\"en\">An English aside.</p></body></html>";
        let m = html(text);
        assert_eq!(m.declared_language.as_deref(), Some("fr"));
        assert_eq!(&text[m.links[0].text.range()], "cliquez ici");
        assert_eq!(m.links[0].target, "/x");
        let title = m.metadata.field("title").unwrap();
        assert_eq!(&text[title.value_span.range()], "Le marché couvert");
        let description = m.metadata.field("description").unwrap();
        assert_eq!(
            &text[description.value_span.range()],
            "Les halles rouvrent demain."
        );
        assert!(
            m.blocks
                .iter()
                .any(|b| &text[b.span().range()] == "Deux étals de fruits")
        );
        assert_eq!(
            &text[m.language_regions[0].span.range()],
            "<p lang=\"en\">An English aside.</p>"
        );
        assert!(m.metadata.span.is_some());
    }

    #[test]
    fn attributes_inside_a_paragraph_stay_out_of_it() {
        let text = "<p>Le <abbr title=\"Conseil municipal\">CM</abbr> a voté.</p><img alt=\"Deux étals de fruits\">";
        let found = blocks(text);
        assert_eq!(
            found,
            [
                (
                    BlockKind::Paragraph,
                    "Le <abbr title=\"Conseil municipal\">CM</abbr> a voté."
                ),
                (BlockKind::Caption, "Deux étals de fruits"),
            ]
        );
        assert!(!html(text).masked.contains("Conseil"));
    }

    #[test]
    fn entities_keep_words_whole() {
        let text = "<p>Un caf&eacute; cr&egrave;me&nbsp;: bon.</p>";
        let m = html(text);
        assert!(m.masked.contains("Un cafxxxxxxxx crxxxxxxxxme      : bon."));
    }
}
