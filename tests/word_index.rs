//! The word indexes embedded in the binary (`dictionaries/*/*.forms`) are
//! what the generator makes from the embedded dictionaries.
//!
//! After changing a dictionary or the generator (`src/spelling/word_index/`),
//! regenerate them with
//! `UPDATE_WORD_INDEX=1 cargo test --release --test word_index` and commit.

use draftlint::spelling::word_index::{build, embedded_index, recorded_hash, source_hash};
use draftlint::spelling::{Dictionary, HunspellDictionary, embedded_source};
use std::path::Path;

const INDEXES: [(&str, &str); 3] = [
    ("fr", "dictionaries/fr/fr.forms"),
    ("en", "dictionaries/en/en_US.forms"),
    ("en_GB", "dictionaries/en/en_GB.forms"),
];

/// The index the generator makes now, with spellbook alone as the judge.
fn generate(lang: &str) -> Vec<u8> {
    let (aff, dic) = embedded_source(lang).unwrap();
    let spellbook = HunspellDictionary::from_aff_dic(aff, dic).unwrap();
    build(aff, dic, |word| spellbook.check(word))
}

#[test]
fn embedded_indexes_are_fresh() {
    for (lang, path) in INDEXES {
        if std::env::var_os("UPDATE_WORD_INDEX").is_some() {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            std::fs::write(path, generate(lang)).unwrap();
            continue;
        }
        let (aff, dic) = embedded_source(lang).unwrap();
        assert_eq!(
            recorded_hash(embedded_index(lang).unwrap()),
            Some(source_hash(aff, dic)),
            "{path} was not made from the embedded {lang} dictionary: run \
             `UPDATE_WORD_INDEX=1 cargo test --release --test word_index` and commit it"
        );
    }
}

/// The whole generation, byte for byte, for English (seconds in a debug
/// build); French takes a minute there, and is covered by the hash above
/// and by the same code.
#[test]
fn generator_makes_the_embedded_english_index() {
    if std::env::var_os("UPDATE_WORD_INDEX").is_some() {
        return;
    }
    for (lang, path) in INDEXES
        .into_iter()
        .filter(|(lang, _)| lang.starts_with("en"))
    {
        assert!(
            generate(lang) == embedded_index(lang).unwrap(),
            "{path} differs from what the generator makes: run \
             `UPDATE_WORD_INDEX=1 cargo test --release --test word_index` and commit it"
        );
    }
}
