//! Words the dictionary lacks but that are no slips: a regular English
//! derivation of a known word (`kayaker` + `s`, `spreadsheet` + `er`,
//! a stem in `a` + `l`, a derivation inside a hyphenated compound).
//!
//! A slip of an inflection is told apart by the dictionary itself: when it
//! knows another spelling of the same ending for that stem (`tomato` has
//! `tomatoes`, so `tomatos` is a slip; `occur` has `occurred`, so
//! `occured` is one), the word is a typo. Only when the stem has no form
//! for that ending at all is the word a derivation the dictionary lacks.

use crate::spelling::SpellChecker;

/// A stem shorter than this is too easily a fragment of another word.
const MIN_STEM: usize = 4;

/// Whether `word` (lowercase) is a known English word with a regular
/// suffix the dictionary has no other spelling of for that stem; for a
/// hyphenated compound, whether every part is known or such a derivation.
pub fn is_regular_derivation(checker: &SpellChecker, word: &str) -> bool {
    if word.contains('-') {
        let parts: Vec<&str> = word.split('-').collect();
        return parts.len() > 1
            && parts.iter().all(|p| !p.is_empty())
            && parts.iter().any(|p| !checker.check(p))
            && parts.iter().enumerate().all(|(i, p)| {
                checker.check(p) || derives(checker, p) || (i > 0 && COMPOUND_SUFFIXES.contains(p))
            });
    }
    derives(checker, word) || derives_from_e_stem(checker, word)
}

/// Suffixes written as the last part of a hyphenated compound after a
/// known word (`honey-ish`, `film-esque`): productive, never in a
/// dictionary on their own.
const COMPOUND_SUFFIXES: &[&str] = &["ish", "esque"];

/// Suffixes that drop the final `e` of their stem (`decode` → `decodable`,
/// `rehome` → `rehoming`, `smoke` → `smoky`), each with the spelling that
/// keeps the `e`: when the dictionary knows that one (`manageable`), the
/// word without it is a slip.
const E_DROPPING_SUFFIXES: &[&str] = &["able", "ing", "y"];

/// `word` = a known stem in `e`, its `e` dropped, + a suffix of
/// [`E_DROPPING_SUFFIXES`], with no spelling keeping the `e` known and
/// none doubling the stem's last consonant (`stopping` makes `stoping` a
/// slip, whatever `stope` means).
fn derives_from_e_stem(checker: &SpellChecker, word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    E_DROPPING_SUFFIXES.iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|cut| {
            let stem = format!("{cut}e");
            cut.len() >= MIN_STEM
                && checker.check(&stem)
                && !checker.check(&format!("{stem}{suffix}"))
                && !checker.check(&doubled(cut, suffix))
        })
    })
}

/// `word` = a known stem + a suffix, with no other spelling of that suffix
/// known for the stem.
fn derives(checker: &SpellChecker, word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    SUFFIXES.iter().any(|&(suffix, others)| {
        let Some(stem) = word.strip_suffix(suffix) else {
            return false;
        };
        stem.len() >= MIN_STEM
            && checker.check(stem)
            && others(stem)
                .iter()
                .all(|other| other == word || !checker.check(other))
    })
}

/// Other spellings of the same ending, for a stem.
type Others = fn(&str) -> Vec<String>;

/// The suffixes read, each with the other spellings a stem could take for
/// the same ending (a consonant doubled, `y` turned `i`, `e` dropped).
const SUFFIXES: &[(&str, Others)] = &[
    ("s", |stem| vec![format!("{stem}es"), y_to_i(stem, "es")]),
    ("ed", |stem| {
        vec![format!("{stem}d"), doubled(stem, "ed"), y_to_i(stem, "ed")]
    }),
    ("er", |stem| {
        vec![format!("{stem}r"), doubled(stem, "er"), y_to_i(stem, "er")]
    }),
    ("ers", |stem| {
        vec![
            format!("{stem}rs"),
            doubled(stem, "ers"),
            y_to_i(stem, "ers"),
        ]
    }),
    ("al", |stem| {
        vec![
            format!("{stem}ial"),
            format!("{stem}ical"),
            drop_e(stem, "al"),
        ]
    }),
    // An adverb in `-ly` of a known adjective (`native` → `natively`);
    // `true` has `truly`, so `truely` stays a slip.
    ("ly", |stem| {
        vec![
            format!("{stem}ally"),
            y_to_i(stem, "ly"),
            drop_e(stem, "ly"),
            format!("{}ly", stem.strip_suffix("le").unwrap_or(stem)),
        ]
    }),
    // A verb made of a noun or a verb in `e` (`perfume` → `perfumed`).
    // `stop` has `stopped`, so `stoped` stays a slip, whatever `stope`
    // means.
    ("d", |stem| match stem.strip_suffix('e') {
        Some(cut) => vec![doubled(cut, "ed")],
        None => vec![stem.to_string()],
    }),
    // A gerund of a known word (`desk` → `desking`); `stop` has
    // `stopping` and `make` has `making`, so `stoping`, `makeing` stay
    // slips.
    ("ing", |stem| {
        vec![doubled(stem, "ing"), drop_e(stem, "ing")]
    }),
    // An adjective in `-y` of a noun (`toast` → `toasty`); `real` has
    // `really`, so `realy` stays a slip.
    ("y", |stem| {
        if stem.ends_with(['a', 'e', 'i', 'o', 'u', 'y']) {
            vec![stem.to_string()]
        } else {
            vec![doubled(stem, "y"), format!("{stem}ally")]
        }
    }),
    ("able", |stem| {
        vec![doubled(stem, "able"), drop_e(stem, "able")]
    }),
    // An agent noun of a verb in `e` (`vape` → `vaper`, `vapers`).
    ("r", |stem| agent_of_e(stem, "r")),
    ("rs", |stem| agent_of_e(stem, "rs")),
    // A stem in `a` + `l` (`-al` whose `a` is the stem's own).
    ("l", |stem| {
        if stem.ends_with('a') {
            vec![format!("{stem}ic"), format!("{stem}ical")]
        } else {
            // Not a stem in `a`: no derivation read here.
            vec![format!("{stem}l")]
        }
    }),
];

/// For a stem in `e`, no other spelling (`vape` + `r`). Any other stem
/// takes `-er`, read by its own entry: the known stem itself stands as an
/// "other" spelling, so that no derivation is read here.
fn agent_of_e(stem: &str, _suffix: &str) -> Vec<String> {
    if stem.ends_with('e') {
        Vec::new()
    } else {
        vec![stem.to_string()]
    }
}

/// The stem with its last letter doubled before `suffix` (`stop` → `stopped`).
fn doubled(stem: &str, suffix: &str) -> String {
    let last = stem.chars().last().unwrap_or_default();
    format!("{stem}{last}{suffix}")
}

/// The stem's final `y` turned `i` before `suffix` (`carry` → `carried`).
fn y_to_i(stem: &str, suffix: &str) -> String {
    match stem.strip_suffix('y') {
        Some(base) => format!("{base}i{suffix}"),
        None => format!("{stem}{suffix}"),
    }
}

/// The stem's final `e` dropped before `suffix` (`culture` → `cultural`).
fn drop_e(stem: &str, suffix: &str) -> String {
    match stem.strip_suffix('e') {
        Some(base) => format!("{base}{suffix}"),
        None => format!("{stem}{suffix}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::text::Language;

    #[test]
    fn a_regular_derivation_of_a_known_stem_is_no_slip() {
        let resources = Resources::builtin();
        let checker = resources
            .spell_checker(Language::En)
            .expect("English dictionary");
        for word in [
            "kayakers",
            "spreadsheeter",
            "left-spreadsheeter",
            "natively",
            "vapers",
            "perfumed",
            "paddocking",
            "pebbly",
            "storable",
            "lemon-ish",
        ] {
            assert!(is_regular_derivation(&checker, word), "{word}");
        }
    }

    #[test]
    fn a_misspelt_inflection_is_a_slip() {
        let resources = Resources::builtin();
        let checker = resources
            .spell_checker(Language::En)
            .expect("English dictionary");
        // The dictionary knows `tomatoes`, `occurred` and `stopped`.
        for word in [
            "tomatos",
            "occured",
            "stoped",
            "recieved",
            "comittee",
            "truely",
            "basicly",
            "gentlely",
            "realy",
            "finaly",
            "makeing",
            "begining",
            "managable",
            "stoping",
            "ish-lemon",
        ] {
            assert!(!is_regular_derivation(&checker, word), "{word}");
        }
    }
}
