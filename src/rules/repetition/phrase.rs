//! `repetition.phrase`: the same multi-word phrase again and again across
//! the whole document ("dans le monde d'aujourd'hui" six times in 1,200
//! words).
//!
//! How it stays linear in the document's length:
//! 1. every word becomes a small integer ([`TokenStream`]);
//! 2. the shortest phrases (3 words by default) are counted in a hash map
//!    keyed by their run of ids;
//! 3. a phrase one word longer can only be frequent if its first part is,
//!    so only the occurrences of frequent phrases are extended, one word at
//!    a time, up to the longest length (8 by default);
//! 4. the frequent phrases are then chosen longest first, and a phrase whose
//!    occurrences all lie inside occurrences already reported is dropped: a
//!    person sees the maximal phrase once, not each of its parts. A shorter
//!    phrase that occurs more often than the longer one that contains it
//!    replaces it, so every occurrence is shown.
//!
//! Phrases built only from the key terms of the title and headings are the
//! document's subject: they are reported at `info` at most.

use super::fast_hash::{FastHasher, FastMap};
use super::formula::formulas;
use super::occurrences::{quoted, repeated};
use super::stopwords::WordClass;
use super::tokens::{MAX_PHRASE_WORDS, TokenStream};
use crate::diagnostic::{Category, Count, Severity, Span};
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, lines_around};
use std::hash::{BuildHasher, BuildHasherDefault};

const DOCS: &str = "\
**What it does.** Finds phrases of three to eight words, with at least two \
content words, that come back more often than a document of that length \
warrants, anywhere in the document. Case and the `'`/`’` choice do not \
matter; the longest repeated phrase is reported once, with every occurrence \
labelled.

**Why.** A draft written in a hurry or from a template leans on the same \
phrase again and again; a reader notices by the third time. Other checkers \
look at one sentence or two adjacent lines, and miss it.

**Threshold.** A phrase is reported from `min-count` occurrences in a \
document of up to `reference-words` words (one less in a short draft of up \
to 600 words, read at once, at `info`: a term repeats as often); beyond that, the threshold grows \
with the square root of the length (four times longer, twice as many). \
Names (words capitalised inside sentences) are not content words.

**Severity.** Phrases made only of words from the title and headings are \
the subject of the document: they are reported at `info`. A term (content \
words joined by articles and `of`/`de`: `the town square`, `droit \
de vote`) is repeated for precision: it is a warning only from \
`term-factor` times the threshold, `info` below. Formulas (`dans le monde \
d'aujourd'hui`, `it is worth noting that`) are warnings from the threshold. \
A phrase that is inside quotation marks every time it appears (a book's \
title, a slogan under discussion) is quoted, not leaned on: `info`.

**Dense phrases.** Below the threshold, a phrase said three times within \
one paragraph is reported too, whatever the document's length: a reader \
hears the third time. Sentences that all open on the phrase (an anaphora, \
a figure of speech) and labels on separate lines are left alone; a \
phrase after a colon opens no sentence (`Attention au verglas : \
attention au verglas`). A phrase of four words or more, or of three with \
one content word, said three times within one paragraph (`always there \
for us when…`, `it never fails`) is reported at `info`.

**Formulas of manner.** A preposition, at most two words and an \
abstract noun closing a clause (`…, en toute convivialité.`, `…, sans \
exception.`, `…, with complete discretion.`), said three times in a \
document (one less than the threshold in longer ones), is reported even \
with one content word; not after a definite article (`à la station`: a \
place), nor a bare noun of state (`sous tension`, `en construction`: a \
technical term), nor when the noun is a heading's word.

**Short formulas.** A formula of two words or more with one content \
word, said three times in a short draft (one less than the threshold in \
longer ones), is told by its shape: an intensifier of feeling or selling \
and its word (`truly grateful`, `vraiment fiers`; not the plain `very`, \
`très`), a preposition with a quantifier and any noun (`en toute \
transparence`, `at no extra cost`) or with a possessive and a noun of \
manner (`at your own pace`, `à votre écoute`; not `with your child`), a \
connector of two words or more mid-sentence (`…, et en fin de compte`; not \
`for example`), a courtesy imperative (`n'hésitez pas`, `feel free`), an \
invitation (`Venez découvrir`, `venez donc goûter`, `come and see`), the \
same words opening three clauses of one paragraph where one follows \
`And`/`Et` or a colon closes a short clause (`Your money stays local: …`). \
A hyphenated adjective and its noun said as often (`tailor-made \
lessons`), or two content words three times in one paragraph or in a short draft (`small \
groups`), are reported at `info`: a term may repeat.

**Options.** `min-count` (default 4), `reference-words` (default \
2000), `min-words` (3), `max-words` (8), `min-content-words` (2), \
`term-factor` (1.5), `fold-diacritics` (false: `é` and `e` differ).";

#[derive(Clone, Debug)]
struct Settings {
    min_count: usize,
    reference_words: usize,
    min_words: usize,
    max_words: usize,
    min_content_words: usize,
    term_factor: f64,
    fold_diacritics: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_count: 4,
            reference_words: 2000,
            min_words: 3,
            max_words: 8,
            min_content_words: 2,
            term_factor: 1.5,
            fold_diacritics: false,
        }
    }
}

impl Settings {
    /// How many occurrences make a phrase over-used in a document of
    /// `words` words.
    fn threshold(&self, words: usize) -> usize {
        // A short draft (a notice, a post, an e-mail) is read at once: the
        // third time a phrase comes back, the reader hears it.
        if words <= SHORT_DRAFT_WORDS {
            return self.min_count.saturating_sub(1).max(2);
        }
        let ratio = words as f64 / self.reference_words.max(1) as f64;
        let scaled = (self.min_count as f64 * ratio.sqrt()).ceil() as usize;
        scaled.max(self.min_count).max(2)
    }
}

/// Words of prose of a short draft, where a phrase is over-used one
/// occurrence before `min-count` (three times, by default).
const SHORT_DRAFT_WORDS: usize = 600;

#[derive(Clone)]
pub struct RepeatedPhrase {
    meta: RuleMeta,
    settings: Settings,
}

impl Default for RepeatedPhrase {
    fn default() -> Self {
        RepeatedPhrase {
            meta: RuleMeta {
                id: "repetition.phrase".into(),
                category: Category::Repetition,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "The same phrase used over and over across the document.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Le port attend ses navires. Au fil des saisons, les quais changent. \
                         Les pêcheurs rentrent au fil des saisons. Le marché, au fil des \
                         saisons, déplace ses étals. Au fil des saisons enfin, la ville vieillit."
                            .into(),
"The council met on Monday. At the end of the day, the budget passed. Critics \
                         said that at the end of the day nothing changed. The mayor, at the end of \
                         the day, agreed. At the end of the day, the vote is what counts."
                            .into(),
                    ],
                    good: vec![
                        "Le port attend ses navires. Au fil des saisons, les quais changent. \
                         Les pêcheurs rentrent chaque automne. Le marché déplace ses étals \
                         l'été. La ville vieillit doucement."
                            .into(),
                        "The town hall opened a new library. For the local community, it is a \
                         landmark. Volunteers from the neighbourhood run it. Funding came from \
                         residents too. The local community voted for it."
                            .into(),
                    ],
                },
                fixable: false,
            },
            settings: Settings::default(),
        }
    }
}

/// A phrase of at least this many words, four of them content words,
/// is a warning from three occurrences in a document where the threshold
/// is higher: a clause said three times word for word ("a cup of coffee
/// that tastes like home") is pasted, not leaned on.
const LONG_PHRASE_WORDS: usize = 8;
const LONG_PHRASE_COUNT: usize = 3;

impl RepeatedPhrase {
    /// The long phrases that come back `LONG_PHRASE_COUNT` times but fewer
    /// than `threshold`, away from the phrases already `found`.
    fn long_phrases(
        &self,
        stream: &TokenStream,
        threshold: usize,
        found: &[Phrase],
    ) -> Vec<Phrase> {
        let s = &self.settings;
        if threshold <= LONG_PHRASE_COUNT || s.max_words < LONG_PHRASE_WORDS {
            return Vec::new();
        }
        let long = frequent_phrases(
            stream,
            LONG_PHRASE_WORDS.max(s.min_words),
            s.max_words,
            LONG_PHRASE_COUNT,
            s.min_content_words.max(4),
            &|_| true,
        );
        let covered = |start: usize, words: usize| {
            found.iter().any(|phrase| {
                phrase.starts.iter().any(|&p| {
                    let p = p as usize;
                    p < start + words && start < p + phrase.words
                })
            })
        };
        select_maximal(stream, &long, LONG_PHRASE_COUNT)
            .into_iter()
            .filter(|phrase| phrase.starts.len() < threshold)
            .filter(|phrase| {
                !phrase
                    .starts
                    .iter()
                    .any(|&p| covered(p as usize, phrase.words))
            })
            .collect()
    }

    /// The phrases said `DENSE_COUNT` times within one paragraph but fewer
    /// than `threshold` times in the document, away from the phrases
    /// already `found`: a reader hears the third "at no cost to you" of a
    /// paragraph whatever the document's length. Sentences that all open
    /// on the phrase are an anaphora, a figure chosen on purpose (and
    /// `repetition.sentence-opener`'s business); labels on separate lines
    /// ("Small dog: £20", one per line) are not in one paragraph.
    fn dense_phrases(
        &self,
        doc: &Document<'_>,
        stream: &TokenStream,
        threshold: usize,
        found: &[Phrase],
    ) -> Vec<Phrase> {
        if threshold <= DENSE_COUNT {
            return Vec::new();
        }
        self.said_in_one_paragraph(
            doc,
            stream,
            threshold,
            found,
            self.settings.min_content_words,
        )
    }

    /// A phrase of `LOOSE_WORDS` words or more, or of three with a content
    /// word, said three times within one paragraph however few its content
    /// words ("always there for us when…", "it never fails"): a refrain a
    /// reader hears, reported at `info` (a figure may repeat on purpose).
    fn loose_dense_phrases(
        &self,
        doc: &Document<'_>,
        stream: &TokenStream,
        threshold: usize,
        found: &[Phrase],
    ) -> Vec<Phrase> {
        self.said_in_one_paragraph(doc, stream, threshold.max(DENSE_COUNT + 1), found, 0)
            .into_iter()
            .filter(|phrase| {
                let first = phrase.starts[0] as usize;
                let words = first..first + phrase.words;
                // Not a noun with its article (`in the region`: a place).
                phrase.words >= LOOSE_WORDS
                    || (words.clone().any(|w| stream.is_content(w))
                        && !words
                            .into_iter()
                            .any(|w| stream.class(w) == WordClass::Determiner))
            })
            .collect()
    }

    fn said_in_one_paragraph(
        &self,
        doc: &Document<'_>,
        stream: &TokenStream,
        threshold: usize,
        found: &[Phrase],
        min_content_words: usize,
    ) -> Vec<Phrase> {
        let s = &self.settings;
        // Counting every phrase said three times in the whole document
        // cost more than all the other rules on a long text, where most
        // phrases come back: only phrases whose first words come back
        // three times within one line are counted.
        let in_a_line = leads_repeated_in_a_line(doc, stream, s.min_words);
        if in_a_line.is_empty() {
            return Vec::new();
        }
        let dense = frequent_phrases(
            stream,
            s.min_words,
            s.max_words,
            DENSE_COUNT,
            min_content_words,
            &|lead| in_a_line.contains(lead),
        );
        let source = doc.source();
        let span = |p: u32, words: usize| {
            let p = p as usize;
            Span::new(
                doc.words[p].span().start,
                doc.words[p + words - 1].span().end,
            )
        };
        let in_one_paragraph = |phrase: &Phrase| {
            phrase.starts.windows(DENSE_COUNT).any(|run| {
                let first = span(run[0], phrase.words);
                let last = span(run[DENSE_COUNT - 1], phrase.words);
                first.end <= last.start && !source[first.start..last.end].contains('\n')
            })
        };
        let all_open_sentences = |phrase: &Phrase| {
            phrase
                .starts
                .iter()
                .all(|&p| opens_sentence(source, span(p, phrase.words).start))
        };
        select_maximal(stream, &dense, DENSE_COUNT)
            .into_iter()
            .filter(|phrase| phrase.starts.len() < threshold)
            .filter(|phrase| !overlaps_found(phrase, found))
            .filter(|phrase| in_one_paragraph(phrase) && !all_open_sentences(phrase))
            .collect()
    }
}

/// How many times a phrase must come back within one paragraph to be
/// reported below the document's threshold (see
/// [`RepeatedPhrase::dense_phrases`]).
const DENSE_COUNT: usize = 3;

/// Words of a phrase said `DENSE_COUNT` times in one paragraph reported
/// at `info` without a content word (see
/// [`RepeatedPhrase::loose_dense_phrases`]).
const LOOSE_WORDS: usize = 4;

/// Words of the longest line read as one paragraph by
/// [`RepeatedPhrase::dense_phrases`]: a longer line is a page pasted
/// without line breaks, not a paragraph a reader hears as one, and
/// counting its phrases exactly would cost memory in proportion to the
/// whole text (`tests/long_file_memory.rs`).
const MAX_DENSE_LINE_WORDS: usize = 1_000;

/// The runs of `n` words (as ids) said at least [`DENSE_COUNT`] times
/// within one line of the source (a paragraph, in a pasted page) of at
/// most [`MAX_DENSE_LINE_WORDS`] words: the first words of every phrase
/// [`RepeatedPhrase::dense_phrases`] may report. Linear: one small map,
/// emptied at each line.
fn leads_repeated_in_a_line<'s>(
    doc: &Document<'_>,
    stream: &'s TokenStream,
    n: usize,
) -> std::collections::HashSet<&'s [u32], BuildHasherDefault<FastHasher>> {
    let ids = &stream.ids;
    let source = doc.source();
    let mut found = std::collections::HashSet::default();
    let mut line: FastMap<&[u32], u32> = FastMap::default();
    let mut start = 0;
    while start < ids.len() {
        let mut end = start + 1;
        while end < ids.len()
            && !source[doc.words[end - 1].span().end..doc.words[end].span().start].contains('\n')
        {
            end += 1;
        }
        if end - start <= MAX_DENSE_LINE_WORDS {
            line.clear();
            for p in start..end {
                if (stream.run[p] as usize) < n {
                    continue;
                }
                let lead = &ids[p..p + n];
                let count = line.entry(lead).or_default();
                *count += 1;
                if *count as usize >= DENSE_COUNT {
                    found.insert(lead);
                }
            }
        }
        start = end;
    }
    found
}

/// Whether some occurrence of `phrase` overlaps an occurrence of a phrase
/// already `found`.
fn overlaps_found(phrase: &Phrase, found: &[Phrase]) -> bool {
    phrase.starts.iter().any(|&start| {
        let start = start as usize;
        found.iter().any(|other| {
            other.starts.iter().any(|&p| {
                let p = p as usize;
                p < start + phrase.words && start < p + other.words
            })
        })
    })
}

/// How many times a formula of manner must close a clause to be reported
/// in a document of up to `reference-words` words.
const MANNER_COUNT: usize = 3;

/// Prepositions that open a phrase of manner ("en toute simplicité",
/// "with great care", "sans exception").
const MANNER_PREPOSITIONS: &[&str] = &[
    "en", "avec", "dans", "sans", "par", "sous", "in", "with", "without", "by", "under",
];

/// Endings of abstract nouns, the head of a phrase of manner
/// ("convivialité", "discrétion", "bonne humeur", "safety", "kindness").
const ABSTRACT_ENDINGS: &[&str] = &[
    "ité", "té", "ance", "ence", "isme", "ion", "eur", "esse", "ude", "ity", "ty", "ness", "ism",
];

/// A phrase of manner tagged on at the end of clauses again and again
/// ("…, en toute convivialité.", "…, sans exception.", "…, with complete
/// discretion."): a preposition, at most two words, and an abstract noun
/// (by its ending) that closes the clause, not after a definite article (a
/// place: "à la station", "in the region"). Such a phrase has one content
/// word, too few for the other passes; said `MANNER_COUNT` times (more in
/// long documents, one less than the threshold) it is a formula leaned on.
/// Linear: only the clause's last word, when abstract, looks back.
fn manner_formulas(
    doc: &Document<'_>,
    stream: &TokenStream,
    threshold: usize,
    found: &[Phrase],
) -> Vec<Phrase> {
    let need = MANNER_COUNT.max(threshold.saturating_sub(1));
    let lower = |w: usize| doc.prose(doc.words[w].span()).to_lowercase();
    let mut counts: FastMap<&[u32], Vec<u32>> = FastMap::default();
    for head in 1..doc.words.len() {
        if stream.run[head] != 1
            || !stream.is_content(head)
            || stream.is_heading_term(head)
            || doc.words[head].has_digit()
        {
            continue;
        }
        let word = lower(head);
        if word.chars().count() < 5 || !ABSTRACT_ENDINGS.iter().any(|e| word.ends_with(e)) {
            continue;
        }
        if matches!(
            lower(head - 1).as_str(),
            "le" | "la" | "les" | "l'" | "l’" | "du" | "des" | "au" | "aux" | "the"
        ) {
            continue;
        }
        let start = (head.saturating_sub(3)..head).rev().find(|&p| {
            usize::from(stream.run[p]) == head - p + 1
                && MANNER_PREPOSITIONS.contains(&lower(p).as_str())
        });
        // A preposition and a bare noun of state (`sous tension`, `en
        // construction`, `under pressure`) is a technical term: a safety
        // note says it as often as needed.
        let state = start.is_some_and(|p| {
            head == p + 1
                && (matches!(lower(p).as_str(), "sous" | "under")
                    || (matches!(lower(p).as_str(), "en" | "in") && word.ends_with("ion")))
        });
        if let Some(start) = start.filter(|_| !state) {
            counts
                .entry(&stream.ids[start..=head])
                .or_default()
                .push(u32::try_from(start).expect("fewer words than bytes"));
        }
    }
    let mut formulas: Vec<Phrase> = counts
        .into_iter()
        .filter(|(_, starts)| starts.len() >= need)
        .map(|(ids, starts)| Phrase {
            words: ids.len(),
            starts,
        })
        .filter(|phrase| !overlaps_found(phrase, found))
        .collect();
    formulas.sort_by_key(|phrase| phrase.starts[0]);
    formulas
}

/// Whether the word at byte `offset` opens a sentence or a line.
fn opens_sentence(source: &str, offset: usize) -> bool {
    let before = &source[..offset];
    let trimmed = before.trim_end();
    trimmed.is_empty()
        || before[trimmed.len()..].contains('\n')
        || trimmed.ends_with(['.', '!', '?', '…'])
}

impl Rule for RepeatedPhrase {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        let s = &mut rule.settings;
        for (key, value) in table {
            match key.as_str() {
                "min-count" => s.min_count = options::count(key, value)?,
                "reference-words" => s.reference_words = options::count(key, value)?,
                "min-words" => s.min_words = options::count(key, value)?,
                "max-words" => s.max_words = options::count(key, value)?,
                "min-content-words" => s.min_content_words = options::count(key, value)?,
                "term-factor" => s.term_factor = options::number(key, value)?,
                "fold-diacritics" => s.fold_diacritics = options::flag(key, value)?,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &[
                            "min-count",
                            "reference-words",
                            "min-words",
                            "max-words",
                            "min-content-words",
                            "term-factor",
                            "fold-diacritics",
                        ],
                    ));
                }
            }
        }
        if s.min_words < 2 || s.max_words < s.min_words || s.max_words > MAX_PHRASE_WORDS {
            return Err(format!(
                "options `min-words` ({}) and `max-words` ({}) must satisfy 2 ≤ min-words ≤ max-words ≤ {MAX_PHRASE_WORDS}",
                s.min_words, s.max_words
            ));
        }
        if s.min_count < 2 {
            return Err("option `min-count` must be at least 2".into());
        }
        if s.term_factor < 1.0 {
            return Err("option `term-factor` must be at least 1".into());
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let stream = {
            let fold = self.settings.fold_diacritics;
            doc.memo(u64::from(fold), |d| TokenStream::build(d, fold))
        };
        let threshold = self.settings.threshold(stream.prose_words);
        let frequent = frequent_phrases(
            &stream,
            self.settings.min_words,
            self.settings.max_words,
            threshold,
            self.settings.min_content_words,
            &|_| true,
        );
        let mut phrases = select_maximal(&stream, &frequent, threshold);
        // In a short draft, below `min-count`: sentences that all open on
        // the phrase are an anaphora (`repetition.sentence-opener`'s), as
        // in the dense pass.
        if threshold < self.settings.min_count {
            let source = doc.source();
            phrases.retain(|phrase| {
                phrase.starts.len() >= self.settings.min_count
                    || !phrase
                        .starts
                        .iter()
                        .all(|&p| opens_sentence(source, doc.words[p as usize].span().start))
            });
        }
        let general = phrases.len();
        phrases.extend(self.long_phrases(&stream, threshold, &phrases));
        let dense = self.dense_phrases(doc, &stream, threshold, &phrases);
        phrases.extend(dense);
        let loose_from = phrases.len();
        let loose = self.loose_dense_phrases(doc, &stream, threshold, &phrases);
        phrases.extend(loose);
        let loose_to = phrases.len();
        let manner = manner_formulas(doc, &stream, threshold, &phrases);
        phrases.extend(manner);
        // Short formulas (two words and up, one content word) by their
        // shape: see `formula.rs`. Each is kept away from the phrases
        // already found and from the formulas before it.
        // Said three times in a short draft, one less than `min-count`: a
        // term of the subject ("frein à main", "at the main entrance")
        // repeats as often as a formula leaned on, so it is `info`.
        let min_count = self.settings.min_count;
        let mut quiet: Vec<bool> = phrases
            .iter()
            .enumerate()
            .map(|(k, phrase)| {
                (k < general && phrase.starts.len() < min_count)
                    || (loose_from..loose_to).contains(&k)
            })
            .collect();
        let need = MANNER_COUNT.max(threshold.saturating_sub(1));
        for formula in formulas(doc, &stream, need) {
            let phrase = Phrase {
                words: formula.words,
                starts: formula.starts,
            };
            if !overlaps_found(&phrase, &phrases) {
                phrases.push(phrase);
                quiet.push(formula.info);
            }
        }
        for (phrase, quiet) in phrases.into_iter().zip(quiet) {
            let n = phrase.words;
            let spans: Vec<Span> = phrase
                .starts
                .iter()
                .map(|&p| {
                    let p = p as usize;
                    Span::new(doc.words[p].span().start, doc.words[p + n - 1].span().end)
                })
                .collect();
            let text = quoted(doc.prose(spans[0]));
            let first = phrase.starts[0] as usize;
            let words = first..first + n;
            let topic = words
                .clone()
                .filter(|&w| stream.is_content(w))
                .all(|w| stream.is_heading_term(w));
            let term = is_term(&stream, words);
            let term_threshold = (threshold as f64 * self.settings.term_factor).ceil() as usize;
            let places = spans.len();
            let appears = |after: &str| {
                Count::new(
                    places,
                    format!("`{text}` appears once{after}"),
                    format!("`{text}` appears "),
                    format!(" times{after}"),
                )
            };
            let always_quoted = spans.iter().all(|&span| inside_quotes(doc.source(), span));
            let (severity, message, help) = if topic {
                (
                    Severity::Info,
                    appears("; its words are the subject of the title or headings"),
                    "the subject may be named often; still, a pronoun or a shorter form reads lighter",
                )
            } else if quiet {
                (
                    Severity::Info,
                    appears(""),
                    "a term may be repeated for precision; a selling point said again and again reads like a template: vary the wording",
                )
            } else if always_quoted {
                (
                    Severity::Info,
                    appears(", inside quotation marks each time"),
                    "a title or a quotation is repeated as it is; where the context is clear, a shorter mention reads lighter",
                )
            } else if term && places < term_threshold {
                (
                    Severity::Info,
                    appears(""),
                    "a term may be repeated for precision; where the context is clear, shorten it or use a pronoun",
                )
            } else {
                (
                    ctx.severity,
                    appears(""),
                    "vary the wording, or drop the phrase where the context already says it",
                )
            };
            out.push(repeated(&self.meta.id, severity, &spans, message, help));
        }
    }
}

/// Whether `span` sits between an opening and a closing quotation mark on
/// its line (`« Lire la suite du monde »`, `"the long goodbye"`, `“…”`).
/// Straight double quotes open and close alike: an odd number of them
/// before the span on the line means it is inside.
pub(super) fn inside_quotes(source: &str, span: Span) -> bool {
    let line = lines_around(source, span);
    let before = &source[line.start..span.start];
    let after = &source[span.end..line.end];
    let open_before = |open: char, close: char| {
        before
            .rfind(open)
            .is_some_and(|o| !before[o..].contains(close))
            && after.contains(close)
    };
    let straight = before.matches('"').count() % 2 == 1 && after.contains('"');
    straight || open_before('«', '»') || open_before('“', '”') || open_before('‹', '›')
}

/// A noun phrase such as "the town square" or "droit de vote": content
/// words joined only by `of`/`de`, with articles only at the start or after
/// `of`/`de` ("of the town hall" is the term with its link to the
/// sentence). An article after a content word
/// ("plays a key role", "joue un rôle") marks a verb and its object: a
/// formula, not a term. A text repeats its terms for precision, so a term
/// needs more occurrences than a formula to be a warning.
fn is_term(stream: &TokenStream, words: std::ops::Range<usize>) -> bool {
    let start = words.start;
    words.into_iter().all(|w| match stream.class(w) {
        WordClass::Content | WordClass::Linker => true,
        WordClass::Determiner => w == start || stream.class(w - 1) == WordClass::Linker,
        WordClass::Other => false,
    })
}

/// Upper bounds of phrase counts: one saturating byte per slot, a slot per
/// phrase position or so (see [`frequent_phrases`]).
struct PhraseSketch {
    counters: Vec<u8>,
    /// `counters.len()` is `1 << bits`.
    bits: u32,
}

impl PhraseSketch {
    fn count(ids: &[u32], n: usize, fits: impl Fn(usize) -> bool) -> Self {
        let bits = ids.len().next_power_of_two().max(1024).trailing_zeros();
        let mut sketch = PhraseSketch {
            counters: vec![0; 1 << bits],
            bits,
        };
        for p in 0..ids.len() {
            if fits(p) {
                let slot = sketch.slot(&ids[p..p + n]);
                sketch.counters[slot] = sketch.counters[slot].saturating_add(1);
            }
        }
        sketch
    }

    fn slot(&self, phrase: &[u32]) -> usize {
        let hash = BuildHasherDefault::<FastHasher>::default().hash_one(phrase);
        // The high bits: the multiplicative hash mixes them best.
        (hash >> (64 - self.bits)) as usize
    }

    /// False when the phrase surely occurs fewer than `threshold` times.
    fn may_reach(&self, phrase: &[u32], threshold: usize) -> bool {
        let counter = self.counters[self.slot(phrase)];
        counter == u8::MAX || usize::from(counter) >= threshold
    }
}

/// A phrase of `words` words occurring at these word indices (ascending).
#[derive(Debug, Clone)]
struct Phrase {
    words: usize,
    starts: Vec<u32>,
}

/// The frequent phrases that may be shown, longest first, then most
/// frequent first, then in reading order (see [`frequent_phrases`]).
///
/// Each candidate's occurrences are a range of one shared list, not a
/// vector of its own: on a draft of one word repeated (`a a a …`) every
/// word starts a frequent phrase of every length, and a vector per phrase
/// held each occurrence once per length, the largest allocation of the run.
struct Candidates {
    list: Vec<Candidate>,
    /// The occurrences of every candidate, one after the other.
    starts: Vec<u32>,
}

struct Candidate {
    words: u32,
    /// How many times the phrase occurs, overlapping occurrences included:
    /// what ranks it among phrases of its length.
    occurrences: u32,
    /// Its occurrences without overlaps (see [`without_overlaps`]), in
    /// [`Candidates::starts`].
    starts: std::ops::Range<u32>,
}

impl Candidates {
    fn starts(&self, candidate: &Candidate) -> &[u32] {
        &self.starts[candidate.starts.start as usize..candidate.starts.end as usize]
    }
}

/// Every phrase of `min_n..=max_n` words occurring at least `threshold`
/// times (overlaps apart) that a person may be shown: with
/// `min_content_words` content words, not ending on a function word.
/// The others are still extended (a longer phrase may be shown), never kept.
/// Only phrases whose first `min_n` words `keep` accepts are counted.
fn frequent_phrases(
    stream: &TokenStream,
    min_n: usize,
    max_n: usize,
    threshold: usize,
    min_content_words: usize,
    keep: &dyn Fn(&[u32]) -> bool,
) -> Candidates {
    let ids = &stream.ids;
    let fits = |p: usize, n: usize| stream.run[p] as usize >= n && keep(&ids[p..p + min_n]);

    // The shortest phrases: count them, then gather the occurrences of the
    // frequent ones only (most phrases occur once). Counting every phrase
    // exactly in a map took some 40 bytes per distinct phrase, the largest
    // allocation of a run on a long text; so a first pass counts in a
    // table of one-byte counters indexed by the phrase's hash. Phrases
    // that share a counter only add to it, so a counter below the
    // threshold proves its phrases rare, and only the others are counted
    // exactly.
    let sketch = PhraseSketch::count(ids, min_n, |p| fits(p, min_n));
    let mut counts: FastMap<&[u32], u32> = FastMap::default();
    for p in 0..ids.len() {
        if fits(p, min_n) && sketch.may_reach(&ids[p..p + min_n], threshold) {
            *counts.entry(&ids[p..p + min_n]).or_default() += 1;
        }
    }
    drop(sketch);
    let mut index: FastMap<&[u32], usize> = FastMap::default();
    let mut level: Vec<Vec<u32>> = Vec::new();
    for p in 0..ids.len() {
        if fits(p, min_n) {
            let key = &ids[p..p + min_n];
            if counts.get(key).is_some_and(|&c| c as usize >= threshold) {
                let group = *index.entry(key).or_insert_with(|| {
                    level.push(Vec::new());
                    level.len() - 1
                });
                level[group].push(p as u32);
            }
        }
    }
    drop(counts);
    drop(index);

    let mut candidates = Candidates {
        list: Vec::new(),
        starts: Vec::new(),
    };
    let mut n = min_n;
    loop {
        for starts in &level {
            keep_if_shown(
                stream,
                &mut candidates,
                starts,
                n,
                threshold,
                min_content_words,
            );
        }
        if n == max_n || level.is_empty() {
            break;
        }
        n += 1;
        // Extend each frequent phrase by the word that follows it.
        let mut longer: FastMap<(usize, u32), Vec<u32>> = FastMap::default();
        for (group, starts) in level.iter().enumerate() {
            for &p in starts {
                let p = p as usize;
                if fits(p, n) {
                    longer
                        .entry((group, ids[p + n - 1]))
                        .or_default()
                        .push(p as u32);
                }
            }
        }
        level = longer
            .into_values()
            .filter(|starts| starts.len() >= threshold)
            .collect();
    }
    candidates.starts.shrink_to_fit();
    let first = |c: &Candidate| candidates.starts[c.starts.start as usize];
    let mut list = std::mem::take(&mut candidates.list);
    list.sort_by(|a, b| {
        (b.words, b.occurrences, first(a)).cmp(&(a.words, a.occurrences, first(b)))
    });
    candidates.list = list;
    candidates
}

/// Adds the phrase of `n` words at `starts` to the candidates if a person
/// may be shown it: enough content words, not ending on a function word,
/// and `threshold` occurrences that do not overlap ([`select_maximal`]
/// would drop the others unseen).
fn keep_if_shown(
    stream: &TokenStream,
    candidates: &mut Candidates,
    starts: &[u32],
    n: usize,
    threshold: usize,
    min_content_words: usize,
) {
    let first = starts[0] as usize;
    let content = (first..first + n).filter(|&w| stream.is_content(w)).count();
    if content < min_content_words || stream.is_function(first + n - 1) {
        return;
    }
    let from = candidates.starts.len();
    without_overlaps(starts, n, &mut candidates.starts);
    if candidates.starts.len() - from < threshold {
        candidates.starts.truncate(from);
        return;
    }
    let offset = |i: usize| u32::try_from(i).expect("fewer occurrences than words");
    candidates.list.push(Candidate {
        words: offset(n),
        occurrences: offset(starts.len()),
        starts: offset(from)..offset(candidates.starts.len()),
    });
}

/// Keeps the phrases a person should see (see the module docs), with
/// overlapping occurrences of one phrase ("a b a b a") counted once.
fn select_maximal(stream: &TokenStream, candidates: &Candidates, threshold: usize) -> Vec<Phrase> {
    // Nothing to choose from (most files): no owner for every word (four
    // bytes a word, the peak of a file of one-word paragraphs).
    if candidates.list.is_empty() {
        return Vec::new();
    }
    const NONE: u32 = u32::MAX;
    let mut owner = vec![NONE; stream.ids.len()];
    let mut chosen: Vec<Option<Phrase>> = Vec::new();
    for candidate in &candidates.list {
        let n = candidate.words as usize;
        let starts = candidates.starts(candidate);
        if let Some(id) = overlapping(starts, n, &owner, &chosen) {
            // The same occurrences, shifted by a word or more: the phrase is
            // longer than `max-words` ("a b c … i" seen as "a … h" and
            // "b … i"). Stretch the chosen one over both.
            let phrase = chosen[id as usize]
                .as_mut()
                .expect("owners are chosen phrases");
            let end = phrase.starts[0] as usize + phrase.words;
            let end = end.max(starts[0] as usize + n);
            if starts[0] < phrase.starts[0] {
                phrase.starts.clear();
                phrase.starts.extend_from_slice(starts);
            }
            phrase.words = end - phrase.starts[0] as usize;
            for &p in &phrase.starts {
                owner[p as usize..p as usize + phrase.words].fill(id);
            }
            continue;
        }
        let mut uncovered = 0;
        let mut contained_in: Vec<u32> = Vec::new();
        for &p in starts {
            let owners = &owner[p as usize..p as usize + n];
            if owners.contains(&NONE) {
                uncovered += 1;
            } else if owners.iter().all(|&o| o == owners[0]) {
                contained_in.push(owners[0]);
            }
        }
        contained_in.sort_unstable();
        contained_in.dedup();
        let replaces_longer = contained_in.iter().any(|&o| chosen[o as usize].is_some());
        if uncovered == 0 || (uncovered < threshold && !replaces_longer) {
            continue;
        }
        // This phrase occurs more often than the longer ones around it:
        // it alone is shown, with all its occurrences.
        for o in contained_in {
            chosen[o as usize] = None;
        }
        let id = chosen.len() as u32;
        for &p in starts {
            owner[p as usize..p as usize + n].fill(id);
        }
        chosen.push(Some(Phrase {
            words: n,
            starts: starts.to_vec(),
        }));
    }
    let mut phrases: Vec<Phrase> = chosen.into_iter().flatten().collect();
    phrases.sort_by_key(|p| p.starts[0]);
    phrases
}

/// The chosen phrase whose occurrences these overlap one for one, each
/// shifted by the same number of words: two views of one longer phrase.
fn overlapping(starts: &[u32], n: usize, owner: &[u32], chosen: &[Option<Phrase>]) -> Option<u32> {
    let first = starts[0] as usize;
    let id = *owner[first..first + n].iter().find(|&&o| o != u32::MAX)?;
    let phrase = chosen.get(id as usize)?.as_ref()?;
    if phrase.starts.len() != starts.len() {
        return None;
    }
    let shift = i64::from(starts[0]) - i64::from(phrase.starts[0]);
    let overlaps = shift != 0 && shift < phrase.words as i64 && -shift < n as i64;
    let same_shift = starts
        .iter()
        .zip(&phrase.starts)
        .all(|(&p, &q)| i64::from(p) - i64::from(q) == shift);
    (overlaps && same_shift).then_some(id)
}

/// Appends to `kept` the occurrences of a phrase of `n` words that do not
/// overlap the one kept before them.
fn without_overlaps(starts: &[u32], n: usize, kept: &mut Vec<u32>) {
    let mut last: Option<u32> = None;
    for &p in starts {
        if last.is_none_or(|last| p as usize >= last as usize + n) {
            kept.push(p);
            last = Some(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    fn phrases(text: &str) -> Vec<(String, usize)> {
        check(&RepeatedPhrase::default(), text, Language::En)
            .iter()
            .map(|d| (quoted(&text[d.span.range()]), d.labels.len() + 1))
            .collect()
    }

    #[test]
    fn threshold_grows_with_the_square_root_of_length() {
        let s = Settings::default();
        assert_eq!(s.threshold(300), 3);
        assert_eq!(s.threshold(600), 3);
        assert_eq!(s.threshold(601), 4);
        assert_eq!(s.threshold(2000), 4);
        assert_eq!(s.threshold(8000), 8);
        assert_eq!(s.threshold(32000), 16);
    }

    #[test]
    fn a_short_draft_hears_a_phrase_the_third_time() {
        let text = "The bakery sits at the heart of our village. Bread is baked at dawn. \
                    We deliver to the school, because a bakery belongs at the heart of our \
                    village. Come and see us: we will always be at the heart of our village.";
        let found = phrases(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("heart of our village"), "{found:?}");
        assert_eq!(found[0].1, 3);
    }

    #[test]
    fn an_invitation_said_three_times_is_a_formula() {
        let text = "Le marché revient le vendredi. Venez découvrir les fromages de la \
                    ferme. Les enfants auront un manège ; venez découvrir aussi les paniers. \
                    La buvette reste ouverte. Venez donc découvrir le marché en famille.";
        let found = check(&RepeatedPhrase::default(), text, Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].labels.len() + 1, 3);
        let twice = "Venez découvrir les fromages. Le manège tourne. Venez découvrir le \
                     marché. Venez nombreux.";
        assert!(check(&RepeatedPhrase::default(), twice, Language::Fr).is_empty());
    }

    #[test]
    fn reports_the_longest_phrase_once_with_every_occurrence() {
        let text = "The quiet river valley floods. Farmers love the quiet river valley. \
                    Tourists find the quiet river valley. Nobody leaves the quiet river valley.";
        assert_eq!(phrases(text), [("The quiet river valley".to_string(), 4)]);
    }

    #[test]
    fn a_more_frequent_part_replaces_the_longer_phrase() {
        let text = "We met near the old stone bridge. Walk to the old stone bridge. \
                    Paint the old stone bridge. Cross the old stone bridge. \
                    Their old stone bridge fell. An old stone bridge stays.";
        assert_eq!(phrases(text), [("old stone bridge".to_string(), 6)]);
    }

    #[test]
    fn terms_need_more_occurrences_than_formulas() {
        let severity = |text: &str| {
            check(&RepeatedPhrase::default(), text, Language::En)
                .iter()
                .map(|d| d.severity)
                .collect::<Vec<_>>()
        };
        let term = "We walked to the town square. Shops fill the town square. \
                    Buses avoid the town square. Parking near the town square is rare.";
        assert_eq!(severity(term), [Severity::Info]);
        let formula = "Trust plays a key role here. Price plays a key role too. \
                       Weather plays a key role. Luck plays a key role as well.";
        assert_eq!(severity(formula), [Severity::Warning]);
        let frequent_term =
            format!("{term} Maps show the town square. Taxis circle the town square.");
        assert_eq!(severity(&frequent_term), [Severity::Warning]);
    }

    #[test]
    fn phrases_longer_than_max_words_are_one_finding() {
        let line = "Please enter a valid postal address for the parcel today. ";
        let text = line.repeat(4);
        let found = check(&RepeatedPhrase::default(), &text, Language::En);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            quoted(&text[found[0].span.range()]),
            line.trim().trim_end_matches('.')
        );
    }

    #[test]
    fn phrases_stop_at_punctuation_and_need_content_words() {
        // "of the river" has one content word; the comma cuts "river, valley".
        let text = "One of the river, valley. Two of the river, valley. \
                    Three of the river, valley. Four of the river, valley.";
        assert_eq!(phrases(text), []);
    }

    #[test]
    fn a_formula_of_manner_closing_three_clauses_is_reported() {
        let text = "Classes start at six, in complete safety.\n\nThe pool is heated. \
                    Children learn to float, in complete safety.\n\nParents stay close. \
                    Lessons end with a game, in complete safety.";
        assert_eq!(phrases(text), [("in complete safety".to_string(), 3)]);
        // A place after a definite article is where things happen.
        let place = "We met in the region. Prices rose in the region. Farms closed \
                     in the region.";
        assert!(phrases(place).is_empty());
        let twice = "Classes start at six, in complete safety. Children learn to \
                     float, in complete safety.";
        assert!(phrases(twice).is_empty());
    }

    #[test]
    fn three_times_in_one_paragraph_is_dense() {
        let text = "Mend it with the spare blue cloth, patch it with the spare blue cloth \
                    and line it with the spare blue cloth.";
        assert_eq!(
            phrases(text),
            [("it with the spare blue cloth".to_string(), 3)]
        );
        let anaphora = "We wanted a room for everyone. We wanted a room that stays open. \
                        We wanted a room without fees.";
        assert_eq!(phrases(anaphora), []);
        let labels = "Small green parcel: 4 euros.\nLarge green parcel: 9 euros.\n\
                      Small green parcel: 5 euros.\nSmall green parcel: 6 euros.";
        assert!(
            phrases(labels).iter().all(|(_, n)| *n > 3),
            "{:?}",
            phrases(labels)
        );
    }

    #[test]
    fn short_formulas_are_told_by_their_shape() {
        let feeling = "We are truly grateful to you.\n\nThe hall was truly grateful \
                       too.\n\nAnd we remain truly grateful.";
        assert_eq!(phrases(feeling), [("truly grateful".to_string(), 3)]);
        let manner = "Learn at your own pace.\n\nPractise at your own pace at home.\n\n\
                      Finish at your own pace.";
        assert_eq!(phrases(manner), [("at your own pace".to_string(), 3)]);
        // A possessive and a plain noun is a fact, and `very` a grade.
        let facts = "Come with your child.\n\nSit with your child.\n\nLeave with your \
                     child. A very good copy. A very good jacket. Very good.";
        assert_eq!(phrases(facts), []);
        let opener = "Before you start, read this. Before you start, sign here. And \
                      before you start, leave your coat.";
        assert_eq!(phrases(opener), [("Before you start".to_string(), 3)]);
    }

    /// Two content words said three times are heard within a paragraph's
    /// length: on a page pasted as one line they must come back within a
    /// few hundred words (what is kept per line stays bounded).
    #[test]
    fn content_pairs_are_heard_within_a_paragraphs_length() {
        let count = |text: &str| {
            check(&RepeatedPhrase::default(), text, Language::En)
                .iter()
                .filter(|d| d.message.contains("small groups"))
                .count()
        };
        let (a, b, c) = (
            "We teach in small groups.",
            "Pupils learn best in small groups.",
            "Tutors like small groups.",
        );
        assert_eq!(count(&format!("{a} {b} {c}")), 1);
        let filler: String = (0..450).map(|n| format!("k{n} ")).collect();
        assert_eq!(count(&format!("{a} {filler}. {b} {filler}. {c}")), 0);
    }

    #[test]
    fn three_occurrences_in_separate_paragraphs_are_info_in_a_short_draft() {
        let text =
            "A small green door.\n\nBehind the small green door.\n\nPast a small green door.";
        let found = check(&RepeatedPhrase::default(), text, Language::En);
        assert!(
            found.iter().all(|d| d.severity == Severity::Info),
            "{found:?}"
        );
        let filler: String = (0..700).map(|n| format!("k{n} ")).collect();
        let long = format!("{text}\n\n{filler}.");
        assert_eq!(phrases(&long), []);
    }

    #[test]
    fn a_phrase_quoted_every_time_is_info() {
        let severity = |text: &str| {
            check(&RepeatedPhrase::default(), text, Language::En)
                .iter()
                .map(|d| d.severity)
                .collect::<Vec<_>>()
        };
        let quoted = "Her essay \"Luck plays a key role\" came out in 1990. \
                      Why “luck plays a key role”? Critics quoted \"Luck plays a key role\" often. \
                      Readers still love « Luck plays a key role » today.";
        assert_eq!(severity(quoted), [Severity::Info]);
        // One bare occurrence: the phrase is leaned on, not only quoted.
        let bare = quoted.replacen("« Luck plays a key role »", "how luck plays a key role", 1);
        assert_eq!(severity(&bare), [Severity::Warning]);
    }

    #[test]
    fn headings_make_a_phrase_the_topic() {
        let text = "# Green door paint\n\nGreen door paint dries. We sell green door paint. \
                    Buy green door paint. Mix green door paint.";
        let found = check(&RepeatedPhrase::default(), text, Language::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
    }

    #[test]
    fn diacritics_fold_on_request() {
        let text = "Le café du coin ouvre. Au cafe du coin, on lit. \
                    Le café du coin ferme tard. Le cafe du coin vend du pain.";
        assert!(check(&RepeatedPhrase::default(), text, Language::Fr).is_empty());
        let mut table = toml::Table::new();
        table.insert("fold-diacritics".into(), toml::Value::Boolean(true));
        let rule = RepeatedPhrase::default().with_options(&table).unwrap();
        let found = check(rule.as_ref(), text, Language::Fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].labels.len(), 3);
    }

    #[test]
    fn options_are_checked() {
        let mut bad = toml::Table::new();
        bad.insert("min-words".into(), toml::Value::Integer(9));
        assert!(RepeatedPhrase::default().with_options(&bad).is_err());
        // Runs are counted up to 255 words: longer phrases are refused.
        let mut long = toml::Table::new();
        long.insert("max-words".into(), toml::Value::Integer(65));
        assert!(RepeatedPhrase::default().with_options(&long).is_err());
        long.insert("max-words".into(), toml::Value::Integer(64));
        assert!(RepeatedPhrase::default().with_options(&long).is_ok());
        let mut unknown = toml::Table::new();
        unknown.insert("threshold".into(), toml::Value::Integer(9));
        let err = RepeatedPhrase::default()
            .with_options(&unknown)
            .err()
            .unwrap();
        assert!(err.contains("min-count"), "{err}");
    }
}
