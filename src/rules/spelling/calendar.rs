//! Misspelt names of months and days (`Febuary`, `Wendesday`).
//!
//! A capitalised word inside a sentence is taken for a proper noun and left
//! alone, and in English the months and days are capitalised wherever they
//! stand: their slips hid among the names. But months and days are a
//! closed set, written in every dated article, and a slip of one is no
//! one's name. An unknown capitalised word one edit from one of them is
//! checked like any word, with the name it stands for as suggestion.
//!
//! A name of six letters or more matches any one edit that keeps its first
//! letter (a slip rarely changes it: `Sévrier` is a village); a shorter one
//! (`March`, `April`, `June`) is one edit from real first names (`Marco`,
//! `Avril`, `Jane`), so only two letters swapped count for it (`Apirl`).

use super::near_words::{fold, one_edit_apart};
use crate::text::{Language, edit_distance};

const EN: &[&str] = &[
    "January",
    "March",
    "April",
    "June",
    "July",
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
    "avril",
    "juin",
    "lundi",
    "mardi",
    "jeudi",
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
    if word.chars().count() < 4 {
        return None;
    }
    let first = |w: &str| fold(w).chars().next();
    // `Tuesday` is two edits from `Thursday`, and every name is none from
    // itself (accents count: `Fevrier` is a slip of `février`).
    let lower = word.to_lowercase();
    if names.iter().any(|name| name.to_lowercase() == lower) {
        return None;
    }
    names.iter().copied().find(|name| {
        if name.chars().count() >= LONG_NAME {
            // A slip keeps the first letter (`Febuary`); another first
            // letter makes another name (`Sévrier` is a village, not
            // `février`).
            first(word) == first(name)
                && (one_edit_apart(word, name)
                    || name.chars().count() >= SPELT_BY_EAR_NAME
                        && same_ending(word, name)
                        && within_two_edits(&fold(word), &fold(name)))
        } else {
            is_swap(&fold(word), &fold(name))
        }
    })
}

/// Names this long are far enough from first names for any one edit.
const LONG_NAME: usize = 6;

/// Names this long are far enough from any word for two edits.
const SPELT_BY_EAR_NAME: usize = 8;

/// Whether `word` ends with the last three letters of `name` (`-day`,
/// `-ber`, `-ary`), accents and case aside.
fn same_ending(word: &str, name: &str) -> bool {
    let tail = |w: &str| {
        let folded: Vec<char> = fold(w).chars().collect();
        folded[folded.len().saturating_sub(3)..].to_vec()
    };
    tail(word) == tail(name)
}

/// Whether `a` becomes `b` in at most two insertions, deletions or
/// substitutions (names are short; a longer word is none of them).
fn within_two_edits(a: &str, b: &str) -> bool {
    let (a_chars, b_chars) = (a.chars().count(), b.chars().count());
    a_chars.abs_diff(b_chars) <= 2 && a_chars <= 32 && b_chars <= 32 && edit_distance(a, b) <= 2
}

/// Whether `a` is `b` with two neighbouring letters swapped.
fn is_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let diff: Vec<usize> = (0..a.len().min(b.len()))
        .filter(|&i| a[i] != b[i])
        .collect();
    a.len() == b.len()
        && diff.len() == 2
        && diff[1] == diff[0] + 1
        && a[diff[0]] == b[diff[1]]
        && a[diff[1]] == b[diff[0]]
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
        assert_eq!(en("Apirl"), Some("April"));
        assert_eq!(en("Jnue"), Some("June"));
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
        assert_eq!(en("Avril"), None);
        assert_eq!(en("Marco"), None);
        assert_eq!(en("Jane"), None);
        assert_eq!(en("Mya"), None);
        // Another first letter makes another name, not a slip.
        assert_eq!(misspelt_calendar_name("Sévrier", Language::Fr), None);
        assert_eq!(en("Monsday"), Some("Monday"));
    }

    #[test]
    fn long_names_spelt_by_ear_are_found() {
        let en = |w| misspelt_calendar_name(w, Language::En);
        assert_eq!(en("Wensday"), Some("Wednesday"));
        assert_eq!(en("Febuwary"), Some("February"));
        assert_eq!(
            misspelt_calendar_name("Novembere", Language::Fr),
            Some("novembre")
        );
        // Two edits that change the ending make another word.
        assert_eq!(en("Wednesbury"), None);
        assert_eq!(en("Septimus"), None);
        // Two edits on a short name are too many.
        assert_eq!(en("Mondial"), None);
        assert_eq!(en("Tuesday"), None);
        assert_eq!(en("Thursday"), None);
    }
}
