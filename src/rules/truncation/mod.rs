//! The `truncation` family: text cut short. A teaser cut mid-word or
//! mid-sentence before its read-more link; a paragraph that stops without
//! finishing its sentence.
//!
//! Whether a fragment is a word is best answered by a dictionary; until one
//! is reachable from the rule context, [`is_known_word`] says "don't know"
//! and the rules rely on signals that need none (a read-more label after the
//! cut, a word that cannot end a sentence, teasers cut at one fixed length).

mod cut_teaser;
mod function_words;
mod read_more;
mod unfinished_paragraph;

pub use cut_teaser::CutTeaser;
pub use unfinished_paragraph::UnfinishedParagraph;

use crate::rules::{Rule, RuleContext};
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(CutTeaser::default()),
        Arc::new(UnfinishedParagraph::default()),
    ]
}

/// `Some(true)` if the document language's dictionary knows `word`,
/// `Some(false)` if it does not, `None` when no dictionary is loaded.
///
/// No dictionary is reachable through `ctx.resources` yet: this is the one
/// place to answer from it once it is, and every caller already copes with
/// `None`.
pub fn is_known_word(_ctx: &RuleContext<'_>, _word: &str) -> Option<bool> {
    None
}

/// Terminal punctuation: what a finished sentence ends with.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | ':' | ';')
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
    //! an optional fake dictionary.
    use crate::config::SpellingConfig;
    use crate::diagnostic::Diagnostic;
    use crate::markup::{self, MarkupKind};
    use crate::resources::Resources;
    use crate::rules::{Rule, RuleContext};
    use crate::text::{Document, Language};
    use std::path::Path;

    pub fn run(rule: &dyn Rule, text: &str, file: &str, language: Language) -> Vec<Diagnostic> {
        let path = Path::new(file);
        let markup = markup::parse(text, MarkupKind::from_path(path));
        let doc = Document::new(path, text, markup, Some(language), language);
        let resources = Resources::new(SpellingConfig::default(), ".".into());
        let ctx = RuleContext {
            doc: &doc,
            severity: rule.meta().default_severity,
            resources: &resources,
        };
        let mut out = Vec::new();
        rule.check(&ctx, &mut out);
        out
    }
}
