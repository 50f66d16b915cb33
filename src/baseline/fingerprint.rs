//! Fingerprints: what identifies a finding across edits of the file.
//!
//! A fingerprint hashes the rule id, the path, the matched text and a few
//! words on each side of it within its sentence, never a line or an offset:
//! adding or editing other sentences and paragraphs, or re-wrapping the
//! lines around it, keeps its fingerprint; rewriting the words next to it
//! does not. Whitespace is
//! collapsed and case folded so re-wrapping or a changed capital after a
//! cut does not matter either.

use crate::diagnostic::Span;

/// Words of context taken on each side of the match.
const CONTEXT_WORDS: usize = 3;
/// How far to look for those words, in bytes, so a finding in a long
/// paragraph costs the same as one in a short one.
const CONTEXT_BYTES: usize = 160;

/// A stable 64-bit fingerprint, as 16 hex digits.
pub fn fingerprint(rule: &str, path: &str, source: &str, span: Span) -> String {
    let span = clamp(source, span);
    let matched = collapse(&source[span.range()]);
    let before = floor_boundary(source, span.start.saturating_sub(CONTEXT_BYTES));
    let after = ceil_boundary(source, (span.end + CONTEXT_BYTES).min(source.len()));
    let words_before: Vec<String> = words(sentence_tail(&source[before..span.start]));
    let words_after: Vec<String> = words(sentence_head(&source[span.end..after]));
    let before_context = words_before[words_before.len().saturating_sub(CONTEXT_WORDS)..].join(" ");
    let after_context = words_after[..words_after.len().min(CONTEXT_WORDS)].join(" ");
    let mut hash = Fnv1a::new();
    for part in [rule, path, &before_context, &matched, &after_context] {
        hash.write(part.as_bytes());
        // A separator that cannot occur in text keeps ("ab","c") and
        // ("a","bc") apart.
        hash.write(&[0xff]);
    }
    format!("{:016x}", hash.finish())
}

/// The matched text as recorded in a baseline, for people reading it.
pub fn matched_text(source: &str, span: Span) -> String {
    let text = collapse(&source[clamp(source, span).range()]);
    if text.chars().count() > 80 {
        let mut cut: String = text.chars().take(79).collect();
        cut.push('…');
        cut
    } else {
        text
    }
}

fn clamp(source: &str, span: Span) -> Span {
    let end = ceil_boundary(source, span.end.min(source.len()));
    let start = floor_boundary(source, span.start.min(end));
    Span::new(start, end)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Context stays inside the finding's sentence: a new sentence or
/// paragraph beside it is an unrelated edit.
fn is_boundary(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn sentence_tail(text: &str) -> &str {
    let cut = [text.rfind(is_boundary), text.rfind("\n\n")]
        .into_iter()
        .flatten()
        .max();
    match cut {
        Some(i) => &text[i + text[i..].chars().next().map_or(0, char::len_utf8)..],
        None => text,
    }
}

fn sentence_head(text: &str) -> &str {
    let cut = [text.find(is_boundary), text.find("\n\n")]
        .into_iter()
        .flatten()
        .min();
    cut.map_or(text, |i| &text[..i])
}

fn collapse(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// FNV-1a: tiny, and stable across Rust versions and platforms, unlike
/// the standard library's hasher.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(source: &str, word: &str) -> String {
        let start = source.find(word).unwrap();
        fingerprint("r.x", "a.md", source, Span::new(start, start + word.len()))
    }

    #[test]
    fn survives_unrelated_edits_and_rewrapping() {
        let original = "Intro.\n\nWe went to the the market on Sunday.\n";
        let edited = "A new first paragraph.\n\nIntro.\n\nWe went to\nthe the market on Sunday.\n";
        assert_eq!(fp(original, "the the"), fp(edited, "the the"));
    }

    #[test]
    fn other_sentences_are_not_context() {
        let a = "We went to the the market. It rained.";
        let b = "Before. We went to the the market. Then it was sunny!";
        assert_eq!(fp(a, "the the"), fp(b, "the the"));
    }

    #[test]
    fn changes_with_the_neighbourhood_and_the_rule() {
        let a = "We went to the the market on Sunday.";
        let b = "They drove to the the market on Sunday.";
        assert_ne!(fp(a, "the the"), fp(b, "the the"));
        let start = a.find("the the").unwrap();
        let span = Span::new(start, start + 7);
        assert_ne!(
            fingerprint("r.x", "a.md", a, span),
            fingerprint("r.y", "a.md", a, span)
        );
    }

    #[test]
    fn is_stable() {
        // Recorded baselines must keep matching across releases.
        assert_eq!(
            fp("We went to the the market.", "the the"),
            "d5e4acb88cb4af55"
        );
    }
}
