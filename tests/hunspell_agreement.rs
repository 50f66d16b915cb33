//! Our Hunspell backend (spellbook) must agree with the `hunspell` command
//! on raw word checks: ≥ 99.5% of the distinct words of the corpus. So must
//! the built-in dictionaries as draftlint uses them, which answer most
//! words from their word index without spellbook.
//!
//! Needs the `hunspell` program (`apt-get install hunspell`; `.ci/run`
//! installs it). Both sides read the same dictionary files, the ones
//! embedded in draftlint. Words come from `../shared/corpus/clean` when it
//! is there, else from `fixtures/`.

mod common;

use draftlint::spelling::{Dictionary, HunspellDictionary};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Letters with inner apostrophes or hyphens: what a person calls a word.
fn tokens(text: &str, out: &mut BTreeSet<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() {
            let joiner = matches!(chars[i], '\'' | '’' | '-')
                && chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
            if chars[i].is_alphabetic() || joiner {
                i += 1;
            } else {
                break;
            }
        }
        out.insert(chars[start..i].iter().collect());
    }
}

/// The words `hunspell -L` reports as misspelt, one word per input line.
fn hunspell_rejects(dictionary: &Path, words: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    let mut child = Command::new("hunspell")
        .args(["-d", dictionary.to_str().unwrap(), "-i", "utf-8", "-L"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take().unwrap();
    let input: String = words.iter().map(|w| format!("{w}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect(),
    )
}

fn corpus_files(prefix: &str) -> Vec<PathBuf> {
    let root = common::repo_root();
    let corpus = root.join("../shared/corpus/clean");
    let mut files = Vec::new();
    if corpus.is_dir() {
        for entry in std::fs::read_dir(&corpus).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with(prefix) && name.ends_with(".txt") {
                files.push(path);
            }
        }
    } else {
        let lang = prefix.trim_end_matches('_');
        for entry in std::fs::read_dir(root.join("fixtures").join(lang)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    files
}

#[test]
fn spellbook_agrees_with_the_hunspell_cli() {
    if Command::new("hunspell").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the hunspell program is missing in CI: `.ci/run` installs it"
        );
        eprintln!("skipped: `hunspell` is not installed (apt-get install hunspell)");
        return;
    }
    let root = common::repo_root();
    for (prefix, base) in [
        ("fr_", "dictionaries/fr/fr"),
        ("en_", "dictionaries/en/en_US"),
    ] {
        let mut words = BTreeSet::new();
        for file in corpus_files(prefix) {
            tokens(&std::fs::read_to_string(&file).unwrap(), &mut words);
        }
        let base = root.join(base);
        let ours = HunspellDictionary::from_paths(
            &base.with_extension("aff"),
            &base.with_extension("dic"),
        )
        .unwrap();
        let theirs = hunspell_rejects(&base, &words).expect("hunspell runs");
        let builtin = HunspellDictionary::builtin(prefix.trim_end_matches('_')).unwrap();
        for (name, dictionary) in [("spellbook", &ours), ("built-in", &builtin)] {
            let disagreements: Vec<&String> = words
                .iter()
                .filter(|w| dictionary.check(w) == theirs.contains(*w))
                .collect();
            let agreement = 1.0 - disagreements.len() as f64 / words.len() as f64;
            eprintln!(
                "{prefix} {name}: {} distinct words, agreement {:.2}%",
                words.len(),
                agreement * 100.0
            );
            assert!(
                agreement >= 0.995,
                "{prefix} {name}: agreement {:.2}% < 99.5%; disagreements: {disagreements:?}",
                agreement * 100.0
            );
        }
    }
}
