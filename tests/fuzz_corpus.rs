//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`) through the
//! functions the fuzz targets call, without a fuzzer: every input the
//! fuzzer ever kept, and every crash it found (crashes are committed to the
//! corpus once fixed), stays a test.

use draftlint::invariants::harness;
use draftlint::markup::MarkupKind;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "empty corpus {}", dir.display());
    files
}

/// Runs `check` on every file, in parallel; a panic names the file.
fn replay(target: &str, check: impl Fn(&[u8]) + Sync) {
    corpus(target).par_iter().for_each(|path| {
        let data = std::fs::read(path).unwrap();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
        if result.is_err() {
            panic!("fuzz input {} fails", path.display());
        }
    });
}

#[test]
fn markdown_corpus() {
    replay("markdown", |data| {
        harness::markup(data, MarkupKind::Markdown)
    });
}

#[test]
fn plain_corpus() {
    replay("plain", |data| harness::markup(data, MarkupKind::Plain));
}

#[test]
fn pipeline_corpus() {
    replay("pipeline", harness::pipeline);
}

#[test]
fn html_corpus() {
    replay("html", |data| harness::markup(data, MarkupKind::Html));
}

#[test]
fn mdx_corpus() {
    replay("mdx", |data| harness::markup(data, MarkupKind::Mdx));
}

#[test]
fn front_matter_corpus() {
    replay("front_matter", harness::front_matter);
}
