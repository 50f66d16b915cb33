//! Lines a publishing platform adds around a post, by their form: the
//! chrome of blog engines, event and ticketing pages, shops, CMSs, site
//! builders, block editors and forums, pasted with the text.
//!
//! Each angle reads a shape over closed classes, never a wording:
//!
//! - a row of short items set apart by `·`, `|`, `•`, a spaced dash or
//!   two spaces or more (the separator of a pasted `.txt`), holding a
//!   button's verb beside a counter or a scarcity state ("Attend · 36
//!   going", "Ajouter au panier · Plus que 3 en stock", "4 Likes
//!   Reply"), a count of comments beside the post's information, or an
//!   article's view counter among three items or more ("… · Hits: 2 031");
//! - the host line of an event page, where the other hosts collapse into
//!   a count ("Hosted by … and 2 others", "Organisé par … et 3 autres");
//! - a site builder's badge: "Powered by", "Built with", "Créé avec"… and
//!   a name, alone on its line (with "made in", only a builder's name:
//!   "Made in France" is a label of origin);
//! - a block editor's placeholder text: a command to the editor's user
//!   naming a key, the slash menu or an editor's object ("Type '/' for
//!   commands", "Appuyez sur Entrée pour…", "Drag files here");
//! - a call for sponsors: "Become a partner", "Devenez mécène", "Sponsor
//!   our …", "Your logo here".

use super::line_tail::tokens;
use super::ui_words;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A platform's row is a few short items.
const MAX_ITEM_WORDS: usize = 7;
/// Words of a whole row.
const MAX_ROW_WORDS: usize = 24;
/// Words of a badge, a host line or an editor's placeholder.
const MAX_SHORT_LINE_WORDS: usize = 16;
/// Words of a sponsor call.
const MAX_CALL_WORDS: usize = 32;

/// Whether `prose`, one line, is a platform's chrome; `Some(true)` when
/// its form is a widget's (a row, a host line, a placeholder, a call),
/// `Some(false)` for a badge, which reads as a heading over text.
pub fn platform_chrome(prose: &str) -> Option<bool> {
    let text = prose.trim();
    if text.is_empty() || text.len() > 400 {
        return None;
    }
    // Most lines are none of these: a row needs a separator, the short
    // forms open with one of their words, a call holds a cue. Checked
    // before any word is made.
    let separated = text.contains(['·', '|', '•'])
        || text.contains("  ")
        || text.contains(" — ")
        || text.contains(" – ")
        || text.contains(" - ");
    let opener = text.split_whitespace().next().is_some_and(|w| {
        let key = ui_words::key(w.trim_matches(|c: char| !c.is_alphanumeric()));
        HOSTED.contains(&key.as_str())
            || BUILT.contains(&key.as_str())
            || BADGE_OPENERS.contains(&key.as_str())
            || EDITOR_VERBS.contains(&key.split('-').next().unwrap_or_default())
    });
    if !(separated || opener || SPONSOR_CUES.is_match(text)) {
        return None;
    }
    let words = tokens(text);
    if words.is_empty() || words.len() > MAX_CALL_WORDS {
        return None;
    }
    if sponsor_call_at(text) == Some(0) {
        return Some(true);
    }
    let keys: Vec<String> = words.iter().map(|w| ui_words::key(w)).collect();
    if words.len() <= MAX_ROW_WORDS && platform_row(text) {
        return Some(true);
    }
    if words.len() <= MAX_SHORT_LINE_WORDS {
        if host_line(&keys) || editor_placeholder(text, &keys) {
            return Some(true);
        }
        if builder_badge(text, &words, &keys) {
            return Some(false);
        }
    }
    None
}

/// The items of a row: pieces between `·`, `|`, `•`, a spaced dash or a
/// run of two spaces or more.
fn items(text: &str) -> Vec<&str> {
    let spacing = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}');
    let mut out = Vec::new();
    let mut start = 0;
    let mut skip_until = 0;
    for (at, c) in text.char_indices() {
        if at < skip_until {
            continue;
        }
        let cut = if matches!(c, '·' | '|' | '•') {
            Some(at + c.len_utf8())
        } else if spacing(c) {
            let rest = &text[at..];
            let run: usize = rest
                .chars()
                .take_while(|&n| spacing(n))
                .map(char::len_utf8)
                .sum();
            let after = &rest[run..];
            if run > c.len_utf8() {
                Some(at + run)
            } else if let Some(dash) = after
                .chars()
                .next()
                .filter(|d| matches!(d, '—' | '–' | '-'))
            {
                let behind = &after[dash.len_utf8()..];
                behind
                    .chars()
                    .next()
                    .filter(|&n| spacing(n))
                    .map(|n| at + run + dash.len_utf8() + n.len_utf8())
            } else {
                None
            }
        } else {
            None
        };
        if let Some(end) = cut {
            out.push(&text[start..at]);
            start = end;
            skip_until = end;
        }
    }
    out.push(&text[start..]);
    out.into_iter()
        .map(|item| item.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_')))
        .filter(|item| !tokens(item).is_empty())
        .collect()
}

/// Verbs of buttons the lists of UI words leave out, or leave to other
/// classes: an event's and a shop's, a forum's reactions.
const BUTTON_VERBS: &[&str] = &[
    "attend",
    "rsvp",
    "notify",
    "alert",
    "prévenez-moi",
    "m'alerter",
    "alertez-moi",
    "register",
    "get",
    "book",
    "reserve",
    "add",
    "buy",
    "reply",
    "like",
    "quote",
    "réserver",
    "réservez",
    "ajouter",
    "ajoutez",
    "acheter",
    "commander",
    "prendre",
    "participer",
    "répondre",
    "citer",
    "j'aime",
    "aimer",
    "je",
    "s'inscrire",
    "inscription",
];

/// Nouns of a counter's or a stock's state, beside a figure or alone.
const STATE_WORDS: &[&str] = &[
    "left",
    "remaining",
    "going",
    "attending",
    "attendees",
    "spots",
    "places",
    "seats",
    "tickets",
    "stock",
    "sold",
    "waitlist",
    "likes",
    "like",
    "comments",
    "comment",
    "replies",
    "reactions",
    "disponibles",
    "disponible",
    "inscrits",
    "inscrites",
    "participants",
    "participantes",
    "reste",
    "restent",
    "restantes",
    "restants",
    "complet",
    "épuisé",
    "épuisée",
    "rupture",
    "j'aime",
    "commentaires",
    "commentaire",
    "réponses",
    "réactions",
    "attente",
    "ends",
    "closes",
    "fin",
    "clôture",
    "loading",
    "chargement",
];

/// Words of scarcity before a figure: "Only 4", "Plus que 3", "Il reste 2".
const SCARCITY: &[&str] = &["only", "just", "que", "reste", "restent", "encore"];

/// Words of a comment count.
const COMMENT_WORDS: &[&str] = &[
    "comments",
    "comment",
    "commentaires",
    "commentaire",
    "réactions",
];

/// Labels of an article's view counter in a CMS's information row.
const HIT_LABELS: &[&str] = &[
    "hits",
    "views",
    "affichages",
    "clics",
    "vues",
    "lectures",
    "consultations",
];

/// Words opening a post's information: its publication and author.
const POST_INFO: &[&str] = &[
    "posted",
    "published",
    "written",
    "publié",
    "publiée",
    "posté",
    "postée",
    "écrit",
    "écrite",
    "details",
    "détails",
];

fn is_button(item: &str) -> bool {
    let words = tokens(item);
    if words.is_empty() || words.len() > 4 || item.trim_end().ends_with('.') {
        return false;
    }
    let first = ui_words::key(words[0]);
    (BUTTON_VERBS.contains(&first.as_str())
        || ui_words::lookup_key(&first).is_some_and(|u| u.known && u.action))
        && !words[0].starts_with(|c: char| c.is_ascii_digit())
        && words[0].starts_with(char::is_uppercase)
}

fn is_state(item: &str) -> bool {
    let words = tokens(item);
    let figure = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    // A bare count beside buttons: "Reply · Like · 2".
    if words.len() == 1 && figure(&words[0]) {
        return true;
    }
    // A scarcity counter: "Plus que 3 nuits libres", "Only 2 left".
    let scarce = words
        .windows(2)
        .any(|w| SCARCITY.contains(&ui_words::key(w[0]).as_str()) && figure(&w[1]));
    (1..=MAX_ITEM_WORDS).contains(&words.len())
        && (scarce
            || (words
                .iter()
                .any(|w| STATE_WORDS.contains(&ui_words::key(w).as_str()))
                && (words.len() <= 5 || words.iter().any(figure))))
}

/// Words naming what a deadline closes, and the verbs or nouns closing
/// it: "Sales end on 15 Oct", "Registration closes Friday", "Fin des
/// ventes le 20 juin", "Clôture des inscriptions".
const SOLD_THINGS: &[&str] = &[
    "sales",
    "sale",
    "registration",
    "registrations",
    "booking",
    "bookings",
    "ventes",
    "inscriptions",
    "réservations",
    "billetterie",
];
const CLOSING: &[&str] = &[
    "end",
    "ends",
    "ended",
    "close",
    "closes",
    "closed",
    "closing",
    "fin",
    "clôture",
    "fermeture",
];

fn is_deadline(item: &str) -> bool {
    let keys: Vec<String> = tokens(item).iter().map(|w| ui_words::key(w)).collect();
    keys.len() <= MAX_ITEM_WORDS
        && keys.windows(2).any(|w| {
            (SOLD_THINGS.contains(&w[0].as_str()) && CLOSING.contains(&w[1].as_str()))
                || (CLOSING.contains(&w[0].as_str()) && matches!(w[1].as_str(), "des" | "of"))
        })
        && keys.iter().any(|k| SOLD_THINGS.contains(&k.as_str()))
}

fn is_comment_count(item: &str) -> bool {
    let words = tokens(item);
    let count = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(ui_words::key(w).as_str(), "no" | "aucun" | "zero" | "zéro")
    };
    let noun = |w: &str| COMMENT_WORDS.contains(&ui_words::key(w).as_str());
    words.len() == 2 && ((count(words[0]) && noun(words[1])) || (noun(words[0]) && count(words[1])))
}

fn is_hit_counter(item: &str) -> bool {
    let words = tokens(item);
    (2..=4).contains(&words.len())
        && HIT_LABELS.contains(&ui_words::key(words[0]).as_str())
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()))
}

/// A row of a platform's items: see the module's documentation.
fn platform_row(text: &str) -> bool {
    if text.ends_with('.') && !text.ends_with("...") {
        return false;
    }
    let items = items(text);
    if items.len() < 2 || items.iter().any(|item| tokens(item).len() > MAX_ITEM_WORDS) {
        return false;
    }
    let buttons = items.iter().filter(|i| is_button(i)).count();
    let states = items
        .iter()
        .filter(|i| !is_button(i) && is_state(i))
        .count();
    if buttons >= 1 && states >= 1 || items.iter().any(|i| is_deadline(i)) {
        return true;
    }
    // A row of buttons: three items or more, most of them a button's
    // verb, each a capitalised label of a few words ("Email This
    // BlogThis!  Share to X  Share to Facebook").
    let labels = items.iter().all(|i| {
        tokens(i).len() <= 4 && i.starts_with(char::is_uppercase) && !i.ends_with(['.', ','])
    });
    if items.len() >= 3 && labels && buttons * 2 > items.len() {
        return true;
    }
    let first = tokens(items[0]);
    let opens_post_info = first
        .first()
        .is_some_and(|w| POST_INFO.contains(&ui_words::key(w).as_str()));
    if opens_post_info && items.iter().any(|i| is_comment_count(i)) {
        return true;
    }
    items.len() >= 3 && items.iter().any(|i| is_hit_counter(i))
}

/// Participles of an event's hosting, before "by"/"par".
const HOSTED: &[&str] = &[
    "hosted",
    "organised",
    "organized",
    "run",
    "presented",
    "organisé",
    "organisée",
    "organisés",
    "organisées",
    "proposé",
    "proposée",
    "animé",
    "animée",
];

/// The other hosts, collapsed into a count.
const OTHER_HOSTS: &[&str] = &[
    "others",
    "other",
    "co-hosts",
    "cohosts",
    "hosts",
    "co-organisers",
    "co-organizers",
    "organisers",
    "organizers",
    "autres",
    "co-organisateurs",
    "co-organisatrices",
    "organisateurs",
    "coorganisateurs",
];

/// "Hosted by Camille R. and 2 others", "Organisé par X et 3
/// co-organisateurs".
fn host_line(keys: &[String]) -> bool {
    keys.len() >= 4
        && HOSTED.contains(&keys[0].as_str())
        && matches!(keys[1].as_str(), "by" | "par")
        && keys.windows(3).any(|w| {
            !w[0].is_empty()
                && w[1].chars().all(|c| c.is_ascii_digit())
                && OTHER_HOSTS.contains(&w[2].as_str())
        })
}

/// Verbs of builders' badges, before "by", "with", "avec", "par"…
const BUILT: &[&str] = &[
    "powered",
    "built",
    "made",
    "created",
    "designed",
    "hosted",
    "propulsé",
    "propulsée",
    "créé",
    "créée",
    "conçu",
    "conçue",
    "réalisé",
    "réalisée",
    "fait",
    "généré",
    "hébergé",
    "motorisé",
    "fourni",
    "fournie",
    "provided",
];

/// Nouns of a site's making, credited with "by"/"par" and no verb:
/// "Website by Studio Nine", "Conception par …".
const MAKING: &[&str] = &[
    "site",
    "website",
    "design",
    "webdesign",
    "conception",
    "réalisation",
    "création",
];

/// Names of site builders and publishing platforms (a closed class, as
/// app stores are): "Made in Webflow".
const BUILDERS: &[&str] = &[
    "webflow",
    "wix",
    "squarespace",
    "wordpress",
    "jimdo",
    "weebly",
    "framer",
    "carrd",
    "shopify",
    "ghost",
    "notion",
    "canva",
    "tumblr",
    "blogger",
    "strikingly",
    "webnode",
    "joomla",
    "drupal",
    "substack",
    "hubspot",
    "mailchimp",
    "wix.com",
    "wordpress.com",
];

/// Words that may open a badge before its verb: "Proudly powered by",
/// "Site réalisé avec", "Ce site a été conçu avec".
const BADGE_OPENERS: &[&str] = &[
    "proudly",
    "fièrement",
    "site",
    "website",
    "blog",
    "this",
    "ce",
    "cette",
    "notre",
    "our",
    "page",
    "boutique",
    "store",
    "shop",
    "a",
    "été",
    "was",
    "is",
    "est",
];

/// "Powered by Shopify", "Site réalisé avec Jimdo", "Made in Webflow",
/// "Proudly powered by WordPress | Theme: …": a builder's verb and a
/// name, then the end of the line or a separator.
fn builder_badge(text: &str, words: &[&str], keys: &[String]) -> bool {
    let Some(verb) = keys
        .iter()
        .position(|k| !BADGE_OPENERS.contains(&k.as_str()))
    else {
        return false;
    };
    // "Website by Studio Nine": the making's noun, then "by".
    let verb = match keys.iter().position(|k| matches!(k.as_str(), "by" | "par")) {
        Some(by) if by > 0 && by <= 2 && MAKING.contains(&keys[by - 1].as_str()) => by - 1,
        _ => verb,
    };
    let credited = MAKING.contains(&keys[verb].as_str());
    if verb > 4 || !(credited || BUILT.contains(&keys[verb].as_str())) || keys.len() < verb + 3 {
        return false;
    }
    let preposition = keys[verb + 1].as_str();
    let name = words[verb + 2];
    let named = match preposition {
        "in" => BUILDERS.contains(&keys[verb + 2].as_str()),
        "by" | "with" | "on" | "using" | "avec" | "par" | "sur" => {
            name.starts_with(char::is_uppercase)
                || name.contains('.')
                || BUILDERS.contains(&keys[verb + 2].as_str())
        }
        _ => false,
    };
    if !named {
        return false;
    }
    // The name ends the line, in three words at most, or a separator
    // follows it (a theme's credit).
    let after_name = text.find(name).map(|at| &text[at..]).unwrap_or_default();
    let tail = after_name
        .split(['|', '·', '•', '—', '–'])
        .next()
        .unwrap_or_default();
    let tail_words = tokens(tail).len();
    (1..=3).contains(&tail_words) && !tail.trim_end().ends_with([',', ';', ':'])
}

/// Verbs of an editor's placeholder: typing, pressing, clicking,
/// dragging, starting to write.
const EDITOR_VERBS: &[&str] = &[
    "type",
    "tapez",
    "tape",
    "press",
    "hit",
    "appuyez",
    "appuie",
    "click",
    "cliquez",
    "clique",
    "tap",
    "touchez",
    "drag",
    "drop",
    "glissez",
    "glisser",
    "déposez",
    "start",
    "commencez",
    "saisissez",
    "write",
    "écrivez",
    "enter",
    "entrez",
    "add",
    "ajoutez",
    "paste",
    "collez",
];

/// Keys of a keyboard named by a placeholder.
const KEYS: &[&str] = &[
    "enter",
    "entrée",
    "return",
    "tab",
    "tabulation",
    "esc",
    "escape",
    "échap",
    "échappement",
    "ctrl",
    "cmd",
    "shift",
    "maj",
    "space",
    "espace",
    "backspace",
];

/// Objects of an editor a placeholder names.
const EDITOR_OBJECTS: &[&str] = &[
    "commands",
    "command",
    "commandes",
    "commande",
    "block",
    "blocks",
    "bloc",
    "blocs",
    "caption",
    "légende",
    "upload",
    "téléverser",
    "téléversement",
    "importer",
    "embed",
];

/// "Type '/' for commands", "Appuyez sur Entrée pour ajouter un
/// élément", "Drag files here or click to upload", "Saisissez un titre
/// ici": a command to the editor's user, no full stop, naming a key, the
/// slash menu, an editor's object, or a place "here" to write in.
fn editor_placeholder(text: &str, keys: &[String]) -> bool {
    if text.ends_with(['.', ';', ',', ':']) && !text.ends_with("...") || keys.len() < 2 {
        return false;
    }
    // "Glissez-déposez": the first verb of a pair.
    let first = keys[0].split('-').next().unwrap_or_default();
    if !EDITOR_VERBS.contains(&first) || !text.starts_with(char::is_uppercase) {
        return false;
    }
    // The slash menu: a slash standing alone, bare or quoted.
    let slash = text.split_whitespace().any(|w| {
        w.trim_matches(|c: char| matches!(c, '\'' | '"' | '«' | '»' | '‘' | '’' | '“' | '”')) == "/"
    }) || text.contains("«\u{a0}/\u{a0}»");
    let key = keys.iter().skip(1).any(|k| KEYS.contains(&k.as_str()))
        && text.split_whitespace().skip(1).any(|w| {
            w.starts_with(char::is_uppercase)
                && KEYS.contains(
                    &ui_words::key(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str(),
                )
        });
    let object = keys.iter().any(|k| EDITOR_OBJECTS.contains(&k.as_str()));
    let here = keys.iter().any(|k| matches!(k.as_str(), "here" | "ici"))
        && matches!(
            first,
            "type"
                | "tapez"
                | "write"
                | "écrivez"
                | "saisissez"
                | "drag"
                | "glissez"
                | "déposez"
                | "drop"
                | "paste"
                | "collez"
                | "enter"
                | "entrez"
        );
    slash || key || object || here
}

/// Nouns of a sponsor after "become"/"devenez".
const SPONSOR_NOUNS: &[&str] = &[
    "partner",
    "partners",
    "sponsor",
    "sponsors",
    "patron",
    "supporter",
    "partenaire",
    "partenaires",
    "mécène",
    "mécènes",
];

/// What a call for sponsors holds (ASCII case folded).
static SPONSOR_CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "become",
            "devenez",
            "devenir",
            "sponsor",
            "partner",
            "logo",
            "banner",
            "bannière",
            "brand",
            "advertise",
            "annoncez",
            "here?",
            "ici ?",
            "ici\u{a0}?",
        ])
        .expect("valid cue words")
});

/// Where a call for sponsors starts in `text`, at the head of a clause,
/// running to the end of the line: "Become a partner of…", "Devenez
/// mécène", "Sponsor our circle", "Partner with us", or a clause holding
/// "your logo … here" / "votre logo ici" (and the call after it).
pub fn sponsor_call_at(text: &str) -> Option<usize> {
    if !SPONSOR_CUES.is_match(text) {
        return None;
    }
    let mut starts = vec![0];
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if matches!(c, '.' | '?' | '!' | ':' | '—')
            && let Some(&(next, n)) = chars.peek()
            && n.is_whitespace()
        {
            // The clause starts at its first word, after the spaces.
            let spaces = text[next..].len() - text[next..].trim_start().len();
            starts.push(next + spaces);
        }
    }
    starts.into_iter().find(|&at| {
        let rest = &text[at..];
        let clause_end = rest
            .find(['.', '?', '!', ':', '—'])
            .unwrap_or(rest.len());
        let words = tokens(&rest[..clause_end]);
        let Some(first) = words.first() else {
            return false;
        };
        if tokens(rest).len() > MAX_CALL_WORDS || !first.starts_with(char::is_uppercase) {
            return false;
        }
        let keys: Vec<String> = words.iter().map(|w| ui_words::key(w)).collect();
        let head = keys[0].as_str();
        let noun_soon = keys[1..]
            .iter()
            .take(3)
            .any(|k| SPONSOR_NOUNS.contains(&k.as_str()));
        (matches!(head, "become" | "devenez" | "devenir") && noun_soon)
            || (matches!(head, "advertise" | "annoncez")
                && keys
                    .get(1)
                    .is_some_and(|k| matches!(k.as_str(), "with" | "on" | "here" | "chez" | "sur" | "ici")))
            // A slot offered to an advertiser: "Your shop here?", "Votre
            // marque ici ?".
            || (keys.len() <= 6
                && matches!(head, "your" | "votre" | "want" | "envie")
                && keys.last().is_some_and(|k| matches!(k.as_str(), "here" | "ici"))
                && rest[clause_end..].starts_with('?'))
            || (matches!(head, "sponsor" | "sponsorisez" | "partner")
                && keys.get(1).is_some_and(|k| {
                    matches!(
                        k.as_str(),
                        "us" | "our" | "with" | "this" | "notre" | "nous" | "cette" | "ce"
                    )
                }))
            || (keys.iter().any(|k| matches!(k.as_str(), "your" | "votre"))
                && keys
                    .iter()
                    .any(|k| matches!(k.as_str(), "logo" | "banner" | "bannière" | "brand"))
                && keys.iter().any(|k| matches!(k.as_str(), "here" | "ici")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_a_platform() {
        for line in [
            "Attend · 12 going · 3 spots left",
            "Add to basket  ·  Only 4 left in stock",
            "Ajouter au panier · Plus que 3 en stock",
            "Book your spot · Sold out",
            "Get tickets · Sales end on 3 May",
            "5 Likes   Reply",
            "3 J'aime    Citer    Répondre",
            "Reply · Like · 2",
            "Like this:  Like  Loading...",
            "Email This  BlogIt!  Share to X  Share to Facebook",
            "Réserver | Plus que 3 nuits libres en juillet",
            "Posted by Ann at 21:04  No comments:",
            "Details · Written by A. Smith · Category: News · Hits: 2 031",
        ] {
            assert_eq!(platform_chrome(line), Some(true), "{line}");
        }
    }

    #[test]
    fn other_forms_of_chrome() {
        assert_eq!(
            platform_chrome("Hosted by Camille R. and 2 others · Organizer"),
            Some(true)
        );
        assert_eq!(platform_chrome("Organisé par X et 3 autres"), Some(true));
        assert_eq!(platform_chrome("Made in Webflow"), Some(false));
        assert_eq!(platform_chrome("Site réalisé avec Jimdo"), Some(false));
        assert_eq!(
            platform_chrome("Proudly powered by WordPress | Theme: Twenty Twelve"),
            Some(false)
        );
        assert_eq!(platform_chrome("Type '/' for commands"), Some(true));
        assert_eq!(
            platform_chrome("Tapez «\u{a0}/\u{a0}» pour afficher les commandes"),
            Some(true)
        );
        assert_eq!(platform_chrome("Press Enter to continue"), Some(true));
        assert_eq!(
            platform_chrome("Glissez-déposez vos fichiers ici"),
            Some(true)
        );
        assert_eq!(
            platform_chrome("Want your logo here? Become a partner of the fair!"),
            Some(true)
        );
        let line = "The day is supported by the town. Want your logo here? Become a partner!";
        assert_eq!(sponsor_call_at(line), Some(34));
    }

    #[test]
    fn text_that_looks_like_chrome() {
        for line in [
            "12:30 — Lunch in the barn",
            "Made in France",
            "The event is powered by a solar generator lent by the farm next door.",
            "Only forty places are left for the grafting talk, so come early.",
            "Organised by the parents and two teachers, the sale raised £600.",
            "When you finish a list item, press Enter and a new bullet appears below it.",
            "Book 2 · Chapter 4",
            "He became a partner of the firm in 1990.",
            "Press the dough into the tin and bake for 20 minutes",
        ] {
            assert_eq!(platform_chrome(line), None, "{line}");
        }
    }
}
