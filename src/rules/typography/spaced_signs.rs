//! Punctuation with white space before it, after a word: what the English
//! and comma spacing rules look for.

use crate::diagnostic::{Diagnostic, Span};
use crate::rules::{RuleContext, RuleMeta};
use crate::text::Document;

/// `sign`, at `space.end`, with only white space between it and a word.
pub struct SpacedSign {
    /// The white space before the sign, in file offsets.
    pub space: Span,
    pub sign: char,
    /// The character after the sign in its block, if any.
    pub next: Option<char>,
}

impl SpacedSign {
    /// The space and the sign together: what a finding underlines.
    pub fn span(&self) -> Span {
        Span::new(self.space.start, self.space.end + self.sign.len_utf8())
    }

    /// A finding whose fix deletes the space.
    pub fn delete_space(&self, meta: &RuleMeta, ctx: &RuleContext<'_>, help: &str) -> Diagnostic {
        Diagnostic::new(
            &meta.id,
            meta.category,
            ctx.severity,
            self.span(),
            format!("space before `{}`", self.sign),
        )
        .with_suggestion(self.space, "", true)
        .with_help(help)
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

/// Whether `span` is white space in the file itself. Rules read the masked
/// prose, where a link target or inline markup became spaces: a "space"
/// before a sign there is no space at all (`[site](https://…).`).
pub fn is_space_in_source(doc: &Document<'_>, span: Span) -> bool {
    doc.text(span).chars().all(is_space)
}

/// Every one of `signs` (ASCII punctuation) in the prose that has white
/// space before it, on the same line, after a word or a closing mark. A
/// sign that opens a line (a list marker, a quoted sign) is not one.
pub fn spaced_signs(doc: &Document<'_>, signs: &[u8]) -> Vec<SpacedSign> {
    let mut found = Vec::new();
    for block in doc.blocks() {
        let prose = doc.prose(block.span());
        let bytes = prose.as_bytes();
        for i in 1..bytes.len() {
            // Runs at every byte: most are settled by these two tests. A
            // space, a tab, or the last byte of U+00A0 or U+202F.
            if !signs.contains(&bytes[i]) || !matches!(bytes[i - 1], b' ' | b'\t' | 0xA0 | 0xAF) {
                continue;
            }
            let before = &prose[..i];
            let word_end = before.trim_end_matches(is_space).len();
            if word_end == i {
                continue;
            }
            let Some(last) = before[..word_end].chars().next_back() else {
                continue;
            };
            if !(last.is_alphanumeric() || matches!(last, ')' | ']' | '"' | '”' | '’' | '»' | '%'))
            {
                continue;
            }
            let space = Span::new(block.span().start + word_end, block.span().start + i);
            if !is_space_in_source(doc, space) {
                continue;
            }
            found.push(SpacedSign {
                space,
                sign: char::from(bytes[i]),
                next: prose[i + 1..].chars().next(),
            });
        }
    }
    found
}
