//! The vocabulary of web-page widgets, from `rules/ui/<lang>.txt`: the
//! verbs buttons say ("share", "partager"), the nouns of page chrome
//! ("cart", "cookies", "panier"), the small words buttons hold ("to",
//! "your", "votre") and the names of form fields ("email", "nom").
//!
//! Both languages are read together: a share bar keeps the language of
//! the site it came from, and a French "Partager | Imprimer" pasted into
//! an English article is still a share bar. A widget line is made of these
//! words only, which is what keeps the lists safe to merge: prose in
//! either language always holds words that are none of them.

use crate::text::normalize_apostrophes;
use std::collections::HashMap;
use std::sync::LazyLock;

const FR: &str = include_str!("../../../rules/ui/fr.txt");
const EN: &str = include_str!("../../../rules/ui/en.txt");

/// What a word is on a widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiWord {
    /// A verb a button says: a line opening with one is a command.
    pub action: bool,
    /// A noun or adjective of page chrome.
    pub widget: bool,
    /// A form field's name: page chrome only when marked required.
    pub field: bool,
    /// Said by widgets at all (any of the classes above, or a small word
    /// they hold): a line of only such words may be a widget.
    pub known: bool,
    /// A word of the labels over blocks of links: alone ("related",
    /// "similaires") or as a listing word ("more", "autres") beside a
    /// content word ("stories", "recettes").
    pub related: bool,
    pub listing: bool,
    pub content: bool,
    /// A word of the labels over the author's own apparatus ("Sources",
    /// "Pour aller plus loin"): such a list is no block of links.
    pub apparatus: bool,
}

const UNKNOWN: UiWord = UiWord {
    action: false,
    widget: false,
    field: false,
    known: false,
    related: false,
    listing: false,
    content: false,
    apparatus: false,
};

impl UiWord {
    /// Whether the word alone makes a line look like page chrome.
    pub fn is_strong(self) -> bool {
        self.action || self.widget
    }
}

/// How [`WORDS`] hashes: foldhash, with a fixed seed (the table is only
/// ever looked into, never walked); the standard SipHash was a visible
/// share of widget-line's time, which looks up every word of a line.
type KeyHasher = foldhash::fast::FixedState;

static WORDS: LazyLock<HashMap<String, UiWord, KeyHasher>> = LazyLock::new(|| {
    let mut words = HashMap::default();
    for text in [EN, FR] {
        parse_into(text, &mut words);
    }
    words
});

fn parse_into(text: &str, words: &mut HashMap<String, UiWord, KeyHasher>) {
    let mut section = "";
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        let entry = words.entry(key(line)).or_insert(UNKNOWN);
        match section {
            "action" => entry.action = true,
            "widget" => entry.widget = true,
            "field" => entry.field = true,
            "related" => entry.related = true,
            "listing" => entry.listing = true,
            "content" => entry.content = true,
            "apparatus" => entry.apparatus = true,
            // glue: known, nothing more
            _ => {}
        }
        entry.known |= matches!(section, "action" | "widget" | "field" | "glue");
    }
}

/// A word as the lists spell it: lowercase, straight apostrophe, an
/// elision without its apostrophe (`s'` → `s`).
pub fn key(word: &str) -> String {
    // One string, trimmed in place: every word of every line is made a key.
    let mut key = normalize_apostrophes(word).to_lowercase();
    let kept = key.trim_end_matches('\'').len();
    key.truncate(kept);
    key
}

/// What `word` is on a widget, or `None` if no list holds it. A
/// hyphenated word is known when each part is ("a-t-elle", "e-mail").
pub fn lookup(word: &str) -> Option<UiWord> {
    lookup_key(&key(word))
}

/// [`lookup`] for a word already made a [`key`].
pub fn lookup_key(key: &str) -> Option<UiWord> {
    if let Some(&found) = WORDS.get(key) {
        return Some(found);
    }
    if !key.contains('-') {
        return None;
    }
    let mut merged = UNKNOWN;
    for part in key.split('-').filter(|p| !p.is_empty()) {
        let found = WORDS.get(part)?;
        merged.action |= found.action;
        merged.widget |= found.widget;
        merged.field |= found.field;
    }
    // Only the widget-line classes: "a-t-elle", not a related label.
    merged.known = key
        .split('-')
        .filter(|p| !p.is_empty())
        .all(|p| WORDS.get(p).is_some_and(|w| w.known));
    Some(merged)
}

/// Whether `label` (a bracket's text, say) is a button that sends
/// something somewhere: a verb of buttons, small words, and a noun of page
/// chrome last, with a small word between ("Add to basket", "Ajouter au
/// panier", "Save to my list"). An instruction to the writer names what to
/// put, not where ("add link", "ajouter le prix").
pub fn is_button_label(label: &str) -> bool {
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric() && !crate::text::is_apostrophe(c) && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return false;
    };
    let class = |w: &str| lookup(w).unwrap_or(UNKNOWN);
    class(first).action
        && class(last).widget
        && !middle.is_empty()
        && middle.iter().all(|w| {
            let c = class(w);
            c.known && !c.is_strong()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_that_send_something_somewhere() {
        assert!(is_button_label("Add to basket"));
        assert!(is_button_label(" Ajouter au panier "));
        assert!(!is_button_label("add link"));
        assert!(!is_button_label("Add the venue"));
        assert!(!is_button_label("basket"));
    }

    #[test]
    fn both_languages_are_known_with_their_classes() {
        assert!(lookup("Share").is_some_and(|w| w.action));
        assert!(lookup("partager").is_some_and(|w| w.action));
        assert!(lookup("Panier").is_some_and(|w| w.widget));
        assert!(lookup("your").is_some_and(|w| !w.is_strong()));
        assert!(lookup("s’").is_some_and(|w| !w.is_strong()));
        assert!(lookup("Téléphone").is_some_and(|w| w.field && !w.is_strong()));
        assert!(lookup("a-t-elle").is_some());
        assert!(lookup("harbour").is_none());
    }
}
