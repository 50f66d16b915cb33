//! Every documented example of every rule is a test.

use draftlint::config::Config;
use draftlint::rules::Catalogue;
use draftlint::rules::examples::example_failures;

#[test]
fn every_rule_example_behaves_as_documented() {
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let config = Config::defaults(".".into(), catalogue.clone());
    let failures: Vec<String> = catalogue
        .rules()
        .iter()
        .flat_map(|rule| example_failures(rule.as_ref(), &config))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_documented() {
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    for rule in catalogue.rules() {
        let meta = rule.meta();
        assert!(
            !meta.summary.trim().is_empty(),
            "{} has no summary",
            meta.id
        );
        assert!(
            meta.docs.trim().len() > 40,
            "{} has no documentation",
            meta.id
        );
        assert!(
            !meta.examples.good.is_empty(),
            "{} has no good example",
            meta.id
        );
        let (pack, name) = meta.id.split_once('.').expect("ids are pack.name");
        assert!(!pack.is_empty() && !name.is_empty(), "bad id {}", meta.id);
        assert!(
            meta.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
            "id {} must be lowercase with dashes",
            meta.id
        );
    }
}

#[test]
fn every_pack_file_is_embedded() {
    let embedded: Vec<&str> = draftlint::rules::pack::EMBEDDED_PACKS
        .iter()
        .map(|(p, _)| *p)
        .collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for lang in std::fs::read_dir(root.join("rules")).unwrap() {
        let lang = lang.unwrap().path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "toml") {
                let rel = file
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                assert!(
                    embedded.contains(&rel.as_str()),
                    "{rel} is not in EMBEDDED_PACKS"
                );
            }
        }
    }
}
