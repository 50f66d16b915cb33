//! Cuts that leave a stem too short, or too much of a word, for the
//! dictionaries to tell: the grammar of the last words does.
//!
//! - a stem of one or two lowercase letters after a word that needs a noun
//!   or a verb after it (a determiner, a preposition, a modal): `for the
//!   fi`, `pour les pe`, `so we can tr`, `made from pa`. The few words
//!   that short which may stand there (`an ox`, `le ré`, `to go`, `for
//!   me`, `avec ça`) are listed;
//! - the first letters of a month after a day number, which are not its
//!   usual abbreviation (`avant le 1er oc`, `the 10th of Oc`; `12 Oct`
//!   and `1er déc` are whole);
//! - the first letters of a unit of time or measure after a number, which
//!   are not its abbreviation (`within 30 da`, `5 à 6 mo`; `2 h`, `30
//!   min`, `3 wks` are whole);
//! - two consonants that open words and stand for none (`the tram pl`);
//! - a word that opens a place name with no name after it (`near Kyle of
//!   Loch`, `rue Saint`).

use crate::text::{Language, MONTH_ABBREVIATIONS, MONTHS};

/// Determiners: a noun follows each of them. (Not `her`, `this`, `that`,
/// which are also pronouns: "let her go", "do this so".)
const EN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "our", "their", "his", "its", "every", "each", "some", "many",
    "several", "few", "these", "those",
];
const FR_DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "son",
    "sa",
    "ses",
    "notre",
    "nos",
    "votre",
    "vos",
    "leur",
    "leurs",
    "chaque",
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
];
/// Prepositions: a noun phrase, a pronoun or a verb follows them.
const EN_PREPOSITIONS: &[&str] = &[
    "of", "to", "for", "from", "with", "into", "onto", "at", "by", "about", "near", "than",
    "without", "under", "over", "towards", "toward", "between",
];
const FR_PREPOSITIONS: &[&str] = &[
    "de", "à", "pour", "avec", "dans", "sur", "par", "sans", "en", "chez", "vers", "entre", "sous",
    "après", "avant", "depuis", "pendant", "contre",
];
/// Modals: a verb follows them.
const EN_MODALS: &[&str] = &[
    "can", "could", "will", "would", "should", "must", "may", "might", "shall",
];
const FR_MODALS: &[&str] = &[
    "peut", "peux", "pouvez", "pouvons", "peuvent", "doit", "dois", "devez", "devons", "doivent",
    "vais", "vas", "allons", "allez", "vont", "faut", "veux", "veut", "voulez", "voulons",
];

/// Words of one or two letters that may end a line after a determiner
/// (`an ox`, `le ré`, `les os`; a pronoun after `le`/`la`/`les`/`leur`
/// used as objects: `je les ai`).
const EN_SHORT_NOUNS: &[&str] = &["ox", "ax", "id", "ex", "tv", "pc", "ai", "ui", "os"];
const FR_SHORT_NOUNS: &[&str] = &[
    "os", "or", "an", "ut", "ré", "mi", "do", "fa", "si", "pi", "ai", "as", "a", "es", "y", "en",
];
/// Words of one or two letters that may end a line after a preposition
/// or a modal (`for me`, `to go`, `avec ça`, `à nu`).
const EN_SHORT_COMPLEMENTS: &[&str] = &[
    "me", "us", "it", "go", "do", "be", "up", "on", "in", "ok", "tv", "pc", "id", "hi", "ex", "ai",
    "ui",
];
const FR_SHORT_COMPLEMENTS: &[&str] = &[
    "ça", "ci", "là", "y", "en", "un", "or", "os", "nu", "an", "ut", "ré", "mi", "do", "fa", "si",
    "la", "pi", "ok",
];

/// Whether `word`, the last of a line after `previous`, is one or two
/// lowercase letters the grammar of `previous` does not let end there:
/// the first letters of a noun after a determiner or a preposition, of a
/// verb after a modal.
pub(crate) fn is_a_short_stem_after(previous: &str, word: &str, language: Language) -> bool {
    let count = word.chars().count();
    if !(1..=2).contains(&count) || !word.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
        return false;
    }
    let previous = crate::text::normalize_apostrophes(previous).to_lowercase();
    let previous = previous.as_str();
    let (determiners, prepositions, modals, nouns, complements) = match language {
        Language::En => (
            EN_DETERMINERS,
            EN_PREPOSITIONS,
            EN_MODALS,
            EN_SHORT_NOUNS,
            EN_SHORT_COMPLEMENTS,
        ),
        Language::Fr => (
            FR_DETERMINERS,
            FR_PREPOSITIONS,
            FR_MODALS,
            FR_SHORT_NOUNS,
            FR_SHORT_COMPLEMENTS,
        ),
    };
    // "donner le la": the note after `le` only.
    if language == Language::Fr && previous == "le" && word == "la" {
        return false;
    }
    // A one-letter word after a determiner is a letter named ("the a",
    // "un e"); after a preposition, `à`, `y`, `a` are words.
    if count == 1 && !determiners.contains(&previous) {
        return false;
    }
    if determiners.contains(&previous) {
        return count == 2 && !nouns.contains(&word);
    }
    (prepositions.contains(&previous) || modals.contains(&previous)) && !complements.contains(&word)
}

/// Second letters of the consonant pairs that open words (`pl`, `tr`,
/// `ch`, `br`, `wh`): two such letters alone are no word, but a word's
/// first letters.
const ONSET_SECONDS: &[char] = &['l', 'r', 'h'];
/// Pairs of that shape that stand for words (`pr` for `pour` in French
/// chat, `ph`, `th` after a number).
const ONSET_ABBREVIATIONS: &[&str] = &["pr", "ph", "th", "rh", "hr", "lh", "dr"];

/// Whether `word`, the last of a line after the lowercase word
/// `previous`, is two consonants that open words and stand for none
/// (`the tram pl`, `la ch`, `so we can tr`): a word cut after its first
/// two letters, whatever came before it.
pub(crate) fn is_an_opening_cluster(previous: &str, word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let is_vowel = |c: char| "aeiouyàâäéèêëîïôöùûü".contains(c);
    chars.len() == 2
        && chars
            .iter()
            .all(|c| c.is_ascii_lowercase() && !is_vowel(*c))
        && chars[0] != chars[1]
        && ONSET_SECONDS.contains(&chars[1])
        && !ONSET_ABBREVIATIONS.contains(&word)
        && previous.chars().all(char::is_alphabetic)
        && previous.starts_with(char::is_lowercase)
}

/// Whether `word` is a day of the month: `1` to `31`, maybe with its
/// ordinal suffix (`1er`, `2e`, `10th`, `3rd`).
fn is_a_day_number(word: &str) -> bool {
    let digits_end = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    let (digits, suffix) = word.split_at(digits_end);
    matches!(digits.parse::<u32>(), Ok(1..=31))
        && matches!(
            suffix,
            "" | "er" | "re" | "e" | "ème" | "st" | "nd" | "rd" | "th"
        )
}

/// Words that join the two months of a range.
const RANGE_LINKS: &[&str] = &["and", "to", "until", "till", "through", "et", "à", "au"];

/// Whether `word` (two letters or more) after `words` (the line's words
/// before it, the nearest last) is the beginning of a month cut after a
/// day number: `le 1er oc`, `the 10th of Oc`, `15 no`.
pub(crate) fn is_a_cut_month(before: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    if !lower.chars().all(char::is_alphabetic) {
        return false;
    }
    if lower.chars().count() == 1 {
        return is_a_month_initial_after_a_date(before, &lower);
    }
    if lower.chars().count() < 2 {
        return false;
    }
    let after_a_day = match before {
        [.., day, of] if of.eq_ignore_ascii_case("of") => is_a_day_number(day),
        [.., day] => is_a_day_number(day),
        [] => false,
    };
    // `between April and Octo`, `d'avril à octo`: the second month of a
    // range.
    let after_a_month = match before {
        [.., month, link] => {
            MONTHS.contains(&month.to_lowercase().as_str())
                && RANGE_LINKS.contains(&link.to_lowercase().as_str())
        }
        _ => false,
    };
    // `commissioned in Ma`, `reviewed each Septem`, `dès le début d'av`:
    // a word that announces a month, then its first letters.
    let after_a_month_word = before.last().is_some_and(|w| {
        let w = crate::text::normalize_apostrophes(w).to_lowercase();
        MONTH_WORDS.contains(&w.trim_end_matches('\''))
    });
    (after_a_day || after_a_month || after_a_month_word)
        && !MONTHS.contains(&lower.as_str())
        && !MONTH_ABBREVIATIONS.contains(&lower.as_str())
        && MONTHS
            .iter()
            .any(|m| m.len() > lower.len() && m.starts_with(lower.as_str()))
}

/// Words that put a day number in a date (`du 2`, `le 1er`, `the 3rd`).
const DATE_ARTICLES: &[&str] = &[
    "du",
    "au",
    "le",
    "jusqu'au",
    "jusqu’au",
    "the",
    "dès",
    "from",
    "until",
    "till",
];

/// Words before those that make the number a date, whatever letter
/// follows it (`à partir du 3 m`, `dès le 1er j`, `from the 2nd J`).
const DATE_OPENERS: &[&str] = &[
    "partir",
    "dès",
    "avant",
    "après",
    "depuis",
    "compter",
    "jusqu'au",
    "jusqu’au",
    "from",
    "until",
    "till",
    "before",
    "after",
    "since",
    "by",
    "on",
];

/// `à partir du 2 j`, `dès le 1er j`, `on the 3rd of J`: one letter, the
/// first of a month's name, after a day number that a date's article or
/// preposition announces. After a bare `du 3` or `le 3` the letter may be
/// a unit's (`le plongeoir du 3 m`, `2 j` for days): it is read as a month
/// only after a word that opens a date (`à partir`, `dès`, `from`), or
/// after `the 3rd of`.
fn is_a_month_initial_after_a_date(before: &[&str], letter: &str) -> bool {
    if !MONTHS.iter().any(|m| m.starts_with(letter)) {
        return false;
    }
    let lower = |w: &str| crate::text::normalize_apostrophes(w).to_lowercase();
    match before {
        [.., the, day, of]
            if of.eq_ignore_ascii_case("of")
                && the.eq_ignore_ascii_case("the")
                && is_a_day_number(day) =>
        {
            true
        }
        [.., opener, article, day]
            if is_a_day_number(day) && DATE_ARTICLES.contains(&lower(article).as_str()) =>
        {
            let unit = UNIT_ABBREVIATIONS.contains(&letter);
            let article = lower(article);
            !unit
                || DATE_OPENERS.contains(&lower(opener).as_str())
                || article.starts_with("jusqu")
                || article == "dès"
        }
        _ => false,
    }
}

/// Words a month's name follows (`in May`, `each September`, `fin
/// janvier`, `d'avril`): not `of`, `de`, which names follow as often.
const MONTH_WORDS: &[&str] = &[
    "in", "since", "until", "till", "by", "each", "every", "early", "late", "next", "last", "en",
    "depuis", "dès", "fin", "début", "courant", "d", "jusqu'en",
];

/// Units of time and measure after a number, singular and plural, English
/// and French.
const UNITS: &[&str] = &[
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "second",
    "seconds",
    "night",
    "nights",
    "person",
    "persons",
    "people",
    "jour",
    "jours",
    "heure",
    "heures",
    "semaine",
    "semaines",
    "mois",
    "année",
    "années",
    "seconde",
    "secondes",
    "nuit",
    "nuits",
    "personne",
    "personnes",
];
/// Their abbreviations, whole as they are (`2 h`, `3 wks`, `10 pers`),
/// and words that short which follow a number as they are (`5 mo`, `3
/// ans`, `2 pm`, `10 pp`).
pub(super) const UNIT_ABBREVIATIONS: &[&str] = &[
    "d", "h", "hr", "hrs", "mn", "min", "mins", "s", "sec", "secs", "wk", "wks", "mo", "mos", "yr",
    "yrs", "y", "j", "sem", "an", "ans", "pers", "ppl", "p", "pp", "pm", "am", "nt", "nts", "m",
    "mi", "per",
];

/// Whether `word`, the last of a line after the number `previous`, is the
/// first letters of a unit of time or a count of people, not its
/// abbreviation: `within 30 da`, `rest for 2 ho`, `5 à 6 mo` in French,
/// where months are `mois`.
pub(crate) fn is_a_cut_unit(previous: &str, word: &str, language: Language) -> bool {
    if !previous.chars().any(|c| c.is_ascii_digit())
        || !previous
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '/' | '-' | '–'))
    {
        return false;
    }
    let count = word.chars().count();
    if !(2..=4).contains(&count) || !word.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
        return false;
    }
    // `mo` is English for months; French has no such abbreviation.
    let abbreviation =
        UNIT_ABBREVIATIONS.contains(&word) && !(language == Language::Fr && word == "mo");
    !abbreviation
        && !UNITS.contains(&word)
        && UNITS
            .iter()
            .any(|u| u.len() > word.len() && u.starts_with(word))
}

/// Words that open a place name and wait for the name itself (`Loch
/// Ness`, `Mount Snowdon`, `Saint-Malo`, `Lac Léman`).
const PLACE_OPENERS: &[&str] = &[
    "Loch", "Lake", "Mount", "Saint", "Sainte", "St", "Ste", "Cape", "Isle", "Mont", "Lac",
    "Pointe",
];

/// Whether `word`, the last of a line, opens a place name whose name is
/// missing: `a walk near Kyle of Loch`, `au pied du col de la Croix de
/// Sainte`. Not after a determiner (`the Lake`, `au Mont`, `le Col`: a
/// place known by its kind) nor after a capitalised word (`Fleet St`).
pub(crate) fn is_a_cut_place_name(previous: &str, word: &str, language: Language) -> bool {
    let determiners = match language {
        Language::En => EN_DETERMINERS,
        Language::Fr => FR_DETERMINERS,
    };
    let previous_lower = previous.to_lowercase();
    PLACE_OPENERS.contains(&word)
        && previous.starts_with(char::is_lowercase)
        && !determiners.contains(&previous_lower.as_str())
        && !["this", "that", "her", "l"].contains(&previous_lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_stems_after_a_determiner_a_preposition_or_a_modal() {
        assert!(is_a_short_stem_after("the", "fi", Language::En));
        assert!(is_a_short_stem_after("from", "pa", Language::En));
        assert!(is_a_short_stem_after("can", "tr", Language::En));
        assert!(is_a_short_stem_after("les", "pe", Language::Fr));
        assert!(is_a_short_stem_after("du", "la", Language::Fr));
        assert!(is_a_short_stem_after("en", "ro", Language::Fr));
        assert!(!is_a_short_stem_after("an", "ox", Language::En));
        assert!(!is_a_short_stem_after("for", "me", Language::En));
        assert!(!is_a_short_stem_after("to", "go", Language::En));
        assert!(!is_a_short_stem_after("le", "la", Language::Fr));
        assert!(!is_a_short_stem_after("avec", "ça", Language::Fr));
        assert!(!is_a_short_stem_after("les", "ai", Language::Fr));
        assert!(!is_a_short_stem_after("packed", "lu", Language::En));
        assert!(!is_a_short_stem_after("à", "y", Language::Fr));
    }

    #[test]
    fn opening_clusters_are_no_words() {
        assert!(is_an_opening_cluster("tram", "pl"));
        assert!(is_an_opening_cluster("la", "ch"));
        assert!(!is_an_opening_cluster("merci", "pr"));
        assert!(!is_an_opening_cluster("12", "th"));
        assert!(!is_an_opening_cluster("ok", "np"));
        assert!(!is_an_opening_cluster("Tom", "ch"));
    }

    #[test]
    fn place_names_cut_after_their_opener() {
        assert!(is_a_cut_place_name("of", "Loch", Language::En));
        assert!(is_a_cut_place_name("near", "Mount", Language::En));
        assert!(is_a_cut_place_name("rue", "Saint", Language::Fr));
        assert!(!is_a_cut_place_name("the", "Lake", Language::En));
        assert!(!is_a_cut_place_name("Fleet", "St", Language::En));
        assert!(!is_a_cut_place_name("du", "Mont", Language::Fr));
    }

    #[test]
    fn months_cut_after_a_day() {
        assert!(is_a_cut_month(&["le", "1er"], "oc"));
        assert!(is_a_cut_month(&["the", "10th", "of"], "Oc"));
        assert!(is_a_cut_month(&["avant", "le", "15"], "no"));
        assert!(!is_a_cut_month(&["le", "15"], "nov"));
        assert!(!is_a_cut_month(&["le", "1er"], "déc"));
        assert!(!is_a_cut_month(&["on", "12"], "Oct"));
        assert!(!is_a_cut_month(&["le", "1er"], "mai"));
        assert!(!is_a_cut_month(&["page", "45"], "no"));
        assert!(is_a_cut_month(&["commissioned", "in"], "Ma"));
        assert!(is_a_cut_month(&["reviewed", "each"], "Septem"));
        assert!(is_a_cut_month(&["début", "d'"], "av"));
        assert!(!is_a_cut_month(&["early", "in"], "June"));
        assert!(!is_a_cut_month(&["the", "kitchen", "of"], "Ma"));
        // One letter, only where a date is announced.
        assert!(is_a_cut_month(&["partir", "du", "2"], "j"));
        assert!(!is_a_cut_month(&["ouverture", "du", "2"], "j"));
        assert!(is_a_cut_month(&["dès", "le", "1er"], "j"));
        assert!(is_a_cut_month(&["the", "3rd", "of"], "J"));
        assert!(is_a_cut_month(&["ouvert", "le", "14"], "f"));
        assert!(!is_a_cut_month(&["plongeoir", "du", "3"], "m"));
        assert!(!is_a_cut_month(&["pendant", "2"], "j"));
        assert!(!is_a_cut_month(&["page", "45"], "a"));
    }

    #[test]
    fn units_cut_after_a_number() {
        assert!(is_a_cut_unit("30", "da", Language::En));
        assert!(is_a_cut_unit("2", "ho", Language::En));
        assert!(is_a_cut_unit("6", "mo", Language::Fr));
        assert!(is_a_cut_unit("3", "sema", Language::Fr));
        assert!(!is_a_cut_unit("6", "mo", Language::En));
        assert!(!is_a_cut_unit("2", "hrs", Language::En));
        assert!(!is_a_cut_unit("3", "ans", Language::Fr));
        assert!(!is_a_cut_unit("10", "pers", Language::Fr));
        assert!(!is_a_cut_unit("4", "jours", Language::Fr));
        assert!(!is_a_cut_unit("2", "pm", Language::En));
    }
}
