//! Lines the carrier of a text adds to it, recognised by their structure
//! and by closed classes of words, not by a wording: the mail gateway's
//! warning over a forwarded mail, a forum's presence line and read
//! counter, a post's metadata line (where it was filed, how many replies),
//! a pager ("Page 2 of
//! 5", "Showing 1–10 of 48") in a navigation row, a back link under its
//! arrow, a button's label between padded brackets ("[ Book now ]"), a
//! wiki's edit links after a heading, an empty link's label ("[click
//! here]()"), an advert's label before its copy with a price, an opt-in to
//! text alerts, a form or PDF tool's watermark selling itself, and a shop's
//! terms strip at the edge of the draft.
//!
//! Each detector returns where the furniture starts in the line: most
//! take the whole line, some only its tail (the edit links after a
//! heading, a read counter after a topic's title, the pager at the end of
//! a trail). All are gated on a cheap test of the line's bytes first: most
//! lines of prose hold none of their marks.

use super::line_tail::tokens;
use super::page_furniture::is_terms_bar;
use super::site_address::command;
use super::ui_words;

/// A line of furniture is a line, not a paragraph.
const MAX_WORDS: usize = 45;

/// Where the carrier's furniture starts in `text` (one line, trimmed), if
/// the line holds any. `edge`: the line is among the draft's first two or
/// is its last, where a shop's terms strip is the page's, not the text's.
///
/// A product sheet's terms bar under its title ("Livraison offerte dès 40 €
/// | Paiement sécurisé | Retours sous 30 jours") is the sheet's text; above
/// the title (`first`), or when one item offers a delivery and the others
/// are no terms, it is the shop's strip.
pub fn carrier_furniture(text: &str, first: bool, edge: impl Fn() -> bool) -> Option<usize> {
    let lead = text.len() - text.trim_start_matches(['*', '_', ' ']).len();
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if t.is_empty() {
        return None;
    }
    let whole = mail_banner(t)
        || presence_line(t)
        || post_meta_line(t)
        || back_link(t)
        || padded_button(t)
        || advert_line(t)
        || text_alert_opt_in(t)
        || tool_watermark(t)
        || (shop_strip(t) && (first || !is_terms_bar(t)) && edge());
    if whole {
        return Some(0);
    }
    edit_links(t)
        .or_else(|| read_counter_tail(t))
        .or_else(|| pager(t))
        .or_else(|| empty_link(t))
        .map(|at| at + lead)
}

/// Whether `text` holds `needle` (lowercase), ASCII letters compared
/// without case; other bytes exactly.
fn has(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|bytes| bytes.eq_ignore_ascii_case(needle.as_bytes()))
}

fn has_any(text: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| has(text, n))
}

fn keys(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(ui_words::key).collect()
}

fn is_number(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit())
        && key
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | '\u{a0}'))
}

/// A clock time: "18:32", "7h02", "7 h 02" (the last as three keys).
pub(super) fn holds_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        matches!(b[i], b':' | b'h')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    }) || {
        let k = keys(text);
        k.windows(3)
            .any(|w| is_number(&w[0]) && w[1] == "h" && is_number(&w[2]))
    }
}

/// Words saying a mail came from outside.
const OUTSIDE: &[&str] = &["extern", "outside", "extérieur"];
/// What a gateway warns about.
const MAIL_RISKS: &[&str] = &[
    "attachment",
    "link",
    "sender",
    "pièce jointe",
    "pièces jointes",
    "lien",
    "expéditeur",
];
/// The mail naming itself.
const THIS_MAIL: &[&str] = &[
    "this email",
    "this e-mail",
    "this message",
    "this mail",
    "ce courriel",
    "ce message",
    "ce mail",
    "ce e-mail",
    "cet e-mail",
    "cet email",
];

/// A mail gateway's warning: the mail came from outside, beware of its
/// links, attachments or sender; said by the mail about itself or under a
/// tag ("[External]", "CAUTION:").
fn mail_banner(t: &str) -> bool {
    has_any(t, OUTSIDE)
        && has_any(t, MAIL_RISKS)
        && (has_any(t, THIS_MAIL) || opens_with_a_tag(t))
        && tokens(t).len() <= MAX_WORDS
}

/// "[External]", "CAUTION:", "ATTENTION :": a tag in brackets or a word in
/// capitals before a colon.
fn opens_with_a_tag(t: &str) -> bool {
    if let Some(rest) = t.strip_prefix('[') {
        return rest.find(']').is_some_and(|end| (2..=24).contains(&end));
    }
    let head: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    head.chars().count() >= 4
        && head.chars().all(char::is_uppercase)
        && t[head.len()..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(':')
}

const MEMBERS: &[&str] = &[
    "member",
    "members",
    "user",
    "users",
    "registered",
    "membre",
    "membres",
    "utilisateur",
    "utilisateurs",
    "inscrit",
    "inscrits",
];
const GUESTS: &[&str] = &[
    "guest",
    "guests",
    "visitor",
    "visitors",
    "invité",
    "invités",
    "visiteur",
    "visiteurs",
    "anonymous",
    "anonymes",
];

/// A forum's presence line: "0 Members and 3 Guests are viewing this
/// topic", "2 membres et 7 invités…": two counts, of members and guests.
fn presence_line(t: &str) -> bool {
    if !t.bytes().any(|b| b.is_ascii_digit()) || !has_any(t, &["guest", "visit", "invit", "anonym"])
    {
        return false;
    }
    let k = keys(t);
    let counted = |class: &[&str]| {
        k.windows(2)
            .any(|w| is_number(&w[0]) && class.contains(&w[1].as_str()))
    };
    k.len() <= 20 && counted(MEMBERS) && counted(GUESTS)
}

/// Nouns a post's counter counts.
const REPLY_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "reply",
    "replies",
    "response",
    "responses",
    "commentaire",
    "commentaires",
    "réponse",
    "réponses",
    "réaction",
    "réactions",
];
/// Labels of a post's place in the blog: category, tags, author.
const FILING: &[&[&str]] = &[
    &["posted", "in"],
    &["posted", "under"],
    &["filed", "under"],
    &["filed", "in"],
    &["tagged"],
    &["tags"],
    &["categories"],
    &["category"],
    &["publié", "dans"],
    &["publié", "sous"],
    &["classé", "dans"],
    &["classé", "sous"],
    &["étiquettes"],
    &["étiquettes"],
    &["catégorie"],
    &["catégories"],
    &["mots-clés"],
];

/// A post's metadata line: items apart by `·`, `|` or `•`, one filing the
/// post ("Posted in Events", "Étiquettes : …"), one counting its replies.
fn post_meta_line(t: &str) -> bool {
    if !t.bytes().any(|b| b.is_ascii_digit()) || !t.contains(['·', '|', '•']) {
        return false;
    }
    let items: Vec<&str> = t.split(['·', '|', '•']).map(str::trim).collect();
    if items.len() < 2 || tokens(t).len() > 30 {
        return false;
    }
    let counts = items.iter().any(|item| {
        let k = keys(item);
        k.len() == 2 && is_number(&k[0]) && REPLY_NOUNS.contains(&k[1].as_str())
    });
    let files = items.iter().any(|item| {
        let k = keys(item);
        FILING
            .iter()
            .any(|label| k.len() > label.len() && k.iter().zip(label.iter()).all(|(a, b)| a == b))
    });
    // "Posted in Trip Reports by kath · 23 replies" under a thread's
    // title is its byline: it names the author.
    let byline = keys(t).iter().any(|k| matches!(k.as_str(), "by" | "par"));
    counts && files && !byline
}

/// Arrows pointing back, and the words of a way back.
const BACK_ARROWS: &[char] = &['←', '‹', '⟵', '⇐', '◀', '◄', '⬅', '↩'];
const BACK_WORDS: &[&str] = &["back", "return", "retour", "revenir", "retourner"];

/// A back link: a left arrow, or any arrow before "Back"/"Retour", opening
/// a short line that is no sentence.
fn back_link(t: &str) -> bool {
    let Some(first) = t.chars().next() else {
        return false;
    };
    // "‹ … ›" quotes in French.
    let arrow = BACK_ARROWS.contains(&first) && !t.contains('›');
    let any_arrow = arrow || super::line_shape::is_icon(first) || matches!(first, '>' | '»');
    if !any_arrow {
        return false;
    }
    let k = keys(t);
    let n = k.len();
    (1..=10).contains(&n)
        && !t.ends_with(['.', ';', ','])
        && (arrow || BACK_WORDS.contains(&k[0].as_str()))
        && (n >= 2 || BACK_WORDS.contains(&k[0].as_str()))
}

/// A button's label between padded brackets: "[ Book now ]", "[ Je
/// m'inscris ]".
fn padded_button(t: &str) -> bool {
    let Some(inner) = t.strip_prefix("[ ").and_then(|r| r.strip_suffix(" ]")) else {
        return false;
    };
    let n = tokens(inner).len();
    !inner.contains(['[', ']'])
        && (1..=6).contains(&n)
        && inner.trim_start().starts_with(char::is_alphabetic)
}

/// Labels of an advert.
const ADVERT_LABELS: &[&str] = &[
    "advertisement",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "promoted",
    "publicité",
    "pub",
    "annonce",
    "sponsorisé",
    "partenariat",
];

/// An advert's label set apart before its copy, which names a price or a
/// discount: "Sponsored — Stay … from £89", "Publicité - … 15 % !".
fn advert_line(t: &str) -> bool {
    let head_len = t
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(t.len());
    let head = ui_words::key(&t[..head_len]);
    if !ADVERT_LABELS.contains(&head.as_str()) {
        return false;
    }
    let rest = t[head_len..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let set_apart = rest.starts_with(['—', '–', '-', ':', '|', '·']);
    let copy = rest.trim_start_matches(['—', '–', '-', ':', '|', '·', ' ', '\u{a0}']);
    let offer = copy.contains(['%', '€', '£', '$']) && copy.bytes().any(|b| b.is_ascii_digit());
    set_apart && offer && (4..=MAX_WORDS).contains(&tokens(copy).len())
}

/// Channels of alerts a site offers.
const ALERT_CHANNELS: &[&str] = &["sms", "texto", "textos", "whatsapp", "telegram"];
const TEXT_ALERTS: &[&str] = &[
    "reminder",
    "reminders",
    "alert",
    "alerts",
    "message",
    "messages",
    "updates",
];
const READER_WISHES: &[&str] = &[
    "you",
    "vous",
    "want",
    "souhaitez",
    "voulez",
    "envie",
    "désirez",
    "tu",
];
const REPLY_VERBS: &[&str] = &[
    "reply",
    "text",
    "send",
    "répondez",
    "envoyez",
    "tapez",
    "textez",
    "answer",
];

/// An opt-in to alerts by text message: a channel (SMS, WhatsApp, "text
/// reminder") with a question to the reader or a keyword to send back
/// ("Reply YES", "Envoyez STOP").
fn text_alert_opt_in(t: &str) -> bool {
    if !has_any(t, &["sms", "texto", "whatsapp", "telegram", "text"]) {
        return false;
    }
    let words = tokens(t);
    if words.len() > 30 {
        return false;
    }
    let k: Vec<String> = words.iter().map(|w| ui_words::key(w)).collect();
    let channel = k.iter().enumerate().any(|(i, key)| {
        ALERT_CHANNELS.contains(&key.as_str())
            || (key == "text"
                && k.get(i + 1)
                    .is_some_and(|n| TEXT_ALERTS.contains(&n.as_str())))
    });
    let asks = t.contains('?') && k.iter().any(|key| READER_WISHES.contains(&key.as_str()));
    let keyword = words.windows(2).any(|w| {
        REPLY_VERBS.contains(&ui_words::key(w[0]).as_str())
            && w[1].len() >= 2
            && w[1]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    });
    channel && (asks || keyword)
}

/// A tool's credit: "powered by", "built with", "réalisé avec"…
const CREDIT_VERBS: &[&str] = &[
    "powered",
    "built",
    "made",
    "created",
    "generated",
    "designed",
    "réalisé",
    "réalisée",
    "créé",
    "créée",
    "conçu",
    "conçue",
    "généré",
    "générée",
    "propulsé",
    "propulsée",
];
const CREDIT_LINKS: &[&str] = &["by", "with", "using", "avec", "par"];
/// A tool selling itself after its credit.
const SELF_SALE: &[&str] = &[
    "own",
    "yours",
    "free",
    "vôtre",
    "gratuit",
    "gratuite",
    "gratuitement",
];
const TRIAL: &[&str] = &[
    "trial",
    "evaluation",
    "unregistered",
    "essai",
    "démo",
    "demo",
];

/// A form's, survey's or converter's watermark: the tool's credit before a
/// capitalised name, then the tool selling itself after a dash or a bar
/// ("— Create your own free survey", "— créez le vôtre gratuitement") or
/// naming its trial version.
fn tool_watermark(t: &str) -> bool {
    if !has_any(t, &["by", "with", "using", "avec", "par"]) {
        return false;
    }
    let words = tokens(t);
    if words.len() > 30 {
        return false;
    }
    let Some(name_at) = words.windows(3).position(|w| {
        CREDIT_VERBS.contains(&ui_words::key(w[0]).as_str())
            && CREDIT_LINKS.contains(&ui_words::key(w[1]).as_str())
            && w[2].starts_with(char::is_uppercase)
    }) else {
        return false;
    };
    let name = words[name_at + 2];
    let after_name = t.find(name).map_or("", |i| &t[i + name.len()..]);
    let trial = keys(after_name)
        .iter()
        .any(|k| TRIAL.contains(&k.rsplit('\'').next().unwrap_or(k)));
    let sells = after_name
        .find(['—', '–', '|', '·', '!'])
        .or_else(|| after_name.find(" - "))
        .is_some_and(|i| {
            keys(&after_name[i..])
                .iter()
                .any(|k| SELF_SALE.contains(&k.as_str()))
        });
    trial || sells
}

/// Words of a shop's delivery terms, and of its price or gift.
const DELIVERY: &[&str] = &[
    "delivery",
    "shipping",
    "postage",
    "collect",
    "livraison",
    "retrait",
    "expédition",
];
const FREE: &[&str] = &["free", "offerte", "offert", "gratuite", "gratuit"];

/// A shop's strip of terms: items apart, one offering free delivery or
/// collection ("Free UK delivery on orders over £60 | Click & collect").
fn shop_strip(t: &str) -> bool {
    if !t.contains(['|', '·', '•']) {
        return false;
    }
    let items: Vec<&str> = t.split(['|', '·', '•']).map(str::trim).collect();
    items.len() >= 2
        && items.len() <= 5
        && tokens(t).len() <= 30
        && !t.contains(". ")
        && items.iter().any(|item| {
            let k = keys(item);
            k.iter().any(|w| DELIVERY.contains(&w.as_str()))
                && (k.iter().any(|w| FREE.contains(&w.as_str())) || item.contains(['€', '£', '$']))
        })
}

/// A wiki's edit links closing a heading: "[edit]", "[edit | edit
/// source]", "[modifier | modifier le code]".
fn edit_links(t: &str) -> Option<usize> {
    let body = t.strip_suffix(']')?;
    let open = body.rfind('[')?;
    let inner = &body[open + 1..];
    let ok = inner.split('|').all(|item| {
        let k = keys(item);
        !k.is_empty()
            && matches!(k[0].as_str(), "edit" | "modifier" | "éditer")
            && k.len() <= 3
            && k[1..]
                .iter()
                .all(|w| matches!(w.as_str(), "source" | "le" | "la" | "code" | "wikicode"))
    });
    ok.then_some(open)
}

/// Verbs of a page counting its readers.
const READ_VERBS: &[&str] = &[
    "read",
    "viewed",
    "seen",
    "lu",
    "vu",
    "consulté",
    "affiché",
    "views",
    "vues",
];

/// A read counter in brackets closing a line, a topic's title most often:
/// "(Read 2,841 times)", "(Lu 412 fois)", "(1 204 vues)".
fn read_counter_tail(t: &str) -> Option<usize> {
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let k = numbers_joined(keys(&body[open + 1..]));
    let counted = match k.as_slice() {
        [verb, n, times] => {
            READ_VERBS.contains(&verb.as_str())
                && is_number(n)
                && matches!(times.as_str(), "times" | "fois")
        }
        [n, noun] => is_number(n) && matches!(noun.as_str(), "views" | "vues" | "lectures"),
        _ => false,
    };
    counted.then_some(open)
}

/// Keys with the groups of a figure ("2,841", "1 204") joined into one.
fn numbers_joined(keys: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(keys.len());
    for key in keys {
        match out.last_mut() {
            Some(last) if is_number(last) && is_number(&key) && key.len() == 3 => {
                last.push_str(&key)
            }
            _ => out.push(key),
        }
    }
    out
}

/// A pager: "Page 2 of 5", "Page 1 sur 3", "Showing 1–10 of 48",
/// "messages 1 à 10 sur 37", in a navigation row (bars, chevrons, arrows)
/// or beside a "next" link. From the row's start, or from its first
/// separator when a sentence opens the line.
fn pager(t: &str) -> Option<usize> {
    if !has_any(t, &[" of ", " sur ", " / "]) || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let k = keys(t);
    // A pager is a row of links: a sentence holding one ("… « page 2 sur
    // 4 » en bas…") is text.
    if k.len() > 30 || t.contains(". ") {
        return None;
    }
    let of = |w: &str| matches!(w, "of" | "sur");
    let paged = k
        .windows(4)
        .any(|w| w[0] == "page" && is_number(&w[1]) && of(&w[2]) && is_number(&w[3]))
        || k.windows(4).any(|w| {
            (w[0].contains(['–', '-']) || is_number(&w[0]))
                && is_number(w[0].split(['–', '-']).next().unwrap_or(""))
                && of(&w[1])
                && is_number(&w[2])
                && matches!(
                    w[3].as_str(),
                    "posts" | "results" | "items" | "messages" | "sujets" | "résultats"
                )
        })
        || k.windows(5).any(|w| {
            is_number(&w[0])
                && matches!(w[1].as_str(), "à" | "to")
                && is_number(&w[2])
                && of(&w[3])
                && is_number(&w[4])
        })
        || range_of_total(&k);
    if !paged {
        return None;
    }
    const ROW: &[&str] = &[" | ", " › ", " → ", " > ", " » ", " ▸ "];
    let row = ROW.iter().filter_map(|s| t.find(s)).min();
    let next = k.iter().any(|w| {
        matches!(
            w.as_str(),
            "next" | "previous" | "suivante" | "suivant" | "précédente" | "précédent" | "aller"
        )
    });
    if row.is_none() && !next {
        return None;
    }
    // A sentence before the row is the text's: the row starts after it.
    match row {
        Some(at) if tokens(&t[..at]).len() > 6 || t[..at].contains(". ") => {
            let head = &t[..at];
            // The row's first item: the words after the last comma or
            // "the"/"via" are the trail's first section.
            Some(at.saturating_sub(head.len() - head.rfind([',', ' ']).map_or(0, |i| i + 1)))
        }
        _ => Some(0),
    }
}

/// "Showing 1–10 of 48": a range of figures (one key with a dash) over a
/// total.
fn range_of_total(k: &[String]) -> bool {
    k.windows(3).any(|w| {
        let mut parts = w[0].split(['–', '-']);
        let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        is_number(a) && is_number(b) && matches!(w[1].as_str(), "of" | "sur") && is_number(&w[2])
    })
}

/// A link with no target whose label is a call ("[click here]()",
/// "[contactez-nous](#)"): a button that lost its link.
fn empty_link(t: &str) -> Option<usize> {
    let end = t.find("]()").or_else(|| t.find("](#)"))?;
    let open = t[..end].rfind('[')?;
    let label = &t[open + 1..end];
    let k = keys(label);
    let call = command(label).is_some()
        || k.iter().any(|w| {
            matches!(
                w.as_str(),
                "here" | "ici" | "click" | "cliquez" | "cliquer" | "tap" | "touchez"
            )
        });
    ((1..=5).contains(&k.len()) && call).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(t: &str) -> bool {
        carrier_furniture(t, false, || false) == Some(0)
    }

    #[test]
    fn carrier_lines_by_their_structure() {
        assert!(whole(
            "CAUTION: This email originated outside the company. Do not open attachments unless you trust the sender."
        ));
        assert!(whole(
            "[EXTERNE] Méfiez-vous des liens : ce message vient de l'extérieur."
        ));
        assert!(whole("4 Members and 12 Guests are viewing this board."));
        assert!(whole(
            "*Filed under News · Tagged tides, boats · 3 comments*"
        ));
        assert!(whole("← All our walks"));
        assert!(whole("[ Adopt a hedgehog ]"));
        assert!(whole("Sponsored — Boat trips from £15, book today!"));
        assert!(whole("Envie d'être prévenu par SMS ? Répondez OUI."));
        assert!(whole("Poll made with VoteBox — make your own free poll!"));
        assert!(
            carrier_furniture("Free delivery over £30 | Collect in store", false, || true)
                == Some(0)
        );
        assert!(carrier_furniture("The keepers [edit]", false, || false) == Some(12));
        assert!(carrier_furniture("Topic: tides (Read 1,200 times)", false, || false) == Some(13));
        assert!(whole("Page 2 sur 9 | Suivante »"));
        assert!(carrier_furniture("Write to us, [click here]().", false, || false) == Some(13));
    }

    #[test]
    fn text_of_the_same_words_is_left_alone() {
        assert!(!whole(
            "From Monday, mail from outside the firm carries a warning about links and attachments."
        ));
        assert!(!whole(
            "Powered by his own stubborn optimism, he kept going — free of doubt."
        ));
        assert!(!whole("Oban 7 h 15 → Craignure"));
        assert!(!whole(
            "Posted in Trip Reports › Europe by kath · 23 replies"
        ));
        assert!(!whole("Page 4 of the handbook lists the rules."));
        assert!(!whole("La page 3 sur 12 décrit les retours."));
        assert!(!whole("Annonce : la réunion est reportée au 12 mai."));
        assert!(!whole("Free delivery over £30 | Collect in store"));
        // A product sheet's terms under its title.
        assert!(
            carrier_furniture(
                "Livraison offerte dès 40 € | Paiement sécurisé | Retours sous 30 jours",
                false,
                || true
            )
            .is_none()
        );
        assert!(!whole("Paris → Lyon → Marseille"));
        assert!(!whole(
            "The council texts flood alerts by SMS to every household."
        ));
    }
}
