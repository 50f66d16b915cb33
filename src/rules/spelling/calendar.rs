//! Misspelt names of months and days (`Febuary`, `Wendesday`).
//!
//! A capitalised word inside a sentence is taken for a proper noun and left
//! alone, and in English the months and days are capitalised wherever they
//! stand: their slips hid among the names. But months and days are a
//! closed set, written in every dated article, and a slip of one is no
//! one's name. An unknown capitalised word one edit from one of them is
//! checked like any word, with the name it stands for as suggestion.
//!
//! Only the names of six letters or more: a shorter one (`March`, `June`,
//! `lundi`) is one edit from real first names and places (`Marco`, `Jane`).

use super::near_words::one_edit_apart;
use crate::text::Language;

const EN: &[&str] = &[
    "January",
    "February",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const FR: &[&str] = &[
    "janvier",
    "février",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "mercredi",
    "vendredi",
    "samedi",
    "dimanche",
];

/// The month or day `word` is one slip from, if any (accents and case
/// aside; the word itself is not one).
pub fn misspelt_calendar_name(word: &str, language: Language) -> Option<&'static str> {
    let names = match language {
        Language::En => EN,
        Language::Fr => FR,
    };
    if word.chars().count() < 5 {
        return None;
    }
    names
        .iter()
        .copied()
        .find(|name| one_edit_apart(word, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_of_months_and_days_are_found() {
        let en = |w| misspelt_calendar_name(w, Language::En);
        assert_eq!(en("Febuary"), Some("February"));
        assert_eq!(en("Wendesday"), Some("Wednesday"));
        assert_eq!(en("Setpember"), Some("September"));
        assert_eq!(en("Fridya"), Some("Friday"));
        assert_eq!(
            misspelt_calendar_name("Fevrier", Language::Fr),
            Some("février")
        );
        assert_eq!(
            misspelt_calendar_name("Févirer", Language::Fr),
            Some("février")
        );
    }

    #[test]
    fn names_and_the_months_themselves_are_not_slips() {
        let en = |w| misspelt_calendar_name(w, Language::En);
        assert_eq!(en("February"), None);
        assert_eq!(en("Marco"), None);
        assert_eq!(en("Augustin"), None);
        assert_eq!(en("Sundance"), None);
    }
}
