//! Promo leftovers recognised by their form rather than their wording:
//! widget lines (buttons, bars, banners, forms, counters), blocks of links
//! to other articles and author boxes without a label. The pack rules
//! (`rules/*/promo.toml`) know wordings; these rules know shapes, so a
//! widget worded in a way no list holds is still found, and a sales pitch
//! is found by its command, its voice and its marks of an offer. All read the pack rules' findings and leave alone what
//! those already report.

mod author_bio;
mod carrier_line;
mod claimed;
mod counter_line;
mod line_shape;
mod line_tail;
mod page_furniture;
mod platform_meta;
mod platform_row;
pub(crate) mod quoted_example;
mod reader_prompt;
mod related_block;
mod sales_pitch;
mod set_apart_call;
mod site_address;
pub(crate) mod ui_words;
mod widget_line;

pub use author_bio::AuthorBio;
pub use related_block::RelatedBlock;
pub use sales_pitch::SalesPitch;
pub use widget_line::WidgetLine;

use crate::rules::Rule;
use std::sync::Arc;

pub fn rules() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(WidgetLine::default()),
        Arc::new(RelatedBlock::default()),
        Arc::new(AuthorBio::default()),
        Arc::new(SalesPitch::default()),
    ]
}
