//! The chrome of job boards, wikis, social networks, blog platforms and
//! app stores, pasted with the text, recognised by structure over closed
//! classes of words, never by a wording:
//!
//! - a one-click apply button: a verb or noun of applying beside a word
//!   of speed or ease, or the profile it applies with, and nothing else
//!   ("Easy Apply", "Postuler en 1 clic", "Candidature express", "Apply
//!   with your LinkedIn profile");
//! - a wiki page's edit metadata: a participle of creating or editing,
//!   "by"/"par" and a name, then a date or a relative time ("Created by
//!   A, last modified by B on Feb 4, 2025", "Dernière modification par
//!   A il y a 2 jours");
//! - an empty taxonomy or reaction list: a negation and a chrome noun
//!   alone on the line ("No labels", "Aucune étiquette", "No comments
//!   yet");
//! - a reaction bar: a reaction verb set apart before its empty state or
//!   its count ("Like · Be the first to like this", "J'aime · 3
//!   personnes aiment ça");
//! - a social counter: a participle of reacting or following, "by"/"par"
//!   a name, and the others collapsed into a count ("Liked by x and 1,204
//!   others", "Aimé par x et 87 autres personnes");
//! - a reading time set apart in a row ("Mar 9 · 9 min read");
//! - a breadcrumb trail with `>` between short capitalised items, near the
//!   top of the draft or after a site's name set apart by a bar;
//! - a link's label in brackets ending or opening with an arrow: a button
//!   whose link is gone ("[See all 14 roles →]", "[→ Nos offres]");
//! - a referral pitch: a clause opening with a command to refer or invite
//!   a friend, with a reward ("Parrainez un ami et gagnez…", "Invite a
//!   friend and you both get 20% off");
//! - an app-download pitch: a command to download or install, naming an
//!   app or an app store, in a sentence naming an app store or a mobile
//!   platform ("téléchargez l'application X, gratuite sur l'App Store et
//!   Google Play").
//!
//! Each returns where the chrome starts in the line (0 for the whole
//! line). All are gated on a cheap byte test.

use super::line_tail::tokens;
use super::ui_words;

/// Words of a whole chrome line (button, metadata, counter).
const MAX_CHROME_WORDS: usize = 20;
/// Words of a button.
const MAX_BUTTON_WORDS: usize = 8;
/// Words of an item beside a reading time.
const MAX_ROW_ITEM_WORDS: usize = 4;
/// Words of a breadcrumb's item.
const MAX_TRAIL_ITEM_WORDS: usize = 5;
/// Words of a bracketed call.
const MAX_BRACKET_WORDS: usize = 12;
/// The lines of a draft a bare breadcrumb may open.
const TRAIL_LINES: usize = 4;

/// Where the platform's chrome starts in `text` (one line, trimmed of
/// emphasis), if it holds any; `place` is the line's place in the draft.
pub fn platform_meta(text: &str, place: usize) -> Option<usize> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let words = tokens(t);
    if words.is_empty() {
        return None;
    }
    let keys: Vec<String> = if words.len() <= MAX_CHROME_WORDS {
        words.iter().map(|w| ui_words::key(w)).collect()
    } else {
        Vec::new()
    };
    if !keys.is_empty()
        && !t.ends_with(['.', ';', ','])
        && (apply_button(&keys)
            || edit_metadata(t, &words, &keys)
            || empty_list(&keys)
            || reaction_bar(t, &keys)
            || social_counter(t, &keys)
            || reading_time_row(t)
            || trail(t, place))
    {
        return Some(0);
    }
    bracketed_call(t)
        .or_else(|| referral_pitch(t))
        .or_else(|| app_pitch(t))
        .map(|at| at + (text.len() - text.trim_start().len()))
}

const APPLY: &[&str] = &[
    "apply",
    "postuler",
    "postulez",
    "candidater",
    "candidatez",
    "candidature",
];
const EASE: &[&str] = &[
    "easy",
    "quick",
    "express",
    "instant",
    "fast",
    "one-click",
    "1-click",
    "click",
    "clic",
    "rapide",
    "simplifiée",
    "simplifiee",
    "facile",
    "linkedin",
    "indeed",
    "cv",
    "resume",
    "résumé",
    "profile",
    "profil",
];
/// The small words of a button ("with your", "en un", "avec votre").
const BUTTON_FILLER: &[&str] = &[
    "with", "your", "a", "in", "one", "1", "now", "en", "un", "avec", "votre", "ton", "via", "my",
    "mon", "le", "la", "l", "de", "du", "the",
];

/// "Easy Apply", "Postuler en 1 clic", "Candidature simplifiée avec votre
/// profil Indeed": applying and its ease, and only a button's words.
fn apply_button(keys: &[String]) -> bool {
    keys.len() <= MAX_BUTTON_WORDS
        && keys.iter().any(|k| APPLY.contains(&k.as_str()))
        && keys.iter().any(|k| EASE.contains(&k.as_str()))
        && keys.iter().all(|k| {
            APPLY.contains(&k.as_str())
                || EASE.contains(&k.as_str())
                || BUTTON_FILLER.contains(&k.as_str())
        })
}

const EDIT_OPENERS: &[&str] = &[
    "created",
    "last",
    "edited",
    "modified",
    "updated",
    "revised",
    "créé",
    "créée",
    "dernière",
    "modifié",
    "modifiée",
    "mis",
    "mise",
    "édité",
    "éditée",
    "révisé",
    "révisée",
];
const EDIT_WORDS: &[&str] = &[
    "created",
    "edited",
    "modified",
    "updated",
    "revised",
    "créé",
    "créée",
    "modifié",
    "modifiée",
    "modification",
    "mis",
    "mise",
    "jour",
    "édité",
    "éditée",
    "révisé",
    "révisée",
];
const RELATIVE_TIME: &[&str] = &[
    "ago",
    "yesterday",
    "today",
    "hier",
    "aujourd'hui",
    "il",
    "minutes",
    "hours",
    "days",
    "jours",
    "heures",
];

/// "Created by A, last modified by B on Feb 04, 2025", "Dernière
/// modification par A le 3 mars": a participle of editing opens the
/// line, "by"/"par" and a capitalised name follow it, and a date or a
/// relative time closes it.
fn edit_metadata(text: &str, words: &[&str], keys: &[String]) -> bool {
    if keys.len() < 4 || !EDIT_OPENERS.contains(&keys[0].as_str()) {
        return false;
    }
    if keys[0] == "last" && !EDIT_WORDS.contains(&keys[1].as_str()) {
        return false;
    }
    if keys[0] == "dernière" && !matches!(keys[1].as_str(), "modification" | "mise" | "édition") {
        return false;
    }
    let by_name = keys.iter().enumerate().take(5).any(|(i, k)| {
        matches!(k.as_str(), "by" | "par")
            && words
                .get(i + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || w.starts_with('@'))
    });
    let dated = text.chars().any(|c| c.is_ascii_digit())
        || keys.iter().any(|k| RELATIVE_TIME.contains(&k.as_str()));
    by_name && dated
}

const NEGATIONS: &[&str] = &["no", "aucun", "aucune", "pas", "0"];
const CHROME_NOUNS: &[&str] = &[
    "labels",
    "label",
    "tags",
    "tag",
    "keywords",
    "categories",
    "comments",
    "reactions",
    "replies",
    "likes",
    "étiquette",
    "étiquettes",
    "libellé",
    "libellés",
    "mot-clé",
    "mots-clés",
    "catégorie",
    "catégories",
    "commentaire",
    "commentaires",
    "réaction",
    "réactions",
    "réponse",
    "réponses",
];
const EMPTY_TAIL: &[&str] = &[
    "yet",
    "so",
    "far",
    "for",
    "now",
    "de",
    "d",
    "encore",
    "pour",
    "l'instant",
    "le",
    "moment",
    "pour",
];

/// "No labels", "Aucune étiquette", "No comments yet": a negation and a
/// chrome noun, alone.
fn empty_list(keys: &[String]) -> bool {
    keys.len() <= 5
        && NEGATIONS.contains(&keys[0].as_str())
        && keys[1..]
            .iter()
            .any(|k| CHROME_NOUNS.contains(&k.rsplit('\'').next().unwrap_or(k)))
        && keys[1..].iter().all(|k| {
            CHROME_NOUNS.contains(&k.rsplit('\'').next().unwrap_or(k))
                || EMPTY_TAIL.contains(&k.as_str())
        })
}

const REACTIONS: &[&str] = &[
    "like",
    "j'aime",
    "aimer",
    "react",
    "réagir",
    "love",
    "upvote",
    "clap",
    "applaudir",
];

/// "Like · Be the first to like this", "J'aime · 3 personnes aiment
/// ceci": a reaction's button set apart, then its state.
fn reaction_bar(text: &str, keys: &[String]) -> bool {
    let Some((head, tail)) = text.split_once(['·', '|', '•']) else {
        return false;
    };
    let head_keys: Vec<String> = tokens(head).into_iter().map(ui_words::key).collect();
    let tail_keys: Vec<String> = tokens(tail).into_iter().map(ui_words::key).collect();
    let first = tail_keys
        .iter()
        .any(|k| matches!(k.as_str(), "first" | "premier" | "première"));
    let counted = tail_keys
        .first()
        .is_some_and(|k| k.chars().all(|c| c.is_ascii_digit()))
        && tail_keys.iter().any(|k| {
            matches!(
                k.as_str(),
                "like" | "likes" | "aiment" | "aime" | "people" | "personnes" | "personne"
            )
        });
    head_keys.len() == 1
        && REACTIONS.contains(&head_keys[0].as_str())
        && (first || counted)
        && keys.len() <= 12
}

const FOLLOWED: &[&str] = &[
    "liked",
    "loved",
    "followed",
    "viewed",
    "seen",
    "shared",
    "reposted",
    "aimé",
    "aimée",
    "suivi",
    "suivie",
    "vu",
    "vue",
    "partagé",
    "partagée",
    "apprécié",
    "likée",
    "liké",
];
const OTHERS: &[&str] = &["others", "other", "autres", "people", "personnes"];

/// "Liked by x and 1,204 others", "Aimé par x et 87 autres personnes":
/// the others collapse into a count.
fn social_counter(text: &str, keys: &[String]) -> bool {
    if keys.len() < 5
        || keys.len() > 16
        || !FOLLOWED.contains(&keys[0].as_str())
        || !matches!(keys[1].as_str(), "by" | "par")
    {
        return false;
    }
    let lower = text.to_lowercase();
    let Some(at) = lower
        .rfind(" and ")
        .map(|i| i + 5)
        .or_else(|| lower.rfind(" et ").map(|i| i + 4))
    else {
        return false;
    };
    let rest = &lower[at..];
    let figures = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | 'k')
    });
    figures.len() < rest.len()
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && OTHERS.iter().any(|o| figures.starts_with(o))
}

/// "Mar 9, 2025 · 9 min read", "Posted in Choir news · 4 min read": a
/// reading time as an item of a row whose other items date or file the
/// post. A byline's row ("By Jo · 4 min read", "Publié le 3 mai · 6 min
/// de lecture") is the article's: the pack rules leave it, so does this.
fn reading_time_row(text: &str) -> bool {
    if !text.contains(['·', '|', '•']) {
        return false;
    }
    let items: Vec<Vec<String>> = text
        .split(['·', '|', '•'])
        .map(|item| tokens(item).into_iter().map(ui_words::key).collect())
        .collect();
    let minutes = |k: &str| matches!(k, "min" | "mins" | "minute" | "minutes" | "mn");
    let figure = |k: &str| !k.is_empty() && k.chars().all(|c| c.is_ascii_digit());
    let reading = |keys: &Vec<String>| {
        let k = |i: usize| keys.get(i).map_or("", String::as_str);
        (keys.len() == 3 && figure(k(0)) && minutes(k(1)) && matches!(k(2), "read" | "lecture"))
            || (keys.len() == 4
                && figure(k(0))
                && minutes(k(1))
                && k(2) == "de"
                && k(3) == "lecture")
    };
    let byline = |keys: &Vec<String>| {
        keys.iter().any(|k| {
            matches!(
                k.as_str(),
                "by" | "par" | "publié" | "publiée" | "published" | "écrit" | "written"
            )
        })
    };
    // The other items date or file the post in a few words; a teaser's
    // title beside its reading time is an item of a related block.
    let short = |keys: &Vec<String>| keys.len() <= MAX_ROW_ITEM_WORDS;
    items.iter().any(reading) && !items.iter().any(byline) && items.iter().all(short)
}

/// "Accueil > Actualités > Vie du club": three short capitalised items or
/// more set apart by a spaced `>`, near the top of the draft or after a
/// site's name set apart by a bar.
fn trail(text: &str, place: usize) -> bool {
    if !text.contains(" > ") {
        return false;
    }
    let (site, path) = match text.rsplit_once(['·', '|']) {
        Some((site, path)) => (Some(site), path),
        None => (None, text),
    };
    let items: Vec<&str> = path.split(" > ").map(str::trim).collect();
    let short_items = items.len() >= 3
        && items.iter().all(|item| {
            let n = tokens(item).len();
            (1..=MAX_TRAIL_ITEM_WORDS).contains(&n)
                && item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && item.chars().any(char::is_alphabetic)
                && !item.ends_with(['.', ':', ','])
        });
    // The first item is a place, not a command ("Open Settings > …").
    let command = items
        .first()
        .and_then(|item| tokens(item).first().copied())
        .is_some_and(|w| {
            matches!(
                ui_words::key(w).as_str(),
                "open"
                    | "go"
                    | "click"
                    | "tap"
                    | "select"
                    | "choose"
                    | "ouvrez"
                    | "allez"
                    | "cliquez"
                    | "choisissez"
                    | "sélectionnez"
                    | "menu"
            )
        });
    short_items && !command && (place < TRAIL_LINES || site.is_some_and(|s| !tokens(s).is_empty()))
}

const ARROWS: &[char] = &[
    '→', '➜', '➔', '›', '»', '⟶', '▸', '▶', '►', '↗', '⇒', '➡', '>',
];

/// "[Voir les 4 autres offres →]", "[→ Toutes nos offres]": a label of a
/// few words in brackets with an arrow at one end and no link after it.
fn bracketed_call(text: &str) -> Option<usize> {
    if !text.contains('[') || !text.contains(ARROWS) {
        return None;
    }
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        let close = text[open..].find(']').map(|i| i + open)?;
        let inside = text[open + 1..close].trim();
        let linked = text[close + 1..].starts_with('(');
        let arrowed = inside.ends_with(ARROWS) || inside.starts_with(ARROWS);
        let label = inside.trim_matches(|c: char| ARROWS.contains(&c) || c.is_whitespace());
        let n = tokens(label).len();
        if arrowed
            && !linked
            && (1..=MAX_BRACKET_WORDS).contains(&n)
            && label.starts_with(|c: char| c.is_uppercase())
            && !label.ends_with(['.', ','])
        {
            return Some(open);
        }
        from = close + 1;
    }
    None
}

/// Where the clauses of a line start: its start, after an end of
/// sentence, a colon, a dash or an icon.
fn clause_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.char_indices()
            .filter(|&(_, c)| {
                matches!(c, '.' | '!' | '?' | ':' | '—' | '–' | '|' | '·')
                    || super::line_shape::is_icon(c)
            })
            .map(|(i, c)| i + c.len_utf8()),
    )
}

/// The first word of `text` after spaces and marks, with its offset.
fn first_word(text: &str) -> Option<(usize, &str)> {
    let at = text.find(|c: char| c.is_alphanumeric())?;
    let word = tokens(&text[at..]).into_iter().next()?;
    Some((at, word))
}

const REFER_VERBS: &[&str] = &[
    "refer",
    "invite",
    "parrainez",
    "parrainer",
    "invitez",
    "inviter",
    "recommandez",
];
const FRIENDS: &[&str] = &[
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "ami",
    "amie",
    "amis",
    "amies",
    "proche",
    "proches",
    "confrère",
    "consœur",
    "collègue",
    "collègues",
    "filleul",
    "filleule",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "relative",
    "relatives",
    "family",
    "someone",
    "voisin",
    "voisine",
    "voisins",
    "famille",
    "entourage",
];
const REWARDS: &[&str] = &[
    "get",
    "earn",
    "receive",
    "win",
    "free",
    "off",
    "bonus",
    "credit",
    "discount",
    "reward",
    "gagnez",
    "recevez",
    "obtenez",
    "offert",
    "offerte",
    "offerts",
    "offertes",
    "gratuit",
    "gratuite",
    "prime",
    "crédit",
    "réduction",
    "remise",
    "cadeau",
    "voucher",
    "bon",
    "chèque",
    "coupon",
];

/// "Parrainez un ami et gagnez un mois offert !", "Invite a friend and
/// you both get 20% off": a clause opening with a command to refer or
/// invite, a friend within its first words, a reward in the line.
fn referral_pitch(text: &str) -> Option<usize> {
    if !text.contains(['r', 'R', 'i', 'I', 'p', 'P']) {
        return None;
    }
    clause_starts(text).find_map(|start| {
        let (at, word) = first_word(&text[start..])?;
        if !word.starts_with(char::is_uppercase)
            || !REFER_VERBS.contains(&ui_words::key(word).as_str())
        {
            return None;
        }
        let keys: Vec<String> = tokens(&text[start + at..])
            .into_iter()
            .map(ui_words::key)
            .collect();
        let friend = keys
            .iter()
            .skip(1)
            .take(4)
            .any(|k| FRIENDS.contains(&k.as_str()));
        let reward = keys.iter().any(|k| REWARDS.contains(&k.as_str()))
            || text[start + at..].contains(['€', '£', '$', '%']);
        (friend && reward && keys.len() <= 30).then_some(start + at)
    })
}

const DOWNLOAD_VERBS: &[&str] = &[
    "download",
    "get",
    "install",
    "grab",
    "téléchargez",
    "installez",
    "télécharger",
    "installer",
];
const APP_NOUNS: &[&str] = &[
    "app",
    "apps",
    "application",
    "appli",
    "l'application",
    "l'appli",
];
/// App stores, named in two words.
const STORES: &[&str] = &["app store", "google play", "play store"];
/// Mobile platforms, named in one word.
const MOBILE: &[&str] = &["ios", "android", "iphone", "ipad"];

/// Whether `lower`, lowercased, names an app store or a mobile platform.
fn names_a_store(lower: &str) -> bool {
    STORES.iter().any(|s| lower.contains(s))
        || tokens(lower).into_iter().any(|w| MOBILE.contains(&w))
}

/// "…, téléchargez l'application X, gratuite sur l'App Store et Google
/// Play", "get the Museum app, free on iOS": a command to download or
/// install in a sentence naming an app store or a mobile platform.
fn app_pitch(text: &str) -> Option<usize> {
    if !names_a_store(&text.to_lowercase()) {
        return None;
    }
    let sentence_end = |from: usize| {
        text[from..]
            .find(['.', '!', '?'])
            .map_or(text.len(), |i| from + i)
    };
    let mut starts: Vec<usize> = clause_starts(text).collect();
    // A command after a comma ("Pour entendre…, téléchargez
    // l'application") or after a reminder ("Pensez à télécharger").
    for cue in [", ", "ensez à ", "pas de ", "pas d’", "pas d'"] {
        starts.extend(text.match_indices(cue).map(|(i, _)| i + cue.len()));
    }
    starts.sort_unstable();
    starts.into_iter().find_map(|start| {
        let (at, word) = first_word(&text[start..])?;
        let key = ui_words::key(word);
        if !DOWNLOAD_VERBS.contains(&key.as_str()) {
            return None;
        }
        // English base forms and French infinitives only at a clause's
        // start, after a comma or a reminder: "free to download" is no
        // command.
        let from = start + at;
        let sentence = text[from..sentence_end(from)].to_lowercase();
        let keys: Vec<String> = tokens(&sentence).into_iter().map(ui_words::key).collect();
        let app = keys.iter().take(6).any(|k| APP_NOUNS.contains(&k.as_str()));
        let store = names_a_store(&sentence);
        let before = text[..from].trim_end();
        let after_reminder = before.ends_with(" à") || before.ends_with(" de");
        let infinitive = key.ends_with('r');
        (store && (app || !infinitive || after_reminder) && keys.len() <= 40).then_some(from)
    })
}

#[cfg(test)]
mod tests {
    use super::platform_meta;

    fn found(text: &str) -> bool {
        platform_meta(text, 10).is_some()
    }

    #[test]
    fn platform_chrome_is_found() {
        for line in [
            "Easy Apply",
            "Postuler en un clic",
            "Created by Ana Pereira, last modified by Tom Li on Mar 3, 2024",
            "Dernière modification par Julie Roux il y a 2 jours",
            "No labels",
            "Aucun commentaire pour l'instant",
            "Like · Be the first to like this",
            "Liked by some.one and 2,310 others",
            "Aimé par marie_d et 1 204 autres personnes",
            "Apr 2 · 4 min read",
            "Posted in Club news · 3 min read",
            "Club · Espace membres > Documents > Statuts",
            "Open roles: [See all 6 jobs →]",
            "🎁 Parrainez une amie et gagnez 10 € !",
            "Refer a friend and get a free month",
            "Pour en savoir plus, téléchargez l'appli Visite, gratuite sur Google Play.",
            "Get the Trail app on the App Store.",
        ] {
            assert!(found(line), "{line}");
        }
    }

    #[test]
    fn prose_is_left_alone() {
        for line in [
            "How to apply",
            "Quick tips for applying to university",
            "The bridge was last modified by the council in 2019, and again since.",
            "No labels were printed on the jars.",
            "Open Settings > Privacy > Location Services and look at the list.",
            "Ainsi 3/4 > 2/3 > 1/2, car 9/12 > 8/12 > 6/12.",
            "All five are free to download on the App Store and Google Play.",
            "The institute pays a bonus if you refer a friend who is hired.",
            "One app asked us to invite friends to earn premium days.",
            "See the footnote [1] and the table [→ below is wrong].",
            "Liked by critics, the film was seen by millions.",
            "By Jo Hale · 4 min read",
            "Publié le 3 mai · 6 min de lecture",
            "Quand les collégiens écrivent leur premier roman · 7 min de lecture",
        ] {
            assert!(!found(line), "{line}");
        }
    }
}
