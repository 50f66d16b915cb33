//! The language of a short line, for the rules that apply one language's
//! typography. A widget line of another language pasted into a page
//! ("Partager : Facebook" in an English page, "Share: Facebook" in a French
//! one) is too short for the paragraph-language detection, which leaves it
//! in the document's language; checked with that language's conventions,
//! its spacing is wrong by the other's rules and right by its own. Where
//! the dictionaries say the line's words are all of the other language, its
//! typography is that language's business.

use crate::rules::RuleContext;
use crate::text::{Document, Language, MIN_DETECTED_WORDS};

/// The block holding byte `offset`, if any.
pub fn block_at(doc: &Document<'_>, offset: usize) -> Option<usize> {
    let blocks = doc.blocks();
    let index = blocks.partition_point(|b| b.span().end <= offset);
    blocks
        .get(index)
        .is_some_and(|b| b.span().start <= offset)
        .then_some(index)
}

/// Whether block `index`, short enough to keep the document's language,
/// is written in the other one: some of its words are words of the other
/// language only, none a word of the document's only (names and numbers,
/// known to both or to neither, say nothing).
pub fn is_short_line_in_other_language(ctx: &RuleContext<'_>, index: usize) -> bool {
    let doc = ctx.doc;
    let own = doc.language;
    let other = match own {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    let words = doc.words_of_block(index);
    if words.len() >= MIN_DETECTED_WORDS {
        return false;
    }
    let (Some(own_checker), Some(other_checker)) = (
        ctx.resources.spell_checker(own),
        ctx.resources.spell_checker(other),
    ) else {
        return false;
    };
    let (mut own_only, mut other_only) = (0, 0);
    for word in words.iter().filter(|w| !w.has_digit()) {
        let text = doc.text(word.span());
        match (own_checker.check(text), other_checker.check(text)) {
            (true, false) => own_only += 1,
            (false, true) => other_only += 1,
            _ => {}
        }
    }
    other_only > 0 && own_only == 0
}
