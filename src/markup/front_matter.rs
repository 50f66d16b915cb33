//! Front matter: the YAML (`---`), TOML (`+++`) or JSON (`{ … }`) header
//! of a Markdown or MDX page, as Hugo, Jekyll, Eleventy, Astro and
//! Docusaurus read it.
//!
//! Its top-level string fields are kept with the byte span of their value
//! (findings on a title point at the title's own line), and the configured
//! prose fields (`title`, `description`, `summary`) are unmasked as
//! [`BlockKind::Caption`] blocks. Full YAML is not needed for that, and no
//! YAML crate gives byte offsets: this reads maps line by line — `key:
//! plain`, `'single'` and `"double"` quoted values, `|` and `>` block
//! scalars, indented continuation lines, nested maps named with their
//! parents (`params.description`, up to four levels) — and skips
//! everything else (lists, flow collections, anchors). TOML reads `key =
//! "…"` and `'…'`, in `[tables]` too (`params.description`), never in
//! arrays of tables; JSON the string members of the top-level object.

use super::{Block, BlockKind, MetaField, Metadata, mask, trim_blank, unmask};
use crate::diagnostic::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Toml,
    Json,
}

/// One top-level string field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub meta: MetaField,
    /// The pieces of the value that are text (one per line of a block
    /// scalar), without quotes.
    pub pieces: Vec<Span>,
    /// Escape backslashes inside the pieces, masked from the prose.
    pub escapes: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// From the opening delimiter to the end of the closing one's line.
    pub span: Span,
    pub format: Format,
    pub fields: Vec<Field>,
}

/// The front matter at the start of `source`, if there is one.
pub fn find(source: &str) -> Option<FrontMatter> {
    let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &source[bom..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let first = rest[..first_line_end].trim_end();
    let (format, closers): (Format, &[&str]) = match first {
        "---" => (Format::Yaml, &["---", "..."]),
        "+++" => (Format::Toml, &["+++"]),
        _ if rest.starts_with('{') => return find_json(source, bom),
        _ => return None,
    };
    let body_start = bom + first_line_end;
    let mut offset = body_start;
    for line in source[body_start..].split_inclusive('\n') {
        if closers.contains(&line.trim_end()) {
            let body = Span::new(body_start, offset);
            let end = offset + line.len();
            let fields = match format {
                Format::Yaml => yaml_fields(source, body),
                _ => toml_fields(source, body),
            };
            return Some(FrontMatter {
                span: Span::new(bom, end),
                format,
                fields,
            });
        }
        offset += line.len();
    }
    None
}

/// Unmasks the prose fields and records every field as metadata. Returns
/// the declared language (`lang:`, `language:`).
pub fn read(
    source: &str,
    front: &FrontMatter,
    prose_fields: &[String],
    masked: &mut [u8],
    blocks: &mut Vec<Block>,
    metadata: &mut Metadata,
) -> Option<String> {
    metadata.span = Some(front.span);
    let mut language = None;
    for field in &front.fields {
        let key = field.meta.key.as_str();
        if (key == "lang" || key == "language") && language.is_none() {
            let tag = field.meta.value.trim();
            if !tag.is_empty() {
                language = Some(tag.to_string());
            }
        }
        // `description` names the field at any depth (`seo.description`
        // too); `seo.description` names that one only.
        let leaf = key.rsplit('.').next().unwrap_or(key);
        if prose_fields
            .iter()
            .any(|p| p == key || (!p.contains('.') && p == leaf))
        {
            for &piece in &field.pieces {
                unmask(masked, source, piece);
            }
            for &escape in &field.escapes {
                mask(masked, escape);
            }
            if let Some(span) = trim_blank(masked, field.meta.value_span) {
                blocks.push(Block::new(BlockKind::Caption, span));
            }
        }
        metadata.fields.push(field.meta.clone());
    }
    language
}

/// The lines of `body` with their offsets, line endings excluded.
fn lines(source: &str, body: Span) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = body.start;
    for line in source[body.range()].split_inclusive('\n') {
        out.push((offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    out
}

fn yaml_fields(source: &str, body: Span) -> Vec<Field> {
    let mut fields = Vec::new();
    yaml_map(source, &lines(source, body), "", 0, &mut fields);
    fields
}

/// Nested maps deeper than this are skipped: front matter nests two or
/// three levels (`params:` → `seo:` → `description:`), and a bound keeps
/// a hostile file's work linear.
const MAX_YAML_DEPTH: usize = 4;

/// The width of a line's leading spaces and tabs.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// The string fields of one YAML map whose keys sit at the indentation of
/// its first key line; a nested map's keys are named with their parents'
/// (`seo.description`).
fn yaml_map(
    source: &str,
    lines: &[(usize, &str)],
    prefix: &str,
    depth: usize,
    fields: &mut Vec<Field>,
) {
    let is_content = |l: &str| !(l.trim().is_empty() || l.trim_start().starts_with('#'));
    let Some(indent) = lines
        .iter()
        .find(|(_, l)| is_content(l))
        .map(|(_, l)| indent_of(l))
    else {
        return;
    };
    let mut index = 0;
    while index < lines.len() {
        let (line_offset, full_line) = lines[index];
        index += 1;
        if !is_content(full_line) || indent_of(full_line) != indent {
            continue;
        }
        let (offset, line) = (line_offset + indent, &full_line[indent..]);
        // Lines indented deeper than the key, and blank lines, belong to it.
        let continuation_end = lines[index..]
            .iter()
            .position(|(_, l)| !(l.trim().is_empty() || indent_of(l) > indent))
            .map_or(lines.len(), |p| index + p);
        let continuation = &lines[index..continuation_end];
        index = continuation_end;
        if line.starts_with('-') {
            continue; // A list item: no named string here.
        }
        let Some((key, after_colon)) = yaml_key(line) else {
            continue;
        };
        let name = format!("{prefix}{}", key.to_ascii_lowercase());
        let value_text = line[after_colon..].trim_start();
        let value_start = offset + line.len() - value_text.len();
        let line_span = Span::new(offset, offset + line.len());
        let field = match value_text.as_bytes().first() {
            Some(b'"') => quoted(source, value_start, line_span, '"'),
            Some(b'\'') => quoted(source, value_start, line_span, '\''),
            Some(b'|' | b'>') => block_scalar(value_text.starts_with('>'), continuation, line_span),
            Some(b'#') | None => {
                if depth + 1 < MAX_YAML_DEPTH {
                    yaml_map(source, continuation, &format!("{name}."), depth + 1, fields);
                }
                None
            }
            Some(b'[' | b'{' | b'&' | b'*' | b'!' | b'%' | b'@' | b'`') => None,
            Some(_) => plain_scalar(source, value_start, value_text, continuation, line_span),
        };
        if let Some(mut field) = field {
            field.meta.key = name;
            fields.push(field);
        }
    }
}

/// `title:` or `"title":` at the start of a line: the key and where the
/// value begins.
fn yaml_key(line: &str) -> Option<(&str, usize)> {
    let (key, rest_at) = if let Some(quote @ ('"' | '\'')) = line.chars().next() {
        let close = line[1..].find(quote)? + 1;
        (&line[1..close], close + 1)
    } else {
        let colon = line
            .find(": ")
            .or_else(|| line.ends_with(':').then(|| line.len() - 1))?;
        (line[..colon].trim_end(), colon)
    };
    let rest = &line[rest_at..];
    let after = rest.strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with([' ', '\t'])) || key.is_empty() {
        return None;
    }
    Some((key, rest_at + 1))
}

fn field(
    value: String,
    value_span: Span,
    span: Span,
    pieces: Vec<Span>,
    escapes: Vec<Span>,
) -> Field {
    Field {
        meta: MetaField {
            key: String::new(),
            value,
            value_span,
            span,
        },
        pieces,
        escapes,
    }
}

/// A value in quotes on one line; escapes decoded in `value`, backslashes
/// listed so they can be masked.
fn quoted(source: &str, open: usize, line: Span, quote: char) -> Option<Field> {
    let text = &source[open + 1..line.end];
    let mut value = String::new();
    let mut escapes = Vec::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == quote {
            // YAML doubles a single quote inside single quotes.
            if quote == '\'' && text[i + 1..].starts_with('\'') {
                chars.next();
                escapes.push(Span::new(open + 1 + i, open + 2 + i));
                value.push('\'');
                continue;
            }
            let span = Span::new(open + 1, open + 1 + i);
            return Some(field(
                value,
                span,
                Span::new(line.start, open + 2 + i),
                vec![span],
                escapes,
            ));
        }
        if c == '\\' && quote == '"' {
            let (_, escaped) = chars.next()?;
            // The backslash is not prose; a letter escape (`\n`) is not
            // either.
            let width = if escaped.is_alphanumeric() {
                1 + escaped.len_utf8()
            } else {
                1
            };
            escapes.push(Span::new(open + 1 + i, open + 1 + i + width));
            value.push(match escaped {
                'n' | 't' => ' ',
                other => other,
            });
            continue;
        }
        value.push(c);
    }
    None
}

/// `|` or `>` followed by indented lines.
fn block_scalar(folded: bool, continuation: &[(usize, &str)], line: Span) -> Option<Field> {
    let mut pieces = Vec::new();
    let mut parts = Vec::new();
    for &(offset, text) in continuation {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = offset + text.len() - text.trim_start().len();
        pieces.push(Span::new(start, start + trimmed.len()));
        parts.push(trimmed);
    }
    let (first, last) = (pieces.first()?, pieces.last()?);
    let value = parts.join(if folded { " " } else { "\n" });
    let span = Span::new(first.start, last.end);
    Some(field(
        value,
        span,
        Span::new(line.start, last.end),
        pieces,
        Vec::new(),
    ))
}

/// An unquoted value, possibly continued on indented lines; a ` #`
/// starts a comment.
fn plain_scalar(
    source: &str,
    start: usize,
    text: &str,
    continuation: &[(usize, &str)],
    line: Span,
) -> Option<Field> {
    let without_comment = |t: &str| t.find(" #").map_or(t, |i| &t[..i]).trim_end().len();
    let first_len = without_comment(text);
    if first_len == 0 {
        return None;
    }
    let mut pieces = vec![Span::new(start, start + first_len)];
    for &(offset, l) in continuation {
        let trimmed = l.trim_start();
        if trimmed.is_empty() || trimmed.starts_with(['#', '-']) || trimmed.contains(": ") {
            break;
        }
        let s = offset + l.len() - trimmed.len();
        pieces.push(Span::new(s, s + without_comment(trimmed)));
    }
    let value = pieces
        .iter()
        .map(|p| &source[p.range()])
        .collect::<Vec<_>>()
        .join(" ");
    let last = pieces.last()?.end;
    Some(field(
        value,
        Span::new(start, last),
        Span::new(line.start, last),
        pieces,
        Vec::new(),
    ))
}

fn toml_fields(source: &str, body: Span) -> Vec<Field> {
    let mut fields = Vec::new();
    // The keys of a `[table]` are named with it (`params.description`);
    // an array of tables (`[[menu]]`) holds no field of the page.
    let mut prefix = Some(String::new());
    for (offset, line) in lines(source, body) {
        let trimmed = line.trim_start();
        if let Some(header) = trimmed.strip_prefix('[') {
            prefix = header
                .trim_end()
                .strip_suffix(']')
                .filter(|name| !name.starts_with('['))
                .map(|name| format!("{}.", name.trim().trim_matches(['"', '\''])));
            continue;
        }
        let Some(prefix) = &prefix else {
            continue;
        };
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = format!("{prefix}{}", key.trim().trim_matches(['"', '\'']));
        let value_text = value.trim_start();
        let value_start = offset + line.len() - value_text.len();
        let line_span = Span::new(offset, offset + line.len());
        let quote = match value_text.as_bytes().first() {
            Some(b'"') if !value_text.starts_with("\"\"\"") => '"',
            Some(b'\'') if !value_text.starts_with("'''") => '\'',
            _ => continue,
        };
        // TOML literal strings have no escapes: read them as YAML double
        // quotes would only if they had a backslash, which they keep.
        let parsed = if quote == '\'' {
            let text = &source[value_start + 1..line_span.end];
            text.find('\'').map(|close| {
                let span = Span::new(value_start + 1, value_start + 1 + close);
                field(
                    text[..close].to_string(),
                    span,
                    Span::new(offset, span.end + 1),
                    vec![span],
                    Vec::new(),
                )
            })
        } else {
            quoted(source, value_start, line_span, '"')
        };
        if let Some(mut field) = parsed {
            field.meta.key = key.to_ascii_lowercase();
            fields.push(field);
        }
    }
    fields
}

/// Hugo's JSON front matter: an object at the very start, alone on its
/// last line.
fn find_json(source: &str, start: usize) -> Option<FrontMatter> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut end = None;
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    end = Some(i + 1);
                    break;
                }
            }
            _ => {}
        }
    }
    let end = end?;
    let rest = &source[end..];
    let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if !rest[..line_end].trim().is_empty() {
        return None;
    }
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&source[start..end]).ok()?;
    let fields = json_fields(source, Span::new(start, end), &object);
    Some(FrontMatter {
        span: Span::new(start, end + line_end),
        format: Format::Json,
        fields,
    })
}

/// The string members of the top-level object, found by scanning for
/// `"key": "` at depth one (serde_json has the values, not their spans).
fn json_fields(
    source: &str,
    object: Span,
    parsed: &serde_json::Map<String, serde_json::Value>,
) -> Vec<Field> {
    let bytes = source.as_bytes();
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut i = object.start;
    let mut strings_at_depth_one: Vec<Span> = Vec::new();
    while i < object.end {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let start = i;
                i += 1;
                while i < object.end && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if depth == 1 {
                    strings_at_depth_one.push(Span::new(start, (i + 1).min(object.end)));
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Keys and values alternate; a value that is no string breaks the
    // pairing, so each key is checked against the separator after it.
    for pair in strings_at_depth_one.windows(2) {
        let (key, value) = (pair[0], pair[1]);
        if source[key.end..value.start].trim() != ":" {
            continue;
        }
        let Ok(name) = serde_json::from_str::<String>(&source[key.range()]) else {
            continue;
        };
        let Some(serde_json::Value::String(decoded)) = parsed.get(&name) else {
            continue;
        };
        let inner = Span::new(value.start + 1, value.end - 1);
        let line_start = source[..key.start].rfind('\n').map_or(0, |p| p + 1);
        let escapes = source[inner.range()]
            .match_indices('\\')
            .map(|(p, _)| Span::new(inner.start + p, inner.start + p + 1))
            .collect();
        let mut f = field(
            decoded.clone(),
            inner,
            Span::new(line_start.max(object.start), value.end),
            vec![inner],
            escapes,
        );
        f.meta.key = name.to_ascii_lowercase();
        fields.push(f);
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(source: &str) -> Vec<(String, String, &str)> {
        find(source)
            .unwrap()
            .fields
            .into_iter()
            .map(|f| (f.meta.key, f.meta.value, &source[f.meta.value_span.range()]))
            .collect()
    }

    #[test]
    fn yaml_scalars_of_every_style() {
        let source = "---\ntitle: Un titre simple # note\ndescription: \"Une \\\"phrase\\\" ici\"\nsummary: >-\n  Sur deux\n  lignes.\nslug: 'l''été'\ntags:\n  - a\nlang: fr\n---\n\nTexte.\n";
        let v = values(source);
        assert_eq!(
            v[0],
            ("title".into(), "Un titre simple".into(), "Un titre simple")
        );
        assert_eq!(v[1].1, "Une \"phrase\" ici");
        assert_eq!(v[1].2, "Une \\\"phrase\\\" ici");
        assert_eq!(
            v[2],
            (
                "summary".into(),
                "Sur deux lignes.".into(),
                "Sur deux\n  lignes."
            )
        );
        assert_eq!(v[3].1, "l'été");
        assert_eq!(v[4].0, "lang");
        assert_eq!(v.len(), 5);
    }

    #[test]
    fn toml_and_json() {
        let toml = "+++\ntitle = \"Le marché\"\ndraft = false\n[params]\ntitle = \"x\"\n[[menu.main]]\nname = \"Accueil\"\n+++\n";
        assert_eq!(
            values(toml),
            [
                ("title".into(), "Le marché".into(), "Le marché"),
                ("params.title".into(), "x".into(), "x")
            ]
        );
        let json = "{\n  \"title\": \"Caf\\u00e9 du port\",\n  \"tags\": [\"a\", \"b\"],\n  \"description\": \"Court.\"\n}\n\nTexte.\n";
        let v = values(json);
        assert_eq!(
            v[0],
            ("title".into(), "Café du port".into(), "Caf\\u00e9 du port")
        );
        assert_eq!(v[1].0, "description");
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn nested_yaml_maps_are_named_with_their_parents() {
        let source = "---\ntitle: Haut\nparams:\n  # réglages\n  seo:\n    description: >\n      Deux\n      lignes\n    noindex: true\n  author: \"Léa\"\ntags:\n- a\n- b: c\nfin: oui\n---\n";
        let v = values(source);
        let keys: Vec<&str> = v.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "title",
                "params.seo.description",
                "params.seo.noindex",
                "params.author",
                "fin"
            ]
        );
        assert_eq!(v[1].1, "Deux lignes");
        assert_eq!(v[3].2, "Léa");
    }

    #[test]
    fn yaml_nesting_is_bounded() {
        let mut source = String::from("---\n");
        for depth in 0..10 {
            source.push_str(&" ".repeat(depth));
            source.push_str(&format!("k{depth}:\n"));
        }
        source.push_str(&" ".repeat(10));
        source.push_str("title: profond\n---\n");
        assert!(values(&source).is_empty());
    }

    #[test]
    fn not_front_matter() {
        assert!(find("---\nunclosed: yes\n").is_none());
        assert!(find("{ not json }\n").is_none());
        assert!(find("Texte\n---\n").is_none());
    }
}
