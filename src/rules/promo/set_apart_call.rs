//! A call to the reader set apart inside a line of the page's copy: the
//! button after an arrow, an icon, a bar or a dash ("… 179 € chez notre
//! partenaire — Voir l'offre", "Galerie : 148 images ▸ Voir le
//! diaporama", "FAQ | Gallery | Enquire now"), the counter beside its
//! icon ("· 💬 86 comments"), the call after a short question ("Un
//! avis ? Soyez…"), a command naming a store or a network ("Wishlist it
//! on Steam", "Suivez-nous sur Instagram"), a command about a gesture on
//! the screen ("cliquez pour agrandir", "Tap the picture…"), a widget's
//! empty-state prompt ("Be the first to…"), a rights-reserved footer,
//! and the page's furniture said in words: a previous/next row, a
//! feedback question about the page's usefulness, a call to share the
//! page with one's friends, a CMS's tag line, a link to the full
//! document.
//!
//! Why an editor sees them: each names or marks the medium rather than
//! the subject. The tests are over closed classes and marks, not
//! wordings: separators and icons (markup), the grammar of a command
//! ([`super::site_address::command`]), the names of app stores and
//! networks (a closed class of proper names), the nouns of screen
//! gestures, the legal formula of a copyright, the words of navigation,
//! usefulness, sharing, taxonomy and wholeness.

use super::carrier_line::holds_clock_time;
use super::line_shape::is_icon;
use super::line_tail::tokens;
use super::site_address::{Command, command};
use super::ui_words;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A line holding a call is a line of a page, not a paragraph.
const MAX_LINE_WORDS: usize = 40;
/// A button's label after its mark.
const MAX_BUTTON_WORDS: usize = 8;
/// The question before a call is a short prompt ("Un commentaire ?").
const MAX_PROMPT_WORDS: usize = 6;
/// A label of a navigation row, the call ending it included.
const MAX_ROW_LABEL_WORDS: usize = 4;
/// After a dash, a button is a few words.
const MAX_DASH_BUTTON_WORDS: usize = 6;

/// Whether `prose`, one line, holds a call set apart, by one of the
/// angles the module describes.
pub fn has_set_apart_call(prose: &str) -> bool {
    let text = prose.trim();
    // Most lines of a draft hold neither a mark nor a cue word: one pass
    // over the line's characters and one automaton pass leave them, with
    // no allocation.
    let marked = text.chars().any(|c| mark_of(c).is_some());
    let cued = CUES.is_match(text);
    if !(marked || cued) {
        return false;
    }
    let count = tokens(text).len();
    if count == 0 || count > MAX_LINE_WORDS {
        return false;
    }
    (marked && (marked_segment(text) || arrow_destination(text)))
        || (cued && (first_frame(text) || rights_reserved(text) || platform_or_gesture_call(text)))
        || (cued && count <= MAX_FURNITURE_WORDS && page_furniture_line(text))
}

/// A line of the page's furniture is a short line.
const MAX_FURNITURE_WORDS: usize = 20;

/// Words of a navigation between the site's pages (a closed class).
const NAVIGATION_WORDS: &[&str] = &[
    "previous",
    "prev",
    "next",
    "older",
    "newer",
    "précédent",
    "précédente",
    "suivant",
    "suivante",
    "récents",
    "anciens",
];

/// Adjectives of usefulness a feedback widget asks about.
const USEFULNESS: &[&str] = &["helpful", "useful", "utile", "utiles"];

/// Words pointing at the page a feedback widget sits on, or at its reader.
const PAGE_OR_READER: &[&str] = &[
    "this", "you", "cette", "cet", "ce", "ces", "cela", "vous", "ceci",
];

/// Verbs of sharing a page with other people.
const SHARE_VERBS: &[&str] = &["share", "partagez", "partager", "partage"];

/// The people a page is shared with.
const SHARE_RECIPIENTS: &[&str] = &[
    "friends",
    "family",
    "followers",
    "network",
    "amis",
    "amies",
    "proches",
    "entourage",
    "abonnés",
    "réseaux",
];

/// A CMS's labels of a taxonomy line.
const TAXONOMY_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "keywords",
    "labels",
    "mots-clés",
    "étiquettes",
    "libellés",
];

/// Adjectives of a whole document behind a link ("the full study").
const WHOLENESS: &[&str] = &[
    "full",
    "complete",
    "entire",
    "complet",
    "complète",
    "intégral",
    "intégrale",
    "intégralité",
];

/// Verbs of reading or viewing a document behind a link.
const READING_VERBS: &[&str] = &[
    "read",
    "view",
    "see",
    "download",
    "watch",
    "lire",
    "voir",
    "consulter",
    "consultez",
    "télécharger",
    "téléchargez",
    "lisez",
    "découvrez",
];

/// The page's furniture said in words, each angle over a closed class: a
/// previous/next row, a feedback question about the page's usefulness, a
/// call to share the page with one's friends, a CMS's tag line, a link to
/// the full document. (A shop's delivery terms on its own page are its
/// copy: a delivery offer is caught by its code or checkout, in
/// [`super::site_address`].)
fn page_furniture_line(text: &str) -> bool {
    let keys: Vec<String> = tokens(text).into_iter().map(ui_words::key).collect();
    let has = |class: &[&str]| keys.iter().any(|k| class.contains(&k.as_str()));
    navigation_row(text)
        || usefulness_question(text)
        || (has(SHARE_RECIPIENTS) && share_call(text, &keys))
        || taxonomy_line(text, &keys)
        || whole_document_link(text, &keys)
}

/// "← Older posts | All posts | Newer posts →": labels of a few words set
/// apart by bars or arrows, the first or the last naming a way back or on.
fn navigation_row(text: &str) -> bool {
    // Two spaces or more set items apart in a pasted plain text, as a bar
    // does ("Newer Post  Older Post  Home").
    let spaced = text.contains("  ");
    let items: Vec<&str> = text
        .split(['|', '←', '→', '‹', '›', '«', '»', '·'])
        .flat_map(|piece| piece.split("  "))
        .filter(|item| !tokens(item).is_empty())
        .collect();
    let arrows = text.contains(['←', '→', '‹', '›', '«', '»']);
    let nav = |item: &str| {
        tokens(item)
            .into_iter()
            .any(|w| NAVIGATION_WORDS.contains(&ui_words::key(w).as_str()))
    };
    // Without arrows, bars alone set apart labels only when each opens
    // with a capital, as a menu's do: "the previous owner | the next
    // owner" is a sentence's list.
    let capitalised = items.iter().all(|item| {
        item.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    items.len() >= 2
        && (arrows || ((spaced || text.contains(['|', '·'])) && capitalised))
        && items
            .iter()
            .all(|item| tokens(item).len() <= MAX_ROW_LABEL_WORDS && !item.contains(['.', ',']))
        && (nav(items[0]) || nav(items[items.len() - 1]))
}

/// "Did this page help you?", "Cet article vous a-t-il été utile ?": the
/// line opens with a short question about usefulness, pointing at the page
/// or its reader.
fn usefulness_question(text: &str) -> bool {
    let Some(end) = text.find('?') else {
        return false;
    };
    let keys: Vec<String> = tokens(&text[..end])
        .into_iter()
        .map(ui_words::key)
        .collect();
    (2..=MAX_BUTTON_WORDS).contains(&keys.len())
        && keys.iter().any(|k| USEFULNESS.contains(&k.as_str()))
        && keys
            .iter()
            .any(|k| PAGE_OR_READER.contains(&k.rsplit('-').next().unwrap_or(k)))
}

/// "Share the quiz with your friends! #…": a command to share, to one's
/// people, marked as a post's (an icon, a hashtag).
fn share_call(text: &str, keys: &[String]) -> bool {
    let marked = text.contains('#') || text.chars().any(is_icon);
    marked
        && clause_starts(text).any(|start| {
            command(&text[start..]).is_some()
                && tokens(&text[start..])
                    .first()
                    .is_some_and(|w| SHARE_VERBS.contains(&ui_words::key(w).as_str()))
        })
        && !keys.is_empty()
}

/// "Tags: ferries, islands, budget travel": a CMS label, a colon, then a
/// list of short items, no sentence.
fn taxonomy_line(text: &str, keys: &[String]) -> bool {
    let Some((label, list)) = text.split_once(':') else {
        return false;
    };
    let label_keys: Vec<String> = tokens(label).into_iter().map(ui_words::key).collect();
    let items: Vec<&str> = list.split(',').collect();
    label_keys.len() == 1
        && TAXONOMY_LABELS.contains(&label_keys[0].as_str())
        && items.len() >= 2
        && items
            .iter()
            .all(|item| (1..=MAX_ROW_LABEL_WORDS).contains(&tokens(item).len()))
        && !list.trim_end().ends_with('.')
        && keys.len() > 2
}

/// "Download the complete report", "Lire l'étude intégrale": a whole line
/// of a few words, a command of reading over the whole document.
fn whole_document_link(text: &str, keys: &[String]) -> bool {
    let unelided = |k: &str| k.rsplit('\'').next().unwrap_or(k).to_string();
    (2..=MAX_DASH_BUTTON_WORDS).contains(&keys.len())
        && !text.trim_end().ends_with(['.', ',', ';', ':'])
        && READING_VERBS.contains(&keys[0].as_str())
        && command(text).is_some()
        && keys
            .iter()
            .any(|k| WHOLENESS.contains(&unelided(k).as_str()))
}

/// What the angles other than the marks need on a line: "first"/"premi…"
/// of an empty state, the legal formula's "reserv…"/"interdite", a
/// platform's name, a gesture's stem (ASCII case folded).
static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut needles: Vec<&str> = vec![
        "first",
        "premi",
        "reserved",
        "réservés",
        "interdite",
        "click",
        "tap",
        "hover",
        "cliqu",
        "clic",
        "touchez",
        "survolez",
        "app store",
        "google play",
        "play store",
        "apple ",
        "epic games",
        "précédent",
        "previous",
        "prev",
        "next",
        "older",
        "newer",
        "suivant",
        "récents",
        "anciens",
        "helpful",
        "useful",
        "utile",
        "share",
        "partag",
        "tags",
        "tagged",
        "keywords",
        "mots-cl",
        "étiquettes",
        "labels",
        "libellés",
        "full",
        "complet",
        "complète",
        "intégral",
        "entire",
    ];
    needles.extend(PLATFORMS);
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(needles)
        .expect("valid cue words")
});

/// How a segment of a line is set apart from the one before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The line's start.
    None,
    /// An icon or an arrow: a button's mark.
    Icon,
    /// A bar or a chevron between items.
    Bar,
    /// A dash.
    Dash,
    /// A question mark: a prompt before its call.
    Question,
}

fn mark_of(c: char) -> Option<Mark> {
    match c {
        '|' | '·' | '•' | '›' | '»' => Some(Mark::Bar),
        '—' | '–' => Some(Mark::Dash),
        '?' => Some(Mark::Question),
        c if is_icon(c) || matches!(c, '▸' | '▶' | '►' | '⟶' | '➕') => Some(Mark::Icon),
        _ => None,
    }
}

/// The segments of a line between its marks, each with the mark before it
/// and whether an icon or an arrow follows it.
fn segments(text: &str) -> Vec<(Mark, &str, bool)> {
    let mut out: Vec<(Mark, &str, bool)> = Vec::new();
    let mut start = 0;
    let mut before = Mark::None;
    for (i, c) in text.char_indices() {
        let Some(mark) = mark_of(c) else { continue };
        // A dash or a bar sets apart only between spaces ("24/7", "e-mail",
        // "Saint-Julien").
        let spaced =
            text[..i].ends_with(char::is_whitespace) || matches!(mark, Mark::Icon | Mark::Question);
        if !spaced {
            continue;
        }
        let piece = &text[start..i];
        if !tokens(piece).is_empty() {
            out.push((before, piece, mark == Mark::Icon));
            before = mark;
        } else if before != Mark::Icon {
            before = mark;
        }
        start = i + c.len_utf8();
    }
    let piece = &text[start..];
    if !tokens(piece).is_empty() {
        out.push((before, piece, false));
    }
    out
}

/// Arrows that point the reader to a link.
const LINK_ARROWS: &[char] = &['→', '➜', '➔', '⟶', '⇒', '➡', '⇨', '▸', '►', '▶'];

/// Nouns naming where a link of the page leads (a closed class): the
/// ticket office, the sign-up form, the practical details, the shop.
const DESTINATIONS: &[&str] = &[
    "billetterie",
    "billets",
    "billet",
    "tickets",
    "ticket",
    "inscription",
    "inscriptions",
    "registration",
    "programme",
    "program",
    "agenda",
    "infos",
    "info",
    "informations",
    "details",
    "détails",
    "bon",
    "order",
    "formulaire",
    "form",
    "boutique",
    "shop",
    "store",
    "contact",
    "contacts",
    "faq",
    "tarifs",
    "prices",
    "pricing",
    "réservation",
    "réservations",
    "booking",
    "bookings",
    "accès",
    "directions",
    "replay",
    "dossier",
    "adhésion",
    "membership",
    "donations",
    "don",
    "dons",
    "newsletter",
    "infolettre",
    "catalogue",
    "brochure",
    "plaquette",
    "itinéraire",
    "podcast",
    "galerie",
    "gallery",
];

/// A link under its arrow, alone on its line or closing it: "→
/// Billetterie", "… concert du 14 août → Billetterie", "→ Infos
/// pratiques", "→ Adhérer à l'association", "Kit order closes in May →
/// Order form". The label is a few words in sentence case with no stop
/// and no figure, naming where the link leads (a noun of the closed class
/// above) or, on a line the arrow opens, a French infinitive or an English
/// command. One arrow only: "Rennes → Vannes → Lorient" is a route, and a
/// single place ("→ Rodez") names no destination of a page.
fn arrow_destination(text: &str) -> bool {
    let mut arrows = text.char_indices().filter(|(_, c)| LINK_ARROWS.contains(c));
    let Some((at, arrow)) = arrows.next() else {
        return false;
    };
    if arrows.next().is_some() {
        return false;
    }
    let before = text[..at].trim();
    let label = text[at + arrow.len_utf8()..]
        .trim()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']'));
    let words = tokens(label);
    if words.is_empty()
        || words.len() > 4
        || !label.starts_with(char::is_uppercase)
        || label.ends_with(['.', ',', ';', ':', '!', '?', ')'])
        || label.chars().any(|c| c.is_ascii_digit())
        || holds_clock_time(text)
    {
        return false;
    }
    // Sentence case: "Newton Abbot", "Pontoon C" are names.
    let title_case = words
        .iter()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase));
    if title_case {
        return false;
    }
    let first = ui_words::key(words[0]);
    if DESTINATIONS.contains(&first.as_str()) {
        return true;
    }
    // On a line the arrow opens, a button's verb before its object: "→
    // Adhérer à la grainothèque", "→ Join the club". A verb of minutes'
    // actions ("→ Relancer la mairie") is no button's.
    before.chars().all(|c| !c.is_alphanumeric())
        && words.len() >= 2
        && (command(label) == Some(Command::ButtonVerb) || LINK_VERBS.contains(&first.as_str()))
}

/// Verbs of a link to join, support or discover, besides the buttons'
/// verbs of `rules/ui/`.
const LINK_VERBS: &[&str] = &[
    "adhérer",
    "adhérez",
    "rejoindre",
    "rejoignez",
    "découvrir",
    "découvrez",
    "soutenir",
    "soutenez",
    "participer",
    "participez",
    "discover",
    "explore",
    "support",
    "donate",
];

/// A segment set apart by a widget's mark that is a button (a command of a
/// few words, capitalised, no full stop) or a counter beside its icon.
fn marked_segment(text: &str) -> bool {
    let parts = segments(text);
    if parts.len() < 2 {
        return false;
    }
    let question_words = |k: usize| tokens(parts[k].1).len();
    // A navigation row: two labels or more before the call, each a few
    // words, all set apart by bars.
    let row_before = |k: usize| {
        k >= 2
            && parts[1..=k].iter().all(|p| p.0 == Mark::Bar)
            && parts[..k].iter().all(|p| {
                // A row of labels: figures make it a listing's facts
                // ("Until 6 October · Gallery 4 · Free with…").
                tokens(p.1).len() <= MAX_ROW_LABEL_WORDS && !p.1.chars().any(|c| c.is_ascii_digit())
            })
    };
    parts
        .iter()
        .enumerate()
        .any(|(k, &(before, piece, icon_after))| {
            let clean = piece
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']'));
            let clean_words = tokens(clean);
            let words = clean_words.len();
            let capital = clean.starts_with(char::is_uppercase);
            let ends_open = !clean.ends_with(['.', ',', ';', ':']);
            // A button is said in sentence case: "Meet the Maker" titles a
            // column, "Issue 27" or "Saturday 8 March" dates one.
            let title_case = clean_words
                .iter()
                .skip(1)
                .filter(|w| w.chars().count() > 3 && w.starts_with(char::is_uppercase))
                .count()
                >= 1;
            let figures = clean.chars().any(|c| c.is_ascii_digit());
            let is_command = capital && ends_open && !title_case && command(clean).is_some();
            // A recipe's or an outing's facts line gives durations beside
            // its counts ("⏱ 15 min · 👥 12 parts"): the article's facts.
            if before == Mark::Icon && counter_after_icon(clean) && !gives_durations(text) {
                return true;
            }
            // A first person's button after its icon: "▸ Je commande".
            let first_person = capital
                && ends_open
                && (2..=MAX_DASH_BUTTON_WORDS).contains(&words)
                && clean_words
                    .first()
                    .is_some_and(|w| matches!(ui_words::key(w).as_str(), "je" | "j" | "i"));
            if before == Mark::Icon && first_person {
                return true;
            }
            match before {
                // Before an icon that opens another unit ("… ➜ Remplissez"):
                // "Mix the sugar → then add the eggs" is one sentence.
                Mark::None => {
                    let next_opens = parts.get(k + 1).is_some_and(|p| {
                        p.1.trim_start_matches(|c: char| !c.is_alphanumeric())
                            .starts_with(char::is_uppercase)
                    });
                    // A clock time before the arrow: a timetable's route
                    // ("Millau 7 h 02 → Alès"), not a button; nor is a
                    // command before a path of places under several arrows
                    // ("Follow the signs → Pontoon C → Berth 14").
                    is_command
                        && icon_after
                        && next_opens
                        && words <= MAX_BUTTON_WORDS
                        && !holds_clock_time(piece)
                        && parts.iter().filter(|p| p.0 == Mark::Icon).count() < 2
                }
                // One word after an arrow is a button's verb ("➜ Réservez"),
                // not a place ending like one ("→ Rodez"); a clock time on
                // the line makes it a timetable's route.
                Mark::Icon => {
                    is_command
                        && words <= MAX_BUTTON_WORDS
                        && (words >= 2 || command(clean) == Some(Command::ButtonVerb))
                        && !holds_clock_time(text)
                }
                Mark::Bar => {
                    is_command && !figures && words <= MAX_ROW_LABEL_WORDS && row_before(k)
                }
                // A clock time before the dash is a programme's line:
                // "12:30 — Lunch in the barn" is an activity, not a button.
                Mark::Dash => {
                    is_command
                        && !figures
                        && words <= MAX_DASH_BUTTON_WORDS
                        && !holds_clock_time(text)
                }
                Mark::Question => {
                    is_command
                        && k > 0
                        && question_words(k - 1) <= MAX_PROMPT_WORDS
                        && words <= MAX_BUTTON_WORDS + 4
                }
            }
        })
}

/// "💬 86 comments", "👏 57 participants": a figure and one or two words
/// right after an icon, none of them a month or an hour (an agenda's
/// "📅 12 mars").
fn counter_after_icon(segment: &str) -> bool {
    let words = tokens(segment);
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    first
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'K'))
        && first.starts_with(|c: char| c.is_ascii_digit())
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| {
            let key = ui_words::key(w);
            !is_time_word(&key) && w.chars().all(char::is_alphabetic)
        })
}

/// Whether a line gives a duration: a figure before a unit of time ("15
/// min", "2 h", "45 minutes").
fn gives_durations(text: &str) -> bool {
    let words = tokens(text);
    words.windows(2).any(|w| {
        w[0].starts_with(|c: char| c.is_ascii_digit())
            && matches!(
                ui_words::key(w[1]).as_str(),
                "min"
                    | "mn"
                    | "minutes"
                    | "h"
                    | "hr"
                    | "hrs"
                    | "heures"
                    | "hours"
                    | "heure"
                    | "hour"
            )
    })
}

fn is_time_word(key: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "janv",
        "févr", "avr", "mai", "juin", "juil", "août", "sept", "déc",
    ];
    const UNITS: &[&str] = &[
        "h", "min", "mn", "am", "pm", "km", "m", "kg", "g", "heures", "hours", "minutes", "jours",
        "days", "ans", "years",
    ];
    MONTHS.iter().any(|m| key.starts_with(m)) || UNITS.contains(&key)
}

/// The frame of a widget's empty state: "Be the first to…", "Soyez le
/// premier à…" opening a clause (the imperative of "be" with "first").
fn first_frame(text: &str) -> bool {
    clause_starts(text).any(|start| {
        let keys: Vec<String> = tokens(&text[start..])
            .into_iter()
            .take(4)
            .map(ui_words::key)
            .collect();
        let k = |i: usize| keys.get(i).map_or("", String::as_str);
        (k(0) == "be" && k(1) == "the" && k(2) == "first" && k(3) == "to")
            || (k(0) == "soyez"
                && matches!(k(1), "le" | "la" | "les")
                && matches!(k(2), "premier" | "première" | "premiers" | "premières")
                && k(3) == "à")
    })
}

/// Where the clauses of a line start: its start and after each end of
/// sentence, colon, dash or bar.
fn clause_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.char_indices()
            .filter(|&(_, c)| matches!(c, '.' | '!' | '?' | ':' | '—' | '–' | '|'))
            .map(|(i, c)| i + c.len_utf8()),
    )
}

/// A copyright's legal formula: "All rights reserved", "Tous droits
/// réservés", "reproduction interdite" beside a © or the word copyright.
fn rights_reserved(text: &str) -> bool {
    let keys: Vec<String> = tokens(text).into_iter().map(ui_words::key).collect();
    let formula = keys.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("rights", "reserved") | ("droits", "réservés") | ("reproduction", "interdite")
        )
    });
    formula
        && (text.contains('©')
            || keys
                .iter()
                .any(|k| k == "copyright" || k == "tous" || k == "all"))
}

/// Names of app stores, game stores, networks and podcast apps: a closed
/// class of proper names, in their one-word or two-word form.
const PLATFORMS: &[&str] = &[
    "steam",
    "instagram",
    "linkedin",
    "facebook",
    "youtube",
    "tiktok",
    "twitter",
    "mastodon",
    "bluesky",
    "pinterest",
    "spotify",
    "deezer",
    "twitch",
    "discord",
    "whatsapp",
    "telegram",
    "snapchat",
    "kickstarter",
    "ulule",
    "patreon",
    "itch.io",
    "soundcloud",
    "vimeo",
    "strava",
];
const TWO_WORD_PLATFORMS: &[(&str, &str)] = &[
    ("app", "store"),
    ("google", "play"),
    ("play", "store"),
    ("apple", "podcasts"),
    ("apple", "music"),
    ("epic", "games"),
];
/// Words before a platform's name on a call: "on Steam", "sur Instagram".
const PLATFORM_SLOTS: &[&str] = &["on", "sur", "via", "from", "dans", "l"];

/// Nouns and verbs of a gesture on a screen ("click", "tap", "cliquez",
/// "agrandir", "zoom"): a command naming one speaks about the page.
const GESTURES: &[&str] = &[
    "click", "clicking", "tap", "tapping", "hover", "cliquez", "cliquer", "cliquant", "clic",
    "touchez", "survolez",
];

/// Words of the picture a gesture acts on, or of what it does to it.
const PICTURE_WORDS: &[&str] = &[
    "picture",
    "image",
    "photo",
    "photos",
    "gallery",
    "slideshow",
    "enlarge",
    "zoom",
    "size",
    "galerie",
    "diaporama",
    "agrandir",
    "zoomer",
];

/// A clause opening with a command that sends the reader to a store or a
/// network by its name, or that names a gesture on the screen.
fn platform_or_gesture_call(text: &str) -> bool {
    clause_starts(text).any(|start| {
        let clause = text[start..]
            .split(['.', '!', '?', '|', '—', '–'])
            .next()
            .unwrap_or("");
        let keys: Vec<String> = tokens(clause).into_iter().map(ui_words::key).collect();
        if keys.is_empty() || command(clause).is_none() {
            return false;
        }
        let unelided = |k: &str| k.rsplit('\'').next().unwrap_or(k).to_string();
        let platform = (1..keys.len()).any(|i| {
            let word = unelided(&keys[i]);
            let slot = PLATFORM_SLOTS.contains(&keys[i - 1].as_str()) || keys[i].contains('\'');
            let one = PLATFORMS.contains(&word.as_str());
            let two = keys
                .get(i + 1)
                .is_some_and(|next| TWO_WORD_PLATFORMS.contains(&(word.as_str(), next.as_str())));
            slot && (one || two)
        });
        // A gesture on the page's picture: "cliquez pour agrandir", "Tap
        // the picture". A guide quoting a label («cliquez ici») names it.
        let quoted = clause.contains(['«', '"', '“']);
        let gesture = !quoted
            && keys
                .iter()
                .any(|k| GESTURES.contains(&unelided(k).as_str()))
            && keys
                .iter()
                .any(|k| PICTURE_WORDS.contains(&unelided(k).as_str()));
        platform || gesture
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_set_apart_by_their_marks() {
        for line in [
            "Price today: 45 € at our partner shop — See the deal",
            "Photos : 60 images ▸ Ouvrir la galerie",
            "Menus | Events | Private hire | Book a table",
            "Accueil › Agenda › Réserver ma place",
            "Posted by the crew · Members only · 💬 14 comments",
            "🗨 9 replies · ⭐ 4.1 average",
            "Coffret découverte à 24 € ▸ Je le veux",
            "Des questions ? Écrivez-nous en deux clics",
            "Stream the album on Spotify tonight",
            "Suivez le club sur Mastodon",
            "A view of the pier at dusk. Click to zoom",
            "Nothing here yet. Be the first to review it",
            "© Harbour Press 2024. All rights reserved",
            "« Recette précédente | Index des recettes | Recette suivante »",
            "Previous chapter · Contents · Next chapter",
            "Was this guide helpful to you? 👍 · 👎",
            "Ce tutoriel vous a-t-il été utile ?",
            "🎁 Share the giveaway with your friends! #SpringSwap",
            "Tagged: sourdough, rye, starters",
            "Mots-clés : vélo, hiver, entretien",
            "Read the entire interview",
            "Lire le rapport complet",
        ] {
            assert!(has_set_apart_call(line), "{line}");
        }
    }

    #[test]
    fn prose_and_data_are_no_calls() {
        for line in [
            "Mix the butter and sugar → then add the eggs",
            "Millau 7 h 02 → Alès",
            "Béziers 17 h 40 → Rodez",
            "⏱ 15 min de préparation · 🔥 45 min de cuisson · 👥 12 parts · ⭐ Facile",
            "Touchez l'écran pour le réveiller, puis choisissez la langue.",
            "Follow the arrows → Pontoon C → Berth 14.",
            "Sport | Community | Events",
            "Serves 6 · Prep 30 minutes · Cook 2 hours",
            "Field & Furrow — Meet the Maker",
            "Vous êtes inscrit à la lettre. Se désinscrire | Gérer mes préférences",
            "Évitez les formules comme « cliquez ici » dans vos pages",
            "Rigging order: mast | boom | jib | mainsail",
            "📅 12 mars · 📍 Salle des fêtes",
            "The author wanted to be the first to cross the pass in winter.",
            "Did the council listen? Few residents think so, and the petition keeps growing.",
            "The photographer keeps the rights to the pictures; families buy prints.",
            "She found the band on Spotify years before they toured.",
            "Agrandir une fenêtre demande une autorisation en mairie.",
            "Until 6 October · Gallery 4 · Free with museum admission",
            "Was the detour useful? Nobody on the bus thought so.",
            "Share the last slice with your friends before it goes stale.",
            "Tags: the children sewed them onto every coat, and the teacher checked.",
            "Read the full terms of the lease before you sign it.",
            "Il a fallu lire le rapport complet pour comprendre la panne.",
            "The previous owner | the next owner | the bank",
        ] {
            assert!(!has_set_apart_call(line), "{line}");
        }
    }
}
