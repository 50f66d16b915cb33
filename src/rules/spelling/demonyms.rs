//! Words made from a name the draft uses: `Vierzon` → `vierzonnais`,
//! `Oyonnax` → `oyonnaxien`, `Kenosha` → `Kenoshan`.
//!
//! A local article names its town and then its people, its clubs and its
//! dishes after it, in words no dictionary lists. Such a word begins with
//! the name (or the name less its last vowel or mute letter: `Marseille`
//! → `marseillais`, `Quimperlé` → `quimperlois`), sometimes doubles the name's last consonant
//! (`lyonnais`), and ends with one of the few suffixes of inhabitants and
//! origins. A typo rarely takes that shape: it would have to begin with a
//! name the same draft writes with a capital.

use crate::text::Language;
use std::collections::HashSet;

/// Shortest name a derived word may be built on: shorter ones (`Lens`,
/// `Niort` aside) would make ordinary words look derived.
const MIN_NAME_CHARS: usize = 4;

const FRENCH_SUFFIXES: &[&str] = &[
    "ais", "aise", "aises", "ois", "oise", "oises", "ien", "iens", "ienne", "iennes", "éen",
    "éens", "éenne", "éennes", "in", "ins", "ine", "ines", "ain", "ains", "aine", "aines", "ard",
    "ards", "arde", "ardes", "ol", "ols", "ole", "oles", "ite", "ites", "iste", "istes",
];

const ENGLISH_SUFFIXES: &[&str] = &[
    "n", "ns", "an", "ans", "ian", "ians", "ite", "ites", "er", "ers", "ese", "ish", "ean", "eans",
];

/// The lowercase names of a draft, ready to tell which unknown words are
/// built on them.
pub struct DerivedFromNames {
    names: HashSet<String>,
    suffixes: &'static [&'static str],
}

impl DerivedFromNames {
    /// From the capitalised words the draft writes inside its sentences.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>, language: Language) -> Self {
        let names = names
            .into_iter()
            .filter(|name| name.chars().count() >= MIN_NAME_CHARS)
            .map(str::to_lowercase)
            .collect();
        let suffixes = match language {
            Language::Fr => FRENCH_SUFFIXES,
            Language::En => ENGLISH_SUFFIXES,
        };
        DerivedFromNames { names, suffixes }
    }

    /// Whether `word` (any case) is one of the draft's names followed by a
    /// suffix of inhabitants or origins.
    pub fn contains(&self, word: &str) -> bool {
        if self.names.is_empty() {
            return false;
        }
        let word = word.to_lowercase();
        self.suffixes.iter().any(|suffix| {
            let Some(stem) = word.strip_suffix(suffix) else {
                return false;
            };
            // `vierzonn` + `ais`: the name's last consonant doubled.
            let undoubled = {
                let mut chars = stem.chars().rev();
                match (chars.next(), chars.next()) {
                    (Some(a), Some(b)) if a == b && !"aeiouy".contains(a) => {
                        Some(&stem[..stem.len() - a.len_utf8()])
                    }
                    _ => None,
                }
            };
            [Some(stem), undoubled].into_iter().flatten().any(|stem| {
                self.names.contains(stem)
                    // `marseill` + `ais`, `quimperl` + `ois`, `florid` +
                    // `ian`: the name's last vowel or mute letter dropped.
                    || ["e", "s", "x", "é", "a"]
                        .iter()
                        .any(|mute| self.names.contains(&format!("{stem}{mute}")))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_built_on_a_name_of_the_draft() {
        let names =
            DerivedFromNames::new(["Vierzon", "Marseille", "Tulle", "Oyonnax"], Language::Fr);
        assert!(names.contains("vierzonnais"));
        assert!(names.contains("Vierzonnaises"));
        assert!(names.contains("marseillaise"));
        assert!(names.contains("oyonnaxien"));
        // A typo is not built on a name, and a name alone is no derivation.
        assert!(!names.contains("vierzon"));
        assert!(!names.contains("enjei"));
        // Too short a name derives nothing.
        let short = DerivedFromNames::new(["Ain"], Language::Fr);
        assert!(!short.contains("ainais"));
        let english = DerivedFromNames::new(["Kenosha", "Florida"], Language::En);
        assert!(english.contains("Kenoshans"));
        assert!(english.contains("Floridian"));
        assert!(!english.contains("recieve"));
    }
}
