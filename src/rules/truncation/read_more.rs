//! Teaser labels: the call to read that follows an excerpt ("… Lire la
//! suite", "(read more)", "… Click here.", "Read more: <title>"). The promo
//! packs report the label itself; here it tells the truncation rules that
//! the text before it is an excerpt, cut where the page cut it.
//!
//! The wrappers a label comes in (brackets, arrows, a colon and a title) are
//! [`crate::rules::tail_label`]'s business; this module knows the words.

use crate::diagnostic::Span;
use crate::markup::MarkupKind;
use crate::rules::tail_label::{LabelEnd, label_end, label_start};
use crate::text::{Document, Language, normalize_apostrophes};
use std::ops::Range;
use std::sync::LazyLock;

const FR: &[&str] = &[
    "lire la suite",
    "lire la suite de l'article",
    "la suite",
    "suite",
    "lire plus",
    "en lire plus",
    "en savoir plus",
    "voir plus",
    "voir la suite",
    "plus",
    "continuer la lecture",
    "continuer à lire",
    "poursuivre la lecture",
    "lire l'article",
    "lire l'article complet",
    "afficher la suite",
    "afficher plus",
    "découvrir la suite",
    "cliquez ici",
    "cliquer ici",
    "lire aussi",
    "à lire aussi",
    "lire également",
    "à lire également",
];

const EN: &[&str] = &[
    "read more",
    "more",
    "continue reading",
    "keep reading",
    "learn more",
    "see more",
    "read on",
    "read the rest",
    "read the full story",
    "read full article",
    "read the full article",
    "read full story",
    "full story",
    "view more",
    "show more",
    "find out more",
    "click here",
    "click to read more",
    "tap here",
    "read also",
    "also read",
];

/// Longest label phrase: bounds how many words are compared.
const MAX_LABEL_WORDS: usize = 6;

/// Where a label starts in `text`, if it starts exactly at `start`: the
/// end of the longest label phrase there.
fn label_at(text: &str, start: usize, language: Language) -> Option<usize> {
    let list = match language {
        Language::Fr => FR,
        Language::En => EN,
    };
    if !opens_a_label(&text[start..], language) {
        return None;
    }
    let mut words = String::new();
    let mut best = None;
    let mut rest = &text[start..];
    let mut offset = start;
    for _ in 0..MAX_LABEL_WORDS {
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || crate::text::is_apostrophe(c)))
            .map_or(rest.len(), |(i, _)| i);
        if word_len == 0 {
            break;
        }
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(&normalize_apostrophes(&rest[..word_len]).to_lowercase());
        offset += word_len;
        if list.contains(&words.as_str()) {
            best = Some(offset);
        }
        // No label goes on from these words: longer runs cannot match
        // either. This is what keeps the search cheap, as it is tried at
        // every word of a block's tail.
        if !list.iter().any(|label| continues(label, &words)) {
            break;
        }
        // Words of one label are separated by spaces only (or a line
        // break, in a hard-wrapped text).
        let gap = rest[word_len..]
            .char_indices()
            .find(|&(_, c)| !matches!(c, ' ' | '\u{a0}' | '\n' | '\r'))
            .map_or(rest.len() - word_len, |(i, _)| i);
        if gap == 0 {
            break;
        }
        offset += gap;
        rest = &text[offset..];
    }
    best
}

/// Whether the word at the start of `text` is the first word of a label
/// of `list`, in any case and with any apostrophe. Tried at every word of
/// a block's tail, it turns most words away without making a string: an
/// ASCII word (most) by its length and bytes, another char by char.
fn opens_a_label(text: &str, language: Language) -> bool {
    let word_len = text
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || crate::text::is_apostrophe(c)))
        .map_or(text.len(), |(i, _)| i);
    let word = &text[..word_len];
    let ascii = word.is_ascii();
    first_words(language).iter().any(|first| {
        if ascii {
            word.len() == first.len() && word.eq_ignore_ascii_case(first)
        } else {
            word.chars()
                .flat_map(char::to_lowercase)
                .map(|c| {
                    if crate::text::is_apostrophe(c) {
                        '\''
                    } else {
                        c
                    }
                })
                .eq(first.chars())
        }
    })
}

/// The different first words of the labels of `language` ("lire", "la",
/// "suite"…), split once: [`opens_a_label`] compares them with every word
/// of every block's tail.
fn first_words(language: Language) -> &'static [&'static str] {
    fn distinct(list: &[&'static str]) -> Vec<&'static str> {
        let mut firsts: Vec<&str> = list
            .iter()
            .map(|label| label.split(' ').next().unwrap_or(label))
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        firsts
    }
    static FIRST_WORDS: LazyLock<[Vec<&str>; 2]> = LazyLock::new(|| [distinct(FR), distinct(EN)]);
    match language {
        Language::Fr => &FIRST_WORDS[0],
        Language::En => &FIRST_WORDS[1],
    }
}

/// Whether `label` is `words` followed by more words.
fn continues(label: &str, words: &str) -> bool {
    label
        .strip_prefix(words)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// The label that makes up all of `after` (the text after a cut, to the end
/// of the block), in any wrapper: " Lire la suite", " (read more)",
/// "] Read more", " Read more: Where to eat". The range covers the label's
/// words (and title), trimmed of wrappers.
pub fn label_after_cut(after: &str, language: Language) -> Option<Range<usize>> {
    let start = after.find(char::is_alphanumeric)?;
    let end = label_at(after, start, language)?;
    let label_end_kind = label_end(&after[end..])?;
    let last = match label_end_kind {
        LabelEnd::Bare => end,
        LabelEnd::Titled => after.trim_end().len(),
    };
    Some(start..last)
}

/// Whether `text` (trimmed of punctuation, any case) is a teaser label.
pub fn is_read_more_label(text: &str, language: Language) -> bool {
    label_after_cut(text, language).is_some()
}

/// A block right under block `index` that is nothing but a read-more
/// label ("Click here", "Lire la suite →"): the label's span. The excerpt
/// above it was cut where the page cut it. A Markdown heading is a
/// section's title, whatever its words.
pub fn label_below(doc: &Document<'_>, index: usize) -> Option<Span> {
    let next = doc.blocks().get(index + 1)?;
    if doc.read_as() == MarkupKind::Markdown && next.kind().is_heading() {
        return None;
    }
    if doc.words_of_block(index + 1).len() > LABEL_BELOW_MAX_WORDS {
        return None;
    }
    let prose = doc.prose(next.span());
    let label = label_after_cut(prose, doc.language)?;
    // The label must be all the line holds: "Lire la suite : <titre>"
    // points at another article.
    let rest = &prose[label.end..];
    (!rest.chars().any(char::is_alphanumeric)).then(|| {
        Span::new(
            next.span().start + label.start,
            next.span().start + label.end,
        )
    })
}

/// Longest line read as a label under an excerpt.
const LABEL_BELOW_MAX_WORDS: usize = 6;

/// A label closing `prose` (a block's text) that follows text with no
/// ellipsis: "… within a short walk of the Read more: Where to eat". The
/// label's range, from its first word.
pub fn trailing_label(prose: &str, language: Language) -> Option<Range<usize>> {
    // Labels and their titles are short: look at the block's last words.
    let window_start = prose
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(MAX_LABEL_WORDS + 22)
        .map_or(0, |(i, _)| i);
    let starts = prose[window_start..]
        .char_indices()
        .map(|(i, c)| (window_start + i, c))
        .filter(|&(i, c)| {
            c.is_alphanumeric()
                && prose[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric() && !crate::text::is_apostrophe(p))
        })
        .map(|(i, _)| i);
    for start in starts {
        let Some(end) = label_at(prose, start, language) else {
            continue;
        };
        let Some(kind) = label_end(&prose[end..]) else {
            continue;
        };
        // A one-word label ("More", "Suite") capitalised mid-sentence may
        // be a name: only its wrapper or a sentence break sets it apart.
        let label = &prose[start..end];
        let shown = if label.contains(' ') { label } else { "" };
        if !label_start(&prose[..start], shown)
            || crate::rules::tail_label::is_mentioned(&prose[..start], &prose[end..])
        {
            continue;
        }
        let last = match kind {
            LabelEnd::Bare => end,
            LabelEnd::Titled => prose.trim_end().len(),
        };
        return Some(start..last);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_whatever_their_punctuation() {
        assert!(is_read_more_label(" En savoir plus...", Language::Fr));
        assert!(is_read_more_label("Read More »", Language::En));
        assert!(is_read_more_label(" (lire la suite)", Language::Fr));
        assert!(is_read_more_label(" Continue reading →", Language::En));
        assert!(is_read_more_label(" Click here.", Language::En));
        assert!(!is_read_more_label("Bref je me comprends...", Language::Fr));
    }

    #[test]
    fn a_label_may_point_at_a_title() {
        let after = " Read more: Where the ferry goes in winter";
        assert_eq!(
            label_after_cut(after, Language::En).map(|r| &after[r]),
            Some("Read more: Where the ferry goes in winter")
        );
    }

    #[test]
    fn trailing_labels_need_no_ellipsis() {
        let prose = "Le chantier avance entre les deux ponts et les Lire la suite : Le calendrier";
        let found = trailing_label(prose, Language::Fr).map(|r| &prose[r]);
        assert_eq!(found, Some("Lire la suite : Le calendrier"));
        let prose = "Nous voulions tous lire la suite";
        assert_eq!(trailing_label(prose, Language::Fr), None);
    }

    #[test]
    fn a_label_quoted_inside_a_sentence_is_named_not_left_over() {
        let prose = "Avoid links labelled \"click here\": they tell the reader nothing.";
        assert_eq!(trailing_label(prose, Language::En), None);
        let prose = "Le bouton « Lire la suite » : personne ne le remarque.";
        assert_eq!(trailing_label(prose, Language::Fr), None);
    }
}
