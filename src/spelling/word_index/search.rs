//! Nearest words: a depth-first walk of the index's automaton that carries
//! one row of a weighted edit-distance table per character, and leaves a
//! branch as soon as every cell of its row is over the cost limit (the
//! trie form of the Levenshtein automaton). A French or English word is
//! answered in well under a millisecond because few prefixes of the
//! 450,000 forms stay within two edits of any prefix of the typo.
//!
//! Costs are in quarters of an ordinary edit, so that the mistakes writers
//! actually make rank first: a missing or wrong accent or a wrong case
//! (`etat`, `Etat`), a doubled or undoubled letter (`comission`), two
//! neighbours swapped (`recieve`) or a letter left off the end
//! (`désormai`) cost less than any other letter added, dropped or replaced.

use fst::raw::{Fst, Node};

/// One ordinary edit.
pub const EDIT: u32 = 4;
const ACCENT_OR_CASE: u32 = 1;
const DOUBLED_LETTER: u32 = 2;
const SWAP: u32 = 3;
const KEYBOARD_NEIGHBOUR: u32 = 3;
/// A letter left off the end of the word: French silent finals
/// (`désormai`, `toujour`), English plural and past endings.
const FINAL_LETTER: u32 = 3;

/// Letters next to each other on the keyboard the dictionary declares
/// (`KEY` line of the `.aff`: rows separated by `|`), both orders.
#[derive(Debug, Default, Clone)]
pub struct Keyboard {
    pairs: Vec<(char, char)>,
}

impl Keyboard {
    /// `qwertyuiop|asdfghjkl|zxcvbnm` (Hunspell's default when there is no
    /// `KEY` line).
    pub fn from_rows(rows: &str) -> Self {
        let mut pairs = Vec::new();
        for row in rows.split('|') {
            let chars: Vec<char> = row.chars().collect();
            for w in chars.windows(2) {
                pairs.push((w[0], w[1]));
                pairs.push((w[1], w[0]));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        Keyboard { pairs }
    }

    fn neighbours(&self, c: char) -> Neighbours {
        let mut neighbours = Neighbours::default();
        for &(_, b) in self.pairs.iter().filter(|(a, _)| *a == c) {
            match ascii_letter_bit(b) {
                Some(bit) => neighbours.ascii_letters |= bit,
                None => neighbours.others.push(b),
            }
        }
        neighbours
    }
}

/// The keyboard neighbours of one letter: the ASCII letters as bits (one
/// test at each cell of the walk, which asks this of nearly every cell),
/// the others listed.
#[derive(Debug, Default, Clone)]
struct Neighbours {
    ascii_letters: u32,
    others: Vec<char>,
}

impl Neighbours {
    fn contains(&self, c: char) -> bool {
        match ascii_letter_bit(c) {
            Some(bit) => self.ascii_letters & bit != 0,
            None => self.others.contains(&c),
        }
    }
}

/// The bit of a lowercase ASCII letter in [`Neighbours::ascii_letters`].
fn ascii_letter_bit(c: char) -> Option<u32> {
    c.is_ascii_lowercase().then(|| 1 << (c as u32 - 'a' as u32))
}

/// A dictionary form and its distance from the typed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Near {
    pub cost: u32,
    pub word: String,
}

/// Every form of `fst` within `max_cost` of `typed` (chars already in the
/// case and apostrophe the index uses), in no particular order, at most
/// `limit` of them; the walk also stops after [`MAX_VISITS`] nodes, a bound
/// on the work whatever the word. With `same_start`, only forms whose first
/// letter (accent and case aside) is the typed word's first or second are
/// looked at: writers rarely get the first letter wrong, and the walk then
/// leaves all but one or two branches of the root at once.
pub fn nearest<D: AsRef<[u8]>>(
    fst: &Fst<D>,
    keyboard: &Keyboard,
    typed: &[char],
    max_cost: u32,
    limit: usize,
    same_start: bool,
) -> Vec<Near> {
    let width = typed.len() + 1;
    let mut walk = Walk {
        fst,
        typed,
        folded: typed.iter().map(|&c| fold(c)).collect(),
        neighbours: typed
            .iter()
            .map(|&c| keyboard.neighbours(fold(c)))
            .collect(),
        width,
        max_cost,
        limit,
        same_start,
        found: Vec::new(),
        prefix: Vec::new(),
        complete_bytes: 0,
        chars: Vec::new(),
        rows: Vec::with_capacity(width * 32),
        visits: 0,
    };
    // Row 0: the typed word's first j chars all deleted.
    walk.rows.push(0);
    for j in 1..width {
        let cost = walk.rows[j - 1] + deletion(typed, j - 1);
        walk.rows.push(cost);
    }
    walk.visit(fst.root());
    walk.found
}

/// Nodes visited at most per search.
pub const MAX_VISITS: usize = 40_000;

struct Walk<'a, D> {
    fst: &'a Fst<D>,
    typed: &'a [char],
    /// The typed chars through [`fold`], and their keyboard neighbours:
    /// computed once, compared at every node.
    folded: Vec<char>,
    neighbours: Vec<Neighbours>,
    /// Length of a row: the typed word's length plus one.
    width: usize,
    max_cost: u32,
    limit: usize,
    same_start: bool,
    found: Vec<Near>,
    /// UTF-8 bytes of the path so far.
    prefix: Vec<u8>,
    /// How many bytes of `prefix` the complete chars cover (the rest is
    /// the start of a multi-byte char).
    complete_bytes: usize,
    /// The complete chars of the path so far.
    chars: Vec<char>,
    /// One row per complete char of the path and one for the empty path,
    /// end to end: `rows[i * width + j]` is the cost of turning the typed
    /// word's first `j` chars into the path's first `i` chars.
    rows: Vec<u32>,
    visits: usize,
}

impl<D: AsRef<[u8]>> Walk<'_, D> {
    fn visit(&mut self, node: Node<'_>) {
        self.visits += 1;
        if self.found.len() >= self.limit || self.visits > MAX_VISITS {
            return;
        }
        if self.complete_bytes == self.prefix.len() && node.is_final() {
            let cost = self.rows[self.rows.len() - 1];
            if cost <= self.max_cost {
                self.found.push(Near {
                    cost,
                    word: self.chars.iter().collect(),
                });
            }
        }
        for transition in node.transitions() {
            self.prefix.push(transition.inp);
            let completed = decode_last_char(&self.prefix[self.complete_bytes..]);
            if let Some(c) = completed {
                self.chars.push(c);
                if !self.push_row() {
                    // No way to reach the typed word from this prefix.
                    self.chars.pop();
                    self.prefix.pop();
                    continue;
                }
                self.complete_bytes = self.prefix.len();
            }
            self.visit(self.fst.node(transition.addr));
            if let Some(c) = completed {
                self.rows.truncate(self.rows.len() - self.width);
                self.chars.pop();
                self.complete_bytes -= c.len_utf8();
            }
            self.prefix.pop();
        }
    }

    /// Adds the row for the path's chars, the last one just added; false
    /// (and nothing added) when every cell is over the limit.
    fn push_row(&mut self) -> bool {
        let width = self.width;
        let i = self.chars.len();
        let c = self.chars[i - 1];
        let folded = fold(c);
        if i == 1 && self.same_start && !self.folded.iter().take(2).any(|&t| t == folded) {
            return false;
        }
        let prev = (i - 1) * width;
        let insert = insertion(&self.chars, i - 1);
        self.rows.push(self.rows[prev] + insert);
        let mut alive = self.rows[prev + width] <= self.max_cost;
        // A cell over the limit only ever leads to cells over it (every
        // cost is positive), so what matters of it is that it is over: a
        // cell whose every way in is over the limit is stored as just over
        // it, without working out its cost. Cells within the limit, hence
        // what the walk finds and where it stops, are the same.
        let over = self.max_cost + 1;
        for j in 1..width {
            let here = prev + width + j;
            let diagonal = self.rows[prev + j - 1];
            let above = self.rows[prev + j];
            let left = self.rows[here - 1];
            let swapped = if i >= 2 && j >= 2 {
                self.rows[(i - 2) * width + j - 2]
            } else {
                over
            };
            if diagonal.min(above).min(left) >= over && swapped + SWAP >= over {
                self.rows.push(over);
                continue;
            }
            let t = self.typed[j - 1];
            let substitution = if t == c {
                0
            } else if self.folded[j - 1] == folded {
                ACCENT_OR_CASE
            } else if self.neighbours[j - 1].contains(folded) {
                KEYBOARD_NEIGHBOUR
            } else {
                EDIT
            };
            let mut best = diagonal + substitution;
            best = best.min(left + deletion(self.typed, j - 1));
            let insert_here = if j == width - 1 {
                insert.min(FINAL_LETTER)
            } else {
                insert
            };
            best = best.min(above + insert_here);
            if i >= 2 && j >= 2 && t == self.chars[i - 2] && self.typed[j - 2] == c && t != c {
                best = best.min(swapped + SWAP);
            }
            self.rows.push(best);
            alive |= best <= self.max_cost;
        }
        if !alive {
            self.rows.truncate(self.rows.len() - width);
        }
        alive
    }
}

/// The char the pending bytes form, once they are complete.
fn decode_last_char(pending: &[u8]) -> Option<char> {
    let width = match pending.first()? {
        b if *b < 0x80 => 1,
        b if *b >= 0xF0 => 4,
        b if *b >= 0xE0 => 3,
        _ => 2,
    };
    if pending.len() < width {
        return None;
    }
    std::str::from_utf8(pending).ok()?.chars().next()
}

/// Dropping the typed word's char at `j`: cheap when it doubles the one
/// before (`commmission`).
fn deletion(typed: &[char], j: usize) -> u32 {
    if j > 0 && typed[j - 1] == typed[j] {
        DOUBLED_LETTER
    } else {
        EDIT
    }
}

/// Adding the path's char at `i`: cheap when it doubles the one before
/// (`comission` → `commission`).
fn insertion(path: &[char], i: usize) -> u32 {
    if i > 0 && path[i - 1] == path[i] {
        DOUBLED_LETTER
    } else {
        EDIT
    }
}

/// The letter in lowercase without its accent, for the Latin letters
/// French and English use.
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        'ñ' => 'n',
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weighted distance from `typed` to `form` by the whole table,
    /// every cell worked out: what the walk must find, whatever it skips.
    fn distance(keyboard: &Keyboard, typed: &[char], form: &[char]) -> u32 {
        let width = typed.len() + 1;
        let mut rows = vec![0u32; (form.len() + 1) * width];
        for j in 1..width {
            rows[j] = rows[j - 1] + deletion(typed, j - 1);
        }
        for i in 1..=form.len() {
            let c = form[i - 1];
            let insert = insertion(form, i - 1);
            rows[i * width] = rows[(i - 1) * width] + insert;
            for j in 1..width {
                let t = typed[j - 1];
                let substitution = if t == c {
                    0
                } else if fold(t) == fold(c) {
                    ACCENT_OR_CASE
                } else if keyboard.pairs.contains(&(fold(t), fold(c))) {
                    KEYBOARD_NEIGHBOUR
                } else {
                    EDIT
                };
                let insert_here = if j == width - 1 {
                    insert.min(FINAL_LETTER)
                } else {
                    insert
                };
                let mut best = (rows[(i - 1) * width + j - 1] + substitution)
                    .min(rows[i * width + j - 1] + deletion(typed, j - 1))
                    .min(rows[(i - 1) * width + j] + insert_here);
                if i >= 2 && j >= 2 && t == form[i - 2] && typed[j - 2] == c && t != c {
                    best = best.min(rows[(i - 2) * width + j - 2] + SWAP);
                }
                rows[i * width + j] = best;
            }
        }
        rows[rows.len() - 1]
    }

    #[test]
    fn the_walk_finds_what_the_whole_table_gives() {
        let mut forms = vec![
            "barque", "barques", "braque", "parque", "barqué", "Barque", "marqueur", "bar",
            "abrque", "barrque", "bâtons", "batons", "bâton", "vent", "vents", "évent", "zèbre",
            "zebres", "tbarque",
        ];
        forms.sort_unstable();
        forms.dedup();
        let set = fst::Set::from_iter(forms.iter()).unwrap();
        let fst = set.as_fst();
        let keyboard = Keyboard::from_rows("azertyuiop|qsdfghjklmù|wxcvbné");
        for typed in [
            "barque", "brqaue", "batonss", "vnet", "zebre", "Éven", "barqueu",
        ] {
            let typed: Vec<char> = typed.chars().collect();
            for (max_cost, same_start) in [(EDIT, false), (2 * EDIT, true), (3 * EDIT, false)] {
                let mut found = nearest(fst, &keyboard, &typed, max_cost, 100, same_start);
                found.sort_by(|a, b| a.word.cmp(&b.word));
                let expected: Vec<Near> = forms
                    .iter()
                    .filter(|form| {
                        let first = form.chars().next().map(fold);
                        !same_start || typed.iter().take(2).any(|&t| Some(fold(t)) == first)
                    })
                    .map(|form| Near {
                        cost: distance(&keyboard, &typed, &form.chars().collect::<Vec<_>>()),
                        word: form.to_string(),
                    })
                    .filter(|near| near.cost <= max_cost)
                    .collect();
                assert_eq!(found, expected, "{typed:?} within {max_cost}");
            }
        }
    }
}
