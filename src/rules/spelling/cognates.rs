//! English words in a French draft that are slips for a French word.
//!
//! An English word in French text is usually a borrowing (`feedback`,
//! `deadline`), reported at info by `spelling.loanword`. But when a French
//! word is one edit away, accents aside, the English spelling is a slip
//! for it: `example` for `exemple`, `resources` for `ressources`,
//! `reconciliation` for `réconciliation`. Those are spelling errors, with
//! the French word as the suggestion, and are no longer loanwords. Both
//! rules read the same per-document answer, so a word is never both.

use super::candidates::{Candidate, MAX_WORD_CHARS, WordCandidates, is_known};
use super::near_words::{cognate_edits, first_known, fold};
use crate::resources::Resources;
use crate::spelling::SpellChecker;
use crate::text::{Document, Language};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Shorter English words sit one edit from some French word by chance
/// (`fair`/`faire`, `team`/`tram`, `cool`/`col`): only longer ones are
/// taken for slips…
const MIN_CHARS: usize = 7;

/// …except when only accents differ (`pieces`/`pièces`): a French word
/// written without its accents is a slip from six letters (shorter
/// English words have accented French twins by chance: `here`/`hère`,
/// `email`/`émail`).
const MIN_CHARS_ACCENTS_ONLY: usize = 6;

/// Per document: lowercase English word → the French word it stands for.
#[derive(Default)]
pub struct CognateSlips(HashMap<String, String>);

impl CognateSlips {
    /// The slips of `doc` (none unless it is French), computed once per
    /// document whichever rule asks first.
    pub fn of(doc: &Document<'_>, resources: &Resources) -> Arc<Self> {
        doc.memo(0, |doc| Self::find(doc, resources))
    }

    /// The French word `word` (any case) is a slip for.
    pub fn french_for(&self, word: &str) -> Option<&str> {
        self.0.get(&word.to_lowercase()).map(String::as_str)
    }

    fn find(doc: &Document<'_>, resources: &Resources) -> Self {
        let mut slips = CognateSlips::default();
        if doc.language != Language::Fr {
            return slips;
        }
        let (Some(french), Some(english)) = (
            resources.spell_checker(Language::Fr),
            resources.spell_checker(Language::En),
        ) else {
            return slips;
        };
        let candidates = WordCandidates::of(doc);
        let masked = &doc.markup.masked;
        // What each spelling of a long word would be a slip for, wherever
        // it stands, and the lowercase words some spelling of which is a
        // slip. Most drafts have none: they never weigh a sentence, which
        // looks every word of it up in English (and, for elisions and words
        // in capitals, parses the English dictionary).
        let mut slip_of: HashMap<&str, Option<String>> = HashMap::new();
        let mut may_slip: HashSet<String> = HashSet::new();
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            if text.chars().count() < MIN_CHARS_ACCENTS_ONLY
                || candidates.kinds[i] != Candidate::Word
                || slip_of.contains_key(text)
            {
                continue;
            }
            let slip = french_for_slip(text, resources, &french, &english);
            if slip.is_some() {
                may_slip.insert(text.to_lowercase());
            }
            slip_of.insert(text, slip);
        }
        if may_slip.is_empty() {
            return slips;
        }
        // The first occurrence outside an English sentence decides for all
        // spellings of a word. An English word inside an English sentence
        // (a quotation, a line left in the other language) is English, not
        // a slip. Only the words that may be slips are placed.
        let weighed: Vec<bool> = doc
            .words
            .iter()
            .zip(&candidates.kinds)
            .map(|(word, &kind)| {
                let text = word.text(masked);
                kind == Candidate::Word
                    && slip_of.contains_key(text)
                    && may_slip.contains(&text.to_lowercase())
            })
            .collect();
        let english_sentence = english_sentences(doc, resources, &french, &english, &weighed);
        let mut seen = HashSet::new();
        for (i, word) in doc.words.iter().enumerate() {
            if !weighed[i] || english_sentence[i] {
                continue;
            }
            let text = word.text(masked);
            let lower = text.to_lowercase();
            if seen.insert(lower.clone())
                && let Some(Some(french_word)) = slip_of.get(text)
            {
                slips.0.insert(lower, french_word.clone());
            }
        }
        slips
    }
}

/// The French word `text` (a long word, not at the start of a sentence)
/// is a slip for: it is English and not French, and one cognate edit from
/// a French word.
fn french_for_slip(
    text: &str,
    resources: &Resources,
    french: &SpellChecker,
    english: &SpellChecker,
) -> Option<String> {
    if is_known(french, resources, Language::Fr, text)
        || !is_known(english, resources, Language::En, text)
    {
        return None;
    }
    let chars = text.chars().count();
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    let edits = if chars < MIN_CHARS {
        Vec::new()
    } else {
        cognate_edits(&lower)
    };
    first_known(french, &lower, &edits, MAX_LOOKUPS)
        .filter(|n| is_cognate_edit(text, n) && (chars >= MIN_CHARS || fold(text) == fold(n)))
}

/// Words an English sentence needs before it is read as English.
const MIN_ENGLISH_WORDS: usize = 3;

/// For each word of `doc`, whether its sentence reads as English: more of
/// its words are known only in English than only in French, and at least
/// `MIN_ENGLISH_WORDS` of them. Only sentences holding a `weighed` word
/// are weighed (the others are not English for this answer).
fn english_sentences(
    doc: &Document<'_>,
    resources: &Resources,
    french: &SpellChecker,
    english: &SpellChecker,
    weighed: &[bool],
) -> Vec<bool> {
    let masked = &doc.markup.masked;
    let mut english_word = vec![false; doc.words.len()];
    for (_, words) in doc.sentences_with_words() {
        if !words.clone().any(|i| weighed[i]) {
            continue;
        }
        let (mut only_english, mut only_french) = (0, 0);
        for i in words.clone() {
            let text = doc.words[i].text(masked);
            // Overlong runs are no words and cost quadratic lookups.
            if doc.words[i].has_digit() || !(2..=MAX_WORD_CHARS).contains(&text.chars().count()) {
                continue;
            }
            let in_french = is_known(french, resources, Language::Fr, text);
            let in_english = is_known(english, resources, Language::En, text);
            match (in_english, in_french) {
                (true, false) => only_english += 1,
                (false, true) => only_french += 1,
                _ => {}
            }
        }
        if only_english >= MIN_ENGLISH_WORDS && only_english > only_french {
            for i in words {
                english_word[i] = true;
            }
        }
    }
    english_word
}

/// Lookups spent on one English word (a few ms): it is looked up once per
/// document, and most English words in a French draft are borrowings
/// with no French word near.
const MAX_LOOKUPS: usize = 250;

/// Whether the one edit between an English word and a French one is how
/// related words differ across the two spellings: accents alone
/// (`reconciliation`), a vowel for a vowel (`example`/`exemple`), a vowel
/// more or less (`problem`/`problème`) or a letter doubled
/// (`resources`/`ressources`). Other edits join unrelated words
/// (`product`/`produit`, `gaming`/`gamin`): the English word is a
/// borrowing, not a slip.
fn is_cognate_edit(english: &str, french: &str) -> bool {
    let a: Vec<char> = fold(english).chars().collect();
    let b: Vec<char> = fold(french).chars().collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (long, short) = if a.len() >= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 if a == b => true,
        0 => {
            let i = prefix;
            a[i + 1..] == b[i + 1..] && vowel(a[i]) && vowel(b[i])
        }
        1 => {
            let extra = long[prefix];
            long[prefix + 1..] == short[prefix..]
                && (vowel(extra)
                    || (prefix > 0 && long[prefix - 1] == extra)
                    || long.get(prefix + 1) == Some(&extra))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{CognateSlips, is_cognate_edit};
    use crate::markup::{self, MarkupKind};
    use crate::resources::Resources;
    use crate::text::{Document, Language};
    use std::path::Path;

    /// The slips of a French `text`, with the resources that found them.
    fn slips(text: &str) -> (Vec<(String, String)>, Resources) {
        let resources = Resources::builtin();
        let path = Path::new("t.md");
        let markup = markup::parse(text, MarkupKind::from_path(path));
        let doc = Document::new(path, text, markup, Some(Language::Fr), Language::Fr);
        let mut found: Vec<(String, String)> = CognateSlips::of(&doc, &resources)
            .0
            .iter()
            .map(|(english, french)| (english.clone(), french.clone()))
            .collect();
        found.sort();
        (found, resources)
    }

    /// A sentence is weighed (each of its words looked up in English,
    /// which parses the English dictionary for elisions and words in
    /// capitals) only when it holds a word that may be a slip: a French
    /// draft with none asks English about its long unknown words alone.
    #[test]
    fn a_draft_without_slips_weighs_no_sentence() {
        let (found, resources) = slips(
            "Le conseil municipal votera demain le budget du quartier. \
             Les habitants zqbx attendent une réponse depuis longtemps.",
        );
        assert!(found.is_empty(), "{found:?}");
        let english = resources.spell_checker(Language::En).unwrap();
        assert!(!english.has_looked_up("zqbx"));
        assert!(!english.has_looked_up("Le"));
    }

    /// The first occurrence outside an English sentence decides, whatever
    /// the spelling; inside an English sentence the word is English.
    #[test]
    fn a_slip_in_an_english_sentence_is_english() {
        let english_first = "Le rapport cite une phrase. \
             This example shows how the whole team works every day. \
             Voici un example de budget pour la commune.";
        let (found, _) = slips(english_first);
        assert_eq!(found, [("example".to_owned(), "exemple".to_owned())]);
        let (found, _) = slips(
            "Le rapport cite une phrase. \
             This example shows how the whole team works every day.",
        );
        assert!(found.is_empty(), "{found:?}");
        let (found, _) = slips("Example de budget pour la commune.");
        assert_eq!(found, [("example".to_owned(), "exemple".to_owned())]);
    }

    #[test]
    fn cognate_edits() {
        assert!(is_cognate_edit("negociation", "négociation"));
        assert!(is_cognate_edit("responsible", "responsable"));
        assert!(!is_cognate_edit("adresse", "address"));
        assert!(is_cognate_edit("traffic", "trafic"));
        assert!(is_cognate_edit("systems", "systèmes"));
        assert!(!is_cognate_edit("product", "produit"));
        assert!(!is_cognate_edit("gaming", "gamin"));
        assert!(!is_cognate_edit("remote", "remonte"));
    }
}
