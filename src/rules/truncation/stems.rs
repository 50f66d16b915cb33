//! Does a fragment begin a longer word? "Engl…" begins `English`, "Eiff…"
//! `Eiffel`: a capitalised fragment the dictionary does not know may be a
//! name (the rule cannot tell "Karim…" from a cut), but one that begins a
//! dictionary word is far more likely that word, cut.
//!
//! Hunspell answers "is this a word?", not "which words start so?", so this
//! module keeps the stems of the built-in dictionaries (the `.dic` entries
//! before their affix flags), lowercased and sorted, and answers by binary
//! search. Built on first use: most documents never ask.

use crate::spelling::word_index::{WordIndex, embedded_index};
use crate::text::Language;
use std::sync::LazyLock;

static FR: LazyLock<Vec<String>> = LazyLock::new(|| stems_of(source("fr")));
static EN: LazyLock<Vec<String>> = LazyLock::new(|| stems_of(source("en")));
/// The word forms of the built-in dictionaries (stems with their affixes):
/// read in place from the binary, nothing parsed.
static FR_FORMS: LazyLock<Option<WordIndex>> =
    LazyLock::new(|| embedded_index("fr").and_then(|bytes| WordIndex::open(bytes, None)));
static EN_FORMS: LazyLock<Option<WordIndex>> =
    LazyLock::new(|| embedded_index("en").and_then(|bytes| WordIndex::open(bytes, None)));
/// The British forms (`instalment`, `organisation`, `colour`): an English
/// stem may begin a word only the en_GB dictionary spells so.
static EN_GB_FORMS: LazyLock<Option<WordIndex>> =
    LazyLock::new(|| embedded_index("en_GB").and_then(|bytes| WordIndex::open(bytes, None)));

fn source(lang: &str) -> &'static str {
    crate::spelling::embedded_source(lang).map_or("", |(_, dic)| dic)
}

/// The lowercased entries of a `.dic` text, sorted and deduplicated. The
/// first line is the entry count; each entry is `word/FLAGS morphology`.
fn stems_of(dic: &str) -> Vec<String> {
    let mut stems: Vec<String> = dic
        .lines()
        .skip(1)
        .filter_map(|line| {
            let word = line.split(['/', '\t', ' ']).next()?.trim();
            word.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                .then(|| word.to_lowercase())
        })
        .filter(|w| !w.is_empty())
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// Whether some built-in dictionary stem of either language is `fragment`
/// (any case) followed by at least one more letter.
pub fn begins_a_longer_word(fragment: &str, language: Language) -> bool {
    let other = match language {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    begins_a_longer_word_of(fragment, language) || begins_a_longer_word_of(fragment, other)
}

/// Whether some built-in dictionary stem of `language` alone is `fragment`
/// (any case) followed by at least one more letter.
pub fn begins_a_longer_word_of(fragment: &str, language: Language) -> bool {
    let prefix = fragment.to_lowercase();
    if prefix.chars().count() < 2 {
        return false;
    }
    let stems = match language {
        Language::Fr => &*FR,
        Language::En => &*EN,
    };
    let from = stems.partition_point(|s| s.as_str() < prefix.as_str());
    stems[from..]
        .iter()
        .take_while(|s| s.starts_with(&prefix))
        .any(|s| s.len() > prefix.len())
        || begins_a_longer_form_of(fragment, language)
}

/// Nouns of the French dictionary whose every entry is a masculine noun
/// (`mot`, `val`, `consul`): a noun, never a verb or an adjective, and
/// never feminine or of either gender. Sorted; read once, when first asked.
static FR_MASCULINE_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| masculine_nouns(source("fr")));

fn masculine_nouns(dic: &'static str) -> Vec<&'static str> {
    let mut entries: Vec<(&'static str, bool)> = dic
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (head, morph) = line.split_once([' ', '\t']).unwrap_or((line, ""));
            let (word, flags) = head.split_once('/').unwrap_or((head, ""));
            if word.is_empty() || !word.chars().all(char::is_lowercase) {
                return None;
            }
            // A noun with no gender given but a feminine form's flag
            // (`consul/F`) is the masculine of the pair.
            let masculine = morph.contains("po:nom")
                && !morph.contains("po:adj")
                && !morph.contains("po:v")
                && (morph.contains("is:mas") || (!morph.contains("is:") && flags.starts_with('F')));
            Some((word, masculine))
        })
        .collect();
    entries.sort_unstable();
    let mut nouns: Vec<&'static str> = Vec::new();
    for group in entries.chunk_by(|a, b| a.0 == b.0) {
        if group.iter().all(|(_, masculine)| *masculine) {
            nouns.push(group[0].0);
        }
    }
    nouns
}

/// Entries of the French dictionary that are nouns (`puce`, `pomme`),
/// sorted: a verb's forms (`emporte`) are not entries. Read once, when
/// first asked.
static FR_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut nouns: Vec<&'static str> = source("fr")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (head, morph) = line.split_once([' ', '\t'])?;
            let word = head.split('/').next()?;
            (morph.contains("po:nom") && word.chars().all(char::is_lowercase)).then_some(word)
        })
        .collect();
    nouns.sort_unstable();
    nouns.dedup();
    nouns
});

/// Whether `word` (lowercase) is a noun's entry in the French dictionary.
pub fn is_a_french_noun(word: &str) -> bool {
    FR_NOUNS.binary_search(&word).is_ok()
}

/// Whether every entry of `word` (lowercase) in the French dictionary is a
/// masculine noun.
pub fn is_only_a_masculine_noun(word: &str) -> bool {
    FR_MASCULINE_NOUNS.binary_search(&word).is_ok()
}

/// Whether some word form of `language`'s built-in dictionary (a stem with
/// its affixes: `replacement`, `enregistrement`, `sous-titres`) is
/// `fragment` followed by at least one more letter, in lowercase or, for
/// a capitalised fragment, as written (`Bruxe` begins `Bruxelles`).
pub fn begins_a_longer_form_of(fragment: &str, language: Language) -> bool {
    let forms = match language {
        Language::Fr => &*FR_FORMS,
        Language::En => &*EN_FORMS,
    };
    let Some(forms) = forms else {
        return false;
    };
    if fragment.chars().count() < 2 {
        return false;
    }
    let lower = fragment.to_lowercase();
    let begins = |forms: &WordIndex| {
        forms.has_longer_form(&lower) || (lower != fragment && forms.has_longer_form(fragment))
    };
    begins(forms) || (language == Language::En && EN_GB_FORMS.as_ref().is_some_and(begins))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_names_begin_dictionary_words() {
        assert!(begins_a_longer_word("Engl", Language::En));
        assert!(begins_a_longer_word("Eiff", Language::Fr));
        assert!(begins_a_longer_word("étudi", Language::Fr));
        assert!(!begins_a_longer_word("Zqxw", Language::En));
        assert!(!begins_a_longer_word("E", Language::En));
        // Forms made by a suffix flag, not listed as stems.
        assert!(begins_a_longer_word_of("replacem", Language::En));
        assert!(begins_a_longer_word_of("enregistrem", Language::Fr));
        assert!(!begins_a_longer_word_of("replacemx", Language::En));
        assert!(is_a_french_noun("puce") && is_a_french_noun("pomme"));
        assert!(!is_a_french_noun("emporte"));
        // British spellings.
        assert!(begins_a_longer_word_of("instalm", Language::En));
        assert!(begins_a_longer_word_of("organisat", Language::En));
    }
}
