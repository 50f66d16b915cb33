//! The shape of a line: what tells a widget's line from a line of text
//! whatever its wording.
//!
//! Widgets are short lines of UI words, with separators between their
//! items (`|`, `•`, `·`, `/`, `›`, `»`), emoji or pictographs acting as
//! icons, counts ("(12)", "4,5/5"), stars, required-field marks ("Email*").
//! Prose is sentences: words widgets never say, and a full stop. This
//! module measures a line; the rules decide.

use super::page_furniture;
use super::ui_words::{self, UiWord};
use crate::diagnostic::Span;
use crate::markup::BlockKind;
use crate::text::{Document, Word};
use std::collections::HashSet;

/// A non-blank line of a block: blocks of hard-wrapped text and
/// Markdown paragraphs span several lines, and a widget is often one of
/// them.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    /// The line's text, without its line ending and outer spaces.
    pub span: Span,
    /// The index of its block in `doc.blocks()`.
    pub block: usize,
}

/// The lines of the document holding prose (a word or a symbol), in
/// order, one at a time: a file can hold a line every two bytes, so rules
/// keep only the lines they need.
pub fn lines<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = Line> + Clone + 'd {
    doc.blocks()
        .iter()
        .enumerate()
        .flat_map(move |(index, block)| {
            let mut offset = block.span().start;
            doc.prose(block.span())
                .split('\n')
                .filter_map(move |piece| {
                    let start = offset + (piece.len() - piece.trim_start().len());
                    let end = offset + piece.trim_end().len();
                    offset += piece.len() + 1;
                    (end > start).then(|| Line {
                        span: Span::new(start, end),
                        block: index,
                    })
                })
        })
}

/// The words of the document inside `span`.
pub fn words_in<'d>(doc: &'d Document<'_>, span: Span) -> &'d [Word] {
    let first = doc.words.partition_point(|w| w.span().end <= span.start);
    let last = doc.words.partition_point(|w| w.span().start < span.end);
    &doc.words[first..last.max(first)]
}

/// What a line is made of.
#[derive(Debug, Default, Clone)]
pub struct Shape {
    /// Its words, elisions ("l'", "s'") left out (counted up to
    /// `u16::MAX`: a widget's line has a dozen; two bytes, as a rule keeps
    /// a shape for many lines).
    pub words: u16,
    /// Of them, figures ("4,6/5 from 1 284 reviews"): a count's digits
    /// make a widget no longer.
    pub numbers: u16,
    /// Every word is a UI word or a number.
    pub all_ui: bool,
    /// Distinct UI words that make page chrome (verbs of buttons, nouns
    /// of widgets, required fields).
    pub strong: u16,
    /// Its first word is a button's verb ("Add to cart", "S'abonner").
    pub opens_with_action: bool,
    /// Items set apart by `|`, `•`, `·`, `/`, `›`, `»` or icons.
    pub separated: bool,
    /// An emoji, a pictograph or an arrow.
    pub icon: bool,
    /// A count or a score: "(12)", "4,5/5", "128 reviews".
    pub count: bool,
    /// Three stars or more: a rating.
    pub stars: bool,
    /// A field's name marked required: "Email*", "Nom *".
    pub required_field: bool,
    /// It ends like a sentence (`.`, `;`, `,`) or holds one inside.
    pub sentence: bool,
    /// It ends with a question mark.
    pub question: bool,
    /// Yes/no buttons: "Yes", "No", "Oui", "Non".
    pub yes_no: bool,
    /// Three short capitalised sections or more, set apart by one
    /// separator (`›`, `>`, `»`, `/`, `|`): "Recipes / Soups / Winter".
    pub trail: bool,
    /// A sender's postal address under a newsletter: items set apart by
    /// separators, one of them a postcode.
    pub postal: bool,
    /// A price: a figure with a currency's sign ("£449", "129 €").
    pub price: bool,
    /// Names of shops or networks after "at", "on", "chez"…
    pub brands: u16,
}

impl Shape {
    /// Whether the line reads as a widget's line: UI words only, and
    /// enough of them or a widget's marks.
    pub fn is_widget(&self) -> bool {
        if self.sentence || self.words.saturating_sub(self.numbers) > MAX_WIDGET_WORDS {
            return false;
        }
        if self.stars && (self.all_ui || self.words <= 6) {
            return true;
        }
        // A product box's price at a shop: "£449 at Brightmart".
        if self.price && self.brands >= 1 && self.all_ui && self.words <= MAX_PRICE_BOX_WORDS {
            return true;
        }
        if !self.all_ui || self.strong == 0 {
            return false;
        }
        let marked = self.separated || self.icon || self.count || self.required_field;
        self.strong >= 2 || marked || (self.opens_with_action && self.words >= 2)
    }

    /// Whether the line can take part in a widget by its own shape: be
    /// one, join one, ask its question or answer it. A line holding a word
    /// buttons never say, or only UI words none of which is a button's or
    /// a yes/no, without stars, a trail or a postal address, cannot (it
    /// may still neighbour a widget when another rule reports it: see
    /// `WidgetLine`).
    pub fn may_take_part(&self) -> bool {
        (self.all_ui && (self.strong >= 1 || self.yes_no || (self.price && self.brands >= 1)))
            || self.stars
            || self.trail
            || self.postal
    }

    /// Whether the line may belong to a widget next to it: UI words only
    /// ("Submit" under a form's fields, "Yes · No" under a question).
    pub fn joins_a_widget(&self) -> bool {
        !self.sentence
            && self.all_ui
            && ((self.strong >= 1 && self.words <= 8) || (self.yes_no && self.words <= 4))
    }
}

/// The words after which a button names a shop or a network.
const BRAND_SLOTS: &[&str] = &["on", "at", "from", "via", "chez", "sur"];
/// Names of shops or networks one button line may hold.
const MAX_BRANDS: u16 = 2;

/// A price at a shop is a few words: "£449 at Brightmart", "129 € chez
/// Darlo".
const MAX_PRICE_BOX_WORDS: u16 = 5;

/// Longer lines are never measured: a widget's line is a few words,
/// even with its icons (four bytes each).
pub const MAX_LINE_BYTES: usize = 400;

/// A sender's name, street and town.
const MAX_POSTAL_WORDS: u16 = 16;

/// Widget lines are a few words: a share bar with five networks and its
/// label, a cookie banner's buttons.
const MAX_WIDGET_WORDS: u16 = 12;

pub fn shape(doc: &Document<'_>, line: Line) -> Shape {
    // A long line is text, whatever it holds: measuring it would cost
    // memory in proportion to a one-line file.
    if line.span.len() > MAX_LINE_BYTES {
        return Shape {
            words: u16::MAX,
            sentence: true,
            ..Shape::default()
        };
    }
    let prose = doc.prose(line.span);
    let words = words_in(doc, line.span);
    let mut shape = Shape {
        all_ui: true,
        ..Shape::default()
    };
    let mut strong = HashSet::new();
    let mut first = true;
    let mut brands: u16 = 0;
    let mut previous = String::new();
    for word in words {
        let text = doc.text(word.span());
        if word.is_elision() {
            continue;
        }
        shape.words = shape.words.saturating_add(1);
        let after = &prose[word.span().end - line.span.start..];
        let marked_required = after.trim_start_matches([' ', '\u{a0}']).starts_with('*');
        // Made once: looked up, kept, and the next word's `previous`.
        let key = ui_words::key(text);
        let found: Option<UiWord> = ui_words::lookup_key(&key).filter(|ui| ui.known);
        let is_number = word.has_digit() && !text.chars().any(char::is_alphabetic);
        match found {
            Some(ui) => {
                if ui.is_strong() || (ui.field && marked_required) {
                    strong.insert(key.clone());
                }
                shape.required_field |= ui.field && marked_required;
                shape.opens_with_action |= first && ui.action;
                shape.yes_no |= matches!(key.as_str(), "yes" | "no" | "oui" | "non");
            }
            None if is_number => shape.numbers = shape.numbers.saturating_add(1),
            // A shop or a network after "on", "at", "chez": "Buy on
            // Fnac", "Suivre sur Mastodon". Names are endless; their
            // place on a button is not.
            None if brands < MAX_BRANDS
                && BRAND_SLOTS.contains(&previous.as_str())
                && text.chars().next().is_some_and(char::is_uppercase) =>
            {
                brands += 1;
            }
            None => shape.all_ui = false,
        }
        previous = key;
        first = false;
    }
    shape.strong = u16::try_from(strong.len()).unwrap_or(u16::MAX);
    shape.brands = brands;
    shape.price = has_price(prose);
    shape.separated = has_separators(prose);
    // A masthead under the headline has a trail's shape and names the
    // day or the paper: the article's, not the page's navigation.
    shape.trail = is_trail(prose) && !page_furniture::is_masthead(prose);
    shape.postal = shape.separated
        && shape.words <= MAX_POSTAL_WORDS
        && !shape.sentence
        && words.iter().any(|w| {
            let t = doc.text(w.span());
            (4..=5).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        });
    shape.icon = prose.chars().any(is_icon);
    shape.count = has_count(prose);
    shape.stars = prose.chars().filter(|&c| is_star(c)).count() >= 3;
    let trimmed = prose.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    shape.question = trimmed.ends_with('?');
    // A full stop inside the line ("Done. Share it") or at its end; an
    // ellipsis is a cut, not a sentence's end.
    shape.sentence =
        trimmed.ends_with(['.', ';', ',']) && !trimmed.ends_with("...") || prose.contains(". ");
    shape
}

/// A figure with a currency's sign before or after it: "£449", "$12.99",
/// "129 €", "45,90€".
fn has_price(prose: &str) -> bool {
    // Looked around only at a currency's sign: every line is measured.
    prose.char_indices().any(|(i, c)| {
        if !matches!(c, '£' | '$' | '€' | '¥') {
            return false;
        }
        let digit_after = prose[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|next| next.is_ascii_digit());
        let mut before = prose[..i].chars().rev();
        let digit_before = match (before.next(), before.next()) {
            (Some(one), _) if one.is_ascii_digit() => true,
            (Some(one), Some(two)) => one.is_whitespace() && two.is_ascii_digit(),
            _ => false,
        };
        digit_after || digit_before
    })
}

/// Separators between a widget's items, with spaces around them (a `/`
/// inside "24/7" or "km/h" separates nothing).
fn has_separators(prose: &str) -> bool {
    prose.char_indices().any(|(i, c)| {
        matches!(c, '|' | '•' | '·' | '/' | '›' | '»' | '⋅' | '∙' | '¦' | '‧')
            && prose[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace)
            && prose[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
    })
}

/// A breadcrumb trail's shape: one separator, used between sections of one
/// to four words, each opening with a capital or a figure, and no
/// sentence; a last separator may close it ("Jardin › Potager ›"). Three
/// sections, or two under a chevron ("Property › Market Watch": `/`, `|`
/// and `>` between two words say too little).
fn is_trail(prose: &str) -> bool {
    let text = prose.trim();
    if text.contains(['.', ',', ';', '!', '?', ':']) {
        return false;
    }
    ['›', '>', '»', '/', '|', '▸', '▶', '►', '❯']
        .iter()
        .any(|&sep| {
            let text = text.strip_suffix(sep).map_or(text, str::trim_end);
            let sections: Vec<&str> = text.split(sep).map(str::trim).collect();
            let chevron = matches!(sep, '›' | '»' | '▸' | '▶' | '►' | '❯');
            (sections.len() >= 3 || (chevron && sections.len() == 2))
                && sections.iter().all(|section| {
                    let words = section.split_whitespace().count();
                    // Sections are names of sections: a date's "14/01/2020"
                    // has figures only.
                    (1..=4).contains(&words)
                        && section.chars().any(char::is_alphabetic)
                        && section
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                })
        })
}

/// Emoji, pictographs, dingbats and arrows: the icons of buttons.
pub fn is_icon(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF   // arrows
        | 0x2300..=0x23FF // technical symbols (⌚, ⏰)
        | 0x2600..=0x27BF // miscellaneous symbols, dingbats
        | 0x2B00..=0x2BFF // arrows and symbols (⬇, ⭐)
        | 0x1F000..=0x1FAFF) // emoji and pictographs
        && !is_star(c)
}

fn is_star(c: char) -> bool {
    matches!(c, '★' | '☆' | '✩' | '✭' | '✮' | '⭐' | '✰')
}

/// A count or a score: a number in brackets ("(12)", "[3]"), a score out
/// of five or ten ("4,5/5", "8/10").
fn has_count(prose: &str) -> bool {
    let bytes = prose.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if (b == b'(' || b == b'[')
            && let Some(rest) = prose.get(i + 1..)
        {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0
                && rest
                    .as_bytes()
                    .get(digits)
                    .is_some_and(|&c| c == b')' || c == b']')
            {
                return true;
            }
        }
        if b == b'/' && i > 0 && bytes[i - 1].is_ascii_digit() {
            let rest = &prose[i + 1..];
            if rest.starts_with("5") || rest.starts_with("10") {
                return true;
            }
        }
    }
    false
}

/// Whether the line is a heading over a paragraph of text: a section of
/// the article, whatever its title says ("Update your settings" over the
/// steps to do it).
pub fn heads_text(doc: &Document<'_>, line: Line) -> bool {
    let blocks = doc.blocks();
    let block = &blocks[line.block];
    let last_line = doc
        .prose(Span::new(line.span.end, block.span().end))
        .trim()
        .is_empty();
    if !block.kind().is_heading() || !last_line {
        return false;
    }
    blocks.get(line.block + 1).is_some_and(|next| {
        let text = doc.prose(next.span()).trim_end();
        next.kind() != BlockKind::TableCell
            && !next.kind().is_heading()
            && doc.block_words(line.block + 1).len() >= MIN_SECTION_WORDS
            && (text.ends_with(['.', '!', '?', ':', '»', '"', '”', ')'])
                // A long paragraph under a marked heading is its section,
                // finished or cut short.
                || (doc.read_as().has_heading_levels()
                    && doc.block_words(line.block + 1).len() >= 2 * MIN_SECTION_WORDS))
    })
}

/// A paragraph this long, finished, is text of the article.
const MIN_SECTION_WORDS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::Language;
    use std::path::Path;

    fn shapes(text: &str) -> Vec<Shape> {
        let markup = markup::parse(text, MarkupKind::Plain);
        let doc = Document::new(Path::new("t.txt"), text, markup, None, Language::En);
        lines(&doc).map(|l| shape(&doc, l)).collect()
    }

    #[test]
    fn trails_of_sections_under_one_separator() {
        assert!(is_trail("Maison › Cuisine › Desserts"));
        assert!(is_trail("Santé ▸ Sommeil"));
        assert!(is_trail("Jardin › Potager ›"));
        assert!(is_trail("Sport | Rugby | Top 14"));
        // Two words under a slash or a bar say too little; a sentence is
        // no trail.
        assert!(!is_trail("Avant / Après"));
        assert!(!is_trail("Rugby › le match de samedi est reporté."));
    }

    #[test]
    fn widget_lines_by_their_marks() {
        let text = "Print | Save | Email\n📌 Épingler\nAdd to calendar\nEmail *\n\
                    ★★★★☆ (85)\nThe harbour reopened on Monday.\nShare\n";
        let s = shapes(text);
        assert!(s[0].is_widget() && s[0].separated);
        assert!(s[1].is_widget() && s[1].icon);
        assert!(s[2].is_widget());
        assert!(s[3].is_widget() && s[3].required_field);
        assert!(s[4].is_widget() && s[4].stars && s[4].count);
        assert!(!s[5].is_widget() && !s[5].all_ui);
        assert!(!s[6].is_widget() && s[6].joins_a_widget());
    }

    #[test]
    fn a_price_at_a_shop_is_a_product_box() {
        let s = shapes(
            "£39 at Brindle\n129 € chez Darlo\nIt cost £39 at the market, and more elsewhere\n£39\n",
        );
        assert!(s[0].is_widget() && s[0].price);
        assert!(s[1].is_widget());
        assert!(!s[2].is_widget());
        assert!(!s[3].is_widget());
    }

    #[test]
    fn prose_and_figures_are_no_marks() {
        let s = shapes(
            "Open 24/7 for 3 km/h walkers (or 4)\nShare the cake. Save a slice.\n14/01/2020\n",
        );
        assert!(!s[0].separated && !s[0].count);
        assert!(s[1].sentence && !s[1].is_widget());
        assert!(!s[2].trail && !s[2].is_widget());
    }
}
