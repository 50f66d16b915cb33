//! A quick first pass for patterns with Unicode word boundaries.
//!
//! The regex crate searches with a lazy DFA, which cannot look at the
//! characters around a Unicode word boundary (`\b`, `\B`, `\<`, `\>`…): on
//! the first non-ASCII byte it gives up, and the search is run again by a
//! backtracker or a PikeVM, tens of times slower. In French prose that is
//! every block: one built-in pattern with a `\b` took half the time of a
//! whole run. The ASCII boundary `(?-u:\b)` is not the same thing after a
//! word that ends in `é` (`communiqué`), so patterns keep the Unicode one.
//!
//! Instead, such a pattern gets a relaxed copy without its Unicode word
//! boundaries. Dropping an assertion only lets a pattern match in more
//! places, so a block where the relaxed copy (searched by the DFA) finds
//! nothing holds no match of the pattern either; the pattern itself runs
//! only on the few blocks that remain, and findings are exactly the same.
//!
//! The copy only answers "is there a match in this block?", so it is a
//! forward lazy DFA alone ([`RelaxedCopy`]): a whole `meta` regex would also
//! compile the pattern backwards (to find where matches start) and for the
//! PikeVM, which doubled what compiling the copy cost at start-up.
//!
//! On a block the pass lets through, the pattern itself would still be
//! searched by a PikeVM from the block's start to its end. A built-in
//! pattern that cannot match the empty string therefore also gets
//! [`CandidateStarts`]: where matches of the copy start, found by the
//! copy's lazy DFAs (forwards, then backwards from the match's end). Every
//! match of the pattern starts where one of the copy does, so the pattern
//! is tried anchored at those places only, in order, and the first that
//! holds is the match an unanchored search would have found
//! (`src/rules/pack/exact_matches.rs`).
//!
//! A built-in pattern without Unicode word boundaries gets such a pass too,
//! the pattern itself: compiling the whole pattern then waits for the first
//! block the pass lets through, and most drafts have none for most
//! patterns (`src/rules/pack/pattern.rs`).
//!
//! The copy also widens the large Unicode classes of the pattern (`\w`,
//! `\s`, `\d`, `\p{L}`, their negations) to their ASCII part plus every
//! non-ASCII character ([`with_wide_classes`]). Compiling such a class to
//! UTF-8 automata was most of what compiling the quick passes cost (a
//! tenth of a 2.4 MB French run, most of a short draft's), and a wider
//! class, like a dropped boundary, only lets the copy match in more
//! places: findings stay exactly the same.

use super::quick_copy::{has_unicode_word_boundary, quick_copy};
use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Input, MatchKind};
use regex_syntax::hir::Hir;
use std::borrow::Cow;
use std::sync::Arc;

/// The quick pass's copy of `pattern`, as a pattern, or `None` when it has
/// no Unicode word boundary (the pattern is then as quick as it gets).
#[cfg(test)]
pub fn relaxed(pattern: &str) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    has_unicode_word_boundary(&hir).then(|| quick_copy(&hir).to_string())
}

/// The relaxed copy, compiled to answer whether a text may hold a match.
pub struct RelaxedCopy {
    dfa: hybrid::dfa::DFA,
    /// One search cache per thread that asks at the same time.
    caches: Pool<hybrid::dfa::Cache, Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync>>,
}

impl RelaxedCopy {
    /// The copy of `hir` (a pattern parsed with the regex crate's syntax
    /// settings), compiled under the pattern's own size limit; `None` when
    /// it has no Unicode word boundary (unless `always`: the copy is then
    /// the pattern itself, a quick pass that lets a caller put off
    /// compiling the whole pattern) or does not fit the limit (the pattern
    /// then runs on every block, as before).
    /// `copy` is the copy made already (a built-in pattern's, by
    /// build.rs), or `None` to make it here.
    pub fn compile(hir: &Hir, copy: Option<&Hir>, size_limit: usize, always: bool) -> Option<Self> {
        if !always && !has_unicode_word_boundary(hir) {
            return None;
        }
        let copy = copy_or_make(hir, copy);
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(size_limit))
                    .which_captures(WhichCaptures::None),
            )
            .build_from_hir(&copy)
            .ok()?;
        // A literal prefilter, as the regex crate gives its own lazy DFA:
        // most blocks are skipped by a memchr or Teddy search.
        let prefilter = Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, &copy);
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .specialize_start_states(prefilter.is_some())
                    .prefilter(prefilter)
                    .cache_capacity(size_limit),
            )
            .build_from_nfa(nfa)
            .ok()?;
        let for_cache = dfa.clone();
        Some(RelaxedCopy {
            dfa,
            caches: Pool::new(Box::new(move || for_cache.create_cache())),
        })
    }

    /// False when `text` holds no match of the copy, so none of the
    /// pattern; true when it may (the DFA gave up counts as "may").
    pub fn may_match(&self, text: &str) -> bool {
        let mut cache = self.caches.get();
        let input = Input::new(text).earliest(true);
        !matches!(self.dfa.try_search_fwd(&mut cache, &input), Ok(None))
    }

    /// The memory the compiled copy takes (its search caches aside).
    pub fn memory_usage(&self) -> usize {
        self.dfa.get_nfa().memory_usage() + self.dfa.memory_usage()
    }
}

/// Where matches of a pattern's relaxed copy start, to try the pattern at
/// those places only (see the module's documentation).
pub struct CandidateStarts {
    regex: Arc<hybrid::regex::Regex>,
    /// One search cache per thread that asks at the same time.
    caches: Pool<hybrid::regex::Cache, Box<dyn Fn() -> hybrid::regex::Cache + Send + Sync>>,
}

/// The copy's lazy DFA gave up (its cache filled too often): the caller
/// searches with the pattern itself from there on.
#[derive(Debug, PartialEq, Eq)]
pub struct GaveUp;

impl CandidateStarts {
    /// For `hir` (whose quick pass is `pass`): `None` when it has no Unicode
    /// word boundary (the regex crate's own lazy DFA then searches the
    /// pattern quickly), may match the empty string (an iterator's rules
    /// for empty matches are not worth repeating here) or does not fit
    /// `size_limit` backwards.
    pub fn compile(
        pass: &RelaxedCopy,
        hir: &Hir,
        copy: Option<&Hir>,
        size_limit: usize,
    ) -> Option<Self> {
        if hir.properties().minimum_len().is_none_or(|len| len == 0) {
            return None;
        }
        if !has_unicode_word_boundary(hir) {
            return None;
        }
        // The same copy as the quick pass's, whose forward DFA this reuses.
        let copy = copy_or_make(hir, copy);
        // As `hybrid::regex::Builder` builds its reverse DFA: all matches,
        // no prefilter, backwards.
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(size_limit))
                    .which_captures(WhichCaptures::None)
                    .reverse(true),
            )
            .build_from_hir(&copy)
            .ok()?;
        let reverse = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(MatchKind::All)
                    .prefilter(None)
                    .specialize_start_states(false)
                    .cache_capacity(size_limit),
            )
            .build_from_nfa(nfa)
            .ok()?;
        let regex =
            Arc::new(hybrid::regex::Builder::new().build_from_dfas(pass.dfa.clone(), reverse));
        let for_cache = Arc::clone(&regex);
        Some(CandidateStarts {
            regex,
            caches: Pool::new(Box::new(move || for_cache.create_cache())),
        })
    }

    /// The first place at or after `from` where a match of the copy starts
    /// in `text`, the text before `from` still read as context (word
    /// boundaries); `None` when there is none.
    pub fn first_from(&self, text: &str, from: usize) -> Result<Option<usize>, GaveUp> {
        let mut cache = self.caches.get();
        let input = Input::new(text).span(from..text.len());
        match self.regex.try_search(&mut cache, &input) {
            Ok(found) => Ok(found.map(|m| m.start())),
            Err(_) => Err(GaveUp),
        }
    }
}

/// `copy` when it was made already (a built-in pattern's, by build.rs),
/// else the copy of `hir` made now.
fn copy_or_make<'a>(hir: &Hir, copy: Option<&'a Hir>) -> Cow<'a, Hir> {
    copy.map_or_else(|| Cow::Owned(quick_copy(hir)), Cow::Borrowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn a_pattern_without_unicode_boundaries_needs_no_copy() {
        assert!(relaxed(r"(?i)lire la suite").is_none());
        assert!(relaxed(r"(?i)\bsuite(?-u:\b)").is_some());
        assert!(relaxed(r"(?i)suite(?-u:\b)").is_none());
    }

    /// The copy finds a match wherever the pattern does (a word ending in
    /// a non-ASCII letter included), and may find more.
    #[test]
    fn the_copy_matches_wherever_the_pattern_does() {
        let pattern = r"(?i)\b(?:été|café|thé)s?\b";
        let exact = Regex::new(pattern).unwrap();
        let copy = Regex::new(&relaxed(pattern).unwrap()).unwrap();
        for text in [
            "Un café noir.",
            "Les étés passent",
            "THÉ",
            "au café-théâtre",
        ] {
            assert!(exact.is_match(text), "{text}");
            assert!(copy.is_match(text), "{text}");
        }
        for text in ["décaféiné", "Un théâtre"] {
            assert!(!exact.is_match(text), "{text}");
            assert!(copy.is_match(text), "{text}");
        }
        assert!(!copy.is_match("Un verre d'eau."));
    }

    /// A wide class takes every non-ASCII character and keeps its ASCII
    /// part exactly; a small one (a letter in either case) is untouched.
    #[test]
    fn large_classes_are_widened_small_ones_kept() {
        let wide = |pattern: &str| {
            let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
            Regex::new(&quick_copy(&hir).to_string()).unwrap()
        };
        let word = wide(r"^\w+$");
        for text in ["abc_9", "été", "œuvre", "日本", "a\u{a0}b"] {
            assert!(word.is_match(text), "{text:?}");
        }
        for text in ["a b", "a-b", "a.b"] {
            assert!(!word.is_match(text), "{text:?}");
        }
        let small = wide(r"^(?i)é$");
        assert!(small.is_match("É") && !small.is_match("è"));
        // Every match of the pattern is one of the widened copy.
        let pattern = r"(?i)\bvoir\s+(?:les\s+)?\w+\W*$";
        let exact = Regex::new(pattern).unwrap();
        let copy = wide(pattern);
        for text in [
            "Voir les détails…",
            "voir\u{a0}plus",
            "À voir  ÉTÉ",
            "voir tout »",
        ] {
            assert!(exact.is_match(text), "{text:?}");
            assert!(copy.is_match(text), "{text:?}");
        }
    }

    /// A long bounded repetition loses its upper bound in the copy (which
    /// then matches more), a short one keeps it.
    #[test]
    fn long_repetitions_are_unbounded_short_ones_kept() {
        let copy = |pattern: &str| {
            let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
            quick_copy(&hir).to_string()
        };
        let long = Regex::new(&copy(r"^ou [^,\n]{1,8},$")).unwrap();
        assert!(long.is_match("ou le marché du samedi matin,"));
        assert!(long.is_match("ou pas,") && !long.is_match("ou ,"));
        let exact = Regex::new(r"^ou [^,\n]{1,8},$").unwrap();
        assert!(!exact.is_match("ou le marché du samedi matin,"));
        let short = Regex::new(&copy(r"^(?:\S+ ){0,2}fin$")).unwrap();
        assert!(short.is_match("une belle fin") && !short.is_match("une très belle fin"));
    }
}
