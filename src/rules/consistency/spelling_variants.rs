//! `consistency.spelling-variants`: one word spelled two ways in one text.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::Findings;
use crate::rules::spelling::british_to_american;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, Language, NormalizedWords};

const DOCS: &str = "\
**What it does.** Reports a word written two ways in the same text:

- with and without a ligature: `manoeuvre` and `manœuvre`;
- with and without a hyphen: `e-mail` and `email`, `week-end` and `weekend`;
- a capital with and without its accent: `Etat` and `État`;
- in English, British and American spelling: `colour` and `color`, \
`organise` and `organize`.

The form to keep is the one the dictionary knows, else the one used most; \
the first other form is the primary span and every occurrence of each \
form is labelled. Words in capitals throughout (`ETAT`) and words of fewer \
than three letters are left out.

**Why.** Each form may be correct, but a text that hesitates between two \
reads as unedited, and a search for one misses the other.

Off by default, like the whole `consistency` family: enable it with \
`[rules.consistency] enabled = true`.

**Fix.** Replacing the other forms with the one to keep is suggested, not \
applied by `--fix`: the dictionary does not know every word.";

#[derive(Clone)]
pub struct SpellingVariants {
    meta: RuleMeta,
}

impl Default for SpellingVariants {
    fn default() -> Self {
        SpellingVariants {
            meta: RuleMeta {
                id: "consistency.spelling-variants".into(),
                category: Category::Consistency,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: None,
                summary: "The same word spelled two ways in one text.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Send us an e-mail. Every email is read.".into(),
                        "The colour matters. Pick a color you like.".into(),
                        "La manoeuvre a réussi ; une manœuvre risquée.".into(),
                        "L’Etat paiera. Le budget de l’État est voté.".into(),
                    ],
                    good: vec![
                        "Send us an email. Every email is read.".into(),
                        "Où est-il ? Ou bien ici, ou bien là.".into(),
                        "L’ÉTAT DES LIEUX. L’État paiera.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// One spelling of a word and where it occurs.
struct Form {
    /// As first written (for messages and suggestions).
    text: String,
    /// Word indices, in reading order.
    at: Vec<usize>,
}

impl Rule for SpellingVariants {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    /// Most words have no variant to look for: only a word with a hyphen
    /// or a ligature, an accented capital or (in English) a British ending
    /// can be one spelling of a pair. Those are found by byte scans; then one
    /// pass over the words finds the other spellings of their keys (`email`
    /// for `e-mail`), with bit masks that turn most words away at once.
    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let normalized = doc.normalized();
        // (key, word) for every occurrence that belongs under a key.
        let mut keyed: Vec<(String, usize)> = Vec::new();
        // Keys whose plain spelling is to be found: (key to look for, key
        // it belongs under). `color` is looked for under `colour`.
        let mut wanted: Vec<(String, String)> = Vec::new();
        for w in special_words(doc) {
            let spelling = spelling_of(normalized, w);
            let Some(respelled) = scan(spelling) else {
                continue;
            };
            let key = if respelled {
                key(spelling)
            } else {
                spelling.to_string()
            };
            if starts_with_accented_capital(doc, w)
                && let Some(plain) = key_with_plain_capital(&key)
            {
                // `État` goes with `Etat`, not with a lowercase `état`.
                keyed.push((plain.clone(), w));
                wanted.push((plain.clone(), plain));
                continue;
            }
            if doc.language == Language::En && looks_british(spelling) {
                for american in british_to_american(spelling) {
                    if american != spelling {
                        wanted.push((american, key.clone()));
                    }
                }
            }
            if respelled {
                wanted.push((key.clone(), key.clone()));
            }
            keyed.push((key, w));
        }
        if wanted.is_empty() {
            return;
        }
        wanted.sort_unstable();
        wanted.dedup();
        keyed.extend(find_whole_words(normalized, &wanted));
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        keyed.dedup();
        let checker = ctx.resources.spell_checker(doc.language);
        let known = |form: &Form| checker.as_ref().is_some_and(|c| c.check(&form.text));
        let mut found: Vec<Vec<Form>> = Vec::new();
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            let mut forms = forms_of(doc, normalized, group.iter().map(|(_, w)| *w));
            if forms.len() < 2 {
                continue;
            }
            // The form to keep first: one the dictionary knows (`manœuvre`,
            // `État`), then the most used, then the first written.
            forms.sort_by_cached_key(|f| (!known(f), std::cmp::Reverse(f.at.len()), f.at[0]));
            found.push(forms);
        }
        found.sort_by_key(|forms| forms.iter().map(|f| f.at[0]).min());
        for forms in found {
            out.push(self.report(ctx, &forms));
        }
    }
}

fn spelling_of(normalized: &NormalizedWords, w: usize) -> &str {
    normalized.word(w)
}

/// The words that may be one spelling of a pair, in order: those with a
/// hyphen or a ligature, those starting with an accented capital, and in
/// English those with a British ending.
fn special_words(doc: &Document<'_>) -> Vec<usize> {
    let normalized = doc.normalized();
    let text = normalized.text.as_bytes();
    let word_at = |offset: usize| normalized.word_containing(offset);
    let mut words = Vec::new();
    // `-`, `‑` (E2 80 91), `œ` (C5 93), `æ` (C3 A6).
    for (i, &b) in text.iter().enumerate() {
        let special = match b {
            b'-' => true,
            0xE2 => text[i..].starts_with("\u{2011}".as_bytes()),
            0xC5 => text.get(i + 1) == Some(&0x93),
            0xC3 => text.get(i + 1) == Some(&0xA6),
            _ => false,
        };
        if special && let Some(w) = word_at(i) {
            words.push(w);
        }
    }
    for (w, word) in doc.words.iter().enumerate() {
        if starts_with_accented_capital(doc, w)
            || (doc.language == Language::En
                && looks_british(&doc.markup.masked[word.span().range()]))
        {
            words.push(w);
        }
    }
    words.sort_unstable();
    words.dedup();
    words
}

/// `À` to `Þ` are 0xC3 0x80..0x9E in UTF-8.
fn starts_with_accented_capital(doc: &Document<'_>, w: usize) -> bool {
    let bytes = &doc.source().as_bytes()[doc.words[w].span().range()];
    bytes.len() > 1 && bytes[0] == 0xC3 && bytes[1] < 0x9F
}

/// Every word spelled like one of `wanted` (sorted), with the key it
/// belongs under. Two bit masks (the lengths and first bytes of the
/// wanted spellings) turn most words away before any comparison.
fn find_whole_words(
    normalized: &NormalizedWords,
    wanted: &[(String, String)],
) -> Vec<(String, usize)> {
    let mut lengths = 0u64;
    let mut firsts = [0u64; 4];
    for (spelling, _) in wanted {
        lengths |= 1 << spelling.len().min(63);
        let first = spelling.as_bytes()[0];
        firsts[usize::from(first >> 6)] |= 1 << (first & 63);
    }
    let mut out = Vec::new();
    for w in 0..normalized.len() {
        let spelling = spelling_of(normalized, w);
        let Some(&first) = spelling.as_bytes().first() else {
            continue;
        };
        if lengths & (1 << spelling.len().min(63)) == 0
            || firsts[usize::from(first >> 6)] & (1 << (first & 63)) == 0
        {
            continue;
        }
        let from = wanted.partition_point(|(s, _)| s.as_str() < spelling);
        for (_, key) in wanted[from..].iter().take_while(|(s, _)| s == spelling) {
            out.push((key.clone(), w));
        }
    }
    out
}

/// The occurrences of one key grouped by spelling. Words in capitals
/// throughout are left out: an acronym or a shouted heading drops accents
/// on purpose.
fn forms_of(
    doc: &Document<'_>,
    normalized: &NormalizedWords,
    words: impl Iterator<Item = usize>,
) -> Vec<Form> {
    let mut forms: Vec<(&str, Form)> = Vec::new();
    for w in words {
        let text = doc.text(doc.words[w].span());
        if !text.chars().any(char::is_lowercase) {
            continue;
        }
        let spelling = spelling_of(normalized, w);
        match forms.iter_mut().find(|(s, _)| *s == spelling) {
            Some((_, form)) => form.at.push(w),
            None => forms.push((
                spelling,
                Form {
                    text: text.to_string(),
                    at: vec![w],
                },
            )),
        }
    }
    forms.into_iter().map(|(_, form)| form).collect()
}

impl SpellingVariants {
    fn report(&self, ctx: &RuleContext<'_>, forms: &[Form]) -> Diagnostic {
        let doc = ctx.doc;
        let usual = &forms[0];
        let rare = &forms[1];
        let list = forms
            .iter()
            .map(|f| format!("`{}` ({}×)", f.text, f.at.len()))
            .collect::<Vec<_>>()
            .join(", ");
        let primary = doc.words[rare.at[0]].span();
        let mut diagnostic = Diagnostic::new(
            &self.meta.id,
            self.meta.category,
            ctx.severity,
            primary,
            format!("one word, {} spellings: {list}", forms.len()),
        )
        .with_help(format!(
            "write it one way throughout, for instance `{}`",
            usual.text
        ));
        for form in forms {
            for &w in &form.at {
                let span = doc.words[w].span();
                if span != primary {
                    diagnostic = diagnostic.with_label(span, format!("`{}`", form.text));
                }
            }
        }
        for form in &forms[1..] {
            for &w in &form.at {
                let word = &doc.words[w];
                let replacement = same_case(doc.text(word.span()), &usual.text);
                diagnostic = diagnostic.with_suggestion(word.span(), replacement, false);
            }
        }
        diagnostic
    }
}

/// Whether a spelling takes part (three letters or more, no digits, not
/// an elided form like `l'`), and if so whether its key differs from it
/// (a hyphen or a ligature): one pass over the bytes, as this runs on
/// every distinct word.
fn scan(spelling: &str) -> Option<bool> {
    let (mut letters, mut respelled) = (0, false);
    let bytes = spelling.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            match b {
                b'0'..=b'9' => return None,
                b'-' => respelled = true,
                _ => letters += usize::from(b.is_ascii_alphabetic()),
            }
            i += 1;
            continue;
        }
        let c = spelling[i..].chars().next()?;
        match c {
            'œ' | 'æ' | '\u{2011}' => respelled = true,
            c if c.is_numeric() => return None,
            _ => {}
        }
        letters += usize::from(c.is_alphabetic());
        i += c.len_utf8();
    }
    (letters >= 3 && !spelling.ends_with('\'')).then_some(respelled)
}

/// What the variants of one word share: the lowercase spelling with
/// ligatures spelled out and without hyphens (`manœuvre` → `manoeuvre`,
/// `e-mail` → `email`).
fn key(spelling: &str) -> String {
    let mut key = String::with_capacity(spelling.len());
    for c in spelling.chars() {
        match c {
            '-' | '\u{2011}' => {}
            'œ' => key.push_str("oe"),
            'æ' => key.push_str("ae"),
            c => key.push(c),
        }
    }
    key
}

/// The key of a word starting with an accented letter, as written with an
/// unaccented capital: `état` → `etat`, for `État` against `Etat`. Accents
/// on lowercase letters tell words apart (`a`, `à`), on capitals they are
/// often dropped.
fn key_with_plain_capital(key: &str) -> Option<String> {
    let first = key.chars().next()?;
    let plain = match first {
        'à' | 'â' | 'ä' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        _ => return None,
    };
    Some(std::iter::once(plain).chain(key.chars().skip(1)).collect())
}

/// Endings that British and American spelling write differently: only
/// these spellings are looked up in [`british_to_american`].
fn looks_british(spelling: &str) -> bool {
    let endings: &[&str] = match spelling.as_bytes().last() {
        Some(b'r') => &["our", "iser", "ller"],
        Some(b's') => &[
            "ours", "ises", "isers", "yses", "tres", "bres", "llers", "logues", "mmes",
        ],
        Some(b'd') => &["oured", "ised", "ysed", "lled"],
        Some(b'g') => &["ouring", "ising", "ysing", "lling"],
        Some(b'e') => &[
            "ourite", "ourable", "ise", "yse", "tre", "bre", "logue", "ence", "mme",
        ],
        Some(b'n') => &["isation"],
        _ => return false,
    };
    endings.iter().any(|e| spelling.ends_with(e))
}

/// `usual` with the first letter's case of `written`.
fn same_case(written: &str, usual: &str) -> String {
    let upper = written.starts_with(char::is_uppercase);
    let mut chars = usual.chars();
    match chars.next() {
        Some(first) if upper => first.to_uppercase().chain(chars).collect(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use std::path::Path;

    fn run(text: &str, language: Language) -> Vec<Diagnostic> {
        run_rule(
            &SpellingVariants::default(),
            text,
            Path::new("a.md"),
            language,
            &Resources::builtin(),
        )
    }

    #[test]
    fn the_dictionary_form_is_kept_and_every_occurrence_labelled() {
        // The French dictionary knows `week-end`, not `weekend`.
        let found = run(
            "Un week-end au calme. Le weekend suivant, un autre weekend.",
            Language::Fr,
        );
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(
            d.message,
            "one word, 2 spellings: `week-end` (1×), `weekend` (2×)"
        );
        assert_eq!(d.labels.len(), 2);
        let replacements: Vec<&str> = d
            .suggestions
            .iter()
            .map(|s| s.replacement.as_str())
            .collect();
        assert_eq!(replacements, ["week-end", "week-end"]);
        assert!(d.suggestions.iter().all(|s| !s.safe));
    }

    #[test]
    fn without_a_known_form_the_most_used_is_kept() {
        let found = run("Le zorblax et le zorb-lax, puis le zorblax.", Language::Fr);
        assert_eq!(
            found[0].message,
            "one word, 2 spellings: `zorblax` (2×), `zorb-lax` (1×)"
        );
    }

    #[test]
    fn suggestions_keep_the_capital() {
        let found = run("E-mail us. Each email counts, every email.", Language::En);
        assert_eq!(found[0].suggestions[0].replacement, "Email");
    }

    #[test]
    fn accents_matter_on_lowercase_letters() {
        assert!(run("Il a mangé là où la rivière passe.", Language::Fr).is_empty());
        assert!(run("Le côté et la cote du fleuve.", Language::Fr).is_empty());
    }

    #[test]
    fn british_and_american_join_only_in_english() {
        assert_eq!(run("The centre and the center.", Language::En).len(), 1);
        assert!(run("The colour, the colours.", Language::En).is_empty());
    }
}
