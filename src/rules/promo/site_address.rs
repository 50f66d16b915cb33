//! A line that speaks to the reader about the page or the site itself:
//! "Reserve your slot through the members' portal ➔", "Abonnez-vous à la
//! lettre du cabinet", "📥 Télécharger le dossier de presse", "Use code
//! SPRING10 at checkout". Sites word these endlessly; the pack rules and
//! the UI word lists know a few. What they share is their grammar and
//! what they point at:
//!
//! - a clause of the line opens with a command to the reader: a French
//!   imperative ("Réservez", "Suivez-nous", "N'oubliez"), a French
//!   infinitive before its object ("Trouver la", "S'inscrire"), an English
//!   base-form verb before its object or particle ("Pick your", "Chat
//!   with", "Vote now"), or a button's verb (`rules/ui/`);
//! - and the line carries enough marks of the site speaking about itself:
//!   a noun of the medium (a closed class: article, newsletter, thread,
//!   basket, poll, profile… [`SITE_NOUNS`]), the more so after "this" or
//!   "our"; "us" after the command; an icon or an arrow opening or
//!   closing the line; a pointer at the page ("below"); a discount code;
//!   the site's voice ("we", "notre"); "online", "now"; an exclamation; a
//!   button's shape (a few words and no full stop).
//!
//! A how-to article is full of commands to the reader about the world
//! ("Cut out the old sealant", "Consultez l'article 15 de la loi"): they
//! name things of the world, not of the site, and carry no button's marks,
//! so they stay under the threshold.

use super::line_shape::is_icon;
use super::line_tail::{is_action, tokens};
use super::ui_words;

/// A call to the reader is a sentence or two; a paragraph runs longer.
const MAX_WORDS: usize = 28;
/// A button's label: a few words with no full stop.
const MAX_BUTTON_WORDS: usize = 12;
/// How many marks of the site a command needs (see [`site_marks`]).
const THRESHOLD: u32 = 3;

/// Nouns of the medium itself: the site and its parts, its accounts and
/// channels, the shop's checkout. A closed class, in both languages (a
/// French site's button may sit in an English article). Each names the
/// medium whatever word comes before it.
const SITE_NOUNS: &[&str] = &[
    // English
    "newsletter",
    "newsletters",
    "mailing",
    "website",
    "blog",
    "thread",
    "threads",
    "comment",
    "comments",
    "podcast",
    "playlist",
    "app",
    "inbox",
    "cart",
    "checkout",
    "poll",
    "portal",
    "button",
    "icon",
    "hashtag",
    "notifications",
    "video",
    "videos",
    // French
    "abonné",
    "abonnés",
    "commentaire",
    "commentaires",
    "vidéo",
    "vidéos",
    "appli",
    "sondage",
    "bouton",
    "icône",
    "formulaire",
    "newsletter",
];

/// Nouns of a gesture on a screen, which name the medium after a number
/// ("in one click", "en deux clics", "in two taps").
const GESTURES: &[&str] = &["click", "clicks", "tap", "taps", "clic", "clics"];

/// Words of a small number before a gesture.
const FEW: &[&str] = &[
    "a", "one", "two", "three", "single", "few", "un", "deux", "trois", "quelques",
];

/// Nouns that name the medium only after "this" or "our" ("this page",
/// "notre boutique"): alone they name things of the world too (page 12 of
/// a report, a bicycle's chain, a market basket).
const SITE_NOUNS_AFTER_A_POINTER: &[&str] = &[
    "article",
    "articles",
    "post",
    "posts",
    "page",
    "pages",
    "site",
    "episode",
    "channel",
    "form",
    "feed",
    "account",
    "shop",
    "store",
    "lettre",
    "compte",
    "chaîne",
    "espace",
    "application",
    "billet",
    "boutique",
    "panier",
    "profil",
    "lien",
    "liens",
    "épisode",
    "link",
    "links",
    "profile",
    "rubrique",
    "fil",
    "guide",
    "dossier",
];

/// Words that point at the page or name the site: "this article",
/// "notre boutique".
const SELF_POINTERS: &[&str] = &[
    "this", "these", "our", "ce", "cet", "cette", "ces", "notre", "nos",
];

/// The site's voice: the page speaks as "we".
const SITE_VOICE: &[&str] = &["we", "our", "nous", "notre", "nos"];

/// Words pointing at a place on the page.
const PAGE_POINTERS: &[&str] = &["below", "underneath", "ci-dessous", "ci-dessus"];

/// Words of haste and of the medium a button says.
const NOW_OR_ONLINE: &[&str] = &["now", "online", "maintenant"];

/// Words of an offer.
const OFFER: &[&str] = &[
    "off",
    "free",
    "offert",
    "offerts",
    "offerte",
    "offertes",
    "gratuit",
    "gratuite",
    "gratuits",
    "remise",
    "réduction",
];

/// Words an English command never opens with: articles, pronouns,
/// prepositions, conjunctions, auxiliaries and modals, question words.
const EN_NOT_COMMANDS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "i", "you", "he", "she", "it", "we",
    "they", "my", "your", "his", "her", "its", "our", "their", "in", "on", "at", "for", "with",
    "from", "by", "of", "to", "into", "after", "before", "as", "and", "but", "or", "if", "when",
    "while", "so", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
    "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "what",
    "who", "why", "how", "where", "which", "no", "not", "all", "some", "any", "each", "every",
    "there", "here", "also", "then", "just", "only", "more", "most", "many", "much", "one", "two",
    "new", "last", "next", "first",
];

/// Words an English command is followed by: its object's determiner, a
/// pronoun, a particle or a preposition.
const EN_AFTER_COMMAND: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "your", "our", "my", "it", "us", "me",
    "them", "up", "out", "in", "on", "off", "now", "more", "online", "here", "with", "to", "for",
    "at", "from", "into", "all", "any", "every", "back", "code",
];

/// Words ending like a French infinitive that are none.
const FR_NOT_INFINITIVES: &[&str] = &[
    "notre",
    "votre",
    "entre",
    "contre",
    "autre",
    "quatre",
    "hier",
    "cher",
    "chère",
    "fer",
    "mer",
    "sur",
    "leur",
    "pour",
    "par",
    "premier",
    "dernier",
    "première",
    "dernière",
    "père",
    "mère",
    "frère",
    "lettre",
    "titre",
    "livre",
    "centre",
    "nombre",
    "ordre",
    "offre",
    "membre",
    "numéro",
];

/// Words a French infinitive opening a button is followed by: its
/// object's determiner or pronoun ("Trouver la", "Voir tous").
const FR_AFTER_INFINITIVE: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "ce",
    "cet",
    "cette",
    "ces",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "son",
    "sa",
    "ses",
    "notre",
    "votre",
    "nos",
    "vos",
    "leur",
    "leurs",
    "tous",
    "toutes",
    "tout",
    "plus",
    "en",
    "rendez-vous",
];

/// French words a clause opens with that make it a question or a
/// statement ("Comment lancer…", "Pourquoi choisir…", "Le conseil…"),
/// whatever follows; most lines of French prose stop at them.
const FR_NOT_COMMANDS: &[&str] = &[
    "comment", "pourquoi", "quand", "combien", "où", "quel", "quelle", "quels", "quelles", "qui",
    "que", "quoi", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "il",
    "elle", "ils", "elles", "on", "je", "j", "nous", "vous", "ce", "c", "cet", "cette", "ces",
    "dans", "pour", "par", "sur", "en", "et", "mais", "si", "son", "sa", "ses", "leur", "leurs",
    "à", "avec", "depuis", "selon", "après", "avant", "lors",
];

/// Words ending like a French imperative that are none.
const FR_NOT_IMPERATIVES: &[&str] = &["chez", "assez", "nez", "rez", "rez-de-chaussée"];

/// Whether `text`, a line of a page, is a call to the reader about the
/// page or the site itself. `Some(marked)` when it is, `marked` when an
/// icon or an arrow opens or closes the call (a button's mark, which a
/// heading never carries).
pub fn site_address(text: &str) -> Option<bool> {
    let trimmed = text.trim();
    // A label over a list ("Follow these steps:") introduces the text.
    if trimmed.ends_with(':') {
        return None;
    }
    // Counted without collecting: most lines of a draft stop here or at
    // their first word.
    let count = words_of(trimmed).take(MAX_WORDS + 1).count();
    if !(2..=MAX_WORDS).contains(&count) {
        return None;
    }
    clauses(trimmed)
        // A call after a full sentence ends a paragraph: the paragraph is
        // the article's, and deleting its line would lose the text.
        .take_while(|&start| !trimmed[..start].contains(". "))
        .filter_map(|start| {
            let kind = command(&trimmed[start..])?;
            if is_service_sentence(trimmed, start) {
                return None;
            }
            Some(marks_of_a_call(trimmed, start, kind))
        })
        .filter(|&(marks, _)| marks >= THRESHOLD)
        .map(|(_, marked)| marked)
        .max()
}

/// Where the clauses of a line start: a line may open with a question or
/// a label before its command ("Man of the match? Vote…", "Sponsored:
/// Shop…", "Commentaires — Soyez…").
fn clauses(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.char_indices()
            .filter(|&(_, c)| CLAUSE_ENDS.contains(&c))
            .map(|(i, c)| i + c.len_utf8()),
    )
}

const CLAUSE_ENDS: &[char] = &['.', '!', '?', ':', '—', '–', '|'];
const SENTENCE_ENDS: &[char] = &['.', '!', '?'];

/// The call opening at `start`: up to its sentence's end, included.
fn sentence_from(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let end = rest.find(SENTENCE_ENDS).map_or(rest.len(), |i| {
        i + rest[i..].chars().next().map_or(1, char::len_utf8)
    });
    &rest[..end]
}

/// The words of `text` as [`tokens`] reads them, one at a time.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '@' | '+' | '%')))
        .filter(|t| t.chars().any(char::is_alphanumeric))
}

/// How a clause opens with a command to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Command {
    /// Any verb: "Pick your seats", "Trouver la clinique".
    Verb,
    /// A verb buttons say (`rules/ui/`), or its French imperative
    /// ("Réservez" of "réserver"): itself a mark of the page.
    ButtonVerb,
}

/// A call of several clauses closed by a full stop, with no icon or arrow
/// on the line: the site's own service sentence ("Drop in, ring us, or
/// book through the calendar on our website."), which tells how the
/// service works. A button or a banner is a few words, or carries a mark.
fn is_service_sentence(line: &str, start: usize) -> bool {
    let call = sentence_from(line, start);
    let end = call.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    // Its second clause is the service's next step, said by the site
    // ("…, nous vous recontacterons") or another way to use it ("…, or
    // book…").
    let goes_on = call.split(", ").skip(1).any(|clause| {
        words_of(clause)
            .next()
            .is_some_and(|w| SERVICE_CLAUSE_OPENERS.contains(&ui_words::key(w).as_str()))
    });
    end.ends_with('.')
        && !end.ends_with("...")
        && goes_on
        && tokens(call).len() >= MIN_SERVICE_WORDS
        && !opens_with_a_mark(line)
        && !closes_with_a_mark(line)
        && !line.chars().any(is_icon)
}

/// Words opening the second clause of a service sentence: the site as
/// subject, or a conjunction adding another way to use the service.
const SERVICE_CLAUSE_OPENERS: &[&str] =
    &["nous", "we", "on", "or", "ou", "and", "et", "then", "puis"];

/// Words of a call that is a whole sentence of the site's copy.
const MIN_SERVICE_WORDS: usize = 12;

/// Whether `clause` opens with a command to the reader, and how.
pub(super) fn command(clause: &str) -> Option<Command> {
    // A quoted label ("« Valider » ou « Envoyer »…") is named, not said.
    let opening = clause.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_quote(c));
    if opening.starts_with(is_quote) {
        return None;
    }
    let mut opening_words = words_of(clause);
    let first = opening_words.next()?;
    let second = opening_words.next();
    let key = ui_words::key(first);
    let head = key.split('\'').next().unwrap_or(&key);
    if FR_NOT_COMMANDS.contains(&head) || EN_NOT_COMMANDS.contains(&key.as_str()) {
        return None;
    }
    let next = second.map(ui_words::key);
    let third = opening_words.next().map(ui_words::key);
    // A verb of command takes its object at once: "Overall, this…",
    // "Ensuite, …" open a statement.
    let after_first = &clause[clause.find(first).map_or(0, |i| i + first.len())..];
    if after_first.starts_with(',') {
        return None;
    }
    if is_action(first) && second.is_some() {
        return Some(Command::ButtonVerb);
    }
    if let Some(infinitive) = french_imperative(&key) {
        let button = ui_words::lookup_key(&infinitive).is_some_and(|w| w.known && w.action);
        return Some(if button {
            Command::ButtonVerb
        } else {
            Command::Verb
        });
    }
    (french_infinitive(&key, next.as_deref())
        || english_command(&key, next.as_deref(), third.as_deref()))
    .then_some(Command::Verb)
}

/// "Réservez", "Suivez-nous", "N'oubliez", "Abonnez-vous": the
/// infinitive of the imperative ("réserver") when `key` is one.
fn french_imperative(key: &str) -> Option<String> {
    let word = unelided(key);
    let head = word.split('-').next().unwrap_or(word);
    let stem = head.strip_suffix("ez")?;
    (stem.chars().count() > 1
        && head.chars().all(char::is_alphabetic)
        && !FR_NOT_IMPERATIVES.contains(&head))
    .then(|| format!("{stem}er"))
}

/// "Trouver la clinique", "Soutenir le podcast", "S'inscrire".
fn french_infinitive(key: &str, next: Option<&str>) -> bool {
    let word = unelided(key);
    let reflexive = key.starts_with("s'") && word != key;
    let ends_like_one = word.chars().count() > 3
        && (word.ends_with("er") || word.ends_with("ir") || word.ends_with("re"));
    if !ends_like_one
        || FR_NOT_INFINITIVES.contains(&word)
        || !word.chars().all(char::is_alphabetic)
    {
        return false;
    }
    reflexive
        || next.is_some_and(|n| {
            let object = n.split('\'').next().unwrap_or(n);
            FR_AFTER_INFINITIVE.contains(&object)
        })
}

/// "Pick your seats", "Chat with an agent", "Vote now", "Take 10% off":
/// a base form (no -s, -ed, -ing, -ly ending) before its object, a
/// particle or a number.
fn english_command(key: &str, next: Option<&str>, third: Option<&str>) -> bool {
    let base_form = key.len() > 2
        && key.chars().all(|c| c.is_ascii_lowercase())
        && !EN_NOT_COMMANDS.contains(&key)
        // "bring", "feed" are base forms; "booking", "booked" are not.
        && !(key.ends_with("ing") && key.len() > 5)
        && (!key.ends_with("ed") || key.ends_with("eed"))
        && !key.ends_with("ly")
        && (!key.ends_with('s') || key.ends_with("ss"));
    base_form
        && next.is_some_and(|n| {
            EN_AFTER_COMMAND.contains(&n) || n.starts_with(|c: char| c.is_ascii_digit())
        })
        // "Hope this helps": "this" is the subject of a verb in -s.
        && !(next.is_some_and(|n| matches!(n, "this" | "that" | "it"))
            && third.is_some_and(|t| t.ends_with('s') && !t.ends_with("ss")))
}

/// The word of a key without a French elision before it.
fn unelided(key: &str) -> &str {
    key.rfind('\'').map_or(key, |i| &key[i + 1..])
}

/// How strongly a call marks the site speaking about itself, and whether
/// an icon or an arrow opens or closes it. The call opens at `start` in
/// `line` and runs to the end of its sentence.
fn marks_of_a_call(line: &str, start: usize, kind: Command) -> (u32, bool) {
    let call = sentence_from(line, start);
    let first = line[..start].chars().all(|c| !c.is_alphanumeric());
    let words = tokens(call);
    let keys: Vec<String> = words.iter().map(|w| ui_words::key(w)).collect();
    let end = call.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    // A button's label: a few words and no end of sentence.
    let button_shape = words.len() <= MAX_BUTTON_WORDS && !end.ends_with(['.', ';', ',', '?', '!']);
    let mut marks = u32::from(button_shape);
    // A command set in bold as a whole ("**Join the club list** and…") is
    // a button's label inside a sentence.
    let bold = call
        .trim_start()
        .strip_prefix("**")
        .is_some_and(|rest| rest.contains("**"));
    marks += u32::from(bold);
    if button_shape && kind == Command::ButtonVerb {
        marks += 1;
    }
    // An icon opening a button is its mark; opening a sentence, it is the
    // style of a post.
    let opens = first && opens_with_a_mark(line);
    if opens {
        marks += if button_shape { 2 } else { 1 };
    }
    let closes = start + call.len() == line.len() && closes_with_a_mark(line);
    if closes {
        marks += 2;
    }
    // A noun of the medium, the command's verb aside: 2 for one, 3 after
    // "this" or "our"; an ambiguous one only after them.
    let pointed = |i: usize| SELF_POINTERS.contains(&unelided(&keys[i - 1]));
    let noun = (1..keys.len())
        .filter_map(|i| {
            let word = unelided(&keys[i]);
            if SITE_NOUNS.contains(&word) {
                Some(if pointed(i) { 3 } else { 2 })
            } else if SITE_NOUNS_AFTER_A_POINTER.contains(&word) && pointed(i)
                || GESTURES.contains(&word)
                    && (FEW.contains(&keys[i - 1].as_str())
                        || keys[i - 1].starts_with(|c: char| c.is_ascii_digit()))
            {
                Some(2)
            } else {
                None
            }
        })
        .max();
    marks += noun.unwrap_or(0);
    // "Suivez-nous": the page names itself as the command's object.
    if keys.first().is_some_and(|k| k.ends_with("-nous")) {
        marks += 2;
    }
    if words.iter().any(|w| is_discount_code(w)) {
        marks += 2;
    }
    let offer =
        call.contains(['%', '€', '£', '$']) || keys.iter().any(|k| OFFER.contains(&k.as_str()));
    let online = keys.iter().any(|k| NOW_OR_ONLINE.contains(&k.as_str()))
        || keys.windows(2).any(|w| w[0] == "en" && w[1] == "ligne");
    // The site's voice ("we", "notre", "Contact us").
    let voice = keys.iter().any(|k| SITE_VOICE.contains(&k.as_str())) || words.contains(&"us");
    let pointer = keys.iter().any(|k| PAGE_POINTERS.contains(&k.as_str()));
    marks += [offer, online, voice, pointer]
        .into_iter()
        .map(u32::from)
        .sum::<u32>();
    (marks, opens || closes)
}

/// A discount code: capitals and digits in one word ("SPRING10").
fn is_discount_code(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    letters >= 3
        && digits >= 1
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Arrows and pointers a link or a button ends with, and a rating's stars.
fn is_pointer(c: char) -> bool {
    matches!(
        c,
        '»' | '›' | '>' | '▸' | '▶' | '►' | '▹' | '▷' | '★' | '⭐' | '☆'
    ) || is_icon(c)
}

fn is_quote(c: char) -> bool {
    matches!(c, '«' | '"' | '“' | '‘' | '\'')
}

/// Whether an icon or an arrow opens the line ("🔔 Get…", "➜ Trouver…").
fn opens_with_a_mark(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '+'))
        .chars()
        .next()
        .is_some_and(is_icon)
}

/// Whether an icon or an arrow closes the line ("… plan →", "… 🙌").
fn closes_with_a_mark(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '\u{FE0F}' | '\u{200D}')
    });
    let Some(last) = text.chars().next_back() else {
        return false;
    };
    // A `»` or `›` closing a quotation the line opened is the quotation's
    // mark ("Ligne 34, arrêt « Mairie »"), not a link's pointer.
    let closes_a_quote = match last {
        '»' => text.contains('«'),
        '›' => text.contains('‹'),
        _ => false,
    };
    is_pointer(last) && !closes_a_quote
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_about_the_site_whatever_their_wording() {
        for text in [
            "📌 Pin this guide to your board before you leave ➜",
            "Grab the spring timetable from our app today",
            "Message us in the app — we answer within the hour",
            "Ouvrez votre compte client en trois clics ▸",
            "Retrouvez-nous chaque jeudi sur la chaîne de l'association",
            "Consulter le programme complet →",
            "Take 10% off your first order with code HARBOUR10!",
            "Bored of waiting? Ring the shop bell icon at the top of the page 🛎",
            "Big match on Sunday? Predict the score in our poll ▸",
            "Enregistrer la fiche dans mes favoris en un clic",
            "Got this from a colleague? **Join the mailing list** and read it first.",
            "Free postage over £40 — use code WINTER5 at checkout",
        ] {
            assert!(site_address(text).is_some(), "{text}");
        }
    }

    #[test]
    fn commands_about_the_world_are_text() {
        for text in [
            "Cut the stems at an angle and change the water every two days.",
            "Consultez l'article 12 du règlement intérieur avant la réunion.",
            "Check the account of your last visit if the leak comes back.",
            "Serve now with a green salad!",
            "Pull off the tape while it is soft → the edges stay clean.",
            "Arrêt Mairie ▸ uniquement le samedi",
            "Prévoyez de la monnaie : les tickets ne sont pas vendus à bord.",
            "Follow these steps:",
            "The members voted on Tuesday evening.",
            "Print this sheet and pin it by the cooker if that helps.",
            "- 🔗 **Fence:** tap each post and listen for clicks or loose links.",
            "Hope this gives you a good start for the blog!",
            "🎉 Join us for the village fete, raising money for the new roof!",
            "- Near the park and good transport links",
            "12:40 – Comment monter un club de lecture",
            "Overall, this profile paints a warm picture of the new vicar",
            "10 h — Atelier 2 : Dessiner le quartier aujourd'hui",
            "The club grew fast this year. Fancy a game? Book a court with our team →",
            "Le bouton est flou. « Valider » ne dit rien ; « Créer mon compte » le dit.",
            "Ligne 34, arrêt « Pointe du Raz »",
        ] {
            assert!(site_address(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_mark_opening_or_closing_the_line_is_reported() {
        assert_eq!(
            site_address("➜ Trouver la boutique la plus proche"),
            Some(true)
        );
        assert_eq!(
            site_address("Abonnez-vous à la lettre du club pour suivre nos sorties"),
            Some(false)
        );
    }
}
