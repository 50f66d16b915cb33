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

use regex_syntax::hir::{Capture, Hir, HirKind, Look, Repetition};

/// The relaxed copy of `pattern`, as a pattern, or `None` when it has no
/// Unicode word boundary (the pattern is then as quick as it gets). If the
/// copy cannot be compiled, the pattern runs on every block, as before.
pub fn relaxed(pattern: &str) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    if !has_unicode_word_boundary(&hir) {
        return None;
    }
    Some(without_unicode_word_boundaries(&hir).to_string())
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
