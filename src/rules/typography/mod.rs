//! The `typography` family: the conventions of written French and English.

mod comma_spacing;
mod doubled_punctuation;
mod english_spacing;
mod french_spacing;
mod ligature;
mod line_language;
mod spaced_signs;

pub use comma_spacing::SpaceBeforeComma;
pub use doubled_punctuation::DoubledPunctuation;
pub use english_spacing::SpaceBeforePunctuation;
pub use french_spacing::FrenchSpacing;
pub use ligature::Ligature;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(Ligature::default()),
        Arc::new(FrenchSpacing::default()),
        Arc::new(SpaceBeforePunctuation::default()),
        Arc::new(SpaceBeforeComma::default()),
        Arc::new(DoubledPunctuation::default()),
    ]
}
