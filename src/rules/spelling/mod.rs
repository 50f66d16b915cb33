//! The `spelling` family: words no active dictionary knows, and English
//! words in French drafts.

mod calendar;
mod candidates;
mod cognates;
mod demonyms;
mod derivation;
mod loanword;
mod near_words;
mod occurrences;
mod split_word;
mod unknown_word;

pub use candidates::{british_to_american, is_known, ligature_spelling};
pub use loanword::Loanword;
pub use split_word::SplitWord;
pub use unknown_word::UnknownWord;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(UnknownWord::default()),
        Arc::new(Loanword::default()),
        Arc::new(SplitWord::default()),
    ]
}
