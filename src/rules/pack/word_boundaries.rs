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
//! A built-in pattern without Unicode word boundaries gets such a pass too,
//! the pattern itself: compiling the whole pattern then waits for the first
//! block the pass lets through, and most drafts have none for most
//! patterns (`src/rules/pack/pattern.rs`).

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Input, MatchKind};
use regex_syntax::hir::{Capture, Hir, HirKind, Look, Repetition};

/// The relaxed copy of `pattern`, as a pattern, or `None` when it has no
/// Unicode word boundary (the pattern is then as quick as it gets).
#[cfg(test)]
pub fn relaxed(pattern: &str) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    relaxed_hir(&hir).map(|copy| copy.to_string())
}

/// The relaxed copy of a parsed pattern, or `None` when it has no Unicode
/// word boundary.
pub fn relaxed_hir(hir: &Hir) -> Option<Hir> {
    has_unicode_word_boundary(hir).then(|| without_unicode_word_boundaries(hir))
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
    pub fn compile(hir: &Hir, size_limit: usize, always: bool) -> Option<Self> {
        let copy = match relaxed_hir(hir) {
            Some(copy) => copy,
            None if always => hir.clone(),
            None => return None,
        };
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

fn is_unicode_word_boundary(look: Look) -> bool {
    matches!(
        look,
        Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode
    )
}

fn has_unicode_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => is_unicode_word_boundary(*look),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
        HirKind::Repetition(rep) => has_unicode_word_boundary(&rep.sub),
        HirKind::Capture(cap) => has_unicode_word_boundary(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().any(has_unicode_word_boundary)
        }
    }
}

/// `hir` with every Unicode word boundary replaced by the empty pattern.
fn without_unicode_word_boundaries(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(look) if is_unicode_word_boundary(*look) => Hir::empty(),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(without_unicode_word_boundaries(&rep.sub)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(without_unicode_word_boundaries(&cap.sub)),
            ..cap.clone()
        }),
        HirKind::Concat(subs) => {
            Hir::concat(subs.iter().map(without_unicode_word_boundaries).collect())
        }
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(without_unicode_word_boundaries).collect())
        }
    }
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
}
