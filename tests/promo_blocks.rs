//! Related-content blocks: the heading is reported, and the teasers listed
//! under it are labelled as part of the same leftover block.

mod common;

use common::{json, run_in};
use std::fs;

#[test]
fn teasers_under_a_related_heading_are_labelled() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "# Le marché rouvre\n\nLe marché couvert accueille de nouveau les producteurs de la vallée depuis samedi.\n\n\
         ## À lire aussi\n\n- La halle aux grains change de gérant\n- Un nouveau parking près de la gare\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
    let v = json(&out);
    let related: Vec<&serde_json::Value> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "promo.related-content")
        .collect();
    assert_eq!(related.len(), 1, "{v}");
    let labels = related[0]["labels"].as_array().unwrap();
    assert_eq!(labels.len(), 2, "{v}");
    assert_eq!(labels[0]["span"]["line"], 7);
}

#[test]
fn the_article_after_a_related_line_is_not_a_teaser() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Les travaux ont duré deux ans et ont mobilisé une vingtaine d'entreprises de la région, \
                qui ont restauré la charpente, refait la couverture et remis aux normes l'ensemble des \
                installations électriques du bâtiment, fermé au public pendant toute la durée du chantier.";
    fs::write(
        dir.path().join("a.txt"),
        format!("Le marché rouvre\n\nÀ lire aussi\n\n{long}\n"),
    )
    .unwrap();
    let v = json(&run_in(
        dir.path(),
        &["check", "--format", "json", "a.txt"],
        None,
    ));
    let d = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "promo.related-content")
        .expect("related-content reported")
        .clone();
    assert!(d["labels"].as_array().unwrap().is_empty(), "{d}");
}
