//! The promises draftlint makes about its output, as executable checks.
//!
//! draftlint runs unattended on text pasted from anywhere, so every stage's
//! output is checked against what later stages and users rely on: masked
//! text the same length as the source with newlines in place, every span
//! inside the file and on character boundaries, JSON lines and columns that
//! agree with the byte offsets. The fuzz targets (`fuzz/`), the replay of
//! their corpus (`tests/fuzz_corpus.rs`) and the property tests
//! (`tests/properties.rs`) all call these functions, so a violation found by
//! one is a failing test in the others.

pub mod harness;

use crate::diagnostic::Span;
use crate::engine::FileReport;
use crate::markup::Markup;
use crate::text::Document;
use serde_json::Value;

/// What was wrong, for the test or fuzzer that found it.
pub type Violation = String;

/// A span must be ordered, inside `text`, and cut it on character
/// boundaries (else slicing the source panics and columns are wrong).
pub fn check_span(text: &str, span: Span, what: &str) -> Result<(), Violation> {
    if span.start > span.end {
        return Err(format!(
            "{what}: reversed span {}..{}",
            span.start, span.end
        ));
    }
    if span.end > text.len() {
        return Err(format!(
            "{what}: span {}..{} ends past the file ({} bytes)",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "{what}: span {}..{} splits a character",
            span.start, span.end
        ));
    }
    Ok(())
}

/// The masked text keeps the source's length and newlines, holds only
/// source characters or spaces, and blocks, links and comments lie inside.
pub fn check_markup(source: &str, markup: &Markup) -> Result<(), Violation> {
    if markup.masked.len() != source.len() {
        return Err(format!(
            "masked text is {} bytes, source {}",
            markup.masked.len(),
            source.len()
        ));
    }
    // Character references (`&eacute;`) are rewritten in ASCII (see
    // markup::entities); everything else is the source or a space.
    let references = crate::markup::entities::reference_spans(source);
    let mut reference = references.iter().peekable();
    for (i, (s, m)) in source.bytes().zip(markup.masked.bytes()).enumerate() {
        if (s == b'\n') != (m == b'\n') {
            return Err(format!("newline moved at byte {i}"));
        }
        while reference.next_if(|r| r.end <= i).is_some() {}
        let in_reference = reference.peek().is_some_and(|r| r.start <= i);
        if m != s && m != b' ' && !(in_reference && m.is_ascii()) {
            return Err(format!(
                "masked byte {i} is neither the source's, a space, nor ASCII in a character reference"
            ));
        }
    }
    for (i, block) in markup.blocks.iter().enumerate() {
        check_span(source, block.span(), &format!("block {i}"))?;
    }
    // Later layers walk blocks (and the words in them) in order and slice
    // the text between neighbours: an overlap would make that slice run
    // backwards.
    for (i, pair) in markup.blocks.windows(2).enumerate() {
        if pair[1].span().start < pair[0].span().end {
            return Err(format!("block {} overlaps block {i}", i + 1));
        }
    }
    for link in &markup.links {
        check_span(source, link.text, "link text")?;
    }
    for comment in &markup.comments {
        check_span(source, comment.span, "comment")?;
    }
    Ok(())
}

/// Words and sentences lie inside their blocks; word indices are in range.
pub fn check_document(doc: &Document<'_>) -> Result<(), Violation> {
    check_markup(doc.source(), &doc.markup)?;
    let blocks = doc.blocks();
    for (i, word) in doc.words.iter().enumerate() {
        check_span(doc.source(), word.span(), &format!("word {i}"))?;
        let Some(block) = blocks.get(word.block()) else {
            return Err(format!(
                "word {i} names block {} of {}",
                word.block(),
                blocks.len()
            ));
        };
        if !block.span().contains(word.span()) {
            return Err(format!("word {i} lies outside its block"));
        }
        if word.span().is_empty() {
            return Err(format!("word {i} is empty"));
        }
        if i > 0 && doc.words[i - 1].span().end > word.span().start {
            return Err(format!("word {i} starts before word {} ends", i - 1));
        }
    }
    for index in 0..blocks.len() {
        let range = doc.block_words(index);
        if range.start > range.end || range.end > doc.words.len() {
            return Err(format!("block word range {range:?} out of bounds"));
        }
        if doc.words[range].iter().any(|w| w.block() != index) {
            return Err(format!(
                "block {index}'s word range holds another block's words"
            ));
        }
    }
    for (i, (sentence, words)) in doc.sentences_with_words().enumerate() {
        check_span(doc.source(), sentence.span(), &format!("sentence {i}"))?;
        if words.start > words.end || words.end > doc.words.len() {
            return Err(format!("sentence {i} word range out of bounds"));
        }
    }
    let normalized = doc.normalized();
    if normalized.len() != doc.words.len() {
        return Err("normalised words and words differ in number".into());
    }
    Ok(())
}

/// Every span of every diagnostic is inside the file on character
/// boundaries, and diagnostics come in the contract's order.
pub fn check_report(report: &FileReport) -> Result<(), Violation> {
    let Some(source) = report.source.as_deref() else {
        if report.error.is_none() {
            return Err("a report without source must carry an error".into());
        }
        if !report.diagnostics.is_empty() {
            return Err("a failed file must have no diagnostics".into());
        }
        return Ok(());
    };
    for d in &report.diagnostics {
        let what = |part: &str| format!("{} {part}", d.rule);
        check_span(source, d.span, &what("span"))?;
        for label in &d.labels {
            check_span(source, label.span, &what("label"))?;
        }
        for s in &d.suggestions {
            check_span(source, s.span, &what("suggestion"))?;
        }
        if d.message.is_empty() {
            return Err(format!("{} has an empty message", d.rule));
        }
    }
    for pair in report.diagnostics.windows(2) {
        let key = |d: &crate::diagnostic::Diagnostic| (d.span.start, d.rule.clone());
        if key(&pair[0]) > key(&pair[1]) {
            return Err(format!(
                "diagnostics out of order: {} at {} before {} at {}",
                pair[0].rule, pair[0].span.start, pair[1].rule, pair[1].span.start
            ));
        }
    }
    Ok(())
}

/// The JSON object of one file agrees with the report: same number of
/// diagnostics, same offsets, and each line/column is what counting lines
/// and characters in the source up to the offset gives.
pub fn check_file_json(report: &FileReport, file: &Value) -> Result<(), Violation> {
    let source = report.source.as_deref().unwrap_or("");
    let diagnostics = file["diagnostics"]
        .as_array()
        .ok_or("`diagnostics` is not an array")?;
    if diagnostics.len() != report.diagnostics.len() {
        return Err(format!(
            "JSON has {} diagnostics, the report {}",
            diagnostics.len(),
            report.diagnostics.len()
        ));
    }
    for (d, json) in report.diagnostics.iter().zip(diagnostics) {
        check_span_json(source, d.span, &json["span"])?;
        for (label, lj) in d
            .labels
            .iter()
            .zip(json["labels"].as_array().into_iter().flatten())
        {
            check_span_json(source, label.span, &lj["span"])?;
        }
        for (s, sj) in d
            .suggestions
            .iter()
            .zip(json["suggestions"].as_array().into_iter().flatten())
        {
            check_span_json(source, s.span, &sj["span"])?;
        }
    }
    Ok(())
}

fn check_span_json(source: &str, span: Span, json: &Value) -> Result<(), Violation> {
    let field = |name: &str| {
        json[name]
            .as_u64()
            .map(|v| v as usize)
            .ok_or_else(|| format!("span field `{name}` missing in {json}"))
    };
    if field("start")? != span.start || field("end")? != span.end {
        return Err(format!("JSON offsets differ from the report: {json}"));
    }
    // Counted directly rather than through the renderer's index, so a bug
    // in the index cannot agree with itself.
    let (line, column) = naive_line_col(source, span.start);
    let (end_line, end_column) = naive_line_col(source, span.end);
    if (
        field("line")?,
        field("column")?,
        field("end_line")?,
        field("end_column")?,
    ) != (line, column, end_line, end_column)
    {
        return Err(format!(
            "JSON line/column {json} disagree with offsets: expected {line}:{column}-{end_line}:{end_column}"
        ));
    }
    Ok(())
}

/// 1-based line and character column of a byte offset on a boundary.
pub fn naive_line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Diagnostic, Severity};
    use std::path::PathBuf;

    fn report(source: &str, spans: &[(usize, usize)]) -> FileReport {
        FileReport {
            path: PathBuf::from("t.md"),
            source: Some(source.to_string()),
            language: None,
            diagnostics: spans
                .iter()
                .map(|&(s, e)| {
                    Diagnostic::new(
                        "x.y",
                        Category::Style,
                        Severity::Warning,
                        Span { start: s, end: e },
                        "m",
                    )
                })
                .collect(),
            error: None,
        }
    }

    #[test]
    fn spans_out_of_bounds_or_inside_a_character_are_caught() {
        assert!(check_report(&report("été", &[(0, 2), (2, 5)])).is_ok());
        assert!(
            check_report(&report("été", &[(0, 6)]))
                .unwrap_err()
                .contains("past")
        );
        assert!(
            check_report(&report("été", &[(1, 2)]))
                .unwrap_err()
                .contains("splits")
        );
        assert!(
            check_report(&report("été", &[(3, 1)]))
                .unwrap_err()
                .contains("reversed")
        );
        assert!(
            check_report(&report("abc", &[(2, 3), (0, 1)]))
                .unwrap_err()
                .contains("order")
        );
    }

    #[test]
    fn json_positions_are_recounted() {
        let source = "é\r\nle le";
        let r = report(source, &[(7, 9)]);
        let mut file = serde_json::json!({"diagnostics": [{"span": {
            "start": 7, "end": 9, "line": 2, "column": 4, "end_line": 2, "end_column": 6
        }, "labels": [], "suggestions": []}]});
        assert_eq!(check_file_json(&r, &file), Ok(()));
        file["diagnostics"][0]["span"]["column"] = 5.into();
        assert!(check_file_json(&r, &file).is_err());
    }

    #[test]
    fn masked_text_must_keep_length_and_newlines() {
        let source = "a\nb";
        let mut markup = crate::markup::parse(source, crate::markup::MarkupKind::Plain);
        assert_eq!(check_markup(source, &markup), Ok(()));
        markup.masked = "a b".into();
        assert!(check_markup(source, &markup).is_err());
    }
}
