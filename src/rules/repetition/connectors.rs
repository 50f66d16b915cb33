//! Connectors per language, from `rules/connectors/<lang>.txt`: the linking
//! words and phrases that open a sentence to tie it to the one before
//! ("De plus,", "En outre,", "Moreover,", "In addition,").
//!
//! Many are made only of function words, which the sentence-opener rule
//! otherwise leaves alone ("Il est", "The" are how sentences start); a
//! connector is a choice of the writer, and the same one linking sentence
//! after sentence is the rhythm of a template. The lists are data so an
//! editor can amend them without touching Rust; they are embedded so a
//! fresh build needs no files beside it. A `*` in a list stands for any one
//! word, so a frame is one line whatever fills it ("the * is that": "The
//! reality is that", "The truth is that").
//!
//! Comment adverbs are a family too large to list: a single `-ly` word
//! before a comma in English ("Interestingly,", "Admittedly,") or a `-ment`
//! word in French ("Curieusement,", "Heureusement,") frames the sentence as
//! a connector does, whichever adverb the writer reached for.

use super::fast_hash::FastHasher;
use crate::text::{Document, Language, normalize_apostrophes};
use std::sync::LazyLock;

const FR: &str = include_str!("../../../rules/connectors/fr.txt");
const EN: &str = include_str!("../../../rules/connectors/en.txt");

/// Each connector as its words (`d'autre part` → `d'`, `autre`, `part`),
/// longest first so that the longest connector at a place wins.
static FR_LIST: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| parse(FR));
static EN_LIST: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| parse(EN));

fn parse(text: &str) -> Vec<Vec<String>> {
    let mut list: Vec<Vec<String>> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(words_of)
        .collect();
    list.sort_by_key(|words| std::cmp::Reverse(words.len()));
    list
}

/// A phrase cut into words as the tokenizer cuts prose: at spaces, and
/// after the apostrophe of a French elision (`d'autre` → `d'`, `autre`).
fn words_of(phrase: &str) -> Vec<String> {
    let mut words = Vec::new();
    for token in phrase.split_whitespace() {
        let token = normalize_apostrophes(token).to_lowercase();
        match token.find('\'') {
            Some(i) if i + 1 < token.len() => {
                words.push(token[..=i].to_string());
                words.push(token[i + 1..].to_string());
            }
            _ => words.push(token),
        }
    }
    words
}

/// The connector that opens a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Connector {
    /// How many of the sentence's first words it takes.
    pub words: usize,
    /// The family it belongs to whatever word fills it, when it has one.
    pub frame: Option<Frame>,
}

/// A family of connectors that differ only by a word: the writer's tic is
/// the frame, whichever word fills it ("The truth is that", "The point is
/// that"; "Surprisingly,", "Tellingly,").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frame {
    /// A list entry with a `*`, by its place in the list.
    Pattern(usize),
    /// An unlisted adverb of comment (`-ly`, `-ment`) before a comma.
    CommentAdverb,
}

/// The connector that opens the sentence whose first word is `first` (its
/// words end before `end`), if any. A one-word connector counts only with
/// a comma after it.
pub fn connector_at(doc: &Document<'_>, first: usize, end: usize) -> Option<Connector> {
    let list = match doc.language {
        Language::Fr => &*FR_LIST,
        Language::En => &*EN_LIST,
    };
    let masked = &doc.markup.masked;
    let word = |i: usize| normalize_apostrophes(doc.words[i].text(masked)).to_lowercase();
    // The sentence's first words in lowercase, made once: each entry of
    // the list is compared with them.
    let longest = list.iter().map(Vec::len).max().unwrap_or(0);
    let opening: Vec<String> = (first..end.min(first + longest)).map(word).collect();
    let comma_after = |last: usize| {
        masked[doc.words[last].span().end..]
            .trim_start()
            .starts_with(',')
    };
    for (index, connector) in list.iter().enumerate() {
        let n = connector.len();
        if first + n > end
            || !(0..n).all(|k| connector[k] == ANY_WORD || opening[k] == connector[k])
        {
            continue;
        }
        if n > 1 || comma_after(first) {
            let frame = connector
                .iter()
                .any(|w| w == ANY_WORD)
                .then_some(Frame::Pattern(index));
            return Some(Connector { words: n, frame });
        }
    }
    let opens_with_adverb = || match opening.first() {
        Some(first_word) => is_comment_adverb(first_word, doc.language),
        None => is_comment_adverb(&word(first), doc.language),
    };
    (comma_after(first) && opens_with_adverb()).then_some(Connector {
        words: 1,
        frame: Some(Frame::CommentAdverb),
    })
}

/// Whether the sentence whose first word is `first` opens with a one-word
/// connector of the list without the comma `connector_at` asks for ("Then
/// I went…", "Puis on a…"): a step of a story, which the opener rule counts
/// only sentence after sentence.
pub fn bare_connector_at(doc: &Document<'_>, first: usize) -> bool {
    let list = match doc.language {
        Language::Fr => &*FR_LIST,
        Language::En => &*EN_LIST,
    };
    let word = normalize_apostrophes(doc.words[first].text(&doc.markup.masked)).to_lowercase();
    list.iter().any(|c| c.len() == 1 && c[0] == word)
}

/// The list entry that matches any one word.
const ANY_WORD: &str = "*";

/// The first words of the connectors of two words or more without `*`:
/// a cheap test before [`phrase_at`] compares whole entries.
static FR_FIRST: LazyLock<FastSet> = LazyLock::new(|| first_words(&FR_LIST));
static EN_FIRST: LazyLock<FastSet> = LazyLock::new(|| first_words(&EN_LIST));

type FastSet = std::collections::HashSet<String, std::hash::BuildHasherDefault<FastHasher>>;

/// Connectors that bring in an example or a case: an expository text
/// says them as often as it gives examples, not as a tic.
const ILLUSTRATIONS: &[&str] = &[
    "for example",
    "for instance",
    "in particular",
    "par exemple",
    "en particulier",
];

/// Whether a connector may be counted anywhere in a sentence by
/// [`phrase_at`]: two words or more, no `*`, not an illustration.
fn counted_anywhere(c: &[String]) -> bool {
    c.len() > 1
        && !c.iter().any(|w| w == ANY_WORD)
        && !ILLUSTRATIONS.contains(&c.join(" ").as_str())
}

fn first_words(list: &[Vec<String>]) -> FastSet {
    list.iter()
        .filter(|c| counted_anywhere(c))
        .map(|c| c[0].clone())
        .collect()
}

/// The length of the connector of two words or more (no `*`) that starts
/// at word `at` anywhere in a sentence ("…, et en fin de compte"), its
/// words in one clause (`joined(k)`: word `k` runs on into word `k + 1`).
pub fn phrase_at(doc: &Document<'_>, at: usize, joined: impl Fn(usize) -> bool) -> Option<usize> {
    let (list, first) = match doc.language {
        Language::Fr => (&*FR_LIST, &*FR_FIRST),
        Language::En => (&*EN_LIST, &*EN_FIRST),
    };
    let norm = doc.normalized();
    if !first.contains(norm.word(at)) {
        return None;
    }
    let count = doc.words.len();
    list.iter()
        .filter(|c| counted_anywhere(c))
        .find(|c| {
            at + c.len() <= count
                && (0..c.len())
                    .all(|k| norm.word(at + k) == c[k] && (k + 1 == c.len() || joined(at + k)))
        })
        .map(Vec::len)
}

/// `interestingly`, `curieusement`: an adverb of the writer's comment, by
/// its ending. Short words with the ending are mostly not adverbs
/// (`only`, `early`, `ment`, `jument`), hence the minimum lengths.
fn is_comment_adverb(word: &str, language: Language) -> bool {
    let (ending, min_chars) = match language {
        Language::En => ("ly", 6),
        Language::Fr => ("ment", 8),
    };
    word.ends_with(ending)
        && word.chars().count() >= min_chars
        && word.chars().all(|c| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_into_lowercase_words() {
        for list in [&*FR_LIST, &*EN_LIST] {
            assert!(list.len() > 40);
            for words in list {
                for word in words {
                    assert_eq!(*word, word.to_lowercase());
                    assert!(!word.contains(['’', ' ']));
                }
            }
        }
        assert_eq!(words_of("D’autre part"), ["d'", "autre", "part"]);
    }

    #[test]
    fn comment_adverbs_are_known_by_their_ending() {
        assert!(is_comment_adverb("surprisingly", Language::En));
        assert!(is_comment_adverb("curieusement", Language::Fr));
        assert!(!is_comment_adverb("only", Language::En));
        assert!(!is_comment_adverb("early", Language::En));
        assert!(!is_comment_adverb("jument", Language::Fr));
    }
}
