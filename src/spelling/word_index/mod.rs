//! A precomputed index of a dictionary's word forms, for suggestions in
//! microseconds and for checks that need no parsing.
//!
//! spellbook stays the checker of record: the index holds exactly the forms
//! of the `.dic` and `.aff` that spellbook accepts ([`expand`]), so a form
//! found in it is a word spellbook accepts, and a word not found in it is
//! left to spellbook (elided forms, case variants, compounds are not in
//! the index). Suggestions are the nearest forms by a weighted edit
//! distance ([`search`]), found by walking the index's automaton.
//!
//! A second, small set lists the case changes spellbook refuses: lowercase
//! forms whose capitalised spelling it rejects, and the capitals of forms
//! it rejects in capitals (`KEEPCASE` words), so that a word capitalised at
//! the start of a sentence or written in capitals is also answered without
//! spellbook, exactly as spellbook would.
//!
//! The built-in dictionaries' indexes are generated ahead of time and
//! embedded (`dictionaries/*/*.forms`): two `fst` sets, usable straight
//! from the binary's bytes, after a header with the hash of the dictionary
//! files they were made from (`tests/word_index.rs` keeps them fresh and
//! regenerates them; see [`build`]).

pub mod affixes;
pub mod expand;
pub mod search;

use fst::raw::Fst;
use search::{EDIT, Keyboard, Near, fold};
use std::borrow::Cow;

/// First line of an index file; then, in 16 hex digits and a newline each,
/// the hash of the dictionary files, the length of the forms set and
/// whether the dictionary can make compounds of letters (1) or not (0);
/// then the forms set and the set of forms that must not be capitalised.
const MAGIC: &[u8] = b"draftlint word index 1\n";
const HEADER_LEN: usize = MAGIC.len() + 3 * 17;

/// Raised when the way forms are generated changes, so that a committed
/// index made by an older generator counts as stale.
const GENERATOR_VERSION: u8 = 2;

/// Suggestions need at most this many near forms from one walk: enough to
/// rank, bounded whatever the word.
const NEAR_LIMIT: usize = 200;

pub struct WordIndex {
    fst: Fst<Cow<'static, [u8]>>,
    /// Lowercase forms spellbook rejects capitalised, and the capitals of
    /// forms it rejects in capitals (`KEEPCASE`).
    case_exceptions: Fst<Cow<'static, [u8]>>,
    /// The dictionary makes no compound of letters, so every word of
    /// letters it accepts is in the index (see [`WordIndex::rejects`]).
    complete: bool,
    keyboard: Keyboard,
}

impl std::fmt::Debug for WordIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordIndex")
            .field("forms", &self.fst.len())
            .finish_non_exhaustive()
    }
}

/// The hash of the dictionary files an index is made from, as its header
/// records it (FNV-1a, 64 bits: stable across Rust versions and machines).
pub fn source_hash(aff: &str, dic: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in aff
        .bytes()
        .chain([0xff, GENERATOR_VERSION])
        .chain(dic.bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Makes the index file of a dictionary: every form `accept` (spellbook's
/// check) takes, then the case changes it refuses: lowercase forms it
/// rejects capitalised, and the capitals of forms it rejects in capitals.
pub fn build(aff: &str, dic: &str, accept: impl Fn(&str) -> bool) -> Vec<u8> {
    let forms = expand::word_forms(aff, dic, &accept);
    let mut case_exceptions: Vec<String> = forms
        .iter()
        .filter(|form| {
            let title = title_case(form);
            title != **form && !accept(&title)
        })
        .cloned()
        .collect();
    case_exceptions.extend(
        forms
            .iter()
            .filter_map(|form| capitals(form))
            .filter(|upper| forms.binary_search(upper).is_err() && !accept(upper)),
    );
    case_exceptions.sort_unstable();
    case_exceptions.dedup();
    let case_exceptions = set_bytes(case_exceptions.iter());
    let forms = set_bytes(forms.iter());
    let mut bytes = MAGIC.to_vec();
    bytes.extend(format!("{:016x}\n", source_hash(aff, dic)).bytes());
    bytes.extend(format!("{:016x}\n", forms.len()).bytes());
    let complete = !expand::compounds_letters(aff, dic);
    bytes.extend(format!("{:016x}\n", u8::from(complete)).bytes());
    bytes.extend(forms);
    bytes.extend(case_exceptions);
    bytes
}

fn set_bytes<'a>(sorted: impl Iterator<Item = &'a String>) -> Vec<u8> {
    let mut builder = fst::SetBuilder::memory();
    builder
        .extend_iter(sorted)
        .expect("forms are sorted and distinct");
    builder.into_inner().expect("writing to memory")
}

/// The source hash recorded in an index file, if it is one.
pub fn recorded_hash(index: &[u8]) -> Option<u64> {
    header_field(index, 0)
}

fn header_field(index: &[u8], n: usize) -> Option<u64> {
    let rest = index.strip_prefix(MAGIC)?;
    let hex = std::str::from_utf8(rest.get(n * 17..n * 17 + 16)?).ok()?;
    u64::from_str_radix(hex, 16).ok()
}

/// The embedded index of a built-in dictionary (`fr`, `en`, `en_GB`).
pub fn embedded_index(lang: &str) -> Option<&'static [u8]> {
    match lang {
        "fr" => Some(include_bytes!("../../../dictionaries/fr/fr.forms")),
        "en" => Some(include_bytes!("../../../dictionaries/en/en_US.forms")),
        "en_GB" => Some(include_bytes!("../../../dictionaries/en/en_GB.forms")),
        _ => None,
    }
}

impl WordIndex {
    /// Opens an index file (no parsing: the automata are read in place).
    /// `keyboard_rows` is the `.aff` file's `KEY` value, if any. `None` if
    /// the bytes are not an index.
    pub fn open(bytes: &'static [u8], keyboard_rows: Option<&str>) -> Option<Self> {
        let (forms, case_exceptions, complete) = Self::parts(bytes)?;
        Self::from_parts(
            Cow::Borrowed(forms),
            Cow::Borrowed(case_exceptions),
            complete,
            keyboard_rows,
        )
    }

    /// Like [`WordIndex::open`], for an index read from a file (a
    /// project's dictionary, see [`crate::spelling::index_store`]).
    pub fn open_owned(bytes: &[u8], keyboard_rows: Option<&str>) -> Option<Self> {
        let (forms, case_exceptions, complete) = Self::parts(bytes)?;
        Self::from_parts(
            Cow::Owned(forms.to_vec()),
            Cow::Owned(case_exceptions.to_vec()),
            complete,
            keyboard_rows,
        )
    }

    /// The forms set, the set of forms not to capitalise, and whether the
    /// index is complete, from an index file.
    fn parts(bytes: &[u8]) -> Option<(&[u8], &[u8], bool)> {
        let forms_len = usize::try_from(header_field(bytes, 1)?).ok()?;
        let complete = header_field(bytes, 2)? == 1;
        let body = bytes.get(HEADER_LEN..)?;
        Some((body.get(..forms_len)?, body.get(forms_len..)?, complete))
    }

    fn from_parts(
        forms: Cow<'static, [u8]>,
        case_exceptions: Cow<'static, [u8]>,
        complete: bool,
        keyboard_rows: Option<&str>,
    ) -> Option<Self> {
        Some(WordIndex {
            fst: Fst::new(forms).ok()?,
            case_exceptions: Fst::new(case_exceptions).ok()?,
            complete,
            keyboard: Keyboard::from_rows(keyboard_rows.unwrap_or("qwertyuiop|asdfghjkl|zxcvbnm")),
        })
    }

    /// Whether a form of the index is `prefix` (as written) followed by at
    /// least one more character: a walk of the automaton along `prefix`,
    /// no search (`replacem` begins `replacement`, a form the `.dic` lists
    /// only as `replace` and its suffix flags).
    pub fn has_longer_form(&self, prefix: &str) -> bool {
        let fst = &self.fst;
        let mut node = fst.root();
        for &byte in prefix.as_bytes() {
            match node.find_input(byte) {
                Some(i) => node = fst.node(node.transition(i).addr),
                None => return false,
            }
        }
        !node.is_empty()
    }

    /// `Some(true)` when spellbook would accept `word` and the index can
    /// tell: a form as it is, or capitalised at the start of a sentence.
    /// `None` when only spellbook can tell (elisions, words in capitals,
    /// compounds, unknown words).
    pub fn check(&self, word: &str) -> Option<bool> {
        if self.fst.contains_key(word) {
            return Some(true);
        }
        let mut chars = word.chars();
        let first = chars.next()?;
        if first.is_uppercase() && !chars.any(char::is_uppercase) {
            let lower: String = first
                .to_lowercase()
                .chain(word[first.len_utf8()..].chars())
                .collect();
            if self.fst.contains_key(&lower) && !self.case_exceptions.contains_key(&lower) {
                return Some(true);
            }
        }
        None
    }

    /// True when spellbook would reject `word` and the index can tell: a
    /// word of letters that is not in it, lowercase, capitalised or in
    /// mixed case (`GitHub`, `iPhone`), when the dictionary makes no
    /// compounds of letters. The caller has applied the dictionary's input
    /// conversions (`ICONV`) and says with `whole` whether the index still
    /// lists every word the dictionary accepts.
    ///
    /// Not a guess: each word of letters spellbook accepts is a stem with
    /// affixes, which the index lists; a capitalised one is either listed
    /// as it is or is a listed lowercase form; one in mixed case is looked
    /// up only as it is (spellbook's default checker tries no other case
    /// for it). Words in capitals are [`Self::check_capitals`]'.
    /// `tests/hunspell_agreement.rs` measures it against the `hunspell`
    /// program.
    pub fn rejects(&self, word: &str, whole: bool) -> bool {
        if !self.complete || !whole {
            return false;
        }
        let mut chars = word.chars();
        let letters =
            chars.next().is_some_and(char::is_alphabetic) && chars.clone().all(char::is_alphabetic);
        // Capitalised or lowercase (the rest has no capital), or in mixed
        // case (some lowercase letter besides capitals).
        let not_in_capitals =
            !chars.clone().any(char::is_uppercase) || word.chars().any(char::is_lowercase);
        letters && not_in_capitals && self.check(word).is_none()
    }

    /// [`Self::rejects`] for a lowercase word of letters and digits (`11h`,
    /// `95k`, `3e`), which the caller asks only of a dictionary that
    /// makes no compounds and breaks no such word: spellbook then looks it
    /// up as it is, and every form it accepts is in the index.
    pub fn rejects_with_digits(&self, word: &str, whole: bool) -> bool {
        self.complete
            && whole
            && word.chars().any(|c| c.is_ascii_digit())
            && word.chars().any(char::is_alphabetic)
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || (c.is_alphabetic() && !c.is_uppercase()))
            && !self.fst.contains_key(word)
    }

    /// [`Self::rejects`] for a lowercase word that also holds some of
    /// `marks` (a space, an apostrophe): `you tube`, a two-word suggestion,
    /// or `l'` alone in English. The caller passes only marks spellbook
    /// does nothing special with for this dictionary: none of its `BREAK`
    /// patterns, and no apostrophe where elided forms (`l'enjeu`), which
    /// the index leaves out, exist. Such a word is then looked up as it is,
    /// and every form the lookup accepts is in the index.
    pub fn rejects_with_marks(&self, word: &str, whole: bool, marks: &[char]) -> bool {
        if !self.complete || !whole {
            return false;
        }
        let mut chars = word.chars();
        let plain = chars.next().is_some_and(char::is_alphabetic)
            && chars.all(|c| (c.is_alphabetic() && !c.is_uppercase()) || marks.contains(&c));
        plain && !self.fst.contains_key(word)
    }

    /// A word in capitals (`RADIO`, `DW`, `ÉTAT`, `PARIS`), as spellbook
    /// works it out: rejected when no form of the index is spelled like it
    /// in any case, otherwise accepted unless the index records that
    /// spellbook refuses these capitals ([`build`]). `None` where the index
    /// cannot tell: a word with other characters than Latin letters (an
    /// apostrophe, which spellbook splits; `SS` and `ß`, which it may read
    /// as each other), one letter, or a dictionary that compounds.
    ///
    /// Why a word with no listed case variant is rejected: each form
    /// spellbook's lookup accepts, in capitals too (the word as it is,
    /// capitalised, in lowercase, or a stem the dictionary writes in mixed
    /// case), is a stem with affixes, which the index lists
    /// (`tests` in `spelling::dictionary` compare both answers on every
    /// mixed-case stem and a sample of the others).
    pub fn check_capitals(&self, word: &str, whole: bool) -> Option<bool> {
        if !self.complete || !whole || capitals(word).as_deref() != Some(word) {
            return None;
        }
        if self.fst.contains_key(word) {
            return Some(true);
        }
        let pairs = case_pairs(word);
        let listed = self.has_case_variant(self.fst.root(), &pairs);
        Some(listed && !self.case_exceptions.contains_key(word))
    }

    /// [`Self::lookup_rejects`] for a word in capitals with inner hyphens
    /// (`M-A`): spellbook's lookup of the whole rejects it when no form of
    /// the index is spelled like it in any case (see
    /// [`Self::check_capitals`]); it may still accept it by breaking it at
    /// its hyphens, which the caller works out.
    pub fn capitals_lookup_rejects(&self, word: &str, whole: bool) -> bool {
        let letters = word.replace('-', "");
        self.complete
            && whole
            && word.contains('-')
            && capitals(&letters).as_deref() == Some(letters.as_str())
            && !self.has_case_variant(self.fst.root(), &case_pairs(word))
    }

    /// Whether the index lists a form spelled like `pairs` (each letter as
    /// one of its pair) from `node` on.
    fn has_case_variant(&self, node: fst::raw::Node<'_>, pairs: &[[char; 2]]) -> bool {
        let Some((pair, rest)) = pairs.split_first() else {
            return node.is_final();
        };
        pair.iter().any(|c| {
            let mut bytes = [0; 4];
            let mut at = node;
            c.encode_utf8(&mut bytes).bytes().all(|b| {
                at.find_input(b)
                    .map(|i| at = self.fst.node(at.transition(i).addr))
                    .is_some()
            }) && self.has_case_variant(at, rest)
        })
    }

    /// [`Self::rejects`] for a word of letters and inner hyphens, capitals
    /// inside included (`Saint-Malo`) but not a word in capitals: spellbook's
    /// lookup of the word as a whole rejects it (it may still accept it by
    /// breaking it at its hyphens, which the caller works out). The same
    /// reasoning holds: every form the lookup accepts is a stem with
    /// affixes, hyphenated stems included, which the index lists, and the
    /// lookup takes a word with a capital past its first letter as it is.
    pub fn lookup_rejects(&self, word: &str, whole: bool) -> bool {
        if !self.complete || !whole {
            return false;
        }
        let mut chars = word.chars();
        let letters = chars.next().is_some_and(char::is_alphabetic)
            && chars.all(|c| c == '-' || c.is_alphabetic())
            && word.chars().any(char::is_lowercase);
        letters && self.check(word).is_none()
    }

    /// Up to `max` forms near `word`, best first, in the writer's case
    /// (`Etat` → `État`, `GOUVERNEMINT` → `GOUVERNEMENT`). `accept` is the
    /// checker of record, asked about suggestions that are not plain forms
    /// (an elision put back: `l'enjeu`).
    pub fn suggest(&self, word: &str, max: usize, accept: &dyn Fn(&str) -> bool) -> Vec<String> {
        let word = word.replace('’', "'");
        let chars: Vec<char> = word.chars().collect();
        if chars.is_empty() || max == 0 {
            return Vec::new();
        }
        let casing = Casing::of(&chars);
        let typed: Vec<char> = match casing {
            Casing::Upper => word.to_lowercase().chars().collect(),
            Casing::Title => {
                let mut c = chars.clone();
                c[0] = c[0].to_lowercase().next().unwrap_or(c[0]);
                c
            }
            Casing::Lower => chars.clone(),
        };
        // `l'enjei`, `qu'enjei`: an elision before a misspelt word is
        // corrected after it, then put back if the checker agrees; the
        // word as a whole is searched only when that finds nothing.
        let mut ranked = Vec::new();
        if let Some(apostrophe) = typed.iter().position(|&c| c == '\'')
            && (1..=7).contains(&apostrophe)
            && apostrophe + 2 < typed.len()
        {
            let head: String = typed[..=apostrophe].iter().collect();
            for near in self.ranked(&typed[apostrophe + 1..]) {
                let whole = format!("{head}{}", near.word);
                if accept(&whole) {
                    ranked.push(Near {
                        cost: near.cost,
                        word: whole,
                    });
                }
            }
        }
        if ranked.is_empty() {
            ranked = self.ranked(&typed);
        }
        if ranked.is_empty() && typed.contains(&'-') {
            ranked.extend(self.hyphenated(&typed, accept));
        }
        let mut out: Vec<String> = Vec::new();
        for near in ranked {
            let shown = casing.apply(&near.word);
            // `City` after `city` for `citty` is the same suggestion twice.
            let repeated = out.iter().any(|o| o.to_lowercase() == shown.to_lowercase());
            if shown != word && !repeated {
                out.push(shown);
            }
            if out.len() == max {
                break;
            }
        }
        out
    }

    /// Near forms of `typed`, best first: the word in other capitals
    /// (`covid` → `COVID`), single edits and two words run together, then,
    /// when there is no single edit, two edits (for words of five letters
    /// or more).
    fn ranked(&self, typed: &[char]) -> Vec<Near> {
        let near_with = |max_cost, same_start| {
            search::nearest(
                &self.fst,
                &self.keyboard,
                typed,
                max_cost,
                NEAR_LIMIT,
                same_start,
            )
        };
        let mut near = near_with(EDIT, false);
        if near.is_empty() && typed.len() >= 5 {
            near = near_with(2 * EDIT, true);
        }
        let lower: String = typed.iter().collect();
        for other_case in [lower.to_uppercase(), title_case(&lower)] {
            if other_case != lower && self.fst.contains_key(&other_case) {
                near.push(Near {
                    cost: 1,
                    word: other_case,
                });
            }
        }
        near.extend(self.split_in_two(typed));
        for n in &mut near {
            // Writers rarely get the first letter wrong.
            if n.word.chars().next().map(fold) != typed.first().map(|&c| fold(c)) {
                n.cost += 1;
            }
            // A capital inside a word (`MPa`, `DaS`) is a unit or a brand,
            // seldom what a writer of ordinary words meant.
            if n.word.chars().skip(1).any(char::is_uppercase) && n.cost > 1 {
                n.cost += EDIT;
            }
        }
        near.sort_by(|a, b| a.cost.cmp(&b.cost).then_with(|| a.word.cmp(&b.word)));
        near.dedup_by(|a, b| a.word == b.word);
        near
    }

    /// `socio-culturrel` → `socio-culturel`: a compound (not in the
    /// index) with each unknown part replaced by its best suggestion, if
    /// the checker accepts the whole.
    fn hyphenated(&self, typed: &[char], accept: &dyn Fn(&str) -> bool) -> Option<Near> {
        let typed: String = typed.iter().collect();
        let mut cost = 0;
        let mut parts = Vec::new();
        for part in typed.split('-') {
            if part.is_empty() || accept(part) {
                parts.push(part.to_owned());
                continue;
            }
            let chars: Vec<char> = part.chars().collect();
            let best = self.ranked(&chars).into_iter().next()?;
            cost += best.cost;
            parts.push(best.word);
        }
        let whole = parts.join("-");
        (cost > 0 && accept(&whole)).then_some(Near { cost, word: whole })
    }

    /// `lafolie` → `la folie`: both parts forms of two letters or more
    /// (single letters make junk), ranked after single edits.
    fn split_in_two(&self, typed: &[char]) -> Vec<Near> {
        (2..typed.len().saturating_sub(1))
            .filter_map(|i| {
                let left: String = typed[..i].iter().collect();
                let right: String = typed[i..].iter().collect();
                (self.fst.contains_key(&left) && self.fst.contains_key(&right)).then(|| Near {
                    cost: EDIT + 1,
                    word: format!("{left} {right}"),
                })
            })
            .collect()
    }
}

/// How the writer cased the word, to case the suggestions alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Casing {
    Lower,
    /// First letter only: `Enjei`.
    Title,
    /// All letters, two or more: `ENJEI`.
    Upper,
}

impl Casing {
    fn of(chars: &[char]) -> Self {
        let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
        if letters > 1 && chars.iter().all(|c| !c.is_lowercase()) {
            Casing::Upper
        } else if chars[0].is_uppercase() {
            Casing::Title
        } else {
            Casing::Lower
        }
    }

    fn apply(self, word: &str) -> String {
        match self {
            Casing::Lower => word.to_owned(),
            Casing::Upper => word.to_uppercase(),
            Casing::Title => title_case(word),
        }
    }
}

/// The word with its first letter in capitals.
/// Each letter of a word in capitals with its lowercase (a hyphen with
/// itself), for [`WordIndex::has_case_variant`].
fn case_pairs(word: &str) -> Vec<[char; 2]> {
    word.chars()
        .map(|c| {
            // A lowercase letter whose capital is another (none in
            // practice) is left out: its form's capitals are not these.
            let small = c.to_lowercase().next().unwrap_or(c);
            [
                c,
                if small.to_uppercase().eq([c]) {
                    small
                } else {
                    c
                },
            ]
        })
        .collect()
}

/// `word` in capitals when it is a word [`WordIndex::check_capitals`]
/// answers: two or more Latin letters, each with a one-letter capital and
/// lowercase, and no `SS` once in capitals.
fn capitals(word: &str) -> Option<String> {
    let mut upper = String::with_capacity(word.len());
    for c in word.chars() {
        let (mut big, mut small) = (c.to_uppercase(), c.to_lowercase());
        let (Some(b), None, Some(_), None) = (big.next(), big.next(), small.next(), small.next())
        else {
            return None;
        };
        if !c.is_alphabetic() || u32::from(c) >= 0x250 || u32::from(b) >= 0x250 {
            return None;
        }
        upper.push(b);
    }
    (upper.chars().nth(1).is_some() && !upper.contains("SS")).then_some(upper)
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
