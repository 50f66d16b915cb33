//! What a person sees for repetition findings: the human output of whole
//! drafts, every occurrence of a repeated phrase or opener labelled.
//! Only repetition findings are kept, so other families' rules do not move
//! these snapshots.

use draftlint::config::Config;
use draftlint::engine::lint_text;
use draftlint::render::{Human, Json, Renderer};
use draftlint::rules::Catalogue;
use std::path::Path;

fn report(name: &str) -> draftlint::engine::FileReport {
    let path = Path::new("tests/fixtures/repetition").join(name);
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let config = Config::defaults(".".into(), catalogue);
    let settings = config.file_settings(&path);
    let mut report = lint_text(&path, text, &config, &settings);
    report
        .diagnostics
        .retain(|d| d.rule.starts_with("repetition."));
    report
}

fn render(renderer: &dyn Renderer, name: &str) -> String {
    let mut out = Vec::new();
    renderer.file(&report(name), 0, &mut out);
    String::from_utf8(out).expect("renderers write UTF-8")
}

#[test]
fn french_draft_human() {
    insta::assert_snapshot!(render(&Human::new(false), "festival.md"));
}

#[test]
fn plain_text_draft_with_a_title_human() {
    insta::assert_snapshot!(render(&Human::new(false), "jardins.txt"));
}

#[test]
fn english_draft_human() {
    insta::assert_snapshot!(render(&Human::new(false), "harbour.md"));
}

#[test]
fn english_draft_json() {
    insta::assert_snapshot!(render(&Json, "harbour.md"));
}
