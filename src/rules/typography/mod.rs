//! The `typography` family: the conventions of written French and English.

mod ligature;

pub use ligature::Ligature;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![Arc::new(Ligature::default())]
}
