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
//! text follows it (see [`classify_blocks`]).

use super::{Block, BlockKind, Markup, into_string};
use crate::diagnostic::Span;

/// Lines longer than this are not headings.
const MAX_HEADING_CHARS: usize = 150;

pub fn parse(source: &str) -> Markup {
    let blocks = blocks(source, 0);
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

/// The blocks of `source` from byte `start` on (a line start), read as plain
/// text: also how Markdown too dense to parse is read (see
/// [`super::density`]).
pub(super) fn blocks(source: &str, start: usize) -> Vec<Block> {
    let lines = lines_with_spans(source, start);
    let hard_wrapped = is_hard_wrapped(&lines);
    let mut blocks = Vec::new();
    let mut current: Option<Span> = None;
    for &(span, trimmed) in &lines {
        if trimmed.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
            continue;
        }
        match current {
            Some(ref mut block) if hard_wrapped => block.end = span.end,
            Some(block) => {
                blocks.push(block);
                current = Some(span);
            }
            None => current = Some(span),
        }
    }
    blocks.extend(current);
    classify_blocks(source, &blocks)
}

/// Each line's span without its line ending and surrounding spaces, and the
/// trimmed text, from byte `start` (a line start) on.
fn lines_with_spans(source: &str, mut start: usize) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    for line in source[start..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let leading = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        let s = start + leading;
        out.push((Span::new(s, s + trimmed.len()), trimmed));
        start += line.len();
    }
    out
}

/// A document is hard-wrapped when no line is longer than ~100 characters
/// and some line inside a run of lines stops mid-sentence (the next line
/// continues it in lowercase). Pasted web text has one long line per paragraph instead.
fn is_hard_wrapped(lines: &[(Span, &str)]) -> bool {
    let mut previous: Option<&str> = None;
    let mut continuation_lines = 0usize;
    for &(_, text) in lines {
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

/// Kinds of the blocks, each judged by its own shape and by its place: a
/// heading is a title *over* something.
///
/// - The last block has nothing under it, so it is no heading: a question
///   or a signature closing a text is text, and the last excerpt of a list
///   of teasers is an excerpt ("… pour les étudi").
/// - Long heading-like lines (ten words or more) that follow one another
///   are a list of excerpts or titles, not sections with nothing in them.
fn classify_blocks(source: &str, spans: &[Span]) -> Vec<Block> {
    let mut kinds: Vec<BlockKind> = spans.iter().map(|s| classify(&source[s.range()])).collect();
    let text = |i: usize| &source[spans[i].range()];
    let long_title: Vec<bool> = (0..spans.len())
        .map(|i| kinds[i].is_heading() && text(i).split_whitespace().count() >= MIN_EXCERPT_WORDS)
        .collect();
    // A line the next one continues in lowercase is a wrapped paragraph
    // read line by line, not an excerpt: it stays as it was.
    let continued = |i: usize| {
        spans
            .get(i + 1)
            .is_some_and(|_| text(i + 1).chars().next().is_some_and(char::is_lowercase))
    };
    for i in 0..kinds.len() {
        let in_run = ((i > 0 && long_title[i - 1])
            || long_title.get(i + 1).copied().unwrap_or(false))
            && !continued(i)
            && !(i > 0 && continued(i - 1));
        let last = i + 1 == kinds.len();
        if kinds[i].is_heading() && (last || (long_title[i] && in_run)) {
            kinds[i] = BlockKind::Paragraph;
        }
    }
    spans
        .iter()
        .zip(kinds)
        .map(|(&span, kind)| Block::new(kind, span))
        .collect()
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
