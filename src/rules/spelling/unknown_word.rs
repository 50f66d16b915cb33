//! `spelling.unknown-word`: a word no active dictionary knows.

use super::calendar::misspelt_calendar_name;
use super::candidates::{
    Candidate, WordCandidates, british_neighbour, has_tripled_letter, is_known, ligature_spelling,
};
use super::cognates::CognateSlips;
use super::demonyms::DerivedFromNames;
use super::derivation::is_regular_derivation;
use super::near_words::{
    accented_neighbour, accented_twin_of_name, neighbour_among, one_edit_apart, with_case_of,
};
use super::occurrences::{MAX_LABELS, Occurrences, times};
use super::split_word::split_word_at;
use crate::config::ProperNouns;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::truncation::common_words::is_common;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Language, normalize_apostrophes};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

const DOCS: &str = "\
**What it does.** Checks every word against the Hunspell dictionary of the \
document's language (French \"classique\" and US English are built in; \
`[spelling] dictionaries` adds or replaces them) and the project's word \
lists. Each distinct unknown word is reported once, on its first \
occurrence, with the others labelled and up to three suggestions.

**What it skips.** Code, URLs and e-mail addresses (never prose), numbers \
and words with digits, acronyms in capitals, CamelCase identifiers, Roman \
ordinals (`XXe`), elided articles (`l'`), a word cut by an ellipsis (see \
the truncation rules), hyphenated compounds whose parts are all words, and \
words made of a common prefix (`cyber`, `post`, `multi`, `co`…) and a known \
word. In a French draft, a word the English dictionary knows is left to \
`spelling.loanword` — unless a French word is one edit away, accents \
aside, in the way related spellings differ (`university` for \
`université`, `problems` for `problèmes`): that is a slip, reported here \
with the French word. A word that only parses as prefix + word (or, in \
English, as two joined words) is a slip too when a dictionary word is one \
edit away (`reouverture` for `réouverture`) — unless the draft also \
writes it with an English inflection the dictionary knows (`repot` beside \
`repotting`: a term of the trade). Only one prefix is read before a word \
(`sur` + `re` + `présentées` is `surreprésentées` mistyped), and an English \
word read as two joined words none of which is common, with a common word \
one edit away, is that word mistyped (`recomend` is no `reco` + `mend`). \
A word that parses only as a French prefix + word is `réponse` mistyped when the part after the prefix is one letter (dropped, added, wrong, swapped) from a word that the dictionary knows behind that prefix (`ré` + `ponce`), agreement endings aside; an English compound with a letter doubled beside a common word (`writ` + `ting`) is a slip, and so is a `-re` form of a comparative (`fastre` is no British `faster`). A letter tripled inside a word (`Pennnine`) is a slip even capitalised. English dictionaries join no words (Hunspell rejects `pass` + `angers`), so a word read only as two joined common words is a slip when a dictionary word is one vowel away and does not split there into two words (`agreemint` for `agreement`; `photocall` stays, beside `photo` + `cell`). In an English draft, a French word one letter added, dropped or swapped from a common English word (`orignal`) is a slip, not a loanword. A word built on a name the draft writes (`vierzonnais` beside \
`Vierzon`: the name, its last consonant doubled or its mute letter \
dropped, and a suffix of inhabitants or origins) is no typo, and neither \
is an English sentence opener in the possessive (`Kia's new car`: a \
common noun there takes a determiner). Dummy text, from a `lorem ipsum` to the end of its \
paragraph, is one placeholder (`generated.placeholder`), not a typo per \
word. A sound or cry quoted alone (`« bim »`, `\"brrr\"`, `« pfiou ! »`), a \
capitalised word before a version number (a product: `Mosquitto 2`) and \
the `-ing` form of a known word with no word one edit away (`dogfooding`) \
are no slips. An English word in a sentence that \
reads as English (a quotation in a French draft) is no slip. A prefix \
written as a word (`le mode éco`) is its clipped form. English accepts US \
and British spellings (`grey`, `neighbourhood`, `yoghurt`, `mould`); a \
British word mistyped is a slip even when it parses as two joined words \
(`neighbourhod`, suggested `neighbourhood`), and a hyphenated compound \
made a noun takes its plural on its last part (`five-year-olds`). A \
capitalised word inside a \
sentence is a likely proper noun: skipped by default (`[spelling] \
proper-nouns = \"info\"` reports it at info, `\"check\"` like any word); \
a capitalised sentence or list-item opener (a quotation announced by a \
colon and a table's cell open one too) is checked when a common word is one edit \
away, accents aside (`Desormai` for `Désormais`), and so is a capitalised \
word one edit from the name of a month or day (`Febuary`, `Wendesday`): \
those are no one's name.

**Typo or missing word.** A slip is one edit from the word it stands for \
(a letter missing, doubled, swapped or wrong, an accent). A word with no \
dictionary word one edit away (a dish, a trade word, a Latin name) and, \
in English, a regular derivation of a known word whose ending the \
dictionary has no other spelling of (`kayaker` + `s`, `spreadsheet` + `er`, \
alone or in a hyphenated compound) are words the dictionary lacks: reported at \
info, to add to a word list (two words run together, `nousavons`, stay a \
slip). A misspelt ending stays an error when the \
dictionary knows the stem's own spelling of it (`tomatos`: `tomatoes`).

**Why.** A typo is the first thing a reader notices and the last thing a \
writer sees.

**Options.** `suggestions`: how many suggestions to show (default 3; `0` \
shows none and is faster on large repositories).

**Fix.** Pick a suggestion, or add a correct word to a word list \
(`draftlint words add WORD`, or `[spelling] words` in `draftlint.toml`).";

const MAX_SUGGESTIONS: usize = 3;

#[derive(Clone)]
pub struct UnknownWord {
    meta: RuleMeta,
    /// Suggestions shown per word (`suggestions` option).
    max_suggestions: usize,
}

impl Default for UnknownWord {
    fn default() -> Self {
        UnknownWord {
            meta: RuleMeta {
                id: "spelling.unknown-word".into(),
                category: Category::Spelling,
                default_severity: Severity::Error,
                default_enabled: true,
                language: None,
                summary: "A word no active dictionary knows.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le climat est un enjei majeur pour la région.".into(),
                        "The committee recieves the report on Monday.".into(),
                        "Il pleuvait. Desormai, le marché ouvre le mardi matin.".into(),
                        "La university de la ville publie ses travaux en ligne.".into(),
                        "The night ferry stops running after Wendesday this winter.".into(),
                    ],
                    good: vec![
                        "Le climat est un enjeu majeur pour la région aujourd'hui.".into(),
                        "L’État et les cyberattaques : qu’il s’agisse de cyberdéfense ou d'autre chose.".into(),
                        "The committee receives the report from NASA on Monday via the API.".into(),
                        "Le rapport cite Marie Dupont et la ville de Tulle au XIXe siècle.".into(),
                        "The grey kerb by the theatre was mended by the councillors.".into(),
                        "The ferry captain, Marco Lindqvist, sails again in February.".into(),
                    ],
                },
                fixable: false,
            },
            max_suggestions: MAX_SUGGESTIONS,
        }
    }
}

impl Rule for UnknownWord {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, options: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in options {
            match key.as_str() {
                "suggestions" => rule.max_suggestions = crate::rules::options::count(key, value)?,
                _ => {
                    return Err(crate::rules::options::unknown(
                        &self.meta.id,
                        key,
                        &["suggestions"],
                    ));
                }
            }
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let language = doc.language;
        let Some(checker) = ctx.resources.spell_checker(language) else {
            return;
        };
        // A word of the other language is a loanword or a quotation, not a
        // typo: in French drafts `spelling.loanword` reports English words —
        // except those one edit from a French word (`example`), slips.
        let other_language = match language {
            Language::Fr => Language::En,
            Language::En => Language::Fr,
        };
        let other = ctx.resources.spell_checker(other_language);
        let cognates = CognateSlips::of(doc, ctx.resources);
        let proper_nouns = ctx.resources.spelling.proper_nouns;
        let word_candidates = WordCandidates::of(doc);
        let starts = &word_candidates.starts;
        let masked = &doc.markup.masked;

        // Capitalised forms seen inside sentences are names wherever they
        // appear, sentence starts included.
        let mut names: HashSet<&str> = HashSet::new();
        let mut candidates = Vec::with_capacity(doc.words.len());
        // Capitalised slips of a month or day (`Febuary`): no one's name.
        let mut calendar_slips: HashMap<String, &'static str> = HashMap::new();
        // A name comes back many times in a text: it is compared with the
        // months and days once (that comparison was a seventh of a run).
        let mut calendar_answers: HashMap<&str, Option<&'static str>> = HashMap::new();
        // Capitalised words with a letter tripled: slips, not names.
        let mut tripled: HashSet<String> = HashSet::new();
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            let mut kind = word_candidates.kinds[i];
            if kind == Candidate::ProperNoun && has_tripled_letter(text) {
                // `Pennnine`: no name triples a letter.
                tripled.insert(normalize_apostrophes(text).to_lowercase());
                kind = Candidate::Word;
            }
            if kind == Candidate::ProperNoun {
                let answer = *calendar_answers
                    .entry(text)
                    .or_insert_with(|| misspelt_calendar_name(text, language));
                match answer {
                    Some(name) => {
                        let key = normalize_apostrophes(text).to_lowercase();
                        calendar_slips.insert(key, name);
                        kind = Candidate::Word;
                    }
                    None => {
                        names.insert(text);
                    }
                }
            } else if kind == Candidate::Word && starts_uppercase(text) {
                // A sentence opener spelt by ear (`Wensday 3/6 – Vigil`)
                // is two edits from its day: the suggester may not reach
                // it, the calendar does.
                let answer = *calendar_answers
                    .entry(text)
                    .or_insert_with(|| misspelt_calendar_name(text, language));
                if let Some(name) = answer {
                    calendar_slips.insert(normalize_apostrophes(text).to_lowercase(), name);
                }
            }
            candidates.push(kind);
        }

        // Words built on those names: their people, clubs and dishes.
        let derived = DerivedFromNames::new(names.iter().copied(), language);
        let mut unknown = Occurrences::default();
        let mut proper = Occurrences::default();
        // Unknown words seen only capitalised at sentence starts: a name or
        // a typo, told apart below by their suggestions.
        let mut lowercase_seen: HashSet<String> = HashSet::new();
        // Sentence openers known only as names, with the word they stand for.
        let mut name_twins: HashMap<String, String> = HashMap::new();
        // Capitalised words followed by another (`Regis Martin`): names.
        let mut before_capital: HashSet<String> = HashSet::new();
        // The draft's words in lowercase, gathered when first needed.
        let mut doc_words: Option<HashSet<String>> = None;
        for (i, word) in doc.words.iter().enumerate() {
            let text = word.text(masked);
            let mut kind = candidates[i];
            // `Regis Martin`, but not `Completly. I had…`: the next word
            // must follow in the same sentence.
            let full_name = doc.words.get(i + 1).is_some_and(|next| {
                starts_uppercase(next.text(masked))
                    && !masked[word.span().end..next.span().start]
                        .contains(['.', '!', '?', ':', ';', '\n'])
            });
            if full_name {
                before_capital.insert(normalize_apostrophes(text).to_lowercase());
            }
            if kind == Candidate::Word && starts[i] && names.contains(text) {
                kind = Candidate::ProperNoun;
            }
            let target = match (kind, proper_nouns) {
                (Candidate::Skip, _) | (Candidate::ProperNoun, ProperNouns::Skip) => continue,
                (Candidate::ProperNoun, ProperNouns::Info) => &mut proper,
                (Candidate::ProperNoun, ProperNouns::Check) | (Candidate::Word, _) => &mut unknown,
            };
            // `Wensday` parses as `wens` + `day`, but a month or day spelt
            // by ear is a slip, whatever else it parses as.
            let calendar_slip = !calendar_slips.is_empty()
                && !checker.check(text)
                && calendar_slips.contains_key(&normalize_apostrophes(text).to_lowercase());
            if !calendar_slip && is_known(&checker, ctx.resources, language, text) {
                // `Grace à…`: a name to the dictionary, `grâce` meant —
                // unless a capitalised word follows (`Regis Martin`).
                let twin = (language == Language::Fr
                    && starts[i]
                    && kind == Candidate::Word
                    && !full_name)
                    .then(|| accented_twin_of_name(&checker, text))
                    .flatten();
                match twin {
                    Some(word) => {
                        name_twins.insert(normalize_apostrophes(text).to_lowercase(), word);
                    }
                    None => continue,
                }
            }
            if let Some(other) = &other
                && cognates.french_for(text).is_none()
                && !name_twins.contains_key(&normalize_apostrophes(text).to_lowercase())
                && is_known(other, ctx.resources, other_language, text)
                && !(language == Language::En
                    && slip_of_a_common_word(&checker, ctx.resources, text)
                    && !in_foreign_phrase(doc, i, |w| {
                        !is_known(&checker, ctx.resources, language, w)
                            && is_known(other, ctx.resources, other_language, w)
                    }))
            {
                continue;
            }
            if derived.contains(text) {
                // `les nageurs vierzonnais`, beside `Vierzon`.
                continue;
            }
            if language == Language::Fr && ligature_spelling(&checker, text).is_some() {
                // Known once `oe` is written `œ`: typography.ligature's job.
                continue;
            }
            let key = normalize_apostrophes(text).to_lowercase();
            if language == Language::En {
                let words = doc_words.get_or_insert_with(|| lowercase_words(doc));
                if has_known_inflection(&key, words, |w| {
                    is_known(&checker, ctx.resources, language, w)
                }) {
                    continue;
                }
            }
            // `fréquen- tation`: half of a word a printed line's hyphen
            // split, spelling.split-word's.
            if split_word_at(doc, i, &checker, ctx.resources).is_some()
                || i > 0 && split_word_at(doc, i - 1, &checker, ctx.resources).is_some()
            {
                continue;
            }
            if !starts_uppercase(text) {
                lowercase_seen.insert(key.clone());
            }
            target.push(key, word.span());
        }

        let groups: Vec<(Severity, String, Vec<Span>)> = unknown
            .into_groups()
            .into_iter()
            .map(|(k, s)| (ctx.severity, k, s))
            .chain(
                proper
                    .into_groups()
                    .into_iter()
                    .map(|(k, s)| (Severity::Info, k, s)),
            )
            .collect();
        // Suggestions only for flagged words, in parallel, each bounded.
        let found: Vec<Diagnostic> = groups
            .into_par_iter()
            .filter_map(|(mut severity, key, spans)| {
                let first = spans[0];
                let shown = doc.text(first);
                let only_capitalised = severity != Severity::Info
                    && !lowercase_seen.contains(&key)
                    && starts_uppercase(shown);
                // Telling a name from a typo needs suggestions even when
                // none are shown.
                let wanted = if only_capitalised {
                    self.max_suggestions.max(MAX_SUGGESTIONS)
                } else {
                    self.max_suggestions
                };
                let mut suggestions = checker
                    .suggest(shown, wanted, ctx.resources.suggestion_budget())
                    .to_vec();
                // A British slip gets the British word one edit away
                // (`neighbourhod` → `neighbourhood`), not the American two.
                if language == Language::En
                    && wanted > 0
                    && neighbour_among(&checker, shown, &suggestions).is_none()
                    && let Some(near) = british_neighbour(
                        &checker,
                        shown,
                        wanted,
                        ctx.resources.suggestion_budget(),
                    )
                {
                    suggestions.retain(|s| *s != near);
                    suggestions.insert(0, near);
                    suggestions.truncate(wanted);
                }
                // The word a slip stands for, when the suggester missed it.
                let mut slip_of = cognates
                    .french_for(&key)
                    .or(name_twins.get(&key).map(String::as_str))
                    .or(calendar_slips.get(&key).copied())
                    .map(str::to_owned);
                if only_capitalised {
                    // A capitalised sentence opener one edit from a common
                    // word, accents aside, is a typo (`Enjei`, `Apprés`);
                    // far from any, or followed by another capitalised
                    // word (`Regis Martin`), it is a name.
                    // A month or day slip before a capital opens the next
                    // sentence (`in Apirl. Please`), not a full name.
                    // So is an English opener in the possessive (`Kia's new
                    // car`): a common noun there takes a determiner (`The
                    // firm's`).
                    let possessive =
                        language == Language::En && (key.ends_with("'s") || key.ends_with("’s"));
                    let full_name = (before_capital.contains(&key) || possessive)
                        && !calendar_slips.contains_key(&key);
                    if full_name {
                        slip_of = None;
                    } else if neighbour_among(&checker, shown, &suggestions).is_none() {
                        slip_of = slip_of.or_else(|| {
                            (language == Language::Fr)
                                .then(|| accented_neighbour(&checker, shown))
                                .flatten()
                        });
                    }
                    // A capitalised opener run into the next word (`Ifyou
                    // live…`, `Thankyou`) is a space left out, not a name.
                    let typo = tripled.contains(&key)
                        || !full_name
                            && (slip_of.is_some()
                                || neighbour_among(&checker, shown, &suggestions).is_some()
                                || run_into_grammar(shown, &suggestions));
                    if !typo {
                        match proper_nouns {
                            ProperNouns::Skip => return None,
                            ProperNouns::Info => severity = Severity::Info,
                            ProperNouns::Check => {}
                        }
                    }
                }
                // A typo is one edit from the word it stands for. A word
                // no dictionary word is near (a dish, a plant's Latin
                // name), or a regular derivation of a known word with no
                // other spelling of its ending (`spreadsheet` + `er`), is a
                // word the dictionary lacks: pointed out, not an error.
                let mut lacking = false;
                if severity != Severity::Info
                    && !only_capitalised
                    && slip_of.is_none()
                    && neighbour_among(&checker, shown, &suggestions).is_none()
                    && !run_together(shown, &suggestions)
                    && (language == Language::En || accented_neighbour(&checker, shown).is_none())
                {
                    lacking = true;
                }
                if severity != Severity::Info
                    && !only_capitalised
                    && slip_of.is_none()
                    && language == Language::En
                    && is_regular_derivation(&checker, &key)
                {
                    lacking = true;
                }
                if lacking {
                    severity = Severity::Info;
                }
                if let Some(word) = slip_of {
                    let word = with_case_of(shown, &word);
                    suggestions.retain(|s| *s != word);
                    suggestions.insert(0, word);
                }
                let shown_suggestions = &suggestions[..suggestions.len().min(self.max_suggestions)];
                Some(self.diagnostic(ctx, severity, &spans, shown_suggestions, lacking))
            })
            .collect();
        out.extend(found);
    }
}

impl UnknownWord {
    fn diagnostic(
        &self,
        ctx: &RuleContext<'_>,
        severity: Severity,
        spans: &[Span],
        suggestions: &[String],
        lacking: bool,
    ) -> Diagnostic {
        let first = spans[0];
        let shown = ctx.doc.text(first);
        let message = if lacking {
            format!("unknown word `{shown}` (a term or derivation the dictionary lacks?)")
        } else if severity == Severity::Info && ctx.severity != Severity::Info {
            format!("unknown word `{shown}` (a proper noun?)")
        } else {
            format!("unknown word `{shown}`")
        };
        let mut d = Diagnostic::new(&self.meta.id, self.meta.category, severity, first, "")
            .with_count(times(spans.len(), &message))
            .with_help(format!(
                "if `{shown}` is correct, add it to a word list: `draftlint words add {shown}`"
            ));
        for span in spans.iter().skip(1).take(MAX_LABELS) {
            d = d.with_occurrence(*span, "also here");
        }
        for s in suggestions {
            d = d.with_suggestion(first, s.clone(), false);
        }
        d
    }
}

/// The two words a suggestion splits `word` into, when it does
/// (`nousavons` → `nous` + `avons`).
fn splits<'s>(word: &str, suggestions: &'s [String]) -> impl Iterator<Item = (&'s str, &'s str)> {
    let word = word.to_lowercase();
    suggestions.iter().filter_map(move |s| {
        s.split_once(' ')
            .filter(|(a, b)| !b.contains(' ') && format!("{a}{b}").to_lowercase() == word)
    })
}

/// Whether a suggestion is the word split in two words of three letters or
/// more (`nousavons` for `nous avons`), or in two words of grammar
/// (`ifyou` for `if you`, `dela` for `de la`): a space dropped, a slip. A
/// short word of grammar before a content word is often a prefix
/// (`enfumoir`) or a brand (`mydeposits`).
fn run_together(word: &str, suggestions: &[String]) -> bool {
    splits(word, suggestions).any(|(a, b)| {
        (a.chars().count() >= 3 && b.chars().count() >= 3) || (is_grammar(a) && is_grammar(b))
    })
}

/// Whether a capitalised word is split by a suggestion on a word of
/// grammar (`Ifyou` → `If you`, `Thankyou` → `Thank you`): a space left
/// out. Two content words (`Skiset` → `Ski set`) may be a brand.
fn run_into_grammar(word: &str, suggestions: &[String]) -> bool {
    splits(word, suggestions).any(|(a, b)| {
        let long = a.chars().count() >= 3 && b.chars().count() >= 3;
        (is_grammar(a) && is_grammar(b)) || (long && (is_grammar(a) || is_grammar(b)))
    })
}

fn is_grammar(word: &str) -> bool {
    let word = word.to_lowercase();
    SHORT_GRAMMAR.contains(&word.as_str()) || GRAMMAR.contains(&word.as_str())
}

/// Two-letter words of grammar, English and French.
const SHORT_GRAMMAR: &[&str] = &[
    "if", "of", "to", "in", "on", "at", "is", "it", "we", "be", "do", "an", "as", "by", "or", "so",
    "my", "me", "us", "he", "de", "la", "le", "un", "en", "et", "du", "au", "il", "ne", "se", "ce",
];

/// Longer words of grammar, English and French: never half of a name.
const GRAMMAR: &[&str] = &[
    "the", "and", "you", "your", "are", "was", "for", "not", "can", "our", "this", "that", "with",
    "have", "has", "will", "they", "them", "their", "there", "here", "what", "when", "les", "des",
    "une", "nous", "vous", "pas", "que", "qui", "est", "aux", "sur", "par", "pour", "dans", "avec",
];
/// The words of `doc`, lowercase.
fn lowercase_words(doc: &crate::text::Document<'_>) -> HashSet<String> {
    let masked = &doc.markup.masked;
    doc.words
        .iter()
        .map(|w| normalize_apostrophes(w.text(masked)).to_lowercase())
        .collect()
}

/// Whether the draft also writes `word` with an English inflection the
/// dictionary accepts (`repot` beside `repotting`, `upcycle` beside
/// `upcycled`): a verb the writer uses in several forms is a term of the
/// trade, not a slip, which is made once and has no inflections.
fn has_known_inflection(word: &str, words: &HashSet<String>, known: impl Fn(&str) -> bool) -> bool {
    if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let stem = word.strip_suffix('e').unwrap_or(word);
    let doubled = word.chars().last().map(|c| format!("{word}{c}"));
    let mut forms = vec![
        format!("{word}s"),
        format!("{word}es"),
        format!("{stem}ing"),
        format!("{stem}ed"),
    ];
    if let Some(doubled) = doubled {
        forms.push(format!("{doubled}ing"));
        forms.push(format!("{doubled}ed"));
    }
    forms
        .iter()
        .any(|form| words.contains(form.as_str()) && known(form))
}

/// Whether the word at `i` stands in a phrase of the other language: a
/// word next to it, or one further, in the same clause, is of that
/// language only (`a formal notice (mise en demeure)`: `demeure` there is
/// French, not `demure` mistyped).
fn in_foreign_phrase(
    doc: &crate::text::Document<'_>,
    i: usize,
    foreign_only: impl Fn(&str) -> bool,
) -> bool {
    const REACH: usize = 2;
    let masked = doc.markup.masked.as_str();
    let same_clause = |a: usize, b: usize| {
        let (a, b) = (&doc.words[a.min(b)], &doc.words[a.max(b)]);
        !masked[a.span().end..b.span().start].contains(['.', '!', '?', ';', '\n'])
    };
    let around = i.saturating_sub(REACH)..(i + REACH + 1).min(doc.words.len());
    around.filter(|&j| j != i && same_clause(i, j)).any(|j| {
        let text = doc.words[j].text(masked);
        text.chars().count() >= 3 && foreign_only(text)
    })
}

/// Whether `text`, a word of the other language in an English draft
/// (`payement`, `orignal`: French words), is a common English word with a
/// letter dropped, added or two swapped: a slip, not a loanword. Words
/// under six letters and edits of the ending (`classe`) stay loanwords.
fn slip_of_a_common_word(
    checker: &crate::spelling::SpellChecker,
    resources: &crate::resources::Resources,
    text: &str,
) -> bool {
    if text.chars().count() < 6 || starts_uppercase(text) {
        return false;
    }
    let suggestions = checker.suggest(text, 3, resources.suggestion_budget());
    // Any of them: `pavement` (a wrong letter) may come before `payment`.
    suggestions.iter().any(|n| {
        let lower = n.to_lowercase();
        is_common(&lower)
            && one_edit_apart(text, n)
            && is_length_edit_inside(&text.to_lowercase(), &lower)
    })
}

/// Whether `a` and `b` differ by a letter added or dropped, or two swapped,
/// at least two letters before the end of both.
fn is_length_edit_inside(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let inside = common + 2 < a.len().min(b.len());
    let swapped = a.len() == b.len()
        && inside
        && a[common] == b[common + 1]
        && a[common + 1] == b[common]
        && a[common + 2..] == b[common + 2..];
    inside && (a.len() != b.len() || swapped)
}

fn starts_uppercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::UnknownWord;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use crate::text::Language;
    use std::path::Path;

    /// The rule's findings on `text`.
    fn findings(text: &str, language: Language) -> Vec<crate::diagnostic::Diagnostic> {
        run_rule(
            &UnknownWord::default(),
            text,
            Path::new("t.md"),
            language,
            &Resources::builtin(),
        )
    }

    /// Each flagged word with its first suggestion.
    fn flagged(text: &str, language: Language) -> Vec<(String, Option<String>)> {
        findings(text, language)
            .iter()
            .map(|d| {
                (
                    text[d.span.range()].to_string(),
                    d.suggestions.first().map(|s| s.replacement.clone()),
                )
            })
            .collect()
    }

    /// Each flagged word with its severity.
    fn severities(text: &str, language: Language) -> Vec<(String, crate::diagnostic::Severity)> {
        findings(text, language)
            .iter()
            .map(|d| (text[d.span.range()].to_string(), d.severity))
            .collect()
    }

    #[test]
    fn a_word_far_from_every_word_or_a_regular_derivation_is_info() {
        use crate::diagnostic::Severity::{Error, Info};
        let found = severities(
            "The kayakers met the spreadsheeter at the pier. Pack the tomatos \
             before it occured to anyone.",
            Language::En,
        );
        assert_eq!(
            found,
            vec![
                ("kayakers".to_string(), Info),
                ("spreadsheeter".to_string(), Info),
                ("tomatos".to_string(), Error),
                ("occured".to_string(), Error),
            ]
        );
    }

    #[test]
    fn two_words_run_together_stay_a_slip() {
        let found = severities(
            "Hier soir, nous avons dîné puis nousavons marché.",
            Language::Fr,
        );
        assert_eq!(
            found,
            vec![("nousavons".to_string(), crate::diagnostic::Severity::Error)]
        );
    }

    #[test]
    fn words_built_on_a_name_of_the_draft_are_no_typos() {
        let found = flagged(
            "Le stade de Quimperlé est plein. Les supporters quimperlois chantent, \
             les joueurs quimperloi moins.",
            Language::Fr,
        );
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["quimperloi"], "{found:?}");
    }

    #[test]
    fn a_possessive_sentence_opener_is_a_name() {
        let found = flagged(
            "The launch slipped. Zorvik's new scooter arrives in May. Teh battery is small.",
            Language::En,
        );
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["Teh"], "{found:?}");
    }

    #[test]
    fn dummy_text_is_one_placeholder_not_a_typo_per_word() {
        // The words after `lorem ipsum`, to the end of the paragraph, are
        // filler (`generated.placeholder` reports it); the next paragraph
        // is checked again.
        let found = flagged(
            "Le bail commence en mai. Lorem ipsum dolor sit amet, consectetur \
             adipiscing elit, sed do eiusmod tempor.\n\nLe locataire recoit les clés.",
            Language::Fr,
        );
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["recoit"], "{found:?}");
    }

    #[test]
    fn a_capitalised_sentence_opener_one_accent_and_letter_from_a_word_is_a_typo() {
        let found = flagged(
            "La pluie tombe. Desormai, le marché ouvre le mardi. Apprés la fermeture, \
             Zelinskyj rentre chez lui.",
            Language::Fr,
        );
        assert_eq!(
            found,
            [
                ("Desormai".to_string(), Some("Désormais".to_string())),
                ("Apprés".to_string(), found[1].1.clone()),
            ]
        );
    }

    #[test]
    fn a_sentence_opener_known_only_as_a_name_but_missing_an_accent_is_a_typo() {
        let found = flagged(
            "La ville paie. Grace à la région, la rénovation avance. Regis Martin signe.",
            Language::Fr,
        );
        assert_eq!(
            found,
            [("Grace".to_string(), Some("Grâce".to_string()))],
            "{found:?}"
        );
    }

    #[test]
    fn english_spellings_of_french_words_are_typos_not_loanwords() {
        let found = flagged(
            "La university publie les problems du réseau, sans feedback.",
            Language::Fr,
        );
        assert_eq!(
            found,
            [
                ("university".to_string(), Some("université".to_string())),
                ("problems".to_string(), Some("problèmes".to_string())),
            ]
        );
    }

    #[test]
    fn a_prefix_does_not_excuse_a_missing_accent_or_letter() {
        // `re` + `ouverture` parses, but the word is `réouverture`.
        let found = flagged("La reouverture du quartier a commencé.", Language::Fr);
        assert_eq!(
            found,
            [("reouverture".to_string(), Some("réouverture".to_string()))]
        );
    }

    #[test]
    fn a_capitalised_slip_opening_a_quotation_or_a_cell_is_checked() {
        let found = flagged(
            "The note on the box said: \"Recieve the parcel at the side door.\"",
            Language::En,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = flagged(
            "Our rates for the year.\n\n| Item | Rate |\n|---|---|\n| Varnishing floors | 20 |\n| Sandding floors | 30 |\n",
            Language::En,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        // A name inside a sentence stays a name.
        assert!(flagged("We met Marek at the market near the river.", Language::En).is_empty());
    }

    #[test]
    fn a_capitalised_slip_opening_a_reply_or_a_wrapped_list_item_is_checked() {
        // The capital after a full stop opens another sentence, not a
        // full name; a list item stays an item when a wrapped line joins
        // it to the others.
        let found = flagged(
            "Was the move hard?\n\nDefinitly. We sold the van in May.",
            Language::En,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = run_rule(
            &UnknownWord::default(),
            "What we need\n\n- Long hours on a farm or in a\n  market garden\n- Knowlege of tractors\n",
            Path::new("t.txt"),
            Language::En,
            &Resources::builtin(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_rota_item_opens_after_its_dated_or_numbered_label() {
        // A day spelt by ear before its date is no product name before a
        // version; an item after `Fri 3/8 –` or `Article 5 –` opens as a
        // list item does.
        let text = "Volunteer rota\n\nWensday 3/6 – Vigil shift, room 214\n\
                    Fri 3/8 – Companionshp visit, Gilbert\n";
        let found = run_rule(
            &UnknownWord::default(),
            text,
            Path::new("t.txt"),
            Language::En,
            &Resources::builtin(),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        let found = flagged(
            "Règlement\n\nArticle 5 – Survaillance des bassins.\n",
            Language::Fr,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        // A product before its version stays a name.
        assert!(flagged("Install Postgrel 17 before the upgrade.", Language::En).is_empty());
    }

    #[test]
    fn a_verb_the_draft_also_inflects_is_a_term_not_a_slip() {
        // `repot` parses as `re` + `pot` but sits one letter from `report`;
        // beside `repotting` it is the gardener's verb.
        let text = "Repotting is easy in spring. Repot the fern when roots show, \
                    and repot the palm a year later.";
        assert!(flagged(text, Language::En).is_empty());
        let alone = flagged("Please repot the fern in spring.", Language::En);
        assert_eq!(alone.len(), 1, "{alone:?}");
    }

    #[test]
    fn the_name_of_a_template_field_is_no_typo() {
        // `{{prenom}}` left unfilled is generated.placeholder's finding;
        // its name is code. The same word in prose is still a typo.
        let fields = flagged(
            "Bonjour {{prenom}}, votre colis part de {ville_depart} ce { jour_livraison }.",
            Language::Fr,
        );
        assert!(fields.is_empty(), "{fields:?}");
        let prose = flagged("Notez votre prenom sur le bon.", Language::Fr);
        assert_eq!(prose.len(), 1, "{prose:?}");
    }

    #[test]
    fn a_slip_that_splits_into_rare_words_is_no_compound() {
        // `recomend` parses as `reco` + `mend`, but neither is a word
        // anyone joins to the other: `recommend` is one letter away.
        // Compounds of common words and prefixed words stay correct.
        let found = flagged("We recomend the ferry over the bridge.", Language::En);
        assert_eq!(found.len(), 1, "{found:?}");
        let clean = flagged(
            "We ate a hotpot after the photocall, then reopened the overbooked hall.",
            Language::En,
        );
        assert!(clean.is_empty(), "{clean:?}");
    }

    #[test]
    fn stacked_prefixes_do_not_excuse_a_slip() {
        // `sur` + `re` + `présentées` parses with two prefixes; the word is
        // `surreprésentées`. One prefix before a word still parses.
        let found = flagged("Les femmes sont sureprésentées ici.", Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        let clean = flagged(
            "Le réaménagement cofinancé a été surdimensionné.",
            Language::Fr,
        );
        assert!(clean.is_empty(), "{clean:?}");
    }

    #[test]
    fn sounds_quoted_alone_versioned_products_and_tech_gerunds_are_no_slips() {
        let fr = flagged(
            "La porte fit « bim », puis le chat lâcha un « pfiou ! » las.",
            Language::Fr,
        );
        assert!(fr.is_empty(), "{fr:?}");
        let en = flagged(
            "The plan.\n\nMosquitto 2 carries the messages, and the team is \
             dogfooding the app.",
            Language::En,
        );
        assert!(en.is_empty(), "{en:?}");
        // Still slips: a long word quoted with others, a gerund one edit
        // from a word, an opener with no number after it.
        let slips = flagged(
            "He said \"the comittee decides\" and kept writeing.\n\nMosquitto carries them.",
            Language::En,
        );
        assert_eq!(slips.len(), 3, "{slips:?}");
    }

    #[test]
    fn slips_hidden_by_a_prefix_a_compound_or_the_other_language_are_typos() {
        let fr = flagged(
            "Il faudra dépanser le fonds, puis décourir la ville. Le câble \
             réécrit l'interconnexion, cofinancée et hyperconnectée.",
            Language::Fr,
        );
        let words: Vec<&str> = fr.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["dépanser", "décourir"], "{fr:?}");
        let en = flagged(
            "The parkking queue moved slowre than the ferry. Pack the bagage \
             by the Harbbbour gate; the wildlife bookshelf in the theatre centre \
             stays, with a metre of fibre.",
            Language::En,
        );
        let words: Vec<&str> = en.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            ["parkking", "slowre", "bagage", "Harbbbour"],
            "{en:?}"
        );
    }

    /// English dictionaries join no words: a word read only as two joined
    /// words, one vowel from a dictionary word, is that word mistyped;
    /// a compound whose vowel neighbour is a compound of the same first
    /// word stays one (`photocall`, `photocell`).
    #[test]
    fn a_vowel_slip_read_as_two_joined_words_is_a_typo() {
        let en = flagged(
            "The adventage of the new agreemint is clear. After the photocall \
             we ate a hotpot.",
            Language::En,
        );
        let words: Vec<(&str, Option<&str>)> =
            en.iter().map(|(w, s)| (w.as_str(), s.as_deref())).collect();
        assert_eq!(
            words,
            [
                ("adventage", Some("advantage")),
                ("agreemint", Some("agreement"))
            ],
            "{en:?}"
        );
    }

    /// A letter added or dropped makes two joined words by accident
    /// (`real` + `ease`): a typo when the common word one letter away is
    /// no compound; `hotpot` stays, its neighbour `hotspot` being one.
    #[test]
    fn a_letter_slip_read_as_two_joined_words_is_a_typo() {
        let en = flagged(
            "Today was a perfect realease of the owl. We ate a hotpot and a \
             cheeseboard.",
            Language::En,
        );
        let words: Vec<(&str, Option<&str>)> =
            en.iter().map(|(w, s)| (w.as_str(), s.as_deref())).collect();
        assert_eq!(words, [("realease", Some("release"))], "{en:?}");
    }

    #[test]
    fn british_spellings_are_english() {
        let found = flagged(
            "The grey kerb by the theatre was mended; the councillors' \
             neighbourly jewellery programme ran all autumn. Stir the \
             yoghurt in before the mould sets. Sulphites are listed.",
            Language::En,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    /// A British slip that parses as two joined words (`neighbour` +
    /// `hod`, `colour` + `full`) is the British word mistyped: the
    /// American suggestions are two edits away, the British one is one.
    #[test]
    fn british_slips_read_as_joined_words_are_typos() {
        let found = flagged(
            "The bakery opens in our neighbourhod next spring. Its colourfull \
             shopfront faces the square.",
            Language::En,
        );
        let suggestion = |word: &str| {
            found
                .iter()
                .find(|(w, _)| w == word)
                .map(|(_, s)| s.clone())
        };
        assert_eq!(
            suggestion("neighbourhod"),
            Some(Some("neighbourhood".to_string())),
            "{found:?}"
        );
        assert_eq!(
            suggestion("colourfull"),
            Some(Some("colourful".to_string())),
            "{found:?}"
        );
    }

    /// A hyphenated compound made a noun takes its plural on its last
    /// part, which need not be a word on its own (`olds`, `haves`).
    #[test]
    fn plurals_of_hyphenated_compounds_are_words() {
        let found = flagged(
            "The class is for five-year-olds and their parents. Sturdy boots \
             are must-haves for the walk; the also-rans went home early.",
            Language::En,
        );
        assert!(found.is_empty(), "{found:?}");
        let found = flagged("The five-year-oldz came with their parents.", Language::En);
        assert!(
            found.iter().any(|(w, _)| w == "five-year-oldz"),
            "{found:?}"
        );
    }
}
