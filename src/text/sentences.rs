//! Sentences within a block: split after `.`, `!`, `?` or `…` when the next
//! word starts a new sentence, skipping common abbreviations.

use super::words::Word;
use crate::diagnostic::Span;
use crate::markup::Block;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub block: usize,
    /// Indices into the document's words.
    pub words: Range<usize>,
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "pp", "vol",
    "no", "n°", "mr", "mrs", "ms", "prof", "sr", "jr", "vs", "e.g", "i.e", "fig", "av", "bd",
    "env", "ex", "art", "chap", "op", "jan", "feb", "fév", "déc", "dec", "oct", "nov", "sept",
    "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "u.s", "j.-c", "av. j.-c",
];

pub fn split(
    masked: &str,
    block: &Block,
    block_index: usize,
    first_word: usize,
    words: &[Word],
    out: &mut Vec<Sentence>,
) {
    let text = &masked[block.span.range()];
    let base = block.span.start;
    let mut sentence_start: Option<usize> = None;
    let mut word_index = first_word;
    let mut sentence_first_word = first_word;
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().expect("index on a char boundary");
        let len = c.len_utf8();
        if sentence_start.is_none() && !c.is_whitespace() {
            sentence_start = Some(i);
            sentence_first_word = word_index;
        }
        while word_index < words.len() && words[word_index].span.end <= base + i + len {
            word_index += 1;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of terminal punctuation and closing quotes.
            let mut end = i + len;
            while let Some(n) = text[end..].chars().next() {
                if matches!(
                    n,
                    '.' | '!' | '?' | '…' | '"' | '»' | '”' | ')' | '\'' | '’'
                ) {
                    end += n.len_utf8();
                } else {
                    break;
                }
            }
            // French closing guillemets come after a space: « Oui. »
            let rest = &text[end..];
            let spaced = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
            if spaced.starts_with('»') && spaced.len() < rest.len() {
                end += rest.len() - spaced.len() + '»'.len_utf8();
            }
            let at_end = text[end..].trim().is_empty();
            let followed_by_space = text[end..].starts_with(char::is_whitespace);
            let abbreviation = c == '.' && end == i + 1 && is_abbreviation(&text[..i]);
            let next_starts_sentence = text[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(|n| !n.is_lowercase());
            let ends_here = at_end || (followed_by_space && next_starts_sentence && !abbreviation);
            if ends_here && let Some(start) = sentence_start.take() {
                let words_end = words[word_index.min(words.len())..]
                    .iter()
                    .position(|w| w.span.start >= base + end)
                    .map_or(words.len(), |p| p + word_index);
                out.push(Sentence {
                    span: Span::new(base + start, base + end),
                    block: block_index,
                    words: sentence_first_word..words_end,
                });
                word_index = words_end;
            }
            i = end;
            continue;
        }
        i += len;
    }
    if let Some(start) = sentence_start {
        let end = text.trim_end().len();
        if end > start {
            let words_end = words[word_index.min(words.len())..]
                .iter()
                .position(|w| w.block != block_index)
                .map_or(words.len(), |p| p + word_index);
            out.push(Sentence {
                span: Span::new(base + start, base + end),
                block: block_index,
                words: sentence_first_word..words_end,
            });
        }
    }
}

fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '°' || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("J. Dupont").
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    single_letter || ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::BlockKind;
    use crate::text::words::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let block = Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        };
        let mut words = Vec::new();
        tokenize(text, block.span, 0, &mut words);
        let mut out = Vec::new();
        split(text, &block, 0, 0, &words, &mut out);
        out.iter()
            .map(|s| text[s.span.range()].to_string())
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("Une phrase. Une autre ! Et « une citation. » Fin"),
            ["Une phrase.", "Une autre !", "Et « une citation. »", "Fin"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sentences("M. Dupont et J. Martin, etc. sont là. Oui."),
            ["M. Dupont et J. Martin, etc. sont là.", "Oui."]
        );
    }

    #[test]
    fn sentence_words_are_counted() {
        let text = "Un deux. Trois.";
        let block = Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        };
        let mut words = Vec::new();
        tokenize(text, block.span, 0, &mut words);
        let mut out = Vec::new();
        split(text, &block, 0, 0, &words, &mut out);
        assert_eq!(out[0].words, 0..2);
        assert_eq!(out[1].words, 2..3);
    }
}
