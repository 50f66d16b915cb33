//! Suggestions of the built-in dictionaries on typo sets we made
//! (`tests/data/typos/`, see `scripts/make-typo-set.py`): the first
//! suggestion is the word meant for at least 80% of them. Speed is measured
//! by `cargo bench --bench suggestions` (and `scripts/speed-report.sh`).

use draftlint::spelling::{DEFAULT_SUGGESTION_BUDGET, Dictionary, HunspellDictionary};

fn accuracy(lang: &str) -> (f64, Vec<String>) {
    let path = format!(
        "{}/tests/data/typos/typos-{lang}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let dictionary = HunspellDictionary::builtin(lang).unwrap();
    let mut total = 0;
    let mut misses = Vec::new();
    for (typo, meant) in text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
    {
        total += 1;
        let suggestions = dictionary.suggest(typo, 3, DEFAULT_SUGGESTION_BUDGET);
        if suggestions.first().map(String::as_str) != Some(meant) {
            misses.push(format!("{typo} → {suggestions:?} (meant {meant})"));
        }
    }
    assert!(total >= 300, "{lang}: only {total} typos");
    (1.0 - misses.len() as f64 / f64::from(total), misses)
}

#[test]
fn first_suggestion_is_right_for_four_typos_in_five() {
    for lang in ["fr", "en"] {
        let (accuracy, misses) = accuracy(lang);
        eprintln!(
            "{lang}: {:.1}% right; misses: {misses:#?}",
            accuracy * 100.0
        );
        assert!(accuracy >= 0.80, "{lang}: {:.1}% < 80%", accuracy * 100.0);
    }
}
