//! Sections whose promise the lines under them do not keep, for
//! `structure.empty-section`. Each form is read from the page's shape and
//! from closed classes of words (what a title promises, what a page's end
//! is made of), never from a phrase:
//!
//! - a label or a title promising a kind of content (dates, opening
//!   hours, links, music credits, a list to bring), over lines that give
//!   none of it: a paragraph with no date under "Upcoming sessions", a
//!   sentence with no time under "Hours from 2 to 6 January:", a music
//!   credit under "Links mentioned:", a crew line under "Music credits:",
//!   another label's row under "Checklist";
//! - a label ending in a colon over nothing but the page's end: a
//!   mailer's footer, the letter's closing, a note to a colleague
//!   ("@Sam fill this in");
//! - a presentation or a contact title ("About the union", "Media
//!   contact") over nothing but a social line, another such title or the
//!   end;
//! - a chat message ending on a label ("Shopping list:") whose list never
//!   came in the next message;
//! - a screen reader's heading ("Heading level 2, Prices", "Titre de
//!   niveau 2, Tarifs", "Prices, heading level 2") right over a heading of
//!   its level or higher: a screen-reader dump shows levels, so a level 2
//!   over a level 3 is a part over its first subsection;
//! - bullets alone ("-" lines, two or more) under a label or a heading;
//! - a number alone ("4.") between the items of its series that hold
//!   text, whatever text lies under the item before it.
//!
//! Everything is read once per document: only short lines are looked at,
//! with a few blocks after each.

use super::closing;
use crate::diagnostic::Span;
use crate::markup::BlockKind;
use crate::rules::leftovers::Leftovers;
use crate::text::{Document, MONTHS, WEEKDAYS};

/// A section whose promise is broken: the span the writer quotes, the
/// message, and the spans that show it.
pub(super) struct Broken {
    pub(super) span: Span,
    pub(super) message: String,
    pub(super) labels: Vec<(Span, &'static str)>,
}

/// What a title promises.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Promise {
    Dates,
    Hours,
    Links,
    Music,
    List,
}

impl Promise {
    fn name(self) -> &'static str {
        match self {
            Promise::Dates => "dates",
            Promise::Hours => "hours",
            Promise::Links => "links",
            Promise::Music => "music credits",
            Promise::List => "a list",
        }
    }
}

/// Most words of a label or a title read here.
const MAX_TITLE_WORDS: usize = 10;

/// Most words of a heading naming dates or hours without a colon.
const MAX_DATE_TITLE_WORDS: usize = 6;

/// Most words of a title naming a list without a colon.
const MAX_LIST_TITLE_WORDS: usize = 5;

/// Blocks read under a title for what it promises.
const MAX_CONTENT_BLOCKS: usize = 4;

/// Words of a title that promise dates by themselves.
const DATE_WORDS: &[&str] = &["dates", "calendar", "calendrier", "schedule"];

/// Words of a title naming things that happen, which promise dates when
/// the title puts them ahead ("Upcoming sessions", "Nos prochains
/// rendez-vous", "Where we meet next").
const EVENT_WORDS: &[&str] = &[
    "sessions",
    "session",
    "events",
    "event",
    "meetings",
    "meet",
    "workshops",
    "rehearsals",
    "concerts",
    "outings",
    "événements",
    "évènements",
    "rendez-vous",
    "réunions",
    "ateliers",
    "sorties",
    "permanences",
    "séances",
    "rencontres",
    "répétitions",
    "ouvertes",
];

/// Words that put what a title names ahead.
const FUTURE_WORDS: &[&str] = &[
    "upcoming",
    "next",
    "coming",
    "future",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "venir",
    "futurs",
    "futures",
];

/// Words of a title that promise opening hours.
const HOUR_WORDS: &[&str] = &["hours", "horaires", "horaire", "timetable"];

/// Words of a title that promise links.
const LINK_WORDS: &[&str] = &[
    "links",
    "link",
    "liens",
    "lien",
    "resources",
    "ressources",
    "urls",
];

/// Words of a title that promise a list of things to bring or buy.
const LIST_WORDS: &[&str] = &[
    "checklist",
    "list",
    "liste",
    "bring",
    "apporter",
    "matériel",
    "courses",
    "shopping",
    "chapters",
    "chapitres",
    "timestamps",
];

/// Words of a section's text that give an hour's place without a figure.
const HOUR_TEXT_WORDS: &[&str] = &[
    "closed", "fermé", "fermée", "fermés", "fermées", "noon", "midnight", "midi", "minuit",
];

/// Words of a text that give a date without a figure.
const DAY_WORDS: &[&str] = &[
    "today",
    "tomorrow",
    "tonight",
    "weekly",
    "aujourd'hui",
    "demain",
    "soir",
];

/// Words that mark a music credit.
const MUSIC_TEXT_WORDS: &[&str] = &[
    "music",
    "musique",
    "song",
    "chanson",
    "morceau",
    "track",
    "titre",
    "générique",
    "theme",
    "licence",
    "license",
];

/// Words opening a social line or naming a network ("Follow us on
/// Instagram", "Suivez-nous sur Facebook").
const SOCIAL_WORDS: &[&str] = &[
    "follow",
    "suivez",
    "retrouvez",
    "rejoignez",
    "instagram",
    "facebook",
    "linkedin",
    "tiktok",
    "youtube",
    "mastodon",
];

/// Words opening a call for support ("Support the show", "Soutenez ce
/// podcast").
const SUPPORT_WORDS: &[&str] = &["support", "soutenez", "donate", "faites"];

/// Words opening a blog post's meta line.
const META_WORDS: &[&str] = &[
    "posted",
    "tagged",
    "filed",
    "publié",
    "classé",
    "catégories",
];

/// Words of a mailer's footer ("Unsubscribe", "Se désinscrire", "Sent
/// with …", "Envoyé avec …").
const FOOTER_WORDS: &[&str] = &[
    "unsubscribe",
    "désinscrire",
    "désabonner",
    "désinscription",
    "désabonnement",
    "preferences",
    "préférences",
];

/// Words of a title naming a press contact.
const CONTACT_TITLE_WORDS: &[&str] = &["contact", "contacts", "enquiries", "inquiries"];

/// Most words of a social line or a mailer's footer.
const MAX_TRAILER_WORDS: usize = 25;

/// Fewest words after a mention that make it a note to a colleague.
const MIN_NOTE_WORDS: usize = 2;

fn lower_words<'d>(doc: &'d Document<'_>, i: usize) -> impl Iterator<Item = String> + 'd {
    doc.words_of_block(i)
        .iter()
        .map(move |w| doc.text(w.span()).to_lowercase().replace('’', "'"))
}

fn has_word(doc: &Document<'_>, i: usize, set: &[&str]) -> bool {
    lower_words(doc, i).any(|w| {
        let bare = w.rsplit('\'').next().unwrap_or(&w);
        set.contains(&w.as_str()) || set.contains(&bare)
    })
}

/// The block's source, trimmed of spaces and of the emphasis around it.
fn bare_text<'d>(doc: &'d Document<'_>, i: usize) -> &'d str {
    doc.text(doc.blocks()[i].span())
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'))
}

/// The block at `i` is a label (ending on a colon) or a title (no final
/// mark) of a few words, opening with a capital. Returns whether it ends
/// on a colon.
fn title_or_label(doc: &Document<'_>, i: usize) -> Option<bool> {
    let block = doc.blocks().get(i)?;
    let words = doc.words_of_block(i).len();
    if !(1..=MAX_TITLE_WORDS).contains(&words)
        || !matches!(
            block.kind(),
            BlockKind::Heading { .. } | BlockKind::Paragraph
        )
    {
        return None;
    }
    let text = bare_text(doc, i);
    if text.contains('\n') || !text.starts_with(char::is_uppercase) {
        return None;
    }
    let body = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if let Some(label) = body.strip_suffix(':') {
        let inner = !label.contains([':', '.', '!', '?', ';', '|', '@']);
        return inner.then_some(true);
    }
    let titled = !body.ends_with(['.', '!', '?', ',', ';', '…', ')'])
        && !body.contains([':', '|', '@', '·', '/']);
    titled.then_some(false)
}

fn promise_of(doc: &Document<'_>, i: usize) -> Option<Promise> {
    if has_word(doc, i, HOUR_WORDS) {
        return Some(Promise::Hours);
    }
    if has_word(doc, i, LINK_WORDS) {
        return Some(Promise::Links);
    }
    let credits = lower_words(doc, i).any(|w| w.starts_with("crédit") || w.starts_with("credit"));
    if credits && lower_words(doc, i).any(|w| w.starts_with("music") || w.starts_with("musi")) {
        return Some(Promise::Music);
    }
    let dated = doc.words_of_block(i).iter().any(|w| w.has_digit()) || has_word(doc, i, MONTHS);
    if !dated
        && (has_word(doc, i, DATE_WORDS)
            || (has_word(doc, i, EVENT_WORDS) && has_word(doc, i, FUTURE_WORDS)))
    {
        return Some(Promise::Dates);
    }
    has_word(doc, i, LIST_WORDS).then_some(Promise::List)
}

/// The block at `j` gives a date: a figure, a month, a weekday, a
/// relative day.
fn gives_a_date(doc: &Document<'_>, j: usize) -> bool {
    doc.words_of_block(j).iter().any(|w| w.has_digit())
        || has_word(doc, j, MONTHS)
        || has_word(doc, j, WEEKDAYS)
        || has_word(doc, j, DAY_WORDS)
}

/// The block at `j` gives an hour: a figure followed by "h", a colon or
/// "am"/"pm", or a closed day.
fn gives_an_hour(doc: &Document<'_>, j: usize) -> bool {
    let text = doc.text(doc.blocks()[j].span()).to_lowercase();
    let bytes = text.as_bytes();
    let timed = bytes.iter().enumerate().any(|(k, b)| {
        if !b.is_ascii_digit() {
            return false;
        }
        let rest = text[k + 1..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        rest.starts_with('h')
            || rest.starts_with("am")
            || rest.starts_with("pm")
            || rest.starts_with("a.m")
            || rest.starts_with("p.m")
            || (rest.starts_with(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            // A range of hours: "9 to 5", "9-17", "9 à 17".
            || [" to ", "-", "–", " à ", " - ", " – "].iter().any(|sep| {
                text[k + 1..]
                    .strip_prefix(sep)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
    });
    timed || has_word(doc, j, HOUR_TEXT_WORDS)
}

/// The block at `j` gives a link: an address or a Markdown link.
fn gives_a_link(doc: &Document<'_>, j: usize) -> bool {
    let text = doc.text(doc.blocks()[j].span());
    text.contains("http")
        || text.contains("www.")
        || text.contains("](")
        || text.split_whitespace().any(|token| {
            let token = token.trim_end_matches(['.', ',', ')', ';', '!']);
            let host = token.split_once('/').map_or(token, |(host, _)| host);
            host.rsplit_once('.').is_some_and(|(name, tld)| {
                !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
                    && (2..=4).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_lowercase())
            })
        })
}

/// The block at `j` gives a music credit: a quoted title or a word of
/// music.
fn gives_music(doc: &Document<'_>, j: usize) -> bool {
    let text = doc.text(doc.blocks()[j].span());
    text.contains(['"', '“', '«', '©']) || has_word(doc, j, MUSIC_TEXT_WORDS)
}

/// The block at `j` opens with a label of its own ("Lessons: …",
/// "**Réalisation** : …").
fn opens_with_its_own_label(doc: &Document<'_>, j: usize) -> bool {
    let text = bare_text(doc, j);
    text.split_once(':').is_some_and(|(label, value)| {
        let label = label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        (1..=3).contains(&label.split_whitespace().count())
            && label.starts_with(char::is_uppercase)
            && !label.contains(['.', '!', '?'])
            && !value.trim().is_empty()
            && !value.starts_with("//")
    })
}

/// The block at `j` is a note to a colleague: a mention then a few words
/// ("@Annick relire avant envoi").
fn is_note(doc: &Document<'_>, j: usize) -> bool {
    let text = bare_text(doc, j);
    text.strip_prefix('@').is_some_and(|rest| {
        rest.starts_with(char::is_alphabetic)
            && rest.split_whitespace().count() > MIN_NOTE_WORDS
            && !has_word(doc, j, SOCIAL_WORDS)
    })
}

/// The block at `j` is a social line or a mailer's footer.
fn is_social_or_footer(doc: &Document<'_>, j: usize) -> bool {
    let words = doc.words_of_block(j);
    let short = words.len() <= MAX_TRAILER_WORDS;
    let text = doc.text(doc.blocks()[j].span()).to_lowercase();
    let opens_social = words.first().is_some_and(|w| {
        let first = doc.text(w.span()).to_lowercase();
        SOCIAL_WORDS.iter().any(|s| first.starts_with(s))
    });
    let sent_with = text.contains("sent with") || text.contains("envoyé avec");
    // A call for support with its link ("Support the show: ko-fi.com/…").
    let support = words.first().is_some_and(|w| {
        let first = doc.text(w.span()).to_lowercase();
        SUPPORT_WORDS.contains(&first.as_str())
    }) && gives_a_link(doc, j);
    // A blog post's meta line ("Posted in News | Tagged …", "Publié
    // dans …").
    let meta = words.first().is_some_and(|w| {
        let first = doc.text(w.span()).to_lowercase();
        META_WORDS.contains(&first.as_str())
    }) && text.contains(['|', ',', '·']);
    short && (opens_social || sent_with || support || meta || has_word(doc, j, FOOTER_WORDS))
}

/// The block at `j` is part of a page's end: a widget, a mailer's
/// footer, a social line, the letter's closing, a signature, a note.
fn is_trailer(doc: &Document<'_>, leftovers: &Leftovers, j: usize) -> bool {
    leftovers.is_leftover(j)
        || is_social_or_footer(doc, j)
        || closing::is_valediction(doc, j)
        || closing::is_name_line(doc, j)
        || is_note(doc, j)
}

/// The block at `j` ends a section's reading: a heading (with levels), a
/// label, a closing.
fn stops_content(doc: &Document<'_>, levels: bool, j: usize) -> bool {
    let block = &doc.blocks()[j];
    (levels && block.kind().is_heading())
        || (!levels && block.kind().is_heading() && title_or_label(doc, j).is_some())
        || closing::is_closing(doc, j)
        || closing::is_valediction(doc, j)
}

/// A title naming a presentation or a press contact ("About the union",
/// "À propos de l'amicale", "Media contact", "Press enquiries").
fn is_about_or_contact(doc: &Document<'_>, i: usize) -> bool {
    let text = bare_text(doc, i).to_lowercase();
    let words = doc.words_of_block(i).len();
    title_or_label(doc, i).is_some()
        && ((text.starts_with("about ") || text.starts_with("à propos "))
            || (words <= 3 && has_word(doc, i, CONTACT_TITLE_WORDS)))
}

/// The first block of the page's last run of blocks that all satisfy
/// `keep` (the block count when the last one does not). Asked once per
/// page, walking back from its end: asking each title whether every
/// block after it is of the page's end walked to the end every time, a
/// quadratic cost on a page of presentation titles (20,000 lines of
/// `About us` took 80 seconds).
fn last_run_from(count: usize, keep: impl Fn(usize) -> bool) -> usize {
    let mut from = count;
    while from > 0 && keep(from - 1) {
        from -= 1;
    }
    from
}

pub(super) fn broken_promises(
    doc: &Document<'_>,
    leftovers: &Leftovers,
    levels: bool,
) -> Vec<Broken> {
    let blocks = doc.blocks();
    let count = blocks.len();
    // Where the page's end starts, as a presentation reads it (trailers
    // and presentations, none giving a contact but a social line or a
    // footer) and as a label reads it (trailers, or presentations giving
    // no contact); and the last block giving a contact.
    let about_end = last_run_from(count, |j| {
        (is_trailer(doc, leftovers, j) || is_about_or_contact(doc, j))
            && (!closing::gives_a_contact(doc, j) || is_social_or_footer(doc, j))
    });
    let label_end = last_run_from(count, |j| {
        is_trailer(doc, leftovers, j)
            || (is_about_or_contact(doc, j) && !closing::gives_a_contact(doc, j))
    });
    let mut last_contact: Option<Option<usize>> = None;
    let mut found = Vec::new();
    for i in 1..count {
        let Some(colon) = title_or_label(doc, i) else {
            continue;
        };
        if leftovers.is_widget(i) || leftovers.is_leftover(i) {
            continue;
        }
        // A presentation or a contact over nothing but the page's end.
        if is_about_or_contact(doc, i) && i + 1 >= about_end {
            let title = bare_text(doc, i);
            found.push(Broken {
                span: blocks[i].span(),
                message: format!(
                    "`{title}` has nothing under it but the page's end: its text is missing"
                ),
                labels: Vec::new(),
            });
            continue;
        }
        let promise = promise_of(doc, i);
        // A label over nothing but the page's end (a footer, a closing,
        // a note to a colleague), when it promises content or the end is
        // a note.
        let first_note = blocks.get(i + 1).is_some() && is_note(doc, i + 1);
        let promising = promise.is_some()
            || super::plain_sections::promises_content(doc, i)
            || closing::names_attachments(doc, i);
        if colon
            && i + 1 < count
            && (promising || first_note)
            && i + 1 >= label_end
            && !(has_word(doc, i, CONTACT_TITLE_WORDS)
                && last_contact
                    .get_or_insert_with(|| {
                        (0..count).rev().find(|&j| closing::gives_a_contact(doc, j))
                    })
                    .is_some_and(|last| last > i))
        {
            let title = bare_text(doc, i);
            found.push(Broken {
                span: blocks[i].span(),
                message: format!(
                    "`{title}` announces content and has nothing after it but the page's end"
                ),
                labels: Vec::new(),
            });
            continue;
        }
        let Some(promise) = promise else {
            continue;
        };
        // Plain text reads a title without a colon as a title only when
        // it promises a list; other titles are read by the outline. A
        // title without a colon promises links or credits when it is
        // their name alone ("Useful links"), not a sentence about them
        // ("The problem with vague links").
        let words = doc.words_of_block(i).len();
        let named = match promise {
            // "## Links" over a sentence naming a page is whole: a
            // heading's links may be the sentence's own.
            Promise::Links | Promise::Music => false,
            Promise::List => words <= MAX_LIST_TITLE_WORDS,
            // A title naming dates or hours, not a sentence about them
            // ("Measure outcomes, not hours").
            Promise::Dates | Promise::Hours => {
                levels
                    && blocks[i].kind().is_heading()
                    && words <= MAX_DATE_TITLE_WORDS
                    && !bare_text(doc, i).contains(',')
            }
        };
        if !colon && !named {
            continue;
        }
        // A document's title promises what its whole page gives.
        if matches!(blocks[i].kind(), BlockKind::Heading { level: 1 }) && levels {
            continue;
        }
        // A heading over a subsection of its own: what it promises may
        // be in its subsections.
        let own_level = match blocks[i].kind() {
            BlockKind::Heading { level } if levels => Some(level),
            _ => None,
        };
        let stop =
            (i + 1..count.min(i + 1 + MAX_CONTENT_BLOCKS)).find(|&j| stops_content(doc, levels, j));
        if let (Some(own), Some(BlockKind::Heading { level: next })) =
            (own_level, stop.map(|j| blocks[j].kind()))
            && next > own
        {
            continue;
        }
        // The content: the blocks up to the next heading, label or
        // closing, leftovers aside.
        let content: Vec<usize> = (i + 1..count.min(i + 1 + MAX_CONTENT_BLOCKS))
            .take_while(|&j| !stops_content(doc, levels, j))
            .filter(|&j| !is_trailer(doc, leftovers, j))
            .collect();
        let Some(&first) = content.first() else {
            continue;
        };
        // A table, a placeholder (another family's), or a line that
        // announces what follows it: not read here.
        let elsewhere = (i + 1..count.min(i + 1 + MAX_CONTENT_BLOCKS)).any(|j| {
            let text = bare_text(doc, j);
            blocks[j].kind() == BlockKind::TableCell
                || (text.starts_with(['[', '{']) && text.ends_with([']', '}']))
                || (j <= first && text.ends_with(':'))
        });
        if elsewhere {
            continue;
        }
        let listed = content
            .iter()
            .any(|&j| blocks[j].kind() == BlockKind::ListItem);
        let kept = match promise {
            _ if listed => true,
            Promise::Dates => content.iter().any(|&j| gives_a_date(doc, j)),
            Promise::Hours => content.iter().any(|&j| gives_an_hour(doc, j)),
            // A row's promise is kept by the line right under it.
            Promise::Links => gives_a_link(doc, first),
            Promise::Music => gives_music(doc, first),
            Promise::List => {
                !opens_with_its_own_label(doc, first) || {
                    // A row of the list itself ("Kit: a sheet, a box").
                    let text = bare_text(doc, first).to_lowercase();
                    let label = text.split_once(':').map_or("", |(label, _)| label);
                    label
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| LIST_WORDS.contains(&w))
                }
            }
        };
        if kept {
            continue;
        }
        let title = bare_text(doc, i);
        found.push(Broken {
            span: blocks[i].span(),
            message: format!(
                "`{title}` promises {} and the text under it gives none",
                promise.name()
            ),
            labels: vec![(blocks[first].span(), "what stands where they should be")],
        });
    }
    found.extend(chat_labels(doc));
    found.extend(screen_reader_headings(doc, leftovers));
    found.extend(bare_bullet_runs(doc));
    found.extend(bare_numbers_between_siblings(doc));
    found
}

/// The message of a chat export's line ("[10/03/2025, 19:36] Priya: …",
/// "10/03/2025, 19:36 - Priya: …"), with its offset in the line.
fn chat_message(line: &str) -> Option<(usize, &str)> {
    let head_end = if line.starts_with('[') {
        line.find(']')? + 1
    } else if line.starts_with(|c: char| c.is_ascii_digit()) {
        line.find(" - ")? + 3
    } else {
        return None;
    };
    let head = &line[..head_end];
    if !head.contains(':') || !head.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // The author's name, then a colon.
    let rest = &line[head_end..];
    let colon = rest.find(':')?;
    let author = rest[..colon].trim();
    if author.is_empty() || author.split_whitespace().count() > 5 {
        return None;
    }
    let at = head_end + colon + 1;
    Some((at, &line[at..]))
}

/// Most words of a label closing a chat message.
const MAX_CHAT_LABEL_WORDS: usize = 6;

/// Nouns of a collection a chat label announces ("Shopping list:",
/// "Volunteers so far:", "Planning des bénévoles :"): with
/// [`LIST_WORDS`], [`DATE_WORDS`] and [`HOUR_WORDS`], a label that waits
/// for rows.
const COLLECTION_WORDS: &[&str] = &[
    "rota",
    "planning",
    "volunteers",
    "bénévoles",
    "inscrits",
    "items",
    "things",
    "choses",
    "menu",
    "options",
    "ideas",
    "idées",
    "names",
    "noms",
    "tasks",
    "tâches",
    "needs",
    "besoins",
];

/// Chat messages that end on a label ("Good idea. Shopping list:") whose
/// list the next line does not bring (no list mark, no row).
fn chat_labels(doc: &Document<'_>) -> Vec<Broken> {
    let source = doc.source();
    let mut found = Vec::new();
    // The label waiting for the next line: its span.
    let mut pending: Option<Span> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.is_empty() {
            continue;
        }
        let message = chat_message(content);
        if let Some(span) = pending.take() {
            let body = message.map_or(content, |(_, m)| m).trim_start();
            let lists = body.starts_with(['-', '*', '•', '–'])
                || body.starts_with(|c: char| c.is_ascii_digit())
                || message.is_none();
            if !lists {
                let label = &source[span.start..span.end];
                found.push(Broken {
                    span,
                    message: format!(
                        "`{label}` ends a message and the list it announces never came"
                    ),
                    labels: Vec::new(),
                });
            }
        }
        let Some((at, body)) = message else {
            continue;
        };
        let body = body.trim_end();
        let Some(stripped) = body.strip_suffix(':') else {
            continue;
        };
        // The label: after the message's last sentence.
        let from = stripped
            .char_indices()
            .rev()
            .find(|&(k, c)| matches!(c, '.' | '!' | '?') && stripped[k + 1..].starts_with(' '))
            .map_or(0, |(k, _)| k + 2);
        let label = stripped[from..].trim();
        let words = label.split_whitespace().count();
        let collects = label.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            [LIST_WORDS, DATE_WORDS, HOUR_WORDS, COLLECTION_WORDS]
                .iter()
                .any(|set| set.contains(&w.as_str()))
        });
        if (1..=MAX_CHAT_LABEL_WORDS).contains(&words)
            && collects
            && label.starts_with(char::is_uppercase)
            && !label.contains([':', ',', '@', '?', '!'])
        {
            let label_start = start + at + (body.len() - body.trim_start().len());
            let label_start = label_start + body.trim_start().find(label).unwrap_or(0);
            let label_end = start + at + body.len();
            pending = Some(Span::new(label_start, label_end));
        }
    }
    found
}

/// A screen reader's heading line: its level and its title's span.
fn screen_reader_heading(text: &str) -> Option<u32> {
    let lower = text.trim().to_lowercase();
    for mark in ["heading level ", "titre de niveau ", "titre niveau "] {
        let Some(at) = lower.find(mark) else {
            continue;
        };
        let digit = lower[at + mark.len()..].chars().next()?;
        let level = digit.to_digit(10)?;
        let before = lower[..at].trim_end();
        let after = lower[at + mark.len() + 1..].trim_start();
        // "Heading level 2, Prices" or "Prices, heading level 2".
        let leads = at == 0 && after.starts_with(',');
        let trails = before.ends_with(',') && after.is_empty();
        if leads || trails {
            return Some(level);
        }
        return None;
    }
    None
}

fn screen_reader_level(doc: &Document<'_>, j: usize) -> Option<u32> {
    doc.blocks()
        .get(j)
        .filter(|_| doc.words_of_block(j).len() <= MAX_TITLE_WORDS + 4)
        .and_then(|b| screen_reader_heading(doc.text(b.span())))
}

/// Whether the block at `index` is a screen reader's heading over one of
/// a lower level: a part over its first subsection, never empty.
pub(super) fn screen_reader_parent(doc: &Document<'_>, index: usize) -> bool {
    match (
        screen_reader_level(doc, index),
        screen_reader_level(doc, index + 1),
    ) {
        (Some(own), Some(next)) => next > own,
        _ => false,
    }
}

/// Screen-reader headings over one of their level or higher, or over the
/// page's end.
fn screen_reader_headings(doc: &Document<'_>, leftovers: &Leftovers) -> Vec<Broken> {
    let count = doc.blocks().len();
    let leftovers_from = last_run_from(count, |j| leftovers.is_leftover(j));
    let mut found = Vec::new();
    for i in 0..count {
        let Some(own) = screen_reader_level(doc, i) else {
            continue;
        };
        let next = screen_reader_level(doc, i + 1);
        let empty = match next {
            Some(level) => level <= own,
            None => i + 1 >= leftovers_from && i > 0,
        };
        if empty {
            let line = doc.text(doc.blocks()[i].span()).trim();
            found.push(Broken {
                span: doc.blocks()[i].span(),
                message: format!("screen reader's heading `{line}` has nothing under it"),
                labels: Vec::new(),
            });
        }
    }
    found
}

/// Fewest bullets alone in a row read as a list never written.
const MIN_BARE_BULLETS: usize = 2;

/// A line holding a bullet alone ("-", "*", "•").
fn bare_bullet(line: &str) -> bool {
    matches!(line.trim(), "-" | "*" | "•" | "–" | "+")
}

/// Bullets alone in a row under a label or a heading: the list it
/// announces was never written. The label is reported, the bullets
/// labelled.
fn bare_bullet_runs(doc: &Document<'_>) -> Vec<Broken> {
    let source = doc.source();
    let blocks = doc.blocks();
    let mut found = Vec::new();
    // The last line with words before the run, and the run's bullets.
    let mut last_text: Option<Span> = None;
    let mut run: Vec<Span> = Vec::new();
    let mut fenced = false;
    let mut offset = 0;
    let flush = |last_text: Option<Span>, run: &mut Vec<Span>, found: &mut Vec<Broken>| {
        if run.len() >= MIN_BARE_BULLETS
            && let Some(owner) = last_text
        {
            let at = blocks.partition_point(|b| b.span().end <= owner.start);
            if at < blocks.len() {
                let i = at;
                let announces = title_or_label(doc, i).is_some();
                if announces {
                    let title = bare_text(doc, i);
                    found.push(Broken {
                        span: blocks[i].span(),
                        message: format!("`{title}` has nothing under it but empty list items"),
                        labels: run
                            .iter()
                            .map(|&s| (s, "an item with nothing after its mark"))
                            .collect(),
                    });
                }
            }
        }
        run.clear();
    };
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced || content.trim().is_empty() {
            continue;
        }
        if bare_bullet(content) {
            let lead = content.len() - content.trim_start().len();
            run.push(Span::new(start + lead, start + content.len()));
            continue;
        }
        flush(last_text, &mut run, &mut found);
        last_text = Some(Span::new(start, start + content.len()));
    }
    flush(last_text, &mut run, &mut found);
    found
}

/// The number a line opens with and whether text follows it ("4. Budget"
/// gives 4 and true, "4." gives 4 and false).
fn numbered(line: &str) -> Option<(u32, bool)> {
    let line = line.trim();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    let number = line[..digits].parse().ok()?;
    if rest.is_empty() {
        return Some((number, false));
    }
    let rest = rest.strip_prefix(' ')?.trim_start();
    rest.starts_with(char::is_uppercase)
        .then_some((number, true))
}

/// A number alone ("4.") after the item numbered just before it (with
/// its text under it) and right over the item numbered after it: that
/// item's title and text are missing.
fn bare_numbers_between_siblings(doc: &Document<'_>) -> Vec<Broken> {
    let source = doc.source();
    let mut found = Vec::new();
    let mut last_titled: Option<u32> = None;
    let mut pending: Option<(Span, u32)> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.trim().is_empty() {
            continue;
        }
        let item = numbered(content);
        if let Some((span, number)) = pending.take()
            && item == Some((number + 1, true))
        {
            let mark = &source[span.start..span.end];
            found.push(Broken {
                span,
                message: format!("numbered item `{mark}` has nothing after its number"),
                labels: Vec::new(),
            });
        }
        match item {
            Some((number, true)) => last_titled = Some(number),
            Some((number, false)) if last_titled == Some(number.wrapping_sub(1)) => {
                let lead = content.len() - content.trim_start().len();
                pending = Some((Span::new(start + lead, start + content.len()), number));
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{numbered, screen_reader_heading};

    #[test]
    fn screen_reader_headings_in_both_orders() {
        assert_eq!(screen_reader_heading("Heading level 2, Prices"), Some(2));
        assert_eq!(screen_reader_heading("Titre de niveau 3, Tarifs"), Some(3));
        assert_eq!(screen_reader_heading("Prices, heading level 2"), Some(2));
        assert_eq!(screen_reader_heading("The heading level 2 is bold"), None);
    }

    #[test]
    fn numbered_lines() {
        assert_eq!(numbered("4."), Some((4, false)));
        assert_eq!(numbered("5. Finances"), Some((5, true)));
        assert_eq!(numbered("3.5 stars"), None);
    }
}
