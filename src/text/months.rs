//! The months, in English and French, lowercase: a closed set several
//! rules read dates by (a byline's date, a programme's date cut inside a
//! month's name).

/// Each month's name, English then French, lowercase and accented.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The months' names in one language, in the calendar's order.
pub fn months_in(language: crate::text::Language) -> &'static [&'static str] {
    match language {
        crate::text::Language::En => &MONTHS[..12],
        crate::text::Language::Fr => &MONTHS[12..],
    }
}

/// Abbreviations of month names written without a period, which end a
/// date as the whole name does ("3 Sept 2025", "14 déc"), with or without
/// their accents.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv",
    "févr", "fév", "fevr", "fev", "avr", "juil", "déc",
];
