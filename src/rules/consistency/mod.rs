//! The `consistency` family: one text, one way of writing each thing.
//!
//! A draft assembled from several sources, or written over several days,
//! spells the same word two ways (`manoeuvre` and `manœuvre`, `e-mail` and
//! `email`, `colour` and `color`) and mixes apostrophes (`l'État`, `l’État`).
//! Each form may be correct on its own; the mix is what an editor sends
//! back. These rules look at the whole document, then report each mix once,
//! with every occurrence labelled.
//!
//! The family is opt-in (`[rules.consistency] enabled = true`): house
//! styles differ on what must be uniform, and its document-wide scans cost
//! a tenth of the run.

mod apostrophes;
mod spelling_variants;

pub use apostrophes::ApostropheStyle;
pub use spelling_variants::SpellingVariants;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(ApostropheStyle::default()),
        Arc::new(SpellingVariants::default()),
    ]
}
