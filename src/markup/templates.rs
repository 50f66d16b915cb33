//! The template syntax of static-site generators, found in Markdown and
//! HTML sources so it is never read as prose:
//!
//! | syntax | where |
//! |---|---|
//! | `{{< name … >}}`, `{{% name … %}}` | Hugo shortcodes (`{{< /name >}}` closes) |
//! | `{% tag … %}`, `{%- … -%}` | Liquid (Jekyll, Eleventy), Jinja, Nunjucks tags |
//! | `{{ expression }}`, `{{{ raw }}}` | Liquid, Jinja, Nunjucks, Hugo, Handlebars output |
//! | `{# comment #}` | Jinja and Nunjucks comments |
//! | `{: .class #id}`, `{::comment}` | Kramdown attribute lists and extensions (Markdown only) |
//!
//! Paired tags whose content is code or hidden (`raw`, `comment`,
//! `highlight`, `codeblock`, `verbatim`; Hugo `highlight`; Kramdown
//! `comment` and `nomarkdown`) are masked with their content. Other paired
//! tags (`{% if %}…{% endif %}`, `{{% notice %}}…{{% /notice %}}`) keep
//! their content as prose. The values of prose attributes
//! (`caption="…"`, configurable) inside a tag are returned for
//! [`super::constructs`] to read.
//!
//! An output expression `{{ name }}` is also what a forgotten mail-merge
//! placeholder looks like (`generated.placeholder` reports those). In
//! Markdown an expression over a field name (`{{ first_name }}`,
//! `{{ contact.city | default: "…" }}`) is left in the prose for that rule,
//! front matter or not: a generator only fills it when the page defines the
//! name (a front-matter key, `{% assign %}`, `{% for … in %}`, `{% set %}`),
//! and then it is template syntax. Expressions over a generator's own
//! objects (`{{ site.title }}`, `{{ .Title }}`, `{{ page.date | date }}`)
//! and anything that reads as code are template syntax; in HTML every
//! expression is. Tags (`{% %}`, shortcodes) are never placeholders.
//!
//! Every search for a closing delimiter resumes where the previous one of
//! the same kind stopped, so a file full of unclosed `{{` is still scanned
//! in linear time.

use super::constructs::{Construct, attribute_values, stands_alone};
use super::{MarkupKind, MarkupOptions};
use crate::diagnostic::Span;

/// Paired tags whose content is not prose, by name.
const OPAQUE_PAIRS: &[&str] = &["raw", "comment", "highlight", "codeblock", "verbatim"];

/// A template construct cannot be longer than this: an opening delimiter
/// with no close in sight is text (`{{` in a sentence about templates).
const MAX_TAG_BYTES: usize = 4096;

/// The delimiters of one kind of construct.
struct Syntax {
    open: &'static str,
    close: &'static str,
    /// A tag with a name and attributes (rather than an expression).
    tag: bool,
}

const SYNTAXES: [Syntax; 7] = [
    Syntax {
        open: "{{{",
        close: "}}}",
        tag: false,
    },
    Syntax {
        open: "{{<",
        close: ">}}",
        tag: true,
    },
    Syntax {
        open: "{{%",
        close: "%}}",
        tag: true,
    },
    Syntax {
        open: "{{",
        close: "}}",
        tag: false,
    },
    Syntax {
        open: "{%",
        close: "%}",
        tag: true,
    },
    Syntax {
        open: "{#",
        close: "#}",
        tag: false,
    },
    Syntax {
        open: "{:",
        close: "}",
        tag: false,
    },
];

/// The template constructs of `source`, sorted and not overlapping.
pub fn scan(
    source: &str,
    kind: MarkupKind,
    front_matter: Option<Span>,
    options: &MarkupOptions,
) -> Vec<Construct> {
    if !source.contains('{') {
        return Vec::new();
    }
    let bytes = source.as_bytes();
    // Per syntax: where its last closing-delimiter search ended, and what
    // it found there (`None`: no close after that point at all).
    let mut next_close: [Option<(usize, Option<usize>)>; SYNTAXES.len()] = Default::default();
    // Opaque pairs whose closing tag is known to be missing: not searched
    // for again.
    let mut unclosed: Vec<String> = Vec::new();
    let mut out: Vec<Construct> = Vec::new();
    // The names the page defines, found on the first field expression.
    let mut bound: Option<Vec<&str>> = None;
    let mut i = 0;
    while let Some(offset) = source[i..].find('{') {
        let start = i + offset;
        i = start + 1;
        let Some((index, syntax)) = SYNTAXES
            .iter()
            .enumerate()
            .find(|(_, s)| source[start..].starts_with(s.open))
        else {
            continue;
        };
        if syntax.open == "{:" && !kramdown_applies(kind, bytes, start) {
            continue;
        }
        let from = start + syntax.open.len();
        let close_at = match next_close[index] {
            Some((searched_from, found))
                if searched_from <= from && found.is_none_or(|f| f >= from) =>
            {
                found
            }
            _ => {
                let found = source[from..].find(syntax.close).map(|p| from + p);
                next_close[index] = Some((from, found));
                found
            }
        };
        let Some(close_at) = close_at else { continue };
        let end = close_at + syntax.close.len();
        if end - start > MAX_TAG_BYTES || (syntax.open == "{:" && source[start..end].contains('\n'))
        {
            continue;
        }
        let inner = &source[from..close_at];
        let expression = syntax.open == "{{" || syntax.open == "{{{";
        if expression
            && kind == MarkupKind::Markdown
            && let Some(root) = field_name(inner)
            && !bound
                .get_or_insert_with(|| bound_names(source, front_matter))
                .contains(&root)
        {
            continue;
        }
        let mut span = Span::new(start, end);
        let mut prose = Vec::new();
        if syntax.tag {
            prose = attribute_values(inner, from, &options.prose_attributes);
            let name = tag_name(inner);
            let opaque = name
                .map(str::to_ascii_lowercase)
                .filter(|n| OPAQUE_PAIRS.contains(&n.as_str()) && !unclosed.contains(n));
            if let Some(name) = opaque {
                match find_pair_close(source, end, syntax, &name) {
                    Some(close_end) => {
                        span.end = close_end;
                        prose.clear();
                    }
                    None => unclosed.push(name),
                }
            }
        } else if let Some(name) = kramdown_extension(inner) {
            // `{::comment}` … `{:/comment}`, `{::nomarkdown}` … `{:/}`.
            if matches!(name, "comment" | "nomarkdown")
                && let Some(p) = source[end..].find("{:/")
                && let Some(q) = source[end + p..].find('}')
            {
                span.end = end + p + q + 1;
            }
        }
        i = span.end;
        out.push(Construct {
            span,
            block_level: stands_alone(source, span),
            prose,
        });
    }
    out
}

/// The objects static-site generators put in every page's scope: an
/// expression over them is the template's, never a field left to fill.
const GENERATOR_OBJECTS: &[&str] = &[
    "site",
    "page",
    "post",
    "content",
    "layout",
    "include",
    "paginator",
    "forloop",
    "jekyll",
    "collections",
    "eleventy",
    "loop",
    "self",
    "env",
];

/// The root of a field-name expression (`first_name` in `{{ first_name }}`,
/// `contact` in `{{ contact.city | default: "—" }}`), or `None` when the
/// expression reads as code or names a generator's object (`site.title`,
/// `.Title`, `f(x)`, `"text"`, `x + 1`).
fn field_name(inner: &str) -> Option<&str> {
    let expression = inner.trim_matches(|c: char| c == '-' || c == '~' || c.is_whitespace());
    // Filters (`| default: "…"`) are allowed after the name: mail-merge
    // tools take them too.
    let head = expression.split('|').next().unwrap_or_default().trim_end();
    let root = head.split('.').next().unwrap_or_default();
    let identifier = |word: &str| {
        word.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && word.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    let name_like = head.len() <= 60 && head.split('.').all(identifier);
    (name_like && !GENERATOR_OBJECTS.contains(&root)).then_some(root)
}

/// The names the page gives a value: the keys of its front matter (`name:`
/// or `name =` at a line start) and the variables its tags bind
/// (`{% assign name = … %}`, `{% for name in … %}`, `{% set name %}`,
/// `{% capture name %}`). One pass over the source.
fn bound_names(source: &str, front_matter: Option<Span>) -> Vec<&str> {
    let mut names = Vec::new();
    if let Some(span) = front_matter {
        for line in source[span.range()].lines() {
            let key = line.trim_start();
            let end = key
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(key.len());
            if end > 0 && key[end..].trim_start().starts_with([':', '=']) {
                names.push(&key[..end]);
            }
        }
    }
    let mut i = 0;
    while let Some(p) = source[i..].find("{%") {
        let from = i + p + 2;
        // Past the close each time: the scan stays linear.
        let Some(close) = source[from..].find("%}").map(|c| from + c) else {
            break;
        };
        i = close + 2;
        let mut words = source[from..close]
            .trim_start_matches(['-', '~'])
            .split(|c: char| c.is_whitespace() || c == ',' || c == '=')
            .filter(|w| !w.is_empty());
        if words.next().is_some_and(|w| {
            matches!(
                w,
                "assign" | "capture" | "for" | "set" | "with" | "tablerow"
            )
        }) {
            names.extend(words.take_while(|w| *w != "in"));
        }
    }
    names
}

/// `{:` opens a Kramdown attribute list only in Markdown, and only when
/// followed by a name, class, id or second colon (`{: .note}`, `{:#id}`,
/// `{::comment}`), not in `{:)`.
fn kramdown_applies(kind: MarkupKind, bytes: &[u8], start: usize) -> bool {
    kind == MarkupKind::Markdown
        && bytes.get(start + 2).is_some_and(|&b| {
            b == b' ' || b == b'.' || b == b'#' || b == b':' || b.is_ascii_alphabetic()
        })
}

/// `::comment` → `comment`: the name of a Kramdown extension tag.
fn kramdown_extension(inner: &str) -> Option<&str> {
    let name = inner.strip_prefix(':')?;
    let end = name
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(name.len());
    Some(&name[..end])
}

/// The first word of a tag: `highlight` in `{% highlight ruby %}`, `figure`
/// in `{{< figure … >}}`; `None` for a closing tag.
fn tag_name(inner: &str) -> Option<&str> {
    let inner = inner.trim_start_matches(['-', '~']).trim_start();
    if inner.starts_with('/') {
        return None;
    }
    let end = inner
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(inner.len());
    (end > 0).then(|| &inner[..end])
}

/// The end of the tag closing `name` after `from`: `{% endname %}`
/// (Liquid, Jinja) or `{{< /name >}}` (Hugo).
fn find_pair_close(source: &str, from: usize, syntax: &Syntax, name: &str) -> Option<usize> {
    let closing = if syntax.open == "{%" {
        format!("end{name}")
    } else {
        format!("/{name}")
    };
    let mut i = from;
    while let Some(p) = source[i..].find(syntax.open) {
        let open = i + p;
        let inner_start = open + syntax.open.len();
        let close = source[inner_start..].find(syntax.close)? + inner_start;
        let inner = source[inner_start..close]
            .trim_matches(|c: char| c == '-' || c == '~' || c.is_whitespace());
        if inner.to_ascii_lowercase().starts_with(&closing) {
            return Some(close + syntax.close.len());
        }
        i = close + syntax.close.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, kind: MarkupKind) -> Vec<(&str, bool, Vec<&str>)> {
        scan(text, kind, Some(Span::new(0, 0)), &MarkupOptions::default())
            .into_iter()
            .map(|c| {
                (
                    &text[c.span.range()],
                    c.block_level,
                    c.prose.iter().map(|p| &text[p.range()]).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn hugo_shortcodes_with_their_caption() {
        let text = "Texte.\n\n{{< figure src=\"a.jpg\" caption=\"Le quai au matin\" >}}\n\n{{% note %}}Un avis.{{% /note %}}\n";
        let f = found(text, MarkupKind::Markdown);
        assert_eq!(
            f[0],
            (
                "{{< figure src=\"a.jpg\" caption=\"Le quai au matin\" >}}",
                true,
                vec!["Le quai au matin"]
            )
        );
        assert_eq!(f[1].0, "{{% note %}}");
        assert!(!f[1].1);
        assert_eq!(f[2].0, "{{% /note %}}");
    }

    #[test]
    fn liquid_tags_expressions_and_opaque_pairs() {
        let text = "{% include encart.html titre=\"Abonnez-vous\" %}\nSur {{ site.title }}.\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n{# note #}\n";
        let f = found(text, MarkupKind::Markdown);
        let spans: Vec<&str> = f.iter().map(|c| c.0).collect();
        assert_eq!(
            spans,
            [
                "{% include encart.html titre=\"Abonnez-vous\" %}",
                "{{ site.title }}",
                "{% highlight ruby %}\nputs 1\n{% endhighlight %}",
                "{# note #}"
            ]
        );
        assert!(f[0].2.is_empty(), "titre is not an allowed attribute");
    }

    #[test]
    fn kramdown_only_in_markdown() {
        let text = "Un paragraphe.\n{: .note}\n\nSourire {:) ici.\n";
        assert_eq!(found(text, MarkupKind::Markdown).len(), 1);
        assert!(found(text, MarkupKind::Html).is_empty());
    }

    #[test]
    fn field_names_stay_prose_unless_the_page_defines_them() {
        let text = "---\ntitle: Le club\nville: Lyon\n---\nBonjour {{ prénom }}, {{ contact.ville | default: \"ici\" }}, sur {{ site.title }} à {{ ville }}.\n{% for membre in site.data.membres %}{{ membre.nom }}{% endfor %}";
        let options = MarkupOptions::default();
        let front = front_matter_span(text);
        let masked: Vec<&str> = scan(text, MarkupKind::Markdown, front, &options)
            .iter()
            .map(|c| &text[c.span.range()])
            .filter(|c| c.starts_with("{{"))
            .collect();
        assert_eq!(
            masked,
            ["{{ site.title }}", "{{ ville }}", "{{ membre.nom }}"]
        );
        assert_eq!(scan(text, MarkupKind::Html, None, &options).len(), 7);
    }

    fn front_matter_span(text: &str) -> Option<Span> {
        let end = text[3..].find("---\n")? + 3 + 4;
        Some(Span::new(0, end))
    }

    #[test]
    fn unclosed_delimiters_are_text() {
        assert!(found("Un {{ ouvert et {% jamais fermé", MarkupKind::Markdown).is_empty());
        let many = "{{ ".repeat(5000);
        assert!(found(&many, MarkupKind::Markdown).is_empty());
    }
}
