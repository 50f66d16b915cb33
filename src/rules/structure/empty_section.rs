//! `structure.empty-section`: a heading with nothing under it, before the
//! next heading of the same or a higher level, or at the end of the
//! document ("Sur le même sujet" left as the last line of a pasted page).
//!
//! Plain text has no heading levels, and a line is a heading only when text
//! follows it (a last line is text: a question, a signature, the last
//! excerpt of a list), so there a heading over another is an empty section
//! only when the two are siblings by their form: between two sections of
//! text, numbered one after the other ("5. Parking" over "6. Any other
//! business"), two plain titles with no figure ("Getting there"
//! over "Getting around"), or a programme's steps numbered after one word
//! ("Day 1" over "Day 2" and its text) — a programme's day over its hours, a title over a
//! dateline, a list of ingredients are none of these.
//! The page's own form says more (see [`super::plain_sections`]): in a page
//! of flat sections, a title over a title past the second section; after
//! the text's end, titles over titles, over widgets, or promising content.
//! In Markdown, bold lines used as titles ([`super::bold_titles`]) and a
//! heading cut by a thematic break are sections too.
//! Tables of contents are `structure.empty-table-of-contents`'s business.
//!
//! The rule reads the other rules' findings (see [`crate::rules::leftovers`]):
//! a heading that a promo rule reports ("Related posts", "Comments") is a
//! widget, not a section; and a section holding nothing but leftovers (a
//! share bar, a reader prompt, a chat closer) is empty, in plain text too.

use super::plain_sections::{
    MAX_TITLE_WORDS, PlainPage, body_text, finished_text, is_zero_counter, promises_content,
};
use super::{
    bare_number, bold_leads, bold_titles, closing, has_heading_levels, is_toc_heading, outline,
    parallel_titles, plain_labels, plain_sections, promises, questions,
};
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::leftovers::Leftovers;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Document;

const DOCS: &str = "\
**What it does.** Flags a heading followed directly by another heading of \
the same or a higher level (`##` then `##` or `#`), or by a thematic break \
(`---`), or by nothing at all at the end of the document, or by nothing but \
leftovers other rules report (a share bar, a reader prompt, a chat closer) \
that do not speak of what it announces (a lead form offering the template \
a \"Review template\" section promises is its content). \
A heading a promo rule reports (\"Related posts\") is a widget, not a \
section. A line all in bold is a heading too where the document answers \
two bold lines of its form with text (an interview's questions): one left \
over the next, over a heading or at the end is empty.

A label or a heading that names what it holds is empty when the lines \
under it give none of it: dates (`Upcoming sessions` over a paragraph \
with no date), hours (`Hours from 2 to 6 January:` over a sentence with \
no time), links (`Links mentioned:` over a music credit), music credits \
(`Music credits:` over a crew line), a list (`Checklist` over another \
label's row); when nothing follows it but the page's end (a mailer's \
footer, a blog's meta line, the letter's closing, a note to a colleague \
such as `@Sam fill this in`); `About the union` or `Media contact` over \
nothing but a social line; a chat message ending on a label \
(`Shopping list:`) whose list the next message does not bring; bullets \
alone under a label; a number alone between its siblings. A screen \
reader's heading dump (`Heading level 2, Prices`, `Titre de niveau 2, \
Tarifs`) is read by its levels: one over a heading of its level is \
empty, one over a deeper level heads its subsection.

In plain text, where a line is a heading only when text follows it, a \
heading over another counts when the two are titles of one series between \
sections of text: numbered one after the other (`5.` then `6.`, the \
next one's text finished or cut, a numbered title never read as a footer \
link), plain titles opening alike, a programme's steps numbered by their \
last word (`Day 1` over `Day 2` and its text, `Notes on issue 4` over \
`Notes on issue 5`), or any two titles in a page whose sections are \
all a title over its text, past its second section and nowhere else \
nested (a part title over its first subsection sits near the top, nests \
more than once, or names a place or a date: `In France`). After the page's \
last paragraph, a title over nothing but leftovers, over another title \
(one of them promising content, or the run ending in leftovers), or \
ending the page while promising content (opening hours, contact, results, \
gallery, sources, annexes, dates, specifications, prices, a summary or its \
findings, notes, a map, further reading, known issues, threads, services, \
vacancies) is empty. So is a title promising what prose cannot be (a \
table, a map, a gallery) under another title and over a paragraph, which \
is the first title's; and a day of a programme (`Saturday 5 July`, \
`Jour 3`) over a title of another kind where an earlier day heads text. \
A title over a title may head a question (`Can I pay in instalments?`) \
or a list (`Fees for 2025` over its lines), but not open with a \
preposition (`For the sauce`: a part's subsection); a step named after a \
colon (`Step 3: Sand the edges`) over the next step is empty too, as is a named clause (`Article 4 – Scope`) over the next where the clause before it heads text; a numbered title may follow a paragraph cut mid-sentence. A title opening like the one just above it (`Meet the chair` after `Meet the treasurer` and its text) over a title of another form is empty, and so is a title over the page's lone last section after two paragraphs of text (a part holds two subsections at least). \
Three titles in a row over text are two empty sections, and a finding on \
a title over a title points at the lower one too (either may have lost \
its text); two questions in a row may share one answer and are no empty \
section. In a page answering three questions or more, each over its \
text (an interview, a FAQ), a question after an answer, over a title of \
another kind or the page's leftovers, has no answer; so has a question \
right over an answered one, first under a FAQ's title (`Frequently asked \
questions`, not a widget's `Related questions`) or after an answer in a \
page answering two. A title over a question nests no section: it is a \
FAQ's title or a question left empty. A line opening with a speaker's \
mark (`Q: …`, `A: …`) is a turn of a dialogue, never a title: a section \
of such lines has a body. A label (`Aim 2:`) over a title over the title \
that heads text is empty, and so is the title under it; a numbered item \
alone (`Objectif 3 :`) under the item before it written as a sentence is \
a label, not a row of data without its value.

In both markups, a heading promising content (attachments, dates, a \
presentation: `Enclosed documents`, `About the trust`) over nothing but \
the end of a letter or a release (a valediction, a signature, a contact \
line; under attachments, one closing paragraph then the valediction) is \
empty, and so is a title naming a FAQ (`FAQ`, `Common questions`) over \
a line or two that ask nothing and point nowhere (no question mark, link \
or number). A quotation of a dozen words or more (a testimony) is a body, \
whatever widget a promo rule finds at its end. A presentation (`About the trust`) \
right over a title naming a contact (`Press contact`) is empty too, as is \
a numbered item holding nothing but its number (`3.` under `2. Sweat the \
leeks`, a clause `3.4` under `3.3 Teams may pause…`), a time naming \
nothing (`24:05`, `5:30 PM –`, `- 10 h –`) in a run of lines opening with \
a time most of which name their chapter or slot (times alone on most \
lines are a timetable or a transcript's stamps; a slot ending on a space, \
`16:00 — `, was cut and is left to the truncation rules), a list item \
holding a label and its colon alone amid items of text, neither first nor \
last (`- Parking:` between two notes of minutes; first, it leads the \
list), a plain-text line holding a label and its colon alone between two \
lines giving a label and its value (`Scent:` between `Wick: cotton` and \
`Vessel: glass`) or after one at the end, a heading over nothing but a \
widget's title and its list (`Livre d'or` over `Articles similaires` and \
its links), a bullet holding nothing but its mark (`- ` under `- Rope`) \
and a table holding its header row alone (reported on its heading, with \
the table as a label, when it is all its section holds). A question \
repeated word for word on the next line (the copy took the answer's \
place), a counter of an empty list of messages (`Messages (0)`, \
`Avis (0)`, `0 replies`; one a promo rule reports as the page's widget, \
`Comments (0)`, is left to it) and, in plain text, a row of a ` | ` table \
holding its first cell alone between filled rows are empty too. In plain \
text a title's body may be short (`Du mardi au samedi.`) or cut before \
its stop; a title repeating an earlier one that heads text, over a title, \
is empty; a title of two words or more ending an article (no sections \
needed) right over the page's widgets or an empty counter is empty; a \
FAQ question over the next answered question or over an interface line \
(`Yes | No`, `Reply · Quote`) has no answer; `Pour postuler` is a \
sibling, not a subsection.

The outline is read as data too (`outline.rs`): a section whose whole \
body is a stub (`Coming soon`, `(à venir)`, `*To be written.*`, `TBD`, \
`Section à compléter`: a filler noun at most, then a phrase saying the \
text is not there yet) right under its title, reported on the title with \
the stub as a label; a question followed by an \
answer label alone (`A:`, `Réponse :`) or a block with no letter, and a \
labelled question (`Q:`, `Question 4 :`) at the end or over the next \
one; a numbered series, numbered in order from 1, that skips or repeats \
a number (`3.` over `3.`, `Step 4` over `Step 6`); a table row holding \
its first cell alone under a header of several columns where the other \
rows are filled (a bold group label row is a label); an empty task item \
(`- [ ]`) and a named step with no text (`Step 3:`). `TBD` in a cell, \
`coming soon` in a sentence and a series resumed after a paragraph are \
left alone.

Items led by a bold label (`bold_leads.rs`): where the document gives two \
items or more of one form their text (a FAQ's `**Can I pay later?** Yes…`, \
a programme's `- **Monday —** Welcome…`, a recipe's `**For the sauce**` \
over its list, a team's `**Ana Ruiz** — …`, steps `2. **Rinse.** …`), an \
item of that form holding its label alone (then the next item of its \
form, a heading or the end) is empty. The form is what the label ends with \
(`?`, `:`, a dash, a full stop) or, ending with none, its first word, and \
whether it opens a list item or a paragraph. A label inside a paragraph of \
label/value lines (`**Material:**` between `**Size:** 40 cm` and \
`**Finish:** oak`) is a cut, not an item; a label holding its own value \
(`**9 h — Welcome**`) and a question answered by a speaker's bold name are \
items with their text. A table row leaving empty a named column every \
other row fills is empty too: inside the row (`| 6 | | | April 11 |`) \
where three other rows fill it or two give it a figure; at the row's end \
only in a column of figures not named by one (a last column of notes or \
readings is often empty on purpose; a `2024` column waits for its \
figures); a column of ticks a row lacks is a feature, not a gap. And a \
heading over one sentence announcing a list, a table or a text (`Here are \
the shops:`) and then the next heading of its level or the end is empty; \
a code block under the sentence is what it announces.

**Why.** An empty section is either a section the writer forgot to write \
or the title of a block that did not survive the copy-paste (a \
related-articles heading whose list is gone). Readers see a promise with \
nothing behind it.

**Fix.** Write the section, or delete the heading.";

pub struct EmptySection {
    meta: RuleMeta,
}

impl Default for EmptySection {
    fn default() -> Self {
        EmptySection {
            meta: RuleMeta {
                id: "structure.empty-section".into(),
                category: Category::Structure,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A heading with nothing under it.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "# Programme\n\nA day of talks in the hall.\n\n- 10:00 – Welcome\n- 10:30 – The archive\n- 11:15 –\n- 12:00 – Lunch".into(),
                        "Chapters\n0:00 Intro\n2:15 The drive\n9:40\n17:30 The lab\n".into(),
                        "# Rules\n\nThe club's rules.\n\n3.1 Members pay by May.\n3.2\n3.3 Guests sign in at the door.".into(),
                        "# Minutes\n\nThe committee met on Monday.\n\n- The lunch is on 18 December.\n- Parking at pick-up time:\n- Imran steps down in summer.".into(),
                        "# Kit\n\nBring these on the day.\n\n- Clothes: a warm fleece.\n- Shoes:\n- Water: two litres.".into(),
                        "## Contexte\n\n## Enjeux\n\nLe texte des enjeux.".into(),
                        "# Title\n\nSome text.\n\n## Key dates".into(),
                        "# Title\n\nThe harbour reopened on Monday after a winter of repairs.\n\n## Key dates\n\nShare: Facebook | X | Email".into(),
                        "# Meet the baker\n\n**Why bread?**\n\nMy grandfather baked. I grew up in the smell of it.\n\n**Why here?**\n\nThe old mill was for sale, and the rent was low.\n\n**What next?**".into(),
                        "# Club letter\n\nThe season starts in May.\n\n## Notices\n\n---\n\nYou get this letter as a member.".into(),
                        "# Guide\n\nThe yearly review goes better when both sides prepare.\n\n## Key dates\n\nDownload our free review template: enter your work email below to receive it.\n\n## After the review\n\nSend a short summary within a week.".into(),
                        "# Hall roof\n\nThe roof of the village hall will be repaired in May.\n\n## Enclosed documents\n\nKind regards,\n\nSam Ito".into(),
                        "# Leek soup\n\n1. Chop the leeks.\n2. Sweat them in butter for ten minutes.\n3.\n\n## Serving\n\nEat it hot.".into(),
                        "# Camp kit\n\n- A head torch\n- A wool hat\n- \n\n## Food\n\nBring lunch for two days.".into(),
                        "# Rota\n\nThe stall needs two people a day.\n\n| Day | Volunteer |\n|---|---|\n\n## Contact\n\nWrite to the office.".into(),
                        "# Results\n\nForty riders came out on Saturday.\n\n## Times\n\n| Group | Time |\n|---|---|\n\n## Next ride\n\nThe 19th, same place.".into(),
                        "# Club run\n\nForty riders came out on Saturday, the biggest group in years.\n\nMessages (0)".into(),
                        "# Ride log\n\n## Stage one\n\nFlat roads along the canal.\n\n## Stage two\n\n### Stage three\n\nA long climb to the pass.".into(),
                        "# Course week\n\n- **Monday —** Clay and wedging.\n- **Tuesday —** Throwing cylinders.\n- **Wednesday —**\n- **Thursday —** Trimming and handles.".into(),
                        "# Talks\n\nSix talks this spring.\n\n| No | Title | Speaker | Date |\n|---|---|---|---|\n| 1 | Beans | Tom Hale | May 1 |\n| 2 | Peas | Ann Roy | May 8 |\n| 3 | | | May 15 |\n| 4 | Corn | Rosa Diaz | May 22 |".into(),
                        "# Tents\n\nWe tested four tents.\n\n## Where to buy\n\nHere are the shops that stocked all four:\n\n## Our pick\n\nThe Ridgeway.".into(),
                        "# Letter\n\nThe harbour reopened on Monday.\n\n## Key figures\n\nWe would like to thank every volunteer who came out this spring.\n\n## Next meeting\n\nIn the hall.".into(),
                        "# Talk\n\nA long answer about puppets and the children who watch them.\n\n## Three tips for young puppeteers\n\n1.\n2.\n3.\n\n(Note: I shortened the answers.)".into(),
                    ],
                    good: vec![
                        "Departures\n07:10\n07:40\n08:15 weekdays only\n".into(),
                        "# Kit\n\nWhat to bring.\n\n- Bring:\n- a tent\n- a stove".into(),
                        "Details\nFinish: oil\nCare instructions:\nWash by hand and dry standing up.\n".into(),
                        "# Hall roof\n\nThe roof of the village hall will be repaired in May.\n\n## Next steps\n\nThe builders start on the first Monday of the month.\n\nKind regards,\n\nSam Ito".into(),
                        "## Contexte\n\n### Origines\n\nLe texte des origines.".into(),
                        "# Camp kit\n\n- A head torch\n- A wool hat\n\n---\n\nBring lunch for two days.".into(),
                        "# Rota\n\nThe stall needs two people a day.\n\n| Day | Volunteer |\n|---|---|\n| Monday | Ana |\n\n## Contact\n\nWrite to the office.".into(),
                        "# Title\n\nSome text.\n\n## Next steps\n\nMore text.".into(),
                        "# Club run\n\nForty riders came out on Saturday.\n\nComments (2)\n\nGreat ride! — Sam".into(),
                        "# Title\n\nThe harbour reopened on Monday after a winter of repairs.\n\n## Related posts".into(),
                        "# Meet the baker\n\n**Why bread?**\n\nMy grandfather baked. I grew up in the smell of it.\n\n**Why here?**\n\nThe old mill was for sale, and the rent was low.".into(),
                        "# Guide\n\nThe yearly review goes better when both sides prepare.\n\n## Review template\n\nDownload our free review template: enter your work email below to receive it.\n\n## After the review\n\nSend a short summary within a week.".into(),
                        "# Log\n\nA week of picking.\n\n| Day | Kg | Notes |\n|---|---|---|\n| Mon | 31 | good colour |\n| Tue | 36 | picked twice |\n| Wed | 28 | humid |\n| Thu | 22 | |".into(),
                        "# Letter\n\nThe harbour reopened on Monday.\n\n## Key figures\n\nWe ended the year with 214 members and sixty outings.\n\n## Statistics\n\nThe statistics of each outing are kept in the boat book.".into(),
                        "Hours\nMonday: 9am - 5pm\nTuesday: 9am - 5pm\nWednesday:\n- 9am: market\n- 2pm: workshop\n".into(),
                        "# Talk\n\n**Host: Why bees?**\n\n**Tom:** By chance, at school.\n\n**Why here?**\n\n**Tom:** The heather.\n\n**And next?**\n\n**Tom:** More hives.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for EmptySection {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        // Several readers of the outline may reach the same line (a row
        // left without its value is also a label with none): one finding
        // a span, the first reader's.
        let mut found = Findings::unlimited();
        self.check_each_reader(ctx, &mut found);
        let mut seen = std::collections::HashSet::new();
        out.extend(
            found
                .into_vec()
                .into_iter()
                .filter(|d| seen.insert((d.span.start, d.span.end))),
        );
    }
}

impl EmptySection {
    fn check_each_reader(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let blocks = doc.blocks();
        let levels = has_heading_levels(doc);
        let leftovers = Leftovers::of(doc, ctx.earlier);
        let plain_page = (!levels).then(|| PlainPage::of(doc, &leftovers));
        let bold_series = levels.then(|| bold_titles::BoldSeries::of(doc));
        let question_page = (!levels).then(|| questions::QuestionPage::of(doc, &leftovers));
        let labels = plain_labels::PlainLabels::of(doc, &leftovers, levels);
        // Sections whose promise the lines under them do not keep.
        for broken in promises::broken_promises(doc, &leftovers, levels) {
            let mut finding = self.finding(ctx, broken.span, broken.message);
            for (span, label) in broken.labels {
                finding = finding.with_label(span, label);
            }
            out.push(finding);
        }
        // A list item holding its mark alone: its step is missing. A
        // heading over nothing but such items ("## Before you leave" over
        // "- [ ]" twice) is a section left empty: the writer quotes its
        // heading, the items are its labels.
        let bare: Vec<Span> = bare_number::bare_number_items(doc).collect();
        let mut bare_under = headings_over_bare_items(doc, &bare);
        for heading in headings_over_bare_numbers(doc, &leftovers) {
            if !bare_under.iter().any(|(h, _)| *h == heading) {
                bare_under.push((heading, Vec::new()));
            }
        }
        for (heading, items) in &bare_under {
            let title = doc.text(blocks[*heading].span()).trim();
            let message = format!("heading `{title}` has nothing under it but empty list items");
            let mut finding = self.finding(ctx, blocks[*heading].span(), message);
            for &item in items {
                finding = finding.with_label(item, "an item with nothing after its mark");
            }
            out.push(finding);
        }
        for span in bare {
            if bare_under.iter().any(|(_, items)| items.contains(&span)) {
                continue;
            }
            let mark = doc.text(span);
            let message = match mark.starts_with(|c: char| c.is_ascii_digit()) {
                true => format!("numbered item `{mark}` has nothing after its number"),
                false => format!("list item `{mark}` has nothing after its bullet"),
            };
            out.push(self.finding(ctx, span, message));
        }
        // A list item holding a label and its colon alone among items
        // that give a label and its value ("- Chaussures :" between
        // "- Vêtements : une polaire" and "- Eau : deux litres").
        for span in bare_number::empty_label_items(doc) {
            let item = doc.text(span).trim();
            let message = format!("`{item}` gives a label and no value");
            out.push(self.finding(ctx, span, message));
        }
        // A time opening a line and naming nothing among times that
        // name their slot ("24:05" between two chapters of a video).
        for span in bare_number::empty_time_slots(doc) {
            let slot = doc.text(span).trim();
            let message = format!("`{slot}` gives a time and nothing for it");
            out.push(self.finding(ctx, span, message));
        }
        // A table holding its header row alone: its rows are missing.
        // Under a heading of its own, with nothing else in the section,
        // it is the section that is empty: the writer quotes its heading.
        for span in bare_number::header_only_tables(doc) {
            if let Some(heading) = heading_over_only(doc, &leftovers, span) {
                let title = doc.text(blocks[heading].span());
                let message = format!("heading `{title}` has nothing under it but an empty table");
                let finding = self
                    .finding(ctx, blocks[heading].span(), message)
                    .with_label(span, "a table with its header row and no row");
                out.push(finding);
                continue;
            }
            let message = "table has a header row and no row under it".to_string();
            out.push(self.finding(ctx, span, message));
        }
        // A counter at zero under a list's label ("Comments (0)"): the
        // list it counts is empty, a section of the page with nothing in it.
        for (index, block) in blocks.iter().enumerate() {
            if is_zero_counter(doc.prose(block.span())) && !leftovers.is_widget(index) {
                let line = doc.text(block.span()).trim();
                let message = format!("`{line}`: a list of messages with nothing in it");
                out.push(self.finding(ctx, block.span(), message));
            }
        }
        // The outline read as data: a section that is only a stub, a
        // question over an empty answer, a series that skips or repeats
        // a number, a table row with its first cell alone.
        let stubs = outline::stub_sections(doc);
        for &span in &stubs {
            let stub = doc.text(span).trim();
            // The stub sits under a title (see `outline::stub_sections`):
            // the section is what is missing, and the writer quotes its
            // title ("## 5. Assurance" over "À compléter.").
            let at = blocks.partition_point(|b| b.span().start < span.start);
            let heading = at
                .checked_sub(1)
                .filter(|&h| blocks[h].span().end <= span.start);
            if let Some(h) = heading {
                let title = doc.text(blocks[h].span()).trim();
                let message = format!("heading `{title}` holds nothing but `{stub}`");
                let finding = self
                    .finding(ctx, blocks[h].span(), message)
                    .with_label(span, "a stub where the section's text should be");
                out.push(finding);
                continue;
            }
            let message = format!("section holds nothing but `{stub}`");
            out.push(self.finding(ctx, span, message));
        }
        let unanswered = outline::unanswered_questions(doc);
        for &span in &unanswered {
            let question = doc.text(span).trim();
            let message = format!("question `{question}` has no answer under it");
            out.push(self.finding(ctx, span, message));
        }
        for span in outline::broken_numbering(doc)
            .into_iter()
            .chain(outline::broken_title_numbering(doc))
        {
            let item = doc.text(span).trim();
            let message = format!("`{item}` skips or repeats a number of its series");
            out.push(self.finding(ctx, span, message));
        }
        for span in outline::first_cell_rows(doc)
            .into_iter()
            .chain(outline::plain_first_cell_rows(doc))
        {
            let message = "table row holds its first cell and nothing else".to_string();
            out.push(self.finding(ctx, span, message));
        }
        for span in outline::empty_cell_rows(doc) {
            let message =
                "table row leaves empty a cell every other row of its column fills".to_string();
            out.push(self.finding(ctx, span, message));
        }
        // An item led by a bold label, holding its label alone where the
        // document gives other items of its form their text.
        let bold_items = match levels {
            true => bold_leads::empty_bold_items(doc),
            false => Vec::new(),
        };
        for &span in &bold_items {
            let item = doc.text(span).trim();
            let message = format!("`{item}` holds its bold label and nothing under it");
            out.push(self.finding(ctx, span, message));
        }
        for (index, block) in blocks.iter().enumerate() {
            if !bold_items.is_empty() && bold_items.iter().any(|s| s.overlaps(block.span())) {
                continue;
            }
            if bare_under.iter().any(|(heading, _)| *heading == index) {
                continue;
            }
            // A screen reader's heading over one of a lower level is a
            // part over its first subsection.
            if promises::screen_reader_parent(doc, index) {
                continue;
            }
            // A title over a stub is reported with its stub.
            let over_a_stub = blocks
                .get(index + 1)
                .is_some_and(|next| stubs.contains(&next.span()));
            // A question repeated on the next line: the copy stands where
            // the answer should be.
            if questions::is_repeated_question(doc, index) {
                let question = doc.text(block.span()).trim();
                let message =
                    format!("question `{question}` is repeated where its answer should be");
                let finding = self
                    .finding(ctx, block.span(), message)
                    .with_label(blocks[index + 1].span(), "the same question again");
                out.push(finding);
                continue;
            }
            if index > 0 && questions::is_repeated_question(doc, index - 1) {
                continue;
            }
            if unanswered.contains(&block.span())
                || over_a_stub
                || outline::shares_next_answer(doc, index)
            {
                continue;
            }
            // An item of a series of titles over the next item or the
            // page's end, a label ending in a colon over nothing.
            if labels.is_empty_item(index) && !is_toc_heading(doc, block.span()) {
                let title = doc.text(block.span()).trim();
                let message = format!(
                    "`{title}` has nothing under it: the next line is another title of the page"
                );
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            if labels.is_empty_label(index) && !is_toc_heading(doc, block.span()) {
                let title = doc.text(block.span()).trim();
                let message = format!("`{title}` announces content and has nothing after it");
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            // A title promising figures or dates over prose that gives
            // none: the figures are missing, the next section's text
            // follows.
            if plain_sections::promises_figures_over_prose(doc, index, &leftovers)
                && !is_toc_heading(doc, block.span())
                && !leftovers.is_widget(index)
            {
                let title = doc.text(block.span()).trim();
                let message = format!(
                    "`{title}` promises figures and the text under it gives none: they are missing"
                );
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            // Plain text: a line holding an address or two sentences is a
            // contact line or a call, never a title; a line of a dozen
            // words that asks nothing is a paragraph cut short.
            if !levels
                && (!could_title_a_section(doc.text(block.span()))
                    || (block.kind().is_heading()
                        && doc.words_of_block(index).len() >= MIN_CUT_TEXT_WORDS
                        && !doc.prose(block.span()).trim_end().ends_with('?')))
            {
                continue;
            }
            // A FAQ's title over its first question heads its questions.
            if !levels
                && doc.words_of_block(index).len() <= MAX_TITLE_WORDS
                && questions::names_questions(doc, index)
                && blocks
                    .get(index + 1)
                    .is_some_and(|next| doc.prose(next.span()).trim_end().ends_with('?'))
            {
                continue;
            }
            // Plain text: the page's form shows a title left empty, in
            // the middle of flat sections or after the text's end.
            if let Some(page) = &plain_page {
                let empty_by_form = page.is_flat_sibling_over(doc, index)
                    || page.is_empty_tail_title(doc, index, &leftovers)
                    || page.is_empty_series_item(doc, index, &leftovers)
                    || page.is_block_title_under_title(doc, index, &leftovers)
                    || page.is_title_over_the_closing(doc, index, &leftovers)
                    || page.is_empty_parallel_item(doc, index, &leftovers)
                    || page.is_repeated_empty_title(doc, index, &leftovers)
                    || page.is_title_after_the_signature(doc, index, &leftovers);
                if empty_by_form && !is_toc_heading(doc, block.span()) {
                    let title = doc.text(block.span());
                    let message = match index + 1 == blocks.len() {
                        true => {
                            format!("heading `{title}` ends the document with nothing under it")
                        }
                        false => format!(
                            "heading `{title}` has nothing under it but the next heading or leftovers of a web page"
                        ),
                    };
                    let mut finding = self.finding(ctx, block.span(), message);
                    if page.title_under_heads_text(index) {
                        finding = finding.with_label(
                            blocks[index + 1].span(),
                            "or this title took the text of the one above",
                        );
                    }
                    out.push(finding);
                    continue;
                }
            }
            // Plain text: an interview's or a FAQ's question with no
            // answer under it, over the next question, a title or the
            // page's leftovers.
            if question_page
                .as_ref()
                .is_some_and(|page| page.is_unanswered(doc, index, &leftovers))
            {
                let question = doc.text(block.span());
                let message = format!("question `{question}` has no answer under it");
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            // An item of a numbered or dated series right over the next
            // item ("Week 3" over "Week 4"): a sibling that lost its text.
            if parallel_titles::is_empty_series_sibling(doc, index)
                && !leftovers.is_widget(index)
                && !is_toc_heading(doc, block.span())
            {
                let title = doc.text(block.span());
                let message = format!(
                    "heading `{title}` has nothing under it but the next heading of its series"
                );
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            // "FAQ" over a line that asks nothing: the questions are missing.
            if questions::is_question_section_without_questions(doc, index, levels, &leftovers)
                && !leftovers.is_widget(index)
            {
                let title = doc.text(block.span());
                let message = format!("heading `{title}` promises questions and has none under it");
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            // A bold line the document uses as a title, left empty.
            if bold_series
                .as_ref()
                .is_some_and(|series| series.is_empty_bold_title(doc, index))
                && !is_toc_heading(doc, block.span())
            {
                let title = doc.text(block.span());
                let message = format!("bold title `{title}` has nothing under it");
                out.push(self.finding(ctx, block.span(), message));
                continue;
            }
            let level = match block.kind() {
                BlockKind::Heading { level } => level,
                // Plain text reads a numbered title as a list item.
                BlockKind::ListItem if !levels => 0,
                _ => continue,
            };
            if !block.kind().is_heading() && !is_plain_sibling_over(doc, index) {
                continue;
            }
            // "Related posts", "Comments": a widget's title, reported as such.
            // A widget's link is never numbered: "5. Data protection" in
            // a numbered series of clauses is a section, whatever a footer
            // rule reads in its words.
            if leftovers.is_widget(index) && number_of(doc.prose(block.span()).trim()).is_none() {
                continue;
            }
            // The section: the blocks up to the next heading.
            let content = blocks[index + 1..]
                .iter()
                .take_while(|b| !b.kind().is_heading())
                .count();
            // It ends at the document's end, or (with levels) at a heading
            // of the same or a higher level. Without levels, only a line
            // that titles the article's text heads a section at its end.
            let closes_section = match blocks.get(index + 1 + content).map(|b| b.kind()) {
                None => levels || is_a_section_title(doc, index),
                Some(BlockKind::Heading { level: next }) => levels && next <= level,
                Some(_) => false,
            };
            // A quotation of some length (a testimony) is a body, whatever
            // widget a promo rule finds at its end.
            let quoted_text = |i: usize| {
                blocks[i].kind() == BlockKind::Quote
                    && doc.words_of_block(i).len() >= MIN_QUOTE_WORDS
            };
            // A list right under a widget's title (`Articles similaires`
            // over its links) is the widget's entries: a heading over
            // nothing else (`Livre d'or`) is empty.
            let mut in_widget = false;
            let only_leftovers = content > 0
                && closes_section
                && (index + 1..=index + content).all(|i| {
                    let entry = in_widget && blocks[i].kind() == BlockKind::ListItem;
                    // The widget's title is a line of its own, not an
                    // item of the list (a widget rule may misread one).
                    let title = blocks[i].kind() != BlockKind::ListItem;
                    in_widget = (title && leftovers.is_widget(i)) || entry;
                    (entry || leftovers.is_leftover(i)) && !quoted_text(i)
                })
                && !delivers_its_title(doc, &leftovers, index, index + 1..=index + content);
            // A heading promising content (attachments, dates, a table)
            // over nothing but the letter's end: its content is missing.
            let over_the_closing = levels
                && (promises_content(doc, index)
                    || closing::names_attachments(doc, index)
                    || closing::is_about_title(doc, index))
                && closing::heads_only_the_closing(doc, index);
            // A heading over one line that announces a list, a table or a
            // text (`Here are the results:`), then the next section: what
            // it announces is missing, and the section with it.
            // One sentence, and nothing after it in the source (a code
            // block is no block of prose, and may be what it announces).
            let announces_only = levels
                && content == 1
                && closes_section
                && blocks[index + 1].kind() == BlockKind::Paragraph
                && announces_alone(doc, index + 1);
            let empty = match blocks.get(index + 1).map(|b| b.kind()) {
                Some(BlockKind::ListItem) if !levels => {
                    is_plain_sibling_over(doc, index) || only_leftovers
                }
                // A one-line document is a title, not an empty section.
                None => index > 0,
                Some(BlockKind::Heading { level: next }) => {
                    if levels {
                        next <= level
                    } else {
                        is_plain_sibling_over(doc, index)
                    }
                }
                Some(_) => {
                    only_leftovers
                        || announces_only
                        || (levels && bold_titles::is_cut_by_a_rule(doc, index))
                        || over_the_closing
                }
            };
            if !empty || is_toc_heading(doc, block.span()) {
                continue;
            }
            let title = doc.text(block.span());
            let message = if over_the_closing {
                format!("heading `{title}` has nothing under it but the end of the letter")
            } else if only_leftovers {
                format!("heading `{title}` has nothing under it but leftovers of a web page")
            } else if announces_only {
                format!(
                    "heading `{title}` has nothing under it but a line announcing what is missing"
                )
            } else if index + 1 == blocks.len() {
                format!("heading `{title}` ends the document with nothing under it")
            } else {
                format!("heading `{title}` has nothing under it before the next heading")
            };
            out.push(self.finding(ctx, block.span(), message));
        }
    }
}

impl EmptySection {
    fn finding(&self, ctx: &RuleContext<'_>, span: Span, message: String) -> Diagnostic {
        Diagnostic::new(
            &self.meta.id,
            self.meta.category,
            ctx.severity,
            span,
            message,
        )
        .with_help("write the section, or delete the heading")
    }
}

/// Whether the paragraph at `index` is one sentence ending on a colon,
/// with nothing after it in the source before the next block (or the
/// end): a line announcing what never came.
fn announces_alone(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let span = blocks[index].span();
    let text = doc
        .text(span)
        .trim_end_matches([' ', '\t', '\r', '\n', '\u{a0}', '\u{202f}', '*', '_']);
    if !text.ends_with(':') {
        return false;
    }
    let one_sentence = !text.char_indices().any(|(at, c)| {
        matches!(c, '.' | '!' | '?')
            && text[at + 1..].starts_with(' ')
            && text[at + 1..].trim_start().starts_with(char::is_uppercase)
    });
    let next = blocks
        .get(index + 1)
        .map_or(doc.source().len(), |b| b.span().start);
    let gap = doc.source().get(span.end..next).unwrap_or("");
    // The next heading's marks (`## `) open the gap's last line.
    let gap = gap.rsplit_once('\n').map_or(gap, |(before, _)| before);
    one_sentence
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '*' | '_'))
}

/// Words of a quotation that is a section's text, not a widget's line.
const MIN_QUOTE_WORDS: usize = 12;

/// Words of a plain-text line read as a paragraph cut short, never a
/// title.
const MIN_CUT_TEXT_WORDS: usize = 12;

/// Letters of a word of a title that the leftovers under it may repeat: a
/// content word, not an article or a preposition.
const MIN_TITLE_WORD_CHARS: usize = 5;

/// Whether the page's widgets under the title at `index` speak of what it
/// announces: a lead form offering the template a "Report template"
/// section promises ("Download our template…") is the page's way of
/// delivering it, the section's content; a share bar under "Key dates"
/// is not, nor an assistant's closer that happens to name the topic.
fn delivers_its_title(
    doc: &Document<'_>,
    leftovers: &Leftovers,
    index: usize,
    content: std::ops::RangeInclusive<usize>,
) -> bool {
    let lowercase = |w: &crate::text::Word| doc.text(w.span()).to_lowercase();
    let title: Vec<String> = doc
        .words_of_block(index)
        .iter()
        .map(lowercase)
        .filter(|w| w.chars().count() >= MIN_TITLE_WORD_CHARS)
        .collect();
    content
        .filter(|&i| leftovers.is_promo_owned(i))
        .flat_map(|i| doc.words_of_block(i))
        .any(|w| title.contains(&lowercase(w)))
}

/// The heading right over a table `span` when the table is all its
/// section holds: the next block past the table is a heading, a leftover
/// of the page, or the end.
fn heading_over_only(doc: &Document<'_>, leftovers: &Leftovers, span: Span) -> Option<usize> {
    let blocks = doc.blocks();
    let before = blocks.partition_point(|b| b.span().end <= span.start);
    let after = blocks.partition_point(|b| b.span().start < span.end);
    let heading = before.checked_sub(1)?;
    let over_it = blocks[heading].kind().is_heading()
        && (before..after).all(|i| span.contains(blocks[i].span()))
        && blocks
            .get(after)
            .is_none_or(|b| b.kind().is_heading() || leftovers.is_leftover(after));
    over_it.then_some(heading)
}

/// In plain text, whether a line may be a section's title at all: a title
/// names what follows; it holds no address (an e-mail, a web address: the
/// line gives a contact) and no second sentence after a first one's end
/// (`Not sure? Ask us.`: the line speaks to the reader).
fn could_title_a_section(line: &str) -> bool {
    let line = line.trim();
    if line.contains('@') || line.contains("://") || line.contains("www.") {
        return false;
    }
    // A label and its items on the line ("Labels: safety, rides, canal
    // line", "Tags : été, vélo") holds its content.
    if line
        .split_once(':')
        .is_some_and(|(_, items)| items.contains(',') && !items.trim().is_empty())
    {
        return false;
    }
    // A full stop after a figure numbers the title (`7. Planning`).
    let mut previous = ' ';
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let numbering = c == '.' && previous.is_ascii_digit();
        previous = c;
        if matches!(c, '.' | '!' | '?') && !numbering {
            let mut rest = chars.clone().map(|(_, c)| c);
            if rest.next() == Some(' ') && rest.next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
    }
    true
}

/// In plain text, where any short line reads as a heading: whether the line
/// at `index` titles a section of the article, not a widget's button
/// ("Répondre") or a footer's line. It has two words or more and follows a
/// finished paragraph of text.
fn is_a_section_title(doc: &Document<'_>, index: usize) -> bool {
    index.checked_sub(1).is_some_and(|previous| {
        doc.words_of_block(index).len() >= 2 && finished_text(doc, previous)
    })
}

/// In plain text, whether the title at `index` (a heading, or a numbered
/// item: plain text reads "5. Parking" as a list item) and the one
/// right under it are two titles of one series, the first left empty: the
/// first follows a finished paragraph, the second heads one, and both are
/// short and numbered one after the other ("5." then "6."), or parallel:
/// opening with the same word ("Getting there" over "Getting around"), with
/// no figure (a time, a date, a quantity: a programme's or a recipe's
/// lines) nor a colon. A section over its first subsection ("The trial"
/// over "In the capital") has no such form. The series shows itself
/// earlier in the document: a title of the same form over its text ("4.
/// Budget" over its minutes), so two items of a short list between
/// paragraphs are no sections.
fn is_plain_sibling_over(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    if index + 2 >= blocks.len() {
        return false;
    }
    let finished_text = |i: usize| finished_text(doc, i);
    let title = |i: usize| doc.prose(blocks[i].span()).trim();
    // "3.2 Perspectives" over "4. Conclusion" or "3.3 Annexes": a
    // subsection over the next of its series or over the next part, in
    // a report whose subsection numbered just before heads text (a
    // PDF's outline pasted as text). A part over its first subsection
    // ("3. Bilan" over "3.1 Dépenses") is none of these.
    if let Some((part, sub)) = decimal_number_of(title(index)) {
        let next = title(index + 1);
        let sibling = decimal_number_of(next) == Some((part, sub + 1))
            || decimal_number_of(next) == Some((part + 1, 1))
            || number_of(next) == Some(part + 1);
        let short = doc.words_of_block(index).len() <= MAX_TITLE_WORDS + 1
            && !title(index).ends_with(['.', '!', '?', ';', ',', ':']);
        let earlier_heads_text = index >= 2
            && (decimal_number_of(title(index - 2)) == Some((part, sub - 1))
                || (sub == 1 && number_of(title(index - 2)) == Some(part)))
            && body_text(doc, index - 1);
        return sibling && short && earlier_heads_text && body_text(doc, index + 2);
    }
    // "Day 1" over "Day 2", "Jour 3" over "Jour 4": a programme's steps
    // numbered after one word, the first left empty. The series numbers
    // itself, so it needs no earlier member; the next step heads text of
    // its own (a line of a programme is short), and the line before the
    // empty one is not a step of the series (a list of steps is a
    // contents, not a programme).
    if let (Some(a), Some(b)) = (
        labelled_number(title(index)),
        labelled_number(title(index + 1)),
    ) {
        let step_over_text = |i: usize| {
            blocks.get(i).is_some_and(|b| {
                b.kind() == BlockKind::Paragraph
                    && doc.words_of_block(i).len() >= MIN_STEP_WORDS
                    && doc
                        .prose(b.span())
                        .trim_end()
                        .ends_with(['.', '!', '?', ')'])
            })
        };
        let after_a_step = index
            .checked_sub(1)
            .and_then(|i| labelled_number(title(i)))
            .is_some_and(|(label, _)| label == a.0);
        // Named items ("Article 4 – Exclusions") are a document's
        // clauses, not a programme: the one numbered just before heads
        // text of its own, so the list is no table of contents.
        let named = |t: &str| [" – ", " — ", " - "].iter().any(|sep| t.contains(sep));
        let earlier_heads_text = (0..index).rev().any(|i| {
            labelled_number(title(i)).is_some_and(|(label, n)| label == a.0 && n + 1 == a.1)
                && body_text(doc, i + 1)
        });
        return a.0 == b.0
            && b.1 == a.1 + 1
            && blocks[index + 1].kind().is_heading()
            && step_over_text(index + 2)
            && !after_a_step
            && (!named(title(index)) || earlier_heads_text);
    }
    // A numbered title, not a numbered statement ("3. Every member
    // voted for the motion.").
    let number = |i: usize| {
        let short = doc.words_of_block(i).len() <= MAX_TITLE_WORDS + 1;
        let unpunctuated = !title(i).ends_with(['.', '!', '?', ';', ',', ':']);
        number_of(title(i)).filter(|_| short && unpunctuated)
    };
    let plain_title = |i: usize| {
        let words = doc.words_of_block(i);
        blocks[i].kind().is_heading()
            && (1..=MAX_TITLE_WORDS).contains(&words.len())
            && !words.iter().any(|w| w.has_digit())
            && !title(i).contains(':')
            && title(i).starts_with(char::is_uppercase)
    };
    if let (Some(a), Some(b)) = (number(index), number(index + 1)) {
        // The item numbered just before this one heads text of its own,
        // so the series is the document's sections: the text above this
        // one is the previous item's, finished or cut ("3. Claims", its
        // paragraph cut mid-sentence, then "4. Rights" over "5. General").
        let earlier = (0..index).rev().find(|&i| number_of(title(i)).is_some());
        // The next item's text may be cut: the series is proven by the
        // earlier item over its text.
        return b == a + 1
            && index.checked_sub(1).is_some_and(|i| body_text(doc, i))
            && body_text(doc, index + 2)
            && earlier.is_some_and(|i| number(i) == Some(a - 1) && body_text(doc, i + 1));
    }
    let between_texts = index.checked_sub(1).is_some_and(finished_text) && finished_text(index + 2);
    if !between_texts {
        return false;
    }
    let first_word = |i: usize| {
        doc.words_of_block(i)
            .first()
            .map(|w| doc.text(w.span()).to_lowercase())
    };
    let parallel = first_word(index) == first_word(index + 1)
        && !title(index + 1).starts_with(title(index))
        && !title(index).starts_with(title(index + 1));
    parallel
        && plain_title(index)
        && plain_title(index + 1)
        && (0..index).any(|i| plain_title(i) && finished_text(i + 1))
}

/// Fewest numbers alone under a heading read as a list never written.
const MIN_BARE_NUMBERS: usize = 2;

/// The headings over nothing but numbers alone ("1.", "2.", "3."), then
/// anything but a heading of a lower level: the list the heading
/// announces was never written. Each gap between a heading and the next block with words is
/// read once.
fn headings_over_bare_numbers(doc: &Document<'_>, leftovers: &Leftovers) -> Vec<usize> {
    let blocks = doc.blocks();
    let source = doc.source();
    let mut found = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let BlockKind::Heading { level } = block.kind() else {
            continue;
        };
        let bare = |line: &str| {
            let line = line.trim();
            let digits = line.trim_end_matches(['.', ')']);
            line.len() > digits.len()
                && (1..=2).contains(&digits.len())
                && digits.chars().all(|c| c.is_ascii_digit())
        };
        // The next block with words other than numbers alone (a parser
        // may read "1." as an item with a word).
        let next = (index + 1..blocks.len()).find(|&i| {
            !doc.words_of_block(i).is_empty() && !doc.text(blocks[i].span()).lines().all(bare)
        });
        // Up to the start of the next block's line: a list item's span
        // may start past its mark ("2. " before "Les trois phases").
        let end = next.map_or(source.len(), |i| {
            let start = blocks[i].span().start;
            source[..start].rfind('\n').map_or(0, |n| n + 1)
        });
        let gap = source.get(block.span().end..end).unwrap_or("");
        let mut numbers = 0;
        let only_numbers = gap.lines().all(|line| {
            numbers += usize::from(bare(line));
            bare(line) || line.trim().is_empty()
        });
        // Whatever follows (the next heading, the page's end, a note of
        // the tool's), the numbers alone hold no item: only a heading of
        // a lower level may be their items' titles ("1." over "### Fold").
        let closes = next.is_none_or(|i| match blocks[i].kind() {
            BlockKind::Heading { level: own } => own <= level,
            _ => !leftovers.is_widget(index),
        });
        if only_numbers && numbers >= MIN_BARE_NUMBERS && closes {
            found.push(index);
        }
    }
    found
}

/// Words of the text under a programme's step: one line of it.
const MIN_STEP_WORDS: usize = 5;

/// The headings that hold nothing but empty list items (`bare`, in
/// order): every line between the heading and the next block with words
/// (a heading of the same or a higher level, or the end) is blank or one
/// of the items. Each heading comes with its items.
fn headings_over_bare_items(doc: &Document<'_>, bare: &[Span]) -> Vec<(usize, Vec<Span>)> {
    let blocks = doc.blocks();
    let source = doc.source();
    let mut found: Vec<(usize, Vec<Span>)> = Vec::new();
    for &span in bare {
        // The block with words before the item, and the one after it.
        let after = blocks.partition_point(|b| b.span().start < span.start);
        let before = (0..after)
            .rev()
            .find(|&i| !doc.words_of_block(i).is_empty());
        let Some(heading) = before.filter(|&i| blocks[i].kind().is_heading()) else {
            continue;
        };
        let next = (after..blocks.len())
            .find(|&i| blocks[i].span().start >= span.end && !doc.words_of_block(i).is_empty());
        let closes = match next.map(|i| blocks[i].kind()) {
            None => true,
            Some(BlockKind::Heading { level }) => match blocks[heading].kind() {
                BlockKind::Heading { level: own } => level <= own,
                _ => false,
            },
            Some(_) => false,
        };
        // Between the heading (or the item before, under it) and the
        // item: blank lines only.
        let from = match found.last() {
            Some((h, items)) if *h == heading => items.last().map_or(0, |s| s.end),
            _ => blocks[heading].span().end,
        };
        let gap = source.get(from..span.start).unwrap_or("x\nx");
        let blank = gap.lines().skip(1).all(|line| line.trim().is_empty());
        if !closes || !blank {
            continue;
        }
        match found.last_mut() {
            Some((h, items)) if *h == heading => items.push(span),
            _ => found.push((heading, vec![span])),
        }
    }
    found
}

/// A title made of one word and a number: "Day 1", "Jour 3", "Étape 2",
/// with or without a name after a colon or a dash ("Step 2: Sand the
/// edges", "Clause 3 – Fees"); the
/// word lowercased, and the number.
fn labelled_number(title: &str) -> Option<(String, u32)> {
    // "Step 4: Add the filler": the step's name after a colon.
    let title = title
        .split_once(':')
        .filter(|(_, name)| !name.trim().is_empty())
        .map_or(title, |(label, _)| label);
    // "Article 4 – Exclusions": the clause's name after a dash.
    let title = [" – ", " — ", " - "]
        .iter()
        .find_map(|sep| title.split_once(sep))
        .filter(|(_, name)| !name.trim().is_empty())
        .map_or(title, |(label, _)| label);
    // The label: the words before the number, which ends the title
    // ("Day 2", "Corrections to issue 12": a series numbered by its last
    // word, its other words repeated).
    let (label, number) = title.trim().rsplit_once(char::is_whitespace)?;
    let label = label.trim();
    let label_fits = label.chars().next().is_some_and(char::is_uppercase)
        && label.split_whitespace().count() < MAX_TITLE_WORDS
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’');
    let number = number.parse().ok().filter(|_| number.len() <= 2);
    label_fits.then_some(())?;
    Some((label.to_lowercase(), number?))
}

/// The number opening a numbered title: "5. Parking", "6) Divers".
/// The number of a subsection's title, "3.2 Perspectives" or "3.2.
/// Perspectives": its part and its rank, both of two digits at most.
fn decimal_number_of(title: &str) -> Option<(u32, u32)> {
    let (head, rest) = title.split_once(' ')?;
    let head = head.strip_suffix('.').unwrap_or(head);
    let (part, sub) = head.split_once('.')?;
    let digits = |t: &str| (1..=2).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    if !digits(part) || !digits(sub) || !rest.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    Some((part.parse().ok()?, sub.parse().ok()?)).filter(|&(p, s)| p > 0 && s > 0)
}

fn number_of(title: &str) -> Option<u32> {
    let digits: String = title.chars().take_while(char::is_ascii_digit).collect();
    let rest = &title[digits.len()..];
    let marked = rest.starts_with(". ") || rest.starts_with(") ");
    if digits.is_empty() || digits.len() > 2 || !marked {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::truncation::testing::run;
    use crate::text::Language;

    /// Issue 12: a short last line of a plain-text draft (a question, a
    /// signature, a title-like line) is text, not an empty heading.
    #[test]
    fn a_contact_line_or_a_call_is_no_title() {
        assert!(!could_title_a_section("Press office: desk@harbour.example"));
        assert!(!could_title_a_section(
            "Still unsure? Ring the office today."
        ));
        assert!(could_title_a_section("Opening hours"));
        assert!(could_title_a_section("6. Any other business"));
        assert!(could_title_a_section("Can I pay in instalments?"));
        assert!(!could_title_a_section(
            "Labels: safety, overhead line, rides"
        ));
    }

    #[test]
    fn plain_text_last_line_is_no_empty_heading() {
        for text in [
            "Titre\nUn paragraphe qui se termine.\nEt si elle ne revenait pas ?\n",
            "Title\nA paragraph that ends.\nWho will chair the next meeting?\n",
            "Titre\nUn paragraphe qui se termine.\nPierre Lemaire\n",
        ] {
            assert!(
                run(&EmptySection::default(), text, "a.txt", Language::Fr).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn empty_steps_of_a_plain_text_programme() {
        let intro = "Une semaine de marche en étoile autour du gîte, sans portage.";
        let step = "Boucle par la tourbière et retour au gîte.";
        let text = format!("Séjour\n\n{intro}\n\nJour 1\n\nJour 2\n{step}\n\nJour 3\n{step}\n");
        let found = run(&EmptySection::default(), &text, "a.txt", Language::Fr);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(&text[found[0].span.range()], "Jour 1");
        // A list of the steps, then their text: a contents, not empty steps.
        let listed = format!("Séjour\n\n{intro}\n\nJour 1\nJour 2\nJour 3\n{step}\n");
        assert!(run(&EmptySection::default(), &listed, "a.txt", Language::Fr).is_empty());
    }

    #[test]
    fn numbered_series_items_left_empty() {
        let body = "A paragraph of text long enough to be the body of one section of the page.";
        let cut = "A paragraph of text long enough to be the body of a section but cut at the";
        let empty = [
            // The next clause's text cut, the clause named like a footer link.
            format!("Rules\n{body}\n1. Fees\n{body}\n2. Privacy policy\n3. Refunds\n{cut}\n"),
            // A series numbered by its last word, its other words repeated.
            format!("Log\n{body}\nReport on visit 4\nReport on visit 5\n{body}\n"),
        ];
        for text in &empty {
            let found = run(&EmptySection::default(), text, "a.txt", Language::En);
            assert_eq!(found.len(), 1, "{text}");
        }
        // Not one after the other, or a list of items before the text.
        let full = [
            format!("Log\n{body}\nReport on visit 4\nReport on visit 6\n{body}\n"),
            format!("Kit\n{body}\nBox 1\nBox 2\nBox 3\n{body}\n"),
        ];
        for text in &full {
            assert!(
                run(&EmptySection::default(), text, "a.txt", Language::En).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn plain_titles_of_one_series_over_each_other() {
        let body =
            "Un paragraphe de texte assez long pour être le corps d'une section du document.";
        let empty = [
            format!(
                "Compte rendu\n\n{body}\n\n3. Écoles\n\n{body}\n\n4. Budget\n\n5. Travaux\n\n{body}\n"
            ),
            format!("Guide\n\n{body}\n\nY aller\n\n{body}\n\nOù dormir\n\nOù manger\n\n{body}\n"),
        ];
        for text in &empty {
            let found = run(&EmptySection::default(), text, "a.txt", Language::Fr);
            assert_eq!(found.len(), 1, "{text}");
        }
        // A day over its hours, a title over a dateline, a numbered list
        // out of order: no series.
        let full = [
            format!("Liste\n\n{body}\n\n1. Réparer\n\n2. Remplacer\n\n{body}\n"),
            format!("Programme\n\n{body}\n\nSamedi\n\n10 h Ouverture\n\n{body}\n"),
            format!("Notes\n\n{body}\n\n2. Budget\n\n5. Travaux\n\n{body}\n"),
            format!("Notes\n\n{body}\n\nÉtape suivante :\n\nLe marché\n\n{body}\n"),
        ];
        for text in &full {
            assert!(
                run(&EmptySection::default(), text, "a.txt", Language::Fr).is_empty(),
                "{text}"
            );
        }
    }

    /// A label ending the prose still heads what no block of prose holds:
    /// a code block, an image. At the very end it is empty.
    #[test]
    fn a_label_over_code_is_not_empty() {
        let code = "Un exemple de code :\n\n```\nle le\n```\n";
        assert!(run(&EmptySection::default(), code, "a.md", Language::Fr).is_empty());
        let end = "# Atelier\n\nLe programme du samedi.\n\nHoraires :\n";
        assert_eq!(
            run(&EmptySection::default(), end, "a.md", Language::Fr).len(),
            1
        );
    }

    #[test]
    fn markdown_heading_at_the_end_is_empty() {
        let text = "# Titre\n\nUn paragraphe.\n\n## Sur le même sujet\n";
        let found = run(&EmptySection::default(), text, "a.md", Language::Fr);
        assert_eq!(found.len(), 1);
    }

    /// Round 12: a FAQ title over a thank-you is empty; over questions it
    /// is not, nor is a title where the questions are the reader's.
    #[test]
    fn faq_title_over_no_question() {
        let intro = "# Pool closure\n\nThe pool shuts for three weeks while the tiles around the deep end are replaced.\n\n";
        let empty = format!("{intro}## FAQ\n\nThank you for your understanding.\n");
        assert_eq!(
            run(&EmptySection::default(), &empty, "a.md", Language::En).len(),
            1
        );
        let asked =
            format!("{intro}## FAQ\n\n**Can I swim elsewhere?** Yes, at the college pool.\n");
        assert!(run(&EmptySection::default(), &asked, "a.md", Language::En).is_empty());
        let yours = format!(
            "{intro}## Your questions\n\nThe manager answers them each week in this newsletter.\n"
        );
        assert!(run(&EmptySection::default(), &yours, "a.md", Language::En).is_empty());
    }

    /// An interview's question after its answered ones, over a title of
    /// another kind or another question: its answer is missing.
    #[test]
    fn unanswered_question_of_an_interview() {
        let answer = "Une réponse assez longue pour être un vrai paragraphe de texte, avec plusieurs détails utiles.";
        let qa = |q: &str| format!("{q}\n{answer}\n");
        let head = format!(
            "Entretien\n{answer}\n{}{}{}",
            qa("Pourquoi ce métier ?"),
            qa("Quel est votre meilleur souvenir ?"),
            qa("Que conseillez-vous aux débutants ?")
        );
        let gap = format!("{head}Et demain, quels projets ?\nSes débuts\n{answer}\n");
        let findings = run(&EmptySection::default(), &gap, "a.txt", Language::Fr);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(&gap[findings[0].span.range()], "Et demain, quels projets ?");
        // A question straight over another lost its answer too: a turn
        // of two questions is written as one paragraph.
        let unanswered = format!("{head}Le métier est-il dur ?\nÇa vaut la peine ?\n{answer}\n");
        let findings = run(&EmptySection::default(), &unanswered, "a.txt", Language::Fr);
        let titles: Vec<&str> = findings
            .iter()
            .map(|f| &unanswered[f.span.range()])
            .collect();
        assert_eq!(titles, ["Le métier est-il dur ?"], "{findings:?}");
        let one_turn = format!("{head}Le métier est-il dur, et ça vaut la peine ?\n{answer}\n");
        assert!(run(&EmptySection::default(), &one_turn, "a.txt", Language::Fr).is_empty());
    }

    /// Three plain titles in a row over text, in a page of flat sections:
    /// the two upper ones are empty.
    #[test]
    fn stack_of_three_plain_titles_over_text() {
        let body =
            "A paragraph long enough to be the text of a section, with a few useful details in it.";
        let text = format!(
            "Job advert\nThe role\n{body}\nHours\n{body}\nPay\n{body}\nWorking here\nBenefits\nHow to apply\n{body}\n"
        );
        let findings = run(&EmptySection::default(), &text, "a.txt", Language::En);
        let titles: Vec<&str> = findings.iter().map(|f| &text[f.span.range()]).collect();
        assert_eq!(titles, ["Working here", "Benefits"], "{findings:?}");
    }

    fn found(text: &str, name: &str) -> Vec<String> {
        run(&EmptySection::default(), text, name, Language::En)
            .iter()
            .map(|f| text[f.span.range()].to_string())
            .collect()
    }

    /// Round 22: a title over a title whose body is short or cut, a title
    /// ending an article over the page's widgets, a repeated title.
    #[test]
    fn plain_titles_over_short_bodies_and_widgets() {
        let body =
            "A paragraph long enough to be the text of a section, with a few useful details in it.";
        let text = format!(
            "Advert\nThe role\n{body}\nHours\n{body}\nPerks\nPay\nA fair wage for the work.\nMore\n{body}\n"
        );
        assert_eq!(found(&text, "a.txt"), ["Perks"]);
        // Without the promo rules (this harness runs one rule), the zero
        // counter is this rule's too; the engine leaves it to promo.
        let text = format!("News\n{body}\n{body}\nWhat the law says\nTrip reports (0)\n");
        let mut titles = found(&text, "a.txt");
        titles.sort();
        assert_eq!(titles, ["Trip reports (0)", "What the law says"]);
        let text = format!(
            "Letter\nPuzzle corner\n{body}\nClub news\n{body}\nPuzzle corner\nNext meeting\n{body}\n"
        );
        assert!(found(&text, "a.txt").contains(&"Puzzle corner".to_string()));
    }

    /// Round 22: questions repeated, counters at zero, empty tables under
    /// their heading, plain-text rows holding their first cell.
    #[test]
    fn repeated_questions_counters_and_rows() {
        let text = "# Talk\n\n**Why wood?**\n\nIt is warm.\n\n**Would you do it again?**\n\nWould you do it again?\n\n**Next?**\n\nA boat.\n";
        assert_eq!(found(text, "a.md"), ["Would you do it again?"]);
        assert_eq!(
            found("# A\n\nText here.\n\nReviews (0)\n", "a.md"),
            ["Reviews (0)"]
        );
        assert!(found("# A\n\nText here.\n\nReviews (3)\n\nGood.\n", "a.md").is_empty());
        let table = "# A\n\nText here.\n\n## Times\n\n| Group | Time |\n|---|---|\n\n## Next\n\nMore text.\n";
        // A heading's span holds its text, not its marks.
        assert_eq!(found(table, "a.md"), ["Times"]);
        let rows =
            "Fees\nBand | Car | Van\nSmall | £40 | £60\nLarge engines\nElectric | £10 | £20\n";
        assert!(found(rows, "a.txt").contains(&"Large engines".to_string()));
    }
    /// Round 25: a FAQ's first question over the next, answered one; a
    /// label over a title over a title; a numbered section holding a stub
    /// reported on its heading; a Q&A of short lines is a body.
    #[test]
    fn round_25_questions_labels_stubs_and_dialogues() {
        let body =
            "A paragraph long enough to be the text of a section, with a few useful details in it.";
        let faq = format!(
            "Visiting\n{body}\nPlanning\n{body}\nFrequently asked questions\nIs the hall accessible?\nAre dogs allowed inside?\nOnly assistance dogs, and they are welcome.\nCan I eat there?\nYes, in the café on the ground floor.\n"
        );
        assert_eq!(found(&faq, "a.txt"), ["Is the hall accessible?"]);
        let label = format!(
            "Grant\n{body}\nBackground\n{body}\nAims\nAim 1: train twenty new volunteer readers every single year.\nAim 2:\nMeasuring success\nBudget\n{body}\n"
        );
        assert_eq!(found(&label, "a.txt"), ["Aim 2:", "Measuring success"]);
        let stub = format!(
            "# Plan\n\n{body}\n\n## 1. Races\n\n{body}\n\n## 2. First aid\n\nComing soon.\n\n## 3. Clearing up\n\n{body}\n"
        );
        assert_eq!(found(&stub, "a.md"), ["2. First aid"]);
        let dialogue = format!(
            "Call for bids\n1. Purpose\n{body}\n2. Scope\n{body}\n3. Questions and answers\nQ: Can a bid cover one site?\nA: Yes. Each site may be awarded separately.\nQ: Will you provide hives?\nA: Hives and frames are provided.\n4. Submission\n{body}\n"
        );
        assert!(
            found(&dialogue, "a.txt").is_empty(),
            "{:?}",
            found(&dialogue, "a.txt")
        );
    }
}
