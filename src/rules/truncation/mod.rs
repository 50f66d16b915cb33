//! The `truncation` family: text cut short. A teaser cut mid-word or
//! mid-sentence before its read-more link; a paragraph that stops without
//! finishing its sentence.
//!
//! Whether a fragment is a word is answered by the spelling dictionaries
//! ([`is_known_word`]); the rules also rely on signals that need none (a
//! read-more label after the cut, a word that cannot end a sentence, teasers
//! cut at one fixed length), so they work with spelling switched off.

pub(crate) mod common_words;
mod cut_forms;
mod cut_teaser;
mod function_words;
mod line_ends;
mod parallel_lines;
mod read_more;
mod short_cuts;
mod siblings;
mod stems;
mod unfinished_paragraph;
mod value_ends;

pub use cut_teaser::CutTeaser;
pub(crate) use function_words::stops_without_a_mark;
pub(crate) use short_cuts::is_a_cut_month;
pub use unfinished_paragraph::UnfinishedParagraph;

use crate::rules::{Rule, RuleContext, spelling};
use crate::text::Language;
use std::sync::Arc;

/// Where the run of letters closing `text` starts (its length when `text`
/// ends on another mark): the last word a cut would have stopped inside.
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(CutTeaser::default()),
        Arc::new(UnfinishedParagraph::default()),
    ]
}

/// `Some(true)` if the document language's dictionary knows `word`,
/// `Some(false)` if it does not, `None` when no dictionary is loaded.
///
/// Whether `word` is a word of the document's language (or of the other
/// one, for a word without digits: a cut English word in a French draft is
/// still a cut word).
/// `None` when no dictionary is loaded, or for a capitalised word, which may
/// be a name the dictionaries do not know.
pub fn is_known_word(ctx: &RuleContext<'_>, word: &str) -> Option<bool> {
    let language = ctx.doc.language;
    let checker = ctx.resources.spell_checker(language)?;
    if spelling::is_known(&checker, ctx.resources, language, word) {
        return Some(true);
    }
    let other = match language {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    // A cut word of the other language is letters: a word with a digit
    // (`17h50`, `Covid-19`) is not asked, and the other dictionary is not
    // parsed for it (English compounds digits into ordinals, which only
    // spellbook answers).
    if !word.chars().any(|c| c.is_ascii_digit())
        && let Some(other_checker) = ctx.resources.spell_checker(other)
        && spelling::is_known(&other_checker, ctx.resources, other, word)
    {
        return Some(true);
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(false)
}

/// Whether `fragment`, a lowercase stem some dictionary accepts, is a word
/// only by accident, and more likely the beginning of a longer word, cut:
/// - French: the French dictionary itself does not know it (it passed as a
///   prefix on a word, `dé` + `fin`, or as an English word, `lar`), and a
///   French word begins with it (`définitif`, `large`);
/// - English: it is no common word (a rare word or an abbreviation the
///   dictionary accepts: `lar`, `com`, `gov`) and a common word begins
///   with it (see [`common_words`]).
pub fn is_accidental_word(ctx: &RuleContext<'_>, fragment: &str) -> bool {
    let lower = fragment.to_lowercase();
    if lower != fragment || lower.chars().count() < 2 || !lower.chars().all(char::is_alphabetic) {
        return false;
    }
    match ctx.doc.language {
        Language::Fr => {
            !is_in_own_dictionary(ctx, &lower)
                && stems::begins_a_longer_word_of(&lower, Language::Fr)
        }
        Language::En => {
            (!common_words::is_common(&lower) || !is_in_own_dictionary(ctx, &lower))
                && common_words::begins_a_common_word(&lower)
        }
    }
}

/// Whether the document language's dictionary (or the user's words) holds
/// `word` as it is, without the composition rules of the spelling check.
pub(super) fn is_in_own_dictionary(ctx: &RuleContext<'_>, word: &str) -> bool {
    let language = ctx.doc.language;
    ctx.resources.personal_words(language).contains(word)
        || ctx
            .resources
            .spell_checker(language)
            .is_some_and(|checker| checker.check(word))
}

/// Terminal punctuation: what a finished sentence ends with.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | ':' | ';')
}

/// Whether `text` ends as a finished sentence does: on terminal punctuation,
/// maybe closed by quotes or brackets, or on an emoji or pictograph ("…
/// worth it!! 🥾", "… au gîte ? 🤔", "On a adoré 😍"), which a writer puts
/// after the end of a sentence and a page's cut never leaves.
pub(crate) fn ends_a_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| is_closing(c) || c.is_whitespace());
    if text.ends_with(is_pictograph) {
        return true;
    }
    text.chars().next_back().is_some_and(is_terminal)
}

/// Emoji and the pictographs of the symbol blocks, with the characters that
/// join or dress them (variation selectors, joiners, keycaps, skin tones,
/// flag tags). Arrows are not: "Read more →" is a label's decoration.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1F7FF}'
        | '\u{1F900}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{2793}'
        | '\u{2B50}'..='\u{2B55}'
        | '\u{231A}'..='\u{231B}'
        | '\u{23E9}'..='\u{23FA}'
        | '\u{FE0E}'..='\u{FE0F}'
        | '\u{200D}'
        | '\u{20E3}'
        | '\u{E0020}'..='\u{E007F}')
}

/// Closing quotes and brackets that may follow terminal punctuation.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '»' | '”' | '’' | '\'' | ')' | ']' | '*' | '_' | '\u{a0}' | '\u{202f}' | ' '
    )
}

#[cfg(test)]
pub(crate) mod testing {
    //! Running a native rule on plain text or Markdown in unit tests, with
    //! the built-in dictionaries.
    use crate::diagnostic::Diagnostic;
    use crate::resources::Resources;
    use crate::rules::Rule;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    pub fn run(rule: &dyn Rule, text: &str, file: &str, language: Language) -> Vec<Diagnostic> {
        run_rule(rule, text, Path::new(file), language, &Resources::builtin())
    }
}
