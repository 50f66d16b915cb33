//! Words a finished sentence cannot end on: articles, prepositions,
//! conjunctions, possessives. A paragraph that stops on one of them before
//! an ellipsis was cut, not left trailing off on purpose ("Je ne pense
//! pas…" ends on a full word; "…milliard de gourdes de…" does not).

use crate::text::Language;

const FR: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "et", "ou",
    "ni", "car", "qu", "dont", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leurs", "mon",
    "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "par", "sur", "sous", "dans",
    "sans", "chez", "vers", "selon", "depuis", "pendant", "se", "ne", "lorsque", "lorsqu",
    "puisque", "dès", "afin", "parmi", "jusqu", "très",
];

const EN: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "of", "to", "for", "with", "from", "into", "onto",
    "as", "than", "which", "whose", "their", "its", "our", "your", "my", "between", "during",
    "via", "amid", "amidst", "while", "because", "very",
];

/// Whether `word` (any case) cannot end a finished sentence in `language`.
pub fn cannot_end_sentence(word: &str, language: Language) -> bool {
    let lower = crate::text::normalize_apostrophes(word).to_lowercase();
    let lower = lower.trim_end_matches('\'');
    let list = match language {
        Language::Fr => FR,
        Language::En => EN,
    };
    list.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_prepositions_cannot_end() {
        assert!(cannot_end_sentence("de", Language::Fr));
        assert!(cannot_end_sentence("Qu'", Language::Fr));
        assert!(cannot_end_sentence("The", Language::En));
        assert!(!cannot_end_sentence("pas", Language::Fr));
        assert!(!cannot_end_sentence("offer", Language::En));
    }
}
