//! Markdown through pulldown-cmark's offset iterator.
//!
//! Only `Text` events inside paragraphs, headings, list items, quotes and
//! table cells are copied into the masked text; code, images and the
//! markup characters themselves stay blank. Front matter is read by
//! [`super::front_matter`] (its prose fields only), HTML blocks by
//! [`super::html`]; inline HTML is markup, except that `<a>` makes a link
//! and `<code>`, `<kbd>` and `<script>` hide what they enclose.

use super::{
    Block, BlockKind, Comment, Link, Markup, MarkupOptions, blank_copy, density, front_matter,
    html, into_string, plain, unmask, unmask_text,
};
use crate::diagnostic::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What encloses the current text; the innermost entry decides the block kind.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Container {
    Heading(u8),
    Paragraph,
    Item,
    Quote,
    TableCell,
    /// Code blocks, images, metadata: text inside is not prose.
    Opaque,
    /// Emphasis, links and other inline wrappers: transparent.
    Inline,
}

/// Parses `view` (the source itself, or for MDX the source with its
/// imports and expressions blanked: same length, same offsets) and unmasks
/// prose from `source`.
pub fn parse(source: &str, view: &str, options: &MarkupOptions) -> Markup {
    let parser_options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut masked = blank_copy(source);
    // At most one block every two bytes; reserving the bound costs address
    // space only, and the tail is given back at the end (see `Document::new`).
    let mut blocks: Vec<Block> = Vec::with_capacity(source.len() / 2 + 1);
    let mut links = Vec::new();
    let mut comments = Vec::new();
    let mut markup = Markup::default();
    let mut body_start = 0;
    if let Some(front) = front_matter::find(source) {
        body_start = front.span.end;
        markup.declared_language = front_matter::read(
            source,
            &front,
            &options.front_matter_fields,
            &mut masked,
            &mut blocks,
            &mut markup.metadata,
        );
    }
    if let Some(dense) = density::check(&view[body_start..]) {
        read_body_as_plain_text(view, body_start, &mut masked, &mut blocks);
        markup.dense_markup = Some(dense.shifted(body_start));
        blocks.shrink_to_fit();
        markup.masked = into_string(masked);
        markup.blocks = blocks;
        return markup;
    }
    // Inline `<code>`-like tags open, whose text is not prose.
    let mut inline_opaque: Vec<String> = Vec::new();

    let mut stack: Vec<Container> = Vec::new();
    // The block being filled: its kind and the prose seen so far.
    let mut open_block: Option<(usize, Block)> = None; // (stack depth, block)
    // Links being filled: target and the text span seen so far.
    let mut open_links: Vec<(String, Option<Span>)> = Vec::new();
    // How many of `open_links` are inline `<a>` tags rather than Markdown
    // links: only those are closed by `</a>`.
    let mut html_links = 0usize;
    // The end of the last prose taken. pulldown-cmark can hand the same
    // bytes back twice (a table row it gives up on, past its limit on empty
    // cells, comes again as a paragraph); prose only moves forward, so
    // blocks and words never overlap.
    let mut prose_end = 0;
    for (event, range) in Parser::new_ext(&view[body_start..], parser_options).into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        match event {
            Event::Start(tag) => {
                let container = match &tag {
                    Tag::Heading { level, .. } => Container::Heading(*level as u8),
                    Tag::Paragraph => Container::Paragraph,
                    Tag::Item => Container::Item,
                    Tag::BlockQuote(_) => Container::Quote,
                    Tag::TableCell => Container::TableCell,
                    Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => {
                        Container::Opaque
                    }
                    Tag::HtmlBlock => {
                        close_block(&mut open_block, &mut blocks);
                        let fragment = html::read(
                            source,
                            view,
                            Span::from(range.clone()),
                            options,
                            &mut masked,
                        );
                        blocks.extend(fragment.blocks);
                        links.extend(fragment.links);
                        comments.extend(fragment.comments);
                        markup.language_regions.extend(fragment.language_regions);
                        Container::Opaque
                    }
                    Tag::Link { dest_url, .. } => {
                        open_links.push((dest_url.to_string(), None));
                        Container::Inline
                    }
                    _ => Container::Inline,
                };
                if !matches!(container, Container::Inline | Container::Opaque) {
                    close_block(&mut open_block, &mut blocks);
                }
                stack.push(container);
            }
            Event::End(tag_end) => {
                let container = stack.pop();
                if matches!(tag_end, TagEnd::Link)
                    && let Some((target, Some(text))) = open_links.pop()
                {
                    links.push(Link { text, target });
                }
                let structural = !matches!(
                    container,
                    Some(Container::Inline | Container::Opaque) | None
                );
                if structural
                    && let Some((depth, _)) = &open_block
                    && *depth > stack.len()
                {
                    close_block(&mut open_block, &mut blocks);
                }
            }
            Event::Text(_) => {
                if stack.contains(&Container::Opaque) || !inline_opaque.is_empty() {
                    continue;
                }
                let Some(kind) = block_kind(&stack) else {
                    continue;
                };
                let Some(span) = take_text(
                    source,
                    &mut masked,
                    range,
                    &mut prose_end,
                    &mut open_block,
                    (stack.len(), kind),
                ) else {
                    continue;
                };
                for (_, text_span) in open_links.iter_mut() {
                    *text_span = Some(match text_span {
                        Some(s) => Span::new(s.start, span.end),
                        None => span,
                    });
                }
            }
            Event::InlineHtml(tag)
                if is_template_field(&tag)
                    && inline_opaque.is_empty()
                    && !stack.contains(&Container::Opaque) =>
            {
                // `<PRICE>`, `<START DATE>`: a template's field, not an
                // element; it is text an editor must see.
                let Some(kind) = block_kind(&stack) else {
                    continue;
                };
                take_text(
                    source,
                    &mut masked,
                    range,
                    &mut prose_end,
                    &mut open_block,
                    (stack.len(), kind),
                );
            }
            Event::InlineHtml(tag) => {
                let trimmed = tag.trim_start();
                if let Some(body) = trimmed.strip_prefix("<!--") {
                    let body = body.trim_end().trim_end_matches("-->").trim().to_string();
                    comments.push(Comment {
                        span: Span::new(range.start, range.end),
                        body,
                    });
                    continue;
                }
                let (closing, name) = inline_tag_name(trimmed);
                if INLINE_OPAQUE.contains(&name.as_str()) && !trimmed.ends_with("/>") {
                    // Deeper nesting than this is not writing: ignoring it
                    // keeps a flood of unclosed tags linear.
                    if !closing && inline_opaque.len() < 64 {
                        inline_opaque.push(name);
                    } else if let Some(p) = inline_opaque.iter().rposition(|n| *n == name) {
                        inline_opaque.truncate(p);
                    }
                } else if name == "a" && !closing {
                    let target =
                        super::constructs::attribute_values(trimmed, 0, &["href".to_string()])
                            .first()
                            .map(|s| trimmed[s.range()].to_string())
                            .unwrap_or_default();
                    open_links.push((target, None));
                    html_links += 1;
                } else if name == "a"
                    && html_links > 0
                    && let Some((target, text)) = open_links.pop()
                {
                    html_links -= 1;
                    if let Some(text) = text {
                        links.push(Link { text, target });
                    }
                }
            }
            _ => {}
        }
    }
    close_block(&mut open_block, &mut blocks);
    blocks.sort_by_key(|b| b.span().start);
    blocks.shrink_to_fit();
    markup.masked = into_string(masked);
    markup.blocks = blocks;
    markup.links = links;
    markup.comments = comments;
    markup.language_regions.sort_by_key(|r| r.span.start);
    markup
}

/// Reads the body of a file too dense in markup to parse (see
/// [`density`]) as plain text: all of `view` from `body_start` is prose
/// (but a BOM), in the blocks plain text would make of it.
fn read_body_as_plain_text(
    view: &str,
    body_start: usize,
    masked: &mut [u8],
    blocks: &mut Vec<Block>,
) {
    let start = if body_start == 0 && view.starts_with('\u{FEFF}') {
        3
    } else {
        body_start
    };
    unmask(masked, view, Span::new(start, view.len()));
    plain::push_blocks(view, body_start, blocks);
}

/// Inline HTML elements whose text is code, not prose.
const INLINE_OPAQUE: &[&str] = &["code", "kbd", "samp", "var", "script", "style", "pre"];

/// HTML elements a template field in capitals could be mistaken for
/// (`<TIME>` is left to HTML).
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "big",
    "blink",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "font",
    "footer",
    "form",
    "frame",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "mark",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noscript",
    "object",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// A template's field written like a tag: `<NUMBER>`, `<START DATE>`,
/// `<Volunteer coordinator name>`. Letters, spaces, apostrophes and dashes
/// only (no attribute value, no slash), and either several words or one
/// word in capitals, the first word not an HTML element.
fn is_template_field(tag: &str) -> bool {
    let Some(inner) = tag.strip_prefix('<').and_then(|t| t.strip_suffix('>')) else {
        return false;
    };
    let inner = inner.trim();
    if inner.is_empty()
        || inner.len() > 80
        || !inner
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’' || c == '-')
    {
        return false;
    }
    let mut words = inner.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    if HTML_ELEMENTS.contains(&first.as_str()) {
        return false;
    }
    let several = words.next().is_some();
    let capitals = inner.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !inner.chars().any(char::is_lowercase);
    several || capitals
}

/// `</code>` → (true, "code"); `<a href=…>` → (false, "a").
fn inline_tag_name(tag: &str) -> (bool, String) {
    let inner = tag.trim_start_matches('<');
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    (closing, inner[..end].to_ascii_lowercase())
}

fn close_block(open: &mut Option<(usize, Block)>, blocks: &mut Vec<Block>) {
    if let Some((_, block)) = open.take() {
        blocks.push(block);
    }
}

/// The kind of block the innermost structural container makes of its text.
/// Unmasks the text at `range` (from where the prose before it ended:
/// both ends are ends of text events, character boundaries) and adds it
/// to the open block, or opens a block of `kind` at `depth`. The span
/// added, or `None` when the event holds no new text.
fn take_text(
    source: &str,
    masked: &mut [u8],
    range: std::ops::Range<usize>,
    prose_end: &mut usize,
    open_block: &mut Option<(usize, Block)>,
    (depth, kind): (usize, BlockKind),
) -> Option<Span> {
    let start = range.start.max(*prose_end);
    if start >= range.end {
        return None;
    }
    let span = Span::new(start, range.end);
    *prose_end = range.end;
    unmask_text(masked, source, span);
    match open_block {
        Some((_, block)) => block.set_end(span.end),
        None => *open_block = Some((depth, Block::new(kind, span))),
    }
    Some(span)
}

fn block_kind(stack: &[Container]) -> Option<BlockKind> {
    let in_quote = stack.contains(&Container::Quote);
    let in_item = stack.contains(&Container::Item);
    let innermost = stack
        .iter()
        .rev()
        .find(|c| !matches!(c, Container::Inline))?;
    Some(match innermost {
        Container::Heading(level) => BlockKind::Heading { level: *level },
        Container::TableCell => BlockKind::TableCell,
        Container::Item => BlockKind::ListItem,
        Container::Paragraph if in_item => BlockKind::ListItem,
        Container::Paragraph if in_quote => BlockKind::Quote,
        Container::Paragraph => BlockKind::Paragraph,
        Container::Quote => BlockKind::Quote,
        Container::Opaque | Container::Inline => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(md: &str) -> Markup {
        super::parse(md, md, &MarkupOptions::default())
    }

    fn prose(md: &str) -> String {
        parse(md).masked
    }

    #[test]
    fn masks_code_and_markup() {
        let md = "# Titre\n\nUn `code` et **gras**.\n\n```\nle le\n```\n";
        let m = prose(md);
        assert_eq!(m.len(), md.len());
        assert!(m.contains("Titre"));
        assert!(!m.contains("code"));
        assert!(m.contains("gras"));
        assert!(!m.contains("le le"));
    }

    #[test]
    fn blocks_have_kinds_and_spans() {
        let md = "# Titre\n\nPara un.\n\n- item un\n- item deux\n\n> cité\n";
        let markup = parse(md);
        let kinds: Vec<_> = markup.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading { level: 1 },
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Quote
            ]
        );
        assert_eq!(&md[markup.blocks[1].span().range()], "Para un.");
        assert_eq!(&md[markup.blocks[3].span().range()], "item deux");
    }

    #[test]
    fn keeps_links_and_comments() {
        let md = "Voir [ici](https://x.fr) <!-- draftlint-disable a.b -->\n";
        let markup = parse(md);
        assert_eq!(markup.links.len(), 1);
        assert_eq!(&md[markup.links[0].text.range()], "ici");
        assert_eq!(markup.links[0].target, "https://x.fr");
        assert_eq!(markup.comments[0].body, "draftlint-disable a.b");
        assert!(!markup.masked.contains("x.fr"));
    }

    /// A table whose rows leave more cells empty than pulldown-cmark fills
    /// in (2^18) ends in a row that it also hands back as a paragraph: the
    /// same bytes come twice, and overlapping blocks used to panic the text
    /// layer.
    #[test]
    fn a_table_with_too_many_empty_cells_gives_ordered_blocks() {
        let columns = 1000;
        let mut md = format!("|{}\n|{}\n", "a|".repeat(columns), "-|".repeat(columns));
        md.push_str(&"|x|\n".repeat(263));
        let markup = parse(&md);
        crate::invariants::check_markup(&md, &markup).unwrap();
        for language in [crate::text::Language::Fr, crate::text::Language::En] {
            let doc = crate::text::Document::new(
                std::path::Path::new("table.md"),
                &md,
                markup.clone(),
                Some(language),
                language,
            );
            crate::invariants::check_document(&doc).unwrap();
        }
    }

    #[test]
    fn front_matter_prose_fields_only() {
        let md = "---\ntitle: Le le\nlayout: post post\nlang: fr\n---\n\nTexte.\n";
        let markup = parse(md);
        assert!(markup.masked.contains("Le le"));
        assert!(!markup.masked.contains("post"));
        assert_eq!(markup.declared_language.as_deref(), Some("fr"));
        assert_eq!(markup.blocks[0].kind, BlockKind::Caption);
        assert_eq!(&md[markup.blocks[0].span().range()], "Le le");
        assert_eq!(markup.blocks.len(), 2);
    }

    #[test]
    fn nested_front_matter_prose_fields() {
        let md = "---\nparams:\n  seo:\n    description: Une page une page\n  layout: post post\nsub:\n  lang: en\n---\n\nTexte.\n";
        let markup = parse(md);
        assert!(markup.masked.contains("Une page une page"));
        assert!(!markup.masked.contains("post"));
        // Only the top-level `lang` is the document's language.
        assert_eq!(markup.declared_language, None);
        assert_eq!(&md[markup.blocks[0].span().range()], "Une page une page");
    }

    #[test]
    fn html_blocks_are_read_as_html() {
        let md = "Texte.\n\n<div class=\"related\"><h3>À lire aussi</h3>\n<ul><li><a href=\"/a\">Un autre article</a></li></ul></div>\n\nFin.\n";
        let markup = parse(md);
        let kinds: Vec<_> = markup
            .blocks
            .iter()
            .map(|b| (b.kind, &md[b.span().range()]))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Paragraph, "Texte."),
                (BlockKind::Heading { level: 3 }, "À lire aussi"),
                (BlockKind::ListItem, "Un autre article"),
                (BlockKind::Paragraph, "Fin."),
            ]
        );
        assert_eq!(markup.links[0].target, "/a");
    }

    #[test]
    fn inline_html_links_and_code() {
        let md = "Pour voir, <a href=\"/x\">cliquez ici</a> ou tapez <code>le le</code>.\n";
        let markup = parse(md);
        assert_eq!(&md[markup.links[0].text.range()], "cliquez ici");
        assert!(!markup.masked.contains("le le"));
    }
}
