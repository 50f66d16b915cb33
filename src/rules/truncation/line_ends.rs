//! Stems where a line, a cell or a title ends. A page's cut, a CMS's
//! column width or a teaser's character limit leaves the first letters of
//! a word at the very end of what it cut (`… herring barr`, `| Road running
//! and commu |`, `Lire aussi : … · Comment choisir ses sem`, `## Ce qu'il
//! faut empor`, `… or hand-pollinat`): a lowercase stem, with no mark
//! after it, that no dictionary knows and that begins a longer word of the
//! document's language. Wherever it lands (heading, item, cell, caption,
//! a row of titles, a link's text), that is a cut, one defect, and the
//! spelling finding on the stem goes (see `engine::one_family`).
//!
//! In a table cell, a row of titles or a link's text, a stem the
//! dictionary accepts only by accident (a rare word or an abbreviation
//! beginning a far more common word: `advent…`, `pap…`) is read the same
//! way, and so is a cell ending on a comma (`| Trail races, |`): a cell
//! holds a value, not the first half of an enumeration.
//!
//! Left alone: capitalised words (names, which no dictionary lists
//! whole), stems used whole twice in the text (a clipped word the writer
//! uses as a word), words glued to a URL, a handle or code (`/`, `.`,
//! `@`, `_`, `#`, a backtick), units and abbreviations after a number
//! (`10 pers`), chat abbreviations, and a stem that is a word misspelt in
//! its middle (`bilogique`: the spelling rules' typo, not a cut).
//! One pass over the lines; a dictionary is asked only about a unit's last
//! word when it is lowercase letters glued to the end.

use super::cut_forms::{self, CalendarCut};
use super::function_words::{is_determiner, stops_without_a_mark};
use super::parallel_lines::{BlockCursor, lines};
use super::short_cuts::UNIT_ABBREVIATIONS;
use super::unfinished_paragraph::{is_a_chat_abbreviation, is_a_slip_of_the_pen, is_used_twice};
use super::{
    common_words, is_in_own_dictionary, is_known_word, last_word_start, stems, value_ends,
};
use crate::diagnostic::{Category, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::RuleContext;
use crate::text::Language;

/// A stem cut at the end of a unit.
pub(super) struct StemCut {
    pub span: Span,
    pub message: String,
}

/// Where a unit of text ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A line of a heading, a paragraph, an item or a quotation.
    Line,
    /// A cell of a Markdown table.
    Cell,
    /// An item of a row of titles (`·`, `|`, `•` between them) or a
    /// link's text.
    Item,
}

/// Separators between the items of a row of titles or a plain-text table.
const ROW_SEPARATORS: &[&str] = &[" · ", " | ", " • ", " ¦ "];

/// Shortest stem read as cut: two letters begin too many words.
const MIN_STEM_CHARS: usize = 3;

/// Shortest stem read as cut after a number, where units and their
/// abbreviations stand (`25 min`, `3 tbsp`).
const MIN_STEM_AFTER_NUMBER: usize = 4;

/// Shortest second half of a compound read as a stem.
const MIN_COMPOUND_STEM_CHARS: usize = 4;

/// Longest elided word before an apostrophe (`l'`, `qu'`, `jusqu'`).
const MAX_ELISION_CHARS: usize = 6;

/// Shorter stems are not asked whether they are a word misspelt: three or
/// four letters swapped or doubled give a word too often (`tein`, `tien`).
const MIN_SLIP_CHARS: usize = 5;

pub(super) fn cuts(ctx: &RuleContext<'_>) -> Vec<StemCut> {
    let doc = ctx.doc;
    let mut blocks = BlockCursor::new(doc);
    let mut out = Vec::new();
    // Filler text (`Lorem ipsum dolor sit amet`) is the generated
    // family's placeholder: its words are no stems.
    let filler: Vec<Span> = ctx
        .earlier
        .iter()
        .filter(|f| f.category == Category::Generated && f.severity >= Severity::Warning)
        .map(|f| f.span)
        .collect();
    let mut scan = Scan::new(ctx);
    let mut previous_was_row = false;
    let plain = doc.read_as() == crate::markup::MarkupKind::Plain;
    let mut all = lines(doc.source()).peekable();
    while let Some((start, line)) = all.next() {
        scan.whole_line = all
            .peek()
            .is_none_or(|(_, next)| opens_another_unit(next, plain));
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            previous_was_row = false;
            continue;
        }
        let end = start + line.len();
        if filler.iter().any(|f| f.start <= end && start <= f.end) {
            continue;
        }
        let Some(kind) = blocks.kind_of_line(start, start + line.len()) else {
            continue;
        };
        let inner = trimmed.trim_start();
        let offset = start + (trimmed.len() - inner.len());
        let table_row = kind == BlockKind::TableCell && inner.starts_with('|');
        if !table_row {
            previous_was_row = false;
        }
        if table_row {
            if inner
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
            {
                continue;
            }
            let mut at = offset;
            let mut last = None;
            for cell in inner.split('|') {
                unit(ctx, &mut scan, at, cell, Unit::Cell, kind, &mut out);
                if !cell.trim().is_empty() {
                    // A cell before another: its value may go on in the
                    // next cell after a preposition (`| Prix à partir de |
                    // 12 € |`), never after an article.
                    if previous_was_row
                        && let Some((at, cell)) = last
                        && let Some(cut) = inner_cell_cut(ctx, at, cell)
                    {
                        out.push(cut);
                    }
                    last = Some((at, cell));
                }
                at += cell.len() + 1;
            }
            // The first row of a table is its header: a column's title
            // may end on a preposition (`| Who it's for |`).
            if let Some((at, cell)) = last
                && previous_was_row
                && let Some(cut) = last_cell_cut(ctx, at, cell)
            {
                out.push(cut);
            }
            previous_was_row = true;
            continue;
        }
        let separated = ROW_SEPARATORS.iter().any(|s| inner.contains(s));
        if separated {
            let mut at = offset;
            for item in inner.split(['·', '|', '•', '¦']) {
                unit(ctx, &mut scan, at, item, Unit::Item, kind, &mut out);
                at += item.len() + item_separator_len(&inner[at - offset + item.len()..]);
            }
        } else {
            unit(ctx, &mut scan, offset, inner, Unit::Line, kind, &mut out);
        }
        // A link's text: `[How a drift net was mend](…)`.
        if inner.contains("](") {
            for (i, _) in inner.match_indices("](") {
                let Some(open) = inner[..i].rfind('[') else {
                    continue;
                };
                let text = &inner[open + 1..i];
                unit(
                    ctx,
                    &mut scan,
                    offset + open + 1,
                    text,
                    Unit::Item,
                    kind,
                    &mut out,
                );
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    out.dedup_by_key(|c| c.span.start);
    out
}

/// Fewest words in a row's last cell read as a clause cut: a label of
/// two (`Open from`, `Prix dès`) heads a value given elsewhere.
const MIN_CUT_CELL_WORDS: usize = 3;

/// `| Open on Saturdays from |`, `| Ouvert le samedi de |`: a row's last
/// cell, three words or more, stopping on a lowercase word no value ends on (an
/// article, a preposition, a conjunction, an auxiliary; see
/// [`stops_without_a_mark`]). A cell before another may end on one, its
/// value in the next cell (`| Prix à partir de | 12 € |`); the last has
/// nothing after it.
fn last_cell_cut(ctx: &RuleContext<'_>, at: usize, cell: &str) -> Option<StemCut> {
    cell_cut(at, cell, |previous, word| {
        stops_without_a_mark(previous, word, ctx.doc.language)
    })
}

/// A cell that another follows, three words or more, stopping on a
/// determiner (`| Révision du chariot et du | 60 € |`): nothing in the
/// next cell completes an article.
fn inner_cell_cut(ctx: &RuleContext<'_>, at: usize, cell: &str) -> Option<StemCut> {
    cell_cut(at, cell, |_, word| {
        // `| Replace speed hooks, each | £4 |`, `| Free for some |`, `| Ask
        // her |`, `| Nothing beats this |`: these also stand alone.
        is_determiner(word, ctx.doc.language) && !matches!(word, "each" | "some" | "her" | "this")
    })
}

/// A cell of `MIN_CUT_CELL_WORDS` words or more whose last word, in
/// lowercase, `stops` says no value ends on (given the word before it):
/// the cut, from that word to the cell's end.
fn cell_cut(at: usize, cell: &str, stops: impl Fn(Option<&str>, &str) -> bool) -> Option<StemCut> {
    let body = cell.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if !body.ends_with(char::is_alphabetic) {
        return None;
    }
    let mut words = body.split_whitespace().rev();
    let (word, previous) = (words.next()?, words.next());
    if body.split_whitespace().count() < MIN_CUT_CELL_WORDS
        || !word.chars().all(char::is_lowercase)
        || !stops(previous, word)
    {
        return None;
    }
    Some(StemCut {
        span: Span::new(at + body.len() - word.len(), at + body.len()),
        message: format!("cell cut after `{word}`: the rest of its value is missing"),
    })
}

/// Whether `next`, the line after another, leaves that line whole: blank,
/// or opening a block of its own (an item, a heading, a row, a quote, a
/// chat message), or, in plain text, where every line may stand alone, a
/// capital letter. A line before one that continues its sentence wraps.
fn opens_another_unit(next: &str, plain: bool) -> bool {
    let next = next.trim();
    let Some(first) = next.chars().next() else {
        return true;
    };
    let numbered = {
        let digits = next.trim_start_matches(|c: char| c.is_ascii_digit());
        digits.len() < next.len() && (digits.starts_with(". ") || digits.starts_with(") "))
    };
    numbered
        || matches!(first, '#' | '|' | '>' | '[' | '•')
        || (matches!(first, '-' | '*' | '+') && next[1..].starts_with(' '))
        || (plain && (first.is_uppercase() || first.is_ascii_digit()))
}

/// The length of the separator character opening `rest` (0 at the end).
fn item_separator_len(rest: &str) -> usize {
    rest.chars().next().map_or(0, char::len_utf8)
}

/// What one pass over a document's units shares: the words the spelling
/// rules flagged (sorted by position, searched by halves), and how many
/// whole-text searches for a name's longer form are left.
struct Scan {
    /// Spans of spelling findings, and whether each is a loanword's.
    misspelt: Vec<(Span, bool)>,
    name_searches_left: usize,
    /// Whether the line read now ends its block (see
    /// [`opens_another_unit`]).
    whole_line: bool,
}

/// Whole-text searches for a cut name's longer form, per document (each
/// one reads the whole text: a file of many lines ending on names costs a
/// few passes, not one per line).
const MAX_NAME_SEARCHES: usize = 12;

/// Longest loanword read as a stem cut by accident (`ass`, `mo`): a
/// longer English word in a French line is a loanword the writer chose.
const MAX_LOANWORD_STEM_CHARS: usize = 3;

impl Scan {
    fn new(ctx: &RuleContext<'_>) -> Self {
        let mut misspelt: Vec<(Span, bool)> = ctx
            .earlier
            .iter()
            .filter(|f| f.category == Category::Spelling)
            .map(|f| (f.span, f.rule == "spelling.loanword"))
            .collect();
        misspelt.sort_by_key(|(span, _)| (span.start, span.end));
        Scan {
            misspelt,
            name_searches_left: MAX_NAME_SEARCHES,
            whole_line: true,
        }
    }

    /// `Some(is a loanword)` when a spelling finding covers exactly `span`.
    fn misspelt(&self, span: Span) -> Option<bool> {
        let i = self
            .misspelt
            .partition_point(|(s, _)| (s.start, s.end) < (span.start, span.end));
        self.misspelt
            .get(i)
            .filter(|(s, _)| *s == span)
            .map(|(_, loan)| *loan)
    }
}

/// Reads the end of one unit starting at byte `at`.
#[allow(clippy::too_many_arguments)]
fn unit(
    ctx: &RuleContext<'_>,
    scan: &mut Scan,
    at: usize,
    text: &str,
    kind: Unit,
    line_kind: BlockKind,
    out: &mut Vec<StemCut>,
) {
    let body = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if body.is_empty() {
        return;
    }
    // `… delayed to 16:`, `| 10:00 to 13: |`, `Prix : 49,`, `… before
    // Thursday's`: a value cut where the unit ends.
    if let Some(cut) = value_ends::cut(
        body,
        ctx.doc.language,
        kind != Unit::Line || scan.whole_line,
    ) {
        out.push(StemCut {
            span: Span::new(at + cut.start, at + body.len()),
            message: cut.message.to_string(),
        });
        return;
    }
    let word_start = last_word_start(body);
    let word = &body[word_start..];
    // `… Courseulles-sur-M`, `… Boulogne-sur-`: a place name cut after
    // the linking word of its compound.
    if word.chars().count() <= 2
        && word.chars().next().is_none_or(char::is_uppercase)
        && body[..word_start].ends_with('-')
        && let Some(start) = cut_forms::linked_place_start(body, word)
        && (word.chars().count() < 2
            || !word.chars().any(is_vowel)
            || is_known_word(ctx, &word.to_lowercase()) == Some(false))
    {
        out.push(StemCut {
            span: Span::new(at + start, at + body.len()),
            message: "place name cut after the linking word of its compound".into(),
        });
        return;
    }
    // `| Trail races, |`: a cell stopping on a comma.
    if kind == Unit::Cell && word.is_empty() && body.ends_with(',') {
        let before = body[..body.len() - 1].trim_end();
        let last_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if before[last_start..].starts_with(char::is_alphabetic) {
            out.push(StemCut {
                span: Span::new(at + last_start, at + body.len()),
                message: "cell cut after a comma: the rest of its value is missing".into(),
            });
        }
        return;
    }
    let count = word.chars().count();
    if count == 0 {
        return;
    }
    let lowercase = word.chars().all(char::is_lowercase);
    let capitalised = !lowercase
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    if !lowercase && !capitalised {
        return;
    }
    let before = &body[..word_start];
    let glued = before.chars().next_back();
    // Glued to a URL, a handle, code or a number: no word of prose.
    if glued.is_some_and(|c| {
        !(c.is_whitespace() || matches!(c, '-' | '(' | '"' | '«' | '“' | '\'' | '’' | '['))
    }) {
        return;
    }
    let first_half = before[..before.len() - glued.map_or(0, char::len_utf8)]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    let previous = before
        .split(|c: char| c.is_whitespace())
        .rfind(|w| !w.is_empty());
    if kind == Unit::Line && previous.is_none() {
        return;
    }
    let after_a_number = previous.is_some_and(|p| p.chars().any(|c| c.is_ascii_digit()));
    if is_a_chat_abbreviation(word) {
        return;
    }
    // `… le jeudi et le vend`, `… on Tuesday and Frid`, `… between Octo`:
    // a day's or a month's name cut.
    if glued.is_some_and(char::is_whitespace) {
        let cut = match cut_forms::calendar_cut(before, previous, word, ctx.doc.language) {
            CalendarCut::Joined => true,
            CalendarCut::IfUnknown => is_known_word(ctx, &word.to_lowercase()) == Some(false),
            CalendarCut::No => false,
        };
        if cut {
            out.push(StemCut {
                span: Span::new(at + word_start, at + body.len()),
                message: format!("text cut mid-word: `{word}` begins the name of a day or a month"),
            });
            return;
        }
    }
    // `Sea Glass Tumbler, Set of Two, Aq`: a product title cut two or
    // three letters into its last part.
    if capitalised
        && (2..=3).contains(&count)
        && glued.is_some_and(char::is_whitespace)
        && previous.is_some_and(|p| p.ends_with(','))
        && cut_forms::is_a_row_of_title_parts(before)
    {
        let lower = word.to_lowercase();
        // Two consonants (`Gr`, `Ch`) are no word, whatever a dictionary
        // of abbreviations says.
        let consonants = count == 2 && !word.chars().any(is_vowel);
        if (consonants
            || (is_known_word(ctx, word) != Some(true)
                && is_known_word(ctx, &lower) == Some(false)))
            && stems::begins_a_longer_word_of(&lower, ctx.doc.language)
            && !is_used_twice(ctx.doc, word)
        {
            out.push(StemCut {
                span: Span::new(at + word_start, at + body.len()),
                message: format!("title cut mid-word: `{word}` is the beginning of a longer word"),
            });
            return;
        }
    }
    // `… qualité-p`, `… sous-ti`: a compound cut a few letters into its
    // second half.
    if lowercase && glued == Some('-') && count < MIN_COMPOUND_STEM_CHARS {
        if let Some(span) = short_compound_cut(ctx, at, body, word_start, first_half, word) {
            out.push(StemCut {
                span,
                message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
            });
        }
        return;
    }
    // `… potiers à La Bor`, `… de Saint-Uz` over `La Borne`, `Saint-Uzec`
    // written whole elsewhere in the document: a name cut.
    if capitalised
        && let Some(span) = cut_name(
            ctx, scan, at, body, word_start, first_half, glued, kind, line_kind,
        )
    {
        out.push(StemCut {
            span,
            message: format!("text cut mid-word: `{word}` begins a name written whole elsewhere"),
        });
        return;
    }
    if glued == Some('-') && capitalised {
        return;
    }
    // `| Intermédi |`: a cell of one capitalised word that the spelling
    // rules report as unknown, and whose lowercase begins a longer word,
    // was cut inside it (a name of one word the spelling rules report is
    // reported either way: one finding, of the family that explains it).
    if capitalised
        && kind == Unit::Cell
        && previous.is_none()
        && count >= MIN_ONE_WORD_CELL_STEM_CHARS
        && scan.misspelt(Span::new(at + word_start, at + body.len())) == Some(false)
        && is_one_word_cell_stem(ctx, word)
    {
        out.push(StemCut {
            span: Span::new(at + word_start, at + body.len()),
            message: format!("cell cut mid-word: `{word}` is the beginning of a longer word"),
        });
        return;
    }
    let cut = if capitalised {
        is_a_capitalised_stem(ctx, text, word, previous, kind, line_kind)
    } else if count < MIN_STEM_CHARS {
        // `| herbe coupée, épinard, algue, am |`: in a cell listing
        // things, the last item after its comma is read as after a word.
        let listed = kind == Unit::Cell && body.matches(", ").count() >= 2;
        let previous = previous.map(|p| {
            if listed {
                p.strip_suffix(',').unwrap_or(p)
            } else {
                p
            }
        });
        glued.is_some_and(char::is_whitespace)
            && !after_a_number
            && previous.is_some_and(|p| is_a_short_fragment_after(ctx, p, word))
    } else {
        false
    };
    if cut {
        out.push(StemCut {
            span: Span::new(at + word_start, at + body.len()),
            message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
        });
        return;
    }
    let language = ctx.doc.language;
    let span = Span::new(at + word_start, at + body.len());
    // `… remercier l'équipe, qui` over `par Admin » …`: in plain text, a
    // line longer than any wrap is a paragraph of its own, even with a
    // byline or a date glued under it; stopping on a word no sentence ends
    // on (an article, a preposition, a relative pronoun), it was cut.
    if kind == Unit::Line
        && lowercase
        && glued.is_some_and(char::is_whitespace)
        && ctx.doc.read_as() == crate::markup::MarkupKind::Plain
        && body.len() >= MIN_UNWRAPPED_LINE_BYTES
        && !after_a_number
        && stops_without_a_mark(
            previous.map(|p| p.trim_end_matches(|c: char| !c.is_alphanumeric())),
            word,
            language,
        )
    {
        out.push(StemCut {
            span,
            message: format!("paragraph stops without final punctuation after `{word}`"),
        });
        return;
    }
    // `Class 7: Two jars of creamed hon`, `Day 3 – a walk to the lar`: a
    // numbered label's line stopping on a word the dictionaries know only
    // by accident (a rare word, or in French a rare word of English,
    // beginning a common word of the document's: `honey`). Not a list
    // item's: `- Colours: red, blue, grey` ends on a British spelling the
    // common words lack.
    if lowercase
        && count >= MIN_STEM_CHARS
        && glued.is_some_and(char::is_whitespace)
        && !after_a_number
        && previous.is_some()
        && kind == Unit::Line
        && cut_forms::is_a_numbered_label_line(body)
        // A common English word in a French line is a loanword the writer
        // chose (`concert live`, `slow travel`).
        && (language == Language::En || !common_words::is_common(word))
        && is_known_word(ctx, word) == Some(true)
        && super::is_accidental_word(ctx, word)
        && !is_used_twice(ctx.doc, word)
    {
        out.push(StemCut {
            span,
            message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
        });
        return;
    }
    // `… 120 ass`, `… gingembre mo`, `…, install`: a last word the spelling
    // rules flag (unknown, or a short word of the other language) that
    // begins a longer word of the document's language was cut inside it,
    // however short, after a number too (not a unit's abbreviation).
    if lowercase
        && count >= 2
        && previous.is_some()
        && glued.is_some_and(|c| c.is_whitespace() || matches!(c, '\'' | '’'))
        && !SHORT_ABBREVIATIONS.contains(&word)
        && let Some(loanword) = scan.misspelt(span)
        && (!loanword || count <= MAX_LOANWORD_STEM_CHARS)
        && !(after_a_number && UNIT_ABBREVIATIONS.contains(&word))
        && stems::begins_a_longer_word_of(word, language)
        && (count < MIN_SLIP_CHARS || !is_a_slip_of_the_pen(ctx, word))
        && !is_used_twice(ctx.doc, word)
    {
        out.push(StemCut {
            span,
            message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
        });
        return;
    }
    // `… sur la mot`, `… de la val`: a feminine article before a noun
    // that is only masculine, and begins a longer word (`motrice`,
    // `vallée`): the feminine noun was cut.
    if lowercase
        && count >= MIN_STEM_CHARS
        && language == Language::Fr
        && glued.is_some_and(char::is_whitespace)
        && previous.is_some_and(|p| FR_FEMININE_DETERMINERS.contains(&p))
        && body.split_whitespace().count() >= MIN_GENDER_CUT_WORDS
        // `Comment on la manipule`: after a subject, `la` is the object
        // pronoun and the verb that follows is whole.
        && !body
            .split_whitespace()
            .nth_back(2)
            .is_some_and(cut_forms::is_a_clitic_host)
        && stems::is_only_a_masculine_noun(word)
        && stems::begins_a_longer_form_of(word, language)
        && !is_used_twice(ctx.doc, word)
    {
        out.push(StemCut {
            span,
            message: format!(
                "text cut mid-word: `{word}` after a feminine article is the beginning of a longer word"
            ),
        });
        return;
    }
    // `… éloigne les puce`, `… les dernières pomme`: a plural determiner,
    // then a noun in the singular whose plural is a word: its last letter
    // was cut.
    if lowercase
        && count >= MIN_STEM_CHARS
        && language == Language::Fr
        && glued.is_some_and(char::is_whitespace)
        && !word.ends_with(['s', 'x', 'z'])
        && body.split_whitespace().count() >= MIN_GENDER_CUT_WORDS
    {
        let mut last_three = [""; 3];
        for (slot, w) in last_three.iter_mut().zip(body.split_whitespace().rev()) {
            *slot = w;
        }
        if cut_forms::after_a_plural_determiner(&last_three)
            && stems::is_a_french_noun(word)
            && is_in_own_dictionary(ctx, word)
            && (is_in_own_dictionary(ctx, &format!("{word}s"))
                || is_in_own_dictionary(ctx, &format!("{word}x")))
            && !is_used_twice(ctx.doc, word)
        {
            out.push(StemCut {
                span,
                message: format!(
                    "text cut mid-word: `{word}` after a plural determiner is the beginning of its plural"
                ),
            });
            return;
        }
    }
    if capitalised || count < MIN_STEM_CHARS {
        return;
    }
    // A hyphen joins the stem to the first half of a compound
    // (`hand-pollinat`), whose second half is a word of its own, not a
    // plural's ending (`how-tos`); a hyphen opening the unit is a list
    // marker.
    if glued == Some('-') && first_half == 0 {
        return;
    }
    // After an apostrophe, a stem follows an elision (`l'empor`, `d'advent`),
    // not the inside of a word (`aujourd'hui`, `o'clock`).
    if matches!(glued, Some('\'' | '’')) && first_half > MAX_ELISION_CHARS {
        return;
    }
    if after_a_number && (count < MIN_STEM_AFTER_NUMBER || UNIT_ABBREVIATIONS.contains(&word)) {
        return;
    }
    // A word the dictionaries know is no stem here, even a rare one: a
    // cell or a title may end on an abbreviation (`Water temp`, `Add-ons`).
    let cut = is_known_word(ctx, word) == Some(false)
        && stems::begins_a_longer_word_of(word, language)
        && (language == Language::Fr
            || !after_a_number
            || common_words::begins_a_common_word(word))
        && (count < MIN_SLIP_CHARS || !is_a_slip_of_the_pen(ctx, word));
    if !cut || is_used_twice(ctx.doc, word) {
        return;
    }
    out.push(StemCut {
        span: Span::new(at + word_start, at + body.len()),
        message: format!("text cut mid-word: `{word}` is the beginning of a longer word"),
    });
}

/// Whether `c` is a vowel (`y` included, any accent): two letters without
/// one (`Ch`, `St`) are no word, only the beginning of one.
fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'â'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'û'
            | 'ü'
    )
}

/// Letters that are words alone (`a`, `à`, `y`), or stand for a
/// variable or a times sign (`x`): no cut. English writes its vocative
/// `O` in capitals: a lowercase `o` ending a line is `on`, `off`, `out`
/// cut (`… was switched o`).
const EN_ONE_LETTER_WORDS: &[&str] = &["a", "i", "x"];
const FR_ONE_LETTER_WORDS: &[&str] = &["a", "à", "y", "ô", "o", "x"];

/// Nouns a letter or a short code follows as a label (`plan b`, `grade
/// a`, `vitamine d`, `niveau c`): the letter is the label, not a cut.
const LETTER_LABELS: &[&str] = &[
    "letter",
    "lettre",
    "grade",
    "plan",
    "type",
    "option",
    "vitamin",
    "vitamine",
    "size",
    "taille",
    "section",
    "annex",
    "annexe",
    "appendix",
    "part",
    "partie",
    "point",
    "zone",
    "level",
    "niveau",
    "group",
    "groupe",
    "class",
    "classe",
    "room",
    "salle",
    "bloc",
    "block",
    "item",
    "step",
    "étape",
    "row",
    "rang",
    "column",
    "colonne",
    "line",
    "ligne",
    "variable",
    "note",
    "key",
    "clé",
    "exit",
    "sortie",
    "gate",
    "porte",
    "hall",
    "building",
    "bâtiment",
    "terminal",
    "quai",
    "platform",
    "voie",
    "wing",
    "aile",
    "series",
    "série",
    "model",
    "modèle",
    "version",
    "team",
    "équipe",
    "case",
    "cas",
    "figure",
    "fig",
    "table",
    "tableau",
    "chapter",
    "chapitre",
    "box",
    "boîte",
    "bus",
    "lot",
    "piste",
    "track",
    "stage",
    "phase",
    "sector",
    "secteur",
    "category",
    "catégorie",
    "division",
    "league",
    "ligue",
    "rank",
    "shape",
    "forme",
    "format",
    "paper",
    "papier",
    "band",
    "bande",
    "mark",
    "marque",
    "spot",
    "set",
    "vs",
    "contre",
];

/// Whether `word`, one or two lowercase letters ending a unit after the
/// word `previous`, is the first letters of a word the page cut (`of any
/// k`, `on the front d`, `the first tw`): a letter that is no word of the
/// language, or two letters no dictionary knows but that begin a word,
/// after a lowercase word of prose (not a number, not a label that names
/// letters: `plan b`, `grade a`).
fn is_a_short_fragment_after(ctx: &RuleContext<'_>, previous: &str, word: &str) -> bool {
    let language = ctx.doc.language;
    if !previous
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’'))
        || !previous.starts_with(char::is_lowercase)
    {
        return false;
    }
    let previous = crate::text::normalize_apostrophes(previous).to_lowercase();
    let previous = previous.rsplit('\'').next().unwrap_or(&previous);
    if LETTER_LABELS.contains(&previous) {
        return false;
    }
    if word.chars().count() == 1 {
        let words = match language {
            Language::En => EN_ONE_LETTER_WORDS,
            Language::Fr => FR_ONE_LETTER_WORDS,
        };
        return !words.contains(&word);
    }
    // "five mi", "deux ans": a count spelt out, then its unit.
    if NUMBER_WORDS.contains(&previous) && UNIT_ABBREVIATIONS.contains(&word) {
        return false;
    }
    // "tra la la": a doubled syllable is a refrain, not a cut.
    if previous == word || SHORT_ABBREVIATIONS.contains(&word) {
        return false;
    }
    if is_known_word(ctx, word) == Some(false) && stems::begins_a_longer_word_of(word, language) {
        return true;
    }
    // "aged three ye", "a local ce", "beurre no": two letters the
    // document's language does not use as a word (a rare or archaic
    // English word, a word of the other language) that begin a common
    // word of the document's language.
    match language {
        Language::En => !common_words::is_common(word) && common_words::begins_a_common_word(word),
        Language::Fr => {
            (!is_in_own_dictionary(ctx, word)
                || (FR_RARE_TWO_LETTER_WORDS.contains(&word)
                    && !FR_KEY_PREPOSITIONS.contains(&previous)))
                && stems::begins_a_longer_word_of(word, language)
        }
    }
}

/// Two-letter words the French dictionary holds that prose almost never
/// ends a line on (a Japanese theatre, a musical note), and whose letters
/// begin common words (`noir`, `doux`): after a noun, a cut.
const FR_RARE_TWO_LETTER_WORDS: &[&str] = &["no", "do", "ut", "mu"];

/// Prepositions before a musical key (`en do`, `clé de do`).
const FR_KEY_PREPOSITIONS: &[&str] = &["en", "de", "du"];

/// Counts spelt out, after which a unit's abbreviation ends a line
/// (`five mi`, `deux h`).
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "few",
    "several",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "sept",
    "huit",
    "neuf",
    "dix",
    "douze",
    "quinze",
    "vingt",
    "trente",
    "cent",
    "quelques",
    "plusieurs",
];

/// Two-letter abbreviations and interjections a line may end on, which
/// the common-word list lacks (`the uk`, `on tv`, `it's ok`, `pc`).
const SHORT_ABBREVIATIONS: &[&str] = &[
    "ok", "tv", "pm", "uk", "eu", "ex", "vs", "mr", "dr", "st", "uh", "um", "ya", "yo", "oi", "ta",
    "ft", "lb", "oz", "kg", "cm", "mm", "km", "ml", "hr", "mp", "pc", "pr", "hq", "rd", "nd", "th",
    "jr", "sr", "vp", "pt", "bc", "ad", "eg", "ie", "pp", "qt", "gb", "mb", "tb", "ui", "ux", "ai",
    "vr", "ar", "cv", "gp", "dj", "mc", "bd", "ps", "wc", "hd", "cd", "ko", "up", "go", "bf", "gf",
    "lp", "ep", "fm", "am", "id", "hi", "oh", "ah", "ha",
];

/// Articles and determiners only a feminine noun follows (not `notre`,
/// `votre`: `notre avis`).
const FR_FEMININE_DETERMINERS: &[&str] = &["la", "une", "cette", "sa", "ma", "ta"];

/// Fewest words in a unit read as a feminine noun cut after its article.
const MIN_GENDER_CUT_WORDS: usize = 3;

/// Whether a hyphen's second half `word`, one to three lowercase letters
/// after a first half of `first_half` letters, cuts the compound
/// (`qualité-p`, `sous-ti`, `demi-s`): the compound is no word, and
/// either a longer form of the dictionary begins with it or its second
/// half is a letter or a stem no dictionary knows. Not a doubled short
/// word (`hi-fi`, `lo-fi`), a plural's ending (`how-tos`). Returns the
/// compound's span.
fn short_compound_cut(
    ctx: &RuleContext<'_>,
    at: usize,
    body: &str,
    word_start: usize,
    first_half: usize,
    word: &str,
) -> Option<Span> {
    let count = word.chars().count();
    if first_half < 2 || (count == 2 && first_half <= 3) || (count > 1 && word.ends_with('s')) {
        return None;
    }
    let hyphen = word_start - 1;
    let half_start = body[..hyphen]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(hyphen, |(i, _)| i);
    let compound = &body[half_start..];
    if !compound.chars().all(|c| c.is_lowercase() || c == '-') {
        return None;
    }
    let language = ctx.doc.language;
    // The spelling check reads a compound by its halves, and knows every
    // letter: asked only of a half of two or three letters.
    if count > 1 && is_known_word(ctx, compound) != Some(false) {
        return None;
    }
    let half_is_no_word = if count == 1 {
        let words = match language {
            Language::En => EN_ONE_LETTER_WORDS,
            Language::Fr => FR_ONE_LETTER_WORDS,
        };
        !words.contains(&word)
    } else {
        is_known_word(ctx, word) == Some(false) && stems::begins_a_longer_word_of(word, language)
    };
    let cut = half_is_no_word || stems::begins_a_longer_form_of(compound, language);
    (cut && !is_used_twice(ctx.doc, compound)).then(|| Span::new(at + half_start, at + body.len()))
}

/// Fewest characters in a name read as cut against its longer form: a
/// shorter one is an initial or a nickname (`Jo`, `Max`).
const MIN_CUT_NAME_CHARS: usize = 3;

/// Longest line of prose whose last name is compared with the document's
/// longer names.
const MAX_CUT_NAME_LINE_WORDS: usize = 30;

/// Fewest letters the longer form adds: one is a plural or a
/// possessive's `s` (`Dupont`, `Duponts`).
const MIN_NAME_ENDING_CHARS: usize = 2;

/// The span of a capitalised word (or a compound whose last half is one:
/// `Saint-Uz`) ending an item, a cell, a heading or a short plain line,
/// when the document writes it nowhere whole but writes a longer name
/// beginning with it (`La Bor` … `La Borne`, `Kerlaou` … `Kerlaouen`):
/// the name, cut. A word the dictionaries know is a word, not a stem;
/// a name the document also writes whole (`Paris` … `Parisian`) is whole.
#[allow(clippy::too_many_arguments)]
fn cut_name(
    ctx: &RuleContext<'_>,
    scan: &mut Scan,
    at: usize,
    body: &str,
    word_start: usize,
    first_half: usize,
    glued: Option<char>,
    kind: Unit,
    line_kind: BlockKind,
) -> Option<Span> {
    let place = match kind {
        Unit::Cell | Unit::Item => true,
        Unit::Line => match line_kind {
            BlockKind::ListItem | BlockKind::Heading { .. } | BlockKind::TableCell => true,
            // The longer name written elsewhere is evidence enough: a line
            // of a programme runs long (`11 h – … jusqu'à la pointe de
            // Kerlaou`).
            BlockKind::Paragraph => body.split_whitespace().count() <= MAX_CUT_NAME_LINE_WORDS,
            _ => false,
        },
    };
    if !place || body.split_whitespace().count() < 2 {
        return None;
    }
    let start = match glued {
        Some('-') if first_half > 0 => {
            let hyphen = word_start - 1;
            // The whole compound: `Valmorel-les-B`.
            body[..hyphen]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
                .last()
                .map_or(hyphen, |(i, _)| i)
        }
        Some(c) if c.is_whitespace() => word_start,
        _ => return None,
    };
    let name = &body[start..];
    let word = &body[word_start..];
    if name.chars().count() < MIN_CUT_NAME_CHARS
        || (glued != Some('-') && is_known_word(ctx, word) == Some(true))
        || scan.name_searches_left == 0
    {
        return None;
    }
    scan.name_searches_left -= 1;
    let source = ctx.doc.source();
    let (mut whole, mut longer) = (0, 0);
    for (i, _) in source.match_indices(name) {
        if source[..i].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let after = &source[i + name.len()..];
        let letters = after.chars().take_while(|c| c.is_alphabetic()).count();
        if letters == 0 {
            whole += 1;
        } else if letters >= MIN_NAME_ENDING_CHARS && after.starts_with(char::is_lowercase) {
            longer += 1;
        }
        if whole > 1 {
            return None;
        }
    }
    (longer > 0).then(|| Span::new(at + start, at + body.len()))
}

/// Shortest capitalised cell of one word read as cut when the spelling
/// rules report it (`| Modé |`): they report it either way.
const MIN_ONE_WORD_CELL_STEM_CHARS: usize = 4;

/// Shortest plain line read as a paragraph of its own inside a block:
/// longer than any wrap width.
const MIN_UNWRAPPED_LINE_BYTES: usize = 150;

/// Whether `word`, a capitalised cell of its own, is a stem: no
/// dictionary knows it in lowercase, a word of the language begins with
/// it, and it is no slip of the pen.
fn is_one_word_cell_stem(ctx: &RuleContext<'_>, word: &str) -> bool {
    let lower = word.to_lowercase();
    is_known_word(ctx, &lower) == Some(false)
        && stems::begins_a_longer_word_of(&lower, ctx.doc.language)
        && !is_a_slip_of_the_pen(ctx, &lower)
        && !is_used_twice(ctx.doc, word)
}

/// Prepositions before a place's name (`at Crich`, `à Lyon`): a name
/// there may be short and whole.
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "in", "near", "from", "to", "à", "en", "dans", "vers", "près", "de",
];

/// Shortest capitalised stem read as cut after a place preposition, where
/// short place names stand (`at Crich`, `near Leeds`).
const MIN_STEM_AFTER_PLACE_PREPOSITION: usize = 6;

/// Articles fused with a preposition, which open place names (`du
/// Mirail`, `aux Ulis`).
const FR_CONTRACTED_ARTICLES: &[&str] = &["du", "des", "au", "aux", "de", "la", "le", "les"];

/// Shortest capitalised stem read as cut outside a title-case line: a
/// shorter one may be a first name (`Eva`, `Tom`).
const MIN_CAPITALISED_STEM_CHARS: usize = 5;

/// Longest line of plain prose whose capitalised last word is asked
/// about: a title or a teaser's headline, not a paragraph ending on a
/// name.
const MAX_NAME_LINE_WORDS: usize = 12;

/// Whether `word`, capitalised, ending a unit, is a cut (`… Asking
/// Directions and Sma`, `| Bruxe |`, `… in Portug`): no dictionary knows
/// it, in its case or in lowercase, and a word form of the language begins
/// with it (`small`, `Bruxelles`). A first name ends a unit as often: the
/// stem must be long (five letters), or stand in a title-case line where
/// every other long word is capitalised; names used whole elsewhere, and
/// words after a label's colon, are left alone. Items, cells, headings
/// and short plain lines only: a paragraph ending on a name is the
/// paragraph rule's.
fn is_a_capitalised_stem(
    ctx: &RuleContext<'_>,
    text: &str,
    word: &str,
    previous: Option<&str>,
    kind: Unit,
    line_kind: BlockKind,
) -> bool {
    let count = word.chars().count();
    if count < 3 {
        return false;
    }
    let plain = ctx.doc.read_as() == crate::markup::MarkupKind::Plain;
    let words = text.split_whitespace().count();
    let place = match kind {
        Unit::Cell | Unit::Item => true,
        Unit::Line => match line_kind {
            BlockKind::ListItem | BlockKind::Heading { .. } | BlockKind::TableCell => true,
            BlockKind::Paragraph => plain && words <= MAX_NAME_LINE_WORDS,
            _ => false,
        },
    };
    // A cell of one word is a name as often as a cut (`| Alfie |`).
    if !place
        || previous.is_none_or(|p| !p.ends_with(|c: char| c.is_alphabetic()))
        || (kind == Unit::Line && words < 2)
    {
        return false;
    }
    let title_case = {
        let long: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .collect();
        long.len() >= 3
            && long[..long.len() - 1]
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    if count < MIN_CAPITALISED_STEM_CHARS && !title_case {
        return false;
    }
    if count < MIN_STEM_AFTER_PLACE_PREPOSITION
        && !title_case
        && previous.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p.to_lowercase().as_str()))
    {
        return false;
    }
    // Outside a title-case line, a capitalised word after another is a
    // surname (`Marco Ferri`), and after an article a brand or a place
    // (`a Dreamie`, `du Mirail`).
    if !title_case
        && previous.is_some_and(|p| {
            p.starts_with(char::is_uppercase)
                || is_determiner(p, ctx.doc.language)
                || FR_CONTRACTED_ARTICLES.contains(&p.to_lowercase().as_str())
        })
    {
        return false;
    }
    let lower = word.to_lowercase();
    is_known_word(ctx, word) != Some(true)
        && is_known_word(ctx, &lower) == Some(false)
        && stems::begins_a_longer_word_of(word, ctx.doc.language)
        && !is_used_twice(ctx.doc, word)
        && (count < MIN_SLIP_CHARS || !is_a_slip_of_the_pen(ctx, &lower))
}
