//! What is no section's body: the end of a letter or a release (a
//! valediction, a signature, a contact line). A heading over such blocks
//! heads nothing: "Attached documents" over "Yours faithfully," has lost
//! its list; "About the club" over "Press contact: …" has lost its
//! paragraph. The classes here are closed (valediction words, the forms of
//! a contact line), not phrases of any letter.

use crate::markup::BlockKind;
use crate::text::Document;

/// Words that close a letter in English and French: "Yours faithfully",
/// "Kind regards", "Cordialement", "Veuillez agréer … salutations".
const VALEDICTION_WORDS: &[&str] = &[
    "faithfully",
    "sincerely",
    "regards",
    "cordially",
    "cordialement",
    "salutations",
    "agréer",
    "amitiés",
];

/// Most words of a valediction block ("Veuillez agréer, Madame, …
/// l'expression de nos salutations distinguées.").
const MAX_VALEDICTION_WORDS: usize = 25;

/// Most words of a line that ends on a comma to introduce a name:
/// "Yours truly,", "For the committee,", "Bien à vous,".
const MAX_LEAD_IN_WORDS: usize = 6;

/// Most words of the label before a contact line's colon ("Press
/// contact:", "Contact presse :", "cc:").
const MAX_LABEL_WORDS: usize = 3;

/// Digits in a row (spaces and dots aside) that make a phone number.
const MIN_PHONE_DIGITS: usize = 8;

/// The block at `i` closes a letter or a release: a valediction, a line
/// leading in to a signature, a contact line or a signature left as a
/// template field.
pub(super) fn is_closing(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks().get(i).is_some_and(|block| {
        // The raw text: prose masks the addresses that make a contact line.
        matches!(
            block.kind(),
            BlockKind::Paragraph | BlockKind::Heading { .. }
        ) && (is_valediction(doc, i) || is_contact_or_signature(doc.text(block.span()).trim()))
    })
}

/// The block at `i` holds a valediction word, or is a short line ending
/// on a comma (what leads in to a name).
pub(super) fn is_valediction(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i);
    let text = doc.prose(block.span()).trim();
    let closing_word = words.len() <= MAX_VALEDICTION_WORDS
        && words.iter().any(|w| {
            let word = doc.text(w.span()).to_lowercase();
            VALEDICTION_WORDS.contains(&word.as_str())
        });
    let lead_in = text.ends_with(',')
        && !text.contains('\n')
        && (1..=MAX_LEAD_IN_WORDS).contains(&words.len());
    closing_word || lead_in
}

/// A contact line ("Label: name — phone — e-mail", "cc: …") or a
/// signature left as a template field (`{{name}}`, `[Prénom Nom]`).
fn is_contact_or_signature(text: &str) -> bool {
    let field = text.contains("{{") || (text.contains('[') && text.contains(']'));
    let reachable = text.contains('@') || has_phone_number(text);
    let labelled = text.split_once(':').is_some_and(|(label, _)| {
        let words = label.split_whitespace().count();
        (1..=MAX_LABEL_WORDS).contains(&words) && !label.contains(['.', '!', '?'])
    });
    let lone_field = field && text.split_whitespace().count() <= MAX_LEAD_IN_WORDS;
    (labelled && (field || reachable)) || lone_field
}

fn has_phone_number(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => {
                run += 1;
                if run >= MIN_PHONE_DIGITS {
                    return true;
                }
            }
            ' ' | '.' | '-' if run > 0 => {}
            _ => run = 0,
        }
    }
    false
}

/// Words of a heading naming what a letter sends with it: attachments,
/// enclosures, documents ("Pièces jointes", "Enclosed documents").
const ATTACHMENT_WORDS: &[&str] = &[
    "attached",
    "attachment",
    "attachments",
    "enclosed",
    "enclosure",
    "enclosures",
    "documents",
    "pièces",
    "jointes",
    "joints",
    "ci-joint",
    "ci-jointes",
];

/// The heading at `i` names the documents a letter sends with it.
pub(super) fn names_attachments(doc: &Document<'_>, i: usize) -> bool {
    doc.words_of_block(i).iter().any(|w| {
        let word = doc.text(w.span()).to_lowercase();
        ATTACHMENT_WORDS.contains(&word.as_str())
    })
}

/// The heading at `i` promises a presentation of someone ("About the
/// trust", "À propos de la fondation"): a release's last section, which a
/// paragraph fills.
pub(super) fn is_about_title(doc: &Document<'_>, i: usize) -> bool {
    let title = doc.prose(doc.blocks()[i].span()).trim().to_lowercase();
    title.starts_with("about ") || title.starts_with("à propos ")
}

/// Whether the block at `i` is a short title naming a contact ("Media
/// contact", "Contact presse"): a presentation's title right over it has
/// lost its paragraph.
pub(super) fn names_contact(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks().get(i).is_some_and(|b| {
        b.kind().is_heading()
            && doc.words_of_block(i).len() <= MAX_LABEL_WORDS
            && has_a_contact_word(doc, i)
    })
}

/// Whether the title at `i` names a contact and the line under it gives
/// one (an address, a phone number), or a block of short lines does (a
/// name, a role, then the e-mail): the section is whole.
pub(super) fn delivers_its_contact(doc: &Document<'_>, i: usize) -> bool {
    let short = |j: usize| doc.words_of_block(j).len() <= MAX_CONTACT_LINE_WORDS;
    has_a_contact_word(doc, i)
        && (i + 1..=i + CONTACT_BLOCK_LINES)
            .take_while(|&j| j < doc.blocks().len() && short(j))
            .any(|j| gives_a_contact(doc, j))
}

/// Lines of a contact block under its title (a name, a role, the e-mail).
const CONTACT_BLOCK_LINES: usize = 3;

/// Most words of a line of a contact block.
const MAX_CONTACT_LINE_WORDS: usize = 8;

/// Whether a word of block `i` is "contact" or one of its forms.
fn has_a_contact_word(doc: &Document<'_>, i: usize) -> bool {
    doc.words_of_block(i)
        .iter()
        .any(|w| doc.text(w.span()).to_lowercase().starts_with("contact"))
}

/// Whether the block at `i` gives a way to reach someone: a contact line,
/// an address, a phone number (a site menu's "Contact" link gives none).
pub(super) fn gives_a_contact(doc: &Document<'_>, i: usize) -> bool {
    is_closing(doc, i)
        || doc.blocks().get(i).is_some_and(|b| {
            let text = doc.text(b.span());
            text.contains('@') || has_phone_number(text)
        })
}

/// Words of a closing paragraph before the valediction ("We look forward
/// to …", "Nous restons à votre disposition …"): a few sentences.
const MAX_CLOSING_PARAGRAPH_WORDS: usize = 60;

/// Whether what follows the heading at `index` is only the end of the
/// letter: a closing block right under it, or (under a heading naming
/// attachments, which no paragraph delivers) one short paragraph with no
/// link or address, then a valediction.
pub(super) fn heads_only_the_closing(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let next = index + 1;
    // A contact line under a contact heading is its content.
    let names_contact = doc
        .words_of_block(index)
        .iter()
        .any(|w| doc.text(w.span()).to_lowercase().starts_with("contact"));
    if is_valediction(doc, next) || (is_closing(doc, next) && !names_contact) {
        return true;
    }
    let closing_paragraph = blocks.get(next).is_some_and(|b| {
        let text = doc.prose(b.span());
        let words = doc.words_of_block(next);
        b.kind() == BlockKind::Paragraph
            && words.len() <= MAX_CLOSING_PARAGRAPH_WORDS
            && !text.contains(['@', '/'])
    });
    // A short word to the reader ("Thank you, all of you, for being
    // there.") then a signature: the letter's end, not the section's text.
    let signed = is_valediction(doc, next + 1) || is_name_line(doc, next + 1);
    let finished = blocks.get(next).is_some_and(|b| {
        doc.prose(b.span()).trim_end().ends_with(['.', '!'])
            && doc.words_of_block(next).len() <= MAX_THANKS_WORDS
    });
    (names_attachments(doc, index) && closing_paragraph && is_valediction(doc, next + 1))
        || (!names_contact && closing_paragraph && finished && signed)
}

/// Most words of a word to the reader over a signature.
const MAX_THANKS_WORDS: usize = 25;

/// Most words of a signature line: a name and a role.
const MAX_NAME_LINE_WORDS: usize = 6;

/// The block at `i` is a signature: a short line opening with two
/// capitalised words (a name), with no final stop ("Linda Osterberg,
/// Volunteer Coordinator", "Jo Hart").
pub(super) fn is_name_line(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let words = doc.words_of_block(i);
    let text = doc.prose(block.span()).trim();
    let capitalised = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| doc.text(w.span()).starts_with(char::is_uppercase))
    };
    (2..=MAX_NAME_LINE_WORDS).contains(&words.len())
        && capitalised(0)
        && capitalised(1)
        && !text.ends_with(['.', '!', '?', ':'])
        && !text.contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_lines_and_template_signatures_are_closing() {
        for line in [
            "Media enquiries: Jo Hart, 07700 900123",
            "Contact : [Prénom Nom], [téléphone]",
            "cc: jo@example.org",
            "{{signatory}}",
            "[Nom du responsable]",
        ] {
            assert!(is_contact_or_signature(line), "{line}");
        }
        for line in [
            "Opening hours: 9 am to 5 pm on weekdays",
            "The results are in the table below.",
        ] {
            assert!(!is_contact_or_signature(line), "{line}");
        }
    }
}
