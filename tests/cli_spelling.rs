//! Spelling as users configure it: word lists, `words add`, proper nouns,
//! extra dictionaries, clear errors.

mod common;

use common::{json, run_in, stderr};
use std::fs;

const TYPO_EN: &str = "The goverment published the report.\n";

fn rules_of(v: &serde_json::Value, file: usize) -> Vec<String> {
    v["files"][file]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn typo_is_reported_with_suggestions_and_every_occurrence() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "The goverment met. Later the goverment left.\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "spelling.unknown-word");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["labels"].as_array().unwrap().len(), 1);
    let suggestions: Vec<&str> = d["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["replacement"].as_str().unwrap())
        .collect();
    assert!(suggestions.contains(&"government"), "{suggestions:?}");
}

#[test]
fn word_lists_and_words_add() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\nword-lists = [\"words.txt\"]\n",
    )
    .unwrap();
    fs::write(root.join("words.txt"), "# project words\n").unwrap();
    fs::write(root.join("a.md"), TYPO_EN).unwrap();
    let before = run_in(root, &["check", "--format", "json", "a.md"], None);
    assert_eq!(rules_of(&json(&before), 0), ["spelling.unknown-word"]);

    let add = run_in(root, &["words", "add", "goverment"], None);
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    assert_eq!(
        fs::read_to_string(root.join("words.txt")).unwrap(),
        "# project words\ngoverment\n"
    );
    // Adding twice changes nothing.
    run_in(root, &["words", "add", "goverment"], None);
    assert_eq!(
        fs::read_to_string(root.join("words.txt")).unwrap(),
        "# project words\ngoverment\n"
    );

    let after = run_in(root, &["check", "--format", "json", "a.md"], None);
    assert!(rules_of(&json(&after), 0).is_empty());
    assert_eq!(after.status.code(), Some(0));
}

#[test]
fn words_add_without_a_list_says_how_to_configure_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["words", "add", "zorglub"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("word-lists"), "{}", stderr(&out));
}

#[test]
fn inline_words_and_per_language_words() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\nwords = [\"goverment\"]\n[spelling.fr]\nwords = [\"parcelisation\"]\n",
    )
    .unwrap();
    fs::write(root.join("a.md"), TYPO_EN).unwrap();
    fs::write(
        root.join("b.md"),
        "La parcelisation du terrain avance bien.\n",
    )
    .unwrap();
    let v = json(&run_in(
        root,
        &["check", "--format", "json", "a.md", "b.md"],
        None,
    ));
    assert!(rules_of(&v, 0).is_empty());
    assert!(rules_of(&v, 1).is_empty());
}

#[test]
fn proper_nouns_are_skipped_by_default_and_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a.md"), "The mayor met Zorblatt on Monday.\n").unwrap();
    let v = json(&run_in(root, &["check", "--format", "json", "a.md"], None));
    assert!(rules_of(&v, 0).is_empty());
    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\nproper-nouns = \"info\"\n",
    )
    .unwrap();
    let v = json(&run_in(root, &["check", "--format", "json", "a.md"], None));
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "info");
}

#[test]
fn a_custom_dictionary_adds_words_and_a_missing_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("dicts")).unwrap();
    fs::write(root.join("dicts/house.aff"), "SET UTF-8\n").unwrap();
    fs::write(root.join("dicts/house.dic"), "1\ngoverment\n").unwrap();
    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\ndictionaries = { en = [\"builtin\", \"dicts/house\"] }\n",
    )
    .unwrap();
    fs::write(root.join("a.md"), TYPO_EN).unwrap();
    let out = run_in(root, &["check", "--format", "json", "a.md"], None);
    assert!(rules_of(&json(&out), 0).is_empty(), "{}", stderr(&out));

    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\ndictionaries = { en = \"dicts/nowhere\" }\n",
    )
    .unwrap();
    let out = run_in(root, &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("dicts/nowhere") && err.contains("draftlint.toml:2"),
        "{err}"
    );
}

#[test]
fn english_words_in_french_are_loanwords_not_typos() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "Le directeur attend un feedback rapide de toute l'équipe avant la réunion.\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
    let v = json(&out);
    assert_eq!(rules_of(&v, 0), ["spelling.loanword"]);
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "info");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn suggestions_option_limits_what_is_computed_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "The committee publishes the goverment report on Monday.\n",
    )
    .unwrap();
    let suggestions = |config: &str| {
        std::fs::write(dir.path().join("draftlint.toml"), config).unwrap();
        let out = common::run_in(dir.path(), &["check", "--format", "json", "a.md"], None);
        let v = common::json(&out);
        v["files"][0]["diagnostics"][0]["suggestions"]
            .as_array()
            .map(Vec::len)
    };
    let default = suggestions("[rules]\n").unwrap_or(0);
    assert!(
        (1..=3).contains(&default),
        "{default} suggestions by default"
    );
    assert_eq!(
        suggestions("[rules]\n\"spelling.unknown-word\" = { suggestions = 1 }\n"),
        Some(1)
    );
    assert_eq!(
        suggestions("[rules]\n\"spelling.unknown-word\" = { suggestions = 0 }\n"),
        Some(0)
    );
    std::fs::write(
        dir.path().join("draftlint.toml"),
        "[rules]\n\"spelling.unknown-word\" = { suggestions = -1 }\n",
    )
    .unwrap();
    let out = common::run_in(dir.path(), &["check", "a.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).contains("non-negative"));
}

#[test]
fn init_creates_the_word_list_that_words_add_fills() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join(".git")).unwrap();
    fs::write(root.join("a.md"), TYPO_EN).unwrap();
    // A fresh project: the error says what to run.
    let out = run_in(root, &["words", "add", "goverment"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("draftlint init"), "{}", stderr(&out));

    let init = run_in(root, &["init"], None);
    assert_eq!(init.status.code(), Some(0), "{}", stderr(&init));
    assert!(root.join("draftlint-words.txt").is_file());
    let add = run_in(root, &["words", "add", "goverment"], None);
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    let list = fs::read_to_string(root.join("draftlint-words.txt")).unwrap();
    assert!(list.ends_with("\ngoverment\n"), "{list}");
    let check = run_in(root, &["check", "--format", "json", "a.md"], None);
    assert!(rules_of(&json(&check), 0).is_empty(), "{}", stderr(&check));
    // init never clobbers an existing list.
    let again = run_in(root, &["init", "--force"], None);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(
        fs::read_to_string(root.join("draftlint-words.txt")).unwrap(),
        list
    );
}

#[test]
fn words_add_creates_a_configured_list_that_does_not_exist_yet() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("draftlint.toml"),
        "[spelling]\nword-lists = [\"lists/words.txt\"]\n",
    )
    .unwrap();
    fs::create_dir(root.join("lists")).unwrap();
    fs::write(root.join("a.md"), TYPO_EN).unwrap();
    // A list not created yet is an empty list, not a broken configuration.
    let check = run_in(root, &["check", "--format", "json", "a.md"], None);
    assert_eq!(rules_of(&json(&check), 0), ["spelling.unknown-word"]);
    let add = run_in(root, &["words", "add", "goverment"], None);
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    assert_eq!(
        fs::read_to_string(root.join("lists/words.txt")).unwrap(),
        "goverment\n"
    );
    // Only words: text that would add lines or comments is refused.
    for bad in ["two words", "new\nline", "hash#tag"] {
        let out = run_in(root, &["words", "add", bad], None);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
    assert_eq!(
        fs::read_to_string(root.join("lists/words.txt")).unwrap(),
        "goverment\n"
    );
}

#[test]
fn a_programme_item_after_its_time_is_checked_as_a_sentence_start() {
    // After `14 h 30 – ` a capital opens the item, as after a bullet: a
    // typo there is a typo, while a name the text uses inside sentences
    // stays a name.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("programme.txt"),
        "Programme de la journée\n\
         9 h 00 – Acceuil des participants et café\n\
         10 h 15 – Kerbrat présente le bilan de l’année écoulée\n\
         Nous remercions Kerbrat pour son travail auprès des bénévoles.\n",
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "programme.txt"],
        None,
    );
    let v = json(&out);
    let words: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "spelling.unknown-word")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(words.len(), 1, "{words:?}");
    assert!(words[0].contains("Acceuil"), "{words:?}");
}

#[test]
fn a_french_phrase_in_english_is_not_read_as_english_slips() {
    // `demeure` is `demure` with a letter added, but beside `mise` (French
    // only) it is French; alone in an English clause it is the slip.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("notice.md"),
        "Send the landlord a formal notice (mise en demeure) by registered post.\n\n\
         She gave him a demeure smile before the hearing began.\n",
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "notice.md"],
        None,
    );
    let v = json(&out);
    let lines: Vec<u64> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "spelling.unknown-word")
        .map(|d| d["span"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3], "{v}");
}
