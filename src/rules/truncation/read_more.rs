//! Read-more labels that follow a cut teaser ("… Lire la suite",
//! "… Read more »"). The promo packs report the label itself; here it only
//! tells the truncation rule that the text before it is an excerpt.

use crate::text::{Language, normalize_apostrophes};

const FR: &[&str] = &[
    "lire la suite",
    "la suite",
    "suite",
    "lire plus",
    "en savoir plus",
    "voir plus",
    "voir la suite",
    "plus",
    "continuer la lecture",
    "lire l'article",
    "afficher la suite",
    "découvrir la suite",
];

const EN: &[&str] = &[
    "read more",
    "more",
    "continue reading",
    "keep reading",
    "learn more",
    "see more",
    "read on",
    "read the full story",
    "read full article",
    "read the full article",
    "full story",
    "view more",
];

/// Whether `text` (trimmed of punctuation, any case) is a read-more label.
pub fn is_read_more_label(text: &str, language: Language) -> bool {
    let cleaned: String = normalize_apostrophes(text)
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if cleaned.is_empty() {
        return false;
    }
    let list = match language {
        Language::Fr => FR,
        Language::En => EN,
    };
    list.contains(&cleaned.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_whatever_their_punctuation() {
        assert!(is_read_more_label(" En savoir plus...", Language::Fr));
        assert!(is_read_more_label("Read More »", Language::En));
        assert!(!is_read_more_label("Bref je me comprends...", Language::Fr));
    }
}
