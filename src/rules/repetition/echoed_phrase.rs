//! The comma echo of `repetition.doubled-word`: a run of words written
//! again right after a comma ("régler les freins, régler les freins",
//! "for a week at a time, for a week at a time"), or after a comma, one
//! word and a comma ("dix fois, oui, dix fois").
//!
//! The shape, not the words, decides: both copies are the same text (case
//! and apostrophes aside) in one block, and nothing but the comma (and at
//! most one word between two commas) separates them. What stays out:
//! - a copy whose words all start with a capital, function words aside: a
//!   name or a title ("New York, New York", "of the Netherlands, the
//!   Netherlands" in an address);
//! - one word said three times or more ("please, please, please",
//!   "location, location, location"): a chant, said on purpose;
//! - one word opening its sentence ("Bien, bien. Passons."): an
//!   interjection, unless it is a stance adverb doubled before the
//!   sentence it comments ("Frankly, frankly, the rest can wait").
//!
//! A name keeps its capitals in both copies: a phrase capitalised only
//! because it opens the sentence ("Mind you, mind you") is no name.
//!
//! One word echoed inside a sentence ("a long, long way", "stressée,
//! stressée,") is often emphasis: it is reported at info. A phrase of two
//! words or more echoed is the stammer of a cut and paste: a warning, even
//! when a third copy follows ("les prunes, les prunes, les prunes"),
//! unless it is cited inside quotation marks (info).

use super::doubled_word::same_word;
use super::stopwords::word_class;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::{Findings, RuleContext};
use crate::text::Word;

/// The longest run of words compared (a clause with a time or a place:
/// "the first bus leaves the depot at 6.10, the first bus…").
const LONGEST_ECHO: usize = 10;

/// Reports every comma echo of the document under `id`.
pub(super) fn echoed_phrases(
    id: &str,
    category: Category,
    ctx: &RuleContext<'_>,
    out: &mut Findings,
) {
    let doc = ctx.doc;
    let masked = &doc.markup.masked;
    let words = &doc.words;
    let mut next_free = 0;
    for comma in 0..words.len().saturating_sub(1) {
        if comma < next_free || !comma_between(doc, &words[comma], &words[comma + 1]) {
            continue;
        }
        // The second copy starts right after the comma, or after one
        // word closed by a second comma ("…, oui, …").
        let mut starts = vec![(comma + 1, 1)];
        if comma + 2 < words.len() && comma_between(doc, &words[comma + 1], &words[comma + 2]) {
            starts.push((comma + 2, 2));
        }
        'starts: for (second, shortest) in starts {
            for length in (shortest..=LONGEST_ECHO).rev() {
                if length > comma + 1 || second + length > words.len() {
                    continue;
                }
                let first = comma + 1 - length;
                let copy = |from: usize| {
                    Span::new(
                        words[from].span().start,
                        words[from + length - 1].span().end,
                    )
                };
                let (a, b) = (copy(first), copy(second));
                if words[first].block() != words[second + length - 1].block()
                    || !same_text(&masked[a.range()], &masked[b.range()])
                    || !within_a_sentence(doc, first, length)
                    || !masked[a.range()].chars().any(char::is_alphabetic)
                {
                    continue;
                }
                // A name: every word capitalised but the function words
                // ("New York", "the Netherlands", "Saint-Jean de Luz"), in
                // both copies. A name keeps its capital when written again;
                // a phrase capitalised only because it opens the sentence
                // ("Trust me, trust me") loses it.
                if looks_like_a_name(doc, &words[first..first + length])
                    && looks_like_a_name(doc, &words[second..second + length])
                {
                    continue;
                }
                // A correlative comparison repeats its head by grammar
                // ("plus on attend, plus on attend longtemps").
                if opens_a_correlative(doc, &words[first..first + length]) {
                    continue;
                }
                // A sentence made only of the phrase said again and again
                // ("Thank you, thank you, thank you."): an exclamation, not
                // a stammer inside a sentence.
                let opens_block = first == 0 || words[first - 1].block() != words[first].block();
                if length > 1 && (opens_block || opens_sentence(masked, a.start)) {
                    let mut last = second + length;
                    while last + length <= words.len()
                        && comma_between(doc, &words[last - 1], &words[last])
                        && same_text(&masked[copy(last).range()], &masked[a.range()])
                    {
                        last += length;
                    }
                    let after =
                        masked[words[last - 1].span().end..].trim_start_matches([' ', '\u{a0}']);
                    if after.is_empty() || after.starts_with(['.', '!', '?', '\n', '…']) {
                        next_free = last;
                        break 'starts;
                    }
                }
                // The phrase said a third time after a conjunction ("de
                // nuages, de nuages et encore de nuages", "about bass,
                // about bass and again about bass"): a chant built on
                // purpose, not a slip of the keyboard.
                if length > 1 {
                    let mut k = second + length;
                    let word_at = |i: usize| masked[words[i].span().range()].to_lowercase();
                    if k < words.len() && matches!(word_at(k).as_str(), "et" | "and" | "ou" | "or")
                    {
                        k += 1;
                        if k < words.len()
                            && matches!(
                                word_at(k).as_str(),
                                "encore" | "again" | "puis" | "then" | "toujours" | "enfin"
                            )
                        {
                            k += 1;
                        }
                        if k + length <= words.len()
                            && words[k + length - 1].block() == words[first].block()
                            && same_text(&masked[copy(k).range()], &masked[a.range()])
                        {
                            next_free = k + length;
                            break 'starts;
                        }
                    }
                }
                let severity = if length > 1 && !inside_quotes(masked, a.start) {
                    ctx.severity
                } else if length > 1 {
                    // Cited ("a page full of “see more, see more”"):
                    // the writer shows the echo, but says it once more.
                    Severity::Info
                } else if opens_sentence(masked, a.start)
                    && is_sentence_adverb(doc, &masked[a.range()])
                    && sentence_goes_on(doc, first, second)
                {
                    // A comment adverb doubled before the sentence it
                    // comments ("Frankly, frankly, the rest can wait"): a
                    // filler stammered, not an interjection on its own.
                    ctx.severity
                } else {
                    if opens_sentence(masked, a.start) || chanted(doc, first, second) {
                        next_free = second + 1;
                        break 'starts;
                    }
                    Severity::Info
                };
                let mut diagnostic = Diagnostic::new(
                    id,
                    category,
                    severity,
                    b,
                    format!("`{}` is written twice", doc.text(b)),
                )
                .with_label(a, "first written here")
                .with_help("delete the second copy");
                // A phrase echoed is often leaned on elsewhere too: every
                // other copy in the document is shown with the echo.
                if length > 1 {
                    for other in other_copies(doc, first, second, length) {
                        diagnostic = diagnostic.with_label(other, "written again here");
                    }
                }
                out.push(diagnostic);
                next_free = second + length;
                break 'starts;
            }
        }
    }
}

/// Whether every word of `copy` starts with a capital or is a function
/// word, and at least one starts with a capital: a name or a title.
fn looks_like_a_name(doc: &crate::text::Document<'_>, copy: &[Word]) -> bool {
    let masked = &doc.markup.masked;
    let capitalised = |w: &Word| w.text(masked).starts_with(char::is_uppercase);
    copy.iter().any(capitalised)
        && copy.iter().all(|w| {
            capitalised(w)
                || word_class(doc.language, &w.text(masked).to_lowercase(), w.is_elision())
                    .is_function()
        })
}

/// Whether `copy` opens with the head of a correlative comparison
/// (`plus`, `moins`, `autant`; `the more`, `the less`).
fn opens_a_correlative(doc: &crate::text::Document<'_>, copy: &[Word]) -> bool {
    let masked = &doc.markup.masked;
    let word = |i: usize| copy.get(i).map_or("", |w| w.text(masked));
    match doc.language {
        crate::text::Language::Fr => ["plus", "moins", "autant"]
            .iter()
            .any(|head| word(0).eq_ignore_ascii_case(head)),
        crate::text::Language::En => {
            word(0).eq_ignore_ascii_case("the")
                && ["more", "less"]
                    .iter()
                    .any(|head| word(1).eq_ignore_ascii_case(head))
        }
    }
}

/// Stance adverbs: the closed class of words that open a sentence to say
/// how the writer means it ("frankly", "sérieusement"), not how something
/// is done ("slowly, slowly" stays a figure of style).
const EN_STANCE_ADVERBS: &[&str] = &[
    "honestly",
    "frankly",
    "seriously",
    "basically",
    "actually",
    "really",
    "truly",
    "literally",
    "obviously",
    "clearly",
    "personally",
    "genuinely",
    "admittedly",
    "essentially",
    "ultimately",
    "hopefully",
    "certainly",
    "definitely",
    "absolutely",
    "naturally",
    "surely",
    "anyway",
];
const FR_STANCE_ADVERBS: &[&str] = &[
    "franchement",
    "honnêtement",
    "sérieusement",
    "vraiment",
    "clairement",
    "évidemment",
    "sincèrement",
    "personnellement",
    "bref",
    "finalement",
    "justement",
    "carrément",
    "concrètement",
    "fondamentalement",
    "réellement",
    "certes",
    "enfin",
    "décidément",
];

/// Whether `word` is a stance adverb of the document's language.
fn is_sentence_adverb(doc: &crate::text::Document<'_>, word: &str) -> bool {
    let list = match doc.language {
        crate::text::Language::En => EN_STANCE_ADVERBS,
        crate::text::Language::Fr => FR_STANCE_ADVERBS,
    };
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

/// Whether, after the copies of the word echoed from `first` (two or
/// more, each after a comma), the sentence goes on after one more comma:
/// the echo is a detached opener of a longer sentence.
fn sentence_goes_on(doc: &crate::text::Document<'_>, first: usize, second: usize) -> bool {
    let words = &doc.words;
    let masked = &doc.markup.masked;
    let word = words[first].text(masked);
    let mut last = second;
    while last + 1 < words.len()
        && comma_between(doc, &words[last], &words[last + 1])
        && same_word(words[last + 1].text(masked), word)
    {
        last += 1;
    }
    last + 1 < words.len() && comma_between(doc, &words[last], &words[last + 1])
}

/// Whether only a comma (and spaces) separates two words of one block, in
/// the masked text and in the source (a masked URL is not a comma).
fn comma_between(doc: &crate::text::Document<'_>, a: &Word, b: &Word) -> bool {
    let range = a.span().end..b.span().start;
    a.block() == b.block()
        && doc.markup.masked[range.clone()].trim() == ","
        && doc.source()[range].trim() == ","
}

/// Whether the `length` words from `first` follow one another inside a
/// sentence: no sentence mark, line break or masked text between them.
fn within_a_sentence(doc: &crate::text::Document<'_>, first: usize, length: usize) -> bool {
    doc.words[first..first + length].windows(2).all(|pair| {
        let range = pair[0].span().end..pair[1].span().start;
        let gap = &doc.markup.masked[range.clone()];
        // "7.15", "1,5", "18:30": a number's own marks.
        let in_a_number =
            pair[0].has_digit() && pair[1].has_digit() && matches!(gap, "." | "," | ":");
        (in_a_number || !gap.contains(['.', '!', '?', ';', ':', '\n']))
            && !doc.source()[range].chars().any(char::is_alphanumeric)
    })
}

/// Case- and apostrophe-insensitive equality of two runs of words, the
/// spaces and marks between them compared as they are.
fn same_text(a: &str, b: &str) -> bool {
    let mut left = a.split_inclusive(char::is_whitespace);
    let mut right = b.split_inclusive(char::is_whitespace);
    loop {
        match (left.next(), right.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if same_word(x.trim_end(), y.trim_end()) => {}
            _ => return false,
        }
    }
}

/// Whether the word starting at `start` opens its sentence: nothing but
/// spaces, or a sentence's end, before it.
fn opens_sentence(masked: &str, start: usize) -> bool {
    masked[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '…' | '«' | '"' | '“' | '(' | '—' | '-'
            )
        })
}

/// The other places where the `length` words from `first` are written
/// again, word for word, besides the echo at `second`.
fn other_copies(
    doc: &crate::text::Document<'_>,
    first: usize,
    second: usize,
    length: usize,
) -> Vec<Span> {
    let words = &doc.words;
    let masked = &doc.markup.masked;
    let span_of = |from: usize| {
        Span::new(
            words[from].span().start,
            words[from + length - 1].span().end,
        )
    };
    let phrase = &masked[span_of(first).range()];
    (0..=words.len() - length)
        .filter(|&at| at != first && at != second)
        .filter(|&at| same_word(words[at].text(masked), words[first].text(masked)))
        .filter(|&at| words[at].block() == words[at + length - 1].block())
        .map(span_of)
        .filter(|span| same_text(&masked[span.range()], phrase))
        .collect()
}

/// Whether `start` lies inside a quotation opened earlier on its line:
/// an odd number of straight double quotes, or an opening `“`/`«` not
/// closed yet.
fn inside_quotes(masked: &str, start: usize) -> bool {
    let line = &masked[masked[..start].rfind('\n').map_or(0, |i| i + 1)..start];
    let opened = |open: char, close: char| {
        line.rfind(open)
            .is_some_and(|o| line.rfind(close).is_none_or(|c| c < o))
    };
    line.matches('"').count() % 2 == 1 || opened('“', '”') || opened('«', '»')
}

/// Whether the word echoed at `second` comes a third time, after another
/// comma, or came already before `first`: a chant.
fn chanted(doc: &crate::text::Document<'_>, first: usize, second: usize) -> bool {
    let words = &doc.words;
    let masked = &doc.markup.masked;
    let word = words[first].text(masked);
    let after = second + 1 < words.len()
        && comma_between(doc, &words[second], &words[second + 1])
        && same_word(words[second + 1].text(masked), word);
    let before = first > 0
        && comma_between(doc, &words[first - 1], &words[first])
        && same_word(words[first - 1].text(masked), word);
    after || before
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::markup::MarkupKind;
    use crate::rules::repetition::DoubledWord;
    use crate::rules::repetition::test_support::check_as;
    use crate::text::Language;

    fn severities(text: &str, language: Language) -> Vec<Severity> {
        check_as(&DoubledWord::default(), text, language, MarkupKind::Plain)
            .iter()
            .map(|d| d.severity)
            .collect()
    }

    #[test]
    fn a_phrase_echoed_after_a_comma_is_a_warning() {
        assert_eq!(
            severities(
                "On ponce le bois, on ponce le bois puis on vernit.",
                Language::Fr
            ),
            [Severity::Warning]
        );
        assert_eq!(
            severities("Doors open at 18.30, open at 18.30 sharp.", Language::En),
            [Severity::Warning]
        );
        // One word between two commas does not hide the echo.
        assert_eq!(
            severities("It rains most days, yes, most days in March.", Language::En),
            [Severity::Warning]
        );
        // A third copy is labelled with the echo.
        let found = check_as(
            &DoubledWord::default(),
            "Il reste des poires, des poires, des poires partout.",
            Language::Fr,
            MarkupKind::Plain,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].labels.len(), 2);
    }

    #[test]
    fn names_chants_interjections_and_citations_are_not_warnings() {
        assert!(severities("We sang New York, New York at the end.", Language::En).is_empty());
        assert!(severities("Send it to the Azores, the Azores office.", Language::En).is_empty());
        assert!(severities("Stop, stop, stop shouting.", Language::En).is_empty());
        assert!(severities("Oui, oui. Nous venons.", Language::Fr).is_empty());
        assert!(severities("Frankly, frankly.", Language::En).is_empty());
        assert!(severities("Plus on attend, plus on attend longtemps.", Language::Fr).is_empty());
        // A manner adverb doubled is a figure of style.
        assert!(severities("Slowly, slowly, the kettle warmed.", Language::En).is_empty());
        assert_eq!(
            severities("It was a long, long walk.", Language::En),
            [Severity::Info]
        );
        assert_eq!(
            severities(
                "The menu said \"fresh fish, fresh fish\" twice.",
                Language::En
            ),
            [Severity::Info]
        );
    }

    #[test]
    fn an_opener_capitalised_by_position_is_no_name() {
        assert_eq!(
            severities("Mind you, mind you, the tide turns early.", Language::En),
            [Severity::Warning]
        );
        assert_eq!(
            severities("Et puis, et puis, on repart demain.", Language::Fr),
            [Severity::Warning]
        );
    }

    #[test]
    fn a_comment_adverb_doubled_before_its_sentence_is_a_warning() {
        assert_eq!(
            severities("Frankly, frankly, the rest can wait.", Language::En),
            [Severity::Warning]
        );
        assert_eq!(
            severities(
                "Sérieusement, sérieusement, sérieusement, personne ne lit ça.",
                Language::Fr
            ),
            [Severity::Warning]
        );
    }
}
