//! The `typography` family: the conventions of written French and English.

mod comma_spacing;
mod doubled_punctuation;
mod english_spacing;
mod french_spacing;
mod ligature;

pub use comma_spacing::SpaceBeforeComma;
pub use doubled_punctuation::DoubledPunctuation;
pub use english_spacing::SpaceBeforePunctuation;
pub use french_spacing::FrenchSpacing;
pub use ligature::Ligature;

use crate::diagnostic::Span;
use crate::rules::Rule;
use crate::text::Document;
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

/// Whether `span` is white space in the file itself. Rules read the masked
/// prose, where a link target or inline markup became spaces: a "space"
/// before a sign there is no space at all (`[site](https://…).`).
fn is_space_in_source(doc: &Document<'_>, span: Span) -> bool {
    doc.text(span)
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}'))
}
