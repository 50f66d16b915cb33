//! `consistency.spelling-variants`: one word spelled two ways in one text.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::spelling::british_to_american;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Language, Word, is_apostrophe};
use std::collections::HashMap;

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

**Fix.** Replacing the rarer form with the usual one is suggested, not \
applied by `--fix`: the usual form is not always the right one.";

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
                default_enabled: true,
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

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Vec<Diagnostic>) {
        let doc = ctx.doc;
        let masked = &doc.markup.masked;
        // key → spelling → form. A spelling is the word lowercased with
        // apostrophes unified: case alone never makes a variant.
        let mut groups: HashMap<String, HashMap<String, Form>> = HashMap::new();
        for (index, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            if !counts(word, text) {
                continue;
            }
            let spelling = spelling(text);
            let form = groups
                .entry(key(text))
                .or_default()
                .entry(spelling)
                .or_insert_with(|| Form {
                    text: text.to_string(),
                    at: Vec::new(),
                });
            form.at.push(index);
        }
        if doc.language == Language::En {
            merge_british_and_american(&mut groups);
        }
        let checker = ctx.resources.spell_checker(doc.language);
        let known = |form: &Form| checker.as_ref().is_some_and(|c| c.check(&form.text));
        let mut found: Vec<Vec<Form>> = groups
            .into_values()
            .filter(|forms| forms.len() > 1)
            .map(|forms| {
                let mut forms: Vec<Form> = forms.into_values().collect();
                // The form to keep first: one the dictionary knows
                // (`manœuvre`, `État`), then the most used, then the
                // first written.
                forms.sort_by_cached_key(|f| (!known(f), std::cmp::Reverse(f.at.len()), f.at[0]));
                forms
            })
            .collect();
        found.sort_by_key(|forms| forms.iter().map(|f| f.at[0]).min());
        for forms in found {
            out.push(self.report(ctx, &forms));
        }
    }
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
        let primary = doc.words[rare.at[0]].span;
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
                let span = doc.words[w].span;
                if span != primary {
                    diagnostic = diagnostic.with_label(span, format!("`{}`", form.text));
                }
            }
        }
        for form in &forms[1..] {
            for &w in &form.at {
                let word = &doc.words[w];
                let replacement = same_case(doc.text(word.span), &usual.text);
                diagnostic = diagnostic.with_suggestion(word.span, replacement, false);
            }
        }
        diagnostic
    }
}

/// Words that take part: three letters or more, no digits, not an
/// elision, not in capitals throughout (acronyms, shouted headings, where
/// accents are often dropped on purpose).
fn counts(word: &Word, text: &str) -> bool {
    if word.is_elision || word.has_digit {
        return false;
    }
    let mut letters = 0;
    let mut lowercase = false;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        lowercase |= c.is_lowercase();
    }
    letters >= 3 && lowercase
}

fn spelling(text: &str) -> String {
    text.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// What the variants of one word share: lowercase, ligatures spelled out,
/// no hyphens, and no accents on capitals (`État` → `etat`, but `état`
/// keeps its accent: `a` and `à` are two words, `Etat` and `État` one).
fn key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '-' | '\u{2011}' => {}
            'œ' | 'Œ' => key.push_str("oe"),
            'æ' | 'Æ' => key.push_str("ae"),
            c if is_apostrophe(c) => key.push('\''),
            c if c.is_uppercase() => key.extend(strip_accent(c).to_lowercase()),
            c => key.push(c),
        }
    }
    key
}

fn strip_accent(c: char) -> char {
    match c {
        'À' | 'Â' | 'Ä' => 'A',
        'Ç' => 'C',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' => 'I',
        'Ô' | 'Ö' => 'O',
        'Ù' | 'Û' | 'Ü' => 'U',
        'Ÿ' => 'Y',
        c => c,
    }
}

/// In English, `colour` and `color` are one word: a British form joins the
/// group of its American spelling when the text also uses that.
fn merge_british_and_american(groups: &mut HashMap<String, HashMap<String, Form>>) {
    let mut british: Vec<(String, String)> = Vec::new();
    for key in groups.keys() {
        for american in british_to_american(key) {
            if &american != key && groups.contains_key(&american) {
                british.push((key.clone(), american));
            }
        }
    }
    for (key, american) in british {
        if let Some(forms) = groups.remove(&key) {
            groups.entry(american).or_default().extend(forms);
        }
    }
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
