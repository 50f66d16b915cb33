//! Function words per language, from `rules/stopwords/<lang>.txt`.
//!
//! The lists are data (one word per line, `#` comments, `[section]` lines
//! naming the class of the words below) so an editor can read and amend
//! them without touching Rust; they are embedded so a fresh build needs no
//! files beside it.

use super::fast_hash::FastMap;
use crate::text::Language;
use std::sync::LazyLock;

const FR: &str = include_str!("../../../rules/stopwords/fr.txt");
const EN: &str = include_str!("../../../rules/stopwords/en.txt");

static FR_MAP: LazyLock<FastMap<&'static str, WordClass>> = LazyLock::new(|| parse(FR));
static EN_MAP: LazyLock<FastMap<&'static str, WordClass>> = LazyLock::new(|| parse(EN));

/// What a word is for the repetition rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// Carries meaning: a noun, verb, adjective, adverb, connective or name.
    Content,
    /// An article or determiner: a sentence opening with one opens with its
    /// subject, and a phrase made of it and content words is a noun phrase.
    Determiner,
    /// The `of`/`de` joining the nouns of a compound term.
    Linker,
    /// Any other function word: preposition, pronoun, conjunction,
    /// auxiliary, common adverb.
    Other,
}

impl WordClass {
    pub fn is_function(self) -> bool {
        self != WordClass::Content
    }
}

/// The class of a normalised word (lowercase, `'` as apostrophe) of
/// `language`. French elisions are classed by their letters: `l'` is a
/// determiner, `d'` a linker, the others pronouns or conjunctions.
pub fn word_class(language: Language, word: &str, is_elision: bool) -> WordClass {
    if is_elision {
        return match word.trim_end_matches('\'') {
            "l" => WordClass::Determiner,
            "d" => WordClass::Linker,
            _ => WordClass::Other,
        };
    }
    let map = match language {
        Language::Fr => &*FR_MAP,
        Language::En => &*EN_MAP,
    };
    map.get(word).copied().unwrap_or(WordClass::Content)
}

fn parse(text: &'static str) -> FastMap<&'static str, WordClass> {
    let mut class = None;
    let mut map = FastMap::default();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            class = Some(section_class(section));
            continue;
        }
        let class = class.expect("stop-word lists start with a [section] line");
        map.insert(line, class);
    }
    map
}

fn section_class(section: &str) -> WordClass {
    match section {
        "determiners" => WordClass::Determiner,
        "linkers" => WordClass::Linker,
        "prepositions" | "pronouns" | "conjunctions" | "adverbs" | "auxiliaries" => {
            WordClass::Other
        }
        other => panic!("unknown section [{other}] in a stop-word list"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_into_lowercase_words() {
        for (language, map) in [(Language::Fr, &*FR_MAP), (Language::En, &*EN_MAP)] {
            assert!(map.len() > 150, "{language}: {} words", map.len());
            for word in map.keys() {
                assert_eq!(
                    *word,
                    word.to_lowercase(),
                    "{language}: `{word}` must be lowercase"
                );
                assert!(
                    !word.contains([' ', '’']),
                    "{language}: `{word}`: space or ’"
                );
            }
        }
    }

    #[test]
    fn classes() {
        use WordClass::*;
        let fr = |w, e| word_class(Language::Fr, w, e);
        assert_eq!(fr("les", false), Determiner);
        assert_eq!(fr("de", false), Linker);
        assert_eq!(fr("sur", false), Other);
        assert_eq!(fr("maison", false), Content);
        assert_eq!(fr("l'", true), Determiner);
        assert_eq!(fr("d'", true), Linker);
        assert_eq!(fr("qu'", true), Other);
        let en = |w| word_class(Language::En, w, false);
        assert_eq!(en("the"), Determiner);
        assert_eq!(en("of"), Linker);
        assert_eq!(en("however"), Content);
    }
}
