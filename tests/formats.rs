//! Editorial formats: static-site Markdown (Hugo, Jekyll, Kramdown), MDX,
//! HTML, front matter. Prose is found at its exact place in the file; the
//! syntax around it never causes a finding.

use draftlint::config::{Config, RuleSettings};
use draftlint::engine::{FileReport, lint_text};
use draftlint::render::{Json, Renderer};
use draftlint::rules::Catalogue;
use std::path::{Path, PathBuf};

fn config() -> Config {
    Config::defaults(PathBuf::from("."), Catalogue::builtin().unwrap())
}

fn lint_with(config: &Config, name: &str, text: &str) -> FileReport {
    let path = Path::new(name);
    lint_text(path, text.to_string(), config, &config.file_settings(path))
}

fn lint(name: &str, text: &str) -> FileReport {
    lint_with(&config(), name, text)
}

/// Every finding as `rule: quoted text`, for failure messages.
fn described(report: &FileReport) -> Vec<String> {
    let source = report.source.as_deref().unwrap_or_default();
    report
        .diagnostics
        .iter()
        .map(|d| format!("{}: {:?}", d.rule, &source[d.span.range()]))
        .collect()
}

/// The (line, column) of the JSON output for each finding, 1-based.
fn json_positions(report: &FileReport) -> Vec<(String, u64, u64)> {
    let mut out = Vec::new();
    Json.file(report, 0, &mut out);
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["span"]["line"].as_u64().unwrap(),
                d["span"]["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Line and character column (1-based) of the `nth` occurrence of `word`.
fn position_of(text: &str, word: &str, nth: usize) -> (u64, u64) {
    let offset = text.match_indices(word).nth(nth).unwrap().0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line as u64, column as u64)
}

/// The misspelt word planted in each location: nowhere else in the files.
const TYPO: &str = "mispeled";

/// Each case: a file in one format with `mispeled` planted once in a
/// place that is prose; the only finding must be the spelling one, at
/// that exact line and column.
#[test]
fn prose_is_found_at_exact_columns() {
    let cases: &[(&str, &str)] = &[
        (
            "yaml.md",
            "---\ntitle: mispeled title for the page\nlayout: post\n---\n\nThe text of the page.\n",
        ),
        (
            "yaml-quoted.md",
            "---\ndescription: \"A short \\\"mispeled\\\" description\"\n---\n\nThe text of the page.\n",
        ),
        (
            "yaml-folded.md",
            "---\nsummary: >-\n  The first line of it\n  and a mispeled second.\n---\n\nThe text.\n",
        ),
        (
            "toml.md",
            "+++\ntitle = 'The mispeled title'\ndraft = true\n+++\n\nThe text of the page.\n",
        ),
        (
            "json.md",
            "{\n  \"title\": \"The mispeled title\",\n  \"weight\": 2\n}\n\nThe text of the page.\n",
        ),
        (
            "hugo.md",
            "The text.\n\n{{< figure src=\"a.jpg\" caption=\"A mispeled caption here\" >}}\n\nMore text.\n",
        ),
        (
            "liquid.md",
            "---\ntitle: The page\n---\n\nText by {{ page.author }} and a mispeled word.\n",
        ),
        (
            "kramdown.md",
            "A paragraph with a mispeled word.\n{: .note}\n",
        ),
        (
            "block.md",
            "Text.\n\n<div class=\"box\"><h3>A mispeled heading</h3><p>Its text.</p></div>\n",
        ),
        (
            "child.mdx",
            "import Box from './Box'\n\n<Box>\nThe mispeled child text.\n</Box>\n",
        ),
        (
            "attribute.mdx",
            "import Chart from './Chart'\n\n<Chart data={[1, 2]} title=\"Sales by mispeled month\" />\n",
        ),
        (
            "after-expression.mdx",
            "The total is {props.total} for the mispeled year.\n",
        ),
        (
            "paragraph.html",
            "<html><body><p>The caf&eacute; had a mispeled sign.</p></body></html>",
        ),
        ("heading.html", "<h2>\n  The mispeled heading\n</h2>"),
        (
            "alt.html",
            "<p>Text.</p><img src=\"a.jpg\" alt=\"Two mispeled boats\">",
        ),
        (
            "title.html",
            "<head><title>The mispeled page</title></head><body><p>Text.</p></body>",
        ),
        (
            "meta.html",
            "<head><meta name=\"description\" content=\"A page about the mispeled boats of the old harbour\"></head>",
        ),
    ];
    for (name, text) in cases {
        let report = lint(name, text);
        assert_eq!(
            described(&report),
            [format!("spelling.unknown-word: {TYPO:?}")],
            "{name}"
        );
        let (line, column) = position_of(text, TYPO, 0);
        assert_eq!(
            json_positions(&report),
            [("spelling.unknown-word".to_string(), line, column)],
            "{name}"
        );
    }
}

/// Each case plants defects (a misspelt word, a doubled word, promo
/// phrases) only inside syntax that is not prose: nothing may be found.
#[test]
fn masked_constructs_yield_no_findings() {
    let cases: &[(&str, &str)] = &[
        (
            "include.md",
            "Text of the page.\n\n{% include promo-box.html heading=\"Subscribe to our newsletter\" %}\n",
        ),
        (
            "highlight.md",
            "Text of the page.\n\n{{< highlight text >}}\nMispeled the the\n{{< /highlight >}}\n",
        ),
        (
            "raw.md",
            "Text of the page.\n\n{% raw %}\nMispeled the the {{ x }}\n{% endraw %}\n",
        ),
        (
            "comment.md",
            "Text of the page.\n\n{# Mispeled the the #}\n\n{::comment}\nMispeled the the\n{:/comment}\n",
        ),
        (
            "expression.md",
            "---\ntitle: The page\n---\n\nWelcome to {{ site.mispeled }}, the news site.\n",
        ),
        (
            "shortcode-line.md",
            "Text of the page.\n\n{{< youtube id=\"abc\" >}}\n",
        ),
        (
            "front-matter.md",
            "---\nlayout: Mispeled the the\ncategories: [Mispeled]\n---\n\nText of the page.\n",
        ),
        (
            "imports.mdx",
            "import Mispeled from '../the the'\nexport const meta = { mispeled: 1 }\n\nText of the page.\n",
        ),
        (
            "jsx.mdx",
            "Text of the page.\n\n<Chart data={{ mispeled: [1, 2] }} kind=\"Mispeled the the\" />\n\n{/* Mispeled the the */}\n",
        ),
        (
            "script.html",
            "<p>Text of the page.</p><script>var mispeled = 'the the';</script><style>.mispeled {}</style>",
        ),
        (
            "code.html",
            "<p>Text of the page.</p><pre><code>Mispeled the the</code></pre><p>Type <kbd>mispeled</kbd> now.</p>",
        ),
        (
            "attributes.html",
            "<p class=\"mispeled\" data-note=\"Mispeled the the\">Text of the page.</p>",
        ),
        (
            "entities.html",
            "<p>The caf&eacute; and the cr&egrave;me br&ucirc;l&eacute;e were served.</p>",
        ),
        (
            "template.html",
            "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Pages }}<p>{{ .Summary }}</p>{{ end }}{{ end }}",
        ),
    ];
    for (name, text) in cases {
        let report = lint(name, text);
        assert!(
            report.diagnostics.is_empty(),
            "{name}: {:?}",
            described(&report)
        );
    }
}

/// Pages written the way static-site sources are, heavy with template
/// syntax and clean otherwise: zero findings.
#[test]
fn template_heavy_pages_have_no_findings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert!(pages.len() >= 10, "the suite has {} pages", pages.len());
    let config = config();
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        let report = lint_with(&config, &page.to_string_lossy(), &text);
        assert!(
            report.diagnostics.is_empty(),
            "{}: {:?}",
            page.display(),
            described(&report)
        );
    }
}

/// The issue's cases, as a new user met them.
#[test]
fn issue_cases() {
    // A Liquid include is neither a placeholder, nor a loanword, nor a
    // subscribe prompt.
    let report = lint(
        "post.md",
        "Le marché rouvre samedi.\n\n{% include encart-pub.html titre=\"Abonnez-vous\" %}\n\nLes étals sont refaits.\n",
    );
    assert!(report.diagnostics.is_empty(), "{:?}", described(&report));
    // A shortcode line does not leave the paragraph before it unfinished.
    let report = lint(
        "post.md",
        "Le marché rouvre samedi avec les producteurs de la vallée.\n\n{{< figure src=\"a.jpg\" caption=\"Les étals du marché\" >}}\n",
    );
    assert!(report.diagnostics.is_empty(), "{:?}", described(&report));
    // A pasted related-articles block inside HTML is seen.
    let report = lint(
        "post.md",
        "Le marché rouvre samedi.\n\n<div class=\"related\"><h3>Sur le même sujet</h3>\n<ul><li><a href=\"/a\">Les halles</a></li></ul></div>\n",
    );
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.rule == "promo.related-content"),
        "{:?}",
        described(&report)
    );
    // "cliquez ici" inside a real link is fine; alone it is not.
    let linked = lint(
        "page.html",
        "<p>Pour le programme, <a href=\"/p\">cliquez ici</a>.</p>",
    );
    assert!(linked.diagnostics.is_empty(), "{:?}", described(&linked));
    let orphan = lint("page.html", "<p>Pour le programme, cliquez ici.</p>");
    assert!(!orphan.diagnostics.is_empty());
}

fn seo_config() -> Config {
    let mut config = config();
    config.rules.insert(
        "seo".into(),
        RuleSettings {
            enabled: Some(true),
            ..RuleSettings::default()
        },
    );
    config
}

#[test]
fn seo_findings_point_at_front_matter_values() {
    let text = "---\ntitle: \"Le conseil municipal adopte enfin le budget du nouveau marché couvert des halles\"\ndescription: Trop court.\nslug: budget-de-la-piscine\n---\n\n# Le conseil municipal adopte enfin le budget du nouveau marché couvert des halles\n\nLe texte de l'article, assez long pour être un texte.\n";
    let report = lint_with(&seo_config(), "post.md", text);
    let mut found: Vec<(String, &str)> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("seo."))
        .map(|d| (d.rule.clone(), &text[d.span.range()]))
        .collect();
    found.sort();
    let title = "Le conseil municipal adopte enfin le budget du nouveau marché couvert des halles";
    assert_eq!(
        found,
        [
            ("seo.description-length".to_string(), "Trop court."),
            ("seo.slug-mismatch".to_string(), "budget-de-la-piscine"),
            ("seo.title-length".to_string(), title),
            ("seo.title-repeated".to_string(), title),
        ]
    );
    let positions = json_positions(&report);
    assert!(positions.contains(&("seo.title-length".into(), 2, 9)));
    assert!(positions.contains(&("seo.description-length".into(), 3, 14)));
    assert!(positions.contains(&("seo.slug-mismatch".into(), 4, 7)));

    let missing = lint_with(
        &seo_config(),
        "post.md",
        "---\nlayout: post\n---\n\nLe texte.\n",
    );
    let rules: Vec<&str> = missing
        .diagnostics
        .iter()
        .map(|d| d.rule.as_str())
        .collect();
    assert_eq!(rules, ["seo.missing-metadata"]);
    assert_eq!(missing.diagnostics[0].span.range(), 0..3);

    // Off by default.
    assert!(
        lint("post.md", text)
            .diagnostics
            .iter()
            .all(|d| !d.rule.starts_with("seo."))
    );
}

const FRENCH: &str = "Le conseil municipal a voté mardi le budget du marché couvert, et les élus de la majorité comme ceux de l'opposition se sont dits satisfaits de la nouvelle halle.";
const FRENCH_AFTER: &str = "La halle ouvrira au printemps, après trois ans de travaux, et le marché du samedi y retrouvera ses quarante étals de producteurs.";
const ENGLISH: &str = "The council said on Tuesday that the budget of the new covered market was approved, and that the members of both groups were pleased with the plans for the hall.";

#[test]
fn a_paragraph_in_the_other_language_is_checked_in_its_own() {
    let text = format!("{FRENCH}\n\n{ENGLISH}\n\n{FRENCH_AFTER}\n");
    let report = lint("article.md", &text);
    assert_eq!(report.language.map(|l| l.code()), Some("fr"));
    assert!(report.diagnostics.is_empty(), "{:?}", described(&report));
    // Its own language's rules and dictionary do apply to it.
    let typo = format!(
        "{FRENCH}\n\n{}\n\n{FRENCH_AFTER}\n",
        ENGLISH.replace("approved", "aproved")
    );
    let report = lint("article.md", &typo);
    assert_eq!(described(&report), ["spelling.unknown-word: \"aproved\""]);
    // Turned off, the paragraph is read as French again.
    let mut config = config();
    config.paragraph_language = false;
    assert!(
        !lint_with(&config, "article.md", &text)
            .diagnostics
            .is_empty()
    );
}

#[test]
fn a_directive_sets_the_language_by_hand() {
    // A short English line would stay French by detection.
    let text = format!(
        "{FRENCH}\n\n<!-- draftlint-lang en -->\n\nThe hall is open from dawn.\n\n<!-- draftlint-lang auto -->\n\n{FRENCH_AFTER}\n"
    );
    let report = lint("article.md", &text);
    assert!(report.diagnostics.is_empty(), "{:?}", described(&report));
}

fn parse_config(text: &str) -> Result<Config, draftlint::error::FileError> {
    Config::parse(
        Path::new("draftlint.toml"),
        text,
        &Catalogue::builtin().unwrap(),
        &Default::default(),
    )
}

#[test]
fn markup_settings_are_strict_and_apply() {
    let error = parse_config("language = \"en\"\n[markup]\nprose-fields = [\"title\"]\n")
        .err()
        .expect("an unknown key is refused");
    assert_eq!(error.line(), Some(3));
    assert!(error.to_string().contains("prose-fields"), "{error}");

    // Only `title` is prose: a typo in `description` is not read.
    let config =
        parse_config("[markup]\nfront-matter-fields = [\"Title\"]\nprose-attributes = []\n")
            .unwrap();
    let text = "---\ntitle: The mispeled title\ndescription: A mispeled description\n---\n\n{{< figure caption=\"A mispeled caption\" >}}\n\nThe text of the page.\n";
    let report = lint_with(&config, "post.md", text);
    assert_eq!(described(&report), ["spelling.unknown-word: \"mispeled\""]);
    assert_eq!(
        report.diagnostics[0].span.start,
        text.find("mispeled").unwrap()
    );
}

/// Floods of unclosed or unmatched syntax, 200 KB or more each, parse in
/// linear time: a quadratic reader would take minutes on these.
#[test]
fn pathological_markup_parses_quickly() {
    use draftlint::markup::{MarkupKind, parse};
    use std::time::{Duration, Instant};
    let cases: Vec<(MarkupKind, String)> = vec![
        (
            MarkupKind::Html,
            "<b>".repeat(50_000) + &"</i>x".repeat(50_000),
        ),
        (MarkupKind::Html, "<p lang=\"en\"><div>".repeat(20_000)),
        (MarkupKind::Html, "caf&eacute;&".repeat(20_000)),
        (MarkupKind::Markdown, "{{ ".repeat(70_000)),
        (
            MarkupKind::Markdown,
            "---\ntitle: x\n---\n".to_string() + &"{% raw %} {{< highlight >}} ".repeat(10_000),
        ),
        (
            MarkupKind::Markdown,
            "<code>".repeat(30_000) + &"</kbd>".repeat(30_000),
        ),
        (
            MarkupKind::Markdown,
            "---\n".to_string() + &"a: |\n  b\n".repeat(30_000) + "---\n",
        ),
        (MarkupKind::Mdx, "{".repeat(200_000)),
        (MarkupKind::Mdx, "{ `\n".repeat(50_000)),
        (MarkupKind::Mdx, "import a\n".repeat(30_000)),
    ];
    for (kind, text) in cases {
        let start = Instant::now();
        let markup = parse(&text, kind);
        assert_eq!(markup.masked.len(), text.len());
        let elapsed = start.elapsed();
        assert!(
            elapsed < Duration::from_secs(10),
            "{kind:?} {:?}…: {elapsed:?}",
            &text[..20]
        );
    }
}

#[test]
fn inline_directives_work_in_html_and_mdx() {
    let html = "<p>The first mispeled word.</p>\n<!-- draftlint-disable-next-line spelling -->\n<p>The second wrongg word.</p>\n";
    let report = lint("page.html", html);
    assert_eq!(
        json_positions(&report),
        [("spelling.unknown-word".to_string(), 1, 14)]
    );
    let mdx = "import X from './x'\n\n{/* a note */}\n\n<!-- draftlint-disable spelling -->\n\nThe mispeled word.\n";
    assert!(lint("page.mdx", mdx).diagnostics.is_empty());
}
