//! Reading `draftlint-…` directives out of Markdown HTML comments.
//!
//! A directive is one HTML comment whose body starts with a keyword:
//!
//! ```markdown
//! <!-- draftlint-disable promo.read-more, repetition -->
//! <!-- draftlint-enable -->
//! <!-- draftlint-disable-next-line repetition.doubled-word -->
//! <!-- draftlint-disable-file spelling -->
//! ```
//!
//! Ids are separated by commas or spaces. An id may be a rule id, a pack
//! (`promo`) or a category (`spelling`); no id at all means every rule.
//! Ids keep their byte span in the file so a finding about an unknown or
//! unused id points at the id itself.

use crate::diagnostic::Span;
use crate::markup::Comment;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// From the end of the comment to the matching enable, or the file end.
    Disable,
    /// Ends earlier disables (all of them when it names no id).
    Enable,
    /// The line after the comment.
    DisableNextLine,
    /// The whole file.
    DisableFile,
}

impl DirectiveKind {
    pub fn keyword(self) -> &'static str {
        match self {
            DirectiveKind::Disable => "draftlint-disable",
            DirectiveKind::Enable => "draftlint-enable",
            DirectiveKind::DisableNextLine => "draftlint-disable-next-line",
            DirectiveKind::DisableFile => "draftlint-disable-file",
        }
    }
}

/// One id named by a directive, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectiveId {
    pub id: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// From `<!--` to the end of `-->`.
    pub span: Span,
    /// Empty: every rule.
    pub ids: Vec<DirectiveId>,
}

/// Longest keywords first, so `draftlint-disable-file` is not read as
/// `draftlint-disable` followed by an id `-file`.
const KINDS: [DirectiveKind; 4] = [
    DirectiveKind::DisableNextLine,
    DirectiveKind::DisableFile,
    DirectiveKind::Disable,
    DirectiveKind::Enable,
];

/// The directives among a file's comments, in file order.
pub fn parse_directives(source: &str, comments: &[Comment]) -> Vec<Directive> {
    let mut directives: Vec<Directive> = comments
        .iter()
        .filter_map(|c| parse_comment(source, c.span))
        .collect();
    directives.sort_by_key(|d| d.span.start);
    directives
}

fn parse_comment(source: &str, span: Span) -> Option<Directive> {
    let text = source.get(span.range())?;
    let open = text.find("<!--")?;
    let body_start = open + 4;
    let body_end = text[body_start..]
        .find("-->")
        .map_or(text.len(), |i| body_start + i);
    let comment_end = if body_end < text.len() {
        body_end + 3
    } else {
        body_end
    };
    let body = &text[body_start..body_end];
    let leading = body.len() - body.trim_start().len();
    let trimmed = &body[leading..];
    let kind = KINDS.into_iter().find(|k| {
        trimmed
            .strip_prefix(k.keyword())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
    })?;
    let ids_offset = span.start + body_start + leading + kind.keyword().len();
    let ids_text = &trimmed[kind.keyword().len()..];
    let mut ids = Vec::new();
    let mut cursor = 0;
    for piece in ids_text.split(|c: char| c == ',' || c.is_whitespace()) {
        let start = cursor;
        cursor += piece.len() + 1;
        if piece.is_empty() {
            continue;
        }
        ids.push(DirectiveId {
            id: piece.to_string(),
            span: Span::new(ids_offset + start, ids_offset + start + piece.len()),
        });
    }
    Some(Directive {
        kind,
        span: Span::new(span.start + open, span.start + comment_end),
        ids,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Directive> {
        let comments = vec![Comment {
            span: Span::new(0, text.len()),
            body: String::new(),
        }];
        parse_directives(text, &comments)
    }

    #[test]
    fn reads_kind_and_ids_with_spans() {
        let text = "<!-- draftlint-disable-next-line a.b, c -->\n";
        let d = &parse(text)[0];
        assert_eq!(d.kind, DirectiveKind::DisableNextLine);
        assert_eq!(d.span, Span::new(0, text.len() - 1));
        let ids: Vec<(&str, &str)> = d
            .ids
            .iter()
            .map(|i| (i.id.as_str(), &text[i.span.range()]))
            .collect();
        assert_eq!(ids, vec![("a.b", "a.b"), ("c", "c")]);
    }

    #[test]
    fn no_id_means_all_and_other_comments_are_ignored() {
        assert!(parse("<!-- draftlint-enable -->")[0].ids.is_empty());
        assert_eq!(
            parse("<!-- draftlint-disable-file x -->")[0].kind,
            DirectiveKind::DisableFile
        );
        assert!(parse("<!-- a note for the editor -->").is_empty());
        assert!(parse("<!-- draftlint-disabled x -->").is_empty());
    }
}
