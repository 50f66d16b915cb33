//! `repetition.doubled-word`: "le le", "the the".
//!
//! Two identical words in a row, compared case-insensitively, across line
//! breaks and inline markup (the masked text blanks the markup), but not
//! across punctuation or blocks: "Bien, bien." is a choice, not a slip.
//! A phrase echoed after a comma ("régler les freins, régler les freins")
//! is the other shape of the stammer: see [`super::echoed_phrase`].
//! Grammatical doubles ("nous nous", "vous vous", "had had", "that that")
//! and interjections ("ha ha") are exceptions, configurable per language.
//! "is is" and "was was" are grammatical only when the first copy ends a
//! clause that is itself the subject ("what it is is a habit", "all it was
//! was a rumour"): without a `what`, `all`, `how`… a few words before, the
//! second copy is a slip ("a service that is is separate").
//! Names made of a doubled word ("Bora Bora", "Walla Walla") are not slips:
//! a second copy written with a capital is taken as one.
//! An intensifier said twice ("très très", "very very") is speech, reported
//! at info; a phrase of two to six words written twice in a row ("along the
//! along the") is the stammer of a cut and paste.

use super::echoed_phrase::echoed_phrases;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::options::{self, string_list};
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;

const DOCS: &str = "\
**What it does.** Flags a word written twice in a row (`le le`, `the the`), \
even when a line break or inline markup separates the two copies.

**Why.** A doubled word is the most common slip of a hurried rewrite, and the \
eye skips it when proofreading.

A second copy with a capital (`Bora Bora`) is taken for a name. A pronoun \
joined to its verb by a hyphen and written again (`prévenez-le le dès \
lundi`) is a double too, unless the second copy may be an article \
(`prenez-le le matin`).

A phrase of two to six words written twice in a row (`along the along the`, \
a stammer of cut and paste) is flagged the same way. An intensifier said \
twice for emphasis (`très très`, `very very`, `beaucoup beaucoup`) is \
reported at info: speech rather than a slip, but edited prose says it once.

A phrase written again right after a comma (`tighten the strap, tighten the \
strap`), or after a comma, one word and a comma (`ten times, yes, ten \
times`), is flagged too, up to ten words, even when a third copy follows; \
a name (`New York, New York`) is not, and a phrase cited inside quotation \
marks is reported at info. One word echoed after a comma inside a \
sentence (`a long, long way`) is reported at info; said three times or \
opening its sentence (`Please, please, please`, `Bien, bien.`) it is a \
chant or an interjection, left alone, unless it is a stance adverb \
(`frankly`, `sérieusement`) doubled before the sentence it comments \
(`Frankly, frankly, the rest can wait`): a filler stammered. A phrase \
capitalised only because it opens the sentence (`Mind you, mind you`) is \
no name. Digits withheld as `xx xx xx` and an adverb made of a word twice \
(`pas à pas à travers`) are no doubles. A sentence that is only the \
phrase said again (`Thank you, thank you, thank you.`) is an \
exclamation, and a phrase after a relative pronoun written again as the \
predicate (`seed that is lost is lost`, `ce qui est fait est fait`) is a \
saying: neither is flagged. Nor is a phrase said a third time after a \
conjunction (`de nuages, de nuages et encore de nuages`, `about bass, \
about bass and again about bass`): a chant built on purpose.

**Options.** `exceptions-fr`, `exceptions-en`: lists of words that may be \
doubled (defaults: `nous`, `vous`, `si`, `ha`… ; `had`, `that`, `do`, `ha`…). \
In English, `is is` and `was was` pass only after a clause they close \
(`what it is is`, `all it was was`).

**Fix.** Deleting the second copy is safe.";

const FR_EXCEPTIONS: &[&str] = &["nous", "vous", "si", "tout", "fort", "ha", "hé", "he", "hi"];
const EN_EXCEPTIONS: &[&str] = &["had", "that", "do", "bye", "no", "yes", "ha", "ho"];

/// Intensifiers said twice for emphasis ("très très", "very very"): speech,
/// not a slip of the keyboard, but edited prose says it once. Reported at
/// info, unless a project lists the word in its exceptions.
const FR_INTENSIFIERS: &[&str] = &["très", "bien", "beaucoup", "trop", "vraiment", "super"];
const EN_INTENSIFIERS: &[&str] = &["very", "really", "so", "much", "too"];

/// The longest run of words checked for a doubled phrase ("along the along
/// the", "le club a également le club a également").
const LONGEST_DOUBLED_PHRASE: usize = 6;

/// Copulas that may be doubled when the first copy closes a subject clause.
const EN_CLAUSE_COPULAS: &[&str] = &["is", "was"];

/// Words that open a clause used as a subject (`what it is is…`).
const EN_CLAUSE_OPENERS: &[&str] = &[
    "what", "whatever", "all", "how", "why", "where", "who", "whoever", "thing",
];

/// How far back, in words, such an opener is looked for.
const CLAUSE_REACH: usize = 6;

/// Prepositions that make the clause after them their object: "of what
/// it was" closes no subject.
const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "for", "with", "about", "from", "to", "into", "at", "by", "like",
];

#[derive(Clone)]
pub struct DoubledWord {
    meta: RuleMeta,
    exceptions_fr: Vec<String>,
    exceptions_en: Vec<String>,
}

impl Default for DoubledWord {
    fn default() -> Self {
        DoubledWord {
            meta: RuleMeta {
                id: "repetition.doubled-word".into(),
                category: Category::Repetition,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "The same word twice in a row.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le rapport de la la commission est paru.".into(),
                        "We went to the\nthe market.".into(),
                        "Il a **le** le dernier mot.".into(),
                        "The the report is late.".into(),
                        "Turn the valve turn the valve until it stops.".into(),
                        "La sauce était très très épicée.".into(),
                        "Le car part à l'aube, part à l'aube, et rentre le soir.".into(),
                        "Keep the lid closed for ten minutes, for ten minutes, then stir.".into(),
                        "Frankly, frankly, the rest can wait.".into(),
                        "Prévenez-le le dès lundi.".into(),
                    ],
                    good: vec![
                        "Nous avons parlé de nuages, de nuages et encore de nuages.".into(),
                        "Nous nous sommes trompés.".into(),
                        "He had had enough.".into(),
                        "Bien, bien. Passons.".into(),
                        "They flew to Bora Bora in May.".into(),
                        "Please, please, please call your mother.".into(),
                        "Non, non. Restez assis.".into(),
                        "The song New York, New York closed the show.".into(),
                        "The clock went tick tock tick tock tick tock all night.".into(),
                        "Appelez le 05 xx xx xx xx.".into(),
                        "Slowly, slowly, the kettle warmed.".into(),
                        "Prenez-le le matin, à jeun.".into(),
                    ],
                },
                fixable: true,
            },
            exceptions_fr: FR_EXCEPTIONS.iter().map(|s| s.to_string()).collect(),
            exceptions_en: EN_EXCEPTIONS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl Rule for DoubledWord {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, options: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in options {
            let list = match key.as_str() {
                "exceptions-fr" => &mut rule.exceptions_fr,
                "exceptions-en" => &mut rule.exceptions_en,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &["exceptions-fr", "exceptions-en"],
                    ));
                }
            };
            *list = string_list(value)
                .ok_or_else(|| format!("option `{key}` must be a list of words"))?
                .into_iter()
                .map(|w| w.to_lowercase())
                .collect();
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let masked = &doc.markup.masked;
        let exceptions = match doc.language {
            Language::Fr => &self.exceptions_fr,
            Language::En => &self.exceptions_en,
        };
        for (index, pair) in doc.words.windows(2).enumerate() {
            let (first, second) = (&pair[0], &pair[1]);
            if first.block() != second.block() || first.has_digit() || first.is_elision() {
                continue;
            }
            let (a, b) = (first.text(masked), second.text(masked));
            let clitic = doc.language == Language::Fr
                && hyphen_clitic_doubled(
                    a,
                    b,
                    doc.words.get(index + 2).map(|w| {
                        (
                            w.text(masked),
                            &masked[second.span().end..w.span().start],
                            w.block() == second.block(),
                        )
                    }),
                );
            if !same_word(a, b) && !clitic {
                continue;
            }
            let between = &masked[first.span().end..second.span().start];
            if between
                .chars()
                .any(|c| !c.is_whitespace() && !is_transparent(c))
            {
                continue;
            }
            // Masking blanks out URLs, code and link targets: "go to
            // https://… to find" reads as two words apart, and deleting
            // from the first copy would delete the URL with the second.
            let source_between = &doc.source()[first.span().end..second.span().start];
            if source_between.chars().any(char::is_alphanumeric) {
                continue;
            }
            if b.starts_with(char::is_uppercase) || is_letter_label(masked, first.span().start, a) {
                continue;
            }
            let lower = a.to_lowercase();
            if exceptions.contains(&lower) || is_masked_digits(a) {
                continue;
            }
            let intensifiers = match doc.language {
                Language::Fr => FR_INTENSIFIERS,
                Language::En => EN_INTENSIFIERS,
            };
            let severity = if intensifiers.contains(&lower.as_str()) {
                Severity::Info
            } else {
                ctx.severity
            };
            if doc.language == Language::En
                && EN_CLAUSE_COPULAS.contains(&lower.as_str())
                && closes_a_subject_clause(doc, index)
            {
                continue;
            }
            // The second copy and the spaces before it: markup between the
            // copies (`*le* le`) stays.
            let delete = Span::new(
                first.span().end + source_between.trim_end().len(),
                second.span().end,
            );
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    severity,
                    second.span(),
                    format!("`{}` is written twice", doc.text(second.span())),
                )
                .with_label(first.span(), "first written here")
                .with_suggestion(delete, "", true)
                .with_help("delete the second copy"),
            );
        }
        doubled_phrases(self, ctx, out);
        echoed_phrases(&self.meta.id, self.meta.category, ctx, out);
    }
}

/// A run of two to `LONGEST_DOUBLED_PHRASE` words written twice in a row
/// ("along the along the", "Turn the valve turn the valve"): the stammer
/// of a cut and paste. Both copies sit in one block with nothing but spaces
/// between their words; a second copy with a capital is a name or a title,
/// a third copy makes a refrain, and a run of one repeated word is the
/// single-word case above.
fn doubled_phrases(rule: &DoubledWord, ctx: &RuleContext<'_>, out: &mut Findings) {
    let doc = ctx.doc;
    let masked = &doc.markup.masked;
    let words = &doc.words;
    // Whether the words `from..to` follow one another with only spaces
    // (or transparent marks) between them, in one block, in the source too.
    let joined = |from: usize, to: usize| {
        words[from..to].windows(2).all(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            a.block() == b.block()
                && !a.has_digit()
                && !b.has_digit()
                && masked[a.span().end..b.span().start]
                    .chars()
                    .all(|c| c.is_whitespace() || is_transparent(c))
                && !doc.source()[a.span().end..b.span().start]
                    .chars()
                    .any(char::is_alphanumeric)
        })
    };
    let mut next_free = 0;
    for start in 0..words.len() {
        if start < next_free {
            continue;
        }
        for length in 2..=LONGEST_DOUBLED_PHRASE {
            let end = start + 2 * length;
            if end > words.len() {
                break;
            }
            let (first, second) = (start..start + length, start + length..end);
            // The second copy must start with the first's word: that alone
            // settles almost every place, before the longer comparisons.
            if !same_word(words[start].text(masked), words[second.start].text(masked)) {
                continue;
            }
            let all_same = words[first.clone()]
                .iter()
                .all(|w| same_word(w.text(masked), words[start].text(masked)));
            if all_same
                || (length == 2
                    && is_reduplication_link(doc.language, words[start + 1].text(masked)))
                || words[second.start]
                    .text(masked)
                    .starts_with(char::is_uppercase)
                || !first
                    .clone()
                    .zip(second.clone())
                    .all(|(a, b)| same_word(words[a].text(masked), words[b].text(masked)))
                || !joined(start, end)
                || closes_a_relative(doc, start)
            {
                continue;
            }
            // A third copy makes a refrain or a chant ("tick tock tick
            // tock tick tock"), said on purpose: a stammer doubles once.
            let copy_at = |at: usize| {
                at + length <= words.len()
                    && (0..length).all(|k| {
                        same_word(words[at + k].text(masked), words[start + k].text(masked))
                    })
                    && joined(at - 1, at + length)
            };
            if copy_at(end) {
                let mut run_end = end + length;
                while copy_at(run_end) {
                    run_end += length;
                }
                next_free = run_end;
                break;
            }
            let first_span = Span::new(
                words[first.start].span().start,
                words[first.end - 1].span().end,
            );
            let second_span =
                Span::new(words[second.start].span().start, words[end - 1].span().end);
            out.push(
                Diagnostic::new(
                    &rule.meta.id,
                    rule.meta.category,
                    ctx.severity,
                    second_span,
                    format!("`{}` is written twice", doc.text(second_span)),
                )
                .with_label(first_span, "first written here")
                .with_help("delete the second copy"),
            );
            next_free = end;
            break;
        }
    }
}

/// Whether the phrase at `start` follows a relative pronoun ("seed that
/// is lost is lost", "ce qui est fait est fait", "what is done is done"):
/// the first copy closes the subject clause, the second is the
/// predicate, a saying built on purpose.
fn closes_a_relative(doc: &crate::text::Document<'_>, start: usize) -> bool {
    let masked = &doc.markup.masked;
    start > 0 && {
        let before = &doc.words[start - 1];
        before.block() == doc.words[start].block()
            && masked[before.span().end..doc.words[start].span().start]
                .chars()
                .all(char::is_whitespace)
            && ["that", "what", "which", "who", "whatever", "qui", "quoi"]
                .iter()
                .any(|r| before.text(masked).eq_ignore_ascii_case(r))
    }
}

/// Whether the word at `index` may end a clause that is the subject of
/// what follows: an opener such as `what` or `all` a few words before it,
/// in the same block and sentence.
fn closes_a_subject_clause(doc: &crate::text::Document<'_>, index: usize) -> bool {
    let masked = &doc.markup.masked;
    let block = doc.words[index].block();
    let mut end = doc.words[index].span().start;
    for (back, word) in doc.words[..index]
        .iter()
        .rev()
        .take(CLAUSE_REACH)
        .enumerate()
    {
        // Another block or a sentence boundary: the opener would be
        // another clause's.
        let gap = &masked[word.span().end..end];
        if word.block() != block || gap.contains(['.', '!', '?', ';']) {
            return false;
        }
        if EN_CLAUSE_OPENERS
            .iter()
            .any(|opener| word.text(masked).eq_ignore_ascii_case(opener))
        {
            // Right before the copula the opener is its subject ("a
            // child who is is nervous"): no clause closes there.
            if back == 0 {
                return false;
            }
            // After a preposition ("a flask of what we think was") the
            // clause is its object, not the subject of a second verb.
            let opener = index - 1 - back;
            let governed = opener > 0 && {
                let before = &doc.words[opener - 1];
                before.block() == block
                    && !masked[before.span().end..word.span().start]
                        .contains(['.', '!', '?', ';', ','])
                    && PREPOSITIONS
                        .iter()
                        .any(|p| before.text(masked).eq_ignore_ascii_case(p))
            };
            return !governed;
        }
        end = word.span().start;
    }
    false
}

/// A capital letter used as a name inside a sentence (`catégorie A a
/// reculé`, `la vitamine A a`): the next word is a verb, not a second copy.
/// At the start of a sentence (`A a cat`) it is still a slip.
fn is_letter_label(masked: &str, start: usize, word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_capital
        && masked[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// A run of `x` standing for digits withheld ("tél. xx xx xx xx"): a
/// placeholder repeats by design.
fn is_masked_digits(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b == b'x' || b == b'X')
}

/// Prepositions that join a word to itself in a reduplicated adverb
/// ("peu à peu", "step by step"): "X à X à" reads as that adverb followed
/// by the same preposition again, not as "X à" written twice.
fn is_reduplication_link(language: Language, word: &str) -> bool {
    let links: &[&str] = match language {
        Language::Fr => &["à", "par", "après", "pour", "contre"],
        Language::En => &["by", "after", "to", "for"],
    };
    links.iter().any(|link| word.eq_ignore_ascii_case(link))
}

/// Object pronouns joined to an imperative by a hyphen (`dites-le`,
/// `prenez-les`).
const FR_CLITICS: &[&str] = &["le", "la", "les", "lui", "leur", "moi", "toi", "en", "y"];

/// Words that cannot follow an article (prepositions, conjunctions,
/// adverbs of time): after `dites-le le`, they show the second `le` is
/// the pronoun written twice, not an article (`prenez-le le matin`).
const FR_NOT_AFTER_ARTICLE: &[&str] = &[
    "dès",
    "de",
    "à",
    "au",
    "aux",
    "en",
    "dans",
    "pour",
    "par",
    "avec",
    "sans",
    "sur",
    "sous",
    "avant",
    "après",
    "pendant",
    "depuis",
    "chez",
    "vers",
    "quand",
    "si",
    "et",
    "ou",
    "mais",
    "donc",
    "car",
    "ne",
    "maintenant",
    "aujourd'hui",
    "aujourd’hui",
    "demain",
    "vite",
    "tôt",
    "ici",
    "là",
];

/// A pronoun joined to an imperative and written again after it
/// (`prévenez-le le dès lundi`, `rangez-les les avant le départ`): the
/// hyphen hides the double from the word-by-word comparison. `next` is
/// the word after the second copy, the text between them and whether it
/// is in the same block. Only when that word cannot follow an article (a
/// preposition, a conjunction) or punctuation closes the clause: `prenez-le
/// le matin` is a pronoun and an article.
fn hyphen_clitic_doubled(a: &str, b: &str, next: Option<(&str, &str, bool)>) -> bool {
    let Some((_, last)) = a.rsplit_once(['-', '\u{2011}']) else {
        return false;
    };
    if !same_word(last, b) || !FR_CLITICS.iter().any(|c| b.eq_ignore_ascii_case(c)) {
        return false;
    }
    match next {
        None => true,
        Some((word, between, same_block)) => {
            !same_block
                || between.contains(['.', ',', ';', ':', '!', '?', '\u{2026}'])
                || FR_NOT_AFTER_ARTICLE.iter().any(|w| same_word(w, word))
        }
    }
}

/// Emphasis marks that survive masking in plain text (`*le* le`) and
/// invisible characters do not separate the two copies.
fn is_transparent(c: char) -> bool {
    matches!(c, '*' | '_' | '\u{200b}' | '\u{ad}' | '\u{2060}')
}

/// Case- and apostrophe-insensitive equality, without allocating: this
/// runs on every pair of adjacent words.
pub(super) fn same_word(a: &str, b: &str) -> bool {
    // Runs on every pair of neighbours: two different ASCII first letters
    // settle most pairs without looking further.
    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().first())
        && x.is_ascii()
        && y.is_ascii()
        && !x.eq_ignore_ascii_case(&y)
    {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let fold = |c: char| {
        if crate::text::is_apostrophe(c) {
            '\''
        } else {
            c
        }
    };
    let mut a = a.chars().map(fold).flat_map(char::to_lowercase);
    let mut b = b.chars().map(fold).flat_map(char::to_lowercase);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::MarkupKind;
    use crate::rules::repetition::test_support::check_as;

    #[test]
    fn plain_text_emphasis_does_not_hide_a_double() {
        let found = check_as(
            &DoubledWord::default(),
            "Il a *le* le mot.",
            Language::Fr,
            MarkupKind::Plain,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].suggestions[0].replacement, "");
        assert_eq!(fixed("Il a *le* le mot.", &found[0]), "Il a *le* mot.");
    }

    /// How many doubled words the rule finds in `text`, read as plain text.
    fn doubles(text: &str, language: Language) -> usize {
        check_as(&DoubledWord::default(), text, language, MarkupKind::Plain).len()
    }

    fn fixed(text: &str, d: &Diagnostic) -> String {
        let mut out = text.to_string();
        out.replace_range(d.suggestions[0].span.range(), "");
        out
    }

    #[test]
    fn a_capital_letter_naming_something_is_no_double() {
        let count = |text: &str| doubles(text, Language::Fr);
        assert_eq!(count("Le nombre d'inscrits en catégorie A a reculé."), 0);
        assert_eq!(count("Le groupe B, A a gagné."), 0);
        // At the start of a sentence the capital is the first copy.
        assert_eq!(count("Il part. A a peine arrivé, il repart."), 1);
        assert_eq!(count("Il a a peine fini."), 1);
    }

    #[test]
    fn placeholders_and_reduplicated_adverbs_are_no_double() {
        let count = |text: &str, language: Language| {
            check_as(&DoubledWord::default(), text, language, MarkupKind::Plain).len()
        };
        assert_eq!(count("Standard : 04 xx xx xx xx.", Language::Fr), 0);
        assert_eq!(
            count(
                "La brume monte pas à pas à travers la vallée.",
                Language::Fr
            ),
            0
        );
        assert_eq!(
            count("We checked it line by line by hand.", Language::En),
            0
        );
        // A real stammer of two words is still one.
        assert_eq!(count("Pour la la suite, voir plus bas.", Language::Fr), 1);
        assert_eq!(count("Walk past the past the bakery.", Language::En), 1);
    }

    #[test]
    fn a_url_or_code_between_two_copies_is_no_double() {
        for (text, kind) in [
            (
                "Go to https://example.org/club to find the club.",
                MarkupKind::Plain,
            ),
            (
                "Go to https://example.org/club to find the club.",
                MarkupKind::Markdown,
            ),
            (
                "Run the `make` the way the guide says.",
                MarkupKind::Markdown,
            ),
        ] {
            let found = check_as(&DoubledWord::default(), text, Language::En, kind);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn emphasis_around_the_first_copy_survives_the_fix() {
        let text = "We saw **the** the harbour.";
        let found = check_as(
            &DoubledWord::default(),
            text,
            Language::En,
            MarkupKind::Markdown,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(fixed(text, &found[0]), "We saw **the** harbour.");
    }

    #[test]
    fn is_is_is_a_slip_unless_it_closes_a_subject_clause() {
        let count = |text: &str| doubles(text, Language::En);
        assert_eq!(count("The shed that is is\nleaning over the fence."), 1);
        assert_eq!(count("Finding the key was was the hard part."), 1);
        assert_eq!(count("What the problem is is the cost."), 0);
        assert_eq!(count("A child who is is nervous will not be pushed."), 1);
        assert_eq!(count("All it was was a rumour."), 0);
        // After a preposition, the clause is an object: the double is a slip.
        assert_eq!(count("A jar of what we think was was jam."), 1);
        // `what` in the sentence before does not excuse the double.
        assert_eq!(count("We know what. The path is is steep."), 1);
    }

    #[test]
    fn a_saying_and_an_exclamation_are_no_stammer() {
        let count = |text: &str| doubles(text, Language::En);
        assert_eq!(count("Seed that is lost is lost for good."), 0);
        assert_eq!(count("What is done is done."), 0);
        assert_eq!(count("The seed is lost is lost for good."), 1);
        assert_eq!(count("Thank you, thank you, thank you. We did it."), 0);
        assert_eq!(count("We thank you, thank you for the help."), 1);
    }

    #[test]
    fn exceptions_are_per_language_and_configurable() {
        let text = "Nous nous taisons.";
        assert!(
            check_as(
                &DoubledWord::default(),
                text,
                Language::Fr,
                MarkupKind::Plain
            )
            .is_empty()
        );
        let mut table = toml::Table::new();
        table.insert("exceptions-fr".into(), toml::Value::Array(Vec::new()));
        let strict = DoubledWord::default().with_options(&table).unwrap();
        assert_eq!(
            check_as(strict.as_ref(), text, Language::Fr, MarkupKind::Plain).len(),
            1
        );
    }
}
