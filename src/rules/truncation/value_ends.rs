//! Values cut where a line, a cell or an item ends: an hour with no
//! minutes (`delayed to 16:`, `de 10:00 à 20:`), a currency sign with no
//! amount (`between £5,800 and £`), a number stopping on its decimal
//! comma (`Prix : 49,`), a possessive with no noun after it (`circulate
//! the quotes before Thursday's`, `sponsored by the county's`).
//!
//! Each reads only the end of the unit it is given (a few bytes back to
//! the words before): no search of the text.
//!
//! Left alone: a colon after a number that no hour context announces
//! (`Ages 8 to 12:` over a list, `Psalm 23:`), a currency sign after `in`
//! or `per` (`| Price in € |`), a possessive after `at`, `to`, `from`
//! or another place preposition (`at the baker's`, `above the
//! chandler's`: a shop or a home, elided), a
//! possessive pronoun-like word (`this one's`, `it's`), and a number and
//! comma or a possessive in the middle of a paragraph's lines (a wrap).

use crate::text::{Language, MONTHS, WEEKDAYS, normalize_apostrophes};

/// A value cut at the end of a unit: where its span starts in the unit's
/// text, and why.
pub(super) struct ValueCut {
    pub start: usize,
    pub message: &'static str,
}

/// Words before an hour that say it is one (`at 16:`, `vers 18:`).
const HOUR_WORDS: &[&str] = &[
    "at", "until", "till", "by", "around", "before", "after", "à", "vers", "dès", "avant", "après",
    "jusqu'à",
];

/// Words before an hour that join it to another hour or a change of
/// schedule (`10:00 to 13:`, `delayed to 16:`): an hour only with a clock
/// time or a rescheduling word before them.
const HOUR_LINKS: &[&str] = &[
    "to", "from", "and", "or", "between", "-", "–", "—", "de", "et", "ou", "entre", "au",
];

/// Words that move a time (`delayed to`, `reporté à`).
const RESCHEDULING: &[&str] = &[
    "delayed",
    "moved",
    "postponed",
    "pushed",
    "changed",
    "brought",
    "rescheduled",
    "reporté",
    "reportée",
    "décalé",
    "décalée",
    "avancé",
    "avancée",
    "repoussé",
    "repoussée",
    "retardé",
    "retardée",
];

/// Currency signs written before or after their amount.
const CURRENCY_SIGNS: &[char] = &['£', '€', '$', '¥'];

/// Words after which a currency sign names the currency, not a price.
const CURRENCY_NAMING: &[&str] = &["in", "en", "per", "par", "currency", "devise"];

/// Determiners before a possessor (`the county's`, `your manager's`).
const EN_POSSESSOR_DETERMINERS: &[&str] = &[
    "the", "a", "an", "your", "our", "their", "his", "her", "my", "its", "this", "that", "each",
    "every", "next", "last",
];

/// Prepositions before an elided shop or home (`at the baker's`, `to my
/// mum's`, `from the butcher's`).
const EN_ELLIPSIS_PREPOSITIONS: &[&str] = &[
    "at", "to", "round", "from", "in", "into", "near", "above", "below", "behind", "beside",
    "opposite", "outside", "inside", "past", "over", "under", "across", "beyond", "upstairs",
];

/// Words whose `'s` is a verb (`this one's`, `that's`, `everyone's`).
const EN_NOT_POSSESSORS: &[&str] = &[
    "one",
    "it",
    "that",
    "this",
    "there",
    "here",
    "what",
    "who",
    "he",
    "she",
    "let",
    "where",
    "how",
    "everyone",
    "someone",
    "anyone",
    "nobody",
    "everybody",
    "somebody",
    "other",
    "others",
];

/// The cut at the end of `body` (a unit's text, trimmed), if any.
/// `whole_unit` says nothing of the same paragraph follows on the next
/// line (the unit is a cell, an item of a row, or a line ending its
/// block): a number and comma or a possessive there was cut, not wrapped.
pub(super) fn cut(body: &str, language: Language, whole_unit: bool) -> Option<ValueCut> {
    if let Some(start) = hour_cut(body) {
        return Some(ValueCut {
            start,
            message: "time cut: an hour with no minutes after its colon",
        });
    }
    if let Some(start) = currency_cut(body) {
        return Some(ValueCut {
            start,
            message: "text cut before a price: a currency sign with no amount",
        });
    }
    if !whole_unit {
        return None;
    }
    if let Some(start) = decimal_cut(body) {
        return Some(ValueCut {
            start,
            message: "number cut after its comma: the rest of the value is missing",
        });
    }
    if let Some(start) = label_cut(body) {
        return Some(ValueCut {
            start,
            message: "text cut after a label: the value it gives elsewhere in the line is missing",
        });
    }
    if language == Language::En
        && let Some(start) = possessive_cut(body)
    {
        return Some(ValueCut {
            start,
            message: "text cut after a possessive: the noun it qualifies is missing",
        });
    }
    None
}

/// Shortest label read as waiting for its value.
const MIN_LABEL_CHARS: usize = 3;

/// Most words of such a label (`members`, `Amis du musée`).
const MAX_LABEL_WORDS: usize = 4;

/// Whether `c` is a currency sign a price opens or closes on.
fn is_currency(c: char) -> bool {
    matches!(c, '€' | '£' | '$' | '¥' | '₣')
}

/// `… Entrée famille, 11 €, Belfortains`, `… Family swim, £14, members`:
/// a unit that gives a label and its value in pairs (`Belfortains 3,40 €`,
/// `members £4.10`) and stops on the label again, after a value and a
/// comma. The label's value was cut (a screen reader's table row, a
/// price list pasted as one line). The start of the label in `body`.
///
/// One search of the unit for the label: the unit is read once more, not
/// the text.
fn label_cut(body: &str) -> Option<usize> {
    let comma = body.rfind(", ")?;
    let label = body[comma + 2..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let start = body.len() - label.len();
    let words = label.split_whitespace().count();
    if label.chars().count() < MIN_LABEL_CHARS
        || words > MAX_LABEL_WORDS
        || !label.ends_with(char::is_alphabetic)
        || label.chars().any(|c| c.is_ascii_digit() || is_currency(c))
    {
        return None;
    }
    let value = body[..comma].trim_end();
    if !value.ends_with(|c: char| c.is_ascii_digit() || is_currency(c)) {
        return None;
    }
    let labelled = body[..comma].match_indices(label).any(|(i, _)| {
        let glued = body[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let rest = &body[i + label.len()..];
        let after = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', ':']);
        !glued
            && after.len() < rest.len()
            && after.starts_with(|c: char| c.is_ascii_digit() || is_currency(c))
    });
    labelled.then_some(start)
}

/// The words of `text` from its end: lowercased, apostrophes made
/// straight, at most `n`.
fn last_words(text: &str, n: usize) -> Vec<String> {
    text.split_whitespace()
        .rev()
        .take(n)
        .map(|w| normalize_apostrophes(w).to_lowercase())
        .collect()
}

/// Whether `text` holds a clock time (`10:00`, `9h30`, `16 h`, `7 am`).
fn has_a_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b':' | b'h')
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    }) || text
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            w[0].chars().all(|c| c.is_ascii_digit())
                && matches!(w[1].trim_end_matches([',', ';']), "h" | "am" | "pm")
        })
}

/// `… delayed to 16:`, `| 10:00 to 13: |`: an hour, then its colon, then
/// nothing. The start of the hour's phrase in `body`.
fn hour_cut(body: &str) -> Option<usize> {
    let head = body.strip_suffix(':')?;
    let digits_start = head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let digits = &head[digits_start..];
    if digits.is_empty() || digits.len() > 2 || digits.parse::<u32>().ok()? > 24 {
        return None;
    }
    let before = &head[..digits_start];
    if !before.is_empty() && !before.ends_with(char::is_whitespace) {
        return None;
    }
    let words = last_words(before, 2);
    let previous = words.first()?;
    // `jusqu'à 18:`: the preposition after its elision.
    let previous = previous.rsplit('\'').next().unwrap_or(previous);
    let announced = HOUR_WORDS.contains(&previous)
        || (HOUR_LINKS.contains(&previous)
            && (has_a_clock_time(before)
                || words
                    .get(1)
                    .is_some_and(|w| RESCHEDULING.contains(&w.as_str()))));
    if !announced {
        return None;
    }
    let phrase = before.trim_end();
    Some(phrase.len() - phrase.split_whitespace().next_back()?.len())
}

/// `… between £5,800 and £`: a currency sign, spaced from what is before
/// it, with no number on either side.
fn currency_cut(body: &str) -> Option<usize> {
    let before = body.strip_suffix(CURRENCY_SIGNS)?;
    let sign = body.len() - before.len();
    if !(before.is_empty() || before.ends_with([' ', '(', '\u{a0}'])) {
        return None;
    }
    let before = before.trim_end_matches([' ', '(', '\u{a0}', '\u{202f}']);
    if before.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let previous = last_words(before, 1);
    let previous = previous.first()?;
    if CURRENCY_NAMING.contains(&previous.as_str()) {
        return None;
    }
    Some(body.len() - sign)
}

/// `Prix : 49,`, `enfant 2,`: a number stopping on the comma of its
/// decimals or its thousands.
fn decimal_cut(body: &str) -> Option<usize> {
    let head = body.strip_suffix(',')?;
    if !head.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let start = head.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
    // A word glued to the number (`v2,`, `COVID-19,`) is a name.
    head[start..]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '€' | '£' | '$'))
        .then_some(start)
}

/// `… before Thursday's`, `… sponsored by the county's`: a possessor with
/// nothing after it.
fn possessive_cut(body: &str) -> Option<usize> {
    let head = body
        .strip_suffix("'s")
        .or_else(|| body.strip_suffix("’s"))?;
    let word_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &head[word_start..];
    if word.chars().count() < 3 || (word_start > 0 && !head[..word_start].ends_with(' ')) {
        return None;
    }
    let lower = word.to_lowercase();
    let words = last_words(&head[..word_start], 3);
    let elided = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| EN_ELLIPSIS_PREPOSITIONS.contains(&w.as_str()))
    };
    let day_or_month = WEEKDAYS.contains(&lower.as_str()) || MONTHS.contains(&lower.as_str());
    let cut = if day_or_month {
        word.starts_with(char::is_uppercase) && !elided(0)
    } else {
        // A lowercase noun after its determiner, maybe one adjective
        // between them (`the local council's`).
        let determiner_at = words
            .iter()
            .take(2)
            .position(|w| EN_POSSESSOR_DETERMINERS.contains(&w.as_str()));
        word.chars().all(char::is_lowercase)
            && !EN_NOT_POSSESSORS.contains(&lower.as_str())
            && determiner_at.is_some_and(|i| {
                !elided(i + 1) && words[..i].iter().all(|w| w.chars().all(char::is_lowercase))
            })
    };
    cut.then_some(word_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(body: &str, language: Language) -> bool {
        cut(body, language, true).is_some()
    }

    #[test]
    fn hours_with_no_minutes_are_cut_when_an_hour_is_announced() {
        assert!(cuts("Le Palais to Quiberon: delayed to 16:", Language::En));
        assert!(cuts("10:00 to 13:", Language::En));
        assert!(cuts("Mardi à vendredi : 10:00 – 20:", Language::Fr));
        assert!(cuts("Prochaine réunion : jeudi à 18:", Language::Fr));
        assert!(cuts("call moved to 11:", Language::En));
        assert!(!cuts("Children aged 8 to 12:", Language::En));
        assert!(!cuts("Psalm 23:", Language::En));
        assert!(!cuts("Step 3:", Language::En));
        assert!(!cuts("Open 10:00 to 13:00", Language::En));
    }

    #[test]
    fn bare_currency_signs_and_decimal_commas_are_cut() {
        assert!(cuts("costs between £5,800 and £", Language::En));
        assert!(!cuts("| Price in € |", Language::En));
        assert!(!cuts("coûte 12 €", Language::Fr));
        assert!(cuts("Prix : 49,", Language::Fr));
        assert!(cuts("entrée adulte 4,20 €, enfant 2,", Language::Fr));
        assert!(!cuts("Covid-19,", Language::En));
        assert!(cut("The first edition appeared in 2019,", Language::En, false).is_none());
    }

    #[test]
    fn a_label_repeated_without_its_value_is_cut() {
        assert!(cuts(
            "Entrée adulte, 4,20 €, Belfortains 3,40 €. Entrée famille, 11\u{a0}€, Belfortains",
            Language::Fr
        ));
        assert!(cuts(
            "Swim adult, £5.20, members £4.10. Family swim, £14, members",
            Language::En
        ));
        assert!(cuts(
            "Emplacement 2 m, 8 €, adhérent 6 €. 4 m, 15 €, adhérent",
            Language::Fr
        ));
        // The label given no value elsewhere, or not after a value.
        assert!(!cuts("Adults 12 €, children 6 €, students", Language::En));
        assert!(!cuts("members £4, and the others, members", Language::En));
        assert!(cuts("Prix 8 €, membres 6 €, membres", Language::Fr));
        assert!(cuts(
            "Plein tarif, 7 €, Amis du musée 4 €. Atelier, 12 €, Amis du musée",
            Language::Fr
        ));
    }

    #[test]
    fn possessives_with_no_noun_are_cut() {
        assert!(cuts(
            "circulate both quotes before Thursday's",
            Language::En
        ));
        assert!(cuts("sponsored by the county's", Language::En));
        assert!(cuts("cleared for the evening’s", Language::En));
        assert!(!cuts("bought at the baker's", Language::En));
        assert!(!cuts("not to your manager's", Language::En));
        assert!(!cuts(
            "Mending nets in the loft above the chandler's",
            Language::En
        ));
        assert!(!cuts("I think this one's", Language::En));
        assert!(!cuts("Lunch at McDonald's", Language::En));
        assert!(!cuts("the Children's", Language::En));
        assert!(cut("sponsored by the county's", Language::En, false).is_none());
    }
}
