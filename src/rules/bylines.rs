//! The lines under an article's title that say who wrote it, when, and how
//! long it takes to read ("14 avril 2025", "By Tom H. · 5 min read",
//! "Publié le 3 mars par Jeanne D."). They end without a full stop by
//! nature, and Markdown joins a date and a byline written on two lines into
//! one paragraph long enough to look like a sentence: such a block is
//! complete, not cut.

use crate::text::{MONTH_ABBREVIATIONS, MONTHS};

/// Longer blocks are prose that happens to hold a date.
const MAX_BLOCK_WORDS: usize = 30;
/// A line opened by "By" or "Publié le" longer than this is a sentence
/// ("By the time the council met on 3 March …").
const MAX_BYLINE_WORDS: usize = 16;
/// A date line may name the weekday or a place ("Lyon, mardi 3 mars 2025").
const MAX_DATE_LINE_WORDS: usize = 6;
/// "Posted on 5 February", "Mis à jour le 14/04/2025": the date follows its
/// opener closely.
const DATE_AFTER_OPENER_WORDS: usize = 5;

/// What dates a byline besides the months and their abbreviations
/// ([`MONTHS`], [`MONTH_ABBREVIATIONS`]): their names typed without
/// accents, and the seasons a quarterly's issue is dated by ("Winter
/// 2025").
const OTHER_DATE_WORDS: &[&str] = &[
    "fevrier",
    "aout",
    "decembre",
    "printemps",
    "été",
    "automne",
    "hiver",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Whether `word` (lowercase) names a month or a season.
fn is_month_word(word: &str) -> bool {
    [MONTHS, MONTH_ABBREVIATIONS, OTHER_DATE_WORDS]
        .iter()
        .any(|list| list.contains(&word))
}

/// Words that open a byline or a publication line, before a name or a date.
const OPENERS: &[&[&str]] = &[
    &["by"],
    &["written", "by"],
    &["words", "by"],
    &["posted"],
    &["published"],
    &["updated"],
    &["last", "updated"],
    &["par"],
    &["écrit", "par"],
    &["rédigé", "par"],
    &["publié"],
    &["publiée"],
    &["mis", "à", "jour"],
    &["mise", "à", "jour"],
    &["dernière", "mise", "à", "jour"],
];

/// Whether every line of `text` is a date, a byline or a reading time, and
/// the whole is short.
/// Both languages' words are known: a French page may be dated in English.
pub(crate) fn is_byline_or_dateline(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words > 0
        && words <= MAX_BLOCK_WORDS
        && text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .all(is_meta_line)
}

/// Separators between the items of a teaser card's line.
const CARD_SEPARATORS: &[&str] = &[" | ", " · ", " • ", " – ", " — "];
/// A card's line is a section's name and a date or a reading time.
const MAX_CARD_ITEMS: usize = 3;
const MAX_CARD_ITEM_WORDS: usize = 4;

/// Whether `line` is the line under a teaser card's excerpt: a few items
/// set apart by a separator, short, one a date or a reading time ("6 min",
/// "5 min read"), the others labels ("Gardening | 6 min", "Îles · 4
/// décembre").
pub(crate) fn is_card_meta_line(line: &str) -> bool {
    let line = line.trim();
    if line.contains('\n') {
        return false;
    }
    let mut items = vec![line];
    for sep in CARD_SEPARATORS {
        items = items.iter().flat_map(|i| i.split(sep)).collect();
    }
    let items: Vec<&str> = items
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty())
        .collect();
    let short_time = |item: &str| {
        let words: Vec<&str> = item.split_whitespace().collect();
        words.len() == 2
            && words[0].chars().all(|c| c.is_ascii_digit())
            && matches!(words[1], "min" | "mins" | "mn" | "minutes")
    };
    let dated = |item: &str| short_time(item) || is_meta_line(item);
    // A section's name: words opening with a capital ("Gardening", "Carnet
    // de route"), not a count or an icon.
    let section = |item: &str| {
        item.starts_with(char::is_uppercase)
            && item
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
    };
    (2..=MAX_CARD_ITEMS).contains(&items.len())
        && items.iter().all(|i| {
            i.split_whitespace().count() <= MAX_CARD_ITEM_WORDS && (dated(i) || section(i))
        })
        && items.iter().any(|i| dated(i))
}

fn is_meta_line(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return false;
    }
    if has_reading_time(&words) {
        return true;
    }
    if words.len() <= MAX_DATE_LINE_WORDS && has_date(&words) {
        return true;
    }
    // "By Tom H.", "Par Jeanne D.", "Posted on 5 February 2025 by …": an
    // opener followed by a name (capitalised in the line) or, within a
    // few words, a date ("Par ailleurs, … le 12 mars" is a sentence).
    let Some(opener) = OPENERS.iter().find(|o| words.starts_with_words(o)) else {
        return false;
    };
    let after = &words[opener.len()..];
    let dated = has_date(&after[..after.len().min(DATE_AFTER_OPENER_WORDS)]);
    let named = line
        .split_whitespace()
        .skip(opener.len())
        .find(|w| w.chars().any(char::is_alphabetic))
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    words.len() <= MAX_BYLINE_WORDS && (named || dated)
}

trait StartsWithWords {
    fn starts_with_words(&self, prefix: &[&str]) -> bool;
}

impl StartsWithWords for Vec<String> {
    fn starts_with_words(&self, prefix: &[&str]) -> bool {
        self.len() > prefix.len() && self.iter().zip(prefix).all(|(w, p)| w == p)
    }
}

/// A day or a year beside a month's name ("3 mars", "March 2025"), or a
/// numeric date ("2025-04-14", "14/04/2025").
fn has_date(words: &[String]) -> bool {
    let is_day_or_year = |w: &String| {
        let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', 'e']);
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && (digits.len() <= 2 || digits.len() == 4)
    };
    let month_beside_number = words.iter().enumerate().any(|(i, w)| {
        is_month_word(w)
            && (i > 0 && is_day_or_year(&words[i - 1])
                || words.get(i + 1).is_some_and(is_day_or_year))
    });
    // Numeric dates are split on their separators: three numbers in a row,
    // one of them a year.
    let numeric = words.windows(3).any(|w| {
        w.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
            && w.iter().any(|p| p.len() == 4)
            && w.iter().all(|p| (1..=4).contains(&p.len()))
    });
    month_beside_number || numeric
}

/// "5 min read", "6 min de lecture", "reading time", "temps de lecture".
fn has_reading_time(words: &[String]) -> bool {
    let phrase = words.join(" ");
    let minutes = |w: &str| matches!(w, "min" | "mins" | "minute" | "minutes");
    let counted = words.windows(3).any(|w| {
        w[0].chars().all(|c| c.is_ascii_digit())
            && minutes(&w[1])
            && (w[2] == "read" || w[2] == "de" && phrase.contains("lecture"))
    });
    counted || phrase.contains("reading time") || phrase.contains("temps de lecture")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_under_a_card_s_excerpt() {
        for line in [
            "Walks | 5 min",
            "Recettes · 3 mars",
            "News | 2 June 2025 | 4 min read",
        ] {
            assert!(is_card_meta_line(line), "{line}");
        }
        for line in [
            "5 min",
            "Lyon | Paris",
            "The walk took 5 min | then lunch was served at noon",
        ] {
            assert!(!is_card_meta_line(line), "{line}");
        }
    }

    #[test]
    fn dates_bylines_and_reading_times_are_complete_lines() {
        for text in [
            "12 mars 2024",
            "Par Jeanne D., 3 min de lecture",
            "2 juin 2025\nPar Lucien Marchal, 4 min de lecture",
            "Updated 3 February 2025\nBy Tom H. · 5 min read",
            "Posted on 5 February 2025 by Tom Hargreaves, filed under Walking",
            "Mis à jour le 14/04/2025",
            "Dernière mise à jour : 2 septembre",
            "Reading time: about seven minutes",
            "Winter 2025",
            "Winter 2025",
        ] {
            assert!(is_byline_or_dateline(text), "{text}");
        }
    }

    #[test]
    fn sentences_with_a_date_or_opener_are_prose() {
        for text in [
            "By the time the council met on the budget, the mayor had already said that the",
            "The council met on 3 March 2024 to discuss the budget, and the mayor said the",
            "Par ailleurs, la mairie a confirmé le 12 mars que les travaux reprendraient dans",
            "Publié trop vite, ce rapport oubliait la moitié des chiffres et toutes les sources",
        ] {
            assert!(!is_byline_or_dateline(text), "{text}");
        }
    }
}
