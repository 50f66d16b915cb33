//! Grouping a flagged word's occurrences: one diagnostic per distinct word,
//! on its first occurrence, with the others as labels.

use crate::diagnostic::{Count, Span};
use std::collections::HashMap;

/// Labels beyond this many add noise, not information.
pub const MAX_LABELS: usize = 20;

/// Occurrences grouped by a key, in order of first appearance.
#[derive(Default)]
pub struct Occurrences {
    order: Vec<String>,
    spans: HashMap<String, Vec<Span>>,
}

impl Occurrences {
    pub fn push(&mut self, key: String, span: Span) {
        match self.spans.get_mut(&key) {
            Some(spans) => spans.push(span),
            None => {
                self.order.push(key.clone());
                self.spans.insert(key, vec![span]);
            }
        }
    }

    /// `(key, spans)` in order of first appearance.
    pub fn into_groups(mut self) -> Vec<(String, Vec<Span>)> {
        self.order
            .into_iter()
            .map(|k| {
                let spans = self.spans.remove(&k).unwrap_or_default();
                (k, spans)
            })
            .collect()
    }
}

/// `unknown word `x`` for one place, `unknown word `x` (3 times)` for
/// several.
pub fn times(places: usize, message: &str) -> Count {
    Count::new(places, message, format!("{message} ("), " times)")
}
