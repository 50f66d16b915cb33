//! The days of the week, in English and French, lowercase: a closed set
//! several rules read a page's furniture by (a masthead's date, a
//! programme's days).

/// Each day of the week, English then French, lowercase.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];

/// The days' names in one language, Monday first.
pub fn weekdays_in(language: crate::text::Language) -> &'static [&'static str] {
    match language {
        crate::text::Language::En => &WEEKDAYS[..7],
        crate::text::Language::Fr => &WEEKDAYS[7..],
    }
}
