//! `promo.widget-line`: a line of a web page's interface, recognised by
//! its form rather than its wording.
//!
//! The pack rules know the wordings of common widgets ("Share on
//! Facebook", "Lire la suite"); real sites word theirs endlessly
//! differently ("🖨 Print · 🔖 Save · ✉ Send", "Ajouter à mon agenda",
//! "Tout refuser | Personnaliser"). What every such line shares is its
//! form: a few words that are all the vocabulary of buttons and page
//! chrome (`rules/ui/`), with several of them, or with a widget's marks
//! (separators between items, icons, counts, stars, a required field's
//! `*`), or a button's verb opening it. A line of text always holds a word
//! buttons never say.
//!
//! The rule reads the other rules' findings: a line a pack rule already
//! reports is one defect, reported once. The draft's own title is never a
//! widget, nor is a heading over a paragraph of text (a tutorial's
//! "Update your settings" section). Lines of one widget next to each other
//! (a form's fields, a banner's buttons, "Was this helpful?" over "Yes /
//! No") are one finding, each line labelled.

use super::carrier_line::carrier_furniture;
use super::claimed::Claimed;
use super::counter_line::is_counter_line;
use super::line_shape::{self, Line, MAX_LINE_BYTES, Shape, heads_text, shape};
use super::line_tail::{
    QUOTE_CLOSERS, ends_with_a_bar, ends_with_a_lost_button, pointer_closed_label, tail_button,
    tokens,
};
use super::page_furniture::is_terms_bar;
use super::platform_meta::platform_meta;
use super::platform_row::{platform_chrome, sponsor_call_at};
use super::quoted_example::is_quoted_example;
use super::reader_prompt::is_reader_prompt;
use super::set_apart_call::has_set_apart_call;
use super::site_address::site_address;
use super::ui_words;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::{BlockKind, MarkupKind};
use crate::rules::pack::{WidgetWords, deletion, is_in_title};
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Flags a short line of a web page's interface, whatever \
its wording: a line made only of the words of buttons and page chrome \
(share, print, save, subscribe, add to cart, accept cookies, view in \
browser, partager, imprimer, ajouter au panier, tout refuser… in English \
or French, whatever the language of the article) when it holds several of \
them, or a widget's marks (items separated by `|`, `•`, `·`, `/`, `›`, \
icons or emoji, a count or a score, stars, a required field's `*`), or \
opens with a button's verb; a line of a page's counters (\"1.4k views\", \
\"Started by … | 14 replies | 2,310 views\", \"Lu 340 fois\", reaction \
counts beside their icons, a score with its count of votes); a price at a \
shop (\"£449 at …\"); a call to the reader about the page or the site \
itself, by its grammar whatever its wording: a clause opening with a \
command (a French imperative or infinitive, an English base-form verb \
before its object) that names the medium (newsletter, thread, poll, \
basket, \"this page\", \"notre boutique\"), carries a button's marks (an \
icon or an arrow opening or closing it, a discount code, \"in one click\", \
\"-nous\") or a button's shape (a few words with no full stop); a \
button's label alone in its block between blocks \
(\"Réserver\", \"Buy tickets\"); a call set apart inside a line of copy: a \
button after an arrow, an icon or a dash (\"… 45 € chez notre partenaire — \
Voir l'offre\"), a navigation row of short labels ending on a call \
(\"FAQ | Gallery | Book a visit\"), a counter beside its icon (\"· 💬 14 \
comments\"), a call after a short prompt (\"Un avis ? Écrivez-nous…\"), a \
command naming an app store or a network (\"… on Steam\", \"sur \
Instagram\") or a gesture on a picture (\"click to zoom\", \"cliquez pour \
agrandir\"), a widget's empty state (\"Be the first to…\", \"Soyez le \
premier à…\") and a rights-reserved footer; and, on its own, a button \
left at the tail of any line, however long or whatever else reports it: \
a short command closed by an arrow (\"… See all her posts →\"), shouted \
after an arrow (\"… ! → TRY IT\") or bare after an ellipsis closing a \
list (\"… gloves, rope… Shop the range\"); a link's label of a few \
words, whatever they are, closing a line on an arrow, a chevron or a \
triangle (\"Older posts ›\", \"Tout est là ➜\"), in a link's text or at \
the head of a bar of links (\"Most read ▸ A · B · C\"); a `»` or `›` \
closing a quotation is no pointer. Lines the text's carrier adds, by \
their structure, in the title too: a mail gateway's warning (the mail came \
from outside, beware of its links or attachments), a forum's presence line \
(\"4 members and 12 guests\") and a read counter in brackets closing a \
line (\"(Read 2,841 times)\"), a post's filing line with its count of \
replies (\"Posted in Events · Tagged … · 5 replies\", not a byline naming \
its author), a pager in a navigation row (\"Page 2 of 5 | Next\", \
\"Showing 1–10 of 48\", or at the end of a trail after a sentence), a \
back link under its arrow (\"← Back to the list\", \"→ Retour aux \
actualités\"), a label between padded brackets (\"[ Book now ]\"), a \
wiki's edit links closing a heading (\"[edit | edit source]\"), a call \
in a link with no target (\"[click here]()\"), an advert's label before \
copy with a price (\"Sponsored — … from £89\"), an opt-in to SMS or \
WhatsApp alerts (\"Reply YES\"), a form or PDF tool selling itself after \
its credit (\"powered by X — create your own free survey\", \"version \
d'essai\") and a shop's delivery strip above the title or on the last \
line. A publishing platform's chrome, by its form (see `platform_row`): a \
row of short items set apart by `·`, `|`, a spaced dash or two spaces \
(the separator of a pasted `.txt`) holding a button's verb beside a \
counter or a scarcity state (\"Attend · 36 going\", \"Ajouter au panier · \
Plus que 3 en stock\", \"4 Likes   Reply\"), a sales or registration \
deadline, a comment count beside the post's information (\"Posted by … \
at 18:42  No comments\") or an article's view counter (\"… · Hits: \
2 031\"); an event's host line collapsing the other hosts into a count \
(\"Hosted by … and 2 others\"); a site builder's badge or a site's \
credit alone on its line (\"Powered by …\", \"Site réalisé avec …\", \
\"Website by …\"; \"made in\" only before a builder's name); a block \
editor's placeholder naming a key, the slash menu or an editor's object \
(\"Type '/' for commands\", \"Appuyez sur Entrée pour…\"); a call for \
sponsors or advertisers at the head of a clause (\"Become a partner\", \
\"Devenez mécène\", \"Your logo here?\"), alone or closing a paragraph. \
The chrome of job boards, wikis, social networks and app stores, by \
structure over closed classes (see `platform_meta`): a one-click apply \
button (\"Easy Apply\", \"Postuler en 1 clic\"), a wiki's edit metadata \
(\"Created by … , last modified by … on <date>\", \"Mise à jour par … il \
y a 3 jours\"), an empty list of labels or comments alone on its line \
(\"No labels\", \"Aucune étiquette\"), a reaction bar (\"Like · Be the \
first to like this\"), a social counter collapsing the others into a \
count (\"Liked by … and 1,204 others\", \"Aimé par … et 87 autres\"), a \
reading time in a row of dates or sections (never beside a byline or a \
teaser's title), a breadcrumb of short capitalised items between spaced \
`>` near the top or after a site's name (not a menu path in a \
sentence), a link's label in brackets ending or opening with an arrow \
(\"[Voir les 4 autres offres →]\"), a referral pitch opening a clause \
(\"Parrainez un ami et gagnez…\", \"Invite a friend and get…\") and a \
command to download or install an app in a sentence naming an app \
store or a mobile platform (\"…, téléchargez l'application X, gratuite \
sur l'App Store\"). \
A programme's line (\"12:30 — Lunch in the barn\") and a section path of \
two sections in emphasis under the title are the article's. \
A timetable's route (\"Millau 7 h 02 → Alès\"), a recipe's facts \
behind icons, a numbered step on a screen and a line of several \
sentences ending on an emoji are text. A draft's metadata row of \
labelled values, a contents entry linking to its own section, a numbered \
heading and a service sentence of several clauses are not widgets. Lines \
of one widget next to each other are one finding. A line another promo rule reports, the draft's title and a \
heading over a paragraph of text are left alone.

**Why.** Copying a page copies its buttons, bars, banners and forms as \
text. In a draft they are debris an editor deletes line by line; the \
wording changes from site to site, the shape does not.

**Fix.** Delete the lines (`--fix` does it when they hold nothing else).";

pub struct WidgetLine {
    meta: RuleMeta,
}

impl Default for WidgetLine {
    fn default() -> Self {
        WidgetLine {
            meta: RuleMeta {
                id: "promo.widget-line".into(),
                category: Category::Promo,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A line of a web page's buttons or chrome, by its form.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "# The new ferry\n\nThe harbour reopened on Monday after a winter of repairs.\n\n🖨 Print · 🔖 Save · ✉ Send".into(),
                        "# Le marché\n\nLe marché couvert rouvre ses portes samedi après deux ans de travaux.\n\nAjouter à mon agenda →".into(),
                        "# Title\n\nThe council voted the budget on Tuesday evening after a long debate.\n\nTout accepter | Tout refuser | Personnaliser".into(),
                        "# Contact\n\nWe answer every letter within a week, as we always have.\n\nName *\n\nEmail *\n\nSubmit".into(),
                        "# Gearbox whine\n\nStarted by harbour_fan | 12 replies | 1,204 views\n\nMy gearbox whines in third gear once the engine is warm.".into(),
                        "# The inn\n\nThe inn on the quay reopens on Friday with a new cook and a shorter menu.\n\nBook a table".into(),
                        "# The regatta\n\nForty boats raced round the island on Sunday in a stiff westerly.\n\nWho wins next year? Predict the podium in our poll ➜".into(),
                        "# The kiln\n\nOur potter, Anna Berg, fired forty pots this week in the new electric kiln at the studio on the quay, and wrote about every batch, the two that cracked included, in a long diary she keeps for the members. View every post by Anna →".into(),
                        "# The orchard\n\nWe pruned the old apple trees on a dry morning in February.\n\nEarlier visits to the orchard ›".into(),
                        "# La fromagerie\n\nLa fromagerie du marché affine ses tommes pendant six mois dans une cave voûtée.\n\n🧀 Composer son plateau en trois clics".into(),
                        "[EXTERNAL] Take care with links and attachments: this email came from outside the club.\n\nThe regatta moves to July because the harbour needs the moorings in June.".into(),
                        "# The keepers\n\nFour families kept the light until it was automated in 1958.\n\n4 Members and 12 Guests are viewing this topic.".into(),
                        "# Knit night\n\nWe meet in the library on Thursdays to knit, crochet and talk.\n\nRSVP · 18 attending · 2 spots left".into(),
                        "# Notes\n\nType '/' for commands\n\nThe bus leaves the square at eight and comes back at six.".into(),
                        "# Lab meeting\n\nCreated by Ana Ruiz, last modified by Tom Li on Mar 3, 2025\n\nWe agreed to order a new freezer before the summer.".into(),
                        "# Stage\n\nLe cabinet recrute un stagiaire en traduction juridique pour six mois.\n\n[Voir toutes nos offres →]".into(),
                    ],
                    good: vec![
                        "# The new ferry\n\nPrint the timetable, save the date and email your friends: the ferry is back.".into(),
                        "# Guide\n\n## Update your settings\n\nOpen the menu, pick the second tab and choose the language you read best.".into(),
                        "# Price list\n\n| Item | Price |\n|---|---|\n| Ticket | 4 € |".into(),
                        "# A week with a cheap kettle\n\nIt boils fast, pours cleanly and the lid stays shut.\n\nRating: 8/10".into(),
                        "# Repotting an orchid\n\nLift the plant out of its pot and shake off the old bark.\n\nTrim the dead roots with clean scissors, then set it in fresh bark.".into(),
                        "# Lecture\n\nLa comédienne a lu ces vers :\n« Le vent se lève,\nil faut tenter de vivre »".into(),
                        "# Congés\n\nConsultez l'article 12 de la convention collective pour les congés d'ancienneté.".into(),
                        "# Horaires\n\n| Train | Retard |\n|---|---|\n| Millau 7 h 02 → Alès | 14 min |".into(),
                        "# La borne\n\n1. Touchez l'écran pour le réveiller, puis choisissez la langue.\n2. Posez votre carte sur le lecteur.".into(),
                        "# Cider day\n\nThe press opens in the orchard on Saturday morning.\n\n12:30 — Lunch in the barn\n14:00 — Talk on grafting".into(),
                        "# Location off\n\nOpen Settings > Privacy > Location and choose Never for each app you do not trust.".into(),
                        "# Museum apps\n\nAll five apps are free to download on the App Store and Google Play.".into(),
                    ],
                },
                fixable: true,
            },
        }
    }
}

impl Rule for WidgetLine {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        // Only the lines that can take part in a widget are kept, with
        // their place among all the lines: prose makes a line every few
        // bytes (one-letter paragraphs, a line every three), and a line of
        // it is never a widget's. Lines are next to each other when their
        // places follow; a line left out breaks every run, as it would
        // if kept.
        // A line of UI words that another rule reports is kept too: it
        // neighbours a widget (see `neighbour` below). Any other line of
        // UI words with none a button's ("a", "the") is neither widget nor
        // neighbour, and breaks runs left out as it would kept. So is a
        // line of the page's copy ending on its widget (a bar of buttons
        // after its label or sentence, a button that lost its link), or a
        // prompt asking the reader for a widget's action.
        let claimed = Claimed::of(ctx);
        let mut kept: Vec<KeptLine> = Vec::new();
        let mut shapes: Vec<Shape> = Vec::new();
        let mut ends_in_a_widget: Vec<bool> = Vec::new();
        let mut counters: Vec<bool> = Vec::new();
        let mut button_marked: Vec<bool> = Vec::new();
        let table_lines = plain_table_lines(doc);
        for (place, line) in line_shape::lines(doc).enumerate() {
            // A plain-text table's header and rows hold cells set apart
            // by bars, like a bar of links; they are the article's.
            if in_spans(&table_lines, line.span) {
                continue;
            }
            let line_shape = shape(doc, line);
            let text = doc.text(line.span);
            let short = line.span.len() <= MAX_LINE_BYTES;
            // A template's slot in double angle brackets ("<<embed the
            // video here>>") is an unfilled part of the text, which
            // `generated.double-angle-slot` reports: not the page's chrome
            // (where Markdown reads its inside as a tag, the prose hides
            // it from that rule, and this one still reports the line).
            if is_double_angle_slot(doc.prose(line.span)) {
                continue;
            }
            // A product page's terms of sale and a list of quoted labels
            // are the article's text, set out like a widget.
            if (short && (is_terms_bar(doc.prose(line.span)) || is_metadata_row(text)))
                || is_quoted_example(doc, line.block)
                || is_contents_entry(doc, line)
            {
                continue;
            }
            // A call to the reader about the site itself; with an icon
            // or an arrow it is a button, never a heading.
            let address = if short { site_address(text) } else { None };
            // A platform's row, host line, placeholder or sponsor call is
            // marked as a widget is; a builder's badge is not (a heading
            // "Built with Rust" over its section is the author's).
            let chrome = if short {
                platform_chrome(doc.prose(line.span))
            } else {
                None
            };
            let tail = short
                && (chrome.is_some()
                    || ends_with_a_bar(text)
                    || ends_with_a_lost_button(text)
                    || is_reader_prompt(text)
                    || address.is_some()
                    || has_set_apart_call(doc.prose(line.span)));
            let counter = short && is_counter_line(doc.prose(line.span));
            let command = is_short_command(&line_shape);
            if line_shape.may_take_part()
                || command
                || (line_shape.all_ui && claimed.overlaps(line.span))
                || tail
                || counter
            {
                kept.push(KeptLine::new(line, place));
                shapes.push(line_shape);
                ends_in_a_widget.push(tail);
                counters.push(counter);
                button_marked.push(address == Some(true) || chrome == Some(true));
            }
        }
        let line = |i: usize| kept[i].line();
        let next_to = |a: usize, b: usize| kept[a].place.checked_add(1) == Some(kept[b].place);
        let unclaimed = |i: usize| !claimed.overlaps(line(i).span);
        let free = |i: usize| {
            let block = line(i).block;
            doc.blocks()[block].kind() != BlockKind::Caption
                && !is_in_title(doc, block)
                && unclaimed(i)
        };
        // A bar of items set apart, a count or a rating titles no
        // section, whatever follows it: "Quote | Reply | Report" over the
        // next post is the post's buttons.
        let marked = |i: usize| {
            shapes[i].separated || shapes[i].count || shapes[i].stars || button_marked[i]
        };
        // A lone button: one verb of a button, or a short command, alone in
        // its block, between blocks ("Réserver" under a programme, "Buy
        // tickets" after the last paragraph). A list's item or a line
        // inside a paragraph is the author's.
        let lone_button = |i: usize| {
            let s = &shapes[i];
            let block = &doc.blocks()[line(i).block];
            let alone_in_its_block = doc
                .prose(Span::new(block.span().start, line(i).span.start))
                .trim()
                .is_empty()
                && doc
                    .prose(Span::new(line(i).span.end, block.span().end))
                    .trim()
                    .is_empty();
            let word =
                s.words == 1 && s.all_ui && s.opens_with_action && !s.sentence && !s.question;
            // A command of a few words ("Buy tickets", "Réserver une
            // table") with words no list holds: in plain text, where a
            // short line over a paragraph is its heading, only when no
            // sentence follows it.
            // Markdown marks its headings: a command there is a paragraph.
            let levels = doc.read_as().has_heading_levels();
            let command = is_short_command(s)
                && (!levels || block.kind() == BlockKind::Paragraph)
                && (levels
                    || !doc.blocks().get(line(i).block + 1).is_some_and(|next| {
                        doc.prose(next.span())
                            .trim_end()
                            .ends_with(['.', '!', '?', ':'])
                    }));
            (word || command)
                && !is_numbered_heading(doc, line(i))
                && alone_in_its_block
                && matches!(
                    block.kind(),
                    BlockKind::Paragraph | BlockKind::Heading { .. }
                )
        };
        let mut widget: Vec<bool> = (0..kept.len())
            .map(|i| {
                ((shapes[i].is_widget() || ends_in_a_widget[i] || lone_button(i))
                    && (marked(i) || !heads_text(doc, line(i)))
                    && free(i))
                    // The counters under a post's title are no byline of
                    // the draft's own title.
                    || (counters[i]
                        && unclaimed(i)
                        && doc.blocks()[line(i).block].kind() != BlockKind::Caption)
                    // A breadcrumb trail opens the page, above or under
                    // its title, and is never a title itself.
                    // Two sections in emphasis under the title are the
                    // article's own section path (sets 9 and 26 leave
                    // them); a bare trail is the page's.
                    || (shapes[i].trail
                        && (kept[i].place as usize) < TRAIL_LINES
                        && unclaimed(i)
                        && !emphasised_section_path(doc, line(i)))
            })
            .collect();
        // "Was this helpful?" over "Yes / No": a question to the reader
        // in UI words, answered by buttons.
        let mut answered = vec![false; kept.len()];
        for i in 0..kept.len().saturating_sub(1) {
            let (question, answer) = (&shapes[i], &shapes[i + 1]);
            if question.question
                && next_to(i, i + 1)
                && question.all_ui
                && question.strong >= 1
                && answer.yes_no
                && answer.joins_a_widget()
                && free(i)
                && free(i + 1)
            {
                widget[i] = true;
                widget[i + 1] = true;
                answered[i] = true;
            }
        }
        // A widget's other lines: "Submit" under the fields, "Refuse"
        // beside "Accept all".
        // Lines of one widget follow each other with no blank line
        // between them; a blank line starts another widget.
        let touching = |a: usize, b: usize| {
            let between = doc.text(Span::new(line(a).span.end, line(b).span.start));
            between.matches('\n').count() <= 1
        };
        // A one-word label of the author's apparatus ("Notes",
        // "Sources") heads the article's notes, not a widget's line.
        let apparatus_label = |i: usize| {
            let words = tokens(doc.prose(line(i).span));
            words.len() == 1 && ui_words::lookup(words[0]).is_some_and(|w| w.apparatus)
        };
        let joins = |i: usize| {
            !apparatus_label(i)
                && (shapes[i].joins_a_widget() || shapes[i].postal)
                && shapes[i].words > 0
                && doc.blocks()[line(i).block].kind() != BlockKind::TableCell
                // No heads_text here: in plain text a form's last line
                // ("Send") over the next paragraph reads as a heading.
                && free(i)
        };
        // A line another rule reports is a widget's line too: "Send"
        // under an "Email *" a pack rule reports belongs to the form.
        let neighbour = |i: usize| widget[i] || (shapes[i].all_ui && !unclaimed(i));
        let mut joined = widget.clone();
        for i in 1..kept.len() {
            if !joined[i]
                && next_to(i - 1, i)
                && (joined[i - 1] || neighbour(i - 1))
                && touching(i - 1, i)
                && joins(i)
            {
                joined[i] = true;
            }
        }
        for i in (0..kept.len().saturating_sub(1)).rev() {
            if !joined[i]
                && next_to(i, i + 1)
                && (joined[i + 1] || neighbour(i + 1))
                && touching(i, i + 1)
                && joins(i)
            {
                joined[i] = true;
            }
        }
        let widget = joined;
        let mut reported: Vec<Span> = Vec::new();
        let mut i = 0;
        while i < kept.len() {
            if !widget[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i + 1 < kept.len()
                && next_to(i, i + 1)
                && widget[i + 1]
                && (touching(i, i + 1) || answered[i])
            {
                i += 1;
            }
            let run: Vec<Line> = (start..=i).map(line).collect();
            reported.push(Span::new(line(start).span.start, line(i).span.end));
            out.push(self.finding(ctx, &run));
            i += 1;
        }
        // A button left at the tail of a line the rules above leave: a
        // long line of copy, or one another rule reports for its head (an
        // author box, a follow call). The button is a defect of its own.
        let reported_overlaps = |span: Span| {
            let after = reported.partition_point(|r| r.end <= span.start);
            reported.get(after).is_some_and(|r| r.start < span.end)
        };
        // How many quotations are open in the current block: a `»` closing
        // a line inside one ends the quotation, not a link. One cursor
        // over the lines, in order.
        let mut quote_block = usize::MAX;
        let mut open_quotes: usize = 0;
        for (place, line) in line_shape::lines(doc).enumerate() {
            let text = doc.text(line.span);
            if line.block != quote_block {
                quote_block = line.block;
                open_quotes = 0;
            }
            let opens = text.matches(['«', '‹']).count();
            let closes = text.matches(QUOTE_CLOSERS).count();
            // A closing mark ending the line closes a quotation when one is
            // still open before it.
            let closes_a_quote = open_quotes + opens >= closes;
            open_quotes = (open_quotes + opens).saturating_sub(closes);
            // A line the text's carrier added (a mail gateway's warning, a
            // forum's counters, a pager…), in the title too: see
            // `carrier_line`.
            if line.span.len() <= MAX_LINE_BYTES
                && let Some(span) = self.carrier_span(doc, line, place)
                && !claimed.overlaps(span)
                && !reported_overlaps(span)
            {
                if span.start == line.span.start {
                    out.push(self.finding(
                        ctx,
                        &[Line {
                            span,
                            block: line.block,
                        }],
                    ));
                } else {
                    out.push(self.button_finding(ctx, span));
                }
                continue;
            }
            let link = || {
                pointer_closed_label(text)
                    .filter(|(_, pointer)| !(QUOTE_CLOSERS.contains(pointer) && closes_a_quote))
                    .map(|(at, _)| at)
            };
            // A call for sponsors closing a paragraph of copy: the call
            // alone is the page's.
            let sponsor = || {
                (line.span.len() <= MAX_LINE_BYTES)
                    .then(|| sponsor_call_at(text))
                    .flatten()
                    .filter(|&at| at > 0)
            };
            let Some(at) = tail_button(text).or_else(link).or_else(sponsor) else {
                continue;
            };
            let block = &doc.blocks()[line.block];
            if matches!(block.kind(), BlockKind::Caption | BlockKind::TableCell)
                || is_in_title(doc, line.block)
                || is_quoted_example(doc, line.block)
            {
                continue;
            }
            let end = line.span.start
                + text
                    .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
                    .len();
            let button = Span::new(line.span.start + at, end);
            if button.is_empty() || claimed.overlaps(button) || reported_overlaps(button) {
                continue;
            }
            out.push(self.button_finding(ctx, button));
        }
    }
}

/// A line [`WidgetLine`] keeps: the line in twelve bytes and its place
/// among all the lines of the document, to tell which lines are next to
/// each other. Offsets fit in 32 bits: files over 256 MiB are refused.
struct KeptLine {
    start: u32,
    end: u32,
    block: u32,
    place: u32,
}

impl KeptLine {
    fn new(line: Line, place: usize) -> Self {
        let narrow = |n: usize| u32::try_from(n).expect("files over 256 MiB are refused");
        KeptLine {
            start: narrow(line.span.start),
            end: narrow(line.span.end),
            block: narrow(line.block),
            place: narrow(place),
        }
    }

    fn line(&self) -> Line {
        Line {
            span: Span::new(self.start as usize, self.end as usize),
            block: self.block as usize,
        }
    }
}

/// Most words of a button's label that may hold words no list has.
const MAX_COMMAND_WORDS: u16 = 3;

/// A button's label whatever its object: a verb of buttons and one or two
/// words ("Buy tickets", "Réserver une table"), no sentence.
fn is_short_command(shape: &Shape) -> bool {
    shape.opens_with_action
        && (2..=MAX_COMMAND_WORDS).contains(&shape.words)
        && !shape.sentence
        && !shape.question
}

/// A document's own metadata row ("**Owner:** … | **Version:** 2.1"):
/// items of a bar that each pair a label with its value over a colon.
/// A widget's items are buttons, never labelled values.
fn is_metadata_row(text: &str) -> bool {
    let items: Vec<&str> = text.split(" | ").collect();
    items.len() >= 2
        && items.iter().all(|item| {
            item.find(':').is_some_and(|at| {
                let value = item[at + 1..].trim_matches(|c: char| c.is_whitespace() || c == '*');
                at > 0 && !value.is_empty()
            })
        })
}

/// A table of contents' entry: a link to a section of the draft itself
/// (`[Comment faire une demande](#demande)`) names a heading, it is no
/// button of the page.
/// The lines of plain-text tables: three lines or more in a row, each
/// holding cells set apart by ` | `, as many cells in each ("Bassin |
/// Matin | Soir" over two rows or more). A bar of links comes alone, or
/// two in a row (links, then legal lines); a table's header has its rows.
/// In reading order. Markdown's tables are parsed as such.
fn plain_table_lines(doc: &crate::text::Document<'_>) -> Vec<Span> {
    const MIN_ROWS: usize = 3;
    let mut tables = Vec::new();
    if doc.read_as() != MarkupKind::Plain {
        return tables;
    }
    let mut run: Vec<Span> = Vec::new();
    let mut run_cells = 0;
    let mut offset = 0;
    for line in doc.source().split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        // A last bar closes the row ("Petit | 10 h | |"): no cell after it.
        let cells = if content.contains(" | ") {
            let bars = content.bytes().filter(|&b| b == b'|').count();
            bars + 1 - usize::from(content.trim_end().ends_with('|'))
        } else {
            0
        };
        if cells != run_cells {
            if run.len() >= MIN_ROWS {
                tables.append(&mut run);
            }
            run.clear();
        }
        run_cells = cells;
        if cells > 0 {
            run.push(Span::new(offset, offset + content.len()));
        }
        offset += line.len();
    }
    if run.len() >= MIN_ROWS {
        tables.append(&mut run);
    }
    tables
}

/// Whether `span` overlaps one of `spans` (in reading order, disjoint).
fn in_spans(spans: &[Span], span: Span) -> bool {
    let after = spans.partition_point(|s| s.end <= span.start);
    spans.get(after).is_some_and(|s| s.start < span.end)
}

fn is_contents_entry(doc: &crate::text::Document<'_>, line: Line) -> bool {
    doc.source()
        .get(line.span.end..)
        .and_then(|after| after.strip_prefix("](#"))
        // "(#)" is a button's empty link, not a section's anchor.
        .is_some_and(|anchor| anchor.starts_with(char::is_alphanumeric))
}

/// A numbered section's heading ("7. Review", "2) Submit"): the draft's
/// outline, whatever word titles it.
fn is_numbered_heading(doc: &crate::text::Document<'_>, line: Line) -> bool {
    doc.blocks()[line.block].kind().is_heading() && {
        // The source: prose masks a numbered heading's number as a marker.
        let text = doc.text(line.span).trim_start();
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && text[digits..].starts_with(['.', ')'])
    }
}

/// A section path of two sections set in emphasis ("*Help centre ›
/// For authors*"): the writer's own label of where the article sits,
/// not a pasted trail (the dev sets' majority: a bare trail of the page
/// is promo, an emphasised path under the title is not).
fn emphasised_section_path(doc: &crate::text::Document<'_>, line: Line) -> bool {
    let source = doc.source();
    let text = doc.text(line.span).trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '›' | '»' | '▸' | '▶' | '►' | '❯' | '>')
    });
    let separators = text
        .chars()
        .filter(|c| matches!(c, '›' | '»' | '▸' | '▶' | '►' | '❯' | '>' | '/' | '|'))
        .count();
    let before = source[..line.span.start].trim_end_matches([' ', '\t']);
    let after = source[line.span.end..].trim_start_matches([' ', '\t']);
    separators == 1 && before.ends_with(['*', '_']) && after.starts_with(['*', '_'])
}

/// A breadcrumb trail sits in the first lines of a pasted page.
const TRAIL_LINES: usize = 4;

/// The lines of a draft a shop's terms strip may open.
const EDGE_LINES: usize = 2;

impl WidgetLine {
    /// The span of the carrier's furniture in `line`, if it holds any
    /// (see [`carrier_furniture`]). A label of a link with no target
    /// ("[click here]()") is read with its brackets.
    fn carrier_span(
        &self,
        doc: &crate::text::Document<'_>,
        line: Line,
        place: usize,
    ) -> Option<Span> {
        let block = &doc.blocks()[line.block];
        if matches!(block.kind(), BlockKind::Caption | BlockKind::TableCell)
            || is_quoted_example(doc, line.block)
        {
            return None;
        }
        let source = doc.source();
        let after = source.get(line.span.end..).unwrap_or("");
        let bracketed = line.span.start > 0 && source.as_bytes()[line.span.start - 1] == b'[';
        let probe = match ["]()", "](#)"].iter().find(|end| after.starts_with(**end)) {
            Some(end) if bracketed => Span::new(line.span.start - 1, line.span.end + end.len()),
            _ => line.span,
        };
        let text = &source[probe.range()];
        let edge = || place < EDGE_LINES || after.trim().is_empty();
        // The chrome of job boards, wikis, social networks and app
        // stores: see `platform_meta`.
        let at = carrier_furniture(text, place == 0, edge).or_else(|| {
            let lead = text.len() - text.trim_start_matches(['*', '_', ' ']).len();
            let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
            platform_meta(t, place).map(|at| at + lead)
        })?;
        let end = probe.start
            + text
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
                .len();
        let start = if at == 0 {
            line.span.start
        } else {
            probe.start + at
        };
        let span = Span::new(start, end.max(start));
        (!span.is_empty()).then_some(span)
    }

    /// A button at the tail of a line of copy: the button alone is
    /// reported and deleted.
    fn button_finding(&self, ctx: &RuleContext<'_>, button: Span) -> Diagnostic {
        Diagnostic::new(
            self.meta.id.clone(),
            self.meta.category,
            ctx.severity,
            button,
            format!(
                "button of the original page left in the text: \"{}\"",
                ctx.doc.text(button)
            ),
        )
        .with_help("delete the button's label: it is the page's interface, not text")
    }

    fn finding(&self, ctx: &RuleContext<'_>, run: &[Line]) -> Diagnostic {
        let doc = ctx.doc;
        let first = run[0];
        let last = run[run.len() - 1];
        let mut diagnostic = Diagnostic::new(
            self.meta.id.clone(),
            self.meta.category,
            ctx.severity,
            first.span,
            format!(
                "widget of the original page left in the text: \"{}\"",
                doc.text(first.span)
            ),
        )
        .with_help("delete the line: it is the page's interface, not text");
        for line in &run[1..] {
            diagnostic = diagnostic.with_label(line.span, "part of the same widget");
        }
        let whole = Span::new(first.span.start, last.span.end);
        let in_table = run
            .iter()
            .any(|l| doc.blocks()[l.block].kind() == BlockKind::TableCell);
        if !in_table {
            let removal = deletion(doc, whole, whole, first.block, &WidgetWords::default());
            diagnostic = diagnostic.with_suggestion(removal.span, "", removal.whole_lines);
        } else if let Some(header) = table_header_of_a_widget(doc, first.block) {
            diagnostic = diagnostic.with_label(header, "title of the same widget");
        }
        diagnostic
    }
}

/// The header cell of the table holding cell `block`, when it titles a
/// widget ("Follow us" over a row per network): a cell of UI words only,
/// one of them a button's verb or a word of page chrome.
fn table_header_of_a_widget(doc: &crate::text::Document<'_>, block: usize) -> Option<Span> {
    let blocks = doc.blocks();
    let first = (0..block)
        .rev()
        .take_while(|&b| blocks[b].kind() == BlockKind::TableCell)
        .last()?;
    let words: Vec<&crate::text::Word> = doc
        .words_of_block(first)
        .iter()
        .filter(|w| !w.is_elision())
        .collect();
    let known = |w: &crate::text::Word| ui_words::lookup(doc.text(w.span())).filter(|u| u.known);
    // "Retrouvez-nous", "Share this": UI words only; "Follow the club",
    // "Suivez l'association": a button's verb over a short name.
    let all_ui = words.iter().all(|w| known(w).is_some())
        && words
            .iter()
            .any(|w| known(w).is_some_and(|u| u.is_strong()));
    let command = words.len() <= MAX_HEADER_WORDS
        && words
            .first()
            .is_some_and(|w| known(w).is_some_and(|u| u.action));
    (!words.is_empty() && (all_ui || command)).then(|| blocks[first].span())
}

/// Words of a table's header that titles a widget.
const MAX_HEADER_WORDS: usize = 4;

/// A line that is one slot in double angle brackets: `<<…>>`.
fn is_double_angle_slot(text: &str) -> bool {
    let t = text.trim();
    t.len() > 4
        && t.starts_with("<<")
        && t.ends_with(">>")
        && !t[2..t.len() - 2].contains(['<', '>'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    fn found(text: &str, path: &str) -> Vec<String> {
        run_rule(
            &WidgetLine::default(),
            text,
            Path::new(path),
            Language::En,
            &Resources::builtin(),
        )
        .iter()
        .map(|d| text[d.span.range()].to_string())
        .collect()
    }

    #[test]
    fn a_widget_of_the_other_language_is_a_widget() {
        let text = "The harbour\n\nThe ferry came back on Monday after a long winter of repairs.\n\n\
                    Partager · Imprimer · Envoyer à un ami\n";
        assert_eq!(
            found(text, "a.txt"),
            ["Partager · Imprimer · Envoyer à un ami"]
        );
    }

    /// A plain-text table's header is no bar of links; a bar of links
    /// over one line of the same shape still is.
    #[test]
    fn a_plain_text_table_is_the_article_s() {
        let intro =
            "Opening hours\n\nThe three pools open for the summer season from the first of June.\n";
        let table = format!(
            "{intro}Pool | Morning | Evening\nLarge | 9 am – 12 pm | 5 pm – 8 pm\nSmall | | 5 pm – 7 pm\nPaddling | 10 am – 12 pm | 5 pm – 7 pm\n"
        );
        assert!(
            found(&table, "a.txt").is_empty(),
            "{:?}",
            found(&table, "a.txt")
        );
        let bar = format!("{intro}Home | News | Contact\n");
        assert_eq!(found(&bar, "a.txt"), ["Home | News | Contact"]);
    }

    #[test]
    fn a_question_answered_by_buttons_is_one_finding() {
        let text = "# Guide\n\nThe ferry came back on Monday after a long winter of repairs.\n\n\
                    Was this helpful?\n\nYes · No\n";
        let all = run_rule(
            &WidgetLine::default(),
            text,
            Path::new("a.md"),
            Language::En,
            &Resources::builtin(),
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].labels.len(), 1);
    }

    #[test]
    fn prose_titles_and_sections_are_no_widgets() {
        let text = "Share and save\n\nThe ferry came back on Monday after a long winter of repairs.\n\n\
                    Print the timetable before you go, it changes in May.\n";
        assert!(found(text, "a.txt").is_empty());
    }
}
