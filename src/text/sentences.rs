//! Sentences within a block: split after `.`, `!`, `?` or `…` when the next
//! word starts a new sentence, skipping common abbreviations.

use super::words::Word;
use crate::diagnostic::Span;
use crate::markup::Block;
use std::ops::Range;

/// A sentence of the masked prose, in 12 bytes.
///
/// A document holds one per sentence, and a text of one-letter paragraphs
/// (`a` and a blank line) has one every three bytes: with `usize` offsets
/// (40 bytes each) they cost 13 times the file. Offsets and word indexes
/// are smaller than the file's size, and files over 256 MiB are refused
/// before they are read (see [`Word`]): they fit in a `u32`. Neither its
/// block nor the end of its words is kept: a sentence with words is in its
/// words' block (see [`Word::block`]), and its words end where the next
/// sentence's begin (see [`crate::text::Document::sentences_with_words`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Sentence {
    start: u32,
    end: u32,
    first_word: u32,
}

impl Sentence {
    /// # Panics
    ///
    /// When an index does not fit in a `u32`: files that large are refused
    /// before they are read.
    pub fn new(span: Span, first_word: usize) -> Sentence {
        let index = |i: usize| u32::try_from(i).expect("files over 256 MiB are refused");
        Sentence {
            start: index(span.start),
            end: index(span.end),
            first_word: index(first_word),
        }
    }

    /// Where the sentence is in the file (and in the masked prose).
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The index of its first word in the document's words (of the word
    /// after it, if it has none).
    pub fn first_word(&self) -> usize {
        self.first_word as usize
    }
}

impl std::fmt::Debug for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sentence")
            .field("span", &self.span())
            .field("first_word", &self.first_word())
            .finish()
    }
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
    let text = &masked[block.span().range()];
    let base = block.span().start;
    let block_words = &words[first_word..];
    let block_words = &block_words[..block_words
        .iter()
        .position(|w| w.block() != block_index)
        .unwrap_or(block_words.len())];
    // The index of the first word that ends after `offset` in the block.
    let word_at =
        |offset: usize| first_word + block_words.partition_point(|w| w.span().end <= base + offset);

    let block_end_word = first_word + block_words.len();
    // A sentence keeps its first word only: its words end where the next
    // sentence's begin, or at the end of the block's (the next sentence
    // with words is in a later block, as a block without a sentence is
    // blank). Debug builds (every test) check that this is the end the
    // sentence's span gives.
    let mut words_end: Option<usize> = None;
    let mut push = |span: Span, words: Range<usize>| {
        debug_assert!(
            words_end.is_none_or(|end| end == words.start),
            "sentence words end where the next sentence's begin"
        );
        words_end = Some(words.end);
        out.push(Sentence::new(span, words.start));
    };
    let mut i = 0;
    // Each turn finds one sentence: from the next non-blank character to
    // the terminal punctuation that ends it (jumping from one punctuation
    // mark to the next, not character by character).
    while let Some(skip) = text[i..].find(|c: char| !c.is_whitespace()) {
        let start = i + skip;
        let mut from = start;
        let end = loop {
            let Some(at) = find_terminal(text, from) else {
                break None;
            };
            let end = terminal_run_end(text, at);
            if ends_sentence(text, at, end) {
                break Some(end);
            }
            from = end;
        };
        let Some(end) = end else {
            let end = text.trim_end().len();
            if end > start {
                push(
                    Span::new(base + start, base + end),
                    word_at(start)..block_end_word,
                );
            }
            break;
        };
        push(
            Span::new(base + start, base + end),
            word_at(start)..word_at(end),
        );
        i = end;
    }
    debug_assert_eq!(
        words_end.unwrap_or(first_word),
        block_end_word,
        "a block's sentences hold all its words"
    );
}

/// The offset of the next `.`, `!`, `?` or `…` at or after `from`: a byte
/// search, as this runs over every block.
fn find_terminal(text: &str, from: usize) -> Option<usize> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let bytes = text.as_bytes();
    (from..bytes.len()).find(|&k| match bytes[k] {
        b'.' | b'!' | b'?' => true,
        first if first == ELLIPSIS[0] => bytes[k..].starts_with(ELLIPSIS),
        _ => false,
    })
}

/// The end of the run of terminal punctuation and closing quotes that
/// starts at `at`, French guillemets after a space included: « Oui. »
fn terminal_run_end(text: &str, at: usize) -> usize {
    let mut end = at;
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
    let rest = &text[end..];
    let spaced = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if spaced.starts_with('»') && spaced.len() < rest.len() {
        end += rest.len() - spaced.len() + '»'.len_utf8();
    }
    end
}

/// Whether the punctuation at `at`, running to `end`, closes a sentence:
/// the block ends there, or a space and a word that is not lowercase follow
/// and the full stop is not an abbreviation's (`M.`, `etc.`, `J.`).
fn ends_sentence(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[end..];
    if rest.trim().is_empty() {
        return true;
    }
    let followed_by_space = rest.starts_with(char::is_whitespace);
    let next_starts_sentence = rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(|n| !n.is_lowercase());
    let abbreviation = text[at..].starts_with('.')
        && end == at + 1
        && is_abbreviation(&text[..at])
        && !(ends_on_letter(&text[..at]) && opens_on_pronoun(rest));
    followed_by_space && next_starts_sentence && !abbreviation
}

/// Whether the text before the full stop ends on a single letter (an
/// initial, or a letter naming something: "bâtiment A.").
fn ends_on_letter(before: &str) -> bool {
    let mut chars = before.chars().rev();
    chars.next().is_some_and(char::is_alphabetic)
        && chars
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.')
}

/// Whether the next word is a subject pronoun, a demonstrative or a
/// plural or possessive determiner: a name never is one, so the letter
/// before the full stop is not an initial but ends a sentence ("bâtiment
/// A. Nous avons…", "block C. We moved…", "zone A. Les cours…"). Not `Le`,
/// `La`, `De`: surnames open with them (`J. Le Gall`, `C. De Gaulle`).
fn opens_on_pronoun(rest: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "nous", "vous", "il", "elle", "ils", "elles", "on", "je", "we", "they", "he", "she", "it",
        "you", "this", "these", "ce", "cette", "ces", "cela", "les", "the", "our", "their", "nos",
        "notre", "votre", "vos", "leur", "leurs",
    ];
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    PRONOUNS.iter().any(|p| word.eq_ignore_ascii_case(p))
}

fn is_abbreviation(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '°' || c == '-')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    // A single letter is an initial ("J. Dupont").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    // Runs at every full stop: only a word short enough to be in the list
    // is lowercased.
    word.len() <= LONGEST_ABBREVIATION
        && !word.is_empty()
        && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::BlockKind;
    use crate::text::words::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let block = Block::new(BlockKind::Paragraph, Span::new(0, text.len()));
        let mut words = Vec::new();
        tokenize(text, block.span(), 0, &mut words);
        let mut out = Vec::new();
        split(text, &block, 0, 0, &words, &mut out);
        out.iter()
            .map(|s| text[s.span().range()].to_string())
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
        // A pronoun never follows an initial: the letter ends a sentence.
        assert_eq!(
            sentences("On a repeint le bâtiment A. Nous avons fini."),
            ["On a repeint le bâtiment A.", "Nous avons fini."]
        );
        assert_eq!(
            sentences("Hors vacances de la zone A. Les cours reprennent."),
            ["Hors vacances de la zone A.", "Les cours reprennent."]
        );
        assert_eq!(
            sentences("Signé J. Le Gall et C. De Gaulle."),
            ["Signé J. Le Gall et C. De Gaulle."]
        );
    }

    #[test]
    fn sentence_words_are_counted() {
        let text = "Un deux. Trois.\n\nQuatre !";
        let markup = crate::markup::parse(text, crate::markup::MarkupKind::Plain);
        let doc = crate::text::Document::new(
            std::path::Path::new("t.txt"),
            text,
            markup,
            None,
            crate::text::Language::Fr,
        );
        let words: Vec<_> = doc.sentences_with_words().map(|(_, w)| w).collect();
        assert_eq!(words, [0..2, 2..3, 3..4]);
    }

    #[test]
    fn a_sentence_keeps_its_span_and_first_word_in_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Sentence>(), 12);
        let top = u32::MAX as usize;
        let s = Sentence::new(Span::new(5, top), top - 1);
        assert_eq!((s.span(), s.first_word()), (Span::new(5, top), top - 1));
    }
}
