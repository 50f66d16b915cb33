//! The `repetition` family: the same word, phrase or sentence opener used
//! over and over.

mod doubled_word;

pub use doubled_word::DoubledWord;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![Arc::new(DoubledWord::default())]
}
