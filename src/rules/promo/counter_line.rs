//! A line of a page's counters: how many read, viewed, answered or reacted
//! ("1.4k views", "Lu 3 410 fois", "👍 12   ❤️ 3", "Started by someone |
//! 14 replies | 2,310 views", "Publié le 2 avril · 👁 812").
//!
//! Forums, blogs, video pages and recipe sites put such a line under a
//! title or a post; copied as text it is a row of figures the draft's
//! reader has no use for. Its wording changes with the site, its form does
//! not: items set apart by separators or wide spaces, each a count (a
//! figure with the noun of what is counted, or with an icon), a date, a
//! reading time or a byline, at least one a count, and nothing else. A
//! sentence that mentions views or replies holds other words between them.

use super::line_shape::is_icon;
use regex::Regex;
use std::sync::LazyLock;

/// Separators between the items of a counters line; a run of two spaces
/// or more sets apart reaction counts ("👍 12   ❤️ 3").
static ITEM_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|·•»⋅∙‧–—]\s+|\s{2,}").expect("valid separator pattern"));

/// The separators that are marks, without the wide spaces.
static MARKED_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|·•»⋅∙‧–—]\s+").expect("valid separator pattern"));

/// A figure as counters print it: "12", "2,310", "3 410", "1.4k", "18K".
/// A stop or a comma inside a figure comes before a digit: "4. Votes" is
/// a numbered heading, not four votes.
const FIGURE: &str = r"\d(?:[.,]?\d|[\s\u{a0}\u{202f}]\d{3}\b)*\s*[kKmM]?";

/// A count: a figure and what it counts ("14 replies", "1 342 lectures"),
/// or "read/lu … times/fois". The nouns are the things pages count.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:(?:over|more\s+than|plus\s+de|\+)\s*)?{FIGURE}\+?\s*(?:views?|replies|reply|comments?|likes?|shares?|reactions?|reads|reviews?|ratings?|votes?|upvotes?|followers?|subscribers?|downloads?|answers?|retweets?|claps?|hearts?|saves?|plays?|listens?|vues?|lectures?|réponses?|commentaires?|partages?|réactions?|avis|abonnés?|téléchargements?|écoutes?|j[’']aime|coups?\s+de\s+c(?:œ|oe)ur|(?:people|personnes)\s+(?:interested|going|intéressées|inscrites)|y\s+vont|vont\s+y\s+aller|maybe|applicants?|applications|candidatures?|candidats?|postulants?|going|interested|intéressée?s?|participent|attendees|participants|inscrits?|inscriptions|signatures|bids|offres|enchères|notes|reblogs?|reposts?|records|items|éléments|enregistrements|rows|lignes|cards|cartes|entries|fiches|résultats|results|members|membres|pins|épingles|went|attended|(?:were|are)\s+(?:interested|going)|favou?rites?|favoris|responses?|watchers?|watching|bookmarks?|signets|(?:spots?|seats?|places?|tickets?|billets?)\s+(?:left|remaining|restante?s?|disponibles?))|(?:lu|vu|consulté|read|viewed|seen)\s+{FIGURE}\s*(?:fois|times)|(?:rated|noté|notée)\s+\d(?:[.,]\d+)?(?:\s*/\s*\d+)?\s+(?:by|par)\s+{FIGURE}\s+\p{{L}}+)$"
    ))
    .expect("valid count pattern")
});

/// A bare figure, as beside an icon ("👁 812").
static BARE_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{FIGURE}$")).expect("valid figure pattern"));

/// A date or an age as a post's line gives it: "2 avril", "12 March
/// 2024", "14/03/2024", "3 weeks ago" (after any verb: "Edited 3 weeks
/// ago"), "il y a 2 jours", after an optional "posted", "publié le",
/// "updated on".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:posted|published|updated|publié|publiée|mis\s+à\s+jour|modifié)\s+(?:le\s+|on\s+)?)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[\p{L}]*\.?(?:\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\p{L}+\s+){0,3}(?:\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?|semaines?|mois|ans))|\d{1,2}/\d{1,2})(?:,?\s+(?:à|at)\s+\d{1,2}(?:[h:]\d{2}|h)(?:\s*[ap]m)?)?$",
    )
    .expect("valid date pattern")
});

/// A score out of five, ten or a hundred, after an optional label:
/// "4,6/5", "Note : 8/10", "Rating: 92/100". Alone it is a reviewer's
/// verdict; beside a count of votes it is a rating widget.
static SCORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\p{L}+\s*:\s*)?\d+(?:[.,]\d+)?\s*/\s*(?:5|10|20|100)$")
        .expect("valid score pattern")
});

/// A reading time: "6 min", "4 min read", "5 minutes de lecture".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:reading\s+time|read\s+time|temps\s+de\s+lecture|lecture|durée\s+de\s+lecture)\s*:\s*)?\d+\s*(?:min|mins|minutes?|mn)\.?(?:\s+(?:read|de\s+lecture))?$")
        .expect("valid reading-time pattern")
});

/// A byline of a post: a verb or noun of posting, then "by"/"par" and a
/// name of one to three words ("Started by someone", "Sujet lancé par
/// Mimosa", "Posted by OilyRag77").
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\p{L}’']+\s+){0,2}(?:by|par)\s+\S+(?:\s+\S+){0,2}$")
        .expect("valid byline pattern")
});

/// The section a post was filed in, as its line names it: "Posted in
/// News", "Filed under Tips", "Publié dans Actualités", "Catégorie :
/// Couture". A label of the page, never a clause of text.
static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:posted|filed|published|listed|archived|publiée?|classée?|rangée?)\s+(?:in|under|dans|sous)|categor(?:y|ies)|catégories?|rubrique|section)\s*:?\s*\S+(?:\s+\S+){0,3}$")
        .expect("valid section pattern")
});

/// A button of a job board's or an event's counters line: "Easy Apply",
/// "Quick apply", "Postuler en 1 clic", "Candidature simplifiée",
/// "Interested", "Je participe". Beside counts it is the page's widget.
static BUTTON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:easy|quick|fast|simple|one[\s-]click|1[\s-]click)\s+apply|apply(?:\s+(?:now|today|here|in\s+(?:one|1)\s+click))?|save(?:\s+(?:job|offer|listing))?|report(?:\s+(?:this\s+)?(?:job|listing|post|ad|offer|event))?|share|interested|going|attend|rsvp|postuler(?:\s+(?:maintenant|ici|en\s+(?:un|1)\s+clic))?|candidature\s+(?:simplifiée|express|rapide|en\s+(?:un|1)\s+clic)|(?:je\s+)?(?:participe|suis\s+intéressée?)|ça\s+m.intéresse|j.y\s+vais|je\s+viens|i.m\s+(?:interested|going|in)|count\s+me\s+in|intéressée?|enregistrer(?:\s+l.offre)?|sauvegarder|signaler(?:\s+(?:cette\s+|l.|l’|ce\s+|cet\s+|un\s+)?(?:offre|annonce|publication|article|contenu|abus|événement|évènement))?|partager|(?:share|partager)\s+(?:(?:this\s+)?(?:event|post|page)|l.(?:événement|évènement|article)|la\s+publication|cette\s+page)|invite(?:\s+(?:friends|people))?|inviter(?:\s+des\s+amis)?|re-?blog(?:uer)?|like|j.aime|reply|répondre|comment|commenter|follow|suivre|filter|filtrer|sort(?:\s+by\s+\p{L}+)?|trier(?:\s+par\s+\p{L}+)?|group(?:\s+by\s+\p{L}+)?|grouper(?:\s+par\s+\p{L}+)?|search|rechercher|export(?:\s+(?:csv|data))?|exporter|print|imprimer|hide\s+(?:fields|columns)|masquer\s+les\s+(?:champs|colonnes)|(?:grid|gallery|kanban|calendar|list|timeline|form)\s+view|vue\s+(?:grille|galerie|kanban|calendrier|liste|chronologique|formulaire)|kanban|(?:table|tableau|sheet|feuille)\s+\d{1,2})$")
        .expect("valid button pattern")
});

/// A counters line is a few items.
const MAX_ITEMS: usize = 6;
/// Each a few words: a posting phrase before its age takes eight
/// ("Mise en ligne il y a 4 jours").
const MAX_ITEM_WORDS: usize = 8;

/// A listing's poster or employer is named in a few words.
const MAX_NAME_WORDS: usize = 5;

/// What one item of the line is.
#[derive(PartialEq)]
enum Item {
    Count,
    Meta,
    Other,
}

fn item_kind(item: &str) -> Item {
    let item = item.trim();
    // An icon standing for what is counted: "👁 812", "💬 2", "12 ❤".
    let plain: String = item
        .chars()
        .filter(|&c| !is_icon(c) && c != '\u{fe0f}')
        .collect();
    let plain = plain.trim();
    let iconic = plain.len() < item.len();
    if COUNT.is_match(plain) || (iconic && BARE_FIGURE.is_match(plain)) {
        return Item::Count;
    }
    if plain.split_whitespace().count() > MAX_ITEM_WORDS {
        return Item::Other;
    }
    if DATE.is_match(plain)
        || READING_TIME.is_match(plain)
        || BYLINE.is_match(plain)
        || SCORE.is_match(plain)
        || SECTION.is_match(plain)
        || BUTTON.is_match(plain)
    {
        return Item::Meta;
    }
    Item::Other
}

/// Whether the line is a page's counters: one to six items, each a count,
/// a date, a reading time or a byline, one of them at least a count.
pub fn is_counter_line(prose: &str) -> bool {
    // Markup stripped from the prose leaves wide spaces inside an item
    // ("**Posted in** News"): split again on the marks alone.
    reaction_pairs(prose)
        || counters_between(prose, &ITEM_SEPARATOR)
        || (prose.contains("  ") && counters_between(prose, &MARKED_SEPARATOR))
}

fn counters_between(prose: &str, separator: &Regex) -> bool {
    let text = prose
        .trim()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if text.is_empty() || text.ends_with(['.', ',', ';', ':', '!', '?']) {
        return false;
    }
    // Every count has a figure (`\d` is a decimal digit, which
    // `is_numeric` includes): a line without one is no counters line, and
    // the patterns below (costly to compile) are never needed for it.
    if !text.chars().any(char::is_numeric) {
        return false;
    }
    // A count in brackets is an item of its own: "4,6/5 (231 votes)".
    let items: Vec<&str> = separator
        .split(text)
        .flat_map(|item| item.split(['(', ')']))
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() > MAX_ITEMS {
        return false;
    }
    let kinds: Vec<Item> = items.iter().map(|i| item_kind(i)).collect();
    // A job board or a listing opens the line with who posted it
    // ("Harbour Lines Ltd · Posted 2 days ago · 31 applicants"): a short
    // name without figures, before at least two items of the counters.
    let named = kinds.len() >= 3
        && kinds[0] == Item::Other
        && is_source_name(items[0])
        && !kinds[1..].contains(&Item::Other);
    kinds.contains(&Item::Count) && (named || !kinds.contains(&Item::Other))
}

/// A row of reactions set apart by single spaces, as a chat or a social
/// page prints them: two to six pairs of an icon and its count ("👍 4 ❤️
/// 2", "😂 7 🔥 2"), or of a count and its icon ("12 ❤ 3 💬"). Without
/// separators the line holds nothing else: a figure beside a word is text.
fn reaction_pairs(prose: &str) -> bool {
    let mut tokens = prose.split_whitespace();
    let (mut pairs, mut icon_first, mut figure_first) = (0, true, true);
    while let Some(first) = tokens.next() {
        let Some(second) = tokens.next() else {
            return false;
        };
        icon_first &= is_icon_token(first) && is_figure_token(second);
        figure_first &= is_figure_token(first) && is_icon_token(second);
        pairs += 1;
        if !(icon_first || figure_first) || pairs > MAX_ITEMS {
            return false;
        }
    }
    pairs >= 2
}

/// A token made of icons only ("👍", "❤️", "👨‍👩‍👧").
fn is_icon_token(token: &str) -> bool {
    token.chars().any(is_icon)
        && token
            .chars()
            .all(|c| is_icon(c) || matches!(c, '\u{fe0f}' | '\u{200d}'))
}

/// A count as a reaction row prints it: "4", "1,204", "1.2k".
fn is_figure_token(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'K'))
}

/// A name of a few words and no figure, as a listing's poster or employer
/// heads its line; a clause of text ends on a stop or holds more words.
fn is_source_name(item: &str) -> bool {
    let words = item.split_whitespace().count();
    (1..=MAX_NAME_WORDS).contains(&words)
        && !item
            .chars()
            .any(|c| c.is_numeric() || matches!(c, '.' | '!' | '?' | ':' | ','))
        && item.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_whatever_the_site() {
        for line in [
            "2.7k views",
            "Vu 812 fois",
            "Started by a_member | 6 replies | 1,120 views",
            "Posted 2 days ago · 9K views · 88 likes",
            "💬 4   🔁 11   ❤️ 52",
            "Mis à jour le 3 mai · 👁 1 204",
            "**340 lectures · 7 réponses**",
            "12 March 2024 | 4 min read | 3 comments",
            "Asked 3 days ago · Viewed 2k times",
            "Vu 120 fois · 4 coups de cœur",
            "Note : 4,2/5 (88 votes)",
            "Posted 3 days ago · 58 applicants",
            "Publiée il y a 2 jours · 17 candidatures",
            "Par Claire Dumas | Publié le 12/09 à 07h45 | 12 commentaires",
            "Mise en ligne il y a 4 jours · 31 candidats",
            "Listed 5 hours ago · 140 views",
            "Posted in Announcements · 3 min read · 1.2k views",
            "Publiée le 3 octobre – 2 candidatures – Postuler en 1 clic",
            "Harbour Lines Ltd · Posted 2 weeks ago · 31 applicants · Quick Apply",
            "42 intéressés · 17 participent · Je participe",
            "Lecture : 6\u{a0}min · 2,3\u{a0}k vues",
            "  Catégorie   : Couture · Lecture : 6 min · 2,3 k vues",
            "12 personnes intéressées · 5 y vont · Ça m'intéresse",
            "Gallery view · 48 records · Sort by Name · Filter",
            "Vue liste – 212 fiches – Grouper – Rechercher",
            "9 notes · Reblog · Like",
            "Partager la publication · 31 personnes intéressées",
            "Invite friends · Share this event · 57 going",
            "👍 4 ❤️ 2",
            "😂 7 🔥 2 😮 1",
            "212 went · 47 were interested",
            "Posted 5 days ago · Over 100 applicants · Report this job",
            "Publié le 3 mars · 218 vues · Signaler cette offre",
            "1.4K favourites · 212 reviews",
            "43 attendees | 6 spots left",
            "Rated 4.97 by 210 guests",
        ] {
            assert!(is_counter_line(line), "{line}");
        }
    }

    #[test]
    fn sentences_and_figures_of_text_are_no_counters() {
        for line in [
            "The video had 2.7k views by Monday.",
            "4. Votes",
            "3. Results",
            "Serves 4",
            "12 March 2024",
            "Written by the harbour master",
            "Ten thousand views and no reply from the council",
            "Il y a 3 jours de marche jusqu'au refuge",
            "Prix : 12 €",
            "Rating: 9/10",
            "Note : 7/10 (pour la version de base)",
            "4 tomatoes · 2 onions · 1 clove of garlic",
            "By Tom Hale | 4 May 2024",
            "By Tom Hale · 4 May 2024 · 6 min read",
            "25 min",
            "Prep: 10 min · Cook: 25 min",
            "The Crown · 3 courses · 45 €",
            "Atelier du port · 12 élèves · le samedi",
            "Trois notes · deux accords · une mélodie",
            "Table 4 · 12 couverts · menu du jour",
            "Sort the seeds · 40 packets · by Friday",
            "Room 4 ❤️ 2",
            "🍎 3 🍐 2 pommes",
        ] {
            assert!(!is_counter_line(line), "{line}");
        }
    }
}
