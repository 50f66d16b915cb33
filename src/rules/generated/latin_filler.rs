//! `generated.latin-filler`: the pseudo-Latin of dummy text left in a
//! page, whatever its first words.
//!
//! `generated.placeholder` knows the two words that usually open filler
//! text; templates also ship passages that start anywhere in it, or other
//! paragraphs of the same Latin. This rule recognises the vocabulary
//! instead of the opening: three words of filler Latin close together
//! make a run of filler that goes on to the end of its block. The
//! spelling rules skip the same run ([`filler_runs`]): the filler is one
//! defect, not a typo per Latin word.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::findings::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Document;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

const DOCS: &str = "\
**What it flags.** A run of the pseudo-Latin that templates use as dummy \
text, wherever the passage starts: three words of its vocabulary (`quia`, \
`autem`, `perspiciatis`, `voluptatem`, `porro`, `adipisci`…) within a few \
words of one another, reported from the first to the last of them. A \
block that names the usual two opening words is `generated.placeholder`'s.

**Why an editor cares.** Published, filler tells readers the page was \
never finished; the Latin is one defect (write the real text), not a \
spelling mistake per word, so the spelling rules leave it alone.";

/// Words of the filler's Latin that no English or French sentence uses
/// (words that also live in those languages, `alias`, `minus`, `culpa`,
/// `magna`, `vitae`, are left out so that a quoted phrase is no run).
const FILLER_LATIN: &[&str] = &[
    "accusamus",
    "accusantium",
    "adipisci",
    "adipiscing",
    "aliquam",
    "aliquid",
    "aliquip",
    "amet",
    "aperiam",
    "architecto",
    "asperiores",
    "aspernatur",
    "atque",
    "aut",
    "aute",
    "autem",
    "beatae",
    "blanditiis",
    "cillum",
    "commodi",
    "consectetur",
    "consequatur",
    "consequuntur",
    "corporis",
    "corrupti",
    "cumque",
    "cupidatat",
    "cupiditate",
    "debitis",
    "delectus",
    "deleniti",
    "deserunt",
    "dignissimos",
    "dolorem",
    "doloremque",
    "dolores",
    "doloribus",
    "ducimus",
    "eaque",
    "earum",
    "eius",
    "eiusmod",
    "eligendi",
    "enim",
    "eos",
    "esse",
    "eum",
    "eveniet",
    "excepturi",
    "exercitationem",
    "explicabo",
    "facere",
    "facilis",
    "fugiat",
    "fugit",
    "harum",
    "iure",
    "iusto",
    "laboriosam",
    "laborum",
    "laudantium",
    "molestiae",
    "molestias",
    "mollitia",
    "nemo",
    "neque",
    "nesciunt",
    "nihil",
    "nisi",
    "nobis",
    "nostrum",
    "numquam",
    "occaecat",
    "occaecati",
    "odit",
    "officiis",
    "omnis",
    "pariatur",
    "perferendis",
    "perspiciatis",
    "porro",
    "possimus",
    "praesentium",
    "proident",
    "quae",
    "quaerat",
    "quam",
    "quia",
    "quibusdam",
    "quidem",
    "quis",
    "quisquam",
    "quo",
    "quod",
    "quos",
    "ratione",
    "recusandae",
    "reiciendis",
    "repellat",
    "repellendus",
    "reprehenderit",
    "repudiandae",
    "rerum",
    "saepe",
    "sapiente",
    "sed",
    "sequi",
    "sint",
    "soluta",
    "sunt",
    "suscipit",
    "tempora",
    "temporibus",
    "tenetur",
    "totam",
    "ullam",
    "ullamco",
    "ut",
    "velit",
    "veniam",
    "veritatis",
    "voluptas",
    "voluptate",
    "voluptatem",
    "voluptates",
    "voluptatibus",
    "voluptatum",
];

/// Filler words that make a run, and the window (in words) they fall in.
const MIN_FILLER_WORDS: usize = 3;
const WINDOW_WORDS: usize = 6;

/// The filler words, looked up by one hash: every word of the text is
/// asked, and a binary search of a hundred words compared bytes at each
/// of its steps.
static FILLER_SET: LazyLock<HashSet<&'static [u8], foldhash::fast::FixedState>> =
    LazyLock::new(|| FILLER_LATIN.iter().map(|w| w.as_bytes()).collect());

fn is_filler_latin(word: &str) -> bool {
    // The longest filler word is short: a longer word is none of them.
    const LONGEST: usize = 16;
    if word.len() > LONGEST {
        return false;
    }
    // No allocation for the common case: the filler words are ASCII, and
    // the only character outside ASCII that lowercases into it is the
    // Kelvin sign (U+212A, to `k`), left to the general lowercasing.
    if !word.is_ascii() {
        return word.contains('\u{212A}') && FILLER_SET.contains(word.to_lowercase().as_bytes());
    }
    let mut lower = [0u8; LONGEST];
    let lower = &mut lower[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    FILLER_SET.contains(&*lower)
}

/// A run of filler in one block: its filler words (indices into
/// `doc.words`) and the words from the first of them to the block's end.
struct Run {
    filler: Vec<usize>,
    to_block_end: Range<usize>,
}

/// The document's filler runs, found once: the rule and the spelling
/// rules (through [`filler_runs`]) both ask, and every word is looked at.
fn runs(doc: &Document<'_>) -> Arc<Vec<Run>> {
    doc.memo(0, find_runs)
}

fn find_runs(doc: &Document<'_>) -> Vec<Run> {
    let masked = &doc.markup.masked;
    let mut found = Vec::new();
    for block in 0..doc.blocks().len() {
        let words = doc.block_words(block);
        let text = |i: usize| doc.words[i].text(masked);
        // Indices only, never every word's text: a block may hold a
        // megabyte of words, of which the filler ones are few.
        if words.clone().any(|i| text(i).eq_ignore_ascii_case("lorem")) {
            continue;
        }
        let filler: Vec<usize> = words
            .clone()
            .filter(|&i| is_filler_latin(text(i)))
            .map(|i| i - words.start)
            .collect();
        // The first filler word with two more within the window.
        let Some(first) = filler
            .windows(MIN_FILLER_WORDS)
            .position(|w| w[MIN_FILLER_WORDS - 1] - w[0] < WINDOW_WORDS)
        else {
            continue;
        };
        let start = words.start + filler[first];
        found.push(Run {
            filler: filler[first..].iter().map(|k| words.start + k).collect(),
            to_block_end: start..words.end,
        });
    }
    found
}

/// The words of filler runs (from the first filler word to the end of its
/// block), for the spelling rules to skip.
pub fn filler_runs(doc: &Document<'_>) -> Vec<Range<usize>> {
    runs(doc)
        .iter()
        .map(|run| run.to_block_end.clone())
        .collect()
}

#[derive(Clone)]
pub struct LatinFiller {
    meta: RuleMeta,
}

impl Default for LatinFiller {
    fn default() -> Self {
        LatinFiller {
            meta: RuleMeta {
                id: "generated.latin-filler".into(),
                category: Category::Generated,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "Dummy Latin text left in the page, whatever its first words.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "The tent sleeps two.\n\nNeque porro quisquam est, qui dolorem ipsum \
                         quia dolor sit amet.\n\nIt weighs 2 kg."
                            .into(),
                        "Nos horaires\n\nUt enim ad minima veniam, quis nostrum \
                         exercitationem ullam corporis."
                            .into(),
                    ],
                    good: vec![
                        "The tent sleeps two, quasi a palace: mea culpa, said the alias \
                         minus the tent."
                            .into(),
                        "Le latin de la devise, « Sed fugit interea », orne le cadran.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for LatinFiller {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        for run in runs(doc).iter() {
            let (Some(&first), Some(&last)) = (run.filler.first(), run.filler.last()) else {
                continue;
            };
            let span = Span::new(doc.words[first].span().start, doc.words[last].span().end);
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    span,
                    format!("dummy Latin text left in the page: \"{}\"", doc.text(span)),
                )
                .with_help("write the real text, or delete the passage"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    #[test]
    fn the_vocabulary_is_sorted_without_duplicates() {
        assert!(FILLER_LATIN.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn filler_words_are_lowercase_ascii_as_the_lookup_assumes() {
        assert!(
            FILLER_LATIN
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(is_filler_latin("Amet") && is_filler_latin("AMET"));
        // The Kelvin sign lowercases to `k`; no filler word has one, but
        // the lookup must not assume so.
        assert!(!is_filler_latin("\u{212A}ilo") && !is_filler_latin("amét"));
    }

    #[test]
    fn a_filler_passage_is_one_finding_from_first_to_last_latin_word() {
        let text = "Opening hours.\n\nSed quia non numquam eius modi tempora incidunt ut labore.";
        let found = check(&LatinFiller::default(), text, Language::En);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            &text[found[0].span.start..found[0].span.end],
            "Sed quia non numquam eius modi tempora incidunt ut"
        );
    }

    #[test]
    fn the_usual_opening_is_left_to_the_placeholder_rule() {
        let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.";
        assert!(check(&LatinFiller::default(), text, Language::En).is_empty());
    }
}
