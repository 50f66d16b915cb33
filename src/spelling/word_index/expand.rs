//! Every word form of a Hunspell dictionary: each stem of the `.dic` with
//! the prefixes and suffixes its flags allow (two levels of suffixes, a
//! prefix on a suffixed form), kept only when the checker of record
//! accepts it.
//!
//! Left out on purpose: elided forms (`l'`, `qu'`… prefixes whose text has
//! an apostrophe), which multiply the French forms by five; the
//! suggester splits an elision off and puts it back instead. Compounds are
//! left out too: the index is for suggestions, and a compound is suggested
//! from its parts.

use super::affixes::{AffixClass, AffixTables, Flag};

/// The sorted, distinct forms of `dic` under `aff` that `accept` takes.
pub fn word_forms(aff: &str, dic: &str, accept: impl Fn(&str) -> bool) -> Vec<String> {
    let tables = AffixTables::parse(aff);
    let mut forms = Vec::new();
    // The first line is the number of stems.
    for line in dic.lines().skip(1) {
        if let Some((stem, flags)) = dic_entry(line) {
            let flags = flags.map(|f| tables.flags(f)).unwrap_or_default();
            expand_stem(&tables, &stem, &flags, &mut forms);
        }
    }
    forms.sort_unstable();
    forms.dedup();
    forms.retain(|form| accept(form));
    forms
}

/// `word/FLAGS morphology…` → the word (`\/` unescaped) and its flags.
fn dic_entry(line: &str) -> Option<(String, Option<&str>)> {
    let entry = line.split(['\t', ' ']).next()?.trim();
    if entry.is_empty() {
        return None;
    }
    // The first `/` not escaped by a backslash separates the flags.
    let mut split_at = None;
    let mut escaped = false;
    for (i, c) in entry.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '/' if !escaped && i > 0 => {
                split_at = Some(i);
                break;
            }
            _ => escaped = false,
        }
    }
    let (word, flags) = match split_at {
        Some(i) => (&entry[..i], Some(&entry[i + 1..])),
        None => (entry, None),
    };
    let word = word.replace("\\/", "/");
    (!word.is_empty()).then_some((word, flags))
}

/// `l'`, `qu'`, and `l'A` for `a` (an elision that capitalises).
fn is_elision(add: &str) -> bool {
    add.contains(['\'', '’'])
}

fn expand_stem(tables: &AffixTables, stem: &str, flags: &[Flag], out: &mut Vec<String>) {
    if tables.need_affix.is_none_or(|f| !flags.contains(&f)) {
        out.push(stem.to_owned());
    }
    // Suffixed forms that may also take a prefix (cross product).
    let mut crossable: Vec<String> = Vec::new();
    let mut prefix_flags: Vec<Flag> = flags.to_vec();
    for class in flags.iter().filter_map(|f| tables.suffixes.get(f)) {
        for rule in &class.rules {
            let Some(form) = rule.apply_suffix(stem) else {
                continue;
            };
            for outer in rule
                .continuation
                .iter()
                .filter_map(|f| tables.suffixes.get(f))
            {
                for outer_rule in &outer.rules {
                    if let Some(twice) = outer_rule.apply_suffix(&form) {
                        out.push(twice);
                    }
                }
            }
            prefix_flags.extend(&rule.continuation);
            if class.cross_product {
                crossable.push(form.clone());
            }
            out.push(form);
        }
    }
    prefix_flags.sort_unstable();
    prefix_flags.dedup();
    for class in prefix_flags.iter().filter_map(|f| tables.prefixes.get(f)) {
        for rule in class.rules.iter().filter(|r| !is_elision(&r.add)) {
            add_prefixed(tables, class, rule, stem, &crossable, out);
        }
    }
}

fn add_prefixed(
    tables: &AffixTables,
    class: &AffixClass,
    rule: &super::affixes::AffixRule,
    stem: &str,
    crossable: &[String],
    out: &mut Vec<String>,
) {
    if let Some(form) = rule.apply_prefix(stem) {
        // A prefix may allow suffixes of its own (`PFX Um 0 kilo/S.`).
        for inner in rule
            .continuation
            .iter()
            .filter_map(|f| tables.suffixes.get(f))
        {
            out.extend(inner.rules.iter().filter_map(|r| r.apply_suffix(&form)));
        }
        out.push(form);
    }
    if class.cross_product {
        out.extend(crossable.iter().filter_map(|s| rule.apply_prefix(s)));
    }
}

/// Whether the dictionary can join words of letters into compounds
/// (`COMPOUNDFLAG` and kin, or a `COMPOUNDRULE` whose parts include a stem
/// with a letter). en_US's rules only make `1st`, `22nd` from digits.
pub fn compounds_letters(aff: &str, dic: &str) -> bool {
    let mut rule_flags = String::new();
    for line in aff.lines() {
        let mut fields = line.split_whitespace();
        match fields.next() {
            Some(
                "COMPOUNDFLAG" | "COMPOUNDBEGIN" | "COMPOUNDMIDDLE" | "COMPOUNDEND"
                | "COMPOUNDLAST",
            ) => return true,
            Some("COMPOUNDRULE") => {
                if let Some(rule) = fields.next()
                    && rule.parse::<usize>().is_err()
                {
                    rule_flags.push_str(rule);
                }
            }
            _ => {}
        }
    }
    if rule_flags.is_empty() {
        return false;
    }
    let tables = AffixTables::parse(aff);
    // Flags in rules are written like flags elsewhere (`(aa)(bb)*` for long
    // ones); the operators are not flags.
    let rule_flags = tables.flags(&rule_flags.replace(['(', ')', '*', '?'], ""));
    dic.lines()
        .skip(1)
        .filter_map(dic_entry)
        .any(|(stem, flags)| {
            stem.chars().all(char::is_alphabetic)
                && flags.is_some_and(|f| tables.flags(f).iter().any(|f| rule_flags.contains(f)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_suffixes_prefixes_and_elisions() {
        let aff = "\
FLAG long
NEEDAFFIX ()
SFX S. Y 1
SFX S. 0 s .
SFX a0 Y 2
SFX a0 er ons/S. er
SFX a0 er ez er
PFX Re Y 1
PFX Re 0 re .
PFX L' Y 1
PFX L' 0 l' .
PFX Um Y 1
PFX Um 0 0/S. .
";
        let dic = "3\nchat/S.L' po:nom\naimer/a0Re\nracine/()S.\nescape\\/d\ncalorie/Um()\n";
        let forms = word_forms(aff, dic, |w| !w.starts_with("reaimez"));
        assert!(!compounds_letters(aff, dic));
        assert!(compounds_letters("COMPOUNDFLAG X\n", "1\nword/X\n"));
        let rules = "COMPOUNDRULE 1\nCOMPOUNDRULE n*1t\n";
        assert!(!compounds_letters(rules, "3\n1/n1\n1st/t\nword\n"));
        assert!(compounds_letters(rules, "2\n1/n1\nst/t\n"));
        assert_eq!(
            forms,
            [
                "aimer", "aimez", "aimons", "aimonss", "calorie", "calories", "chat", "chats",
                "escape/d", "racines", "reaimer", "reaimons"
            ]
        );
    }
}
