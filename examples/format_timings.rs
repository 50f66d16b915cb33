//! Milliseconds per 10 KB page for each editorial format: the markup
//! layer alone, and the whole lint (every default rule, spelling included).
//!
//! ```text
//! cargo run --release --example format_timings
//! ```
//!
//! Pages are built from the template-heavy suite in
//! `tests/fixtures/templates/`: each file, then its body repeated until the
//! page reaches 10 KB. The target (issue 14) is at most 10 ms per 10 KB
//! page in every format.

use draftlint::config::Config;
use draftlint::engine::lint_text;
use draftlint::markup::{self, MarkupKind, MarkupOptions};
use draftlint::rules::Catalogue;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PAGE_BYTES: usize = 10 * 1024;
const RUNS: usize = 30;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the template suite is in tests/fixtures/templates")
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let config = Config::defaults(PathBuf::from("."), Catalogue::builtin().unwrap());
    println!(
        "{:<28} {:>6} {:>8} {:>14} {:>14}",
        "page", "format", "bytes", "parse ms/10KB", "lint ms/10KB"
    );
    let mut worst: f64 = 0.0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let page = ten_kb_page(&text);
        let kind = MarkupKind::from_path(&file);
        let scale = PAGE_BYTES as f64 / page.len() as f64;
        let parse = median(|| {
            std::hint::black_box(markup::parse_with(&page, kind, &MarkupOptions::default()));
        });
        let path = PathBuf::from(file.file_name().unwrap());
        let settings = config.file_settings(&path);
        // One run to load the dictionaries, which every later page shares.
        lint_text(&path, page.clone(), &config, &settings);
        let lint = median(|| {
            std::hint::black_box(lint_text(&path, page.clone(), &config, &settings));
        });
        let lint_ms = ms(lint) * scale;
        worst = worst.max(lint_ms);
        println!(
            "{:<28} {:>6} {:>8} {:>14.2} {:>14.2}",
            path.display(),
            format!("{kind:?}").to_lowercase(),
            page.len(),
            ms(parse) * scale,
            lint_ms
        );
    }
    println!("slowest: {worst:.2} ms per 10 KB page (target: 10 ms)");
}

/// The file, then its body (without front matter) again and again.
fn ten_kb_page(text: &str) -> String {
    let body = ["---\n", "+++\n"]
        .iter()
        .find_map(|delimiter| {
            let rest = text.strip_prefix(delimiter)?;
            let end = rest.find(delimiter)? + delimiter.len();
            Some(&rest[end..])
        })
        .unwrap_or(text);
    let mut page = text.to_string();
    while page.len() < PAGE_BYTES {
        page.push('\n');
        page.push_str(body);
    }
    page
}

fn median(mut run: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
