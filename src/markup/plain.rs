//! Plain text: all of it is prose; the work is finding blocks.
//!
//! Drafts pasted from a browser put one paragraph per line, often with no
//! blank line between a heading and its text; drafts typed in an editor wrap
//! lines at a fixed width and separate paragraphs with blank lines. We tell
//! the two apart per document (see [`is_hard_wrapped`]) and then:
//! - hard-wrapped: a block is a run of non-blank lines;
//! - one paragraph per line: every non-blank line is a block.
//!
//! A block of one short line without final punctuation is a heading, when
//! text follows it (see [`kind_in_place`]).

use super::{Block, BlockKind, Markup, into_string};
use crate::diagnostic::Span;

/// Lines longer than this are not headings.
const MAX_HEADING_CHARS: usize = 150;

pub fn parse(source: &str) -> Markup {
    // At most one block every two bytes: reserving the bound costs address
    // space only, and the tail is given back once the blocks are read.
    let mut blocks = Vec::with_capacity(source.len() / 2 + 1);
    push_blocks(source, 0, &mut blocks);
    blocks.shrink_to_fit();
    let mut masked = source.as_bytes().to_vec();
    // A BOM is not prose.
    if source.starts_with('\u{FEFF}') {
        super::mask(&mut masked, Span::new(0, 3));
    }
    Markup {
        masked: into_string(masked),
        blocks,
        links: Vec::new(),
        comments: Vec::new(),
        ..Markup::default()
    }
}

/// Appends to `out` the blocks of `source` from byte `start` on (a line
/// start), read as plain text: also how Markdown too dense to parse is read
/// (see [`super::density`]).
///
/// Lines and blocks are read as they come, twice over the text (once to
/// tell whether it is hard-wrapped, once to make the blocks) rather than
/// kept in lists: a file of one-letter lines has a line every two bytes,
/// and a list of them cost more than the blocks themselves.
pub(super) fn push_blocks(source: &str, start: usize, out: &mut Vec<Block>) {
    let hard_wrapped = is_hard_wrapped(lines_with_spans(source, start));
    let text = |span: Span| &source[span.range()];
    let opens_lowercase = |span: Span| text(span).chars().next().is_some_and(char::is_lowercase);
    // Each block's span, kind as its own shape says, and whether it is a
    // heading-like line long enough to be an excerpt.
    let mut blocks = block_spans(source, start, hard_wrapped)
        .map(|span| {
            let kind = classify(text(span));
            let long_title =
                kind.is_heading() && text(span).split_whitespace().count() >= MIN_EXCERPT_WORDS;
            (span, kind, long_title)
        })
        .peekable();
    // Whether the block before was a long heading-like line, when there
    // is one.
    let mut previous_long_title: Option<bool> = None;
    while let Some((span, kind, long_title)) = blocks.next() {
        let next = blocks.peek();
        out.push(Block::new(
            kind_in_place(
                kind,
                long_title,
                previous_long_title,
                next.map(|&(next, _, next_long_title)| (next_long_title, opens_lowercase(next))),
                opens_lowercase(span),
            ),
            span,
        ));
        previous_long_title = Some(long_title);
    }
}

/// The spans of the blocks: runs of non-blank lines when the text is
/// hard-wrapped, else each non-blank line.
fn block_spans(source: &str, start: usize, hard_wrapped: bool) -> impl Iterator<Item = Span> + '_ {
    let mut lines = lines_with_spans(source, start);
    let mut current: Option<Span> = None;
    std::iter::from_fn(move || {
        for (span, trimmed) in lines.by_ref() {
            if trimmed.is_empty() {
                if let Some(block) = current.take() {
                    return Some(block);
                }
                continue;
            }
            match current {
                Some(ref mut block) if hard_wrapped => block.end = span.end,
                Some(block) => {
                    current = Some(span);
                    return Some(block);
                }
                None => current = Some(span),
            }
        }
        current.take()
    })
}

/// Each line's span without its line ending and surrounding spaces, and the
/// trimmed text, from byte `start` (a line start) on.
fn lines_with_spans(source: &str, start: usize) -> impl Iterator<Item = (Span, &str)> {
    source[start..]
        .split_inclusive('\n')
        .scan(start, |start, line| {
            let content = line.trim_end_matches(['\n', '\r']);
            let leading = content.len() - content.trim_start().len();
            let trimmed = content.trim();
            let s = *start + leading;
            *start += line.len();
            Some((Span::new(s, s + trimmed.len()), trimmed))
        })
}

/// A document is hard-wrapped when no line is longer than ~100 characters
/// and some line inside a run of lines stops mid-sentence (the next line
/// continues it in lowercase). Pasted web text has one long line per paragraph instead.
fn is_hard_wrapped<'s>(lines: impl Iterator<Item = (Span, &'s str)>) -> bool {
    let mut previous: Option<&str> = None;
    let mut continuation_lines = 0usize;
    for (_, text) in lines {
        if text.chars().count() > 100 {
            return false;
        }
        if text.is_empty() {
            previous = None;
            continue;
        }
        let starts_lowercase = text.chars().next().is_some_and(char::is_lowercase);
        if starts_lowercase && previous.is_some_and(|p| !ends_sentence(p)) {
            continuation_lines += 1;
        }
        previous = Some(text);
    }
    continuation_lines > 0
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '»', '”', ')', ' ', '\u{a0}'])
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A block's kind, judged by its own shape (`kind`) and by its place: a
/// heading is a title *over* something.
///
/// - The last block (no `next`) has nothing under it, so it is no heading:
///   a question or a signature closing a text is text, and the last
///   excerpt of a list of teasers is an excerpt ("… pour les étudi").
/// - Long heading-like lines (ten words or more) that follow one another
///   are a list of excerpts or titles, not sections with nothing in them.
///
/// `previous_long_title` and `next` say whether the blocks around are
/// such long lines (by their own shape), `next` also whether it opens in
/// lowercase, as `opens_lowercase` says of this block.
fn kind_in_place(
    kind: BlockKind,
    long_title: bool,
    previous_long_title: Option<bool>,
    next: Option<(bool, bool)>,
    opens_lowercase: bool,
) -> BlockKind {
    // A line the next one continues in lowercase is a wrapped paragraph
    // read line by line, not an excerpt: it stays as it was.
    let continued = next.is_some_and(|(_, lowercase)| lowercase);
    let continues_previous = previous_long_title.is_some() && opens_lowercase;
    let in_run = (previous_long_title == Some(true) || next.is_some_and(|(long, _)| long))
        && !continued
        && !continues_previous;
    let last = next.is_none();
    if kind.is_heading() && (last || (long_title && in_run)) {
        BlockKind::Paragraph
    } else {
        kind
    }
}

/// A heading-like line this long, next to another, is an excerpt.
const MIN_EXCERPT_WORDS: usize = 10;

/// Lines of a title stack are at most this long: a wrapped paragraph's
/// lines run to the wrap width, seventy characters or so.
const MAX_TITLE_LINE_CHARS: usize = 60;
/// A title and a subtitle or two; more lines are a paragraph or a list.
const MAX_TITLE_LINES: usize = 3;

/// A block of a few short lines, each opening with a capital or a digit
/// and none with final punctuation: a title over its subtitle ("CONSEIL
/// MUNICIPAL\nCompte rendu de la séance du 14 mars") in a hard-wrapped
/// text, where blank lines alone separate blocks.
fn is_title_stack(block: &str) -> bool {
    let lines: Vec<&str> = block.lines().map(str::trim).collect();
    (2..=MAX_TITLE_LINES).contains(&lines.len())
        && lines.iter().all(|line| {
            line.chars().count() <= MAX_TITLE_LINE_CHARS
                && line
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !line.ends_with(['.', '!', '?', ',', ';', ':', '…', '-'])
        })
}

fn classify(block: &str) -> BlockKind {
    let trimmed = block.trim();
    if is_title_stack(trimmed) {
        return BlockKind::Heading { level: 1 };
    }
    let one_line = !trimmed.contains('\n');
    let starts_like_item = trimmed.starts_with(['-', '*', '•', '–'])
        || trimmed.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        });
    if starts_like_item {
        return BlockKind::ListItem;
    }
    let short = trimmed.chars().count() <= MAX_HEADING_CHARS;
    let unpunctuated = !trimmed.ends_with(['.', '!', ',', ';', '…']);
    let starts_with_letter_or_digit = trimmed
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '«' || c == '"');
    if one_line && short && unpunctuated && starts_with_letter_or_digit {
        BlockKind::Heading { level: 2 }
    } else {
        BlockKind::Paragraph
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_paragraph_per_line() {
        let text = "Titre du billet\nPremier paragraphe assez long pour être du texte. Il continue ici.\nSous-titre\nSecond paragraphe.\n";
        let m = parse(text);
        let kinds: Vec<_> = m.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading { level: 2 },
                BlockKind::Paragraph,
                BlockKind::Heading { level: 2 },
                BlockKind::Paragraph
            ]
        );
        assert_eq!(&text[m.blocks[3].span().range()], "Second paragraphe.");
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let text = "Un paragraphe coupé à la main\nsur deux lignes.\n\nUn autre.\n";
        let m = parse(text);
        assert_eq!(m.blocks.len(), 2);
        assert_eq!(
            &text[m.blocks[0].span().range()],
            "Un paragraphe coupé à la main\nsur deux lignes."
        );
        assert_eq!(m.blocks[0].kind, BlockKind::Paragraph);
    }

    fn kinds(text: &str) -> Vec<BlockKind> {
        parse(text).blocks.iter().map(|b| b.kind).collect()
    }

    /// Issue 12: nothing follows a last line, so it is no heading.
    #[test]
    fn last_line_is_never_a_heading() {
        let kinds = kinds("Titre\nUn paragraphe qui se termine.\nQu'en pensez-vous ?\n");
        assert_eq!(kinds[0], BlockKind::Heading { level: 2 });
        assert_eq!(kinds[2], BlockKind::Paragraph);
    }

    #[test]
    fn long_unpunctuated_lines_in_a_row_are_excerpts() {
        let text = "Annonces\n\
                    Le club de voile cherche des bénévoles pour encadrer les sorties du samedi et les stages\n\
                    La ludothèque ouvre une nouvelle salle de jeux de société pour les adolescents du\n\
                    Une phrase ordinaire qui se termine.\n";
        let kinds = kinds(text);
        assert_eq!(kinds[0], BlockKind::Heading { level: 2 });
        assert_eq!(kinds[1], BlockKind::Paragraph);
        assert_eq!(kinds[2], BlockKind::Paragraph);
    }

    #[test]
    fn a_wrapped_paragraph_read_line_by_line_is_no_run_of_excerpts() {
        // One line is over 100 characters, so the text is not taken as
        // hard-wrapped; its short lines continue one another in lowercase.
        let text = "Une première ligne très longue qui dépasse largement la limite de cent caractères pour que le texte soit lu ligne à ligne.\n\
                    Les imprimantes vibrent quand leurs pièces mobiles se déplacent vite et\n\
                    ces vibrations dégradent la qualité des pièces produites dans les ateliers\n\
                    des petites entreprises.\n";
        let kinds = kinds(text);
        assert_eq!(kinds[1], BlockKind::Heading { level: 2 });
    }

    #[test]
    fn a_title_over_its_subtitle_is_one_heading() {
        let text = "LE MOULIN DU PORT\nUn historique pour la lettre d'information du printemps\n\n\
                    Pendant un siècle, le moulin a tourné au rythme des marées et des\n\
                    saisons, sans jamais manquer une récolte.\n";
        assert_eq!(kinds(text)[0], BlockKind::Heading { level: 1 });
        // A wrapped paragraph continues in lowercase, or runs to the wrap
        // width: it stays a paragraph.
        let wrapped = "Le conseil municipal s'est réuni jeudi soir dans la salle des fêtes\n\
                       En présence de vingt-six élus sur vingt-neuf et de la presse locale\n\n\
                       Un autre paragraphe, coupé à la main, qui continue\n\
                       sur la ligne suivante.\n";
        assert_eq!(kinds(wrapped)[0], BlockKind::Paragraph);
    }

    #[test]
    fn crlf_spans_exclude_line_endings() {
        let text = "Titre\r\n\r\nTexte.\r\n";
        let m = parse(text);
        assert_eq!(&text[m.blocks[1].span().range()], "Texte.");
    }
}
