//! What a widget leaves at the end of a line of text: a bar of buttons
//! after a label or a sentence ("Partagez cet article : Facebook | X |
//! E-mail", a cookie notice's sentence and then "Accept | Refuse"), and a
//! call to action whose button lost its link ("Book your table tonight!
//! [Book]", "Get the guide 👉 Download it").
//!
//! [`super::line_shape`] measures whole lines of UI words; these lines
//! hold a sentence of the page's copy too, so they are read by their end:
//! the items of a bar each name a network or a button, a lost button is a
//! short command in brackets or after a pointer. A line of the article
//! ends on its own words.

use super::line_shape::is_icon;
use super::ui_words;

/// Separators between the items of a bar. `–` and `—` join the items of a
/// footer ("Legal notice – Sitemap – Contact"); they also set off clauses
/// in prose, so they count only when they make four items or more.
const BAR_SEPARATORS: &[&str] = &[" | ", " • ", " · ", " ⋅ ", " ∙ ", "] ["];
const DASH_SEPARATORS: &[&str] = &[" – ", " — "];

/// Items of one bar are a name or a button each: a few words.
const MAX_ITEM_WORDS: usize = 8;
/// A label over a bar is short ("Share this:", "Listen on:"); the sentence
/// of a cookie notice or a share prompt before its buttons runs longer.
const MAX_HEAD_WORDS: usize = 20;
const MAX_BARE_LABEL_WORDS: usize = 6;
/// A call to action is a sentence or two before its button; a paragraph of
/// the article ending on a note in brackets runs longer.
const MAX_CALL_WORDS: usize = 40;
/// A lost button's label is a short command ("Book now", "Je m'inscris").
const MAX_BUTTON_WORDS: usize = 5;

/// The word of a token without a French elision before it ("s'abonner" is
/// "abonner" to the lists).
fn unelided(token: &str) -> &str {
    token.rfind(['\'', '’']).map_or(token, |i| {
        &token[i + token[i..].chars().next().map_or(1, char::len_utf8)..]
    })
}

/// What one word of a bar's item is.
pub(super) fn strong_word(token: &str) -> bool {
    // A handle ("@townhall") names an account, as a network's name does.
    token.starts_with('@') && token.len() > 1
        || ui_words::lookup(unelided(token)).is_some_and(|w| w.known && w.is_strong())
}

pub(super) fn is_action(token: &str) -> bool {
    ui_words::lookup(unelided(token)).is_some_and(|w| w.known && w.action)
}

/// The words of a stretch of a line: letters, digits and the marks inside
/// words; icons and punctuation fall away.
pub(super) fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '@' | '+' | '%')))
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect()
}

/// Whether the line ends with a bar of widget items, after nothing or
/// after a short label or the widget's sentence: each item a network, a
/// button or a count, in three items or more (two when each opens with a
/// button's verb: "💬 Join the forum · 🐦 Follow @us"), most of them
/// holding a word of page chrome; and the text before them, if any, says
/// what the bar does (a word of page chrome) or is a short label ending in
/// a colon ("Spread the word:").
pub fn ends_with_a_bar(prose: &str) -> bool {
    let text = prose.trim();
    // A table's row pasted as text has its cells between pipes.
    if text.starts_with('|') || text.ends_with('|') {
        return false;
    }
    let Some((head, items)) = split_bar(text) else {
        return false;
    };
    let counts = items.iter().map(|item| {
        let words = tokens(item);
        let strong = words.iter().any(|w| strong_word(w))
            || item.chars().any(|c| c == '★' || c == '⭐')
                && item.chars().any(|c| c.is_ascii_digit());
        let led = words.first().is_some_and(|w| is_action(w));
        (words.len(), strong, led)
    });
    let (mut strong, mut led, mut fits) = (0, 0, true);
    for ((words, is_strong, is_led), item) in counts.zip(&items) {
        fits &= (1..=MAX_ITEM_WORDS).contains(&words) && !item.ends_with(['.', ';', ',']);
        strong += usize::from(is_strong);
        led += usize::from(is_led);
    }
    let enough_items = items.len() >= 3 || (items.len() == 2 && led == 2);
    if !fits || !enough_items || strong < 2 || strong * 2 < items.len() {
        return false;
    }
    let head_words = tokens(head);
    let head_says_it = head_words.iter().any(|w| strong_word(w));
    let bare_label = head
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
        .ends_with(':')
        && head_words.len() <= MAX_BARE_LABEL_WORDS;
    head_words.is_empty() || (head_words.len() <= MAX_HEAD_WORDS && (head_says_it || bare_label))
}

/// The line split into the text before its bar and the bar's items: the
/// bar starts after the last colon or end of sentence before its first
/// separator.
fn split_bar(text: &str) -> Option<(&str, Vec<&str>)> {
    let first = |seps: &[&str]| seps.iter().filter_map(|s| text.find(s)).min();
    let (first_sep, separators): (usize, &[&str]) = match first(BAR_SEPARATORS) {
        Some(at) => (at, BAR_SEPARATORS),
        None => (first(DASH_SEPARATORS)?, DASH_SEPARATORS),
    };
    let before = &text[..first_sep];
    let boundary = [": ", " : ", ". ", "? ", "! ", ":** ", ":* "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let (head, bar) = text.split_at(boundary);
    let mut items: Vec<&str> = vec![bar];
    for sep in separators {
        items = items.iter().flat_map(|item| item.split(sep)).collect();
    }
    let items: Vec<&str> = items
        .into_iter()
        .map(|i| i.trim_matches(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '*' | '_')))
        .filter(|i| !i.is_empty())
        .collect();
    let dashes = separators == DASH_SEPARATORS;
    (!dashes || items.len() >= 4).then_some((head, items))
}

/// Pointers before a button: an emoji hand or arrow always; a plain arrow
/// or dash only before a label set apart (in brackets, bold or italics).
const EMOJI_POINTERS: &[char] = &['👉', '➡', '👇', '⬇', '➜', '➔', '➤', '▶'];
const PLAIN_POINTERS: &[char] = &['→', '–', '—', '>', '»'];

/// Whether the line ends with a call to action's button whose link was
/// lost: a short label in brackets with no link after it ("… today!
/// [Book now]"), or after a pointer ("… 👉 Send my application", "… →
/// *Compare prices*"), that opens with a button's verb, a first person's
/// command ("Je m'abonne", "I want…") or holds an arrow. A line of text
/// with a note in brackets ("[sic]", "[1]", a placeholder) ends on none
/// of these.
pub fn ends_with_a_lost_button(prose: &str) -> bool {
    let text = prose.trim_end();
    let (label, label_start) = if let Some(inner) = text.strip_suffix(']') {
        let Some(open) = inner.rfind('[') else {
            return false;
        };
        (&inner[open + 1..], open)
    } else if let Some(at) = bare_button_after_a_sentence(text) {
        (&text[at..], at)
    } else {
        let Some((at, pointer)) = text
            .char_indices()
            .rev()
            .find(|(_, c)| EMOJI_POINTERS.contains(c) || PLAIN_POINTERS.contains(c))
        else {
            return false;
        };
        let label = &text[at + pointer.len_utf8()..];
        let at = at + pointer.len_utf8();
        let set_apart = label.trim().starts_with(['*', '_', '[']);
        if !EMOJI_POINTERS.contains(&pointer) && !set_apart {
            return false;
        }
        (label, at)
    };
    let before = text[..label_start].trim_end_matches(['[', ' ']);
    // A button stands apart from the copy before it: after the end of a
    // sentence, a colon, a dash, bold text or a pointer. Placeholders in a
    // list ("contact: [NAME], [EMAIL]") follow a comma, and shout.
    let stands_apart = before.ends_with(['!', '.', ':', '?', '*', '_', '–', '—', '→'])
        || before.ends_with(|c: char| is_icon(c) || EMOJI_POINTERS.contains(&c));
    let shouts = !label.chars().any(char::is_lowercase);
    let words = tokens(label);
    let Some(first) = words.first() else {
        return false;
    };
    let clean =
        label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']'));
    let first_person =
        matches!(ui_words::key(first).as_str(), "je" | "j" | "i") && words.len() >= 2;
    let command = is_action(first) || first_person || label.chars().any(is_icon);
    (1..=MAX_BUTTON_WORDS).contains(&words.len())
        && clean.starts_with(char::is_uppercase)
        && !clean.ends_with(['.', ',', ';'])
        && command
        && stands_apart
        && !shouts
        && (2..=MAX_CALL_WORDS).contains(&tokens(before).len())
}

/// Most words of a button left bare after the copy's last sentence.
const MAX_BARE_BUTTON_WORDS: usize = 3;

/// Where a bare button starts: the line's last sentence is one to three
/// words opening with a button's verb, with no punctuation of its own
/// ("… every Monday. Sign me up", "… chaque lundi. S'inscrire").
fn bare_button_after_a_sentence(text: &str) -> Option<usize> {
    let at = [". ", "! ", "? "]
        .iter()
        .filter_map(|b| text.rfind(b).map(|i| i + b.len()))
        .max()?;
    let tail = &text[at..];
    let words = tokens(tail);
    let clean = tail.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    ((1..=MAX_BARE_BUTTON_WORDS).contains(&words.len())
        && words.first().is_some_and(|w| is_action(w))
        && clean.starts_with(char::is_uppercase)
        && !clean.ends_with(|c: char| c.is_ascii_punctuation() && c != '*' && c != '_'))
    .then_some(at)
}

/// Arrows drawn after a button's label ("See all posts →", "Share ↗"):
/// prose never closes a sentence on an arrow.
const TRAILING_ARROWS: &[char] = &['→', '↗', '➜', '➔', '⟶', '▸', '▶', '⇒', '↘'];
/// Where a button's label starts after the copy before it: the end of a
/// sentence, a colon, a dash, an ellipsis or a bar.
const LABEL_BOUNDARIES: &[&str] = &[". ", "! ", "? ", ": ", " — ", " – ", "… ", "... ", " | "];

/// Where a button left at the tail of a line starts, whatever the copy
/// before it and however long the line: a command of a few words closed
/// by an arrow ("… Voir tous ses articles →"), a command shouted after an
/// arrow ("… ! → START QUIZ"), a command left bare after an ellipsis
/// ("… brosse, peigne… Voir la sélection"). Each angle is a mark prose
/// never takes: a sentence does not end on an arrow, a shouted command
/// after an arrow is a button's label, and a clause of a few words with
/// no full stop after an ellipsis that closes a list is a link's text.
/// A line ending on a full stop, a question or a quote is the author's.
pub fn tail_button(line: &str) -> Option<usize> {
    let text = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if let Some(label_text) = text.strip_suffix(TRAILING_ARROWS) {
        let start = label_start(label_text);
        let label = &label_text[start..];
        return commands(label, 1..=MAX_BUTTON_WORDS).then_some(start);
    }
    // A shouted label after a plain arrow, once the copy has ended.
    if let Some(at) = text.rfind('→') {
        let label = &text[at + '→'.len_utf8()..];
        let before = text[..at].trim_end();
        let shouts =
            label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase);
        if shouts
            && before.ends_with(['!', '.', '?', ':'])
            && tokens(before).len() >= 2
            && commands(label, 1..=MAX_BUTTON_WORDS)
        {
            return Some(at);
        }
        return None;
    }
    // A bare command after an ellipsis closing the copy before it.
    let at = ["… ", "... "]
        .iter()
        .filter_map(|b| text.rfind(b).map(|i| i + b.len()))
        .max()?;
    let label = &text[at..];
    (tokens(&text[..at]).len() >= 2
        && !label.ends_with(|c: char| c.is_ascii_punctuation() || c == '…' || c == '»')
        && commands(label, 1..=MAX_BARE_BUTTON_WORDS))
    .then_some(at)
}

/// Marks that point on to another page when they close a line: arrows,
/// chevrons and triangles. `»` and `›` also close a quotation; the caller
/// tells them apart by the opening mark before them.
const CLOSING_POINTERS: &[char] = &[
    '→', '➜', '➔', '➤', '⟶', '▸', '▶', '►', '▷', '❯', '⇒', '›', '»',
];
/// Pointers that also close a quotation (`« … »`, `‹ … ›`).
pub const QUOTE_CLOSERS: &[char] = &['»', '›'];
/// Most words of a link's label, a whole line ("In the next chapter:
/// fitting the brakes →") or the words after the copy's last sentence; a
/// sentence of copy runs longer.
const MAX_LINK_WORDS: usize = 8;

/// Where a link's label closed by a pointer starts, and the pointer:
/// whatever its words (a noun phrase "Older posts ›", a preposition "To
/// go further →", a deictic "It's all here ➜"), a label of a few words
/// that ends the line on an arrow, a chevron or a triangle points the
/// reader to another page. Prose never ends a line on a pointer: an
/// arrow inside a line is a step of a sequence (`a → b`), and a label
/// holding another arrow is such a sequence. The label is the whole line
/// when it is short, or else the words after the copy's last sentence;
/// a sentence's own stop inside the label makes it copy. Two more places
/// hold such a label: a Markdown link's text (`[Take the quiz ▶](…)`),
/// and the head of a bar of links (`Further reading → A | B | C`).
pub fn pointer_closed_label(line: &str) -> Option<(usize, char)> {
    let text = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if let Some(found) =
        link_text_closed_by_a_pointer(text).or_else(|| bar_headed_by_a_pointer(text))
    {
        return Some(found);
    }
    let pointer = text
        .chars()
        .next_back()
        .filter(|c| CLOSING_POINTERS.contains(c))?;
    let label_text = text[..text.len() - pointer.len_utf8()].trim_end();
    let start = if tokens(label_text).len() <= MAX_LINK_WORDS {
        0
    } else {
        label_start(label_text)
    };
    is_link_label(&label_text[start..]).then_some((start, pointer))
}

/// Whether `label` reads as a link's text: one to a few words, opening
/// with a capital or an icon, with no stop, quotation or other arrow of
/// a sentence inside.
fn is_link_label(label: &str) -> bool {
    let label = label.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '[' | '#' | '-' | '>')
    });
    let arrow = |c: char| CLOSING_POINTERS.contains(&c) && !QUOTE_CLOSERS.contains(&c);
    (1..=MAX_LINK_WORDS).contains(&tokens(label).len())
        && label.starts_with(|c: char| c.is_uppercase() || is_icon(c))
        && !label.contains(['.', '!', '?', ';', '"', '“', '”', '«', '‹', '('])
        && !label.contains(arrow)
}

/// A Markdown link whose text ends on a pointer: `[Open the map →](…)`.
fn link_text_closed_by_a_pointer(text: &str) -> Option<(usize, char)> {
    for (at, _) in text.match_indices("](") {
        let inner = text[..at].trim_end();
        let Some(pointer) = inner
            .chars()
            .next_back()
            .filter(|c| CLOSING_POINTERS.contains(c))
        else {
            continue;
        };
        let Some(open) = inner.rfind('[') else {
            continue;
        };
        if is_link_label(&inner[open + 1..inner.len() - pointer.len_utf8()]) {
            return Some((open, pointer));
        }
    }
    None
}

/// Separators between the links of a bar after a pointer.
const LINK_BAR_SEPARATORS: &[&str] = &[" | ", " · ", " • "];

/// A short label and a pointer opening a bar of links: `Most read ▸ A ·
/// B · C`. The label must open the line and the bar hold two separators
/// or more: "Mix the flour → then the eggs" is a step of a method.
fn bar_headed_by_a_pointer(text: &str) -> Option<(usize, char)> {
    let (at, pointer) = text
        .char_indices()
        .find(|(_, c)| CLOSING_POINTERS.contains(c) && !QUOTE_CLOSERS.contains(c))?;
    let bar = &text[at + pointer.len_utf8()..];
    let items = LINK_BAR_SEPARATORS
        .iter()
        .map(|s| bar.matches(s).count())
        .max()
        .unwrap_or(0);
    (items >= 2 && is_link_label(&text[..at])).then_some((0, pointer))
}

/// The start of the label ending `text`: after its last boundary.
fn label_start(text: &str) -> usize {
    let text_end = text.trim_end();
    LABEL_BOUNDARIES
        .iter()
        .filter_map(|b| text_end.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

/// Whether `label` is a button's command: a few words, the first a
/// button's verb (or a first person's "Je …"), written as a label
/// (capitalised, no punctuation of a clause inside it).
fn commands(label: &str, words: std::ops::RangeInclusive<usize>) -> bool {
    let clean =
        label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']'));
    let list = tokens(clean);
    let Some(first) = list.first() else {
        return false;
    };
    let first_person = matches!(ui_words::key(first).as_str(), "je" | "j" | "i") && list.len() >= 2;
    words.contains(&list.len())
        && clean.starts_with(char::is_uppercase)
        && !clean.contains([',', ';', '.', '!', '?', '«', '"', '“', '('])
        && (is_action(first) || first_person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_after_their_label_or_sentence() {
        for line in [
            "Faites passer : [Facebook] [Mastodon] [E-mail]",
            "**Tell a friend:** [Facebook] [Mastodon] [E-mail]",
            "Nous utilisons des traceurs pour compter les visites. Tout accepter | Paramétrer | Refuser",
            "Follow the choir on: Instagram · Bluesky · @choir",
            "🛒 Save to cart · 💬 Comment on this",
            "Legal notice – Sitemap – Accessibility – Contact us",
        ] {
            assert!(ends_with_a_bar(line), "{line}");
        }
        for line in [
            "Three towns took part: Arles | Nîmes | Uzès",
            "We compared three apps. Facebook | Strava | Komoot are the popular ones for riders who share",
            "Paris – Lyon – Marseille – Nice",
            "Breakfast · Lunch",
        ] {
            assert!(!ends_with_a_bar(line), "{line}");
        }
    }

    #[test]
    fn buttons_that_lost_their_link() {
        for line in [
            "Your first box ships free this month! [Order now]",
            "Recevez le guide des randonnées 👉 Télécharger le guide",
            "**Price today: €45** → *Compare prices*",
            "Un bilan gratuit en cinq minutes – [Je fais le test]",
            "Le programme du festival chaque jeudi dans votre boîte. S'abonner",
        ] {
            assert!(ends_with_a_lost_button(line), "{line}");
        }
        for line in [
            "The mayor signed it, he said, on the wrong page [sic]",
            "Prices rose by a third last year [1]",
            "Ask the shop for a quote at [shop name]",
            "Write to the press office: [NAME], [EMAIL]",
            "Bring your own tools, gloves, a flask, [Optional] [Download]",
            "Mix the butter and sugar → then add the eggs",
            "Le départ se fait à la gare 👉 Rendez-vous à 9 h.",
            "We walked on. Share the road.",
            "The ferry left at nine. Nobody waved",
        ] {
            assert!(!ends_with_a_lost_button(line), "{line}");
        }
    }

    #[test]
    fn link_labels_closed_by_a_pointer() {
        for (line, label) in [
            (
                "Past issues of the bulletin ›",
                "Past issues of the bulletin ›",
            ),
            (
                "Toutes les recettes sont là ➜",
                "Toutes les recettes sont là ➜",
            ),
            (
                "The choir sang for an hour in the rain and nobody left. The full recording, right this way →",
                "The full recording, right this way →",
            ),
            (
                "[Faire le quiz ▶](https://quiz.example) — ou non",
                "[Faire le quiz ▶](https://quiz.example) — ou non",
            ),
            (
                "Les plus lus ▸ Un titre · Un autre titre · Un dernier",
                "Les plus lus ▸ Un titre · Un autre titre · Un dernier",
            ),
        ] {
            let at = pointer_closed_label(line).map(|(at, _)| at);
            assert_eq!(at.map(|at| &line[at..]), Some(label), "{line}");
        }
        for line in [
            "Mix the butter and sugar → then add the eggs",
            "Le trajet : gare → mairie → médiathèque →",
            "the last stop on the line ›",
            "We waited for the ferry for an hour. It came at last, late and full of cyclists who had missed the earlier one →",
            "Stir the flour → then the milk · slowly",
        ] {
            assert_eq!(pointer_closed_label(line), None, "{line}");
        }
    }

    #[test]
    fn buttons_at_the_tail_of_a_long_or_claimed_line() {
        for (line, label) in [
            (
                "Anna teaches pottery in Leeds. She writes for us on kilns. View every post by Anna →",
                "View every post by Anna →",
            ),
            (
                "Suivez le club sur ses réseaux ! Partager la page ↗",
                "Partager la page ↗",
            ),
            (
                "Unsure which class suits you? Answer six questions and we will tell you! → OPEN THE QUIZ",
                "→ OPEN THE QUIZ",
            ),
            (
                "Nos coups de cœur : gourde, lampe frontale, couteau pliant… Voir la gamme",
                "Voir la gamme",
            ),
        ] {
            let at = tail_button(line);
            assert_eq!(at.map(|at| &line[at..]), Some(label), "{line}");
        }
        for line in [
            "Mix the butter and sugar → then add the eggs",
            "Stir for ten minutes → the sauce thickens",
            "We waited… Nothing came.",
            "The trail fades… Keep left of the cairns and the col appears after an hour.",
            "Le guide résume la règle. → NB : LIRE LE CONTRAT",
            "He left the stage, saying « Voir plus loin »",
            "The river bends south → EAST OF THE BRIDGE",
            "Il hésita… puis partit",
        ] {
            assert_eq!(tail_button(line), None, "{line}");
        }
    }
}
