//! Parallel titles, for `structure.empty-section`: a page that numbers or
//! dates its sections ("Week 1", "Week 2"; "Part one", "Part two") gives
//! every item of the series the same form. A title of the series right
//! over the next title of the same series is a sibling, never a part
//! holding it: the item between them lost its text. The test is on form
//! only (same first word, about the same length, an earlier item of the series
//! heading text), so it holds whatever the series counts.

use crate::text::Document;

/// Most words of a series title ("Week 3 (14-20 April)", "Semaine du 17
/// mars"): a longer line is a sentence.
const MAX_SERIES_TITLE_WORDS: usize = 6;

/// The first word of the block at `i`, lowercased, and its word count.
fn form_of(doc: &Document<'_>, i: usize) -> Option<(String, usize)> {
    let words = doc.words_of_block(i);
    let first = words.first()?;
    Some((doc.text(first.span()).to_lowercase(), words.len()))
}

/// The block at `i` is a heading of a series title's form: a few words
/// opening with a capital, no final punctuation.
fn series_title(doc: &Document<'_>, i: usize) -> bool {
    let Some(block) = doc.blocks().get(i) else {
        return false;
    };
    let title = doc.prose(block.span()).trim();
    block.kind().is_heading()
        && (2..=MAX_SERIES_TITLE_WORDS).contains(&doc.words_of_block(i).len())
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', '!', '?', ',', ';', ':', '…'])
        && !title.contains(['\n', '|', '·', ':'])
}

/// Whether the title at `index` is an item of a series left empty: right
/// over the next item of the same form, which heads a body, after the
/// previous item of the same form, which heads a body too.
pub(super) fn is_empty_series_sibling(doc: &Document<'_>, index: usize) -> bool {
    let blocks = doc.blocks();
    let next = index + 1;
    let heads_a_body = |i: usize| {
        series_title(doc, i) && blocks.get(i + 1).is_some_and(|b| !b.kind().is_heading())
    };
    if !series_title(doc, index) || !heads_a_body(next) {
        return false;
    }
    let Some(form) = form_of(doc, index) else {
        return false;
    };
    if !same_form(form_of(doc, next), &form) {
        return false;
    }
    // The two titles differ (not a title repeated by a template).
    if doc.prose(blocks[index].span()) == doc.prose(blocks[next].span()) {
        return false;
    }
    // The section just above, found by walking back over its body only
    // (linear over the page): the previous item of the series.
    let heads_a_section =
        |i: usize| blocks[i].kind().is_heading() && !blocks[i + 1].kind().is_heading();
    (0..index)
        .rev()
        .find(|&i| heads_a_section(i))
        .is_some_and(|i| heads_a_body(i) && same_form(form_of(doc, i), &form))
}

/// Two titles of one series: the same first word, lengths a word apart
/// at most (an elided article counts as a word: "de l'hiver", "du
/// printemps").
fn same_form(other: Option<(String, usize)>, form: &(String, usize)) -> bool {
    other.is_some_and(|(first, len)| first == form.0 && len.abs_diff(form.1) <= 1)
}
