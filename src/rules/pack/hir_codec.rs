//! The built-in patterns, parsed at build time and stored as bytes.
//!
//! Parsing a pattern is no small part of compiling it: under `(?i)` the
//! parser folds the case of every literal and every class it translates
//! (`(?i)[\w'’-]` alone costs 20–30 times `[\w'’-]`), and the built-in
//! packs are long alternations of words and classes. Parsing the few dozen
//! patterns a short French draft wakes was a quarter of its run. The
//! built-in patterns are known when draftlint is built: `build.rs` parses
//! each one and [`encode`]s its HIR, and a run [`decode`]s it instead of
//! parsing, which only rebuilds the nodes (`PatternRule::hir`). A decoded
//! HIR is the parsed one, node for node (checked for every built-in
//! pattern by `every_built_in_pattern_decodes_to_its_parse`), so a rule
//! compiles to, matches and reports exactly what it did.
//!
//! The format, one node after another in prefix order (numbers are
//! LEB128 varints):
//!
//! | tag | node | then |
//! |---|---|---|
//! | 0 | empty | |
//! | 1 | literal | length, bytes |
//! | 2 | Unicode class | its index in the shared class table |
//! | 3 | byte class | number of ranges, each as two bytes |
//! | 4 | look-around | `Look::as_repr` |
//! | 5 | repetition | min, max + 1 (0: none), greedy (0/1), the sub-node |
//! | 6 | capture | index, name length + 1 (0: none), name, the sub-node |
//! | 7 | concatenation | number of nodes, the nodes |
//! | 8 | alternation | number of nodes, the nodes |
//!
//! A Unicode class is stored once in a table shared by all patterns: the
//! same word class (`\w`, some 770 ranges) recurs hundreds of times. The
//! quick-pass copy of each pattern (`quick_copy`) is encoded the same way.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};
use std::collections::HashMap;

/// A Unicode class's ranges, as (first, last) code points.
pub type Ranges = Vec<(u32, u32)>;

/// The Unicode classes of the encoded patterns, each once.
#[derive(Default)]
pub struct ClassTable {
    pub classes: Vec<Ranges>,
    index: HashMap<Ranges, usize>,
}

impl ClassTable {
    fn index_of(&mut self, class: &ClassUnicode) -> usize {
        let ranges: Ranges = (class.ranges().iter())
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect();
        if let Some(&index) = self.index.get(&ranges) {
            return index;
        }
        self.classes.push(ranges.clone());
        self.index.insert(ranges, self.classes.len() - 1);
        self.classes.len() - 1
    }
}

/// Appends `hir`'s encoding to `out`, its Unicode classes to `classes`.
pub fn encode(hir: &Hir, classes: &mut ClassTable, out: &mut Vec<u8>) {
    match hir.kind() {
        HirKind::Empty => out.push(0),
        HirKind::Literal(literal) => {
            out.push(1);
            bytes(&literal.0, out);
        }
        HirKind::Class(Class::Unicode(class)) => {
            out.push(2);
            number(classes.index_of(class) as u64, out);
        }
        HirKind::Class(Class::Bytes(class)) => {
            out.push(3);
            number(class.ranges().len() as u64, out);
            for range in class.ranges() {
                out.extend([range.start(), range.end()]);
            }
        }
        HirKind::Look(look) => {
            out.push(4);
            number(u64::from(look.as_repr()), out);
        }
        HirKind::Repetition(repetition) => {
            out.push(5);
            number(u64::from(repetition.min), out);
            number(repetition.max.map_or(0, |max| u64::from(max) + 1), out);
            out.push(u8::from(repetition.greedy));
            encode(&repetition.sub, classes, out);
        }
        HirKind::Capture(capture) => {
            out.push(6);
            number(u64::from(capture.index), out);
            match &capture.name {
                Some(name) => {
                    number(name.len() as u64 + 1, out);
                    out.extend(name.as_bytes());
                }
                None => out.push(0),
            }
            encode(&capture.sub, classes, out);
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            out.push(if matches!(hir.kind(), HirKind::Concat(_)) {
                7
            } else {
                8
            });
            number(subs.len() as u64, out);
            for sub in subs {
                encode(sub, classes, out);
            }
        }
    }
}

fn bytes(data: &[u8], out: &mut Vec<u8>) {
    number(data.len() as u64, out);
    out.extend(data);
}

fn number(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// The HIR `encoded` holds, Unicode class `i` being `class(i)`; `None`
/// if the bytes are not a whole encoding.
pub fn decode(encoded: &[u8], class: &dyn Fn(usize) -> Option<ClassUnicode>) -> Option<Hir> {
    let mut reader = Reader {
        rest: encoded,
        class,
    };
    let hir = reader.node()?;
    reader.rest.is_empty().then_some(hir)
}

/// A class of the table, from its ranges; `None` if one is no range of
/// characters.
pub fn class(ranges: &[(u32, u32)]) -> Option<ClassUnicode> {
    let ranges = ranges.iter().map(|&(a, b)| {
        Some(ClassUnicodeRange::new(
            char::from_u32(a)?,
            char::from_u32(b)?,
        ))
    });
    Some(ClassUnicode::new(ranges.collect::<Option<Vec<_>>>()?))
}

struct Reader<'a> {
    rest: &'a [u8],
    class: &'a dyn Fn(usize) -> Option<ClassUnicode>,
}

impl Reader<'_> {
    fn node(&mut self) -> Option<Hir> {
        Some(match self.byte()? {
            0 => Hir::empty(),
            1 => {
                let length = self.count()?;
                Hir::literal(self.take(length)?.to_vec())
            }
            2 => Hir::class(Class::Unicode((self.class)(self.count()?)?)),
            3 => {
                let length = self.count()?;
                let pairs = self.take(length.checked_mul(2)?)?;
                Hir::class(Class::Bytes(ClassBytes::new(
                    pairs
                        .chunks_exact(2)
                        .map(|pair| ClassBytesRange::new(pair[0], pair[1])),
                )))
            }
            4 => Hir::look(Look::from_repr(u32::try_from(self.number()?).ok()?)?),
            5 => {
                let min = u32::try_from(self.number()?).ok()?;
                let max = match self.number()? {
                    0 => None,
                    n => Some(u32::try_from(n - 1).ok()?),
                };
                let greedy = self.byte()? == 1;
                Hir::repetition(Repetition {
                    min,
                    max,
                    greedy,
                    sub: Box::new(self.node()?),
                })
            }
            6 => {
                let index = u32::try_from(self.number()?).ok()?;
                let name = match self.count()? {
                    0 => None,
                    n => Some(std::str::from_utf8(self.take(n - 1)?).ok()?.into()),
                };
                Hir::capture(Capture {
                    index,
                    name,
                    sub: Box::new(self.node()?),
                })
            }
            tag @ (7 | 8) => {
                let length = self.count()?;
                // Each node is at least a byte: a length beyond the rest
                // is no encoding, and must not reserve memory for one.
                if length > self.rest.len() {
                    return None;
                }
                let subs = (0..length)
                    .map(|_| self.node())
                    .collect::<Option<Vec<_>>>()?;
                if tag == 7 {
                    Hir::concat(subs)
                } else {
                    Hir::alternation(subs)
                }
            }
            _ => return None,
        })
    }

    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(first)
    }

    fn take(&mut self, length: usize) -> Option<&[u8]> {
        if length > self.rest.len() {
            return None;
        }
        let (taken, rest) = self.rest.split_at(length);
        self.rest = rest;
        Some(taken)
    }

    fn number(&mut self) -> Option<u64> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn count(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(pattern: &str) -> (Hir, Option<Hir>) {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        let mut table = ClassTable::default();
        let mut out = Vec::new();
        encode(&hir, &mut table, &mut out);
        (hir, decode(&out, &|i| class(table.classes.get(i)?)))
    }

    #[test]
    fn every_kind_of_node_comes_back_as_it_was() {
        for pattern in [
            r"",
            r"(?i)(?P<span>lire la suite|read more)\s*[…\.]{0,3}",
            r"(?i)\bvoici (?:[\w'’-]+ ){1,3}?texte[^.!?\n]{0,80}$",
            r"(?m)^(?-u:[\x00-\x7f])+(?:a|b|c)(x)(?<n>y)*",
            r"(?-u:\b)[^\n]+?\B(?i:k)",
        ] {
            let (hir, decoded) = round_trip(pattern);
            assert_eq!(decoded.as_ref(), Some(&hir), "{pattern}");
        }
    }

    #[test]
    fn classes_are_stored_once() {
        let hir = regex_syntax::Parser::new()
            .parse(r"\w+ \w+ [^.]\w")
            .unwrap();
        let mut table = ClassTable::default();
        encode(&hir, &mut table, &mut Vec::new());
        assert_eq!(table.classes.len(), 2); // \w and [^.]
    }

    #[test]
    fn bytes_that_are_no_encoding_decode_to_nothing() {
        let (_, decoded) = round_trip("(?i)suite");
        assert!(decoded.is_some());
        for bytes in [
            &[][..],
            &[9],
            &[1, 5, b'a'],
            &[2, 0],
            &[7, 0xff, 0xff, 0xff, 0xff, 0x0f],
            &[0, 0],
            &[
                4, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
            ],
        ] {
            assert_eq!(decode(bytes, &|_| None), None, "{bytes:?}");
        }
    }
}
