//! The copy of a pattern a quick pass searches (see `word_boundaries`):
//! without its Unicode word boundaries, its large classes widened, its long
//! bounded repetitions unbounded, so that it compiles to a small lazy DFA
//! and matches wherever the pattern does.
//!
//! Pure HIR work, shared by the run and by `build.rs`, which makes the
//! copy of every built-in pattern once (encoded beside the pattern's own
//! HIR, `hir_codec`): copying a pattern's tree at run time was a quarter
//! of what a short French draft spent compiling its passes.

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition};

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

pub fn has_unicode_word_boundary(hir: &Hir) -> bool {
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

/// A class with more non-ASCII ranges than this is widened in the quick
/// pass: `(?i)é` (two ranges) stays as it is, `\w` (hundreds) does not.
const WIDEN_OVER_RANGES: usize = 8;

/// A repetition bounded above this (`[^,.\n]{1,60}`) has no upper bound
/// in the quick pass: `{1,3}` stays, `{1,60}` becomes `{1,}`.
const UNBOUND_OVER: u32 = 4;

/// The copy a quick pass searches: `hir` without its Unicode word
/// boundaries, with each large Unicode class replaced by its ASCII part
/// plus every non-ASCII character (a superset, which compiles to a few
/// UTF-8 ranges instead of hundreds), and with long bounded repetitions
/// unbounded (a superset too: `x{1,60}` is sixty copies of `x` in the
/// automaton, `x+` one; the stock phrases' `{1,60}` and `{1,80}` were a
/// third of what a short draft spent compiling). One walk makes all the
/// changes: copying the tree was itself a tenth of compiling a short
/// draft's passes.
pub fn quick_copy(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(look) if is_unicode_word_boundary(*look) => Hir::empty(),
        HirKind::Class(Class::Unicode(class)) => {
            let non_ascii = class.ranges().iter().filter(|r| !r.end().is_ascii());
            if non_ascii.count() <= WIDEN_OVER_RANGES {
                return hir.clone();
            }
            let mut ranges: Vec<ClassUnicodeRange> = class
                .ranges()
                .iter()
                .filter(|r| r.start().is_ascii())
                .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\x7f')))
                .collect();
            ranges.push(ClassUnicodeRange::new('\u{80}', char::MAX));
            Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(quick_copy(&rep.sub)),
            max: rep.max.filter(|&max| max <= UNBOUND_OVER),
            ..rep.clone()
        }),
        // The copy only answers whether and where a match is: no group.
        HirKind::Capture(cap) => quick_copy(&cap.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(quick_copy).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(quick_copy).collect()),
    }
}
