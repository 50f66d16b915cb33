//! One defect, one family. A page's cut leaves a stem (`… the best pie in
//! the coun`) that the spelling rules report as an unknown word and the
//! truncation rules as a cut: two findings, one in the wrong family, for a
//! single defect whose fix is to restore or delete the excerpt, not to
//! correct a word. Where a truncation finding claims the word, the spelling
//! finding goes.
//!
//! Likewise a page's prompt line often chains two leftovers ("Liked this
//! guide? Tell us in the comments."): the rule that reads the whole line
//! reports it, and a finding of another promo rule inside that span is the
//! same line reported twice, to be deleted by the same fix.
//!
//! The generated rules overlap the same way: a blank in capitals is both a
//! placeholder and a template field, a chatbot's handover at the top of the
//! draft both an opening and a handover. One blank, one finding.
//!
//! And a line another family reports as a whole (a newsletter's footer, a
//! sign-up prompt, a template's unfilled title) ends as a widget or a blank
//! ends, not as a paragraph cut: its missing full stop is no second defect.
//!
//! Nor is a step's label with nothing after it (`Step 3:`) both an empty
//! item and a line cut after its separator: the structure finding stays.

use crate::diagnostic::{Category, Diagnostic, Span};
use crate::rules::leftovers::is_a_row;
use crate::rules::truncation::{is_a_cut_month, stops_without_a_mark};
use crate::text::Language;

/// Rules that read a line's missing end as a cut.
const UNFINISHED_LINE_RULES: &[&str] = &["truncation.unfinished-paragraph"];

/// The rule reporting a photo credit left in the text.
const PHOTO_CREDIT_RULE: &str = "promo.photo-credit";

/// Families whose findings claim a line as a widget or a blank.
const LINE_OWNING_FAMILIES: &[Category] = &[Category::Promo, Category::Generated];

/// Drops an unfinished-paragraph finding on a line that a promo or
/// generated finding owns: one opening the line, or one spanning the end
/// the truncation finding reports. The cut stays where the page cut a
/// title: a line ending on a stem (run before
/// [`drop_spelling_of_cut_words`], which then drops the stem's spelling
/// finding), a title after a row separator, or a title a label
/// introduces that stops on a word no sentence ends on.
pub fn drop_unfinished_lines_of_other_families(
    source: &str,
    language: Language,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let owners: Vec<Span> = diagnostics
        .iter()
        .filter(|d| LINE_OWNING_FAMILIES.contains(&d.category))
        .map(|d| d.span)
        .collect();
    // A photo credit owns the caption it names, not a cut inside it: a
    // credit ends on a name or a date, never on a lowercase word the
    // truncation rules read as cut (`Photo : la ruche …, install`).
    let credits: Vec<Span> = diagnostics
        .iter()
        .filter(|d| d.rule == PHOTO_CREDIT_RULE)
        .map(|d| d.span)
        .collect();
    if owners.is_empty() {
        return;
    }
    let spelling: Vec<Span> = diagnostics
        .iter()
        .filter(|d| d.category == Category::Spelling)
        .map(|d| d.span)
        .collect();
    let line_start = |at: usize| source[..at].rfind('\n').map_or(0, |i| i + 1);
    let first_char = |at: usize| {
        let start = line_start(at);
        start + (source[start..].len() - source[start..].trim_start().len())
    };
    diagnostics.retain(|d| {
        if !UNFINISHED_LINE_RULES.contains(&d.rule.as_str()) {
            return true;
        }
        let line = line_start(d.span.start);
        let line_end = source[d.span.start..]
            .find('\n')
            .map_or(source.len(), |i| d.span.start + i);
        // A line that stops on a stem some spelling finding reports was
        // cut, whoever owns it: no button ends on `tak`.
        let ends_on_a_stem = spelling.iter().any(|word| d.span.contains(*word));
        // A label opening a row of other articles' titles ("More news:
        // <title> | <title>") owns the label, not the last title: a
        // title cut short there is a cut all the same.
        let in_a_later_title =
            |owner: &Span| owner.end <= d.span.start && is_a_row(&source[owner.end..d.span.start]);
        let cut_in_a_credit = source[d.span.start..d.span.end].starts_with(char::is_lowercase)
            && credits.iter().any(|credit| credit.contains(d.span));
        // A date cut after its day number (`… ouvertes jusqu'au 10 ma`)
        // is a cut inside the banner that owns the line.
        let cuts_a_date = {
            let words: Vec<&str> = source[line..d.span.end].split_whitespace().collect();
            words.split_last().is_some_and(|(word, before)| {
                is_a_cut_month(&before[before.len().saturating_sub(3)..], word)
            })
        };
        ends_on_a_stem
            || cut_in_a_credit
            || cuts_a_date
            || !owners.iter().any(|owner| {
                owner.contains(d.span)
                    || (owner.start >= line
                        && owner.start <= line_end
                        && owner.start == first_char(line)
                        && !in_a_later_title(owner)
                        && !cuts_a_title(source, *owner, d.span, language))
            })
    });
}

/// Whether a label opening a line (`Read next: <title>`, `Lire aussi →
/// <title>`) introduces the title that the truncation finding (`cut`)
/// ends, and that title stops on a word no sentence ends on (`… and
/// what it means for`): the page cut the title, which the label does not
/// own. A title ending on a noun ends as titles do.
fn cuts_a_title(source: &str, label: Span, cut: Span, language: Language) -> bool {
    if label.end > cut.start {
        return false;
    }
    let between = &source[label.end..cut.start];
    let introduces = between
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
        .starts_with([':', '→', '›', '»', '—', '–', '➝', '➜']);
    let word = source[cut.range()].trim_end_matches(|c: char| !c.is_alphanumeric());
    let previous = between
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .rfind(|w| !w.is_empty());
    introduces && stops_without_a_mark(previous, word, language)
}

/// Drops a truncation finding on a line that ends on its separator (`Step
/// 3:`, `3. —`) when a structure finding reports the same line: an item
/// or a step with a label and nothing after it is an empty item, one
/// defect, whose fix is to write it or delete it (the structure family's).
/// A line cut after words (`## Open studios, 4–7 Septe` with nothing
/// under it) keeps both: its cut and its empty section are two defects.
pub fn drop_cuts_of_empty_items(source: &str, diagnostics: &mut Vec<Diagnostic>) {
    let empty: Vec<Span> = diagnostics
        .iter()
        .filter(|d| d.category == Category::Structure)
        .map(|d| crate::text::lines_around(source, d.span))
        .collect();
    if empty.is_empty() {
        return;
    }
    diagnostics.retain(|d| {
        if d.category != Category::Truncation {
            return true;
        }
        let line = crate::text::lines_around(source, d.span);
        let ends_on_separator = source[line.range()]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
            .ends_with([':', '—', '–', '-', '→', '|']);
        !(ends_on_separator && empty.iter().any(|e| e.overlaps(line)))
    });
}

/// Drops the spelling findings that lie inside a truncation finding's span.
pub fn drop_spelling_of_cut_words(diagnostics: &mut Vec<Diagnostic>) {
    let cuts: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.category == Category::Truncation)
        .map(|d| d.span)
        .collect();
    if cuts.is_empty() {
        return;
    }
    diagnostics.retain(|d| {
        d.category != Category::Spelling || !cuts.iter().any(|cut| cut.contains(d.span))
    });
}

/// Drops the promo findings that lie inside another promo finding's span
/// (of the same span, the first one stays).
pub fn drop_promo_inside_promo(diagnostics: &mut Vec<Diagnostic>) {
    drop_inside_same_category(diagnostics, Category::Promo, false);
}

/// Drops the generated findings that lie inside another generated
/// finding's span (of the same span, the first one stays).
pub fn drop_generated_inside_generated(diagnostics: &mut Vec<Diagnostic>) {
    drop_inside_same_category(diagnostics, Category::Generated, true);
}

/// With `keep_wider_labels`, a finding whose other occurrences lie outside
/// the outer span stays.
fn drop_inside_same_category(
    diagnostics: &mut Vec<Diagnostic>,
    category: Category,
    keep_wider_labels: bool,
) {
    let found: Vec<(usize, crate::diagnostic::Span)> = diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| d.category == category)
        .map(|(i, d)| (i, d.span))
        .collect();
    if found.len() < 2 {
        return;
    }
    // A generated finding whose other occurrences ("also here" labels) lie
    // outside the outer span reports more than the outer finding does:
    // dropping it would lose them ("I hope this guide helps! Ask me for
    // more": the wish is one finding, the offer after it a label of the
    // other).
    let inside = |i: usize, d: &Diagnostic| {
        found.iter().any(|&(j, outer)| {
            j != i
                && outer.contains(d.span)
                && (outer != d.span || j < i)
                && (!keep_wider_labels || d.labels.iter().all(|l| outer.contains(l.span)))
        })
    };
    let mut index = 0;
    diagnostics.retain(|d| {
        let keep = d.category != category || !inside(index, d);
        index += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Severity, Span};

    fn finding(rule: &str, category: Category, start: usize, end: usize) -> Diagnostic {
        Diagnostic::new(
            rule,
            category,
            Severity::Warning,
            Span::new(start, end),
            "m",
        )
    }

    /// Each finding left, as its rule and where it starts.
    fn rules_and_starts(found: &[Diagnostic]) -> Vec<(&str, usize)> {
        found
            .iter()
            .map(|d| (d.rule.as_str(), d.span.start))
            .collect()
    }

    #[test]
    fn an_empty_step_is_the_structure_family_s_and_a_cut_heading_keeps_its_cut() {
        let source = "Step 2: bring your ID.\nStep 3:\n## Open studios, 4–7 Septe\nText.";
        let at = |s: &str| source.find(s).unwrap();
        let mut found = vec![
            finding(
                "structure.empty-section",
                Category::Structure,
                at("Step 3"),
                at("Step 3") + 7,
            ),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                at("Step 3:") + 6,
                at("Step 3:") + 7,
            ),
            finding(
                "structure.empty-section",
                Category::Structure,
                at("Open"),
                at("Septe") + 5,
            ),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                at("Septe"),
                at("Septe") + 5,
            ),
        ];
        drop_cuts_of_empty_items(source, &mut found);
        assert_eq!(
            rules_and_starts(&found),
            [
                ("structure.empty-section", at("Step 3")),
                ("structure.empty-section", at("Open")),
                ("truncation.unfinished-paragraph", at("Septe")),
            ]
        );
    }

    #[test]
    fn the_cut_keeps_the_word_and_other_misspellings_stay() {
        let mut found = vec![
            finding("spelling.unknown-word", Category::Spelling, 10, 14),
            finding("truncation.cut-teaser", Category::Truncation, 10, 17),
            finding("spelling.unknown-word", Category::Spelling, 30, 35),
            finding("repetition.doubled-word", Category::Repetition, 11, 13),
        ];
        drop_spelling_of_cut_words(&mut found);
        let rules = rules_and_starts(&found);
        assert_eq!(
            rules,
            vec![
                ("truncation.cut-teaser", 10),
                ("spelling.unknown-word", 30),
                ("repetition.doubled-word", 11),
            ]
        );
    }

    #[test]
    fn a_prompt_inside_a_promo_line_is_the_line_s_finding() {
        let mut found = vec![
            finding("promo.reader-prompt", Category::Promo, 10, 60),
            finding("promo.comment-invite", Category::Promo, 28, 60),
            finding("promo.share", Category::Promo, 70, 80),
            finding("promo.widget-line", Category::Promo, 70, 80),
            finding("promo.share-bar", Category::Promo, 75, 90),
            finding("spelling.unknown-word", Category::Spelling, 30, 35),
        ];
        drop_promo_inside_promo(&mut found);
        let rules = rules_and_starts(&found);
        assert_eq!(
            rules,
            vec![
                ("promo.reader-prompt", 10),
                ("promo.share", 70),
                ("promo.share-bar", 75),
                ("spelling.unknown-word", 30),
            ]
        );
    }

    #[test]
    fn a_line_another_family_owns_is_no_paragraph_cut() {
        let source = "Sign up for our weekly letter and never miss a story from\n\
                      A paragraph of ours that a footer closes | Manage preferences\n\
                      A paragraph cut before its end with no owner of its line at\n";
        let at = |text: &str| source.find(text).unwrap();
        let (from, footer, preferences) = (at("from"), at("| Manage"), at("preferences"));
        let (third, last) = (at("A paragraph cut"), at("at\n"));
        let mut found = vec![
            finding("promo.subscribe", Category::Promo, 0, 7),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                from,
                from + 4,
            ),
            finding(
                "promo.widget-line",
                Category::Promo,
                footer,
                preferences + 11,
            ),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                preferences,
                preferences + 11,
            ),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                last,
                last + 2,
            ),
            finding(
                "spelling.unknown-word",
                Category::Spelling,
                third,
                third + 1,
            ),
        ];
        drop_unfinished_lines_of_other_families(source, Language::En, &mut found);
        let rules = rules_and_starts(&found);
        assert_eq!(
            rules,
            vec![
                ("promo.subscribe", 0),
                ("promo.widget-line", footer),
                ("truncation.unfinished-paragraph", last),
                ("spelling.unknown-word", third),
            ]
        );
    }

    /// A label introducing a title does not own the title's end: a title
    /// stopping on `for` was cut, one stopping on a noun ends as titles do.
    #[test]
    fn a_title_after_a_label_cut_on_a_preposition_keeps_its_cut() {
        for (source, kept) in [
            (
                "Up next: How the old mill was saved, and what it cost for\n",
                true,
            ),
            (
                "Up next: How the old mill was saved by its neighbours\n",
                false,
            ),
            ("Sign up now and get the best of our stories for\n", false),
        ] {
            let line = source.trim_end();
            let word = line.rfind(' ').unwrap() + 1;
            let mut found = vec![
                finding("promo.read-also", Category::Promo, 0, 7),
                finding(
                    "truncation.unfinished-paragraph",
                    Category::Truncation,
                    word,
                    line.len(),
                ),
            ];
            drop_unfinished_lines_of_other_families(source, Language::En, &mut found);
            assert_eq!(found.len() == 2, kept, "{source:?}");
        }
    }

    /// A row of titles is promo's, and the title cut on a stem at its end
    /// is a cut all the same: the stem's spelling finding shows it.
    #[test]
    fn a_line_ending_on_a_stem_keeps_its_cut() {
        let source = "Also asked: Who pays the notary? · Can a tenant refuse a visi
";
        let stem = source.find("visi").unwrap();
        let mut found = vec![
            finding(
                "promo.similar-topics-row",
                Category::Promo,
                0,
                source.len() - 1,
            ),
            finding(
                "truncation.unfinished-paragraph",
                Category::Truncation,
                stem,
                stem + 4,
            ),
            finding("spelling.unknown-word", Category::Spelling, stem, stem + 4),
        ];
        drop_unfinished_lines_of_other_families(source, Language::En, &mut found);
        drop_spelling_of_cut_words(&mut found);
        assert_eq!(
            rules_and_starts(&found),
            vec![
                ("promo.similar-topics-row", 0),
                ("truncation.unfinished-paragraph", stem),
            ]
        );
    }

    #[test]
    fn a_blank_read_by_two_generated_rules_is_one_finding() {
        let mut found = vec![
            finding("generated.placeholder", Category::Generated, 10, 30),
            finding("generated.template-field", Category::Generated, 10, 30),
            finding("generated.chat-opener", Category::Generated, 40, 90),
            finding("generated.chat-handover", Category::Generated, 40, 80),
            finding("promo.widget-line", Category::Promo, 10, 30),
        ];
        drop_generated_inside_generated(&mut found);
        let rules = rules_and_starts(&found);
        assert_eq!(
            rules,
            vec![
                ("generated.placeholder", 10),
                ("generated.chat-opener", 40),
                ("promo.widget-line", 10),
            ]
        );
    }

    #[test]
    fn a_generated_finding_with_an_occurrence_outside_stays() {
        let mut labelled = finding("generated.chat-closer", Category::Generated, 10, 30);
        labelled.labels.push(crate::diagnostic::Label {
            span: Span::new(32, 50),
            message: "also here".into(),
            occurrence: true,
        });
        let mut found = vec![
            finding("generated.closing-wish", Category::Generated, 10, 30),
            labelled,
        ];
        drop_generated_inside_generated(&mut found);
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
