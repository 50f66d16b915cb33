//! Forms of a cut that a dictionary alone cannot see, read at the end of a
//! line, a cell or an item (see [`super::line_ends`]):
//! - a place name cut after the linking word of its compound
//!   (`Courseulles-sur-M`, `Stratford-upon-A`, `Boulogne-sur-`): no place
//!   name ends on a linker, nor on one or two letters after it;
//! - the name of a day or a month cut (`le jeudi et le vend`, `on Tuesday
//!   and Frid`, `between Octo`): a prefix of the name, in a line that names
//!   another day or month, or a prefix no abbreviation uses;
//! - a product title cut after a comma (`Set of Two, Aq`): the last of a
//!   row of capitalised parts holds two or three letters.
//!
//! Pure functions over the unit's text: no allocation per line, the
//! dictionaries are asked by the caller.

use crate::text::Language;

/// Words that link the parts of a compound place name.
const LINKERS: &[&str] = &[
    "sur", "sous", "en", "de", "du", "des", "la", "le", "les", "lès", "lez", "aux", "au", "et",
    "upon", "on", "under", "in", "by", "super", "next", "the",
];

/// Where a compound place name cut after its linker starts in `body` (the
/// unit's text, trimmed at the end), with the letters after the last
/// hyphen (`fragment`, empty for `Boulogne-sur-`): `Courseulles-sur-M`,
/// `Saint-Germain-en-L`. The compound's first part is capitalised (a
/// name), the part before the last hyphen a linker.
pub(super) fn linked_place_start(body: &str, fragment: &str) -> Option<usize> {
    let head = body[..body.len() - fragment.len()].strip_suffix('-')?;
    let linker_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let linker = &head[linker_start..];
    if !LINKERS.contains(&linker.to_lowercase().as_str()) {
        return None;
    }
    let before = head[..linker_start].strip_suffix('-')?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let first = &before[start..];
    (first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then_some(start)
}

/// The abbreviations writers use for days and months: alone, they are no
/// cut (`Mon, Wed`, `lun. au ven.`).
const ABBREVIATIONS: &[&str] = &[
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "janv", "févr", "fév", "avr", "juil", "sept",
    "oct", "nov", "déc", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep",
];

/// Words that join a day or a month to the one before it: after one, even
/// an abbreviation is the next name cut (`le jeudi et le jeu`, `Tuesday
/// and Thurs`).
const JOINERS: &[&str] = &[
    "le", "du", "au", "et", "ou", "the", "and", "or", "to", "through", "until",
];

/// How a unit's last word reads as a day's or a month's name cut.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum CalendarCut {
    /// Not a prefix of a name, or one that stands as it is.
    No,
    /// A prefix of a name that another name of the same kind in the unit,
    /// joined to it, shows cut (`le mardi et le jeu`).
    Joined,
    /// A prefix no abbreviation uses (`Octo`, `vend`): cut if the
    /// dictionaries do not know it as a word.
    IfUnknown,
}

/// Whether `word` (the unit's last word, letters only), after `previous`,
/// is a day's or a month's name cut; `before` is the unit's text before it.
pub(super) fn calendar_cut(
    before: &str,
    previous: Option<&str>,
    word: &str,
    language: Language,
) -> CalendarCut {
    let count = word.chars().count();
    if count < 2 {
        return CalendarCut::No;
    }
    let lower = word.to_lowercase();
    let lists: [&[&str]; 2] = [
        crate::text::weekdays_in(language),
        crate::text::months_in(language),
    ];
    if lists.iter().any(|list| list.contains(&lower.as_str())) {
        return CalendarCut::No;
    }
    let abbreviation = ABBREVIATIONS.contains(&lower.as_str());
    let joined = previous.is_some_and(|p| JOINERS.contains(&p.to_lowercase().as_str()));
    let mut prefix_only = false;
    for list in lists {
        if !list.iter().any(|name| name.starts_with(lower.as_str())) {
            continue;
        }
        prefix_only = true;
        if (joined || !abbreviation) && names_one_of(before, list) {
            return CalendarCut::Joined;
        }
    }
    if prefix_only && !abbreviation && count >= 3 {
        CalendarCut::IfUnknown
    } else {
        CalendarCut::No
    }
}

/// Whether `text` holds one of `names` as a whole word, in any case.
fn names_one_of(text: &str, names: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| {
            names
                .iter()
                .any(|name| w.eq_ignore_ascii_case(name) || w.to_lowercase() == *name)
        })
}

/// Whether `before` (a unit's text before its last word, ending on `, `)
/// is a product title's row of parts: two or more, each opening on a
/// capital or a digit (`Handblown Sea Glass Tumbler, Set of Two, `).
pub(super) fn is_a_row_of_title_parts(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let mut parts = 0;
    for part in head.split(", ") {
        let part = part.trim();
        if !part.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// French determiners that only stand before a plural noun.
const FR_PLURAL_DETERMINERS: &[&str] = &[
    "les",
    "des",
    "aux",
    "ces",
    "mes",
    "tes",
    "ses",
    "nos",
    "vos",
    "leurs",
    "plusieurs",
    "quelques",
    "certains",
    "certaines",
    "différents",
    "différentes",
    "nombreux",
    "nombreuses",
];

/// Words before `les` that make it the object pronoun (`on les cueille`,
/// `qui les anime`, `pour les garder`), not the article.
const FR_CLITIC_HOSTS: &[&str] = &[
    "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "que", "qu'",
    "ne", "n'", "pour", "sans", "faut", "peut", "peuvent", "doit", "doivent", "va", "vais", "vont",
    "veut", "veulent", "pouvez", "devez", "voulez", "allez", "sait", "savent", "fait", "font",
    "comment", "où", "quand", "si", "les", "me", "te", "se", "lui", "leur",
];

/// Whether `word` (any case), before `la`, `le` or `les`, makes it the
/// object pronoun: a subject, a negation, a relative, a preposition that
/// takes an infinitive.
pub(super) fn is_a_clitic_host(word: &str) -> bool {
    FR_CLITIC_HOSTS.contains(&word.to_lowercase().replace('’', "'").as_str())
}

/// Whether the unit's last word stands after a plural determiner, maybe
/// with a plural adjective between (`les puce`, `les dernières pomme`):
/// `words` are the unit's last three words, the last one first.
pub(super) fn after_a_plural_determiner(last_three: &[&str]) -> bool {
    let lower = |w: &str| w.to_lowercase();
    let is_det = |i: usize| {
        let Some(w) = last_three.get(i) else {
            return false;
        };
        let w = lower(w);
        if !FR_PLURAL_DETERMINERS.contains(&w.as_str()) {
            return false;
        }
        // `on les cueille`: the pronoun.
        w != "les"
            || last_three
                .get(i + 1)
                .is_none_or(|host| !FR_CLITIC_HOSTS.contains(&lower(host).as_str()))
    };
    if is_det(1) {
        return true;
    }
    // `les dernières pomme`: an adjective that stands before its noun, in
    // the plural, between (not one after a noun: `des pertes record`).
    last_three
        .get(1)
        .is_some_and(|adjective| FR_PLURAL_PRENOMINALS.contains(&lower(adjective).as_str()))
        && is_det(2)
}

/// Adjectives in the plural that stand before their noun.
const FR_PLURAL_PRENOMINALS: &[&str] = &[
    "derniers",
    "dernières",
    "premiers",
    "premières",
    "petits",
    "petites",
    "grands",
    "grandes",
    "beaux",
    "belles",
    "nouveaux",
    "nouvelles",
    "vieux",
    "vieilles",
    "jeunes",
    "autres",
    "bons",
    "bonnes",
    "gros",
    "grosses",
    "meilleurs",
    "meilleures",
    "prochains",
    "prochaines",
    "anciens",
    "anciennes",
];

/// Longest label before a numbered line's separator (`Class 7:`, `Jour 3
/// :`, `Step 12 –`).
const MAX_LABEL_WORD_CHARS: usize = 12;

/// Whether `line` opens on a numbered label (`Class 7: …`, `Jour 3 : …`,
/// `Day 2 – …`, `Ép. 12 – …`): a capitalised word, a number, then a colon
/// or a dash, the way a schedule, a programme or a list of episodes
/// numbers its lines.
pub(super) fn is_a_numbered_label_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(label), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let label = label.trim_end_matches('.');
    let label_ok = label.chars().count() <= MAX_LABEL_WORD_CHARS
        && label.starts_with(char::is_uppercase)
        && label.chars().all(char::is_alphabetic);
    let (number, separated) = match number.strip_suffix(':') {
        Some(n) => (n, true),
        None => (
            number,
            words
                .next()
                .is_some_and(|s| matches!(s, ":" | "–" | "—" | "-")),
        ),
    };
    label_ok
        && separated
        && !number.is_empty()
        && number.len() <= 3
        && number.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_name_cut_after_its_linker() {
        assert_eq!(
            linked_place_start("Juno Beach Centre, Courseulles-sur-M", "M"),
            Some(19)
        );
        assert_eq!(linked_place_start("à Boulogne-sur-", ""), Some(3));
        assert!(linked_place_start("Stratford-upon-A", "A").is_some());
        assert!(linked_place_start("Saint-Germain-en-L", "L").is_some());
        // Not a linker, or no name before it.
        assert!(linked_place_start("Saint-L", "L").is_none());
        assert!(linked_place_start("pop-up-A", "A").is_none());
        assert!(linked_place_start("semi-", "").is_none());
    }

    #[test]
    fn a_day_or_a_month_cut() {
        use CalendarCut::*;
        let fr = Language::Fr;
        let en = Language::En;
        assert_eq!(
            calendar_cut("le jeudi et le ", Some("le"), "vend", fr),
            Joined
        );
        assert_eq!(
            calendar_cut("le mardi et le ", Some("le"), "jeu", fr),
            Joined
        );
        assert_eq!(
            calendar_cut("on Tuesday and ", Some("and"), "Thurs", en),
            Joined
        );
        assert_eq!(
            calendar_cut("between ", Some("between"), "Octo", en),
            IfUnknown
        );
        // Abbreviations standing alone, full names, other words.
        assert_eq!(calendar_cut("Mon, ", Some("Mon,"), "Wed", en), No);
        assert_eq!(calendar_cut("Monday, ", Some("Monday,"), "Wed", en), No);
        assert_eq!(calendar_cut("le mardi et le ", Some("le"), "jeudi", fr), No);
        assert_eq!(calendar_cut("un ", Some("un"), "jeu", fr), No);
        assert_eq!(calendar_cut("the ", Some("the"), "Sat", en), No);
    }

    #[test]
    fn a_row_of_title_parts() {
        assert!(is_a_row_of_title_parts("Sea Glass Tumbler, Set of Two, "));
        assert!(is_a_row_of_title_parts("Linen Tea Towels, Set of Three, "));
        assert!(!is_a_row_of_title_parts("Sea Glass Tumbler, "));
        assert!(!is_a_row_of_title_parts("Paris, capital of France, "));
        assert!(!is_a_row_of_title_parts("Sea Glass Tumbler"));
    }

    #[test]
    fn plural_determiners_and_the_object_pronoun() {
        assert!(after_a_plural_determiner(&["puce", "les", "éloigne"]));
        assert!(after_a_plural_determiner(&["pomme", "dernières", "les"]));
        assert!(after_a_plural_determiner(&["famille", "aux"]));
        assert!(!after_a_plural_determiner(&["cueille", "les", "on"]));
        assert!(!after_a_plural_determiner(&["anime", "les", "qui"]));
        assert!(!after_a_plural_determiner(&["pomme", "la"]));
        // An adjective after its noun agrees with it, or the writer slipped.
        assert!(!after_a_plural_determiner(&["record", "pertes", "des"]));
        assert!(!after_a_plural_determiner(&["seule", "griffes", "des"]));
        assert!(is_a_clitic_host("on") && is_a_clitic_host("Qu’"));
        assert!(!is_a_clitic_host("sur"));
    }

    #[test]
    fn numbered_label_lines() {
        assert!(is_a_numbered_label_line("Class 7: Two jars of creamed hon"));
        assert!(is_a_numbered_label_line(
            "Jour 3 : exercice de nuit en bran"
        ));
        assert!(is_a_numbered_label_line("Day 2 – the ridge walk"));
        assert!(!is_a_numbered_label_line("Il y a 3 : ceux qui"));
        assert!(!is_a_numbered_label_line("Class seven: jars"));
        assert!(!is_a_numbered_label_line("Room 2024: the plan"));
    }
}
