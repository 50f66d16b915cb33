//! Promo leftovers found by their form (`promo.widget-line`,
//! `promo.related-block`), through the real binary: what the rules that
//! read findings make of them, and what `--fix` removes.

mod common;

use common::{json, run_in};
use std::fs;

const TEXT: &str = "The council voted the budget on Tuesday evening after a long debate \
                    about the new harbour wall and the ferry.";

fn rules_found(dir: &std::path::Path, name: &str) -> Vec<(String, u64)> {
    let out = run_in(dir, &["check", "--format", "json", name], None);
    let v = json(&out);
    v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["span"]["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The rules that read findings see the widgets found by form: a section
/// holding only a share bar in words no pack lists is empty.
#[test]
fn a_section_of_a_widget_found_by_its_form_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        format!(
            "# Title\n\n{TEXT}\n\n## Key dates\n\n📲 Partager · ✉️ Envoyer à un ami · 🖨️ Imprimer\n\n\
             ## Next\n\n{TEXT}\n"
        ),
    )
    .unwrap();
    let found = rules_found(dir.path(), "a.md");
    assert!(
        found.contains(&("promo.widget-line".into(), 7)),
        "{found:?}"
    );
    assert!(
        found.contains(&("structure.empty-section".into(), 5)),
        "{found:?}"
    );
}

/// A widget of several lines (a form's fields and its button) is one
/// finding, and `--fix` deletes its lines and nothing else; a line a pack
/// rule reports ("Email") keeps the form's lines around it together.
#[test]
fn a_form_is_one_finding_and_fix_removes_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    fs::write(
        &path,
        format!("Harbour news\n\n{TEXT}\n\nYour name *\nPhone *\nSend my request\n\n{TEXT}\n"),
    )
    .unwrap();
    let found = rules_found(dir.path(), "a.txt");
    assert_eq!(found, [("promo.widget-line".to_string(), 5)], "{found:?}");
    fs::write(
        dir.path().join("b.txt"),
        format!("Harbour news\n\n{TEXT}\n\nYour name *\nEmail *\nSend\n\n{TEXT}\n"),
    )
    .unwrap();
    run_in(dir.path(), &["check", "--fix", "b.txt"], None);
    // Two rules delete the form's lines, each its own, so a blank line
    // of each side stays.
    let fixed = fs::read_to_string(dir.path().join("b.txt")).unwrap();
    assert_eq!(fixed, format!("Harbour news\n\n{TEXT}\n\n\n{TEXT}\n"));
    run_in(dir.path(), &["check", "--fix", "a.txt"], None);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        format!("Harbour news\n\n{TEXT}\n\n{TEXT}\n")
    );
}

/// Teasers under a label no list knows, marked by their reading times,
/// are one block; an itinerary with dates, followed by more text, is not.
#[test]
fn a_block_of_teasers_is_found_by_its_marks_and_an_itinerary_is_not() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        format!(
            "# Title\n\n{TEXT}\n\n## The plan\n\n- 3 June 2025: by train to the coast\n\
             - 4 June 2025: the cliff walk\n\n{TEXT}\n\nWhile you are here\n\n\
             - Why the pier sank · 4 min read\n- Ten walks along the cliffs · 6 min read\n"
        ),
    )
    .unwrap();
    let found = rules_found(dir.path(), "a.md");
    let blocks: Vec<_> = found
        .iter()
        .filter(|(rule, _)| rule == "promo.related-block")
        .collect();
    assert_eq!(
        blocks,
        [&("promo.related-block".to_string(), 12)],
        "{found:?}"
    );
}
