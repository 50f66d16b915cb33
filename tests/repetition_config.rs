//! Repetition thresholds are options in `draftlint.toml`.

use draftlint::config::Config;
use draftlint::diagnostic::Severity;
use draftlint::engine::lint_text;
use draftlint::rules::Catalogue;
use std::path::Path;

/// The phrase three times, in three paragraphs: below the default threshold
/// (three times within one paragraph would be a dense phrase, reported; in
/// a short draft the phrase is pointed out at `info`, one below it).
const DRAFT: &str = "The ferry left at noon. A small green door opened.\n\n\
Behind the small green door, a hall.\n\nPast a small green door, the sea.";

fn phrase_findings(config_text: &str) -> Result<usize, String> {
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let path = Path::new("/tmp/draftlint.toml");
    let config = Config::parse(path, config_text, &catalogue, &Default::default())
        .map_err(|e| e.to_string())?;
    let draft = Path::new("/tmp/draft.md");
    let settings = config.file_settings(draft);
    let report = lint_text(draft, DRAFT.to_string(), &config, &settings);
    if let Some(error) = report.error {
        return Err(error);
    }
    Ok(report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "repetition.phrase" && d.severity != Severity::Info)
        .count())
}

#[test]
fn the_phrase_threshold_is_an_option() {
    assert_eq!(phrase_findings(""), Ok(0));
    let lower = "[rules]\n\"repetition.phrase\" = { min-count = 3 }\n";
    assert_eq!(phrase_findings(lower), Ok(1));
}

#[test]
fn a_wrong_option_names_the_accepted_ones() {
    let wrong = "[rules]\n\"repetition.phrase\" = { threshold = 3 }\n";
    let error = phrase_findings(wrong).unwrap_err();
    assert!(error.contains("min-count"), "{error}");
}
