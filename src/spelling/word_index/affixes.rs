//! Just enough of the Hunspell `.aff` format to list a dictionary's word
//! forms: flag syntax, flag aliases (`AF`) and the prefix and suffix tables.
//!
//! This is not a spell checker: it over-generates on purpose (every rule
//! whose condition matches is applied, continuation flags included), and
//! [`super::expand`] keeps only the forms that spellbook, the checker of
//! record, accepts. Compounding, case rules and conversions are spellbook's
//! business and are ignored here.

use std::collections::HashMap;

/// A flag, whatever its syntax in the file (`A`, `Fs`, `1234`).
pub type Flag = u32;

/// How flags are written (`FLAG` line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FlagSyntax {
    /// One ASCII character per flag (the default).
    Char,
    /// Two characters per flag (`FLAG long`).
    Long,
    /// Comma-separated numbers (`FLAG num`).
    Number,
    /// One Unicode character per flag (`FLAG UTF-8`).
    Unicode,
}

/// One line of a prefix or suffix table.
#[derive(Debug, Clone)]
pub struct AffixRule {
    pub strip: String,
    pub add: String,
    /// Flags the affixed form carries (two-level affixes, prefix + suffix).
    pub continuation: Vec<Flag>,
    condition: Vec<ConditionItem>,
}

#[derive(Debug, Clone)]
enum ConditionItem {
    Any,
    Char(char),
    OneOf(Vec<char>),
    NoneOf(Vec<char>),
}

impl ConditionItem {
    fn matches(&self, c: char) -> bool {
        match self {
            ConditionItem::Any => true,
            ConditionItem::Char(x) => *x == c,
            ConditionItem::OneOf(set) => set.contains(&c),
            ConditionItem::NoneOf(set) => !set.contains(&c),
        }
    }
}

/// All the rules of one flag, with the table's cross-product setting.
#[derive(Debug, Clone, Default)]
pub struct AffixClass {
    /// `Y`: a prefix and a suffix of classes that both allow it combine.
    pub cross_product: bool,
    pub rules: Vec<AffixRule>,
}

/// The tables of an `.aff` file that word forms depend on.
#[derive(Debug, Default)]
pub struct AffixTables {
    syntax: Option<FlagSyntax>,
    aliases: Vec<Vec<Flag>>,
    pub prefixes: HashMap<Flag, AffixClass>,
    pub suffixes: HashMap<Flag, AffixClass>,
    /// `NEEDAFFIX`: a stem with this flag is not a word on its own.
    pub need_affix: Option<Flag>,
}

impl AffixTables {
    /// Reads the tables; lines it does not understand are skipped (a
    /// malformed `.aff` is reported by spellbook, which parses it first).
    pub fn parse(aff: &str) -> Self {
        let mut tables = AffixTables::default();
        // The first `AF` line is the number of aliases, the others aliases.
        let mut alias_count_seen = false;
        for line in aff.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match fields.as_slice() {
                ["FLAG", syntax, ..] => {
                    tables.syntax = Some(match *syntax {
                        "long" => FlagSyntax::Long,
                        "num" => FlagSyntax::Number,
                        "UTF-8" => FlagSyntax::Unicode,
                        _ => FlagSyntax::Char,
                    });
                }
                ["AF", ..] if !alias_count_seen => alias_count_seen = true,
                ["AF", flags, ..] => {
                    let flags = tables.flags_without_aliases(flags);
                    tables.aliases.push(flags);
                }
                ["NEEDAFFIX", flag, ..] => tables.need_affix = tables.flag(flag),
                [kind @ ("PFX" | "SFX"), flag, cross, count, ..]
                    if count.parse::<usize>().is_ok() && fields.len() == 4 =>
                {
                    let Some(flag) = tables.flag(flag) else {
                        continue;
                    };
                    let class = AffixClass {
                        cross_product: *cross == "Y",
                        rules: Vec::new(),
                    };
                    let table = if *kind == "PFX" {
                        &mut tables.prefixes
                    } else {
                        &mut tables.suffixes
                    };
                    table.insert(flag, class);
                }
                [kind @ ("PFX" | "SFX"), flag, strip, add, rest @ ..] => {
                    let Some(flag) = tables.flag(flag) else {
                        continue;
                    };
                    let (add, continuation) = match add.split_once('/') {
                        Some((add, flags)) => (add, tables.flags(flags)),
                        None => (*add, Vec::new()),
                    };
                    let condition = parse_condition(rest.first().copied().unwrap_or("."));
                    let rule = AffixRule {
                        strip: if *strip == "0" { "" } else { strip }.to_owned(),
                        add: if add == "0" { "" } else { add }.to_owned(),
                        continuation,
                        condition,
                    };
                    let table = if *kind == "PFX" {
                        &mut tables.prefixes
                    } else {
                        &mut tables.suffixes
                    };
                    if let Some(class) = table.get_mut(&flag) {
                        class.rules.push(rule);
                    }
                }
                _ => {}
            }
        }
        tables
    }

    fn syntax(&self) -> FlagSyntax {
        self.syntax.unwrap_or(FlagSyntax::Char)
    }

    /// One flag as written in a header or `NEEDAFFIX` line.
    fn flag(&self, text: &str) -> Option<Flag> {
        self.flags_without_aliases(text).first().copied()
    }

    /// A flag field of a `.dic` line or an affix: a number refers to an
    /// `AF` alias when the file declares some.
    pub fn flags(&self, text: &str) -> Vec<Flag> {
        if !self.aliases.is_empty()
            && let Ok(index) = text.parse::<usize>()
        {
            return index
                .checked_sub(1)
                .and_then(|i| self.aliases.get(i))
                .cloned()
                .unwrap_or_default();
        }
        self.flags_without_aliases(text)
    }

    fn flags_without_aliases(&self, text: &str) -> Vec<Flag> {
        match self.syntax() {
            FlagSyntax::Char => text.bytes().map(Flag::from).collect(),
            FlagSyntax::Unicode => text.chars().map(Flag::from).collect(),
            FlagSyntax::Number => text.split(',').filter_map(|n| n.parse().ok()).collect(),
            FlagSyntax::Long => {
                let chars: Vec<char> = text.chars().collect();
                chars
                    .chunks(2)
                    .map(|pair| {
                        pair.iter()
                            .fold(0u32, |acc, &c| acc.wrapping_mul(0x11_0000) ^ u32::from(c))
                    })
                    .collect()
            }
        }
    }
}

impl AffixRule {
    /// The stem with this suffix, if its condition and strip match.
    pub fn apply_suffix(&self, stem: &str) -> Option<String> {
        let root = stem.strip_suffix(self.strip.as_str())?;
        if !self.condition_matches(stem.chars().rev(), true) {
            return None;
        }
        Some(format!("{root}{}", self.add))
    }

    /// The stem with this prefix, if its condition and strip match.
    pub fn apply_prefix(&self, stem: &str) -> Option<String> {
        let root = stem.strip_prefix(self.strip.as_str())?;
        if !self.condition_matches(stem.chars(), false) {
            return None;
        }
        Some(format!("{}{root}", self.add))
    }

    /// The condition reads from the end of the word for a suffix, from the
    /// start for a prefix; `chars` come in that order.
    fn condition_matches(&self, mut chars: impl Iterator<Item = char>, reversed: bool) -> bool {
        let mut check = |item: &ConditionItem| chars.next().is_some_and(|c| item.matches(c));
        if reversed {
            self.condition.iter().rev().all(&mut check)
        } else {
            self.condition.iter().all(&mut check)
        }
    }
}

/// `[^aeiou]y`, `.`, `[cg]er`: one item per character position.
fn parse_condition(text: &str) -> Vec<ConditionItem> {
    if text == "." {
        return Vec::new();
    }
    let mut items = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        items.push(match c {
            '.' => ConditionItem::Any,
            '[' => {
                let mut set: Vec<char> = Vec::new();
                let mut negated = false;
                for (i, d) in chars.by_ref().enumerate() {
                    match d {
                        '^' if i == 0 => negated = true,
                        ']' => break,
                        _ => set.push(d),
                    }
                }
                if negated {
                    ConditionItem::NoneOf(set)
                } else {
                    ConditionItem::OneOf(set)
                }
            }
            _ => ConditionItem::Char(c),
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "\
FLAG long
NEEDAFFIX ()
SFX S. Y 2
SFX S. 0 s [^sxz]
SFX S. 0 0 [sxz]
SFX a0 Y 2
SFX a0 er ons/L' er
SFX a0 er ez [^g]er
PFX L' Y 1
PFX L' 0 l' [aeiou]
";

    #[test]
    fn long_flags_conditions_and_continuations() {
        let t = AffixTables::parse(AFF);
        let s = t.flag("S.").unwrap();
        let a = t.flag("a0").unwrap();
        let l = t.flag("L'").unwrap();
        assert_eq!(t.need_affix, t.flag("()"));
        assert_eq!(t.flags("S.a0"), vec![s, a]);
        let plural = &t.suffixes[&s].rules;
        assert_eq!(plural[0].apply_suffix("chat").as_deref(), Some("chats"));
        assert_eq!(plural[0].apply_suffix("nez"), None);
        assert_eq!(plural[1].apply_suffix("nez").as_deref(), Some("nez"));
        let verb = &t.suffixes[&a].rules;
        assert_eq!(verb[0].apply_suffix("aimer").as_deref(), Some("aimons"));
        assert_eq!(verb[0].continuation, vec![l]);
        assert_eq!(verb[1].apply_suffix("manger"), None);
        let elision = &t.prefixes[&l].rules[0];
        assert_eq!(elision.apply_prefix("aimons").as_deref(), Some("l'aimons"));
        assert_eq!(elision.apply_prefix("chat"), None);
    }

    #[test]
    fn short_numeric_and_aliased_flags() {
        let t = AffixTables::parse("SFX A Y 1\nSFX A 0 s .\n");
        assert_eq!(t.flags("AB"), vec![65, 66]);
        let t = AffixTables::parse("FLAG num\nAF 2\nAF 12,7\nAF 3\n");
        assert_eq!(t.flags("1"), vec![12, 7]);
        assert_eq!(t.flags("2"), vec![3]);
        assert_eq!(t.flags("9"), Vec::<Flag>::new());
    }
}
