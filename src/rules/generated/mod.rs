//! The `generated` family's native rules. Most of the family is data
//! (`rules/<lang>/generated.toml`: personas, template definitions, chat
//! framing, stock phrases); what needs the whole document is here.

mod comment_note;
mod image_alt_note;
mod latin_filler;
mod stock_phrase_density;
mod talks_to_requester;

pub use comment_note::CommentNote;
pub use image_alt_note::ImageAltNote;
pub use latin_filler::{LatinFiller, filler_runs};
pub use stock_phrase_density::{STOCK_PHRASE_IDS, StockPhraseDensity};
pub use talks_to_requester::TalksToRequester;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(StockPhraseDensity::default()),
        Arc::new(LatinFiller::default()),
        Arc::new(TalksToRequester::default()),
        Arc::new(CommentNote::default()),
        Arc::new(ImageAltNote::default()),
    ]
}
