//! Lines that share a widget's marks but belong to the article: a
//! masthead or kicker under the headline ("Harbour Post | Sport |
//! Monday") and a product page's terms of sale ("Free delivery over £40 |
//! 30-day returns | Secure payment").
//!
//! Both are items set apart by separators, as a breadcrumb or a button bar
//! are; what tells them apart is what the items say. A breadcrumb names
//! sections only, never the day or the paper; a bar of buttons names
//! actions, never delivery, returns or payment terms.

use crate::text::WEEKDAYS;

/// Separators of a masthead's items; chevrons (`›`, `»`, `>`) make a
/// breadcrumb's path, whatever its items.
const MASTHEAD_SEPARATORS: [char; 4] = ['|', '·', '•', '/'];

/// Words of a masthead or kicker besides the days: a paper's titles, an
/// issue.
const MASTHEAD_WORDS: &[&str] = &[
    // the nouns of a paper's title
    "courier",
    "gazette",
    "herald",
    "times",
    "post",
    "packet",
    "quarterly",
    "weekly",
    "monthly",
    "journal",
    "chronicle",
    "echo",
    "express",
    "mercury",
    "observer",
    "tribune",
    "courrier",
    "écho",
    "dépêche",
    "républicain",
    "hebdo",
    "quotidien",
    // an issue, an edition, a round of a league
    "edition",
    "issue",
    "édition",
    "numéro",
    "journée",
];

/// Words of a shop's terms of sale.
const TERMS_WORDS: &[&str] = &[
    "delivery",
    "deliveries",
    "dispatch",
    "dispatched",
    "shipping",
    "returns",
    "refund",
    "refunds",
    "checkout",
    "payment",
    "payments",
    "warranty",
    "guarantee",
    "guaranteed",
    "livraison",
    "livraisons",
    "livré",
    "expédition",
    "expédié",
    "retour",
    "retours",
    "remboursement",
    "paiement",
    "garantie",
];

/// Whether a line of separated items is a masthead or a kicker: one of its
/// items names a day, a paper or an issue.
pub fn is_masthead(prose: &str) -> bool {
    let items = items(prose, &MASTHEAD_SEPARATORS);
    items.len() >= 2
        && items
            .iter()
            .any(|item| holds_any(item, WEEKDAYS) || holds_any(item, MASTHEAD_WORDS))
}

/// Whether a line of separated items is a product page's terms of sale:
/// at least two of its items, and half of them, speak of delivery,
/// returns, payment or guarantee.
pub fn is_terms_bar(prose: &str) -> bool {
    let items = items(prose, &['|', '·', '•']);
    let terms = items
        .iter()
        .filter(|item| holds_any(item, TERMS_WORDS))
        .count();
    items.len() >= 2 && terms >= 2 && terms * 2 >= items.len()
}

/// The items of the line under the first of `separators` it holds.
fn items<'a>(prose: &'a str, separators: &[char]) -> Vec<&'a str> {
    let Some(separator) = separators.iter().find(|&&s| prose.contains(s)) else {
        return Vec::new();
    };
    prose
        .split(*separator)
        .map(str::trim)
        .filter(|item| item.chars().any(char::is_alphanumeric))
        .collect()
}

fn holds_any(item: &str, words: &[&str]) -> bool {
    item.split(|c: char| !c.is_alphanumeric())
        .any(|word| words.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mastheads_name_a_day_a_paper_or_an_issue() {
        assert!(is_masthead("Harbour Post | Sport | Monday"));
        assert!(is_masthead("Culture · Le Courrier du Nord"));
        assert!(is_masthead("Football | Ligue 2 | 12e journée"));
        // A breadcrumb names sections only.
        assert!(!is_masthead("Home | Recipes | Soups"));
        assert!(!is_masthead("Accueil › Sport › Lundi"));
    }

    #[test]
    fn terms_bars_speak_of_delivery_returns_and_payment() {
        assert!(is_terms_bar(
            "Free delivery over £40 | 🔒 Secure checkout | 30-day returns"
        ));
        assert!(is_terms_bar("Livraison en 48 h · Paiement en 3 fois"));
        // Buttons, or one word of terms among them, are a widget's.
        assert!(!is_terms_bar("Add to basket | Free delivery"));
        assert!(!is_terms_bar("Share | Print | Email"));
    }
}
