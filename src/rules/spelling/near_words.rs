//! A dictionary word one edit away, accents set aside.
//!
//! This is what tells a slip from a name or a borrowing. `Malgrès` (for
//! `malgré`), `reconciliation` (for `réconciliation`) or `example` in a
//! French draft (for `exemple`) sit one letter from a common word once
//! accents are ignored; `Michiel` or `feedback` do not. Neighbours come
//! from two places: the dictionary's suggestions (cached, good at single
//! edits) and, in French, a bounded search that combines one edit with an
//! accent change — two edits to a suggester, so it misses them, yet the
//! commonest slip of a French word typed on an English keyboard.

use crate::spelling::SpellChecker;

/// Most dictionary lookups of one accent-aware search (a few ms of French
/// lookups). A count, not a deadline: the answer never depends on load.
const MAX_LOOKUPS: usize = 500;

/// Letters an inflection adds or forgets: plurals, feminines, verb
/// endings (`s`, `e`, `x`, `t`, `nt`).
const INSERTED: &[char] = &['s', 't', 'e', 'x', 'n'];

/// How many letters at the end of a word make its inflection.
const INFLECTION_TAIL: usize = 3;

/// Lowercase, accents stripped, ligatures spelled out, one apostrophe.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '’' => out.push('\''),
            _ => out.push(base_letter(c)),
        }
    }
    out
}

/// Whether `a` and `b` are different words one edit apart once case and
/// accents are set aside (differing by accents alone counts). Spaces and
/// hyphens are not letters: `bien sûr` for `biensûr` is a split, which the
/// suggestions show but which says nothing about a slip of the letters.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    // Ligatures are spelled out too: `soeur` for `sœur` is typography.
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{2011}'))
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '’' => "'".to_string(),
                'œ' => "oe".to_string(),
                'æ' => "ae".to_string(),
                _ => c.to_string(),
            })
            .collect()
    };
    let (a, b) = (letters(a), letters(b));
    a != b && edit_distance_at_most_one(&fold(&a), &fold(&b))
}

/// The first suggestion that is a common word (known in lowercase, so not
/// a name) one edit from `word`, accents aside.
pub fn neighbour_among(
    checker: &SpellChecker,
    word: &str,
    suggestions: &[String],
) -> Option<String> {
    suggestions
        .iter()
        .find(|s| checker.check(&s.to_lowercase()) && one_edit_apart(word, s))
        .cloned()
}

/// A common word (lowercase) that `word` becomes by accent changes and at
/// most one edit: accents alone (one or two letters), then one of
/// [`single_edits`] with at most one accent changed. For French, where
/// accents are part of the spelling.
pub fn accented_neighbour(checker: &SpellChecker, word: &str) -> Option<String> {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let edits = single_edits(&lower);
    first_known(checker, &lower, &edits, MAX_LOOKUPS)
}

/// The first dictionary word among: `lower` with accents changed on one or
/// two letters, then each of `edits` as is and with one accent changed;
/// at most `max_lookups` lookups.
pub fn first_known(
    checker: &SpellChecker,
    lower: &[char],
    edits: &[Vec<char>],
    max_lookups: usize,
) -> Option<String> {
    if lower.len() < 3 || lower.len() > 40 {
        return None;
    }
    let mut lookups = 0;
    let mut try_word = |candidate: &[char]| -> Option<Option<String>> {
        if candidate == lower {
            return Some(None);
        }
        if lookups == max_lookups {
            return None;
        }
        lookups += 1;
        let text: String = candidate.iter().collect();
        Some(checker.check_uncached(&text).then_some(text))
    };
    // `Some(found)` while the budget lasts; `None` once it is spent.
    macro_rules! attempt {
        ($candidate:expr) => {
            match try_word($candidate) {
                Some(Some(found)) => return Some(found),
                Some(None) => {}
                None => return None,
            }
        };
    }
    for variant in accent_variants(lower, 2) {
        attempt!(&variant);
    }
    for edited in edits {
        attempt!(edited);
    }
    for edited in edits {
        for variant in accent_variants(edited, 1) {
            attempt!(&variant);
        }
    }
    None
}

/// Lookups spent on a capitalised word the dictionary knows only as a name.
const MAX_NAME_LOOKUPS: usize = 100;

/// For a capitalised word the dictionary knows only as a name (`Grace`:
/// its lowercase form is no word), the common word it becomes with its
/// accents set right (`grâce`): at the start of a French sentence, that is
/// the word meant, not the name.
pub fn accented_twin_of_name(checker: &SpellChecker, word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if checker.check(&lower) {
        return None;
    }
    let chars: Vec<char> = lower.chars().collect();
    first_known(checker, &chars, &[], MAX_NAME_LOOKUPS)
}

/// `word` with the accents of one letter changed (`depth` 1), or of one
/// or two letters (`depth` 2); the word itself is not included.
fn accent_variants(word: &[char], depth: usize) -> Vec<Vec<char>> {
    let positions: Vec<usize> = (0..word.len())
        .filter(|&i| !siblings(word[i]).is_empty())
        .collect();
    let mut out = Vec::new();
    for (k, &i) in positions.iter().enumerate() {
        for &a in siblings(word[i]) {
            let mut one = word.to_vec();
            one[i] = a;
            if depth > 1 {
                for &j in &positions[k + 1..] {
                    for &b in siblings(word[j]) {
                        let mut two = one.clone();
                        two[j] = b;
                        out.push(two);
                    }
                }
            }
            out.push(one);
        }
    }
    // Single changes first: they are the likelier slips.
    out.sort_by_key(|v| v.iter().zip(word).filter(|(a, b)| a != b).count());
    out
}

/// The single edits worth combining with an accent change, likeliest
/// first: a doubled letter undoubled or a single one doubled anywhere
/// (`Apprés`), and near the end, where inflection goes wrong, a letter
/// dropped or one of `s t e x n` added (`Malgrès`, `Desormai`). Other
/// single edits are the suggester's.
fn single_edits(word: &[char]) -> Vec<Vec<char>> {
    let n = word.len();
    let tail = n.saturating_sub(INFLECTION_TAIL);
    let mut out = Vec::new();
    for i in 0..n {
        let doubled = i > 0 && word[i - 1] == word[i];
        if doubled || i >= tail {
            let mut v = word.to_vec();
            v.remove(i);
            out.push(v);
        }
    }
    for i in 0..n {
        if word[i].is_alphabetic() && (i == 0 || word[i - 1] != word[i]) {
            let mut v = word.to_vec();
            v.insert(i, word[i]);
            out.push(v);
        }
    }
    for &c in INSERTED {
        for i in tail..=n {
            let mut v = word.to_vec();
            v.insert(i, c);
            out.push(v);
        }
    }
    out
}

/// The edits between related French and English spellings, likeliest
/// first: a letter doubled or
/// undoubled, a vowel replaced, a vowel dropped or added.
pub fn cognate_edits(word: &[char]) -> Vec<Vec<char>> {
    let vowel = |c: char| {
        matches!(
            fold(&c.to_string()).as_str(),
            "a" | "e" | "i" | "o" | "u" | "y"
        )
    };
    let n = word.len();
    let mut out = Vec::new();
    for i in 0..n {
        let mut v = word.to_vec();
        if i > 0 && word[i - 1] == word[i] {
            v.remove(i);
        } else if word[i].is_alphabetic() {
            v.insert(i, word[i]);
        }
        out.push(v);
    }
    for i in 0..n {
        if vowel(word[i]) {
            for &c in &['e', 'a', 'é', 'i', 'o', 'u'] {
                if c != word[i] {
                    let mut v = word.to_vec();
                    v[i] = c;
                    out.push(v);
                }
            }
            let mut v = word.to_vec();
            v.remove(i);
            out.push(v);
        }
    }
    for &c in &['e', 'é', 'a', 'i', 'o', 'u'] {
        for i in 1..=n {
            let mut v = word.to_vec();
            v.insert(i, c);
            out.push(v);
        }
    }
    out
}

/// The other forms of a letter in French spelling: `e` → `é è ê ë`,
/// `é` → `e è ê ë`…; empty for letters that take no accent.
fn siblings(c: char) -> &'static [char] {
    match c {
        'a' => &['à', 'â'],
        'à' => &['a', 'â'],
        'â' => &['a', 'à'],
        'e' => &['é', 'è', 'ê', 'ë'],
        'é' => &['e', 'è', 'ê'],
        'è' => &['e', 'é', 'ê'],
        'ê' => &['e', 'é', 'è'],
        'ë' => &['e', 'é'],
        'i' => &['î', 'ï'],
        'î' | 'ï' => &['i'],
        'o' => &['ô'],
        'ô' => &['o'],
        'u' => &['û', 'ù', 'ü'],
        'û' | 'ù' | 'ü' => &['u'],
        'c' => &['ç'],
        'ç' => &['c'],
        _ => &[],
    }
}

/// The letter without its accent, for the Latin letters French and English
/// use; other characters are returned unchanged.
fn base_letter(c: char) -> char {
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

/// `word` capitalised like `model`: `Après` for a slip written `Aprés`.
pub fn with_case_of(model: &str, word: &str) -> String {
    let mut chars = word.chars();
    match (model.chars().next(), chars.next()) {
        (Some(m), Some(first)) if m.is_uppercase() => first.to_uppercase().chain(chars).collect(),
        _ => word.to_owned(),
    }
}

/// Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution
/// or swap of neighbours).
pub fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x == y + 1 => ra[1..] == *rb,
        (x, y) if y == x + 1 => *ra == rb[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::text::Language;

    #[test]
    fn one_edit() {
        let one = edit_distance_at_most_one;
        assert!(one("enjei", "enjeu"));
        assert!(one("recieve", "receive"));
        assert!(one("abc", "abcd"));
        assert!(!one("michiel", "michel2"));
        assert!(!one("abc", "xyz"));
    }

    #[test]
    fn accents_and_case_are_set_aside_but_splits_are_not_slips() {
        assert!(one_edit_apart("Aprés", "après"));
        assert!(one_edit_apart("Pourtans", "pourtant"));
        assert!(one_edit_apart("evenement", "événement"));
        assert!(one_edit_apart("aujourdhui", "aujourd’hui"));
        assert!(!one_edit_apart("Soeur", "sœur"));
        assert!(!one_edit_apart("Grey", "grey"));
        assert!(!one_edit_apart("biensûr", "bien sûr"));
        assert!(!one_edit_apart("Dvořák", "dormir"));
    }

    #[test]
    fn the_accent_aware_search_finds_two_edit_slips_of_french_words() {
        let resources = Resources::builtin();
        let fr = resources.spell_checker(Language::Fr).unwrap();
        // An accent and a letter: beyond any single-edit suggester.
        assert_eq!(
            accented_neighbour(&fr, "Desormai").as_deref(),
            Some("désormais")
        );
        assert_eq!(accented_neighbour(&fr, "Apprés").as_deref(), Some("après"));
        // Accents alone, on one letter or two.
        assert_eq!(accented_neighbour(&fr, "Aprés").as_deref(), Some("après"));
        assert_eq!(
            accented_neighbour(&fr, "telephone").as_deref(),
            Some("téléphone")
        );
        // A name far from every word stays one.
        assert_eq!(accented_neighbour(&fr, "Zelinskyj"), None);
    }
}
