//! Literals one of which every match of a pattern contains.
//!
//! A pattern rule used to run its quick pass (a lazy DFA, `word_boundaries`)
//! over every block of every document, and to compile that pass on the
//! first document: for a short draft most of a run was compiling passes,
//! and for a long one a third of it was passes finding nothing. Most
//! built-in patterns are alternations of words, so every match holds one
//! of a few literals (`(?i)\b(?:read|continue) (?:more|reading)` holds
//! `read` or `continue`). [`required_literals`] finds such a set from the
//! parsed pattern; a rule set searches the literals of all its patterns in
//! one Aho-Corasick pass per document (`catalogue::PatternBatch`), and a
//! pattern runs — and is compiled — only on the blocks holding one of its
//! literals. A block without them holds no match, so findings are exactly
//! the same.
//!
//! The literals are searched ignoring ASCII case, which finds at least
//! what the pattern does: `(?i)` makes each letter a class of its two
//! cases, read here as the lowercase letter. Case folding also puts two
//! characters outside ASCII into such classes (the Kelvin sign, U+212A, with
//! `k`, the long `ſ` with `s`); they are collected in
//! [`Requirement::folded`], and a document holding one of them is read
//! without the literals' help.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Shortest literal worth searching: a two-letter literal is in nearly
/// every block, and would only cost the search its time.
const MIN_LITERAL_BYTES: usize = 3;

/// Most strings a finite part of a pattern may spell out before it is no
/// longer spelled (`(?:a|b)(?:c|d)` is four strings); beyond, the part is
/// split in smaller pieces.
const MAX_STRINGS: usize = 64;

/// Most literals a pattern's requirement may hold: more and the search
/// would find something in every block.
const MAX_LITERALS: usize = 256;

/// What a pattern's matches must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// Every match contains one of these, compared ignoring ASCII case
    /// (they are lowercase); non-ASCII bytes compare exactly.
    pub literals: Vec<Vec<u8>>,
    /// Characters outside ASCII that case folding made equal to an ASCII
    /// letter of a literal: a text holding one may match without the
    /// literal, so it must be read without the requirement.
    pub folded: Vec<char>,
}

/// The literals every match of `hir` contains, when the pattern has a
/// useful set of them (each at least three bytes, at most 256 of them).
pub fn required_literals(hir: &Hir) -> Option<Requirement> {
    let mut folded = Vec::new();
    let info = info(hir, &mut folded);
    let literals = best(&[info.required, info.exact])?;
    let shortest = literals.iter().map(Vec::len).min()?;
    (shortest >= MIN_LITERAL_BYTES && literals.len() <= MAX_LITERALS).then(|| {
        folded.sort_unstable();
        folded.dedup();
        Requirement { literals, folded }
    })
}

/// What is known of a part of a pattern.
#[derive(Default)]
struct Info {
    /// Every string the part matches, when there are few (lowercase).
    exact: Option<Vec<Vec<u8>>>,
    /// Strings one of which every match of the part contains.
    required: Option<Vec<Vec<u8>>>,
}

fn info(hir: &Hir, folded: &mut Vec<char>) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => exactly(vec![Vec::new()]),
        HirKind::Literal(literal) => exactly(vec![literal.0.to_ascii_lowercase()]),
        HirKind::Class(class) => match one_letter(class, folded) {
            Some(bytes) => exactly(vec![bytes]),
            None => Info::default(),
        },
        HirKind::Capture(capture) => info(&capture.sub, folded),
        HirKind::Repetition(repetition) => {
            let sub = info(&repetition.sub, folded);
            match (repetition.min, repetition.max) {
                (1, Some(1)) => sub,
                (0, _) => Info::default(),
                // At least once: what one copy requires, the whole does.
                _ => Info {
                    exact: None,
                    required: best(&[sub.required, sub.exact]),
                },
            }
        }
        HirKind::Alternation(branches) => {
            let infos: Vec<Info> = branches.iter().map(|b| info(b, folded)).collect();
            let exact = infos
                .iter()
                .map(|i| i.exact.clone())
                .collect::<Option<Vec<_>>>()
                .map(|sets| sets.concat())
                .filter(|set| set.len() <= MAX_STRINGS);
            // Each branch's own requirement; a branch with none leaves the
            // alternation with none.
            let required = infos
                .into_iter()
                .map(|i| best(&[i.required, i.exact]))
                .collect::<Option<Vec<_>>>()
                .map(|sets| deduplicated(sets.concat()))
                .filter(|set| set.len() <= MAX_LITERALS);
            Info { exact, required }
        }
        HirKind::Concat(parts) => {
            // Runs of consecutive exact parts are spelled out together
            // (`read` then ` more`: `read more`); each run, and the
            // requirement of each part that is not exact, is a candidate.
            let mut candidates: Vec<Option<Vec<Vec<u8>>>> = Vec::new();
            let mut run: Vec<Vec<u8>> = vec![Vec::new()];
            let mut whole: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
            for part in parts {
                let part = info(part, folded);
                match part.exact {
                    Some(set) => {
                        whole = whole.and_then(|w| product(&w, &set));
                        run = match product(&run, &set) {
                            Some(longer) => longer,
                            None => {
                                candidates.push(Some(std::mem::take(&mut run)));
                                set
                            }
                        };
                    }
                    None => {
                        whole = None;
                        candidates.push(Some(std::mem::replace(&mut run, vec![Vec::new()])));
                        candidates.push(part.required);
                    }
                }
            }
            candidates.push(Some(run));
            Info {
                required: best(&candidates),
                exact: whole,
            }
        }
    }
}

fn exactly(set: Vec<Vec<u8>>) -> Info {
    Info {
        exact: Some(set),
        required: None,
    }
}

/// The bytes of the one character `class` stands for: a single character,
/// or one ASCII letter in its cases (what `(?i)` makes of a letter, read as
/// the lowercase letter; characters outside ASCII folded with it go to
/// `folded`). `None` for any other class.
fn one_letter(class: &Class, folded: &mut Vec<char>) -> Option<Vec<u8>> {
    let chars: Vec<char> = match class {
        Class::Unicode(class) => {
            let mut chars = Vec::new();
            for range in class.ranges() {
                if u32::from(range.end()) - u32::from(range.start()) > 4 || chars.len() > 4 {
                    return None;
                }
                chars.extend(range.start()..=range.end());
            }
            chars
        }
        Class::Bytes(class) => {
            let mut chars = Vec::new();
            for range in class.ranges() {
                if range.end() - range.start() > 4 || chars.len() > 4 || !range.end().is_ascii() {
                    return None;
                }
                chars.extend((range.start()..=range.end()).map(char::from));
            }
            chars
        }
    };
    match chars.as_slice() {
        [] => None,
        [one] => Some(one.to_string().into_bytes()),
        _ => {
            let letter = chars.iter().find(|c| c.is_ascii())?.to_ascii_lowercase();
            let (ascii, other): (Vec<char>, Vec<char>) = chars.iter().partition(|c| c.is_ascii());
            if !letter.is_ascii_alphabetic()
                || ascii.iter().any(|c| c.to_ascii_lowercase() != letter)
            {
                return None;
            }
            folded.extend(other);
            Some(vec![letter as u8])
        }
    }
}

/// Every string of `a` followed by every string of `b`, if not too many.
fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_STRINGS {
        return None;
    }
    Some(deduplicated(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| [x.as_slice(), y].concat()))
            .collect(),
    ))
}

fn deduplicated(mut set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    set.sort_unstable();
    set.dedup();
    set
}

/// The most selective of the candidate sets: the one whose shortest string
/// is longest (a set holding the empty string requires nothing), then the
/// smallest.
fn best(candidates: &[Option<Vec<Vec<u8>>>]) -> Option<Vec<Vec<u8>>> {
    candidates
        .iter()
        .flatten()
        .filter_map(|set| {
            let shortest = set.iter().map(Vec::len).min()?;
            (shortest > 0).then_some((shortest, set))
        })
        // Past a few bytes a literal is about as rare as a longer one:
        // fewer literals then matter more.
        .max_by_key(|(shortest, set)| ((*shortest).min(6), std::cmp::Reverse(set.len()), *shortest))
        .map(|(_, set)| set.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals(pattern: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        required_literals(&hir).map(|r| {
            r.literals
                .into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect()
        })
    }

    #[test]
    fn an_alternation_of_words_requires_one_of_them() {
        assert_eq!(
            literals(r"(?i)\b(?:read|continue) (?:more|reading)\b").unwrap(),
            [
                "continue more",
                "continue reading",
                "read more",
                "read reading"
            ]
        );
        assert_eq!(
            literals(r"(?i)(?:subscribe|sign up)\s+(?:to|for)").unwrap(),
            ["sign up", "subscribe"]
        );
    }

    #[test]
    fn the_longest_piece_of_a_sequence_is_chosen() {
        assert_eq!(
            literals(r"(?i)ab\s+newsletter\s*[!.]").unwrap(),
            ["newsletter"]
        );
        assert_eq!(literals(r"x{2,}\d+ partager").unwrap(), [" partager"]);
    }

    #[test]
    fn a_pattern_that_may_match_without_a_literal_requires_nothing() {
        assert_eq!(literals(r"(?i)(?:read more)?\w+"), None);
        assert_eq!(literals(r"(?i)read more|\[\w+\]"), None);
        assert_eq!(literals(r"(?i)\b(?:ad|pub)\b"), None, "too short");
        assert_eq!(literals(r"[a-z]+ing"), Some(vec!["ing".to_string()]));
    }

    #[test]
    fn case_folding_outside_ascii_is_remembered() {
        let hir = regex_syntax::Parser::new()
            .parse("(?i)kiosk sales")
            .unwrap();
        let requirement = required_literals(&hir).unwrap();
        assert_eq!(requirement.literals, [b"kiosk sales".to_vec()]);
        assert_eq!(requirement.folded, ['\u{17F}', '\u{212A}']);
    }

    #[test]
    fn letters_outside_ascii_stay_exact() {
        assert_eq!(literals("(?-i)à lire aussi").unwrap(), ["à lire aussi"]);
        // `(?i)à` is a class of two characters, neither ASCII: no literal
        // spans it, and the longer piece beside it is chosen.
        assert_eq!(
            literals("(?i)abonnez-vous à la lettre").unwrap(),
            ["abonnez-vous "]
        );
    }

    /// The literals are what makes a short draft quick: most built-in
    /// patterns must have some. A pattern that loses them (a new branch
    /// matching without any word, `\w+`) makes every draft compile it.
    #[test]
    fn most_built_in_patterns_have_literals() {
        let (mut patterns, mut with_literals) = (0, 0);
        for (_, text) in super::super::EMBEDDED_PACKS {
            let pack: toml::Table = toml::from_str(text).unwrap();
            let rules = pack.get("rules").and_then(|r| r.as_array());
            for pattern in rules.into_iter().flatten().filter_map(|r| r.get("pattern")) {
                let hir = regex_syntax::Parser::new()
                    .parse(pattern.as_str().unwrap())
                    .unwrap();
                patterns += 1;
                with_literals += usize::from(required_literals(&hir).is_some());
            }
        }
        assert!(patterns > 100, "{patterns} patterns");
        assert!(
            with_literals * 4 >= patterns * 3,
            "{with_literals} of {patterns} patterns have literals"
        );
    }
}
