//! The matches of a pattern in a block, searched where they can start.
//!
//! A pattern with a Unicode word boundary is searched by a PikeVM (the
//! regex crate's lazy DFA gives up on such a pattern at the first non-ASCII
//! byte), and an unanchored PikeVM search reads the whole block, thread by
//! thread, even when the only match is near its end. With
//! [`CandidateStarts`] the pattern is instead tried anchored at each place
//! where its relaxed copy matches, in order: every match of the pattern
//! is a match of the copy starting at the same place, so the first place
//! where the anchored pattern holds is where the leftmost match starts,
//! and the anchored search there gives the same match (leftmost-first: at
//! the leftmost start, the alternative the pattern prefers). The next
//! match is searched from the end of this one, as `captures_iter` does;
//! the pattern cannot match the empty string
//! ([`CandidateStarts::compile`]), so no empty match needs its special
//! rules.

use super::word_boundaries::{CandidateStarts, GaveUp};
use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

/// Calls `each` with the captures of every match of `regex` in `text`, in
/// order: the same matches as `regex.captures_iter(text)`. `starts` are
/// the candidate starts of `regex` (see the module's documentation).
pub fn for_each_match(
    regex: &Regex,
    starts: Option<&CandidateStarts>,
    text: &str,
    mut each: impl FnMut(&Captures),
) {
    let Some(starts) = starts else {
        regex.captures_iter(text).for_each(|caps| each(&caps));
        return;
    };
    let mut caps = regex.create_captures();
    let mut from = 0;
    while from <= text.len() {
        match first_match(regex, starts, text, from, &mut caps) {
            Ok(true) => {}
            Ok(false) => return,
            Err(GaveUp) => {
                // The copy's DFA gave up; no match starts before `from`.
                let rest = Input::new(text).span(from..text.len());
                regex.captures_iter(rest).for_each(|caps| each(&caps));
                return;
            }
        }
        each(&caps);
        let Some(whole) = caps.get_match() else {
            return;
        };
        // Never empty (see the module's documentation), so this moves on.
        from = whole.end().max(from + 1);
    }
}

/// Puts into `caps` the first match of `regex` starting at or after
/// `from`; false when there is none. `Err` when the candidate starts' DFA
/// gave up, the candidates tried so far having held no match.
fn first_match(
    regex: &Regex,
    starts: &CandidateStarts,
    text: &str,
    from: usize,
    caps: &mut Captures,
) -> Result<bool, GaveUp> {
    let mut at = from;
    while let Some(start) = starts.first_from(text, at)? {
        let anchored = Input::new(text)
            .span(start..text.len())
            .anchored(Anchored::Yes);
        regex.search_captures(&anchored, caps);
        if caps.is_match() {
            return Ok(true);
        }
        // On to the next character: the copy matches only whole ones.
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        if at > text.len() {
            break;
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::pack::word_boundaries::RelaxedCopy;

    /// Every match, as `captures_iter` and as [`for_each_match`] give it:
    /// the whole match and each group.
    fn both_ways(pattern: &str, text: &str) -> (Vec<String>, Vec<String>) {
        let hir = regex_automata::util::syntax::parse(pattern).unwrap();
        let regex = Regex::builder().build_from_hir(&hir).unwrap();
        let limit = 2 * 1024 * 1024;
        let pass = RelaxedCopy::compile(&hir, None, limit, true).unwrap();
        let starts = CandidateStarts::compile(&pass, &hir, None, limit)
            .expect("a pattern with a Unicode word boundary and no empty match");
        let show = |caps: &Captures| {
            (0..caps.group_len())
                .map(|g| format!("{:?}", caps.get_group(g).map(|s| s.range())))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let plain = regex.captures_iter(text).map(|c| show(&c)).collect();
        let mut searched = Vec::new();
        for_each_match(&regex, Some(&starts), text, |caps| {
            searched.push(show(caps))
        });
        (plain, searched)
    }

    #[test]
    fn the_same_matches_as_an_unanchored_search() {
        let cases = [
            // A candidate of the copy inside a longer word, then real ones.
            (
                r"(?i)\b(?:thé|café)s?\b",
                "Un décaféiné, deux cafés et un THÉ.",
            ),
            // Overlapping candidates: the first one fails, a later one holds.
            (r"\bab+c\b", "xabbc abbbc abc"),
            // The alternative preferred at the leftmost start, not the longest.
            (r"\b(?:à la|à la mode)\b", "Servi à la mode d'ici."),
            // Groups, one of which takes no part in a match.
            (
                r"(?i)\b(?:(?P<span_a>élan)|(?P<span_b>été))\b",
                "Un bel élan, un été, un étédé.",
            ),
            // A match touching the previous one.
            (r"\bné\b", "né né"),
            // Nothing but candidates that fail.
            (r"\bcafé\b", "décafé cafés"),
        ];
        for (pattern, text) in cases {
            let (plain, searched) = both_ways(pattern, text);
            assert_eq!(plain, searched, "{pattern} on {text:?}");
        }
    }

    #[test]
    fn patterns_without_candidate_starts() {
        let limit = 2 * 1024 * 1024;
        for pattern in [r"café", r"\b(?:x)?\b", r"(?-u:\b)thé"] {
            let hir = regex_automata::util::syntax::parse(pattern).unwrap();
            let pass = RelaxedCopy::compile(&hir, None, limit, true).unwrap();
            assert!(
                CandidateStarts::compile(&pass, &hir, None, limit).is_none(),
                "{pattern}"
            );
        }
    }
}
