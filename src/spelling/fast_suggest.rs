//! Our own suggester for when spellbook's passes would not fit the time
//! budget: likely single edits, each checked, stopping after a fixed number
//! of lookups (a count, not a deadline, so results never depend on timing).

use super::dictionary::HunspellDictionary;
use std::cell::Cell;

impl HunspellDictionary {
    /// The fast suggester (see [`Dictionary::suggest`]): candidates in order
    /// of likelihood, each checked, stopping after `max_checks` lookups or
    /// once a tier has filled `out` with `max` words.
    pub(super) fn fast_suggest(
        &self,
        word: &str,
        max: usize,
        max_checks: usize,
        out: &mut Vec<String>,
    ) {
        let chars: Vec<char> = word.chars().collect();
        // A word in capitals is corrected in lowercase, then upper-cased.
        let all_caps = chars.len() > 1 && chars.iter().all(|c| !c.is_lowercase());
        let chars: Vec<char> = if all_caps {
            word.to_lowercase().chars().collect()
        } else {
            chars
        };
        let n = chars.len();
        let s: String = chars.iter().collect();
        let checks_left = Cell::new(max_checks);
        let spend = || match checks_left.get() {
            0 => false,
            n => {
                checks_left.set(n - 1);
                true
            }
        };
        let try_candidate = |candidate: String, out: &mut Vec<String>| -> bool {
            if !spend() {
                return false;
            }
            if candidate != s && !out.contains(&candidate) && self.spellbook().check(&candidate) {
                out.push(candidate);
            }
            true
        };
        let base = |c: char| c.to_lowercase().next().map(strip_accent).unwrap_or(c);
        let with = |i: usize, c: char| -> String {
            chars
                .iter()
                .enumerate()
                .map(|(j, &d)| if j == i { c } else { d })
                .collect()
        };

        'tiers: for tier in 0..5 {
            match tier {
                // REP table (the dictionary's own list of likely confusions).
                0 => {
                    for (from, to) in &self.rep {
                        for (i, _) in s.match_indices(from.as_str()) {
                            let candidate = format!("{}{}{}", &s[..i], to, &s[i + from.len()..]);
                            if candidate.contains(' ') {
                                // A REP into two words is right when both are.
                                if !candidate.split(' ').all(|w| self.spellbook().check(w)) {
                                    continue;
                                }
                                if !out.contains(&candidate) {
                                    out.push(candidate);
                                }
                            } else if !try_candidate(candidate, out) {
                                break 'tiers;
                            }
                        }
                    }
                }
                // Same letter, other accent or case.
                1 => {
                    for (i, &orig) in chars.iter().enumerate() {
                        for &c in &self.try_chars {
                            if c != orig && base(c) == base(orig) && !try_candidate(with(i, c), out)
                            {
                                break 'tiers;
                            }
                        }
                    }
                }
                // Neighbours swapped; a letter too many.
                2 => {
                    for i in 0..n.saturating_sub(1) {
                        let mut v = chars.clone();
                        v.swap(i, i + 1);
                        if !try_candidate(v.into_iter().collect(), out) {
                            break 'tiers;
                        }
                    }
                    for i in 0..n {
                        let v: String = chars
                            .iter()
                            .enumerate()
                            .filter(|&(j, _)| j != i)
                            .map(|(_, &c)| c)
                            .collect();
                        if !try_candidate(v, out) {
                            break 'tiers;
                        }
                    }
                }
                // A letter missing or a wrong letter, likeliest letters first
                // (`TRY` is ordered by frequency).
                3 => {
                    for &c in &self.try_chars {
                        for i in 0..=n {
                            let mut v = chars.clone();
                            v.insert(i, c);
                            if !try_candidate(v.into_iter().collect(), out) {
                                break 'tiers;
                            }
                            if i < n
                                && c != chars[i]
                                && base(c) != base(chars[i])
                                && !try_candidate(with(i, c), out)
                            {
                                break 'tiers;
                            }
                        }
                    }
                }
                // Two words run together (each part at least two letters).
                _ => {
                    for i in 2..n.saturating_sub(1) {
                        if !spend() {
                            break 'tiers;
                        }
                        let (left, right): (String, String) =
                            (chars[..i].iter().collect(), chars[i..].iter().collect());
                        if self.spellbook().check(&left) && self.spellbook().check(&right) {
                            out.push(format!("{left} {right}"));
                        }
                    }
                }
            }
            if out.len() >= max {
                break;
            }
        }
        if all_caps {
            for s in out.iter_mut() {
                *s = s.to_uppercase();
            }
        }
    }
}

/// The letter without its accent, for the Latin letters French and English
/// use; other characters are returned unchanged.
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        'ñ' => 'n',
        _ => c,
    }
}
