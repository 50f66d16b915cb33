//! Syntax that sits inside prose but is not prose: template tags and
//! expressions (see [`super::templates`]), MDX imports and expressions (see
//! [`super::mdx`]). The readers first take it for text; this pass masks it,
//! then reshapes the blocks around it:
//!
//! - a construct alone on its lines (`{{< figure … >}}`, `{% include … %}`)
//!   renders as a block of its own, so it ends the block before it and
//!   starts a new one after it: the sentence before it is not "continued"
//!   by the sentence after it;
//! - a construct inside a sentence (`Bienvenue sur {{ site.title }}.`) is
//!   only masked: the sentence stays one block;
//! - the prose of its allow-listed attributes (`caption="…"`) becomes a
//!   [`BlockKind::Caption`] block of its own;
//! - blocks left blank are dropped, the others trimmed to their prose.

use super::{Block, BlockKind, Markup, into_string, mask, trim_blank, unmask_text};
use crate::diagnostic::Span;

/// One piece of non-prose syntax found in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Construct {
    pub span: Span,
    /// Nothing but blanks before it on its first line and after it on its
    /// last line.
    pub block_level: bool,
    /// Values of prose attributes inside it, without their quotes.
    pub prose: Vec<Span>,
}

/// Prose attributes of fewer words than this are names, file names or
/// identifiers (`alt="logo"`, `title="IMG_2041"`), not sentences.
const MIN_PROSE_ATTRIBUTE_WORDS: usize = 2;

/// Masks `constructs` (sorted by start) in `markup` and reshapes its blocks.
pub fn apply(source: &str, markup: &mut Markup, constructs: &[Construct]) {
    if constructs.is_empty() {
        return;
    }
    let mut masked = std::mem::take(&mut markup.masked).into_bytes();
    let mut cuts = Vec::new();
    let mut captions = Vec::new();
    for construct in constructs {
        let span = construct.span;
        // Only what a reader took for prose is reshaped: a template tag in
        // an HTML attribute or a code block is already masked.
        let in_prose = masked[span.start] == source.as_bytes()[span.start]
            && !masked[span.start].is_ascii_whitespace();
        if !in_prose {
            continue;
        }
        mask(&mut masked, span);
        for &value in &construct.prose {
            if let Some(value) = prose_value(source, value) {
                unmask_text(&mut masked, source, value);
                if let Some(trimmed) = trim_blank(&masked, value) {
                    captions.push(Block::new(BlockKind::Caption, trimmed));
                }
            }
        }
        if construct.block_level || !construct.prose.is_empty() {
            cuts.push(span);
        }
    }
    let mut blocks = Vec::with_capacity(markup.blocks.len() + captions.len());
    let mut next_cut = 0;
    for block in &markup.blocks {
        while next_cut < cuts.len() && cuts[next_cut].end <= block.span().start {
            next_cut += 1;
        }
        let mut start = block.span().start;
        let mut c = next_cut;
        while c < cuts.len() && cuts[c].start < block.span().end {
            push_trimmed(
                &masked,
                block.kind,
                Span::new(start, cuts[c].start.max(start)),
                &mut blocks,
            );
            start = start.max(cuts[c].end.min(block.span().end));
            c += 1;
        }
        push_trimmed(
            &masked,
            block.kind,
            Span::new(start, block.span().end),
            &mut blocks,
        );
    }
    blocks.extend(captions);
    blocks.sort_by_key(|b| b.span().start);
    markup.blocks = blocks;
    markup.masked = into_string(masked);
}

fn push_trimmed(masked: &[u8], kind: BlockKind, span: Span, out: &mut Vec<Block>) {
    if let Some(span) = trim_blank(masked, span) {
        out.push(Block::new(kind, span));
    }
}

/// The value span when it reads as prose.
fn prose_value(source: &str, span: Span) -> Option<Span> {
    reads_as_prose(source.get(span.range())?).then_some(span)
}

/// An attribute value is prose when it has a few words and is not a path,
/// a URL or an expression.
pub fn reads_as_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let code_like = text.contains(['{', '}', '<', '>', '/', '\\', '=', '|']);
    words >= MIN_PROSE_ATTRIBUTE_WORDS && !code_like
}

/// Whether `span` has only blanks before it on its first line and after
/// it on its last.
pub fn stands_alone(source: &str, span: Span) -> bool {
    let before = &source[..span.start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let after = &source[span.end..];
    let line_end = after.find('\n').unwrap_or(after.len());
    before[line_start..].trim().is_empty() && after[..line_end].trim().is_empty()
}

/// The `name="value"` pairs of a tag's text whose name is in `allowed`:
/// the value spans, without quotes. `offset` is the tag's position in the
/// file.
pub fn attribute_values(tag: &str, offset: usize, allowed: &[String]) -> Vec<Span> {
    let bytes = tag.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // A name: letters, digits, `-`, `_`, `:`.
        if !(bytes[i].is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        let name_start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || b"-_:".contains(&bytes[i])) {
            i += 1;
        }
        let name = &tag[name_start..i];
        let mut j = i;
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        if j >= bytes.len() || bytes[j] != b'=' {
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        let Some(&quote) = bytes.get(j) else { break };
        if quote != b'"' && quote != b'\'' {
            i = j;
            continue;
        }
        let value_start = j + 1;
        let Some(len) = tag[value_start..].find(quote as char) else {
            break;
        };
        let value_end = value_start + len;
        if allowed.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            out.push(Span::new(offset + value_start, offset + value_end));
        }
        i = value_end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_are_found_without_quotes() {
        let tag = r#"{{< figure src="a.jpg" caption="Le port au matin" alt='Deux bateaux' >}}"#;
        let allowed = vec!["caption".to_string(), "alt".to_string()];
        let found: Vec<&str> = attribute_values(tag, 0, &allowed)
            .into_iter()
            .map(|s| &tag[s.range()])
            .collect();
        assert_eq!(found, ["Le port au matin", "Deux bateaux"]);
    }

    #[test]
    fn alone_on_its_line() {
        let text = "Avant.\n  {% include x %}\nAprès {{ y }} fin.\n";
        let tag = text.find("{%").unwrap();
        let end = text.find("%}").unwrap() + 2;
        assert!(stands_alone(text, Span::new(tag, end)));
        let expr = text.find("{{").unwrap();
        assert!(!stands_alone(text, Span::new(expr, expr + 7)));
    }
}
