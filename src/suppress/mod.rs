//! Inline suppressions: the pipeline stage after the rules.
//!
//! ```text
//! rules::run ─► suppress::filter ─► render
//! ```
//!
//! Markdown HTML comments (`<!-- draftlint-disable ID -->` and friends, see
//! [`directive`]) remove findings from the part of the file they cover,
//! place by place: a finding that labels every occurrence of a misspelling
//! loses only the occurrences a comment covers (see [`suppress_places`]). A
//! suppression that names no known rule, pack or category, or that removed
//! nothing, is itself reported (`suppression.unknown-rule`,
//! `suppression.unused`): a stale comment hides the next real finding.
//! Those two findings cannot be suppressed inline; a configuration can turn
//! them off like any rule.

pub mod directive;
mod rules;

pub use directive::{Directive, DirectiveKind, parse_directives};
pub use rules::{UNKNOWN_RULE_ID, UNUSED_ID, rules};

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::Comment;
use crate::rules::RuleSet;

/// Whether, and how loudly, the suppression stage reports its own findings.
/// `None`: the rule is off.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reporting {
    pub unknown_rule: Option<Severity>,
    pub unused: Option<Severity>,
}

impl Reporting {
    /// The severities the active rule set gives the two suppression rules.
    pub fn from_rule_set(rules: &RuleSet) -> Self {
        let severity_of = |id: &str| {
            rules
                .rules
                .iter()
                .find(|r| r.rule.meta().id == id)
                .map(|r| r.severity)
        };
        Reporting {
            unknown_rule: severity_of(UNKNOWN_RULE_ID),
            unused: severity_of(UNUSED_ID),
        }
    }
}

/// One covered range of the file for one selector (`None`: every rule).
struct Region {
    selector: Option<String>,
    range: Span,
    /// Which directive and id created it, to report it when unused.
    origin: (usize, Option<usize>),
    used: bool,
}

/// Removes the findings that the file's directives suppress and adds the
/// findings about the directives themselves. `knows` says whether an id
/// names a rule, a pack or a category.
pub fn filter(
    source: &str,
    comments: &[Comment],
    diagnostics: &mut Vec<Diagnostic>,
    knows: &dyn Fn(&str) -> bool,
    reporting: Reporting,
) {
    if comments.is_empty() {
        return;
    }
    let directives = parse_directives(source, comments);
    if directives.is_empty() {
        return;
    }
    let mut findings = Vec::new();
    let known =
        |index: usize, id: Option<usize>| id.is_none_or(|i| knows(&directives[index].ids[i].id));
    let mut regions = regions(source, &directives, &mut |index, id| {
        // An `enable` that closes nothing.
        if let Some(severity) = reporting.unused
            && known(index, id)
        {
            findings.push(unused(&directives[index], id, severity));
        }
    });

    let kept: Vec<Diagnostic> = std::mem::take(diagnostics)
        .into_iter()
        .filter_map(|d| suppress_places(source, d, &mut regions))
        .collect();
    *diagnostics = kept;

    for (index, directive) in directives.iter().enumerate() {
        for (i, id) in directive.ids.iter().enumerate() {
            if knows(&id.id) {
                continue;
            }
            if let Some(severity) = reporting.unknown_rule {
                findings.push(
                    Diagnostic::new(
                        UNKNOWN_RULE_ID,
                        Category::Style,
                        severity,
                        id.span,
                        format!("`{}` names no rule, pack or category", id.id),
                    )
                    .with_help("`draftlint rules` lists the rule ids")
                    .with_label(
                        directive.span,
                        format!("in this `{}` comment", directive.kind.keyword()),
                    ),
                );
            }
            // Suppressing with an unknown id is reported once, as unknown.
            regions.retain(|r| r.origin != (index, Some(i)));
        }
    }
    if let Some(severity) = reporting.unused {
        // Several ids of one directive each count on their own.
        let mut seen = std::collections::HashSet::new();
        for region in &regions {
            if !region.used && seen.insert(region.origin) {
                let (index, id) = region.origin;
                findings.push(unused(&directives[index], id, severity));
            }
        }
    }
    diagnostics.extend(findings);
    crate::diagnostic::sort_diagnostics(diagnostics);
}

/// Applies the regions to one finding, place by place: its primary span
/// and each label on another occurrence of the same defect. Returns what is
/// left of it, or `None` when every place is suppressed. Each region that
/// covers a place counts as used.
///
/// - A suppressed occurrence label goes, with the suggestions on it.
/// - A suppressed primary span gives way to the first occurrence left,
///   which becomes the primary span; the suggestions written for the old
///   primary move with it when both places hold the same text.
/// - A message that states the number of places is restated.
fn suppress_places(source: &str, mut d: Diagnostic, regions: &mut [Region]) -> Option<Diagnostic> {
    let selected: Vec<usize> = (0..regions.len())
        .filter(|&i| {
            regions[i]
                .selector
                .as_deref()
                .is_none_or(|s| selects(s, &d))
        })
        .collect();
    if selected.is_empty() {
        return Some(d);
    }
    let mut covered = |span: Span| {
        let mut hit = false;
        for &i in &selected {
            let region = &mut regions[i];
            if region.range.start <= span.start && span.start < region.range.end {
                region.used = true;
                hit = true;
            }
        }
        hit
    };
    let primary_suppressed = covered(d.span);
    let mut gone: Vec<Span> = Vec::new();
    d.labels.retain(|label| {
        let suppressed = label.occurrence && covered(label.span);
        if suppressed {
            gone.push(label.span);
        }
        !suppressed
    });
    if primary_suppressed {
        let next = d.labels.iter().position(|l| l.occurrence)?;
        let old = d.span;
        d.span = d.labels.remove(next).span;
        gone.push(old);
        let has_own = d.suggestions.iter().any(|s| s.span.overlaps(d.span));
        let same_text = source.get(old.range()) == source.get(d.span.range());
        for suggestion in &mut d.suggestions {
            if suggestion.span == old && !has_own && same_text {
                suggestion.span = d.span;
            }
        }
    }
    if gone.is_empty() {
        return Some(d);
    }
    d.suggestions.retain(|s| {
        !gone
            .iter()
            .any(|g| g.overlaps(s.span) || g.contains(s.span))
    });
    if let Some(count) = &mut d.count {
        count.places = count.places.saturating_sub(gone.len()).max(1);
        d.message = count.message();
    }
    Some(d)
}

fn unused(directive: &Directive, id: Option<usize>, severity: Severity) -> Diagnostic {
    let (span, what) = match id {
        Some(i) => (directive.ids[i].span, format!("`{}`", directive.ids[i].id)),
        None => (directive.span, "every rule".to_string()),
    };
    let message = match directive.kind {
        DirectiveKind::Enable => {
            format!("`draftlint-enable` of {what} ends no earlier `draftlint-disable`")
        }
        kind => format!("`{}` of {what} suppresses nothing", kind.keyword()),
    };
    Diagnostic::new(UNUSED_ID, Category::Style, severity, span, message).with_help(
        "delete the comment (or this id): a stale suppression would hide the next real finding",
    )
}

/// Whether a selector names the diagnostic's rule: its id, its pack or its
/// category.
fn selects(selector: &str, d: &Diagnostic) -> bool {
    selector == d.rule
        || d.rule
            .strip_prefix(selector)
            .is_some_and(|rest| rest.starts_with('.'))
        || selector == d.category.as_str()
}

/// Turns directives into covered ranges. `unmatched_enable` is told about
/// each id of an `enable` that closes nothing.
fn regions(
    source: &str,
    directives: &[Directive],
    unmatched_enable: &mut dyn FnMut(usize, Option<usize>),
) -> Vec<Region> {
    let mut done = Vec::new();
    let mut open: Vec<Region> = Vec::new();
    let selectors = |d: &Directive| -> Vec<(Option<String>, Option<usize>)> {
        if d.ids.is_empty() {
            vec![(None, None)]
        } else {
            d.ids
                .iter()
                .enumerate()
                .map(|(i, id)| (Some(id.id.clone()), Some(i)))
                .collect()
        }
    };
    for (index, d) in directives.iter().enumerate() {
        match d.kind {
            DirectiveKind::Disable => {
                for (selector, id) in selectors(d) {
                    open.push(Region {
                        selector,
                        range: Span::new(d.span.end, source.len()),
                        origin: (index, id),
                        used: false,
                    });
                }
            }
            DirectiveKind::Enable => {
                if d.ids.is_empty() {
                    if open.is_empty() {
                        unmatched_enable(index, None);
                    }
                    for mut region in open.drain(..) {
                        region.range.end = d.span.start;
                        done.push(region);
                    }
                } else {
                    for (i, id) in d.ids.iter().enumerate() {
                        let before = open.len();
                        let (closed, still_open): (Vec<Region>, Vec<Region>) = open
                            .drain(..)
                            .partition(|r| r.selector.as_deref() == Some(id.id.as_str()));
                        open = still_open;
                        if before == open.len() {
                            unmatched_enable(index, Some(i));
                        }
                        for mut region in closed {
                            region.range.end = d.span.start;
                            done.push(region);
                        }
                    }
                }
            }
            DirectiveKind::DisableNextLine => {
                let range = next_line(source, d.span.end);
                for (selector, id) in selectors(d) {
                    done.push(Region {
                        selector,
                        range,
                        origin: (index, id),
                        used: false,
                    });
                }
            }
            DirectiveKind::DisableFile => {
                for (selector, id) in selectors(d) {
                    done.push(Region {
                        selector,
                        range: Span::new(0, source.len()),
                        origin: (index, id),
                        used: false,
                    });
                }
            }
        }
    }
    done.extend(open);
    done
}

/// The line after the one that contains `offset`, without its line ending.
fn next_line(source: &str, offset: usize) -> Span {
    let Some(newline) = source[offset..].find('\n') else {
        return Span::new(source.len(), source.len());
    };
    let start = offset + newline + 1;
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    Span::new(start, end)
}

/// The suppression stage for a document: what the engine calls after the
/// rules.
pub fn apply(
    source: &str,
    comments: &[Comment],
    diagnostics: &mut Vec<Diagnostic>,
    catalogue: &crate::rules::Catalogue,
    rules: &RuleSet,
) {
    filter(
        source,
        comments,
        diagnostics,
        &|id| catalogue.knows_selector(id),
        Reporting::from_rule_set(rules),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};

    fn finding(source: &str, word: &str, rule: &str) -> Diagnostic {
        let start = source.find(word).expect("word in source");
        Diagnostic::new(
            rule,
            Category::Repetition,
            Severity::Warning,
            Span::new(start, start + word.len()),
            "m",
        )
    }

    fn run(source: &str, found: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let markup = markup::parse(source, MarkupKind::Markdown);
        let mut diagnostics = found;
        let reporting = Reporting {
            unknown_rule: Some(Severity::Warning),
            unused: Some(Severity::Warning),
        };
        filter(
            source,
            &markup.comments,
            &mut diagnostics,
            &|id| id.starts_with("repetition") || id == "promo.read-more",
            reporting,
        );
        diagnostics
    }

    fn rules_of(d: &[Diagnostic]) -> Vec<&str> {
        d.iter().map(|d| d.rule.as_str()).collect()
    }

    #[test]
    fn next_line_covers_only_the_next_line() {
        let src =
            "<!-- draftlint-disable-next-line repetition.doubled-word -->\nfirst XX\n\nsecond YY\n";
        let out = run(
            src,
            vec![
                finding(src, "XX", "repetition.doubled-word"),
                finding(src, "YY", "repetition.doubled-word"),
            ],
        );
        assert_eq!(out.len(), 1);
        assert_eq!(&src[out[0].span.range()], "YY");
    }

    #[test]
    fn disable_until_enable_and_pack_selectors() {
        let src = "one XX\n\n<!-- draftlint-disable repetition -->\n\ntwo YY\n\n<!-- draftlint-enable -->\n\nthree ZZ\n";
        let out = run(
            src,
            vec![
                finding(src, "XX", "repetition.doubled-word"),
                finding(src, "YY", "repetition.doubled-word"),
                finding(src, "ZZ", "repetition.doubled-word"),
            ],
        );
        let texts: Vec<&str> = out.iter().map(|d| &src[d.span.range()]).collect();
        assert_eq!(texts, vec!["XX", "ZZ"]);
    }

    #[test]
    fn unknown_and_unused_ids_are_reported() {
        let src = "<!-- draftlint-disable-file promo.read-more, nosuch.rule -->\n\ntext XX\n";
        let out = run(src, vec![finding(src, "XX", "repetition.doubled-word")]);
        assert_eq!(
            rules_of(&out),
            vec![UNUSED_ID, UNKNOWN_RULE_ID, "repetition.doubled-word"]
        );
        assert_eq!(&src[out[0].span.range()], "promo.read-more");
        assert_eq!(&src[out[1].span.range()], "nosuch.rule");
    }

    #[test]
    fn each_place_of_a_repeated_finding_is_suppressed_on_its_own() {
        let src = "AA one\n\n<!-- draftlint-disable-next-line repetition -->\nAA two\n\nAA three\n";
        let at = |n: usize| {
            let start = src.match_indices("AA").nth(n).unwrap().0;
            Span::new(start, start + 2)
        };
        let count = crate::diagnostic::Count::new(3, "`AA` once", "`AA` appears ", " times");
        let found = Diagnostic::new(
            "repetition.phrase",
            Category::Repetition,
            Severity::Warning,
            at(0),
            "",
        )
        .with_count(count)
        .with_occurrence(at(1), "2nd")
        .with_occurrence(at(2), "3rd")
        .with_suggestion(at(1), "BB", false);
        let out = run(src, vec![found]);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].message, "`AA` appears 2 times");
        assert_eq!(out[0].span, at(0));
        let labels: Vec<Span> = out[0].labels.iter().map(|l| l.span).collect();
        assert_eq!(labels, vec![at(2)]);
        assert!(
            out[0].suggestions.is_empty(),
            "the suppressed place's fix stays"
        );
    }

    #[test]
    fn a_context_label_is_not_a_place_of_its_own() {
        let src = "<!-- draftlint-disable-next-line repetition -->\nfirst XX\n\nsecond YY\n";
        let xx = src.find("XX").unwrap();
        let found = finding(src, "YY", "repetition.doubled-word")
            .with_label(Span::new(xx, xx + 2), "first written here");
        let out = run(src, vec![found]);
        assert_eq!(rules_of(&out), vec![UNUSED_ID, "repetition.doubled-word"]);
    }

    #[test]
    fn enable_without_disable_is_unused() {
        let src = "text\n\n<!-- draftlint-enable repetition -->\n";
        assert_eq!(rules_of(&run(src, vec![])), vec![UNUSED_ID]);
    }
}
