//! `truncation.unfinished-paragraph`: a paragraph whose last sentence stops
//! without final punctuation, as when a page shows only the first
//! characters of an article ("…la mondialisation de l'écono").
//!
//! Paragraphs are checked: headings, list items, captions and table rows
//! legitimately end without a full stop. In plain text a short line without
//! final punctuation is read as a heading already, so what remains are long
//! lines and wrapped paragraphs.
//!
//! List items and the title-like lines of plain text are checked only for
//! what no title or item does: stopping on a word no sentence ends on
//! (`… in the`, `… pour les`), or before a read-more label, on the same
//! line or alone on the next one (an excerpt of a list of teasers, cut
//! without an ellipsis).

use super::function_words::{
    completes_a_wh_clause, ends_on_a_bare_fronted_subject, is_determiner, leaves_a_clause_open,
    stops_mid_sentence, stops_without_a_mark,
};
use super::line_ends;
use super::parallel_lines;
use super::read_more::{is_read_more_label, label_below, trailing_label};
use super::short_cuts;
use super::siblings;
use super::stems;
use super::{ends_a_sentence, is_accidental_word, is_closing, is_in_own_dictionary, is_known_word};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::{BlockKind, MarkupKind};
use crate::rules::Findings;
use crate::rules::bylines::{is_byline_or_dateline, is_card_meta_line};
use crate::rules::leftovers::{Leftovers, is_a_row};
use crate::rules::tail_label::trim_opening;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, Language, Word};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

const DOCS: &str = "\
**What it does.** Flags a paragraph (not a heading, list item, quote, table \
row or caption) of at least ten words whose last sentence stops without \
final punctuation (`.`, `!`, `?`, `…`, `:`). A heading, item, quote or \
cell ends without one by nature: it is cut when its end shows it (a stem, \
a word no sentence ends on: `… Without Calling a`). When a dictionary is loaded, \
a last word it does not know is reported as cut mid-word. A stem too \
short for the dictionaries shows its cut by the grammar before it: one or \
two letters after a determiner, a preposition or a modal (`for the fi`, \
`pour les pe`, `so we can tr`), two consonants that open words (`the tram \
pl`), the first letters of a month after a day (`avant le 1er oc`; not \
`12 Oct`) or of a unit of time after a number (`within 30 da`; not `2 h`), \
a word that opens a place name with no name after it (`near Kyle of \
Loch`). An item stops cut on a preposition no title \
ends on (`… derby match against`) among siblings that end whole, or \
beside an excerpt cut with an ellipsis; and the last item of a list \
whose items end on `;` or `.`, left bare in a clause it opened (`…, \
dont les fruits tardifs`, `… if the gusts exceed`). A programme's lines \
opened by times end bare as items do. A chat message (`[09:14] Tom: …`) ends bare as an item does. A line ending on \
a currency sign with no amount (`… Pro (£`) is cut, whatever its kind. A \
plain page's first line (its title), `Label : value` lines, a line closed \
by a quotation, ending on an arrow or on a row of links (`Unsubscribe | \
Settings`), and a line a promo or generated \
finding owns (a footer, a blank) end as they are. Lines built alike show \
a cut their neighbours do not have: a `label — value` line with no value \
under one that has it (`**Material:**` between two filled bold labels), a row's last \
cell stopping on a number whose column always carries a unit or sign \
after it, a day number followed by the first letters of a month. \
Siblings show a cut too: a cell or an item whose last word begins a word \
the other cells of its column or row, or the other items of its run, write \
whole after the same word or number (`| All lev |` under `| All levels |`, \
`| 1 mon |` over `| 1 month |`), and one ending on a bare number where \
every sibling ends on a number and the same unit (`Honey – 6` under `Jam \
– 4 €`); abbreviations beside their full form (`Sat`, `30 min`), \
inflections (`day`/`days`), short common words (`No`/`None`), compound \
measures (`1 h 30`) and a count among rows of other units are left alone. \
Wherever a line, a table cell, an item of a row of titles or a link's \
text ends, a lowercase stem no dictionary knows that begins a longer word \
is a cut (`| Spelt tin | good for sandwi |`, `## Ce qu'il faut empor`, \
`Lire aussi : … · Comment choisir ses semen`); names, words the \
dictionary knows (`Water temp`), units after a number and words glued to \
a URL or a handle are left alone. A cell ending on a comma (`| Trail \
races, |`) is cut. Wherever a unit ends, a value cut short is a cut: an \
hour with no minutes where an hour is announced (`delayed to 16:`, \
`10:00 to 13:`; not `Ages 8 to 12:`), a currency sign with no amount \
(`between £5,800 and £`; not `Price in €`); where a unit ends its block \
(not a line wrapped), a number stopping on its comma (`Prix : 49,`) and \
a possessive with no noun (`before Thursday's`, `the county's`; not `at \
the baker's`, `this one's`). A plain label of words over nothing \
(`Avantages :`) heads nothing: the structure family's. A short line stopping on an article, a conjunction or \
a preposition after a number or in a label's value (`Sunday: 10am to`, \
`1 pincée de`) is cut, however short; a title stranding its preposition \
(`What we look for`) is not.

**Why.** Web pages and feeds show the first few hundred characters of an \
article; pasted into a draft, that excerpt reads as a paragraph that simply \
stops. It is the sign that the rest of the text is missing.

**Fix.** Restore the end of the paragraph from the source, or delete it.";

/// Conjunctions no English title ends on ("Knots, Nets and").
const EN_HEADING_CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor"];

/// Shorter paragraphs are bylines, credits and labels, not sentences.
const MIN_WORDS: usize = 10;
/// Shorter items and title lines are names and labels; an excerpt's
/// headline, cut, runs longer.
const MIN_ITEM_WORDS: usize = 6;

/// Fewer words are a label ("the lid"); from three, a determiner and a
/// stem end a line the page cut ("fix the swi").
const MIN_CUT_NOUN_WORDS: usize = 3;

/// Words that open a photo credit or a caption's source line.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "illustration",
    "crédit",
    "crédits",
    "credit",
    "credits",
    "source",
    "sources",
    "vidéo",
    "video",
    "capture",
    "infographie",
    "graphic",
    "©",
];

pub struct UnfinishedParagraph {
    meta: RuleMeta,
}

impl Default for UnfinishedParagraph {
    fn default() -> Self {
        UnfinishedParagraph {
            meta: RuleMeta {
                id: "truncation.unfinished-paragraph".into(),
                category: Category::Truncation,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A paragraph whose last sentence stops without final punctuation.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Les grandes grèves furent un moment historique dans la prise de conscience collective du projet de mondialisation de l'écono".into(),
                        "The council met on Tuesday to discuss the budget, and the mayor said that the new transport plan would".into(),
                        "Our picks for the spring: a light shell (£85), a fleece (£40) and the Ridge Walker boots (£".into(),
                        "- Volunteers restored the old mill over three summers with help from the vill".into(),
                        "> Le chantier a duré deux ans, et les habitants ont suivi chaque étape depuis la".into(),
                        "Les inscriptions ouvriront après la réunion des".into(),
                        "> « Quand la crue a atteint le moulin, au printemps, il était »".into(),
                        "*Present tonight: Ada Byrne, Colm Reilly, Ines Portal and*".into(),
                        "We deliver to every village along the valley road, and for the hamlets up on the moor, these".into(),
                        "Day 1: arrival, keys and a walk round the site\nDay 2:".into(),
                        "## Open studios, 4–7 Septe".into(),
                        "## How to Repair a Leaking Tap Without Calling a".into(),
                        "**Size:** 40 cm\n**Material:**\n**Finish:** natural oil".into(),
                        "1. Weigh the flour.\n2. Mix in the yeast. Leave the dough under a cloth in a warm corner of the kitchen for\n3. Bake for forty minutes.".into(),
                        "| Event | Notes |\n|---|---|\n| Seal watching | Booking closes on the 10th of Oc |".into(),
                        "- 09:40 — ce que change la nouvelle loi sur les pesticides pour les pe\n- 12:45 — nos coups de cœur".into(),
                        "[09:21] Priya: the client wants the pricing table moved up, so we can tr".into(),
                        "| Loaf | Notes |\n|---|---|\n| Spelt tin | Milder than wheat, good for sandwi |".into(),
                        "Opening hours\n\nSaturday: 8am to 4pm\nSunday: 10am to\n\nWe look forward to seeing you.".into(),
                        "Sailings today\n\n13:00 Quiberon to Le Palais: on time\n15:30 Le Palais to Quiberon: delayed to 16:\n\nFoot passengers may travel on any sailing.".into(),
                        "- Tom to email the vendor and circulate both quotes before Thursday's\n- Sam to release the app to the test group".into(),
                        "| Item | Price |\n|---|---|\n| Teapot | 49, |".into(),
                        "| Class | Level |\n|---|---|\n| Spin | All levels |\n| Yoga | Beginner |\n| Pilates | All lev |".into(),
                        "Stalls\n- Bread – 2 €\n- Jam – 4 €\n- Honey – 6".into(),
                    ],
                    good: vec![
                        "Les grandes grèves furent un moment historique dans la prise de conscience collective.".into(),
                        "## Un titre de section sans point final qui reste un titre".into(),
                        "- un élément de liste sans point final qui reste un élément de liste".into(),
                        "The harbour at dawn, with the fishing fleet heading out to sea. Photo: Jane Smith".into(),
                        "The new plan is described on the council's site (see the budget annex)".into(),
                        "Résultat : deux fois plus de demandes de devis en six mois".into(),
                        "Le prochain numéro de la revue s'intitule « Ce que les rivières nous apprennent »".into(),
                        "- Slow-cooked beans on toast with a poached egg · 40 min".into(),
                        "**Responsable :** M. Paul Girard, bureau 12, permanence le jeudi de 10 h à 12 h".into(),
                        "Opening hours\n: every weekday from nine until noon in the small hall".into(),
                        "Day 1: arrival and keys\nNotes:\n- bring boots".into(),
                        "## What We Stand For".into(),
                        "## A cause worth standing up for".into(),
                        "**Serves:** 4\n**Ingredients:**\n- 3 leeks".into(),
                        "Ingredients\n3 leeks, washed and sliced\n1 onion, chopped\nsalt and pepper".into(),
                        "\"The quay was never this busy, even in summer!\" — Maud, harbour volunteer since the eighties".into(),
                        "1. Weigh the flour.\n2. Mix in the yeast. Leave the dough to rise. Two hours at most\n3. Bake for forty minutes.".into(),
                        "| Season | Hours | Tour | Café |\n|---|---|---|---|\n| Winter | n/a | 2 h | no |".into(),
                        "- Booking opens on 1 Mar\n- Drop-in sessions £12 pp".into(),
                        "[18:04] Rob: I'm in, bringing my own shoes this time lol".into(),
                        "- [What a compost heap is really for](https://example.com/1)".into(),
                        "| Reading | Value |\n|---|---|\n| Water temp | 12 °C |".into(),
                        "Children aged 8 to 12:\n- swimming\n- archery".into(),
                        "- Fresh bread every morning from the baker's\n- Prices in €".into(),
                        "Salary: according to the national agreement for sports staff, with a bonus\nBenefits:\nStart date: 1 September, with housing offered for the first month.".into(),
                        "| Course | Day | Length |\n|---|---|---|\n| Starter | Sat | 30 min |\n| Improver | Saturday | 45 minutes |\n| Clinic | Monday | 1 h 30 |".into(),
                        "| | Old press | New press |\n|---|---|---|\n| Capacity | 700 kg/h | 1,500 kg/h |\n| Yield | 65 % | 72 % |\n| Operators | 3 | 2 |".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for UnfinishedParagraph {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let plain = doc.read_as() == MarkupKind::Plain;
        let leftovers = Leftovers::of(doc, ctx.earlier);
        // The blocks found cut already: a parallel line's cut in one is
        // the same cut.
        let mut flagged: Vec<Span> = Vec::new();
        for (index, block) in doc.blocks().iter().enumerate() {
            // A widget line ("Required fields are marked *") is promo's,
            // and so is a widget closing a paragraph on a line or a
            // sentence of its own ("… every Tuesday. Sign me up").
            // Unless the line stops on a stem: a row of other articles'
            // titles ("Related: … · how long does it tak") is promo's, and
            // the teaser cut inside it is a cut all the same.
            // "[18:04] Rob: bringing my own shoes this time lol": a chat
            // message may end on the chat's own abbreviations, which no
            // dictionary holds.
            if block.kind() == BlockKind::Paragraph
                && is_a_chat_message(doc.prose(block.span()))
                && doc
                    .words_of_block(index)
                    .last()
                    .is_some_and(|w| is_a_chat_abbreviation(doc.text(w.span())))
            {
                continue;
            }
            let owned_by_promo = leftovers.is_widget(index) || leftovers.is_closed_by_promo(index);
            let cut_inside_promo =
                owned_by_promo && (ends_on_a_stem(ctx, index) || ends_on_a_cut_date(doc, index));
            if owned_by_promo && !cut_inside_promo {
                continue;
            }
            // Items and title lines end without a full stop by nature, and
            // a teaser left without an ellipsis in a list whose page marks
            // its cuts with one was left whole: they count as cut only when
            // they show it.
            // A line opened by a promo label and ending on a link
            // ("Continue reading: [<title>](…) · [<title>](…)") lists other
            // articles' titles, which end as titles do: cut only when they
            // show it. So does a label opening a row of titles set apart
            // by bars or dots ("More news: <title> | <title>").
            let in_a_widget = block.kind() == BlockKind::Paragraph
                && (cut_inside_promo
                    || leftovers.is_in_a_marking_widget(index)
                    || (leftovers.is_promo_owned(index)
                        && (ends_in_a_link(doc, block.span())
                            || is_a_row(doc.prose(block.span())))));
            // The line under the title that sums the article up ends
            // without a full stop as the title does.
            // (Not the first of a list of excerpts of one length, cut.)
            let standfirst = block.kind() == BlockKind::Paragraph
                && is_standfirst(doc, index)
                && !is_long_excerpt_in_a_list(ctx, index);
            // A caption under its image, and a line set apart in bold or
            // italics (a dateline, a kicker, a notice), are labels, not
            // clauses: cut only when their end shows it.
            let set_apart = !plain
                && block.kind() == BlockKind::Paragraph
                && (is_caption_under_an_image(doc, block.span())
                    || is_emphasised_throughout(doc, block.span())
                    || is_a_definition(doc, block.span())
                    || is_under_a_bold_masthead(doc, block.span()));
            // "[09:14] Tom: on it, merging now": a chat message ends as
            // the writer left it, without a full stop.
            let chat_message =
                block.kind() == BlockKind::Paragraph && is_a_chat_message(doc.prose(block.span()));
            let strong_signs_only = match block.kind() {
                BlockKind::Paragraph => in_a_widget || standfirst || set_apart || chat_message,
                // A quotation or a table cell is cut as an item is: when
                // its end shows it (a stem, a word no sentence ends on).
                // Unless the item is prose, its earlier sentences
                // punctuated as its neighbours are: its last one was cut.
                BlockKind::ListItem => !is_prose_item_among_finished(doc, index),
                BlockKind::Quote | BlockKind::TableCell => true,
                // A heading ends without a full stop as an item does: cut
                // when its end shows it (`… Without Calling a`, `… du
                // patrim`), in Markdown as in plain text.
                BlockKind::Heading { .. } => true,
                _ => continue,
            };
            let words = doc.words_of_block(index);
            // "Posted by allotment_dave": a user name glued by `_` or `@`
            // ends the line, not a stem of prose.
            if let [.., last] = words
                && doc.source()[..last.span().start].ends_with(['_', '@'])
            {
                continue;
            }
            // A compound cut at its hyphen shows its cut as an item does,
            // and so does a short paragraph stopping on a word no sentence
            // ends on ("… after the end of the").
            let block_prose = doc.prose(block.span());
            let stops_on_a_function_word = match words {
                [.., previous, last] => {
                    stops_without_a_mark(
                        Some(doc.text(previous.span())),
                        doc.text(last.span()),
                        doc.language,
                    ) && !completes_a_wh_clause(block_prose, doc.language)
                }
                _ => false,
            } || leaves_a_clause_open(block_prose, doc.language);
            // "… in the swi", "| Nettoyage de la pla": a noun follows a
            // determiner; a lowercase stem there that is no word but begins
            // one is that noun, cut, however short the item or the cell.
            let stem_after_a_determiner = match words {
                [.., previous, last]
                    if last.span().end == block.span().start + block_prose.trim_end().len()
                        && is_determiner(doc.text(previous.span()), doc.language) =>
                {
                    is_a_cut_stem(ctx, Some(doc.text(previous.span())), doc.text(last.span()))
                }
                _ => false,
            };
            // "Rochepaule : 4 volontaires recher": a short line glued to a
            // lowercase stem no dictionary knows but that begins a word of
            // the document's language was cut inside that word.
            let stem_at_the_end = !stem_after_a_determiner
                && match words {
                    [.., previous, last]
                        if last.span().end == block.span().start + block_prose.trim_end().len() =>
                    {
                        is_an_unknown_stem(
                            ctx,
                            Some(doc.text(previous.span())),
                            doc.text(last.span()),
                        )
                    }
                    _ => false,
                };
            // "for the fi", "avant le 1er oc", "within 30 da": a stem too
            // short for the dictionaries, after a word whose grammar needs
            // more (a determiner, a preposition, a modal, a day number, a
            // number before its unit).
            let short_cut = match words {
                [.., previous, last]
                    if last.span().end == block.span().start + block_prose.trim_end().len() =>
                {
                    let before: Vec<&str> = words[..words.len() - 1]
                        .iter()
                        .rev()
                        .take(3)
                        .rev()
                        .map(|w| doc.text(w.span()))
                        .collect();
                    let previous = doc.text(previous.span());
                    let word = doc.text(last.span());
                    short_cuts::is_a_short_stem_after(previous, word, doc.language)
                        || short_cuts::is_a_cut_month(&before, word)
                        || short_cuts::is_a_cut_unit(previous, word, doc.language)
                        || short_cuts::is_a_cut_place_name(previous, word, doc.language)
                        || short_cuts::is_an_opening_cluster(previous, word)
                }
                _ => false,
            };
            // "- Stay ashore if the forecast gusts exceed" under items
            // closed by `;` or `.`: the last item of a list left bare on an
            // open clause was cut; "- derby match against" among whole
            // headlines stops on a preposition its siblings do not.
            let cut_among_siblings = match words {
                [.., last]
                    if last.span().end == block.span().start + block_prose.trim_end().len() =>
                {
                    let word = doc.text(last.span());
                    // "in between", "from within": a preposition after
                    // another is an adverb, and ends its phrase.
                    let after_a_preposition = words.len() >= 2 && {
                        let previous = doc.text(words[words.len() - 2].span()).to_lowercase();
                        EN_STRANDED_PREPOSITIONS.contains(&previous.as_str())
                            || EN_CUT_PREPOSITIONS.contains(&previous.as_str())
                    };
                    (block.kind() == BlockKind::ListItem
                        && is_bare_among_marked(doc, index, block_prose, word))
                        || (matches!(block.kind(), BlockKind::ListItem | BlockKind::Paragraph)
                            && doc.language == Language::En
                            && EN_CUT_PREPOSITIONS.contains(&word.to_lowercase().as_str())
                            && !after_a_preposition
                            && (next_to_an_ellipsis_cut(doc, index)
                                || (block.kind() == BlockKind::ListItem
                                    && !is_only_a_link(doc, block.span())
                                    && siblings_end_whole(doc, index))))
                }
                _ => false,
            };
            let stem_at_the_end = stem_at_the_end || short_cut;
            // "Every year, our volunteers", "Chaque mois, nos libraires": a
            // time adverbial put first, then its subject, and no verb.
            let fronted_subject =
                (matches!(block.kind(), BlockKind::Paragraph | BlockKind::ListItem)
                    || (plain && block.kind().is_heading()))
                    && ends_on_a_bare_fronted_subject(block_prose, doc.language);
            // "- [What a compost heap is really for](…)": an item that is
            // only a link is another page's title, and English titles
            // strand their prepositions as headings do.
            if block.kind() == BlockKind::ListItem
                && doc.language == Language::En
                && !short_cut
                && !stem_after_a_determiner
                && is_only_a_link(doc, block.span())
                && let [.., last] = words
                && EN_STRANDED_PREPOSITIONS.contains(&doc.text(last.span()).to_lowercase().as_str())
            {
                continue;
            }
            // A Markdown heading is a title: English strands prepositions
            // in titles ("a route worth fighting for"), and a word misspelt
            // in a title is spelling's. It is cut when it stops on a
            // determiner or a conjunction ("… Without Calling a"), on a
            // French word no sentence ends on ("… avec les écoles de"), or
            // on a stem after a determiner ("… du patrim").
            if matches!(block.kind(), BlockKind::Heading { .. }) && !plain {
                let shows_its_cut = stem_after_a_determiner
                    || match (doc.language, words) {
                        (Language::En, [.., last]) => {
                            let last = doc.text(last.span());
                            is_determiner(last, Language::En)
                                || EN_HEADING_CONJUNCTIONS
                                    .iter()
                                    .any(|c| c.eq_ignore_ascii_case(last))
                        }
                        // "La loi et nous": a title may end on a pronoun
                        // after `et`, which a paragraph cut leaves bare.
                        (Language::Fr, [.., previous, last]) => {
                            stops_on_a_function_word
                                && !(matches!(
                                    doc.text(previous.span()).to_lowercase().as_str(),
                                    "et" | "mais" | "puis"
                                ) && matches!(
                                    doc.text(last.span()).to_lowercase().as_str(),
                                    "nous" | "vous" | "elle" | "elles" | "eux" | "lui" | "moi"
                                ))
                        }
                        (Language::Fr, _) => stops_on_a_function_word,
                        _ => false,
                    };
                if !shows_its_cut {
                    continue;
                }
            }
            // A short line stopping on a word that never ends a sentence:
            // an article or a conjunction, a French preposition, an
            // English one after a number or in a label's value (`Sunday:
            // 10am to`). Not a title stranding its preposition (`What we
            // look for`, `Deux en un`).
            // (A plain-text line alone between blank lines reads as a
            // heading: the same line.)
            let stops_on_a_hard_word =
                (matches!(block.kind(), BlockKind::Paragraph | BlockKind::ListItem)
                    || (plain && block.kind().is_heading()))
                    && match words {
                        [first, .., previous, last]
                            if last.span().end
                                == block.span().start + block_prose.trim_end().len() =>
                        {
                            let previous = doc.text(previous.span());
                            let word = doc.text(last.span()).to_lowercase();
                            let opener = doc.text(first.span()).to_lowercase();
                            !WH_OPENERS.contains(&opener.as_str())
                                && stops_mid_sentence(Some(previous), &word, doc.language)
                                && match doc.language {
                                    Language::Fr => !matches!(word.as_str(), "un" | "une"),
                                    Language::En => {
                                        is_determiner(&word, doc.language)
                                            || matches!(word.as_str(), "and" | "or" | "but" | "nor")
                                            || previous.chars().any(|c| c.is_ascii_digit())
                                            || block_prose.contains(": ")
                                    }
                                }
                        }
                        _ => false,
                    };
            let least = if stem_after_a_determiner
                || stem_at_the_end
                || cut_among_siblings
                || fronted_subject
            {
                MIN_CUT_NOUN_WORDS
            } else if stops_on_a_hard_word {
                // "Sunday: 10am to", "1 pincée de": a line of three words
                // stopping on an article or a preposition no sentence ends
                // on was cut, however short.
                MIN_CUT_NOUN_WORDS
            } else if strong_signs_only
                || stops_on_a_function_word
                || ends_on_a_glued_hyphen(doc.prose(block.span()).trim_end())
            {
                MIN_ITEM_WORDS
            } else {
                MIN_WORDS
            };
            if words.iter().filter(|w| !w.is_elision()).count() < least {
                continue;
            }
            // A line the next one continues in lowercase: a wrapped
            // paragraph read line by line, whose sentence goes on.
            if plain && continues_on_next_line(doc, index) {
                continue;
            }
            let prose = doc.prose(block.span());
            // "14 avril 2025 / Par Jeanne D., 3 min de lecture": the
            // article's date and byline are complete as they are.
            if is_byline_or_dateline(prose) {
                continue;
            }
            // A URL or code at the very end: the sentence may end in it. A
            // link's text is prose and may show the cut itself.
            if ends_outside_prose(doc, block.span()) {
                continue;
            }
            // "… a short walk of the Read more: Where to eat": the page's
            // label after an excerpt it cut with no ellipsis. The excerpt is
            // what must end its sentence.
            let mut tail = prose.trim_end();
            // A table's cells are read row by row: a read-more label in
            // the next cell is an example of the table, not a link under it.
            let label_below = if block.kind() == BlockKind::TableCell {
                None
            } else {
                label_below(doc, index)
            };
            let mut label = trailing_label(tail, doc.language);
            // "Lire aussi : <title>" opening the line: no excerpt before
            // the label, only another article's title after it, which
            // ends as titles do. It was cut only where it stops on a stem.
            if let Some(opening) = &label
                && !tail[..opening.start].contains(char::is_alphanumeric)
            {
                let cut_title = match words {
                    [.., previous, last] => {
                        is_a_cut_stem(ctx, Some(doc.text(previous.span())), doc.text(last.span()))
                    }
                    _ => false,
                };
                if !cut_title {
                    continue;
                }
                label = None;
            }
            if let Some(label) = &label {
                tail = trim_opening(&tail[..label.start]);
                // "… explications rang par rang, Cliquez ici": a comma
                // carries the sentence on into the link, which ends it.
                if tail.ends_with(',') {
                    continue;
                }
            }
            // "« … » — Name, place": the attribution after a quotation ends
            // the line as a signature does; the quotation is what must end
            // its sentence.
            if label.is_none()
                && let Some(quotation) = quotation_before_attribution(tail)
            {
                tail = quotation;
            }
            let tail_end = block.span().start + tail.len();
            // "… every Tuesday in your inbox. Subscribe for free": a
            // prompt in the last sentence, whose button ends the block as
            // buttons do. (A read-more label after a cut is no such end.)
            let last_sentence = tail
                .rfind(['.', '!', '?', ':', '—', '–'])
                .map_or(0, |i| i + 1);
            if label.is_none()
                && label_below.is_none()
                && !cut_inside_promo
                && leftovers.has_promo_after(index, block.span().start + last_sentence)
            {
                continue;
            }
            let Some(last) = words.iter().rev().find(|w| w.span().end <= tail_end) else {
                continue;
            };
            let ends_finished = ends_a_sentence(tail);
            let ends_in_brackets = tail.ends_with([')', ']']);
            let word = doc.text(last.span());
            let previous = words
                .iter()
                .rev()
                .find(|w| w.span().end <= last.span().start)
                .map(|w| doc.text(w.span()));
            let before_a_label = label.is_some() || label_below.is_some();
            // What the last words need and the text does not give: a noun
            // after a determiner, a verb after a subject, a second side
            // after `entre`, a year after its century.
            let clause_open = leaves_a_clause_open(tail, doc.language) || fronted_subject;
            let stops = clause_open
                || short_cut
                || cut_among_siblings
                || (stops_without_a_mark(previous, word, doc.language)
                    && !completes_a_wh_clause(tail, doc.language));
            // A teaser card's excerpt: a title over it, its section and
            // date or reading time under it. The page cut it at a length.
            let on_a_card = plain && is_card_excerpt(doc, index);
            // "How the ferry came back (and what it cost the": an
            // aside opened and never closed was cut inside it.
            let open_bracket = leaves_a_bracket_open(tail);
            // "… dans le Maine-et-", "… vitraux du XVII-": no word ends on
            // a hyphen glued to it; the page cut a compound.
            let hyphen_cut = ends_on_a_glued_hyphen(tail);
            // "… Trail Lite (£": a currency sign with no amount after it;
            // the page cut the price off, whatever kind of line it ends.
            let price_cut = ends_on_a_bare_currency(tail);
            // A fragment shows the cut too, in a teaser; an item may end
            // on a name or a command no dictionary knows.
            // So does, in an item, a quotation or a cell, a lowercase stem
            // that only begins a longer word (`… through the treas`): the
            // names and commands an item may end on are no such stems.
            let fragment = ((in_a_widget || standfirst) && is_known_word(ctx, word) == Some(false))
                || (strong_signs_only && is_a_cut_stem(ctx, previous, word));
            // "… the 1927 logboo": a stem too long for a unit after its
            // number; the line ends on no quantity.
            let unknown_stem = stem_at_the_end || is_an_unknown_stem(ctx, previous, word);
            let fragment = fragment || (strong_signs_only && unknown_stem);
            // "… views of the reservoir railw" under "… breakfast to wal…":
            // beside an excerpt the page closed on a cut and an ellipsis,
            // a line stopping on a stem is the next excerpt, cut without
            // one.
            // (The neighbours first: they are cheap, and a dictionary
            // lookup of every paragraph's last word is not.)
            let beside_a_cut = next_to_an_ellipsis_cut(doc, index)
                && (is_known_word(ctx, word) == Some(false) || is_accidental_word(ctx, word));
            if strong_signs_only
                && !ends_finished
                && !ends_in_brackets
                && !last.has_digit()
                && !before_a_label
                && !on_a_card
                && !fragment
                && !beside_a_cut
                && !open_bracket
                && !hyphen_cut
                && !price_cut
                && !stops
            {
                continue;
            }
            // A quotation closed on a word its clause cannot end on ("…,
            // il était »") was cut inside it.
            let quotation_cut = stops && !ends_finished && ends_on_a_closed_quotation(tail);
            // A single line ending on a name (an address, a recipient) or a
            // number and its unit (`de 14 h à 16 h`, `en 30 secondes`) ends
            // a noun phrase, not a clause left open.
            let ends_on_a_name = !plain
                && !prose.trim().contains('\n')
                && prose.trim().chars().count() <= MAX_TITLE_CHARS
                && word.starts_with(char::is_uppercase)
                && previous.is_some();
            let ends_on_a_quantity =
                !short_cut && previous.is_some_and(|p| p.chars().any(|c| c.is_ascii_digit()));
            if !price_cut
                && !clause_open
                && !quotation_cut
                && (ends_finished
                    || ends_with_read_more(tail, doc.language)
                    || ends_in_brackets
                    || ends_on_a_closed_quotation(tail)
                    || ends_on_an_arrow(tail)
                    || last.has_digit()
                    || is_a_row_of_items(tail)
                    || (!stops_on_a_hard_word && is_a_stack_of_short_lines(prose))
                    || (!stops && is_a_schedule(prose))
                    || (!stops && is_a_column_of_short_lines(prose))
                    || (!stops && !hyphen_cut && !open_bracket && has_an_inner_capital(word))
                    || (!stops
                        && !hyphen_cut
                        && !open_bracket
                        && (ends_on_a_name || (ends_on_a_quantity && !unknown_stem)))
                    || (!before_a_label
                        && (ends_with_credit(tail)
                            || (!stops && is_mostly_names(doc, words))
                            || ends_with_signature(tail))))
            {
                continue;
            }
            // In plain text, a single short line without punctuation may be
            // a title in a list of titles (Markdown would have made it a
            // heading or a list item); it counts as cut only when its last
            // word says so (a fragment, or a word no sentence ends on).
            let known = is_known_word(ctx, word);
            if !before_a_label
                && !on_a_card
                && !open_bracket
                && !strong_signs_only
                && !beside_a_cut
                && !price_cut
                && plain
                && is_title_like(prose)
                && known != Some(false)
                && !stops
                && !short_cut
                && !is_a_foreign_stem(ctx, previous, word)
                && !is_long_excerpt_in_a_list(ctx, index)
            {
                continue;
            }
            // The page's first line in plain text is its title ("A bowl
            // worth queuing for"), and a short "Label : value" line a
            // data sheet's: they end as they are unless the end shows the
            // cut (a stem, a compound's hyphen, a bracket left open).
            let shows_the_cut = known == Some(false)
                || short_cut
                || hyphen_cut
                || open_bracket
                || price_cut
                || is_a_foreign_stem(ctx, previous, word);
            let page_title = plain && index == 0 && is_title_like(prose);
            let label_and_value = is_label_and_value(prose) && !stops;
            if !shows_the_cut
                && !before_a_label
                && !on_a_card
                && !beside_a_cut
                && (page_title || label_and_value)
            {
                continue;
            }
            let message = if hyphen_cut {
                format!("text cut inside a compound, after `{word}-`")
            } else if price_cut {
                "text cut before a price: a currency sign with no amount".to_string()
            } else if open_bracket {
                format!("text cut inside a bracket it opened, after `{word}`")
            } else if before_a_label {
                format!("excerpt cut after `{word}`, before a read-more link")
            } else if known == Some(false) {
                format!("paragraph cut mid-word: `{word}` is not a whole word")
            } else {
                format!("paragraph stops without final punctuation after `{word}`")
            };
            let mut diagnostic = Diagnostic::new(
                &self.meta.id,
                self.meta.category,
                ctx.severity,
                Span::new(last.span().start, tail_end),
                message,
            )
            .with_help("restore the end of the paragraph from the source, or delete it");
            if let Some(label) = label {
                let start = block.span().start + label.start;
                let end = block.span().start + label.end;
                diagnostic = diagnostic.with_label(Span::new(start, end), "read-more link");
            } else if let Some(label) = label_below {
                diagnostic = diagnostic.with_label(label, "read-more link");
            }
            // Filler text a generated-text rule reported ("Lorem ipsum …")
            // in the last sentence ends where the filler ends: it is a
            // placeholder, not a cut.
            let last_sentence_start = block.span().start + last_sentence;
            if ctx.earlier.iter().any(|f| {
                f.category == Category::Generated
                    && f.severity >= Severity::Warning
                    && f.span.start >= last_sentence_start
                    && f.span.end <= tail_end
            }) {
                continue;
            }
            flagged.push(block.span());
            out.push(diagnostic);
        }
        // Cuts the line readers find, each unless a finding above holds it.
        let mut report = |span: Span, message: String, help: &str| {
            if flagged
                .iter()
                .any(|b| b.start < span.end && span.start < b.end)
            {
                return;
            }
            flagged.push(span);
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    span,
                    message,
                )
                .with_help(help),
            );
        };
        for cut in parallel_lines::cuts(doc) {
            report(
                cut.span,
                cut.message.to_string(),
                "restore the end of the line from the source, or delete it",
            );
        }
        let stems = line_ends::cuts(ctx);
        // A cell or an item stopping where its siblings go on. In a table
        // row whose cell is cut mid-word already (`| … batteries de rech
        // | 2 |`), the bare number beside it is the same cut: one row, one
        // finding.
        let source = doc.source();
        let row_of = |span: Span| {
            let start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let end = source[span.end..]
                .find('\n')
                .map_or(source.len(), |i| span.end + i);
            (start, end)
        };
        for cut in siblings::cuts(ctx) {
            let (start, end) = row_of(cut.span);
            if source[start..end].trim_start().starts_with('|')
                && stems
                    .iter()
                    .any(|s| s.span.start >= start && s.span.end <= end)
            {
                continue;
            }
            report(
                cut.span,
                cut.message.to_string(),
                "restore the end of the text from the source, or delete it",
            );
        }
        // A stem where a line, a cell or a title ends, wherever it lands.
        for cut in stems {
            report(
                cut.span,
                cut.message,
                "restore the end of the text from the source, or delete it",
            );
        }
    }
}

/// Words opening a title or a question that strands its preposition or
/// ends on a pronoun (`What we look for`, `Ce qu'on y trouve de`).
const WH_OPENERS: &[&str] = &[
    "what",
    "who",
    "whom",
    "where",
    "which",
    "how",
    "why",
    "whatever",
    "whoever",
    "things",
    "something",
    "anything",
    "everything",
    "nothing",
    "qui",
    "que",
    "quoi",
    "ce",
    "où",
];

/// Fewer words in an item's last sentence are a note or a label after
/// its sentences ("… twice a week. Optional"), not a sentence cut.
const MIN_LAST_SENTENCE_WORDS: usize = 6;

/// Whether the list item at `index` is prose (sentences closed by a full
/// stop, then a last one of several words) among items that end on final
/// punctuation: such a list ends its items as sentences do, and this
/// item's last sentence stopping bare was cut ("4. Write down each debt.
/// Do not add them up until you know how much is avail").
fn is_prose_item_among_finished(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let prose = doc.prose(blocks[index].span()).trim_end();
    let Some(end) = prose
        .rmatch_indices(['.', '!', '?'])
        .map(|(i, _)| i)
        .find(|&i| prose[i + 1..].starts_with(' '))
    else {
        return false;
    };
    // A sentence before it, not the item's number ("4. ").
    if !prose[..end].chars().any(char::is_alphabetic) {
        return false;
    }
    let last_sentence = &prose[end + 2..];
    if last_sentence.split_whitespace().count() < MIN_LAST_SENTENCE_WORDS
        || last_sentence.contains('\n')
    {
        return false;
    }
    let neighbours = [index.checked_sub(1), Some(index + 1)];
    let mut siblings = neighbours
        .into_iter()
        .flatten()
        .filter_map(|i| blocks.get(i))
        .filter(|b| b.kind() == BlockKind::ListItem)
        .peekable();
    siblings.peek().is_some() && siblings.all(|b| ends_a_sentence(doc.prose(b.span()).trim_end()))
}

/// Whether `word` has a capital after a lowercase letter (`aptX`,
/// `iPhone`, `McNab`): a brand or a name. A page's cut leaves the first
/// letters of a word, never a capital after them.
fn has_an_inner_capital(word: &str) -> bool {
    let mut seen_lowercase = false;
    for c in word.chars() {
        if c.is_uppercase() && seen_lowercase {
            return true;
        }
        seen_lowercase |= c.is_lowercase();
    }
    false
}

/// Whether the paragraph at `span` stands under an image in the same
/// paragraph (`![…](…)` on the line above): its caption.
fn is_caption_under_an_image(doc: &Document<'_>, span: Span) -> bool {
    let before = &doc.source()[..span.start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // The image on the block's own first line (its alt text read as the
    // paragraph's start) or on the line above it.
    let own_line = &before[line_start..];
    let above = line_start
        .checked_sub(1)
        .map(|end| &before[before[..end].rfind('\n').map_or(0, |i| i + 1)..end]);
    let is_image = |line: &str| line.trim_start().starts_with("![");
    is_image(own_line) || above.is_some_and(is_image)
}

/// Whether the lines of the paragraph at `span` are set in bold or italics
/// from their first character to their last (`*Lyon, 3 mai*`, `**Réunion
/// le 12 mai**`).
fn is_emphasised_throughout(doc: &Document<'_>, span: Span) -> bool {
    let text = doc.text(doc.lines_around(span)).trim();
    let marks = |c: char| c == '*' || c == '_';
    text.starts_with(marks) && text.ends_with(marks)
}

/// Most words in a line of a masthead (see [`is_under_a_bold_masthead`]).
const MAX_MASTHEAD_LINE_WORDS: usize = 12;

/// Whether the paragraph at `span` is a masthead: a first line in bold
/// from end to end (a name, a title) and short lines under it (a date and
/// a place, an address: `Réunion du 6 mai, salle des fêtes, Lyon`), which
/// end as labels do.
fn is_under_a_bold_masthead(doc: &Document<'_>, span: Span) -> bool {
    let text = doc.text(doc.lines_around(span)).trim();
    let mut lines = text.lines();
    let Some(first) = lines.next().map(str::trim) else {
        return false;
    };
    let mut rest = lines.peekable();
    first.starts_with("**")
        && first.ends_with("**")
        && rest.peek().is_some()
        && rest.all(|l| l.split_whitespace().count() <= MAX_MASTHEAD_LINE_WORDS)
}

/// Whether the paragraph at `span` ends on a definition in a Markdown
/// definition list (`Term` on one line, `: its definition` on the next):
/// a field's value, which ends as a table cell does, on its last noun.
fn is_a_definition(doc: &Document<'_>, span: Span) -> bool {
    let source = doc.source();
    let end = span.end.min(source.len());
    let line_start = source[..end].trim_end().rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].trim_start_matches([' ', '\t']);
    let term_above = source[..line_start.saturating_sub(1)]
        .rsplit('\n')
        .next()
        .is_some_and(|term| !term.trim().is_empty());
    line.starts_with(": ") && term_above
}

/// The quotation in `tail` when an attribution follows it (`« … » —
/// Pauline, juin`, `"…" — Jess, verified buyer`): the text up to its
/// closing mark.
fn quotation_before_attribution(tail: &str) -> Option<&str> {
    let dash = tail.rfind(['—', '–'])?;
    let quotation = tail[..dash].trim_end();
    if quotation.len() == dash {
        return None;
    }
    let attribution = &tail[dash..];
    let closes = quotation.ends_with(['»', '”', '"']);
    let short = attribution.split_whitespace().count() <= MAX_ATTRIBUTION_WORDS;
    (closes && short && !attribution.contains(['.', '!', '?'])).then_some(quotation)
}

/// Most words of an attribution after a quotation, its dash included.
const MAX_ATTRIBUTION_WORDS: usize = 12;

/// Whether a block's text stops on a stem no dictionary knows, or one it
/// knows only by accident (`…, courte` in English), glued to its end (`…
/// how long does it tak`): no button, label or credit ends that way.
fn ends_on_a_stem(ctx: &RuleContext<'_>, block: usize) -> bool {
    let doc = ctx.doc;
    let span = doc.blocks()[block].span();
    let prose = doc.prose(span).trim_end();
    if !prose.ends_with(char::is_alphabetic) {
        return false;
    }
    let end = span.start + prose.len();
    let Some(last) = doc.words_of_block(block).last() else {
        return false;
    };
    let word = doc.text(last.span());
    last.span().end == end
        && !last.has_digit()
        && word.chars().count() >= 2
        && word.starts_with(char::is_lowercase)
        && (is_known_word(ctx, word) == Some(false) || is_accidental_word(ctx, word))
}

/// Whether a block's text stops on the first letters of a month after a
/// day number (`… ouvertes jusqu'au 10 ma`): a banner or a widget ends
/// on a whole date, never on one cut.
fn ends_on_a_cut_date(doc: &Document<'_>, block: usize) -> bool {
    let span = doc.blocks()[block].span();
    let prose = doc.prose(span).trim_end();
    if !prose.ends_with(char::is_alphabetic) {
        return false;
    }
    let words = doc.words_of_block(block);
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    if last.span().end != span.start + prose.len() {
        return false;
    }
    let before: Vec<&str> = before[before.len().saturating_sub(3)..]
        .iter()
        .map(|w| doc.text(w.span()))
        .collect();
    short_cuts::is_a_cut_month(&before, doc.text(last.span()))
}

/// Whether `word`, the last of an item, a quotation or a cell, is a cut
/// stem: three lowercase letters or more that no dictionary knows (or that
/// are a word only by accident) and that begin a longer word of the
/// document's language (`treas`, `secrét`). A name is capitalised; a
/// command or a code holds digits or symbols; a unit follows a number
/// (`· 25 min`).
fn is_a_cut_stem(ctx: &RuleContext<'_>, previous: Option<&str>, word: &str) -> bool {
    if previous.is_some_and(|p| p.chars().any(|c| c.is_ascii_digit()))
        || word.chars().count() < 3
        || !word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
    {
        return false;
    }
    ((is_known_word(ctx, word) == Some(false)
        && stems::begins_a_longer_word_of(word, ctx.doc.language))
        || is_accidental_word(ctx, word))
        && !is_used_twice(ctx.doc, word)
}

/// Prepositions an English title may end on ("What it is for", "The
/// bin we started with").
const EN_STRANDED_PREPOSITIONS: &[&str] = &[
    "for", "with", "to", "of", "from", "about", "in", "on", "at", "by", "into", "through",
];

/// Prepositions a title or an item rarely ends on, and a cut often does
/// ("… match against", "… left without", "… borrow one from"): read as a
/// cut in a list item whose neighbours end whole, or beside an excerpt
/// closed on an ellipsis.
const EN_CUT_PREPOSITIONS: &[&str] = &[
    "against",
    "without",
    "from",
    "into",
    "onto",
    "towards",
    "toward",
    "between",
    "among",
    "across",
    "despite",
    "via",
    "per",
    "than",
    "including",
    "unlike",
];

/// Whether the list items next to `index` (one at least) all end on a
/// word, a number or a mark, and none on a preposition: the list's
/// titles end whole, and the one that stops on a preposition was cut.
fn siblings_end_whole(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let mut seen = 0;
    for i in [index.checked_sub(1), Some(index + 1)]
        .into_iter()
        .flatten()
    {
        let Some(block) = blocks.get(i).filter(|b| b.kind() == BlockKind::ListItem) else {
            continue;
        };
        let Some(last) = doc.words_of_block(i).last() else {
            return false;
        };
        let word = doc.text(last.span()).to_lowercase();
        if EN_CUT_PREPOSITIONS.contains(&word.as_str())
            || EN_STRANDED_PREPOSITIONS.contains(&word.as_str())
            || doc.prose(block.span()).trim_end().ends_with(['…', ','])
        {
            return false;
        }
        seen += 1;
    }
    seen > 0
}

/// Words that open a subordinate or relative clause: an item stopping
/// bare after one left its clause open.
const CLAUSE_OPENERS: &[&str] = &[
    "if", "when", "unless", "until", "because", "that", "which", "who", "whose", "where", "while",
    "whether", "once", "dont", "qui", "que", "où", "si", "quand", "lorsque", "lorsqu", "puisque",
    "afin",
];

/// Items before it (two at least) closed by `;` or final punctuation.
const MIN_MARKED_SIBLINGS: usize = 2;

/// Whether the list item at `index` is the last of a list whose items
/// before it all end on `;` or final punctuation, stops bare on a
/// lowercase word, and opened a clause it did not close ("- Marie-Ménard,
/// dont les fruits tardifs", "- Sessions are cancelled if the gusts
/// exceed"): the list's last item, cut. A bare item of a list of labels,
/// or one whose clause is whole, is left to the other signs.
fn is_bare_among_marked(doc: &Document<'_>, index: usize, prose: &str, word: &str) -> bool {
    let blocks = doc.blocks();
    let prose = prose.trim_end();
    if !word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
        || !prose.ends_with(char::is_alphabetic)
        || blocks
            .get(index + 1)
            .is_some_and(|b| b.kind() == BlockKind::ListItem)
        || index < MIN_MARKED_SIBLINGS
    {
        return false;
    }
    let marked = (index - MIN_MARKED_SIBLINGS..index).all(|i| {
        let block = &blocks[i];
        let text = doc.prose(block.span()).trim_end();
        block.kind() == BlockKind::ListItem && (text.ends_with(';') || ends_a_sentence(text))
    });
    marked
        && doc.words_of_block(index).iter().any(|w| {
            let w = doc.text(w.span()).to_lowercase();
            CLAUSE_OPENERS.contains(&w.as_str())
        })
}

/// Whether the text of the block at `span` is a single link's text, from
/// its first character to its last (`- [Title](url)`).
fn is_only_a_link(doc: &Document<'_>, span: Span) -> bool {
    let prose = doc.prose(span);
    let start = span.start + (prose.len() - prose.trim_start().len());
    let end = span.start + prose.trim_end().len();
    doc.markup
        .links
        .iter()
        .any(|link| link.text.start == start && link.text.end == end)
}

/// Abbreviations of chat messages (`lol`, `btw`, `mdr`, `stp`): no cut
/// word, though no dictionary holds them.
const CHAT_ABBREVIATIONS: &[&str] = &[
    "lol", "omg", "btw", "idk", "tbh", "imo", "imho", "brb", "thx", "pls", "plz", "ngl", "fyi",
    "asap", "mdr", "ptdr", "jsp", "stp", "svp", "bcp", "dsl", "tkt", "bsx", "slt",
];

pub(super) fn is_a_chat_abbreviation(word: &str) -> bool {
    CHAT_ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Most characters of a chat message's stamp and speaker (`[09:14] Tom:`,
/// `19:02 Camille Martin :`).
const MAX_CHAT_PREFIX_CHARS: usize = 48;

/// Whether the last line of `prose` is a message of a chat export: a time
/// stamp (`[09:14]`, `19:02`, `[2024-03-04 09:14]`), a speaker's name and
/// a colon, then the message, which ends as its writer left it.
fn is_a_chat_message(prose: &str) -> bool {
    let line = prose.trim_end().lines().last().unwrap_or("").trim_start();
    let line = line.strip_prefix('[').unwrap_or(line);
    let stamp_end = line
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '-' | '/' | ' ' | 'h')))
        .unwrap_or(line.len());
    let stamp = &line[..stamp_end];
    let is_time = stamp.contains(':') || stamp.contains('h');
    if !stamp.starts_with(|c: char| c.is_ascii_digit()) || !is_time {
        return false;
    }
    let rest = line[stamp_end..].trim_start_matches([']', ' ']);
    let Some(colon) = rest.find(':') else {
        return false;
    };
    let speaker = rest[..colon].trim();
    colon <= MAX_CHAT_PREFIX_CHARS
        && speaker.starts_with(char::is_uppercase)
        && (1..=3).contains(&speaker.split_whitespace().count())
}

/// Most letters of a unit after a number (`25 min`, `3 tbsp`, `10 pers`):
/// a longer unknown stem after a number is a noun cut (`the 1927 logboo`).
const MAX_UNIT_CHARS: usize = 4;

/// Whether `word`, the last of a line, is a stem no dictionary knows
/// (neither language's: a word of the other language is no cut) that
/// begins a longer word of the document's language: three lowercase
/// letters or more, or, after a number, more than a unit has.
fn is_an_unknown_stem(ctx: &RuleContext<'_>, previous: Option<&str>, word: &str) -> bool {
    let least = if previous.is_some_and(|p| p.chars().any(|c| c.is_ascii_digit())) {
        MAX_UNIT_CHARS + 1
    } else {
        3
    };
    word.chars().count() >= least
        && word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
        && is_known_word(ctx, word) == Some(false)
        && stems::begins_a_longer_word_of(word, ctx.doc.language)
        && !is_used_twice(ctx.doc, word)
        && !is_a_slip_of_the_pen(ctx, word)
}

/// Whether `word` is a word of the document's language misspelt in its
/// middle (a letter not doubled, two letters swapped, one letter too
/// many: `pur beure`, `coton bilogique`): a typo for the spelling rules,
/// not a cut, which keeps the beginning of a word whole. Asked only of a
/// line's last word that every other sign already reads as cut.
pub(super) fn is_a_slip_of_the_pen(ctx: &RuleContext<'_>, word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let known = |candidate: &[char]| {
        let candidate: String = candidate.iter().collect();
        is_in_own_dictionary(ctx, &candidate)
    };
    let mut candidate = Vec::with_capacity(chars.len() + 1);
    for i in 1..chars.len() {
        // The letter before `i` doubled.
        candidate.clear();
        candidate.extend_from_slice(&chars[..i]);
        candidate.extend_from_slice(&chars[i - 1..]);
        if known(&candidate) {
            return true;
        }
        // Letters `i - 1` and `i` swapped.
        candidate.clear();
        candidate.extend_from_slice(&chars);
        candidate.swap(i - 1, i);
        if known(&candidate) {
            return true;
        }
        // Letter `i` (inner) dropped.
        if i + 1 < chars.len() {
            candidate.clear();
            candidate.extend_from_slice(&chars[..i]);
            candidate.extend_from_slice(&chars[i + 1..]);
            if known(&candidate) {
                return true;
            }
        }
    }
    false
}

/// Whether `word` (lowercase letters) stands whole twice or more in the
/// document: a clipped word the writer uses as a word (`en mode éco` in
/// two items). A page's cut leaves its stem once.
///
/// Each answer is a search of the whole text, and a line's last word is
/// asked about on every line: answers are kept per document, and past
/// [`MAX_WHOLE_TEXT_SEARCHES`] distinct words the text's words are counted
/// once instead, so that a file of many short lines costs one pass, not a
/// pass per line.
pub(super) fn is_used_twice(doc: &Document<'_>, word: &str) -> bool {
    let uses = doc.memo(0, |_| WholeWordUses::default());
    if let Some(counts) = uses.counts.get() {
        return counts.get(word).is_some_and(|&n| n >= 2);
    }
    let mut answers = uses.answers.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&answer) = answers.get(word) {
        return answer;
    }
    if answers.len() >= MAX_WHOLE_TEXT_SEARCHES {
        drop(answers);
        let counts = uses
            .counts
            .get_or_init(|| lowercase_word_counts(doc.source()));
        return counts.get(word).is_some_and(|&n| n >= 2);
    }
    let text = doc.source();
    let whole = |(at, _): &(usize, &str)| {
        let before = text[..*at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let answer = text.match_indices(word).filter(whole).nth(1).is_some();
    answers.insert(word.into(), answer);
    answer
}

/// Distinct words searched for in the whole text before its words are
/// counted once (see [`is_used_twice`]).
const MAX_WHOLE_TEXT_SEARCHES: usize = 32;

/// [`is_used_twice`]'s answers for one document.
#[derive(Default)]
struct WholeWordUses {
    answers: Mutex<HashMap<Box<str>, bool>>,
    counts: OnceLock<HashMap<Box<str>, u8>>,
}

/// How often each run of lowercase letters stands whole (between
/// characters that are not alphanumeric) in `text`, up to 2: the words
/// [`is_used_twice`] is asked about, and no others.
fn lowercase_word_counts(text: &str) -> HashMap<Box<str>, u8> {
    let mut counts: HashMap<Box<str>, u8> = HashMap::new();
    for run in text.split(|c: char| !c.is_alphanumeric()) {
        if run.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()) && !run.is_empty() {
            let count = counts.entry(run.into()).or_insert(0);
            *count = count.saturating_add(1).min(2);
        }
    }
    counts
}

/// Whether `word` is a cut stem ([`is_a_cut_stem`]) that the document
/// language's own dictionary does not hold: a word of the other language
/// by accident (`… qu'il en rest` in French). A title may end on a rare
/// word of its own language; it does not end on an English stem.
fn is_a_foreign_stem(ctx: &RuleContext<'_>, previous: Option<&str>, word: &str) -> bool {
    is_a_cut_stem(ctx, previous, word) && !is_in_own_dictionary(ctx, word)
}

/// Words of a card's title line.
const MAX_CARD_TITLE_WORDS: usize = 16;

/// Whether block `index` (plain text) is a teaser card's excerpt: after the
/// article's text, under a shorter title line with no final full stop, over a
/// card's line (a section and a date or a reading time: "Gardening | 6
/// min").
fn is_card_excerpt(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let Some(title) = index.checked_sub(1) else {
        return false;
    };
    let title_text = doc.prose(blocks[title].span()).trim();
    let title_fits = (1..=MAX_CARD_TITLE_WORDS).contains(&doc.words_of_block(title).len())
        && !title_text.ends_with(['.', '!', ':', ';', ','])
        && !title_text.contains('\n');
    // Cards follow the article's text; a subtitle over the article's
    // dateline opens it.
    let after_text = (0..title).any(|i| {
        blocks[i].kind() == BlockKind::Paragraph
            && doc.words_of_block(i).len() >= MIN_WORDS
            && ends_a_sentence(doc.prose(blocks[i].span()).trim_end())
    });
    // An excerpt runs longer than its title; two titles in a row are a
    // list of titles.
    let longer = doc.words_of_block(index).len() > doc.words_of_block(title).len();
    title_fits
        && after_text
        && longer
        && blocks
            .get(index + 1)
            .is_some_and(|next| is_card_meta_line(doc.prose(next.span())))
}

/// Whether `text` ends inside a bracket it opened, two words or more
/// after it: an aside a cut left open ("… came back (and what it cost").
fn leaves_a_bracket_open(text: &str) -> bool {
    let Some(open) = text.rfind('(') else {
        return false;
    };
    let inside = &text[open + 1..];
    !inside.contains(')')
        && inside
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
}

/// Whether the block after `index` opens in lowercase, continuing its
/// sentence.
fn continues_on_next_line(doc: &Document<'_>, index: usize) -> bool {
    doc.blocks().get(index + 1).is_some_and(|next| {
        doc.prose(next.span())
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    })
}

/// Most blocks above a standfirst: the title, a subtitle, a date line.
const MAX_BLOCKS_ABOVE_STANDFIRST: usize = 3;

/// Whether block `index` is the standfirst: a single title-like line right
/// under the draft's title heading, with nothing but headings, dates and
/// bylines above it ("How a forgotten way of travelling found new
/// passengers").
fn is_standfirst(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let under_title = matches!(
        blocks.first().map(|b| b.kind()),
        Some(BlockKind::Heading { .. })
    );
    under_title
        && (1..=MAX_BLOCKS_ABOVE_STANDFIRST).contains(&index)
        && blocks[1..index].iter().all(|b| {
            matches!(b.kind(), BlockKind::Heading { .. })
                || is_byline_or_dateline(doc.prose(b.span()))
        })
        && is_title_like(doc.prose(blocks[index].span()))
}

/// Whether the block's text ends in something that is not prose (a URL,
/// code, an image), where its sentence may end. A link's target is not
/// that: its text is prose and ends the sentence.
fn ends_outside_prose(doc: &Document<'_>, span: Span) -> bool {
    let prose = doc.prose(span);
    let source = doc.text(span);
    let prose_end = span.start + prose.trim_end().len();
    if source.trim_end().len() == prose.trim_end().len() {
        return false;
    }
    // `[… in the](https://…)`: the link's text ends the prose.
    let by_link = doc
        .markup
        .links
        .iter()
        .any(|link| link.text.end == prose_end && span.contains(link.text));
    !by_link
}

/// Whether the block's prose ends with a link's text.
fn ends_in_a_link(doc: &Document<'_>, span: Span) -> bool {
    let prose_end = span.start + doc.prose(span).trim_end().len();
    doc.markup
        .links
        .iter()
        .any(|link| link.text.end == prose_end && span.contains(link.text))
}

/// `… Lire la suite`: an excerpt closed by its read-more label, which
/// `truncation.cut-teaser` reports with the label.
fn ends_with_read_more(tail: &str, language: crate::text::Language) -> bool {
    let cut = tail
        .rfind("...")
        .map(|i| i + 3)
        .or_else(|| tail.rfind('…').map(|i| i + '…'.len_utf8()));
    cut.is_some_and(|at| is_read_more_label(&tail[at..], language))
}

/// Excerpts a page cuts at a fixed length run to a hundred characters or
/// more; the titles of a list of articles are shorter.
const MIN_EXCERPT_CHARS: usize = 100;

/// How far apart in characters the excerpts cut by the same page may be:
/// the cut falls at the last word boundary before a fixed limit.
const EXCERPT_LENGTH_TOLERANCE: usize = 12;
/// A page's cut shows in three excerpts of one length; two long lines of
/// about the same length are a coincidence.
const MIN_EXCERPTS_OF_ONE_LENGTH: usize = 3;

/// A long line without final punctuation in a run of such lines of about
/// the same length, one of which shows where the page cut it (a fragment
/// `… in the summ`, or a word no sentence ends on): the excerpts of a list
/// of teasers, cut at a fixed length wherever the limit fell, even on a
/// word that could end a sentence (`… cost the board`). Without such a
/// sign the run is a list of items written without full stops (an agenda,
/// a list of titles), and is left alone.
fn is_long_excerpt_in_a_list(ctx: &RuleContext<'_>, index: usize) -> bool {
    let doc = ctx.doc;
    let length = |i: usize| -> Option<usize> {
        let b = doc.blocks().get(i)?;
        let text = doc.prose(b.span()).trim();
        let unfinished = b.kind() == BlockKind::Paragraph
            && is_title_like(text)
            && !ends_a_sentence(text)
            && !text.ends_with(is_closing);
        let chars = text.chars().count();
        (unfinished && chars >= MIN_EXCERPT_CHARS).then_some(chars)
    };
    let Some(own) = length(index) else {
        return false;
    };
    // The lines around this one, in a row, all within the tolerance of
    // one another: the shortest and longest of the band stay close.
    let (mut first, mut last) = (index, index);
    let (mut shortest, mut longest) = (own, own);
    let fits = |n: usize, lo: usize, hi: usize| n.max(hi) - n.min(lo) <= EXCERPT_LENGTH_TOLERANCE;
    while first > 0 {
        match length(first - 1) {
            Some(n) if fits(n, shortest, longest) => {
                first -= 1;
                shortest = shortest.min(n);
                longest = longest.max(n);
            }
            _ => break,
        }
    }
    while let Some(n) = length(last + 1) {
        if !fits(n, shortest, longest) {
            break;
        }
        last += 1;
        shortest = shortest.min(n);
        longest = longest.max(n);
    }
    last + 1 - first >= MIN_EXCERPTS_OF_ONE_LENGTH && (first..=last).any(|i| shows_its_cut(ctx, i))
}

/// The last word of block `index` is a fragment or a word no sentence ends
/// on.
pub(super) fn shows_its_cut(ctx: &RuleContext<'_>, index: usize) -> bool {
    let doc = ctx.doc;
    let words = doc.words_of_block(index);
    let Some(last) = words.last() else {
        return false;
    };
    let word = doc.text(last.span());
    let previous = words
        .len()
        .checked_sub(2)
        .map(|i| doc.text(words[i].span()));
    is_known_word(ctx, word) == Some(false) || stops_without_a_mark(previous, word, doc.language)
}

/// Characters of a line before a closing ellipsis for it to be an excerpt
/// (a line of dialogue trailing off is shorter).
const MIN_EXCERPT_LINE_CHARS: usize = 40;

/// Whether the block before or after block `index` is a long line closed by
/// an ellipsis glued to its last word (`… breakfast to wal…`), as a page
/// closes the excerpts it cut, and block `index` is as long: two excerpts
/// of one list.
fn next_to_an_ellipsis_cut(doc: &Document<'_>, index: usize) -> bool {
    let long = |i: usize| {
        doc.blocks()
            .get(i)
            .is_some_and(|b| doc.prose(b.span()).trim().chars().count() >= MIN_EXCERPT_LINE_CHARS)
    };
    let closed_on_a_cut = |i: usize| {
        let Some(block) = doc.blocks().get(i) else {
            return false;
        };
        let text = doc.prose(block.span()).trim_end();
        let before = text.strip_suffix('…').or_else(|| text.strip_suffix("..."));
        long(i)
            && before.is_some_and(|b| {
                b.chars().next_back().is_some_and(char::is_alphabetic) && !b.ends_with("...")
            })
    };
    long(index) && (index.checked_sub(1).is_some_and(closed_on_a_cut) || closed_on_a_cut(index + 1))
}

/// Whether `tail` ends on a hyphen glued to a word ("Maine-et-"): a
/// compound cut where the page's limit fell. A hyphen after a space ("pre-
/// and post-war" is mid-sentence) or a dash set apart is no cut.
fn ends_on_a_glued_hyphen(tail: &str) -> bool {
    tail.strip_suffix('-')
        .and_then(|before| before.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Currency signs written before their amount.
const CURRENCY_SIGNS: &[char] = &['£', '€', '$', '¥'];

/// Whether `text` ends on a currency sign with no amount on either side
/// ("… Ridge Boot (£", "… from $"): no price is written so. An amount
/// before it is a price written the French way ("à partir de 45 €").
fn ends_on_a_bare_currency(text: &str) -> bool {
    let Some(before) = text.trim_end().strip_suffix(CURRENCY_SIGNS) else {
        return false;
    };
    !before
        .trim_end()
        .trim_end_matches(['\u{a0}', '\u{202f}'])
        .ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `text` ends on a quotation it opened and closed ("… à lire :
/// « Vivre à Hendaye : témoignages »"): a cut leaves its quotation open.
fn ends_on_a_closed_quotation(text: &str) -> bool {
    let quotes_balance = |open: char, close: char| {
        text.ends_with(close) && text.matches(open).count() == text.matches(close).count()
    };
    quotes_balance('«', '»')
        || quotes_balance('“', '”')
        || (text.ends_with('"') && text.matches('"').count().is_multiple_of(2))
}

/// Whether `text` ends on an arrow: a link's or a button's marker ("See
/// all our guides →"), which ends its label as it is.
fn ends_on_an_arrow(text: &str) -> bool {
    text.ends_with(['→', '⟶', '➝', '➔', '➜', '⇒', '›'])
}

/// Most words of a label opening a "Label : value" line.
const MAX_LABEL_WORDS: usize = 3;
/// Most words of the value after it.
const MAX_VALUE_WORDS: usize = 12;

/// Whether `prose` is made of "Label : value" lines ("Result: 40 % more
/// quotes from qualified buyers", a data sheet's or a case study's facts
/// one under the other): no sentence to finish.
fn is_label_and_value(prose: &str) -> bool {
    let label_and_value = |line: &str| {
        let Some((label, value)) = line.trim().split_once(':') else {
            return false;
        };
        label.trim_start().starts_with(char::is_uppercase)
            && (1..=MAX_LABEL_WORDS).contains(&label.split_whitespace().count())
            && value.split_whitespace().count() <= MAX_VALUE_WORDS
            && is_title_like(value)
    };
    prose.trim().lines().all(label_and_value)
}

/// Lines up to this long without a full stop can be titles.
const MAX_TITLE_CHARS: usize = 150;

/// One line, short enough to be a title, with no sentence break in it
/// (titles may hold a `?` or an ellipsis, not a full stop between two
/// sentences).
fn is_title_like(prose: &str) -> bool {
    let text = prose.trim();
    let sentence_break = text.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | ';') && text[i + 1..].starts_with(char::is_whitespace)
    });
    // A comma or a dash at the end announces more: no title ends so.
    let announces_more = text.ends_with([',', '-', '–', '—']);
    !text.contains('\n')
        && text.chars().count() <= MAX_TITLE_CHARS
        && !sentence_break
        && !announces_more
}

/// A line where most words are capitalised: an author and affiliation
/// line, a list of names, a title in title case, not a sentence.
fn is_mostly_names(doc: &Document<'_>, words: &[Word]) -> bool {
    let capitalised = words
        .iter()
        .filter(|w| {
            doc.text(w.span())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    capitalised * 2 > words.len()
}

/// The last sentence is a short run of capitalised words: a signature or
/// attribution under a quotation ("… Charles Dupont, Maire de Metz").
fn ends_with_signature(text: &str) -> bool {
    let last_sentence = text
        .rfind(['.', '!', '?', '…', '»', '”'])
        .map_or(text, |i| &text[i..]);
    // A signature is short: seven words are enough to tell (and a huge
    // paragraph without punctuation costs nothing).
    let words: Vec<&str> = last_sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(7)
        .collect();
    let short = !words.is_empty() && words.len() <= 6;
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // Particles in names ("de", "van", "of") may stay lowercase.
    short && capitalised * 3 >= words.len() * 2
}

/// A row of items, not a sentence: a table's row pasted as text (cells
/// separated by `|` or tabs), or a line of facts set apart by middle dots
/// or bullets ("€350,000 · 3 bedrooms · garden"), whose last item ends as
/// items do.
fn is_a_row_of_items(text: &str) -> bool {
    text.matches('|').count() >= 2
        || text.matches('\t').count() >= 2
        || text.matches(" · ").count() + text.matches(" • ").count() >= 2
        || ends_on_a_row_of_links(text)
}

/// Most words of one link in a row of links ("Unsubscribe | Manage
/// your preferences").
const MAX_LINK_WORDS: usize = 4;

/// Whether the last sentence of `text` is a row of short links set apart
/// by a bar ("… you signed up on our site. Unsubscribe | Update your
/// details"): a footer's buttons, not a sentence.
fn ends_on_a_row_of_links(text: &str) -> bool {
    let last_sentence = text.rfind(['.', '!', '?']).map_or(text, |i| &text[i + 1..]);
    let links: Vec<&str> = last_sentence.split(" | ").collect();
    links.len() >= 2
        && links.iter().all(|link| {
            (1..=MAX_LINK_WORDS).contains(&link.split_whitespace().count())
                && link.trim_start().starts_with(char::is_uppercase)
        })
}

/// Lines of a name's or a role's length ("[Name of the head teacher]").
const MAX_SHORT_LINE_WORDS: usize = 8;
/// A signature or an address is a few lines.
const MAX_STACK_LINES: usize = 4;

/// Two lines or more, each a few words without final punctuation: a
/// signature with its title, an address, a name over a role. A wrapped
/// paragraph's lines run to the wrap width.
fn is_a_stack_of_short_lines(prose: &str) -> bool {
    // Counted as they come, not collected: a block of one-letter lines
    // has a line every two bytes.
    let mut lines = 0;
    for line in prose.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        if lines > MAX_STACK_LINES || line.split_whitespace().count() > MAX_SHORT_LINE_WORDS {
            return false;
        }
    }
    lines >= 2
}

/// Fewest lines of a programme read as a schedule.
const MIN_SCHEDULE_LINES: usize = 3;

/// Three lines or more, each opened by a time (`10:00  Welcome`, `14 h
/// atelier`, `9.30 Coffee`): a programme, whose entries end bare as items
/// do; its last line ends its entry, not a sentence.
fn is_a_schedule(prose: &str) -> bool {
    let mut lines = 0;
    for line in prose.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        let digits = line
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(line.len());
        let rest = &line[digits..];
        let is_time = (1..=2).contains(&digits)
            && (rest.starts_with([':', '.', 'h'])
                || rest.starts_with(" h")
                || rest.starts_with(" am")
                || rest.starts_with(" pm")
                || rest.starts_with("am")
                || rest.starts_with("pm"));
        if !is_time {
            return false;
        }
    }
    lines >= MIN_SCHEDULE_LINES
}

/// Longest line of a column of entries (`2 medium potatoes, diced`): a
/// wrapped paragraph's lines run to a wider width.
const MAX_COLUMN_LINE_CHARS: usize = 32;
/// Fewest lines that make a column rather than a sentence broken in two.
const MIN_COLUMN_LINES: usize = 3;

/// Three lines or more, each a short entry without final punctuation (an
/// ingredient list, an inventory pasted as plain text): its last line ends
/// its entry, not a sentence. Any length, unlike a signature.
fn is_a_column_of_short_lines(prose: &str) -> bool {
    let mut lines = 0;
    for line in prose.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        if line.chars().count() > MAX_COLUMN_LINE_CHARS || ends_a_sentence(line) {
            return false;
        }
    }
    lines >= MIN_COLUMN_LINES
}

/// The text after the last terminal punctuation is a photo credit or a
/// caption source ("… Image: Keystone", "… © AFP").
fn ends_with_credit(text: &str) -> bool {
    let last_sentence = text
        .rfind(['.', '!', '?', '…'])
        .map_or(text, |i| &text[i..])
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    let first = last_sentence
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .to_lowercase();
    last_sentence.split_whitespace().count() <= 6
        && (CREDIT_WORDS.contains(&first.as_str()) || last_sentence.contains('©'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    #[test]
    fn chat_messages_end_bare_unless_their_end_shows_a_cut() {
        assert!(is_a_chat_message("[09:14] Tom: on it, merging now"));
        assert!(is_a_chat_message("19:02 Camille Martin : on part à 9 h"));
        assert!(!is_a_chat_message("Le 19 mai, Camille: on part"));
        let rule = UnfinishedParagraph::default();
        let txt = "[09:12] Sam: are we still on for the climbing wall tomorrow morning at ten\n[09:13] Nia: yes, I will bring the rope bag and meet you all at the front desk\n";
        assert!(run(&rule, txt, "a.txt", Language::En).is_empty());
        let txt = "[09:12] Sam: are we still on for the climbing wall tomorrow morning at ten\n[09:13] Nia: yes, and Tom will push the fix to the ma\n";
        let found = run(&rule, txt, "a.txt", Language::En);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn short_stems_show_a_cut_the_grammar_of_the_line_needs_more() {
        let rule = UnfinishedParagraph::default();
        for (md, cut) in [
            (
                "| Event | Notes |\n|---|---|\n| Seal watching | Booking closes on the 10th of Oc |\n",
                "Oc",
            ),
            (
                "| Atelier | Infos |\n|---|---|\n| Compost | Inscription avant le 1er oc |\n",
                "oc",
            ),
            (
                "- Yes, you can return any unused item within 30 da\n- Gift wrap on request\n",
                "da",
            ),
            (
                "- ce que change la nouvelle loi pour les pe\n- nos coups de cœur\n",
                "pe",
            ),
        ] {
            let language = if cut == "pe" || cut == "oc" {
                Language::Fr
            } else {
                Language::En
            };
            let found = run(&rule, md, "a.md", language);
            let found: Vec<_> = found.iter().map(|f| &md[f.span.range()]).collect();
            assert!(found.iter().any(|f| f.contains(cut)), "{md}: {found:?}");
        }
        for md in [
            "| Season | Hours | Tour |\n|---|---|---|\n| Spring | 10 am–4 pm | 2 h |\n| Winter | n/a | no |\n",
            "- Last entry 45 min before closing\n- Dogs on leads welcome\n",
            "- Entrée adulte, accès au sauna : non\n- Horaires du 1er déc\n",
        ] {
            assert!(run(&rule, md, "a.md", Language::En).is_empty(), "{md}");
        }
    }

    #[test]
    fn a_prose_item_among_finished_items_is_read_as_a_paragraph() {
        let rule = UnfinishedParagraph::default();
        let md = "1. Sortez le beurre du réfrigérateur.\n2. Battez les œufs. Incorporez la farine tamisée et le sucre en pluie sans cesser de fouetter la pâte bien lisse\n3. Enfournez pour vingt minutes.\n";
        let found = run(&rule, md, "a.md", Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&md[found[0].span.range()], "lisse");
        // A short note after the item's sentences, a one-sentence item, or
        // neighbours that end bare themselves: items as items end.
        for md in [
            "1. Sortez le beurre.\n2. Battez les œufs. Ajoutez la farine. Facultatif mais conseillé\n3. Enfournez.\n",
            "1. Sortez le beurre.\n2. Battez les œufs avec la farine tamisée et le sucre en pluie sans cesser de fouetter\n3. Enfournez.\n",
            "- du beurre doux\n- Des œufs. Prenez-les frais et de poules élevées en plein air toute l'année\n- de la farine\n",
        ] {
            assert!(run(&rule, md, "a.md", Language::Fr).is_empty(), "{md}");
        }
    }

    #[test]
    fn an_item_stopping_on_puis_is_cut() {
        let md = "1. Sortez le beurre.\n2. Faites fondre le beurre à feu doux, puis\n";
        assert_eq!(
            run(&UnfinishedParagraph::default(), md, "a.md", Language::Fr).len(),
            1
        );
    }

    #[test]
    fn a_read_more_label_after_a_comma_ends_its_sentence() {
        let rule = UnfinishedParagraph::default();
        let md = "Le patron est gratuit. Pour obtenir les explications pas à pas, Cliquez ici ⇒\n";
        assert!(run(&rule, md, "a.md", Language::Fr).is_empty());
    }

    #[test]
    fn long_plain_line_without_full_stop_is_unfinished() {
        let text = "Titre\nCe long paragraphe copié depuis une page d'accueil présente le sujet, cite deux chiffres et s'arrête au milieu de la phrase sans jamais finir ce qu'il dépasse\n";
        let found = run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.range()], "dépasse");
    }

    #[test]
    fn a_stem_beside_an_excerpt_closed_on_a_cut_is_cut_too() {
        let text = "Plus de balades\nCinq villages de la côte où le café sert encore le petit déjeuner aux marcheu…\nUn hiver autour des lacs de barrage et de leurs anciennes voies ferr\n";
        let found = run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&text[found[0].span.range()], "ferr");
        // A line of the article that ends on a whole word is left alone.
        let text = "Plus de balades\nCinq villages de la côte où le café sert encore le petit déjeuner aux marcheu…\nUn hiver autour des lacs de barrage et de leurs anciennes voies ferrées\n";
        assert!(run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn a_stem_after_a_determiner_ends_a_short_cell_cut() {
        let rule = UnfinishedParagraph::default();
        let md = "| Jour | Tâche |\n|---|---|\n| Lundi | Vider toute la cui\n";
        assert_eq!(run(&rule, md, "a.md", Language::Fr).len(), 1);
        // A clipped word used twice is a word, not the stem a cut leaves.
        let md = "- Durée de charge pour la batterie : 3 h en mode éco\n\
                  - Durée de lavage pour le tambour : 40 min en mode éco\n";
        assert!(run(&rule, md, "a.md", Language::Fr).is_empty());
    }

    #[test]
    fn a_short_line_glued_to_an_unknown_stem_is_cut() {
        let rule = UnfinishedParagraph::default();
        let text = "Le club du jeudi.\n\nSamedi : 3 places réserv\n\nMerci à tous.\n";
        assert_eq!(run(&rule, text, "a.txt", Language::Fr).len(), 1);
        // A whole word, a unit after a number, a name: lines as they are.
        let text =
            "Le club du jeudi.\n\nSamedi : 3 places libres\n\nDurée : 25 mins\n\nMerci à tous.\n";
        assert!(run(&rule, text, "a.txt", Language::Fr).is_empty());
        // A typo at the end of an item is spelling's.
        let md = "- Une pâte feuilletée pur beure\n- Des pommes\n";
        assert!(run(&rule, md, "a.md", Language::Fr).is_empty());
        let md = "| Heure | Activité |\n|---|---|\n| 14:00 | Lecture du registre de 1931 |\n| 15:00 | Visite du phare de 1887 |\n| 16:00 | Projection du film de 1952 |\n| 17:00 | Atelier des cartes de 1904 à 19 |\n| 18:00 | Lecture du carnet de bord de 1927 jusqu'au printe |\n";
        assert_eq!(run(&rule, md, "a.md", Language::Fr).len(), 1);
    }

    #[test]
    fn a_compound_cut_at_its_hyphen_is_cut() {
        let text = "# Nos sorties\n\n- Les vergers du Val de Loire ouvrent leurs portes aux cueilleurs de Saint-\n- Une journée sur les chemins de halage entre deux écluses du canal\n";
        let found: Vec<&str> = run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr)
            .iter()
            .map(|d| &text[d.span.range()])
            .collect();
        assert_eq!(found, vec!["Saint-"]);
        // A hyphen set apart, or inside the line, cuts nothing.
        assert!(!ends_on_a_glued_hyphen("before and after the war -"));
        assert!(ends_on_a_glued_hyphen(
            "the 1950s and the early 60s of post-"
        ));
    }

    #[test]
    fn headings_and_table_rows_are_not_paragraphs_to_finish() {
        let text = "Titre court\n| Colonne une avec du texte | Colonne deux avec encore du texte | Colonne trois avec beaucoup de texte pour dépasser la longueur |\n";
        assert!(run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn items_and_title_lines_are_cut_only_when_they_show_it() {
        let text = "# Nos guides\n\n\
                    - Deux jours dans les calanques, de Cassis à Marseille, avec nos adresses pour dormir près des\n\
                    - [Une semaine à vélo le long de la Loire, des châteaux aux vignobles du](https://exemple.fr/loire)\n\
                    - Un itinéraire en train pour découvrir les villes du Nord sans voiture\n";
        let found: Vec<&str> = run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr)
            .iter()
            .map(|d| &text[d.span.range()])
            .collect();
        assert_eq!(found, vec!["des", "du"]);
        // A plain title line that stops on a preposition after a date, or
        // an excerpt whose label is alone on the next line.
        let text = "Agenda\nLa réunion publique sur le plan de circulation aura lieu samedi 14 dans\nLa fête du port revient cet été avec des concerts sur les quais et un marché de créateurs\nLire la suite\nUn paragraphe ordinaire qui se termine.\n";
        let found: Vec<&str> = run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr)
            .iter()
            .map(|d| &text[d.span.range()])
            .collect();
        assert_eq!(found, vec!["dans", "créateurs"]);
    }

    #[test]
    fn titles_labels_quotations_and_arrows_end_as_they_are() {
        let body = "The ferry runs twice a day from the old quay, and the crossing takes forty minutes in calm weather.";
        for line in [
            "Island hopping on a shoestring: the one boat worth waiting for",
            "Verdict: a sturdy little boat and crossings the whole family will enjoy",
            "Next in the series of our coastal guides: \"Where the seals come ashore\"",
            "Plus de traversées et d'idées de sorties sur nos pages dédiées aux îles →",
        ] {
            let text = format!("{line}\n{body}\n");
            let found = run(
                &UnfinishedParagraph::default(),
                &text,
                "a.txt",
                Language::En,
            );
            assert!(found.is_empty(), "{line}: {found:?}");
        }
        // A price cut off after its currency sign is cut, in any line.
        let text = format!(
            "{body}\nOur picks: Ridge Trail (£95) · Summit Lite (£120) · Coast Walker (£\n"
        );
        let found = run(
            &UnfinishedParagraph::default(),
            &text,
            "a.txt",
            Language::En,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&text[found[0].span.range()], "Walker (£");
        assert!(!ends_on_a_bare_currency("des paniers à partir de 45 €"));
        // A footer's row of links after its sentence.
        let text = format!(
            "{body}\nYou get this letter because you joined the harbour club last spring. Leave the list | Change my settings\n"
        );
        assert!(
            run(
                &UnfinishedParagraph::default(),
                &text,
                "a.txt",
                Language::En
            )
            .is_empty()
        );
        assert!(!ends_on_a_row_of_links(
            "We sailed from the quay to the point | and back"
        ));
        assert!(!ends_on_a_bare_currency(
            "des paniers à partir de 45\u{a0}€"
        ));
        // Facts one under the other make one Markdown paragraph.
        let facts = format!(
            "# Islands\n\n{body}\n\nRoute: four islands in a day\nCrossings: twice a day from the quay\nResult: one tired family and a camera full of seals\n"
        );
        assert!(
            run(
                &UnfinishedParagraph::default(),
                &facts,
                "a.md",
                Language::En
            )
            .is_empty()
        );
        // A title that shows its cut, and a quotation left open, are cut.
        let text = format!("Island hopping on a shoestring from the quays of Saint-\n{body}\n");
        assert_eq!(
            run(
                &UnfinishedParagraph::default(),
                &text,
                "a.txt",
                Language::En
            )
            .len(),
            1
        );
        let text = format!(
            "{body}\nShe told us that \"the harbour master never lets a boat leave before the\n"
        );
        assert_eq!(
            run(
                &UnfinishedParagraph::default(),
                &text,
                "a.txt",
                Language::En
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_teaser_card_s_excerpt_is_cut_wherever_the_limit_fell() {
        let text = "Walks\nThe harbour path reopened on Monday after the winter storms.\n\
                    Three walks along the cliffs\nThe first starts at the lighthouse and climbs for an hour over\n\
                    Walks | 5 min\n";
        let found: Vec<&str> = run(&UnfinishedParagraph::default(), text, "a.txt", Language::En)
            .iter()
            .map(|d| &text[d.span.range()])
            .collect();
        assert_eq!(found, vec!["over"]);
        // The article's own subtitle over its dateline ends as titles do.
        let text = "Three walks along the cliffs\nA guide for the whole family and for the dog\n\
                    Walks | 5 min read\nThe first walk starts at the lighthouse and climbs for an hour.\n";
        assert!(run(&UnfinishedParagraph::default(), text, "a.txt", Language::En).is_empty());
    }

    #[test]
    fn emoji_dates_bylines_and_standfirsts_end_as_they_are() {
        let text = "# Une semaine sur les canaux du Midi en péniche de location\n\n\
                    Le récit d'une croisière lente entre écluses, platanes et villages\n\n\
                    2 juin 2025\nPar Lucien M., 4 min de lecture\n\n\
                    Nous avons loué le bateau à Castelnaudary sans aucune expérience de la navigation fluviale ! ⛵\n\n\
                    Fallait-il vraiment passer la première écluse sous une pluie battante et sans gilet ? 🤔🌧️\n";
        assert!(run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr).is_empty());
        // A standfirst that shows its cut is still cut.
        let text = "# Une semaine sur les canaux du Midi\n\n\
                    Le récit d'une croisière lente entre écluses, platanes et villages de\n\n\
                    Nous avons loué le bateau à Castelnaudary sans aucune expérience.\n";
        assert_eq!(
            run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr).len(),
            1
        );
    }

    #[test]
    fn signatures_and_name_lines_are_not_sentences() {
        assert!(ends_with_signature(
            "« Nous ferons mieux », a-t-il promis. Jean Dupont, Maire de Metz"
        ));
        assert!(!ends_with_signature(
            "Il a promis de faire mieux et de revenir"
        ));
    }

    #[test]
    fn a_column_of_short_entries_ends_on_its_last_entry() {
        let text = "Ingredients\n3 leeks, washed and sliced\n2 medium potatoes, diced\n1 onion, chopped\n1 litre vegetable stock\na knob of butter\nsalt and pepper\n\nMethod\nMelt the butter.\n";
        let found = run(
            &UnfinishedParagraph::default(),
            text,
            "soup.txt",
            Language::En,
        );
        assert!(found.is_empty());
    }

    #[test]
    fn a_short_line_stopping_on_a_word_no_sentence_ends_on_is_cut() {
        let en = |text: &str| run(&UnfinishedParagraph::default(), text, "a.txt", Language::En);
        let fr = |text: &str| run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr);
        assert_eq!(
            en("Opening hours\n\nSunday: 10am to\n\nWe look forward to it.\n").len(),
            1
        );
        assert_eq!(fr("Ingrédients\n\n1 pincée de\n\nPréparation\n").len(), 1);
        assert!(en("What we're looking for\n\nA volunteer who likes people.\n").is_empty());
        assert!(fr("Deux quartiers en un\n\nLe quartier change.\n").is_empty());
        assert!(en("Posted by allotment_dave\n\nI keep mine in a sack.\n").is_empty());
    }

    #[test]
    fn a_stem_ending_a_cell_a_title_or_a_line_is_cut() {
        let en = |text: &str| run(&UnfinishedParagraph::default(), text, "a.md", Language::En);
        let fr = |text: &str| run(&UnfinishedParagraph::default(), text, "a.txt", Language::Fr);
        let table = "| Lamp | Best for |\n|---|---|\n| Swift | Road running and commu |\n| Nu25 | Trail races, |\n";
        assert_eq!(en(table).len(), 2);
        assert_eq!(
            fr("Sur le même sujet : Le compost collectif · Comment bien choisir ses semen\n").len(),
            1
        );
        assert!(
            en("| Reading | Value |\n|---|---|\n| Water temp | 12 °C |\n| Add-ons | two |\n")
                .is_empty()
        );
        assert!(fr("Aujourd'hui\n\nLe phare est automatisé.\n").is_empty());
    }

    /// A row's last cell stopping on a word no value ends on lost its end;
    /// a cell before another may end on one (its value follows), and a
    /// two-word label may too.
    #[test]
    fn a_last_cell_stopping_on_a_function_word_is_cut() {
        let en = |text: &str| run(&UnfinishedParagraph::default(), text, "a.md", Language::En);
        let fr = |text: &str| run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr);
        let en_table = "| Service | Detail |\n|---|---|\n| Workshop | Open on Saturdays from |\n| Outings | Twice a month. |\n";
        assert_eq!(en(en_table).len(), 1, "{:?}", en(en_table));
        let fr_table = "| Service | Détail |\n|---|---|\n| Atelier | Ouvert le samedi de |\n| Sorties | Deux fois par mois. |\n";
        assert_eq!(fr(fr_table).len(), 1, "{:?}", fr(fr_table));
        let values_follow =
            "| Tarif | Montant |\n|---|---|\n| Prix à partir de | 12 € |\n| Open from | 9 am |\n";
        assert!(fr(values_follow).is_empty(), "{:?}", fr(values_follow));
        assert!(en("| Day | Hours |\n|---|---|\n| Monday | Open from |\n").is_empty());
        let header =
            "| Course | Length | Who it's for |\n|---|---|---|\n| Sewing | 2 h | Beginners. |\n";
        assert!(en(header).is_empty(), "{:?}", en(header));
        let score = "| Équipe | Bilan |\n|---|---|\n| Seniors | 20 V, 2 D |\n";
        assert!(fr(score).is_empty(), "{:?}", fr(score));
    }

    #[test]
    fn a_cell_before_another_stopping_on_an_article_is_cut() {
        let en = |text: &str| run(&UnfinishedParagraph::default(), text, "a.md", Language::En);
        let fr = |text: &str| run(&UnfinishedParagraph::default(), text, "a.md", Language::Fr);
        let fr_table = "| Réparation | Prix |\n|---|---|\n| Révision du chariot et du | 60 € |\n| Ruban neuf | 12 € |\n";
        assert_eq!(fr(fr_table).len(), 1, "{:?}", fr(fr_table));
        let en_table = "| Job | Price |\n|---|---|\n| Cleaning of the keys and the | £45 |\n| New ribbon | £12 |\n";
        assert_eq!(en(en_table).len(), 1, "{:?}", en(en_table));
        // A price per item, and a column title, stand alone.
        let each = "| Job | Price |\n|---|---|\n| Replace speed hooks, each | £4 |\n";
        assert!(en(each).is_empty(), "{:?}", en(each));
        let header = "| Price of the | Item |\n|---|---|\n| £4 | Hooks. |\n";
        assert!(en(header).is_empty(), "{:?}", en(header));
    }

    #[test]
    fn credits_end_captions() {
        assert!(ends_with_credit(
            "Le fongicide est utilisé depuis cinquante ans. Image: Keystone"
        ));
        assert!(!ends_with_credit(
            "Le fongicide est utilisé depuis cinquante ans et"
        ));
    }
}
