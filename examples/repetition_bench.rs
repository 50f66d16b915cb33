//! Times the repetition rules on a generated 5 MB Markdown document.
//!
//! ```text
//! cargo run --release --example repetition_bench [MEGABYTES]
//! ```
//!
//! The text is pseudo-random but shaped like prose: Zipf-distributed words
//! from a synthetic vocabulary, function words, commas, sentences of 6 to
//! 24 words, paragraphs under headings, and a few stock phrases sprinkled
//! in, so every stage of the phrase search has work to do. The same seed
//! gives the same document on every run.

use draftlint::markup::{self, MarkupKind};
use draftlint::resources::Resources;
use draftlint::rules::RuleContext;
use draftlint::rules::repetition;
use draftlint::text::{Document, Language};
use std::path::Path;
use std::time::Instant;

/// A small deterministic generator (xorshift), so no dependency is needed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Roughly Zipf: small indices far more often than large ones.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

fn vocabulary(random: &mut Random, size: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ter", "san", "vo", "ra", "pel", "du", "nor", "bi", "que", "chan", "ti",
        "mon", "es", "al", "ven", "ro", "lu",
    ];
    (0..size)
        .map(|_| {
            let syllables = 2 + random.below(3);
            (0..syllables)
                .map(|_| SYLLABLES[random.below(SYLLABLES.len())])
                .collect()
        })
        .collect()
}

fn generate(bytes: usize) -> String {
    const FUNCTION: &[&str] = &[
        "le", "la", "les", "de", "des", "et", "un", "une", "dans", "pour",
    ];
    const STOCK: &[&str] = &[
        "dans un contexte en pleine mutation",
        "au cœur des préoccupations actuelles",
        "il est essentiel de souligner que",
    ];
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let words = vocabulary(&mut random, 40_000);
    let mut text = String::with_capacity(bytes + 1024);
    let mut paragraph = 0;
    while text.len() < bytes {
        if paragraph % 20 == 0 {
            text.push_str("## ");
            text.push_str(&words[random.zipf(words.len())]);
            text.push(' ');
            text.push_str(&words[random.zipf(words.len())]);
            text.push_str("\n\n");
        }
        for _ in 0..5 {
            let length = 6 + random.below(19);
            let mut sentence = String::new();
            for i in 0..length {
                if i > 0 {
                    sentence.push_str(if random.below(12) == 0 { ", " } else { " " });
                }
                if random.below(200) == 0 {
                    sentence.push_str(STOCK[random.below(STOCK.len())]);
                } else if random.below(3) == 0 {
                    sentence.push_str(FUNCTION[random.below(FUNCTION.len())]);
                } else {
                    sentence.push_str(&words[random.zipf(words.len())]);
                }
            }
            let mut chars = sentence.chars();
            let first = chars.next().expect("sentences have words");
            text.extend(first.to_uppercase());
            text.push_str(chars.as_str());
            text.push_str(". ");
        }
        text.push_str("\n\n");
        paragraph += 1;
    }
    text
}

fn main() {
    let megabytes: f64 = std::env::args()
        .nth(1)
        .map_or(5.0, |a| a.parse().expect("MEGABYTES is a number"));
    let text = generate((megabytes * 1024.0 * 1024.0) as usize);

    let start = Instant::now();
    let markup = markup::parse(&text, MarkupKind::Markdown);
    let doc = Document::new(
        Path::new("bench.md"),
        &text,
        markup,
        Some(Language::Fr),
        Language::Fr,
    );
    let analysis = start.elapsed();
    println!(
        "document: {:.1} MB, {} words, {} sentences; markup + text analysis {:.0} ms",
        text.len() as f64 / 1_048_576.0,
        doc.word_count(),
        doc.sentences.len(),
        analysis.as_secs_f64() * 1000.0
    );

    let resources = Resources::builtin();
    let mut total = 0.0;
    for rule in repetition::rules() {
        let ctx = RuleContext {
            doc: &doc,
            severity: rule.meta().default_severity,
            resources: &resources,
            earlier: &[],
        };
        let mut out = draftlint::rules::Findings::unlimited();
        let start = Instant::now();
        rule.check(&ctx, &mut out);
        let elapsed = start.elapsed().as_secs_f64() * 1000.0;
        total += elapsed;
        println!(
            "{:<28} {:>7.0} ms  {:>6} findings",
            rule.meta().id,
            elapsed,
            out.len()
        );
    }
    println!("{:<28} {:>7.0} ms", "all repetition rules", total);
}
