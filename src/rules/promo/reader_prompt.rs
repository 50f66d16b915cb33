//! A prompt to the reader written as a sentence: "Enjoyed this episode?
//! Rate and review us wherever you listen!", "Une question ? Laissez-nous
//! un commentaire ci-dessous 👇". The pack rules know a few fixed
//! wordings; sites write these endlessly. What they share is their form:
//! a short paragraph that speaks to the reader ("you", "vous", "us"),
//! asks for a widget's action (comment, rate, review, subscribe, share:
//! a button's verb and a word of page chrome, `rules/ui/`) and says it
//! with a page's marks: an exclamation, an icon, or a pointer to the
//! widget below it.
//!
//! A sentence of an article about comments or reviews may hold the same
//! words; it rarely holds all of them, in a short paragraph, with a
//! pointer or an exclamation.

use super::line_shape::is_icon;
use super::line_tail::{is_action, strong_word, tokens};
use super::ui_words;

/// A prompt is a sentence or two.
const MAX_PROMPT_WORDS: usize = 35;

/// More words than this over several sentences make a paragraph.
const MAX_PARAGRAPH_PROMPT_WORDS: usize = 20;

/// Words that address the reader, or the site speaking to them.
const READER: &[&str] = &[
    "you", "your", "us", "vous", "votre", "vos", "nous", "nos", "tu", "ton", "ta", "te",
];

/// How many words before a pointer the widget's name may be.
const POINTER_REACH: usize = 2;

/// The pronouns a French imperative carries after its hyphen.
const IMPERATIVE_PRONOUNS: &[&str] = &[
    "-nous", "-vous", "-moi", "-le", "-la", "-les", "-lui", "-leur", "-en", "-y",
];

/// Words pointing at the widget under the text.
const POINTERS: &[&str] = &["below", "ci-dessous", "dessous"];

/// Whether `text`, a block's line, reads as a prompt to the reader.
pub fn is_reader_prompt(text: &str) -> bool {
    // A page's mark first: most lines of prose have none, and this takes
    // neither the words apart nor a lowercased copy of each.
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let exclaims_or_shows_an_icon =
        trimmed.ends_with('!') || text.chars().any(|c| is_icon(c) || c == '⭐' || c == '★');
    if !exclaims_or_shows_an_icon && !may_hold_a_pointer(text) {
        return false;
    }
    let words = tokens(text);
    if words.len() < 3 || words.len() > MAX_PROMPT_WORDS {
        return false;
    }
    // Several sentences of a good length are a paragraph of the text, an
    // emoji closing it the style of a post.
    if words.len() > MAX_PARAGRAPH_PROMPT_WORDS && text.contains(". ") {
        return false;
    }
    let keys: Vec<String> = words.iter().map(|w| ui_words::key(w)).collect();
    // "vous", "your", or a French imperative with its pronoun
    // ("Posez-la", "Dites-le-nous"): the page speaks to the reader.
    let addresses_reader = keys.iter().any(|k| {
        READER.contains(&k.as_str()) || IMPERATIVE_PRONOUNS.iter().any(|p| k.ends_with(p))
    });
    let actions = words.iter().filter(|w| is_action(w)).count();
    let mut strong: Vec<&String> = words
        .iter()
        .zip(&keys)
        .filter(|(w, _)| strong_word(w))
        .map(|(_, k)| k)
        .collect();
    strong.sort();
    strong.dedup();
    let marked = exclaims_or_shows_an_icon || keys.iter().any(|k| POINTERS.contains(&k.as_str()));
    // "Leave a comment below": pointing at the widget is enough address.
    // The pointer follows the widget's name closely ("the comments
    // below"); "2 cm below the rim" points at nothing of the page.
    let points = keys.iter().enumerate().any(|(i, k)| {
        POINTERS.contains(&k.as_str())
            && words[i.saturating_sub(POINTER_REACH)..i]
                .iter()
                .any(|w| strong_word(w))
    });
    // A pointer alone ("Vous trouverez ci-dessous…") marks a prompt only
    // next to the widget it points at.
    marked
        && ((exclaims_or_shows_an_icon && addresses_reader && actions >= 1 && strong.len() >= 2)
            || (points && !strong.is_empty() && (actions >= 1 || addresses_reader)))
}

/// False when no word of `text` can be one of [`POINTERS`]: none holds
/// one in any case. The pointers are ASCII words without a `k`, and only
/// ASCII letters lowercase to their letters (the Kelvin sign aside), so
/// comparing ASCII bytes without case is enough.
fn may_hold_a_pointer(text: &str) -> bool {
    POINTERS.iter().any(|pointer| {
        text.as_bytes()
            .windows(pointer.len())
            .any(|bytes| bytes.eq_ignore_ascii_case(pointer.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_whatever_their_wording() {
        for text in [
            "Loved this walk? Leave us a comment and rate the route!",
            "Une remarque sur la recette ? Laissez-nous un commentaire ci-dessous 👇",
            "Vous avez aimé ce numéro ? Partagez-le et notez-nous sur l'application ⭐",
            "If this guide helped you, share it with a friend who is moving house!",
            "Spotted a mistake? Report it in the comments below.",
            "Un avis sur ce gîte ? Donnez-le en commentaire ci-dessous !",
        ] {
            assert!(is_reader_prompt(text), "{text}");
        }
        for text in [
            "The forum asks members to comment politely and to rate answers honestly.",
            "Readers left three hundred comments under the article within a day.",
            "Vous pouvez laisser votre vélo dans la cour, à côté des poubelles.",
            "Share your table with strangers at the long benches: it is the custom here!",
            "The map below shows where the new benches will go.",
            "Add the new soil so the roots sit 2 cm below the rim!",
            "Avec plaisir ! Je vous propose ci-dessous une version plus courte de votre texte.",
        ] {
            assert!(!is_reader_prompt(text), "{text}");
        }
    }

    /// The quick look for a pointer finds one in any case, inside a word
    /// or after an elision, and only where one may be.
    #[test]
    fn a_pointer_is_seen_in_any_case() {
        for text in ["Les avis CI-DESSOUS", "Voir Dessous", "the thread BeLoW"] {
            assert!(may_hold_a_pointer(text), "{text}");
        }
        for text in ["Les avis plus bas", "the thread underneath", "bélow"] {
            assert!(!may_hold_a_pointer(text), "{text}");
        }
        assert!(is_reader_prompt(
            "Une idée ? Partagez-la en commentaire CI-DESSOUS"
        ));
    }
}
