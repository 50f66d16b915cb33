//! Literals every match of a pattern contains.
//!
//! A pattern rule used to run its quick pass (a lazy DFA, `word_boundaries`)
//! over every block of every document, and to compile that pass on the
//! first document: for a short draft most of a run was compiling passes,
//! and for a long one a third of it was passes finding nothing. Most
//! built-in patterns are alternations and sequences of words, so every
//! match holds one of a few literals, often several such sets at once
//! (`(?i)did\s+you\s+(?:like|enjoy)\s+(?:this|our)\s+(?:article|post)`
//! holds `article` or `post`, and `did`, and `you`): the [`Requirement`]'s
//! clauses, found by [`required_literals`] from the parsed pattern. A rule
//! set searches the literals of all its patterns in one Aho-Corasick pass
//! per document (`pattern_batch`), and a pattern runs — and is compiled —
//! only on the blocks that satisfy all its clauses. A block that does not
//! holds no match, so findings are exactly the same.
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

/// Characters rare enough in prose that one alone is worth searching:
/// brackets, braces and the symbols of widgets (`[Facebook]`, `{city}`,
/// `<insert name>`, `© 2024`, `★★★`). Sentence punctuation, quotes,
/// dashes and parentheses are in nearly every block.
const RARE_SYMBOLS: &[char] = &[
    '[', ']', '{', '}', '<', '>', '©', '®', '™', '★', '☆', '›', '»', '«', '▸', '▶', '►', '❯',
];

/// Most strings a finite part of a pattern may spell out before it is no
/// longer spelled (`(?:a|b)(?:c|d)` is four strings); beyond, the part is
/// split in smaller pieces.
const MAX_STRINGS: usize = 64;

/// Most literals one clause may hold: more and the search would find
/// something in every block.
const MAX_LITERALS: usize = 512;

/// Most clauses a requirement keeps: the most selective ones.
const MAX_CLAUSES: usize = 3;

/// A set of strings (lowercase), one of which a match holds.
type Clause = Vec<Vec<u8>>;

/// What a pattern's matches must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// Every match holds one literal of each clause (`(?:did|have) you
    /// (?:read|seen) (?:this|our) (?:article|post)` holds one of `article`,
    /// `post` and one of `did you`, `have you`…), compared ignoring ASCII
    /// case (they are lowercase); non-ASCII bytes compare exactly.
    pub clauses: Vec<Clause>,
    /// Characters outside ASCII that case folding made equal to an ASCII
    /// letter of a literal: a text holding one may match without the
    /// literal, so it must be read without the requirement.
    pub folded: Vec<char>,
}

/// The literals every match of `hir` contains, when the pattern has a
/// useful set of them (each at least three bytes, at most 512 per clause).
pub fn required_literals(hir: &Hir) -> Option<Requirement> {
    let mut folded = Vec::new();
    let info = info(hir, &mut folded);
    let clauses: Vec<Clause> = clauses_of(info)
        .into_iter()
        .filter(|clause| {
            clause.len() <= MAX_LITERALS
                && !clause.is_empty()
                && clause.iter().all(|literal| worth_searching(literal))
        })
        .collect();
    (!clauses.is_empty()).then(|| {
        folded.sort_unstable();
        folded.dedup();
        Requirement { clauses, folded }
    })
}

/// A literal of at least [`MIN_LITERAL_BYTES`], or one made of
/// [`RARE_SYMBOLS`] only.
fn worth_searching(literal: &[u8]) -> bool {
    literal.len() >= MIN_LITERAL_BYTES
        || std::str::from_utf8(literal)
            .is_ok_and(|text| !text.is_empty() && text.chars().all(|c| RARE_SYMBOLS.contains(&c)))
}

/// What is known of a part of a pattern.
#[derive(Default)]
struct Info {
    /// Every string the part matches, when there are few (lowercase).
    exact: Option<Clause>,
    /// Clauses every match of the part satisfies, each a set of strings
    /// one of which the match holds.
    clauses: Vec<Clause>,
}

fn info(hir: &Hir, folded: &mut Vec<char>) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => exactly(vec![Vec::new()]),
        HirKind::Literal(literal) => exactly(vec![literal.0.to_ascii_lowercase()]),
        HirKind::Class(class) => match class_strings(class, folded) {
            Some(strings) => exactly(strings),
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
                    clauses: clauses_of(sub),
                },
            }
        }
        HirKind::Alternation(branches) => {
            let infos: Vec<Info> = branches.iter().map(|b| info(b, folded)).collect();
            let exact = infos
                .iter()
                .map(|i| i.exact.clone())
                .collect::<Option<Vec<_>>>()
                .map(|sets| deduplicated(sets.concat()))
                .filter(|set| set.len() <= MAX_STRINGS);
            // Whichever branch matches satisfies all its clauses: the
            // union of the branches' first clauses is satisfied, and so is
            // that of their second ones… A branch with no clause leaves
            // the alternation with none.
            let per_branch: Vec<Vec<Clause>> = infos.into_iter().map(clauses_of).collect();
            let kept = per_branch.iter().map(Vec::len).min().unwrap_or(0);
            let clauses = (0..kept)
                .map(|k| deduplicated(per_branch.iter().flat_map(|c| c[k].clone()).collect()))
                .filter(|clause| clause.len() <= MAX_LITERALS)
                .collect();
            Info { exact, clauses }
        }
        HirKind::Concat(parts) => {
            // Runs of consecutive exact parts are spelled out together
            // (`read` then ` more`: `read more`); each run, and each
            // clause of a part that is not exact, must hold.
            let mut clauses: Vec<Clause> = Vec::new();
            let mut run: Clause = vec![Vec::new()];
            let mut whole: Option<Clause> = Some(vec![Vec::new()]);
            for part in parts {
                let part = info(part, folded);
                match part.exact {
                    Some(set) => {
                        whole = whole.and_then(|w| product(&w, &set));
                        run = match product(&run, &set) {
                            Some(longer) => longer,
                            None => {
                                clauses.push(std::mem::take(&mut run));
                                set
                            }
                        };
                    }
                    None => {
                        whole = None;
                        clauses.push(std::mem::replace(&mut run, vec![Vec::new()]));
                        clauses.extend(part.clauses);
                    }
                }
            }
            clauses.push(run);
            Info {
                clauses: most_selective(clauses),
                exact: whole,
            }
        }
    }
}

fn exactly(set: Clause) -> Info {
    Info {
        exact: Some(set),
        clauses: Vec::new(),
    }
}

/// The clauses of a part, its exact strings counting as one, most
/// selective first.
fn clauses_of(info: Info) -> Vec<Clause> {
    let mut clauses = info.clauses;
    clauses.extend(info.exact);
    most_selective(clauses)
}

/// The strings a class of a few characters stands for: each character
/// once, an ASCII letter in its cases as the lowercase letter (the search
/// ignores ASCII case), a character outside ASCII as itself — `(?i)é` is
/// `é` or `É`, so a French word keeps its literal across its accents.
/// Characters outside ASCII that case folding put with an ASCII letter
/// (the Kelvin sign with `k`) go to `folded`. `None` for a larger class.
fn class_strings(class: &Class, folded: &mut Vec<char>) -> Option<Clause> {
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
    if chars.is_empty() || chars.len() > 4 {
        return None;
    }
    let mut strings = Vec::new();
    for &c in &chars {
        if c.is_ascii() {
            strings.push(vec![c.to_ascii_lowercase() as u8]);
        } else if c
            .to_lowercase()
            .chain(c.to_uppercase())
            .any(|x| x.is_ascii())
        {
            folded.push(c);
        } else {
            strings.push(c.to_string().into_bytes());
        }
    }
    Some(deduplicated(strings))
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

/// The clauses that require something (no empty string), most selective
/// first (the longest shortest string, up to a few bytes, then the fewest
/// strings), at most [`MAX_CLAUSES`] of them.
fn most_selective(clauses: Vec<Clause>) -> Vec<Clause> {
    let mut scored: Vec<(usize, Clause)> = clauses
        .into_iter()
        .filter_map(|clause| {
            let shortest = clause.iter().map(Vec::len).min()?;
            (shortest > 0).then_some((shortest, clause))
        })
        .collect();
    // Past a few bytes a literal is about as rare as a longer one: fewer
    // literals then matter more.
    scored.sort_by_key(|(shortest, clause)| {
        std::cmp::Reverse((
            (*shortest).min(6),
            std::cmp::Reverse(clause.len()),
            *shortest,
        ))
    });
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.truncate(MAX_CLAUSES);
    scored.into_iter().map(|(_, clause)| clause).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clauses(pattern: &str) -> Option<Vec<Vec<String>>> {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        required_literals(&hir).map(|r| {
            r.clauses
                .into_iter()
                .map(|clause| {
                    clause
                        .into_iter()
                        .map(|l| String::from_utf8(l).unwrap())
                        .collect()
                })
                .collect()
        })
    }

    #[test]
    fn an_alternation_of_words_requires_one_of_them() {
        assert_eq!(
            clauses(r"(?i)\b(?:read|continue) (?:more|reading)\b").unwrap(),
            [[
                "continue more",
                "continue reading",
                "read more",
                "read reading"
            ]]
        );
        assert_eq!(
            clauses(r"(?i)(?:subscribe|sign up)\s+(?:to|for)").unwrap(),
            [["sign up", "subscribe"]],
            "`to` and `for` are too short to search"
        );
    }

    #[test]
    fn each_piece_of_a_sequence_is_a_clause_the_most_selective_first() {
        assert_eq!(
            clauses(r"(?i)did\s+you\s+\w+\s+(?:this|our)\s+(?:article|post)").unwrap(),
            [vec!["article", "post"], vec!["did"], vec!["you"]]
        );
        assert_eq!(
            clauses(r"(?i)ab\s+newsletter\s*[!.]").unwrap(),
            [["newsletter"]]
        );
        assert_eq!(clauses(r"x{2,}\d+ partager").unwrap(), [[" partager"]]);
    }

    #[test]
    fn the_branches_of_an_alternation_pair_their_clauses() {
        assert_eq!(
            clauses(r"(?i)rate\s+this\s+recipe|did\s+you\s+enjoy\s+it").unwrap(),
            [
                vec!["enjoy", "recipe"],
                vec!["did", "rate"],
                vec!["this", "you"]
            ]
        );
    }

    #[test]
    fn a_pattern_that_may_match_without_a_literal_requires_nothing() {
        assert_eq!(clauses(r"(?i)(?:read more)?\w+"), None);
        assert_eq!(clauses(r"(?i)read more|\(\w+\)"), None, "`(` is everywhere");
        assert_eq!(clauses(r"(?i)\b(?:ad|pub)\b"), None, "too short");
        assert_eq!(clauses(r"[a-z]+ing").unwrap(), [["ing"]]);
    }

    #[test]
    fn a_rare_symbol_alone_is_worth_searching() {
        assert_eq!(
            clauses(r"(?i)read more|\[\w+\]").unwrap(),
            [["[", "read more"]]
        );
        assert_eq!(clauses(r"\{\s*\w+\s*\}").unwrap(), [["{"], ["}"]]);
        assert_eq!(clauses(r"©\s*\d{4}").unwrap(), [["©"]]);
    }

    #[test]
    fn case_folding_outside_ascii_is_remembered() {
        let hir = regex_syntax::Parser::new()
            .parse("(?i)kiosk sales")
            .unwrap();
        let requirement = required_literals(&hir).unwrap();
        assert_eq!(requirement.clauses, [[b"kiosk sales".to_vec()]]);
        assert_eq!(requirement.folded, ['\u{17F}', '\u{212A}']);
    }

    #[test]
    fn letters_outside_ascii_stay_exact() {
        assert_eq!(clauses("(?-i)à lire aussi").unwrap(), [["à lire aussi"]]);
        // `(?i)à` is `à` or `À`: the literal spans it in both cases.
        assert_eq!(
            clauses("(?i)abonnez-vous à la lettre").unwrap(),
            [["abonnez-vous À la lettre", "abonnez-vous à la lettre"]]
        );
        assert_eq!(clauses("(?i)télécharger").unwrap()[0].len(), 4);
        // A small class is each of its characters.
        assert_eq!(
            clauses("(?-i)r[eéè]sum").unwrap(),
            [["resum", "rèsum", "résum"]]
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
