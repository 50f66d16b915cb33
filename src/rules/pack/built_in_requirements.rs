//! The requirements of the built-in patterns, found at build time.
//!
//! `build.rs` parses every pattern of `rules/*/*.toml` and runs
//! [`required_literals`](super::required_literals::required_literals) on
//! it: a run then finds the literals of a built-in pattern without parsing
//! it (parsing every pattern of a language was a quarter of a short
//! draft's run); when a block holds them and the pattern is compiled, its
//! parse is rebuilt from the bytes build.rs encoded (`hir_codec`).

use super::hir_codec;
use super::required_literals::Requirement;
use regex_syntax::hir::{ClassUnicode, Hir};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/pattern_requirements.rs"));
}

/// Each built-in pattern's entry in [`generated::BUILT_IN`].
static BY_PATTERN: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    (generated::BUILT_IN.iter().enumerate())
        .map(|(index, (pattern, ..))| (*pattern, index))
        .collect()
});

/// What build.rs found for `pattern`: `None` when it is no built-in
/// pattern (a project's own, to be parsed), `Some(None)` for a built-in
/// pattern without requirement.
pub fn built_in_requirement(pattern: &str) -> Option<Option<Requirement>> {
    let &index = BY_PATTERN.get(pattern)?;
    let (_, clauses, folded, ..) = generated::BUILT_IN[index];
    Some((!clauses.is_empty()).then(|| {
        Requirement {
            clauses: clauses
                .iter()
                .map(|clause| clause.iter().map(|literal| literal.to_vec()).collect())
                .collect(),
            folded: folded.to_vec(),
        }
    }))
}

/// A built-in `pattern` as the parser would give it, rebuilt from its
/// encoding without parsing (see `hir_codec`); `None` for a project's
/// pattern.
pub fn built_in_hir(pattern: &str) -> Option<Hir> {
    let &index = BY_PATTERN.get(pattern)?;
    hir_codec::decode(generated::BUILT_IN[index].3, &class)
}

/// A built-in `pattern`'s quick-pass copy (`quick_copy`), made by
/// build.rs; `None` for a project's pattern.
pub fn built_in_quick_copy(pattern: &str) -> Option<Hir> {
    let &index = BY_PATTERN.get(pattern)?;
    hir_codec::decode(generated::BUILT_IN[index].4, &class)
}

/// The table's Unicode class `index`, built once per process: the word
/// class alone (some 770 ranges) recurs in most patterns.
fn class(index: usize) -> Option<ClassUnicode> {
    static DECODED: LazyLock<Vec<OnceLock<Option<ClassUnicode>>>> =
        LazyLock::new(|| generated::CLASSES.iter().map(|_| OnceLock::new()).collect());
    DECODED
        .get(index)?
        .get_or_init(|| hir_codec::class(generated::CLASSES[index]))
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::pack::required_literals::required_literals;

    /// The table build.rs wrote is what the run would find by parsing:
    /// for every pattern of every built-in pack, through the parser the
    /// patterns are compiled with.
    #[test]
    fn every_built_in_pattern_has_the_requirement_it_would_be_given() {
        let mut patterns = 0;
        for (path, text) in super::super::EMBEDDED_PACKS {
            let pack: toml::Table = toml::from_str(text).unwrap();
            let rules = pack.get("rules").and_then(|r| r.as_array());
            for pattern in rules.into_iter().flatten().filter_map(|r| r.get("pattern")) {
                let pattern = pattern.as_str().unwrap();
                let hir = regex_automata::util::syntax::parse(pattern).unwrap();
                assert_eq!(
                    built_in_requirement(pattern),
                    Some(required_literals(&hir)),
                    "{path}: {pattern}"
                );
                patterns += 1;
            }
        }
        assert_eq!(patterns, generated::BUILT_IN.len());
        assert_eq!(built_in_requirement("(?i)a project's own"), None);
    }

    /// Each built-in pattern rebuilt from its encoding is its parse, node
    /// for node: it compiles to the same program, matches and captures
    /// the same.
    #[test]
    fn every_built_in_pattern_decodes_to_its_parse() {
        for &(pattern, ..) in generated::BUILT_IN {
            assert_eq!(
                built_in_hir(pattern),
                Some(regex_automata::util::syntax::parse(pattern).unwrap()),
                "{pattern}"
            );
        }
        assert_eq!(built_in_hir(r"(?i)a project's [\w]+"), None);
    }

    /// Each built-in pattern's stored quick-pass copy is the one the run
    /// would make from its parse.
    #[test]
    fn every_stored_quick_copy_is_the_copy_of_the_parse() {
        for &(pattern, ..) in generated::BUILT_IN {
            let hir = regex_automata::util::syntax::parse(pattern).unwrap();
            assert_eq!(
                built_in_quick_copy(pattern),
                Some(crate::rules::pack::quick_copy::quick_copy(&hir)),
                "{pattern}"
            );
        }
    }
}
