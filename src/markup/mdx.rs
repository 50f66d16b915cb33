//! MDX: Markdown with JSX (Docusaurus, Astro, Next.js content).
//!
//! Three things in MDX are not Markdown:
//!
//! - `import`/`export` statements at the start of a line, up to the next
//!   blank line: code;
//! - `{…}` JavaScript expressions, in text or in attributes
//!   (`data={[1, 2]}`), comments `{/* … */}` included: code;
//! - JSX elements (`<Chart />`, `<Tabs>…</Tabs>`): tags, whose text
//!   children are prose.
//!
//! pulldown-cmark reads JSX elements as inline or block HTML, which the
//! HTML reader handles (tags masked, children read, prose attributes
//! captioned). The statements and expressions are found here, outside
//! fenced code and inline code, and handed over twice: as a *view* of the
//! source where their bytes are `x` (so the Markdown and HTML parsers never
//! see a `{`, `<` or `>` inside them, yet offsets are unchanged), and as
//! [`Construct`]s to mask afterwards.

use super::constructs::{Construct, stands_alone};
use crate::diagnostic::Span;

/// An expression longer than this, or one that meets a blank line before
/// its closing brace, is a stray `{` in the text.
const MAX_EXPRESSION_BYTES: usize = 8192;

pub struct MdxScan {
    /// The source with statements and expressions replaced by `x`
    /// (newlines kept).
    pub view: String,
    pub constructs: Vec<Construct>,
}

/// Scans `source` from `start` (after the front matter), line by line;
/// an expression may run over several lines, and scanning resumes after it.
pub fn scan(source: &str, start: usize) -> MdxScan {
    let bytes = source.as_bytes();
    let mut constructs = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    let mut after_blank = true;
    // `at` is always at a line start, or just after an expression.
    let mut at = start;
    while at < source.len() {
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        let at_line_start = at == line_start;
        if at_line_start {
            let line = &source[line_start..line_end];
            let indent = line.len() - line.trim_start_matches(' ').len();
            let trimmed = line.trim_start_matches(' ');
            let marker = if indent <= 3 { fence_of(trimmed) } else { None };
            match (fence, marker) {
                (None, Some(opening)) => fence = Some(opening),
                (Some((c, n)), Some((c2, n2)))
                    if c == c2 && n2 >= n && trimmed.trim_end().bytes().all(|b| b == c) =>
                {
                    fence = None
                }
                _ => {}
            }
            if fence.is_some() || marker.is_some() {
                at = line_end + 1;
                continue;
            }
            if after_blank && indent == 0 && is_statement(line) {
                let end = statement_end(source, line_end);
                constructs.push(Construct {
                    span: Span::new(line_start, end),
                    block_level: true,
                    prose: Vec::new(),
                });
                at = end + 1;
                after_blank = false;
                continue;
            }
            after_blank = line.trim().is_empty();
        }
        // Expressions from `at` to the end of the line, inline code skipped.
        let mut i = at;
        at = line_end + 1;
        while i < line_end {
            match bytes[i] {
                b'`' => {
                    let run = source[i..line_end]
                        .bytes()
                        .take_while(|&b| b == b'`')
                        .count();
                    let ticks = &source[i..i + run];
                    i = source[i + run..line_end]
                        .find(ticks)
                        .map_or(i + run, |p| i + run + p + run);
                }
                b'{' => {
                    // A `{` that never closes is an MDX syntax error: the
                    // braces up to where the search gave up are not tried
                    // again (which keeps a flood of `{` linear).
                    let end = match expression_end(source, i) {
                        Ok(end) => {
                            let span = Span::new(i, end);
                            constructs.push(Construct {
                                span,
                                block_level: stands_alone(source, span),
                                prose: Vec::new(),
                            });
                            end
                        }
                        Err(gave_up) => gave_up.max(i + 1),
                    };
                    if end > line_end {
                        // It ran onto later lines: go on after it.
                        at = end;
                        break;
                    }
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
    let mut view = source.as_bytes().to_vec();
    for construct in &constructs {
        for b in &mut view[construct.span.range()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b'x';
            }
        }
    }
    MdxScan {
        view: String::from_utf8(view).expect("only ASCII bytes were written over whole characters"),
        constructs,
    }
}

/// A statement runs from its first line to the next blank line: the end
/// of its last line.
fn statement_end(source: &str, first_line_end: usize) -> usize {
    let mut end = first_line_end;
    while end < source.len() {
        let next_end = source[end + 1..]
            .find('\n')
            .map_or(source.len(), |i| end + 1 + i);
        if source[end + 1..next_end].trim().is_empty() {
            break;
        }
        end = next_end;
    }
    end
}

fn is_statement(line: &str) -> bool {
    ["import ", "import{", "export ", "export{"]
        .iter()
        .any(|k| line.starts_with(k))
}

/// ```` ``` ```` or `~~~` (three or more) opening a fenced code block.
fn fence_of(line: &str) -> Option<(u8, usize)> {
    let c = *line.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = line.bytes().take_while(|&b| b == c).count();
    (n >= 3).then_some((c, n))
}

/// The end (after `}`) of the JavaScript expression opening at `open`:
/// braces balanced, strings and comments skipped. `Err` holds where the
/// search gave up (a blank line, a string cut by a line end, the length
/// limit, the end of the file).
fn expression_end(source: &str, open: usize) -> Result<usize, usize> {
    let bytes = source.as_bytes();
    let limit = (open + MAX_EXPRESSION_BYTES).min(bytes.len());
    let mut depth = 0usize;
    let mut i = open;
    let mut line_blank = false;
    while i < limit {
        let b = bytes[i];
        match b {
            b'\n' => {
                if line_blank {
                    return Err(i);
                }
                line_blank = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            _ => line_blank = false,
        }
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i + 1);
                }
            }
            b'"' | b'\'' | b'`' => {
                i += 1;
                while i < limit && bytes[i] != b {
                    if bytes[i] == b'\\' {
                        i += 1;
                    } else if bytes[i] == b'\n' && b != b'`' {
                        return Err(i);
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let close = source[i + 2..limit].find("*/").ok_or(limit)?;
                i += 2 + close + 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = source[i..limit].find('\n').map_or(limit, |p| i + p) - 1;
            }
            _ => {}
        }
        i += 1;
    }
    Err(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        scan(text, 0)
            .constructs
            .iter()
            .map(|c| &text[c.span.range()])
            .collect()
    }

    #[test]
    fn statements_and_expressions() {
        let text = "import Chart from '../components/Chart'\nimport {Tabs} from 'x'\n\n# Titre\n\nLe total est {props.total} euros.\n\n<Chart data={[1, 2]} />\n\n{/* une note, don't */}\n";
        assert_eq!(
            spans(text),
            [
                "import Chart from '../components/Chart'\nimport {Tabs} from 'x'",
                "{props.total}",
                "{[1, 2]}",
                "{/* une note, don't */}",
            ]
        );
        let view = scan(text, 0).view;
        assert_eq!(view.len(), text.len());
        assert!(view.contains("<Chart data=xxxxxxxx />"));
    }

    #[test]
    fn code_is_left_alone() {
        let text = "```js\nimport x from 'y'\nconst a = {b};\n```\n\nDu `{code}` ici.\n";
        assert!(spans(text).is_empty());
    }

    #[test]
    fn stray_braces_are_text() {
        assert!(spans("Un { sans fin.\n\nAutre } paragraphe.\n").is_empty());
    }
}
